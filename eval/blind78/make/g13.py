from h import *
F = 'g13_pordenone_convegno_arredo.html'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Convegno annuale del Cluster Legno Arredo Casa FVG: il resoconto</title></head>
<body>
<div id="cookie">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. <a href="#">Accetta</a> <a href="#">Rifiuta</a> <a href="#">Personalizza</a></div>
<header><nav><a href="/">Home</a> | <a href="/chi-siamo">Chi siamo</a> | <a href="/soci">Soci</a> | <a href="/progetti">Progetti</a> | <a href="/eventi">Eventi</a> | <a href="/news">News</a> | <a href="/contatti">Contatti</a></nav></header>
<article>
<p class="cat">News &raquo; Eventi</p>
<h1>Convegno annuale del Cluster Legno Arredo Casa FVG: “Abitare circolare” a Pordenone</h1>
<p class="meta">27 novembre 2034 &middot; Redazione &middot; <a href="#">Condividi su LinkedIn</a> &middot; <a href="#">Facebook</a> &middot; <a href="#">WhatsApp</a></p>

<p>Oltre 320 tra imprenditori, progettisti, ricercatori e amministratori hanno partecipato venerdì 24 novembre 2034 al convegno annuale “Abitare circolare – il legno-arredo del Friuli Venezia Giulia verso il 2040”, organizzato dal Cluster Legno Arredo Casa FVG presso il Palazzo Montereale Mantica di Pordenone. L’appuntamento, giunto alla quinta edizione, è stato realizzato in collaborazione con Confindustria Alto Adriatico e con il Consorzio per il Centro di Ricerca e Innovazione Tecnologica (CATAS S.p.A.).</p>

<p>Ad aprire i lavori è stato il presidente del Cluster, Ing. Franco Del Zotto, amministratore delegato di Mobilificio Del Zotto S.p.A., che ha ricordato come il distretto del mobile pordenonese conti oggi circa 1.100 imprese e 21.000 addetti. Sono seguiti i saluti dell’assessore regionale alle attività produttive, Dott.ssa Giulia Tomasin, e del sindaco di Pordenone, Alessandro Ciriani-Bortolin.</p>

<p>Il Cluster, costituito come società consortile nel 2016 e riconosciuto dalla Regione come soggetto gestore del cluster regionale del sistema casa, riunisce oggi 164 soci tra imprese, enti di formazione e centri di ricerca. La precedente edizione del convegno, svoltasi a Udine il 17 novembre 2033, era stata dedicata alla transizione energetica degli stabilimenti; quella di quest’anno ha voluto invece concentrarsi sull’intero ciclo di vita del prodotto, dalla scelta delle materie prime al recupero degli arredi dismessi. Tra il pubblico anche una delegazione di studenti dell’ITS Academy Nuove Tecnologie per il Made in Italy, accompagnata dalla coordinatrice Sara Battistella.</p>

<h2>Gli interventi</h2>
<p>La relazione introduttiva è stata affidata alla prof.ssa Elena Mazzolini dell’Università degli Studi di Udine, che ha presentato i risultati di un’indagine su 240 aziende del settore: solo una su quattro dispone oggi di un sistema per il ritiro e il recupero dei prodotti a fine vita. Il direttore del Cluster, Dott. Matteo Pitton, ha illustrato il nuovo programma di servizi per l’economia circolare, mentre l’arch. Chiara De Marchi dello studio Marchi&amp;Partners S.r.l. ha mostrato esempi di arredi progettati per essere smontati e riparati.</p>

<p>Nella tavola rotonda del pomeriggio, moderata dal giornalista Paolo Zanin del Messaggero Veneto, si sono confrontati Luca Bortolussi, direttore generale di Friulpannelli S.r.l., Marta Gerolin, responsabile sostenibilità di Cucine Livenza S.p.A., Jean-Baptiste Moreau del pôle de compétitivité Xylofutur (Francia) e Dr. Ulrike Stampfl della Holzcluster Salzburg GmbH (Austria). Dal confronto è emerso che il mercato europeo premierà sempre più i prodotti con passaporto digitale e contenuto riciclato dichiarato, e che le piccole imprese rischiano di restare indietro senza servizi comuni.</p>

<p>Nel corso della giornata è stato inoltre firmato un protocollo d’intesa tra il Cluster e l’Agenzia Lavoro &amp; SviluppoImpresa della Regione Autonoma Friuli Venezia Giulia per la formazione di tecnici della riparazione e del ricondizionamento. Alle 18.30 si è svolta la cerimonia di consegna del Premio “Design Circolare FVG 2034”, vinto dalla giovane azienda Rilegno Lab S.r.l. di Sacile.</p>

<h2>Le proposte emerse</h2>
<p>Al termine del convegno il comitato scientifico del Cluster ha riassunto le proposte emerse dalla giornata, che saranno trasmesse alla Regione:</p>
<ol>
<li>Creare un servizio comune di ritiro e ricondizionamento degli arredi usati, aperto a tutte le imprese del distretto.</li>
<li>Accompagnare le PMI nell’adozione del passaporto digitale di prodotto con un bando regionale dedicato.</li>
<li>Rafforzare i percorsi ITS e la formazione continua sulle competenze di riparazione e progettazione circolare.</li>
<li>Promuovere negli appalti pubblici regionali criteri che premino gli arredi con contenuto riciclato e</li>
</ol>
<!-- fine della parte importata dal vecchio CMS -->
"""
write(F, T)
gold(F,
 [P("Franco Del Zotto", "presidente", "Cluster Legno Arredo Casa FVG"),
  P("Giulia Tomasin", "assessore regionale alle attività produttive", None),
  P("Alessandro Ciriani-Bortolin", "sindaco di Pordenone", None),
  P("Elena Mazzolini", None, "Università degli Studi di Udine"),
  P("Matteo Pitton", "direttore", "Cluster Legno Arredo Casa FVG"),
  P("Chiara De Marchi", None, "Marchi&Partners S.r.l."),
  P("Paolo Zanin", "giornalista", "Messaggero Veneto"),
  P("Luca Bortolussi", "direttore generale", "Friulpannelli S.r.l."),
  P("Marta Gerolin", "responsabile sostenibilità", "Cucine Livenza S.p.A."),
  P("Jean-Baptiste Moreau", None, "Xylofutur"),
  P("Ulrike Stampfl", None, "Holzcluster Salzburg GmbH"),
  P("Sara Battistella", "coordinatrice", "ITS Academy Nuove Tecnologie per il Made in Italy")],
 [O("Cluster Legno Arredo Casa FVG"), O("Confindustria Alto Adriatico"),
  O("Consorzio per il Centro di Ricerca e Innovazione Tecnologica", "CATAS S.p.A."), O("Mobilificio Del Zotto S.p.A."),
  O("Università degli Studi di Udine"), O("Marchi&Partners S.r.l."), O("Messaggero Veneto"), O("Friulpannelli S.r.l."),
  O("Cucine Livenza S.p.A."), O("Xylofutur"), O("Holzcluster Salzburg GmbH"),
  O("Agenzia Lavoro & SviluppoImpresa"), O("Regione Autonoma Friuli Venezia Giulia"), O("Rilegno Lab S.r.l."), O("ITS Academy Nuove Tecnologie per il Made in Italy")],
 [E("Abitare circolare – il legno-arredo del Friuli Venezia Giulia verso il 2040", "2034-11-24", None, "Pordenone", "Italy"),
  E("precedente edizione del convegno", "2033-11-17", None, "Udine", "Italy"),
  E("tavola rotonda", "2034-11-24", None, "Pordenone", "Italy"),
  E("cerimonia di consegna del Premio “Design Circolare FVG 2034”", "2034-11-24", None, "Pordenone", "Italy")],
 ["2034-11-27", "2034-11-24", "2016", "2033-11-17"],
 ["Creare un servizio comune di ritiro e ricondizionamento degli arredi usati, aperto a tutte le imprese del distretto",
  "Accompagnare le PMI nell’adozione del passaporto digitale di prodotto con un bando regionale dedicato",
  "Rafforzare i percorsi ITS e la formazione continua sulle competenze di riparazione e progettazione circolare",
  "Promuovere negli appalti pubblici regionali criteri che premino gli arredi con contenuto riciclato e"],
 pub="2034-11-27")
