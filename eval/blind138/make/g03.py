from h import *
F = 'g03_westbrabant_matchmakingdag.txt'
assert wd(2036,11,3)=='Monday' and wd(2036,11,13)=='Thursday' and wd(2036,10,31)=='Friday' and wd(2035,11,15)=='Thursday' and wd(2036,3,3)=='Monday'
T = """Logistiek Cluster West-Brabant | Agenda | Matchmakingdag Biobased & Logistiek 2036

Home > Agenda > Matchmakingdag

Matchmakingdag Biobased & Logistiek 2036
Donderdag 13 november 2036, 09.00–17.00 uur
Locatie: Auditorium Green Chemistry Campus, Bergen op Zoom
Aanmelden vóór vrijdag 31 oktober 2036 via de website. Deelname voor leden gratis, niet-leden EUR 75 excl. btw.

Na het succes van vorig jaar organiseren het Logistiek Cluster West-Brabant en de Rewin West-Brabant opnieuw een matchmakingdag voor bedrijven uit de biobased industrie en de logistieke sector. Verladers uit de chemie en de agrofood zoeken partners voor duurzaam transport van grondstoffen en reststromen; vervoerders, opslagbedrijven en start-ups laten zien wat zij te bieden hebben. De dag wordt mede mogelijk gemaakt door de Provincie Noord-Brabant en de Brabantse Ontwikkelings Maatschappij (BOM).

VOOR WIE?
De dag is bedoeld voor verladers, logistieke dienstverleners, terminals, kennisinstellingen en overheden uit West-Brabant, Zeeland en de provincie Antwerpen. Vooraf maakt u een profiel aan op het matchmakingplatform; vanaf maandag 3 november 2036 kunt u gesprekken aanvragen en ontvangt u een persoonlijk schema. Er is plek voor maximaal 120 organisaties en 250 gesprekken.

Op de netwerkmarkt staan onder meer:
- het Centre of Expertise Biobased Economy, met studentenprojecten over reststromen
- de Port of Antwerp-Bruges, met informatie over binnenvaartverbindingen
- het Biobased Delta-netwerk, dat bedrijven koppelt aan subsidies en proeffaciliteiten

PROGRAMMA

09.00  Inloop en registratie
09.30  Opening door dagvoorzitter Ilse Verhoeven-Dekker, clustermanager Logistiek Cluster West-Brabant
09.40  Welkomstwoord door wethouder Economie Ahmed El Amrani, gemeente Bergen op Zoom
10.00  Keynote "Van reststroom naar grondstof: logistiek als sleutel"
       door prof. dr. Joris van Gils, lector Biobased Logistics aan de Avans Hogeschool in Breda
10.45  Pitchronde: tien bedrijven in drie minuten
       o.a. Roosendaal Bio Terminal B.V., Agrilogic Moerdijk en de start-up CellulOS uit Etten-Leur
11.30  Eerste ronde B2B-gesprekken (tafels van 20 minuten)
12.30  Lunch met netwerkmarkt
13.30  Tweede ronde B2B-gesprekken
15.00  Paneldiscussie "Samen vervoeren over water en spoor"
       met Sanne Kools (Havenbedrijf Moerdijk), Bart de Waal (Lineas Intermodal) en Mireille Vos-Hendrikx (Cosun Beet Company)
16.00  Bedrijfsbezoek aan de biomassa-opslag van de Green Chemistry Campus (optioneel, max. 30 personen)
17.00  Afsluitende borrel

Na afloop ontvangt iedere deelnemer een overzicht met contactgegevens van zijn gesprekspartners.

TERUGBLIK OP DE EDITIE 2035
De eerste matchmakingdag werd gehouden op donderdag 15 november 2035 in het Stadskantoor van Roosendaal. Er namen 96 bedrijven deel en er werden 174 gesprekken gevoerd. Drie samenwerkingen zijn inmiddels concreet geworden, waaronder een gedeelde binnenvaartverbinding tussen Roosendaal en de haven van Antwerpen. In de evaluatiebijeenkomst van maandag 3 maart 2036 noemden deelnemers de volgende lessen:
- Plan de gesprekken vooraf, zodat deelnemers niet zelf hoeven te zoeken
- Nodig meer verladers uit, want vervoerders waren in de meerderheid
- Geef start-ups een eigen pitchmoment

Deze lessen zijn in het programma van dit jaar verwerkt.

PRAKTISCHE INFORMATIE
Parkeren kan gratis op het terrein van de campus. Lunch en koffie zijn inbegrepen; laat ons weten als u een dieetwens heeft. Vanaf station Bergen op Zoom rijdt een pendelbus om 08.30 en 08.45 uur. Vragen over het programma? Neem contact op met Jeroen Mathijssen, projectleider internationalisering bij Rewin, via j.mathijssen@rewin.example.nl of 0165 00 00 00.

Deze bijeenkomst maakt deel uit van het Interreg-project LOGIBIO en wordt ondersteund door het Enterprise Europe Network Nederland, dat ook Vlaamse en Zeeuwse bedrijven uitnodigt.

Delen: LinkedIn | X | E-mail | Printen
Logistiek Cluster West-Brabant · Postbus 000, 4700 AA Roosendaal · privacyverklaring · cookies
"""
write(F, T)
L = "Logistiek Cluster West-Brabant"
gold(F,
 [P("Ilse Verhoeven-Dekker","clustermanager",L),
  P("Ahmed El Amrani","wethouder Economie","gemeente Bergen op Zoom"),
  P("Joris van Gils","lector Biobased Logistics","Avans Hogeschool"),
  P("Sanne Kools",None,"Havenbedrijf Moerdijk"),
  P("Bart de Waal",None,"Lineas Intermodal"),
  P("Mireille Vos-Hendrikx",None,"Cosun Beet Company"),
  P("Jeroen Mathijssen","projectleider internationalisering","Rewin")],
 [O(L), O("Rewin West-Brabant"), O("Provincie Noord-Brabant"), O("Brabantse Ontwikkelings Maatschappij","BOM"),
  O("gemeente Bergen op Zoom"), O("Avans Hogeschool"), O("Roosendaal Bio Terminal B.V."), O("Agrilogic Moerdijk"),
  O("CellulOS"), O("Havenbedrijf Moerdijk"), O("Lineas Intermodal"), O("Cosun Beet Company"),
  O("Enterprise Europe Network Nederland"), O("Centre of Expertise Biobased Economy"), O("Port of Antwerp-Bruges"), O("Biobased Delta")],
 [E("Matchmakingdag Biobased & Logistiek 2036","2036-11-13",None,"Bergen op Zoom","Netherlands"),
  E("B2B-gesprekken","2036-11-13",None,"Bergen op Zoom","Netherlands"),
  E("Bedrijfsbezoek aan de biomassa-opslag van de Green Chemistry Campus","2036-11-13",None,"Bergen op Zoom","Netherlands"),
  E("Afsluitende borrel","2036-11-13",None,"Bergen op Zoom","Netherlands"),
  E("matchmakingdag","2035-11-15",None,"Roosendaal","Netherlands"),
  E("evaluatiebijeenkomst","2036-03-03",None,None,None)],
 ["2036-11-13","2036-10-31","2036-11-03","2035-11-15","2036-03-03"],
 ["Plan de gesprekken vooraf, zodat deelnemers niet zelf hoeven te zoeken",
  "Nodig meer verladers uit, want vervoerders waren in de meerderheid",
  "Geef start-ups een eigen pitchmoment"])
