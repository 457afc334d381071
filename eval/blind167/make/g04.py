from h import *
F = 'g04_urk_cove_nieuwsbrief.txt'
assert wd(2037,10,5)=='Monday' and wd(2037,10,6)=='Tuesday' and wd(2037,10,7)=='Wednesday' and wd(2037,11,19)=='Thursday'
T = """NIEUWSBRIEF MARITIEM VAKMANSCHAP NOORDOOSTPOLDER – nr. 14, oktober 2037
Uitgave van het Maritiem Opleidingscentrum Urk (MOC Urk) · verschijnt vier keer per jaar
---------------------------------------------------------------------

In dit nummer
1. Partnerbijeenkomst BLUE-VET in Urk
2. Nieuwe stagecoördinator
3. Terugblik: Dag van het Maritiem Vakmanschap
4. Agenda

---------------------------------------------------------------------
1. PARTNERBIJEENKOMST BLUE-VET IN URK

Van maandag 5 tot en met woensdag 7 oktober 2037 was Urk gastheer van de derde transnationale partnerbijeenkomst van BLUE-VET, het Erasmus+ Centre of Vocational Excellence voor de visserij en de maritieme maakindustrie. Het project loopt van 2036 tot 2040 en verbindt beroepsopleidingen, clusters en bedrijven uit zes landen.

Aanwezig waren 31 deelnemers van de partners:
- Maritiem Opleidingscentrum Urk (Nederland) – coördinator
- Cluster Maritiem Flevoland (Nederland)
- Berufsbildende Schulen Cuxhaven (Duitsland)
- Escola Profissional de Almada (Portugal)
- Zespół Szkół Technicznych w Tczewie (Polen)
- Liceul Tehnologic "Ion Bucur" Constanța (Roemenië)
- Rīgas Tehniskā koledža (Letland)

Op maandagmiddag opende wethouder Economie Jan Hendrik Kapitein van de Gemeente Urk de bijeenkomst in het Cultureel Centrum Het Ankerhuis. Projectcoördinator Geertje Post-Romkes (MOC Urk) gaf daarna een overzicht van de stand van zaken: 212 leerlingen hebben inmiddels een deel van hun opleiding in een partnerland gevolgd, en de gemeenschappelijke module ‘Elektrisch varen’ wordt sinds september in vier landen gegeven. 's Avonds was er een diner in visrestaurant De Kaap aan de haven.

Dinsdag 6 oktober stond in het teken van de bedrijven. De groep bezocht de scheepswerf Hoekman Shipbuilding, waar directeur Klaas de Vries liet zien hoe leerlingen meebouwen aan een hybride kotter. In de middag volgde een rondleiding in de nieuwe visafslag van Urk en een werksessie over het gezamenlijke examenprofiel. Dr. Ingrid Mahlstedt van de Berufsbildende Schulen Cuxhaven leidde die sessie.

Op woensdag 7 oktober vergaderde de stuurgroep in het opleidingscentrum. De partners keurden het tussentijds rapport voor het Nationaal Agentschap Erasmus+ goed en spraken af dat de Portugese partner de zomerschool van 2038 organiseert.

Belangrijkste conclusies van de bijeenkomst:
- de module ‘Elektrisch varen’ wordt vanaf 2038 ook in het Pools en het Lets aangeboden;
- iedere partner wijst een vaste contactpersoon bij een bedrijf aan voor de internationale stages;
- het gezamenlijke examenprofiel wordt in maart 2038 getest met twintig leerlingen;
- de partners zoeken samen aansluiting bij de Pact for Skills-partnerschap voor de scheepsbouw.

"We merken dat de bedrijven nu zelf om buitenlandse stagiairs vragen. Dat hadden we drie jaar geleden niet verwacht," zei Post-Romkes na afloop.

---------------------------------------------------------------------
2. NIEUWE STAGECOÖRDINATOR

Per 1 november 2037 is Wietske van der Sluis begonnen als stagecoördinator internationaal bij MOC Urk. Zij werkte eerder acht jaar bij het Nuffic in Den Haag. Zij volgt Hendrik Brouwer op, die met pensioen gaat.

---------------------------------------------------------------------
3. TERUGBLIK: DAG VAN HET MARITIEM VAKMANSCHAP

Op 19 september 2037 vond in Emmeloord de zesde Dag van het Maritiem Vakmanschap plaats, met 640 bezoekers. Eerdere edities:
- 2034 – Urk, 16 september 2034
- 2035 – Lemmer, 22 september 2035
- 2036 – Kampen, 20 september 2036
- 2037 – Emmeloord, 19 september 2037

---------------------------------------------------------------------
4. AGENDA

- donderdag 19 november 2037 – informatieavond voor ouders over stages in het buitenland, MOC Urk, 19.30 uur
- 2 tot en met 4 februari 2038 – beurs Maritime Industry, Gorinchem (stand van Cluster Maritiem Flevoland)
- juni 2038 – zomerschool BLUE-VET in Almada

Deze nieuwsbrief is mogelijk gemaakt met steun van het Erasmus+-programma van de Europese Unie.
Redactie: Marrit Bakker, communicatie MOC Urk · nieuwsbrief@mocurk.example.nl
Afmelden? Stuur een e-mail met ‘afmelden’ in de onderwerpregel.
"""
write(F, T)
M="Maritiem Opleidingscentrum Urk"
gold(F,
 [P("Jan Hendrik Kapitein","wethouder Economie","Gemeente Urk"),
  P("Geertje Post-Romkes","Projectcoördinator","MOC Urk"),
  P("Klaas de Vries","directeur","Hoekman Shipbuilding"),
  P("Ingrid Mahlstedt",None,"Berufsbildende Schulen Cuxhaven"),
  P("Wietske van der Sluis","stagecoördinator internationaal","MOC Urk"),
  P("Hendrik Brouwer"),
  P("Marrit Bakker","communicatie","MOC Urk")],
 [O(M,"MOC Urk"), O("Cluster Maritiem Flevoland"), O("Berufsbildende Schulen Cuxhaven"), O("Escola Profissional de Almada"),
  O("Zespół Szkół Technicznych w Tczewie"), O('Liceul Tehnologic "Ion Bucur" Constanța'), O("Rīgas Tehniskā koledža"),
  O("Gemeente Urk"), O("Hoekman Shipbuilding"), O("Nationaal Agentschap Erasmus+"), O("Nuffic")],
 [E("derde transnationale partnerbijeenkomst van BLUE-VET","2037-10-05","2037-10-07","Urk","Netherlands"),
  E("diner","2037-10-05",None,"Urk","Netherlands"),
  E("bezoek aan de scheepswerf Hoekman Shipbuilding","2037-10-06",None,"Urk","Netherlands"),
  E("rondleiding in de nieuwe visafslag van Urk","2037-10-06",None,"Urk","Netherlands"),
  E("werksessie over het gezamenlijke examenprofiel","2037-10-06",None,"Urk","Netherlands"),
  E("stuurgroep","2037-10-07",None,"Urk","Netherlands"),
  E("Dag van het Maritiem Vakmanschap","2037-09-19",None,"Emmeloord","Netherlands"),
  E("Dag van het Maritiem Vakmanschap","2034-09-16",None,"Urk","Netherlands"),
  E("Dag van het Maritiem Vakmanschap","2035-09-22",None,"Lemmer","Netherlands"),
  E("Dag van het Maritiem Vakmanschap","2036-09-20",None,"Kampen","Netherlands"),
  E("informatieavond voor ouders over stages in het buitenland","2037-11-19",None,"Urk","Netherlands"),
  E("Maritime Industry","2038-02-02","2038-02-04","Gorinchem","Netherlands"),
  E("zomerschool BLUE-VET","2038-06",None,"Almada","Portugal")],
 ["2037-10","2037-10-05/2037-10-07","2036/2040","2037-10-06","2037-10-07","2038","2038-03","2037-11-01","2037-09",
  "2037-09-19","2034-09-16","2035-09-22","2036-09-20","2037-11-19","2038-02-02/2038-02-04","2038-06","2034","2035","2036","2037"],
 ["de module ‘Elektrisch varen’ wordt vanaf 2038 ook in het Pools en het Lets aangeboden",
  "iedere partner wijst een vaste contactpersoon bij een bedrijf aan voor de internationale stages",
  "het gezamenlijke examenprofiel wordt in maart 2038 getest met twintig leerlingen",
  "de partners zoeken samen aansluiting bij de Pact for Skills-partnerschap voor de scheepsbouw"],
 pub="2037-10")
