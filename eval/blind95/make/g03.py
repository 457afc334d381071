from h import *
F = 'g03_emmen_kunststofcluster_benoeming.txt'
assert wd(2038,1,14)=='Thursday' and wd(2038,3,1)=='Monday' and wd(2038,2,11)=='Thursday'
T = """Home > Nieuws > Organisatie

Kunststof & Chemie Cluster Zuidoost-Drenthe benoemt Marloes Hofsteenge tot directeur

Emmen, 14 januari 2038 | Door: redactie KCZD | Leestijd 4 minuten

[Foto: Marloes Hofsteenge op het Emmtec-terrein. Foto: Gerrit-Jan Wubbels]

Het bestuur van de Stichting Kunststof & Chemie Cluster Zuidoost-Drenthe (KCZD) heeft Marloes Hofsteenge (46) benoemd tot directeur. Zij begint op maandag 1 maart 2038 en volgt Jan-Hendrik Boelens op, die het cluster sinds de oprichting in 2029 heeft geleid en met pensioen gaat.

Hofsteenge is nu nog programmamanager circulaire kunststoffen bij de Noordelijke Ontwikkelingsmaatschappij (NOM) in Groningen. Daarvoor werkte zij twaalf jaar bij Teijin Aramid in Emmen en Arnhem, onder meer als hoofd procestechnologie. Zij studeerde chemische technologie aan de Rijksuniversiteit Groningen en promoveerde aan de Universiteit Twente op het recyclen van polyamidevezels.

"Marloes kent de bedrijven op het industrieterrein, spreekt de taal van de fabrieksvloer en heeft een netwerk tot in Den Haag en Brussel", zegt bestuursvoorzitter Wiebe Zandstra, die in het dagelijks leven algemeen directeur is van Polyfibre Emmen B.V. "Met haar komst maken we de stap van een netwerk naar een cluster dat zelf projecten trekt."

De selectiecommissie bestond uit Wiebe Zandstra, vicevoorzitter Ingrid Koopman-Staal (gemeente Emmen, afdeling Economische Zaken) en Roelof Bennink, lector kunststoftechnologie aan Hogeschool Windesheim. De commissie werd bijgestaan door het bureau Talentbrug uit Zwolle.

Eerste opdracht: recyclinghub

Hofsteenge krijgt als eerste opdracht de opbouw van de Recyclinghub Emmen, waarin zes lidbedrijven samen een proeflijn voor chemische recycling van textielvezels willen bouwen. De provincie Drenthe en het Just Transition Fund hebben daarvoor 11,4 miljoen euro gereserveerd voor de periode 2038–2041. "Ik wil dat Emmen over tien jaar de plek is waar Europa zijn oude kleding en tapijt terug in de kringloop brengt", zegt Hofsteenge. "Dat lukt alleen als grote en kleine bedrijven, het Drenthe College en de kennisinstellingen het samen doen."

Afscheid Jan-Hendrik Boelens

Jan-Hendrik Boelens (66) bouwde het cluster op van elf naar 58 leden. Hij was eerder directeur van de Ontwikkelingsmaatschappij Emmen en zat acht jaar in de Provinciale Staten van Drenthe. Het cluster neemt afscheid van hem tijdens een receptie op donderdag 11 februari 2038, van 16.00 tot 18.30 uur, in het Atalanta in Emmen. Leden en partners zijn welkom; aanmelden kan tot 4 februari via secretariaat@kczd.example.nl.

Boelens blijft na zijn pensioen actief als voorzitter van de raad van toezicht van het Drenthe College. Tot 1 maart is hij nog het aanspreekpunt voor lopende zaken.

Andere wijzigingen in het team

- Sanne Dijkhuis (projectleider Groene Waterstof) is per 1 januari 2038 benoemd tot plaatsvervangend directeur.
- Bram Lanting is overgestapt van het cluster naar Enexis Netbeheer als accountmanager industrie.
- Nieuw in het team is Yusuf Demirci, die als innovatieadviseur komt van de Kamer van Koophandel in Groningen.

Over het KCZD

Het Kunststof & Chemie Cluster Zuidoost-Drenthe is een stichting van bedrijven, onderwijs en overheid rond het industrieterrein Emmtec in Emmen. Het cluster werkt aan verduurzaming van de vezel- en kunststofindustrie, aan vakmensen voor de regio en aan gezamenlijke inkoop van energie. Het cluster is lid van Chemport Europe en van de Nederlandse Federatie van Kunststofclusters.

Contact voor de pers: Hester van der Veen, communicatie, 0591 00 00 00, pers@kczd.example.nl

Deel dit bericht: LinkedIn | Facebook | WhatsApp | E-mail

Gerelateerd nieuws
- 3 december 2037: Zes lidbedrijven tekenen intentieverklaring Recyclinghub
- 19 november 2037: Terugblik Vezeldag 2037 in Coevorden
- 2 oktober 2037: Nieuwe leden: Hoogeveen Coatings B.V. en Van Dijk Extrusie

Wij gebruiken cookies om de website te verbeteren. Akkoord | Instellingen
"""
write(F, T)
gold(F,
 [P("Marloes Hofsteenge","directeur","Kunststof & Chemie Cluster Zuidoost-Drenthe"),
  P("Gerrit-Jan Wubbels",None,None),
  P("Jan-Hendrik Boelens","voorzitter van de raad van toezicht","Drenthe College"),
  P("Wiebe Zandstra","bestuursvoorzitter","Kunststof & Chemie Cluster Zuidoost-Drenthe"),
  P("Ingrid Koopman-Staal","vicevoorzitter","gemeente Emmen"),
  P("Roelof Bennink","lector kunststoftechnologie","Hogeschool Windesheim"),
  P("Sanne Dijkhuis","plaatsvervangend directeur","Kunststof & Chemie Cluster Zuidoost-Drenthe"),
  P("Bram Lanting","accountmanager industrie","Enexis Netbeheer"),
  P("Yusuf Demirci","innovatieadviseur","Kunststof & Chemie Cluster Zuidoost-Drenthe"),
  P("Hester van der Veen","communicatie","Kunststof & Chemie Cluster Zuidoost-Drenthe")],
 [O("Stichting Kunststof & Chemie Cluster Zuidoost-Drenthe","KCZD"),
  O("Noordelijke Ontwikkelingsmaatschappij","NOM"), O("Teijin Aramid"), O("Rijksuniversiteit Groningen"),
  O("Universiteit Twente"), O("Polyfibre Emmen B.V."), O("gemeente Emmen"), O("afdeling Economische Zaken"), O("Hogeschool Windesheim"),
  O("Talentbrug"), O("provincie Drenthe"), O("Drenthe College"), O("Ontwikkelingsmaatschappij Emmen"),
  O("Provinciale Staten van Drenthe"), O("Enexis Netbeheer"), O("Kamer van Koophandel"), O("Chemport Europe"),
  O("Nederlandse Federatie van Kunststofclusters"), O("Hoogeveen Coatings B.V."), O("Van Dijk Extrusie")],
 [E("receptie","2038-02-11",None,"Emmen","Netherlands"),
  E("Vezeldag 2037",None,None,"Coevorden","Netherlands"),
  E("ondertekening intentieverklaring Recyclinghub",None,None,None,None)],  # second pass: a signing in a news headline (README: signings are events, headline events keep start null)
 ["2038-01-14","2038-03-01","2029","2038/2041","2038-02-11","2038-02-04","2038-01-01","2037-12-03","2037-11-19","2037-10-02"],
 [], "2038-01-14")
