from h import *
F = 'g02_suedwestfalen_positionspapier_netzausbau.txt'
assert wd(2038,5,12)=='Wednesday' and wd(2038,6,4)=='Friday' and wd(2038,9,23)=='Thursday'
T = """Automotive & Metall Südwestfalen e. V. | Positionen | Download-Center
Startseite > Positionen > Positionspapier 2/2038

Sie sind hier: Positionspapier „Industrie braucht Netz“ – Forderungen der Zulieferindustrie Südwestfalens an Bund und Land

Siegen, 4. Juni 2038 – Stand: beschlossen vom Vorstand am 12. Mai 2038

Positionspapier 2/2038
Industrie braucht Netz: Zehn Forderungen für eine sichere und bezahlbare Stromversorgung der mittelständischen Industrie in Südwestfalen

Ausgangslage

Südwestfalen ist mit rund 150.000 Industriebeschäftigten eine der industriestärksten Regionen Deutschlands. Die 214 Mitgliedsunternehmen des Clusters Automotive & Metall Südwestfalen e. V. (AMS) – vom Gesenkschmiedebetrieb im Märkischen Kreis bis zum Hersteller von Leichtbaukomponenten im Kreis Olpe – haben in den vergangenen Jahren erheblich in die Elektrifizierung ihrer Prozesse investiert. Eine Umfrage des Clusters unter 96 Betrieben im Februar 2038 zeigt jedoch: 41 Prozent der Unternehmen warten länger als zwei Jahre auf einen Netzanschluss oder eine Leistungserhöhung; jedes vierte Unternehmen hat eine geplante Investition deshalb bereits zurückgestellt.

Gemeinsam mit der Südwestfalen Agentur GmbH, der Industrie- und Handelskammer Siegen (IHK Siegen) und dem Arbeitgeberverband Märkischer Kreis e. V. hat der Vorstand des Clusters das vorliegende Positionspapier erarbeitet. Die fachliche Begleitung übernahm Prof. Dr.-Ing. Katharina Wessels-Brandt vom Lehrstuhl für Elektrische Energieversorgung der Universität Siegen.

Unsere Forderungen

An die Bundesregierung und die Bundesnetzagentur:

1. Netzanschlüsse für Industriebetriebe müssen innerhalb von zwölf Monaten nach vollständigem Antrag realisiert werden; dafür braucht es eine verbindliche gesetzliche Frist.
2. Die Netzentgelte für energieintensive mittelständische Betriebe sind bis 2040 auf dem Niveau von 2037 zu deckeln.
3. Die Genehmigung von Umspannwerken und 110-kV-Leitungen soll dem überragenden öffentlichen Interesse gleichgestellt werden, wie es für Windenergieanlagen bereits gilt.
4. Die Verteilnetzbetreiber erhalten einen Anreiz, vorausschauend statt nachfragegetrieben auszubauen.

An die Landesregierung Nordrhein-Westfalen:

5. Das Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie des Landes Nordrhein-Westfalen richtet eine Clearingstelle Netzanschluss für Südwestfalen ein.
6. Landesplanung und Regionalplanung sichern Flächen für Umspannwerke in allen fünf Kreisen der Region.
7. Das Land fördert betriebliche Speicher und Lastmanagement in kleinen und mittleren Unternehmen mit einem eigenen Programm.

An die Region und uns selbst:

8. Die Kreise und Kommunen benennen je eine verantwortliche Ansprechperson für Netzfragen.
9. Die Unternehmen melden ihren künftigen Leistungsbedarf frühzeitig und gebündelt über das Cluster an die Netzbetreiber.
10. Das Cluster baut bis Ende 2039 gemeinsam mit der Fachhochschule Südwestfalen ein Qualifizierungsangebot für betriebliches Energiemanagement auf.

Stimmen

„Unsere Betriebe wollen klimaneutral produzieren. Wenn aber der Netzanschluss länger dauert als der Bau einer neuen Halle, verlieren wir Investitionen an andere Standorte“, sagt Dr. Ulrich Hombach, Vorstandsvorsitzender des Clusters und geschäftsführender Gesellschafter der Hombach Umformtechnik GmbH & Co. KG in Lüdenscheid.

Clustermanagerin Selin Aydoğan-Richter ergänzt: „Wir haben in den letzten Monaten mit allen drei Verteilnetzbetreibern der Region gesprochen. Die Bereitschaft ist da – was fehlt, sind klare Regeln und Personal.“

Auch Jörg Pfeffer-Lindemann, Hauptgeschäftsführer der IHK Siegen, unterstützt das Papier: Die Region brauche „eine Netzoffensive, keine weiteren Studien“.

Wie geht es weiter?

Das Positionspapier wird am Donnerstag, 23. September 2038, beim Südwestfälischen Industrieforum in der Siegerlandhalle in Siegen an Landeswirtschaftsministerin Dr. Hannelore Quast übergeben. Zuvor diskutieren die Mitgliedsunternehmen die Forderungen im Arbeitskreis Energie am 30. Juni 2038 (online, 14:00–16:00 Uhr). Rückmeldungen nimmt die Geschäftsstelle bis zum 15. Juli 2038 entgegen.

Unterzeichnende Organisationen
- Automotive & Metall Südwestfalen e. V.
- Südwestfalen Agentur GmbH
- Industrie- und Handelskammer Siegen
- Südwestfälische Industrie- und Handelskammer zu Hagen (SIHK)
- Arbeitgeberverband Märkischer Kreis e. V.
- Verband der Metall- und Elektroindustrie Olpe-Siegen e. V.

Download: Positionspapier_2-2038_Industrie_braucht_Netz.pdf (PDF, 412 KB)

Kontakt
Selin Aydoğan-Richter
Clustermanagerin
Automotive & Metall Südwestfalen e. V.
Koblenzer Straße 22, 57072 Siegen
Telefon +49 271 000000-12
s.aydogan-richter@ams-cluster.example.de

Weitere Positionen:
- Positionspapier 1/2038: Fachkräfte für die Transformation (März 2038)
- Positionspapier 3/2037: Wasserstoff für den Mittelstand (November 2037)

Diese Seite teilen: Facebook | LinkedIn | XING | E-Mail
Impressum | Datenschutz | Cookie-Einstellungen | Barrierefreiheit
© 2038 Automotive & Metall Südwestfalen e. V.
"""
write(F, T)
gold(F,
 [P("Katharina Wessels-Brandt",None,"Lehrstuhl für Elektrische Energieversorgung der Universität Siegen"),
  P("Ulrich Hombach","Vorstandsvorsitzender","Automotive & Metall Südwestfalen e. V."),
  P("Selin Aydoğan-Richter","Clustermanagerin","Automotive & Metall Südwestfalen e. V."),
  P("Jörg Pfeffer-Lindemann","Hauptgeschäftsführer","IHK Siegen"),
  P("Hannelore Quast","Landeswirtschaftsministerin",None)],
 [O("Automotive & Metall Südwestfalen e. V.","AMS"), O("Südwestfalen Agentur GmbH"),
  O("Industrie- und Handelskammer Siegen","IHK Siegen"), O("Arbeitgeberverband Märkischer Kreis e. V."),
  O("Lehrstuhl für Elektrische Energieversorgung"), O("Universität Siegen"),
  O("Bundesregierung"), O("Bundesnetzagentur"), O("Landesregierung Nordrhein-Westfalen"),
  O("Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie des Landes Nordrhein-Westfalen"),
  O("Fachhochschule Südwestfalen"), O("Hombach Umformtechnik GmbH & Co. KG"),
  O("Südwestfälische Industrie- und Handelskammer zu Hagen","SIHK"),
  O("Verband der Metall- und Elektroindustrie Olpe-Siegen e. V.")],
 [E("Südwestfälisches Industrieforum","2038-09-23",None,"Siegen","Germany"),
  E("Arbeitskreis Energie","2038-06-30",None,None,None)],
 ["2038-06-04","2038-05-12","2038-02","2040","2037","2039","2038-09-23","2038-06-30","2038-07-15","2038-03","2037-11"],
 ["Netzanschlüsse für Industriebetriebe müssen innerhalb von zwölf Monaten nach vollständigem Antrag realisiert werden; dafür braucht es eine verbindliche gesetzliche Frist",
  "Die Netzentgelte für energieintensive mittelständische Betriebe sind bis 2040 auf dem Niveau von 2037 zu deckeln",
  "Die Genehmigung von Umspannwerken und 110-kV-Leitungen soll dem überragenden öffentlichen Interesse gleichgestellt werden, wie es für Windenergieanlagen bereits gilt",
  "Die Verteilnetzbetreiber erhalten einen Anreiz, vorausschauend statt nachfragegetrieben auszubauen",
  "Das Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie des Landes Nordrhein-Westfalen richtet eine Clearingstelle Netzanschluss für Südwestfalen ein",
  "Landesplanung und Regionalplanung sichern Flächen für Umspannwerke in allen fünf Kreisen der Region",
  "Das Land fördert betriebliche Speicher und Lastmanagement in kleinen und mittleren Unternehmen mit einem eigenen Programm",
  "Die Kreise und Kommunen benennen je eine verantwortliche Ansprechperson für Netzfragen",
  "Die Unternehmen melden ihren künftigen Leistungsbedarf frühzeitig und gebündelt über das Cluster an die Netzbetreiber",
  "Das Cluster baut bis Ende 2039 gemeinsam mit der Fachhochschule Südwestfalen ein Qualifizierungsangebot für betriebliches Energiemanagement auf"],
 "2038-06-04")
