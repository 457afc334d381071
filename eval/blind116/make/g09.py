from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_galati_fwd_clusters_regions_invitation.eml'
assert wd(2040,6,5)=='Tuesday' and wd(2040,6,6)=='Wednesday' and wd(2040,5,18)=='Friday' and wd(2040,5,14)=='Monday'
body = """Hi Tom,

Forwarding this one for the week's file – the Galați workshop is the one I mentioned on Friday. The draft programme is attached below the invitation. Could you check whether the Lower Danube shipbuilding cluster is already in our database? I could not find their registration number.

Also: Elif from the Romanian ministry asked whether we would present the mapping results in the afternoon session. I said we would confirm by 18 May. I have also put the agency's regional cluster mapping report into the shared folder; it lists eleven cluster organisations in the South-East region, four of them in Galați and Brăila.

Best,
Dana

--
Dana Moldovan-Price
Policy Analyst | Cluster Intelligence Unit
Eastern Europe Regional Development Consultants Ltd (EERDC)
Bucharest / Dublin

---------- Forwarded message ---------
From: ADR Sud-Est – International Cooperation <intl@adrse.example.ro>
Date: Mon, 14 May 2040 at 11:02
Subject: Invitation – "Clusters meet Regions" workshop, Galați, 5–6 June 2040
To: undisclosed-recipients

Dear colleague,

On behalf of the South-East Regional Development Agency (ADR Sud-Est) and the European Cluster Collaboration Platform (ECCP), we are pleased to invite you to the "Clusters meet Regions" workshop in Galați, Romania, on 5–6 June 2040 (Tuesday–Wednesday).

The workshop brings together cluster managers, regional and national policymakers and companies from the Lower Danube area to discuss how clusters can support the green transition of maritime and river industries: shipbuilding, port logistics and the supply chains of offshore wind in the Black Sea. It is the 23rd edition of the series and the first one held in a Danube port city.

Co-organisers: the Romanian Ministry of Investment and European Projects, the Danube Shipbuilding Cluster (DSC), the "Dunărea de Jos" University of Galați and the Galați County Council.

DRAFT PROGRAMME

Day 1 – Tuesday 5 June 2040, Galați Business Incubator, Strada Domnească 25

09:00 Registration and welcome coffee
09:30 Opening – Mihai-Cristian Apostu, Director General, ADR Sud-Est; Ruxandra Stoica-Vlad, President, Galați County Council
10:00 Clusters in EU industrial policy – Ms Giulia Ferrante-Roth, Policy Officer, European Commission, DG GROW, Unit "Clusters, Social Economy and Entrepreneurship"
10:40 Panel: Green shipyards on the Danube – Ion Pârvu (Danube Shipbuilding Cluster, cluster manager), Dr. Hans-Jürgen Pfeiffer (Maritimes Cluster Norddeutschland), Elif Arslan-Munteanu (Romanian Ministry of Investment and European Projects)
12:00 Lunch
13:00 Thematic workshops: (a) skills for river shipbuilding; (b) port electrification; (c) offshore wind supply chains
15:30 Conclusions of the workshops
16:30 Visit to the Damen Shipyards Galați
19:30 Networking dinner, hosted by the Galați County Council

Day 2 – Wednesday 6 June 2040

09:00 Cluster-to-cluster matchmaking (pre-arranged bilateral meetings, ECCP matchmaking tool)
11:30 Site visit: Port of Galați free zone, guided by the Galați Free Zone Administration
13:00 Closing lunch

Participation is free of charge; travel costs of up to two participants per cluster organisation outside Romania can be reimbursed by ECCP. Registration closes on 25 May 2040. The working language is English, with interpretation into Romanian in the plenary.

For questions, please contact Andreea Ionescu, Project Officer, ADR Sud-Est (intl@adrse.example.ro).

Kind regards,
International Cooperation Office
ADR Sud-Est, Str. Anghel Saligny 24, Brăila

-----Original Message-----
From: Tom Gallagher
Sent: Friday, 11 May 2040 16:20
To: Dana Moldovan-Price
Subject: RE: Danube workshop?

Dana – any news on that Galați event? If it is in early June it clashes with the ECCP partners' meeting in Brussels on 7 June, but I think we can do both.
T.
"""
m = EmailMessage()
m['From'] = 'Dana Moldovan-Price <d.moldovan-price@eerdc.example.eu>'
m['To'] = 'Tom Gallagher <t.gallagher@eerdc.example.eu>'
m['Subject'] = 'Fwd: Invitation – "Clusters meet Regions" workshop, Galați, 5–6 June 2040'
m['Date'] = format_datetime(datetime.datetime(2040,5,15,8,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=3))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
assert wd(2040,5,11)=='Friday' and wd(2040,6,7)=='Thursday'
A = "South-East Regional Development Agency"
gold(F,
 [P("Dana Moldovan-Price","Policy Analyst","Eastern Europe Regional Development Consultants Ltd"),
  P("Tom Gallagher",None,None),
  P("Mihai-Cristian Apostu","Director General","ADR Sud-Est"),
  P("Ruxandra Stoica-Vlad","President","Galați County Council"),
  P("Giulia Ferrante-Roth","Policy Officer","Unit \"Clusters, Social Economy and Entrepreneurship\""),
  P("Ion Pârvu","cluster manager","Danube Shipbuilding Cluster"),
  P("Hans-Jürgen Pfeiffer",None,"Maritimes Cluster Norddeutschland"),
  P("Elif Arslan-Munteanu",None,"Romanian Ministry of Investment and European Projects"),
  P("Andreea Ionescu","Project Officer","ADR Sud-Est")],
 [O("Cluster Intelligence Unit"), O("Eastern Europe Regional Development Consultants Ltd","EERDC"),
  O(A,"ADR Sud-Est"), O("European Cluster Collaboration Platform","ECCP"),
  O("Romanian Ministry of Investment and European Projects"), O("Danube Shipbuilding Cluster","DSC"),
  O("\"Dunărea de Jos\" University of Galați"), O("Galați County Council"), O("European Commission"), O("DG GROW"),
  O("Unit \"Clusters, Social Economy and Entrepreneurship\""), O("Maritimes Cluster Norddeutschland"),
  O("Damen Shipyards Galați"), O("Galați Free Zone Administration"), O("International Cooperation Office")],
 [E("\"Clusters meet Regions\" workshop","2040-06-05","2040-06-06","Galați","Romania"),
  E("Visit to the Damen Shipyards Galați","2040-06-05",None,"Galați","Romania"),
  E("Networking dinner","2040-06-05",None,"Galați","Romania"),
  E("Cluster-to-cluster matchmaking","2040-06-06",None,"Galați","Romania"),
  E("Site visit: Port of Galați free zone","2040-06-06",None,"Galați","Romania"),
  E("ECCP partners' meeting","2040-06-07",None,"Brussels","Belgium")],
 ["2040-05-18","2040-05-14","2040-06-05/2040-06-06","2040-06-05","2040-06-06","2040-05-25","2040-05-11","2040-06-07","2040-05-15"],
 [], pub="2040-05-15")
