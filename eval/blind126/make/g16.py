from h import *
F = 'g16_orebro_klusterbrev.txt'
assert wd(2034,9,14)=='Thursday' and wd(2034,10,4)=='Wednesday' and wd(2034,10,19)=='Thursday' and wd(2034,8,29)=='Tuesday'
T = """Medlemsbrev september 2034 – Robotdalen Bergslagen Kluster

Läs i webbläsaren | Tidigare utskick | Avregistrera

------------------------------------------------------------
Hej alla medlemmar!

Efter sommaren drar vi igång med full fart. I det här brevet hittar ni en sammanfattning av styrelsemötet i augusti, inbjudan till höstens klusterträff i Örebro, nyheter från medlemsföretagen och en påminnelse om studieresan till Tammerfors. Längst ner finns som vanligt kalendern med höstens viktigaste datum – spara den gärna.

Med vänliga hälsningar
Karin Lindqvist-Öberg, klusterledare
------------------------------------------------------------

STYRELSEMÖTET DEN 29 AUGUSTI

Styrelsen för Robotdalen Bergslagen Kluster ekonomisk förening sammanträdde tisdagen den 29 augusti 2034 hos Epiroc Rock Drills AB i Örebro. Ordförande Anders Nyström (Atlas Copco Industrial Technique AB) ledde mötet. Närvarande var även vice ordförande Leyla Sadeghi (Örebro universitet), kassör Per-Olof Ek (Sparbanken Bergslagen), Maja Hedlund (ledamot) och Tomas von Essen (ledamot). Mötet inleddes med en rundvandring i Epirocs nya monteringshall, där företaget visade hur robotar och människor delar arbetet vid slutmonteringen av borriggar.

Styrelsen beslutade:
- att anta verksamhetsplanen för 2035–2037
- att höja medlemsavgiften för större företag från 12 000 till 15 000 kronor från den 1 januari 2035
- att ansöka om Silver Label inom European Cluster Excellence Initiative
- att ge klusterledaren i uppdrag att ta fram en kompetensplan tillsammans med Region Örebro län

KLUSTERTRÄFF: "ROBOTAR I SMÅ SERIER"

Torsdag 14 september 2034, kl. 13.00–17.30
Örebro universitet, Långhuset, sal L2

Program
13.00  Välkomna – Karin Lindqvist-Öberg, klusterledare
13.15  "Automation för små och medelstora företag" – docent Erik Wahlberg, Örebro universitet
14.00  Medlemmarna berättar: Sandvik Coromant i Gimo och Lesjöfors AB
15.00  Fika
15.30  Workshop: vad behöver vi av regionen?
16.30  Mingel med lokalproducerad förtäring
17.30  Slut

Anmälan senast den 8 september via hemsidan. Fri entré för medlemmar.

Varför små serier? Många av våra medlemmar tillverkar i serier om några hundra detaljer, där dagens robotlösningar sällan lönar sig. På träffen delar två företag med sig av hur de har gjort, och i workshopen samlar vi in önskemål till Region Örebro län inför nästa regionala utvecklingsstrategi.

STUDIERESA TILL TAMMERFORS

Den 3–5 oktober 2034 åker en grupp på tolv personer till Tammerfors i Finland. Resan arrangeras tillsammans med Business Tampere och Almi Företagspartner Mälardalen. På onsdagen den 4 oktober besöker vi Tampere University och företaget Sandvik Mining and Construction Oy. På kvällen är det middag med Pirkanmaa Robotics Cluster ry.

NYHETER FRÅN MEDLEMMARNA

- Cobotia AB i Karlskoga har fått en order på 40 samarbetande robotar från Scania CV AB.
- Örebro universitet startar en ny magisterutbildning i industriell AI hösten 2035.
- Vi välkomnar tre nya medlemmar: Hallsbergs Mekaniska Verkstad AB, Kumla Plåt & Svets AB och konsultbolaget AutomaNord.
- Jonas Al-Hakim har börjat som projektledare i klustret. Han kommer närmast från RISE Research Institutes of Sweden, där han arbetade 2029–2034.

LÄRDOMAR FRÅN VÅRENS PILOTPROJEKT

Under våren testade sex medlemsföretag robotceller för korta serier. Projektgruppen har sammanfattat dessa lärdomar:
1. Det tar längre tid att programmera än att installera – planera för utbildning
2. Mindre företag behöver hyra innan de köper
3. Ett gemensamt testlabb i regionen skulle sänka tröskeln

KALENDER

14 september 2034 – Klusterträff, Örebro
3–5 oktober 2034 – Studieresa till Tammerfors
19 oktober 2034 – Årsmöte i föreningen, Örebro (torsdag)
November 2034 – Scandinavian Robotics Fair, Göteborg (gemensam monter)

------------------------------------------------------------
Robotdalen Bergslagen Kluster ek. för. | Fakultetsgatan 1, 701 82 Örebro | info@rdbk.example.se
Du får detta brev eftersom du är kontaktperson för en medlemsorganisation.
"""
write(F, T)
R = "Robotdalen Bergslagen Kluster ekonomisk förening"
gold(F,
 [P("Karin Lindqvist-Öberg", "klusterledare", R),
  P("Anders Nyström", "Ordförande", R),
  P("Leyla Sadeghi", "vice ordförande", R),
  P("Per-Olof Ek", "kassör", R),
  P("Maja Hedlund", "ledamot", R),
  P("Tomas von Essen", "ledamot", R),
  P("Erik Wahlberg", "docent", "Örebro universitet"),
  P("Jonas Al-Hakim", "projektledare", R)],
 [O(R), O("Epiroc Rock Drills AB"), O("Atlas Copco Industrial Technique AB"), O("Örebro universitet"),
  O("Sparbanken Bergslagen"), O("European Cluster Excellence Initiative"), O("Region Örebro län"), O("Sandvik Coromant"),
  O("Lesjöfors AB"), O("Business Tampere"), O("Almi Företagspartner Mälardalen"), O("Tampere University"),
  O("Sandvik Mining and Construction Oy"), O("Pirkanmaa Robotics Cluster ry"), O("Cobotia AB"), O("Scania CV AB"),
  O("Hallsbergs Mekaniska Verkstad AB"), O("Kumla Plåt & Svets AB"), O("AutomaNord"),
  O("RISE Research Institutes of Sweden")],
 [E("STYRELSEMÖTET", "2034-08-29", None, "Örebro", "Sweden"),
  E("KLUSTERTRÄFF: \"ROBOTAR I SMÅ SERIER\"", "2034-09-14", None, "Örebro", "Sweden"),
  E("Mingel", "2034-09-14", None, "Örebro", "Sweden"),
  E("STUDIERESA TILL TAMMERFORS", "2034-10-03", "2034-10-05", "Tammerfors", "Finland"),
  E("middag med Pirkanmaa Robotics Cluster ry", "2034-10-04", None, "Tammerfors", "Finland"),
  E("Årsmöte i föreningen", "2034-10-19", None, "Örebro", "Sweden"),
  E("Scandinavian Robotics Fair", "2034-11", None, "Göteborg", "Sweden")],
 ["2034-09", "2034-08", "2034-08-29", "2035/2037", "2035-01-01", "2034-09-14", "2034-09-08", "2034-10-03/2034-10-05",
  "2034-10-04", "2035", "2029/2034", "2034-10-19", "2034-11"],
 ["att anta verksamhetsplanen för 2035–2037",
  "att höja medlemsavgiften för större företag från 12 000 till 15 000 kronor från den 1 januari 2035",
  "att ansöka om Silver Label inom European Cluster Excellence Initiative",
  "att ge klusterledaren i uppdrag att ta fram en kompetensplan tillsammans med Region Örebro län",
  "Det tar längre tid att programmera än att installera – planera för utbildning",
  "Mindre företag behöver hyra innan de köper",
  "Ett gemensamt testlabb i regionen skulle sänka tröskeln"],
 pub="2034-09")
