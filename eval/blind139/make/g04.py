from h import *
F = 'g04_pisa_comitato_pilotaggio_verbale.txt'
assert wd(2041,2,19)=='Tuesday' and wd(2041,5,7)=='Tuesday' and wd(2041,9,24)=='Tuesday' and wd(2041,9,25)=='Wednesday'
T = """DISTRETTO TECNOLOGICO ROBOTICA E LOGISTICA PORTUALE TOSCANA
Soggetto gestore: Polo Logistica Tirrenica S.c.a r.l. – Via Aurelia Sud 12, 57121 Livorno

VERBALE N. 1/2041 DEL COMITATO DI PILOTAGGIO
del Distretto Tecnologico Robotica e Logistica Portuale Toscana (DTRLP)

Data: martedì 19 febbraio 2041, ore 10.00–13.30
Luogo: Sala Galilei, Dipartimento di Ingegneria dell'Informazione dell'Università di Pisa, Largo Lucio Lazzarino 1, Pisa; collegamento online per i membri a distanza

Presenti:
- Ing. Marco Bellandi, presidente del Comitato di pilotaggio (Autorità di Sistema Portuale del Mar Tirreno Settentrionale)
- Prof.ssa Giulia Santangelo, Università di Pisa, vicepresidente
- Dott. Lorenzo Del Corso, Scuola Superiore Sant'Anna, Istituto di BioRobotica
- Dott.ssa Francesca Ricci-Venturi, Regione Toscana, Settore Ricerca industriale e innovazione
- Sig. Andrea Mazzanti, CNA Livorno
- Ing. Samira Haddad, Terminal Darsena Toscana S.r.l.
- Dott. Pietro Lo Bianco, Camera di Commercio della Maremma e del Tirreno
Collegati online: Dott. Klaus Obermeier (Fraunhofer-Institut für Materialfluss und Logistik IML, Dortmund), membro esterno con funzione consultiva
Assenti giustificati: Dott.ssa Elisa Gori (Confindustria Livorno Massa Carrara)
Per la struttura di gestione: Dott. Simone Niccolai, direttore del Distretto; Dott.ssa Chiara Paolini, segretaria verbalizzante

Ordine del giorno
1. Insediamento del Comitato nella nuova composizione e nomina del vicepresidente
2. Relazione del direttore sulle attività 2040
3. Piano di attività 2041
4. Adesioni di nuovi soci
5. Varie ed eventuali

1. Insediamento del Comitato
Il presidente apre la seduta alle ore 10.05 e dà il benvenuto ai nuovi membri nominati dall'assemblea dei soci del 29 gennaio 2041 per il triennio 2041–2043. Ricorda che il Comitato di pilotaggio è composto da sette membri effettivi e da un membro esterno senza diritto di voto. Ringrazia i membri uscenti, in particolare il Prof. Renato Vannucci, che ha fatto parte del Comitato dal 2035 al 2040 come vicepresidente e che ora presiede il comitato scientifico del Distretto. Su proposta del presidente, il Comitato nomina all'unanimità vicepresidente la Prof.ssa Giulia Santangelo.

2. Relazione sulle attività 2040
Il direttore Niccolai illustra i risultati dell'anno. I soci sono passati da 64 a 79, di cui 51 imprese, 9 enti di ricerca e 19 tra enti pubblici e associazioni. Il Distretto ha organizzato dodici eventi, tra cui il Port Robotics Day del 22 ottobre 2040 al Terminal Darsena Toscana con 180 partecipanti, e ha accompagnato sei imprese alla fiera transport logistic di Monaco di Baviera. Sono stati avviati tre progetti di ricerca collaborativa finanziati con il bando regionale «Ricerca e sviluppo 2040».

3. Piano di attività 2041
Il direttore presenta il piano. Dopo ampia discussione, in cui intervengono Santangelo, Mazzanti e Haddad, il Comitato lo approva con le modifiche riportate nelle decisioni. Il Dott. Obermeier propone uno scambio di personale con il Fraunhofer IML nel secondo semestre; la proposta è accolta con favore.

4. Adesioni
Sono esaminate le domande di adesione di Labronica Automazione S.r.l. (Collesalvetti), di Drone Sense Italia S.p.A. (Pontedera) e dell'Istituto Tecnico Superiore Prime di Livorno. Tutte e tre sono accolte.

5. Varie
La Dott.ssa Ricci-Venturi informa che la Regione Toscana aprirà entro aprile la procedura per il riconoscimento dei distretti tecnologici per il periodo 2042–2047.

DECISIONI
Il Comitato di pilotaggio decide:
a) di nominare la Prof.ssa Giulia Santangelo vicepresidente per il triennio 2041–2043;
b) di approvare il piano di attività 2041 con un aumento del budget per la formazione da 40.000 a 55.000 euro;
c) di affidare al direttore la preparazione della candidatura per il riconoscimento 2042–2047, da presentare al Comitato entro il 30 aprile 2041;
d) di accogliere come nuovi soci Labronica Automazione S.r.l., Drone Sense Italia S.p.A. e l'Istituto Tecnico Superiore Prime.

La prossima riunione del Comitato di pilotaggio si terrà martedì 7 maggio 2041 a Livorno, presso la sede del Distretto; la successiva, in occasione del Port Robotics Day 2041, martedì 24 settembre 2041 a Piombino. L'assemblea annuale dei soci si terrà mercoledì 25 settembre 2041, sempre a Piombino.

La seduta è tolta alle ore 13.25.

Il presidente                         La segretaria verbalizzante
Ing. Marco Bellandi                   Dott.ssa Chiara Paolini

Allegati: A – Relazione attività 2040 (slide); B – Piano di attività 2041; C – Domande di adesione
"""
write(F, T)
D_="Distretto Tecnologico Robotica e Logistica Portuale Toscana"
D="DISTRETTO TECNOLOGICO ROBOTICA E LOGISTICA PORTUALE TOSCANA"
C="Comitato di pilotaggio"
gold(F,
 [P("Marco Bellandi","presidente del Comitato di pilotaggio",D_),
  P("Giulia Santangelo","vicepresidente",D_),
  P("Lorenzo Del Corso",None,"Scuola Superiore Sant'Anna"),
  P("Francesca Ricci-Venturi",None,"Regione Toscana"),
  P("Andrea Mazzanti",None,"CNA Livorno"),
  P("Samira Haddad",None,"Terminal Darsena Toscana S.r.l."),
  P("Pietro Lo Bianco",None,"Camera di Commercio della Maremma e del Tirreno"),
  P("Klaus Obermeier","membro esterno con funzione consultiva",D_),
  P("Elisa Gori",None,"Confindustria Livorno Massa Carrara"),
  P("Simone Niccolai","direttore del Distretto",D_),
  P("Chiara Paolini","segretaria verbalizzante",D_),
  P("Renato Vannucci","vicepresidente",D_)],
 [O(D_,"DTRLP"), O("Polo Logistica Tirrenica S.c.a r.l."), O("Università di Pisa"),
  O("Autorità di Sistema Portuale del Mar Tirreno Settentrionale"), O("Scuola Superiore Sant'Anna"),
  O("Regione Toscana"), O("CNA Livorno"), O("Terminal Darsena Toscana S.r.l."), O("Camera di Commercio della Maremma e del Tirreno"),
  O("Fraunhofer-Institut für Materialfluss und Logistik","IML"), O("Confindustria Livorno Massa Carrara"),
  O("Labronica Automazione S.r.l."), O("Drone Sense Italia S.p.A."), O("Istituto Tecnico Superiore Prime di Livorno")],
 [E("Comitato di pilotaggio","2041-02-19",None,"Pisa","Italy"),
  E("assemblea dei soci","2041-01-29",None,None,None),
  E("Port Robotics Day","2040-10-22",None,None,None),
  E("transport logistic","2040",None,"Monaco di Baviera","Germany"),
  E("riunione del Comitato di pilotaggio","2041-05-07",None,"Livorno","Italy"),
  E("Port Robotics Day 2041","2041-09-24",None,"Piombino","Italy"),
  E("riunione del Comitato di pilotaggio","2041-09-24",None,"Piombino","Italy"),
  E("assemblea annuale dei soci","2041-09-25",None,"Piombino","Italy")],
 ["2041-02-19","2040","2041","2041-01-29","2041/2043","2035/2040","2040-10-22","2042/2047","2041-04","2041-04-30","2041-05-07","2041-09-24","2041-09-25"],
 ["di nominare la Prof.ssa Giulia Santangelo vicepresidente per il triennio 2041–2043",
  "di approvare il piano di attività 2041 con un aumento del budget per la formazione da 40.000 a 55.000 euro",
  "di affidare al direttore la preparazione della candidatura per il riconoscimento 2042–2047, da presentare al Comitato entro il 30 aprile 2041",
  "di accogliere come nuovi soci Labronica Automazione S.r.l., Drone Sense Italia S.p.A. e l'Istituto Tecnico Superiore Prime"],
 pub="2041-02-19")
