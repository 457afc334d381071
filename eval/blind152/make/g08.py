from h import *
F = 'g08_resita_eurocluster_intalnire.html'
assert wd(2040,4,24)=='Tuesday' and wd(2040,4,25)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Știri – Clusterul Metalurgic Banat-Caraș</title></head>
<body>
<div class="gdpr">Folosim cookie-uri pentru a îmbunătăți experiența dumneavoastră pe site. <a href="/politica-cookie">Detalii</a> <button>Accept</button></div>
<header><p class="logo">Clusterul Metalurgic Banat-Caraș (CMBC)</p>
<nav><a href="/">Acasă</a> | <a href="/despre">Despre noi</a> | <a href="/membri">Membri</a> | <a href="/proiecte">Proiecte</a> | <a href="/stiri">Știri</a> | <a href="/contact">Contact</a></nav></header>
<main>
<p class="cale">Acasă / Știri / Proiecte europene</p>
<h1>Reșița a găzduit a doua întâlnire a partenerilor Eurocluster STEEL-GREEN</h1>
<p class="data">30 aprilie 2040 · de Andreea Popovici-Marin</p>

<p>Clusterul Metalurgic Banat-Caraș a fost gazda celei de-a doua întâlniri a partenerilor proiectului STEEL-GREEN, un Eurocluster finanțat prin Programul pentru Piața Unică al Uniunii Europene. Întâlnirea a avut loc marți, 24 aprilie, și miercuri, 25 aprilie 2040, la sediul Universității Babeș-Bolyai – Centrul Universitar Reșița și a reunit 31 de reprezentanți ai celor șapte parteneri din cinci țări.</p>

<p>STEEL-GREEN sprijină întreprinderile mici și mijlocii din industria metalurgică să reducă emisiile și consumul de energie. Proiectul se desfășoară în perioada septembrie 2039 – august 2042 și este coordonat de clusterul austriac Metal Cluster Styria (Steirischer Metallcluster), cu sediul la Leoben.</p>

<h2>Partenerii consorțiului</h2>
<ul>
<li>Steirischer Metallcluster GmbH (coordonator), Austria</li>
<li>Clusterul Metalurgic Banat-Caraș, România</li>
<li>Śląski Klaster Metalowy, Polonia</li>
<li>Clúster de Industrias de Medio Ambiente de Euskadi (ACLIMA), Spania</li>
<li>Materials Cluster Slovenia – SKM, Slovenia</li>
<li>Universitatea Politehnica Timișoara, România</li>
<li>Agenția pentru Dezvoltare Regională Vest (ADR Vest), România</li>
</ul>

<h2>Programul întâlnirii</h2>
<p><strong>Marți, 24 aprilie 2040</strong><br>
09:30 – Cuvânt de bun venit: Ion Iancu-Stoica, președintele Consiliului Județean Caraș-Severin, și ing. Daniela Bălan, directoarea executivă a CMBC<br>
10:00 – Stadiul proiectului și bugetul, prezentate de Mag. Katharina Pölzl-Wagner, managerul proiectului<br>
11:30 – Rezultatele primului apel pentru IMM-uri<br>
14:00 – Vizită la oțelăria TMK Reșița<br>
19:00 – Cina partenerilor la Muzeul de Locomotive cu Abur</p>
<p><strong>Miercuri, 25 aprilie 2040</strong><br>
09:00 – Ședința Comitetului director al proiectului<br>
11:00 – Atelier privind auditul energetic în IMM-uri, moderat de dr. ing. Mihai Cernescu (Universitatea Politehnica Timișoara)<br>
13:00 – Închiderea lucrărilor</p>

<p>La primul apel pentru IMM-uri, încheiat pe 15 februarie 2040, s-au primit 126 de cereri, iar 38 de firme au primit vouchere de până la 40 000 de euro. Dintre acestea, nouă sunt din Banat, inclusiv firma reșițeană Forja Semenic S.R.L., al cărei administrator, Radu Vlăduț, a prezentat investiția într-un cuptor cu inducție.</p>
<p>În discuția despre rezultatele apelului, partenerii au constatat că firmele mici din zonele industriale vechi, precum Reșița, Oțelu Roșu sau Hunedoara, au nevoie de mai mult sprijin la completarea cererilor decât firmele din orașele mari. Mulți antreprenori nu au un angajat dedicat proiectelor europene și depind de consultanți externi. De aceea, CMBC a organizat în martie 2040 trei sesiuni de consiliere la Reșița și Caransebeș, la care au participat 27 de firme. Experiența va fi preluată și de ceilalți parteneri, care vor oferi astfel de sesiuni înaintea celui de-al doilea apel.</p>
<p>Directorul ADR Vest, Cristian Sârbu, a subliniat că regiunea poate folosi rezultatele proiectului în noul program regional pentru tranziție justă.</p>

<h2>Concluzii</h2>
<p>La finalul celor două zile, partenerii au convenit următoarele:</p>
<ul>
<li>Al doilea apel pentru IMM-uri se deschide pe 1 iunie 2040 și va acorda prioritate auditurilor energetice</li>
<li>Fiecare partener va organiza până la sfârșitul anului cel puțin un atelier regional pentru firmele din lanțul valoric</li>
<li>Consorțiul va propune Comisiei Europene un indicator comun pentru reducerea emisiilor în IMM-uri</li>
</ul>

<p>Următoarea întâlnire a partenerilor va avea loc la Bilbao, în perioada 8–9 octombrie 2040, găzduită de ACLIMA. Conferința finală este prevăzută pentru iunie 2042, la Leoben.</p>

<p class="contact">Contact: Andreea Popovici-Marin, responsabil comunicare CMBC, comunicare@cmbc.example.ro</p>
<p class="share">Distribuie: <a href="#">Facebook</a> | <a href="#">LinkedIn</a></p>
</main>
<footer><p>Clusterul Metalurgic Banat-Caraș · Str. Traian Lalescu 2, 320050 Reșița, jud. Caraș-Severin</p>
<p>Cofinanțat de Uniunea Europeană. Opiniile exprimate aparțin exclusiv autorilor. <a href="/confidentialitate">Confidențialitate</a></p></footer>
</body></html>
"""
assert wd(2040,10,8)=='Monday'
write(F, T)
C = "Clusterul Metalurgic Banat-Caraș"
gold(F,
 [P("Andreea Popovici-Marin","responsabil comunicare","CMBC"),
  P("Ion Iancu-Stoica","președintele","Consiliului Județean Caraș-Severin"),
  P("Daniela Bălan","directoarea executivă","CMBC"),
  P("Katharina Pölzl-Wagner","managerul proiectului",None),
  P("Mihai Cernescu",None,"Universitatea Politehnica Timișoara"),
  P("Radu Vlăduț","administrator","Forja Semenic S.R.L."),
  P("Cristian Sârbu","Directorul","ADR Vest")],
 [O(C,"CMBC"), O("Universității Babeș-Bolyai"), O("Centrul Universitar Reșița"),
  O("Steirischer Metallcluster GmbH"), O("Śląski Klaster Metalowy"),
  O("Clúster de Industrias de Medio Ambiente de Euskadi","ACLIMA"), O("Materials Cluster Slovenia","SKM"),
  O("Universitatea Politehnica Timișoara"), O("Agenția pentru Dezvoltare Regională Vest","ADR Vest"),
  O("Consiliului Județean Caraș-Severin"), O("TMK Reșița"), O("Forja Semenic S.R.L."), O("Comisiei Europene")],
 [E("a doua întâlnire a partenerilor","2040-04-24","2040-04-25","Reșița","Romania"),
  E("Vizită la oțelăria TMK Reșița","2040-04-24",None,"Reșița","Romania"),
  E("Cina partenerilor","2040-04-24",None,"Reșița","Romania"),
  E("Ședința Comitetului director al proiectului","2040-04-25",None,"Reșița","Romania"),
  E("Atelier privind auditul energetic în IMM-uri","2040-04-25",None,"Reșița","Romania"),
  E("sesiuni de consiliere","2040-03",None,"Reșița, Caransebeș","Romania"),
  E("Următoarea întâlnire a partenerilor","2040-10-08","2040-10-09","Bilbao","Spain"),
  E("Conferința finală","2042-06",None,"Leoben","Austria")],
 ["2040-04-30","2040-04-24/2040-04-25","2040-04-24","2040-04-25","2039-09/2042-08","2040-02-15","2040-03","2040-06-01","2040-10-08/2040-10-09","2042-06"],
 ["Al doilea apel pentru IMM-uri se deschide pe 1 iunie 2040 și va acorda prioritate auditurilor energetice",
  "Fiecare partener va organiza până la sfârșitul anului cel puțin un atelier regional pentru firmele din lanțul valoric",
  "Consorțiul va propune Comisiei Europene un indicator comun pentru reducerea emisiilor în IMM-uri"],
 pub="2040-04-30")
