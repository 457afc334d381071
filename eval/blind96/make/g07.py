from h import *
F = 'g07_molise_webinar_agrifood_it.html'
assert wd(2036,10,9)=='Thursday' and wd(2036,11,13)=='Thursday'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Webinar: filiere corte e export – il resoconto | Cluster Agroalimentare Molise</title></head>
<body>
<div class="banner-cookie">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. <a href="/privacy">Informativa</a> <button>Accetta</button> <button>Rifiuta</button></div>
<header><div class="logo">CAM – Cluster Agroalimentare Molise</div>
<nav><a href="/">Home</a> | <a href="/chi-siamo">Chi siamo</a> | <a href="/soci">Soci</a> | <a href="/progetti">Progetti</a> | <a href="/notizie">Notizie</a> | <a href="/eventi" class="active">Eventi</a> | <a href="/contatti">Contatti</a></nav></header>
<main>
<p class="breadcrumb">Home / Eventi / Ciclo di webinar "Molise che esporta"</p>
<p class="data">Campobasso, 16 ottobre 2036 – di Redazione CAM</p>
<h1>Filiere corte ed export: il resoconto del terzo webinar</h1>
<p><strong>Oltre 140 iscritti</strong> hanno seguito giovedì 9 ottobre 2036, dalle 10:00 alle 12:00, il terzo appuntamento del ciclo di webinar "Molise che esporta", organizzato dal Cluster Agroalimentare Molise (CAM) con la Camera di Commercio del Molise e l'Agenzia ICE.</p>

<h2>Il programma</h2>
<ul>
<li>10:00 – Saluti: <strong>Antonella Di Iorio</strong>, presidente del CAM</li>
<li>10:10 – "I mercati del Nord Europa per i prodotti DOP": <strong>Fabrizio Santangelo</strong>, Ufficio ICE di Stoccolma</li>
<li>10:40 – "Dalla masseria allo scaffale": <strong>Giuseppina Colasurdo</strong>, titolare del Caseificio Colle Sannita s.r.l.</li>
<li>11:05 – "Strumenti finanziari regionali": <strong>Luca Mastropaolo</strong>, dirigente del Servizio Attività Produttive, Regione Molise</li>
<li>11:30 – Domande dal pubblico, modera <strong>Chiara Petti</strong>, project manager del CAM</li>
</ul>

<h2>Cosa è emerso</h2>
<p>Antonella Di Iorio ha ricordato che l'export agroalimentare molisano ha superato i 190 milioni di euro nel 2035, ma che solo un'impresa su dieci vende stabilmente all'estero. Fabrizio Santangelo ha presentato i dati sulle vendite di formaggi e oli DOP in Svezia, Danimarca e Finlandia, mentre Giuseppina Colasurdo ha raccontato come il suo caseificio sia passato in quattro anni da zero a 22 clienti esteri grazie a un importatore di Göteborg.</p>
<p>Luca Mastropaolo ha illustrato il bando regionale "Molise Export 2037", che aprirà a gennaio 2037 con una dotazione di 4 milioni di euro.</p>

<h2>Le domande dal pubblico</h2>
<p>Nella parte finale i partecipanti hanno posto 27 domande in chat. Molte riguardavano i costi di spedizione refrigerata verso la Scandinavia: Chiara Petti ha annunciato che il CAM sta negoziando una tariffa di gruppo con due operatori logistici di Termoli. Altre domande hanno toccato la registrazione dei marchi collettivi e il ruolo dei consorzi di tutela. Sul primo punto Fabrizio Santangelo ha consigliato di depositare il marchio prima delle missioni commerciali, non dopo. Un produttore di Agnone ha chiesto se il bando regionale coprirà anche la partecipazione a fiere online: secondo Luca Mastropaolo la decisione sarà presa dalla giunta entro dicembre.</p>

<h2>I messaggi chiave</h2>
<ul>
<li>Le piccole imprese esportano meglio insieme: le reti d'impresa riducono i costi di logistica e di certificazione</li>
<li>Il racconto del territorio vende quanto il prodotto: tracciabilità e storia della filiera sono chieste dai buyer nordici</li>
<li>Le certificazioni DOP e biologiche vanno accompagnate da una presenza digitale in lingua inglese</li>
<li>Conviene partire da un solo mercato pilota e consolidarlo prima di aprirne altri</li>
</ul>

<h2>Materiali</h2>
<p>Le slide dei relatori e la registrazione sono disponibili nell'area riservata ai soci. <a href="/area-soci">Accedi</a></p>

<h2>Il ciclo "Molise che esporta"</h2>
<ol>
<li>11 settembre 2036 – Etichettatura e normative nei mercati extra UE (<a href="#">resoconto</a>)</li>
<li>25 settembre 2036 – E-commerce e marketplace (<a href="#">resoconto</a>)</li>
<li>9 ottobre 2036 – Filiere corte ed export</li>
<li>13 novembre 2036 – Fiere internazionali: come prepararsi (<a href="#">iscriviti</a>)</li>
</ol>
<p>Il prossimo appuntamento, giovedì 13 novembre 2036, ospiterà <strong>Roberto Iannacone</strong> di Fiere di Parma S.p.A. in vista di Cibus 2037.</p>

<p class="share">Condividi: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a></p>
<p class="tags">Tag: export, webinar, filiere, DOP</p>
</main>
<footer><p>Cluster Agroalimentare Molise – Via Roma 41, 86100 Campobasso – C.F. 00000000000 – info@clusteragromolise.example.it</p>
<p>Progetto cofinanziato dal PR FESR Molise 2035-2041 · <a href="/privacy">Privacy</a> · <a href="/cookie">Cookie policy</a></p></footer>
</body></html>
"""
write(F, T)
C = "Cluster Agroalimentare Molise"
gold(F,
 [P("Antonella Di Iorio","presidente","CAM"), P("Fabrizio Santangelo",None,"Ufficio ICE di Stoccolma"),
  P("Giuseppina Colasurdo","titolare","Caseificio Colle Sannita s.r.l."),
  P("Luca Mastropaolo","dirigente del Servizio Attività Produttive","Regione Molise"),
  P("Chiara Petti","project manager","CAM"), P("Roberto Iannacone",None,"Fiere di Parma S.p.A.")],
 [O(C,"CAM"), O("Camera di Commercio del Molise"), O("Agenzia ICE"), O("Ufficio ICE di Stoccolma"),
  O("Caseificio Colle Sannita s.r.l."), O("Servizio Attività Produttive"), O("Regione Molise"), O("Fiere di Parma S.p.A.")],
 [E("Filiere corte ed export","2036-10-09",None,None,None),
  E("Etichettatura e normative nei mercati extra UE","2036-09-11",None,None,None),
  E("E-commerce e marketplace","2036-09-25",None,None,None),
  E("Fiere internazionali: come prepararsi","2036-11-13",None,None,None),
  E("Cibus 2037","2037",None,None,None)],
 ["2036-10-16","2036-10-09","2035","2037-01","2036-09-11","2036-09-25","2036-11-13","2035/2041","2036-12"],
 ["Le piccole imprese esportano meglio insieme: le reti d'impresa riducono i costi di logistica e di certificazione",
  "Il racconto del territorio vende quanto il prodotto: tracciabilità e storia della filiera sono chieste dai buyer nordici",
  "Le certificazioni DOP e biologiche vanno accompagnate da una presenza digitale in lingua inglese",
  "Conviene partire da un solo mercato pilota e consolidarlo prima di aprirne altri"],
 "2036-10-16")
