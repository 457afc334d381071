from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g04_clare_study_visit_invitation.eml'
assert wd(2041,2,21)=='Thursday' and wd(2041,3,25)=='Monday' and wd(2041,3,26)=='Tuesday' and wd(2041,3,27)=='Wednesday' and wd(2041,2,14)=='Thursday' and wd(2041,3,7)=='Thursday'
body = """Dear members of the Shannon Aviation Cluster,

Following the Board meeting of 14 February, I am glad to confirm the cluster's study visit to the aerospace cluster of Upper Austria and to the Hamburg aviation region from Monday 25 to Wednesday 27 March 2041. The draft programme is below. We have twelve places; seven are already taken by the Board and by the three companies that asked for the visit at our General Assembly in Ennis last November.

Draft programme

Monday 25 March 2041 – Linz and Ried im Innkreis
- 07:05 flight from Shannon via Frankfurt, arrival Linz 12:40
- 14:30 Welcome at Business Upper Austria, with a presentation of the Upper Austrian aviation network by its cluster manager, Mag. Stefanie Aigner-Holzleitner
- 16:00 Company visit to FACC AG in Ried im Innkreis (composite cabin and wing parts)
- 19:30 Dinner hosted by Business Upper Austria, Linz

Tuesday 26 March 2041 – Hamburg
- 08:30 flight Linz–Hamburg
- 11:00 Hamburg Aviation e.V.: meeting with the managing director, Dr. Jan-Hendrik Albers, and the cluster's working group on maintenance and repair
- 14:00 Site visit to the ZAL Center of Applied Aeronautical Research, Finkenwerder
- 17:30 Networking evening with Irish aviation companies in Hamburg, organised by Enterprise Ireland's Hamburg office

Wednesday 27 March 2041 – Hamburg
- 09:00 Visit to Lufthansa Technik, engine shop (to be confirmed)
- 12:00 Debriefing lunch of the group
- 16:10 return flight to Shannon via Amsterdam

Costs: the cluster covers the local transport and the group meals. Each participant pays their own flights and two nights of accommodation (block booking at the Hotel am Domplatz in Linz and the Hotel Baseler Hof in Hamburg). The Local Enterprise Office Clare can refund up to 50% of the travel costs for small companies; please apply through them before travelling.

A short word on why we are going: both regions run the kind of shared testing and training facilities that our members asked for in the survey last autumn, and both have clusters that are roughly ten years older than ours. The aim is to come back with two or three concrete ideas for the cluster's work plan and, for the companies, with contacts that lead to orders.

If you would like one of the five remaining places, reply to this e-mail by Thursday 7 March 2041 with the name and position of the person travelling. Priority goes to SMEs that have not travelled with the cluster before.

Best regards,
Siobhán Ní Mhurchú
Cluster Manager
Shannon Aviation Cluster CLG
Westpark Business Campus, Shannon, Co. Clare
+353 61 000 000

-------- Forwarded message --------
From: Dermot Hehir <dermot.hehir@kilrush-composites.example.ie>
Date: Thursday, 21 February 2041, 16:48
To: Siobhán Ní Mhurchú <cluster@shannonaviation.example.ie>
Subject: Re: study visit Austria / Hamburg

Hi Siobhán,
Thanks for the quick follow-up after the Board. As treasurer I'm fine with the budget of EUR 9,500 for the visit, as agreed on the 14th. One request from our side at Kilrush Composites: could we ask FACC about their apprenticeship scheme? We are trying to set up something similar with Limerick and Clare ETB.
Also – Orla Kennedy from the University of Limerick asked whether researchers can join; I said only if a company place is left.
Dermot

> On 20 February 2041, Siobhán Ní Mhurchú wrote:
> Dear Board members, attached is the draft budget for the March study visit, as discussed on Friday.
> Please send comments by tomorrow evening.
"""
m = EmailMessage()
m['From'] = 'Siobhán Ní Mhurchú <cluster@shannonaviation.example.ie>'
m['To'] = 'members@shannonaviation.example.ie'
m['Subject'] = 'Study visit to Linz and Hamburg, 25–27 March 2041 – draft programme and registration'
m['Date'] = format_datetime(datetime.datetime(2041,2,25,9,30,0,tzinfo=datetime.timezone.utc))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
S = "Shannon Aviation Cluster CLG"
gold(F,
 [P("Siobhán Ní Mhurchú","Cluster Manager",S),
  P("Stefanie Aigner-Holzleitner","cluster manager","Business Upper Austria"),
  P("Jan-Hendrik Albers","managing director","Hamburg Aviation e.V."),
  P("Dermot Hehir","treasurer",S),
  P("Orla Kennedy",None,"University of Limerick")],
 [O(S,None), O("Business Upper Austria"), O("FACC AG"), O("Hamburg Aviation e.V."),
  O("ZAL Center of Applied Aeronautical Research"), O("Enterprise Ireland"), O("Lufthansa Technik"),
  O("Local Enterprise Office Clare"), O("Kilrush Composites"), O("Limerick and Clare ETB"), O("University of Limerick")],
 [E("Board meeting","2041-02-14",None,None,None),
  E("study visit","2041-03-25","2041-03-27","Linz, Ried im Innkreis, Hamburg",None),
  E("General Assembly",None,None,"Ennis","Ireland"),
  E("Welcome at Business Upper Austria","2041-03-25",None,"Linz","Austria"),
  E("meeting with the managing director","2041-03-26",None,"Hamburg","Germany"),
  E("Company visit to FACC AG","2041-03-25",None,"Ried im Innkreis","Austria"),
  E("Dinner hosted by Business Upper Austria","2041-03-25",None,"Linz","Austria"),
  E("Site visit to the ZAL Center of Applied Aeronautical Research","2041-03-26",None,"Hamburg","Germany"),
  E("Networking evening with Irish aviation companies in Hamburg","2041-03-26",None,"Hamburg","Germany"),
  E("Visit to Lufthansa Technik","2041-03-27",None,"Hamburg","Germany")],
 ["2041-02-14","2041-03-25/2041-03-27","2041-03-25","2041-03-26","2041-03-27","2041-03-07","2041-02-21","2041-02-20","2041-02-25"],
 [], pub="2041-02-25")
