from h import *
F = 'g05_brianza_legno_arredo_organi_sociali.html'
assert wd(2040,4,25)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Organi sociali e staff – Cluster Legno Arredo Brianza</title></head>
<body>
<div class="cookie">Utilizziamo cookie tecnici e, previo consenso, cookie analitici. <a href="/privacy">Informativa</a> <button>Accetta</button> <button>Rifiuta</button> <button>Personalizza</button></div>
<header><div class="logo">CLAB – Cluster Legno Arredo Brianza</div>
<nav><a href="/">Home</a> · <a href="/chi-siamo">Chi siamo</a> · <a href="/chi-siamo/organi" class="active">Organi sociali</a> · <a href="/soci">Soci</a> · <a href="/progetti">Progetti</a> · <a href="/news">News</a> · <a href="/contatti">Contatti</a> · <a href="/en">EN</a></nav></header>
<main>
<p class="breadcrumb">Home › Chi siamo › Organi sociali</p>
<h1>Organi sociali e struttura operativa</h1>
<p class="updated">Pagina aggiornata il 3 maggio 2040</p>
<p>Il Cluster Legno Arredo Brianza (CLAB) è un'associazione riconosciuta senza scopo di lucro con sede a Lissone. Riunisce 132 soci tra imprese del mobile e del legno, fornitori di componenti, scuole, università e centri di ricerca delle province di Monza e della Brianza, Como e Milano. Gli organi dell'associazione sono l'Assemblea dei Soci, il Presidente, il Consiglio Direttivo, il Collegio dei Revisori dei Conti e il Comitato Tecnico-Scientifico.</p>

<h2>Assemblea dei Soci</h2>
<p>L'Assemblea è l'organo sovrano del Cluster e si riunisce almeno una volta l'anno per approvare il bilancio e le linee strategiche. L'ultima Assemblea ordinaria si è tenuta mercoledì 25 aprile 2040 presso l'Auditorium del Polo Formativo Legno Arredo di Lentate sul Seveso e ha eletto gli organi per il triennio 2040–2042.</p>

<h2>Presidente</h2>
<p><strong>Giovanni Brambilla Pozzi</strong> – Amministratore delegato di Brambilla Imbottiti S.p.A., Meda. Eletto per la prima volta nel 2037, è stato confermato all'unanimità per un secondo mandato.</p>

<h2>Consiglio Direttivo</h2>
<ul>
<li>Giovanni Brambilla Pozzi – Presidente (Brambilla Imbottiti S.p.A.)</li>
<li>Chiara Longoni – Vicepresidente vicario (Longoni Pannelli S.r.l.)</li>
<li>Arch. Matteo Viganò – Vicepresidente (Studio Viganò Design Associati)</li>
<li>Prof.ssa Federica Sironi – Consigliera (Politecnico di Milano, Dipartimento di Design)</li>
<li>Dott. Luca Fumagalli – Consigliere (Confartigianato Imprese Monza e Brianza)</li>
<li>Paola Cattaneo Riva – Consigliera (Riva Vernici Industriali S.r.l.)</li>
<li>Ing. Stefano Galimberti – Consigliere (FederlegnoArredo)</li>
</ul>

<h2>Collegio dei Revisori dei Conti</h2>
<p>Dott.ssa Roberta Mauri (Presidente del Collegio), Dott. Alessandro Colombo (revisore effettivo) e Dott.ssa Ilaria Radaelli (revisore effettivo). Revisore supplente: Dott. Paolo Brivio.</p>

<h2>Comitato Tecnico-Scientifico</h2>
<p>Il Comitato supporta il Consiglio Direttivo nella definizione della roadmap tecnologica 2040–2044, con particolare attenzione all'economia circolare del legno e alla tracciabilità digitale dei prodotti. È coordinato dal prof. Enrico Mapelli dell'Università degli Studi di Milano-Bicocca e comprende rappresentanti di CATAS S.p.A., dell'Istituto per la Bioeconomia del Consiglio Nazionale delle Ricerche (CNR-IBE) e della Camera di Commercio di Milano Monza Brianza Lodi.</p>

<h2>Struttura operativa</h2>
<table>
<tr><th>Nome</th><th>Ruolo</th><th>Contatti</th></tr>
<tr><td>Dott.ssa Valentina Meroni</td><td>Direttrice</td><td>direzione@clab.example.it</td></tr>
<tr><td>Davide Sala</td><td>Responsabile progetti europei</td><td>progetti@clab.example.it</td></tr>
<tr><td>Giulia Arosio</td><td>Comunicazione ed eventi</td><td>comunicazione@clab.example.it</td></tr>
<tr><td>Marco Tagliabue</td><td>Servizi ai soci e amministrazione</td><td>soci@clab.example.it</td></tr>
</table>

<h2>Ringraziamenti</h2>
<p>Il Cluster ringrazia il consigliere uscente Renato Consonni e la consigliera uscente Dott.ssa Angela Perego-Vismara per l'impegno profuso nel triennio 2037–2039, in particolare per il coordinamento della missione al Salone del Mobile di Shanghai nel novembre 2038 e per l'avvio del progetto Interreg Italia-Svizzera WOODLOOP con la Scuola universitaria professionale della Svizzera italiana (SUPSI).</p>

<h2>Come candidarsi agli organi</h2>
<p>Possono essere eletti negli organi sociali i legali rappresentanti dei soci in regola con il versamento della quota annuale, o loro delegati. Le candidature per il rinnovo parziale del Comitato Tecnico-Scientifico vanno inviate alla Direzione entro il 30 giugno 2040. Il Consiglio Direttivo esaminerà le proposte nella seduta di luglio e presenterà la nuova composizione al Meet &amp; Match Legno Arredo, in programma il 17 settembre 2040 a Monza, presso la Villa Reale. I soci interessati possono chiedere un colloquio con la Direttrice per conoscere impegni e tempi richiesti.</p>

<h2>Documenti</h2>
<ul>
<li><a href="/docs/statuto.pdf">Statuto (versione approvata il 25 aprile 2040)</a></li>
<li><a href="/docs/codice-etico.pdf">Codice etico</a></li>
<li><a href="/docs/bilancio-2039.pdf">Bilancio consuntivo 2039</a></li>
<li><a href="/docs/verbale-assemblea.pdf">Estratto del verbale dell'Assemblea del 25 aprile 2040</a></li>
</ul>
<p class="credit">Foto del Consiglio Direttivo: © Simone Frigerio</p>
<p class="share">Condividi: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">WhatsApp</a> · <a href="#">E-mail</a></p>
</main>
<footer><p>Cluster Legno Arredo Brianza – Via della Repubblica 10, 20851 Lissone (MB) – C.F. 00000000000 – info@clab.example.it</p>
<p>Con il sostegno di Regione Lombardia · © 2040 CLAB · <a href="/privacy">Privacy</a> · <a href="/cookie">Cookie</a> · <a href="/trasparenza">Amministrazione trasparente</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Giovanni Brambilla Pozzi","Presidente","Cluster Legno Arredo Brianza"),
  P("Chiara Longoni","Vicepresidente vicario","Cluster Legno Arredo Brianza"),
  P("Matteo Viganò","Vicepresidente","Cluster Legno Arredo Brianza"),
  P("Federica Sironi","Consigliera","Cluster Legno Arredo Brianza"),
  P("Luca Fumagalli","Consigliere","Cluster Legno Arredo Brianza"),
  P("Paola Cattaneo Riva","Consigliera","Cluster Legno Arredo Brianza"),
  P("Stefano Galimberti","Consigliere","Cluster Legno Arredo Brianza"),
  P("Roberta Mauri","Presidente del Collegio","Cluster Legno Arredo Brianza"),
  P("Alessandro Colombo","revisore effettivo","Cluster Legno Arredo Brianza"),
  P("Ilaria Radaelli","revisore effettivo","Cluster Legno Arredo Brianza"),
  P("Enrico Mapelli",None,"Università degli Studi di Milano-Bicocca"),
  P("Valentina Meroni","Direttrice","Cluster Legno Arredo Brianza"),
  P("Davide Sala","Responsabile progetti europei","Cluster Legno Arredo Brianza"),
  P("Giulia Arosio","Comunicazione ed eventi","Cluster Legno Arredo Brianza"),
  P("Marco Tagliabue","Servizi ai soci e amministrazione","Cluster Legno Arredo Brianza"),
  P("Renato Consonni","consigliere uscente","Cluster Legno Arredo Brianza"),
  P("Angela Perego-Vismara","consigliera uscente","Cluster Legno Arredo Brianza"),
  P("Paolo Brivio","Revisore supplente","Cluster Legno Arredo Brianza"),
  P("Simone Frigerio",None,None)],
 [O("Cluster Legno Arredo Brianza","CLAB"), O("Polo Formativo Legno Arredo"), O("Brambilla Imbottiti S.p.A."),
  O("Longoni Pannelli S.r.l."), O("Studio Viganò Design Associati"), O("Politecnico di Milano, Dipartimento di Design"),
  O("Confartigianato Imprese Monza e Brianza"), O("Riva Vernici Industriali S.r.l."), O("FederlegnoArredo"),
  O("Università degli Studi di Milano-Bicocca"), O("CATAS S.p.A."),
  O("Istituto per la Bioeconomia del Consiglio Nazionale delle Ricerche","CNR-IBE"),
  O("Camera di Commercio di Milano Monza Brianza Lodi"),
  O("Scuola universitaria professionale della Svizzera italiana","SUPSI"), O("Regione Lombardia")],
 [E("Assemblea ordinaria","2040-04-25",None,"Lentate sul Seveso","Italy"),
  E("Meet & Match Legno Arredo","2040-09-17",None,"Monza","Italy"),
  E("missione al Salone del Mobile di Shanghai","2038-11",None,"Shanghai","China")],
 ["2040-05-03","2040-04-25","2040/2042","2037","2040/2044","2037/2039","2038-11","2039","2040-06-30","2040-09-17"],
 [], "2040-05-03")
