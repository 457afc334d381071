from h import *
from email.message import EmailMessage
F = 'g10_malta_blue_clusters_save_the_date.eml'
for (y,m,d,w) in [(2037,9,23,'Wednesday'),(2037,9,24,'Thursday'),(2037,9,25,'Friday'),(2037,4,30,'Thursday'),(2037,6,15,'Monday'),(2037,4,28,'Tuesday')]:
    assert wd(y,m,d)==w, (y,m,d)
BODY = """Dear cluster colleagues and friends of the Mediterranean blue economy,

*** SAVE THE DATE ***
MedBlue Clusters Meeting 2037
Wednesday 23 – Thursday 24 September 2037
Valletta, Malta – Mediterranean Conference Centre

We are delighted to announce that the Malta Marine and Maritime Cluster (MMMC) will host the fifth MedBlue Clusters Meeting in Valletta this September, following the successful editions in Split (2033), Cartagena (2034), Piraeus (2035) and Bastia (2036).

What to expect:
- two days of discussion on ports, shipbuilding and repair, offshore wind, aquaculture, coastal tourism and marine biotechnology
- a cluster-to-cluster matchmaking session on the afternoon of Wednesday 23 September
- a welcome reception on the evening of 23 September at the Upper Barrakka Gardens, by kind invitation of the Ministry for the Economy, Enterprise and Strategic Projects
- an optional site visit on Friday 25 September to the Malta Freeport in Birżebbuġa and to the Malta Aquaculture Research Centre in Marsaxlokk
- the signature of the MedBlue Charter on cluster cooperation, prepared since last year's meeting in Bastia

The meeting is organised in cooperation with Malta Enterprise, the University of Malta (Centre for the Blue Economy) and the Mediterranean Cluster Network MedClusNet. A first draft programme will be circulated by 15 June 2037, and registration will open on the same day. As in previous years, participation will be free of charge for cluster organisations; a limited number of travel grants for clusters from the southern shore of the Mediterranean will be offered by the Union for the Mediterranean.

Last year in Bastia, 187 participants from 14 countries took part, among them 52 cluster organisations, and 23 new cooperation agreements between clusters were announced at the closing session. The Bastia edition also agreed to set up a small working group on skills for the maritime trades; its first results will be presented in Valletta by the working group's coordinators.

Block the dates in your agenda now – September in Valletta is busy and hotel rooms go quickly. A list of hotels with special rates will follow with the programme.

Please forward this message to colleagues in your cluster who may be interested, and let us know by 30 April 2037 if your cluster would like to present a good practice in one of the sessions (max. 10 minutes, a short abstract is enough).

We look forward to welcoming you to Malta!

Warm regards,

Dr. Joanna Camilleri
Chief Executive Officer
Malta Marine and Maritime Cluster (MMMC)
Level 2, Valletta Waterfront Business Centre, Floriana FRN 0000, Malta
T: +356 2000 0000 | www.mmmc.example.mt
Follow us on LinkedIn

-----Original Message-----
From: Luca Mifsud <events@mmmc.example.mt>
Sent: Tuesday, 28 April 2037 09:12
To: Joanna Camilleri <ceo@mmmc.example.mt>
Cc: Claire Vella <claire.vella@mmmc.example.mt>
Subject: RE: MedBlue 2037 – venue confirmed

Joanna,
MCC confirmed both halls (Sacra Infermeria and La Valette Hall) for 23–24 Sept. Freeport visit ok for Friday, max 40 persons, security clearance needed 10 days before. Bastia team (Pierre-Antoine Santoni, Cluster Mer Corse) sent the list of the 2036 participants, 187 names. Can we send the STD on Thursday?
Luca

Luca Mifsud | Events and Projects Officer | MMMC

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. To unsubscribe from the MMMC mailing list, reply with UNSUBSCRIBE in the subject line.
"""
m = EmailMessage()
m['From'] = 'Joanna Camilleri <ceo@mmmc.example.mt>'
m['To'] = 'medblue-network@lists.example.eu'
m['Subject'] = 'Save the date: MedBlue Clusters Meeting 2037, Valletta, 23-24 September'
m['Date'] = 'Thu, 30 Apr 2037 10:41:05 +0200'
m.set_content(BODY)
open(path(F),'wb').write(bytes(m))
gold(F,
 [P("Joanna Camilleri","Chief Executive Officer","Malta Marine and Maritime Cluster"),
  P("Luca Mifsud","Events and Projects Officer","MMMC"),
  P("Claire Vella",None,None),
  P("Pierre-Antoine Santoni",None,"Cluster Mer Corse")],
 [O("Malta Marine and Maritime Cluster","MMMC"), O("Ministry for the Economy, Enterprise and Strategic Projects"),
  O("Malta Freeport"), O("Malta Aquaculture Research Centre"), O("Malta Enterprise"), O("University of Malta"),
  O("Centre for the Blue Economy"), O("Mediterranean Cluster Network","MedClusNet"), O("Union for the Mediterranean"),
  O("Cluster Mer Corse")],
 [E("MedBlue Clusters Meeting 2037","2037-09-23","2037-09-24","Valletta","Malta"),
  E("MedBlue Clusters Meeting","2033",None,"Split","Croatia"),
  E("MedBlue Clusters Meeting","2034",None,"Cartagena","Spain"),
  E("MedBlue Clusters Meeting","2035",None,"Piraeus","Greece"),
  E("MedBlue Clusters Meeting","2036",None,"Bastia","France"),
  E("cluster-to-cluster matchmaking session","2037-09-23",None,"Valletta","Malta"),
  E("welcome reception","2037-09-23",None,"Valletta","Malta"),
  E("site visit","2037-09-25",None,"Birżebbuġa, Marsaxlokk","Malta")],
 ["2037-04-30","2037-09-23/2037-09-24","2033","2034","2035","2036","2037-09-23","2037-09-25","2037-06-15","2037-04-28","2037-09"],
 [], pub="2037-04-30")
