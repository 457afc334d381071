from common import *
fn = "Delegation-programme_Central-Finland-to-Lower-Austria_Mar2035.txt"
t = """TRADE DELEGATION PROGRAMME
Central Finland Bioeconomy Cluster (KeBio) – Delegation to Lower Austria and Vienna
Monday 19 March – Thursday 22 March 2035

Version 4 – 12.3.2035 – prepared by Business Jyväskylä and the Austrian Embassy in Helsinki
Delegation leader: Mikko Lähdesmäki, Chair of the Board, KeBio; CEO, Saarijärven Sahat Oy
Coordinator on site: Outi Kärkkäinen, international affairs manager, Business Jyväskylä (+358 40 000 0000)
Austrian coordinator: Mag. Theresia Gruber-Haslinger, ecoplus. Niederösterreichs Wirtschaftsagentur GmbH

PARTICIPANTS (16)
Saarijärven Sahat Oy · Laukaa Biochar Oy · Keuruu CLT Elements Oy · Jämsä Fibre Solutions Oy · Petäjävesi Bioboard Oy · Äänekoski Pulp Technologies Oy (observer) · JAMK University of Applied Sciences · University of Jyväskylä (School of Resource Wisdom) · Regional Council of Central Finland · Business Jyväskylä · KeBio · Team Finland / Business Finland Vienna

SUNDAY 18 MARCH
Arrival at Vienna International Airport; transfer to Hotel am Stephansplatz. 19:30 informal dinner.

DAY 1 – MONDAY 19 MARCH 2035 – VIENNA
08:30 Breakfast briefing at the Embassy of Finland in Vienna, with Ambassador Päivi Leinonen-Horn
10:30 Business Finland Vienna: Austrian market for wood construction – presentation by Stefan Aichinger, senior advisor
13:00 Lunch with the Austrian Federal Economic Chamber (WKÖ), Division Wood Industry – host: Dipl.-Ing. Reinhard Kogler, managing director of the Fachverband der Holzindustrie Österreichs
15:30 Visit: timber high-rise HoHo Wien, Seestadt Aspern, guided by the architect Dr. Veronika Strasser-Lind
19:00 Reception at the residence of the Finnish Ambassador

DAY 2 – TUESDAY 20 MARCH 2035 – TULLN
09:00 Bus to Tulln (45 min)
10:00 Welcome at Technopol Tulln by Dr. Clemens Hofbauer, technopol manager, ecoplus
10:30 Presentations: Kompetenzzentrum Holz GmbH (Wood K plus) and University of Natural Resources and Life Sciences, Vienna (BOKU), Institute of Wood Technology – Prof. Dr. Andrea Reisinger
13:00 Lunch
14:00 B2B meetings with 18 Lower Austrian companies (organised by the Enterprise Europe Network Austria)
18:00 Return to Vienna

DAY 3 – WEDNESDAY 21 MARCH 2035 – ST. PÖLTEN AND WIESELBURG
08:30 Bus to St. Pölten
09:30 Meeting with the Lower Austrian Provincial Government, Department of Economy, Tourism and Technology – Deputy Governor Ing. Markus Steinwendtner
11:00 Signing of a letter of intent between KeBio and the ecoplus Wood Cluster (Holzcluster Niederösterreich) on joint applications to Horizon Europe
13:30 Visit to the biomass plant of Mostviertel Bioenergie GmbH, Wieselburg, with plant manager Florian Haslauer
16:00 Visit to the BEST – Bioenergy and Sustainable Technologies research centre, Wieselburg
19:30 Farewell dinner in a Heuriger near Krems, hosted by ecoplus

DAY 4 – THURSDAY 22 MARCH 2035
Morning free / individual meetings. 13:55 Flight AY1476 Vienna–Helsinki; connection to Jyväskylä.

OBJECTIVES OF THE DELEGATION
The delegation aims to open the Austrian market for Central Finnish wood construction and biochar products, to learn from Lower Austria's experience with timber in public buildings and to prepare at least two joint project applications. Each company has defined its own targets in advance and received a list of matching Austrian contacts. The cluster will measure the results through a follow-up survey three and six months after the trip.

PRACTICAL NOTES
- Dress code business casual; safety shoes for the plant visit on 21 March.
- Costs: participation fee EUR 650 per company (subsidised by the Regional Council of Central Finland).
- Results and follow-up: debriefing online on 4 April 2035; participants send their lead lists to Outi Kärkkäinen by 30 March.

Previous KeBio delegations: Bavaria-Swabia (Augsburg), October 2033; Värmland (Karlstad), May 2034.
"""
write_doc(fn, t)
K="Central Finland Bioeconomy Cluster"
gold(fn,
 [P("Mikko Lähdesmäki","Chair of the Board",K),
  P("Outi Kärkkäinen","international affairs manager","Business Jyväskylä"),
  P("Theresia Gruber-Haslinger",None,"ecoplus. Niederösterreichs Wirtschaftsagentur GmbH"),
  P("Päivi Leinonen-Horn","Ambassador","Embassy of Finland in Vienna"),
  P("Stefan Aichinger","senior advisor","Business Finland Vienna"),
  P("Reinhard Kogler","managing director","Fachverband der Holzindustrie Österreichs"),
  P("Veronika Strasser-Lind","architect",None),
  P("Clemens Hofbauer","technopol manager","ecoplus"),
  P("Andrea Reisinger",None,"Institute of Wood Technology"),
  P("Markus Steinwendtner","Deputy Governor","Lower Austrian Provincial Government"),
  P("Florian Haslauer","plant manager","Mostviertel Bioenergie GmbH")],
 [O(K,"KeBio"), O("Business Jyväskylä"), O("Austrian Embassy in Helsinki"), O("Saarijärven Sahat Oy"),
  O("ecoplus. Niederösterreichs Wirtschaftsagentur GmbH","ecoplus"),
  O("Laukaa Biochar Oy"), O("Keuruu CLT Elements Oy"), O("Jämsä Fibre Solutions Oy"), O("Petäjävesi Bioboard Oy"), O("Äänekoski Pulp Technologies Oy"),
  O("JAMK University of Applied Sciences"), O("University of Jyväskylä"), O("School of Resource Wisdom"),
  O("Regional Council of Central Finland"), O("Team Finland"), O("Business Finland Vienna"), O("Embassy of Finland in Vienna"),
  O("Austrian Federal Economic Chamber","WKÖ"), O("Division Wood Industry"), O("Fachverband der Holzindustrie Österreichs"),
  O("Kompetenzzentrum Holz GmbH","Wood K plus"), O("University of Natural Resources and Life Sciences, Vienna","BOKU"),
  O("Institute of Wood Technology"), O("Enterprise Europe Network Austria"), O("Lower Austrian Provincial Government"),
  O("Department of Economy, Tourism and Technology"), O("ecoplus Wood Cluster"), O("Mostviertel Bioenergie GmbH"),
  O("BEST – Bioenergy and Sustainable Technologies","BEST")],
 [E("Central Finland Bioeconomy Cluster (KeBio) – Delegation to Lower Austria and Vienna","2035-03-19","2035-03-22",None,"Austria"),
  E("debriefing","2035-04-04"),
  E("KeBio delegation to Bavaria-Swabia","2033-10",None,"Augsburg","Germany"),
  E("KeBio delegation to Värmland","2034-05",None,"Karlstad","Sweden")],
 ["2035-03-19/2035-03-22","2035-03-12","2035-03-18","2035-03-19","2035-03-20","2035-03-21","2035-03-22","2035-04-04","2035-03-30",
  "2033-10","2034-05"])
