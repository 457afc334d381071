from h import *
F = 'g08_zeeland_beleidsbrief_zoetwater_industrie.txt'
assert wd(2040,10,2)=='Tuesday' and wd(2040,9,26)=='Wednesday' and wd(2040,11,14)=='Wednesday'
T = """Home > Kennisbank > Beleidsbrieven > Zoetwater als vestigingsfactor

Zeeuws Industrie- en Agrofoodcluster (ZIAC)
BELEIDSBRIEF 04 | oktober 2040

Zoetwater als vestigingsfactor: vijf aanbevelingen voor de Zeeuwse delta

Vlissingen, dinsdag 2 oktober 2040

Samenvatting
Zeeland heeft een probleem dat in Den Haag en Brussel nauwelijks wordt gezien: de industrie en de agrofoodsector in de provincie lopen tegen de grenzen van de zoetwatervoorziening aan. Uit een inventarisatie van het Zeeuws Industrie- en Agrofoodcluster onder 63 leden blijkt dat het gezamenlijke zoetwatergebruik van de bedrijven tussen 2030 en 2040 met 22 procent is gestegen, terwijl de beschikbaarheid in droge zomers met bijna een derde is gedaald. In de zomer van 2039 moesten elf bedrijven hun productie tijdelijk beperken. Deze beleidsbrief vat de analyse samen en doet aanbevelingen aan Rijk, provincie, waterschap en bedrijfsleven.

Aanleiding
De beleidsbrief is opgesteld door een werkgroep onder leiding van ir. Maarten de Kraker, directeur Operations bij Zeeland Refinery B.V. en bestuurslid van het cluster, en Annelies Verhulst-Dieleman, programmamanager Water bij het cluster. Zij werkten samen met onderzoekers van de HZ University of Applied Sciences en het kennisinstituut Deltares. De analyse werd besproken in een rondetafelgesprek op woensdag 26 september 2040 in het Arsenaaltheater in Vlissingen, waaraan onder anderen gedeputeerde Harm-Jan Kodde van de Provincie Zeeland en dijkgraaf Lieke Boone-Hamelink van Waterschap Scheldestromen deelnamen.

Wat zien we?
Drie ontwikkelingen komen samen. Ten eerste verzilt het grondwater in grote delen van Walcheren en Zeeuws-Vlaanderen verder. Ten tweede vragen nieuwe elektrolysers en datacenters in het Sloegebied veel demiwater. Ten derde verloopt de aanvoer via het Kanaal Gent-Terneuzen sinds het verdrag met Vlaanderen uit 2036 volgens strakkere afspraken. Volgens dr. Kees Rijnsburger, lector Watertechnologie aan de HZ, ‘is hergebruik van proceswater de snelste en goedkoopste bron die we hebben, maar wet- en regelgeving loopt achter’.

Aanbevelingen
Het cluster doet de volgende aanbevelingen:

1. Het Ministerie van Infrastructuur en Waterstaat erkent zoetwater in het Deltaprogramma expliciet als economische vestigingsfactor voor Zuidwest-Nederland.
2. De Provincie Zeeland stelt voor 1 juli 2041 een regionale zoetwaterstrategie vast, samen met het waterschap en de bedrijven.
3. Vergunningen voor het hergebruik van gezuiverd afvalwater door de industrie worden binnen zes maanden verleend.
4. Rijk en provincie financieren een proeffabriek voor ontzilting van brak grondwater in het Sloegebied.
5. Bedrijven in het cluster verplichten zich om uiterlijk in 2045 minimaal 40 procent van hun proceswater te hergebruiken.

Wat doet het cluster zelf?
Het cluster start in januari 2041 een waterbank waarin bedrijven restwater aan elkaar kunnen leveren. Dow Benelux B.V. in Terneuzen en de aardappelverwerker Zeeuwse Akker Foods B.V. hebben toegezegd deel te nemen. Ook deelt het cluster zijn kennis in het Interreg Vlaanderen-Nederland-project WATERLINK met de POM Oost-Vlaanderen en North Sea Port.

“We vragen niet om voorrang, we vragen om zekerheid,” zegt clustervoorzitter Jacqueline Wisse-van Damme. “Wie vandaag in Zeeland investeert, wil weten dat er over tien jaar nog water uit de leiding komt.”

Vervolg
De beleidsbrief wordt op woensdag 14 november 2040 aangeboden aan de vaste commissie voor Infrastructuur en Waterstaat van de Tweede Kamer. Leden kunnen tot 31 oktober 2040 reageren via het secretariaat.

Over het ZIAC
Het Zeeuws Industrie- en Agrofoodcluster verenigt 88 bedrijven, kennisinstellingen en overheden in Zeeland. Het cluster wordt ondersteund door Impuls Zeeland, de ontwikkelingsmaatschappij van de provincie.

Contact: Annelies Verhulst-Dieleman, programmamanager Water, a.verhulst@ziac.example.nl, 0118 00 00 00

Eerdere beleidsbrieven:
03 | Vakkrachten voor de procesindustrie (maart 2040)
02 | Waterstof en de haven (september 2039)
01 | Ruimte voor de maakindustrie (februari 2039)

Deel dit artikel: LinkedIn | X | E-mail | Print
Wij gebruiken functionele en analytische cookies. Lees onze cookieverklaring.
"""
write(F, T)
gold(F,
 [P("Maarten de Kraker","directeur Operations","Zeeland Refinery B.V."),
  P("Annelies Verhulst-Dieleman","programmamanager Water","Zeeuws Industrie- en Agrofoodcluster"),
  P("Harm-Jan Kodde","gedeputeerde","Provincie Zeeland"),
  P("Lieke Boone-Hamelink","dijkgraaf","Waterschap Scheldestromen"),
  P("Kees Rijnsburger","lector Watertechnologie","HZ"),
  P("Jacqueline Wisse-van Damme","clustervoorzitter","Zeeuws Industrie- en Agrofoodcluster")],
 [O("Zeeuws Industrie- en Agrofoodcluster","ZIAC"), O("Zeeland Refinery B.V."), O("HZ University of Applied Sciences","HZ"),
  O("Deltares"), O("Provincie Zeeland"), O("Waterschap Scheldestromen"),
  O("Ministerie van Infrastructuur en Waterstaat"), O("Dow Benelux B.V."), O("Zeeuwse Akker Foods B.V."),
  O("POM Oost-Vlaanderen"), O("North Sea Port"), O("vaste commissie voor Infrastructuur en Waterstaat"),
  O("Tweede Kamer"), O("Impuls Zeeland")],
 [E("rondetafelgesprek","2040-09-26",None,"Vlissingen","Netherlands"),
  E("aanbieding beleidsbrief aan de vaste commissie voor Infrastructuur en Waterstaat","2040-11-14",None,None,None)],
 ["2040-10","2040-10-02","2030/2040","2039","2040-09-26","2036","2041-07-01","2045","2041-01","2040-11-14","2040-10-31","2040-03","2039-09","2039-02"],
 ["Het Ministerie van Infrastructuur en Waterstaat erkent zoetwater in het Deltaprogramma expliciet als economische vestigingsfactor voor Zuidwest-Nederland",
  "De Provincie Zeeland stelt voor 1 juli 2041 een regionale zoetwaterstrategie vast, samen met het waterschap en de bedrijven",
  "Vergunningen voor het hergebruik van gezuiverd afvalwater door de industrie worden binnen zes maanden verleend",
  "Rijk en provincie financieren een proeffabriek voor ontzilting van brak grondwater in het Sloegebied",
  "Bedrijven in het cluster verplichten zich om uiterlijk in 2045 minimaal 40 procent van hun proceswater te hergebruiken"],
 "2040-10-02")
