from h import *
F = 'g03_vaslui_atelier_regional_concluzii.html'
assert wd(2037,5,12)=='Tuesday' and wd(2037,6,16)=='Tuesday' and wd(2037,9,24)=='Thursday'
T = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Concluziile atelierului regional de la Vaslui – Clusterul Agroalimentar Moldova de Est</title></head>
<body>
<div id="cookie">Acest site folosește cookie-uri pentru a îmbunătăți experiența dumneavoastră. <a href="/politica-cookie">Detalii</a> <button>Accept</button></div>
<nav><a href="/">Acasă</a> | <a href="/despre">Despre noi</a> | <a href="/membri">Membri</a> | <a href="/proiecte">Proiecte</a> | <a href="/stiri">Știri</a> | <a href="/evenimente">Evenimente</a> | <a href="/contact">Contact</a></nav>
<main>
<p class="breadcrumb">Acasă / Știri / Ateliere</p>
<h1>Atelierul regional „Lanțuri scurte, valoare mai mare”: acțiuni convenite și pașii următori</h1>
<p class="meta">Publicat: 19 mai 2037 | Autor: Echipa de comunicare | Categorie: Evenimente</p>

<p>Marți, 12 mai 2037, peste 70 de reprezentanți ai fermelor, procesatorilor, autorităților locale și ai mediului academic s-au reunit la Sala Mare a Consiliului Județean Vaslui pentru atelierul regional „Lanțuri scurte, valoare mai mare”, organizat de Clusterul Agroalimentar Moldova de Est (CAME) împreună cu Agenția pentru Dezvoltare Regională Nord-Est (ADR Nord-Est).</p>

<p>Atelierul a fost deschis de Mihaela Popa-Cristea, președinta CAME, și de Dan Ionuț Grigoraș, vicepreședinte al Consiliului Județean Vaslui. Directorul general al ADR Nord-Est, Vasile Apetrei, a prezentat stadiul Strategiei de Specializare Inteligentă a regiunii Nord-Est 2035–2041 și noile apeluri pentru procesarea produselor agricole.</p>

<h2>Program</h2>
<ul>
<li>09:30 – Înregistrarea participanților și cafea</li>
<li>10:00 – Deschidere oficială</li>
<li>10:30 – Prezentare: „Piețele locale în cifre” – conf. univ. dr. Elena Botezatu, Universitatea de Științele Vieții „Ion Ionescu de la Brad” din Iași</li>
<li>11:15 – Trei grupuri de lucru: lapte și brânzeturi; legume și fructe; miere și produse apicole</li>
<li>13:00 – Prânz</li>
<li>14:00 – Sesiune plenară: prezentarea concluziilor grupurilor</li>
<li>15:30 – Vizită la Cooperativa Agricolă Valea Bârladului din Negrești</li>
</ul>

<p>În grupurile de lucru, participanții au discutat pe rând problemele concrete ale fiecărui lanț: lipsa laboratoarelor acreditate pentru analiza laptelui în sudul județului, costul ridicat al ambalajelor pentru legume și dificultatea apicultorilor de a obține certificarea ecologică. Fiecare grup a desemnat un raportor și a propus cel mult trei acțiuni.</p>
<h2>Principalele concluzii</h2>
<ul>
<li>Micii producători nu au acces la spații frigorifice comune, iar pierderile de după recoltă ajung la un sfert din producția de legume.</li>
<li>Cantinele școlare și spitalele din județ ar putea cumpăra anual produse locale de aproximativ 9 milioane de lei, dacă procedurile de achiziție ar fi adaptate.</li>
<li>Cooperativele existente sunt prea mici pentru a negocia cu marile lanțuri de magazine.</li>
</ul>

<h2>Acțiuni convenite</h2>
<ol>
<li>CAME va realiza, până la 30 iunie 2037, o hartă a spațiilor de depozitare și a unităților de procesare disponibile în județ.</li>
<li>Consiliul Județean Vaslui va organiza o sesiune de informare pentru școli și spitale privind achizițiile verzi de alimente.</li>
<li>ADR Nord-Est va include un modul despre lanțurile scurte în următorul ghid al solicitantului.</li>
<li>Membrii CAME vor pregăti un proiect comun pentru un centru de colectare și ambalare la Bârlad.</li>
</ol>

<h2>Pașii următori</h2>
<p>Grupul de lucru pentru lapte și brânzeturi se reunește din nou marți, 16 iunie 2037, la Huși. Rezultatele hărții vor fi prezentate la Forumul Agroalimentar al Regiunii Nord-Est, care va avea loc pe 24 septembrie 2037 la Iași.</p>

<blockquote>„Nu ne lipsesc produsele bune, ne lipsește drumul lor până la masa consumatorului. Atelierul de azi a arătat că acest drum îl putem construi împreună”, a declarat Mihaela Popa-Cristea.</blockquote>

<p>Atelierul a fost organizat în cadrul proiectului AGRI-LINK NE, finanțat prin Programul Regional Nord-Est. Mulțumim Direcției pentru Agricultură Județene Vaslui și Camerei de Comerț, Industrie și Agricultură Vaslui pentru sprijin.</p>

<p class="foto">Foto: Andrei Ciobanu / CAME</p>
<p class="share">Distribuie: <a href="#">Facebook</a> · <a href="#">LinkedIn</a> · <a href="#">WhatsApp</a></p>
<p><a href="/stiri/pagina/2">« Articolul anterior</a> | <a href="/stiri">Toate știrile</a></p>
</main>
<footer><p>Clusterul Agroalimentar Moldova de Est · Str. Ștefan cel Mare nr. 79, Vaslui · office@came-cluster.ro · 0235 311 402</p>
<p>© 2037 CAME · <a href="/gdpr">Protecția datelor</a> · <a href="https://anpc.ro">ANPC</a></p></footer>
</body></html>
"""
write(F, T)
CAME='Clusterul Agroalimentar Moldova de Est'
gold(F,
 [P('Mihaela Popa-Cristea','președinta','CAME'),
  P('Dan Ionuț Grigoraș','vicepreședinte','Consiliul Județean Vaslui'),
  P('Vasile Apetrei','Directorul general','ADR Nord-Est'),
  P('Elena Botezatu','conf. univ.','Universitatea de Științele Vieții „Ion Ionescu de la Brad” din Iași'),
  P('Andrei Ciobanu')],
 [O(CAME,'CAME'),O('Agenția pentru Dezvoltare Regională Nord-Est','ADR Nord-Est'),O('Consiliul Județean Vaslui'),
  O('Universitatea de Științele Vieții „Ion Ionescu de la Brad” din Iași'),O('Cooperativa Agricolă Valea Bârladului'),
  O('Direcției pentru Agricultură Județene Vaslui'),O('Camerei de Comerț, Industrie și Agricultură Vaslui'),O('ANPC')],
 [E('Lanțuri scurte, valoare mai mare','2037-05-12',None,'Vaslui','Romania'),
  E('Vizită la Cooperativa Agricolă Valea Bârladului','2037-05-12',None,'Negrești','Romania'),
  E('Grupul de lucru pentru lapte și brânzeturi','2037-06-16',None,'Huși','Romania'),
  E('Forumul Agroalimentar al Regiunii Nord-Est','2037-09-24',None,'Iași','Romania'),
  ],
 ['2037-05-19','2037-05-12','2035/2041','2037-06-30','2037-06-16','2037-09-24'],
 ['Micii producători nu au acces la spații frigorifice comune, iar pierderile de după recoltă ajung la un sfert din producția de legume',
  'Cantinele școlare și spitalele din județ ar putea cumpăra anual produse locale de aproximativ 9 milioane de lei, dacă procedurile de achiziție ar fi adaptate',
  'Cooperativele existente sunt prea mici pentru a negocia cu marile lanțuri de magazine',
  'CAME va realiza, până la 30 iunie 2037, o hartă a spațiilor de depozitare și a unităților de procesare disponibile în județ',
  'Consiliul Județean Vaslui va organiza o sesiune de informare pentru școli și spitale privind achizițiile verzi de alimente',
  'ADR Nord-Est va include un modul despre lanțurile scurte în următorul ghid al solicitantului',
  'Membrii CAME vor pregăti un proiect comun pentru un centru de colectare și ambalare la Bârlad'],
 pub='2037-05-19')
