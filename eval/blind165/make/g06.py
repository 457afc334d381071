from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g06_cavan_monaghan_engineering_summit_outcomes.eml'
assert wd(2037,10,8)=='Thursday' and wd(2037,10,14)=='Wednesday' and wd(2037,9,29)=='Tuesday' and wd(2037,11,25)=='Wednesday'
body = """Hi all,

As promised at the close of the summit, here is the short outcome report for circulation to your boards. Could you send any corrections to me by Friday? We will publish it on the website the week after.

Thanks again to everyone who chaired a session, and a special thanks to the team at Monaghan County Council for the venue and the bus to Carrickmacross.

Best,
Declan

Declan McCaughey
Cluster Manager | Border Engineering Cluster (BEC)
Unit 4, Cavan Innovation & Technology Centre, Cavan H12 XY00
+353 49 000 0000 | www.bec.example.ie

------------------------------------------------------------
BORDER ENGINEERING SUMMIT 2037 – OUTCOME REPORT
Monaghan, Thursday 8 October 2037
------------------------------------------------------------

About the summit
The summit is held every second year and is the main meeting point of engineering firms on both sides of the border between Cavan, Monaghan and Fermanagh. The third Border Engineering Summit brought 186 people from 94 organisations to the Four Seasons Hotel in Monaghan. It was organised by the Border Engineering Cluster with Cavan County Council, Monaghan County Council, Enterprise Ireland and InterTradeIreland, and was part of the European Cluster Week in Ireland.

Speakers included Siobhán Ní Bhriain, Head of Regional Development at Enterprise Ireland; Martin Quigley, CEO of Combilift, on automation in a rural factory; Dr Aoife Brady of Dundalk Institute of Technology (DkIT) on apprenticeships; and Ciarán Mac Giolla Rua, Northern Ireland Business Development Manager at InterTradeIreland, on cross-border supply chains. The afternoon site visits took delegates to two member plants in Carrickmacross.

Programme
09:30 Registration and coffee
10:00 Welcome and opening address
10:20 Keynote: "Automation in a rural factory" – Martin Quigley
11:15 Workshop A: apprenticeships and skills / Workshop B: energy and costs for small plants
13:00 Lunch and exhibition of member products
14:15 Site visits in Carrickmacross (buses leave from the hotel)
16:30 Award ceremony, summary of the day and close

The summit opened with a welcome from Cllr Paddy McNally, Cathaoirleach of Monaghan County Council, and closed with the presentation of the BEC Apprentice of the Year award to Róisín Duffy of Ballyjamesduff.

Key takeaways
1. Skills, not orders, are the limit on growth: 71 per cent of the member firms surveyed turned down work in the last year because they lacked fitters, welders or CNC programmers
2. The region should build one shared training centre for advanced manufacturing rather than three small ones
3. Cross-border supply chains work well in practice but suffer from duplicated certification; members asked InterTradeIreland to map the overlaps
4. Energy costs are now the second concern after skills, and a group purchase of solar and battery systems should be tested among members

Follow-up
- A working group on the shared training centre will meet for the first time on Wednesday 25 November 2037 in Cavan.
- The next summit will take place in autumn 2039 in Cavan town.

Previous summits
2033 – Cavan, 12 May
2035 – Enniskillen, 17 October
2037 – Monaghan, 8 October
------------------------------------------------------------

On Tue, 29 Sep 2037 at 16:02, Gráinne Lynch <glynch@monaghancoco.example.ie> wrote:
> Hi Declan,
> Just to confirm that the council has booked the bus for the site visits on the 8th (departure 14:15 from the hotel). Our Head of Enterprise, Brian Treanor, will join the afternoon.
> Kind regards,
> Gráinne Lynch
> Local Enterprise Office Monaghan
"""
m = EmailMessage()
m['From'] = 'Declan McCaughey <declan@bec.example.ie>'
m['To'] = 'BEC Board <board@bec.example.ie>'
m['Subject'] = 'Re: Border Engineering Summit – outcome report for your boards'
m['Date'] = format_datetime(datetime.datetime(2037,10,14,11,20,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
B="Border Engineering Cluster"; M="Monaghan County Council"
gold(F,
 [P("Declan McCaughey","Cluster Manager",B), P("Siobhán Ní Bhriain","Head of Regional Development","Enterprise Ireland"),
  P("Martin Quigley","CEO","Combilift"), P("Aoife Brady",None,"Dundalk Institute of Technology"),
  P("Ciarán Mac Giolla Rua","Northern Ireland Business Development Manager","InterTradeIreland"),
  P("Paddy McNally","Cathaoirleach",M), P("Róisín Duffy",None,None),
  P("Gráinne Lynch",None,"Local Enterprise Office Monaghan"), P("Brian Treanor","Head of Enterprise",M)],
 [O(B,"BEC"), O(M), O("Cavan County Council"), O("Enterprise Ireland"), O("InterTradeIreland"),
  O("Combilift"), O("Dundalk Institute of Technology","DkIT"), O("Local Enterprise Office Monaghan")],
 [E("Border Engineering Summit 2037","2037-10-08",None,"Monaghan","Ireland"),
  E("European Cluster Week",None,None,None,"Ireland"),
  E("site visits","2037-10-08",None,"Carrickmacross","Ireland"),
  E("BEC Apprentice of the Year award","2037-10-08",None,"Monaghan","Ireland"),
  E("Automation in a rural factory","2037-10-08",None,"Monaghan","Ireland"),
  E("working group on the shared training centre","2037-11-25",None,"Cavan","Ireland"),
  E("Border Engineering Summit","2039",None,"Cavan","Ireland"),
  E("Border Engineering Summit","2033-05-12",None,"Cavan","Ireland"),
  E("Border Engineering Summit","2035-10-17",None,"Enniskillen","United Kingdom")],
 ["2037-10-14","2037-10-08","2037-11-25","2039","2033-05-12","2035-10-17","2037-09-29"],
 ["Skills, not orders, are the limit on growth: 71 per cent of the member firms surveyed turned down work in the last year because they lacked fitters, welders or CNC programmers",
  "The region should build one shared training centre for advanced manufacturing rather than three small ones",
  "Cross-border supply chains work well in practice but suffer from duplicated certification; members asked InterTradeIreland to map the overlaps",
  "Energy costs are now the second concern after skills, and a group purchase of solar and battery systems should be tested among members"],
 pub="2037-10-14")
