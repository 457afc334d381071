from common import *
T = """TexLeicht Sachsen e.V. – Jahresbericht / Annual Activity Report 2033                                   3
--------------------------------------------------------------------------------------------------------

1 Foreword

Dear members, dear partners,

2033 was the year in which TexLeicht Sachsen grew beyond its home region. With 118 mem-
bers at the end of December (up from 97), we now represent almost every technical step in the
value chain, from fibre to finished composite part. Our thanks go to the Saxon State Ministry for
Economic Affairs, Labour, Energy and Climate Action (SMWA), which co-finances the cluster
management until the end of 2035.

Dr. Katrin Uhlemann-Peschel, Chair of the Board          Ronny Fiedler, Managing Director

2 The cluster in figures

• 118 members (71 SMEs, 19 large companies, 17 research institutes and universities, 11 other)
• 4 working groups: Recycling of Carbon Fibres, Smart Textiles, Lightweight Rail, Skills
• 14 events organised or co-organised, with 1,460 participants in total
• 6 new collaborative projects (total volume EUR 9.8 million)
• 3 members' delegations abroad

The working group Smart Textiles, chaired by Jana Wohlgemuth (Sensotex Plauen GmbH), was the
most active of the year.

--------------------------------------------------------------------------------------------------------
TexLeicht Sachsen e.V. – Jahresbericht / Annual Activity Report 2033                                   7
--------------------------------------------------------------------------------------------------------

5 Events in 2033                                     tomotive and aerospace lightweighting. Six
                                                     members exhibited on the cluster's joint
5.1 Own events                                       stand in Hall 6; the cluster also hosted
                                                     a breakfast for the Polish-Saxon network
Members' Day and General Assembly – 16 March         Łódzki Klaster Włókienniczy.
2033, Chemnitz. 92 members attended. The
Assembly re-elected the Chair of the Board           JEC World, Paris, 4–6 March 2033. Joint
and welcomed Prof. Dr.-Ing. Holger Brückner          visit with the Plastics cluster of Saxony-
(Technische Universität Chemnitz)                    Anhalt; more than 40 meetings arranged.
as new Board member.
                                                     ITMA Asia, Shanghai, 19–23 November 2033.
"Fibre to Rail" conference – 8 June 2033,            Delegation of five members led by Ronny
Zwickau. Organised with the rail cluster             Fiedler; report available to members.
Bahnland Westsachsen and Fraunhofer IWU.
Keynote by Sören Haubold, head of materials
engineering at Vogtland Waggonbau AG.                5.3 Webinars
180 participants.                                    Six lunchtime webinars ("TexLeicht Mittags-
                                                     pause") between February and November 2033,
                                                     among them "Bio-based fibres for interior
Summer Networking at the Textile Museum              parts" (12 April) and "Digital product pass-
Crimmitschau – 6 July 2033, 75 guests.               ports for textiles" (18 October), the latter
                                                     with Dr. Amira Saleh from the EU project
Smart Textiles Hackathon – 23–24 Sep-                office of the Technische Universität Dresden.
tember 2033, Plauen, co-organised with
Sensotex Plauen GmbH. Eleven teams; the              5.4 Events planned for 2034
winning team from Hochschule Zwickau de-
veloped a heated seat cover for tram driv-           • Members' Day and General Assembly,
ers.                                                   21 March 2034, Chemnitz
                                                     • Techtextil, Frankfurt am Main, 23–26
5.2 Trade fairs and external events                    April 2034 (joint stand)
                                                     • "Fibre to Rail" 2034, autumn, venue
Techtextil North America could not be vis-             to be confirmed
ited as planned; instead the cluster attend-
ed the Composites Europe fair in Stuttgart,
26–28 September 2033, focusing on au-

--------------------------------------------------------------------------------------------------------
TexLeicht Sachsen e.V. – Jahresbericht / Annual Activity Report 2033                                   9
--------------------------------------------------------------------------------------------------------

6 Services for members

The cluster management answered 212 individual requests from members in 2033, most of them on funding
opportunities, partner searches and questions about the new rules for textile waste. A first version
of the members' skills map was published in May; it lists the testing equipment, machines and lab
capacity that members are willing to share with each other. 23 members have so far entered their data.
The joint training offer with the vocational school network of the Vogtland reached 140 apprentices,
and a second round of the course "Composites for technicians" started in the autumn.

7 Finances

The cluster's budget for 2033 was EUR 684,000. Membership fees covered 31%, the state co-financing 44%
and projects 25%. The accounts for 2033 were audited in February 2034 and will be presented for
approval at the General Assembly.

--------------------------------------------------------------------------------------------------------
TexLeicht Sachsen e.V. – Jahresbericht / Annual Activity Report 2033                                   11
--------------------------------------------------------------------------------------------------------

8 Conclusions and outlook

2033 confirmed that the cluster's model – small working groups, short events, strong links to
research – works. The Board draws the following conclusions:

• Recycling of carbon fibres is the topic with the highest demand from members and should become
  a service line of its own, not only a working group.
• Events with a regional partner cluster (rail, plastics) attracted twice as many participants as
  single-cluster events; at least half of the 2034 programme will be co-organised.
• The webinar format reaches members in the Vogtland and Erzgebirge who rarely travel to
  Chemnitz; it will continue monthly.
• Internationalisation will focus on Central Europe: with Łódzki Klaster Włókienniczy we plan a joint
  Interreg proposal for the 2034 call.
• The cluster management team will grow from five to six people; a project manager for recycling
  will be recruited in the first quarter of 2034.

We thank all members for their trust and look forward to seeing you at the Members' Day on
21 March 2034.

Contact: TexLeicht Sachsen e.V., Annaberger Straße 240, 09125 Chemnitz
Ronny Fiedler, Managing Director · Lisa-Marie Trautmann, Events and Communications

                                                                                   Page 11 of 12
"""
gold("TexLeicht-Sachsen_Annual-Activity-Report-2033-pdf.txt", None,
 [P("Katrin Uhlemann-Peschel","Chair of the Board","TexLeicht Sachsen e.V."),
  P("Ronny Fiedler","Managing Director","TexLeicht Sachsen e.V."),
  P("Jana Wohlgemuth",None,"Sensotex Plauen GmbH"),
  P("Holger Brückner",None,"Technische Universität Chemnitz"),
  P("Sören Haubold","head of materials engineering","Vogtland Waggonbau AG"),
  P("Amira Saleh",None,"Technische Universität Dresden"),
  P("Lisa-Marie Trautmann","Events and Communications","TexLeicht Sachsen e.V.")],
 [O("TexLeicht Sachsen e.V.","TexLeicht Sachsen"),
  O("Saxon State Ministry for Economic Affairs, Labour, Energy and Climate Action","SMWA"),
  O("Sensotex Plauen GmbH"),
  O("Łódzki Klaster Włókienniczy"),
  O("Technische Universität Chemnitz"),
  O("Bahnland Westsachsen"),
  O("Fraunhofer IWU"),
  O("Vogtland Waggonbau AG"),
  O("Hochschule Zwickau"),
  O("Technische Universität Dresden")],
 [E("Members' Day and General Assembly","2033-03-16",None,"Chemnitz","Germany"),
  E('"Fibre to Rail" conference',"2033-06-08",None,"Zwickau","Germany"),
  E("Summer Networking at the Textile Museum Crimmitschau","2033-07-06",None,"Crimmitschau","Germany"),
  E("Smart Textiles Hackathon","2033-09-23","2033-09-24","Plauen","Germany"),
  E("Composites Europe","2033-09-26","2033-09-28","Stuttgart","Germany"),
  E("JEC World","2033-03-04","2033-03-06","Paris","France"),
  E("ITMA Asia","2033-11-19","2033-11-23","Shanghai","China"),
  E("Bio-based fibres for interior parts","2033-04-12",None,None,None),
  E("Digital product passports for textiles","2033-10-18",None,None,None),
  E("Members' Day and General Assembly","2034-03-21",None,"Chemnitz","Germany"),
  E("Techtextil","2034-04-23","2034-04-26","Frankfurt am Main","Germany"),
  E('"Fibre to Rail" 2034',"2034",None,None,None)],
 ["2033","2035","2033-12","2033-03-16","2033-06-08","2033-07-06","2033-09-23/2033-09-24","2033-09-26/2033-09-28",
  "2033-03-04/2033-03-06","2033-11-19/2033-11-23","2033-02/2033-11","2033-04-12","2033-10-18","2034",
  "2034-03-21","2034-04-23/2034-04-26","2033-05","2034-02"],
 ["Recycling of carbon fibres is the topic with the highest demand from members and should become a service line of its own, not only a working group",
  "Events with a regional partner cluster (rail, plastics) attracted twice as many participants as single-cluster events; at least half of the 2034 programme will be co-organised",
  "The webinar format reaches members in the Vogtland and Erzgebirge who rarely travel to Chemnitz; it will continue monthly",
  "Internationalisation will focus on Central Europe: with Łódzki Klaster Włókienniczy we plan a joint Interreg proposal for the 2034 call",
  "The cluster management team will grow from five to six people; a project manager for recycling will be recruited in the first quarter of 2034"],
 T)
