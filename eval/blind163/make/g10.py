from h import *
F = 'g10_allgaeu_verpackungscluster_termine.txt'
assert wd(2036,5,14)=='Mittwoch'.replace('Mittwoch','Wednesday') and wd(2036,6,4)=='Wednesday' and wd(2036,6,5)=='Thursday'
assert wd(2036,6,25)=='Wednesday' and wd(2036,7,9)=='Wednesday' and wd(2036,9,23)=='Tuesday' and wd(2036,9,24)=='Wednesday'
T = """Verpackungscluster Allgäu e.V. – Newsletter Mai 2036
Veranstaltungen | Mitglieder | Projekte | Kontakt | Impressum

Memmingen, 6. Mai 2036

Liebe Mitglieder, liebe Partnerinnen und Partner,

der Frühsommer wird voll: Zwischen Mitte Mai und Ende Juli stehen sechs Termine im Kalender des Clusters, darunter unsere Mitgliederversammlung mit der Wahl des Vorstands und das 6. Allgäuer Verpackungsforum in Memmingen. Unten finden Sie alle Termine mit Ort und Ansprechperson. Die Anmeldung läuft wie immer über die Website; für Mitglieder ist die Teilnahme kostenfrei, soweit nicht anders angegeben.

TERMINE

Mittwoch, 14. Mai 2036, 16:00–18:30 Uhr
Stammtisch Verpackungsdesign bei der Multivac Sepp Haggenmüller SE & Co. KG in Wolfertschwenden
Thema: Monomaterial-Schalen für Käse und Wurst. Impuls von Dipl.-Ing. (FH) Sabine Wölfle, Leiterin Anwendungstechnik. Anschließend Werksrundgang in zwei Gruppen.

Mittwoch, 4. Juni und Donnerstag, 5. Juni 2036
6. Allgäuer Verpackungsforum, Stadthalle Memmingen
Das Forum steht in diesem Jahr unter dem Motto „Weniger ist mehr – Verpackung im Kreislauf". Erwartet werden rund 300 Gäste aus Maschinenbau, Lebensmittelindustrie und Handel.
Programmauszug:
4. Juni, 10:00 Uhr – Begrüßung durch Oberbürgermeister Jan Reisacher und die Vorsitzende des Clusters, Dr. Katharina Maier-Zwerger
4. Juni, 10:30 Uhr – Keynote „Die EU-Verpackungsverordnung in der Praxis" – Ministerialrat Dr. Florian Eberle, Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie
4. Juni, 14:00 Uhr – Fachforen Maschinenbau, Papier und Recycling
4. Juni, 19:00 Uhr – Abendveranstaltung im Maximilian-Saal mit Verleihung des Allgäuer Verpackungspreises
5. Juni, 09:00 Uhr – Besichtigung der Pilotanlage für Papierverbunde an der Hochschule Kempten
5. Juni, 09:00 Uhr – Alternativ: Betriebsbesichtigung bei der Molkerei Hochland Allgäu eG in Heimenkirch
Teilnahmegebühr: 190 € (Mitglieder 95 €)

Mittwoch, 25. Juni 2036, 17:00 Uhr
Mitgliederversammlung 2036 mit Vorstandswahl
Ort: IHK-Geschäftsstelle Kempten, Sitzungssaal 2
Tagesordnung (Auszug): Bericht des Vorstands, Jahresabschluss 2035, Entlastung, Wahl des Vorstands für die Amtszeit 2036–2039, Haushaltsplan 2037. Wahlvorschläge bitte bis 11. Juni an die Geschäftsstelle. Im Anschluss Sommerfest im Hof der IHK.

Mittwoch, 9. Juli 2036, 10:00–11:30 Uhr, online
Webinar „Förderprogramme für Verpackungsinnovationen in Bayern" mit Bayern Innovativ GmbH, Referent: Thomas Gruber, Cluster Neue Werkstoffe

23.–24. September 2036 (Dienstag und Mittwoch)
Gemeinschaftsstand des Clusters auf der FachPack in Nürnberg
Mitglieder können sich bis 30. Juni für einen Platz am Stand bewerben. Ansprechpartnerin: Carina Stöckle.

RÜCKBLICK

Am 17. April 2036 waren 22 Mitglieder bei der Delegationsreise zum Packaging Valley Germany in Schwäbisch Hall. Die Gruppe besuchte zwei Maschinenbauer und führte ein Gespräch mit dem Geschäftsführer des Netzwerks, Martin Kölle-Bauer, über eine engere Zusammenarbeit der beiden Cluster. Eine gemeinsame Arbeitsgruppe soll im Herbst starten.

Die bisherigen Allgäuer Verpackungsforen:
2031 – Kempten, 12. Mai
2032 – Memmingen, 8.–9. Juni
2033 – Kaufbeuren, 14.–15. Juni
2034 – Memmingen, 5.–6. Juni
2035 – Kempten, 3.–4. Juni

AUS DEM CLUSTER

Neu im Cluster: die Papierfabrik Kaufbeuren GmbH, das Start-up Leafwrap aus Immenstadt und der Lehrstuhl für Lebensmittelverpackungstechnik der Technischen Universität München am Campus Freising. Wir heißen alle drei herzlich willkommen.

Umfrage: Im März haben 58 Mitgliedsunternehmen an unserer Umfrage zum Fachkräftebedarf teilgenommen. Fast zwei Drittel suchen Mechatronikerinnen und Mechatroniker, jedes dritte Unternehmen findet keine Auszubildenden mehr für die Verpackungstechnik. Die Ergebnisse stellen wir beim Verpackungsforum im Detail vor; eine Kurzfassung liegt der Geschäftsstelle bereits vor und kann angefordert werden.

Personalie: Unsere Projektmanagerin Lisa Hindelang verlässt die Geschäftsstelle Ende Juni. Ihre Aufgaben übernimmt ab 1. Juli Benedikt von der Au, bisher Referent bei der Allgäu GmbH.

Kontakt
Verpackungscluster Allgäu e.V., Geschäftsstelle
Carina Stöckle, Clustermanagerin
Bahnhofstraße 14, 87700 Memmingen
info@verpackungscluster-allgaeu.example.de

Sie erhalten diesen Newsletter, weil Sie Mitglied oder Partner des Clusters sind. Abmelden | Datenschutz
"""
write(F, T)
C="Verpackungscluster Allgäu e.V."
gold(F,
 [P("Sabine Wölfle","Leiterin Anwendungstechnik","Multivac Sepp Haggenmüller SE & Co. KG"),
  P("Jan Reisacher","Oberbürgermeister",None),
  P("Katharina Maier-Zwerger","Vorsitzende",C),
  P("Florian Eberle","Ministerialrat","Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie"),
  P("Thomas Gruber","Referent","Cluster Neue Werkstoffe"),
  P("Carina Stöckle","Clustermanagerin",C),
  P("Martin Kölle-Bauer","Geschäftsführer","Packaging Valley Germany"),
  P("Lisa Hindelang","Projektmanagerin",C),
  P("Benedikt von der Au","Referent","Allgäu GmbH")],
 [O(C), O("Multivac Sepp Haggenmüller SE & Co. KG"), O("Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie"),
  O("Hochschule Kempten"), O("Molkerei Hochland Allgäu eG"), O("IHK"), O("Bayern Innovativ GmbH"), O("Cluster Neue Werkstoffe"),
  O("Packaging Valley Germany"), O("Papierfabrik Kaufbeuren GmbH"), O("Leafwrap"),
  O("Lehrstuhl für Lebensmittelverpackungstechnik"), O("Technischen Universität München"), O("Allgäu GmbH")],
 [E("Stammtisch Verpackungsdesign","2036-05-14",None,"Wolfertschwenden","Germany"),
  E("Werksrundgang","2036-05-14",None,"Wolfertschwenden","Germany"),
  E("6. Allgäuer Verpackungsforum","2036-06-04","2036-06-05","Memmingen","Germany"),
  E("Abendveranstaltung","2036-06-04",None,"Memmingen","Germany"),
  E("Verleihung des Allgäuer Verpackungspreises","2036-06-04",None,"Memmingen","Germany"),
  E("Besichtigung der Pilotanlage für Papierverbunde an der Hochschule Kempten","2036-06-05",None,"Kempten","Germany"),
  E("Betriebsbesichtigung bei der Molkerei Hochland Allgäu eG","2036-06-05",None,"Heimenkirch","Germany"),
  E("Mitgliederversammlung 2036","2036-06-25",None,"Kempten","Germany"),
  E("Sommerfest","2036-06-25",None,"Kempten","Germany"),
  E("Webinar „Förderprogramme für Verpackungsinnovationen in Bayern\"","2036-07-09",None,None,None),
  E("FachPack","2036-09-23","2036-09-24","Nürnberg","Germany"),
  E("Delegationsreise zum Packaging Valley Germany","2036-04-17",None,"Schwäbisch Hall","Germany"),
  E("Allgäuer Verpackungsforum (2031 edition)","2031-05-12",None,"Kempten","Germany"),
  E("Allgäuer Verpackungsforum (2032 edition)","2032-06-08","2032-06-09","Memmingen","Germany"),
  E("Allgäuer Verpackungsforum (2033 edition)","2033-06-14","2033-06-15","Kaufbeuren","Germany"),
  E("Allgäuer Verpackungsforum (2034 edition)","2034-06-05","2034-06-06","Memmingen","Germany"),
  E("Allgäuer Verpackungsforum (2035 edition)","2035-06-03","2035-06-04","Kempten","Germany")],
 ["2036-05","2036-05-06","2036-05-14","2036-06-04/2036-06-05","2036-06-04","2036-06-05","2036-06-25","2035","2036/2039","2037",
  "2036-06-11","2036-07-09","2036-09-23/2036-09-24","2036-06-30","2036-04-17","2031-05-12","2032-06-08/2032-06-09",
  "2033-06-14/2033-06-15","2034-06-05/2034-06-06","2035-06-03/2035-06-04","2036-07-01","2036-06","2036-03"],
 [], pub="2036-05-06")
