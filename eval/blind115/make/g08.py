from h import *
F = 'g08_laquila_stati_generali_conclusioni.txt'
assert wd(2036,11,19)=='Wednesday' and wd(2036,11,20)=='Thursday' and wd(2036,11,27)=='Thursday' and wd(2037,1,15)=='Thursday'
T = """REGIONE ABRUZZO – Dipartimento Sviluppo Economico
Servizio Ricerca, Innovazione e Poli d'Innovazione

COMUNICATO STAMPA n. 214 del 27/11/2036

STATI GENERALI DEI POLI D'INNOVAZIONE ABRUZZESI
L'Aquila, 19 e 20 novembre 2036 – Auditorium del Parco

Si è conclusa giovedì 20 novembre 2036 all'Aquila la seconda edizione degli Stati generali dei poli d'innovazione abruzzesi, promossa dalla Regione Abruzzo con l'Università degli Studi dell'Aquila e il Gran Sasso Science Institute (GSSI). Nelle due giornate si sono alternati 34 relatori davanti a oltre 380 partecipanti tra imprese, centri di ricerca, enti locali e rappresentanti dei nove poli d'innovazione riconosciuti dalla Regione.

L'evento ha avuto al centro la presentazione del rapporto di valutazione intermedia del sistema dei poli, curato dalla società Ismeri Europa S.r.l. per il periodo 2033–2036. La coordinatrice della valutazione, Dott.ssa Francesca De Santis, e l'analista Dott. Marco D'Alessandro hanno illustrato i risultati di un'indagine su 512 imprese associate e di 27 interviste con i gestori dei poli.

Ad aprire i lavori mercoledì 19 novembre sono stati l'Assessore regionale allo Sviluppo economico, Donatella Di Girolamo, e il Rettore dell'Università degli Studi dell'Aquila, Prof. Edoardo Santavicca. «I poli non sono più un esperimento: oggi rappresentano l'infrastruttura della politica industriale abruzzese», ha detto l'Assessore Di Girolamo.

Il programma della prima giornata comprendeva tre sessioni parallele (automotive e meccatronica, agroalimentare, scienze della vita) e, alle 18:30, una visita guidata ai laboratori del GSSI. La seconda giornata, dedicata al confronto con altre regioni europee, ha visto gli interventi di Matej Kranjc, direttore del cluster sloveno ACS – Automotive Cluster of Slovenia, e di Ana Beatriz Fontes, responsabile delle politiche di cluster dell'ANI – Agência Nacional de Inovação di Lisbona.

Principali risultati della valutazione
Il rapporto evidenzia che:
- il 63% delle imprese associate ha partecipato ad almeno un progetto di ricerca collaborativa promosso dal polo;
- i poli più maturi (automotive, agroalimentare e ICT) concentrano il 70% dei finanziamenti;
- solo due poli su nove dispongono di personale dedicato ai progetti europei;
- la partecipazione delle microimprese è diminuita rispetto al periodo precedente.

Documento conclusivo
Al termine dei lavori il Comitato di coordinamento dei poli – presidente Ing. Roberto Ciccarelli (Polo Innovazione Meccatronica d'Abruzzo – PIMA) – ha approvato un documento conclusivo che sarà trasmesso alla Giunta regionale.

Conclusioni e raccomandazioni
1. Rendere pluriennale il finanziamento regionale dei poli, con contratti di almeno quattro anni legati a obiettivi misurabili.
2. Creare un ufficio comune per la progettazione europea al servizio di tutti i poli, ospitato dal GSSI.
3. Introdurre voucher per l'innovazione riservati alle microimprese che si associano per la prima volta a un polo.
4. Avviare entro il 2037 un gemellaggio strutturato con almeno due cluster di altre regioni europee, a partire dalla Slovenia e dal Portogallo.
5. Pubblicare ogni anno un cruscotto di indicatori comuni per tutti i poli.

Prossimi appuntamenti
Il documento conclusivo sarà presentato nella seduta della Giunta regionale del 15 gennaio 2037. La terza edizione degli Stati generali si terrà a Pescara nell'autunno 2037, in collaborazione con Confindustria Abruzzo Medio Adriatico e la Camera di Commercio Chieti Pescara. La prima edizione si era svolta a Chieti il 9 e 10 ottobre 2035.

Hanno inoltre preso parte ai lavori: Fira S.p.A. (finanziaria regionale), l'ANCI Abruzzo, l'Agenzia per la Coesione Territoriale e la Direzione generale Politica regionale e urbana della Commissione europea (DG REGIO), rappresentata da Lucia Dell'Orso, desk officer per l'Italia.

Per informazioni:
Ufficio Stampa Giunta Regionale – Via Leonardo da Vinci 6, 67100 L'Aquila
ufficiostampa@regione.abruzzo.example.it

Materiali e presentazioni disponibili su www.regione.abruzzo.example.it/poli
"""
write(F, T)
RA="Regione Abruzzo"; U="Università degli Studi dell'Aquila"
gold(F,
 [P("Francesca De Santis","coordinatrice della valutazione","Ismeri Europa S.r.l."),
  P("Marco D'Alessandro","analista","Ismeri Europa S.r.l."),
  P("Donatella Di Girolamo","Assessore regionale allo Sviluppo economico",RA),
  P("Edoardo Santavicca","Rettore",U),
  P("Matej Kranjc","direttore","Automotive Cluster of Slovenia"),
  P("Ana Beatriz Fontes","responsabile delle politiche di cluster","Agência Nacional de Inovação"),
  P("Roberto Ciccarelli","presidente","Comitato di coordinamento dei poli"),
  P("Lucia Dell'Orso","desk officer per l'Italia","DG REGIO")],
 [O(RA), O("Dipartimento Sviluppo Economico"), O("Servizio Ricerca, Innovazione e Poli d'Innovazione"),
  O(U), O("Gran Sasso Science Institute","GSSI"), O("Ismeri Europa S.r.l."),
  O("Automotive Cluster of Slovenia","ACS"), O("Agência Nacional de Inovação","ANI"),
  O("Comitato di coordinamento dei poli"), O("Polo Innovazione Meccatronica d'Abruzzo","PIMA"),
  O("Giunta regionale"), O("Confindustria Abruzzo Medio Adriatico"), O("Camera di Commercio Chieti Pescara"),
  O("Fira S.p.A."), O("ANCI Abruzzo"), O("Agenzia per la Coesione Territoriale"),
  O("Direzione generale Politica regionale e urbana","DG REGIO"), O("Commissione europea"),
  O("Ufficio Stampa Giunta Regionale")],
 [E("Stati generali dei poli d'innovazione abruzzesi","2036-11-19","2036-11-20","L'Aquila","Italy"),
  E("visita guidata ai laboratori del GSSI","2036-11-19",None,"L'Aquila","Italy"),
  E("seduta della Giunta regionale","2037-01-15"),
  E("Stati generali dei poli d'innovazione abruzzesi","2037",None,"Pescara","Italy"),
  E("Stati generali dei poli d'innovazione abruzzesi","2035-10-09","2035-10-10","Chieti","Italy")],
 ["2036-11-27","2036-11-19/2036-11-20","2036-11-20","2033/2036","2036-11-19","2037","2037-01-15","2035-10-09/2035-10-10"],
 ["Rendere pluriennale il finanziamento regionale dei poli, con contratti di almeno quattro anni legati a obiettivi misurabili",
  "Creare un ufficio comune per la progettazione europea al servizio di tutti i poli, ospitato dal GSSI",
  "Introdurre voucher per l'innovazione riservati alle microimprese che si associano per la prima volta a un polo",
  "Avviare entro il 2037 un gemellaggio strutturato con almeno due cluster di altre regioni europee, a partire dalla Slovenia e dal Portogallo",
  "Pubblicare ogni anno un cruscotto di indicatori comuni per tutti i poli",
  "il 63% delle imprese associate ha partecipato ad almeno un progetto di ricerca collaborativa promosso dal polo",
  "i poli più maturi (automotive, agroalimentare e ICT) concentrano il 70% dei finanziamenti",
  "solo due poli su nove dispongono di personale dedicato ai progetti europei",
  "la partecipazione delle microimprese è diminuita rispetto al periodo precedente"],
 pub="2036-11-27")
