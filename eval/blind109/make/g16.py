from h import *
F = 'g16_south_tyrol_mobility_cluster_news.txt'
assert wd(2041,10,8)=='Tuesday' and wd(2041,10,24)=='Thursday' and wd(2041,9,18)=='Wednesday' and wd(2041,11,13)=='Wednesday'
T = """Skip to content
Alpine Mobility Cluster South Tyrol
Home | About | Members | Services | Newsletter | Events | Contact | DE | IT | EN
Search

Newsletter > Autumn 2041

CLUSTER NEWS – AUTUMN 2041
Bolzano/Bozen, 30 September 2041 | Reading time 7 minutes | Print | Share

Editorial by the Managing Director

Dear members,
when the Brenner base tunnel opened to freight trains last year, many of us expected the lorry queues on the
motorway to disappear within months. They have not. Terminals are full, rail slots are scarce, and the hauliers in
our cluster are investing in battery and hydrogen trucks while the charging network along the A22 is still thin.
This is exactly the kind of problem a cluster exists for. In the coming months we will bring together terminal
operators, hauliers, the motorway company and the provincial administration in a "Corridor Table". I hope that by
spring we can present concrete results instead of new studies. Thank you to all members who took part in our
summer survey – the results are below.

Kind regards,
Stefan Pichler-Mair
Managing Director

Member news

New members. We welcome Vinschgau E-Trucks GmbH (Schlanders/Silandro), Etschtal Logistik KG (Neumarkt/Egna),
Dolomiti Charging S.r.l. (Brixen/Bressanone) and the Free University of Bozen-Bolzano's Faculty of Engineering as an
academic member. With these, the cluster counts 79 members.

Anniversary. Spedition Gasser OHG of Sterzing/Vipiteno celebrates its centenary: the family firm was founded in 1941
with two horse-drawn carts. Today it runs 140 lorries, 18 of them electric.

Investment. Dolomiti Charging S.r.l. will build 24 megawatt charging points for heavy vehicles at the Brennero/Brenner
and Bolzano Sud interchanges, worth EUR 16 million, with completion planned for 2043.

People on the move

- Dr Martina Oberhofer has been elected President of the cluster at the members' assembly of 18 September 2041. She
  is head of innovation at Autostrada del Brennero S.p.A. She succeeds Josef Kofler, who chaired the cluster for eight
  years and remains a board member.
- Luca Bernardi, CEO of Etschtal Logistik KG, joins the board.
- Prof. Francesca Rinaldi of the Free University of Bozen-Bolzano is the new chair of the cluster's scientific
  advisory board.
- After 30 years, Walter Thaler retires as managing director of Spedition Gasser OHG; Anna Gasser, great-granddaughter
  of the founder, takes over on 1 January 2042.

Upcoming events

Tuesday 8 October 2041, 9:00–12:30
Corridor Table – first meeting
NOI Techpark, Bolzano/Bozen
By invitation; members may apply for one of five open seats until 3 October.

Thursday 24 October 2041, 14:00–18:00
Hydrogen trucks in the Alps – practice day
Test drives, workshop and talks with Dr Ulrike Stadler (H2 Mobility Tyrol) and Marco Dellantonio (IDM Südtirol – Alto Adige)
Venue: Bolzano Sud hydrogen station, Bolzano/Bozen
Fee: EUR 60, members free. Registration by 17 October 2041.

Wednesday 13 November 2041, 17:00
Alpine Freight Forum 2041
Congress Centre, Innsbruck (Austria) – jointly with the Tyrolean Mobility Cluster (Standortagentur Tirol)
17:00 Keynote; 18:00 Panel "Rail, road and the Brenner corridor"; 19:30 Forum dinner

Past event. At the members' assembly on Wednesday 18 September 2041 in Bolzano/Bozen, 61 members approved the
2042 budget and the new strategy 2042–2046. A short video of the assembly is online.

From Brussels

The European Commission has launched the review of the Trans-European Transport Network corridors. According to
Sabine Hofer, head of the EU office of the Autonomous Province of Bolzano in Brussels, the cluster should submit its
position on the Scandinavian-Mediterranean corridor before 31 January 2042. The European Cluster Collaboration
Platform has also opened a partner search for a new European Strategic Cluster Partnership on zero-emission freight;
the deadline for expressions of interest is 15 December 2041.

Survey: zero-emission freight in South Tyrol

42 member companies answered our summer survey, run with Eurac Research. Main findings:
- Electric lorries are already profitable on regular routes of less than 250 km
- The lack of fast charging at terminals is the first obstacle for 70% of hauliers
- Drivers' acceptance of electric vehicles is high after a two-day training
- Small hauliers need joint purchasing to afford zero-emission fleets

The full survey report (German and Italian) is available in the members' area.

Jobs and calls

- The cluster office is hiring a project manager for the Corridor Table (part-time 75%, German and Italian required).
  Applications by 20 October 2041 to Stefan Pichler-Mair.
- The Autonomous Province of Bolzano has opened its call for innovation projects in sustainable mobility; deadline
  28 February 2042.

Members' voice

"Through the cluster we found a terminal slot in Verona for our electric trucks within two weeks." – Elisabeth Mahlknecht,
fleet manager, Vinschgau E-Trucks GmbH

Alpine Mobility Cluster South Tyrol – a cluster of IDM Südtirol – Alto Adige
Via Alessandro Volta 00, 39100 Bolzano | VAT 00000000000
Photos: Manuel Kottersteger
Unsubscribe | Privacy | Imprint

Related articles
Cluster News – Summer 2041: Charging corridor feasibility study published
Cluster News – Spring 2041: Members elect new board; Brenner terminal visit
Cluster News – Winter 2040/2041: Annual report 2040 and what comes ne
"""
write(F, T)
AM="Alpine Mobility Cluster South Tyrol"
gold(F,
 [P("Stefan Pichler-Mair","Managing Director",AM),
  P("Martina Oberhofer","President",AM),
  P("Josef Kofler","board member",AM),
  P("Luca Bernardi","CEO","Etschtal Logistik KG"),
  P("Francesca Rinaldi","chair",AM),
  P("Walter Thaler","managing director","Spedition Gasser OHG"),
  P("Anna Gasser",None,"Spedition Gasser OHG"),
  P("Ulrike Stadler",None,"H2 Mobility Tyrol"),
  P("Marco Dellantonio",None,"IDM Südtirol – Alto Adige"),
  P("Sabine Hofer","head of the EU office","Autonomous Province of Bolzano"),
  P("Elisabeth Mahlknecht","fleet manager","Vinschgau E-Trucks GmbH"),
  P("Manuel Kottersteger",None,None)],
 [O(AM), O("Vinschgau E-Trucks GmbH"), O("Etschtal Logistik KG"), O("Dolomiti Charging S.r.l."),
  O("Free University of Bozen-Bolzano"), O("Faculty of Engineering"), O("Spedition Gasser OHG"),
  O("Autostrada del Brennero S.p.A."), O("H2 Mobility Tyrol"), O("IDM Südtirol – Alto Adige"),
  O("Tyrolean Mobility Cluster"), O("Standortagentur Tirol"), O("European Commission"),
  O("Autonomous Province of Bolzano"), O("European Cluster Collaboration Platform"), O("Eurac Research")],
 [E("members' assembly","2041-09-18",None,"Bolzano/Bozen","Italy"),
  E("Corridor Table – first meeting","2041-10-08",None,"Bolzano/Bozen","Italy"),
  E("Hydrogen trucks in the Alps – practice day","2041-10-24",None,"Bolzano/Bozen","Italy"),
  E("Alpine Freight Forum 2041","2041-11-13",None,"Innsbruck","Austria"),
  E("Forum dinner","2041-11-13",None,"Innsbruck","Austria")],
 ["2041","2041-09-30","1941","2043","2041-09-18","2042-01-01","2041-10-08","2041-10-03","2041-10-24","2041-10-17",
  "2041-11-13","2042/2046","2042-01-31","2041-12-15","2041-10-20","2042-02-28","2040/2041"],
 ["Electric lorries are already profitable on regular routes of less than 250 km",
  "The lack of fast charging at terminals is the first obstacle for 70% of hauliers",
  "Drivers' acceptance of electric vehicles is high after a two-day training",
  "Small hauliers need joint purchasing to afford zero-emission fleets"], "2041-09-30")
