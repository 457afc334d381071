from h import *
F = 'g02_regensburg_positionspapier.txt'
assert wd(2036,10,15)=='Wednesday' and wd(2036,11,27)=='Thursday' and wd(2036,10,22)=='Wednesday'
T = """Cluster Leistungselektronik Ostbayern e.V. – Aktuelles
Startseite > Aktuelles > Positionspapier
Suche | Mitgliederbereich | English

Regensburg, 22.10.2036 | Pressemitteilung | Lesezeit 4 Minuten

Mitgliederversammlung verabschiedet Positionspapier „Leistungselektronik als Schlüssel der Energiewende in Ostbayern“

Die Mitgliederversammlung des Cluster Leistungselektronik Ostbayern e.V. (CLO) hat am Mittwoch, 15. Oktober 2036, im Degginger in Regensburg ein Positionspapier zur künftigen Cluster- und Industriepolitik des Freistaats verabschiedet. 61 der 94 Mitgliedsunternehmen und -einrichtungen waren vertreten; das Papier wurde mit 58 Ja-Stimmen bei drei Enthaltungen angenommen.

Adressaten des Papiers sind:
- Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie (StMWi)
- die Abgeordneten der Region im Bayerischen Landtag
- Generaldirektion Binnenmarkt der Europäischen Kommission

Anlass ist die Neuausrichtung der bayerischen Clusteroffensive ab 2038 und die Vorbereitung des nächsten mehrjährigen Finanzrahmens der EU.

„Unsere Mitglieder liefern die Wechselrichter, Ladesäulen und Bahnumrichter, ohne die kein Windpark und kein Elektrobus läuft. Trotzdem taucht Leistungselektronik in keiner Förderlinie als eigenes Thema auf“, sagte die Vorstandsvorsitzende Dr. Franziska Obermeier-Haas, Geschäftsführerin der Hochspannungstechnik Amberg GmbH. Clustermanager Johannes von Stetten stellte die Ergebnisse einer Mitgliederbefragung vom Sommer vor, an der sich 71 Unternehmen beteiligt hatten.

Zentrale Ergebnisse der Befragung
- 78 % der Unternehmen planen bis 2040 zusätzliche Fertigungskapazität in Ostbayern.
- 64 % finden nicht genügend Elektroingenieurinnen und -ingenieure.
- Nur 12 % haben in den letzten drei Jahren an einem EU-Forschungsprojekt teilgenommen.

Unsere Forderungen
Der CLO fordert die Landes- und Bundespolitik sowie die Europäische Kommission auf,
1. Leistungselektronik als eigenes Technologiefeld in der bayerischen Clusteroffensive ab 2038 zu verankern,
2. die Grundfinanzierung der Clustermanagements auf mindestens sieben Jahre festzulegen, statt sie alle drei Jahre neu auszuschreiben,
3. an der OTH Regensburg und der OTH Amberg-Weiden jeweils einen dualen Studiengang Leistungselektronik einzurichten,
4. ein regionales Testzentrum für Siliziumkarbid-Bauteile gemeinsam mit dem Fraunhofer-Institut für Integrierte Systeme und Bauelementetechnologie IISB zu fördern,
5. KMU die Beteiligung an europäischen Projekten durch eine Antragspauschale von 15.000 Euro zu erleichtern.

Stimmen aus der Region
Dr. Ümit Karagöz, Leiter Innovation und Umwelt der IHK Regensburg für Oberpfalz / Kelheim, unterstützte das Papier: „Die Forderung nach verlässlicher Grundfinanzierung teilen wir ausdrücklich.“ Prof. Dr. Helga Brückl-Wendt, Vizepräsidentin für Forschung der OTH Regensburg, kündigte an, den Studiengang bereits zum Wintersemester 2037/38 prüfen zu lassen. Der Bezirkstagspräsident der Oberpfalz, Alois Kernhofer, sprach von einem „gut begründeten Papier, das wir in München vertreten werden“.

Vorstandswahlen
Im Anschluss wählte die Versammlung den Vorstand neu. Dr. Franziska Obermeier-Haas (Hochspannungstechnik Amberg GmbH) bleibt Vorsitzende, stellvertretender Vorsitzender wurde Lukas Pirzer (Donau Antriebe GmbH, Straubing). Als Schatzmeisterin bestätigt wurde Irina Koval (Sparkasse Regensburg).

Wie geht es weiter?
Das Positionspapier wird am 27. November 2036 (Donnerstag) bei einer Podiumsdiskussion „Energiewende braucht Elektronik“ im Marinaforum Regensburg öffentlich diskutiert. Zugesagt haben Staatssekretärin Dr. Beate Lindmayr aus dem Wirtschaftsministerium, die Präsidentin der Handwerkskammer Niederbayern-Oberpfalz, Gertraud Schießl-Bauer, und der Europaabgeordnete Markus Feulner. Beginn ist um 18:30 Uhr, Anmeldung bis 20. November über die Website.

Bereits im Frühjahr war der Cluster mit einer Delegation beim Cluster-Jahreskongress des Bundesverbands in Berlin (24.–25. März 2036) vertreten und hatte dort erste Thesen vorgestellt.

Das vollständige Positionspapier (12 Seiten) steht im Mitgliederbereich und als PDF zum Download bereit. Eine englische Kurzfassung folgt in Kürze und wird auch an die Partnercluster in Österreich und Tschechien verschickt.

Kontakt
Johannes von Stetten, Clustermanager
Cluster Leistungselektronik Ostbayern e.V.
Im Gewerbepark D 75, 93059 Regensburg
j.vonstetten@clo.example.de | +49 941 000 000

Teilen: LinkedIn | Xing | E-Mail
Impressum | Datenschutz | Cookie-Einstellungen
© 2036 Cluster Leistungselektronik Ostbayern e.V.
"""
write(F, T)
C="Cluster Leistungselektronik Ostbayern e.V."
gold(F,
 [P("Franziska Obermeier-Haas","Vorstandsvorsitzende",C),
  P("Johannes von Stetten","Clustermanager",C),
  P("Ümit Karagöz","Leiter Innovation und Umwelt","IHK Regensburg für Oberpfalz / Kelheim"),
  P("Helga Brückl-Wendt","Vizepräsidentin für Forschung","OTH Regensburg"),
  P("Alois Kernhofer","Bezirkstagspräsident der Oberpfalz",None),
  P("Lukas Pirzer","stellvertretender Vorsitzender",C),
  P("Irina Koval","Schatzmeisterin",C),
  P("Beate Lindmayr","Staatssekretärin","Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie"),
  P("Markus Feulner","Europaabgeordnete",None),
  P("Gertraud Schießl-Bauer","Präsidentin","Handwerkskammer Niederbayern-Oberpfalz")],
 [O(C,"CLO"), O("Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie","StMWi"), O("Bayerischen Landtag"),
  O("Generaldirektion Binnenmarkt"), O("Europäische Kommission"), O("Hochspannungstechnik Amberg GmbH"),
  O("OTH Regensburg"), O("OTH Amberg-Weiden"),
  O("Fraunhofer-Institut für Integrierte Systeme und Bauelementetechnologie","IISB"),
  O("IHK Regensburg für Oberpfalz / Kelheim"), O("Donau Antriebe GmbH"), O("Sparkasse Regensburg"), O("Handwerkskammer Niederbayern-Oberpfalz")],
 [E("Mitgliederversammlung","2036-10-15",None,"Regensburg","Germany"),
  E("Energiewende braucht Elektronik","2036-11-27",None,"Regensburg","Germany"),
  E("Cluster-Jahreskongress des Bundesverbands","2036-03-24","2036-03-25","Berlin","Germany")],
 ["2036-10-22","2036-10-15","2038","2040","2037/2038","2036-11-27","2036-11-20","2036-03-24/2036-03-25"],
 ["Leistungselektronik als eigenes Technologiefeld in der bayerischen Clusteroffensive ab 2038 zu verankern",
  "die Grundfinanzierung der Clustermanagements auf mindestens sieben Jahre festzulegen, statt sie alle drei Jahre neu auszuschreiben",
  "an der OTH Regensburg und der OTH Amberg-Weiden jeweils einen dualen Studiengang Leistungselektronik einzurichten",
  "ein regionales Testzentrum für Siliziumkarbid-Bauteile gemeinsam mit dem Fraunhofer-Institut für Integrierte Systeme und Bauelementetechnologie IISB zu fördern",
  "KMU die Beteiligung an europäischen Projekten durch eine Antragspauschale von 15.000 Euro zu erleichtern",
  "78 % der Unternehmen planen bis 2040 zusätzliche Fertigungskapazität in Ostbayern",
  "64 % finden nicht genügend Elektroingenieurinnen und -ingenieure",
  "Nur 12 % haben in den letzten drei Jahren an einem EU-Forschungsprojekt teilgenommen"],
 pub="2036-10-22")
