from h import *
F = 'g01_emsland_positionspapier_wasserstoff.txt'
assert wd(2041,3,14)=='Thursday' and wd(2041,1,22)=='Tuesday' and wd(2041,5,6)=='Monday'
T = """Startseite | Über uns | Mitglieder | Projekte | Veranstaltungen | Positionen | Presse | Kontakt
Netzwerk Energiewende Emsland e.V. – Ihr Cluster für Wasserstoff, Netze und Speicher

Startseite > Positionen > Positionspapier 1/2041

Veröffentlicht am 18.03.2041 | Kategorie: Positionen | Lesezeit 5 Minuten

POSITIONSPAPIER
Der Übergangspfad braucht die Regionen – Empfehlungen des Netzwerks Energiewende Emsland zur Umsetzung der europäischen Wasserstoffpolitik im ländlichen Raum

Beschlossen von der Mitgliederversammlung am Donnerstag, 14. März 2041, in Lingen (Ems)

1. Ausgangslage

Das Emsland gehört seit Jahren zu den Regionen mit dem höchsten Anteil an erneuerbarem Strom in Niedersachsen. Mit dem Elektrolyseur-Standort in Lingen, den Gasspeichern bei Meppen und der Anbindung an das europäische Wasserstoff-Kernnetz verfügt die Region über Voraussetzungen, die in Europa selten zusammenkommen. Gleichzeitig stehen die rund 140 Mitglieder unseres Netzwerks – Stadtwerke, Anlagenbauer, Logistiker, Landwirte mit Biogasanlagen und Hochschulen – vor Investitionsentscheidungen, die sie ohne verlässliche Rahmenbedingungen nicht treffen können.

Die Europäische Kommission hat den Übergangspfad für energieintensive Industrien im Jahr 2039 überarbeitet. Die Generaldirektion Binnenmarkt, Industrie, Unternehmertum und KMU (GD GROW) lädt Cluster ausdrücklich ein, sich an der Umsetzung zu beteiligen. Dieses Papier ist unsere Antwort darauf.

2. Wie dieses Papier entstanden ist

Grundlage sind eine Umfrage unter 48 Mitgliedsunternehmen, die zwischen November und Dezember 2040 durchgeführt wurde, sowie der Workshop „Emsland-Dialog Wasserstoff“ am Dienstag, 22. Januar 2041, im Kreishaus Meppen. Am Workshop nahmen 64 Personen teil, darunter Vertreterinnen und Vertreter des Landkreises Emsland, der Industrie- und Handelskammer Osnabrück – Emsland – Grafschaft Bentheim (IHK) und der Hochschule Osnabrück, Campus Lingen. Moderiert wurde der Workshop von Dr. Ingrid Möllenkamp (KlimaKonzept Nordwest GmbH, Oldenburg).

Die wichtigsten Ergebnisse der Umfrage in Kürze: 71 % der befragten Unternehmen planen bis 2045 Investitionen in Wasserstofftechnik, aber nur 19 % haben bereits eine Förderzusage. Als größtes Hemmnis nannten 58 % die Dauer der Genehmigungsverfahren, gefolgt vom Fachkräftemangel (44 %).

3. Unsere Empfehlungen

Das Netzwerk Energiewende Emsland empfiehlt der Europäischen Kommission, dem Land Niedersachsen und dem Landkreis Emsland:

a) Genehmigungsverfahren für Elektrolyseure unter 50 MW sollen innerhalb von sechs Monaten abgeschlossen werden; dazu braucht es eine zentrale Anlaufstelle beim Landkreis.
b) Die Regionen mit hoher Erzeugung erneuerbarer Energie sollen im Übergangspfad als eigene Kategorie von „Erzeugungsregionen“ anerkannt werden.
c) Cluster sollen als Umsetzungspartner förmlich in die Begleitgremien der Wasserstoffstrategie des Landes aufgenommen werden.
d) Ein regionaler Qualifizierungsfonds für Wasserstofftechnik soll gemeinsam mit den Berufsschulen in Lingen, Meppen und Papenburg eingerichtet werden.
e) Kleine Abnehmer, etwa Landwirte und Handwerksbetriebe, brauchen ein vereinfachtes Förderverfahren mit Pauschalen statt Einzelnachweisen.

4. Was wir selbst beitragen

Das Netzwerk wird bis Ende 2041 einen Wasserstoffatlas der Region veröffentlichen und bietet der IHK und der Wirtschaftsförderung Emsland GmbH an, gemeinsam eine Beratungsstelle für Unternehmen aufzubauen. Zudem beteiligen wir uns am Europäischen Wasserstoff-Clusternetzwerk, dessen Jahrestreffen im September 2041 in Groningen stattfindet.

5. Nächste Schritte

Das Positionspapier wird Landrat Marc-André Beckmann und dem Niedersächsischen Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung am Montag, 6. Mai 2041, beim Energieforum Lingen übergeben. Die Stellungnahme zur öffentlichen Konsultation der Kommission geht bis zum 30. Juni 2041 nach Brüssel.

„Wir wollen nicht nur Standort für Windräder sein, sondern die Wertschöpfung hier halten“, sagt der Vorsitzende des Netzwerks, Dr. Hendrik ter Horst, im Hauptberuf Geschäftsführer der Emsland Elektrolyse GmbH & Co. KG. Seine Stellvertreterin Prof. Dr. Anna-Lena Schulte-Wiewel von der Hochschule Osnabrück ergänzt: „Ohne Fachkräfte bleibt jede Strategie Papier.“

Ansprechpartnerin: Friederike von Oy, Geschäftsführerin
Netzwerk Energiewende Emsland e.V. | Kaiserstraße 10b | 49809 Lingen (Ems)
Tel. 0591 000 000 | info@nee-emsland.example.de

Vorstand: Dr. Hendrik ter Horst (Vorsitzender), Prof. Dr. Anna-Lena Schulte-Wiewel (stellv. Vorsitzende), Jan Hüsing (Schatzmeister, Stadtwerke Meppen GmbH)
Registergericht: Amtsgericht Osnabrück, VR 000000

Download als PDF (312 KB) | Teilen: E-Mail · LinkedIn · Mastodon

Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie unserer Datenschutzerklärung zu. [OK] [Einstellungen]
Impressum | Datenschutz | Barrierefreiheit | © 2041 Netzwerk Energiewende Emsland e.V.
"""
write(F, T)
N = "Netzwerk Energiewende Emsland e.V."
gold(F,
 [P("Ingrid Möllenkamp", None, "KlimaKonzept Nordwest GmbH"),
  P("Marc-André Beckmann", "Landrat", None),
  P("Hendrik ter Horst", "Vorsitzender", N),
  P("Anna-Lena Schulte-Wiewel", "stellv. Vorsitzende", N),
  P("Friederike von Oy", "Geschäftsführerin", N),
  P("Jan Hüsing", "Schatzmeister", N)],
 [O(N), O("Europäische Kommission"), O("Generaldirektion Binnenmarkt, Industrie, Unternehmertum und KMU", "GD GROW"),
  O("Land Niedersachsen"), O("Landkreis Emsland"), O("Industrie- und Handelskammer Osnabrück – Emsland – Grafschaft Bentheim", "IHK"),
  O("Hochschule Osnabrück"), O("KlimaKonzept Nordwest GmbH"), O("Wirtschaftsförderung Emsland GmbH"),
  O("Europäischen Wasserstoff-Clusternetzwerk"), O("Niedersächsischen Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung"),
  O("Emsland Elektrolyse GmbH & Co. KG"), O("Stadtwerke Meppen GmbH"), O("Amtsgericht Osnabrück")],
 [E("Mitgliederversammlung", "2041-03-14", None, "Lingen (Ems)", "Germany"),
  E("Emsland-Dialog Wasserstoff", "2041-01-22", None, "Meppen", "Germany"),
  E("Jahrestreffen", "2041-09", None, "Groningen", "Netherlands"),
  E("Energieforum Lingen", "2041-05-06", None, "Lingen", "Germany")],
 ["2041-03-18", "2041-03-14", "2039", "2040-11/2040-12", "2041-01-22", "2045", "2041", "2041-09", "2041-05-06", "2041-06-30"],
 ["Genehmigungsverfahren für Elektrolyseure unter 50 MW sollen innerhalb von sechs Monaten abgeschlossen werden; dazu braucht es eine zentrale Anlaufstelle beim Landkreis",
  "Die Regionen mit hoher Erzeugung erneuerbarer Energie sollen im Übergangspfad als eigene Kategorie von „Erzeugungsregionen“ anerkannt werden",
  "Cluster sollen als Umsetzungspartner förmlich in die Begleitgremien der Wasserstoffstrategie des Landes aufgenommen werden",
  "Ein regionaler Qualifizierungsfonds für Wasserstofftechnik soll gemeinsam mit den Berufsschulen in Lingen, Meppen und Papenburg eingerichtet werden",
  "Kleine Abnehmer, etwa Landwirte und Handwerksbetriebe, brauchen ein vereinfachtes Förderverfahren mit Pauschalen statt Einzelnachweisen"],
 pub="2041-03-18")
