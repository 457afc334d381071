from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_wicklow_cluster_manager_farewell.eml'
assert wd(2034,8,29)=='Tuesday' and wd(2034,9,1)=='Friday' and wd(2034,9,22)=='Friday' and wd(2034,10,16)=='Monday' and wd(2034,8,21)=='Monday'
body = """Dear members and friends of the cluster,

After seven and a half years as Cluster Manager of the Garden County Food & Drink Cluster, I will leave my post on Friday 1 September 2034 to take up a new role as Head of Regional Food Programmes at Bord Bia in Dublin. This is not an easy e-mail to write.

When we started in the spring of 2027, the cluster was eleven producers around a kitchen table in Rathdrum. Today we are 96 members across County Wicklow and north Wexford – farmhouse cheesemakers, craft brewers, two dairies, bakeries, a smokehouse in Arklow, packaging firms and the food science team at the South East Technological University (SETU). Together we opened the shared test kitchen in Bray, ran four editions of the Wicklow Food Producers' Market and took 23 companies to SIAL Paris.

I am delighted that the board has appointed Dr Siobhán Ní Bhriain as the new Cluster Manager. Siobhán is currently Enterprise Development Manager at the Local Enterprise Office Wicklow and previously spent six years with Teagasc at the Ashtown Food Research Centre. She starts on Monday 4 September and will be in touch with every member during her first weeks. Until then, please send anything urgent to our Project Officer, Kevin O'Donoghue (kevin@gardencountyfood.example.ie), who will also lead the cluster's work in the Interreg project "ShortChain" with partners in Brittany and Asturias.

For the next months, three pieces of work are already agreed with the board and will continue without a break: the application to Enterprise Ireland's Regional Technology Clustering Fund (closing on 6 November 2034), the packaging-waste pilot with Repak and six members, and the export training with the Wicklow County Council Economic Development team. None of this depends on one person, and that is how it should be.

A few things I learned along the way, which I have also left for Siobhán:
- Members join for the market access, but they stay for each other
- Keep the membership fee low and the door open to the smallest producers
- Every meeting should end with one thing a member can do on Monday
- Never organise a tasting in August

You can say goodbye (and meet Siobhán) at our members' barbecue on Friday 22 September 2034 from 17:00 at Brook Lodge farm, Macreddin. The annual general meeting will follow on Monday 16 October 2034 in the County Buildings, Wicklow town, where the board will also propose two new directors.

Thank you all for your trust, your produce and your patience with my spreadsheets.

Warm regards,

Áine Fitzgerald-Byrne
Cluster Manager (until 1 September 2034)
Garden County Food & Drink Cluster CLG
Unit 4, Bray Business Park, Bray, Co. Wicklow
+353 1 000 0000 | www.gardencountyfood.example.ie

Our board: Chair – Declan Cullen (Wicklow Way Creamery Ltd); Vice-Chair – Marta Kowalczyk (Kowalczyk Artisan Bakery, Greystones); Treasurer – Pádraig Lynch (AIB Business Banking, Arklow); Director – Dr Helen O'Sullivan (SETU)

-----Original Message-----
From: Declan Cullen <declan@wicklowwaycreamery.example.ie>
Sent: Monday, 21 August 2034 09:14
To: Áine Fitzgerald-Byrne <aine@gardencountyfood.example.ie>
Cc: board@gardencountyfood.example.ie
Subject: RE: Handover and announcement

Áine,

The board agreed at last night's call to appoint Siobhán, start date 4 September. Please go ahead with the announcement to members this week. We will present you with something suitable at the barbecue – no speeches longer than five minutes, I promise.

On behalf of the whole board: thank you for everything.

Declan Cullen
Chair, Garden County Food & Drink Cluster
"""
m = EmailMessage()
m['From'] = 'Áine Fitzgerald-Byrne <aine@gardencountyfood.example.ie>'
m['To'] = 'members@gardencountyfood.example.ie'
m['Subject'] = 'Moving on – and welcoming your new Cluster Manager'
m['Date'] = format_datetime(datetime.datetime(2034,8,29,11,40,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
G="Garden County Food & Drink Cluster"
gold(F,
 [P("Áine Fitzgerald-Byrne","Cluster Manager",G),
  P("Siobhán Ní Bhriain","Cluster Manager",G),
  P("Kevin O'Donoghue","Project Officer",G),
  P("Declan Cullen","Chair",G),
  P("Marta Kowalczyk","Vice-Chair",G),
  P("Pádraig Lynch","Treasurer",G),
  P("Helen O'Sullivan","Director",G)],
 [O("Garden County Food & Drink Cluster CLG"), O("Bord Bia"), O("South East Technological University","SETU"),
  O("Local Enterprise Office Wicklow"), O("Teagasc"),
  O("Wicklow Way Creamery Ltd"), O("Kowalczyk Artisan Bakery"), O("AIB Business Banking"), O("Enterprise Ireland"), O("Repak"), O("Wicklow County Council")],
 [E("Wicklow Food Producers' Market",None,None,None,None),
  E("SIAL Paris",None,None,"Paris","France"),
  E("members' barbecue","2034-09-22",None,"Macreddin","Ireland"),
  E("annual general meeting","2034-10-16",None,"Wicklow","Ireland")],
 ["2034-09-01","2027","2034-09-04","2034-09-22","2034-10-16","2034-08-21","2034-08-29","2034-11-06"],
 ["Members join for the market access, but they stay for each other",
  "Keep the membership fee low and the door open to the smallest producers",
  "Every meeting should end with one thing a member can do on Monday",
  "Never organise a tasting in August"],
 pub="2034-08-29")
