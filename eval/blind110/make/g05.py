from h import *
F = 'g05.html'
assert wd(2039,6,14)=='Tuesday' and wd(2039,7,7)=='Thursday'
T = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Rezultatele apelului „Parteneriate de inovare în clustere” 2039 – ADR Nord-Est</title></head>
<body>
<div id="top">ADR Nord-Est | Acasă | Despre noi | Programe | Apeluri | Comunicate | Contact | <a>EN</a></div>
<div class="cookies">Acest site folosește cookie-uri. Continuând navigarea, vă exprimați acordul. <button>Accept</button></div>
<article>
<p class="breadcrumb">Acasă » Comunicate » Rezultate apeluri</p>
<h1>Au fost selectate cele 9 consorții finanțate prin apelul „Parteneriate de inovare în clustere” 2039</h1>
<p class="date">Publicat: marți, 14 iunie 2039 | Autor: Biroul de comunicare ADR Nord-Est</p>
<p>Agenția pentru Dezvoltare Regională Nord-Est (ADR Nord-Est), în calitate de organism de implementare, anunță
rezultatele finale ale apelului de proiecte „Parteneriate de inovare în clustere”, lansat pe 1 februarie 2039 și
închis pe 15 aprilie 2039. Bugetul apelului, de 18,5 milioane de lei, provine din Programul Regional Nord-Est
și din bugetul de stat.</p>
<p>Au fost depuse 23 de propuneri de proiect din partea consorțiilor formate din clustere, întreprinderi mici și
mijlocii, universități și institute de cercetare din cele șase județe ale regiunii. În urma evaluării tehnice și
financiare, realizată de un comitet de 12 evaluatori independenți, 9 consorții au obținut peste pragul de 65 de
puncte și se încadrează în bugetul disponibil. Alte 4 propuneri au fost incluse pe lista de rezervă.</p>
<h2>Consorții selectate (în ordinea punctajului)</h2>
<table>
<tr><th>Nr.</th><th>Proiect</th><th>Coordonator</th><th>Parteneri</th><th>Punctaj</th><th>Valoare (lei)</th></tr>
<tr><td>1</td><td>AgroTrace NE – trasabilitate digitală în lanțul lactatelor</td><td>Clusterul Agro-Food Regional Nord-Est (coordonator de proiect: Irina Ciobanu)</td><td>SC Lacto Bucovina SRL, Universitatea „Ștefan cel Mare” din Suceava, 4 IMM-uri</td><td>91</td><td>2.480.000</td></tr>
<tr><td>2</td><td>MedDevice Fast Track</td><td>Clusterul Regional Inovativ Imago-Mol (coordonator: Vlad Cărăușu)</td><td>Universitatea de Medicină și Farmacie „Grigore T. Popa” Iași, SC Bioprotect SRL</td><td>88</td><td>2.300.000</td></tr>
<tr><td>3</td><td>Textile circulare pentru industria de confecții</td><td>Asociația ASTRICO Nord-Est (coordonator: Oana Munteanu)</td><td>Universitatea Tehnică „Gheorghe Asachi” din Iași, SC Confex Bacău SA</td><td>86</td><td>2.150.000</td></tr>
<tr><td>4</td><td>Lemn+ – produse din lemn cu valoare adăugată</td><td>Cluster Lemn Mobilă Nord-Est (coordonator: Daniel Hrițcu)</td><td>Institutul Național de Cercetare-Dezvoltare pentru Industria Lemnului, 5 IMM-uri</td><td>84</td><td>2.050.000</td></tr>
<tr><td>5</td><td>Iași AI Factory Pilot</td><td>Clusterul IT Iași – Iași IT Cluster (coordonator: Andrei Bostan)</td><td>Universitatea „Alexandru Ioan Cuza” din Iași, SC Softnet Moldova SRL</td><td>82</td><td>2.200.000</td></tr>
<tr><td>6</td><td>Energie solară comunitară în parcuri industriale</td><td>Cluster Energie Verde Neamț (coordonator: Mihaela Roman)</td><td>Primăria Roman, SC Solaris Nord SRL</td><td>79</td><td>1.950.000</td></tr>
<tr><td>7</td><td>Turism balnear inteligent</td><td>Clusterul de Turism Bucovina (coordonator: Petru Lazăr)</td><td>SC Dorna Spa SRL, Universitatea „Ștefan cel Mare” din Suceava</td><td>75</td><td>1.600.000</td></tr>
<tr><td>8</td><td>Robotică pentru ateliere mici</td><td>Clusterul de Mecatronică Bacău (coordonator: Cristina Ungureanu)</td><td>Universitatea „Vasile Alecsandri” din Bacău, SC Mecanica Ceahlău SA</td><td>71</td><td>1.900.000</td></tr>
<tr><td>9</td><td>Apă curată pentru fermele mici</td><td>Clusterul Apă-Agro Vaslui (coordonator: Gheorghe Apetrei)</td><td>SC Hydrotech Vaslui SRL</td><td>67</td><td>1.820.000</td></tr>
</table>
<p>Solicitanții pot depune contestații în termen de 10 zile lucrătoare de la publicarea rezultatelor, adică până
pe 28 iunie 2039. Contractele de finanțare vor fi semnate în luna iulie 2039, iar proiectele au o durată de
implementare de 24 de luni.</p>
<p>„Rezultatul arată că clusterele din regiune au învățat să lucreze împreună cu universitățile, nu doar în
paralel cu ele”, a declarat Gabriela Macovei, director general al ADR Nord-Est. Potrivit acesteia, jumătate
dintre proiectele finanțate au cel puțin un partener din afara județului coordonatorului.</p>
<h2>Ședința de lansare</h2>
<p>Reprezentanții consorțiilor selectate sunt invitați la ședința de lansare a proiectelor, joi, 7 iulie 2039,
ora 10:00, la sediul ADR Nord-Est din Piatra Neamț. Vor fi prezentate regulile de raportare, de achiziții și de
comunicare. Confirmarea participării se face până pe 1 iulie 2039 la adresa inovare@adrnordest.example.ro.</p>
<p class="files">Documente: Lista finală a proiectelor selectate (PDF) | Lista de rezervă (PDF) | Procedura de contestații (PDF)</p>
<p class="share">Distribuie: Facebook | LinkedIn | E-mail</p>
</article>
<aside><h3>Comunicate recente</h3>
<ul><li>Infoday Programul Regional Nord-Est – Suceava, 24 mai 2039</li><li>Apel deschis: vouchere de digitalizare pentru IMM-uri (3 mai 2039)</li></ul></aside>
<footer>Agenția pentru Dezvoltare Regională Nord-Est · Str. Lt. Drăghescu nr. 9, Piatra Neamț · Politica de confidențialitate</footer>
</body></html>
"""
write(F, T)
co = "coordonator"
gold(F,
 [P("Irina Ciobanu","coordonator de proiect","Clusterul Agro-Food Regional Nord-Est"),
  P("Vlad Cărăușu",co,"Clusterul Regional Inovativ Imago-Mol"),
  P("Oana Munteanu",co,"Asociația ASTRICO Nord-Est"),
  P("Daniel Hrițcu",co,"Cluster Lemn Mobilă Nord-Est"),
  P("Andrei Bostan",co,"Clusterul IT Iași"),
  P("Mihaela Roman",co,"Cluster Energie Verde Neamț"),
  P("Petru Lazăr",co,"Clusterul de Turism Bucovina"),
  P("Cristina Ungureanu",co,"Clusterul de Mecatronică Bacău"),
  P("Gheorghe Apetrei",co,"Clusterul Apă-Agro Vaslui"),
  P("Gabriela Macovei","director general","Agenția pentru Dezvoltare Regională Nord-Est")],
 [O("Agenția pentru Dezvoltare Regională Nord-Est","ADR Nord-Est"), O("Biroul de comunicare ADR Nord-Est"),
  O("Clusterul Agro-Food Regional Nord-Est"), O("SC Lacto Bucovina SRL"),
  O("Universitatea „Ștefan cel Mare” din Suceava"), O("Clusterul Regional Inovativ Imago-Mol"),
  O("Universitatea de Medicină și Farmacie „Grigore T. Popa” Iași"), O("SC Bioprotect SRL"),
  O("Asociația ASTRICO Nord-Est"), O("Universitatea Tehnică „Gheorghe Asachi” din Iași"), O("SC Confex Bacău SA"),
  O("Cluster Lemn Mobilă Nord-Est"), O("Institutul Național de Cercetare-Dezvoltare pentru Industria Lemnului"),
  O("Clusterul IT Iași"), O("Universitatea „Alexandru Ioan Cuza” din Iași"), O("SC Softnet Moldova SRL"),
  O("Cluster Energie Verde Neamț"), O("Primăria Roman"), O("SC Solaris Nord SRL"),
  O("Clusterul de Turism Bucovina"), O("SC Dorna Spa SRL"), O("Clusterul de Mecatronică Bacău"),
  O("Universitatea „Vasile Alecsandri” din Bacău"), O("SC Mecanica Ceahlău SA"),
  O("Clusterul Apă-Agro Vaslui"), O("SC Hydrotech Vaslui SRL")],
 [E("ședința de lansare a proiectelor","2039-07-07",None,"Piatra Neamț","Romania"),
  E("Infoday Programul Regional Nord-Est","2039-05-24",None,"Suceava","Romania")],
 ["2039-06-14","2039-02-01","2039-04-15","2039-06-28","2039-07","2039-07-07","2039-07-01","2039-05-24","2039-05-03"],
 [], pub="2039-06-14")
