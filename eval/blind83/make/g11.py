from h import *
F = 'g11_kosice_circular_metals_final_conference-pdf.txt'
for y,m,d,w in [(2039,3,15,'Tuesday'),(2039,3,16,'Wednesday'),(2039,4,4,'Monday')]:
    assert wd(y,m,d)==w,(y,m,d)
T = """CIRCMET – Circular Metals in Central Europe                    Final Conference Report
Interreg Central Europe 2035–2041                                                     Page 1 of 4

FINAL CONFERENCE REPORT
"Closing the Loop in Metal Processing Regions"
Košice, 15–16 March 2039

Prepared by: Metallurgy Cluster Eastern Slovakia (MCES), lead partner
Author: Dr. Ivana Straková, project coordinator
Version 1.1 – 4 April 2039

1. Overview

The final conference of the CIRCMET project brought together 184 participants from
nine countries at the Technical University of Košice (TUKE) on 15 and 16 March 2039.
It closed a 36-month project in which eight partners from six countries tested ways to recover and re-use metal
scrap, slag and process heat in small and medium-sized metal processing companies.

The conference was opened by Ing. Rastislav Kmec, State Secretary of the Ministry of
Economy of the Slovak Republic, and by Prof. Dr. Anna Šebestová, Rector of TUKE.
A video message was sent by Marta Kowalczyk-Reiter, Head of Unit at the Joint
Secretariat of Interreg Central Europe in Vienna.

2. Programme in brief

Day 1 – Tuesday 15 March 2039
09:30  Opening and welcome
10:00  Keynote: "Green steel and the small foundry" – Prof. Dr. Johann Kofler,
       Montanuniversität Leoben
11:00  Panel 1: Scrap quality and traceability (moderated by Gábor Nemes-Faragó,
       Miskolc Metal Cluster)
14:00  Site visits (three groups): U. S. Steel Košice slag treatment plant; Kovo-
       lis Prešov s.r.o. foundry; Košice district heating waste-heat connection
19:00  Conference dinner at the Hotel Yasmin with the handover of the CIRCMET
       Pilot Awards

Day 2 – Wednesday 16 March 2039
09:00  Presentation of the pilot results by the eight partners
11:00  Round table: "What regions can do after 2041" with regional authorities from
       Košice, Borsod-Abaúj-Zemplén, Upper Austria and Silesia
13:00  B2B matchmaking session (organised with Enterprise Europe Network Slovakia)
15:00  Closing remarks – Dr. Ivana Straková

-----------------------------------------------------------------------------------
CIRCMET – Circular Metals in Central Europe                    Final Conference Report
Interreg Central Europe 2035–2041                                                     Page 2 of 4

3. Pilot results presented

Eight pilots were run in the partner regions between 2036 and 2038. The most ad-
vanced were:

• Košice (SK): sorting of aluminium turnings by alloy with a handheld LIBS analyser at
  four machining shops. Lead: MCES with Kovolis Prešov s.r.o.
• Miskolc (HU): re-use of foundry sand in road construction, tested with the Univer-
  sity of Miskolc. Lead: Miskolc Metal Cluster.
• Linz (AT): waste heat from a forging press feeding a neighbouring greenhouse. Lead:
  Business Upper Austria – Mechatronics Cluster.
• Ostrava (CZ): digital scrap passport for small steel service centres. Lead: VŠB –
  Technical University of Ostrava.
• Katowice (PL): shared slag logistics for three small steelworks. Lead: Silesian
  Metal Industry Association (SMIA).

The CIRCMET Pilot Award went to the Linz greenhouse pilot; it was received by
Dipl.-Ing. Stefan Wimmer, managing director of Wimmer Schmiedetechnik GmbH. A spe-
cial mention went to the Miskolc foundry sand pilot.

4. Key conclusions

The partners agreed on the following conclusions, which were presented by the pro-
ject coordinator in the closing session:

1. Small metal processors can cut primary raw material use by 10–25 % with measures
   that pay back in under four years, but they need independent advice to start.
2. Scrap quality is the main bottleneck: sorting by alloy at the source is cheaper
   than any downstream cleaning.
3. Waste heat projects fail more often on contracts than on technology; regions should
   offer standard heat supply agreements.
4. Clusters are the natural carriers of shared services such as slag logistics and
   scrap passports once project funding ends.
5. Regional smart specialisation strategies for 2042 onwards should name circular
   metals as a priority in all five partner regions.

-----------------------------------------------------------------------------------
CIRCMET – Circular Metals in Central Europe                    Final Conference Report
Interreg Central Europe 2035–2041                                                     Page 3 of 4

5. Round table: what happens after the project

The round table was moderated by Lenka Dzurová of the Košice Self-Governing Region.
Participants agreed that the project's tools must stay available after the funding
period ends on 31 May 2039. Thomas Eibensteiner of Business Upper Austria offered
to host the scrap passport software for all partners for two years. Dr. Paweł
Kubicki of the Marshal's Office of the Silesian Voivodeship said that Silesia would
include a circular metals measure in its regional programme for 2042–2048. Zsófia
Balla from Borsod-Abaúj-Zemplén County asked for a follow-up project focusing on
training of foundry workers.

6. Participation and communication

- 184 registered participants, of whom 61 from companies
- 47 B2B meetings held in the matchmaking session
- 1,900 views of the live stream

7. Next steps

The partners will present the results at the European Cluster Confe-
rence in Brussels in June 2039 and at the METAL fair in Kielce on 20–22 September 2039, where
a joint stand of the Silesian and East Slovak clusters is planned. The final report
to the Joint Secretariat is due by 30 June 2039.

-----------------------------------------------------------------------------------
CIRCMET – Circular Metals in Central Europe                    Final Conference Report
Interreg Central Europe 2035–2041                                                     Page 4 of 4

Annex: Project partners

1. Metallurgy Cluster Eastern Slovakia (MCES), Košice – lead partner
2. Technical University of Košice (TUKE)
3. Miskolc Metal Cluster, Miskolc
4. University of Miskolc
5. Business Upper Austria – OÖ Wirtschaftsagentur GmbH, Linz
6. VŠB – Technical University of Ostrava
7. Silesian Metal Industry Association (SMIA), Katowice
8. Marshal's Office of the Silesian Voivodeship

Contact: Dr. Ivana Straková, ivana.strakova@mces.example.sk, +421 55 000 0000

Photos: © MCES / Peter Hudák
"""
assert wd(2039,9,20)=='Tuesday'
write(F, T)
M="Metallurgy Cluster Eastern Slovakia"
gold(F,
 [P("Ivana Straková","project coordinator",M),
  P("Rastislav Kmec","State Secretary","Ministry of Economy of the Slovak Republic"),
  P("Anna Šebestová","Rector","TUKE"),
  P("Marta Kowalczyk-Reiter","Head of Unit","Joint Secretariat of Interreg Central Europe"),
  P("Johann Kofler",None,"Montanuniversität Leoben"),
  P("Gábor Nemes-Faragó",None,"Miskolc Metal Cluster"),
  P("Stefan Wimmer","managing director","Wimmer Schmiedetechnik GmbH"),
  P("Lenka Dzurová",None,"Košice Self-Governing Region"),
  P("Thomas Eibensteiner",None,"Business Upper Austria"),
  P("Paweł Kubicki",None,"Marshal's Office of the Silesian Voivodeship"),
  P("Zsófia Balla",None,"Borsod-Abaúj-Zemplén County"),
  P("Peter Hudák",None,None)],
 [O(M,"MCES"), O("Technical University of Košice","TUKE"), O("Ministry of Economy of the Slovak Republic"),
  O("Joint Secretariat of Interreg Central Europe"), O("Montanuniversität Leoben"), O("Miskolc Metal Cluster"),
  O("U. S. Steel Košice"), O("Kovolis Prešov s.r.o."), O("Enterprise Europe Network Slovakia"), O("University of Miskolc"),
  O("Business Upper Austria – Mechatronics Cluster"), O("VŠB – Technical University of Ostrava"),
  O("Silesian Metal Industry Association","SMIA"), O("Wimmer Schmiedetechnik GmbH"), O("Košice Self-Governing Region"),
  O("Business Upper Austria – OÖ Wirtschaftsagentur GmbH"), O("Marshal's Office of the Silesian Voivodeship"),
  O("Borsod-Abaúj-Zemplén County")],
 [E("CIRCMET Final Conference","2039-03-15","2039-03-16","Košice","Slovakia"),
  E("Site visits","2039-03-15",None,"Košice","Slovakia"),
  E("Conference dinner","2039-03-15",None,"Košice","Slovakia"),
  E("CIRCMET Pilot Awards","2039-03-15",None,"Košice","Slovakia"),
  E("Round table: \"What regions can do after 2041\"","2039-03-16",None,"Košice","Slovakia"),
  E("B2B matchmaking session","2039-03-16",None,"Košice","Slovakia"),
  E("European Cluster Conference","2039-06",None,"Brussels","Belgium"),
  E("METAL fair","2039-09-20","2039-09-22","Kielce","Poland")],
 ["2035/2041","2039-03-15/2039-03-16","2039-04-04","2039-03-15","2039-03-16","2041","2036/2038","2042","2039-05-31",
  "2042/2048","2039-06","2039-09-20/2039-09-22","2039-06-30"],
 ["Small metal processors can cut primary raw material use by 10–25 % with measures that pay back in under four years, but they need independent advice to start",
  "Scrap quality is the main bottleneck: sorting by alloy at the source is cheaper than any downstream cleaning",
  "Waste heat projects fail more often on contracts than on technology; regions should offer standard heat supply agreements",
  "Clusters are the natural carriers of shared services such as slag logistics and scrap passports once project funding ends",
  "Regional smart specialisation strategies for 2042 onwards should name circular metals as a priority in all five partner regions"],
 "2039-04-04")
