from h import *
F = 'g02_westpfalz_positionspapier_cluster.txt'
assert wd(2038,2,23)=='Tuesday' and wd(2038,3,10)=='Wednesday'
T = """Startseite > Presse > Positionen
Cookie-Einstellungen | Barrierefreiheit | Leichte Sprache | EN

POSITIONSPAPIER

Cluster als Motor der Transformation in der Westpfalz
Gemeinsame Forderungen der Clusterorganisationen in Rheinland-Pfalz an Landesregierung und Bund

Kaiserslautern, 23. Februar 2038

Unterzeichnende Organisationen:
- Commercial Vehicle Cluster – Nutzfahrzeug GmbH (CVC), Kaiserslautern
- Smart Factory Westpfalz e.V., Kaiserslautern
- Cluster Holz & Bauen Rheinland-Pfalz e.V., Pirmasens
- Schuh- und Lederkompetenzzentrum Pirmasens (SLK)
- Biotechnologie-Netzwerk Rheinhessen-Pfalz e.V.

Ausgangslage

Die Westpfalz steht vor dem tiefsten Strukturwandel seit dem Abzug großer Teile der Streitkräfte in den 1990er Jahren. Rund 24.000 Beschäftigte arbeiten in der Region in der Fahrzeug- und Zulieferindustrie; mehr als die Hälfte davon in Betrieben mit weniger als 250 Beschäftigten. Die Umstellung auf elektrische und wasserstoffbasierte Antriebe, steigende Energiepreise und der Fachkräftemangel treffen diese Unternehmen gleichzeitig.

Die fünf unterzeichnenden Clusterorganisationen vertreten zusammen 614 Mitglieder, davon 472 Unternehmen. In einer gemeinsamen Umfrage im Januar 2038 gaben 71 Prozent der Unternehmen an, dass sie Investitionen in neue Produkte wegen unsicherer Förderbedingungen verschoben haben.

Clusterorganisationen haben in den vergangenen Jahren bewiesen, dass sie diese Betriebe erreichen: Allein 2037 haben sie 186 Veranstaltungen organisiert und 53 Verbundprojekte angestoßen. Diese Arbeit beruht jedoch überwiegend auf befristeten Projektmitteln.

Gleichzeitig wächst der Abstand zu anderen Regionen. Während Cluster in Baden-Württemberg und Bayern seit Jahren institutionell gefördert werden, müssen die Clustermanagements in der Westpfalz ihre Stellen alle zwei bis drei Jahre neu über Projekte finanzieren. Erfahrene Mitarbeiterinnen und Mitarbeiter wandern ab, Kontakte zu Unternehmen brechen ab, und gerade kleine Betriebe verlieren ihre Ansprechpartner. Die Erfahrungen aus dem Strukturwandel der Schuhindustrie in Pirmasens zeigen, wie teuer es wird, wenn Netzwerke erst dann aufgebaut werden, wenn die Arbeitsplätze schon verloren sind.

Unsere Forderungen

1. Eine verlässliche Grundfinanzierung der Clustermanagements durch das Land für mindestens fünf Jahre statt jährlich neu beantragter Projektmittel.
2. Ein Transformationsfonds Westpfalz, der Investitionen kleiner und mittlerer Zulieferer in neue Produkte mit Zuschüssen von bis zu 40 Prozent unterstützt.
3. Vereinfachte Antragsverfahren: ein einziges Online-Portal für Landes- und EFRE-Förderung bis Ende 2039.
4. Eine Weiterbildungsoffensive mit der Rheinland-Pfälzischen Technischen Universität Kaiserslautern-Landau und der Hochschule Kaiserslautern, die jährlich 1.500 Beschäftigte für Elektromobilität und Wasserstoff qualifiziert.
5. Die Beteiligung der Cluster an der Fortschreibung der Regionalen Innovationsstrategie 2040–2046 von Beginn an.

Was die Cluster selbst beitragen

Die Unterzeichnenden verpflichten sich, ihre Angebote für kleine Unternehmen abzustimmen, gemeinsame Veranstaltungen auszurichten und ab 2039 einen jährlichen Transformationsbericht für die Westpfalz vorzulegen.

Stimmen

"Unsere Mitglieder wollen investieren. Sie brauchen aber Regeln, die länger halten als ein Haushaltsjahr", sagt Dr. Friederike Aumüller, Geschäftsführerin des Commercial Vehicle Cluster.

"Ohne die kleinen Zulieferer gibt es keine Transformation, sondern nur Verlagerung", ergänzt Tobias Henschel, Vorstandsvorsitzender von Smart Factory Westpfalz e.V.

Übergabe

Das Positionspapier wurde am 10. März 2038 im Rahmen des Clusterdialogs Rheinland-Pfalz in Mainz an Staatssekretärin Dr. Ulrike Wendelstein vom Ministerium für Wirtschaft, Verkehr, Landwirtschaft und Weinbau Rheinland-Pfalz übergeben. Sie kündigte an, die Forderungen in der Arbeitsgruppe "Clusterpolitik 2040" zu beraten. Auch Vertreterinnen und Vertreter der Zukunftsinitiative Westpfalz e.V. und der IHK Pfalz nahmen an der Übergabe teil.

Weitere Unterzeichnende können sich bis zum 30. April 2038 über die Geschäftsstellen der Cluster anschließen.

Pressekontakt
Jana Kröhler
Kommunikation, Commercial Vehicle Cluster – Nutzfahrzeug GmbH
Europaallee 3, 67657 Kaiserslautern
Tel. +49 631 2059 55-12 | presse@cvc-suedwest.de

Download: Positionspapier (PDF, 380 KB)
Teilen: LinkedIn | Xing | E-Mail
Diese Seite verwendet Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu. [OK]
"""
write(F, T)
C='Commercial Vehicle Cluster – Nutzfahrzeug GmbH'
gold(F,
 [P('Friederike Aumüller','Geschäftsführerin','Commercial Vehicle Cluster'),
  P('Tobias Henschel','Vorstandsvorsitzender','Smart Factory Westpfalz e.V.'),
  P('Ulrike Wendelstein','Staatssekretärin','Ministerium für Wirtschaft, Verkehr, Landwirtschaft und Weinbau Rheinland-Pfalz'),
  P('Jana Kröhler','Kommunikation',C)],
 [O(C,'CVC'),O('Smart Factory Westpfalz e.V.'),O('Cluster Holz & Bauen Rheinland-Pfalz e.V.'),
  O('Schuh- und Lederkompetenzzentrum Pirmasens','SLK'),O('Biotechnologie-Netzwerk Rheinhessen-Pfalz e.V.'),
  O('Rheinland-Pfälzischen Technischen Universität Kaiserslautern-Landau'),O('Hochschule Kaiserslautern'),
  O('Ministerium für Wirtschaft, Verkehr, Landwirtschaft und Weinbau Rheinland-Pfalz'),
  O('Zukunftsinitiative Westpfalz e.V.'),O('IHK Pfalz')],
 [E('Clusterdialog Rheinland-Pfalz','2038-03-10',None,'Mainz','Germany')],
 ['2038-02-23','2038-01','2037','2039','2040/2046','2038-03-10','2038-04-30'],
 ['Eine verlässliche Grundfinanzierung der Clustermanagements durch das Land für mindestens fünf Jahre statt jährlich neu beantragter Projektmittel',
  'Ein Transformationsfonds Westpfalz, der Investitionen kleiner und mittlerer Zulieferer in neue Produkte mit Zuschüssen von bis zu 40 Prozent unterstützt',
  'Vereinfachte Antragsverfahren: ein einziges Online-Portal für Landes- und EFRE-Förderung bis Ende 2039',
  'Eine Weiterbildungsoffensive mit der Rheinland-Pfälzischen Technischen Universität Kaiserslautern-Landau und der Hochschule Kaiserslautern, die jährlich 1.500 Beschäftigte für Elektromobilität und Wasserstoff qualifiziert',
  'Die Beteiligung der Cluster an der Fortschreibung der Regionalen Innovationsstrategie 2040–2046 von Beginn an'],
 pub='2038-02-23')
