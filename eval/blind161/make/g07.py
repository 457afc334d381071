from h import *
F = 'g07_bistrita_cluster_comunicate.html'
assert wd(2038,10,16)=='Saturday' and wd(2038,10,15)=='Friday' and wd(2038,9,29)=='Wednesday' and wd(2038,11,30)=='Tuesday' and wd(2038,11,10)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Comunicate de presă | Clusterul Agroalimentar Nord-Transilvan</title></head>
<body>
<div class="gdpr">Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună. <a href="/politica-cookies">Detalii</a> <button>Accept</button> <button>Refuz</button></div>
<header><p class="sigla">Asociația Clusterul Agroalimentar Nord-Transilvan · AgroNord</p>
<nav><a href="/">Acasă</a> | <a href="/despre">Despre noi</a> | <a href="/membri">Membri</a> | <a href="/proiecte">Proiecte</a> | <a href="/presa">Presă</a> | <a href="/evenimente">Evenimente</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="breadcrumb">Acasă / Presă / Comunicate</p>
<h1>Comunicate de presă</h1>

<article>
<p class="data">Bistrița, 18 octombrie 2038</p>
<h2>Forumul Agroalimentar Nord-Transilvan 2038: producătorii montani cer o marcă regională comună</h2>
<p>Peste 150 de fermieri, procesatori, reprezentanți ai autorităților și cercetători au participat vineri, 15 octombrie 2038, la a patra ediție a Forumului Agroalimentar Nord-Transilvan, găzduit de Centrul Cultural Municipal „George Coșbuc" din Bistrița. Evenimentul a fost organizat de Asociația Clusterul Agroalimentar Nord-Transilvan (AgroNord) împreună cu Consiliul Județean Bistrița-Năsăud și Agenția pentru Dezvoltare Regională Nord-Vest (ADR Nord-Vest).</p>
<p>În deschidere, președintele Consiliului Județean, Emil Rus-Pop, a anunțat că județul va cofinanța un centru de colectare și ambalare a laptelui de munte în zona Năsăudului. Conf. univ. dr. Ioana Cîmpean, de la Universitatea de Științe Agricole și Medicină Veterinară Cluj-Napoca (USAMV Cluj-Napoca), a prezentat rezultatele unui studiu privind lanțurile scurte de aprovizionare din Transilvania de Nord, iar Matei Grigoraș, director de dezvoltare la Lactate Someșul SRL, a vorbit despre exportul de brânzeturi tradiționale în Austria.</p>
<p>Concluziile forumului, adoptate în sesiunea finală:</p>
<ul>
<li>Producătorii din zona montană au nevoie de o marcă regională comună, gestionată de cluster, pentru a fi recunoscuți în marile lanțuri de magazine</li>
<li>Centrele de colectare și procesare trebuie construite aproape de ferme, nu în orașele mari</li>
<li>Școlile profesionale din județ trebuie să introducă din 2040 o calificare în procesarea laptelui și a cărnii</li>
<li>Clusterul va depune, împreună cu partenerii, un proiect pentru lanțuri scurte în următorul apel al Programului Regional Nord-Vest</li>
</ul>
<p>A doua zi, sâmbătă, 16 octombrie 2038, aproximativ 40 de participanți au făcut o vizită de studiu la Ferma Mureșan din Telciu și la stâna cooperativei din Valea Someșului, unde au discutat despre costurile certificării produselor montane și despre lipsa forței de muncă tinere în zonă.</p>
<p>Următoarea ediție va avea loc în toamna anului 2039 la Beclean.</p>
<p>Distribuie: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a></p>
</article>

<article>
<p class="data">Bistrița, 1 octombrie 2038</p>
<h2>Adunarea Generală a ales un nou Consiliu Director</h2>
<p>Adunarea Generală a membrilor AgroNord, întrunită miercuri, 29 septembrie 2038, la sediul Camerei de Comerț și Industrie Bistrița-Năsăud, a aprobat raportul de activitate pe 2037 și a ales Consiliul Director pentru mandatul 2038–2041:</p>
<ul>
<li>președinte – Vasile MUREȘAN, administrator Ferma Mureșan Telciu</li>
<li>vicepreședinte – Daniela Sălăjan, Cooperativa Agricolă Valea Someșului</li>
<li>membru – Radu Onișor (Panificația Bistrițeană SA)</li>
<li>membru – Corina Buta (Universitatea Babeș-Bolyai, Extensia Bistrița)</li>
</ul>
<p>Directorul executiv al clusterului, Alexandru Pintea, a precizat că asociația are în prezent 64 de membri, dintre care 41 de întreprinderi mici și mijlocii.</p>
<p>Distribuie: <a href="#">Facebook</a> · <a href="#">LinkedIn</a></p>
</article>

<article>
<p class="data">Bistrița, 12 septembrie 2038</p>
<h2>Apel pentru membri noi și pentru participarea la misiunea economică de la Viena</h2>
<p>AgroNord invită producătorii agroalimentari din județele Bistrița-Năsăud, Maramureș și Sălaj să se alăture clusterului. Membrii noi pot participa, cu costuri reduse, la misiunea economică din 10 noiembrie 2038 la Viena, organizată împreună cu Ambasada României în Austria. Înscrierile se fac până marți, 30 noiembrie 2038, pentru anul de membru 2039; pentru misiune, locurile sunt limitate la 12 firme. Persoană de contact: Ana-Maria Toma, coordonator comunicare.</p>
</article>

<nav class="paginare"><a href="?p=1">« Mai noi</a> · <a href="?p=3">Mai vechi »</a></nav>
</main>
<footer><p>Asociația Clusterul Agroalimentar Nord-Transilvan · Str. Gării nr. 7, 420010 Bistrița · contact@agronord.example.ro</p>
<p>© 2038 AgroNord · <a href="/confidentialitate">Politica de confidențialitate</a> · <a href="/termeni">Termeni și condiții</a></p></footer>
</body></html>
"""
write(F, T)
C = "Asociația Clusterul Agroalimentar Nord-Transilvan"
gold(F,
 [P("Emil Rus-Pop","președintele","Consiliul Județean Bistrița-Năsăud"),
  P("Ioana Cîmpean",None,"Universitatea de Științe Agricole și Medicină Veterinară Cluj-Napoca"),
  P("Matei Grigoraș","director de dezvoltare","Lactate Someșul SRL"),
  P("Vasile MUREȘAN","președinte",C), P("Daniela Sălăjan","vicepreședinte",C),
  P("Radu Onișor","membru",C), P("Corina Buta","membru",C),
  P("Alexandru Pintea","Directorul executiv",C), P("Ana-Maria Toma","coordonator comunicare",C)],
 [O(C,"AgroNord"), O("Consiliul Județean Bistrița-Năsăud"), O("Agenția pentru Dezvoltare Regională Nord-Vest","ADR Nord-Vest"),
  O("Universitatea de Științe Agricole și Medicină Veterinară Cluj-Napoca","USAMV Cluj-Napoca"), O("Lactate Someșul SRL"),
  O("Camerei de Comerț și Industrie Bistrița-Năsăud"), O("Ferma Mureșan Telciu"), O("Cooperativa Agricolă Valea Someșului"),
  O("Panificația Bistrițeană SA"), O("Universitatea Babeș-Bolyai"), O("Extensia Bistrița"), O("Ambasada României în Austria")],
 [E("Forumul Agroalimentar Nord-Transilvan","2038-10-15",None,"Bistrița","Romania"),
  E("Forumul Agroalimentar Nord-Transilvan","2039",None,"Beclean","Romania"),
  E("Adunarea Generală a membrilor AgroNord","2038-09-29",None,"Bistrița","Romania"),
  E("vizită de studiu","2038-10-16",None,"Telciu","Romania"),
  E("misiunea economică","2038-11-10",None,"Viena","Austria")],
 ["2038-10-18","2038-10-15","2040","2039","2038-10-01","2038-09-29","2037","2038/2041","2038-09-12","2038-11-10","2038-11-30","2038-10-16"],
 ["Producătorii din zona montană au nevoie de o marcă regională comună, gestionată de cluster, pentru a fi recunoscuți în marile lanțuri de magazine",
  "Centrele de colectare și procesare trebuie construite aproape de ferme, nu în orașele mari",
  "Școlile profesionale din județ trebuie să introducă din 2040 o calificare în procesarea laptelui și a cărnii",
  "Clusterul va depune, împreună cu partenerii, un proiect pentru lanțuri scurte în următorul apel al Programului Regional Nord-Vest"],
 pub=None)
