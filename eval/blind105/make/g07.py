from h import *
F = 'g07_gothenburg_maritime_members.txt'
assert wd(2037,10,7)=='Wednesday'
T = """West Sweden Maritime Cluster | Member directory
Home / Members / Directory A–Z

Search members: [__________]  Filter by: Shipyards & repair | Equipment | Fuels & energy | Digital | Services | Research & education
Showing 1–28 of 96 members · Sort: A–Z | newest | by country

Our members range from family-owned ship repair yards on Orust to research institutes and global engine makers. Membership is open to companies and organisations with activities in the maritime value chain around Skagerrak and Kattegat. Entries are written by the members themselves; the secretariat checks company names and legal forms against the registers once a year (last check: September 2037).

A
Aalborg Marine Coatings ApS (Aalborg, Denmark) – antifouling and hull coatings for workboats. Contact: Mikkel Thorsen, Sales Director.
Alfa Laval Tumba AB (Tumba, Sweden) – ballast water treatment and separation technology.
Askøy Propulsion AS (Kleppestø, Norway) – electric and hybrid propulsion packages for ferries up to 80 m.
Ö-varvet Orust AB (Henån, Sweden) – repair and conversion yard, dry dock 110 m. Contact: Lena Ödman, CEO.

B
Baltic Fuel Logistics Oy (Turku, Finland) – bunkering of LNG and bio-LNG in the northern Baltic.
Bohus Ship Design HB (Uddevalla, Sweden) – naval architecture for small passenger vessels.
Brødrene Sørli Mekaniske AS (Florø, Norway) – steel and aluminium fabrication.

C
Chalmers University of Technology, Department of Mechanics and Maritime Sciences (Gothenburg, Sweden) – research and education; associate member. Contact: Prof. Karin Andersson-Lidén.
CorroSense GmbH (Kiel, Germany) – sensor systems for hull corrosion monitoring.

D
DeckLink Robotics AB (Gothenburg, Sweden) – mooring and deck automation. Contact: Erik Sjöstrand, founder.
Dragsö Teknik KB (Karlskrona, Sweden) – technical documentation and class approval services.

E
Elektroskandia Marine Systems AB (Strömstad, Sweden) – shore power and onboard electrical installations.
Esbo Maritime Software Oy Ab (Espoo, Finland) – voyage optimisation software.

F
Fiskebäcks Varv AB (Västra Frölunda, Sweden) – building of aluminium pilot and rescue boats.
Frederikshavn Ship Services A/S (Frederikshavn, Denmark) – afloat repairs and crew transfer.

G
Göteborgs Hamn AB (Gothenburg, Sweden) – port authority; founding member of the cluster.
GreenShip Hydrogen AS (Bergen, Norway) – fuel cell systems for coastal vessels. Contact: Ingrid Hovland-Berg, Business Development Manager.

H
Hansen & Kock Marine Electronics GmbH & Co. KG (Flensburg, Germany) – navigation and communication equipment.
Hönö Båtbyggeri AB (Hönö, Sweden) – composite boats.

K
Kongsberg Maritime Sweden AB (Kristinehamn, Sweden) – propellers and thrusters.
Kuehne Skipsmegling AS (Oslo, Norway) – ship brokerage.

L
Lindholmen Science Park AB (Gothenburg, Sweden) – innovation arena; hosts the cluster secretariat.
Lysekils Sjöfartsskola (Lysekil, Sweden) – vocational training for deck and engine officers.

M
Marstrand Marine Consult Enskild firma (Marstrand, Sweden) – surveys and expert witness. Contact: Per-Olof Marstrander.
Metsä Marine Interiors Oy (Rauma, Finland) – cabin and public space interiors.

N
Nordic Methanol Bunkering AB (Stenungsund, Sweden) – methanol supply to short-sea shipping.

R
RISE Research Institutes of Sweden AB (Borås, Sweden) – testing and certification, maritime department in Gothenburg; associate member.

S
Stena Teknik AB (Gothenburg, Sweden) – technical department of a ferry group; member since 2029.

New members this quarter
Welcome to Aalborg Marine Coatings ApS, CorroSense GmbH and Nordic Methanol Bunkering AB, who joined in the third quarter of 2037. The new members will present themselves at the members' meeting on Wednesday 7 October 2037 at Lindholmen, 15:00–18:00, followed by a harbour walk.

Legal forms used in this directory: AB (aktiebolag), HB (handelsbolag), KB (kommanditbolag), Enskild firma (Sweden); AS (aksjeselskap, Norway); ApS and A/S (Denmark); Oy, Oy Ab (Finland); GmbH, GmbH & Co. KG (Germany).

Is your entry out of date? Write to members@westswedenmaritime.se or call Jonas Ekberg, Membership Coordinator, +46 31 764 80 12.

« Previous | Page 1 2 3 4 | Next »

West Sweden Maritime Cluster (WSMC) is a non-profit association (ideell förening) co-financed by Region Västra Götaland and the Swedish Agency for Economic and Regional Growth.
Lindholmspiren 5, 417 56 Göteborg · org.nr 802532-7781
Cookie settings | Privacy policy | Accessibility
"""
write(F, T)
gold(F,
 [P("Mikkel Thorsen","Sales Director","Aalborg Marine Coatings ApS"), P("Lena Ödman","CEO","Ö-varvet Orust AB"),
  P("Karin Andersson-Lidén",None,"Chalmers University of Technology"), P("Erik Sjöstrand","founder","DeckLink Robotics AB"),
  P("Ingrid Hovland-Berg","Business Development Manager","GreenShip Hydrogen AS"),
  P("Per-Olof Marstrander",None,"Marstrand Marine Consult Enskild firma"),
  P("Jonas Ekberg","Membership Coordinator","West Sweden Maritime Cluster")],
 [O("West Sweden Maritime Cluster","WSMC"), O("Aalborg Marine Coatings ApS"), O("Alfa Laval Tumba AB"), O("Askøy Propulsion AS"),
  O("Ö-varvet Orust AB"), O("Baltic Fuel Logistics Oy"), O("Bohus Ship Design HB"), O("Brødrene Sørli Mekaniske AS"),
  O("Chalmers University of Technology"), O("Department of Mechanics and Maritime Sciences"), O("CorroSense GmbH"),
  O("DeckLink Robotics AB"), O("Dragsö Teknik KB"), O("Elektroskandia Marine Systems AB"), O("Esbo Maritime Software Oy Ab"),
  O("Fiskebäcks Varv AB"), O("Frederikshavn Ship Services A/S"), O("Göteborgs Hamn AB"), O("GreenShip Hydrogen AS"),
  O("Hansen & Kock Marine Electronics GmbH & Co. KG"), O("Hönö Båtbyggeri AB"), O("Kongsberg Maritime Sweden AB"),
  O("Kuehne Skipsmegling AS"), O("Lindholmen Science Park AB"), O("Lysekils Sjöfartsskola"), O("Marstrand Marine Consult Enskild firma"),
  O("Metsä Marine Interiors Oy"), O("Nordic Methanol Bunkering AB"), O("RISE Research Institutes of Sweden AB"), O("Stena Teknik AB"),
  O("Region Västra Götaland"), O("Swedish Agency for Economic and Regional Growth")],
 [E("members' meeting","2037-10-07",None,None,None), E("harbour walk","2037-10-07",None,None,None)],
 ["2037-09","2029","2037","2037-10-07"], [], None)
