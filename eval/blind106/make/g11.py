from h import *
F = 'g11_zeeland_studie_publicatie_nieuws.txt'
assert wd(2040,10,2)=='Tuesday' and wd(2040,10,25)=='Thursday'
BV = ["De procesindustrie in Zeeland kan tot 2040 jaarlijks 1,2 miljoen ton CO2 besparen door restwarmte en reststromen te delen",
 "Er is een tekort van ruim 900 technici, vooral op mbo-niveau",
 "Het elektriciteitsnet in Zeeuws-Vlaanderen is de grootste belemmering voor nieuwe investeringen",
 "Mkb-bedrijven profiteren nog te weinig: slechts 14 procent levert aan de grote chemiebedrijven in de regio",
 "Samenwerking over de grens met Vlaanderen kan de kosten van infrastructuur met een kwart verlagen"]
T = f"""Home > Nieuws > Studie 'Zeeland circulair 2040' gepubliceerd

Smart Delta Industrie Zeeland
Over ons | Leden | Programma's | Nieuws | Agenda | Contact

NIEUWS

Studie 'Zeeland circulair 2040': regio kan koploper worden, maar net en mensen ontbreken

Middelburg, dinsdag 2 oktober 2040 – door Femke Boogaard

Zeeland heeft alles in huis om de eerste circulaire industrieregio van Nederland te worden, maar zonder snelle
uitbreiding van het elektriciteitsnet en een offensief voor technisch personeel blijft dat een belofte. Dat staat in
de studie 'Zeeland circulair 2040', die vandaag is gepubliceerd door Smart Delta Industrie Zeeland (SDIZ) samen met de
Hogeschool Zeeland (HZ University of Applied Sciences) en onderzoeksbureau Ecorys.

Voor de studie werden tussen januari en juni 2040 62 bedrijven en organisaties geïnterviewd, van grote
chemieproducenten in het Sloegebied tot kleine installatiebedrijven op Walcheren. Ook werden gegevens verzameld bij de
Provincie Zeeland, North Sea Port en netbeheerder Enduris.

Belangrijkste bevindingen

{bl(BV, '• ')}

Reacties

"Deze studie laat zwart op wit zien waar het knelt," zegt Pieter-Jan Verhulst, directeur van Smart Delta Industrie
Zeeland. "Onze leden willen investeren, maar ze kunnen hun nieuwe installaties niet aansluiten. Daar moeten Den Haag
en Brussel nu iets mee."

Gedeputeerde Annelies de Kok-Vermeulen van de Provincie Zeeland noemt de studie "een wake-upcall en een
routekaart tegelijk". "We gaan samen met het Rijk en TenneT kijken hoe we de netuitbreiding kunnen versnellen. En we
investeren in het onderwijs, want zonder vakmensen bouwen we niets."

Lector Circulaire Economie dr. Ruben Dekker van de HZ University of Applied Sciences, die het onderzoek leidde:
"Wat ons opviel is hoe weinig kleine bedrijven weten van de kansen bij de grote spelers om de hoek. Hier ligt een
duidelijke taak voor het cluster."

Ook de Vlaamse buren reageerden positief. Karel Van Damme, algemeen directeur van het Vlaamse chemiecluster
Catalisti, zegt: "De grens is voor moleculen geen grens. Laten we de pijpleidingen en de kennis delen."

Presentatie en debat

De studie wordt op donderdag 25 oktober 2040 van 15.00 tot 18.00 uur gepresenteerd tijdens het Zeeuws Industriedebat
in de Zeeuwse Concertzaal in Middelburg. Sprekers zijn onder anderen Pieter-Jan Verhulst, Annelies de Kok-Vermeulen en
Marloes Janssen, regiomanager van Invest-NL. Na afloop is er een netwerkborrel. Aanmelden kan tot 20 oktober via de
agenda op onze website.

Over de studie

'Zeeland circulair 2040' is de derde regionale industriestudie van SDIZ, na 'Zeeland elektrisch' (2036) en
'Talent voor de Delta' (2038). Het onderzoek werd gefinancierd door de Provincie Zeeland en het Just Transition Fund.
De volledige studie (88 pagina's) en een samenvatting van acht pagina's zijn gratis te downloaden.

> Download de studie (pdf, 6,2 MB)
> Download de samenvatting (pdf, 0,9 MB)

Foto: overzicht van het Sloegebied bij Vlissingen. Foto: Jeroen Kooman / North Sea Port

Deel dit bericht: LinkedIn | X | Facebook | E-mail

Meer nieuws
- 18 september 2040 – Nieuwe leden: drie bedrijven uit Terneuzen sluiten aan
- 4 september 2040 – Terugblik op de Zeeuwse Techniekdag
- 28 augustus 2040 – Vacature: projectleider energie (32 uur)

Smart Delta Industrie Zeeland | Edisonweg 00, 4382 NW Vlissingen | info@sdiz.example.nl | 0118 000 000
Privacyverklaring | Cookieverklaring | Disclaimer
"""
write(F, T)
S_ = "Smart Delta Industrie Zeeland"
gold(F,
 [P("Femke Boogaard",None,None),
  P("Pieter-Jan Verhulst","directeur",S_),
  P("Annelies de Kok-Vermeulen","Gedeputeerde","Provincie Zeeland"),
  P("Ruben Dekker","Lector Circulaire Economie","HZ University of Applied Sciences"),
  P("Karel Van Damme","algemeen directeur","Catalisti"),
  P("Marloes Janssen","regiomanager","Invest-NL"),
  P("Jeroen Kooman","Foto","North Sea Port")],
 [O(S_,"SDIZ"), O("Hogeschool Zeeland"), O("Ecorys"), O("Provincie Zeeland"), O("North Sea Port"),
  O("Enduris"), O("TenneT"), O("Catalisti"), O("Invest-NL")],
 [E("Zeeuws Industriedebat","2040-10-25",None,"Middelburg","Netherlands"),
  E("netwerkborrel","2040-10-25",None,"Middelburg","Netherlands"),
  E("Zeeuwse Techniekdag",None,None,None,None)],
 ["2040-10-02","2040-01/2040-06","2040-10-25","2040-10-20","2036","2038","2040-09-18","2040-09-04","2040-08-28","2040"],
 BV, "2040-10-02")
