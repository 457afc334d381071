import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g02.txt'
w = day(2037, 5, 20, 'de')
t = f"""automotive.saar – Netzwerk der Fahrzeug- und Zulieferindustrie im Saarland e.V.
Startseite > Aktuelles > Pressemitteilungen
Wir verwenden Cookies. [Alle akzeptieren] [Nur notwendige]

Pressemitteilung Nr. 09/2037
Saarbrücken, 21. Mai 2037

Mitgliederversammlung wählt neuen Vorstand – Dr. Katrin Weyand folgt auf Heribert Scholl

Die ordentliche Mitgliederversammlung von automotive.saar hat am {w}, dem 20. Mai 2037, im Zentrum für Mechatronik und Automatisierungstechnik (ZeMA) in Saarbrücken einen neuen Vorstand gewählt. 64 von 112 stimmberechtigten Mitgliedsunternehmen und -einrichtungen waren vertreten, davon neun über schriftliche Vollmacht.

Neue Vorstandsvorsitzende ist Dr. Katrin Weyand, Geschäftsführerin der Bliestal Gusstechnik GmbH in Blieskastel. Sie erhielt 58 Stimmen bei drei Enthaltungen. Weyand gehörte dem Vorstand bereits seit 2033 als Schatzmeisterin an. Sie folgt auf Heribert Scholl (ehemals Werkleiter der Saarmotoren AG), der den Verein seit seiner Gründung im Jahr 2029 geführt hatte und nicht erneut kandidierte.

„Wir haben in acht Jahren aus einem losen Stammtisch von Zulieferern ein Netzwerk gemacht, das in Berlin und Brüssel gehört wird“, sagte Scholl in seiner Abschiedsrede. Die Versammlung ernannte ihn einstimmig zum Ehrenvorsitzenden.

Weyand kündigte an, die kleinen Betriebe stärker in die Arbeit des Netzwerks einzubinden. Viele Gießereien, Dreher und Werkzeugbauer im Saarland hätten noch keine eigene Strategie für die Zeit nach dem Verbrennungsmotor, oft fehle schlicht die Zeit, sich mit Förderprogrammen und neuen Kunden zu beschäftigen. „Hier muss der Verein Lotse sein und nicht nur Gastgeber schöner Abende“, sagte sie. Als erste Maßnahme soll bis Ende des Jahres eine Sprechstunde für Mitgliedsbetriebe in Neunkirchen, Homburg und Merzig eingerichtet werden, die von der Geschäftsstelle und ehrenamtlichen Mentorinnen und Mentoren aus größeren Mitgliedsunternehmen getragen wird.

Der neue Vorstand (Amtszeit 2037–2040) im Überblick:
• Vorsitzende: Dr. Katrin Weyand, Bliestal Gusstechnik GmbH
• Stellvertretender Vorsitzender: Prof. Dr.-Ing. Matthias Kerber, Hochschule für Technik und Wirtschaft des Saarlandes (htw saar)
• Schatzmeister: Jörg Altmeyer, Sparkasse Saarbrücken
• Schriftführerin: Melanie Closs, Closs & Partner Logistik GmbH & Co. KG
• Beisitzer: Emre Yıldırım (Homburger Kunststofftechnik GmbH), Dr. Annette Pilger (Fraunhofer-Institut für Zerstörungsfreie Prüfverfahren IZFP), Stefan Bost (IG Metall Neunkirchen)

Als Kassenprüfer wurden Ralf Hoffmann und Petra Jungmann bestätigt.

Geschäftsführer Dr. Lukas Feit stellte den Tätigkeitsbericht 2036 vor. Der Verein hat im vergangenen Jahr 14 Veranstaltungen mit rund 1.300 Teilnehmenden ausgerichtet, darunter den Zuliefertag Saar-Lor-Lux am 9. November 2036 in Saarlouis und die Delegationsreise nach Łódź vom 12. bis 14. Oktober 2036. Die Jahresrechnung wurde ohne Beanstandung geprüft; der Vorstand wurde für das Geschäftsjahr 2036 einstimmig entlastet.

Staatssekretär Thomas Reinert vom Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes würdigte in seinem Grußwort die Rolle des Netzwerks beim Strukturwandel: Von den rund 40.000 Beschäftigten der Fahrzeugindustrie im Land arbeite inzwischen fast jeder dritte an Komponenten für elektrische oder wasserstoffbasierte Antriebe.

Beschlüsse der Mitgliederversammlung
1. Der Jahresbeitrag für Unternehmen mit weniger als 50 Beschäftigten wird ab 1. Januar 2038 auf 480 Euro gesenkt.
2. Die Satzung wird um eine Fachgruppe „Wasserstoff und Brennstoffzelle“ ergänzt.
3. Der Verein tritt der Allianz der Automobilcluster Südwest bei.
4. Die nächste Mitgliederversammlung findet im Mai 2038 in Homburg statt.

Neue Mitglieder seit der letzten Versammlung: Merziger Federnwerk GmbH, Sulzbach Sensorik UG (haftungsbeschränkt), Universität des Saarlandes – Lehrstuhl für Antriebstechnik, VoltWerk Saar GmbH.

Termine
• {day(2037,6,17,'de')}, 17. Juni 2037, 14:00–17:30 Uhr: Arbeitskreis Wasserstoff, ZeMA Saarbrücken
• {day(2037,9,9,'de')}, 9. September 2037: Unternehmerfrühstück bei VoltWerk Saar, Völklingen
• 8.–9. November 2037: Zuliefertag Saar-Lor-Lux, Saarlouis

Pressekontakt:
Nadine Schmitt, Kommunikation
automotive.saar e.V. · Altenkesseler Straße 17 · 66115 Saarbrücken
Tel. +49 681 555 2210 · presse@automotive-saar.de

Foto: Der neue Vorstand mit dem Ehrenvorsitzenden (v. l. n. r.) … Foto: automotive.saar/Becker

Teilen: E-Mail | LinkedIn | Drucken
Impressum · Datenschutz · Barrierefreiheit
"""
write(F, t)
A = 'automotive.saar'
people = [P('Katrin Weyand', 'Vorsitzende', 'automotive.saar'), P('Heribert Scholl', 'Ehrenvorsitzenden', A),
 P('Matthias Kerber', 'Stellvertretender Vorsitzender', 'automotive.saar'),
 P('Jörg Altmeyer', 'Schatzmeister', 'automotive.saar'), P('Melanie Closs', 'Schriftführerin', 'automotive.saar'),
 P('Emre Yıldırım', 'Beisitzer', 'automotive.saar'),
 P('Annette Pilger', 'Beisitzer', 'automotive.saar'), P('Stefan Bost', 'Beisitzer', 'automotive.saar'),
 P('Ralf Hoffmann', 'Kassenprüfer', A), P('Petra Jungmann', 'Kassenprüfer', A), P('Lukas Feit', 'Geschäftsführer', A),
 P('Thomas Reinert', 'Staatssekretär', 'Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes'),
 P('Nadine Schmitt', 'Kommunikation', 'automotive.saar e.V.')]
orgs = [O('automotive.saar – Netzwerk der Fahrzeug- und Zulieferindustrie im Saarland e.V.'),
 O('Zentrum für Mechatronik und Automatisierungstechnik', 'ZeMA'), O('Bliestal Gusstechnik GmbH'), O('Saarmotoren AG'),
 O('Hochschule für Technik und Wirtschaft des Saarlandes', 'htw saar'), O('Sparkasse Saarbrücken'),
 O('Closs & Partner Logistik GmbH & Co. KG'), O('Homburger Kunststofftechnik GmbH'),
 O('Fraunhofer-Institut für Zerstörungsfreie Prüfverfahren IZFP', 'IZFP'), O('IG Metall Neunkirchen'),
 O('Ministerium für Wirtschaft, Innovation, Digitales und Energie des Saarlandes'), O('Allianz der Automobilcluster Südwest'),
 O('Merziger Federnwerk GmbH'), O('Sulzbach Sensorik UG (haftungsbeschränkt)'),
 O('Universität des Saarlandes – Lehrstuhl für Antriebstechnik'), O('VoltWerk Saar GmbH')]
events = [E('Mitgliederversammlung', '2037-05-20', None, 'Saarbrücken', 'Germany'),
 E('Zuliefertag Saar-Lor-Lux', '2036-11-09', None, 'Saarlouis', 'Germany'),
 E('Delegationsreise nach Łódź', '2036-10-12', '2036-10-14', 'Łódź', 'Poland'),
 E('Mitgliederversammlung', '2038-05', None, 'Homburg', 'Germany'),
 E('Arbeitskreis Wasserstoff', '2037-06-17', None, 'Saarbrücken', 'Germany'),
 E('Unternehmerfrühstück', '2037-09-09', None, 'Völklingen', 'Germany'),
 E('Zuliefertag Saar-Lor-Lux', '2037-11-08', '2037-11-09', 'Saarlouis', 'Germany')]
dates = ['2037-05-21', '2037-05-20', '2033', '2029', '2037/2040', '2036', '2036-11-09', '2036-10-12/2036-10-14', '2038-01-01',
 '2038-05', '2037-06-17', '2037-09-09', '2037-11-08/2037-11-09']
km = ['Der Jahresbeitrag für Unternehmen mit weniger als 50 Beschäftigten wird ab 1. Januar 2038 auf 480 Euro gesenkt',
 'Die Satzung wird um eine Fachgruppe „Wasserstoff und Brennstoffzelle“ ergänzt',
 'Der Verein tritt der Allianz der Automobilcluster Südwest bei',
 'Die nächste Mitgliederversammlung findet im Mai 2038 in Homburg statt']
gold(F, people, orgs, events, dates, km, pub='2037-05-21')
