from h import *
F = 'g15_cork_interreg_lessons_learnt.txt'
assert wd(2040,9,17)=='Monday' and wd(2040,9,18)=='Tuesday' and wd(2040,10,4)=='Thursday'
T = """SOUTHERN REGIONAL ASSEMBLY
News & Publications | EU Programmes | Regional Strategy | Contact
----------------------------------------------------------------

CLUSTER4TWIN: what four years of interregional learning taught us

Posted: 8 October 2040 | Category: EU projects | By Aoife Ní Bhriain, EU Projects Officer

The Interreg Europe project CLUSTER4TWIN came to an end on 30 September 2040. The project brought together nine partners from seven countries to improve policies that help cluster organisations support the green and digital transition of small firms. For the Southern Regional Assembly, which took part as the Irish partner, the project fed into the Southern Regional Spatial and Economic Strategy and the regional cluster support scheme run with Enterprise Ireland.

The final partner meeting and conference were hosted by the Southern Regional Assembly in Cork on Monday 17 and Tuesday 18 September 2040. Eighty participants attended the conference at Munster Technological University (MTU), including representatives of the Cork Chamber, the IT@Cork Tech Skillnet cluster and the Irish Maritime and Energy Resource Cluster (IMERC).

The programme:
Monday 17 September
14:00–17:30 Final steering group meeting (partners only)
19:30 Partner dinner at the English Market
Tuesday 18 September
09:30 Final conference "Clusters for the twin transition: what works?"
12:30 Lunch and poster exhibition
14:00 Study visit to the Tyndall National Institute
16:30 Close

Project partners:
- Regional Development Agency of the Pardubice Region, Czech Republic (lead partner)
- Southern Regional Assembly, Ireland
- Agencia de Desarrollo Económico de La Rioja (ADER), Spain
- Marshal's Office of the Opolskie Voivodeship, Poland
- Business Upper Austria – OÖ Wirtschaftsagentur GmbH, Austria
- Regional Council of Ostrobothnia, Finland
- Kaunas Science and Technology Park, Lithuania
- Hamburg Cluster Agency, Germany
- Clusters Portugal – Associação Nacional de Clusters, Portugal

Speakers at the final conference included Dr Seán Ó Catháin, Director of the Southern Regional Assembly, Radek Šimůnek-Blažek, project coordinator at the lead partner, and Prof. Niamh McCarthy-Delaney of MTU, who chaired the project's advisory panel. Heikki Rautiainen from the Regional Council of Ostrobothnia presented the Finnish approach to cluster vouchers, which three partner regions have now adopted.

Results in brief

Across the partnership, nine action plans were written and seven policy instruments were improved. In the Southern Region, a new "twin transition" strand of the cluster support scheme opened in March 2040 and has funded eleven cluster projects so far.

Lessons learnt

The partners agreed on the following lessons at the steering group meeting in Cork:

1. Involve the managing authority of each policy instrument from the first semester, not only when the action plan is drafted
2. Peer reviews by partner teams gave more useful advice than external experts
3. Site visits to companies were remembered long after presentations were forgotten
4. Cluster managers need a small budget to test ideas from other regions quickly
5. The monitoring phase should be used to collect figures from companies, not only from public bodies

What's next

The Southern Regional Assembly will report on the project at the meeting of the Regional Assembly on Friday 2 November 2040. A follow-up application to Interreg Europe, led by Business Upper Austria, is planned for the call closing in spring 2041.

Photos: Southern Regional Assembly / Ciarán Mac Gearailt
Tags: clusters, Interreg Europe, twin transition

Share: Facebook | X | LinkedIn | Email
----------------------------------------------------------------
Southern Regional Assembly, Assembly House, O'Connell Street, Waterford
Privacy | Accessibility | Cookies
"""
assert wd(2040,11,2)=='Friday'
write(F, T)
S="Southern Regional Assembly"
gold(F,
 [P("Aoife Ní Bhriain","EU Projects Officer",S),
  P("Seán Ó Catháin","Director",S),
  P("Radek Šimůnek-Blažek","project coordinator","Regional Development Agency of the Pardubice Region"),
  P("Niamh McCarthy-Delaney",None,"MTU"),
  P("Heikki Rautiainen",None,"Regional Council of Ostrobothnia"),
  P("Ciarán Mac Gearailt",None,None)],
 [O(S), O("Enterprise Ireland"), O("Munster Technological University","MTU"), O("Cork Chamber"),
  O("IT@Cork Tech Skillnet"), O("Irish Maritime and Energy Resource Cluster","IMERC"), O("Tyndall National Institute"),
  O("Regional Development Agency of the Pardubice Region"), O("Agencia de Desarrollo Económico de La Rioja","ADER"),
  O("Marshal's Office of the Opolskie Voivodeship"), O("Business Upper Austria – OÖ Wirtschaftsagentur GmbH"),
  O("Regional Council of Ostrobothnia"), O("Kaunas Science and Technology Park"), O("Hamburg Cluster Agency"),
  O("Clusters Portugal – Associação Nacional de Clusters")],
 [E("final partner meeting and conference","2040-09-17","2040-09-18","Cork","Ireland"),
  E("Final steering group meeting","2040-09-17",None,"Cork","Ireland"),
  E("Partner dinner","2040-09-17",None,"Cork","Ireland"),
  E("Clusters for the twin transition: what works?","2040-09-18",None,"Cork","Ireland"),
  E("Study visit to the Tyndall National Institute","2040-09-18",None,"Cork","Ireland"),
  E("meeting of the Regional Assembly","2040-11-02",None,None,None)],
 ["2040-10-08","2040-09-30","2040-09-17/2040-09-18","2040-09-17","2040-09-18","2040-03","2040-11-02","2041"],
 ["Involve the managing authority of each policy instrument from the first semester, not only when the action plan is drafted",
  "Peer reviews by partner teams gave more useful advice than external experts",
  "Site visits to companies were remembered long after presentations were forgotten",
  "Cluster managers need a small budget to test ideas from other regions quickly",
  "The monitoring phase should be used to collect figures from companies, not only from public bodies"],
 pub="2040-10-08")
