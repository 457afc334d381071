from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_halmstad_klusterkonferens_slutsatser.eml'
assert wd(2040,4,20)=='Friday' and wd(2040,4,12)=='Thursday' and wd(2040,4,13)=='Friday' and wd(2040,4,18)=='Wednesday' and wd(2040,4,16)=='Monday' and wd(2040,5,29)=='Tuesday'
body = """Hej alla,

Tack för senast! Här kommer sammanfattningen av slutsatserna från Klusterkonferens Halland 2040, som vi lovade i Falkenberg. Den har stämts av med moderatorerna och med styrgruppen för den regionala innovationsstrategin. Presentationerna finns i den delade mappen (länk längst ned).

Två praktiska saker: fyll gärna i utvärderingsenkäten om konferensen senast fredag 20 april, och notera att anmälan till studieresan till Nordjylland (Aalborg, 17–19 september 2040) öppnar nästa vecka. Almi skickar ut programmet till klusterledarna.

Med vänliga hälsningar
Karin Ljungqvist-Öberg
Processledare kluster och innovationsmiljöer
Region Halland, Regional utveckling
Box 517, 301 80 Halmstad
Tfn 035-00 00 00

----------------------------------------------------------------
KLUSTERKONFERENS HALLAND 2040 – SAMMANFATTNING OCH SLUTSATSER
Falkenberg, 12–13 april 2040

Om konferensen
Den fjärde regionala klusterkonferensen samlade 148 deltagare från klusterorganisationer, företag, Högskolan i Halmstad, kommunernas näringslivsenheter och nationella myndigheter. Konferensen arrangerades av Region Halland tillsammans med Almi Företagspartner Halland och hölls på Falkenbergs strandbad. Temat var "Kluster i en tid av ny industri – vad har vi lärt oss?".

Torsdagen den 12 april inleddes med en genomgång av utvärderingen av det regionala klusterprogrammet 2035–2039, som Oxford Research AB genomfört på uppdrag av regionen. Utvärderarna, Mikael Åkesson och Sara El-Amin, konstaterade att programmet stärkt samarbetet mellan företag och högskola men att få kluster har lyckats hitta finansiering utanför regionen. Därefter berättade Linnéa af Klercker, enhetschef på Tillväxtverket, om den nationella klusterpolitiken och de europeiska strategiska klusterpartnerskapen.

På eftermiddagen presenterade tre kluster sina erfarenheter: Hallands Livsmedelskluster, Energiklustret Halland ekonomisk förening och Science Park Halmstad Health Lab. Klockan 19.00 bjöd regionen på konferensmiddag i strandbadets matsal.

Utvärderingen i korthet: under programperioden fick sex kluster sammanlagt 41 miljoner kronor i regionalt stöd. Klustren hade vid utgången av 2039 tillsammans 610 medlemsföretag, varav drygt hälften små företag med färre än 20 anställda. Utvärderarna såg tydligast resultat i livsmedelsklustret, där medlemmarna gemensamt byggt upp en testbädd för förpackningar tillsammans med Varbergs Pappersbruk AB. Svagast var resultaten för de kluster som saknade en heltidsanställd klusterledare. Slutrapporten publiceras i juni.

Fredagen den 13 april ägnades åt workshoppar i fyra spår och avslutades med en panel där regionråd Jonas Björkman (ordförande i regionstyrelsens utskott för regional utveckling) samtalade med klusterledarna.

Slutsatser
Deltagarna enades om följande slutsatser, som lämnas till styrgruppen för Hallands innovationsstrategi:

1. Klusterprogrammet ska fortsätta efter 2040, men med längre avtalsperioder (fyra år i stället för två).
2. Klustren behöver stöd för att söka EU-medel; regionen bör inrätta en gemensam ansökningsresurs.
3. Högskolan i Halmstad bör knyta en kontaktperson till varje kluster.
4. Mätningen av resultat ska förenklas och utgå från gemensamma indikatorer för alla kluster.
5. Samverkan med klustren i Skåne och Västra Götaland ska öka, särskilt inom livsmedel och energi.

Nästa steg
Slutsatserna behandlas på styrgruppens möte tisdagen den 29 maj 2040. Nästa klusterkonferens planeras till våren 2041 i Kungsbacka.

Presentationer och bilder: https://example.regionhalland.se/klusterkonferens2040 (inloggning krävs)
----------------------------------------------------------------

-----Ursprungligt meddelande-----
Från: Mikael Åkesson <mikael.akesson@oxfordresearch.example.se>
Skickat: den 16 april 2040 08:52
Till: Karin Ljungqvist-Öberg <karin.ljungqvist-oberg@regionhalland.example.se>
Ämne: SV: Utkast slutsatser

Hej Karin,
Ser bra ut. En liten justering i punkt 2: skriv "EU-medel" och inte "Horisont-medel", eftersom vi också menar strukturfonderna. Vi skickar slutrapporten från utvärderingen senast i slutet av maj. Sara har dessutom lagt till en bilaga med en jämförelse mot klusterprogrammen i Kronoberg och Blekinge, som styrgruppen bad om vid förra avstämningen.

Hälsningar
Mikael

Mikael Åkesson
Senior konsult, Oxford Research AB
Stockholm
"""
m = EmailMessage()
m['From'] = 'Karin Ljungqvist-Öberg <karin.ljungqvist-oberg@regionhalland.example.se>'
m['To'] = 'klusterkonferens-deltagare@regionhalland.example.se'
m['Subject'] = 'Slutsatser från Klusterkonferens Halland 2040'
m['Date'] = format_datetime(datetime.datetime(2040,4,18,14,3,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
RH="Region Halland"
gold(F,
 [P("Karin Ljungqvist-Öberg","Processledare kluster och innovationsmiljöer",RH),
  P("Mikael Åkesson","Senior konsult","Oxford Research AB"),
  P("Sara El-Amin",None,"Oxford Research AB"),
  P("Linnéa af Klercker","enhetschef","Tillväxtverket"),
  P("Jonas Björkman","regionråd",None)],
 [O(RH), O("Regional utveckling"), O("Högskolan i Halmstad"), O("Almi Företagspartner Halland"), O("Oxford Research AB"),
  O("Tillväxtverket"), O("Hallands Livsmedelskluster"), O("Energiklustret Halland ekonomisk förening"),
  O("Science Park Halmstad Health Lab"), O("Varbergs Pappersbruk AB")],
 [E("Klusterkonferens Halland 2040","2040-04-12","2040-04-13","Falkenberg","Sweden"),
  E("konferensmiddag","2040-04-12",None,"Falkenberg","Sweden"),
  E("styrgruppens möte","2040-05-29"),
  E("studieresan till Nordjylland","2040-09-17","2040-09-19","Aalborg","Denmark"),
  E("klusterkonferens","2041",None,"Kungsbacka","Sweden")],
 ["2040-04-18","2040-04-12/2040-04-13","2035/2039","2040-04-12","2040-04-13","2040","2040-05-29","2041","2040-04-16","2040-05","2039","2040-06","2040-04-20","2040-09-17/2040-09-19"],
 ["Klusterprogrammet ska fortsätta efter 2040, men med längre avtalsperioder (fyra år i stället för två)",
  "Klustren behöver stöd för att söka EU-medel; regionen bör inrätta en gemensam ansökningsresurs",
  "Högskolan i Halmstad bör knyta en kontaktperson till varje kluster",
  "Mätningen av resultat ska förenklas och utgå från gemensamma indikatorer för alla kluster",
  "Samverkan med klustren i Skåne och Västra Götaland ska öka, särskilt inom livsmedel och energi"],
 pub="2040-04-18")
