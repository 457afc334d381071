from h import *
F = 'g16_salerno_food_innovation_forum.html'
assert wd(2040,11,21)=='Wednesday' and wd(2040,11,22)=='Thursday'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Salerno Food Innovation Forum 2040 – Programma | Cluster Agrifood Campania</title></head>
<body>
<div class="cookie-bar">Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici. <a href="/cookie">Informativa</a> <button>Accetta</button> <button>Rifiuta</button></div>
<header><p class="logo">Cluster Agrifood Campania</p>
<nav><a href="/">Home</a> · <a href="/chi-siamo">Chi siamo</a> · <a href="/soci">Soci</a> · <a href="/progetti">Progetti</a> · <a href="/eventi">Eventi</a> · <a href="/bandi">Bandi</a> · <a href="/contatti">Contatti</a></nav></header>
<main>
<p class="breadcrumb">Home / Eventi / Salerno Food Innovation Forum 2040</p>
<h1>Salerno Food Innovation Forum 2040 – terza edizione</h1>
<p class="sub">21–22 novembre 2040 · Campus di Fisciano, Università degli Studi di Salerno · Ingresso gratuito previa registrazione</p>
<p>Il Cluster Agrifood Campania, insieme all'Università degli Studi di Salerno e alla Camera di Commercio di Salerno, organizza la terza edizione del Forum dedicato all'innovazione nella filiera agroalimentare del Mezzogiorno. Quest'anno il tema è l'acqua: irrigazione di precisione, riuso delle acque di lavorazione del pomodoro e nuove colture per un clima più secco.</p>

<h2>Perché partecipare</h2>
<p>Il Forum è il momento in cui le imprese agricole, le industrie di trasformazione, i consorzi e i ricercatori della Campania si incontrano per costruire progetti comuni. Negli incontri B2B del pomeriggio ogni partecipante può fissare fino a sei colloqui di venti minuti. Le start-up possono candidarsi per presentare la propria soluzione in uno spazio espositivo gratuito, fino a esaurimento dei dodici tavoli disponibili.</p>
<h2>Programma</h2>
<h3>Mercoledì 21 novembre 2040</h3>
<ul>
<li><b>9.30</b> – Saluti istituzionali: Raffaele Esposito De Luca, Assessore all'Agricoltura della Regione Campania; prof.ssa Giovanna Amendola, Rettrice dell'Università degli Studi di Salerno; Vincenzo D'Amato, presidente della Camera di Commercio di Salerno</li>
<li><b>10.15</b> – Relazione introduttiva: "L'acqua come fattore di competitività", a cura di Sara Villani, direttrice del Cluster Agrifood Campania</li>
<li><b>11.00</b> – Keynote: Dr. Pieter-Jan Vermeulen, Wageningen University &amp; Research, sulle esperienze olandesi di riuso delle acque</li>
<li><b>12.00</b> – Tavola rotonda "Chi investe nell'acqua?", con Annalisa Ferrara (CREA – Centro di ricerca Orticoltura e Florovivaismo, Pontecagnano), Gennaro Russo (Consorzio di Bonifica Destra Sele) e Marco Iannone (La Doria S.p.A.)</li>
<li><b>13.00</b> – Pranzo a buffet con prodotti dei soci</li>
<li><b>14.30</b> – Incontri B2B tra imprese, start-up e gruppi di ricerca (prenotazione sulla piattaforma entro il 14 novembre)</li>
<li><b>18.00</b> – Premiazione del concorso "Idee per l'acqua" riservato agli studenti</li>
</ul>
<h3>Giovedì 22 novembre 2040</h3>
<ul>
<li><b>9.00</b> – Visita aziendale allo stabilimento di trasformazione del pomodoro di La Doria ad Angri, con impianto di recupero delle acque</li>
<li><b>11.30</b> – Visita all'azienda sperimentale del CREA a Battipaglia</li>
<li><b>13.30</b> – Chiusura dei lavori</li>
</ul>
<p>Per le visite del 22 novembre i posti sono limitati a 50; è previsto un pullman in partenza dal Campus di Fisciano alle 8.15. Termine per la registrazione: <b>venerdì 9 novembre 2040</b>.</p>

<p>Come arrivare: il Campus di Fisciano è raggiungibile in autobus dalla stazione di Salerno (linee urbane e regionali) in circa trenta minuti; per chi arriva in auto sono disponibili i parcheggi del Campus.</p>
<h2>Le edizioni precedenti</h2>
<p>La prima edizione si è svolta a Salerno il 12 ottobre 2038 e ha riunito 160 partecipanti sul tema della logistica del freddo. La seconda edizione, il 25–26 ottobre 2039 a Paestum, ha avuto come ospite una delegazione del cluster agroalimentare dell'Andalusia.</p>
<h3>Raccomandazioni emerse dalla seconda edizione</h3>
<ul>
<li>Creare un osservatorio regionale sui consumi idrici delle imprese agroalimentari</li>
<li>Sostenere con bandi dedicati gli investimenti delle PMI nel riuso delle acque di processo</li>
<li>Coinvolgere i consorzi di bonifica nei progetti di innovazione fin dalla fase di progettazione</li>
</ul>
<p>Informazioni: segreteria organizzativa, Chiara Longobardi, forum@agrifoodcampania.example.it · tel. 089 000 000</p>
<p class="share">Condividi: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">X</a></p>
</main>
<footer><p>Cluster Agrifood Campania – Associazione riconosciuta · Via Giovanni Paolo II 132, 84084 Fisciano (SA) · C.F. 00000000000 · <a href="/privacy">Privacy</a> · <a href="/trasparenza">Amministrazione trasparente</a></p></footer>
</body></html>
"""
write(F, T)
C="Cluster Agrifood Campania"
gold(F,
 [P("Raffaele Esposito De Luca","Assessore all'Agricoltura","Regione Campania"),
  P("Giovanna Amendola","Rettrice","Università degli Studi di Salerno"),
  P("Vincenzo D'Amato","presidente","Camera di Commercio di Salerno"),
  P("Sara Villani","direttrice",C),
  P("Pieter-Jan Vermeulen",None,"Wageningen University & Research"),
  P("Annalisa Ferrara",None,"CREA – Centro di ricerca Orticoltura e Florovivaismo"),
  P("Gennaro Russo",None,"Consorzio di Bonifica Destra Sele"),
  P("Marco Iannone",None,"La Doria S.p.A."),
  P("Chiara Longobardi",None,None)],
 [O(C), O("Università degli Studi di Salerno"), O("Camera di Commercio di Salerno"), O("Regione Campania"),
  O("Wageningen University & Research"), O("CREA – Centro di ricerca Orticoltura e Florovivaismo","CREA"),
  O("Consorzio di Bonifica Destra Sele"), O("La Doria S.p.A.")],
 [E("Salerno Food Innovation Forum 2040","2040-11-21","2040-11-22","Fisciano","Italy"),
  E("Incontri B2B","2040-11-21",None,"Fisciano","Italy"),
  E("Premiazione del concorso \"Idee per l'acqua\"","2040-11-21",None,"Fisciano","Italy"),
  E("Visita aziendale allo stabilimento di trasformazione del pomodoro di La Doria","2040-11-22",None,"Angri","Italy"),
  E("Visita all'azienda sperimentale del CREA","2040-11-22",None,"Battipaglia","Italy"),
  E("prima edizione","2038-10-12",None,"Salerno","Italy"),
  E("seconda edizione","2039-10-25","2039-10-26","Paestum","Italy")],
 ["2040-11-21/2040-11-22","2040-11-21","2040-11-14","2040-11-22","2040-11-09","2038-10-12","2039-10-25/2039-10-26"],
 ["Creare un osservatorio regionale sui consumi idrici delle imprese agroalimentari",
  "Sostenere con bandi dedicati gli investimenti delle PMI nel riuso delle acque di processo",
  "Coinvolgere i consorzi di bonifica nei progetti di innovazione fin dalla fase di progettazione"])
