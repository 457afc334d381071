from h import *
doc = "PM_2032-04-26_Neuer-Vorstand-gewaehlt.md"
T = """# Pressemitteilung

**SicherheitsNetz Oberrhein e.V. – Neuer Vorstand gewählt**

*Karlsruhe, 26.04.2032*

Die Mitgliederversammlung des SicherheitsNetz Oberrhein e.V. (SNO) hat am Donnerstag, 22. April 2032, im Technologiepark Karlsruhe turnusgemäß einen neuen Vorstand gewählt. Von den 143 Mitgliedsunternehmen und -einrichtungen des IT-Sicherheitsnetzwerks waren 61 stimmberechtigt vertreten. Die Amtszeit des neuen Vorstands läuft von 2032 bis 2035.

Zur neuen Vorsitzenden wurde Dr. Miriam Achternbusch-Kaya gewählt, Geschäftsführerin der Kryptalis GmbH in Karlsruhe. Sie erhielt 58 von 61 Stimmen. Achternbusch-Kaya gehört dem Vorstand seit 2029 an und war zuletzt Stellvertreterin. Sie folgt auf Klaus-Dieter Hummel, der das Netzwerk seit seiner Gründung im Jahr 2019 geführt hatte und nicht mehr kandidierte.

**Der neue Vorstand im Überblick**

- Vorsitzende: Dr. Miriam Achternbusch-Kaya, Geschäftsführerin, Kryptalis GmbH
- Stellvertretender Vorsitzender: Prof. Dr. Thorsten von Wedel, Karlsruher Institut für Technologie (KIT), Institut für Informationssicherheit und Verlässlichkeit
- Stellvertretender Vorsitzender: Stefan Hafner-Rieß, Vorstand der Badische Datenwerk AG
- Schatzmeisterin: Sabine Wöhrle, Prokuristin, Volksbank Hardt-Pfinz eG (wiedergewählt)
- Beisitzer:
  - Jonas Ebinger, Gründer und CTO, Secudrom GmbH
  - Prof. Dr. Ayşe Demirtaş, Hochschule Karlsruhe
  - Felix Zimmerle, IHK Karlsruhe, Bereich Innovation und Umwelt
  - Carina Lutz-Oberle, Leiterin Informationssicherheit, Stadtwerke Kraichbach-Rheinebene GmbH (neu)

Ausgeschieden sind neben Klaus-Dieter Hummel die bisherigen Beisitzer Bernd Walliser (Walliser Systemhaus GmbH & Co. KG) und Dr. Ute Kemmler, die nach ihrem Wechsel zum Bundesamt für Sicherheit in der Informationstechnik (BSI) nicht mehr für ein Unternehmen aus der Region antreten konnte.

**Ehrung für den Gründungsvorsitzenden**

Die Versammlung ernannte Klaus-Dieter Hummel einstimmig zum Ehrenvorsitzenden. „Klaus-Dieter hat aus einem Stammtisch von zwölf Firmen ein Netzwerk gemacht, das in Berlin und Brüssel gehört wird", sagte Achternbusch-Kaya in ihrer ersten Rede als Vorsitzende. Hummel ist damit der erste Ehrenvorsitzender in der Geschichte des Vereins. Er, der bis 2030 auch Geschäftsführer der Hummel IT-Consulting GmbH war, dankte den Mitgliedern und der Geschäftsstelle.

Ein Grußwort des Landes sprach Dr. Henrike Saalbach, Referatsleiterin Cluster und Netzwerke im Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg. Sie würdigte das Netzwerk als einen der aktivsten Partner der Landesclusterpolitik und kündigte an, dass das Land die Förderung der Geschäftsstelle bis Ende 2034 fortsetzen werde. Prof. von Wedel betonte in einer kurzen Vorstellung, dass die Forschung am Oberrhein stärker mit den Anwendern aus Mittelstand und Kommunen zusammenkommen müsse; Stefan Hafner-Rieß will im Vorstand vor allem die Arbeitskreise betreuen und die Zusammenarbeit mit den Stadtwerken der Region vertiefen.

Die Leitung der Geschäftsstelle liegt weiterhin bei Geschäftsführer Ralf Gänshirt. Er stellte den Jahresbericht 2031 vor: 37 Veranstaltungen mit rund 2.400 Teilnehmenden, zwei neue Arbeitskreise (Operational Technology und Post-Quanten-Kryptografie) und die Beteiligung am Interreg-Oberrhein-Projekt TRINASEC (2031–2034) gemeinsam mit Partnern aus dem Elsass und der Nordwestschweiz. Die Kassenprüfer Monika Fessler und Achim Rapp bestätigten eine ordnungsgemäße Kassenführung; der Vorstand wurde einstimmig entlastet.

**Ziele für die Amtszeit**

Die neue Vorsitzende nannte drei Schwerpunkte:

1. kleine und mittlere Unternehmen bei der Umsetzung der europäischen Cybersicherheitsvorgaben unterstützen,
2. mehr Fachkräfte durch gemeinsame Ausbildungsangebote mit den Hochschulen gewinnen,
3. die Zusammenarbeit am Oberrhein über die Grenzen hinweg ausbauen.

**Termine**

Die erste Sitzung des neuen Vorstands findet am 11. Mai 2032 statt. Der nächste große Termin des Netzwerks ist der 6. Oberrheinische Sicherheitstag am 17. September 2032 in Offenburg; die Anmeldung öffnet Anfang Juni. Die nächste ordentliche Mitgliederversammlung ist für das Frühjahr 2033 geplant.

**Über das SicherheitsNetz Oberrhein**

Das SicherheitsNetz Oberrhein e.V. ist das Netzwerk der IT-Sicherheitswirtschaft in Baden. Es wurde 2019 in Karlsruhe gegründet und wird vom Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg im Rahmen der Clusterförderung unterstützt.

**Pressekontakt**
Lea Brandstetter, Referentin Presse und Kommunikation
SicherheitsNetz Oberrhein e.V., Haid-und-Neu-Straße 0, 76131 Karlsruhe
Telefon +49 721 000 77 15 · presse@sno.example
"""
S = "SicherheitsNetz Oberrhein e.V."
people = [
 P("Miriam Achternbusch-Kaya", "Vorsitzende", S),
 P("Klaus-Dieter Hummel", "Ehrenvorsitzender", S),
 P("Thorsten von Wedel", "Stellvertretender Vorsitzender", S),
 P("Stefan Hafner-Rieß", "Stellvertretender Vorsitzender", S),
 P("Sabine Wöhrle", "Schatzmeisterin", S),
 P("Jonas Ebinger", "Gründer und CTO", "Secudrom GmbH"),
 P("Ayşe Demirtaş", None, "Hochschule Karlsruhe"),
 P("Felix Zimmerle", None, "IHK Karlsruhe"),
 P("Carina Lutz-Oberle", "Leiterin Informationssicherheit", "Stadtwerke Kraichbach-Rheinebene GmbH"),
 P("Bernd Walliser", None, "Walliser Systemhaus GmbH & Co. KG"),
 P("Ute Kemmler", None, "Bundesamt für Sicherheit in der Informationstechnik"),
 P("Ralf Gänshirt", "Geschäftsführer", S),
 P("Monika Fessler", "Kassenprüfer", S),
 P("Achim Rapp", "Kassenprüfer", S),
 P("Henrike Saalbach", "Referatsleiterin Cluster und Netzwerke", "Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"),
 P("Lea Brandstetter", "Referentin Presse und Kommunikation", S),
]
orgs = [O(S, "SNO"), O("Kryptalis GmbH"), O("Karlsruher Institut für Technologie", "KIT"),
 O("Institut für Informationssicherheit und Verlässlichkeit"), O("Badische Datenwerk AG"), O("Volksbank Hardt-Pfinz eG"),
 O("Secudrom GmbH"), O("Hochschule Karlsruhe"), O("IHK Karlsruhe"), O("Bereich Innovation und Umwelt"), O("Stadtwerke Kraichbach-Rheinebene GmbH"),
 O("Walliser Systemhaus GmbH & Co. KG"), O("Bundesamt für Sicherheit in der Informationstechnik", "BSI"),
 O("Hummel IT-Consulting GmbH"), O("Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg")]
events = [
 E("Mitgliederversammlung des SicherheitsNetz Oberrhein e.V.", "2032-04-22", "2032-04-22", "Karlsruhe", "Germany"),
 E("erste Sitzung des neuen Vorstands", "2032-05-11", "2032-05-11", None, None),
 E("6. Oberrheinischer Sicherheitstag", "2032-09-17", "2032-09-17", "Offenburg", "Germany"),
 E("ordentliche Mitgliederversammlung 2033", "2033", "2033", None, None),
]
dates = ["2032-04-26", "2032-04-22", "2032/2035", "2029", "2019", "2030", "2031", "2031/2034", "2032-05-11", "2032-09-17", "2032-06", "2033", "2034"]
save(doc, T, "2032-04-26", people, orgs, events, dates, [])
