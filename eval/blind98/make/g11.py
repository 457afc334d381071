from h import *
F = 'g11_basilicata_infoday_bando_cluster.html'
for (y,m,d,w) in [(2035,3,13,'Tuesday'),(2035,3,20,'Tuesday'),(2035,4,30,'Monday'),(2035,3,9,'Friday'),(2035,2,26,'Monday'),(2035,3,27,'Tuesday')]:
    assert wd(y,m,d)==w, (y,m,d)
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Info Day – Avviso Cluster e Filiere 2035 | Sviluppo Basilicata</title></head>
<body>
<div class="cookie">Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici. <a href="/privacy">Informativa</a> <button>Accetta</button> <button>Rifiuta</button></div>
<header><p class="ente">Regione Basilicata · Sviluppo Basilicata S.p.A.</p>
<nav><a href="/">Home</a> | <a href="/agenzia">L'Agenzia</a> | <a href="/bandi">Bandi e avvisi</a> | <a href="/eventi" class="on">Eventi</a> | <a href="/news">News</a> | <a href="/trasparenza">Amministrazione trasparente</a> | <a href="/contatti">Contatti</a></nav></header>
<main>
<p class="briciole">Sei in: Home › Eventi › Info Day Avviso Cluster e Filiere 2035</p>
<p class="data">Pubblicato il 26 febbraio 2035 · Ultima modifica 9 marzo 2035</p>
<h1>Info Day: Avviso "Cluster e Filiere 2035" – due incontri a Potenza e Matera</h1>
<p><strong>Martedì 13 marzo 2035, ore 10:00–13:00</strong> · Potenza, Sala Inguscio, Palazzo della Giunta regionale, via Vincenzo Verrastro 4 · anche in diretta streaming<br>
<strong>Martedì 20 marzo 2035, ore 15:00–18:00</strong> · Matera, Auditorium del Campus universitario, via Lanera 20</p>
<p>La Regione Basilicata, Dipartimento Politiche di Sviluppo, Lavoro, Formazione e Ricerca, e Sviluppo Basilicata S.p.A. organizzano due giornate informative sull'Avviso pubblico "Cluster e Filiere 2035", che mette a disposizione 18 milioni di euro per progetti di innovazione realizzati da aggregazioni di imprese, cluster tecnologici regionali e organismi di ricerca. L'avviso è stato approvato con delibera di Giunta del 9 febbraio 2035 e sarà aperto dal 1° marzo al 30 aprile 2035 (ore 12:00).</p>
<p>Le giornate si rivolgono a imprese, reti di imprese, consorzi, start-up innovative, università e centri di ricerca con sede operativa in Basilicata. Durante gli incontri saranno illustrati i requisiti di ammissibilità, le spese ammissibili, i criteri di valutazione e la piattaforma per la presentazione delle domande.</p>

<h2>Programma – Potenza, 13 marzo</h2>
<ul>
<li>09:30 Registrazione dei partecipanti</li>
<li>10:00 Saluti istituzionali – Carmine Lovallo, Assessore allo Sviluppo Economico della Regione Basilicata</li>
<li>10:20 L'avviso "Cluster e Filiere 2035": obiettivi e dotazione – Giuseppina Santarsiero, Dirigente dell'Ufficio Ricerca e Innovazione</li>
<li>10:50 Come si presenta la domanda: requisiti, spese, tempi – Vito Colangelo, responsabile del procedimento, Sviluppo Basilicata S.p.A.</li>
<li>11:30 L'esperienza dei cluster lucani – interventi di Rocco Galante, presidente del Cluster Lucano di Bioeconomia, e di Francesca D'Andrea, direttrice del Cluster Automotive Basilicata</li>
<li>12:10 Ricerca e imprese: il ruolo dell'Università – prof.ssa Maria Teresa Pace, Prorettrice alla Terza Missione, Università degli Studi della Basilicata</li>
<li>12:30 Domande dal pubblico e chiusura</li>
</ul>

<h2>Programma – Matera, 20 marzo</h2>
<ul>
<li>14:30 Registrazione</li>
<li>15:00 Saluti – Nicola Paternoster, Sindaco di Matera</li>
<li>15:15 Presentazione dell'avviso – Giuseppina Santarsiero e Vito Colangelo</li>
<li>16:15 Partenariati europei per i cluster: i servizi della rete Enterprise Europe Network – Angela Musto, consulente EEN, Confindustria Basilicata</li>
<li>16:45 Tavolo di confronto con le imprese della filiera agroalimentare e del turismo</li>
<li>17:45 Chiusura dei lavori</li>
</ul>

<h2>Come partecipare</h2>
<p>La partecipazione è gratuita previa iscrizione entro le ore 12:00 del giorno precedente ciascun incontro tramite il modulo online. Per la diretta streaming del 13 marzo il link sarà inviato agli iscritti. Le slide saranno pubblicate su questa pagina dopo gli incontri. Le domande che non troveranno risposta durante le giornate potranno essere inviate all'indirizzo avvisocluster@sviluppobasilicata.example.it; le risposte (FAQ) saranno pubblicate entro il 27 marzo 2035.</p>
<p><a href="/eventi/infoday-cluster/iscrizione">Iscriviti all'Info Day</a> · <a href="/bandi/cluster-filiere-2035">Vai all'avviso</a> · <a href="/bandi/cluster-filiere-2035/faq">FAQ</a></p>

<h2>Documenti</h2>
<ul><li>Avviso pubblico "Cluster e Filiere 2035" (PDF, 1,2 MB)</li><li>Allegato A – Modulo di domanda (DOCX)</li><li>Allegato B – Piano finanziario (XLSX)</li><li>Delibera di Giunta regionale n. 000 del 9 febbraio 2035 (PDF)</li></ul>

<h2>Contatti</h2>
<p>Ufficio Comunicazione Sviluppo Basilicata – Teresa Lauria, tel. 0971 000000, comunicazione@sviluppobasilicata.example.it</p>
<p class="share">Condividi: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a> · <a href="#">Stampa</a></p>
<p class="tag">Tag: cluster, innovazione, FESR 2028-2034, info day</p>
</main>
<footer><p>Sviluppo Basilicata S.p.A. – Società in house della Regione Basilicata · Via Centomani 11, 85100 Potenza · P.IVA 00000000000</p>
<p>Progetto cofinanziato dal Programma Regionale FESR Basilicata 2028-2034 · <a href="/note-legali">Note legali</a> · <a href="/privacy">Privacy</a> · <a href="/accessibilita">Dichiarazione di accessibilità</a></p></footer>
</body></html>
"""
write(F, T)
RB="Regione Basilicata"
gold(F,
 [P("Carmine Lovallo","Assessore allo Sviluppo Economico",RB),
  P("Giuseppina Santarsiero","Dirigente dell'Ufficio Ricerca e Innovazione",None),
  P("Vito Colangelo","responsabile del procedimento","Sviluppo Basilicata S.p.A."),
  P("Rocco Galante","presidente","Cluster Lucano di Bioeconomia"),
  P("Francesca D'Andrea","direttrice","Cluster Automotive Basilicata"),
  P("Maria Teresa Pace","Prorettrice alla Terza Missione","Università degli Studi della Basilicata"),
  P("Nicola Paternoster","Sindaco di Matera",None),
  P("Angela Musto","consulente EEN","Confindustria Basilicata"),
  P("Teresa Lauria",None,"Ufficio Comunicazione Sviluppo Basilicata")],
 [O(RB), O("Sviluppo Basilicata S.p.A."), O("Dipartimento Politiche di Sviluppo, Lavoro, Formazione e Ricerca"),
  O("Cluster Lucano di Bioeconomia"), O("Cluster Automotive Basilicata"),
  O("Università degli Studi della Basilicata"), O("Enterprise Europe Network","EEN"), O("Confindustria Basilicata"),
  O("Ufficio Comunicazione Sviluppo Basilicata")],
 [E("Info Day: Avviso \"Cluster e Filiere 2035\"","2035-03-13",None,"Potenza","Italy"),
  E("Info Day: Avviso \"Cluster e Filiere 2035\"","2035-03-20",None,"Matera","Italy")],
 ["2035-02-26","2035-03-09","2035-03-13","2035-03-20","2035-02-09","2035-03-01/2035-04-30","2035-03-27","2028/2034"],
 [], pub="2035-02-26")
