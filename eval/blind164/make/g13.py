from h import *
F = 'g13_tulcea_cluster_echipa.html'
assert wd(2038,2,17)=='Wednesday' and wd(2038,3,25)=='Thursday'
T = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Echipa și conducerea | Clusterul Delta Dunării – Turism și Bioeconomie</title></head>
<body>
<div class="gdpr">Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună. Continuând navigarea, sunteți de acord cu politica noastră de cookie-uri. <a href="/cookies">Detalii</a> <button>Accept</button> <button>Refuz</button></div>
<header><p class="logo">Clusterul Delta Dunării – Turism și Bioeconomie</p>
<nav><a href="/">Acasă</a> | <a href="/despre">Despre noi</a> | <a href="/echipa">Echipa</a> | <a href="/membri">Membri</a> | <a href="/proiecte">Proiecte</a> | <a href="/evenimente">Evenimente</a> | <a href="/contact">Contact</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="breadcrumb">Acasă » Despre noi » Echipa și conducerea</p>
<h1>Echipa și conducerea clusterului</h1>
<p class="meta">Actualizat: 3 martie 2038 · Distribuie: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">E-mail</a></p>

<p>Asociația Clusterul Delta Dunării – Turism și Bioeconomie (CDD-TB) reunește 58 de membri din județul Tulcea și din zonele învecinate: pensiuni și agenții de turism, pescari și procesatori de pește, producători de stuf și de materiale de construcții naturale, Institutul Național de Cercetare-Dezvoltare Delta Dunării, Universitatea „Dunărea de Jos” din Galați și autorități locale. Clusterul a fost înființat în 2030 și este membru al Asociației Clusterelor din România (CLUSTERO).</p>

<h2>Consiliul Director</h2>
<p>Consiliul Director a fost ales de Adunarea Generală a Asociației din 17 februarie 2038, pentru un mandat de patru ani (2038–2042):</p>
<ul>
<li><strong>Președinte:</strong> Mihaela Constantinescu-Ivanov – administrator, Pensiunea Lotca SRL, Crișan</li>
<li><strong>Vicepreședinte:</strong> dr. ing. Radu Stoica – cercetător științific, Institutul Național de Cercetare-Dezvoltare Delta Dunării</li>
<li><strong>Vicepreședinte:</strong> Gheorghe Nistor (Cooperativa Pescarilor Jurilovca)</li>
<li><strong>Secretar:</strong> Alina Done, Consiliul Județean Tulcea</li>
<li><strong>Membru:</strong> Vasile Ciobanu (Stuf Delta Construct SRL)</li>
<li><strong>Membru:</strong> conf. univ. dr. Elena Marinescu (Universitatea „Dunărea de Jos” din Galați)</li>
<li><strong>Membru:</strong> Ivan Lavrenti (Asociația Lipovenilor din Sfântu Gheorghe)</li>
</ul>
<p>Cenzor: ec. Florin Dobre, expert contabil.</p>
<p>Președintele anterior, Sorin Manole, care a condus clusterul în perioada 2030–2038, a fost numit președinte de onoare. „Am pornit cu opt membri într-o sală a primăriei din Mahmudia. Astăzi clusterul este partener în proiecte europene cu Ucraina și Republica Moldova”, a spus acesta la încheierea mandatului.</p>

<h2>Prioritățile noului mandat</h2>
<p>Noua președintă, Mihaela Constantinescu-Ivanov, conduce de 15 ani o pensiune în Crișan și a fost vicepreședinte în mandatul trecut. Ea a anunțat trei priorități: un calendar comun al sezonului turistic, astfel încât vizitatorii să rămână în Deltă și în afara lunilor de vară, o marcă locală pentru peștele și produsele din stuf ale membrilor și un program de formare pentru ghizi și bărcieri, realizat împreună cu liceele din Tulcea și Sulina. Consiliul Director se reunește lunar, de regulă în prima zi de luni a lunii.</p>

<h2>Echipa executivă</h2>
<ul>
<li><strong>Andreea Pavel</strong> – manager de cluster. Coordonează strategia și relația cu membrii. Înainte de a se alătura clusterului, în 2034, a lucrat la Agenția pentru Dezvoltare Regională Sud-Est din Brăila.</li>
<li><strong>Cristian Munteanu</strong> – manager de proiect, turism durabil și ecoturism</li>
<li><strong>Ioana Ghiță</strong> – ofițer de proiect, bioeconomie și produse locale</li>
<li><strong>Larisa Ene</strong> – comunicare și evenimente</li>
<li><strong>Dumitru Vasilache</strong> – responsabil financiar (jumătate de normă)</li>
</ul>

<h2>Întâlniri ale membrilor</h2>
<p>Adunările generale din ultimii ani:</p>
<ul>
<li>2035 – Tulcea, 23 martie</li>
<li>2036 – Sulina, 18 aprilie</li>
<li>2037 – Murighiol, 20 martie</li>
<li>2038 – Tulcea, 17 februarie (adunare electivă)</li>
</ul>
<p>Următoarea întâlnire a membrilor, „Ziua Clusterului”, va avea loc joi, 25 martie 2038, la Centrul Muzeal Eco-Turistic Delta Dunării din Tulcea, începând cu ora 10:00. Programul include prezentarea planului de acțiune pentru 2038 și o vizită la ferma de stuf a societății Stuf Delta Construct SRL de la Nufăru.</p>

<h2>Parteneri</h2>
<p>Clusterul colaborează cu Administrația Rezervației Biosferei Delta Dunării (ARBDD), cu Camera de Comerț, Industrie și Agricultură Tulcea și cu Asociația pentru Dezvoltare Intercomunitară ITI Delta Dunării.</p>

<p class="contact">Contact: office@cdd-tb.example.ro · Str. Isaccei nr. 00, Tulcea 820000 · Tel. 0240 000 000</p>
</main>
<footer><p>© 2038 Clusterul Delta Dunării – Turism și Bioeconomie · <a href="/confidentialitate">Politica de confidențialitate</a> · <a href="/termeni">Termeni și condiții</a> · <a href="https://anpc.ro">ANPC</a></p></footer>
</body></html>
"""
write(F, T)
C="Asociația Clusterul Delta Dunării – Turism și Bioeconomie"
I="Institutul Național de Cercetare-Dezvoltare Delta Dunării"
U="Universitatea „Dunărea de Jos” din Galați"
gold(F,
 [P("Mihaela Constantinescu-Ivanov","Președinte",C),
  P("Radu Stoica","Vicepreședinte",C),
  P("Gheorghe Nistor","Vicepreședinte",C),
  P("Alina Done","Secretar",C),
  P("Vasile Ciobanu","Membru",C),
  P("Elena Marinescu","Membru",C),
  P("Ivan Lavrenti","Membru",C),
  P("Florin Dobre","Cenzor",C),
  P("Sorin Manole","președinte de onoare",C),
  P("Andreea Pavel","manager de cluster",C),
  P("Cristian Munteanu","manager de proiect, turism durabil și ecoturism",C),
  P("Ioana Ghiță","ofițer de proiect, bioeconomie și produse locale",C),
  P("Larisa Ene","comunicare și evenimente",C),
  P("Dumitru Vasilache","responsabil financiar",C)],
 [O(C,"CDD-TB"), O(I), O(U), O("Asociației Clusterelor din România","CLUSTERO"), O("Pensiunea Lotca SRL"),
  O("Cooperativa Pescarilor Jurilovca"), O("Consiliul Județean Tulcea"), O("Stuf Delta Construct SRL"),
  O("Asociația Lipovenilor din Sfântu Gheorghe"), O("Agenția pentru Dezvoltare Regională Sud-Est"),
  O("Administrația Rezervației Biosferei Delta Dunării","ARBDD"), O("Camera de Comerț, Industrie și Agricultură Tulcea"),
  O("Asociația pentru Dezvoltare Intercomunitară ITI Delta Dunării"), O("ANPC")],
 [E("Adunarea Generală a Asociației","2038-02-17",None,"Tulcea","Romania"),
  E("Adunarea Generală","2035-03-23",None,"Tulcea","Romania"),
  E("Adunarea Generală","2036-04-18",None,"Sulina","Romania"),
  E("Adunarea Generală","2037-03-20",None,"Murighiol","Romania"),
  E("Ziua Clusterului","2038-03-25",None,"Tulcea","Romania"),
  E("vizită la ferma de stuf","2038-03-25",None,"Nufăru","Romania")],
 ["2038-03-03","2030","2038-02-17","2038/2042","2030/2038","2034","2035-03-23","2036-04-18","2037-03-20","2038-03-25","2038"],
 [], pub="2038-03-03")
