from h import *
F = 'g10_prahova_cluster_stiri.html'
assert wd(2036,4,23)=='Wednesday' and wd(2036,4,28)=='Monday' and wd(2036,6,12)=='Thursday' and wd(2036,6,5)=='Thursday'
assert wd(2036,9,15)=='Monday' and wd(2036,9,17)=='Wednesday' and wd(2036,3,26)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Știri – Clusterul de Energie și Petrochimie Prahova</title></head>
<body>
<div class="cookie">Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună. <a href="/politica-cookies">Detalii</a> <button>Sunt de acord</button></div>
<header><p class="logo">PETROCLUS · Clusterul de Energie și Petrochimie Prahova</p>
<nav><a href="/">Acasă</a> | <a href="/despre">Despre noi</a> | <a href="/membri">Membri</a> | <a href="/proiecte">Proiecte</a> | <a href="/stiri">Știri</a> | <a href="/evenimente">Evenimente</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="crumbs">Acasă » Știri</p>

<article>
<h2>Adunarea Generală a aprobat strategia clusterului până în 2040</h2>
<p class="meta">Publicat: 28.04.2036 | Categoria: Viața clusterului</p>
<p>Adunarea Generală a Membrilor Asociației PETROCLUS s-a desfășurat miercuri, 23 aprilie 2036, la Ploiești, în Aula Universității Petrol-Gaze din Ploiești (UPG), gazda reuniunii. Au participat reprezentanții a 37 dintre cei 52 de membri, printre care Petromecanica Câmpina SA, Rafinăria Brazi Servicii SRL, Camera de Comerț și Industrie Prahova și Consiliul Județean Prahova.</p>
<p>Lucrările au fost deschise de președintele clusterului, ing. Radu-Ștefan Ionescu, director general al Petromecanica Câmpina SA, care a prezentat raportul de activitate pe 2035. Managerul clusterului, dr. Ioana Mărginean-Pop, a arătat că în anul precedent clusterul a atras trei proiecte europene și a organizat 14 evenimente.</p>
<p>Hotărârile adoptate de Adunarea Generală:</p>
<ol>
<li>Se aprobă raportul de activitate și situațiile financiare pe anul 2035</li>
<li>Se aprobă Strategia de dezvoltare a clusterului 2036–2040, cu accent pe hidrogen, captarea carbonului și reconversia profesională</li>
<li>Se aprobă primirea a patru membri noi, între care start-up-ul GreenH2 Tech SRL din Câmpina</li>
<li>Se alege Consiliul Director pentru mandatul 2036–2039</li>
</ol>
<p>Noul Consiliu Director este format din: Radu-Ștefan Ionescu (Petromecanica Câmpina SA) – președinte; conf. univ. dr. Mihaela Dumitrescu-Vlad (Universitatea Petrol-Gaze din Ploiești) – vicepreședinte; Cristian Oprea (Rafinăria Brazi Servicii SRL) – trezorier; Ana-Maria Pîrvulescu (Camera de Comerț și Industrie Prahova) – membru. Cenzor a fost reales Gheorghe Marinache, expert contabil.</p>
<p><a href="/stiri/adunarea-generala-2036">Citește mai mult</a></p>
</article>

<article>
<h2>Masă rotundă despre forța de muncă în tranziția energetică – concluzii</h2>
<p class="meta">Publicat: 02.04.2036 | Categoria: Evenimente</p>
<p>Pe 26 martie 2036, la Câmpina, PETROCLUS și Agenția pentru Dezvoltare Regională Sud Muntenia (ADR Sud Muntenia) au organizat o masă rotundă despre competențele necesare în industria energetică a județului. Au luat cuvântul Elena Văduva, director adjunct al ADR Sud Muntenia, și Florin Ghiță, inspector școlar general la Inspectoratul Școlar Județean Prahova.</p>
<p>Concluziile mesei rotunde:</p>
<ul>
<li>Companiile din Prahova vor avea nevoie de cel puțin 1.200 de tehnicieni noi până la sfârșitul deceniului</li>
<li>Liceele tehnologice din Ploiești și Câmpina trebuie să introducă module despre hidrogen</li>
<li>Clusterul va coordona un program comun de ucenicie cu firmele membre</li>
</ul>
</article>

<article>
<h2>Înscrieri deschise: Ziua de matchmaking „Hidrogen în Prahova”</h2>
<p class="meta">Publicat: 28.04.2036 | Categoria: Evenimente</p>
<p>Joi, 12 iunie 2036, la Câmpina, în Casa Tehnicii, organizăm a doua ediție a Zilei de matchmaking „Hidrogen în Prahova”. Programul cuprinde:</p>
<ul>
<li>09:30 – Deschidere, Radu-Ștefan Ionescu, președinte PETROCLUS</li>
<li>10:00 – Prezentarea unor proiecte de hidrogen din Austria, Jens Haberl-Moser, Business Upper Austria</li>
<li>11:00–15:00 – Întâlniri B2B cu durata de 20 de minute</li>
<li>15:30 – Vizită la stația pilot de electroliză a GreenH2 Tech SRL</li>
</ul>
<p>Participarea este gratuită pentru membrii clusterului; pentru ceilalți, taxa este de 200 de lei. Sunt așteptate firme din România, Austria și Republica Moldova. Înscrierea se face online până joi, 5 iunie. Evenimentul este organizat împreună cu rețeaua Enterprise Europe Network România.</p>
<p>În toamnă urmează o misiune economică la Linz și Wels, în perioada 15–17 septembrie 2036, în parteneriat cu Business Upper Austria.</p>
</article>

<nav class="pagination"><a href="?p=1">« Înapoi</a> | <a href="?p=3">Înainte »</a></nav>
</main>
<footer>
<p>Asociația PETROCLUS – Clusterul de Energie și Petrochimie Prahova · Bd. București 00, Ploiești · CIF 00000000 · office@petroclus.example.ro</p>
<p>Proiect cofinanțat prin Programul Regional Sud Muntenia 2035–2041. <a href="/gdpr">Politica de confidențialitate</a> | <a href="/termeni">Termeni</a></p>
</footer>
</body></html>
"""
write(F, T)
C = "Clusterul de Energie și Petrochimie Prahova"
gold(F,
 [P("Radu-Ștefan Ionescu","președinte",C),
  P("Ioana Mărginean-Pop","Managerul clusterului",C),
  P("Mihaela Dumitrescu-Vlad","vicepreședinte",C),
  P("Cristian Oprea","trezorier",C),
  P("Ana-Maria Pîrvulescu","membru",C),
  P("Gheorghe Marinache","expert contabil",None),
  P("Elena Văduva","director adjunct","ADR Sud Muntenia"),
  P("Florin Ghiță","inspector școlar general","Inspectoratul Școlar Județean Prahova"),
  P("Jens Haberl-Moser",None,"Business Upper Austria")],
 [O(C,"PETROCLUS"), O("Universitatea Petrol-Gaze din Ploiești","UPG"), O("Petromecanica Câmpina SA"),
  O("Rafinăria Brazi Servicii SRL"), O("Camera de Comerț și Industrie Prahova"), O("Consiliul Județean Prahova"),
  O("GreenH2 Tech SRL"), O("Agenția pentru Dezvoltare Regională Sud Muntenia","ADR Sud Muntenia"),
  O("Inspectoratul Școlar Județean Prahova"), O("Business Upper Austria"), O("Enterprise Europe Network România")],
 [E("Adunarea Generală a Membrilor","2036-04-23",None,"Ploiești","Romania"),
  E("masă rotundă","2036-03-26",None,"Câmpina","Romania"),
  E("Ziua de matchmaking „Hidrogen în Prahova”","2036-06-12",None,"Câmpina","Romania"),
  E("Întâlniri B2B","2036-06-12",None,"Câmpina","Romania"),
  E("Vizită la stația pilot de electroliză a GreenH2 Tech SRL","2036-06-12",None,"Câmpina","Romania"),
  E("misiune economică la Linz și Wels","2036-09-15","2036-09-17","Linz, Wels","Austria")],
 ["2040","2036-04-28","2036-04-23","2035","2036/2040","2036/2039","2036-04-02","2036-03-26","2036-06-12","2036-06-05",
  "2036-09-15/2036-09-17","2035/2041"],
 ["Se aprobă raportul de activitate și situațiile financiare pe anul 2035",
  "Se aprobă Strategia de dezvoltare a clusterului 2036–2040, cu accent pe hidrogen, captarea carbonului și reconversia profesională",
  "Se aprobă primirea a patru membri noi, între care start-up-ul GreenH2 Tech SRL din Câmpina",
  "Se alege Consiliul Director pentru mandatul 2036–2039",
  "Companiile din Prahova vor avea nevoie de cel puțin 1.200 de tehnicieni noi până la sfârșitul deceniului",
  "Liceele tehnologice din Ploiești și Câmpina trebuie să introducă module despre hidrogen",
  "Clusterul va coordona un program comun de ucenicie cu firmele membre"])
