from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_helsingborg_inbjudan_klusterdag.eml'
assert wd(2039,10,12)=='Wednesday' and wd(2039,9,26)=='Monday' and wd(2039,9,19)=='Monday' and wd(2039,10,7)=='Friday'
body = """Hej Maja,

vidarebefordrar inbjudan nedan – passar perfekt för vår kartläggning av logistikklustren i södra Sverige. Jag kan tyvärr inte själv den 12 oktober (styrelsemöte i Malmö), men kan du åka? Anmälan senast 26 september. Kolla särskilt punkten om hamnsamarbetet med Rostock, det kan vara relevant för rapporten till Tillväxtverket.

PS. Protokollet från styrgruppsmötet i Lund onsdagen den 14 september ligger nu i Teams-mappen. Olle Wikström har lagt in sina kommentarer om Hamburgs klusterpolicy, så läs gärna dem innan du åker.

Mvh
Henrik Söderqvist
Senior analytiker, Klusterobservatoriet Syd
Region Skåne, Avdelningen för regional utveckling
Tel. 040-00 00 00

---------- Vidarebefordrat meddelande ----------
Från: Öresund Logistics Cluster <info@oresundlogistics.example.se>
Datum: mån 19 sep. 2039 kl 08:30
Ämne: Inbjudan: Klusterdagen 2039 – Gröna transportkorridorer, 12 oktober i Helsingborg
Till: <medlemmar@oresundlogistics.example.se>

Välkommen till Klusterdagen 2039!

Öresund Logistics Cluster (ÖLC) bjuder in medlemmar, partner och offentliga aktörer till årets klusterdag onsdagen den 12 oktober 2039 på Dunkers kulturhus i Helsingborg. Temat i år är gröna transportkorridorer mellan Skandinavien och kontinenten – från elvägar och vätgas till digitala fraktsedlar.

Klusterdagen arrangeras i samarbete med Helsingborgs stad, Lunds universitet (Institutionen för teknisk logistik) och Business Region Skåne. Det är den fjärde upplagan; tidigare klusterdagar har hållits i Helsingborg (2036), Malmö (2037) och Landskrona (2038). Förra årets klusterdag samlade 210 deltagare och resulterade i 140 bokade B2B-möten. Flera av de samarbeten som då inleddes – bland annat en gemensam upphandling av eldrivna terminaltraktorer mellan fyra åkerier i nordvästra Skåne – presenteras under eftermiddagen.

Vi vill särskilt uppmuntra små och medelstora transportföretag att delta. Många av frågorna som diskuteras, till exempel laddinfrastruktur vid terminaler och kraven på digitala fraktsedlar från 2040, kommer att påverka de mindre åkerierna först. Under dagen finns klustrets rådgivare på plats för korta individuella samtal om finansiering, bland annat om Klimatklivet och om möjligheterna att delta i europeiska projekt.

PROGRAM

08:30 Registrering och frukost
09:00 Välkommen – Karin Lindqvist-Ahmadi, klusterchef, ÖLC
09:15 Helsingborg som logistiknav – Per-Olof Nyström, kommunstyrelsens ordförande, Helsingborgs stad
09:40 Keynote: Europas transportkorridorer efter 2040 – Dr. Annelies van der Berghe, Europeiska kommissionen, GD MOVE
10:30 Kaffe
11:00 Paneldiskussion: Vem betalar för elvägen? – med Sara Kjellberg (Trafikverket), Mikael Holm (Schenker Logistics AB), Lars-Erik Sand (Hamburg Logistik Initiative) och Ewa Nowicka (Port of Gdynia Authority S.A.)
12:15 Lunch
13:15 Parallella workshoppar
A. Vätgas i tunga transporter – leds av Emil Johansson, Lunds universitet
B. Digitala fraktsedlar och eFTI – leds av Nadia El-Khoury, Sydsvenska Handelskammaren
14:30 Hamnsamarbete Helsingborg–Rostock: avsiktsförklaring undertecknas av Helsingborgs Hamn AB och Rostock Port GmbH
15:00 B2B-möten (förbokade, 20 minuter per möte)
16:30 Mingel och avslutning

Dagen därpå, torsdag 13 oktober, erbjuds ett studiebesök vid Helsingborgs Hamns nya intermodala terminal (begränsat antal platser, 08:30–11:00).

PRAKTISKT
Plats: Dunkers kulturhus, Kungsgatan 11, Helsingborg
Avgift: kostnadsfritt för medlemmar, 1 200 kr exkl. moms för övriga
Anmälan: via länken nedan senast måndag 26 september 2039. B2B-profilen ska vara ifylld senast fredag 7 oktober för att matchningen ska hinna göras.

Frågor? Kontakta projektledare Jonas Bergström-Ek, jonas.be@oresundlogistics.example.se, 042-00 00 00.

Klusterdagen är en del av projektet Green Corridors South Baltic, delfinansierat av Interreg South Baltic.

Varmt välkomna!
Karin Lindqvist-Ahmadi
Klusterchef, Öresund Logistics Cluster
Bredgatan 2, 252 25 Helsingborg

Du får det här mejlet som medlem i ÖLC. Avsluta prenumeration | Personuppgiftspolicy
"""
m = EmailMessage()
m['From'] = 'Henrik Söderqvist <henrik.soderqvist@skane.example.se>'
m['To'] = 'Maja Forsberg <maja.forsberg@skane.example.se>'
m['Subject'] = 'VB: Inbjudan: Klusterdagen 2039 – Gröna transportkorridorer, 12 oktober i Helsingborg'
m['Date'] = format_datetime(datetime.datetime(2039,9,20,9,47,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
assert wd(2039,9,14)=='Wednesday' and wd(2039,10,13)=='Thursday' and wd(2039,9,20)=='Tuesday'
L = "Öresund Logistics Cluster"
gold(F,
 [P("Henrik Söderqvist","Senior analytiker","Klusterobservatoriet Syd"),
  P("Maja Forsberg",None,None),
  P("Olle Wikström",None,None),
  P("Karin Lindqvist-Ahmadi","klusterchef",L),
  P("Per-Olof Nyström","kommunstyrelsens ordförande","Helsingborgs stad"),
  P("Annelies van der Berghe",None,"GD MOVE"),
  P("Sara Kjellberg",None,"Trafikverket"),
  P("Mikael Holm",None,"Schenker Logistics AB"),
  P("Lars-Erik Sand",None,"Hamburg Logistik Initiative"),
  P("Ewa Nowicka",None,"Port of Gdynia Authority S.A."),
  P("Emil Johansson",None,"Lunds universitet"),
  P("Nadia El-Khoury",None,"Sydsvenska Handelskammaren"),
  P("Jonas Bergström-Ek","projektledare",L)],
 [O("Klusterobservatoriet Syd"), O("Region Skåne"), O("Avdelningen för regional utveckling"), O("Tillväxtverket"),
  O(L,"ÖLC"), O("Helsingborgs stad"), O("Lunds universitet"), O("Institutionen för teknisk logistik"),
  O("Business Region Skåne"), O("Europeiska kommissionen"), O("GD MOVE"), O("Trafikverket"),
  O("Schenker Logistics AB"), O("Hamburg Logistik Initiative"), O("Port of Gdynia Authority S.A."),
  O("Sydsvenska Handelskammaren"), O("Helsingborgs Hamn AB"), O("Rostock Port GmbH")],
 [E("Klusterdagen 2039","2039-10-12",None,"Helsingborg","Sweden"),
  E("styrelsemöte","2039-10-12",None,"Malmö","Sweden"),
  E("styrgruppsmötet","2039-09-14",None,"Lund","Sweden"),
  E("Klusterdagen (2036)","2036",None,"Helsingborg","Sweden"),
  E("Klusterdagen (2037)","2037",None,"Malmö","Sweden"),
  E("Klusterdagen (2038)","2038",None,"Landskrona","Sweden"),
  # second pass: "Parallella workshoppar" (13:15) removed: parallel workshops inside a programme are sessions, not events (README)
  E("B2B-möten","2039-10-12",None,"Helsingborg","Sweden"),
  E("Mingel","2039-10-12",None,"Helsingborg","Sweden"),
  E("studiebesök vid Helsingborgs Hamns nya intermodala terminal","2039-10-13",None,"Helsingborg","Sweden")],
 ["2039-10-12","2039-09-26","2039-09-19","2036","2037","2038","2040","2039-10-13","2039-10-07","2039-09-20","2039-09-14"],
 [], pub="2039-09-20")
