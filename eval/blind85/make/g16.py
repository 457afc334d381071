from h import *
F = 'g16_bari_distretto_newsletter.txt'
assert wd(2039,10,13)=='Thursday' and wd(2039,10,25)=='Tuesday' and wd(2039,11,8)=='Tuesday' and wd(2039,11,9)=='Wednesday' and wd(2039,11,17)=='Thursday' and wd(2039,10,6)=='Thursday'
T = """Oggetto: Newsletter DiMAP n. 9/2039 – Forum della Meccatronica, bando Voucher Export, nuovi soci
Da: Distretto Meccatronico Apulo <newsletter@dimap.example.it>
Data: 14 ottobre 2039

Se non visualizzi correttamente questa e-mail, clicca qui.

DISTRETTO MECCATRONICO APULO – DiMAP
NEWSLETTER n. 9 · Ottobre 2039

IN QUESTO NUMERO
1. Il Forum della Meccatronica 2039 a Bari: com'è andata
2. Save the date: missione a Stoccarda
3. Bando Voucher Export: scadenza 25 ottobre
4. Webinar sulla nuova direttiva macchine
5. Dai soci
6. Agenda

----------------------------------------------------------------

Care socie, cari soci,

l'autunno del Distretto si apre con un Forum che ha superato ogni attesa e con diverse opportunità da non perdere. Vi ricordo che il rinnovo delle quote associative per il 2040 è aperto fino al 30 novembre: chi rinnova entro il 31 ottobre conserva la tariffa attuale.

Buona lettura,
Raffaella Loiacono
Direttrice, Distretto Meccatronico Apulo

----------------------------------------------------------------

1. IL FORUM DELLA MECCATRONICA 2039: COM'È ANDATA

Oltre 300 partecipanti, 38 relatori e 150 incontri B2B: sono i numeri della sesta edizione del Forum della Meccatronica, che si è svolta giovedì 6 ottobre 2039 presso la Fiera del Levante di Bari.

Ad aprire i lavori è stato il presidente del DiMAP, ing. Vito Antonio Lorusso, che ha ricordato come il distretto conti oggi 142 soci tra imprese, università e centri di ricerca. È seguito il saluto dell'assessore allo Sviluppo economico della Regione Puglia, Annamaria De Benedictis, che ha annunciato un nuovo avviso regionale per i Contratti di Programma dedicato alla manifattura avanzata.

Nel panel «Automazione e lavoro» sono intervenuti il prof. Giuseppe Carbone-Sasso (Politecnico di Bari), Mariella Tritto (Bosch Tecnologie Diesel S.p.A., responsabile risorse umane dello stabilimento di Modugno) e Nicola Zaccaria Faenza (segretario generale di Confindustria Puglia). Dal confronto è emerso che le imprese pugliesi faticano a trovare tecnici specializzati e che gli ITS Academy andrebbero potenziati.

Nel pomeriggio, la sessione internazionale ha visto la partecipazione di Dr. Bernd Kühnle, amministratore delegato del cluster tedesco Mechatronik BW, e di Cristina Boldrini, Policy Officer della Commissione europea (DG GROW), che ha illustrato le opportunità del programma per le partnership strategiche tra cluster.

Le conclusioni principali del Forum:
- la meccatronica pugliese cresce, ma ha bisogno di più tecnici e ingegneri formati sul territorio;
- le piccole imprese devono aggregarsi per accedere alle filiere dei grandi committenti;
- la transizione energetica è un'opportunità di mercato, non solo un costo;
- la cooperazione con i cluster europei va resa stabile con progetti comuni.

Le slide degli interventi sono disponibili nell'area riservata.
(Foto: DiMAP / Michele Sciannimanico)

2. SAVE THE DATE: MISSIONE A STOCCARDA, 8-9 NOVEMBRE 2039

In collaborazione con Mechatronik BW e con l'ICE – Agenzia per la promozione all'estero e l'internazionalizzazione delle imprese italiane, il distretto organizza una missione imprenditoriale a Stoccarda l'8 e il 9 novembre 2039. Il programma prevede martedì 8 novembre incontri B2B con aziende tedesche e mercoledì 9 novembre visite aziendali presso due fornitori del settore automotive. Posti disponibili: 12. Referente: Giulia Palmisano, Project Manager internazionalizzazione.

3. BANDO VOUCHER EXPORT: SCADENZA 25 OTTOBRE

Ricordiamo che martedì 25 ottobre 2039 alle ore 12:00 scade il bando «Voucher Export Puglia» di Puglia Sviluppo S.p.A., che finanzia fino al 50% delle spese per Temporary Export Manager e fiere internazionali. Lo sportello del distretto è a disposizione per verificare l'ammissibilità delle spese.

4. WEBINAR SULLA NUOVA DIRETTIVA MACCHINE

Giovedì 17 novembre 2039, dalle 10:30 alle 12:00, webinar gratuito per i soci sulle novità del regolamento europeo macchine, a cura dell'avv. Fabrizio Dell'Olio (Studio Legale Dell'Olio & Partners) e dell'ing. Sabrina Cacciapaglia (TÜV Italia S.r.l.). Iscrizioni entro il 15 novembre.

4-bis. PROGETTI EUROPEI: CERCASI PARTNER

Il cluster sloveno Tehnološka mreža Orodjarstvo (TCS), con sede a Celje, cerca imprese italiane della meccatronica per una proposta sul tema della manutenzione predittiva degli stampi, da presentare entro febbraio 2040. Le imprese interessate possono scrivere a Giulia Palmisano entro il 4 novembre. Il distretto ha già collaborato con il cluster sloveno nel progetto ToolNet, concluso nel 2037, e ne conosce bene il gruppo di lavoro, guidato da Matej Kovačič, responsabile dei progetti internazionali.

5. DAI SOCI

- Masmec S.p.A. ha inaugurato a Modugno un nuovo reparto dedicato ai banchi prova per veicoli elettrici.
- La start-up RoboLev S.r.l., nata da uno spin-off del Politecnico di Bari, ha chiuso un round di investimento da 2,4 milioni di euro.
- Il Gruppo Fratelli Ventrella S.p.A. di Gioia del Colle ha ottenuto la certificazione ISO 50001 per la gestione dell'energia in tutti e tre gli stabilimenti.
- Diamo il benvenuto ai nuovi soci: Meccanica Adriatica S.r.l. (Monopoli), Laser Sud S.n.c. (Altamura) e l'ITS Academy Antonio Cuccovillo.

6. AGENDA

25/10/2039 – Scadenza bando Voucher Export Puglia
08-09/11/2039 – Missione imprenditoriale a Stoccarda
17/11/2039 – Webinar «Regolamento macchine: cosa cambia»
30/11/2039 – Termine rinnovo quote associative 2040
Dicembre 2039 – Assemblea dei soci (data da definire)

----------------------------------------------------------------
Distretto Meccatronico Apulo – DiMAP Scarl
Via delle Dalie 1, 70026 Modugno (BA) · tel. 080 000 0000 · info@dimap.example.it
Ricevi questa newsletter perché sei socio o ti sei iscritto sul nostro sito. Per cancellarti clicca qui.
Informativa privacy ai sensi del Regolamento (UE) 2016/679.
"""
write(F, T)
D_ = "Distretto Meccatronico Apulo"
gold(F,
 [P("Raffaella Loiacono","Direttrice",D_), P("Vito Antonio Lorusso","presidente","DiMAP"),
  P("Annamaria De Benedictis","assessore allo Sviluppo economico","Regione Puglia"),
  P("Giuseppe Carbone-Sasso",None,"Politecnico di Bari"),
  P("Mariella Tritto","responsabile risorse umane dello stabilimento di Modugno","Bosch Tecnologie Diesel S.p.A."),
  P("Nicola Zaccaria Faenza","segretario generale","Confindustria Puglia"),
  P("Bernd Kühnle","amministratore delegato","Mechatronik BW"),
  P("Cristina Boldrini","Policy Officer","DG GROW"),
  P("Michele Sciannimanico"), P("Giulia Palmisano","Project Manager internazionalizzazione",D_),
  P("Fabrizio Dell'Olio",None,"Studio Legale Dell'Olio & Partners"), P("Sabrina Cacciapaglia",None,"TÜV Italia S.r.l."),
  P("Matej Kovačič","responsabile dei progetti internazionali","Tehnološka mreža Orodjarstvo")],
 [O(D_,"DiMAP"), O("Regione Puglia"), O("Politecnico di Bari"), O("Bosch Tecnologie Diesel S.p.A."),
  O("Confindustria Puglia"), O("Mechatronik BW"), O("Commissione europea"), O("DG GROW"),
  O("ICE – Agenzia per la promozione all'estero e l'internazionalizzazione delle imprese italiane","ICE"),
  O("Puglia Sviluppo S.p.A."), O("Studio Legale Dell'Olio & Partners"), O("TÜV Italia S.r.l."), O("Masmec S.p.A."),
  O("RoboLev S.r.l."), O("Tehnološka mreža Orodjarstvo","TCS"), O("Gruppo Fratelli Ventrella S.p.A."), O("Meccanica Adriatica S.r.l."), O("Laser Sud S.n.c."), O("ITS Academy Antonio Cuccovillo")],
 [E("Forum della Meccatronica 2039","2039-10-06",None,"Bari","Italy"),
  E("Missione imprenditoriale a Stoccarda","2039-11-08","2039-11-09","Stoccarda","Germany"),
  E("incontri B2B con aziende tedesche","2039-11-08",None,"Stoccarda","Germany"),
  E("visite aziendali","2039-11-09",None,"Stoccarda","Germany"),
  E("Webinar «Regolamento macchine: cosa cambia»","2039-11-17",None,None,None),
  E("Assemblea dei soci","2039-12",None,None,None)],
 ["2039-10-14","2039-10","2039-10-25","2040","2039-11-30","2039-10-31","2039-10-06","2039-11-08/2039-11-09","2039-11-08","2039-11-09","2039-11-17","2039-11-15","2039-12","2040-02","2039-11-04","2037"],
 ["la meccatronica pugliese cresce, ma ha bisogno di più tecnici e ingegneri formati sul territorio",
  "le piccole imprese devono aggregarsi per accedere alle filiere dei grandi committenti",
  "la transizione energetica è un'opportunità di mercato, non solo un costo",
  "la cooperazione con i cluster europei va resa stabile con progetti comuni"], "2039-10-14")
