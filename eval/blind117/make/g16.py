from h import *
F = 'g16_riga_aerospace_mission_toulouse_press.txt'
assert wd(2041,12,2)=='Monday' and wd(2041,12,3)=='Tuesday' and wd(2041,12,4)=='Wednesday' and wd(2041,12,5)=='Thursday'
T = """PRESS RELEASE
For immediate release – Riga, 12 December 2041

Baltic aerospace suppliers win first orders in Occitanie after four-day mission

Eighteen companies from Latvia and Lithuania returned from Toulouse and Bordeaux with two signed orders, eleven requests for quotation and a new cooperation agreement between clusters. The mission, held from Monday 2 to Thursday 5 December 2041, was organised by the Baltic Aerospace Cluster (BAC) – Baltijas Aviācijas un Kosmosa Klasteris, based in Riga, together with the Lithuanian Space Association and the French competitiveness cluster Aerospace Valley.

The Baltic delegation was led by BAC chairman Mārtiņš ZVIRBULIS and included machining firms, composite specialists, software houses and two drone start-ups. It was supported by the Investment and Development Agency of Latvia (LIAA), whose representative in Paris, Agnese Lapiņa-Dubois, prepared the meetings with French buyers.

PROGRAMME IN BRIEF
Monday 2 December (Toulouse): welcome at the Aerospace Valley offices; briefing on the Occitanie supply chain by Dr. Laurent Mercier-Daguerre, Head of International Affairs at Aerospace Valley; evening reception hosted by the Honorary Consul of Latvia in Toulouse, Philippe de La Roche-Aymon.
Tuesday 3 December (Toulouse): B2B meetings with 27 tier-1 and tier-2 suppliers at the Toulouse Business School campus; visit to the Airbus A350 final assembly line.
Wednesday 4 December (Toulouse): workshop on the French defence procurement rules for SMEs with the Direction générale de l'armement (DGA); company visit to Latécoère.
Thursday 5 December (Bordeaux): visit to the Bordeaux Technowest incubator and meetings with the space and defence suppliers of the Nouvelle-Aquitaine region, hosted by ADI Nouvelle-Aquitaine.

RESULTS
- 96 B2B meetings held in two days
- two orders signed: Precizika Metal UAB (Vilnius) will supply machined aluminium parts, and SIA Compozit Lab (Jelgava) carbon fibre drone frames
- 11 requests for quotation received by nine companies
- a memorandum of understanding between BAC and Aerospace Valley, signed on 4 December 2041

The memorandum provides for a joint stand at the Aeromart Toulouse convention in 2042, a webinar series on French certification requirements, and an exchange of young engineers between member companies.

QUOTES
"Three years ago a French buyer would have asked us where Latvia is. This week they asked when we can deliver," said Mārtiņš ZVIRBULIS, Chairman of BAC and CEO of AeroTech Riga SIA.

"Our members need new suppliers, and the Baltic companies bring good engineering at competitive prices," added Laurent Mercier-Daguerre of Aerospace Valley.

Rasa ŠIMKUTĖ-MORALES, founder of Compozit Lab's Lithuanian partner Dronai LT, said the workshop with DGA was "the most useful two hours of the year".

KEY TAKEAWAYS FROM THE MISSION
The cluster's evaluation, shared with members on 10 December 2041, lists three takeaways:
1. French tier-1 suppliers are actively looking for second sources in Central and Eastern Europe, but they expect AS9100 certification from the first meeting
2. Companies that sent technical drawings of past projects before the mission had twice as many follow-up requests
3. Cluster-to-cluster agreements are most useful when they name concrete joint activities with dates

PAST MISSIONS OF BAC
2038 – Hamburg (Germany); 2039 – Seville (Spain); 2040 – Montréal (Canada).

NEXT STEPS
BAC will host a return visit of Aerospace Valley members in Riga and Vilnius in May 2042. Member companies interested in the Aeromart stand must register by 31 January 2042.

ABOUT BAC
The Baltic Aerospace Cluster was founded in 2033 and brings together 64 companies, universities and research institutes from Latvia and Lithuania, including Riga Technical University and Vilnius Gediminas Technical University. It is a member of the European Aerospace Cluster Partnership.

Media contact:
Elīna KRŪMIŅA-OZOLA, Communication Manager, Baltic Aerospace Cluster
+371 2000 0000 | media@bac.example.lv
###
"""
write(F, T)
B="Baltic Aerospace Cluster"; AV="Aerospace Valley"
gold(F,
 [P("Mārtiņš ZVIRBULIS","Chairman",B),
  P("Agnese Lapiņa-Dubois","representative in Paris","Investment and Development Agency of Latvia"),
  P("Laurent Mercier-Daguerre","Head of International Affairs",AV),
  P("Philippe de La Roche-Aymon","Honorary Consul of Latvia in Toulouse",None),
  P("Rasa ŠIMKUTĖ-MORALES","founder","Dronai LT"),
  P("Elīna KRŪMIŅA-OZOLA","Communication Manager",B)],
 [O(B,"BAC"), O("Lithuanian Space Association"), O(AV),
  O("Investment and Development Agency of Latvia","LIAA"), O("Toulouse Business School"), O("Airbus"),
  O("Direction générale de l'armement","DGA"), O("Latécoère"), O("Bordeaux Technowest"), O("ADI Nouvelle-Aquitaine"),
  O("Precizika Metal UAB"), O("SIA Compozit Lab"), O("AeroTech Riga SIA"), O("Dronai LT"),
  O("Riga Technical University"), O("Vilnius Gediminas Technical University"), O("European Aerospace Cluster Partnership")],
 [E("mission","2041-12-02","2041-12-05","Toulouse, Bordeaux","France"),
  E("welcome at the Aerospace Valley offices","2041-12-02",None,"Toulouse","France"),
  E("evening reception","2041-12-02",None,"Toulouse","France"),
  E("B2B meetings","2041-12-03",None,"Toulouse","France"),
  E("visit to the Airbus A350 final assembly line","2041-12-03",None,"Toulouse","France"),
  E("workshop on the French defence procurement rules for SMEs","2041-12-04",None,"Toulouse","France"),
  E("company visit to Latécoère","2041-12-04",None,"Toulouse","France"),
  E("visit to the Bordeaux Technowest incubator","2041-12-05",None,"Bordeaux","France"),
  E("meetings with the space and defence suppliers of the Nouvelle-Aquitaine region","2041-12-05",None,"Bordeaux","France"),
  E("Aeromart Toulouse","2042",None,"Toulouse","France"),
  E("mission","2038",None,"Hamburg","Germany"),
  E("mission","2039",None,"Seville","Spain"),
  E("mission","2040",None,"Montréal","Canada"),
  E("return visit","2042-05",None,"Riga, Vilnius",None)],
 ["2041-12-12","2041-12-02/2041-12-05","2041-12-02","2041-12-03","2041-12-04","2041-12-05","2042","2041-12-10","2038","2039","2040","2042-05","2042-01-31","2033"],
 ["French tier-1 suppliers are actively looking for second sources in Central and Eastern Europe, but they expect AS9100 certification from the first meeting",
  "Companies that sent technical drawings of past projects before the mission had twice as many follow-up requests",
  "Cluster-to-cluster agreements are most useful when they name concrete joint activities with dates"],
 pub="2041-12-12")
