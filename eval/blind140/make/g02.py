from h import *
F = 'g02_pforzheim_positionspapier.md'
assert wd(2039,3,14)=='Monday' and wd(2039,4,20)=='Wednesday' and wd(2039,6,23)=='Thursday'
T = """[Startseite](/) | [Über uns](/verband) | [Mitglieder](/mitglieder) | [Themen](/themen) | [Presse](/presse) | [Kontakt](/kontakt)

# Positionspapier: Präzisionstechnik im Nordschwarzwald braucht eine verlässliche Transformationspolitik

*Clusterverband Präzisionstechnik Nordschwarzwald e. V. · Pforzheim, 24. März 2039 · Beschlossen vom Vorstand am 14. März 2039*

**Zusammenfassung:** Die Region Nordschwarzwald ist mit rund 1.900 Betrieben der Präzisions-, Medizin- und Schmucktechnik einer der dichtesten Standorte feinmechanischer Fertigung in Europa. Die Umstellung der Automobilzulieferer auf die Elektromobilität, steigende Energiepreise und der Fachkräftemangel treffen die meist familiengeführten Betriebe gleichzeitig. Mit diesem Papier legt der Clusterverband seine Forderungen an das Land Baden-Württemberg, den Bund und die Europäische Union vor.

## 1. Ausgangslage

Die Mitgliederbefragung des Verbands vom Herbst 2038 (312 Antworten) zeigt ein gemischtes Bild: 58 Prozent der Betriebe rechnen für 2039 mit sinkenden Aufträgen aus der Fahrzeugindustrie, gleichzeitig wollen 41 Prozent neue Märkte in der Medizintechnik erschließen. Fast drei Viertel der Befragten geben an, offene Stellen für Zerspanungsmechaniker und Feinwerkmechanikerinnen länger als sechs Monate nicht besetzen zu können.

Hinzu kommen die Energiekosten. Viele Härtereien und Galvanikbetriebe in Pforzheim, Neuenbürg und im Enztal arbeiten mit Anlagen aus den 2010er-Jahren, deren Umstellung auf Strom aus erneuerbaren Quellen hohe Investitionen erfordert. Ohne Unterstützung droht ein schleichender Verlust ganzer Glieder der regionalen Wertschöpfungskette, von der Oberflächenveredelung bis zur Montage.

Die Hochschule Pforzheim und das Fraunhofer-Institut für Produktionstechnik und Automatisierung (IPA) in Stuttgart haben im Auftrag des Verbands die Transformationsrisiken für die Region untersucht. Prof. Dr. Friederike Schöttle-Ayhan, Studienleiterin an der Hochschule Pforzheim, fasst das Ergebnis so zusammen: „Die Betriebe haben das Können, aber nicht die Zeit und das Kapital, um sich neu aufzustellen."

## 2. Was bisher geschah

Der Verband hat das Thema auf mehreren Veranstaltungen mit der Politik diskutiert:

- beim 12. Clustertag Nordschwarzwald am 7. Oktober 2038 im CongressCentrum Pforzheim, mit rund 380 Teilnehmenden,
- bei einem Parlamentarischen Abend im Haus der Wirtschaft in Stuttgart am Mittwoch, 20. April 2039, gemeinsam mit der IHK Nordschwarzwald,
- in drei regionalen Werkstattgesprächen in Calw, Nagold und Mühlacker zwischen Januar und Februar 2039.

An dem Parlamentarischen Abend nahmen unter anderem Staatssekretärin Dr. Miriam Okonkwo-Brandt vom Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg und der Landtagsabgeordnete Jörg von Hohenau teil.

## 3. Unsere Forderungen

Der Clusterverband fordert:

1. Ein Transformationsfonds des Landes für kleine und mittlere Zulieferer mit Zuschüssen für Umrüstung und Zertifizierung, nicht nur mit Darlehen
2. Die Aufnahme der Region Nordschwarzwald in die Förderkulisse der Transformationsnetzwerke des Bundes ab 2040
3. Eine Ausbildungsoffensive mit der Berufsschule Pforzheim und überbetrieblichen Lehrwerkstätten, finanziert aus Mitteln des Europäischen Sozialfonds Plus
4. Schnellere Verfahren bei der Zulassung von Medizinprodukten für Umsteiger aus der Automobilzulieferung
5. Die Beteiligung der Clusterorganisationen an der Umsetzung des Übergangspfads für das Ökosystem Mobilität auf europäischer Ebene

## 4. Unser Beitrag

Der Verband selbst wird bis Ende 2039 ein Qualifizierungsnetzwerk mit 40 Betrieben aufbauen, eine Kooperationsbörse für Medizintechnik starten und die Ergebnisse der Transformationsstudie jährlich fortschreiben. Dazu arbeitet er mit der Wirtschaftsförderung Nordschwarzwald GmbH und dem Medizintechnik-Cluster MedicalMountains in Tuttlingen zusammen.

## 5. Ansprechpartner

- Dr.-Ing. Konstantin Wälde, Vorstandsvorsitzender des Clusterverbands (Geschäftsführer der Wälde Feinwerktechnik GmbH, Birkenfeld)
- Sabine Haberer-Lutz, Geschäftsführerin, Clusterverband Präzisionstechnik Nordschwarzwald e. V., haberer@cluster-nsw.example.de
- Mehmet Kaya, Projektleiter Fachkräfte, kaya@cluster-nsw.example.de

Die Mitgliederversammlung des Verbands wird das Papier am Donnerstag, 23. Juni 2039, in Pforzheim bestätigen und über weitere Schritte beraten.

---

*Stand: 24.03.2039 · Download als PDF (412 KB) · [Zurück zur Übersicht](/presse)*

Clusterverband Präzisionstechnik Nordschwarzwald e. V. · Westliche Karl-Friedrich-Straße 00, 75172 Pforzheim · [Impressum](/impressum) · [Datenschutz](/datenschutz)
"""
write(F, T)
C="Clusterverband Präzisionstechnik Nordschwarzwald e. V."
gold(F,
 [P("Friederike Schöttle-Ayhan","Studienleiterin","Hochschule Pforzheim"),
  P("Miriam Okonkwo-Brandt","Staatssekretärin","Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"),
  P("Jörg von Hohenau","Landtagsabgeordnete",None),
  P("Konstantin Wälde","Vorstandsvorsitzender",C),
  P("Sabine Haberer-Lutz","Geschäftsführerin",C),
  P("Mehmet Kaya","Projektleiter Fachkräfte",C)],
 [O(C), O("Land Baden-Württemberg"), O("Europäische Union"), O("Hochschule Pforzheim"),
  O("Fraunhofer-Institut für Produktionstechnik und Automatisierung","IPA"), O("IHK Nordschwarzwald"),
  O("Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"), O("Berufsschule Pforzheim"),
  O("Wirtschaftsförderung Nordschwarzwald GmbH"), O("MedicalMountains"), O("Wälde Feinwerktechnik GmbH")],
 [E("12. Clustertag Nordschwarzwald","2038-10-07",None,"Pforzheim","Germany"),
  E("Parlamentarischen Abend","2039-04-20",None,"Stuttgart","Germany"),
  E("regionalen Werkstattgesprächen","2039-01","2039-02","Calw, Nagold, Mühlacker","Germany"),
  E("Mitgliederversammlung","2039-06-23",None,"Pforzheim","Germany")],
 ["2039-03-24","2039-03-14","2038","2039","2038-10-07","2039-04-20","2039-01/2039-02","2040","2039-06-23"],
 ["Ein Transformationsfonds des Landes für kleine und mittlere Zulieferer mit Zuschüssen für Umrüstung und Zertifizierung, nicht nur mit Darlehen",
  "Die Aufnahme der Region Nordschwarzwald in die Förderkulisse der Transformationsnetzwerke des Bundes ab 2040",
  "Eine Ausbildungsoffensive mit der Berufsschule Pforzheim und überbetrieblichen Lehrwerkstätten, finanziert aus Mitteln des Europäischen Sozialfonds Plus",
  "Schnellere Verfahren bei der Zulassung von Medizinprodukten für Umsteiger aus der Automobilzulieferung",
  "Die Beteiligung der Clusterorganisationen an der Umsetzung des Übergangspfads für das Ökosystem Mobilität auf europäischer Ebene"],
 pub="2039-03-24")
