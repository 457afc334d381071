from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_kildare_cluster_farewell.eml'
assert wd(2041,2,28)=='Thursday' and wd(2041,3,14)=='Thursday' and wd(2041,2,19)=='Tuesday'
body = """Dear members and friends of the cluster,

After almost seven years as Cluster Manager of the Mid-East Food & Drink Cluster, I am writing to let you know that I will leave the cluster on Thursday 28 February 2041. From March I will join Enterprise Ireland in Dublin as Senior Development Adviser for regional food businesses, so I hope our paths will keep crossing.

I am delighted that the Board has appointed Siobhán Ní Bhriain as the new Cluster Manager. Many of you know Siobhán from her work as Innovation Lead at Teagasc Food Research Centre, Ashtown, where she ran the Food Works accelerator for five years. She starts on Monday 4 March and we will work together during her first week.

A few practical points for the handover:
- Ciarán O'Dwyer, our Membership and Events Officer, remains your first contact for invoices, membership renewals and the members' directory;
- Dr. Magdalena Zielińska-Byrne continues as Project Manager of our two EU projects and as our contact for Interreg North-West Europe partners;
- the Board chair, Declan MacNamara (Kildare County Council, Local Enterprise Office), will sign off any decision that cannot wait.

Siobhán will be introduced to members at the Spring Members' Meeting on Thursday 14 March 2041 at Maynooth University (Iontas Building, 10:00–13:00), followed by lunch and a visit to the food innovation pilot plant at 14:00. Please register by 7 March with Ciarán.

Looking back, I am proudest of the things we did together: the Naas Food Festival trade day that grew from 12 stands in 2035 to 70 in 2040, the first joint stand of Kildare producers at SIAL Paris in October 2038, and the cluster's mentoring scheme, which paired 41 young companies with experienced owners.

What I have learnt in these seven years, and would pass on to any cluster manager:
- Members stay for the people they meet, not for the newsletter
- A cluster of small firms needs one or two anchor companies that lend their credibility
- Say no to projects that do not serve the members, even when the funding is attractive

Thank you for your trust, your patience and the many cups of tea.

Warm regards,
Aoife Kavanagh
Cluster Manager (until 28 February 2041)
Mid-East Food & Drink Cluster CLG
Kildare Innovation Hub, Naas, Co. Kildare
+353 45 000 000 | aoife@mideastfood.example.ie

This email and any attachments are confidential and intended solely for the addressee. If you received it in error please notify the sender and delete it.

-----Original Message-----
From: Declan MacNamara <dmacnamara@kildarecoco.example.ie>
Sent: Tuesday, 19 February 2041 17:22
To: Board members – Mid-East Food & Drink Cluster
Cc: Aoife Kavanagh
Subject: Appointment of new Cluster Manager – decision of the Board

Dear Board members,

Following the interviews held last week by the selection panel (myself, Gráinne Fitzgerald of Kerry Dairy Ireland and Prof. Thomas Van Hoeck of University College Dublin), I am pleased to confirm that the Board has approved by written procedure the appointment of Siobhán Ní Bhriain as Cluster Manager from 4 March 2041, on a three-year contract.

On behalf of the Board I would also like to record our thanks to Aoife for her outstanding work since 2034. We will mark her departure with a small reception after the Board meeting on 26 February.

Kind regards,
Declan MacNamara
Chair of the Board
"""
m = EmailMessage()
m['From'] = 'Aoife Kavanagh <aoife@mideastfood.example.ie>'
m['To'] = 'members@mideastfood.example.ie'
m['Subject'] = 'Farewell and welcome – change of Cluster Manager'
m['Date'] = format_datetime(datetime.datetime(2041,2,21,9,5,0,tzinfo=datetime.timezone.utc))
m.set_content(body)
assert wd(2041,3,4)=='Monday' and wd(2041,2,21)=='Thursday'
open(path(F),'wb').write(bytes(m))
C="Mid-East Food & Drink Cluster CLG"
gold(F,
 [P("Siobhán Ní Bhriain","Cluster Manager",C),
  P("Ciarán O'Dwyer","Membership and Events Officer",C),
  P("Magdalena Zielińska-Byrne","Project Manager",C),
  P("Declan MacNamara","Chair of the Board",C),
  P("Aoife Kavanagh","Cluster Manager",C),
  P("Gráinne Fitzgerald",None,"Kerry Dairy Ireland"),
  P("Thomas Van Hoeck",None,"University College Dublin")],
 [O(C), O("Enterprise Ireland"), O("Teagasc Food Research Centre"), O("Kildare County Council"),
  O("Local Enterprise Office"), O("Maynooth University"), O("Kerry Dairy Ireland"), O("University College Dublin")],
 [E("Spring Members' Meeting","2041-03-14",None,"Maynooth","Ireland"),
  E("visit to the food innovation pilot plant","2041-03-14",None,"Maynooth","Ireland"),
  E("Naas Food Festival trade day",None,None,"Naas","Ireland"),
  E("SIAL Paris","2038-10",None,"Paris","France"),
  E("Board meeting","2041-02-26",None,None,None),
  E("reception","2041-02-26",None,None,None)],
 ["2041-02-21","2041-02-28","2041-03","2041-03-04","2041-03-14","2041-03-07","2035","2040","2038-10","2041-02-19","2034","2041-02-26"],
 ["Members stay for the people they meet, not for the newsletter",
  "A cluster of small firms needs one or two anchor companies that lend their credibility",
  "Say no to projects that do not serve the members, even when the funding is attractive"],
 pub="2041-02-21")
