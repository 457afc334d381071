from h import *
F = 'g04_thueringen_ministerium_clusterfoerderung.html'
assert wd(2038,10,14)=='Donnerstag'.replace('Donnerstag','Thursday') and wd(2038,11,24)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Pressemitteilung: 4,8 Millionen Euro für drei Thüringer Cluster | Thüringer Ministerium für Wirtschaft, Wissenschaft und Digitale Gesellschaft</title></head>
<body>
<a href="#inhalt" class="skip">Zum Inhalt springen</a>
<header><div class="landeslogo">Freistaat Thüringen · Ministerium für Wirtschaft, Wissenschaft und Digitale Gesellschaft</div>
<nav><a href="/">Startseite</a> <a href="/ministerium">Ministerium</a> <a href="/themen">Themen</a> <a href="/presse" class="aktiv">Presse</a> <a href="/service">Service</a> <a href="/leichte-sprache">Leichte Sprache</a> <a href="/gebaerdensprache">Gebärdensprache</a> <a href="/suche">Suche</a></nav></header>
<main id="inhalt">
<p class="brotkrumen">Startseite › Presse › Pressemitteilungen › 2038</p>
<p class="meta">Pressemitteilung Nr. 187/2038 · Erfurt, 14.10.2038</p>
<h1>4,8 Millionen Euro für drei Thüringer Cluster – Minister Hartung übergibt Förderbescheide in Jena</h1>
<p class="teaser"><strong>Photonik, Wasserstoff und Medizintechnik: Das Land unterstützt drei Clusterorganisationen bis Ende 2041 beim Ausbau ihrer Netzwerke und internationalen Kooperationen.</strong></p>

<p>Thüringens Minister für Wirtschaft, Wissenschaft und Digitale Gesellschaft, Dr. Matthias Hartung, hat am Donnerstag, dem 14. Oktober 2038, in Jena Förderbescheide über insgesamt 4,8 Millionen Euro an drei Clusterorganisationen übergeben. Die Mittel stammen aus dem Europäischen Fonds für regionale Entwicklung (EFRE) und aus Landesmitteln. Die Übergabe fand im Rahmen des Thüringer Clustertags im Volkshaus Jena statt, zu dem rund 280 Gäste aus Unternehmen, Hochschulen und Verwaltung kamen.</p>

<p>„Cluster sind in Thüringen keine Verwaltungsidee, sondern gelebte Zusammenarbeit. Gerade unsere vielen kleinen und mittleren Unternehmen brauchen Partner, um bei Zukunftstechnologien vorne mitzuspielen“, sagte Minister Hartung bei der Übergabe. „Mit der neuen Förderperiode verlangen wir aber auch mehr: messbare Projekte, mehr Internationalisierung und eine engere Verbindung zur Fachkräftesicherung.“</p>

<h2>Die geförderten Cluster</h2>
<ul>
<li><strong>OptoNet e. V.</strong> (Jena) – Photonik und optische Technologien, 2,1 Millionen Euro. Den Bescheid nahm Geschäftsführerin Dr. Kathrin Seidel-Auerbach entgegen.</li>
<li><strong>HYPOS Thüringen – Wasserstoffnetzwerk Mitteldeutschland</strong> (Erfurt) – Wasserstoffwirtschaft, 1,6 Millionen Euro. Für das Netzwerk sprach Vorstandsvorsitzender Prof. Dr.-Ing. Ralf Wiegand (Fraunhofer-Institut für Keramische Technologien und Systeme IKTS).</li>
<li><strong>medways e. V.</strong> (Jena) – Medizintechnik, 1,1 Millionen Euro. Clustermanager Florian Brückner stellte das neue Programm „Klinik trifft Mittelstand“ vor.</li>
</ul>

<p>Die Förderung läuft vom 1. Januar 2039 bis zum 31. Dezember 2041. Voraussetzung war eine Bewertung durch einen unabhängigen Beirat unter Vorsitz von Prof. Dr. Ingrid Menzel-Laux (Ernst-Abbe-Hochschule Jena), die im Sommer 2038 stattfand.</p>

<h2>Stimmen aus den Clustern</h2>
<p>„Die Förderung gibt uns Planungssicherheit für drei Jahre. Wir werden damit vor allem unsere Nachwuchsakademie und die gemeinsamen Messeauftritte in Asien ausbauen“, erklärte Dr. Kathrin Seidel-Auerbach von OptoNet.</p>
<p>Die Staatssekretärin im Ministerium, Anja Riemenschneider, kündigte an, dass das Land im Frühjahr 2039 eine Ausschreibung für kleinere Clusterinitiativen veröffentlichen wird. Bis zu fünf neue Netzwerke sollen dann eine Anschubfinanzierung von je bis zu 150.000 Euro erhalten.</p>

<h2>Programm des Clustertags in Jena</h2>
<p>10:00 Begrüßung durch Oberbürgermeister Thomas Nitzsche-Walter · 10:20 Rede des Ministers und Übergabe der Förderbescheide · 11:15 Podium „Fachkräfte für Zukunftstechnologien“ mit Vertreterinnen und Vertretern der drei Cluster · 12:30 Mittagspause und Ausstellung · 14:00 Fachforen Photonik, Wasserstoff und Medizintechnik · 16:30 Ende der Veranstaltung. Die Präsentationen stehen ab Montag auf der Seite des ThCM zum Herunterladen bereit.</p>

<h2>Hintergrund</h2>
<p>Die Clusterstrategie des Freistaats Thüringen 2035–2041 baut auf der Regionalen Innovationsstrategie (RIS3 Thüringen) auf. Sie wird von der Landesentwicklungsgesellschaft Thüringen (LEG Thüringen) mit der ThEx – Thüringer Zentrum für Existenzgründungen und Unternehmertum sowie dem ThCM – Thüringer ClusterManagement umgesetzt. In der vorigen Förderperiode 2031–2037 wurden sieben Cluster mit zusammen 9,3 Millionen Euro unterstützt.</p>
<p>Der nächste Thüringer Clustertag findet am 24. November 2038 in Suhl statt und widmet sich der Zulieferindustrie für Fahrzeugbau.</p>

<div class="kontakt"><h3>Pressekontakt</h3>
<p>Stefanie Krautwurst, Pressesprecherin<br>Thüringer Ministerium für Wirtschaft, Wissenschaft und Digitale Gesellschaft<br>Max-Reger-Straße 4–8, 99096 Erfurt<br>Telefon: 0361 000000 · presse@tmwwdg.example.de</p></div>
<p class="bild">Foto: Minister Hartung (Mitte) mit den Vertreterinnen und Vertretern der drei Cluster. © TMWWDG / Jens Ahlgrimm</p>
<p class="teilen">Seite teilen: <a href="#">Mastodon</a> <a href="#">LinkedIn</a> <a href="#">E-Mail</a> <a href="#">Drucken</a></p>
</main>
<footer><a href="#">Impressum</a> | <a href="#">Datenschutz</a> | <a href="#">Barrierefreiheit</a> | <a href="#">Kontakt</a> | © 2038 Freistaat Thüringen</footer>
</body></html>
"""
write(F, T)
M = "Thüringer Ministerium für Wirtschaft, Wissenschaft und Digitale Gesellschaft"
gold(F,
 [P("Matthias Hartung","Minister für Wirtschaft, Wissenschaft und Digitale Gesellschaft",M),
  P("Kathrin Seidel-Auerbach","Geschäftsführerin","OptoNet e. V."),
  P("Ralf Wiegand","Vorstandsvorsitzender","HYPOS Thüringen – Wasserstoffnetzwerk Mitteldeutschland"),
  P("Florian Brückner","Clustermanager","medways e. V."),
  P("Ingrid Menzel-Laux","Vorsitz","Ernst-Abbe-Hochschule Jena"),
  P("Anja Riemenschneider","Staatssekretärin",M),
  P("Stefanie Krautwurst","Pressesprecherin",M),
  P("Jens Ahlgrimm"), P("Thomas Nitzsche-Walter","Oberbürgermeister",None)],
 [O(M,"TMWWDG"), O("OptoNet e. V."), O("HYPOS Thüringen – Wasserstoffnetzwerk Mitteldeutschland"),
  O("Fraunhofer-Institut für Keramische Technologien und Systeme","IKTS"), O("medways e. V."),
  O("Ernst-Abbe-Hochschule Jena"), O("Landesentwicklungsgesellschaft Thüringen","LEG Thüringen"),
  O("ThEx – Thüringer Zentrum für Existenzgründungen und Unternehmertum","ThEx"), O("ThCM – Thüringer ClusterManagement","ThCM")],
 [E("Thüringer Clustertag","2038-10-14",None,"Jena","Germany"),
  E("Thüringer Clustertag","2038-11-24",None,"Suhl","Germany")],
 ["2038-10-14","2041-12","2039-01-01/2041-12-31","2038","2039","2035/2041","2031/2037","2038-11-24"],
 [], "2038-10-14")
