from h import *
F = 'g10_oradea_minister_semnare_parc_industrial.html'
assert wd(2038,6,7)=='Monday' and wd(2038,6,8)=='Tuesday' and wd(2038,9,15)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Comunicat de presă – Consiliul Județean Bihor</title></head>
<body>
<div class="gdpr">Acest site folosește cookie-uri. Continuând navigarea, sunteți de acord cu politica noastră. <a href="#">Accept</a> <a href="/cookies">Detalii</a></div>
<header><p class="stema">ROMÂNIA · JUDEȚUL BIHOR · CONSILIUL JUDEȚEAN</p>
<nav><a href="/">Acasă</a> | <a href="/institutie">Instituție</a> | <a href="/proiecte">Proiecte</a> | <a href="/presa" class="activ">Comunicate de presă</a> | <a href="/transparenta">Transparență decizională</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="cale">Acasă › Presă › Comunicate 2038</p>
<h1>Acord de parteneriat semnat la Oradea pentru Centrul de Competențe în Electronică Auto Bihor</h1>
<p class="data">Publicat: 8 iunie 2038, 11:42 · Biroul de presă</p>
<p>Oradea, 8 iunie 2038 – Ministerul Economiei, Antreprenoriatului și Turismului, Consiliul Județean Bihor, Universitatea din Oradea și Clusterul Industrial Nord-Vest Transilvania au semnat luni, 7 iunie 2038, la sediul Consiliului Județean, acordul de parteneriat pentru înființarea Centrului de Competențe în Electronică Auto Bihor. Centrul va fi construit în Parcul Industrial Eurobusiness II Oradea și va pregăti anual până la 600 de tehnicieni și ingineri pentru firmele din industria auto.</p>
<p>Acordul a fost semnat de secretarul de stat în Ministerul Economiei, Antreprenoriatului și Turismului, Cristian-Dorin Păcurar, de președintele Consiliului Județean Bihor, Ilie-Adrian Bogdan, de rectorul Universității din Oradea, prof. univ. dr. ing. Mirela Tomescu-Hațeganu, și de președintele Clusterului Industrial Nord-Vest Transilvania, Andrei Szilágyi-Mureșan. La eveniment au participat primarul municipiului Oradea, Florin Vărzaru, prefectul județului Bihor, Camelia Rus, precum și reprezentanți ai firmelor Celestica Oradea SRL, Plexus Services RO SRL și Vitesco Automotive Electronics Timișoara.</p>
<p>„Oradea a demonstrat că parcurile industriale funcționează. Acum trebuie să ne asigurăm că avem oamenii pentru fabricile care vin”, a declarat secretarul de stat Cristian-Dorin Păcurar. Ministerul va finanța echipamentele de laborator din Programul Național pentru Competențe Industriale cu 38 de milioane de lei în perioada 2038–2041.</p>
<p>Președintele Consiliului Județean, Ilie-Adrian Bogdan, a precizat că județul asigură terenul de 2,4 hectare și clădirea, iar lucrările vor începe în toamnă. „Ne propunem ca primii cursanți să intre în laboratoare în septembrie 2040”, a spus acesta.</p>
<p>Rectorul Mirela Tomescu-Hațeganu a anunțat că Facultatea de Inginerie Electrică și Tehnologia Informației va deschide un program de master dual în electronică auto, în colaborare cu firmele membre ale clusterului. Andrei Szilágyi-Mureșan a subliniat că cele 74 de firme din cluster au nevoie de peste 1.100 de specialiști în următorii cinci ani.</p>
<h2>Ce prevede acordul</h2>
<ul>
<li>Consiliul Județean Bihor construiește și administrează clădirea centrului prin Agenția de Dezvoltare Locală Oradea.</li>
<li>Ministerul finanțează echipamentele și programele de formare a formatorilor.</li>
<li>Universitatea din Oradea asigură programele de studii și certificarea.</li>
<li>Clusterul coordonează stagiile de practică și cerințele firmelor membre.</li>
</ul>
<h2>Calendar</h2>
<ul>
<li>15 septembrie 2038 – lansarea licitației pentru proiectarea și execuția lucrărilor</li>
<li>martie 2039 – începerea lucrărilor de construcție</li>
<li>iunie 2040 – recepția clădirii</li>
<li>septembrie 2040 – primii cursanți</li>
</ul>
<p>În după-amiaza aceleiași zile, delegația ministerului a vizitat linia de producție a Celestica Oradea SRL și laboratorul de testare al Universității din Oradea. Marți, 8 iunie 2038, secretarul de stat a participat la Forumul Investitorilor Bihor, organizat de Camera de Comerț și Industrie Bihor la Hotelul Ramada din Oradea.</p>
<p class="foto">Foto: semnarea acordului în Sala Europa a Consiliului Județean. Credit foto: Sorin Crișan / CJ Bihor</p>
<p class="contact">Persoană de contact pentru presă: Diana Moldovan, purtător de cuvânt, Consiliul Județean Bihor, tel. 0259 000 000, presa@cjbihor.example.ro</p>
<p>Distribuie: <a href="#">Facebook</a> | <a href="#">LinkedIn</a> | <a href="#">E-mail</a> | <a href="#">Tipărește</a></p>
<aside><h3>Comunicate recente</h3><ul>
<li>4 iunie 2038 – Drumul județean DJ 767 reabilitat pe 14 kilometri</li>
<li>1 iunie 2038 – Ziua Copilului la Cetatea Oradea</li>
<li>28 mai 2038 – Ședința ordinară a Consiliului Județean Bihor</li></ul></aside>
</main>
<footer><p>Consiliul Județean Bihor · Piața 1 Decembrie nr. 13, 410068 Oradea · CUI 00000000</p><p>© 2038 Consiliul Județean Bihor. Toate drepturile rezervate.</p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Cristian-Dorin Păcurar","secretarul de stat","Ministerul Economiei, Antreprenoriatului și Turismului"),
  P("Ilie-Adrian Bogdan","președintele","Consiliul Județean Bihor"),
  P("Mirela Tomescu-Hațeganu","rectorul","Universitatea din Oradea"),
  P("Andrei Szilágyi-Mureșan","președintele","Clusterul Industrial Nord-Vest Transilvania"),
  P("Florin Vărzaru","primarul municipiului Oradea",None),
  P("Camelia Rus","prefectul județului Bihor",None),
  P("Sorin Crișan",None,"CJ Bihor"),
  P("Diana Moldovan","purtător de cuvânt","Consiliul Județean Bihor")],
 [O("Ministerul Economiei, Antreprenoriatului și Turismului"), O("Consiliul Județean Bihor","CJ Bihor"),
  O("Universitatea din Oradea"), O("Clusterul Industrial Nord-Vest Transilvania"), O("Celestica Oradea SRL"),
  O("Plexus Services RO SRL"), O("Vitesco Automotive Electronics Timișoara"),
  O("Facultatea de Inginerie Electrică și Tehnologia Informației"), O("Agenția de Dezvoltare Locală Oradea"),
  O("Camera de Comerț și Industrie Bihor"), O("Centrul de Competențe în Electronică Auto Bihor")],
 [E("semnarea acordului de parteneriat","2038-06-07",None,"Oradea","Romania"),
  E("Forumul Investitorilor Bihor","2038-06-08",None,"Oradea","Romania"),
  E("vizita delegației ministerului la linia de producție a Celestica Oradea SRL","2038-06-07",None,"Oradea","Romania"),
  E("Ziua Copilului la Cetatea Oradea","2038-06-01",None,"Oradea","Romania"),
  E("Ședința ordinară a Consiliului Județean Bihor",None,None,None,None)],
 ["2038-06-08","2038-06-07","2038/2041","2040-09","2038-09-15","2039-03","2040-06","2038-06-04","2038-06-01","2038-05-28"],
 [], "2038-06-08")
