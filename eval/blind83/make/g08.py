from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g08_kerry_marine_events_newsletter.eml'
for y,m,d,w in [(2037,1,28,'Wednesday'),(2037,2,4,'Wednesday'),(2037,2,12,'Thursday'),(2037,2,24,'Tuesday'),(2037,2,25,'Wednesday'),(2037,3,10,'Tuesday'),(2037,3,19,'Thursday'),(2037,1,21,'Wednesday'),(2037,2,20,'Friday'),(2037,3,28,'Saturday'),(2037,3,5,'Thursday'),(2037,2,16,'Monday')]:
    assert wd(y,m,d)==w,(y,m,d)
body = """View this e-mail in your browser

KERRY MARINE & FOOD CLUSTER – EVENTS BULLETIN
Issue 2/2037 · Wednesday 28 January 2037

Dear members and friends,

A busy spring is ahead. Below are the six events we are running or supporting between now and the end of March, with one correction to last week's bulletin (see item 3). As always, members go free unless stated otherwise.

Niamh O'Sullivan
Cluster Manager

------------------------------------------------------------
1. SEAWEED VALUE CHAIN WORKSHOP – Wednesday 4 February
------------------------------------------------------------
Where: Tralee, Munster Technological University (MTU), Kerry Campus, Room B214
When: 10:00–13:30, followed by lunch
A practical half-day on drying, stabilising and certifying harvested seaweed for food and feed. Speakers include Dr Ciarán Moriarty (MTU Shannon ABC) and Gráinne Fitzgerald, founder of Dingle Sea Greens Ltd. Places: 35.
Register: kmfc.example.ie/seaweed

------------------------------------------------------------
2. STUDY VISIT TO BRITTANY – 24–26 February
------------------------------------------------------------
Our third study visit with the Pôle Mer Bretagne Atlantique. The group will visit the algae processing park in Pleubian, the fish auction in Lorient and the food technology centre ADRIA Développement in Quimper. The visit ends with B2B meetings with Breton processors on the morning of Thursday 26 February.
Cost: €450 (travel and two nights), co-funded by Enterprise Ireland.
Twelve places, four left. Contact Seán Ó Conchúir before Friday 6 February.

------------------------------------------------------------
3. CORRECTION: FISH PROCESSING ROUND TABLE – now Thursday 12 February
------------------------------------------------------------
Last week we gave the date as Tuesday 10 February. The correct date is THURSDAY 12 FEBRUARY, 15:00–17:30, at the Fenit Harbour Centre, Fenit. Apologies for the confusion. The round table on energy costs in chilled and frozen processing will be chaired by Declan Foley, chairperson of the cluster board, with contributions from Bord Iascaigh Mhara (BIM) and the Sustainable Energy Authority of Ireland (SEAI).

------------------------------------------------------------
4. WEBINAR: EXPORTING SEAFOOD TO JAPAN – Tuesday 10 March
------------------------------------------------------------
Online, 08:30–09:30 Irish time (17:30 in Tokyo). With Bord Bia's Tokyo office and Hiroshi Tanabe of the Japan External Trade Organization (JETRO). Recording available for members afterwards.

------------------------------------------------------------
5. KERRY BLUE FOOD AWARDS 2037 – Thursday 19 March
------------------------------------------------------------
The 4th Kerry Blue Food Awards ceremony takes place at the Ballyroe Heights Hotel, Tralee, from 19:00. Entries close on Friday 20 February. Categories: new product, sustainable practice, young entrepreneur and export achievement. The awards are presented by Kerry County Council and the Kerry Local Enterprise Office.
Tickets for the dinner: €65 (tables of ten available).

------------------------------------------------------------
6. SAVE THE DATE: ATLANTIC FOOD FUTURES CONFERENCE – 20–21 May 2037
------------------------------------------------------------
The second edition of our two-day conference will be held in Killarney at the Gleneagle INEC. Programme to follow in March.

------------------------------------------------------------
7. OPEN DAY AT THE FENIT PILOT PLANT – Saturday 28 March
------------------------------------------------------------
The shared seafood processing pilot plant run by the cluster and MTU opens its doors to the public from 11:00 to 16:00. Families, students and anyone curious about how fish is filleted, smoked and packed are welcome. Members who want to show their products at a table should contact Aoife Brosnan, pilot plant manager, by 13 March. Free entry, no registration. Parking is limited, so please use the shuttle bus from Tralee bus station, which runs every half hour from 10:30.

------------------------------------------------------------
FUNDING REMINDER
------------------------------------------------------------
The Enterprise Ireland Innovation Voucher round closes on Thursday 5 March. Vouchers of up to €5,000 can be used with MTU, University of Galway and other registered knowledge providers. We hold a short online clinic on the vouchers on Monday 16 February at 12:30 – just reply to this e-mail to get the link.

------------------------------------------------------------
MEMBER NEWS IN BRIEF
------------------------------------------------------------
- Castlegregory Shellfish Co-op has been granted organic certification for its mussel lines.
- Welcome to three new members: Valentia Smokehouse Ltd, Listowel Food Labs and the Tralee Institute of Culinary Arts.
- Our annual members' survey closes on 13 February. Ten minutes, please!
- Cahersiveen Seafoods Ltd has appointed Pádraig Lynch as operations manager; he joins from a processor in Killybegs.
- The cluster board met on 20 January and approved the work plan for 2037, including a second study visit, to the Faroe Islands, in the autumn.

You are receiving this bulletin as a member or partner of the Kerry Marine & Food Cluster CLG. Unsubscribe | Update preferences
Kerry Marine & Food Cluster, Kerry Technology Park, Tralee, Co. Kerry, V92 000X
Co-funded by the Regional Enterprise Development Fund.

-----Original Message-----
From: Kerry Marine & Food Cluster <events@kmfc.example.ie>
Sent: Wednesday, 21 January 2037 09:02
To: members@kmfc.example.ie
Subject: Events bulletin 1/2037

Dear members,
Happy new year! Quick dates for your diary:
- Seaweed workshop, 4 February, Tralee
- Fish processing round table, Tuesday 10 February, Fenit
- Study visit to Brittany, 24–26 February (registration open)
Full details next week.
Best wishes,
Niamh
"""
assert wd(2037,2,6)=='Friday' and wd(2037,2,13)=='Friday' and wd(2037,2,26)=='Thursday' and wd(2037,5,20)=='Wednesday'
m = EmailMessage()
m['From'] = 'Kerry Marine & Food Cluster <events@kmfc.example.ie>'
m['To'] = 'members@kmfc.example.ie'
m['Subject'] = 'Events bulletin 2/2037: seaweed workshop, Brittany visit, date correction'
m['Date'] = format_datetime(datetime.datetime(2037,1,28,9,15,tzinfo=datetime.timezone.utc))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
K="Kerry Marine & Food Cluster"
gold(F,
 [P("Niamh O'Sullivan","Cluster Manager",K),
  P("Ciarán Moriarty",None,"MTU Shannon ABC"),
  P("Gráinne Fitzgerald","founder","Dingle Sea Greens Ltd"),
  P("Seán Ó Conchúir",None,None),
  P("Declan Foley","chairperson of the cluster board",K),
  P("Hiroshi Tanabe",None,"Japan External Trade Organization"),
  P("Aoife Brosnan","pilot plant manager",None),
  P("Pádraig Lynch","operations manager","Cahersiveen Seafoods Ltd")],
 [O("Kerry Marine & Food Cluster CLG"), O("Munster Technological University","MTU"), O("MTU Shannon ABC"),
  O("Dingle Sea Greens Ltd"), O("Pôle Mer Bretagne Atlantique"), O("ADRIA Développement"), O("Enterprise Ireland"),
  O("Bord Iascaigh Mhara","BIM"), O("Sustainable Energy Authority of Ireland","SEAI"), O("Bord Bia"),
  O("Japan External Trade Organization","JETRO"), O("Kerry County Council"), O("Kerry Local Enterprise Office"),
  O("Castlegregory Shellfish Co-op"), O("Valentia Smokehouse Ltd"), O("Listowel Food Labs"), O("Tralee Institute of Culinary Arts"), O("University of Galway"), O("Cahersiveen Seafoods Ltd")],
 [E("Seaweed Value Chain Workshop","2037-02-04",None,"Tralee","Ireland"),
  E("Study visit to Brittany","2037-02-24","2037-02-26",None,"France"),
  E("B2B meetings with Breton processors","2037-02-26",None,None,"France"),
  E("Fish processing round table","2037-02-12",None,"Fenit","Ireland"),
  E("Webinar: Exporting seafood to Japan","2037-03-10"),
  E("Kerry Blue Food Awards 2037","2037-03-19",None,"Tralee","Ireland"),
  E("Open day at the Fenit pilot plant","2037-03-28",None,"Fenit","Ireland"),
  E("online clinic on the vouchers","2037-02-16"),
  E("cluster board meeting","2037-01-20"),
  E("study visit to the Faroe Islands","2037",None,None,None),
  E("Atlantic Food Futures Conference","2037-05-20","2037-05-21","Killarney","Ireland")],
 ["2037-01-28","2037-02-04","2037-02-24/2037-02-26","2037-02-26","2037-02-06","2037-02-12","2037-02-10","2037-03-10",
  "2037-03-19","2037-02-20","2037-05-20/2037-05-21","2037-03","2037-02-13","2037-01-21","2037-03-28","2037-03-13","2037-03-05","2037-02-16","2037-01-20","2037"],
 [], "2037-01-28")
