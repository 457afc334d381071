from h import *
F = 'g04_zwickau_zuliefertag_reihe.html'
assert wd(2040,9,20)=='Thursday' and wd(2039,9,22)=='Thursday' and wd(2040,6,29)=='Friday'
T = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Westsächsischer Zuliefertag | AMZ Netzwerk Automobilzulieferer Sachsen</title></head>
<body>
<div class="consent">Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. <a href="/datenschutz">Datenschutzerklärung</a> <button>Alle akzeptieren</button> <button>Nur notwendige</button></div>
<header><p>AMZ – Netzwerk Automobilzulieferer Sachsen</p>
<nav><a href="/">Start</a> | <a href="/netzwerk">Netzwerk</a> | <a href="/mitglieder">Mitglieder</a> | <a href="/veranstaltungen">Veranstaltungen</a> | <a href="/projekte">Projekte</a> | <a href="/presse">Presse</a> | <a href="/kontakt">Kontakt</a></nav></header>
<main>
<p class="breadcrumb">Start › Veranstaltungen › Veranstaltungsreihen › Westsächsischer Zuliefertag</p>
<h1>Westsächsischer Zuliefertag</h1>
<p class="lead">Seit 2034 bringt der Westsächsische Zuliefertag jedes Jahr im September Einkäufer der Fahrzeughersteller mit kleinen und mittleren Zulieferern aus Sachsen, Thüringen und Nordböhmen zusammen. Veranstalter ist das AMZ – Netzwerk Automobilzulieferer Sachsen gemeinsam mit der IHK Chemnitz, Regionalkammer Zwickau, und der Wirtschaftsförderung der Stadt Zwickau.</p>

<h2>7. Westsächsischer Zuliefertag – Donnerstag, 20. September 2040, Stadthalle Zwickau</h2>
<p>Schwerpunkt in diesem Jahr: Leichtbau und Recycling von Batteriegehäusen. Das vorläufige Programm:</p>
<table>
<tr><td>08:30</td><td>Einlass, Registrierung, Ausstellung der Zulieferer</td></tr>
<tr><td>09:30</td><td>Begrüßung durch Dr. Constanze Freiin von Wallwitz, Sprecherin des Netzwerks, und Oberbürgermeister Dirk Hänel-Meinhardt</td></tr>
<tr><td>10:00</td><td>Keynote: „Die Batterie als Rohstofflager" – Prof. Dr.-Ing. Matthias Kröber, Westsächsische Hochschule Zwickau</td></tr>
<tr><td>10:45</td><td>Einkäuferforum mit Vertretern von Volkswagen Sachsen GmbH, Škoda Auto a.s. und BMW Group Werk Leipzig</td></tr>
<tr><td>12:00</td><td>Mittagspause und Ausstellung</td></tr>
<tr><td>13:00–16:30</td><td>B2B-Gespräche (vorab vereinbarte Termine zu je 25 Minuten)</td></tr>
<tr><td>14:00</td><td>Werksbesichtigung bei der Sachsenring Leichtmetall GmbH in Zwickau-Mosel (begrenzte Teilnehmerzahl)</td></tr>
<tr><td>17:00</td><td>Netzwerkabend mit Verleihung des Zulieferpreises Westsachsen</td></tr>
</table>
<p><strong>Anmeldung:</strong> bis Freitag, 29. Juni 2040 zum Frühbuchertarif (190 Euro für Mitglieder, 290 Euro für Nichtmitglieder), danach bis 7. September 2040 zum regulären Preis. Für die Werksbesichtigung ist eine gesonderte Anmeldung erforderlich.</p>
<p><a href="/anmeldung">Jetzt anmelden</a> · <a href="/programm.pdf">Programm als PDF</a></p>

<h2>Rückblick: bisherige Ausgaben</h2>
<ul>
<li><strong>6. Zuliefertag</strong>, 22. September 2039, Stadthalle Zwickau – „Software im Fahrzeug: Chance für den Mittelstand?" – 380 Teilnehmende, 512 B2B-Gespräche. Keynote: Elżbieta Nowak-Brandt, Leiterin Einkauf Elektronik, Volkswagen Sachsen GmbH.</li>
<li><strong>5. Zuliefertag</strong>, 15. September 2038, Glauchau – „Wasserstoff im Nutzfahrzeug" – 340 Teilnehmende.</li>
<li><strong>4. Zuliefertag</strong>, 17. September 2037, Zwickau – „Kreislaufwirtschaft" – erstmals mit einer Delegation aus Liberec und Mladá Boleslav.</li>
<li><strong>3. Zuliefertag</strong>, 2036, Plauen – Ausgabe mit Schwerpunkt Fachkräfte.</li>
<li><strong>1. und 2. Zuliefertag</strong>, 2034 und 2035, Zwickau.</li>
</ul>
<p>Die Dokumentation der 6. Ausgabe mit allen Vorträgen steht im <a href="/archiv">Archiv</a> bereit.</p>

<h2>Anreise und Veranstaltungsort</h2>
<p>Die Stadthalle Zwickau liegt fünf Gehminuten vom Hauptbahnhof entfernt; Parkplätze stehen in der Tiefgarage zur Verfügung. Für Gäste aus Tschechien bietet das Netzwerk am Veranstaltungstag einen Bus ab Mladá Boleslav über Liberec an, der um 05:30 Uhr abfährt und gegen 19:30 Uhr zurückkehrt. Ein Zimmerkontingent ist bis zum 20. August 2040 in zwei Hotels der Innenstadt reserviert. Aussteller erhalten nach der Anmeldung ein eigenes Merkblatt zum Standaufbau, der am Vorabend zwischen 16:00 und 20:00 Uhr möglich ist.</p>

<h2>Was Teilnehmende sagen</h2>
<blockquote>„Wir haben am Zuliefertag 2039 zwei neue Kunden in Tschechien gefunden. Ohne die vorbereiteten Gespräche wäre das nicht gelungen." – Rüdiger Pöschmann, Geschäftsführer der Pöschmann Kunststofftechnik GmbH &amp; Co. KG, Werdau</blockquote>
<blockquote>„Für uns als Einkäufer ist der Tag die effizienteste Art, in kurzer Zeit viele neue Lieferanten kennenzulernen." – Tereza Dvořáková, Škoda Auto a.s.</blockquote>

<h2>Ergebnisse der Teilnehmerbefragung 2039</h2>
<p>Aus der Befragung nach der 6. Ausgabe zieht das Organisationsteam folgende Lehren:</p>
<ul>
<li>Die B2B-Gespräche sollen auf 25 Minuten verlängert werden, weil 20 Minuten für technische Fragen nicht ausreichen</li>
<li>Einkäufer wünschen sich vorab kurze Profile der Zulieferer mit Zertifizierungen und Fertigungskapazitäten</li>
<li>Die Werksbesichtigung soll fester Teil des Programms werden</li>
</ul>

<h2>Ansprechpartnerin</h2>
<p>Katrin Oehme-Schubert, Projektmanagerin Veranstaltungen, AMZ-Geschäftsstelle Zwickau, Tel. 0375 000000, zuliefertag@amz.example.de</p>
<p class="share">Seite teilen: <a href="#">LinkedIn</a> · <a href="#">Xing</a> · <a href="#">E-Mail</a> · <a href="/zuliefertag.ics">Termin speichern</a></p>
</main>
<footer><p>Gefördert durch: Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr. <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/barrierefreiheit">Barrierefreiheit</a></p></footer>
</body></html>
"""
write(F, T)
A="AMZ – Netzwerk Automobilzulieferer Sachsen"
gold(F,
 [P("Constanze Freiin von Wallwitz","Sprecherin des Netzwerks",A),
  P("Dirk Hänel-Meinhardt","Oberbürgermeister",None),
  P("Matthias Kröber",None,"Westsächsische Hochschule Zwickau"),
  P("Elżbieta Nowak-Brandt","Leiterin Einkauf Elektronik","Volkswagen Sachsen GmbH"),
  P("Rüdiger Pöschmann","Geschäftsführer","Pöschmann Kunststofftechnik GmbH & Co. KG"),
  P("Tereza Dvořáková",None,"Škoda Auto a.s."),
  P("Katrin Oehme-Schubert","Projektmanagerin Veranstaltungen",A)],
 [O(A,"AMZ"), O("IHK Chemnitz, Regionalkammer Zwickau"), O("Wirtschaftsförderung der Stadt Zwickau"), O("Westsächsische Hochschule Zwickau"),
  O("Volkswagen Sachsen GmbH"), O("Škoda Auto a.s."), O("BMW Group Werk Leipzig"), O("Sachsenring Leichtmetall GmbH"),
  O("Pöschmann Kunststofftechnik GmbH & Co. KG"), O("Sächsisches Staatsministerium für Wirtschaft, Arbeit und Verkehr")],
 [E("7. Westsächsischer Zuliefertag","2040-09-20",None,"Zwickau","Germany"),
  E("B2B-Gespräche","2040-09-20",None,"Zwickau","Germany"),
  E("Werksbesichtigung bei der Sachsenring Leichtmetall GmbH","2040-09-20",None,"Zwickau-Mosel","Germany"),
  E("Netzwerkabend mit Verleihung des Zulieferpreises Westsachsen","2040-09-20",None,"Zwickau","Germany"),
  E("6. Zuliefertag","2039-09-22",None,"Zwickau","Germany"),
  E("5. Zuliefertag","2038-09-15",None,"Glauchau","Germany"),
  E("4. Zuliefertag","2037-09-17",None,"Zwickau","Germany"),
  E("3. Zuliefertag","2036",None,"Plauen","Germany"),
  E("Zuliefertag","2034",None,"Zwickau","Germany"),
  E("2. Zuliefertag","2035",None,"Zwickau","Germany")],
 ["2034","2040-09-20","2040-06-29","2040-09-07","2039-09-22","2038-09-15","2037-09-17","2036","2035","2039","2040-08-20"],
 ["Die B2B-Gespräche sollen auf 25 Minuten verlängert werden, weil 20 Minuten für technische Fragen nicht ausreichen",
  "Einkäufer wünschen sich vorab kurze Profile der Zulieferer mit Zertifizierungen und Fertigungskapazitäten",
  "Die Werksbesichtigung soll fester Teil des Programms werden"])
