from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g06_fyrbodal_klustertraff_inbjudan.eml'
assert wd(2037,9,15)=='Tuesday' and wd(2037,10,6)=='Tuesday' and wd(2037,8,24)=='Monday' and wd(2037,8,20)=='Thursday' and wd(2037,6,11)=='Thursday'
body = """Hej Jovana,

Vidarebefordrar inbjudan nedan. Jag tror att det vore bra om någon från er på Trollhättan Gjuteri åker, särskilt till eftermiddagens workshop om AI i kvalitetskontroll. Säg till om du vill att jag anmäler dig, sista dag är på måndag.

Hälsningar
Karl-Johan Strand
Affärsutvecklare
Innovatum Science Park AB, Trollhättan
070-000 00 00

---------- Vidarebefordrat meddelande ----------
Från: Åsa Lindgren-Öhman <asa.lindgren-ohman@produktionsklustret.example.se>
Datum: mån 24 aug. 2037 kl 09:12
Ämne: Inbjudan: Klusterträff #9 – Smart kvalitet i verkstaden, 15 september i Uddevalla
Till: medlemmar@produktionsklustret.example.se

Hej alla medlemmar och partner!

Välkomna till höstens första klusterträff i Produktionsklustret Fyrbodal. Den här gången är vi gäster hos Uddevalla Precision AB, som visar sin nya mätcell, och vi ägnar eftermiddagen åt hur små och medelstora verkstäder kan använda AI i kvalitetskontrollen.

Klusterträff #9 – Smart kvalitet i verkstaden
Tisdag 15 september 2037, kl. 09.00–16.00
Plats: Uddevalla Precision AB, Varvsvägen 12, Uddevalla

Program
09.00  Kaffe och registrering
09.30  Välkommen – Åsa Lindgren-Öhman, klusterledare, Produktionsklustret Fyrbodal
09.45  "Från stickprov till hundra procent kontroll" – Henrik Sjöberg, vd, Uddevalla Precision AB
10.30  Företagsbesök: rundvandring i verkstaden och den nya mätcellen
12.00  Lunch
13.00  Workshop: AI i kvalitetskontroll – vad krävs av data, människor och maskiner? Ledare: docent Mikael af Klinteberg, Högskolan Väst
14.45  Kort om finansiering: Tillväxtverket och Västra Götalandsregionen presenterar aktuella utlysningar (Linnea Yilmaz, Västra Götalandsregionen)
15.30  Sammanfattning och nästa steg
16.00  Avslut

Anmälan senast måndag 31 augusti 2037 via länken på vår webbplats. Träffen är kostnadsfri för medlemmar, övriga betalar 900 kr exkl. moms. Begränsat antal platser, max två personer per företag. Meddela gärna eventuella allergier och specialkost i anmälan, så att vi kan beställa rätt lunch till alla deltagare.

Från förra träffen
Vid Klusterträff #8 hos Nohab Industri i Trollhättan den 11 juni 2037 samlades 42 deltagare kring temat energieffektiv produktion. Energiingenjören Pekka Laaksonen från RISE Research Institutes of Sweden visade hur en verkstad i Borås halverade sin tomgångsförbrukning på ett år, och tre medlemsföretag berättade om sina egna erfarenheter av energikartläggning. Vi sammanfattade:

Slutsatser
• Många verkstäder saknar mätning av energiförbrukning per maskin och vet därför inte var de ska börja
• Gemensam upphandling av solceller och energikartläggning kan sänka kostnaderna för de minsta företagen
• Klustret bör erbjuda en enkel mall för energiplan som företagen kan fylla i på en förmiddag

Kommande aktiviteter
– 6 oktober 2037: Styrelsemöte i Produktionsklustret Fyrbodal, Vänersborg
– 3–5 november 2037: gemensam monter på mässan Elmia Subcontractor i Jönköping
– December 2037: Klusterträff #10, tema kompetensförsörjning (datum meddelas senare)

Varmt välkomna!

Åsa Lindgren-Öhman
Klusterledare
Produktionsklustret Fyrbodal | c/o Fyrbodals kommunalförbund
Kungsgatan 42, Vänersborg
www.produktionsklustret.example.se

Om Produktionsklustret Fyrbodal
Klustret startade 2033 och samlar i dag 64 tillverkande företag, Högskolan Väst, Innovatum och fyra kommuner i Fyrbodal. Verksamheten finansieras av medlemsavgifter och av Västra Götalandsregionen under perioden 2036–2039.

Du får detta mejl eftersom du är medlem eller partner i Produktionsklustret Fyrbodal. Avregistrera dig här.

-----Ursprungligt meddelande-----
Från: Jovana Petrović
Skickat: torsdag 20 augusti 2037 16:40
Till: Karl-Johan Strand
Ämne: Höstens träffar?

Hej Karl-Johan!
Har du hört något om när klustret har sina träffar i höst? Vi har fått problem med reklamationer på två gjutgodsserier och jag skulle gärna prata med andra som testat automatisk bildkontroll. Tipsa gärna om någon forskare på Högskolan Väst också.

Tack och hälsningar
Jovana Petrović
Kvalitetschef
Trollhättan Gjuteri AB
"""
m = EmailMessage()
m['From'] = 'Karl-Johan Strand <kj.strand@innovatum.example.se>'
m['To'] = 'Jovana Petrović <jovana.petrovic@thngjuteri.example.se>'
m['Subject'] = 'VB: Inbjudan: Klusterträff #9 – Smart kvalitet i verkstaden, 15 september i Uddevalla'
m['Date'] = format_datetime(datetime.datetime(2037,8,26,14,3,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
PF="Produktionsklustret Fyrbodal"
gold(F,
 [P("Jovana Petrović","Kvalitetschef","Trollhättan Gjuteri AB"),
  P("Karl-Johan Strand","Affärsutvecklare","Innovatum Science Park AB"),
  P("Åsa Lindgren-Öhman","klusterledare",PF),
  P("Henrik Sjöberg","vd","Uddevalla Precision AB"),
  P("Mikael af Klinteberg","docent","Högskolan Väst"),
  P("Pekka Laaksonen","Energiingenjören","RISE Research Institutes of Sweden"),
  P("Linnea Yilmaz",None,"Västra Götalandsregionen")],
 [O("Trollhättan Gjuteri AB"), O("Innovatum Science Park AB"), O(PF), O("Uddevalla Precision AB"), O("Högskolan Väst"),
  O("Tillväxtverket"), O("Västra Götalandsregionen"), O("Nohab Industri"), O("RISE Research Institutes of Sweden"), O("Fyrbodals kommunalförbund")],
 [E("Klusterträff #9 – Smart kvalitet i verkstaden","2037-09-15",None,"Uddevalla","Sweden"),
  E("Företagsbesök","2037-09-15",None,"Uddevalla","Sweden"),
  E("Klusterträff #8","2037-06-11",None,"Trollhättan","Sweden"),
  E("Styrelsemöte i Produktionsklustret Fyrbodal","2037-10-06",None,"Vänersborg","Sweden"),
  E("Elmia Subcontractor","2037-11-03","2037-11-05","Jönköping","Sweden"),
  E("Klusterträff #10","2037-12",None,None,None)],
 ["2037-08-24","2037-09-15","2037-08-20","2033","2036/2039","2037-08-31","2037-06-11","2037-10-06","2037-11-03/2037-11-05","2037-12","2037-08-26"],
 ["Många verkstäder saknar mätning av energiförbrukning per maskin och vet därför inte var de ska börja",
  "Gemensam upphandling av solceller och energikartläggning kan sänka kostnaderna för de minsta företagen",
  "Klustret bör erbjuda en enkel mall för energiplan som företagen kan fylla i på en förmiddag"],
 pub="2037-08-26")
