from h import *
F = 'g02_fabriano_cluster_carta_consiglio_direttivo.html'
assert wd(2037,3,12)=='Thursday' and wd(2037,4,23)=='Thursday'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Organi sociali – Cluster Carta e Packaging Marche</title></head>
<body>
<div id="cookie">Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici. <a href="/privacy">Informativa</a> <button>Accetta</button> <button>Rifiuta</button></div>
<header><a class="logo" href="/">CCPM – Cluster Carta e Packaging Marche</a>
<ul class="menu"><li><a href="/chi-siamo">Chi siamo</a></li><li><a href="/organi" class="on">Organi sociali</a></li><li><a href="/soci">Soci</a></li><li><a href="/progetti">Progetti</a></li><li><a href="/news">News</a></li><li><a href="/eventi">Eventi</a></li><li><a href="/contatti">Contatti</a></li><li><a href="/en">EN</a></li></ul></header>
<main>
<p class="crumbs">Home / Chi siamo / Organi sociali</p>
<h1>Organi sociali</h1>
<p class="upd">Pagina aggiornata il 16 marzo 2037</p>
<p>Il Cluster Carta e Packaging Marche (CCPM) è un'associazione riconosciuta che riunisce cartiere, cartotecniche, produttori di imballaggi, centri di ricerca ed enti locali delle province di Ancona e Macerata. Lo statuto prevede quattro organi: l'Assemblea dei soci, il Consiglio direttivo, il Presidente e il Collegio dei revisori. Il Consiglio direttivo in carica è stato eletto dall'Assemblea dei soci di giovedì 12 marzo 2037 a Fabriano e resta in carica per il triennio 2037–2039.</p>

<h2>Consiglio direttivo</h2>
<p>Il Consiglio direttivo definisce il programma annuale di attività, approva il bilancio preventivo da sottoporre all'Assemblea, delibera sull'ammissione di nuovi soci e nomina il direttore. Si riunisce di norma ogni due mesi, anche in videoconferenza; le sedute sono valide con la presenza della maggioranza dei consiglieri. Dei nove componenti, sei rappresentano imprese associate, uno il sistema universitario, uno gli enti locali e uno le fondazioni culturali legate alla tradizione cartaria fabrianese. Alle riunioni partecipa senza diritto di voto il direttore, che cura anche la verbalizzazione. Per la prima volta il Consiglio è presieduto da una donna e conta quattro componenti sotto i quarant'anni, segno del ricambio generazionale avviato nel distretto negli ultimi anni.</p>
<table class="organi">
<thead><tr><th>Carica</th><th>Nome</th><th>Ente / impresa</th></tr></thead>
<tbody>
<tr><td>Presidente</td><td>Giulia Ferracuti</td><td>Cartiere Esino S.p.A.</td></tr>
<tr><td>Vicepresidente vicario</td><td>Marco Santarelli</td><td>Imballaggi Santarelli S.r.l.</td></tr>
<tr><td>Vicepresidente</td><td>prof.ssa Elena Cingolani</td><td>Università Politecnica delle Marche</td></tr>
<tr><td>Tesoriere</td><td>Stefano Bartolucci</td><td>Cartotecnica Appennino S.r.l.</td></tr>
<tr><td>Consigliere</td><td>Federica Mancini</td><td>Comune di Fabriano</td></tr>
<tr><td>Consigliere</td><td>Luca Pieroni</td><td>Pieroni Carte Speciali S.n.c.</td></tr>
<tr><td>Consigliere</td><td>Andrea Paolucci</td><td>Confindustria Ancona</td></tr>
<tr><td>Consigliere</td><td>Silvia Tombolini</td><td>EcoFibra Soc. Coop.</td></tr>
<tr><td>Consigliere</td><td>Matteo Giacani</td><td>Fondazione Museo della Carta e della Filigrana</td></tr>
</tbody></table>

<h2>Collegio dei revisori dei conti</h2>
<table class="organi">
<thead><tr><th>Carica</th><th>Nome</th><th>Studio</th></tr></thead>
<tbody>
<tr><td>Presidente del Collegio</td><td>dott.ssa Paola Rossetti</td><td>Studio Rossetti &amp; Associati, Jesi</td></tr>
<tr><td>Revisore effettivo</td><td>dott. Giorgio Marinelli</td><td>libero professionista</td></tr>
<tr><td>Revisore supplente</td><td>dott.ssa Chiara Baldoni</td><td>libero professionista</td></tr>
</tbody></table>

<h2>Direzione e struttura operativa</h2>
<p>La gestione quotidiana è affidata al direttore, <strong>ing. Riccardo Morbidelli</strong>, nominato dal Consiglio direttivo nel 2034 e confermato nella seduta del 12 marzo 2037. Lo affiancano Valentina Carloni (responsabile progetti europei), Simone Gagliardini (area formazione e ITS) e Laura Spadoni (amministrazione e segreteria soci).</p>

<h2>Cessazioni e ringraziamenti</h2>
<p>Il Consiglio ringrazia il presidente uscente Franco Lampa (Lampa Cartotecnica S.p.A.), alla guida del Cluster dal 2031 al 2037, la consigliera uscente Marisa Ottaviani e il consigliere uscente Domenico Re, che hanno seguito in particolare i progetti sulla tracciabilità della fibra riciclata e il dialogo con le scuole tecniche del territorio. Franco Lampa resta nel Cluster come presidente del Comitato tecnico-scientifico, che si riunirà per la prima volta giovedì 23 aprile 2037 presso il Museo della Carta di Fabriano.</p>

<h2>Commissioni di lavoro</h2>
<ul>
<li>Commissione Economia circolare – coordinatrice: Silvia Tombolini</li>
<li>Commissione Competenze e lavoro – coordinatore: Simone Gagliardini</li>
<li>Commissione Internazionalizzazione – coordinatore: Marco Santarelli, con il supporto di ICE Agenzia</li>
</ul>

<h2>Documenti</h2>
<ul class="docs">
<li><a href="/doc/statuto.pdf">Statuto (versione approvata il 9 maggio 2035)</a> – PDF, 320 KB</li>
<li><a href="/doc/verbale-assemblea-2037.pdf">Verbale dell'Assemblea dei soci del 12 marzo 2037</a> – PDF, 540 KB</li>
<li><a href="/doc/bilancio-2036.pdf">Bilancio consuntivo 2036</a> – PDF, 1,1 MB</li>
<li><a href="/doc/codice-etico.pdf">Codice etico</a> – PDF, 210 KB</li>
</ul>
<p class="share">Condividi: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a> · <a href="#">E-mail</a></p>
</main>
<footer>
<p>Cluster Carta e Packaging Marche – Via Cavour 40, 60044 Fabriano (AN) – C.F. 00000000000 – <a href="mailto:segreteria@clustercarta.example.it">segreteria@clustercarta.example.it</a></p>
<p>Progetto cofinanziato dal PR FESR Marche 2035–2041. © 2037 CCPM · <a href="/privacy">Privacy</a> · <a href="/cookie">Cookie</a> · <a href="/trasparenza">Amministrazione trasparente</a></p>
</footer>
</body></html>
"""
write(F, T)
C = "Cluster Carta e Packaging Marche"
gold(F,
 [P("Giulia Ferracuti","Presidente","Cluster Carta e Packaging Marche"),
  P("Marco Santarelli","Vicepresidente vicario","Cluster Carta e Packaging Marche"),
  P("Elena Cingolani","Vicepresidente","Cluster Carta e Packaging Marche"),
  P("Stefano Bartolucci","Tesoriere","Cluster Carta e Packaging Marche"),
  P("Federica Mancini","Consigliere","Cluster Carta e Packaging Marche"),
  P("Luca Pieroni","Consigliere","Cluster Carta e Packaging Marche"),
  P("Andrea Paolucci","Consigliere","Cluster Carta e Packaging Marche"),
  P("Silvia Tombolini","Consigliere","Cluster Carta e Packaging Marche"),
  P("Matteo Giacani","Consigliere","Cluster Carta e Packaging Marche"),
  P("Paola Rossetti","Presidente del Collegio","Cluster Carta e Packaging Marche"),
  P("Giorgio Marinelli","Revisore effettivo",None),
  P("Chiara Baldoni","Revisore supplente",None),
  P("Riccardo Morbidelli","direttore",C),
  P("Valentina Carloni","responsabile progetti europei",C),
  P("Simone Gagliardini","area formazione e ITS",C),
  P("Laura Spadoni","amministrazione e segreteria soci",C),
  P("Franco Lampa","presidente del Comitato tecnico-scientifico",C),
  P("Marisa Ottaviani","consigliera uscente",C),
  P("Domenico Re","consigliere uscente",C)],
 [O(C,"CCPM"), O("Cartiere Esino S.p.A."), O("Imballaggi Santarelli S.r.l."), O("Università Politecnica delle Marche"),
  O("Cartotecnica Appennino S.r.l."), O("Comune di Fabriano"), O("Pieroni Carte Speciali S.n.c."), O("Confindustria Ancona"),
  O("EcoFibra Soc. Coop."), O("Fondazione Museo della Carta e della Filigrana"), O("Studio Rossetti & Associati"),
  O("Lampa Cartotecnica S.p.A."), O("ICE Agenzia")],
 [E("Assemblea dei soci","2037-03-12",None,"Fabriano","Italy"),
  E("prima riunione del Comitato tecnico-scientifico","2037-04-23",None,"Fabriano","Italy")],
 ["2037-03-16","2037-03-12","2037/2039","2034","2031/2037","2037-04-23","2035-05-09","2036","2035/2041"],
 [], "2037-03-16")
