from h import *
F = 'g10_twente_hightech_ledennieuws.txt'
assert wd(2039,3,17)=='Donderdag'.replace('Donderdag','Thursday') and wd(2039,4,7)=='Thursday' and wd(2039,3,29)=='Tuesday' and wd(2039,3,8)=='Tuesday'
T = """Ledennieuws | Twente High Tech Cluster
Home > Nieuws > Ledennieuws maart 2039

Deze website gebruikt cookies. [Akkoord] [Instellingen]

LEDENNIEUWS MAART 2039
Geplaatst op 18 maart 2039 door Femke ter Horst | Leestijd 4 minuten

Elke maand zetten we het nieuws van onze leden op een rij. Heeft u nieuws voor de volgende editie? Mail het vóór 10 april naar redactie@twentehightech.example.nl.

--- Nieuwe directeur bij Demcon Twente ---
Ing. Joris Oude Luttikhuis (47) is per 1 maart 2039 benoemd tot algemeen directeur van Demcon Twente BV in Enschede. Hij volgt Marloes Brinkhuis op, die na twaalf jaar de overstap maakt naar de raad van bestuur van de moedergroep. Oude Luttikhuis werkte eerder bij Thales Nederland in Hengelo als programmamanager radarsystemen. "Twente heeft alles in huis om de maakindustrie van Europa te bedienen, als we maar samen blijven optrekken," aldus de nieuwe directeur.

--- Universiteit Twente opent fotonica-pilotlijn ---
Op dinsdag 8 maart werd op de campus van de Universiteit Twente de nieuwe pilotlijn voor geïntegreerde fotonica geopend door staatssecretaris van Economische Zaken Annelies Wolterink-Baas. De lijn is opgezet samen met PhotonDelta en het MESA+ Instituut en is ook open voor het mkb. Prof. dr. Hanneke Ruiters, wetenschappelijk directeur van het MESA+ Instituut: "Bedrijven kunnen hier voor het eerst kleine series chips laten maken zonder een eigen cleanroom."

--- Kennispark Twente zoekt startups voor Hardware Accelerator ---
Kennispark Twente en Novel-T openen de inschrijving voor de zevende ronde van het Hardware Accelerator-programma. Geselecteerde startups krijgen zes maanden begeleiding, toegang tot werkplaatsen en een lening van maximaal € 75.000 van Innovatiefonds Twente. Inschrijven kan tot en met 29 april 2039. Een informatiebijeenkomst vindt plaats op dinsdag 29 maart om 16.00 uur in The Gallery, Enschede.

--- Hengelo: Stork Turbo Services investeert in waterstoftestbank ---
Stork Turbo Services in Hengelo investeert € 4,2 miljoen in een testbank voor waterstofturbines. Het project krijgt steun uit het JTF-programma Overijssel en van de Provincie Overijssel. Volgens directeur Bart Nijhuis-Kamp levert de investering 18 nieuwe banen op.

--- Terugblik: Twente Techniekmiddag ---
Op donderdag 17 maart bezochten ruim 140 leerlingen van havo en vwo de Twente Techniekmiddag bij ROC van Twente in Hengelo. Elf clusterleden lieten zien wat een technicus in de praktijk doet. Organisator was Techniekpact Twente, met steun van de Regio Twente. (Foto: Gijs Wessels)

--- Agenda ---
* 29 maart 2039 – Informatiebijeenkomst Hardware Accelerator, The Gallery, Enschede
* 7 april 2039 – Clusterbijeenkomst 'Defensie als klant', Thales Nederland, Hengelo (alleen voor leden; aanmelden vóór 31 maart)
* 12-14 april 2039 – Hannover Messe, gezamenlijke stand Oost-Nederland (Hal 16)
* 24 mei 2039 – Algemene Ledenvergadering, Hotel De Broeierd, Enschede

--- Clusterbijeenkomst 'Defensie als klant' ---
Op donderdag 7 april organiseren we samen met het Nederlands Industrieel Kenniscentrum Defensie (NIDV) een bijeenkomst over leveren aan de krijgsmacht. Sprekers zijn kolonel b.d. Erik-Jan Hofstede, programmadirecteur bij de Defensie Materieel Organisatie (DMO), en Sandra Kuipers, inkoopmanager bij Thales Nederland. Daarna is er gelegenheid tot netwerken met een hapje en een drankje.

--- Welkom nieuwe leden ---
We verwelkomen deze maand vier nieuwe leden:
- Lasertec Almelo BV (Almelo), lasersnijden en -lassen
- Vanderlande Twente (Enschede), logistieke automatisering
- Saxion Hogeschool – lectoraat Smart Mechatronics (Enschede)
- Kuipers Precisie BV (Oldenzaal), precisiebewerking

Het cluster telt daarmee 146 leden.

--- Uit het bestuur ---
Het bestuur heeft in zijn vergadering van 8 maart 2039 het jaarplan 2039–2040 vastgesteld. Speerpunten zijn fotonica, defensie en waterstof. Voorzitter Wim Ter Braak: "We kiezen voor minder thema's, maar gaan daar wel écht voor."

Meer nieuws leest u op onze website. Volgende editie: half april.

Deel dit bericht: LinkedIn | Facebook | X | E-mail

--
Stichting Twente High Tech Cluster
Hengelosestraat 500, 7521 AN Enschede
info@twentehightech.example.nl | 053 000 00 00
Privacyverklaring | Cookieverklaring | Uitschrijven
"""
write(F, T)
C = "Twente High Tech Cluster"
gold(F,
 [P("Femke ter Horst"), P("Joris Oude Luttikhuis","algemeen directeur","Demcon Twente BV"),
  P("Marloes Brinkhuis",None,"Demcon Twente BV"),
  P("Annelies Wolterink-Baas","staatssecretaris van Economische Zaken",None),
  P("Hanneke Ruiters","wetenschappelijk directeur","MESA+ Instituut"),
  P("Bart Nijhuis-Kamp","directeur","Stork Turbo Services"), P("Gijs Wessels"),
  P("Erik-Jan Hofstede","programmadirecteur","Defensie Materieel Organisatie"),
  P("Sandra Kuipers","inkoopmanager","Thales Nederland"), P("Wim Ter Braak","Voorzitter",C)],
 [O(C), O("Demcon Twente BV"), O("Thales Nederland"), O("Universiteit Twente"), O("PhotonDelta"), O("MESA+ Instituut"),
  O("Kennispark Twente"), O("Novel-T"), O("Innovatiefonds Twente"), O("Stork Turbo Services"), O("Provincie Overijssel"),
  O("ROC van Twente"), O("Techniekpact Twente"), O("Regio Twente"), O("Nederlands Industrieel Kenniscentrum Defensie","NIDV"),
  O("Defensie Materieel Organisatie","DMO"), O("Lasertec Almelo BV"), O("Vanderlande Twente"),
  O("Saxion Hogeschool"), O("lectoraat Smart Mechatronics"), O("Kuipers Precisie BV")],
 [E("opening van de pilotlijn voor geïntegreerde fotonica","2039-03-08",None,"Enschede","Netherlands"),
  E("Informatiebijeenkomst Hardware Accelerator","2039-03-29",None,"Enschede","Netherlands"),
  E("Twente Techniekmiddag","2039-03-17",None,"Hengelo","Netherlands"),
  E("Clusterbijeenkomst 'Defensie als klant'","2039-04-07",None,"Hengelo","Netherlands"),
  E("vergadering van het bestuur","2039-03-08",None,None,None),
  E("Hannover Messe","2039-04-12","2039-04-14","Hannover","Germany"),
  E("Algemene Ledenvergadering","2039-05-24",None,"Enschede","Netherlands")],
 ["2039-03","2039-03-18","2039-04-10","2039-03-01","2039-03-08","2039-04-29","2039-03-29","2039-03-17","2039-04-07","2039-03-31",
  "2039-04-12/2039-04-14","2039-05-24","2039/2040","2039-04"],
 [], "2039-03-18")
