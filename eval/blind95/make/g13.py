from h import *
from email.message import EmailMessage
F = 'g13_ecn_people_on_the_move_newsletter.eml'
assert wd(2040,10,2)=='Tuesday' and wd(2040,10,17)=='Wednesday' and wd(2040,11,20)=='Tuesday' and wd(2040,9,28)=='Friday'
body = """European Clusters Network – Newsletter No. 9/2040
PEOPLE ON THE MOVE · Tuesday, 2 October 2040

View this e-mail in your browser | Forward to a colleague | Unsubscribe

Dear members and friends,

Autumn is the season of new faces. In this issue of our people column we report on appointments, elections and farewells in the cluster community across Europe. As always, send us your news for the next issue by 25 October 2040: people@ecn.example.eu.

Kind regards,
Veronika Brandt-Larsen
Editor, European Clusters Network

------------------------------------------------------------
APPOINTMENTS
------------------------------------------------------------

* Dr. Lorenzo Bellandi is the new Managing Director of the Tuscan Life Sciences Cluster (TLSC) in Siena from 1 September 2040. He comes from the pharmaceutical company Menarini Biotech, where he headed the open innovation office for six years. He succeeds Chiara Guidotti, who retired.

* Katarzyna Wiśniewska-Pająk has moved from the Polish Agency for Enterprise Development (PARP) to the European Commission, where she joins the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) as policy officer in the unit for industrial ecosystems and clusters.

* The Flemish innovation cluster for chemistry and plastics, Catalisti, has appointed Pieter-Jan Verhaegen as Chief Operating Officer. Verhaegen was previously programme manager at the Flanders Innovation & Entrepreneurship agency (VLAIO) in Brussels.

* In Slovenia, Tanja Kovačič Žnidaršič is the new director of the Automotive Cluster of Slovenia (ACS) in Ljubljana. She had been deputy director since 2036.

* Finnish cluster veteran Mikko Heinonen-Laakso has joined the Business Finland office in Munich as senior adviser for manufacturing. Until August he was cluster manager of the Tampere Smart Factory Network.

* Rasa Jankauskienė takes over as head of the cluster programme at the Innovation Agency Lithuania in Vilnius. She replaces Tomas Urbonas, who now leads the Kaunas Science and Technology Park.

* In Catalonia, the food-tech cluster INNOVACC has a new president: Jordi Puigvert Serrat, chief executive of the cooperative Fruits del Pla d'Urgell. He was elected unanimously by the board and takes over from Núria Casals i Font, who chaired the cluster for eight years and remains on the board as a member.

* Åsa Lindqvist-Berg, until now communication manager at the Swedish cluster organisation Paper Province in Karlstad, has become press officer of the Värmland Region.

------------------------------------------------------------
ELECTIONS
------------------------------------------------------------

* At its General Assembly in Lyon on 20 September 2040, the French Association of Competitiveness Clusters (AFPC) re-elected Sylvie Marchand-Dubois as president for 2040–2043. New vice-president is Yannick Le Goff, director of the Pôle Mer Bretagne Atlantique.

* The members of the Baltic Sea Bioeconomy Alliance elected Jonas Petrauskas (Lithuanian Bioeconomy Cluster) chair of the Steering Committee. Ewa Lindholm (Skåne Food Innovation Network) and Dr. Aigars Ozoliņš (Latvian Wood Cluster) were re-elected as co-chairs.

* Our own network: at the ECN Members' Council on 14 September 2040 in Brussels, Hanna Vesterinen (Finnish Cluster Association) was elected treasurer, replacing Gerrit Holtkamp, who served two terms.

------------------------------------------------------------
FAREWELLS
------------------------------------------------------------

* After 22 years, Dr. Margit Schönauer leaves the Styrian cluster scene. She co-founded the Green Tech Cluster Styria in 2018 and led the ACstyria Mobility Cluster from 2030 to 2040. We wish her all the best for her new role as rector's delegate for industry at Graz University of Technology.

* Sadly, we learned of the death of Professor Jean-Marc Dufresne, founding president of the Wallonia cluster federation ClusterWallonie, on 28 September 2040. A tribute written by his former colleague Isabelle Pirard can be read on our website.

------------------------------------------------------------
NEW IN THE NETWORK
------------------------------------------------------------

Three organisations joined ECN this month: the Cyprus Marine Cluster in Limassol, the Irish Advanced Manufacturing Cluster Network and the Croatian Wood Cluster. Their contact persons are Andreas Christodoulou, Aoife Brennan and Marija Horvat Kolar. Please welcome them at the next Members' Council.

------------------------------------------------------------
DATES FOR YOUR DIARY
------------------------------------------------------------

17 October 2040 (Wednesday) – Webinar "New faces, new boards: onboarding cluster board members", 10:00–11:30 CET, with Hanna Vesterinen and Pieter-Jan Verhaegen
20–21 November 2040 – European Cluster Managers' Forum, Porto, hosted by the Portuguese Cluster Association (APC)
4 December 2040 – ECN Members' Council, online

------------------------------------------------------------

European Clusters Network AISBL · Rue du Trône 98, 1050 Brussels, Belgium
You receive this newsletter because you are a member contact of ECN. Update your preferences | Privacy notice

-----Original Message-----
From: Lorenzo Bellandi <l.bellandi@tlsc.example.it>
Sent: Friday, 28 September 2040 16:02
To: people@ecn.example.eu
Subject: Re: People column – your appointment

Dear Veronika,

thank you for the kind words. Yes, please use the text below. My title is Managing Director (in Italian: Direttore Generale). A photo is attached; credit: Fondazione Toscana Life Sciences / Duccio Nocentini.

> On 27 September 2040, Veronika Brandt-Larsen wrote:
> Dear Dr Bellandi, congratulations on your new post. Could you confirm your exact title and send us a photo by Monday?

Best regards,
Lorenzo
"""
m = EmailMessage()
m['From'] = 'European Clusters Network <newsletter@ecn.example.eu>'
m['To'] = 'members@ecn.example.eu'
m['Subject'] = 'ECN Newsletter 9/2040: People on the move'
m['Date'] = 'Tue, 02 Oct 2040 08:30:00 +0200'
m.set_content(body)
open(path(F), 'wb').write(bytes(m))
E_ = "European Clusters Network"
gold(F,
 [P("Veronika Brandt-Larsen","Editor",E_),
  P("Lorenzo Bellandi","Managing Director","Tuscan Life Sciences Cluster"),
  P("Chiara Guidotti",None,None),
  P("Katarzyna Wiśniewska-Pająk","policy officer","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Pieter-Jan Verhaegen","Chief Operating Officer","Catalisti"),
  P("Tanja Kovačič Žnidaršič","director","Automotive Cluster of Slovenia"),
  P("Mikko Heinonen-Laakso","senior adviser for manufacturing","Business Finland"),
  P("Sylvie Marchand-Dubois","president","French Association of Competitiveness Clusters"),
  P("Yannick Le Goff","vice-president","French Association of Competitiveness Clusters"),
  P("Jonas Petrauskas","chair of the Steering Committee","Baltic Sea Bioeconomy Alliance"),
  P("Ewa Lindholm","co-chair","Baltic Sea Bioeconomy Alliance"),
  P("Aigars Ozoliņš","co-chair","Baltic Sea Bioeconomy Alliance"),
  P("Hanna Vesterinen","treasurer",E_),
  P("Gerrit Holtkamp",None,None),
  P("Margit Schönauer","rector's delegate for industry","Graz University of Technology"),
  P("Jean-Marc Dufresne","founding president","ClusterWallonie"),
  P("Isabelle Pirard",None,None),
  P("Rasa Jankauskienė","head of the cluster programme","Innovation Agency Lithuania"),
  P("Tomas Urbonas",None,"Kaunas Science and Technology Park"),
  P("Jordi Puigvert Serrat","president","INNOVACC"),
  P("Núria Casals i Font","member","INNOVACC"),
  P("Åsa Lindqvist-Berg","press officer","Värmland Region"),
  P("Andreas Christodoulou","contact person","Cyprus Marine Cluster"),
  P("Aoife Brennan","contact person","Irish Advanced Manufacturing Cluster Network"),
  P("Marija Horvat Kolar","contact person","Croatian Wood Cluster"),
  P("Duccio Nocentini",None,None)],
 [O(E_,"ECN"), O("Tuscan Life Sciences Cluster","TLSC"), O("Menarini Biotech"),
  O("Polish Agency for Enterprise Development","PARP"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"), O("Catalisti"),
  O("Flanders Innovation & Entrepreneurship","VLAIO"), O("Automotive Cluster of Slovenia","ACS"), O("Business Finland"),
  O("Tampere Smart Factory Network"), O("French Association of Competitiveness Clusters","AFPC"),
  O("Pôle Mer Bretagne Atlantique"), O("Baltic Sea Bioeconomy Alliance"), O("Lithuanian Bioeconomy Cluster"),
  O("Skåne Food Innovation Network"), O("Latvian Wood Cluster"), O("Finnish Cluster Association"),
  O("Green Tech Cluster Styria"), O("ACstyria Mobility Cluster"), O("Graz University of Technology"),
  O("ClusterWallonie"), O("Portuguese Cluster Association","APC"), O("Fondazione Toscana Life Sciences"), O("Innovation Agency Lithuania"), O("Kaunas Science and Technology Park"),
  O("INNOVACC"), O("Fruits del Pla d'Urgell"), O("Paper Province"), O("Värmland Region"), O("Cyprus Marine Cluster"),
  O("Irish Advanced Manufacturing Cluster Network"), O("Croatian Wood Cluster")],
 [E("General Assembly","2040-09-20",None,"Lyon","France"),
  E("ECN Members' Council","2040-09-14",None,"Brussels","Belgium"),
  E("New faces, new boards: onboarding cluster board members","2040-10-17",None,None,None),
  E("European Cluster Managers' Forum","2040-11-20","2040-11-21","Porto","Portugal"),
  E("ECN Members' Council","2040-12-04",None,None,None)],
 ["2040-10-02","2040-10-25","2040-09-01","2036","2040-08","2040-09-20","2040/2043","2040-09-14","2018","2030/2040",
  "2040-09-28","2040-10-17","2040-11-20/2040-11-21","2040-12-04","2040-09-27"],
 [], "2040-10-02")
