from h import *
F = 'g15_wuerzburg_polymer_mission_plastics_vallee.txt'
assert [wd(2034,6,d) for d in (13,14,15)]==['Tuesday','Wednesday','Thursday'] and wd(2034,6,30)=='Friday' and wd(2034,10,5)=='Thursday' and wd(2034,11,22)=='Wednesday'
T = """MISSION REPORT

Trade and technology mission of the Mainfranken Polymer Cluster to Auvergne-Rhône-Alpes
Lyon and Oyonnax, 13-15 June 2034

Prepared by: Katharina Zöllner-Mbeki, International Projects Manager
Mainfranken Polymer Cluster e.V. (MPC), Würzburg
Date: 30 June 2034
Distribution: MPC board, participating companies, Bavarian Ministry of Economic Affairs, Regional Development and Energy (funding body)

1. SUMMARY

Nine member companies of the Mainfranken Polymer Cluster and two researchers from the Würzburg-Schweinfurt Technical University of Applied Sciences (THWS) took part in a three-day mission to the Plastics Vallée around Oyonnax and to the Lyon area. The mission was prepared with Polyvia, the French polymer industry union, and with the competitiveness cluster Plastipolis, and was supported by the Enterprise Europe Network. It was led by the cluster's chairman, Dr. Konrad Freiherr von Stetten, Managing Director of Main-Kunststofftechnik GmbH in Kitzingen.

2. PROGRAMME

Tuesday 13 June 2034, Lyon
Arrival and briefing at the German Chamber of Commerce and Industry in France (AHK Frankreich) Lyon office, with Sébastien Morel-Ortiz, Head of Business Services. Presentation of the French plastics market and of the regional agency Auvergne-Rhône-Alpes Entreprises by Claire Benhamou, Project Manager Industry. Evening networking dinner with French cluster members at the Brasserie Georges.

Wednesday 14 June 2034, Oyonnax
Morning at the Plastipolis headquarters: introduction by the cluster director Yannick Perrin-Blanc and pitch session of the German companies. Afternoon: B2B meetings with 23 French companies, organised through the Enterprise Europe Network matchmaking tool. Visit of the Polytechnic Pole of Plastics Processing (Pôle Européen de Plasturgie) and its injection-moulding pilot hall.

Thursday 15 June 2034, Oyonnax and Bellignat
Company visits to Groupe Plastiques du Bugey SAS (automotive parts) and to Moules Lacroix SARL (mould making). Debriefing lunch and return to Würzburg.

3. RESULTS

- 47 bilateral meetings held over the three days
- 6 companies reported concrete follow-up: requests for quotations (4), a visit of a French customer to Würzburg (1), a joint application for a research project (1)
- a letter of intent on cooperation in recycling of technical plastics between MPC and Plastipolis

4. PARTICIPANTS' ASSESSMENT

The participants gave the mission an average mark of 1.8 (on the German school scale from 1 to 6). The B2B meetings were rated most useful; the first day in Lyon was seen as too general. Several participants regretted that few French companies could hold meetings in English or German. "We found two toolmakers who can help us with capacity peaks - that alone was worth the trip," said Bernd Ostheimer, Technical Director of Rhön Präzisionsteile GmbH.

5. RECOMMENDATIONS

Based on the feedback, the cluster office recommends:
- to plan future missions over two days instead of three and to concentrate on one location
- to offer interpretation French-German for B2B meetings as a standard service
- to send company profiles to the hosts at least six weeks before departure
- to invite Plastipolis members to the MPC Polymer Day in Würzburg on 5 October 2034 as a return visit

6. NEXT STEPS

The cluster board will discuss the report at the board meeting on 22 November 2034, together with the plan for a mission to Upper Austria. A follow-up online meeting with Plastipolis on the recycling letter of intent is being scheduled. The cost of the mission was 38,400 euros, of which 60% was covered by the Bavarian export promotion programme.

Contact: Katharina Zöllner-Mbeki, k.zoellner@mpc.example.de, +49 931 000 000
"""
write(F, T)
M="Mainfranken Polymer Cluster e.V."
gold(F,
 [P("Katharina Zöllner-Mbeki","International Projects Manager",M),
  P("Konrad Freiherr von Stetten","chairman",M),
  P("Sébastien Morel-Ortiz","Head of Business Services","AHK Frankreich"),
  P("Claire Benhamou","Project Manager Industry","Auvergne-Rhône-Alpes Entreprises"),
  P("Yannick Perrin-Blanc","cluster director","Plastipolis"),
  P("Bernd Ostheimer","Technical Director","Rhön Präzisionsteile GmbH")],
 [O(M,"MPC"), O("Bavarian Ministry of Economic Affairs, Regional Development and Energy"),
  O("Würzburg-Schweinfurt Technical University of Applied Sciences","THWS"), O("Polyvia"), O("Plastipolis"),
  O("Enterprise Europe Network"), O("Main-Kunststofftechnik GmbH"),
  O("German Chamber of Commerce and Industry in France","AHK Frankreich"), O("Auvergne-Rhône-Alpes Entreprises"),
  O("Polytechnic Pole of Plastics Processing"), O("Groupe Plastiques du Bugey SAS"), O("Moules Lacroix SARL"),
  O("Rhön Präzisionsteile GmbH")],
 [E("Trade and technology mission of the Mainfranken Polymer Cluster to Auvergne-Rhône-Alpes","2034-06-13","2034-06-15","Lyon, Oyonnax","France"),
  E("briefing at the German Chamber of Commerce and Industry in France","2034-06-13",None,"Lyon","France"),
  E("networking dinner","2034-06-13",None,"Lyon","France"),
  E("B2B meetings","2034-06-14",None,"Oyonnax","France"),
  E("Visit of the Polytechnic Pole of Plastics Processing","2034-06-14",None,"Oyonnax","France"),
  E("Company visits","2034-06-15",None,"Oyonnax, Bellignat","France"),
  E("MPC Polymer Day","2034-10-05",None,"Würzburg","Germany"),
  E("board meeting","2034-11-22",None,None,None),
  E("mission to Upper Austria",None,None,None,"Austria")],
 ["2034-06-13/2034-06-15","2034-06-30","2034-06-13","2034-06-14","2034-06-15","2034-10-05","2034-11-22"],
 ["to plan future missions over two days instead of three and to concentrate on one location",
  "to offer interpretation French-German for B2B meetings as a standard service",
  "to send company profiles to the hosts at least six weeks before departure",
  "to invite Plastipolis members to the MPC Polymer Day in Würzburg on 5 October 2034 as a return visit"],
 pub="2034-06-30")
