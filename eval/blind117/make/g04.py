from h import *
F = 'g04_gelderland_energiecluster_nieuwsbrief.txt'
assert wd(2036,4,8)=='Tuesday' and wd(2036,4,10)=='Thursday' and wd(2036,3,27)=='Thursday' and wd(2036,6,12)=='Thursday'
T = """Nieuwsbrief Energiecluster Gelderland | april 2036
Bekijk deze e-mail in je browser | Afmelden

------------------------------------------------------------
IN DEZE NIEUWSBRIEF
1. Waterstofmissie naar het Ruhrgebied
2. Terugblik algemene ledenvergadering
3. Leden aan het woord: Thermeco uit Doetinchem
4. Agenda
------------------------------------------------------------

1. WATERSTOFMISSIE NAAR HET RUHRGEBIED: 'DE GRENS IS VOOR ELEKTRONEN GEEN PROBLEEM'

Van dinsdag 8 tot en met donderdag 10 april 2036 reisde een delegatie van 23 Gelderse bedrijven en kennisinstellingen naar Duisburg, Essen en Gelsenkirchen. De missie werd georganiseerd door Stichting Energiecluster Gelderland (ECG) samen met de Oost-Nederlandse Ontwikkelingsmaatschappij Oost NL en het Duitse cluster EnergieRegion.NRW, en valt onder het Interreg-project H2-Grenzland.

Het programma begon op dinsdag met een bezoek aan de elektrolysefabriek van thyssenkrupp nucera in Dortmund en een netwerkdiner in de Zeche Zollverein. Woensdag stonden er 64 B2B-gesprekken op het programma in het Haus der Technik in Essen. Op donderdag volgde een werkbezoek aan de waterstofhaven van Duisport in Duisburg, waar havenmanager Dr. Katharina Büscher-Yilmaz de plannen voor een importterminal toelichtte.

Delegatieleider drs. Pieter-Jan van den Bosch, directeur van ECG: "Onze MKB-bedrijven denken nog te vaak aan de Randstad als afzetmarkt. Maar Duisburg ligt dichter bij Arnhem dan Rotterdam, en daar wordt de komende tien jaar miljarden in waterstof geïnvesteerd."

De deelnemers kwamen uit alle hoeken van de waterstofketen: twee producenten van elektrolysers uit Arnhem en Ede, een tankstationbouwer uit Tiel, drie installatiebedrijven, een transportbedrijf dat vijf waterstoftrucks test en onderzoekers van de Wageningen University & Research. Volgens de evaluatie hadden negentien van de 23 deelnemers na de missie minstens één concrete vervolgafspraak in de agenda staan.

Aanbevelingen
Na afloop formuleerde de delegatie drie aanbevelingen voor de provincie en de partners:
- Zet een Gelders-Duits loket op voor subsidie- en vergunningsvragen van bedrijven die over de grens willen leveren
- Organiseer elk jaar een tegenbezoek van Noordrijn-Westfaalse bedrijven aan de regio Arnhem-Nijmegen
- Laat de Hogeschool van Arnhem en Nijmegen (HAN) en de Hochschule Rhein-Waal samen een opleiding waterstoftechniek ontwikkelen

2. TERUGBLIK ALGEMENE LEDENVERGADERING

Op donderdag 27 maart 2036 kwamen 71 leden bijeen voor de algemene ledenvergadering in het IPKW in Arnhem. De leden keurden het jaarverslag 2035 en de begroting goed en benoemden ir. Femke Hoogendijk-Tan (Alliander) en Marco Ruiz Verhagen (Radboud Universiteit) tot bestuurslid. Voorzitter Gerrit-Jan ter Horst dankte de vertrekkende penningmeester, Hanneke de Wit, die sinds 2029 in het bestuur zat.

Gedeputeerde Energie van de Provincie Gelderland, Jolanda Kuipers-Lammers, sprak de leden toe over de nieuwe Gelderse Energieagenda 2036–2040. ECG wordt daarin een van de drie uitvoerende partners, naast Oost NL en de Gelderse Energiecoöperaties.

3. LEDEN AAN HET WOORD: THERMECO UIT DOETINCHEM

Thermeco B.V. maakt warmtepompen voor de glastuinbouw en is sinds 2033 lid van het cluster. Via de ECG-matchmaking op de beurs E-world energy & water in Essen, in februari 2035, kwam het bedrijf in contact met een Duitse installateur. Inmiddels levert Thermeco aan elf tuinders in de Niederrhein-regio. "Zonder die eerste introductie waren we er nooit binnengekomen", zegt commercieel directeur Sven Ahmadi.

4. AGENDA

- 24 april 2036, 15.00–17.00 uur: webinar "Netcongestie in Oost-Nederland", met Alliander
- 12 juni 2036: Energiecafé Achterhoek in Winterswijk
- 6–7 oktober 2036: Duits-Nederlandse Waterstofdag in Kleve
- Deadline aanmelding vouchers internationalisering: 31 mei 2036

------------------------------------------------------------
Stichting Energiecluster Gelderland · Westervoortsedijk 73, Arnhem · info@energieclustergelderland.example.nl
Je ontvangt deze nieuwsbrief omdat je lid of relatie bent van ECG. Afmelden | Privacyverklaring
"""
write(F, T)
E_="Stichting Energiecluster Gelderland"
gold(F,
 [P("Katharina Büscher-Yilmaz","havenmanager","Duisport"),
  P("Pieter-Jan van den Bosch","directeur","ECG"),
  P("Femke Hoogendijk-Tan","bestuurslid",E_),
  P("Marco Ruiz Verhagen","bestuurslid",E_),
  P("Gerrit-Jan ter Horst","Voorzitter",E_),
  P("Hanneke de Wit","penningmeester",E_),
  P("Jolanda Kuipers-Lammers","Gedeputeerde Energie","Provincie Gelderland"),
  P("Sven Ahmadi","commercieel directeur","Thermeco B.V.")],
 [O(E_,"ECG"), O("Oost-Nederlandse Ontwikkelingsmaatschappij","Oost NL"), O("EnergieRegion.NRW"), O("thyssenkrupp nucera"),
  O("Duisport"), O("Hogeschool van Arnhem en Nijmegen","HAN"), O("Hochschule Rhein-Waal"),
  O("Alliander"), O("Radboud Universiteit"), O("Provincie Gelderland"), O("Gelderse Energiecoöperaties"), O("Wageningen University & Research"), O("Thermeco B.V.")],
 [E("Waterstofmissie naar het Ruhrgebied","2036-04-08","2036-04-10","Duisburg, Essen, Gelsenkirchen","Germany"),
  E("bezoek aan de elektrolysefabriek van thyssenkrupp nucera","2036-04-08",None,"Dortmund","Germany"),
  E("netwerkdiner","2036-04-08",None,None,"Germany"),
  E("B2B-gesprekken","2036-04-09",None,"Essen","Germany"),
  E("werkbezoek aan de waterstofhaven van Duisport","2036-04-10",None,"Duisburg","Germany"),
  E("algemene ledenvergadering","2036-03-27",None,"Arnhem","Netherlands"),
  E("ECG-matchmaking","2035-02",None,"Essen","Germany"),
  E("E-world energy & water","2035-02",None,"Essen","Germany"),
  E("Netcongestie in Oost-Nederland","2036-04-24",None,None,None),
  E("Energiecafé Achterhoek","2036-06-12",None,"Winterswijk","Netherlands"),
  E("Duits-Nederlandse Waterstofdag","2036-10-06","2036-10-07","Kleve","Germany")],
 ["2036-04","2036-04-08/2036-04-10","2036-03-27","2029","2036/2040","2033","2035-02","2036-04-24","2036-06-12","2036-10-06/2036-10-07","2036-05-31"],
 ["Zet een Gelders-Duits loket op voor subsidie- en vergunningsvragen van bedrijven die over de grens willen leveren",
  "Organiseer elk jaar een tegenbezoek van Noordrijn-Westfaalse bedrijven aan de regio Arnhem-Nijmegen",
  "Laat de Hogeschool van Arnhem en Nijmegen (HAN) en de Hochschule Rhein-Waal samen een opleiding waterstoftechniek ontwikkelen"],
 pub="2036-04")
