from h import *
F = 'g10_wittenberg_chemiecluster_clustertag.md'
assert wd(2040,9,20)=='Thursday' and wd(2040,9,21)=='Friday' and wd(2040,9,19)=='Wednesday'
T = """# Rückblick: 6. Clustertag Chemie & Kunststoffe Mitteldeutschland und Mitgliederversammlung 2040

*Lutherstadt Wittenberg, 27. September 2040 – Pressemitteilung des Clusters Chemie/Kunststoffe Anhalt e. V.*

[Startseite](#) › [Aktuelles](#) › [Veranstaltungen](#)

Rund 240 Teilnehmerinnen und Teilnehmer aus Unternehmen, Hochschulen und Verwaltung kamen am 20. und 21. September 2040 zum 6. Clustertag Chemie & Kunststoffe nach Lutherstadt Wittenberg. Gastgeber war in diesem Jahr die SKW Stickstoffwerke Piesteritz GmbH, die ihr neues Besucherzentrum zur Verfügung stellte. Veranstalter ist der Cluster Chemie/Kunststoffe Anhalt e. V. gemeinsam mit der Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH (IMG) und der Hochschule Anhalt.

## Mitgliederversammlung am Vorabend

Bereits am Mittwoch, 19. September 2040, trafen sich die Mitglieder des Vereins im Alten Rathaus zur ordentlichen Mitgliederversammlung. Der Vorstandsvorsitzende Dr. Matthias Kühne (Geschäftsführer der Kühne Polymere GmbH, Bitterfeld-Wolfen) berichtete über das Geschäftsjahr 2039: Der Verein zählt nun 78 Mitglieder, davon 52 kleine und mittlere Unternehmen. Die Versammlung entlastete den Vorstand einstimmig und wählte für die Amtszeit 2040–2043 einen neuen Vorstand:

- Vorsitzender: Dr. Matthias Kühne (Kühne Polymere GmbH), wiedergewählt
- stellvertretende Vorsitzende: Prof. Dr. Sabine Lehmann-Ortmann (Hochschule Anhalt)
- Schatzmeister: Andreas Ziebell (Sparkasse Wittenberg)
- Beisitzer: Ronny Haberland (Dow Olefinverbund GmbH) und Katrin Weidauer (Stadtwerke Dessau)

Die bisherige Stellvertreterin, Dr. Ute Schellenberg, schied nach acht Jahren aus dem Vorstand aus. Geschäftsführerin des Clustermanagements bleibt Jana Pietsch.

## Programm des Clustertags

**Donnerstag, 20. September 2040**

- 09:30 Begrüßung: Dr. Matthias Kühne; Torsten Wendel, Oberbürgermeister der Lutherstadt Wittenberg
- 10:00 Grußwort des Ministeriums für Wirtschaft, Tourismus, Landwirtschaft und Forsten des Landes Sachsen-Anhalt, Staatssekretär Dr. Jürgen Meinhardt
- 10:30 Impulsvortrag „Grüner Ammoniak aus Mitteldeutschland – Realität oder Wunschdenken?" – Dr. Petra Sommerfeld, SKW Stickstoffwerke Piesteritz
- 11:30 Podiumsdiskussion: Fachkräfte für die Chemie der Zukunft
- 14:00–17:00 Kooperationsbörse mit über 120 vorab vereinbarten Gesprächen
- 19:00 Abendempfang im Lutherhaus

**Freitag, 21. September 2040**

- 09:00 Werksführungen bei SKW Piesteritz und im Agro-Chemie Park Piesteritz
- 11:00 Workshops der Arbeitskreise „Kreislaufwirtschaft" und „Wasserstoff"
- 13:00 Abschluss und Mittagsimbiss

## Stimmen und Zahlen

Die Kooperationsbörse am Donnerstagnachmittag war nach Angaben der Organisatoren die bisher größte: 64 Unternehmen führten 127 Gespräche, davon 19 mit Gästen aus Sachsen und Brandenburg. Besonders gefragt waren Rezyklate, Prüfdienstleistungen und Wartung von Elektrolyseuren. „Wir haben an einem Nachmittag drei neue Lieferanten kennengelernt, für die wir sonst nach Leipzig oder Berlin gefahren wären", sagte Marcel Großkopf, Einkaufsleiter der Wittenberger Folienwerke GmbH. Auch die Werksführungen am Freitag waren ausgebucht; wer keinen Platz bekam, kann sich für die nächste Führung im Frühjahr vormerken lassen.

## Kernaussagen des Clustertags

Zum Abschluss fasste Jana Pietsch die Ergebnisse der Diskussionen zusammen:

- Die Chemiestandorte in Anhalt brauchen bis 2042 verlässliche Wasserstoffleitungen, sonst wandern Investitionen ab
- Kleine Kunststoffverarbeiter benötigen Unterstützung beim Nachweis von Rezyklatanteilen
- Hochschulen und Betriebe sollen gemeinsame duale Studiengänge in Chemietechnik ausbauen
- Die Kooperationsbörse soll künftig auch Partner aus Polen und Tschechien einbeziehen

## Frühere Clustertage

- 2035 – Bitterfeld-Wolfen, 4. Juni 2035
- 2036 – Dessau-Roßlau, 9. Juni 2036
- 2037 – Köthen, 15.–16. September 2037
- 2038 – Zeitz, 13.–14. September 2038
- 2039 – Leuna, 19.–20. September 2039

Der 7. Clustertag findet im September 2041 in Dessau-Roßlau statt. Vorher lädt der Cluster am 6. März 2041 zum Neujahrsempfang nach Bitterfeld-Wolfen ein. Die Präsentationen der Vorträge stehen den Mitgliedern im internen Bereich zum Download bereit.

**Kontakt:** Cluster Chemie/Kunststoffe Anhalt e. V., Clustermanagement, Jana Pietsch, Kavalierstraße 27, 06844 Dessau-Roßlau, info@cluster-anhalt.example.de

Teilen: [LinkedIn](#) · [Xing](#) · [E-Mail](#) · [Drucken](#)
"""
write(F, T)
CC="Cluster Chemie/Kunststoffe Anhalt e. V."
gold(F,
 [P("Matthias Kühne","Vorsitzender",CC), P("Sabine Lehmann-Ortmann","stellvertretende Vorsitzende",CC),
  P("Andreas Ziebell","Schatzmeister",CC), P("Ronny Haberland","Beisitzer",CC), P("Katrin Weidauer","Beisitzer",CC),
  P("Ute Schellenberg","Stellvertreterin",CC), P("Jana Pietsch","Geschäftsführerin des Clustermanagements",CC),
  P("Torsten Wendel","Oberbürgermeister der Lutherstadt Wittenberg",None),
  P("Jürgen Meinhardt","Staatssekretär","Ministeriums für Wirtschaft, Tourismus, Landwirtschaft und Forsten des Landes Sachsen-Anhalt"),
  P("Petra Sommerfeld",None,"SKW Stickstoffwerke Piesteritz"), P("Marcel Großkopf","Einkaufsleiter","Wittenberger Folienwerke GmbH")],
 [O(CC), O("SKW Stickstoffwerke Piesteritz GmbH"), O("Investitions- und Marketinggesellschaft Sachsen-Anhalt mbH","IMG"),
  O("Hochschule Anhalt"), O("Kühne Polymere GmbH"), O("Sparkasse Wittenberg"), O("Dow Olefinverbund GmbH"), O("Stadtwerke Dessau"),
  O("Ministeriums für Wirtschaft, Tourismus, Landwirtschaft und Forsten des Landes Sachsen-Anhalt"), O("Wittenberger Folienwerke GmbH")],
 [E("6. Clustertag Chemie & Kunststoffe","2040-09-20","2040-09-21","Lutherstadt Wittenberg","Germany"),
  E("Mitgliederversammlung","2040-09-19",None,"Lutherstadt Wittenberg","Germany"),
  E("Grüner Ammoniak aus Mitteldeutschland – Realität oder Wunschdenken?","2040-09-20",None,"Lutherstadt Wittenberg","Germany"),
  E("Kooperationsbörse","2040-09-20",None,"Lutherstadt Wittenberg","Germany"),
  E("Abendempfang","2040-09-20",None,"Lutherstadt Wittenberg","Germany"),
  E("Werksführungen","2040-09-21",None,"Lutherstadt Wittenberg","Germany"),
  E("Workshops der Arbeitskreise","2040-09-21",None,"Lutherstadt Wittenberg","Germany"),
  E("Clustertag","2035-06-04",None,"Bitterfeld-Wolfen","Germany"),
  E("Clustertag","2036-06-09",None,"Dessau-Roßlau","Germany"),
  E("Clustertag","2037-09-15","2037-09-16","Köthen","Germany"),
  E("Clustertag","2038-09-13","2038-09-14","Zeitz","Germany"),
  E("Clustertag","2039-09-19","2039-09-20","Leuna","Germany"),
  E("7. Clustertag","2041-09",None,"Dessau-Roßlau","Germany"),
  E("Neujahrsempfang","2041-03-06",None,"Bitterfeld-Wolfen","Germany")],
 ["2040-09-27","2040-09-20/2040-09-21","2040-09-19","2039","2040/2043","2040-09-20","2040-09-21","2035",
  "2035-06-04","2036","2036-06-09","2037","2037-09-15/2037-09-16","2038","2038-09-13/2038-09-14","2039-09-19/2039-09-20","2041-09","2041-03-06","2042"],
 ["Die Chemiestandorte in Anhalt brauchen bis 2042 verlässliche Wasserstoffleitungen, sonst wandern Investitionen ab",
  "Kleine Kunststoffverarbeiter benötigen Unterstützung beim Nachweis von Rezyklatanteilen",
  "Hochschulen und Betriebe sollen gemeinsame duale Studiengänge in Chemietechnik ausbauen",
  "Die Kooperationsbörse soll künftig auch Partner aus Polen und Tschechien einbeziehen"],
 pub="2040-09-27")
