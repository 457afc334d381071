from h import *
F = 'g04_jamtland_wintertech_arsstamma.txt'
assert wd(2040,4,24)=='Tuesday' and wd(2040,5,15)=='Tuesday' and wd(2040,11,22)=='Thursday'
T = """Vintertekniksklustret Jämtland – Medlemsnytt 4/2040
Publicerad 27 april 2040 | Text: Ingrid Sundqvist | Foto: Olle Brännström

Webbversion | Avregistrera | Dela på LinkedIn

----------------------------------------------------------------

RAPPORT FRÅN FÖRENINGSSTÄMMAN 2040

Ny ordförande, två nya ledamöter och en budget för Norge-satsningen

Ett fyrtiotal medlemmar samlades tisdagen den 24 april 2040 i Mittuniversitetets lokaler i Östersund för den ordinarie föreningsstämman i Vintertekniksklustret Jämtland ekonomisk förening. Ytterligare fjorton medlemmar följde stämman digitalt. Stämman öppnades av avgående ordförande Per-Olof Hägglund, som har lett styrelsen sedan 2034 och som inte ställde upp för omval.

Till stämmoordförande valdes advokat Karin Westling från Advokatfirman Norrsken AB, och till protokollförare klustrets verksamhetsledare Jonas Ekholm. Justerare blev Malin Lidström (Åre Skidsystem AB) och Henrik Näslund (Frösö Elektronik AB).

Verksamhetsåret 2039 i korthet

Jonas Ekholm presenterade verksamhetsberättelsen. Klustret växte från 58 till 66 medlemmar under 2039, genomförde två testveckor på Östersunds skidstadion och drev projektet SNOWDATA tillsammans med Mittuniversitetet och Trøndelag fylkeskommune. Det ekonomiska resultatet blev ett överskott på 212 000 kronor. Revisorn Annika Fjällström, auktoriserad revisor vid Revisionsbyrån Storsjö AB, föreslog att styrelsen skulle beviljas ansvarsfrihet.

Val

Valberedningens förslag presenterades av dess sammankallande Gunnar Olsson. Samtliga förslag antogs enhälligt.

Ordförande (nyval, ett år): Sofia Engström, vd Jämtlands Vallateknik AB
Vice ordförande (omval, två år): Erik Månsson, Mittuniversitetet
Ledamöter (omval, två år): Malin Lidström, Åre Skidsystem AB; Lars-Göran Persson, Region Jämtland Härjedalen
Ledamöter (nyval, två år): Amira Haddad, Snowtech Sensors AB; Mikael Thörn, Östersunds kommun
Ledamot (kvarstår ett år): Henrik Näslund, Frösö Elektronik AB
Suppleanter (nyval, ett år): Elin Backlund, Krokom Plast AB; Nils Åkerström, Idre Fjäll Teknik AB

Revisor: Annika Fjällström, Revisionsbyrån Storsjö AB (omval). Revisorssuppleant: Björn Lund, Revisionsbyrån Storsjö AB.
Valberedning: Gunnar Olsson (sammankallande), Per-Olof Hägglund och Lena Strand.

Den nya styrelsen i sammandrag

Sofia Engström, ordförande (Jämtlands Vallateknik AB)
Erik Månsson, vice ordförande (Mittuniversitetet)
Malin Lidström, ledamot (Åre Skidsystem AB)
Lars-Göran Persson, ledamot (Region Jämtland Härjedalen)
Amira Haddad, ledamot (Snowtech Sensors AB)
Mikael Thörn, ledamot (Östersunds kommun)
Henrik Näslund, ledamot (Frösö Elektronik AB)

Beslut

Stämman beslutade att
1. fastställa resultat- och balansräkningen för 2039 och bevilja styrelsen ansvarsfrihet
2. behålla medlemsavgiften oförändrad på 4 500 kronor för företag med färre än 50 anställda
3. avsätta 300 000 kronor ur eget kapital till en gemensam satsning på den norska marknaden 2040–2041
4. ge styrelsen i uppdrag att ta fram en ny strategi, som ska gälla från 2041, till nästa stämma
5. anta den uppdaterade uppförandekoden för testverksamhet i fjällmiljö

Motioner och diskussion

Till stämman hade två motioner kommit in. Den första, från Krokom Plast AB, föreslog att klustret skulle öppna ett gemensamt testlabb för plastkomponenter i kyla. Styrelsen tillstyrkte motionen i sak men föreslog att frågan utreds inom den nya strategin, vilket stämman biföll. Den andra motionen, från medlemmen Patrik Jonsson, gällde digitala möten: han ville att alla medlemsmöten skulle kunna följas på distans. Stämman beslutade i enlighet med styrelsens yttrande att motionen anses besvarad, eftersom alla stormöten redan sänds.

Under den allmänna diskussionen efterlyste flera mindre företag hjälp med exportdokumentation och CE-märkning. Erik Månsson berättade att Mittuniversitetet planerar en kurs i produktsäkerhet under hösten, och Lars-Göran Persson påminde om att regionens innovationscheckar återigen kan sökas. Amira Haddad föreslog att klustret ska samla mätdata från testveckorna i en öppen databas, något som den nya styrelsen lovade att ta upp redan på sitt första möte.

Tack och blommor

Per-Olof Hägglund avtackades med blommor och en inramad karta över Storsjöbygden. Han var med och grundade klustret 2029 och har suttit i styrelsen i elva år. ”Det har varit roligt att se ett litet nätverk av vallafabrikanter bli ett kluster som norska och österrikiska företag vill samarbeta med”, sa han. Även avgående ledamöterna Camilla Rydén och Stefan Öberg tackades för sina insatser.

Nyvalda ordföranden Sofia Engström lyfte i sitt första tal tre frågor: kompetensförsörjningen, testmöjligheter året runt och samarbetet över gränsen mot Trøndelag. ”Vi ska bli den självklara testregionen för vinterteknik i Norden”, sa hon.

Efter stämman

Efter stämman höll Kari Eggen från Innovasjon Norge ett föredrag om norska upphandlingar inom vintersport. Hon gick igenom hur kommuner och skidanläggningar i Trøndelag köper in pistmaskiner, snökanoner och tidtagningssystem, och vilka krav på dokumentation på norska som svenska leverantörer bör räkna med. Flera medlemmar passade på att boka enskilda samtal med henne under kaffepausen. Dagen avslutades med middag på Jamtli, där Sofia Engström och Per-Olof Hägglund tillsammans höll i kvällens lotteri till förmån för den lokala skidklubbens ungdomsverksamhet.

Kalendarium

15 maj 2040 (tisdag) – Konstituerande styrelsemöte, Östersund
3–5 september 2040 – Testvecka på Östersunds skidstadion
22 november 2040 (torsdag) – Vinterteknikdagen, Åre
Anmälan till testveckan görs via medlemssidorna; antalet testbanor är begränsat.
Stämmoprotokollet publiceras på medlemssidorna senast 8 maj 2040.

Kontakt
Jonas Ekholm, verksamhetsledare
jonas.ekholm@vintertekniksklustret.example.se | 063-000 12 40
Ingrid Sundqvist, kommunikatör
ingrid.sundqvist@vintertekniksklustret.example.se

Vintertekniksklustret Jämtland ekonomisk förening | Campus Östersund, Kunskapens väg 8, 831 40 Östersund | Org.nr 769600-0000
Du får detta nyhetsbrev som medlem i klustret. Hantera dina inställningar här.
"""
write(F, T)
C = "Vintertekniksklustret Jämtland ekonomisk förening"
gold(F,
 [P("Ingrid Sundqvist","kommunikatör",C), P("Olle Brännström",None,None),
  P("Per-Olof Hägglund","avgående ordförande",C), P("Karin Westling","stämmoordförande","Advokatfirman Norrsken AB"),
  P("Jonas Ekholm","verksamhetsledare",C), P("Malin Lidström","ledamot",C), P("Henrik Näslund","ledamot",C),
  P("Annika Fjällström","Revisor",C), P("Gunnar Olsson","sammankallande",C),
  P("Sofia Engström","ordförande",C), P("Erik Månsson","vice ordförande",C), P("Lars-Göran Persson","ledamot",C),
  P("Amira Haddad","ledamot",C), P("Mikael Thörn","ledamot",C), P("Elin Backlund","Suppleant",C),
  P("Nils Åkerström","Suppleant",C), P("Björn Lund","Revisorssuppleant",C), P("Lena Strand",None,None),
  P("Camilla Rydén","ledamot",C), P("Stefan Öberg","ledamot",C), P("Kari Eggen",None,"Innovasjon Norge"), P("Patrik Jonsson",None,None)],
 [O(C), O("Mittuniversitetet"), O("Advokatfirman Norrsken AB"), O("Åre Skidsystem AB"), O("Frösö Elektronik AB"),
  O("Trøndelag fylkeskommune"), O("Revisionsbyrån Storsjö AB"), O("Jämtlands Vallateknik AB"),
  O("Region Jämtland Härjedalen"), O("Snowtech Sensors AB"), O("Östersunds kommun"), O("Krokom Plast AB"),
  O("Idre Fjäll Teknik AB"), O("Innovasjon Norge")],
 [E("föreningsstämman","2040-04-24",None,"Östersund","Sweden"), E("middag","2040-04-24",None,None,None),
  E("föredrag om norska upphandlingar inom vintersport","2040-04-24",None,"Östersund","Sweden"),
  E("Konstituerande styrelsemöte","2040-05-15",None,"Östersund","Sweden"),
  E("Testvecka på Östersunds skidstadion","2040-09-03","2040-09-05","Östersund","Sweden"),
  E("Vinterteknikdagen","2040-11-22",None,"Åre","Sweden")],
 ["2040-04-27","2040-04-24","2034","2039","2040/2041","2041","2029","2040-05-15","2040-09-03/2040-09-05",
  "2040-11-22","2040-05-08"],
 ["fastställa resultat- och balansräkningen för 2039 och bevilja styrelsen ansvarsfrihet",
  "behålla medlemsavgiften oförändrad på 4 500 kronor för företag med färre än 50 anställda",
  "avsätta 300 000 kronor ur eget kapital till en gemensam satsning på den norska marknaden 2040–2041",
  "ge styrelsen i uppdrag att ta fram en ny strategi, som ska gälla från 2041, till nästa stämma",
  "anta den uppdaterade uppförandekoden för testverksamhet i fjällmiljö"], "2040-04-27")
