from h import *
F = 'g02_ostbelgien_holzcluster_newsletter.txt'
assert wd(2039,5,12)=='Thursday' and wd(2039,6,9)=='Thursday' and wd(2039,6,30)=='Thursday' and wd(2039,9,22)=='Thursday' and wd(2039,5,20)=='Friday' and wd(2039,10,14)=='Friday'
T = """CLUSTER-NEWSLETTER HOLZ & BAU OSTBELGIEN
Ausgabe 2/2039 · Eupen, den 20. Mai 2039

Wenn diese E-Mail nicht richtig angezeigt wird, klicken Sie bitte hier.
---------------------------------------------------------------

Liebe Mitglieder, liebe Partnerinnen und Partner,

der Frühling war für unseren Cluster ereignisreich: Wir haben einen neuen Vorstand, eine neue Förderrunde und zum ersten Mal eine gemeinsame Messebeteiligung in Luxemburg. In dieser Ausgabe finden Sie außerdem die Termine bis zum Herbst. Gute Lektüre!

Ihre Clustermanagerin
Annika Kessler-Mreyen

---------------------------------------------------------------
1. RÜCKBLICK: MITGLIEDERVERSAMMLUNG IN ST. VITH

Am Donnerstag, dem 12. Mai 2039, trafen sich 48 Mitgliedsbetriebe des Clusters Holz & Bau Ostbelgien im Triangel in St. Vith zur ordentlichen Mitgliederversammlung. Nach dem Tätigkeitsbericht 2038 und dem Bericht der Rechnungsprüfer, Herrn Guido Thelen und Frau Monika Backes, wurde der Vorstand einstimmig entlastet.

Anschließend wählte die Versammlung den Vorstand für die Jahre 2039–2042:
- Vorsitzender: Patrick Wiesemes (Schreinerei Wiesemes GmbH, Bütgenbach)
- stellvertretende Vorsitzende: Dr. Lena Hilgers (Autonome Hochschule Ostbelgien)
- Schatzmeister: Raphaël Cremer (Sägewerk Cremer & Söhne AG, Amel)
- Beisitzer: Marc Lentz, Zimmerei Lentz, Raeren

Der langjährige Vorsitzende Ernst Pankert trat nach zehn Jahren nicht mehr an. Ministerpräsident der Deutschsprachigen Gemeinschaft Olivier Grommes dankte ihm in einem Grußwort für seinen Einsatz „für ein Holz, das hier wächst und hier verbaut wird“.

---------------------------------------------------------------
2. FÖRDERAUFRUF: INNOVATIONSSCHECK HOLZBAU 2039

Die Wirtschaftsförderungsgesellschaft Ostbelgien (WFG) öffnet gemeinsam mit dem Ministerium der Deutschsprachigen Gemeinschaft eine neue Runde des Innovationsschecks. Gefördert werden Machbarkeitsstudien, Prüfungen und Prototypen im Holz- und Modulbau, bis zu 80 % der Kosten und höchstens 20.000 Euro je Betrieb.

Einsendeschluss ist der 30. Juni 2039, 17 Uhr. Eine Informationsveranstaltung findet am Donnerstag, 9. Juni 2039, um 18 Uhr in den Räumen der WFG in Eupen statt (Hütte 79). Anmeldung bei Jérôme Schmitz, Projektleiter Cluster, j.schmitz@wfg.example.be.

---------------------------------------------------------------
3. FACHTAGUNG „BAUEN MIT LAUBHOLZ“ – DIE WICHTIGSTEN ERKENNTNISSE

Rund 90 Fachleute aus Belgien, Deutschland und Luxemburg diskutierten am 24. und 25. April 2039 in Eupen über die Verwendung von Buche und Eiche im konstruktiven Holzbau. Eingeladen hatten der Cluster und das Zentrum für Aus- und Weiterbildung des Mittelstandes (ZAWM). Referenten waren u. a. Prof. Stefan Winter (Technische Universität München) und Sandrine Collard, Forschungsleiterin bei Wallonie Bois.

Die wichtigsten Erkenntnisse:
- Laubholz aus den Wäldern der Eifel kann Nadelholz im Brettschichtholz teilweise ersetzen, wenn die Trocknung verbessert wird
- Für öffentliche Bauherren fehlen noch Ausschreibungsvorlagen, die regionales Holz zulassen
- Die Betriebe brauchen gemeinsame Lager- und Trocknungskapazitäten in der Region

Die Präsentationen stehen im Mitgliederbereich zum Download bereit.

---------------------------------------------------------------
4. TERMINE

Unsere nächsten Veranstaltungen auf einen Blick:
- 09.06.2039, 18:00 – Infoabend Innovationsscheck, Eupen
- 22.09.2039 – Betriebsbesichtigung bei der Zimmerei Lentz, Raeren, mit anschließendem Grillabend
- 13.–16.10.2039 – Gemeinschaftsstand auf der Messe „Batimoso“ in Luxemburg-Kirchberg
- 14.10.2039 – Clusterfrühstück der Großregion am Messestand

Zur Batimoso nehmen wir noch zwei Mitaussteller auf. Interessenten melden sich bis Ende Juni.

---------------------------------------------------------------
5. PERSONALIEN

Seit dem 1. Mai verstärkt Theresa Hennen das Clusterteam als Assistentin für Kommunikation. Sie kommt von der Industrie- und Handelskammer Eupen-Malmedy-St. Vith (IHK), wo sie fünf Jahre lang die Weiterbildung betreut hat.

---------------------------------------------------------------
6. AUS DEM NETZWERK

Der Cluster ist seit März Mitglied im grenzüberschreitenden Netzwerk „Holzbau Großregion“, dem Betriebe und Verbände aus Lothringen, dem Saarland, Rheinland-Pfalz, Luxemburg und der Wallonie angehören. Ein erstes Treffen mit dem Holzcluster Rheinland-Pfalz ist für den Herbst geplant.

---------------------------------------------------------------
Cluster Holz & Bau Ostbelgien · c/o WFG Ostbelgien · Hütte 79 · 4700 Eupen
Tel. +32 87 00 00 00 · cluster@wfg.example.be
Sie erhalten diesen Newsletter, weil Sie Mitglied oder Partner des Clusters sind. Abmelden | Impressum | Datenschutz
"""
write(F, T)
C = "Cluster Holz & Bau Ostbelgien"
gold(F,
 [P("Annika Kessler-Mreyen","Clustermanagerin",C),
  P("Guido Thelen","Rechnungsprüfer",C),
  P("Monika Backes","Rechnungsprüfer",C),
  P("Patrick Wiesemes","Vorsitzender",C),
  P("Lena Hilgers","stellvertretende Vorsitzende",C),
  P("Raphaël Cremer","Schatzmeister",C),
  P("Marc Lentz","Beisitzer",C),
  P("Ernst Pankert","Vorsitzende",C),
  P("Olivier Grommes","Ministerpräsident","Deutschsprachigen Gemeinschaft"),
  P("Jérôme Schmitz","Projektleiter Cluster","WFG"),
  P("Stefan Winter",None,"Technische Universität München"),
  P("Sandrine Collard","Forschungsleiterin","Wallonie Bois"),
  P("Theresa Hennen","Assistentin für Kommunikation",C)],
 [O(C), O("Schreinerei Wiesemes GmbH"), O("Autonome Hochschule Ostbelgien"),
  O("Sägewerk Cremer & Söhne AG"), O("Zimmerei Lentz"), O("Deutschsprachigen Gemeinschaft"),
  O("Wirtschaftsförderungsgesellschaft Ostbelgien","WFG"), O("Ministerium der Deutschsprachigen Gemeinschaft"),
  O("Zentrum für Aus- und Weiterbildung des Mittelstandes","ZAWM"), O("Technische Universität München"),
  O("Wallonie Bois"), O("Industrie- und Handelskammer Eupen-Malmedy-St. Vith","IHK"), O("Holzbau Großregion"),
  O("Holzcluster Rheinland-Pfalz")],
 [E("Mitgliederversammlung","2039-05-12",None,"St. Vith","Belgium"),
  E("Informationsveranstaltung","2039-06-09",None,"Eupen","Belgium"),
  E("Bauen mit Laubholz","2039-04-24","2039-04-25","Eupen","Belgium"),
  E("Betriebsbesichtigung bei der Zimmerei Lentz","2039-09-22",None,"Raeren","Belgium"),
  E("Grillabend","2039-09-22",None,"Raeren","Belgium"),
  E("Batimoso","2039-10-13","2039-10-16","Luxemburg-Kirchberg","Luxembourg"),
  E("Clusterfrühstück der Großregion","2039-10-14",None,"Luxemburg-Kirchberg","Luxembourg")],
 ["2039-05-20","2039-05-12","2038","2039/2042","2039-06-30","2039-06-09","2039-04-24/2039-04-25","2039-09-22",
  "2039-10-13/2039-10-16","2039-10-14","2039-06","2039-05-01","2039-03"],
 ["Laubholz aus den Wäldern der Eifel kann Nadelholz im Brettschichtholz teilweise ersetzen, wenn die Trocknung verbessert wird",
  "Für öffentliche Bauherren fehlen noch Ausschreibungsvorlagen, die regionales Holz zulassen",
  "Die Betriebe brauchen gemeinsame Lager- und Trocknungskapazitäten in der Region"],
 pub="2039-05-20")
