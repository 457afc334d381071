from common import *
doc = "einladung-solarforum-suedbaden-2035.txt"
write(doc, """
Startseite > Veranstaltungen > Solarforum Südbaden 2035

EINLADUNG: 7. Solarforum Südbaden – „Vom Dach ins Netz"
Donnerstag, 8. November 2035, 9:00–17:30 Uhr
Konzerthaus Freiburg, Konrad-Adenauer-Platz 1, 79098 Freiburg im Breisgau

Veröffentlicht am 3. September 2035 von der Geschäftsstelle

Liebe Mitglieder, liebe Partnerinnen und Partner,

das Cluster SonnenRegion Oberrhein e.V. lädt Sie gemeinsam mit der Wirtschaftsförderung Region Freiburg (WRF) und
dem Fraunhofer-Institut für Solare Energiesysteme ISE herzlich zum siebten Solarforum Südbaden ein. In diesem Jahr
steht die Integration von Photovoltaik, Speichern und Wärmepumpen in die Verteilnetze im Mittelpunkt. Da wir
erstmals Gäste aus Frankreich, der Schweiz und aus dem Netzwerk der European Cluster Collaboration Platform (ECCP)
erwarten, finden alle Fachsessions auf Englisch statt; Begrüßung und Podium sind zweisprachig.

PROGRAMM

09:00  Ankommen, Kaffee, Ausstellung der Mitgliedsunternehmen
09:30  Begrüßung
       Dr. Annegret Vogelsang, Vorstandsvorsitzende, SonnenRegion Oberrhein e.V.
       Bürgermeister Tobias Wehrle, Stadt Freiburg
10:00  Keynote: "Grid-friendly solar: what distribution operators need from installers"
       Prof. Dr. Hendrik van der Meulen, Fraunhofer ISE
10:45  Session 1: "Balcony PV to block storage – business models for housing companies"
       mit Beiträgen von Sunkraft GmbH (Lahr) und Heimwerk Energie eG
12:00  Mittagspause und Matchmaking
13:15  Session 2: "Skills gap: training 4,000 installers by 2038"
       Moderation: Claudia Eschbach, Leiterin Fachkräfte, Handwerkskammer Freiburg
14:30  Session 3: "Cross-border grids – lessons from Alsace and Basel"
       Julien Moreau-Lefèvre, chef de projet, Pôle Énergies Rhin (Strasbourg)
       Dr. Ursula Brändli, Geschäftsführerin, Basler Solarverband
15:45  Podiumsdiskussion: „Wer bezahlt den Netzausbau?"
       mit Vertreterinnen und Vertretern von badenova, WRF und dem Clustermanagement
17:00  Verleihung des Oberrhein-Solarpreises 2035
17:30  Ausklang mit Flammkuchen

Am Vorabend, Mittwoch, 7. November 2035, bieten wir um 15:00 Uhr eine Exkursion zum Solarpark Tuniberg an
(Bus ab Hauptbahnhof Freiburg, begrenzt auf 40 Plätze). Am Freitag, 9. November, findet von 9:00 bis 12:00 Uhr der
Workshop "Permits and procedures in Baden-Württemberg – an English-language clinic" im Haus der Wirtschaft statt.

OBERRHEIN-SOLARPREIS

Mit dem Oberrhein-Solarpreis zeichnet der Cluster seit 2031 Projekte aus, die Solarstrom, Speicher und Netz klug
verbinden. Bewerben können sich Unternehmen, Kommunen und Genossenschaften aus Südbaden, dem Elsass und der
Nordwestschweiz. Die Jury unter Vorsitz von Prof. Dr. Hendrik van der Meulen vergibt drei Preise zu je 5.000 €.
Preisträgerin 2034 war die Sonnenkraft Markgräflerland eG für ihren Quartiersspeicher in Müllheim.

ANREISE

Das Konzerthaus liegt direkt am Hauptbahnhof Freiburg. Wir empfehlen die Anreise mit der Bahn; für Gäste aus dem
Elsass und aus Basel gibt es ein Kombiticket der Regio-Verkehrsverbünde. Parkplätze sind begrenzt.

ANMELDUNG

Die Teilnahme ist für Mitglieder kostenfrei, Nichtmitglieder zahlen 95 € (zzgl. MwSt.). Anmeldeschluss ist der
25.10.2035. Bewerbungen für den Oberrhein-Solarpreis nehmen wir bis zum 30. September 2035 entgegen.

Rückblick: Das 6. Solarforum Südbaden am 16. November 2034 zählte 310 Teilnehmende. Die Präsentationen stehen im
Mitgliederbereich zur Verfügung.

Ihre Ansprechpartnerin:
Sophie Kaltenbach
Clustermanagerin
SonnenRegion Oberrhein e.V. · Bertoldstraße 45 · 79098 Freiburg
Tel. +49 761 000000 · forum@sonnenregion.example

Impressum · Datenschutz · Newsletter abonnieren
""")
gold(doc, "2035-09-03",
 [P("Annegret Vogelsang","Vorstandsvorsitzende","SonnenRegion Oberrhein e.V."), P("Tobias Wehrle","Bürgermeister","Stadt Freiburg"),
  P("Hendrik van der Meulen",None,"Fraunhofer ISE"), P("Claudia Eschbach","Leiterin Fachkräfte","Handwerkskammer Freiburg"),
  P("Julien Moreau-Lefèvre","chef de projet","Pôle Énergies Rhin"), P("Ursula Brändli","Geschäftsführerin","Basler Solarverband"),
  P("Sophie Kaltenbach","Clustermanagerin","SonnenRegion Oberrhein e.V.")],
 [O("SonnenRegion Oberrhein e.V."), O("Wirtschaftsförderung Region Freiburg","WRF"),
  O("Fraunhofer-Institut für Solare Energiesysteme ISE","Fraunhofer ISE"), O("European Cluster Collaboration Platform","ECCP"),
  O("Stadt Freiburg"), O("Sunkraft GmbH"), O("Heimwerk Energie eG"), O("Handwerkskammer Freiburg"),
  O("Pôle Énergies Rhin"), O("Basler Solarverband"), O("badenova"), O("Sonnenkraft Markgräflerland eG")],
 [E("7. Solarforum Südbaden","2035-11-08",None,"Freiburg im Breisgau","Germany"),
  E("Verleihung des Oberrhein-Solarpreises 2035","2035-11-08",None,"Freiburg im Breisgau","Germany"),
  E("Exkursion zum Solarpark Tuniberg","2035-11-07",None,None,None),
  E("Permits and procedures in Baden-Württemberg – an English-language clinic","2035-11-09",None,None,None),
  E("6. Solarforum Südbaden","2034-11-16",None,None,None)],
 ["2035-11-08","2035-09-03","2035-11-07","2035-11-09","2035-10-25","2035-09-30","2034-11-16","2031","2034"])
