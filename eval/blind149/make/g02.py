from h import *
F = 'g02_rhein_neckar_mitgliederversammlung.txt'
assert wd(2038,3,25)=='Thursday' and wd(2038,5,4)=='Tuesday' and wd(2038,6,17)=='Thursday'
T = """Pressemitteilung | Cluster Gesundheitswirtschaft Rhein-Neckar e.V.

Startseite > Presse > Pressemitteilungen 2038

Mannheim, 29.03.2038

Neuer Vorstand gewählt: Dr. Katharina von Aschenbach führt den Cluster Gesundheitswirtschaft Rhein-Neckar

Die Mitgliederversammlung des Cluster Gesundheitswirtschaft Rhein-Neckar e.V. (CGRN) hat am Donnerstag, 25. März 2038, im Technologiepark Heidelberg einen neuen Vorstand gewählt. Von den 132 Mitgliedern des Vereins waren 87 vertreten, davon 19 über eine schriftliche Vollmacht. Neue Vorstandsvorsitzende ist Dr. Katharina von Aschenbach, Geschäftsführerin der Medizintechnikfirma Aschenbach Surgical GmbH aus Weinheim. Sie folgt auf Prof. Dr. Helmut Brenneisen, der den Verein seit seiner Gründung im Jahr 2029 geführt hat und nicht erneut kandidierte.

Zum Vorstand gehören für die Amtszeit 2038–2041:
- Dr. Katharina von Aschenbach (Aschenbach Surgical GmbH), Vorsitzende
- Mehmet Yıldırım, Leiter Innovationsmanagement der Universitätsmedizin Mannheim, stellvertretender Vorsitzender
- Prof. Dr. Sabine Oberländer-Kraus, Prorektorin für Transfer, Universität Heidelberg, stellvertretende Vorsitzende
- Jörg Schulte-Wessel (Sparkasse Rhein Neckar Nord), Schatzmeister
- Beisitzer: Anna-Lena Petrović (BioMed Ventures GmbH, Ludwigshafen), Dr. Thierry Lambert (Roche Diagnostics GmbH, Mannheim) und Claudia Heß (IHK Rhein-Neckar)

Als Kassenprüfer bestätigte die Versammlung Wolfgang Ebersbach und Ursula Klingler.

Die Wahl leitete Bürgermeister a. D. Rainer Hölzle als Versammlungsleiter. Alle Kandidatinnen und Kandidaten wurden ohne Gegenstimmen gewählt; bei der Wahl des Schatzmeisters gab es zwei Enthaltungen.

Abschied nach neun Jahren

Prof. Brenneisen hatte den Cluster 2029 gemeinsam mit der Metropolregion Rhein-Neckar GmbH und dem Deutschen Krebsforschungszentrum (DKFZ) aufgebaut. In seiner Abschiedsrede erinnerte er an die ersten Sitzungen „in einem Besprechungsraum mit sechs Stühlen“ und an die Auszeichnung mit dem Gold Label der European Cluster Excellence Initiative im Jahr 2036. Die Mitglieder ernannten ihn einstimmig zum Ehrenvorsitzenden. Für die Landesregierung dankte Staatssekretärin Dr. Friederike Alsleben vom Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg für „neun Jahre Pionierarbeit für die Gesundheitswirtschaft im Südwesten“.

„Wir wollen die Unternehmen aus der Pfalz und dem Odenwald stärker einbinden und den Cluster für Start-ups attraktiver machen“, sagte die neue Vorsitzende nach der Wahl. Als erste Aufgaben nannte sie eine Mitgliederbefragung, eine engere Zusammenarbeit mit den Clustern am Oberrhein und einen eigenen Arbeitskreis für digitale Gesundheitsanwendungen, den Mehmet Yıldırım leiten wird.

Geschäftsstelle neu aufgestellt

Geschäftsführer Dr. Benedikt Auer stellte den Tätigkeitsbericht 2037 vor. Der Verein hat im vergangenen Jahr 23 neue Mitglieder aufgenommen, darunter erstmals zwei Krankenhausträger aus der Pfalz. Zum 1. Februar 2038 hat Marie-Christin Dahlke die Leitung des Bereichs Internationalisierung übernommen; sie kommt von Germany Trade & Invest (GTAI) in Bonn. Ihre Vorgängerin Dr. Elif Kaya wechselt als Clustermanagerin zu einem Partnercluster in Straßburg, dem Pôle Santé Alsace.

Beschlüsse der Mitgliederversammlung im Überblick:
1. Der Jahresabschluss 2037 wird festgestellt und der Vorstand entlastet.
2. Der Mitgliedsbeitrag für Unternehmen mit weniger als zehn Beschäftigten sinkt ab 2039 auf 300 Euro im Jahr.
3. Der Verein tritt dem Netzwerk Health Cluster Alliance Upper Rhine bei.
4. Eine Satzungsänderung erlaubt künftig Mitgliederversammlungen im hybriden Format.

Termine

Die neue Vorsitzende stellt sich den Mitgliedern beim Frühjahrsempfang des Clusters am Dienstag, 4. Mai 2038, ab 18:00 Uhr im Mannheimer Rosengarten vor. Der 9. Gesundheitswirtschaftstag Rhein-Neckar findet am Donnerstag, 17. Juni 2038, in Ludwigshafen statt; Anmeldeschluss ist der 31. Mai. Die nächste ordentliche Mitgliederversammlung ist für März 2039 geplant.

Pressekontakt
Cluster Gesundheitswirtschaft Rhein-Neckar e.V.
Laura Wendt, Kommunikation
Speyerer Straße 4, 68163 Mannheim
Tel. +49 621 000000 | presse@cgrn.example.de

Über den CGRN: Der Cluster Gesundheitswirtschaft Rhein-Neckar e.V. vernetzt Unternehmen, Kliniken, Hochschulen und Forschungseinrichtungen der Gesundheitswirtschaft in der Metropolregion Rhein-Neckar. Er wird vom Land Baden-Württemberg gefördert.

Teilen: LinkedIn | X | E-Mail
Zurück zur Übersicht
"""
write(F, T)
C="Cluster Gesundheitswirtschaft Rhein-Neckar e.V."
gold(F,
 [P("Katharina von Aschenbach","Vorsitzende",C),
  P("Helmut Brenneisen","Ehrenvorsitzenden",C),
  P("Mehmet Yıldırım","stellvertretender Vorsitzender",C),
  P("Sabine Oberländer-Kraus","stellvertretende Vorsitzende",C),
  P("Jörg Schulte-Wessel","Schatzmeister",C),
  P("Anna-Lena Petrović","Beisitzer",C),
  P("Thierry Lambert","Beisitzer",C),
  P("Claudia Heß","Beisitzer",C),
  P("Wolfgang Ebersbach","Kassenprüfer",C),
  P("Ursula Klingler","Kassenprüfer",C),
  P("Rainer Hölzle","Versammlungsleiter",None),
  P("Friederike Alsleben","Staatssekretärin","Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"),
  P("Benedikt Auer","Geschäftsführer",C),
  P("Marie-Christin Dahlke","Leitung des Bereichs Internationalisierung",C),
  P("Elif Kaya","Clustermanagerin","Pôle Santé Alsace"),
  P("Laura Wendt","Kommunikation",C)],
 [O(C,"CGRN"), O("Aschenbach Surgical GmbH"), O("Universitätsmedizin Mannheim"), O("Universität Heidelberg"),
  O("Sparkasse Rhein Neckar Nord"), O("BioMed Ventures GmbH"), O("Roche Diagnostics GmbH"), O("IHK Rhein-Neckar"),
  O("Metropolregion Rhein-Neckar GmbH"), O("Deutschen Krebsforschungszentrum","DKFZ"),
  O("Ministerium für Wirtschaft, Arbeit und Tourismus Baden-Württemberg"), O("Germany Trade & Invest","GTAI"),
  O("Pôle Santé Alsace"), O("Health Cluster Alliance Upper Rhine"), O("Land Baden-Württemberg")],
 [E("Mitgliederversammlung","2038-03-25",None,"Heidelberg","Germany"),
  E("Frühjahrsempfang","2038-05-04",None,"Mannheim","Germany"),
  E("9. Gesundheitswirtschaftstag Rhein-Neckar","2038-06-17",None,"Ludwigshafen","Germany"),
  E("ordentliche Mitgliederversammlung","2039-03",None,None,None)],
 ["2038-03-29","2038-03-25","2029","2038/2041","2036","2037","2038-02-01","2039","2038-05-04","2038-06-17","2038-05-31","2039-03"],
 ["Der Jahresabschluss 2037 wird festgestellt und der Vorstand entlastet",
  "Der Mitgliedsbeitrag für Unternehmen mit weniger als zehn Beschäftigten sinkt ab 2039 auf 300 Euro im Jahr",
  "Der Verein tritt dem Netzwerk Health Cluster Alliance Upper Rhine bei",
  "Eine Satzungsänderung erlaubt künftig Mitgliederversammlungen im hybriden Format"],
 pub="2038-03-29")
