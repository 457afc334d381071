from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_bruges_blue_cluster_general_assembly.eml'
assert wd(2042,3,20)=='Thursday' and wd(2042,2,25)=='Tuesday' and wd(2042,3,13)=='Thursday' and wd(2042,2,27)=='Thursday' and wd(2042,5,6)=='Tuesday'
body = """Dear members,

On behalf of the Board of Directors, I am pleased to invite you to the Ordinary General Assembly of Zeebrugge-Bruges Blue Economy Cluster vzw (ZBBEC), which will take place on

Thursday 20 March 2042, 15:00-17:30
Provinciaal Hof, Markt 3, Bruges

followed by the spring networking reception at 17:30.

The Board of Directors approved the agenda and the annual accounts at the Board meeting of Tuesday 25 February 2042. The documents listed below are available in the members' area of our website.

AGENDA
1. Opening and welcome by the Chair, Marleen Debaere-Nuyts
2. Approval of the minutes of the Extraordinary General Assembly of 10 October 2041
3. Activity report 2041 (presented by the cluster manager, Ruben El Khattabi)
4. Annual accounts 2041 and budget 2042; report of the statutory auditor, Van Hulle & Partners Bedrijfsrevisoren
5. Discharge of the directors and the auditor
6. Election of directors: the mandates of Koen Vermandere (Jan De Nul Group), Ana Ferreira-Maes (Ghent University) and Dirk Lootens (Port of Antwerp-Bruges) expire. Koen Vermandere and Dirk Lootens stand for re-election; the Board proposes Hanna Lindgren-Steyaert (DEME Offshore) as a new director
7. Cluster strategy 2042-2046: first draft for discussion
8. Any other business

A FEW FIGURES FROM 2041
The cluster grew from 86 to 97 members last year, launched two collaborative projects on offshore aquaculture and port electrification, and took 14 member companies to the Offshore Energy fair. The activity report also gives an overview of the three working groups (Offshore Energy, Port Logistics and Blue Biotech) and of the cluster's participation in European partnerships.

GUEST SPEAKER
At 16:30 Dr Olusegun Adeyemi-Peeters, Policy Officer at the European Commission's Directorate-General for Maritime Affairs and Fisheries (DG MARE), will give a short talk on the blue economy priorities of the next EU budget.

VOTING AND PROXIES
Only effective members who have paid the 2042 membership fee may vote. A member who cannot attend may give a proxy to another effective member; each member may hold at most two proxies. Please send proxies to secretariaat@zbbec.example.be by Thursday 13 March 2042.

REGISTRATION
Please register by Thursday 13 March 2042 via the link in the members' area, so that we can plan the reception. Parking is available at the Biekorf car park.

I look forward to seeing many of you in Bruges.

Kind regards,

Ruben El Khattabi
Cluster Manager
Zeebrugge-Bruges Blue Economy Cluster vzw
Kapitein Maenhoutstraat 2, 8380 Zeebrugge
+32 50 00 00 00 | www.zbbec.example.be

Save the date: Blue Growth Summit Zeebrugge, 6 May 2042 (Tuesday), Zeebrugge Cruise Terminal.

-------- Forwarded message --------
From: Marleen Debaere-Nuyts <voorzitter@zbbec.example.be>
Date: Thu, 27 Feb 2042 09:14
To: Ruben El Khattabi <ruben@zbbec.example.be>
Subject: Re: GA invitation - draft

Ruben,

Thanks, the draft is fine. Two small points: please mention that Ana will not stand again because of her new post at the Flanders Marine Institute (VLIZ), and add that the strategy draft was prepared with the help of the Provinciale Ontwikkelingsmaatschappij West-Vlaanderen. Otherwise you can send it out.

Marleen

> On 26 Feb 2042, Ruben El Khattabi wrote:
> Dear Marleen, please find attached the draft invitation for the GA in March. The auditor confirmed the accounts yesterday. Best, Ruben
"""
body = body.replace("Koen Vermandere and Dirk Lootens stand for re-election;", "Koen Vermandere and Dirk Lootens stand for re-election; Ana Ferreira-Maes does not stand again following her appointment at the Flanders Marine Institute (VLIZ);")
m = EmailMessage()
m['From'] = 'Ruben El Khattabi <ruben@zbbec.example.be>'
m['To'] = 'members@zbbec.example.be'
m['Subject'] = 'Invitation: Ordinary General Assembly ZBBEC - 20 March 2042'
m['Date'] = format_datetime(datetime.datetime(2042,2,28,11,3,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
Z="Zeebrugge-Bruges Blue Economy Cluster vzw"
gold(F,
 [P("Ruben El Khattabi","Cluster Manager",Z),
  P("Marleen Debaere-Nuyts","Chair",Z),
  P("Koen Vermandere","director",Z),
  P("Ana Ferreira-Maes","director",Z),
  P("Dirk Lootens","director",Z),
  P("Hanna Lindgren-Steyaert",None,"DEME Offshore"),
  P("Olusegun Adeyemi-Peeters","Policy Officer","Directorate-General for Maritime Affairs and Fisheries")],
 [O(Z,"ZBBEC"), O("Van Hulle & Partners Bedrijfsrevisoren"), O("Jan De Nul Group"), O("Ghent University"),
  O("Port of Antwerp-Bruges"), O("DEME Offshore"), O("European Commission"),
  O("Directorate-General for Maritime Affairs and Fisheries","DG MARE"), O("Flanders Marine Institute","VLIZ"),
  O("Provinciale Ontwikkelingsmaatschappij West-Vlaanderen")],
 [E("Ordinary General Assembly","2042-03-20",None,"Bruges","Belgium"),
  E("spring networking reception","2042-03-20",None,"Bruges","Belgium"),
  E("Board meeting","2042-02-25",None,None,None),
  E("Extraordinary General Assembly","2041-10-10",None,None,None),
  E("Offshore Energy fair","2041",None,None,None),
  E("Blue Growth Summit Zeebrugge","2042-05-06",None,"Zeebrugge","Belgium")],
 ["2042-03-20","2042-02-25","2041-10-10","2041","2042","2042/2046","2042-03-13","2042-05-06","2042-02-27","2042-02-26","2042-03","2042-02-28"],
 [], pub="2042-02-28")
