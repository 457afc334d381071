from h import *
F = 'g02_bremen_maritim_newsletter.txt'
assert wd(2035,6,11)=='Monday'
assert wd(2035,6,20)=='Wednesday' and wd(2035,9,13)=='Thursday' and wd(2035,5,24)=='Thursday'
T = """Wenn dieser Newsletter nicht richtig angezeigt wird, klicken Sie bitte hier.

MARITIMES CLUSTER BREMEN – NEWSLETTER 3/2035
Ausgabe vom 4. Juni 2035

INHALT
1. Editorial
2. Neue Mitglieder
3. Personalien
4. Termine
5. Rückblick
6. Aus Brüssel
7. Umfrage: Hafenlogistik 2040
8. Stellenbörse
9. Impressum

------------------------------------------------------------
1. EDITORIAL
------------------------------------------------------------
Liebe Mitglieder,

zehn Jahre nach der Gründung unseres Vereins stehen wir vor einer Frage, die uns alle betrifft: Wie bleibt die
Werft- und Zulieferindustrie an der Weser wettbewerbsfähig, wenn Energie teuer und Fachkräfte knapp bleiben? Der
Vorstand hat dazu im Mai ein Positionspapier beschlossen, das wir Ihnen beim Sommerempfang vorstellen. Ich freue mich
auf eine lebhafte Diskussion – und auf viele neue Gesichter.

Ihre
Dr. Henrike Vosskamp-Nadler
Vorsitzende des Vorstands

------------------------------------------------------------
2. NEUE MITGLIEDER
------------------------------------------------------------
Wir begrüßen herzlich:
- Weserkant Schiffselektrik GmbH, Bremerhaven
- Hanse Korrosionsschutz GmbH & Co. KG, Bremen-Vegesack
- Nordsee Ballastwasser Technik UG (haftungsbeschränkt), Cuxhaven
- Hochschule Bremerhaven, Institut für Maritime Technologien

Das Cluster zählt damit 147 Mitglieder. Die Lürssen-Zulieferin Blexen Metallbau GmbH feiert in diesem Monat ihr
50-jähriges Firmenjubiläum; Geschäftsführer Jannik Oltmanns kündigte eine Investition von 3,1 Mio. Euro in eine neue
Beschichtungshalle in Nordenham an.

------------------------------------------------------------
3. PERSONALIEN
------------------------------------------------------------
Die Mitgliederversammlung am 24. Mai 2035 hat Kapitän Ole Brünjes (Weserkant Schiffselektrik GmbH) als
stellvertretenden Vorsitzenden in den Vorstand gewählt. Er folgt auf Gisela Hartwig-Osterloh, die nach zwölf Jahren im
Vorstand ausscheidet. Neue Schatzmeisterin ist Melike Aydın-Schröder (Sparkasse Bremen).
Prof. Dr.-Ing. Tobias Renken übernimmt zum 1. Juli 2035 die Leitung des Instituts für Maritime Technologien der
Hochschule Bremerhaven.

------------------------------------------------------------
4. TERMINE
------------------------------------------------------------
Mo., 11.06.2035, 14:00–17:00 Uhr
  Workshop "Landstrom für Binnenschiffe", Bremer Innovations- und Technologiezentrum (BITZ), Bremen
  Anmeldung bis 7. Juni

Mi., 20.06.2035, ab 18:30 Uhr
  Sommerempfang des Maritimen Clusters Bremen, Schuppen Eins, Bremen
  Anmeldung bis 13. Juni

Do., 13.09.2035 – Fr., 14.09.2035
  Nordic Maritime Supplier Days, Esbjerg (Dänemark) – Gemeinschaftsstand des Clusters, 8 Plätze frei

------------------------------------------------------------
5. RÜCKBLICK
------------------------------------------------------------
Beim 4. Bremer Wasserstoff-Schiffstag am 15. Mai 2035 in Bremerhaven diskutierten 184 Teilnehmende über Brennstoff-
zellen an Bord. Die Präsentationen stehen im Mitgliederbereich zum Download bereit. Besonders gefragt war der Werkstattbericht
zur Umrüstung eines Hafenschleppers, der im Herbst erstmals mit Methanol fahren soll.

------------------------------------------------------------
6. AUS BRÜSSEL
------------------------------------------------------------
Die Europäische Kommission hat die Ausschreibung für Euroclusters der dritten Generation angekündigt. Nach Auskunft der
Europäischen Exekutivagentur für den Innovationsrat und für KMU (EISMEA) sollen Anträge ab Herbst 2035 möglich sein.
Unsere Geschäftsstelle prüft mit dem Maritime Cluster Northern Germany (MCN) eine gemeinsame Bewerbung.

------------------------------------------------------------
7. UMFRAGE: HAFENLOGISTIK 2040
------------------------------------------------------------
Gemeinsam mit dem Institut für Seeverkehrswirtschaft und Logistik (ISL) haben wir 62 Mitgliedsunternehmen befragt.
Die wichtigsten Ergebnisse:
* 58 Prozent planen bis 2040 Investitionen in Landstrom oder alternative Kraftstoffe
* Fachkräftemangel bremst jedes zweite Unternehmen beim Wachstum
* Genehmigungsverfahren dauern im Schnitt 14 Monate
* Kooperation mit Hochschulen wird als wichtigster Clusternutzen genannt

------------------------------------------------------------
8. STELLENBÖRSE
------------------------------------------------------------
Die Geschäftsstelle sucht zum 1. September 2035 eine/n Projektmanager/in (m/w/d) für EU-Projekte, Teilzeit 30 Std.
Bewerbungen bis 30. Juni 2035 an Dr. Frauke Lindemann, Geschäftsführerin.

"Über das Cluster haben wir unseren ersten Auftrag von einer Werft in Papenburg bekommen."
– Selin Kaya, Gründerin, Nordsee Ballastwasser Technik UG

------------------------------------------------------------
9. IMPRESSUM
------------------------------------------------------------
Maritimes Cluster Bremen e.V.
Am Speicher XI 1, 28217 Bremen
Vereinsregister: Amtsgericht Bremen, VR 0000 HB
Vertreten durch den Vorstand: Dr. Henrike Vosskamp-Nadler, Ole Brünjes
Verantwortlich für den Inhalt: Dr. Frauke Lindemann

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben. Abmelden | Datenschutz
"""
write(F, T)
MC="Maritimes Cluster Bremen e.V."
gold(F,
 [P("Henrike Vosskamp-Nadler","Vorsitzende des Vorstands",MC),
  P("Jannik Oltmanns","Geschäftsführer","Blexen Metallbau GmbH"),
  P("Ole Brünjes","stellvertretenden Vorsitzenden",MC),
  P("Gisela Hartwig-Osterloh",None,MC),
  P("Melike Aydın-Schröder","Schatzmeisterin",MC),
  P("Tobias Renken","Leitung","Institut für Maritime Technologien"),
  P("Frauke Lindemann","Geschäftsführerin",MC),
  P("Selin Kaya","Gründerin","Nordsee Ballastwasser Technik UG")],
 [O(MC), O("Weserkant Schiffselektrik GmbH"), O("Hanse Korrosionsschutz GmbH & Co. KG"),
  O("Nordsee Ballastwasser Technik UG (haftungsbeschränkt)"), O("Hochschule Bremerhaven"),
  O("Institut für Maritime Technologien"), O("Lürssen"), O("Blexen Metallbau GmbH"), O("Sparkasse Bremen"),
  O("Europäische Kommission"),
  O("Europäischen Exekutivagentur für den Innovationsrat und für KMU","EISMEA"),
  O("Maritime Cluster Northern Germany","MCN"), O("Institut für Seeverkehrswirtschaft und Logistik","ISL"),
  O("Amtsgericht Bremen")],
 [E("Sommerempfang des Maritimen Clusters Bremen","2035-06-20",None,"Bremen","Germany"),
  E("Mitgliederversammlung","2035-05-24",None,None,None),
  E('Workshop "Landstrom für Binnenschiffe"',"2035-06-11",None,"Bremen","Germany"),
  E("Nordic Maritime Supplier Days","2035-09-13","2035-09-14","Esbjerg","Denmark"),
  E("4. Bremer Wasserstoff-Schiffstag","2035-05-15",None,"Bremerhaven","Germany")],
 ["2035-06-04","2035-05-24","2035-07-01","2035-06-11","2035-06-07","2035-06-20","2035-06-13","2035-09-13/2035-09-14",
  "2035-05-15","2035","2040","2035-09-01","2035-06-30","2035-05"],
 ["58 Prozent planen bis 2040 Investitionen in Landstrom oder alternative Kraftstoffe",
  "Fachkräftemangel bremst jedes zweite Unternehmen beim Wachstum",
  "Genehmigungsverfahren dauern im Schnitt 14 Monate",
  "Kooperation mit Hochschulen wird als wichtigster Clusternutzen genannt"], "2035-06-04")
