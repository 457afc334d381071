from h import *
F = 'g02_deggendorf_team_vorstand.txt'
assert wd(2038,11,5)=='Friday' and wd(2039,2,14)=='Monday'
T = """Cluster Sensorik Niederbayern e.V. – Team und Gremien
Startseite > Über uns > Team

Suche | Mitglied werden | Login | EN

Wir verbinden Unternehmen, Hochschulen und Kommunen entlang der Donau – von Passau bis Straubing. Hier stellen wir Ihnen die Menschen vor, die den Cluster tragen: die Geschäftsstelle in Deggendorf, den Vorstand und den Fachbeirat.

GESCHÄFTSSTELLE

Dr. Veronika Huber-Stangl
Geschäftsführerin
Seit 2036 leitet die promovierte Physikerin die Geschäftsstelle. Zuvor war sie acht Jahre am Technologie Campus Freyung der Technischen Hochschule Deggendorf (THD) tätig, zuletzt als Leiterin der Arbeitsgruppe optische Messtechnik.
Tel. +49 991 000 10 | huber-stangl@sensorik-ndb.example.de

Mehmet Yılmaz
Clustermanager Industrie 4.0
Betreut die Arbeitsgruppen Maschinenbau und Lebensmitteltechnik und organisiert die Firmenbesuche.
Tel. +49 991 000 12

Johanna von Tettau
Projektmanagerin EU-Projekte
Koordiniert die Beteiligung des Clusters an europäischen Netzwerken und ist Ansprechpartnerin für das Enterprise Europe Network Bayern.

Lukas Brandl
Referent Kommunikation und Veranstaltungen
Newsletter, Website, Social Media und das jährliche Sensorik-Forum.

Petra Schmidbauer
Assistenz der Geschäftsführung, Mitgliederverwaltung

Neu im Team: Seit dem 1. Oktober 2038 verstärkt Aurélie Dubois-Kainz die Geschäftsstelle als Projektreferentin für Fachkräfte und Weiterbildung. Die gebürtige Lyonerin kommt von der Industrie- und Handelskammer Niederbayern (IHK Niederbayern), wo sie das Programm für ausländische Fachkräfte aufgebaut hat. Sie ist dienstags bis donnerstags in Deggendorf und freitags in unserem Büro in Passau erreichbar.

VORSTAND (gewählt für 2038–2041)

Die Mitgliederversammlung hat am Freitag, 5. November 2038, in Passau einen neuen Vorstand gewählt. Dem Gremium gehören an:

1. Vorsitzender: Prof. Dr. Friedrich ZACHERL, Universität Passau
Stellvertretende Vorsitzende: Anna-Lena Bergmüller, Geschäftsführerin der Bergmüller Messsysteme GmbH, Vilshofen
Schatzmeister: Georg Aigner (Sparkasse Deggendorf)
Beisitzer: Dr. Tomasz Kowalczyk (Krones Sensor Solutions GmbH), Sabine Oberhofer (Landkreis Straubing-Bogen, Wirtschaftsförderung) und Ulrich ter Horst (Donau Optik AG)

Der bisherige Vorsitzende, Dr. Klaus Reindl, stand nach zwei Amtszeiten nicht mehr zur Wahl. Die Versammlung wählte ihn einstimmig zum Ehrenmitglied. Reindl hatte den Verein 2030 mitgegründet und ihn von 14 auf 96 Mitglieder wachsen sehen.

FACHBEIRAT

Der Fachbeirat berät den Vorstand in Fragen der Forschung und der Technologieentwicklung. Ihm gehören Vertreterinnen und Vertreter der Hochschulen und Forschungseinrichtungen der Region an:
- Prof. Dr. Elif Demir-Achatz, Technische Hochschule Deggendorf (Sprecherin)
- Dr. Jan-Pieter de Vries, Fraunhofer-Institut für Integrierte Systeme und Bauelementetechnologie IISB
- Prof. Dr. Martina Gruber, Hochschule Landshut
- Dr. Stefan Wimmer, Bayerische Forschungsallianz (BayFOR)

UNSERE GESCHICHTE IN ZAHLEN
2030 – Gründung mit 14 Mitgliedern in Deggendorf
2033 – Aufnahme in das bayerische Clusterprogramm
2035 – erstes gemeinsames EU-Projekt mit Partnern aus Oberösterreich und Südböhmen
2038 – 96 Mitglieder, davon 71 Unternehmen

TERMINE

Die nächste Vorstandssitzung findet am 14. Februar 2039 (Montag) in der Geschäftsstelle statt. Das 9. Sensorik-Forum Niederbayern ist für den 18. bis 19. Mai 2039 in Straubing geplant; der Aufruf für Vorträge endet am 31. Januar 2039.

Rückblick auf die letzten Ausgaben des Forums:
- 8. Sensorik-Forum Niederbayern, Passau, 2038
- 7. Sensorik-Forum Niederbayern, Deggendorf, 2037
- 6. Sensorik-Forum Niederbayern, Landshut, 2036

Was uns die Mitgliederversammlung mitgegeben hat
In der Aussprache nach den Wahlen haben die Mitglieder dem neuen Vorstand drei Aufträge mitgegeben:
- Mehr Angebote für kleine Betriebe unter 20 Beschäftigten
- Gemeinsame Prüf- und Testinfrastruktur statt Einzelinvestitionen
- Stärkere Zusammenarbeit mit Partnern in Oberösterreich und Tschechien

Mitglied werden
Die Mitgliedschaft steht Unternehmen, Hochschulen, Kammern und Kommunen offen. Der Jahresbeitrag richtet sich nach der Zahl der Beschäftigten. Fragen beantwortet Petra Schmidbauer.

Weiterlesen: Satzung (PDF) | Beitragsordnung (PDF) | Jahresbericht 2037 (PDF)

Impressum | Datenschutz | Cookie-Einstellungen
© Cluster Sensorik Niederbayern e.V., Bahnhofstraße 3, 94469 Deggendorf
"""
write(F, T)
C="Cluster Sensorik Niederbayern e.V."
gold(F,
 [P("Veronika Huber-Stangl","Geschäftsführerin",C),
  P("Mehmet Yılmaz","Clustermanager Industrie 4.0",C),
  P("Johanna von Tettau","Projektmanagerin EU-Projekte",C),
  P("Lukas Brandl","Referent Kommunikation und Veranstaltungen",C),
  P("Petra Schmidbauer","Assistenz der Geschäftsführung",C),
  P("Aurélie Dubois-Kainz","Projektreferentin für Fachkräfte und Weiterbildung",C),
  P("Friedrich ZACHERL","1. Vorsitzender",C),
  P("Anna-Lena Bergmüller","Stellvertretende Vorsitzende",C),
  P("Georg Aigner","Schatzmeister",C),
  P("Tomasz Kowalczyk","Beisitzer",C),
  P("Sabine Oberhofer","Beisitzer",C),
  P("Ulrich ter Horst","Beisitzer",C),
  P("Klaus Reindl","Ehrenmitglied",C),
  P("Elif Demir-Achatz","Sprecherin",C),
  P("Jan-Pieter de Vries",None,"Fraunhofer-Institut für Integrierte Systeme und Bauelementetechnologie IISB"),
  P("Martina Gruber",None,"Hochschule Landshut"),
  P("Stefan Wimmer",None,"Bayerische Forschungsallianz")],
 [O(C), O("Technische Hochschule Deggendorf","THD"), O("Technologie Campus Freyung"), O("Enterprise Europe Network Bayern"),
  O("Universität Passau"), O("Bergmüller Messsysteme GmbH"), O("Sparkasse Deggendorf"), O("Krones Sensor Solutions GmbH"),
  O("Landkreis Straubing-Bogen"), O("Wirtschaftsförderung"), O("Industrie- und Handelskammer Niederbayern","IHK Niederbayern"), O("Donau Optik AG"),
  O("Fraunhofer-Institut für Integrierte Systeme und Bauelementetechnologie IISB","IISB"), O("Hochschule Landshut"),
  O("Bayerische Forschungsallianz","BayFOR")],
 [E("Mitgliederversammlung","2038-11-05",None,"Passau","Germany"),
  E("Vorstandssitzung","2039-02-14",None,"Deggendorf","Germany"),
  E("9. Sensorik-Forum Niederbayern","2039-05-18","2039-05-19","Straubing","Germany"),
  E("8. Sensorik-Forum Niederbayern","2038",None,"Passau","Germany"),
  E("7. Sensorik-Forum Niederbayern","2037",None,"Deggendorf","Germany"),
  E("6. Sensorik-Forum Niederbayern","2036",None,"Landshut","Germany")],
 ["2036","2038-10-01","2038/2041","2038-11-05","2030","2033","2035","2038","2039-02-14","2039-05-18/2039-05-19","2039-01-31","2037"],
 ["Mehr Angebote für kleine Betriebe unter 20 Beschäftigten",
  "Gemeinsame Prüf- und Testinfrastruktur statt Einzelinvestitionen",
  "Stärkere Zusammenarbeit mit Partnern in Oberösterreich und Tschechien"])
