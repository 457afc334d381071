from h import *
F = 'g02_piemonte_sud_notiziario.txt'
assert wd(2039,5,12)=='Thursday' and wd(2039,6,9)=='Thursday' and wd(2039,6,10)=='Friday' and wd(2039,5,27)=='Friday'
T = """NOTIZIARIO SOCI – maggio 2039
Polo AgriFood Tech Piemonte Sud · Alessandria · Asti · Novi Ligure
------------------------------------------------------------
Versione web | Archivio notiziari | Aggiorna il tuo profilo

In questo numero
1. L'assemblea dei soci di Asti
2. Nuovi soci
3. Tavolo di lavoro sulla filiera del vino: le conclusioni
4. Agenda: giugno e luglio
5. Dai soci

------------------------------------------------------------
1. L'ASSEMBLEA DEI SOCI DI ASTI

Giovedì 12 maggio 2039 si è svolta ad Asti, presso la sede della Camera di Commercio di Alessandria-Asti, l'assemblea ordinaria dei soci del Polo. Erano presenti o rappresentati 58 soci su 87. L'assemblea ha approvato il bilancio consuntivo 2038 e il piano di attività 2039-2041 e ha rinnovato il consiglio direttivo.

Il nuovo consiglio direttivo è così composto:
- Presidente: Giulia De Benedetti (Cantine Monferrato Unite soc. coop.)
- Vicepresidente: Carlo Dell'Acqua, Università del Piemonte Orientale
- Tesoriere: Franco Bruzzone, Confagricoltura Alessandria
- Consigliera: Elena Cavallero-Rossi (Novi Dolciaria S.p.A.)
- Consigliere: Matteo Ferraris (Fondazione Cassa di Risparmio di Asti)

Il direttore del Polo, Luca Ghiglione, ha presentato i numeri dell'anno: 14 progetti di ricerca collaborativa avviati, 212 imprese coinvolte nei servizi, 3,1 milioni di euro di contributi regionali attivati. "Ora dobbiamo passare dalla quantità alla qualità dei progetti", ha detto Ghiglione.

2. NUOVI SOCI

Diamo il benvenuto a: Agrivalle Bormida S.r.l. (Acqui Terme), che produce nocciole biologiche; il laboratorio Enoanalisi Piemonte di Canelli; la start-up DroneVigna S.r.l.s. di Nizza Monferrato. Con loro i soci salgono a 90.

3. TAVOLO DI LAVORO SULLA FILIERA DEL VINO

Il 27 aprile scorso si è riunito a Canelli il tavolo di lavoro sulla digitalizzazione della filiera vitivinicola, coordinato da Serena Olivero, responsabile innovazione del Polo. Hanno partecipato 24 aziende, il Consorzio Barbera d'Asti e Vini del Monferrato e il Centro di ricerca CREA Viticoltura ed Enologia di Asti. Il tavolo si è chiuso con un documento condiviso.

Conclusioni del tavolo:
a) le piccole cantine hanno bisogno di strumenti semplici per il registro telematico e la tracciabilità, non di piattaforme complesse
b) i dati meteo e di campo raccolti dai soci vanno messi in comune in un unico archivio gestito dal Polo
c) la formazione dei viticoltori sui sensori deve avvenire in vigna, con giornate dimostrative, e non in aula
d) il Polo deve candidare un progetto pilota alla prossima call regionale entro l'autunno 2039

4. AGENDA

>> Venerdì 27 maggio 2039, ore 17.30 – Presentazione del bando regionale "Filiere innovative", sala conferenze del Polo, Alessandria. Interviene Marco Gaido, dirigente del Settore Ricerca e Innovazione della Regione Piemonte.

>> 9-10 giugno 2039 – Food Tech Days Monferrato, Casale Monferrato, quarta edizione
Programma del 9 giugno (giovedì):
09.30 Registrazione
10.00 Saluti di Giulia De Benedetti, Presidente del Polo
10.20 Keynote: "Il cibo che verrà" – prof.ssa Anna Maria Rinaldi-Fontana, Politecnico di Torino
11.30 Tavola rotonda: nocciola, vino e dolciario verso il 2045
13.00 Pranzo
14.30 Incontri B2B tra imprese e ricercatori
20.00 Cena di gala al Castello di Casale Monferrato
Venerdì 10 giugno: visite aziendali a Novi Ligure e Ovada.

Le edizioni precedenti: 2036 ad Alessandria, 2037 ad Asti, 2038 a Novi Ligure. Quasi 400 partecipanti l'anno scorso.

>> 5 luglio 2039 – Scadenza per le domande ai voucher per l'innovazione del Polo (seconda finestra).

>> Dal 28 settembre al 2 ottobre 2039 – Missione a Lione con il partenariato europeo sull'agroalimentare: posti limitati, manifestazioni di interesse entro il 15 luglio.

5. DAI SOCI

La Novi Dolciaria S.p.A. ha inaugurato una nuova linea per creme spalmabili senza olio di palma. Il Consorzio di tutela del Gavi compie 25 anni e festeggia con una giornata aperta il 18 giugno. L'Istituto tecnico agrario "Luparia" di San Martino Rosignano cerca aziende per gli stage estivi: scrivete a stage@luparia.example.it.

------------------------------------------------------------
Polo AgriFood Tech Piemonte Sud – Associazione riconosciuta
Via Vochieri 58, 15121 Alessandria – tel. 0131 000 000 – notiziario@polosud.example.it
Hai ricevuto questa e-mail perché sei socio o partner del Polo. Per non ricevere più il notiziario clicca qui.
"""
write(F, T)
PS="Polo AgriFood Tech Piemonte Sud"
gold(F,
 [P("Giulia De Benedetti","Presidente",PS),
  P("Carlo Dell'Acqua","Vicepresidente",PS),
  P("Franco Bruzzone","Tesoriere",PS),
  P("Elena Cavallero-Rossi","Consigliera",PS),
  P("Matteo Ferraris","Consigliere",PS),
  P("Luca Ghiglione","direttore",PS),
  P("Serena Olivero","responsabile innovazione",PS),
  P("Marco Gaido","dirigente","Settore Ricerca e Innovazione"),
  P("Anna Maria Rinaldi-Fontana",None,"Politecnico di Torino")],
 [O(PS), O("Camera di Commercio di Alessandria-Asti"), O("Cantine Monferrato Unite soc. coop."), O("Università del Piemonte Orientale"),
  O("Confagricoltura Alessandria"), O("Novi Dolciaria S.p.A."), O("Fondazione Cassa di Risparmio di Asti"),
  O("Agrivalle Bormida S.r.l."), O("Enoanalisi Piemonte"), O("DroneVigna S.r.l.s."), O("Consorzio Barbera d'Asti e Vini del Monferrato"),
  O("CREA Viticoltura ed Enologia"), O("Settore Ricerca e Innovazione"), O("Regione Piemonte"), O("Politecnico di Torino"),
  O("Consorzio di tutela del Gavi"), O("Istituto tecnico agrario \"Luparia\"")],
 [E("assemblea ordinaria dei soci","2039-05-12",None,"Asti","Italy"),
  E("tavolo di lavoro sulla digitalizzazione della filiera vitivinicola","2039-04-27",None,"Canelli","Italy"),
  E("Presentazione del bando regionale \"Filiere innovative\"","2039-05-27",None,"Alessandria","Italy"),
  E("Food Tech Days Monferrato","2039-06-09","2039-06-10","Casale Monferrato","Italy"),
  E("Incontri B2B","2039-06-09",None,"Casale Monferrato","Italy"),
  E("Cena di gala","2039-06-09",None,"Casale Monferrato","Italy"),
  E("visite aziendali","2039-06-10",None,"Novi Ligure, Ovada","Italy"),
  E("Food Tech Days Monferrato","2036",None,"Alessandria","Italy"),
  E("Food Tech Days Monferrato","2037",None,"Asti","Italy"),
  E("Food Tech Days Monferrato","2038",None,"Novi Ligure","Italy"),
  E("Missione a Lione","2039-09-28","2039-10-02","Lione","France"),
  E("giornata aperta","2039-06-18",None,None,None)],
 ["2039-05","2039-06/2039-07","2039-05-12","2038","2039/2041","2039-04-27","2039","2039-05-27","2039-06-09/2039-06-10","2039-06-09","2045","2039-06-10",
  "2036","2037","2039-07-05","2039-09-28/2039-10-02","2039-07-15","2039-06-18"],
 ["le piccole cantine hanno bisogno di strumenti semplici per il registro telematico e la tracciabilità, non di piattaforme complesse",
  "i dati meteo e di campo raccolti dai soci vanno messi in comune in un unico archivio gestito dal Polo",
  "la formazione dei viticoltori sui sensori deve avvenire in vigna, con giornate dimostrative, e non in aula",
  "il Polo deve candidare un progetto pilota alla prossima call regionale entro l'autunno 2039"],
 pub="2039-05")
