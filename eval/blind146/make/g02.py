from h import *
F = 'g02_oberschwaben_clusterbrief.txt'
assert wd(2039,3,10)=='Thursday' and wd(2039,3,24)=='Thursday' and wd(2039,4,5)=='Tuesday' and wd(2039,5,12)=='Thursday'
T = """Clusterbrief 2/2039 – Netzwerk Leichtbau Bodensee-Oberschwaben e.V.
Ausgabe vom 28.03.2039
Wird diese E-Mail nicht richtig angezeigt? Im Browser öffnen | Abmelden

Liebe Mitglieder, liebe Partnerinnen und Partner,

das erste Quartal war für unser Netzwerk ein Quartal der Wahlen und der Werkstätten. In diesem Clusterbrief berichten wir über die Mitgliederversammlung in Friedrichshafen, den Praxisworkshop zu recycelten Faserverbundwerkstoffen und die Delegationsreise nach Bilbao. Außerdem stellen wir vier neue Mitglieder vor.

Herzliche Grüße aus Ravensburg
Ihr Dr. Florian Ziegler-Brandt
Clustermanager

------------------------------------------------------------
IN DIESER AUSGABE
1. Mitgliederversammlung: neuer Vorstand gewählt
2. Rückblick: Praxisworkshop "Faserverbund im zweiten Leben"
3. Delegationsreise ins Baskenland
4. Neue Mitglieder
5. Termine
------------------------------------------------------------

1. MITGLIEDERVERSAMMLUNG: NEUER VORSTAND GEWÄHLT

Am Donnerstag, den 10. März 2039, trafen sich 58 Vertreterinnen und Vertreter der Mitgliedsunternehmen zur ordentlichen Mitgliederversammlung im Zeppelin Museum in Friedrichshafen. Nach dem Bericht des Vorstands und der Entlastung für das Geschäftsjahr 2038 wählte die Versammlung einen neuen Vorstand für die Amtszeit 2039–2042:

- Vorsitzende: Dr.-Ing. Katharina Oswald-Mayr (ZF Friedrichshafen AG)
- Stellvertretender Vorsitzender: Prof. Dr. Mehmet Yıldırım (Hochschule Ravensburg-Weingarten)
- Schatzmeister: Lukas Brenninkmeyer (Kreissparkasse Ravensburg)
- Beisitzer: Sabine von Hohenfels (Hohenfels Composites GmbH), Dragan Petrović (Allgäu Formtechnik GmbH & Co. KG)

Der bisherige Vorsitzende Werner Kübler, der das Netzwerk seit der Gründung 2031 geführt hatte, wurde zum Ehrenmitglied ernannt. Die Versammlung beschloss außerdem eine moderate Anhebung der Mitgliedsbeiträge ab dem 1. Januar 2040.

2. RÜCKBLICK: PRAXISWORKSHOP "FASERVERBUND IM ZWEITEN LEBEN"

Wie lassen sich Bauteile aus kohlenstofffaserverstärktem Kunststoff wiederverwenden? Dieser Frage gingen am 24.03.2039 rund 30 Fachleute im Technologie- und Gründerzentrum Oberschwaben in Ravensburg nach. Impulse kamen von Dr. Ines Achterberg vom Fraunhofer-Institut für Chemische Technologie ICT in Pfinztal und von Jonas Weißhaupt, Leiter Nachhaltigkeit bei der Airbus Defence and Space GmbH in Immenstaad.

Die wichtigsten Ergebnisse des Workshops:
- Recycelte Kohlenstofffasern sind für nicht tragende Bauteile bereits heute wettbewerbsfähig
- Es fehlt an einheitlichen Prüfnormen für Sekundärfasern; das Netzwerk bringt das Thema in den DIN-Normenausschuss ein
- Kleine Zulieferer brauchen einen gemeinsamen Sammelpunkt für Produktionsabfälle in der Region

Eine Fortsetzung ist für den Herbst geplant. Die Präsentationen stehen im Mitgliederbereich zum Download bereit; die Teilnehmerliste erhalten Sie auf Anfrage bei der Geschäftsstelle.

3. DELEGATIONSREISE INS BASKENLAND

Vom 5. bis 7. April 2039 reist eine Gruppe von zwölf Mitgliedsunternehmen nach Bilbao und San Sebastián. Gastgeber ist der baskische Cluster für Luft- und Raumfahrt HEGAN. Auf dem Programm stehen am Dienstag, 5. April, ein Empfang bei der Basque Business Development Agency (SPRI), am zweiten Tag Betriebsbesichtigungen bei zwei Zulieferern und am dritten Tag B2B-Gespräche im Parque Científico y Tecnológico de Gipuzkoa. Organisiert wird die Reise gemeinsam mit dem Enterprise Europe Network Baden-Württemberg. Restplätze: bitte bis 31. März melden.

4. NEUE MITGLIEDER

Wir begrüßen herzlich:
- Schwäbische Kunststofftechnik Aulendorf GmbH
- Bodensee Drohnenwerk UG (haftungsbeschränkt), Markdorf
- Institut für Werkstoffprüfung Lindau (IWL)
- Stadtwerke Überlingen

Damit zählt das Netzwerk 141 Mitglieder.

5. TERMINE

12.05.2039 | Leichtbautag Bodensee 2039 | Friedrichshafen, Messe | 9:00–17:00
   Der Leichtbautag findet zum neunten Mal statt. Frühere Ausgaben: 2036 Lindau, 2037 Konstanz, 2038 Ravensburg.
16.–17.06.2039 | Stammtisch Leichtbau & Digitalisierung | Weingarten
22.09.2039 | Praxisworkshop Faserverbund, Teil 2 | Ravensburg (Anmeldung ab Juni)
Antragsfrist Innovationsgutschein Hightech: 30.06.2039

------------------------------------------------------------
Netzwerk Leichtbau Bodensee-Oberschwaben e.V. | Geschäftsstelle: Parkstraße 40, 88212 Ravensburg
Vereinsregister Amtsgericht Ulm VR 000000 | Vorsitzende: Dr.-Ing. Katharina Oswald-Mayr
Gefördert vom Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg
Redaktion: Anna-Lena Fischer | presse@leichtbau-bo.example.de
Sie erhalten diesen Clusterbrief als Mitglied oder Abonnent. Abmelden | Datenschutz | Impressum
"""
write(F, T)
N="Netzwerk Leichtbau Bodensee-Oberschwaben e.V."
gold(F,
 [P("Florian Ziegler-Brandt","Clustermanager",N),
  P("Katharina Oswald-Mayr","Vorsitzende",N),
  P("Mehmet Yıldırım","Stellvertretender Vorsitzender",N),
  P("Lukas Brenninkmeyer","Schatzmeister",N),
  P("Sabine von Hohenfels","Beisitzer",N),
  P("Dragan Petrović","Beisitzer",N),
  P("Werner Kübler","Ehrenmitglied",N),
  P("Ines Achterberg",None,"Fraunhofer-Institut für Chemische Technologie ICT"),
  P("Jonas Weißhaupt","Leiter Nachhaltigkeit","Airbus Defence and Space GmbH"),
  P("Anna-Lena Fischer","Redaktion",N)],
 [O(N), O("ZF Friedrichshafen AG"), O("Hochschule Ravensburg-Weingarten"), O("Kreissparkasse Ravensburg"),
  O("Hohenfels Composites GmbH"), O("Allgäu Formtechnik GmbH & Co. KG"),
  O("Fraunhofer-Institut für Chemische Technologie ICT","ICT"), O("Airbus Defence and Space GmbH"),
  O("DIN-Normenausschuss"), O("HEGAN"), O("Basque Business Development Agency","SPRI"),
  O("Enterprise Europe Network Baden-Württemberg"), O("Schwäbische Kunststofftechnik Aulendorf GmbH"),
  O("Bodensee Drohnenwerk UG (haftungsbeschränkt)"), O("Institut für Werkstoffprüfung Lindau","IWL"),
  O("Stadtwerke Überlingen"), O("Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"),
  O("Amtsgericht Ulm")],
 [E("Mitgliederversammlung","2039-03-10",None,"Friedrichshafen","Germany"),
  E("Praxisworkshop \"Faserverbund im zweiten Leben\"","2039-03-24",None,"Ravensburg","Germany"),
  E("Delegationsreise ins Baskenland","2039-04-05","2039-04-07","Bilbao, San Sebastián","Spain"),
  E("Empfang bei der Basque Business Development Agency (SPRI)","2039-04-05",None,None,"Spain"),
  E("Betriebsbesichtigungen","2039-04-06",None,None,"Spain"),
  E("B2B-Gespräche","2039-04-07",None,None,"Spain"),
  E("Leichtbautag Bodensee 2039","2039-05-12",None,"Friedrichshafen","Germany"),
  E("Leichtbautag (2036)","2036",None,"Lindau","Germany"),
  E("Leichtbautag (2037)","2037",None,"Konstanz","Germany"),
  E("Leichtbautag (2038)","2038",None,"Ravensburg","Germany"),
  E("Stammtisch Leichtbau & Digitalisierung","2039-06-16","2039-06-17","Weingarten","Germany"),
  E("Praxisworkshop Faserverbund, Teil 2","2039-09-22",None,"Ravensburg","Germany")],
 ["2039-03-28","2039-03-10","2038","2039/2042","2031","2040-01-01","2039-03-24","2039-04-05/2039-04-07","2039-04-05",
  "2039-03-31","2039-05-12","2036","2037","2039-06-16/2039-06-17","2039-09-22","2039-06","2039-06-30"],
 ["Recycelte Kohlenstofffasern sind für nicht tragende Bauteile bereits heute wettbewerbsfähig",
  "Es fehlt an einheitlichen Prüfnormen für Sekundärfasern; das Netzwerk bringt das Thema in den DIN-Normenausschuss ein",
  "Kleine Zulieferer brauchen einen gemeinsamen Sammelpunkt für Produktionsabfälle in der Region"],
 pub="2039-03-28")
