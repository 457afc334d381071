from h import *
F = 'g02_emsland_interreg_partnertreffen.txt'
assert wd(2036,3,11)=='Tuesday' and wd(2036,3,12)=="Wednesday" and wd(2036,3,13)=="Thursday" and wd(2036,9,24)=='Wednesday'
T = """Wachstumsregion Ems-Achse e.V. | Presse | Projekte | Termine | Kontakt | Suche
Startseite > Aktuelles > Pressemitteilungen

PRESSEMITTEILUNG Nr. 14/2036
Lingen (Ems), 17.03.2036

Wasserstoff für den Mittelstand: Interreg-Projekt H2-HARBOUR trifft sich im Emsland

Drei Tage lang war Lingen Treffpunkt für Wasserstoff-Fachleute aus fünf Nordseeländern. Vom 11. bis 13. März 2036 richtete die Wachstumsregion Ems-Achse e.V. das dritte Partnertreffen des Projekts H2-HARBOUR aus, das aus dem Programm Interreg Nordsee gefördert wird. 14 Projektpartner und vier assoziierte Partner aus Deutschland, den Niederlanden, Dänemark, Belgien und Norwegen kamen im IT-Zentrum Lingen zusammen.

Ziel des Projekts ist es, kleine und mittlere Zulieferbetriebe in Hafen- und Industrieregionen fit für die Wasserstoffwirtschaft zu machen. Federführender Partner (Lead Partner) ist die Provincie Groningen; weitere Partner sind unter anderem die Hanzehogeschool Groningen, der dänische Energiecluster Energy Cluster Denmark, die Port of Esbjerg, die flämische Entwicklungsagentur POM West-Vlaanderen und die norwegische Forschungseinrichtung SINTEF Industri.

Zum Auftakt begrüßte Landrat Dr. Heinrich Többen-Ahlers (Landkreis Emsland) die Gäste. „Das Emsland erzeugt heute mehr Windstrom, als es selbst verbraucht. Jetzt geht es darum, daraus Wertschöpfung für unsere Betriebe zu machen", sagte er. Anschließend stellte Projektleiterin Marieke van der Wal-Hoekstra von der Provincie Groningen den Stand der Arbeitspakete vor.

Programm im Überblick

Dienstag, 11. März 2036
13:00 Sitzung des Lenkungsausschusses (nur Projektpartner)
16:30 Besichtigung des Elektrolyse-Standorts der Energiepark Emsland GmbH & Co. KG in Lingen
19:00 Gemeinsames Abendessen im Alten Posthaus

Mittwoch, 12. März 2036
09:00 Workshop „Qualifizierung von Fachkräften für Wasserstofftechnik", moderiert von Prof. Dr. Sabine Kruse-Mönning, Hochschule Osnabrück, Campus Lingen
11:00 Podiumsdiskussion: Was brauchen Zulieferer? Mit Vertretern der IHK Osnabrück-Emsland-Grafschaft Bentheim, der Handwerkskammer Osnabrück-Emsland-Grafschaft Bentheim und zwei Unternehmen
14:00 B2B-Gespräche zwischen regionalen Zulieferern und Projektpartnern
18:00 Netzwerkabend mit dem Emsländischen Wasserstoffnetzwerk

Donnerstag, 13. März 2036
09:00 Exkursion zum Hafen Dörpen und zur Wasserstofftankstelle in Meppen
12:30 Abschluss und Ausblick

Bei den B2B-Gesprächen trafen sich 23 Unternehmen aus der Region mit den Partnern; nach Angaben der Ems-Achse wurden 41 Gespräche geführt. Geschäftsführer Bernd Schepers-Lüken zeigte sich zufrieden: „Gerade für die kleinen Metallbau- und Elektrobetriebe ist so ein Treffen die Gelegenheit, direkt mit Häfen und Forschungseinrichtungen ins Gespräch zu kommen."

Einen Blick von außen brachte Jens Ole Mikkelsen, Clustermanager bei Energy Cluster Denmark, mit. In Dänemark hätten sich die Häfen früh zu Drehscheiben für Wasserstoff entwickelt, weil Kommunen, Hafengesellschaften und Betriebe ihre Flächen gemeinsam planten. „Wer erst über Leitungen redet, wenn die Elektrolyseure schon stehen, ist zu spät", sagte er. Für die Betriebe im Emsland sei vor allem die Wartung und Instandhaltung von Anlagen ein realistischer Einstieg in den neuen Markt.

Ergebnisse des Treffens

Die Partner verständigten sich in Lingen auf folgende Punkte:
– Bis Ende 2036 werden in jeder Partnerregion mindestens zehn Zulieferbetriebe in einem „Wasserstoff-Check" begleitet.
– Die Hochschule Osnabrück und die Hanzehogeschool Groningen entwickeln ein gemeinsames Weiterbildungsmodul für Schweißfachkräfte.
– Die Erfahrungen aus den Pilotregionen werden in einem Leitfaden für kommunale Wirtschaftsförderungen gebündelt, der im Frühjahr 2037 erscheinen soll.

Das Projekt H2-HARBOUR läuft von Oktober 2034 bis September 2037 und hat ein Gesamtbudget von 4,2 Mio. Euro. Das nächste Partnertreffen findet am Mittwoch, 24. September 2036, in Esbjerg statt; die Abschlusskonferenz ist für Juni 2037 in Groningen geplant.

Über die Wachstumsregion Ems-Achse
Die Wachstumsregion Ems-Achse e.V. ist ein Zusammenschluss von Unternehmen, Landkreisen, Kommunen und Bildungseinrichtungen im Emsland, in Ostfriesland, Leer und der Grafschaft Bentheim. Der Verein hat rund 600 Mitglieder.

Pressekontakt:
Lena Hülsmann, Referentin Öffentlichkeitsarbeit
Telefon 0591 000000 | presse@emsachse.example.de

Diese Pressemitteilung teilen: Facebook | LinkedIn | E-Mail
Zurück zur Übersicht | Druckversion

© Wachstumsregion Ems-Achse e.V. | Impressum | Datenschutz
"""
write(F, T)
E_="Wachstumsregion Ems-Achse e.V."; G="Provincie Groningen"
gold(F,
 [P("Heinrich Többen-Ahlers","Landrat","Landkreis Emsland"),
  P("Marieke van der Wal-Hoekstra","Projektleiterin",G),
  P("Sabine Kruse-Mönning",None,"Hochschule Osnabrück"),
  P("Bernd Schepers-Lüken","Geschäftsführer",E_),
  P("Jens Ole Mikkelsen","Clustermanager","Energy Cluster Denmark"),
  P("Lena Hülsmann","Referentin Öffentlichkeitsarbeit",E_)],
 [O(E_), O(G), O("Hanzehogeschool Groningen"), O("Energy Cluster Denmark"), O("Port of Esbjerg"),
  O("POM West-Vlaanderen"), O("SINTEF Industri"), O("Landkreis Emsland"), O("Energiepark Emsland GmbH & Co. KG"),
  O("Hochschule Osnabrück"), O("IHK Osnabrück-Emsland-Grafschaft Bentheim"),
  O("Handwerkskammer Osnabrück-Emsland-Grafschaft Bentheim"), O("Emsländischen Wasserstoffnetzwerk")],
 [E("dritte Partnertreffen des Projekts H2-HARBOUR","2036-03-11","2036-03-13","Lingen","Germany"),
  E("Sitzung des Lenkungsausschusses","2036-03-11",None,"Lingen","Germany"),
  E("Besichtigung des Elektrolyse-Standorts der Energiepark Emsland GmbH & Co. KG","2036-03-11",None,"Lingen","Germany"),
  E("Gemeinsames Abendessen","2036-03-11",None,"Lingen","Germany"),
  E("Workshop „Qualifizierung von Fachkräften für Wasserstofftechnik\"","2036-03-12",None,"Lingen","Germany"),
  E("B2B-Gespräche","2036-03-12",None,"Lingen","Germany"),
  E("Netzwerkabend","2036-03-12",None,"Lingen","Germany"),
  E("Exkursion zum Hafen Dörpen und zur Wasserstofftankstelle in Meppen","2036-03-13",None,"Dörpen, Meppen","Germany"),
  E("Partnertreffen","2036-09-24",None,"Esbjerg","Denmark"),
  E("Abschlusskonferenz","2037-06",None,"Groningen","Netherlands")],
 ["2036-03-17","2036-03-11/2036-03-13","2036-03-11","2036-03-12","2036-03-13","2036","2037","2034-10/2037-09","2036-09-24","2037-06"],
 ["Bis Ende 2036 werden in jeder Partnerregion mindestens zehn Zulieferbetriebe in einem „Wasserstoff-Check\" begleitet",
  "Die Hochschule Osnabrück und die Hanzehogeschool Groningen entwickeln ein gemeinsames Weiterbildungsmodul für Schweißfachkräfte",
  "Die Erfahrungen aus den Pilotregionen werden in einem Leitfaden für kommunale Wirtschaftsförderungen gebündelt, der im Frühjahr 2037 erscheinen soll"],
 pub="2036-03-17")
