from h import *
F = 'g15_agrivalleys_carlow_study_visit_report.txt'
assert wd(2036,9,30)=='Tuesday' and wd(2036,10,1)=='Wednesday' and wd(2036,10,2)=='Thursday' and wd(2036,10,20)=='Monday' and wd(2037,2,17)=='Tuesday'
T = """AGRI-VALLEYS – Interreg Europe
Interregional learning: study visit report no. 4
Host region: County Carlow, Ireland
Dates: 30 September – 2 October 2036
Prepared by: Carlow County Council, Economic Development Unit
Date of report: 20 October 2036

--------------------------------------------------------------------------
1. PURPOSE
--------------------------------------------------------------------------
AGRI-VALLEYS brings together six regions that want their agri-tech companies
to work more closely with farmers, research centres and cluster organisations.
The fourth study visit of the project looked at how a small Irish county with
no university of its own until 2022 built an agri-tech ecosystem around a
technological university campus, a national research centre and a business
cluster. Twenty-two participants took part: staff of the partner organisations
and eleven stakeholders from the partner regions, among them two managing
authorities.

Partners taking part:
  * Provincia di Frosinone (IT) – lead partner
  * Carlow County Council (IE) – host
  * Pohjanmaan liitto / Regional Council of Ostrobothnia (FI)
  * Vidzemes plānošanas reģions (LV)
  * Agentura pro regionální rozvoj Přerov, o.p.s. (CZ)
  * Diputación Provincial de Cáceres (ES)

--------------------------------------------------------------------------
2. PROGRAMME AND CONTENT
--------------------------------------------------------------------------
DAY 1 – Tuesday 30 September 2036, Carlow town
14:00  Welcome at the Carlow County Council offices by the Cathaoirleach
       (Chair) of the council, Cllr Fintan Ó Broin
14:30  "From sugar town to agri-tech hub" – Siobhán McEnroe-Walsh, Head of
       Enterprise, Local Enterprise Office Carlow
16:00  Partner round: progress of the six regional action plans
19:30  Welcome dinner, Dinn Rí, Tullow Street

The county lost its sugar factory in 2005 and with it about 300 jobs. McEnroe-
Walsh described how the council, Enterprise Ireland and the local enterprise
office then supported a generation of machinery and software firms for dairy
and tillage farms. Today the Carlow AgriTech Cluster has 48 members.

DAY 2 – Wednesday 1 October 2036, Oak Park and Tullow
09:00  Visit to Teagasc Crops Research Centre, Oak Park
       – host: Dr Aoife Brennan-Kinsella, head of the research centre
11:30  South East Technological University (SETU), Carlow campus: the
       AgriTech Innovation Hub and its start-up programme
       – Prof. Declan Fitzpatrick, Dean of Engineering
13:00  Lunch
14:30  Company visit: Kilcoole Agri-Robotics Ltd, Tullow
       – Niamh de Búrca, CEO
17:00  Stakeholder meeting of the Irish AGRI-VALLEYS group

DAY 3 – Thursday 2 October 2036, Bagenalstown
09:30  Farm visit to a precision-dairy demonstration farm run with the
       Carlow AgriTech Cluster
11:30  Wrap-up: what can each region take home?
13:00  End of the study visit

--------------------------------------------------------------------------
3. GOOD PRACTICES IDENTIFIED
--------------------------------------------------------------------------
(a) The Carlow AgriTech Cluster's "farmer test panels": 30 farmers test
    prototypes from member companies and are paid for their time.
(b) SETU's shared-use engineering lab, open to any SME for a daily fee.
(c) Joint annual agri-tech fair of the cluster and Teagasc at Oak Park,
    which in 2036 drew 4,000 visitors.

--------------------------------------------------------------------------
4. KEY TAKEAWAYS FOR THE PARTNER REGIONS
--------------------------------------------------------------------------
 - Paying farmers for testing prototypes makes them reliable partners
   instead of occasional volunteers
 - A research centre and a university campus in the same county are not
   enough; a cluster is needed to connect them with companies
 - Local enterprise offices can act as the first contact point for
   agri-tech start-ups
 - Managing authorities should be invited to study visits, because they
   decide on the funding instruments the action plans target

--------------------------------------------------------------------------
5. NEXT STEPS
--------------------------------------------------------------------------
The participants will report back to their regional stakeholder groups by
the end of November. The next study visit will take place in Přerov in
February 2037 (to be confirmed: Tuesday 17 February), and the partners' next steering group
meeting will be held in Cáceres in May 2037.

Report approved by: Pádraig Ó Súilleabháin, Senior Executive Officer,
Economic Development Unit, Carlow County Council
Co-funded by the European Union – Interreg Europe 2021–2027
"""
write(F, T)
CC="Carlow County Council"; CA="Carlow AgriTech Cluster"
gold(F,
 [P("Fintan Ó Broin","Cathaoirleach",CC),
  P("Siobhán McEnroe-Walsh","Head of Enterprise","Local Enterprise Office Carlow"),
  P("Aoife Brennan-Kinsella","head of the research centre","Teagasc Crops Research Centre"),
  P("Declan Fitzpatrick","Dean of Engineering","South East Technological University"),
  P("Niamh de Búrca","CEO","Kilcoole Agri-Robotics Ltd"),
  P("Pádraig Ó Súilleabháin","Senior Executive Officer",CC)],
 [O("Provincia di Frosinone"), O(CC), O("Pohjanmaan liitto"), O("Vidzemes plānošanas reģions"),
  O("Agentura pro regionální rozvoj Přerov, o.p.s."), O("Diputación Provincial de Cáceres"),
  O("Economic Development Unit"), O("Local Enterprise Office Carlow"), O("Enterprise Ireland"), O(CA),
  O("Teagasc"), O("Teagasc Crops Research Centre"), O("South East Technological University","SETU"),
  O("AgriTech Innovation Hub"), O("Kilcoole Agri-Robotics Ltd"), O("European Union")],
 [E("study visit","2036-09-30","2036-10-02","Carlow, Tullow, Bagenalstown","Ireland"),
  E("Welcome dinner","2036-09-30",None,"Carlow","Ireland"),
  E("Visit to Teagasc Crops Research Centre","2036-10-01",None,"Oak Park","Ireland"),
  E("Company visit: Kilcoole Agri-Robotics Ltd","2036-10-01",None,"Tullow","Ireland"),
  E("Stakeholder meeting of the Irish AGRI-VALLEYS group","2036-10-01",None,"Tullow","Ireland"),
  E("Farm visit to a precision-dairy demonstration farm","2036-10-02",None,"Bagenalstown","Ireland"),
  E("annual agri-tech fair","2036",None,"Oak Park","Ireland"),
  E("next study visit","2037-02-17",None,"Přerov","Czechia"),
  E("steering group meeting","2037-05",None,"Cáceres","Spain")],
 ["2036-09-30/2036-10-02","2036-10-20","2022","2036-09-30","2036-10-01","2036-10-02","2005","2036","2036-11",
  "2037-02","2037-02-17","2037-05","2021/2027"],
 ["Paying farmers for testing prototypes makes them reliable partners instead of occasional volunteers",
  "A research centre and a university campus in the same county are not enough; a cluster is needed to connect them with companies",
  "Local enterprise offices can act as the first contact point for agri-tech start-ups",
  "Managing authorities should be invited to study visits, because they decide on the funding instruments the action plans target"],
 pub="2036-10-20")
