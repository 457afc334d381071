from h import *
doc = 'welkom-nieuwe-collegas_kasteelt-cluster-westland.md'
text = '''[Home](/) / [Nieuws](/nieuws) / Welkom Sanne en Youssef!

# Welkom Sanne en Youssef!

*Geplaatst op 6 januari 2032 door Ilse van Leeuwen-Kop | Categorie: Team*

Het nieuwe jaar begint bij GlasGroen Delta met twee nieuwe gezichten. Sinds 2 januari versterken **Sanne de Wit-Verbeek** en
**Youssef El Amrani** ons team in het kantoor aan de Honderdland in Maasdijk. Met hun komst telt het clusterbureau nu negen
medewerkers. Wij stellen ze graag aan je voor.

## Sanne de Wit-Verbeek – programmamanager Energietransitie

Sanne wordt programmamanager Energietransitie en neemt het stokje over van **Bart ter Horst**, die na zes jaar de overstap maakt
naar netbeheerder Stedin, waar hij als adviseur warmtenetten aan de slag gaat. Sanne komt van de Hogeschool Inholland in Delft,
waar ze sinds 2027 docent-onderzoeker was bij het lectoraat Duurzame Kasteelt. Daarvoor werkte ze van 2019 tot 2027 als
energieadviseur bij adviesbureau Kasenergie Consult B.V. in Naaldwijk.

"Ik ben opgegroeid tussen de kassen van mijn opa in De Lier. Dat de glastuinbouw in 2040 klimaatneutraal moet zijn, is geen
papieren doel: het gaat over de bedrijven van mijn buren," zegt Sanne. Haar eerste klus: de aanvraag voor het geothermieproject
WarmWestland, waarvan de deadline op 13 maart 2032 ligt.

## Youssef El Amrani – community- en eventmanager

Youssef wordt onze community- en eventmanager. Hij organiseert onder meer de ledenbijeenkomsten, de Kas van de Toekomst-tour
en onze stand op GreenTech Amsterdam. Youssef werkte hiervoor drie jaar als evenementencoördinator bij Rotterdam Partners en
daarvoor bij de Metropoolregio Rotterdam Den Haag (MRDH). Hij studeerde Communicatie aan de Haagse Hogeschool.

"Telers hebben het druk. Een bijeenkomst moet dus echt iets opleveren: een nieuwe klant, een oplossing, een partner," aldus
Youssef. Hij is het eerste aanspreekpunt voor leden die zelf een event willen organiseren.

## Eerste kennismaking

Je kunt Sanne en Youssef ontmoeten tijdens onze **Nieuwjaarsbijeenkomst** op donderdag 22 januari 2032 vanaf 16.00 uur bij
Royal FloraHolland? Nee: dit jaar zijn we te gast bij kwekerij **Van der Sande Orchideeën** in Monster. Directeur
**Pieter van der Sande** geeft een rondleiding door de nieuwe LED-afdeling. Aanmelden kan tot 19 januari via de website.

Daarnaast staan ze allebei op onze stand op **GreenTech Amsterdam**, van 9 tot en met 11 juni 2032 in de RAI Amsterdam.

## Afscheid van Bart

We nemen op dezelfde nieuwjaarsbijeenkomst afscheid van Bart ter Horst. Bart bouwde sinds 2026 het programma Energietransitie op
en bracht 41 telers samen in drie warmtecoöperaties. "Bart, dank voor alles, en tot ziens in het warmtenet," zegt directeur
**Marieke Bouwman-Hoek** van GlasGroen Delta.

## Ook nieuw: stagiair

Van februari tot en met juni 2032 loopt **Noor Hoogendoorn**, student Bedrijfskunde aan de Hogeschool Rotterdam, stage bij ons
team. Zij onderzoekt hoe telers in het Westland omgaan met de nieuwe CO2-normen en presenteert haar resultaten op de
ledenvergadering van 25 juni 2032 in Naaldwijk.

## Over GlasGroen Delta

GlasGroen Delta is het innovatiecluster van de glastuinbouw in het Westland en de regio Zuid-Holland. Het cluster werd in 2014
opgericht en telt ruim 180 leden: telers, toeleveranciers, kennisinstellingen en overheden. Het cluster werkt samen met
Greenport West-Holland, de gemeente Westland en de provincie Zuid-Holland.

**Contact**
Sanne de Wit-Verbeek – s.dewit@glasgroendelta.example
Youssef El Amrani – y.elamrani@glasgroendelta.example

Deel dit bericht: [LinkedIn](#) [X](#) [E-mail](#)

*Tags: team, energietransitie, evenementen*
'''
text = text.replace("bij\nRoyal FloraHolland? Nee: dit jaar zijn we te gast bij kwekerij", "; dit jaar zijn we te gast bij kwekerij")
people = [P('Ilse van Leeuwen-Kop'),
 P('Sanne de Wit-Verbeek','programmamanager Energietransitie','GlasGroen Delta'),
 P('Youssef El Amrani','community- en eventmanager','GlasGroen Delta'),
 P('Bart ter Horst','adviseur warmtenetten','Stedin'),
 P('Pieter van der Sande','Directeur','Van der Sande Orchideeën'),
 P('Marieke Bouwman-Hoek','directeur','GlasGroen Delta'),
 P('Noor Hoogendoorn','student Bedrijfskunde','Hogeschool Rotterdam')]
orgs = [O('GlasGroen Delta'), O('Stedin'), O('Hogeschool Inholland'), O('lectoraat Duurzame Kasteelt'), O('Kasenergie Consult B.V.'),
 O('Rotterdam Partners'), O('Metropoolregio Rotterdam Den Haag','MRDH'), O('Haagse Hogeschool'), O('Van der Sande Orchideeën'),
 O('Greenport West-Holland'), O('gemeente Westland'), O('provincie Zuid-Holland'), O('Hogeschool Rotterdam')]
events = [E('Nieuwjaarsbijeenkomst','2032-01-22','2032-01-22','Monster','Netherlands'),
 E('GreenTech Amsterdam','2032-06-09','2032-06-11','Amsterdam','Netherlands'),
 E('ledenvergadering','2032-06-25','2032-06-25','Naaldwijk','Netherlands')]
dates = ['2032-01-06','2032-01-02','2027','2019/2027','2040','2032-03-13','2032-01-19','2032-06-09/2032-06-11','2026','2014','2032-01-22','2032-02/2032-06','2032-06-25']
save(doc, text, '2032-01-06', people, orgs, events, dates, [])
