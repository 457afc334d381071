from h import *
F = 'g03_hof_fachtag_technische_textilien_programm.txt'
assert wd(2038,3,10)=='Wednesday' and wd(2038,3,11)=='Thursday' and wd(2038,2,19)=='Friday'
T = """Textil-Netzwerk Hochfranken e.V. | Veranstaltungen | Programm

>> Zur Anmeldung   >> Anfahrt   >> Ausstellerinfos   >> Presse
Seite drucken | Teilen: Xing LinkedIn E-Mail

6. Fachtag Technische Textilien Hochfranken
Vom Faden zum Bauteil – Textilien im Leichtbau und in der Medizintechnik

Mittwoch, 10. März und Donnerstag, 11. März 2038
Hochschule Hof, Campus Münchberg, Kulmbacher Straße 76, 95213 Münchberg

Veranstalter: Textil-Netzwerk Hochfranken e.V. (TNH) in Kooperation mit dem Institut für Materialwissenschaften der Hochschule Hof und dem Verband der Bayerischen Textil- und Bekleidungsindustrie e.V. (vtb)
Gefördert durch das Bayerische Staatsministerium für Wirtschaft, Landesentwicklung und Energie

Stand des Programms: 12. Januar 2038 – Änderungen vorbehalten

Zum sechsten Mal lädt das Netzwerk Unternehmen, Hochschulen und Zulieferer aus Oberfranken, Sachsen und
Westböhmen nach Münchberg ein. Im Mittelpunkt stehen in diesem Jahr zwei Märkte, in denen die Region
besonders stark gewachsen ist: textile Verstärkungen für den Leichtbau und textile Medizinprodukte. Neu ist
ein zweiter Veranstaltungstag mit vorab vereinbarten Kooperationsgesprächen. Die Vorträge werden auf Deutsch
gehalten; für die tschechischen Gäste steht am zweiten Tag eine Simultanübersetzung zur Verfügung.

------------------------------------------------------------
TAG 1 – Mittwoch, 10. März 2038
------------------------------------------------------------

09:00  Registrierung und Begrüßungskaffee im Foyer

09:45  Begrüßung
       Dr. Stefanie Röder, Vorstandsvorsitzende, Textil-Netzwerk Hochfranken e.V.
       Prof. Dr. Jürgen Lenz, Präsident der Hochschule Hof

10:15  Keynote: Textile Bewehrung im Brückenbau – was wir aus zehn Jahren gelernt haben
       Dipl.-Ing. Annegret Vollrath, Leiterin Entwicklung, Carbonbau Plauen GmbH

11:00  Kaffeepause und Ausstellung

11:30  Session 1: Leichtbau
       - Geflochtene Preforms für Wasserstofftanks (Tobias Wunderlich, Sachsen-Textil Reichenbach GmbH)
       - Recycling von Carbonfaserverschnitt (Dr. Melanie Brückner, Fraunhofer-Institut für Chemische Technologie ICT)
       - Diskussion, Moderation: Holger Zeitler, Geschäftsführer TNH

13:00  Mittagessen

14:00  Firmenbesichtigungen (zwei Gruppen, Busshuttle ab Campus)
       Gruppe A: Weberei Schödel & Söhne KG, Helmbrechts
       Gruppe B: Medtex Naila GmbH, Naila – Herstellung textiler Implantate

17:00  Rückkehr zum Campus

18:30  Podiumsgespräch „Fachkräfte für die Textilregion"
       Auf dem Podium:
       - IHK für Oberfranken Bayreuth
       - Agentur für Arbeit Hof
       - Staatliche Berufsschule Naila
       - eine Auszubildende und ein Auszubildender aus Mitgliedsbetrieben

19:30  Netzwerkabend mit fränkischem Buffet in der Alten Weberei Münchberg
       Verleihung des Hochfränkischen Textilpreises 2038 durch Landrat Bernhard Gerstner, Landkreis Hof

------------------------------------------------------------
TAG 2 – Donnerstag, 11. März 2038
------------------------------------------------------------

08:30  Frühstück für Frühaufsteher: Netzwerkfrühstück der Nachwuchsgruppe „Junge Textiler"

09:00  Session 2: Medizintechnik
       - Regulatorik für textile Medizinprodukte nach MDR (Katrin Ott, TÜV SÜD Product Service GmbH)
       - Gestrickte Gefäßprothesen: vom Labor in die Klinik (Prof. Dr. Ralf Hühnlein, Hochschule Hof)
       - Sensorische Textilien in der Pflege (Jana Dvořáková, Technická univerzita v Liberci)

10:30  Kaffeepause

11:00  B2B-Gespräche (vorab vereinbarte Termine, 20 Minuten)
       organisiert mit dem Enterprise Europe Network Bayern
       Partnerinnen und Partner aus Tschechien und Sachsen sind angemeldet

11:00  parallel: Workshop „Förderprogramme für KMU" mit Bayern Innovativ GmbH

12:45  Zusammenfassung und Ausblick auf den 7. Fachtag
       Dr. Stefanie Röder

13:15  Mittagsimbiss und Ende der Veranstaltung

------------------------------------------------------------
Referentinnen und Referenten (Auswahl)
------------------------------------------------------------

Dipl.-Ing. Annegret Vollrath leitet seit 2033 die Entwicklung bei Carbonbau Plauen und war zuvor
zwölf Jahre am Institut für Massivbau der TU Dresden tätig. Ihr Unternehmen hat bisher mehr als
vierzig Brücken mit Carbonbewehrung ausgestattet.

Dr. Melanie Brückner forscht am Fraunhofer ICT in Pfinztal zu Recyclingverfahren für Faserver-
bundwerkstoffe und koordiniert das Verbundprojekt ReCarb.

Prof. Dr. Ralf Hühnlein lehrt an der Hochschule Hof textile Medizintechnik und leitet das
Labor für Flächengebilde am Campus Münchberg.

Jana Dvořáková ist wissenschaftliche Mitarbeiterin an der Fakultät für Textiltechnik der
Technischen Universität Liberec und betreut die deutsch-tschechische Kooperation im Bereich
Smart Textiles.

------------------------------------------------------------
Anfahrt
------------------------------------------------------------

Mit der Bahn: bis Bahnhof Münchberg, von dort 10 Minuten zu Fuß. Mit dem Auto: A9, Ausfahrt
Münchberg-Nord, dann der Beschilderung „Hochschule" folgen. Kostenlose Parkplätze am Campus.
Shuttlebus ab Hof Hauptbahnhof am Mittwoch um 8:30 Uhr (bitte bei der Anmeldung angeben).

------------------------------------------------------------
Teilnahme und Anmeldung
------------------------------------------------------------

Teilnahmegebühr: Mitglieder 190 EUR, Nichtmitglieder 290 EUR, Studierende frei (begrenzte Plätze).
Im Preis enthalten sind Verpflegung, Bustransfer und Netzwerkabend.
Anmeldeschluss: Freitag, 19. Februar 2038. Die Plätze bei den Firmenbesichtigungen werden in der
Reihenfolge der Anmeldung vergeben; Medtex Naila bittet um Angabe der Staatsangehörigkeit.
Stornierung bis 26. Februar 2038 kostenfrei, danach wird die volle Gebühr fällig.

Ausstellung: Im Foyer präsentieren sich an beiden Tagen rund zwanzig Unternehmen und Institute mit
Mustern, Maschinenmodellen und Forschungsergebnissen. Ausstellerplätze (Tisch, Stellwand, Strom)
kosten 350 EUR zuzüglich Teilnahmegebühr und sind bis 29. Januar 2038 buchbar. Mitglieder des
Netzwerks erhalten 20 Prozent Nachlass. Das Ausstellerinfoblatt mit Aufbauzeiten und Lageplan
steht im Downloadbereich bereit; der Aufbau ist am Dienstag, 9. März 2038, ab 15:00 Uhr möglich.

Zimmerkontingente: Hotel am Kulmbacher Tor und Gasthof Ochsen, Stichwort „Fachtag", bis 10. Februar 2038.

Hinweis: Bild- und Tonaufnahmen während der Veranstaltung werden für die Dokumentation und die
Öffentlichkeitsarbeit des Netzwerks verwendet. Bitte wenden Sie sich an das Team, falls Sie nicht
fotografiert werden möchten.

Frühere Fachtage: 5. Fachtag 2037 (Hof), 4. Fachtag 2036 (Selb), 3. Fachtag 2035 (Münchberg).
Dokumentationen finden Sie im Mitgliederbereich.

Ansprechpartnerin:
Carina Pöhlmann
Projektmanagerin Veranstaltungen
Textil-Netzwerk Hochfranken e.V.
Ludwigstraße 7, 95028 Hof
Tel. +49 9281 000000
veranstaltungen@textilnetz-hochfranken.example.de

Impressum | Datenschutz | Barrierefreiheit
© 2038 Textil-Netzwerk Hochfranken e.V.
"""
assert wd(2038,2,26)=='Friday' and wd(2038,3,9)=='Tuesday' and wd(2038,1,29)=='Friday'
write(F, T)
N="Textil-Netzwerk Hochfranken e.V."
gold(F,
 [P("Stefanie Röder","Vorstandsvorsitzende",N),
  P("Jürgen Lenz","Präsident","Hochschule Hof"),
  P("Annegret Vollrath","Leiterin Entwicklung","Carbonbau Plauen GmbH"),
  P("Tobias Wunderlich",None,"Sachsen-Textil Reichenbach GmbH"),
  P("Melanie Brückner",None,"Fraunhofer-Institut für Chemische Technologie ICT"),
  P("Holger Zeitler","Geschäftsführer","TNH"),
  P("Bernhard Gerstner","Landrat","Landkreis Hof"),
  P("Katrin Ott",None,"TÜV SÜD Product Service GmbH"),
  P("Ralf Hühnlein",None,"Hochschule Hof"),
  P("Jana Dvořáková","wissenschaftliche Mitarbeiterin","Technická univerzita v Liberci"),
  P("Carina Pöhlmann","Projektmanagerin Veranstaltungen",N)],
 [O(N,"TNH"), O("Hochschule Hof"), O("Institut für Materialwissenschaften"),
  O("Verband der Bayerischen Textil- und Bekleidungsindustrie e.V.","vtb"),
  O("Bayerische Staatsministerium für Wirtschaft, Landesentwicklung und Energie"),
  O("Carbonbau Plauen GmbH"), O("Sachsen-Textil Reichenbach GmbH"), O("Fraunhofer-Institut für Chemische Technologie","ICT"),
  O("Weberei Schödel & Söhne KG"), O("Medtex Naila GmbH"), O("IHK für Oberfranken Bayreuth"), O("Agentur für Arbeit Hof"),
  O("Staatliche Berufsschule Naila"), O("Landkreis Hof"), O("Junge Textiler"), O("TÜV SÜD Product Service GmbH"),
  O("Technická univerzita v Liberci"), O("Institut für Massivbau"), O("TU Dresden"), O("Fakultät für Textiltechnik"), O("Enterprise Europe Network Bayern"), O("Bayern Innovativ GmbH")],
 [E("6. Fachtag Technische Textilien Hochfranken","2038-03-10","2038-03-11","Münchberg","Germany"),
  E("Firmenbesichtigungen","2038-03-10",None,None,"Germany"),
  E("Podiumsgespräch „Fachkräfte für die Textilregion\"","2038-03-10",None,"Münchberg","Germany"),
  E("Netzwerkabend","2038-03-10",None,"Münchberg","Germany"),
  E("Verleihung des Hochfränkischen Textilpreises 2038","2038-03-10",None,"Münchberg","Germany"),
  E("Netzwerkfrühstück der Nachwuchsgruppe „Junge Textiler\"","2038-03-11",None,"Münchberg","Germany"),
  E("B2B-Gespräche","2038-03-11",None,"Münchberg","Germany"),
  E("Workshop „Förderprogramme für KMU\"","2038-03-11",None,"Münchberg","Germany"),
  E("7. Fachtag"),
  E("5. Fachtag","2037",None,"Hof","Germany"),
  E("4. Fachtag","2036",None,"Selb","Germany"),
  E("3. Fachtag","2035",None,"Münchberg","Germany")],
 ["2038-03-10/2038-03-11","2038-01-12","2038-03-10","2038-03-11","2038-02-19","2038-02-26","2038-02-10","2037","2036","2035","2033","2038-01-29","2038-03-09"],
 [], None)
