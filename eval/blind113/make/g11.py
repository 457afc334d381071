from h import *
F = 'g11_regensburg_clustertag_sensorik.txt'
assert wd(2039,5,19)=='Thursday' and wd(2039,5,20)=='Friday' and wd(2039,5,6)=='Friday' and wd(2038,5,12)=='Wednesday'
T = """Sensorik-Cluster Oberpfalz e.V. | Veranstaltungen | Clustertag Sensorik 2039

Startseite > Veranstaltungen > Clustertag Sensorik 2039
Drucken | Teilen | In Kalender eintragen

CLUSTERTAG SENSORIK 2039
„Sensoren für die Kreislaufwirtschaft“
Donnerstag, 19. Mai 2039, und Freitag, 20. Mai 2039
Ort: Ostbayerische Technische Hochschule Regensburg (OTH Regensburg), Campus Seybothstraße, Regensburg

Zum elften Mal lädt der Sensorik-Cluster Oberpfalz e.V. Unternehmen, Hochschulen und Forschungseinrichtungen zu seinem Clustertag ein. In diesem Jahr geht es darum, wie Sensorik das Sortieren, Reparieren und Wiederverwenden von Produkten und Materialien möglich macht. Der Clustertag wird gemeinsam mit der OTH Regensburg und der IHK Regensburg für Oberpfalz / Kelheim ausgerichtet und vom Bayerischen Staatsministerium für Wirtschaft, Landesentwicklung und Energie gefördert.

WARUM TEILNEHMEN?
Der Clustertag ist das wichtigste Netzwerktreffen der Sensorik-Branche in Ostbayern. Sie treffen Entwicklungsleiterinnen und Entwicklungsleiter aus mehr als 90 Unternehmen, lernen Forschungsgruppen der Hochschulen kennen und können in der Matchmaking-Zone gezielt Gespräche mit möglichen Partnern für Entwicklungsprojekte vereinbaren. Start-ups erhalten auf Anfrage einen kostenlosen Ausstellungstisch.

PROGRAMM

Donnerstag, 19. Mai 2039

09:00  Einlass, Kaffee und Ausstellung der Mitgliedsunternehmen
09:30  Begrüßung
       Prof. Dr. Annette Großhauser, Präsidentin der OTH Regensburg
       Dr. Matthias Weinzierl-Rott, Vorstandsvorsitzender des Sensorik-Cluster Oberpfalz e.V.
09:50  Grußwort
       Gertrud Maltz-Hoffmann, Bürgermeisterin der Stadt Regensburg
10:10  Keynote: „Ohne Daten keine Kreislaufwirtschaft“
       Dr. Jakub Novotný, Leiter Forschung, Fraunhofer-Institut für Zuverlässigkeit und
       Mikrointegration IZM, Berlin
11:00  Kaffeepause
11:30  Fachforen (parallel)
       Forum A: Hyperspektrale Sortierung von Kunststoffen – mit Infrasens GmbH
       Forum B: Zustandsüberwachung für Reparatur und Remanufacturing – mit Krones AG
       Forum C: Digitaler Produktpass und Rückverfolgbarkeit
12:45  Mittagessen und Ausstellung
14:00  Podiumsdiskussion: Was muss die Politik für die Kreislaufwirtschaft tun?
       mit Staatssekretärin Renate Oberprieler-Stadler (Bayerisches Staatsministerium für
       Wirtschaft, Landesentwicklung und Energie), Florian von Aretin-Greif (Geschäftsführer,
       Recycling Ostbayern GmbH) und Prof. Dr. Selin Aydın (OTH Regensburg)
       Moderation: Stefanie Kramer, Clustermanagerin
15:30  B2B-Gespräche in der Matchmaking-Zone (vorab über die Plattform buchbar)
17:00  Verleihung des Oberpfälzer Sensorik-Preises 2039
18:30  Abendempfang im Salzstadel an der Steinernen Brücke

Freitag, 20. Mai 2039

09:00  Firmenbesichtigungen (Gruppen mit max. 20 Personen, Abfahrt am Campus)
       Tour 1: Infrasens GmbH, Regensburg
       Tour 2: Krones AG, Neutraubling
12:00  Ende der Veranstaltung

ÜBER DEN CLUSTER
Der Sensorik-Cluster Oberpfalz e.V. wurde 2028 gegründet und vereint heute 148 Mitglieder, vom Zulieferer bis zum Lehrstuhl.

ANMELDUNG
Die Teilnahme ist für Mitglieder kostenfrei; Nichtmitglieder zahlen 120 Euro (Studierende frei).
Anmeldeschluss ist Freitag, der 6. Mai 2039. Für die Firmenbesichtigungen gilt eine eigene
Anmeldefrist bis zum 28. April 2039, da die Teilnehmerlisten den Unternehmen vorab gemeldet
werden müssen.

RÜCKBLICK
Der Clustertag Sensorik 2038 fand am 12. Mai 2038 in Amberg statt. Gastgeberin war die Ostbayerische Technische Hochschule Amberg-Weiden (OTH Amberg-Weiden). Rund 260 Teilnehmende diskutierten über Sensorik im Wasserstoffnetz; in der Matchmaking-Zone wurden 74 Gespräche geführt, aus denen nach Angaben der Clustergeschäftsstelle bisher fünf gemeinsame Förderanträge entstanden sind.

Kernaussagen des Clustertags 2038:
- Die Oberpfalz hat die Kompetenz, Sensoren für Wasserstoffleitungen in Serie zu fertigen
- Kleine Unternehmen brauchen gemeinsame Prüfstände, weil sich eigene Anlagen nicht lohnen
- Der Fachkräftemangel lässt sich nur mit mehr dualen Studiengängen beheben

ANREISE
Der Campus ist vom Hauptbahnhof Regensburg mit den Buslinien 4 und 11 in etwa zehn Minuten erreichbar. Parkplätze auf dem Campus sind begrenzt; bitte nutzen Sie nach Möglichkeit öffentliche Verkehrsmittel. Ein Kontingent an Hotelzimmern ist bis zum Anmeldeschluss reserviert.

KONTAKT
Stefanie Kramer, Clustermanagerin
Sensorik-Cluster Oberpfalz e.V., Franz-Mayer-Straße 1, 93053 Regensburg
Telefon 0941 000000, clustertag@sensorik-oberpfalz.example.de

Impressum | Datenschutz | Barrierefreiheit | Newsletter abonnieren
"""
write(F, T)
C="Sensorik-Cluster Oberpfalz e.V."
M="Bayerisches Staatsministerium für\n       Wirtschaft, Landesentwicklung und Energie"
gold(F,
 [P("Annette Großhauser","Präsidentin","OTH Regensburg"),
  P("Matthias Weinzierl-Rott","Vorstandsvorsitzender",C),
  P("Gertrud Maltz-Hoffmann","Bürgermeisterin","Stadt Regensburg"),
  P("Jakub Novotný","Leiter Forschung","Fraunhofer-Institut für Zuverlässigkeit und Mikrointegration IZM"),
  P("Renate Oberprieler-Stadler","Staatssekretärin","Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie"),
  P("Florian von Aretin-Greif","Geschäftsführer","Recycling Ostbayern GmbH"),
  P("Selin Aydın",None,"OTH Regensburg"),
  P("Stefanie Kramer","Clustermanagerin",C)],
 [O(C), O("Ostbayerische Technische Hochschule Regensburg","OTH Regensburg"), O("IHK Regensburg für Oberpfalz / Kelheim"),
  O("Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie"), O("Stadt Regensburg"),
  O("Fraunhofer-Institut für Zuverlässigkeit und Mikrointegration IZM", "IZM"), O("Infrasens GmbH"), O("Krones AG"),
  O("Recycling Ostbayern GmbH"), O("Ostbayerische Technische Hochschule Amberg-Weiden","OTH Amberg-Weiden")],
 [E("Clustertag Sensorik 2039","2039-05-19","2039-05-20","Regensburg","Germany"),
  E("B2B-Gespräche","2039-05-19",None,"Regensburg","Germany"),
  E("Verleihung des Oberpfälzer Sensorik-Preises 2039","2039-05-19",None,"Regensburg","Germany"),
  E("Abendempfang","2039-05-19",None,"Regensburg","Germany"),
  E("Firmenbesichtigungen","2039-05-20",None,"Regensburg, Neutraubling","Germany"),
  E("Clustertag Sensorik 2038","2038-05-12",None,"Amberg","Germany")],
 ["2028","2039-05-19/2039-05-20","2039-05-19","2039-05-20","2039-05-06","2039-04-28","2038-05-12"],
 ["Die Oberpfalz hat die Kompetenz, Sensoren für Wasserstoffleitungen in Serie zu fertigen",
  "Kleine Unternehmen brauchen gemeinsame Prüfstände, weil sich eigene Anlagen nicht lohnen",
  "Der Fachkräftemangel lässt sich nur mit mehr dualen Studiengängen beheben"])
