from h import *
F = 'westland-tuinbouw-logistiek-cluster-positiepaper-2037.md'
T = """# Positiepaper: Netcongestie bedreigt de groei van het Westland

**Tuinbouw & Logistiek Cluster Westland (TLCW)**
*Naaldwijk, 11 februari 2037*

> Dit positiepaper is vastgesteld door het bestuur van TLCW op 28 januari 2037 en wordt aangeboden aan de leden van de Tweede Kamer, Gedeputeerde Staten van Zuid-Holland en de informateur.

---

## Waarom dit paper?

Het Westland is met Naaldwijk als middelpunt het grootste aaneengesloten glastuinbouwgebied van Europa en een belangrijk logistiek knooppunt tussen de Rotterdamse haven en de veilingen. In de regio werken ruim 48.000 mensen in tuinbouw, logistiek en voedselverwerking. De ruim 120 leden van ons cluster – van verladers en vervoerders tot glastuinbouwbedrijven en onderwijsinstellingen – investeren volop in elektrische vrachtwagens, koelhuizen op zonne-energie en warmtepompen in de kassen.

Die overstap loopt nu vast. Netbeheerder Stedin heeft in 2036 voor vrijwel het hele Westland een wachtlijst ingesteld voor nieuwe en zwaardere aansluitingen. Uit een rondvraag onder onze leden in december 2036 blijkt dat 37 bedrijven samen ruim 140 MW aan aanvragen hebben klaarliggen. Gemiddeld verwachten zij vier tot zes jaar te moeten wachten. Voor een distributiecentrum dat in 2038 volledig elektrisch wil rijden, is dat onacceptabel.

"We hebben de laadpalen al gekocht, maar we mogen ze niet aansluiten," zegt Anouk Peeters-Janssen, directeur van Transport Peeters Honselersdijk B.V. en vicevoorzitter van het cluster. "Onze klanten vragen om emissievrij vervoer, en wij kunnen het niet leveren."

## Wat zien wij?

- Bedrijven wijken uit naar Duitsland: twee leden hebben in 2036 besloten een nieuw koelhuis in Moerdijk te bouwen in plaats van in Naaldwijk.
- Tuinders schakelen terug naar gas, omdat hun aanvraag voor een zwaardere aansluiting voor warmtepompen niet wordt gehonoreerd.
- Gemeenten kunnen nieuwe bedrijventerreinen, zoals Honderdland fase 4, niet uitgeven.
- Er is onvoldoende samenwerking tussen bedrijven die stroom produceren en bedrijven die stroom vragen, terwijl daar juist ruimte zit.

## Wat vragen wij van het nieuwe kabinet?

Het cluster doet de volgende oproepen:

1. Maak netuitbreiding in regio's met een hoge tuinbouw- en logistieke functie tot nationale prioriteit en geef het Westland een plek in het Landelijk Actieprogramma Netcongestie.
2. Versnel de vergunningverlening voor nieuwe hoogspanningsstations door vaste termijnen van maximaal achttien maanden in de wet op te nemen.
3. Maak het voor bedrijven op één bedrijventerrein wettelijk eenvoudiger om samen een energiehub op te zetten en stroom onderling te delen.
4. Stel een regionaal fonds in voor batterijopslag bij mkb-bedrijven, zodat zij pieken kunnen opvangen zonder zwaardere aansluiting.
5. Zorg voor afspraken tussen Stedin, TenneT en het Havenbedrijf Rotterdam over gezamenlijke netplanning langs de A20 en de N223.

## Wat doen wij zelf?

Het cluster neemt ook zelf verantwoordelijkheid. Samen met Stedin, de Provincie Zuid-Holland en de gemeenten Westland en Midden-Delfland hebben wij in november 2036 de Energietafel Westland opgericht. Daarnaast start in april 2037 een pilot met een gedeelde batterij van 20 MWh op bedrijventerrein Honderdland, waaraan zes leden deelnemen. Hogeschool Inholland Delft begeleidt de pilot en meet de resultaten.

Clustervoorzitter Ton van de Ven, tevens algemeen directeur van Greenport Koeltechniek Westland B.V.: "We vragen geen subsidie om stil te zitten. We vragen dat de overheid de stekker er weer in steekt, zodat wij kunnen doen wat iedereen van ons verwacht: verduurzamen."

## Vervolg

Op dinsdag 17 maart 2037 organiseert het cluster een werkbezoek voor Kamerleden aan Honderdland, met een rondetafelgesprek met ondernemers, Stedin en gedeputeerde Mieke Hendrix-Coenen (Economie en Energie). Op 2 april 2037 bespreken wij dit paper in Den Haag met het ministerie van Klimaat en Groene Groei.

---

**Contact**
Tuinbouw & Logistiek Cluster Westland
Poeldijkseweg 42, 2671 NK Naaldwijk
Mr. drs. Sanne Verstappen, clustermanager · s.verstappen@tlcw.nl · 0174 32 01 14

*Download dit positiepaper als pdf (4 pagina's). Deel: LinkedIn · e-mail*
"""
write(F, T)
gold(F, [P('Anouk Peeters-Janssen','directeur','Transport Peeters Honselersdijk B.V.'), P('Ton van de Ven','Clustervoorzitter','Tuinbouw & Logistiek Cluster Westland'),
 P('Mieke Hendrix-Coenen','gedeputeerde',None), P('Sanne Verstappen','clustermanager','Tuinbouw & Logistiek Cluster Westland')],
 [O('Tuinbouw & Logistiek Cluster Westland','TLCW'), O('Tweede Kamer'), O('Gedeputeerde Staten van Zuid-Holland'), O('Stedin'), O('TenneT'), O('Havenbedrijf Rotterdam'),
  O('Transport Peeters Honselersdijk B.V.'), O('Provincie Zuid-Holland'), O('Energietafel Westland'),
  O('Hogeschool Inholland Delft'), O('Greenport Koeltechniek Westland B.V.'), O('ministerie van Klimaat en Groene Groei')],
 [E('werkbezoek voor Kamerleden aan Honderdland','2037-03-17','2037-03-17',None,'Netherlands'),
  E('rondetafelgesprek','2037-03-17','2037-03-17',None,'Netherlands'),
  E('bespreking van het paper met het ministerie van Klimaat en Groene Groei','2037-04-02','2037-04-02','Den Haag','Netherlands')],
 ['2037-02-11','2037-01-28','2036','2036-12','2038','2036-11','2037-04','2037-03-17','2037-04-02'],
 ["Maak netuitbreiding in regio's met een hoge tuinbouw- en logistieke functie tot nationale prioriteit en geef het Westland een plek in het Landelijk Actieprogramma Netcongestie",
  'Versnel de vergunningverlening voor nieuwe hoogspanningsstations door vaste termijnen van maximaal achttien maanden in de wet op te nemen',
  'Maak het voor bedrijven op één bedrijventerrein wettelijk eenvoudiger om samen een energiehub op te zetten en stroom onderling te delen',
  'Stel een regionaal fonds in voor batterijopslag bij mkb-bedrijven, zodat zij pieken kunnen opvangen zonder zwaardere aansluiting',
  'Zorg voor afspraken tussen Stedin, TenneT en het Havenbedrijf Rotterdam over gezamenlijke netplanning langs de A20 en de N223'],
 pub='2037-02-11')
