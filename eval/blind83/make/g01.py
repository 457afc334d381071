from h import *
F = 'g01_marche_calendario_eventi.html'
assert wd(2037,3,12)=='Thursday' and wd(2037,3,24)=='Tuesday' and wd(2037,4,2)=='Thursday' and wd(2037,4,21)=='Tuesday'
assert wd(2037,5,6)=='Wednesday' and wd(2037,5,14)=='Thursday' and wd(2037,6,9)=='Tuesday' and wd(2037,3,5)=='Thursday'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Calendario eventi – Cluster Carta e Casa Marche</title></head>
<body>
<div id="cookie">Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici. <button>Accetta</button> <button>Rifiuta</button> <a href="/privacy">Informativa</a></div>
<header><a class="logo" href="/">CCCM – Cluster Carta e Casa Marche</a>
<nav><a href="/">Home</a> | <a href="/chi-siamo">Chi siamo</a> | <a href="/soci">Soci</a> | <a href="/progetti">Progetti</a> | <a href="/eventi" class="on">Eventi</a> | <a href="/news">News</a> | <a href="/contatti">Contatti</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="crumbs">Home / Eventi / Calendario 2037</p>
<h1>Calendario eventi</h1>
<p class="intro">Aggiornato il 5 marzo 2037. Gli eventi sono aperti ai soci; dove indicato, anche a non soci previa registrazione. Per le modifiche dell'ultimo minuto fa fede la pagina del singolo evento.</p>
<form class="filtri">Filtra: <a href="?t=tutti">Tutti</a> · <a href="?t=formazione">Formazione</a> · <a href="?t=b2b">B2B</a> · <a href="?t=visite">Visite</a> · <a href="?t=fiere">Fiere</a> · <a href="?t=online">Online</a></form>

<div class="card"><p class="data">GIO 12 MAR 2037 · 9:30–13:00</p>
<h2>Tavola rotonda sulla carta riciclata per imballaggi alimentari</h2>
<p class="luogo">Fabriano (AN) – Museo della Carta e della Filigrana, Sala delle Cartiere</p>
<p>Una mattina di confronto tra cartiere, converter e laboratori di prova sulle nuove soglie di migrazione. Modera Chiara Benedettini, responsabile area tecnica del cluster. Intervengono Marco Lucesoli, direttore operativo di Cartiere Esino S.p.A., e la prof.ssa Federica Ottaviani dell'Università Politecnica delle Marche (UNIVPM).</p>
<p class="tag">Formazione · gratuito per i soci · <a href="/eventi/tavola-rotonda-carta">Iscriviti</a></p></div>

<div class="card"><p class="data">MAR 24 MAR 2037 · 14:30–17:00 · ONLINE</p>
<h2>Webinar: il passaporto digitale dei prodotti per gli elettrodomestici</h2>
<p class="luogo">Piattaforma Zoom – il link arriva il giorno prima</p>
<p>Cosa chiederà il regolamento europeo ai produttori di lavatrici, cappe e piani cottura, e quali dati servono già oggi ai fornitori di componenti. Relatore: Andrea Galeazzi, consulente di Confindustria Ancona. Iscrizioni entro venerdì 20 marzo.</p>
<p class="tag">Online · <a href="/eventi/webinar-dpp">Registrazione</a></p></div>

<div class="card"><p class="data">GIO 2 APR 2037 · 8:45–18:00</p>
<h2>Visita di studio al distretto del mobile di Pesaro</h2>
<p class="luogo">Partenza in pullman da Jesi, piazzale della stazione</p>
<p>Visita a due stabilimenti soci del Consorzio Pesaro Arredo e incontro con il Centro Servizi Legno di Montelabbate. Posti disponibili: 40. Rientro previsto alle 19:30. Referente: Giulia Pieroni.</p>
<p class="tag">Visite · quota 35 € · <a href="/eventi/visita-pesaro">Prenota</a></p></div>

<div class="card"><p class="data">21–23 APR 2037</p>
<h2>Il cluster a Hannover Messe: stand collettivo Regione Marche</h2>
<p class="luogo">Hannover (Germania) – Padiglione 5, stand C41</p>
<p>Otto soci espongono nello spazio collettivo organizzato con la Regione Marche e l'Agenzia ICE. Martedì 21 aprile alle 17:00 aperitivo con i buyer tedeschi presso lo stand.</p>
<p class="tag">Fiere · <a href="/eventi/hannover-2037">Scheda</a></p></div>

<div class="card"><p class="data">MER 6 MAG 2037 · 10:00–16:00</p>
<h2>Incontri B2B "Filiera Casa Marche", 3ª edizione</h2>
<p class="luogo">Ancona – Fiera di Ancona, Padiglione B</p>
<p>Incontri bilaterali prefissati tra produttori di elettrodomestici e fornitori di stampaggio, elettronica e imballaggio. Le agende si prenotano sulla piattaforma fino al 28 aprile. In collaborazione con Enterprise Europe Network Marche (EEN) e la Camera di Commercio delle Marche.</p>
<p class="tag">B2B · <a href="/eventi/b2b-filiera">Registrati</a></p></div>

<div class="card"><p class="data">GIO 14 MAG 2037 · 18:00</p>
<h2>Assemblea dei soci 2037</h2>
<p class="luogo">Jesi – Palazzo dei Convegni</p>
<p>Approvazione del bilancio 2036 e del programma di attività. Segue alle 20:00 la cena sociale al ristorante La Rincrocca. Convocazione riservata ai soci; invio delle deleghe alla segreteria.</p>
<p class="tag">Soci · <a href="/eventi/assemblea-2037">Convocazione</a></p></div>

<div class="card"><p class="data">MAR 9 GIU 2037 · 9:00–13:00</p>
<h2>Workshop: stampa 3D di stampi per la cartotecnica</h2>
<p class="luogo">Ancona – Tecnopolo, via Brecce Bianche</p>
<p>Workshop pratico con dimostrazioni, curato da Davide Romagnoli del laboratorio di manifattura additiva dell'UNIVPM. Massimo 20 partecipanti.</p>
<p class="tag">Formazione · <a href="/eventi/workshop-3d">Iscriviti</a></p></div>

<div class="card past"><p class="data">EVENTO PASSATO · 19 FEB 2037</p>
<h2>Open day cartiere: 600 studenti in visita</h2>
<p>Le cartiere socie di Fabriano, Pioraco e Castelraimondo hanno aperto le porte a dieci istituti tecnici. <a href="/news/open-day-2037">Leggi il resoconto</a></p></div>

<nav class="pag"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=2">Successivi ›</a></nav>
<p>Vuoi proporre un evento al calendario? Scrivi a eventi@cluster-cartacasa.example.it</p>
</main>
<aside><h3>Condividi</h3><p><a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">WhatsApp</a> · <a href="#">E-mail</a></p>
<h3>Newsletter</h3><p>Una volta al mese, solo eventi e bandi. <a href="/newsletter">Iscriviti</a></p></aside>
<footer><p>Associazione Cluster Carta e Casa Marche · Via Dante 44, 60044 Fabriano (AN) · C.F. 00000000000 · Segreteria: lun–ven 9:00–13:00</p>
<p>Progetto cofinanziato dal PR FESR Marche 2035–2041. © 2037 CCCM · <a href="/privacy">Privacy</a> · <a href="/cookie">Cookie</a> · <a href="/note-legali">Note legali</a></p></footer>
</body></html>
"""
write(F, T)
C="Cluster Carta e Casa Marche"
gold(F,
 [P("Chiara Benedettini","responsabile area tecnica",C),
  P("Marco Lucesoli","direttore operativo","Cartiere Esino S.p.A."),
  P("Federica Ottaviani",None,"Università Politecnica delle Marche"),
  P("Andrea Galeazzi","consulente","Confindustria Ancona"),
  P("Giulia Pieroni","Referente",None),
  P("Davide Romagnoli",None,"UNIVPM")],
 [O(C,"CCCM"), O("Cartiere Esino S.p.A."),
  O("Università Politecnica delle Marche","UNIVPM"), O("Confindustria Ancona"), O("Consorzio Pesaro Arredo"),
  O("Centro Servizi Legno"), O("Regione Marche"), O("Agenzia ICE"), O("Enterprise Europe Network Marche","EEN"),
  O("Camera di Commercio delle Marche")],
 [E("Tavola rotonda sulla carta riciclata per imballaggi alimentari","2037-03-12",None,"Fabriano","Italy"),
  E("Webinar: il passaporto digitale dei prodotti per gli elettrodomestici","2037-03-24"),
  E("Visita di studio al distretto del mobile di Pesaro","2037-04-02",None,"Pesaro","Italy"),
  E("Hannover Messe","2037-04-21","2037-04-23","Hannover","Germany"),
  E("aperitivo con i buyer tedeschi","2037-04-21",None,"Hannover","Germany"),
  E('Incontri B2B "Filiera Casa Marche", 3ª edizione',"2037-05-06",None,"Ancona","Italy"),
  E("Assemblea dei soci 2037","2037-05-14",None,"Jesi","Italy"),
  E("cena sociale","2037-05-14",None,"Jesi","Italy"),
  E("Workshop: stampa 3D di stampi per la cartotecnica","2037-06-09",None,"Ancona","Italy"),
  E("Open day cartiere","2037-02-19",None,None,"Italy")],
 ["2037-03-05","2037-03-12","2037-03-24","2037-03-20","2037-04-02","2037-04-21/2037-04-23","2037-04-21","2037-05-06",
  "2037-04-28","2037-05-14","2036","2037-06-09","2037-02-19","2035/2041"],
 [], None)
