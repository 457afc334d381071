from h import *
F = 'g06_vasteras_valberedningens_forslag.txt'
assert wd(2040,4,24)=='Tuesday' and wd(2040,10,9)=='Tuesday'
T = """ENERGIKLUSTRET VÄSTMANLAND EKONOMISK FÖRENING
Org.nr 769600-0000 · Kopparlundsvägen 7, 721 30 Västerås

VALBEREDNINGENS FÖRSLAG INFÖR FÖRENINGSSTÄMMAN 2040

Till medlemmarna i Energiklustret Västmanland

Ordinarie föreningsstämma hålls tisdagen den 24 april 2040 kl. 15.00 i Västerås Science Park, Kopparlundsvägen, Västerås. Registrering och kaffe från kl. 14.30. Efter stämman bjuder föreningen på middag för medlemmarna kl. 18.00.

Dagordning i sammandrag: stämmans öppnande, val av ordförande och protokollförare, styrelsens verksamhetsberättelse för 2039, revisorernas berättelse, fastställande av resultat- och balansräkning, ansvarsfrihet för styrelsen, beslut om medlemsavgift för 2041, val enligt valberedningens förslag och stämmans avslutande. Fullständiga handlingar finns på medlemssidorna från den 10 april.

Valberedningen har bestått av Karin Sjöholm (sammankallande, Mälarenergi AB), Jussi Hämäläinen (Hitachi Energy Sweden AB) och Patrik Nordqvist (Region Västmanland). Valberedningen har under perioden november 2039–mars 2040 haft sex möten, intervjuat samtliga styrelseledamöter och tagit del av styrelsens egen utvärdering.

1. Ordförande vid stämman
Valberedningen föreslår att advokat Helena Lindgren-Åberg, Advokatfirman Lindgren & Co, väljs till ordförande vid stämman.

2. Antal styrelseledamöter
Styrelsen föreslås bestå av sju ordinarie ledamöter och inga suppleanter.

3. Styrelseordförande
Valberedningen föreslår omval av Ann-Sofie Granberg som styrelseordförande för en period om ett år. Ann-Sofie Granberg är vd för Västerås Stad Näringsliv AB och har varit ordförande i klustret sedan 2037. Hon har tidigare arbetat som energistrateg på Energimyndigheten i Eskilstuna (2028–2034).

4. Övriga ledamöter
Omval föreslås av:
– Erik Dahlström, teknisk chef, Northvolt Västerås AB (ledamot sedan 2036)
– Dr. Mariam Yousef, forskningsledare, Mälardalens universitet, Akademin för ekonomi, samhälle och teknik (ledamot sedan 2038)
– Gunnar af Klercker, vd, Köping Kraftteknik AB (ledamot sedan 2035)
– Lotta Ek, enhetschef, ABB Sverige, affärsområde Electrification (ledamot sedan 2038)

Nyval föreslås av:
– Fredrik Ohlsson-Berg, grundare och vd för Solgårdarna i Sala AB. Fredrik driver ett av regionens största solparksbolag och representerar klustrets småföretag. Han har tidigare suttit i styrelsen för Företagarna Västmanland.
– Aleksandra Nowak, hållbarhetschef på Kanthal AB i Hallstahammar. Aleksandra är utbildad vid AGH-universitetet i Kraków och har arbetat med industriell energieffektivisering i Polen och Sverige sedan 2030.

Mikael Strand, Bombardier Transportation Sweden AB, har avböjt omval efter åtta år i styrelsen. Valberedningen vill rikta ett stort tack till Mikael för hans engagemang, inte minst som drivande i klustrets satsning på elektrifierade transporter.

5. Revisorer
Valberedningen föreslår omval av Öhrlings PricewaterhouseCoopers AB med auktoriserade revisorn Johan Bergkvist som huvudansvarig revisor, samt av lekmannarevisorn Ulla Persson.

6. Arvoden
Arvode till styrelseordföranden föreslås oförändrat till 30 000 kronor per år. Övriga ledamöter arvoderas inte.

7. Valberedning inför stämman 2041
Valberedningen föreslår att Karin Sjöholm, Patrik Nordqvist och Tove Lindqvist (Sala Sparbank) väljs till valberedning, med Karin Sjöholm som sammankallande.

Valberedningens motivering
Valberedningen har bedömt att styrelsen fungerar väl, men att småföretagen och materialindustrin i norra Västmanland har varit underrepresenterade. De två nya ledamöterna stärker dessa perspektiv. Med förslaget består styrelsen av fyra kvinnor och tre män.

Valberedningens slutsatser i korthet:
• Styrelsen bör spegla klustrets medlemmar, inte bara de största företagen
• Minst en ledamot bör ha erfarenhet från EU-projekt, eftersom klustret leder två Interreg-projekt fram till 2042
• Valberedningen bör i fortsättningen börja sitt arbete redan i september

Kommande
Klustrets höstkonferens Energidagen 2040 äger rum tisdagen den 9 oktober 2040 i Köping. Motioner till stämman skulle ha inkommit senast den 31 mars 2040; inga motioner har inkommit.

Västerås i april 2040
Karin Sjöholm, sammankallande
karin.sjoholm@energiklustret.example.se, 021-00 00 00
"""
write(F, T)
E_="Energiklustret Västmanland"
gold(F,
 [P("Karin Sjöholm","sammankallande",E_),
  P("Jussi Hämäläinen",None,"Hitachi Energy Sweden AB"),
  P("Patrik Nordqvist",None,"Region Västmanland"),
  P("Helena Lindgren-Åberg","advokat","Advokatfirman Lindgren & Co"),
  P("Ann-Sofie Granberg","styrelseordförande",E_),
  P("Erik Dahlström","ledamot",E_),
  P("Mariam Yousef","ledamot",E_),
  P("Gunnar af Klercker","ledamot",E_),
  P("Lotta Ek","ledamot",E_),
  P("Fredrik Ohlsson-Berg","grundare och vd","Solgårdarna i Sala AB"),
  P("Aleksandra Nowak","hållbarhetschef","Kanthal AB"),
  P("Mikael Strand",None,"Bombardier Transportation Sweden AB"),
  P("Johan Bergkvist","huvudansvarig revisor","Öhrlings PricewaterhouseCoopers AB"),
  P("Ulla Persson","lekmannarevisorn",E_),
  P("Tove Lindqvist",None,"Sala Sparbank")],
 [O(E_), O("Mälarenergi AB"), O("Hitachi Energy Sweden AB"), O("Region Västmanland"),
  O("Advokatfirman Lindgren & Co"), O("Västerås Stad Näringsliv AB"), O("Energimyndigheten"), O("Northvolt Västerås AB"),
  O("Mälardalens universitet"), O("Köping Kraftteknik AB"), O("ABB Sverige"),
  O("Solgårdarna i Sala AB"), O("Företagarna Västmanland"), O("Kanthal AB"), O("AGH-universitetet i Kraków"),
  O("Bombardier Transportation Sweden AB"), O("Öhrlings PricewaterhouseCoopers AB"), O("Sala Sparbank")],
 [E("föreningsstämma","2040-04-24",None,"Västerås","Sweden"),
  E("middag","2040-04-24",None,"Västerås","Sweden"),
  E("Energidagen 2040","2040-10-09",None,"Köping","Sweden"),
  E("stämman 2041","2041",None,None,None)],
 ["2040-04-24","2039-11/2040-03","2037","2028/2034","2036","2038","2035","2030","2042","2040-10-09","2040-03-31","2040-04","2039","2041","2040-04-10"],
 ["Styrelsen bör spegla klustrets medlemmar, inte bara de största företagen",
  "Minst en ledamot bör ha erfarenhet från EU-projekt, eftersom klustret leder två Interreg-projekt fram till 2042",
  "Valberedningen bör i fortsättningen börja sitt arbete redan i september"],
 pub="2040-04")
