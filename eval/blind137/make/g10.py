from h import *
F = 'g10_bistrita_horizon_adunarea_generala.html'
assert wd(2035,10,15)=='Monday' and wd(2035,10,16)=='Tuesday' and wd(2035,10,17)=='Wednesday' and wd(2036,3,4)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Știri – Clusterul Transilvan al Lemnului</title></head>
<body>
<div class="gdpr">Acest site folosește cookie-uri. Continuarea navigării implică acceptarea lor. <a href="/cookie">Detalii</a> <button>Accept</button></div>
<header><p>Clusterul Transilvan al Lemnului – TRANSILVA WOOD</p>
<nav><a href="/">Acasă</a> | <a href="/despre">Despre noi</a> | <a href="/membri">Membri</a> | <a href="/proiecte">Proiecte</a> | <a href="/stiri">Știri</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Acasă / Știri / Proiecte europene</p>
<h1>Bistrița a găzduit Adunarea Generală a proiectului Horizon Europe TIMBER-LOOP</h1>
<p class="meta">20 octombrie 2035 · Autor: Echipa de comunicare · 4 minute de citit</p>

<p>În perioada 15–17 octombrie 2035, Clusterul Transilvan al Lemnului (TRANSILVA WOOD) a găzduit la Bistrița a treia Adunare Generală a proiectului TIMBER-LOOP, finanțat prin programul Horizon Europe. Proiectul, coordonat de Institutul Tehnologic VTT din Finlanda, dezvoltă soluții pentru reutilizarea lemnului din construcțiile demolate și pentru trasabilitatea digitală a produselor din lemn.</p>

<p>La reuniune au participat 38 de reprezentanți ai celor 12 parteneri din opt țări, precum și ofițerul de proiect al Comisiei Europene, dl Matthias Kreutzer-Lang, care s-a conectat online de la Bruxelles.</p>

<h2>Programul reuniunii</h2>
<p><b>Luni, 15 octombrie</b> – 16:00 Reuniunea Comitetului Executiv; 19:30 cină de bun venit la Casa Argintarului</p>
<p><b>Marți, 16 octombrie</b> – 09:00 Deschiderea oficială; 09:30 Sesiuni pe pachete de lucru; 14:00 Vizită de studiu la fabrica de panouri a companiei Nord Lemn Construct SRL din Sărățel și la Școala Profesională Forestieră din Năsăud</p>
<p><b>Miercuri, 17 octombrie</b> – 09:00 Adunarea Generală: vot asupra amendamentului la acord și asupra planului pentru ultimul an; 12:30 Conferință de presă</p>

<p>Deschiderea oficială a fost făcută de președintele Consiliului Județean Bistrița-Năsăud, dl Radu Moldovan-Șerban, și de directoarea executivă a clusterului, dna Ioana Pop-Dragomir. „Pentru județul nostru, lemnul nu este doar o materie primă, este o tradiție și un viitor”, a spus dna Pop-Dragomir.</p>

<p>Coordonatorul proiectului, dr. Pekka Häkkinen (VTT), a prezentat rezultatele primului an: trei linii-pilot de sortare, un prototip de pașaport digital pentru grinzi recuperate și un ghid pentru arhitecți. Prof. dr. ing. Andrei Bârsan-Ilieș de la Universitatea Transilvania din Brașov, Facultatea de Design de Produs și Mediu, a prezentat testele mecanice efectuate pe lemnul reutilizat.</p>

<p>În cadrul vizitei de studiu, directorul general al Nord Lemn Construct SRL, dl Vasile Cîmpean, a arătat oaspeților linia pe care firma transformă grinzile recuperate din clădiri vechi în panouri pentru case pe structură de lemn. Elevii școlii din Năsăud au prezentat, la rândul lor, mobilierul realizat din lemn reutilizat în cadrul unui concurs organizat de cluster în primăvară.</p>

<h2>Partenerii proiectului</h2>
<p>Din consorțiu fac parte, printre alții: VTT Technical Research Centre of Finland Ltd (coordonator), Universitatea Transilvania din Brașov, Technische Universität München, Fraunhofer-Institut für Holzforschung WKI, InnoRenew CoE (Slovenia), Holzcluster Steiermark GmbH, Nord Lemn Construct SRL și Clusterul Transilvan al Lemnului.</p>

<h2>Recomandări adoptate</h2>
<p>Adunarea Generală a adoptat următoarele recomandări pentru ultimul an al proiectului:</p>
<ol>
<li>Liniile-pilot să fie deschise vizitelor firmelor mici din industria mobilei, cel puțin o dată pe trimestru</li>
<li>Clusterele partenere să organizeze cursuri pentru dulgheri și tâmplari privind lemnul recuperat</li>
<li>Rezultatele privind pașaportul digital să fie transmise comitetelor de standardizare până la sfârșitul anului 2036</li>
</ol>

<p>Următoarea reuniune a consorțiului va avea loc la Graz, pe 4 martie 2036 (marți), găzduită de Holzcluster Steiermark GmbH. Conferința finală a proiectului este programată pentru toamna anului 2036, la München.</p>

<p>Proiectul TIMBER-LOOP se desfășoară între 1 noiembrie 2034 și 31 octombrie 2036.</p>

<p><a href="/stiri">« Înapoi la știri</a> · Distribuie: <a href="#">Facebook</a> · <a href="#">LinkedIn</a></p>
</main>
<footer><p>Asociația Clusterul Transilvan al Lemnului · Str. Gării 5, Bistrița, județul Bistrița-Năsăud · office@transilvawood.example.ro</p>
<p>Proiect finanțat de Uniunea Europeană. © Clusterul Transilvan al Lemnului, 2035</p></footer>
</body></html>
"""
write(F, T)
C="Clusterul Transilvan al Lemnului"
gold(F,
 [P("Matthias Kreutzer-Lang","ofițerul de proiect","Comisiei Europene"),
  P("Radu Moldovan-Șerban","președintele","Consiliului Județean Bistrița-Năsăud"),
  P("Ioana Pop-Dragomir","directoarea executivă",C),
  P("Pekka Häkkinen","Coordonatorul proiectului","VTT"),
  P("Andrei Bârsan-Ilieș",None,"Universitatea Transilvania din Brașov"),
  P("Vasile Cîmpean","directorul general","Nord Lemn Construct SRL")],
 [O("Asociația "+C,"TRANSILVA WOOD"), O("VTT Technical Research Centre of Finland Ltd","VTT"), O("Comisiei Europene"),
  O("Nord Lemn Construct SRL"), O("Școala Profesională Forestieră din Năsăud"),
  O("Consiliului Județean Bistrița-Năsăud"), O("Universitatea Transilvania din Brașov"),
  O("Facultatea de Design de Produs și Mediu"), O("Technische Universität München"),
  O("Fraunhofer-Institut für Holzforschung WKI"), O("InnoRenew CoE"), O("Holzcluster Steiermark GmbH")],
 [E("Adunarea Generală a proiectului Horizon Europe TIMBER-LOOP","2035-10-15","2035-10-17","Bistrița","Romania"),
  E("Reuniunea Comitetului Executiv","2035-10-15",None,"Bistrița","Romania"),
  E("cină de bun venit","2035-10-15",None,"Bistrița","Romania"),
  E("Vizită de studiu","2035-10-16",None,"Sărățel, Năsăud","Romania"),
  E("Conferință de presă","2035-10-17",None,"Bistrița","Romania"),
  E("Următoarea reuniune a consorțiului","2036-03-04",None,"Graz","Austria"),
  E("Conferința finală","2036",None,"München","Germany")],
 ["2035-10-20","2035-10-15/2035-10-17","2035-10-15","2035-10-16","2035-10-17","2036","2036-03-04","2034-11-01/2036-10-31"],
 ["Liniile-pilot să fie deschise vizitelor firmelor mici din industria mobilei, cel puțin o dată pe trimestru",
  "Clusterele partenere să organizeze cursuri pentru dulgheri și tâmplari privind lemnul recuperat",
  "Rezultatele privind pașaportul digital să fie transmise comitetelor de standardizare până la sfârșitul anului 2036"],
 pub="2035-10-20")
