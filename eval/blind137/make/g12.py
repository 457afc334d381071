from h import *
F = 'g12_nafplio_eurocluster_general_assembly_minutes.txt'
assert wd(2035,11,19)=='Monday' and wd(2035,12,2)=='Sunday' and wd(2036,1,14)=='Monday'
T = """EUROCLUSTER OLIVE-NET
Minutes of the 2nd General Assembly
Nafplio (Greece), Monday 19 November 2035, 09:30–16:00
Venue: Nafplia Palace conference hall
Draft circulated 2 December 2035 · Approved by written procedure 14.01.2036

Present (partners):
- Peloponnese Agrifood Cluster (PAC), Tripoli – host: Dimitra Kalogeropoulou (Cluster Manager), Nikos Theodorakis-Vlachos
- Olive Oil Cluster of Andalusia (Clúster del Aceite de Oliva de Andalucía), Jaén – coordinator: Manuel Ortega del Río (Chair of the General Assembly), Lucía Benavides
- Puglia Agrifood Technology District (DARe Puglia), Foggia: Francesca Loiacono
- Cluster Agroalimentaire Occitanie, Montpellier: Jean-Baptiste Castagné
- Cyprus Agrifood Network Ltd, Limassol: Andreas Christodoulides
- Istrian Development Agency (IDA), Pazin: Mirna Radetić-Poropat
Also present: Ana Cristina Lopes, Project Adviser, European Innovation Council and SMEs Executive Agency (EISMEA), online; Prof. Georgios Papadakis-Ross, University of the Peloponnese (guest, item 5).
Apologies: none.
Minutes: Lucía Benavides.

1. Opening
Manuel Ortega del Río opened the meeting and thanked the host. Dimitra Kalogeropoulou welcomed the partners on behalf of PAC and of the Region of Peloponnese, whose Deputy Regional Governor for Agriculture, Panagiotis Arvanitis, addressed the assembly briefly.

2. Approval of the agenda and of the minutes of the 1st General Assembly
The agenda was approved. The minutes of the 1st General Assembly (Jaén, 23 March 2035) were approved without changes.

3. Progress report
The coordinator reported that the first open call for SMEs (closed 30 June 2035) received 97 applications; 31 SMEs from six countries were awarded grants of up to EUR 40,000 for water-saving irrigation, by-product valorisation and digital traceability. Eleven projects have started; the others will start by January 2036. Two training cycles for olive mill technicians were held in Jaén and in Foggia in September and October 2035.

4. Financial report
Lucía Benavides presented the budget execution: 41 % of the total budget has been spent, in line with the plan. Travel costs are above forecast because of the number of physical meetings.

5. Guest contribution
Prof. Georgios Papadakis-Ross presented the University of the Peloponnese's study on climate risk for olive groves in the Mediterranean and offered the project access to the university's field station in Kalamata.

6. International mission
Andreas Christodoulides reported on the preparation of the mission to Morocco; it will take place in Meknès and Rabat from 9 to 13 March 2036, together with the Enterprise Europe Network.

7. Decisions
The General Assembly decided:
a) the second open call will open on 15 January 2036 and close on 15 April 2036, with a budget of EUR 1.1 million;
b) the maximum grant per SME remains EUR 40,000, but SMEs from the first call may apply again for a different project;
c) IDA will host the 3rd General Assembly in Poreč in June 2036;
d) the project will request an amendment to move EUR 30,000 from subcontracting to travel.

8. Site visit
In the afternoon the partners visited the cooperative olive mill of the Agricultural Cooperative of Kranidi and the research olive grove of ELGO-DIMITRA in Nafplio.

9. Any other business
Jean-Baptiste Castagné informed the partners that the Occitanie cluster will change its name to Occitanie Agri-Food Alliance from 1 January 2036.

The Chair closed the meeting at 16:00.

Signed: Manuel Ortega del Río, Chair          Lucía Benavides, secretary of the meeting

OLIVE-NET is funded by the European Union under the Single Market Programme. Page 1/1
"""
write(F, T)
P_="Peloponnese Agrifood Cluster"; AN="Olive Oil Cluster of Andalusia"
gold(F,
 [P("Dimitra Kalogeropoulou","Cluster Manager",P_),
  P("Nikos Theodorakis-Vlachos",None,P_),
  P("Manuel Ortega del Río","Chair of the General Assembly",AN),
  P("Lucía Benavides","secretary of the meeting",AN),
  P("Francesca Loiacono",None,"Puglia Agrifood Technology District"),
  P("Jean-Baptiste Castagné",None,"Cluster Agroalimentaire Occitanie"),
  P("Andreas Christodoulides",None,"Cyprus Agrifood Network Ltd"),
  P("Mirna Radetić-Poropat",None,"Istrian Development Agency"),
  P("Ana Cristina Lopes","Project Adviser","European Innovation Council and SMEs Executive Agency"),
  P("Georgios Papadakis-Ross",None,"University of the Peloponnese"),
  P("Panagiotis Arvanitis","Deputy Regional Governor for Agriculture","Region of Peloponnese")],
 [O(P_,"PAC"), O(AN), O("Puglia Agrifood Technology District","DARe Puglia"),
  O("Cluster Agroalimentaire Occitanie"), O("Cyprus Agrifood Network Ltd"), O("Istrian Development Agency","IDA"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("University of the Peloponnese"),
  O("Region of Peloponnese"), O("Enterprise Europe Network"), O("Agricultural Cooperative of Kranidi"),
  O("ELGO-DIMITRA")],
 [E("2nd General Assembly","2035-11-19",None,"Nafplio","Greece"),
  E("1st General Assembly","2035-03-23",None,"Jaén","Spain"),
  E("training cycles for olive mill technicians","2035-09","2035-10","Jaén, Foggia",None),
  E("mission to Morocco","2036-03-09","2036-03-13","Meknès, Rabat","Morocco"),
  E("3rd General Assembly","2036-06",None,"Poreč","Croatia"),
  E("Site visit","2035-11-19",None,"Nafplio","Greece")],
 ["2035-11-19","2035-12-02","2036-01-14","2035-03-23","2035-06-30","2036-01","2035-09/2035-10","2036-03-09/2036-03-13",
  "2036-01-15","2036-04-15","2036-06","2036-01-01"],
 ["the second open call will open on 15 January 2036 and close on 15 April 2036, with a budget of EUR 1.1 million",
  "the maximum grant per SME remains EUR 40,000, but SMEs from the first call may apply again for a different project",
  "IDA will host the 3rd General Assembly in Poreč in June 2036",
  "the project will request an amendment to move EUR 30,000 from subcontracting to travel"],
 pub="2035-12-02")
