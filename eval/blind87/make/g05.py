from h import *
F = 'g05_lausitz_energiecluster_vorstand.txt'
assert wd(2040,4,24)=='Tuesday' and wd(2040,6,12)=='Tuesday'  # Dienstag, dem 24. April 2040
T = """Zum Inhalt springen
Energiecluster Lausitz e.V.
Startseite | Über uns | Mitglieder | Themen | Presse | Termine | Kontakt
Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Verwendung zu. Einverstanden | Datenschutzerklärung

Presse > Pressemitteilungen

PRESSEMITTEILUNG
Cottbus, 25.04.2040

Energiecluster Lausitz wählt neuen Vorstand – Dr. Katrin Wendisch folgt auf Holger Rietschel

Die Mitgliederversammlung des Energiecluster Lausitz e.V. hat am Dienstag, dem 24. April 2040, in der Stadthalle Cottbus einen neuen Vorstand gewählt. Neue Vorstandsvorsitzende ist Dr. Katrin Wendisch, Geschäftsführerin der Spreewerk Wasserstoff GmbH in Schwarze Pumpe. Sie tritt die Nachfolge von Holger Rietschel an, der den Verein seit seiner Gründung im Jahr 2031 geführt hatte und nicht erneut kandidierte.

Rund 140 Vertreterinnen und Vertreter der inzwischen 96 Mitgliedsunternehmen und -institutionen nahmen an der Versammlung teil. Die Wahl erfolgte einstimmig bei zwei Enthaltungen.

Dem neuen Vorstand gehören für die Amtszeit 2040–2043 an:
- Dr. Katrin Wendisch (Spreewerk Wasserstoff GmbH), Vorsitzende
- Prof. Dr.-Ing. Matthias Kuhnert (Brandenburgische Technische Universität Cottbus-Senftenberg), stellvertretender Vorsitzender
- Sabine Lehmann-Noack (Sparkasse Spree-Neiße), Schatzmeisterin
- Jens Pohlenz (LEAG Lausitz Energie Kraftwerke AG)
- Dr. Ayşe Demirci (Fraunhofer-Einrichtung für Energieinfrastrukturen und Geothermie IEG, Standort Cottbus)
- Marek Nowicki (Solarpark Forst GmbH & Co. KG)
- Claudia Reimann (Handwerkskammer Cottbus)

„Die Lausitz ist mitten im Umbau. Nach dem Ende der Kohleverstromung müssen wir beweisen, dass aus einem Energierevier ein Energiewenderevier werden kann“, sagte Wendisch nach ihrer Wahl. Ihre Schwerpunkte sieht sie in der Wasserstoffwirtschaft, der Fachkräftesicherung und der Zusammenarbeit mit polnischen Partnern in der Wojewodschaft Lebus.

Die neue Vorsitzende ist promovierte Verfahrenstechnikerin und arbeitete vor ihrem Wechsel in die Lausitz zwölf Jahre in der chemischen Industrie in Leuna. Die Spreewerk Wasserstoff GmbH betreibt seit 2038 einen Elektrolyseur mit 60 Megawatt Leistung am Industriepark Schwarze Pumpe und beschäftigt rund 120 Mitarbeitende. Wendisch kündigte an, die Arbeitsgruppen des Clusters neu zu ordnen und künftig einen eigenen Arbeitskreis für Fachkräfte und Ausbildung einzurichten, der gemeinsam mit den Berufsschulen der Region arbeiten soll.

Der scheidende Vorsitzende Holger Rietschel wurde von der Versammlung zum Ehrenmitglied ernannt. In seiner Abschiedsrede erinnerte er an die Anfänge mit zwölf Gründungsmitgliedern in einem Besprechungsraum der Industrie- und Handelskammer Cottbus. „Damals hat uns kaum jemand ernst genommen. Heute sitzen wir in jedem Strukturwandel-Gremium mit am Tisch.“

Grußworte sprachen Tobias Schick, Oberbürgermeister der Stadt Cottbus, sowie Dr. Anja Brettschneider, Abteilungsleiterin im Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg. Sie kündigte an, dass das Land die Geschäftsstelle des Clusters bis 2042 weiter fördern werde.

Weitere Beschlüsse
Die Mitgliederversammlung hat außerdem
- den Jahresabschluss 2039 festgestellt und den Vorstand entlastet,
- die Beitragsordnung ab 01.01.2041 angepasst,
- die Aufnahme von sieben neuen Mitgliedern bestätigt.

Geschäftsführer Dirk Schallenberg stellte den Arbeitsplan für das laufende Jahr vor. Höhepunkt wird der 5. Lausitzer Wasserstofftag am 12. Juni 2040 in Senftenberg. Im Herbst ist eine Delegationsreise nach Zielona Góra geplant.

Bildunterschrift: Der neue Vorstand des Energiecluster Lausitz (v. l. n. r.): Nowicki, Reimann, Kuhnert, Wendisch, Lehmann-Noack, Pohlenz, Demirci. Foto: Energiecluster Lausitz/R. Hentschel

Über den Energiecluster Lausitz e.V.
Der Energiecluster Lausitz e.V. ist das Netzwerk von Unternehmen, Hochschulen und Kammern der Energiewirtschaft in Süd-Brandenburg und Ost-Sachsen. Der Verein wurde 2031 gegründet und hat seinen Sitz in Cottbus.

Pressekontakt:
Franziska Mehnert
Presse- und Öffentlichkeitsarbeit
Energiecluster Lausitz e.V.
Karl-Liebknecht-Straße 136, 03046 Cottbus
Tel. +49 355 000000
presse@energiecluster-lausitz.example.de

Teilen: Facebook | LinkedIn | E-Mail | Drucken
Zurück zur Übersicht

Impressum | Datenschutz | Barrierefreiheit | © 2040 Energiecluster Lausitz e.V.
"""
write(F, T)
gold(F,
 [P("Katrin Wendisch","Vorsitzende","Energiecluster Lausitz e.V."),
  P("Holger Rietschel","scheidende Vorsitzende","Energiecluster Lausitz e.V."),
  P("Matthias Kuhnert","stellvertretender Vorsitzender","Energiecluster Lausitz e.V."),
  P("Sabine Lehmann-Noack","Schatzmeisterin","Energiecluster Lausitz e.V."),
  P("Jens Pohlenz",None,"LEAG Lausitz Energie Kraftwerke AG"),
  P("Ayşe Demirci",None,"Fraunhofer-Einrichtung für Energieinfrastrukturen und Geothermie IEG"),
  P("Marek Nowicki",None,"Solarpark Forst GmbH & Co. KG"),
  P("Claudia Reimann",None,"Handwerkskammer Cottbus"),
  P("Tobias Schick","Oberbürgermeister","Stadt Cottbus"),
  P("Anja Brettschneider","Abteilungsleiterin","Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg"),
  P("Dirk Schallenberg","Geschäftsführer","Energiecluster Lausitz e.V."),
  P("R. Hentschel"),
  P("Franziska Mehnert","Presse- und Öffentlichkeitsarbeit","Energiecluster Lausitz e.V.")],
 [O("Energiecluster Lausitz e.V."), O("Spreewerk Wasserstoff GmbH"),
  O("Brandenburgische Technische Universität Cottbus-Senftenberg"), O("Sparkasse Spree-Neiße"),
  O("LEAG Lausitz Energie Kraftwerke AG"), O("Fraunhofer-Einrichtung für Energieinfrastrukturen und Geothermie IEG","IEG"),
  O("Solarpark Forst GmbH & Co. KG"), O("Handwerkskammer Cottbus"), O("Industrie- und Handelskammer Cottbus"),
  O("Stadt Cottbus"), O("Ministerium für Wirtschaft, Arbeit und Energie des Landes Brandenburg")],
 [E("Mitgliederversammlung","2040-04-24",None,"Cottbus","Germany"),
  E("5. Lausitzer Wasserstofftag","2040-06-12",None,"Senftenberg","Germany"),
  E("Delegationsreise nach Zielona Góra",None,None,"Zielona Góra","Poland")],
 ["2040-04-25","2040-04-24","2031","2038","2040/2043","2042","2039","2041-01-01","2040-06-12"],
 ["den Jahresabschluss 2039 festgestellt und den Vorstand entlastet",
  "die Beitragsordnung ab 01.01.2041 angepasst",
  "die Aufnahme von sieben neuen Mitgliedern bestätigt"], pub="2040-04-25")
