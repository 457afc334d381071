from h import *
import os
from email.message import EmailMessage
F = 'tipperary-food-cluster-members-newsletter-2034-09.eml'
body = f"""Dear members,

Welcome to the September issue of the Tipperary Food & Drink Cluster members' newsletter. Harvest is nearly in, the Ploughing is behind us and the autumn calendar is filling up fast. Below you will find member news, a message forwarded from our friends in Enterprise Ireland, and the dates for the rest of the year.

=== MEMBER NEWS ===

* Cashel Farmhouse Creamery Ltd has opened its new maturing rooms in Fethard. Managing director Siobhán Ní Mhaoláin says the extension doubles capacity for blue cheese and creates eleven jobs. Congratulations to the whole team.

* Suir Valley Cider Company has won gold at the International Cider Challenge in Bristol on 6 September 2034 for its dry keeved cider. Head cider maker Pádraig Ó Cuinn travelled to collect the award.

* Welcome to three new members who joined in August: Glen of Aherlow Honey (sole trader, Bansha), Roscrea Protein Solutions DAC and the Department of Agricultural and Manufacturing Engineering at the Technological University of the Shannon (TUS). That brings the cluster to 87 members.

* Staff news: Dr. Michael Hennessy-Gorman has joined the cluster team as innovation manager. Michael spent nine years with Teagasc at Moorepark and will lead our work on dairy diversification. He can be reached at the cluster office in Clonmel.

* Thurles-based Lacey & Daughters Butchers Ltd is looking for two members to share a refrigerated van to Dublin markets twice a week. Contact Nora Lacey directly.

=== FORWARDED: REGIONAL FOOD EXPORT READINESS PROGRAMME ===

---------- Forwarded message ---------
From: Ciarán Bourke <ciaran.bourke@example.ie>
Date: Tue, 2 Sep 2034 at 11:14
Subject: Export Readiness Programme – autumn intake
To: Regional cluster managers

Dear colleagues,

Enterprise Ireland's South-East regional office is taking applications for the autumn intake of the Food Export Readiness Programme. The programme consists of four workshops in Kilkenny between October and December 2034 and one-to-one mentoring with a market adviser. It is open to food and drink SMEs with at least two years of trading. The closing date for applications is 26 September 2034.

Please share this with your members.

Kind regards,
Ciarán Bourke
Development Adviser, Food Division
Enterprise Ireland, South-East

---------- end of forwarded message ---------

Our comment: three cluster members took part last year and two of them now export to Germany. We are happy to help with applications – talk to Michael or to me.

=== CALENDAR ===

{wd(2034,9,24)} 24 September 2034, 09:30–13:00 – Breakfast briefing "Packaging waste rules for food SMEs", Hotel Minella, Clonmel. With Aoife de Búrca of Repak.

{wd(2034,10,8)} 8 October 2034, 14:00 – Members' webinar on the new Food Vision 2035 grant scheme (online).

{wd(2034,10,15)} 15 October 2034 – {wd(2034,10,16)} 16 October 2034 – Study visit to the Food Innovation Hub at Teagasc Moorepark, Fermoy, with a tour of the pilot dairy plant on the second morning.

{wd(2034,11,6)} 6 November 2034, 18:30 – Tipperary Food Producers' Awards and networking dinner, Dundrum House Hotel. Nominations close on 17 October 2034.

{wd(2034,11,20)} 20 November 2034 – Annual General Meeting of the cluster, Horse and Jockey Hotel, Thurles. Formal notice and papers will follow four weeks before.

{wd(2034,12,4)} 4 December 2034 – Christmas market stand for members at the Clonmel Christmas Fair (places limited to twelve producers).

=== FROM THE CHAIR ===

Our chair, Deirdre Fitzgerald-Maher, asks every member to answer the short skills survey we sent last week. The results will be the basis for our training plan for 2035 and for the funding request that Tipperary County Council has invited us to submit by the end of the year. So far 29 members have replied.

=== A NOTE ON DATA ===

We have updated our privacy notice. Nothing changes for you, but if you would rather not receive this newsletter, reply with "unsubscribe" in the subject line.

Best wishes,

Gearóid Ryan
Cluster Manager
Tipperary Food & Drink Cluster CLG
Clonmel Enterprise Centre, Clonmel, Co. Tipperary
Tel. +353 52 000 0000

-- 
The Tipperary Food & Drink Cluster is supported by Tipperary County Council and the Local Enterprise Office Tipperary.
"""
m = EmailMessage()
m['From'] = 'Gearóid Ryan <gearoid.ryan@example.ie>'
m['To'] = 'members@tipperaryfoodcluster.example.ie'
m['Subject'] = 'Members newsletter – September 2034: new members, export programme, autumn dates'
m['Date'] = 'Thu, 11 Sep 2034 08:05:00 +0100'
m.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(m))
C='Tipperary Food & Drink Cluster CLG'
gold(F,
 [P('Siobhán Ní Mhaoláin','Managing director','Cashel Farmhouse Creamery Ltd'), P('Pádraig Ó Cuinn','Head cider maker','Suir Valley Cider Company'),
  P('Michael Hennessy-Gorman','innovation manager',C), P('Nora Lacey',None,'Lacey & Daughters Butchers Ltd'),
  P('Ciarán Bourke','Development Adviser','Enterprise Ireland'), P('Aoife de Búrca',None,'Repak'), P('Deirdre Fitzgerald-Maher','chair',C),
  P('Gearóid Ryan','Cluster Manager',C)],
 [O(C), O('Enterprise Ireland'), O('Cashel Farmhouse Creamery Ltd'), O('Suir Valley Cider Company'), O('Glen of Aherlow Honey'), O('Roscrea Protein Solutions DAC'),
  O('Department of Agricultural and Manufacturing Engineering'), O('Technological University of the Shannon','TUS'), O('Teagasc'), O('Lacey & Daughters Butchers Ltd'),
  O('Food Division'), O('Repak'), O('Food Innovation Hub'), O('Tipperary County Council'), O('Local Enterprise Office Tipperary')],
 [E('the Ploughing',None,None,None,None), E('International Cider Challenge','2034-09-06','2034-09-06','Bristol','United Kingdom'),
  E('four workshops','2034-10','2034-12','Kilkenny','Ireland'),
  E('Breakfast briefing "Packaging waste rules for food SMEs"','2034-09-24','2034-09-24','Clonmel','Ireland'),
  E("Members' webinar on the new Food Vision 2035 grant scheme",'2034-10-08','2034-10-08',None,None),
  E('Study visit to the Food Innovation Hub at Teagasc Moorepark','2034-10-15','2034-10-16','Fermoy','Ireland'),
  E('tour of the pilot dairy plant','2034-10-16','2034-10-16','Fermoy','Ireland'),
  E("Tipperary Food Producers' Awards and networking dinner",'2034-11-06','2034-11-06',None,None),
  E('Annual General Meeting','2034-11-20','2034-11-20','Thurles','Ireland'), E('Clonmel Christmas Fair','2034-12-04','2034-12-04','Clonmel','Ireland')],
 ['2034-09-11','2034-09-06','2034-08','2034-09-02','2034-10/2034-12','2034-09-26','2034-09-24','2034-10-08','2034-10-15/2034-10-16','2034-11-06','2034-10-17','2034-11-20','2034-12-04','2035','2034-09'],
 pub='2034-09-11')
