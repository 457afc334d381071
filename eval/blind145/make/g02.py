from h import *
F = 'g02_parma_indagine_agroalimentare.txt'
assert wd(2036,2,12)=='Tuesday' and wd(2036,3,5)=='Wednesday'
T = """CLUSTER AGROALIMENTARE EMILIA OVEST
Sintesi dei risultati – Indagine sui fabbisogni di innovazione delle imprese associate 2035

Parma, 12 febbraio 2036 – documento n. 03/2036 – versione per i soci

A cura di: Ufficio Studi del Cluster Agroalimentare Emilia Ovest (CAEO)
Coordinamento scientifico: prof.ssa Chiara Dall'Aglio, Dipartimento di Scienze degli Alimenti e del Farmaco, Università degli Studi di Parma
Elaborazione dati: dott. Matteo Bonfanti (analista), Federica Zanichelli (stagista)

1. Premessa

L'indagine è stata realizzata tra il 15 settembre e il 30 novembre 2035 su richiesta del Consiglio direttivo del cluster, con il sostegno della Camera di Commercio dell'Emilia e della Regione Emilia-Romagna. Il questionario, inviato a 318 imprese delle province di Parma e Piacenza, ha raccolto 141 risposte complete (44%). Si tratta della terza rilevazione dopo quelle del 2031 e del 2033, il che consente per la prima volta un confronto su un arco di quattro anni.

Le imprese rispondenti appartengono soprattutto ai comparti lattiero-caseario (Parmigiano Reggiano, Grana Padano), salumi, conserve di pomodoro e macchine per l'industria alimentare. Un terzo ha meno di 20 addetti; il 12% supera i 250 addetti.

2. Metodo

Oltre al questionario online, l'Ufficio Studi ha svolto 22 interviste in profondità con imprenditori e responsabili di produzione e due focus group, il primo a Piacenza presso il Tecnopolo di Piacenza il 9 ottobre 2035, il secondo a Langhirano con il Consorzio del Prosciutto di Parma. I risultati preliminari sono stati discussi nel comitato tecnico-scientifico del 21 gennaio 2036.

3. Principali risultati

- Il 68% delle imprese ha introdotto almeno un'innovazione di processo negli ultimi due anni, contro il 54% del 2033
- La carenza di tecnici qualificati è indicata come primo ostacolo all'innovazione dal 61% dei rispondenti, davanti al costo dell'energia
- Solo il 19% delle micro e piccole imprese ha collaborato con un'università o un centro di ricerca, mentre tra le imprese sopra i 50 addetti la quota sale al 57%
- La riduzione degli sprechi e il recupero dei sottoprodotti (siero, scarti di lavorazione del pomodoro) sono la priorità tecnologica più citata
- Tre imprese su quattro non conoscono gli strumenti europei a cui il cluster può dare accesso

4. Raccomandazioni al Consiglio direttivo

Sulla base dei risultati, l'Ufficio Studi propone di:
a) avviare con gli ITS Academy del territorio un percorso biennale per tecnici di processo alimentare, a partire dall'anno formativo 2036/2037;
b) istituire uno sportello "primo contatto" con l'Università di Parma e il CREA per le imprese sotto i 20 addetti;
c) dedicare il bando interno di voucher 2036 ai progetti di economia circolare sui sottoprodotti;
d) organizzare due giornate informative all'anno sui programmi europei, insieme alla rete Enterprise Europe Network.

5. Commenti

Secondo il presidente del cluster, Gianluigi Ferrari Cantoni, «i numeri confermano che le imprese innovano, ma lo fanno da sole: il cluster deve diventare il luogo in cui si innova insieme». La direttrice Elena Pizzarotti ha annunciato che le raccomandazioni saranno discusse nella riunione del Consiglio direttivo di mercoledì 5 marzo 2036 e, se approvate, inserite nel piano di attività 2036–2038.

Il rapporto completo (64 pagine, con tabelle per comparto) sarà presentato pubblicamente durante la Giornata dell'innovazione agroalimentare, prevista a Piacenza a maggio 2036, nell'ambito della quale è prevista anche una tavola rotonda con i sindaci dei distretti del cibo.

Ringraziamenti: si ringraziano Confindustria Emilia Area Centro, Coldiretti Parma e l'Unione Parmense degli Industriali per la diffusione del questionario, e Lorenzo Van der Berg (Barilla G. e R. Fratelli S.p.A.) per la revisione del capitolo sulle filiere.

-- 
Cluster Agroalimentare Emilia Ovest – Associazione riconosciuta
Strada del Taglio 12, 43126 Parma – studi@caeo.example.it
Pagina 1 di 1 – Uso interno e dei soci
"""
write(F, T)
C="Cluster Agroalimentare Emilia Ovest"
gold(F,
 [P("Chiara Dall'Aglio",None,"Dipartimento di Scienze degli Alimenti e del Farmaco"),
  P("Matteo Bonfanti","analista",None), P("Federica Zanichelli","stagista",None),
  P("Gianluigi Ferrari Cantoni","presidente",C), P("Elena Pizzarotti","direttrice",C),
  P("Lorenzo Van der Berg",None,"Barilla G. e R. Fratelli S.p.A.")],
 [O(C,"CAEO"), O("Ufficio Studi del Cluster Agroalimentare Emilia Ovest"),
  O("Dipartimento di Scienze degli Alimenti e del Farmaco"), O("Università degli Studi di Parma"),
  O("Camera di Commercio dell'Emilia"), O("Regione Emilia-Romagna"),
  O("Consorzio del Prosciutto di Parma"), O("CREA"), O("Enterprise Europe Network"),
  O("Confindustria Emilia Area Centro"), O("Coldiretti Parma"), O("Unione Parmense degli Industriali"),
  O("Barilla G. e R. Fratelli S.p.A.")],
 [E("focus group","2035-10-09",None,"Piacenza","Italy"),
  E("focus group",None,None,"Langhirano","Italy"),
  E("comitato tecnico-scientifico","2036-01-21",None,None,None),
  E("riunione del Consiglio direttivo","2036-03-05",None,None,None),
  E("Giornata dell'innovazione agroalimentare","2036-05",None,"Piacenza","Italy")],
 ["2036-02-12","2035-09-15/2035-11-30","2031","2033","2035-10-09","2036-01-21","2036/2037","2036-03-05","2036/2038","2036-05"],
 ["Il 68% delle imprese ha introdotto almeno un'innovazione di processo negli ultimi due anni, contro il 54% del 2033",
  "La carenza di tecnici qualificati è indicata come primo ostacolo all'innovazione dal 61% dei rispondenti, davanti al costo dell'energia",
  "Solo il 19% delle micro e piccole imprese ha collaborato con un'università o un centro di ricerca, mentre tra le imprese sopra i 50 addetti la quota sale al 57%",
  "La riduzione degli sprechi e il recupero dei sottoprodotti (siero, scarti di lavorazione del pomodoro) sono la priorità tecnologica più citata",
  "Tre imprese su quattro non conoscono gli strumenti europei a cui il cluster può dare accesso",
  "avviare con gli ITS Academy del territorio un percorso biennale per tecnici di processo alimentare, a partire dall'anno formativo 2036/2037",
  "istituire uno sportello \"primo contatto\" con l'Università di Parma e il CREA per le imprese sotto i 20 addetti",
  "dedicare il bando interno di voucher 2036 ai progetti di economia circolare sui sottoprodotti",
  "organizzare due giornate informative all'anno sui programmi europei, insieme alla rete Enterprise Europe Network"],
 pub="2036-02-12")
