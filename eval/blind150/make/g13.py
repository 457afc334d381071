from h import *
F = 'g13_mantua_agrifood_transition_plan.txt'
assert [wd(2038,m,d) for m,d in ((1,19),(2,16),(3,16))]==['Tuesday']*3 and wd(2038,4,23)=='Friday' and wd(2038,5,3)=='Monday'
T = """MANTOVA AGRI-FOOD CLUSTER (MAC)
Transition Pathway for the Mantua Agri-Food Ecosystem 2038–2042
Executive summary and action plan
Version 1.2 – 3 May 2038 – for adoption by the General Assembly

----------------------------------------------------------------------
CONTENTS
1. Why a transition pathway
2. How it was built
3. Main outcomes of the co-creation process
4. Action plan
5. Recommendations to public authorities
6. Governance and monitoring
----------------------------------------------------------------------

1. WHY A TRANSITION PATHWAY

The province of Mantua is one of the most productive agri-food areas in Italy: dairy and Grana Padano cheese, pig farming, melons, pears and a strong food machinery industry around Suzzara and Viadana. The sector faces three pressures at once – stricter rules on nitrogen and emissions, the need to digitalise small farms and processors, and a shortage of young workers. Inspired by the EU transition pathway for the agri-food industrial ecosystem, the cluster decided in 2037 to write its own local pathway with its members.

2. HOW IT WAS BUILT

The pathway was prepared between January and April 2038 by the cluster team led by Giulia Martinelli-Zanoni, cluster manager of MAC, with the methodological support of Nomisma S.p.A. (Bologna). Three co-creation workshops were held in Mantua:
  - Tuesday 19 January 2038 – emissions, manure and biogas
  - Tuesday 16 February 2038 – digital tools for farms and food processors
  - Tuesday 16 March 2038 – skills and generational renewal
In total 143 people took part, from 96 organisations. The drafts were discussed with Regione Lombardia (Lombardy Region), the Provincia di Mantova, Coldiretti Mantova and Confindustria Mantova.

The results were presented at a stakeholder conference on Friday 23 April 2038 at the Camera di Commercio di Mantova, opened by its president, Alberto Gonzaga-Ferrari. Matthias Oberhuber of the Austrian cluster Lebensmittel Cluster Niederösterreich shared how Lower Austria had organised a similar process.

3. MAIN OUTCOMES OF THE CO-CREATION PROCESS

- Members agreed that the reduction of nitrogen surplus is the most urgent common challenge and cannot be solved farm by farm
- Shared biogas and biomethane plants are seen as the most realistic way to turn manure from a cost into an income
- Digital tools are available but small farms lack the time and advisors to use them
- The cluster should act as a broker between farms, processors, machinery makers and the university, not as a funder

4. ACTION PLAN 2038–2042

Action 1 – Manure and biogas: feasibility studies for three shared biomethane plants (lead: Consorzio Agrario Lombardo Veneto; 2038–2039).
Action 2 – Digital farm advisors: a pool of six advisors shared by members (lead: MAC with the University of Brescia; from 2039).
Action 3 – Food machinery demonstration centre in Suzzara (lead: Associazione Costruttori Macchine Alimentari Mantova; opening planned for autumn 2040).
Action 4 – "Mantova Food Talent" programme with vocational schools (lead: Istituto Tecnico Agrario "Strozzi"; school years 2038/2039 to 2041/2042).

5. RECOMMENDATIONS TO PUBLIC AUTHORITIES

The cluster asks public authorities to:
a) simplify permits for shared biogas plants serving several farms
b) allow cluster organisations to host the digital advisory services funded by the regional rural development programme
c) finance a demonstration centre for food machinery as a regional research infrastructure
d) involve the cluster in the monitoring committee of the regional smart specialisation strategy

6. GOVERNANCE AND MONITORING

A steering committee of nine members, chaired by MAC President Ettore Bianchini, will follow the implementation and report to the General Assembly once a year. The first monitoring report is due by 31 January 2039. The General Assembly meets on 28 May 2038 to adopt this document.

Prepared by: Giulia Martinelli-Zanoni (MAC), Pietro Lanfranchi and Dr Hanna Wiśniewska (Nomisma S.p.A.)
Contact: MAC – Mantova Agri-Food Cluster, Via Calvi 28, 46100 Mantova – info@mac-cluster.example.it
"""
write(F, T)
assert wd(2038,5,28)=='Friday'
M="Mantova Agri-Food Cluster"
gold(F,
 [P("Giulia Martinelli-Zanoni","cluster manager",M),
  P("Alberto Gonzaga-Ferrari","president","Camera di Commercio di Mantova"),
  P("Matthias Oberhuber",None,"Lebensmittel Cluster Niederösterreich"),
  P("Ettore Bianchini","President",M),
  P("Pietro Lanfranchi",None,"Nomisma S.p.A."),
  P("Hanna Wiśniewska",None,"Nomisma S.p.A.")],
 [O(M,"MAC"), O("Nomisma S.p.A."), O("Regione Lombardia"), O("Provincia di Mantova"), O("Coldiretti Mantova"),
  O("Confindustria Mantova"), O("Camera di Commercio di Mantova"), O("Lebensmittel Cluster Niederösterreich"),
  O("Consorzio Agrario Lombardo Veneto"), O("University of Brescia"), O("Associazione Costruttori Macchine Alimentari Mantova"),
  O("Istituto Tecnico Agrario \"Strozzi\"")],
 [E("co-creation workshops","2038-01-19",None,"Mantua","Italy"),
  E("co-creation workshops","2038-02-16",None,"Mantua","Italy"),
  E("co-creation workshops","2038-03-16",None,"Mantua","Italy"),
  E("stakeholder conference","2038-04-23",None,"Mantua","Italy"),
  E("General Assembly","2038-05-28",None,None,None)],
 ["2038/2042","2038-05-03","2037","2038-01/2038-04","2038-01-19","2038-02-16","2038-03-16","2038-04-23","2038/2039","2039","2040","2041/2042","2039-01-31","2038-05-28"],
 ["Members agreed that the reduction of nitrogen surplus is the most urgent common challenge and cannot be solved farm by farm",
  "Shared biogas and biomethane plants are seen as the most realistic way to turn manure from a cost into an income",
  "Digital tools are available but small farms lack the time and advisors to use them",
  "The cluster should act as a broker between farms, processors, machinery makers and the university, not as a funder",
  "simplify permits for shared biogas plants serving several farms",
  "allow cluster organisations to host the digital advisory services funded by the regional rural development programme",
  "finance a demonstration centre for food machinery as a regional research infrastructure",
  "involve the cluster in the monitoring committee of the regional smart specialisation strategy"],
 pub="2038-05-03")
