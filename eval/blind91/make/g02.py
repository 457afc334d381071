from h import *
F = 'g02_owl_positionspapier_fachkraefte.txt'
assert wd(2038,2,16)=='Tuesday' and wd(2038,5,20)=='Thursday'
T = """Startseite > Presse > Positionen

Positionspapier | 23.02.2038

Industriecluster OWL fordert Sofortprogramm für Fachkräfte und Energie

Bielefeld, 23. Februar 2038. Der Vorstand des Industrieclusters Ostwestfalen-Lippe e. V. (IC OWL) hat in seiner Sitzung am Dienstag, 16. Februar 2038, das folgende Positionspapier beschlossen. Es richtet sich an die Landesregierung Nordrhein-Westfalen, an die Bundestagsabgeordneten aus der Region und an die Europäische Kommission.

Drucken | Als PDF herunterladen | Teilen: LinkedIn · E-Mail

---

1. Ausgangslage

In Ostwestfalen-Lippe arbeiten rund 310.000 Menschen in der Industrie, die meisten davon in familiengeführten Mittelständlern des Maschinenbaus, der Elektrotechnik und der Möbelindustrie. Eine Umfrage des Clusters unter 214 Mitgliedsunternehmen im Januar 2038 zeigt: Zwei von drei Betrieben können offene Stellen für Facharbeiterinnen und Facharbeiter länger als sechs Monate nicht besetzen. Gleichzeitig belasten die Netzentgelte die Betriebe in der Region stärker als im Bundesdurchschnitt.

„Wir verlieren Aufträge nicht, weil unsere Produkte schlechter wären, sondern weil uns die Hände fehlen, sie zu bauen", sagte die Vorstandsvorsitzende Dr. Friederike Hollenberg-Sauer, geschäftsführende Gesellschafterin der Hollenberg Antriebstechnik GmbH in Gütersloh, bei der Vorstellung des Papiers.

2. Unsere Forderungen

Wir fordern

– die Einrichtung eines regionalen Welcome Centers für internationale Fachkräfte in Bielefeld, getragen von Land, Kommunen und Wirtschaft, mit einer Bearbeitungszeit für Visa und Anerkennung von höchstens acht Wochen;
– eine Ausbildungsoffensive an den Berufskollegs der Region, insbesondere für Mechatronik und Elektrotechnik, mit einer Landesförderung von mindestens 40 Millionen Euro bis 2041;
– die Senkung der Netzentgelte für mittelständische Industriebetriebe auf das Niveau der energieintensiven Großindustrie;
– eine vereinfachte Förderung für gemeinsame Forschungsprojekte von Mittelstand und Hochschulen, bei der ein Antrag nicht mehr als zehn Seiten umfasst;
– die Anerkennung von Industrieclustern als Partner bei der Umsetzung der europäischen Strategie für Kompetenzen.

3. Was wir selbst beitragen

Der Cluster wird gemeinsam mit der Fachhochschule Bielefeld, der Technischen Hochschule Ostwestfalen-Lippe und dem Forschungsinstitut it's OWL ab dem Wintersemester 2038/2039 ein berufsbegleitendes Zertifikat „Digitale Produktion" anbieten. Die Industrie- und Handelskammer Ostwestfalen zu Bielefeld (IHK Ostwestfalen) unterstützt das Angebot und übernimmt die Prüfungen.

Außerdem startet im Frühjahr 2038 eine Patenschaftsaktion: Erfahrene Meisterinnen und Meister aus 25 Mitgliedsunternehmen begleiten Auszubildende aus anderen Betrieben. Koordiniert wird die Aktion von Tobias Kleinemeier, Referent für Bildung beim IC OWL.

4. Stimmen aus dem Cluster

Jens-Uwe Brockhagen, Werkleiter der Möbelwerke Brockhagen & Söhne KG in Löhne, betonte die Bedeutung der Energiepreise: „Wir haben 2037 eine Photovoltaikanlage auf jedes Hallendach gesetzt. Trotzdem zahlen wir für den Netzanschluss mehr als ein Konzern im Ruhrgebiet."

Prof. Dr. Aylin Demirtas-Kuhlmann (Technische Hochschule Ostwestfalen-Lippe, Vizepräsidentin für Transfer) sieht die Hochschulen in der Pflicht: „Wir müssen Studienangebote schaffen, die neben dem Beruf funktionieren. Nur so holen wir die Facharbeiterinnen von heute in die Entwicklungsabteilungen von morgen."

5. Weiteres Vorgehen

Das Positionspapier wird am Donnerstag, 20. Mai 2038, beim Parlamentarischen Abend des Clusters im Landtag Nordrhein-Westfalen in Düsseldorf übergeben. Zugesagt haben der Minister für Wirtschaft, Industrie und Energie des Landes sowie Abgeordnete aller demokratischen Fraktionen.

Der Cluster lädt seine Mitglieder zudem zum Mitgliederforum „Fachkräfte sichern" am 9. März 2038 in die Stadthalle Bielefeld ein (Beginn 16:00 Uhr).

---

Über den Industriecluster Ostwestfalen-Lippe
Der IC OWL vertritt 390 Unternehmen, Hochschulen und Forschungseinrichtungen aus den Kreisen Gütersloh, Herford, Höxter, Lippe, Minden-Lübbecke, Paderborn und der Stadt Bielefeld. Der Verein wurde 2019 gegründet.

Pressekontakt
Sandra Pöppelmann
Leiterin Kommunikation
Industriecluster Ostwestfalen-Lippe e. V.
Jahnplatz 5 · 33602 Bielefeld
Tel. +49 521 000000-12 · presse@ic-owl.example.de

Diese Seite verwendet Cookies. Mit der Nutzung stimmen Sie unserer Datenschutzerklärung zu. [Verstanden]
Impressum | Datenschutz | Barrierefreiheit
"""
write(F, T)
IC = "Industriecluster Ostwestfalen-Lippe e. V."
gold(F,
 [P("Friederike Hollenberg-Sauer","Vorstandsvorsitzende",IC),
  P("Tobias Kleinemeier","Referent für Bildung","IC OWL"),
  P("Jens-Uwe Brockhagen","Werkleiter","Möbelwerke Brockhagen & Söhne KG"),
  P("Aylin Demirtas-Kuhlmann","Vizepräsidentin für Transfer","Technische Hochschule Ostwestfalen-Lippe"),
  P("Sandra Pöppelmann","Leiterin Kommunikation",IC)],
 [O(IC,"IC OWL"), O("Landesregierung Nordrhein-Westfalen"), O("Europäische Kommission"),
  O("Hollenberg Antriebstechnik GmbH"), O("Fachhochschule Bielefeld"), O("Technische Hochschule Ostwestfalen-Lippe"),
  O("it's OWL"), O("Industrie- und Handelskammer Ostwestfalen zu Bielefeld","IHK Ostwestfalen"),
  O("Möbelwerke Brockhagen & Söhne KG"), O("Landtag Nordrhein-Westfalen")],
 [E("Vorstandssitzung","2038-02-16",None,None,None),
  E("Parlamentarischer Abend","2038-05-20",None,"Düsseldorf","Germany"),
  E("Mitgliederforum „Fachkräfte sichern\"","2038-03-09",None,"Bielefeld","Germany")],
 ["2038-02-23","2038-02-16","2038-01","2041","2038","2037","2038-05-20","2038-03-09","2019","2038/2039"],
 ["die Einrichtung eines regionalen Welcome Centers für internationale Fachkräfte in Bielefeld, getragen von Land, Kommunen und Wirtschaft, mit einer Bearbeitungszeit für Visa und Anerkennung von höchstens acht Wochen",
  "eine Ausbildungsoffensive an den Berufskollegs der Region, insbesondere für Mechatronik und Elektrotechnik, mit einer Landesförderung von mindestens 40 Millionen Euro bis 2041",
  "die Senkung der Netzentgelte für mittelständische Industriebetriebe auf das Niveau der energieintensiven Großindustrie",
  "eine vereinfachte Förderung für gemeinsame Forschungsprojekte von Mittelstand und Hochschulen, bei der ein Antrag nicht mehr als zehn Seiten umfasst",
  "die Anerkennung von Industrieclustern als Partner bei der Umsetzung der europäischen Strategie für Kompetenzen"],
 "2038-02-23")
