from h import *
doc = "ditac-nuovo-cda-2035-2038.txt"
T = """DiTAC – Distretto Tecnologico Calabrese dell'Agroalimentare Innovativo
Home > News > Governance

Rinnovato il Consiglio di Amministrazione: Antonella Greco-Scalise è la nuova presidente del Distretto

Lamezia Terme, 18 giugno 2035 – Redazione DiTAC

Cambio al vertice per il Distretto Tecnologico Calabrese dell'Agroalimentare Innovativo (DiTAC Scarl). L'Assemblea dei soci, riunita sabato 16 giugno 2035 nella sala convegni della Fondazione Terina a Lamezia Terme, ha eletto il nuovo Consiglio di Amministrazione che guiderà la società consortile nel triennio 2035–2038. Erano presenti o rappresentati 41 dei 52 soci, tra imprese, università, enti di ricerca e associazioni di categoria.

Alla presidenza è stata chiamata all'unanimità Antonella Greco-Scalise, amministratrice delegata di Sila Conserve SpA, azienda di Camigliatello Silano specializzata in conserve vegetali e funghi, già consigliera del Distretto dal 2029. Succede a Vincenzo Trapasso, presidente dal 2026, che lascia dopo tre mandati e a cui l'Assemblea ha tributato un lungo applauso.

Il nuovo Consiglio di Amministrazione risulta così composto:

- Presidente: Antonella Greco-Scalise (Sila Conserve SpA)
- Vicepresidente vicario: prof. Francesco Saverio Mancuso, direttore del Dipartimento di Ingegneria Informatica, Modellistica, Elettronica e Sistemistica dell'Università della Calabria
- Vicepresidente: Domenico Larussa, titolare di Oleificio Brutium S.r.l. (Rossano)
- Consiglieri:
  - Giuseppina Aiello, presidente della Cooperativa Agricola Valle del Crati
  - Marco De Luca, fondatore e CEO di AgriSense S.r.l. (start-up innovativa di Rende)
  - dott.ssa Rosaria Falcone, ricercatrice del CNR
  - Luigi Pupo, in rappresentanza di Confindustria Cosenza
  - ing. Teresa Morabito, responsabile qualità di Bergamotto Reggino S.r.l.
  - Salvatore Iannello (Università Mediterranea di Reggio Calabria)

L'Assemblea ha inoltre confermato come revisore unico il dott. Giorgio Calabrò e ha approvato il bilancio 2034, chiuso con un avanzo di 38.000 euro.

«Ringrazio i soci per la fiducia», ha dichiarato la neo-presidente Greco-Scalise. «Il Distretto ha costruito in questi anni una rete solida tra chi produce e chi fa ricerca. Ora dobbiamo portare i risultati dei laboratori dentro le aziende più piccole, quelle che non hanno un ufficio R&S. Nei prossimi tre anni lavoreremo su tracciabilità digitale, riduzione degli scarti e accesso ai mercati esteri.»

Il presidente uscente Trapasso, già direttore generale di Agrumaria Jonica S.p.A., ha ricordato i numeri del suo mandato: 14 progetti di ricerca finanziati, 9 brevetti depositati dai soci, oltre 300 imprese coinvolte nelle attività del Distretto. «Lascio una struttura in buona salute e un gruppo di lavoro competente», ha detto, ringraziando in particolare la direttrice del Distretto, ing. Paola Mazzei, e lo staff tecnico.

Alla seduta hanno partecipato anche Carmela Bruni, dirigente del Settore Ricerca e Innovazione della Regione Calabria, e il rettore dell'Università della Calabria, prof. Nicola Ferraro, che ha sottolineato il ruolo del Distretto nella Strategia di specializzazione intelligente regionale 2028–2034 e nella preparazione del nuovo ciclo di programmazione.

Le priorità del nuovo Consiglio

Nel documento programmatico approvato dall'Assemblea il CdA indica tre linee di lavoro:
- un servizio di "check-up digitale" gratuito per le micro e piccole imprese socie;
- un bando interno per progetti pilota sull'economia circolare degli scarti agrumari;
- una missione imprenditoriale alla fiera Anuga di Colonia nell'ottobre 2035.

Prossimi appuntamenti

La prima riunione del nuovo Consiglio di Amministrazione è convocata per martedì 3 luglio presso la sede operativa del Distretto a Rende. Il Distretto sarà inoltre tra gli organizzatori degli "Agrifood Innovation Days", in programma dal 24 al 26 settembre 2035 a Reggio Calabria, con un hackathon sulla filiera del bergamotto e incontri B2B con buyer internazionali.

Per informazioni: segreteria@ditac.example – tel. 0968 000 411

Condividi: Facebook | LinkedIn | X | E-mail

DiTAC Scarl – Via dei Giardini 12, 87036 Rende (CS) – P.IVA 00000000000
© 2035 DiTAC – Privacy – Cookie policy
"""
D = "Distretto Tecnologico Calabrese dell'Agroalimentare Innovativo"
people = [
 P("Antonella Greco-Scalise", "presidente", D),
 P("Vincenzo Trapasso", None, D),
 P("Francesco Saverio Mancuso", "Vicepresidente vicario", D),
 P("Domenico Larussa", "Vicepresidente", D),
 P("Giuseppina Aiello", "presidente", "Cooperativa Agricola Valle del Crati"),
 P("Marco De Luca", "fondatore e CEO", "AgriSense S.r.l."),
 P("Rosaria Falcone", "ricercatrice", "CNR"),
 P("Luigi Pupo", None, "Confindustria Cosenza"),
 P("Teresa Morabito", "responsabile qualità", "Bergamotto Reggino S.r.l."),
 P("Salvatore Iannello", None, "Università Mediterranea di Reggio Calabria"),
 P("Giorgio Calabrò", "revisore unico", D),
 P("Paola Mazzei", "direttrice", D),
 P("Carmela Bruni", "dirigente del Settore Ricerca e Innovazione", "Regione Calabria"),
 P("Nicola Ferraro", "rettore", "Università della Calabria"),
]
orgs = [O(D, "DiTAC"), O("Sila Conserve SpA"), O("Fondazione Terina"),
 O("Dipartimento di Ingegneria Informatica, Modellistica, Elettronica e Sistemistica"), O("Università della Calabria"),
 O("Oleificio Brutium S.r.l."), O("Cooperativa Agricola Valle del Crati"), O("AgriSense S.r.l."), O("CNR"),
 O("Confindustria Cosenza"), O("Bergamotto Reggino S.r.l."), O("Università Mediterranea di Reggio Calabria"),
 O("Agrumaria Jonica S.p.A."), O("Regione Calabria"), O("Settore Ricerca e Innovazione")]
events = [
 E("Assemblea dei soci DiTAC", "2035-06-16", "2035-06-16", "Lamezia Terme", "Italy"),
 E("prima riunione del nuovo Consiglio di Amministrazione", "2035-07-03", "2035-07-03", "Rende", "Italy"),
 E("Agrifood Innovation Days", "2035-09-24", "2035-09-26", "Reggio Calabria", "Italy"),
 E("Anuga", "2035-10", "2035-10", "Colonia", "Germany"),
]
dates = ["2035-06-18", "2035-06-16", "2035/2038", "2029", "2026", "2034", "2028/2034", "2035-10", "2035-07-03", "2035-09-24/2035-09-26"]
save(doc, T, "2035-06-18", people, orgs, events, dates, [])
