from h import *
F = 'g03_brescia_matchmaking_day.html'
assert wd(2039,3,17)=='Thursday' and wd(2039,3,4)=='Friday' and wd(2039,3,16)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Meccatronica Match Day 2039 | Distretto Meccatronico Bresciano</title></head>
<body>
<div class="cookie">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. <a href="/privacy">Informativa</a> <button>Accetta tutti</button> <button>Rifiuta</button></div>
<header><p class="logo">DMB – Distretto Meccatronico Bresciano</p>
<nav><a href="/">Home</a> | <a href="/chi-siamo">Chi siamo</a> | <a href="/soci">Soci</a> | <a href="/eventi">Eventi</a> | <a href="/progetti">Progetti</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="breadcrumb">Home / Eventi / Meccatronica Match Day 2039</p>
<h1>Meccatronica Match Day 2039</h1>
<p class="sub">Giornata di incontri d'affari tra fornitori e committenti della meccatronica lombarda</p>
<p class="meta">Pubblicato il 21/01/2039 · Categoria: Eventi · Tempo di lettura 4 min</p>

<p>Il Distretto Meccatronico Bresciano organizza giovedì 17 marzo 2039, presso il Museo Mille Miglia di Brescia, la terza edizione del <strong>Meccatronica Match Day</strong>, la giornata di incontri bilaterali dedicata alle piccole e medie imprese della filiera: costruttori di macchine utensili, produttori di componenti elettronici, sviluppatori di software industriale e centri di ricerca.</p>
<p>L'iniziativa è realizzata in collaborazione con la Camera di Commercio di Brescia, Confindustria Brescia e il consorzio Enterprise Europe Network Lombardia, che curerà l'accoglienza delle delegazioni estere provenienti da Baviera, Catalogna e Slovenia.</p>

<p>Perché partecipare? In una sola giornata le imprese possono incontrare fino a dodici potenziali partner già selezionati in base al profilo, conoscere le competenze dei laboratori universitari del territorio e confrontarsi con committenti che di solito non partecipano alle fiere di settore. Gli incontri si svolgono in italiano, inglese o tedesco; su richiesta è disponibile un servizio di interpretariato.</p>

<h2>Programma</h2>
<table>
<tr><td>08:45</td><td>Registrazione e caffè di benvenuto</td></tr>
<tr><td>09:30</td><td>Saluti istituzionali: Roberta Ghidini Ferrari, assessora allo Sviluppo economico del Comune di Brescia; Alessandro Zanardelli, presidente della Camera di Commercio di Brescia</td></tr>
<tr><td>09:50</td><td>Presentazione del Distretto e dei risultati 2038 – Ing. Federica Bontempi, direttrice del DMB</td></tr>
<tr><td>10:15</td><td>Keynote: «Robot collaborativi nelle PMI: costi, tempi, errori da evitare» – Prof. Marco Dell'Acqua, Università degli Studi di Brescia</td></tr>
<tr><td>11:00 – 13:00</td><td>Incontri B2B – prima sessione (20 minuti per incontro)</td></tr>
<tr><td>13:00</td><td>Pranzo a buffet</td></tr>
<tr><td>14:00 – 16:30</td><td>Incontri B2B – seconda sessione</td></tr>
<tr><td>14:30</td><td>In parallelo: visita guidata al laboratorio CSMT – Centro Servizi Multisettoriale e Tecnologico (max 30 persone)</td></tr>
<tr><td>16:45</td><td>Aperitivo di networking e chiusura dei lavori</td></tr>
</table>

<p>La sera precedente, mercoledì 16 marzo 2039 alle 19:30, le delegazioni estere sono invitate a una cena di benvenuto offerta dal Distretto.</p>

<h2>Come partecipare</h2>
<p>La registrazione avviene sulla piattaforma online dell'evento. Ogni impresa compila un profilo con offerte e richieste di collaborazione; dal 25 febbraio si apre la fase di prenotazione degli incontri. Scadenza per le iscrizioni: <strong>venerdì 4 marzo 2039</strong>. La partecipazione è gratuita per i soci del DMB e per le imprese estere; per le altre imprese è prevista una quota di 80 euro + IVA.</p>

<h2>Le edizioni precedenti</h2>
<ul>
<li><strong>2037, Brescia</strong> (Palazzo Martinengo, 18 maggio 2037): 64 imprese, 212 incontri</li>
<li><strong>2038, Lumezzane</strong> (23 marzo 2038): 97 imprese da 6 Paesi, 341 incontri, 14 accordi di fornitura avviati</li>
</ul>

<h2>Conclusioni dell'edizione 2038</h2>
<p>Dal questionario di gradimento compilato dai partecipanti di Lumezzane sono emerse alcune indicazioni che il comitato organizzatore ha adottato per il 2039:</p>
<ol>
<li>Gli incontri di 20 minuti sono sufficienti per un primo contatto, purché i profili siano completi</li>
<li>Le imprese estere chiedono più tempo per le visite ai laboratori e agli stabilimenti</li>
<li>Conviene raggruppare gli incontri per tecnologia invece che per settore di destinazione</li>
</ol>

<h2>Contatti</h2>
<p>Segreteria organizzativa: Chiara Lombardi-Sossi, responsabile progetti internazionali DMB, tel. 030 000 0000, eventi@dmb.example.it<br>
Per le delegazioni estere: Tobias Reindl (Bayern Innovativ) e Núria Casals i Ribas (ACCIÓ)</p>
<p><a href="/eventi">« Torna agli eventi</a> · Condividi: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-mail</a></p>
</main>
<footer><p>Distretto Meccatronico Bresciano S.c.a r.l. · Via Branze 45, 25123 Brescia · P.IVA 00000000000</p>
<p>© 2039 DMB · <a href="/privacy">Privacy</a> · <a href="/cookie">Cookie policy</a> · <a href="/trasparenza">Società trasparente</a></p></footer>
</body></html>
"""
write(F, T)
D="Distretto Meccatronico Bresciano"
gold(F,
 [P("Roberta Ghidini Ferrari","assessora allo Sviluppo economico","Comune di Brescia"),
  P("Alessandro Zanardelli","presidente","Camera di Commercio di Brescia"),
  P("Federica Bontempi","direttrice","DMB"),
  P("Marco Dell'Acqua",None,"Università degli Studi di Brescia"),
  P("Chiara Lombardi-Sossi","responsabile progetti internazionali","DMB"),
  P("Tobias Reindl",None,"Bayern Innovativ"),
  P("Núria Casals i Ribas",None,"ACCIÓ")],
 [O("Distretto Meccatronico Bresciano S.c.a r.l.","DMB"), O("Camera di Commercio di Brescia"), O("Confindustria Brescia"),
  O("Enterprise Europe Network Lombardia"), O("Comune di Brescia"), O("Università degli Studi di Brescia"),
  O("Centro Servizi Multisettoriale e Tecnologico","CSMT"), O("Bayern Innovativ"), O("ACCIÓ")],
 [E("Meccatronica Match Day 2039","2039-03-17",None,"Brescia","Italy"),
  E("Incontri B2B","2039-03-17",None,"Brescia","Italy"),
  E("visita guidata al laboratorio CSMT","2039-03-17",None,"Brescia","Italy"),
  E("Aperitivo di networking","2039-03-17",None,"Brescia","Italy"),
  E("cena di benvenuto","2039-03-16",None,"Brescia","Italy"),
  E("Meccatronica Match Day","2037-05-18",None,"Brescia","Italy"),
  E("Meccatronica Match Day","2038-03-23",None,"Lumezzane","Italy")],
 ["2039-01-21","2039-03-17","2038","2039-03-16","2039-02-25","2039-03-04","2037","2037-05-18","2038-03-23","2039"],
 ["Gli incontri di 20 minuti sono sufficienti per un primo contatto, purché i profili siano completi",
  "Le imprese estere chiedono più tempo per le visite ai laboratori e agli stabilimenti",
  "Conviene raggruppare gli incontri per tecnologia invece che per settore di destinazione"],
 pub="2039-01-21")
