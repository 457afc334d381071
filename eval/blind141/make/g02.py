from h import *
F = 'g02_lecco_notiziario_soci.txt'
assert wd(2039,2,10)=='Thursday' and wd(2039,2,24)=='Thursday' and wd(2039,3,16)=='Wednesday' and wd(2039,3,29)=='Tuesday' and wd(2039,3,30)=='Wednesday'
T = """Da: Segreteria Cluster Meccatronica Lario <segreteria@meccalario.example.it>
Oggetto: Notiziario soci n. 2/2039 – febbraio
Data: 28 febbraio 2039

Se non visualizzi correttamente questa e-mail, aprila nel browser.

==================================================
CLUSTER MECCATRONICA LARIO – NOTIZIARIO SOCI
n. 2/2039 · febbraio
==================================================

IN QUESTO NUMERO
1. Il Consiglio direttivo approva il piano attività
2. Com'è andato il Tavolo filiera del 24 febbraio
3. Dai soci
4. Prossimi appuntamenti
5. Bandi e scadenze

--------------------------------------------------
1. IL CONSIGLIO DIRETTIVO APPROVA IL PIANO ATTIVITÀ
--------------------------------------------------
Il Consiglio direttivo del Cluster Meccatronica Lario si è riunito giovedì 10 febbraio 2039 presso la sede di Confindustria Lecco e Sondrio, in via Caprera a Lecco. Presieduto da Giovanna Colombo-Rusconi (Rusconi Trafilerie S.p.A.), presidente del Cluster, il Consiglio ha approvato il piano attività 2039 e il bilancio preventivo. Entrano nel Consiglio, in sostituzione dei consiglieri dimissionari, Marco Dell'Oro, amministratore delegato di Minuterie Valsassina S.r.l., e la prof.ssa Federica Locatelli del Politecnico di Milano – Polo territoriale di Lecco.

Il direttore Paolo Spreafico ha illustrato i numeri del 2038: 132 imprese associate, 41 eventi organizzati, 9 progetti europei in corso. "Il dato che mi interessa di più è un altro: due terzi delle imprese hanno partecipato ad almeno un'attività", ha commentato.

--------------------------------------------------
2. TAVOLO FILIERA: COM'È ANDATA
--------------------------------------------------
Il terzo Tavolo filiera dell'anno si è svolto giovedì 24 febbraio a Valmadrera, ospitato dall'azienda socia Fratelli Bonacina S.n.c. Trentacinque partecipanti tra imprese della minuteria metallica, della molla e dello stampaggio hanno discusso di approvvigionamento di acciaio e di tracciabilità. Ha moderato Chiara Invernizzi, project manager del Cluster; è intervenuto Stefan Hofbauer, responsabile acquisti della Wälzlager Hofbauer GmbH di Schweinfurt, cliente di diversi soci.

In sintesi, i partecipanti hanno indicato tre priorità:
- creare un gruppo d'acquisto di acciaio tra le imprese più piccole del territorio;
- adottare un passaporto digitale di prodotto comune entro il 2040;
- chiedere alla Regione Lombardia un bando dedicato alla tracciabilità delle filiere.

--------------------------------------------------
3. DAI SOCI
--------------------------------------------------
* Rusconi Trafilerie S.p.A. (Calolziocorte) ha inaugurato un impianto fotovoltaico da 2 MW sul tetto dello stabilimento.
* Minuterie Valsassina S.r.l. ha ottenuto la certificazione IATF 16949 per il settore automotive.
* Lo studio di ingegneria Tentori & Negri di Merate entra nel Cluster come socio aggregato.
* Il Comune di Lecco e la Camera di Commercio di Como-Lecco hanno firmato con il Cluster un protocollo d'intesa per l'orientamento dei giovani verso i mestieri tecnici.
* Nuova nomina in casa ITS Lombardia Meccatronica: Ilaria Maggi è la nuova coordinatrice della sede di Lecco.

--------------------------------------------------
4. PROSSIMI APPUNTAMENTI
--------------------------------------------------
> Mercoledì 16 marzo 2039, ore 9.30–13.00 – Lecco, Politecnico di Milano, Polo di Lecco
Workshop "Intelligenza artificiale per il controllo qualità"
09.30 Registrazione e caffè di benvenuto
10.00 Saluti – Paolo Spreafico, direttore del Cluster
10.15 Casi d'uso nelle PMI meccaniche – prof. Davide Brambilla, Politecnico di Milano
11.15 Testimonianze aziendali: Minuterie Valsassina, Fratelli Bonacina
12.15 Tavola rotonda con i relatori
13.00 Light lunch

> 29–30 marzo 2039 – Stoccarda (Germania)
Missione alla fiera LASYS con visite aziendali. Partenza in pullman da Lecco martedì 29 marzo alle 5.30; rientro mercoledì 30 marzo in serata. Quota: 390 euro per persona. Adesioni entro l'11 marzo 2039.

> Aprile 2039 (data da definire) – Assemblea generale dei soci, Lecco

--------------------------------------------------
5. BANDI E SCADENZE
--------------------------------------------------
- Bando "Filiere 4.0" di Regione Lombardia: domande dal 1° marzo al 15 aprile 2039.
- Voucher internazionalizzazione della Camera di Commercio di Como-Lecco: scadenza 31 marzo 2039.
Per assistenza: Chiara Invernizzi, tel. 0341 000000.

--------------------------------------------------
Cluster Meccatronica Lario – Associazione riconosciuta
Via Caprera 4, 23900 Lecco · C.F. 00000000000
Ricevi questa comunicazione in quanto referente di un'impresa associata. Per cancellarti rispondi con oggetto "CANCELLA".
"""
write(F, T)
C="Cluster Meccatronica Lario"
gold(F,
 [P("Giovanna Colombo-Rusconi","presidente",C),
  P("Marco Dell'Oro","amministratore delegato","Minuterie Valsassina S.r.l."),
  P("Federica Locatelli",None,"Politecnico di Milano"),
  P("Paolo Spreafico","direttore",C),
  P("Chiara Invernizzi","project manager",C),
  P("Stefan Hofbauer","responsabile acquisti","Wälzlager Hofbauer GmbH"),
  P("Ilaria Maggi","coordinatrice della sede di Lecco","ITS Lombardia Meccatronica"),
  P("Davide Brambilla",None,"Politecnico di Milano")],
 [O(C), O("Confindustria Lecco e Sondrio"), O("Rusconi Trafilerie S.p.A."), O("Minuterie Valsassina S.r.l."),
  O("Politecnico di Milano"), O("Polo territoriale di Lecco"), O("Fratelli Bonacina S.n.c."), O("Wälzlager Hofbauer GmbH"),
  O("Regione Lombardia"), O("Tentori & Negri"), O("Comune di Lecco"), O("Camera di Commercio di Como-Lecco"),
  O("ITS Lombardia Meccatronica")],
 [E("Consiglio direttivo","2039-02-10",None,"Lecco","Italy"),
  E("Tavolo filiera","2039-02-24",None,"Valmadrera","Italy"),
  E("Intelligenza artificiale per il controllo qualità","2039-03-16",None,"Lecco","Italy"),
  E("Missione alla fiera LASYS","2039-03-29","2039-03-30","Stoccarda","Germany"),
  E("LASYS",None,None,"Stoccarda","Germany"),
  E("Assemblea generale dei soci","2039-04",None,"Lecco","Italy")],
 ["2039-02","2039-02-28","2039-02-24","2039-02-10","2038","2040","2039-03-16","2039-03-29/2039-03-30","2039-03-29","2039-03-30",
  "2039-03-11","2039-04","2039-03-01/2039-04-15","2039-03-31"],
 ["creare un gruppo d'acquisto di acciaio tra le imprese più piccole del territorio",
  "adottare un passaporto digitale di prodotto comune entro il 2040",
  "chiedere alla Regione Lombardia un bando dedicato alla tracciabilità delle filiere"],
 pub="2039-02-28")
