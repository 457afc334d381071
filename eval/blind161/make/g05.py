from h import *
F = 'g05_roermond_maakindustrie_persbericht.txt'
assert wd(2041,9,12)=='Thursday' and wd(2041,10,3)=='Thursday' and wd(2041,10,1)=='Tuesday' and wd(2041,9,9)=='Monday'
T = """PERSBERICHT

Roermond, 9 september 2041

Nieuwe clustermanager en eerste Maakdag Midden-Limburg: maakindustrie zet koers naar circulair

Het Maakcluster Midden-Limburg heeft een nieuwe clustermanager. Per 1 oktober 2041 neemt ir. Sanne van der Heijden-Claessens de leiding over van Frank Smeets, die na negen jaar met pensioen gaat. Tegelijk kondigt het cluster de eerste Maakdag Midden-Limburg aan, die op donderdag 3 oktober 2041 plaatsvindt op het terrein van ECO Park Roermond.

Van der Heijden-Claessens (44) komt over van de Limburgse Werkgeversvereniging (LWV), waar zij sinds 2036 projectleider Industrie & Arbeidsmarkt was. Daarvoor werkte zij twaalf jaar bij kunststofverwerker Mertens Plastics in Weert, de laatste vijf jaar als hoofd productontwikkeling. Zij studeerde werktuigbouwkunde aan de Technische Universiteit Eindhoven.

"Midden-Limburg heeft ruim driehonderd maakbedrijven, van familiebedrijven in de metaal tot internationale spelers in kunststof en voeding," zegt zij. "Die bedrijven staan voor dezelfde vragen: te weinig technici, hogere energieprijzen en klanten die willen weten waar hun grondstoffen vandaan komen. Het cluster kan die vragen samen oppakken, maar dan moeten we dichter bij de werkvloer komen."

Voorzitter Peter Hendrix van het clusterbestuur is blij met de benoeming: "Sanne kent de regio, de bedrijven én de scholen. Wij hebben iemand nodig die aan beide kanten van de tafel kan zitten." Hij bedankte Frank Smeets, die het cluster in 2032 mede oprichtte met steun van de gemeenten Roermond en Weert en de Provincie Limburg. Onder zijn leiding groeide het ledental van 18 naar 74 bedrijven en startte het praktijkcentrum Techniek in Leudal, samen met Gilde Opleidingen.

Frank Smeets kijkt tevreden terug. "Toen we begonnen, kenden de bedrijven in Weert die in Roermond nauwelijks. Nu delen ze stagiairs, machines en soms zelfs klanten. Het mooiste vind ik dat de eerste lichting leerlingen van het praktijkcentrum inmiddels zelf ploegleider is." Hij blijft tot het einde van het jaar beschikbaar voor de overdracht en neemt daarna afscheid tijdens de nieuwjaarsbijeenkomst van het cluster in januari 2042.

Maakdag Midden-Limburg

De Maakdag is bedoeld voor ondernemers, docenten, studenten en beleidsmakers. Het programma:

09.00 uur  Ontvangst met koffie
09.30 uur  Opening door wethouder economie Marloes Janssen-Kurvers (gemeente Roermond)
09.45 uur  "Van afval naar grondstof: wat vraagt de klant in 2045?" – Bram Coenen, directeur circulaire economie, Brightlands Chemelot Campus
10.30 uur  Drie tafels: recycling van kunststoffen, energie delen op bedrijventerreinen, instroom van jong talent
12.30 uur  Lunch en markt met leden
13.30 uur  Bedrijfsbezoeken aan Mertens Plastics (Weert) en aan Metaalwarenfabriek Ruijters (Haelen)
16.30 uur  Netwerkborrel

Deelname is gratis; aanmelden kan tot en met 1 oktober 2041 via de website van het cluster. Er zijn 150 plaatsen.

Over het Maakcluster Midden-Limburg
Het Maakcluster Midden-Limburg is een vereniging van maakbedrijven uit de gemeenten Roermond, Weert, Leudal, Maasgouw, Echt-Susteren, Roerdalen en Nederweert. Het cluster werkt samen met de Limburgse Werkgeversvereniging, de Kamer van Koophandel, LIOF (de regionale ontwikkelingsmaatschappij) en het onderwijs. Het werkplan 2040–2043 richt zich op circulaire productie, digitalisering en vakmanschap. Het cluster heeft een kantoor in het Ondernemershuis in Roermond.

In 2040 sloot het cluster een samenwerkingsovereenkomst met de Werkgeversvereniging Noord-Brabant en het Belgische netwerk Voka – Kamer van Koophandel Limburg voor gezamenlijke opleidingen over de grens.

-- einde persbericht --

Noot voor de redactie (niet voor publicatie):
Voor interviews met Sanne van der Heijden-Claessens of Frank Smeets kunt u contact opnemen met Eva Timmermans, communicatieadviseur, tel. 0475 00 00 00, e-mail pers@maakcluster-ml.example.nl. Foto's van de nieuwe clustermanager (vrij van rechten, © Maakcluster / Luuk Houben) staan in de persmap.
"""
write(F, T)
C = "Maakcluster Midden-Limburg"
gold(F,
 [P("Sanne van der Heijden-Claessens","clustermanager",C), P("Frank Smeets",None,C),
  P("Peter Hendrix","Voorzitter",C), P("Marloes Janssen-Kurvers","wethouder economie","gemeente Roermond"),
  P("Bram Coenen","directeur circulaire economie","Brightlands Chemelot Campus"),
  P("Eva Timmermans","communicatieadviseur",C), P("Luuk Houben",None,None)],
 [O(C), O("Limburgse Werkgeversvereniging","LWV"), O("Mertens Plastics"), O("Technische Universiteit Eindhoven"),
  O("gemeente Roermond"), O("Provincie Limburg"), O("Gilde Opleidingen"),
  O("Brightlands Chemelot Campus"), O("Metaalwarenfabriek Ruijters"), O("Kamer van Koophandel"),
  O("LIOF"), O("Werkgeversvereniging Noord-Brabant"), O("Voka – Kamer van Koophandel Limburg")],
 [E("Maakdag Midden-Limburg","2041-10-03",None,"Roermond","Netherlands"),
  E("Bedrijfsbezoeken aan Mertens Plastics (Weert) en aan Metaalwarenfabriek Ruijters (Haelen)","2041-10-03",None,"Weert, Haelen","Netherlands"),
  E("Netwerkborrel","2041-10-03",None,"Roermond","Netherlands"),
  E("nieuwjaarsbijeenkomst","2042-01",None,None,None)],
 ["2042-01","2041-09-09","2041-10-01","2041-10-03","2036","2032","2045","2040/2043","2040"],
 [], pub="2041-09-09")
