from h import *
T = """# Rückblick: 7. Fachkongress „KI in der Produktion“ am 9. November 2034 in Karlsruhe

*Veröffentlicht am 16.11.2034 von Redaktion FertigungsNetz Baden · Kategorie: Veranstaltungen, Rückblick*

**Rund 320 Teilnehmende, 24 Vorträge in drei Foren, eine ausgebuchte Fachausstellung: Der 7. Fachkongress „KI in der Produktion“ des FertigungsNetz Baden e.V. hat am vergangenen Donnerstag im Kongresszentrum Karlsruhe gezeigt, wie weit der Mittelstand bei der Künstlichen Intelligenz inzwischen ist – und wo es noch hakt.**

Zur Eröffnung begrüßte Clustermanagerin Dr. Katrin Oberle-Mayer die Gäste und erinnerte an die Anfänge: „Beim ersten Kongress 2028 saßen wir mit 60 Leuten in einem Hörsaal des KIT. Heute brauchen wir drei Säle.“ Staatssekretär Volker Hanselmann vom Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg betonte in seinem Grußwort, dass das Land die Cluster-Initiativen auch in der Förderperiode 2035–2041 weiter unterstützen werde.

## Keynotes

Die erste Keynote hielt Prof. Dr.-Ing. Matthias Gräßle, Leiter des Instituts für Produktionsdatenwissenschaft am Karlsruher Institut für Technologie (KIT). Er zeigte an Beispielen aus dem Werkzeugbau, dass „kleine Modelle mit guten Daten“ oft mehr bringen als große Sprachmodelle. Für Diskussionen sorgte die zweite Keynote von Lena Szymańska, CTO der Breslauer Firma Tkacz Robotics Sp. z o.o., über KI-gestützte Qualitätsprüfung in einem Werk mit nur 45 Beschäftigten.

## Drei Foren am Nachmittag

- **Forum A – Daten & Recht**: Rechtsanwältin Sibel Demirtaş (Kanzlei Rothfuß & Partner mbB) erklärte die Pflichten aus der KI-Verordnung für Hersteller von Maschinen.
- **Forum B – Praxisberichte**: Drei Mitgliedsunternehmen – die Schwarzwälder Feinmechanik Löffler GmbH, die Durlacher Hydraulik AG und das Start-up Spanlos GmbH – stellten ihre Projekte vor.
- **Forum C – Fachkräfte**: Moderiert von Jonas Brucker (IHK Karlsruhe) ging es um Weiterbildung für Schichtleiter.

## Preisverleihung

Am Abend wurde zum vierten Mal der „Badische KI-Preis“ vergeben. Die Jury unter Vorsitz von Dr. Katrin Oberle-Mayer zeichnete die Spanlos GmbH aus Bruchsal für ihre Prozessüberwachung an Drehmaschinen aus. Geschäftsführer Niklas van Aken nahm den mit 5.000 Euro dotierten Preis entgegen.

## Stimmen

„So viele konkrete Anwendungen habe ich auf keiner anderen Veranstaltung gesehen“, sagte Annette Kühnle, Produktionsleiterin bei der Durlacher Hydraulik AG.

Auch die Partner aus dem Ausland waren zufrieden: Eine Delegation des französischen Clusters Alsace Industrie Numérique (AIN) unter Leitung von Pierre-Yves Schaller nutzte den Kongress für Gespräche über ein gemeinsames Interreg-Oberrhein-Projekt. Ein Folgetreffen ist für den 22. Januar 2035 in Straßburg geplant.

## Zahlen und Eindrücke

Die Fachausstellung mit 28 Ständen war bereits Anfang September ausgebucht. Erstmals gab es eine „Sprechstunde Förderung“, in der Beraterinnen und Berater der L-Bank und der Steinbeis-Innovationszentren Fragen zu Landes- und EU-Programmen beantworteten. Rund ein Drittel der Teilnehmenden kam aus Unternehmen mit weniger als 250 Beschäftigten, etwa 15 Prozent aus dem Elsass und der Schweiz.

## Bisherige Kongresse

| Ausgabe | Datum | Ort |
|---|---|---|
| 1. Fachkongress | 14. Juni 2028 | Karlsruhe (KIT) |
| 4. Fachkongress | 11.11.2031 | Pforzheim |
| 6. Fachkongress | 12. Oktober 2033 | Baden-Baden |

## Nächster Termin

**Save the date: Der 8. Fachkongress „KI in der Produktion“ findet am Donnerstag, 15. November 2035, wieder im Kongresszentrum Karlsruhe statt.** Der Call for Papers startet im März 2035; Einreichungen sind bis 30. April 2035 möglich. Vorher lädt das Netzwerk zum Neujahrsempfang am 18. Januar 2035 in die IHK Karlsruhe ein.

Präsentationen und Fotos stehen Mitgliedern im internen Bereich zur Verfügung.

Ansprechpartnerin: Carolin Fauth, Veranstaltungen, FertigungsNetz Baden e.V., Tel. +49 721 000000

[Teilen: LinkedIn | Mastodon | E-Mail] · ← Zurück zur Übersicht
"""
write("rueckblick-7-fachkongress-ki-in-der-produktion.md", T, "2034-11-16",
 [P("Katrin Oberle-Mayer","Clustermanagerin","FertigungsNetz Baden e.V."),
  P("Volker Hanselmann","Staatssekretär","Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"),
  P("Matthias Gräßle","Leiter","Karlsruher Institut für Technologie"),
  P("Lena Szymańska","CTO","Tkacz Robotics Sp. z o.o."),
  P("Sibel Demirtaş","Rechtsanwältin","Kanzlei Rothfuß & Partner mbB"),
  P("Jonas Brucker",None,"IHK Karlsruhe"),
  P("Niklas van Aken","Geschäftsführer","Spanlos GmbH"),
  P("Annette Kühnle","Produktionsleiterin","Durlacher Hydraulik AG"),
  P("Pierre-Yves Schaller",None,"Alsace Industrie Numérique"),
  P("Carolin Fauth","Veranstaltungen","FertigungsNetz Baden e.V.")],
 [O("FertigungsNetz Baden e.V."),O("Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"),
  O("Karlsruher Institut für Technologie","KIT"),O("Instituts für Produktionsdatenwissenschaft"),O("Tkacz Robotics Sp. z o.o."),
  O("Kanzlei Rothfuß & Partner mbB"),O("Schwarzwälder Feinmechanik Löffler GmbH"),O("Durlacher Hydraulik AG"),O("Spanlos GmbH"),
  O("IHK Karlsruhe"),O("L-Bank"),O("Steinbeis-Innovationszentren"),O("Alsace Industrie Numérique","AIN")],
 [E("7. Fachkongress „KI in der Produktion“","2034-11-09","2034-11-09","Karlsruhe","Germany"),
  E("Folgetreffen Interreg-Oberrhein-Projekt","2035-01-22","2035-01-22","Straßburg","France"),
  E("1. Fachkongress","2028-06-14","2028-06-14","Karlsruhe","Germany"),
  E("4. Fachkongress","2031-11-11","2031-11-11","Pforzheim","Germany"),
  E("6. Fachkongress","2033-10-12","2033-10-12","Baden-Baden","Germany"),
  E("8. Fachkongress „KI in der Produktion“","2035-11-15","2035-11-15","Karlsruhe","Germany"),
  E("Neujahrsempfang","2035-01-18","2035-01-18","Karlsruhe","Germany")],
 ["2034-11-09","2034-11-16","2028","2035/2041","2035-01-22","2028-06-14","2031-11-11","2033-10-12","2035-11-15","2035-03",
  "2035-04-30","2035-01-18","2034-09"])
