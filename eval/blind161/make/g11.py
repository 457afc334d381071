from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g11_jelenia_gora_cluster_digest.eml'
assert wd(2040,4,17)=='Tuesday' and wd(2040,4,12)=='Thursday' and wd(2040,5,11)=='Friday' and wd(2040,5,17)=='Thursday' and wd(2040,5,18)=='Friday' and wd(2040,4,16)=='Monday'
body = """Dear members,

here is the April digest of the Karkonosze Glass & Ceramics Cluster. It is longer than usual, sorry: the board met last week and there is a call closing soon. Please read at least points 1 and 2.

1) BOARD MEETING OF 12 APRIL – SUMMARY

The board met on Thursday 12 April 2040 at the office of the Karkonosze Regional Development Agency (KARR) in Jelenia Góra. Present: Bożena Wiśniewska-Kret (President of the cluster, Huta Szkła Julia), Marek Zawada (Vice-President, Ceramika Bolesławiec sp. z o.o.), Dr Agnieszka Lis (board member, Wrocław University of Science and Technology), and myself as secretary. Excused: Jan Rudnicki (board member, Glassworks Lubań).

Decisions:
- The cluster will apply as a partner in the "Crafts Reloaded" partnership with clusters from Saxony and North Bohemia; the President is authorised to sign the letter of intent
- The membership fee for 2041 stays at 1,200 PLN for small firms and 3,000 PLN for larger ones
- A working group on energy costs will be set up under the lead of Marek Zawada and will report by the end of June 2040
- The cluster's annual general meeting will take place on 18 May 2040 in Szklarska Poręba

2) CALL: DIGITAL VOUCHERS FROM THE DIH – DEADLINE 11 MAY

The Lower Silesian Digital Innovation Hub (DIH4LS) offers vouchers for testing digital tools (quality inspection by camera, energy monitoring, 3D design of moulds). Up to 25,000 euros of services per company. Deadline: Friday 11 May 2040, 15:00. An online info session is planned for Tuesday 17 April 2040 at 11:00 (link in the attachment). I can help with the forms.

3) GLASS DAYS IN SZKLARSKA PORĘBA – 17–18 MAY

Our yearly Glass Days will be held on 17 and 18 May 2040 at the Szklarska Poręba mountain hotel conference hall. Programme in short:

Thursday 17 May
10:00 Opening – Mayor of Szklarska Poręba, Grzegorz Sobieraj
10:30 "Furnaces after gas: electric melting in small glassworks" – Dr. Ing. Thomas Reuter (Glass Technology Institute Dresden, Germany)
11:30 Member presentations
14:00 Visit to the Julia glassworks in Piechowice
19:00 Cluster dinner

Friday 18 May
09:30 Annual general meeting (members only)
12:00 Closing

Registration by 4 May through the cluster website.

4) FROM BRUSSELS

Katarzyna Zielonka of DG GROW – Clusters and Industrial Ecosystems Unit will speak at our Glass Days via video. She was in Wrocław for the Lower Silesian Innovation Forum on 16 April and was impressed by the ceramics exhibit.

5) NEW MEMBERS AND NEWS

We welcome two new members: Pracownia Witraży Kowalczyk from Kowary (stained glass) and the ceramics design studio Glina i Ogień from Bolesławiec. With them the cluster has 52 members. Ceramika Bolesławiec has been named exporter of the year by the Polish Investment and Trade Agency (PAIH); congratulations to the whole team!

That's all for now. Have a good week!

Kind regards,
Paweł Szymański
Cluster Manager & Secretary of the Board
Karkonosze Glass & Ceramics Cluster
ul. Bankowa 27, 58-500 Jelenia Góra
+48 75 000 00 00 | cluster@kgcc.example.pl

-----Original Message-----
From: Jan Rudnicki <j.rudnicki@glassworks-luban.example.pl>
Sent: Monday, 16 April 2040 08:47
To: Paweł Szymański
Subject: RE: board meeting

Paweł,
sorry I could not come on Thursday, we had a furnace problem in Lubań. I agree with all points. For the energy working group please count on Glassworks Lubań – we can share our metering data.
Jan
"""
m = EmailMessage()
m['From'] = 'Paweł Szymański <cluster@kgcc.example.pl>'
m['To'] = 'members@kgcc.example.pl'
m['Subject'] = 'KGCC digest April 2040: board decisions, DIH vouchers, Glass Days'
m['Date'] = format_datetime(datetime.datetime(2040,4,19,9,30,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
C = "Karkonosze Glass & Ceramics Cluster"
gold(F,
 [P("Bożena Wiśniewska-Kret","President",C), P("Marek Zawada","Vice-President",C),
  P("Agnieszka Lis","board member",C), P("Jan Rudnicki","board member",C),
  P("Grzegorz Sobieraj","Mayor of Szklarska Poręba",None),
  P("Thomas Reuter",None,"Glass Technology Institute Dresden"),
  P("Katarzyna Zielonka",None,"DG GROW – Clusters and Industrial Ecosystems Unit"),
  P("Paweł Szymański","Cluster Manager",C)],
 [O(C,"KGCC"), O("Karkonosze Regional Development Agency","KARR"), O("Huta Szkła Julia"), O("Ceramika Bolesławiec sp. z o.o."),
  O("Wrocław University of Science and Technology"), O("Glassworks Lubań"),
  O("Lower Silesian Digital Innovation Hub","DIH4LS"), O("Glass Technology Institute Dresden"),
  O("DG GROW – Clusters and Industrial Ecosystems Unit"), O("Pracownia Witraży Kowalczyk"), O("Glina i Ogień"), O("Polish Investment and Trade Agency","PAIH")],
 [E("board meeting","2040-04-12",None,"Jelenia Góra","Poland"),
  E("annual general meeting","2040-05-18",None,"Szklarska Poręba","Poland"),
  E("online info session","2040-04-17",None,None,None),
  E("Glass Days","2040-05-17","2040-05-18","Szklarska Poręba","Poland"),
  E("Visit to the Julia glassworks","2040-05-17",None,"Piechowice","Poland"),
  E("Cluster dinner","2040-05-17",None,"Szklarska Poręba","Poland"),
  E("Lower Silesian Innovation Forum","2040-04-16",None,"Wrocław","Poland")],
 ["2040-04-19","2040-04-12","2041","2040-06","2040-05-18","2040-05-11","2040-04-17","2040-05-17/2040-05-18","2040-05-17","2040-05-04","2040-04-16","2040-04"],
 ["The cluster will apply as a partner in the \"Crafts Reloaded\" partnership with clusters from Saxony and North Bohemia; the President is authorised to sign the letter of intent",
  "The membership fee for 2041 stays at 1,200 PLN for small firms and 3,000 PLN for larger ones",
  "A working group on energy costs will be set up under the lead of Marek Zawada and will report by the end of June 2040",
  "The cluster's annual general meeting will take place on 18 May 2040 in Szklarska Poręba"],
 pub="2040-04-19")
