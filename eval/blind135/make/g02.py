from h import *
F = 'g02_umbria_workshop_esiti.txt'
assert wd(2036,3,5)=='Wednesday' and wd(2036,4,17)=='Thursday'
T = """Cluster Umbria Meccatronica – Area riservata soci
Home > Attività > Workshop > Esiti

ESITI DEL WORKSHOP "FILIERE CORTE, CLUSTER LUNGHI"
Perugia, 5 marzo 2036 – Sala Brugnoli, Palazzo Cesaroni

Pubblicato il 12/03/2036 da Segreteria Cluster

Il workshop di mercoledì 5 marzo 2036, organizzato dal Cluster Umbria Meccatronica insieme a Sviluppumbria S.p.A. e alla Regione Umbria, ha riunito 64 partecipanti tra imprese associate, ricercatori dell'Università degli Studi di Perugia e rappresentanti di altri cluster italiani. Obiettivo della giornata: capire come le piccole imprese meccaniche della regione possano restare nelle catene del valore dell'automotive e dell'aerospazio mentre i grandi committenti accorciano le filiere e chiedono fornitori più vicini e più "verdi".

Programma
09:30 Saluti istituzionali – Tommaso Bellucci-Ranieri, assessore allo sviluppo economico della Regione Umbria
09:50 "Le filiere dopo il 2035: cosa cambia per i subfornitori" – prof.ssa Giulia De Santis, Dipartimento di Ingegneria, Università degli Studi di Perugia
10:30 Tavola rotonda con le imprese: Fabrizio Menichetti (amministratore delegato, Menichetti Lavorazioni Meccaniche S.r.l., Città di Castello), Anna Lisa Grohmann (responsabile acquisti, Terni Steel Components S.p.A.) e Kevin O'Sullivan (Enterprise Ireland, ufficio di Milano)
12:00 Gruppi di lavoro paralleli (tre tavoli)
13:15 Pausa pranzo
14:30 Restituzione dei tavoli e conclusioni – ing. Marco Paoletti, direttore del Cluster Umbria Meccatronica

Il contesto
Secondo i dati presentati da De Santis, il 58% delle imprese associate al cluster lavora per meno di tre committenti, e quasi la metà ha un unico cliente estero. La professoressa ha ricordato che i grandi gruppi europei dell'automotive hanno annunciato, tra il 2034 e il 2036, piani di "reshoring" che privilegiano fornitori in grado di certificare l'impronta di carbonio del pezzo. "Chi non misura, esce", ha riassunto.

Nella tavola rotonda Menichetti ha raccontato come la sua azienda abbia perso nel 2035 una commessa tedesca per l'assenza di un bilancio di sostenibilità, e l'abbia recuperata sei mesi dopo grazie a un audit finanziato dal bando regionale. Grohmann ha spiegato che per Terni Steel Components la vicinanza conta più del prezzo: "Un fornitore a cinquanta chilometri ci fa risparmiare settimane". O'Sullivan ha portato l'esperienza irlandese dei programmi di accompagnamento alle catene di fornitura delle multinazionali.

I tre tavoli
Il tavolo A ha lavorato sulla misurazione dell'impronta di carbonio, il tavolo B sulle competenze digitali nei reparti produttivi, il tavolo C sulle aggregazioni tra imprese (reti d'impresa e consorzi di subfornitura). I tavoli sono stati guidati da Chiara Vantaggi (facilitatrice, Sviluppumbria), Lorenzo Fiorucci (facilitatore, Sviluppumbria) e Dagmar Hollósy, esperta del cluster ungherese Pannon Autóipari Klaszter, ospite nell'ambito dello scambio tra cluster.

Risultati principali
Al termine della giornata i partecipanti hanno condiviso i seguenti risultati:
- Il cluster offrirà dal 2037 un servizio comune di calcolo dell'impronta di carbonio per le imprese con meno di 50 addetti
- Serve un catalogo condiviso delle competenze dei subfornitori umbri, da presentare ai committenti in forma unica
- Le reti d'impresa sono lo strumento più adatto per partecipare a gare che una singola piccola impresa non potrebbe affrontare
- La formazione digitale va portata in fabbrica, con moduli brevi durante l'orario di lavoro
- Il cluster chiederà alla Regione di riservare una quota del prossimo bando innovazione ai progetti di filiera

Prossimi passi
Le proposte saranno discusse nella riunione del Consiglio direttivo del 17 aprile 2036 (giovedì) e presentate all'Assemblea dei soci entro giugno. Un secondo workshop, dedicato all'aerospazio, si terrà a Terni nell'autunno 2036.

Paoletti ha chiuso ringraziando Sviluppumbria e i relatori: "Oggi abbiamo parlato meno di fondi e più di clienti. È la direzione giusta."

Materiali: le slide degli interventi sono disponibili nell'area riservata (accesso con credenziali soci).

Contatti: segreteria@umbriameccatronica.example.it | tel. 075 000 0000
Cluster Umbria Meccatronica – Associazione riconosciuta – Via Palermo 80/A, 06124 Perugia – C.F. 90000000000
Privacy | Cookie policy | Torna su
"""
write(F, T)
C = "Cluster Umbria Meccatronica"; U = "Università degli Studi di Perugia"
gold(F,
 [P("Tommaso Bellucci-Ranieri","assessore allo sviluppo economico","Regione Umbria"),
  P("Giulia De Santis",None,U),
  P("Fabrizio Menichetti","amministratore delegato","Menichetti Lavorazioni Meccaniche S.r.l."),
  P("Anna Lisa Grohmann","responsabile acquisti","Terni Steel Components S.p.A."),
  P("Kevin O'Sullivan",None,"Enterprise Ireland"),
  P("Marco Paoletti","direttore",C),
  P("Chiara Vantaggi","facilitatrice","Sviluppumbria"),
  P("Lorenzo Fiorucci","facilitatore","Sviluppumbria"),
  P("Dagmar Hollósy","esperta","Pannon Autóipari Klaszter")],
 [O(C), O("Sviluppumbria S.p.A."), O("Regione Umbria"), O(U), O("Dipartimento di Ingegneria"),
  O("Menichetti Lavorazioni Meccaniche S.r.l."), O("Terni Steel Components S.p.A."), O("Enterprise Ireland"),
  O("Pannon Autóipari Klaszter")],
 [E("FILIERE CORTE, CLUSTER LUNGHI","2036-03-05",None,"Perugia","Italy"),
  E("riunione del Consiglio direttivo","2036-04-17",None,None,None),
  E("Assemblea dei soci","2036-06",None,None,None),
  E("secondo workshop, dedicato all'aerospazio","2036",None,"Terni","Italy")],
 ["2036-03-05","2036-03-12","2034/2036","2035","2037","2036-04-17","2036-06","2036"],
 ["Il cluster offrirà dal 2037 un servizio comune di calcolo dell'impronta di carbonio per le imprese con meno di 50 addetti",
  "Serve un catalogo condiviso delle competenze dei subfornitori umbri, da presentare ai committenti in forma unica",
  "Le reti d'impresa sono lo strumento più adatto per partecipare a gare che una singola piccola impresa non potrebbe affrontare",
  "La formazione digitale va portata in fabbrica, con moduli brevi durante l'orario di lavoro",
  "Il cluster chiederà alla Regione di riservare una quota del prossimo bando innovazione ai progetti di filiera"],
 pub="2036-03-12")
