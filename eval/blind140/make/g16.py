from h import *
F = 'g16_bjelovar_dairy_workshop_outcomes.txt'
assert wd(2036,10,14)=='Tuesday' and wd(2036,11,20)=='Thursday' and wd(2036,12,1)=='Monday'
T = """BJELOVAR-BILOGORA COUNTY DEVELOPMENT AGENCY (BBDA)
Agri-food competence centre · Workshop report

WORKSHOP OUTCOMES: "SMART DAIRY – DATA FROM FARM TO CREAMERY"
Date: 14.10.2036 | Venue: Bjelovar, Technology Park Bjelovar, Hall A | Report date: 27.10.2036
Prepared by: Ivana Horvat-Kolarić, project officer, BBDA

Summary
The Bjelovar-Bilogora County Development Agency organised this workshop as the third event of its agri-food competence centre in 2036, after sessions on feed costs and on short supply chains earlier in the year. The workshop brought together 64 participants: dairy farmers, the two largest creameries in the county, advisors from the Ministry of Agriculture's advisory service, teachers from the Bjelovar College of Applied Sciences, equipment suppliers and the regional cluster Hrvatski mliječni klaster (Croatian Dairy Cluster). Its aim was to agree on how farm data (milk yield, quality, feed, animal health) can be shared with creameries and advisors to improve quality and lower costs, and to prepare a joint project for the next call of the national agri-food innovation scheme.

The workshop was opened by the county prefect, Zdravko Marić-Babić, and by the agency's director, Dr. Goran Pavlić. Moderation: Tena Šimunović, Croatian Dairy Cluster.

Agenda
09:00 Registration and coffee
09:30 Welcome – County Prefect; Director, BBDA
09:50 "Where Bjelovar-Bilogora dairying stands in 2036" – Prof. Dr. Nikola Vuković, Bjelovar College of Applied Sciences
10:30 Farmer testimonials: OPG Kovačević (Veliki Grđevac), OPG Jelinek (Daruvar)
11:15 Round table: "Who owns farm data?" with creameries Mljekara Bilogora d.o.o. and Sirana Daruvar d.d., and the supplier AgroSense Hrvatska d.o.o.
12:30 Lunch
13:30 Group work in three tables: quality data, herd health data, data platform and governance
15:30 Report back and next steps
16:00 Close

Background figures presented
- 1,140 dairy farms are registered in the county, down from 2,300 in 2034
- Average herd: 19 cows; only 14% of farms use milking robots or herd-management software
- Both creameries pay a quality premium, but farmers receive their quality results with a delay of up to ten days

Key takeaways
Participants agreed on the following points at the report-back session:
1. Farmers are willing to share data if they keep ownership and can see what it is used for
2. A single county data platform is preferred to separate systems per creamery
3. Advisors need training before farmers can be expected to use the data
4. Small farms need a simple entry-level package (sensors plus mobile app) at a subsidised price

Agreed actions
- BBDA will draft a data-sharing agreement template with the Croatian Dairy Cluster by 1.12.2036
- The creameries will test next-day quality reporting with 30 farms from January to March 2037
- The college will add a module on farm data to its agronomy programme from the 2037/2038 academic year
- The partners will submit a joint proposal; the call closes on 20 November 2036

Next meeting
The working group will meet again on 3 March to review the results of the test, in Daruvar. A study visit to dairy cooperatives in Slovenia's Pomurje region is planned for May 2037 with the support of the Croatian Chamber of Economy, Bjelovar County Chamber.

Participants' evaluation: 4.5 out of 5 (41 forms returned). Most comments asked for more time for the group work and for a follow-up session on the costs of sensors. The presentations are available on request.

Contact: Ivana Horvat-Kolarić, ivana.horvat-kolaric@bbda.example.hr, +385 43 000 000
BBDA, Trg Eugena Kvaternika 00, 43000 Bjelovar
"""
write(F, T)
B="Bjelovar-Bilogora County Development Agency"
gold(F,
 [P("Ivana Horvat-Kolarić","project officer",B),
  P("Zdravko Marić-Babić","county prefect",None),
  P("Goran Pavlić","director",B),
  P("Tena Šimunović",None,"Croatian Dairy Cluster"),
  P("Nikola Vuković",None,"Bjelovar College of Applied Sciences")],
 [O(B,"BBDA"), O("Ministry of Agriculture"), O("Bjelovar College of Applied Sciences"),
  O("Hrvatski mliječni klaster"), O("OPG Kovačević"), O("OPG Jelinek"), O("Mljekara Bilogora d.o.o."), O("Sirana Daruvar d.d."),
  O("AgroSense Hrvatska d.o.o."), O("Croatian Chamber of Economy, Bjelovar County Chamber")],
 [E("SMART DAIRY – DATA FROM FARM TO CREAMERY","2036-10-14",None,"Bjelovar","Croatia"),
  E("meeting","2037-03-03",None,"Daruvar","Croatia"),
  E("study visit to dairy cooperatives in Slovenia's Pomurje region","2037-05",None,None,"Slovenia")],
 ["2036-10-14","2036-10-27","2036","2034","2036-12-01","2037-01/2037-03","2037/2038","2036-11-20","2037-03-03","2037-05"],
 ["Farmers are willing to share data if they keep ownership and can see what it is used for",
  "A single county data platform is preferred to separate systems per creamery",
  "Advisors need training before farmers can be expected to use the data",
  "Small farms need a simple entry-level package (sensors plus mobile app) at a subsidised price",
  "BBDA will draft a data-sharing agreement template with the Croatian Dairy Cluster by 1.12.2036",
  "The creameries will test next-day quality reporting with 30 farms from January to March 2037",
  "The college will add a module on farm data to its agronomy programme from the 2037/2038 academic year",
  "The partners will submit a joint proposal; the call closes on 20 November 2036"],
 pub="2036-10-27")
