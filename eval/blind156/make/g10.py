from h import *
F = 'g10_umbria_meccanica_notizie.html'
assert wd(2038,5,14)=='Friday' and wd(2038,5,28)=='Friday' and wd(2038,6,11)=='Friday' and wd(2038,6,12)=='Saturday' and wd(2038,7,15)=='Thursday' and wd(2038,4,29)=='Thursday'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Notizie – Cluster Umbria Meccanica</title></head>
<body>
<div class="cookie">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti. <a href="/privacy">Informativa estesa</a> <button>Accetta</button> <button>Rifiuta</button> <button>Personalizza</button></div>
<header><p class="logo">Cluster Umbria Meccanica · Rete delle imprese meccaniche dell'Umbria</p>
<nav><a href="/">Home</a> | <a href="/chi-siamo">Chi siamo</a> | <a href="/soci">Soci</a> | <a href="/progetti">Progetti</a> | <a href="/bandi">Bandi</a> | <a href="/notizie">Notizie</a> | <a href="/contatti">Contatti</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="briciole">Sei in: Home › Notizie › Maggio 2038</p>
<h1>Notizie dal Cluster</h1>

<article>
<h2>Assemblea dei soci: Chiara Benedetti Rossi è la nuova presidente</h2>
<p class="data">Foligno, 17 maggio 2038 · Vita associativa</p>
<p>Si è svolta venerdì 14 maggio 2038, presso la sede di Confindustria Umbria a Foligno, l'assemblea annuale dei soci del Cluster Umbria Meccanica (CUM). Erano presenti 54 soci su 71. L'assemblea ha approvato il bilancio consuntivo 2037 e il programma di attività per il triennio 2038–2040 e ha rinnovato gli organi sociali.</p>
<p>Il nuovo consiglio direttivo risulta così composto:</p>
<ul>
<li>presidente: Chiara Benedetti Rossi (Officine Meccaniche Clitunno S.p.A., Spoleto)</li>
<li>vicepresidenti: Francesco Menichelli (Menichelli Ingranaggi Srl) e Lorenzo Pambianco (Università degli Studi di Perugia, Dipartimento di Ingegneria)</li>
<li>tesoriere: Giulia Tittarelli, Banca Popolare di Spoleto</li>
<li>consiglieri: Marco Felici (Acciai Speciali Terni), Elisa Santarelli (Fonderie Nerine Srl), Paolo Di Lorenzo (ITS Umbria Academy)</li>
</ul>
<p>Su proposta della presidente, il consiglio ha indicato Francesco Menichelli come vicepresidente vicario. Ogni consigliere resta in carica tre anni e può essere rieletto una sola volta; per la prima volta il direttivo conta più donne che uomini.</p>
<p>La presidente uscente, l'ing. Roberto Ceccarelli, ha guidato il cluster dal 2032 e resta nel consiglio come past president. «In sei anni siamo passati da 38 a 71 soci; ora la sfida è portare le piccole imprese sui mercati esteri», ha detto nel suo saluto.</p>
<p>Share: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a></p>
</article>

<article>
<h2>Bando voucher per l'internazionalizzazione: domande entro il 28 maggio</h2>
<p class="data">Perugia, 3 maggio 2038 · Bandi</p>
<p>La Regione Umbria, tramite Sviluppumbria, finanzia voucher fino a 10.000 euro per la partecipazione a fiere e missioni all'estero. Le domande vanno presentate entro le ore 12:00 di venerdì 28 maggio 2038 sulla piattaforma regionale. Il cluster offre ai soci un servizio di supporto alla compilazione: referente Sara Pucciarini, ufficio progetti.</p>
<p>Share: <a href="#">Facebook</a> · <a href="#">LinkedIn</a></p>
</article>

<article>
<h2>Meccanica e transizione energetica: le conclusioni del convegno di Terni</h2>
<p class="data">Terni, 2 maggio 2038 · Eventi</p>
<p>Oltre 130 persone hanno partecipato giovedì 29 aprile 2038 al convegno «La meccanica umbra e la transizione energetica», organizzato dal cluster con il Comune di Terni e l'Agenzia nazionale per le nuove tecnologie, l'energia e lo sviluppo economico sostenibile (ENEA). Sono intervenuti, tra gli altri, Stefania Proietti, assessora regionale allo sviluppo economico, e Massimo Guerrini, responsabile del laboratorio ENEA di Casaccia.</p>
<p>Conclusioni emerse dal convegno:</p>
<ul>
<li>le imprese meccaniche umbre possono diventare fornitrici della filiera dell'idrogeno, ma servono certificazioni che oggi poche possiedono</li>
<li>il costo dell'energia resta il primo freno agli investimenti per le aziende sotto i 50 dipendenti</li>
<li>serve un laboratorio condiviso di prove sui materiali nella conca ternana</li>
</ul>
<p>Share: <a href="#">Facebook</a> · <a href="#">LinkedIn</a></p>
</article>

<article>
<h2>Foligno Industria Day: si torna in fabbrica l'11 e il 12 giugno</h2>
<p class="data">Foligno, 28 aprile 2038 · Eventi</p>
<p>Venerdì 11 giugno le aziende del cluster aprono le porte agli studenti degli istituti tecnici; sabato 12 giugno le visite sono aperte alle famiglie. Giovedì 15 luglio, a Spoleto, si terrà invece la cena d'estate dei soci.</p>
<p>Le edizioni precedenti dell'Industria Day:</p>
<ul>
<li>2037 – Foligno e Trevi, 4–5 giugno</li>
<li>2036 – Spoleto, 27 maggio</li>
<li>2035 – Foligno, 30 maggio</li>
</ul>
<p><a href="/notizie/industria-day-2038">Leggi tutto</a></p>
</article>

<nav class="paginazione"><a href="/notizie?p=1">« Precedenti</a> <a href="/notizie?p=3">Successive »</a></nav>
</main>
<footer><p>Cluster Umbria Meccanica – Associazione · Via Oberdan 1, 06034 Foligno (PG) · C.F. 90000000000 · info@umbriameccanica.example.it</p>
<p>© 2038 · <a href="/privacy">Privacy</a> · <a href="/cookie">Cookie</a> · <a href="/note-legali">Note legali</a></p></footer>
</body></html>
"""
write(F, T)
C = "Cluster Umbria Meccanica"
gold(F,
 [P("Chiara Benedetti Rossi", "presidente", C),
  P("Francesco Menichelli", "vicepresidente", C),
  P("Lorenzo Pambianco", "vicepresidente", C),
  P("Giulia Tittarelli", "tesoriere", C),
  P("Marco Felici", "consigliere", C),
  P("Elisa Santarelli", "consigliere", C),
  P("Paolo Di Lorenzo", "consigliere", C),
  P("Roberto Ceccarelli", "past president", C),
  P("Sara Pucciarini", "ufficio progetti", C),
  P("Stefania Proietti", "assessora regionale allo sviluppo economico", "Regione Umbria"),
  P("Massimo Guerrini", "responsabile del laboratorio ENEA di Casaccia", "ENEA")],
 [O(C, "CUM"), O("Confindustria Umbria"), O("Officine Meccaniche Clitunno S.p.A."), O("Menichelli Ingranaggi Srl"),
  O("Università degli Studi di Perugia"), O("Dipartimento di Ingegneria"), O("Banca Popolare di Spoleto"),
  O("Acciai Speciali Terni"), O("Fonderie Nerine Srl"), O("ITS Umbria Academy"), O("Regione Umbria"), O("Sviluppumbria"),
  O("Comune di Terni"), O("Agenzia nazionale per le nuove tecnologie, l'energia e lo sviluppo economico sostenibile", "ENEA")],
 [E("assemblea annuale dei soci", "2038-05-14", None, "Foligno", "Italy"),
  E("La meccanica umbra e la transizione energetica", "2038-04-29", None, "Terni", "Italy"),
  E("Foligno Industria Day", "2038-06-11", "2038-06-12", "Foligno", "Italy"),
  E("cena d'estate dei soci", "2038-07-15", None, "Spoleto", "Italy"),
  E("Industria Day", "2037-06-04", "2037-06-05", "Foligno, Trevi", "Italy"),
  E("Industria Day", "2036-05-27", None, "Spoleto", "Italy"),
  E("Industria Day", "2035-05-30", None, "Foligno", "Italy")],
 ["2038-05", "2038-05-17", "2038-05-14", "2037", "2038/2040", "2032", "2038-05-03", "2038-05-28", "2038-05-02", "2038-04-29",
  "2038-04-28", "2038-06-11", "2038-06-12", "2038-06-11/2038-06-12", "2038-07-15", "2037-06-04/2037-06-05", "2036-05-27", "2035-05-30"],
 ["le imprese meccaniche umbre possono diventare fornitrici della filiera dell'idrogeno, ma servono certificazioni che oggi poche possiedono",
  "il costo dell'energia resta il primo freno agli investimenti per le aziende sotto i 50 dipendenti",
  "serve un laboratorio condiviso di prove sui materiali nella conca ternana"])
