from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g10_expert_group_conclusions.eml'
assert wd(2039,3,10)=='Thursday' and wd(2039,3,18)=='Friday' and wd(2039,6,8)=='Wednesday' and wd(2039,3,4)=='Friday'
body = """Dear members of the Cluster Policy Expert Group,

On behalf of the secretariat, please find below the agreed conclusions of our meeting of Thursday 10 March 2039 in Brussels. Thank you to everyone who sent comments on the draft; the text now reflects the remarks from Estonia, Portugal and the two cluster practitioners. Please note that the minutes with the list of participants will follow separately.

Best regards,
Chiara Bellandi-Rossi
Policy Assistant, Cluster Policy Expert Group secretariat
European Cluster Collaboration Platform (ECCP)
Avenue des Arts 56, 1000 Brussels

------------------------------------------------------------
CLUSTER POLICY EXPERT GROUP – 7th MEETING
Brussels, 10 March 2039, Albert Borschette Conference Centre, room 0C
Agreed conclusions (version of 18 March 2039)

The meeting was chaired by Pieter-Jan Vermeulen, Head of Unit for Industrial Ecosystems and Clusters in the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW). It brought together 24 national representatives and 9 individual experts. Presentations were given by Dr Sigrún Hallgrímsdóttir (University of Iceland) on cluster support in small economies, by Tomasz Wiśniewski-Kraft (Polish Agency for Enterprise Development, PARP) on the Polish key clusters scheme, and by Amélie Durand-Moreau of the European Clusters Alliance on the results of its 2038 member survey.

Programme
09:30 Welcome and adoption of the agenda
09:45 Cluster Panorama 2039: first results (European Observatory for Clusters and Industrial Change)
11:00 Tour de table: national cluster policy news
13:00 Lunch
14:00 Working groups: resilience of supply chains; skills; internationalisation
16:00 Conclusions and next steps

Summary of the discussion
In the tour de table, eleven Member States reported new or revised cluster programmes. Several representatives said that cluster organisations had played a visible role during the supply-chain disruptions of 2038, but that this role was rarely written into national crisis plans. The experts also noted that regional and national cluster programmes are still evaluated with very different indicators, which makes comparison difficult.

Key conclusions
The group agreed on the following conclusions:
1. Cluster organisations are now recognised in most national industrial strategies, but their funding remains short-term in more than half of the Member States
2. Clusters can help map critical supply chains, but they need access to trade and customs data to do so
3. The Pact for Skills partnerships should make more use of cluster organisations as intermediaries for SMEs
4. The European Commission should keep a single entry point for cluster internationalisation after 2040
5. Member States are invited to share evaluations of their cluster programmes through the platform before the next meeting

Next meeting
The 8th meeting will take place on Wednesday 8 June 2039 in Lisbon, hosted by IAPMEI – Agency for Competitiveness and Innovation, in the margins of the European Cluster Conference 2039 (7–9 June 2039). Members wishing to present a national case are asked to inform the secretariat by 13 May 2039.

Previous meetings: 5th meeting, Brussels, 16 June 2038; 6th meeting, Tallinn, 24 November 2038.
------------------------------------------------------------

-----Original Message-----
From: Pieter-Jan Vermeulen
Sent: Friday, 4 March 2039 17:22
To: Cluster Policy Expert Group secretariat
Subject: RE: draft agenda 7th meeting

Chiara, the agenda is fine for me. Please move the Panorama item before the tour de table so that the Observatory team can leave at noon. Thanks, PJ

--
This e-mail and any attachments are intended solely for the addressee. If you received it in error, please delete it.
"""
m = EmailMessage()
m['From'] = 'Chiara Bellandi-Rossi <secretariat@eccp.example.eu>'
m['To'] = 'expert-group-members@eccp.example.eu'
m['Subject'] = 'Agreed conclusions – 7th meeting of the Cluster Policy Expert Group (10 March 2039)'
m['Date'] = format_datetime(datetime.datetime(2039,3,18,15,40,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
S="Cluster Policy Expert Group secretariat"
gold(F,
 [P("Chiara Bellandi-Rossi","Policy Assistant",S),
  P("Pieter-Jan Vermeulen","Head of Unit for Industrial Ecosystems and Clusters","DG GROW"),
  P("Sigrún Hallgrímsdóttir",None,"University of Iceland"),
  P("Tomasz Wiśniewski-Kraft",None,"Polish Agency for Enterprise Development"),
  P("Amélie Durand-Moreau",None,"European Clusters Alliance")],
 [O("Cluster Policy Expert Group"), O(S), O("European Cluster Collaboration Platform","ECCP"),
  O("European Commission"), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("University of Iceland"), O("Polish Agency for Enterprise Development","PARP"), O("European Clusters Alliance"),
  O("European Observatory for Clusters and Industrial Change"), O("IAPMEI – Agency for Competitiveness and Innovation","IAPMEI")],
 [E("7th meeting of the Cluster Policy Expert Group","2039-03-10",None,"Brussels","Belgium"),
  E("8th meeting","2039-06-08",None,"Lisbon","Portugal"),
  E("European Cluster Conference 2039","2039-06-07","2039-06-09","Lisbon","Portugal"),
  E("5th meeting","2038-06-16",None,"Brussels","Belgium"),
  E("6th meeting","2038-11-24",None,"Tallinn","Estonia")],
 ["2039-03-10","2039-03-18","2038","2040","2039-06-08","2039-06-07/2039-06-09","2039-05-13","2038-06-16","2038-11-24","2039-03-04"],
 ["Cluster organisations are now recognised in most national industrial strategies, but their funding remains short-term in more than half of the Member States",
  "Clusters can help map critical supply chains, but they need access to trade and customs data to do so",
  "The Pact for Skills partnerships should make more use of cluster organisations as intermediaries for SMEs",
  "The European Commission should keep a single entry point for cluster internationalisation after 2040",
  "Member States are invited to share evaluations of their cluster programmes through the platform before the next meeting"],
 pub="2039-03-18")
