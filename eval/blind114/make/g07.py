from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_timisoara_new_cluster_manager.eml'
assert wd(2039,10,14)=='Friday' and wd(2039,11,1)=='Tuesday' and wd(2039,10,12)=='Wednesday' and wd(2039,11,17)=='Thursday'
body = """Hi all,

As agreed on Wednesday's call, below is the final text of the announcement. It goes on the website and LinkedIn tomorrow morning at 9:00; please forward it to your national contacts after that, not before. Ioana has the photos.

Thanks,
Răzvan

--
Răzvan Ciobanu-Lupu
Communication Officer | Banat ICT Cluster
Str. Paris 2A, Timișoara, Romania
+40 256 000 000

================================
NEWS | 14.10.2039

Banat ICT Cluster appoints Dr. Aurelia Stanciu as Cluster Manager

Timișoara, Friday 14 October 2039 – The Board of Directors of the Banat ICT Cluster Association (BICTC) has appointed Dr. Aurelia Stanciu as the cluster's new Cluster Manager. She will start on Tuesday 1 November 2039 and replaces Mihai Popovici, who has led the cluster since its registration in 2031 and who becomes Chief Operating Officer of the Romanian fintech company PayBridge SRL.

Dr. Stanciu (39) comes from the West Regional Development Agency (ADR Vest), where she headed the Smart Specialisation and Innovation Department from 2035 to 2039 and coordinated the Vest region's entrepreneurial discovery process. Earlier she was a researcher at the Politehnica University of Timișoara (2028–2034) and spent two years at the Fraunhofer Institute for Experimental Software Engineering IESE in Kaiserslautern. She holds a PhD in computer science from the West University of Timișoara.

"Banat has one of the densest software communities in Central and Eastern Europe, but most of our 118 members still sell hours, not products," said Dr. Stanciu. "With the Board I want to help them move up the value chain and to connect them with the automotive suppliers in Arad and Timiș who need exactly their skills."

Board President Gheorghe-Sorin Matei, CEO of Softvision Banat SA, thanked the outgoing manager: "Mihai built this cluster from twelve companies around a table to an organisation that sits in the European Digital Innovation Hub network and has a Silver Label from ECEI. We are sorry to lose him and happy that he stays close to the ecosystem."

The selection followed an open call published in July 2039. Eleven candidates applied; four were interviewed by a panel of three board members and an external member, Prof. Dr. Ilse Brandauer of the Austrian cluster platform ClusterPlattform Österreich.

The Board of Directors of the Banat ICT Cluster (term 2038–2041):
- President: Gheorghe-Sorin Matei, Softvision Banat SA
- Vice-President: Delia Bălan-Weiss, Continental Automotive Romania SRL
- Vice-President: Prof. Dr. Radu Vasile Munteanu, Politehnica University of Timișoara
- Member: Ferenc Kovács, Arad County Council
- Member: Laura Ionescu-Dragomir, Timiș Chamber of Commerce, Industry and Agriculture (CCIAT)

Meet the new manager
Dr. Stanciu will present her priorities to members at the cluster's Autumn Members' Meeting on Thursday 17 November 2039 at 16:00 at the Timișoara Technology Park, followed by a networking reception at 18:30. Registration by 10 November 2039 at events@bictc.example.ro.

About BICTC: founded in 2031, the Banat ICT Cluster brings together 118 software companies, universities and public bodies in the Timiș, Arad, Caraș-Severin and Hunedoara counties. It is a member of the Romanian Cluster Association (CLUSTERO).

Press contact: Ioana Sârbu, Project Assistant, press@bictc.example.ro
================================

-----Original Message-----
From: Gheorghe-Sorin Matei
Sent: Wednesday, 12 October 2039 18:02
To: Răzvan Ciobanu-Lupu
Cc: Mihai Popovici
Subject: RE: draft announcement

Răzvan, fine for me. Please check the spelling of Ilse's name with her office, and remove the sentence on the salary range. Mihai, anything to add?
G.
"""
m = EmailMessage()
m['From'] = 'Răzvan Ciobanu-Lupu <communication@bictc.example.ro>'
m['To'] = 'board@bictc.example.ro, team@bictc.example.ro'
m['Subject'] = 'FINAL: announcement new Cluster Manager (embargo 14.10, 9:00)'
m['Date'] = format_datetime(datetime.datetime(2039,10,13,17,40,0,tzinfo=datetime.timezone(datetime.timedelta(hours=3))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
B="Banat ICT Cluster Association"
gold(F,
 [P("Răzvan Ciobanu-Lupu","Communication Officer",B),
  P("Aurelia Stanciu","Cluster Manager",B),
  P("Mihai Popovici","Chief Operating Officer","PayBridge SRL"),
  P("Gheorghe-Sorin Matei","President",B),
  P("Ilse Brandauer",None,"ClusterPlattform Österreich"),
  P("Delia Bălan-Weiss","Vice-President",B),
  P("Radu Vasile Munteanu","Vice-President",B),
  P("Ferenc Kovács","Member",B),
  P("Laura Ionescu-Dragomir","Member",B),
  P("Ioana Sârbu","Project Assistant",B)],
 [O(B,"BICTC"), O("PayBridge SRL"), O("West Regional Development Agency","ADR Vest"), O("Politehnica University of Timișoara"),
  O("Fraunhofer Institute for Experimental Software Engineering IESE", "IESE"), O("West University of Timișoara"),
  O("Softvision Banat SA"), O("European Digital Innovation Hub network"), O("ECEI"), O("ClusterPlattform Österreich"),
  O("Continental Automotive Romania SRL"), O("Arad County Council"),
  O("Timiș Chamber of Commerce, Industry and Agriculture","CCIAT"), O("Romanian Cluster Association","CLUSTERO")],
 [E("Autumn Members' Meeting","2039-11-17",None,"Timișoara","Romania"),
  E("networking reception","2039-11-17",None,"Timișoara","Romania")],
 ["2039-10-14","2039-11-01","2031","2035/2039","2028/2034","2039-07","2038/2041","2039-11-17","2039-11-10","2039-10-12","2039-10-13"],
 [], pub="2039-10-14")
