from h import *
F = 'g07_maramures_brokerage_b2b.html'
assert wd(2037,4,22)=='Wednesday' and wd(2037,4,23)=='Thursday' and wd(2037,4,10)=='Friday' and wd(2037,4,15)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Maramureș Wood &amp; Furniture B2B 2037 – Clusterul Lemn-Mobilă Nord-Vest</title></head>
<body>
<div class="gdpr">Acest site folosește cookie-uri. Continuând navigarea, vă exprimați acordul. <a href="/politica-cookies">Detalii</a> <button>Accept</button></div>
<header><div class="logo">Clusterul Lemn-Mobilă Nord-Vest</div>
<nav><a href="/">Acasă</a> | <a href="/despre">Despre noi</a> | <a href="/membri">Membri</a> | <a href="/evenimente">Evenimente</a> | <a href="/proiecte">Proiecte</a> | <a href="/contact">Contact</a> | <a href="/en">English</a></nav></header>
<main>
<p class="breadcrumb">Acasă » Evenimente » Maramureș Wood &amp; Furniture B2B 2037</p>
<h1>Maramureș Wood &amp; Furniture B2B 2037 – întâlniri bilaterale pentru producătorii de mobilă</h1>
<p class="meta">Publicat: 2 martie 2037 | Categorie: Evenimente, Internaționalizare</p>

<p><strong>Când:</strong> miercuri, 22 aprilie – joi, 23 aprilie 2037<br>
<strong>Unde:</strong> Centrul Expozițional Baia Mare, Bd. Independenței 3, Baia Mare<br>
<strong>Organizatori:</strong> Clusterul Lemn-Mobilă Nord-Vest, Camera de Comerț și Industrie Maramureș (CCI Maramureș) și Agenția pentru Dezvoltare Regională Nord-Vest (ADR Nord-Vest), în cadrul Enterprise Europe Network</p>

<p>Pentru al treilea an la rând, clusterul organizează o sesiune de brokeraj dedicată industriei lemnului și mobilei din regiunea Nord-Vest. Evenimentul se adresează producătorilor de mobilă, furnizorilor de feronerie, lacuri și materiale, designerilor și cumpărătorilor din Europa. În 2036, 118 participanți din 11 țări au avut 342 de întâlniri bilaterale.</p>

<h2>Cum funcționează</h2>
<ol>
<li>Vă înregistrați pe platforma de matchmaking și completați un profil de cooperare (ofertă sau cerere).</li>
<li>Până la 10 aprilie 2037 consultați catalogul participanților și trimiteți cereri de întâlnire.</li>
<li>Pe 15 aprilie 2037 primiți agenda personală cu întâlnirile confirmate (câte 25 de minute).</li>
<li>La eveniment, întâlnirile au loc la mesele numerotate din sala mare.</li>
</ol>

<h2>Program</h2>
<h3>Miercuri, 22 aprilie 2037</h3>
<ul>
<li>10:00 – Înregistrare</li>
<li>10:30 – Deschidere: Vasile Pop, președinte, Clusterul Lemn-Mobilă Nord-Vest; Ioana Bîrsan, director general, CCI Maramureș</li>
<li>11:00 – Prezentare: „Tendințe pe piața mobilei din Germania și Austria” – Thomas Gruber, consultant, Möbelverband Österreich</li>
<li>12:00 – Prânz</li>
<li>13:00 – 18:00 – Întâlniri B2B, runda I</li>
<li>19:30 – Cină de networking la Hotelul Mara</li>
</ul>
<h3>Joi, 23 aprilie 2037</h3>
<ul>
<li>09:00 – 12:30 – Întâlniri B2B, runda a II-a</li>
<li>09:30 – 12:30 – Vizite în fabrici (opțional): Mobex Sighet SRL și Atelierele Lemnul Viu, Săcălășeni</li>
<li>13:00 – Încheiere și prânz</li>
</ul>

<h2>Sfaturi pentru participanți</h2>
<p>Un profil bine scris aduce mai multe cereri de întâlnire. Descrieți pe scurt ce produceți, ce capacitate aveți și ce fel de partener căutați: distribuitor, furnizor, subcontractor sau partener de proiect. Adăugați fotografii ale produselor și menționați certificările (FSC, ISO 9001). Vă recomandăm să aduceți mostre și cataloage tipărite în limba engleză. Echipa clusterului vă poate ajuta gratuit cu traducerea profilului și cu pregătirea întâlnirilor, la cerere, până la data-limită pentru cererile de întâlnire.</p>

<h2>Taxe</h2>
<p>Participarea este gratuită pentru membrii clusterului și pentru clienții Enterprise Europe Network. Pentru ceilalți participanți taxa este de 250 lei (fără TVA). Cina de networking și vizitele în fabrici trebuie rezervate separat.</p>

<h2>Cine participă</h2>
<p>Până acum s-au înscris 74 de organizații, între care Holzcluster Steiermark (Austria), Cluster Mobilier Moldova (Republica Moldova), Asociația Producătorilor de Mobilă din România (APMR) și Universitatea Tehnică din Cluj-Napoca – Centrul Universitar Nord din Baia Mare.</p>

<blockquote>„Anul trecut am găsit aici doi distribuitori pentru Ungaria și Slovacia. Pentru o firmă de 40 de oameni, asta înseamnă mult” – Florin Bud, administrator, Mobex Sighet SRL</blockquote>

<h2>Persoane de contact</h2>
<p>Cristina Hotea, manager de cluster – cristina.hotea@clusterlemn.example.ro, 0262 000 000<br>
Dan Mureșan, consilier Enterprise Europe Network, ADR Nord-Vest – dan.muresan@nord-vest.example.ro</p>

<p>Eveniment organizat în cadrul Săptămânilor Europene ale Clusterelor. Cofinanțat de Uniunea Europeană.</p>
<p><a href="/inregistrare" class="btn">Înregistrare</a> &nbsp; <a href="/evenimente">« Înapoi la evenimente</a></p>
<p class="share">Distribuie: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a></p>
</main>
<footer><p>Asociația Clusterul Lemn-Mobilă Nord-Vest · Str. Victoriei 86, Baia Mare, jud. Maramureș · © 2037</p>
<p><a href="/gdpr">Politica de confidențialitate</a> · <a href="/termeni">Termeni și condiții</a></p></footer>
</body></html>
"""
write(F, T)
C='Clusterul Lemn-Mobilă Nord-Vest'
gold(F,
 [P("Vasile Pop","președinte",C), P("Ioana Bîrsan","director general","CCI Maramureș"),
  P("Thomas Gruber","consultant","Möbelverband Österreich"),
  P("Florin Bud","administrator","Mobex Sighet SRL"),
  P("Cristina Hotea","manager de cluster",C),
  P("Dan Mureșan","consilier Enterprise Europe Network","ADR Nord-Vest")],
 [O("Asociația Clusterul Lemn-Mobilă Nord-Vest"), O("Centrul Expozițional Baia Mare"),
  O("Camera de Comerț și Industrie Maramureș","CCI Maramureș"),
  O("Agenția pentru Dezvoltare Regională Nord-Vest","ADR Nord-Vest"), O("Enterprise Europe Network"),
  O("Möbelverband Österreich"), O("Hotelul Mara"), O("Mobex Sighet SRL"), O("Atelierele Lemnul Viu"),
  O("Holzcluster Steiermark"), O("Cluster Mobilier Moldova"),
  O("Asociația Producătorilor de Mobilă din România","APMR"), O("Universitatea Tehnică din Cluj-Napoca"),
  O("Centrul Universitar Nord din Baia Mare"), O("Uniunea Europeană")],
 [E("Maramureș Wood & Furniture B2B 2037","2037-04-22","2037-04-23","Baia Mare","Romania"),
  E("Întâlniri B2B, runda I","2037-04-22",None,"Baia Mare","Romania"),
  E("Cină de networking","2037-04-22",None,"Baia Mare","Romania"),
  E("Întâlniri B2B, runda a II-a","2037-04-23",None,"Baia Mare","Romania"),
  E("Vizite în fabrici","2037-04-23",None,None,"Romania"),
  E("Maramureș Wood & Furniture B2B (2036 edition)","2036",None,None,None),
  E("Săptămânile Europene ale Clusterelor",None,None,None,None)],
 ["2037-03-02","2037-04-22/2037-04-23","2036","2037-04-10","2037-04-15","2037-04-22","2037-04-23"],
 [], "2037-03-02")
