from h import *
F = 'g15_dornbirn_kunststoffforum_rueckblick.html'
for y,m,d,w in [(2039,10,13,'Thursday'),(2039,10,19,'Wednesday'),(2040,10,11,'Thursday'),(2039,11,23,'Wednesday'),(2040,1,26,'Thursday'),(2040,3,7,'Wednesday')]:
    assert wd(y,m,d)==w,(y,m,d)
T = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rückblick: 12. Vorarlberger Kunststoff- und Verpackungsforum | Kunststoffcluster Vorarlberg</title></head>
<body>
<div class="cookie">Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. <button>Alle akzeptieren</button> <button>Nur notwendige</button> <a href="/datenschutz">Datenschutzerklärung</a></div>
<header><p class="logo">KCV · Kunststoffcluster Vorarlberg</p>
<nav><a href="/">Start</a> · <a href="/cluster">Cluster</a> · <a href="/partner">Partner</a> · <a href="/themen">Themen</a> · <a href="/termine">Termine</a> · <a href="/news" class="aktiv">News</a> · <a href="/kontakt">Kontakt</a></nav></header>
<main>
<p class="pfad">Start › News › Veranstaltungen</p>
<article>
<p class="datum">Dornbirn, 19. Oktober 2039 · Text: Verena Natter · Fotos: Darko Todorović</p>
<h1>Kreislauf statt Kompromiss: 290 Gäste beim 12. Vorarlberger Kunststoff- und Verpackungsforum</h1>
<p class="lead">Mit einem Teilnehmerrekord ist das Forum des Kunststoffclusters Vorarlberg (KCV) am vergangenen Donnerstag in der Messe Dornbirn zu Ende gegangen. Im Mittelpunkt stand die Frage, wie Vorarlberger Verpackungs- und Spritzgussbetriebe die neuen Rezyklatquoten der EU erfüllen können, ohne bei Qualität und Lebensmittelsicherheit Abstriche zu machen.</p>

<p>Das Forum am 13. Oktober 2039 war das zwölfte seiner Art und zugleich das erste, das gemeinsam mit dem Kunststoff-Cluster der Ostschweiz (KCO) und der Plastics Innovation Alliance Baden-Württemberg organisiert wurde. „Der Bodenseeraum ist beim Kunststoff ein Wirtschaftsraum, auch wenn drei Staatsgrenzen durch ihn verlaufen", sagte Clustermanager DI Christoph Fessler in seiner Begrüßung.</p>

<h2>Landesrat: Förderung für Sortieranlagen kommt</h2>
<p>Für die meiste Aufmerksamkeit sorgte Landesrat Mag. Florian Bitschnau, zuständig für Wirtschaft in der Vorarlberger Landesregierung. Er kündigte an, dass das Land ab dem Frühjahr 2040 Investitionen in betriebliche Sortier- und Waschanlagen mit bis zu 30 Prozent fördern werde. Das Programm werde mit der Wirtschaftskammer Vorarlberg (WKV) abgestimmt und solle im Jänner vorgestellt werden.</p>

<h2>Drei Stimmen aus dem Programm</h2>
<p>In ihrer Keynote zeigte Prof. Dr. Sigrid Oberhauser vom Institut für Polymerwerkstoffe der FH Vorarlberg, wie sich Geruch und Farbe von Post-Consumer-Rezyklat mit neuen Entgasungsverfahren deutlich verbessern lassen. Ing. Reto Baumgartner, Leiter Technik bei der Alpla Werke Alwin Lehner GmbH &amp; Co KG in Hard, berichtete über die Umstellung einer Flaschenlinie auf 100 Prozent rPET. Und Nadine Hämmerle, Gründerin des Start-ups Loopbox GmbH aus Feldkirch, stellte ein Mehrwegsystem für Versandverpackungen vor, das bereits bei vier Online-Händlern im Einsatz ist.</p>
<p>Die Podiumsdiskussion am Nachmittag, moderiert von ORF-Journalistin Elisabeth Gmeiner, machte die Spannungen deutlich: Während Markenartikler auf möglichst hohe Rezyklatanteile drängen, wiesen Verarbeiter wie Martin Rhomberg (Rhomberg Kunststofftechnik GmbH, Lustenau) auf Lieferengpässe und schwankende Qualitäten hin. Einig war man sich darin, dass ohne gemeinsame Sammel- und Sortierstrukturen in der Bodenseeregion keine Quote erreichbar sei.</p>

<h2>Werksbesuche und B2B-Gespräche</h2>
<p>Bereits am Vormittag hatten rund 60 Teilnehmende die Möglichkeit genutzt, an Werksbesuchen bei der Alpla in Hard und bei der Firma Hirschmann Verpackungen in Rankweil teilzunehmen. Parallel fanden 74 vorab vereinbarte B2B-Gespräche statt, die das Enterprise Europe Network Österreich organisiert hatte. Den Abschluss bildete der Clusterabend im Foyer der Messe, bei dem der Vorarlberger Verpackungspreis 2039 an die Firma Kunert Folien GmbH aus Bludenz für eine recyclingfähige Monomaterial-Folie für Käse verliehen wurde.</p>

<p>„Wir haben heute gesehen, dass die Technik weiter ist als die Verträge", fasste Christoph Fessler am Ende zusammen. Viele Betriebe hätten Rezyklat in guter Qualität im Labor verarbeitet, scheiterten aber an fehlenden langfristigen Lieferverträgen. Der Cluster will deshalb bis zum Sommer 2040 einen Mustervertrag für regionale Rezyklatlieferungen erarbeiten lassen und dafür eine Arbeitsgruppe aus Verarbeitern, Sammlern und Markenartiklern einrichten. Interessierte Clusterpartner können sich bis Ende November melden.</p>

<div class="zahlen"><h3>Das Forum in Zahlen</h3>
<ul><li>290 Teilnehmende aus Österreich, der Schweiz, Deutschland und Liechtenstein</li>
<li>18 Vortragende, davon 9 Frauen</li>
<li>74 B2B-Gespräche, 2 Werksbesuche</li>
<li>22 Ausstellende im Foyer</li>
<li>1 Preis, 5 nominierte Verpackungen, 3 Jurymitglieder</li></ul></div>

<h2>Die wichtigsten Ergebnisse</h2>
<ul>
<li>Die Betriebe der Region benötigen bis 2035 … (Korrektur: bis 2042) etwa doppelt so viel hochwertiges Rezyklat wie heute verfügbar ist</li>
<li>Sortierung und Wäsche müssen näher an die Verarbeiter heranrücken; eine grenzüberschreitende Sortieranlage im Rheintal wird geprüft</li>
<li>Design for Recycling muss Teil der Ausbildung an der FH Vorarlberg und an den Berufsschulen werden</li>
<li>Cluster und Kammern in Vorarlberg, der Ostschweiz und Baden-Württemberg tauschen künftig Marktdaten zu Rezyklaten aus</li>
</ul>

<h2>Ausblick: Was als Nächstes kommt</h2>
<p>Die Sortieranlagen-Studie wird beim <strong>Cluster-Frühstück am Mittwoch, 23. November 2039</strong>, im Campus V in Dornbirn vorgestellt (8:00 bis 9:30 Uhr). Im neuen Jahr folgen der <strong>Workshop „Lebensmittelkontakt und Rezyklat"</strong> am Donnerstag, 26. Jänner 2040, in St. Gallen bei der Empa, sowie eine <strong>Exkursion zur Fachmesse K</strong> in Düsseldorf, die am 7. März 2040 mit einer gemeinsamen Busfahrt startet (Anmeldeschluss: 15. Februar).</p>
<p>Das <strong>13. Vorarlberger Kunststoff- und Verpackungsforum</strong> findet am <strong>Donnerstag, 11. Oktober 2040</strong> statt – dann erstmals in Friedrichshafen am deutschen Bodenseeufer, organisiert von der Plastics Innovation Alliance Baden-Württemberg. Die Ausschreibung für den Verpackungspreis 2040 startet im Mai.</p>

<p class="info">Die Präsentationen des Forums stehen für Clusterpartner im Downloadbereich zur Verfügung. Die Fotogalerie finden Sie <a href="/galerie/forum-2039">hier</a>.</p>
<div class="kontakt"><p><strong>Kontakt:</strong> Verena Natter, Kommunikation und Veranstaltungen, Kunststoffcluster Vorarlberg, Hintere Achmühlerstraße 1, 6850 Dornbirn, +43 5572 000 000, natter@kcv.example.at</p></div>
<p class="teilen">Beitrag teilen: <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">E-Mail</a></p>
</article>
<aside><h3>Weitere News</h3><ul><li>05.10.2039 – Neue Partner: drei Betriebe aus dem Walgau</li><li>21.09.2039 – Studie: Kunststoffrecycling im Rheintal</li><li>02.09.2039 – Lehrlingsaustausch mit Liechtenstein</li></ul></aside>
</main>
<footer><p>Der Kunststoffcluster Vorarlberg ist eine Initiative der Wirtschafts-Standort Vorarlberg GmbH (WISTO) und wird vom Land Vorarlberg und der Europäischen Union gefördert.</p><p>Impressum · Datenschutz · Barrierefreiheit · © 2039 WISTO</p></footer>
</body></html>
"""
assert wd(2040,2,15)=='Wednesday'
write(F, T)
K="Kunststoffcluster Vorarlberg"
gold(F,
 [P("Verena Natter","Kommunikation und Veranstaltungen",K),
  P("Darko Todorović",None,None),
  P("Christoph Fessler","Clustermanager",K),
  P("Florian Bitschnau","Landesrat","Vorarlberger Landesregierung"),
  P("Sigrid Oberhauser",None,"FH Vorarlberg"),
  P("Reto Baumgartner","Leiter Technik","Alpla Werke Alwin Lehner GmbH & Co KG"),
  P("Nadine Hämmerle","Gründerin","Loopbox GmbH"),
  P("Elisabeth Gmeiner","ORF-Journalistin","ORF"),
  P("Martin Rhomberg",None,"Rhomberg Kunststofftechnik GmbH")],
 [O(K,"KCV"), O("Kunststoff-Cluster der Ostschweiz","KCO"), O("Plastics Innovation Alliance Baden-Württemberg"),
  O("Vorarlberger Landesregierung"), O("Wirtschaftskammer Vorarlberg","WKV"), O("Institut für Polymerwerkstoffe"),
  O("FH Vorarlberg"), O("Alpla Werke Alwin Lehner GmbH & Co KG"), O("Loopbox GmbH"), O("ORF"),
  O("Rhomberg Kunststofftechnik GmbH"), O("Hirschmann Verpackungen"), O("Enterprise Europe Network Österreich"),
  O("Kunert Folien GmbH"), O("Empa"), O("Wirtschafts-Standort Vorarlberg GmbH","WISTO"), O("Land Vorarlberg"),
  O("Europäischen Union")],
 [E("12. Vorarlberger Kunststoff- und Verpackungsforum","2039-10-13",None,"Dornbirn","Austria"),
  E("Podiumsdiskussion","2039-10-13",None,"Dornbirn","Austria"),
  E("Werksbesuche","2039-10-13",None,None,"Austria"),
  E("B2B-Gespräche","2039-10-13",None,"Dornbirn","Austria"),
  E("Clusterabend","2039-10-13",None,"Dornbirn","Austria"),
  E("Vorarlberger Verpackungspreis 2039","2039-10-13",None,"Dornbirn","Austria"),
  E("Cluster-Frühstück","2039-11-23",None,"Dornbirn","Austria"),
  E("Workshop „Lebensmittelkontakt und Rezyklat\"","2040-01-26",None,"St. Gallen","Switzerland"),
  E("Exkursion zur Fachmesse K","2040-03-07",None,"Düsseldorf","Germany"),
  E("13. Vorarlberger Kunststoff- und Verpackungsforum","2040-10-11",None,"Friedrichshafen","Germany")],
 ["2039-10-19","2039-10-13","2040","2035","2042","2039-11-23","2040-01-26","2040-03-07","2040-02-15","2040-10-11","2040-05",
  "2040-01","2039-11","2039-10-05","2039-09-21","2039-09-02"],
 ["Die Betriebe der Region benötigen bis 2035 … (Korrektur: bis 2042) etwa doppelt so viel hochwertiges Rezyklat wie heute verfügbar ist",
  "Sortierung und Wäsche müssen näher an die Verarbeiter heranrücken; eine grenzüberschreitende Sortieranlage im Rheintal wird geprüft",
  "Design for Recycling muss Teil der Ausbildung an der FH Vorarlberg und an den Berufsschulen werden",
  "Cluster und Kammern in Vorarlberg, der Ostschweiz und Baden-Württemberg tauschen künftig Marktdaten zu Rezyklaten aus"],
 "2039-10-19")
