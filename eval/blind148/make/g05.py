from h import *
F = 'g05_valenciennes_rail_mission_canada-pdf.txt'
assert wd(2037,9,13)=='Sunday' and wd(2037,9,14)=='Monday' and wd(2037,9,15)=='Tuesday' and wd(2037,9,16)=='Wednesday' and wd(2037,9,17)=='Thursday' and wd(2037,9,18)=='Friday'
T = """Railway Valley Hauts-de-France – Mission report                                    1
RAILWAY VALLEY HAUTS-DE-FRANCE
Business mission to Canada (Montréal – Toronto)
13–18 September 2037
Mission report for members and funders
Prepared by: Clémence Vandenbussche-Roy, International Project Officer
Validated by the Executive Committee on 12 October 2037

1. Background and objectives
Railway Valley Hauts-de-France is the rail cluster of the Hauts-de-France
region, based in Valenciennes, with 184 member organisations (manufac-
turers, suppliers, engineering firms, laboratories and training centres).
Canada was chosen as a priority market in the cluster's internationali-
sation plan 2036–2039 because of the large urban rail investments in
Québec and Ontario (the REM extension in Montréal, the Ontario Line in
Toronto).
The objectives of the mission were to:
• meet the prime contractors and operators of the two provinces;
• present the capacities of ten member SMEs;
• prepare a cooperation agreement with the Canadian cluster Grappe
  ferroviaire du Québec;
• explore joint applications to the EU–Canada research programme.
The mission was co-financed by the Région Hauts-de-France and Business
France, and supported by the Délégation générale du Québec à Paris.

2. Delegation
The delegation counted 17 participants: ten SMEs, two laboratories (the
Université Polytechnique Hauts-de-France and the institute Railenium),
Valenciennes Métropole, and the cluster team. It was led by Jean-Baptiste
Delacroix-Lefebvre, President of the cluster and CEO of Ferrotec Nord SAS,
with Clémence Vandenbussche-Roy and Dr. Samir Benhaddou, Innovation
Manager, for the cluster team.

3. Programme
Sunday 13 September – Arrival in Montréal; briefing at the
  hotel with the French Consulate General (19:00).
Monday 14 September – Visit of the Alstom plant in La Pocatière;
  afternoon meeting with the rolling-stock supplier network of the
  Bas-Saint-Laurent; evening reception offered by the Grappe ferro-
  viaire du Québec.
Tuesday 15 September – Rail Innovation Forum Québec–Hauts-de-France
  at Polytechnique Montréal: 4 pitches, 38 B2B meetings. Signature of
  the letter of intent between the two clusters.
Wednesday 16 September – Transfer to Toronto; site visit of the
  Ontario Line maintenance yard with Metrolinx.
Thursday 17 September – B2B meetings at the Canadian Urban Transit
  Association (CUTA) and workshop with Ontario Tech University on
  predictive maintenance.
Friday 18 September – Debriefing at the French Trade Commission in
  Toronto; return flight.

Railway Valley Hauts-de-France – Mission report                                    2
4. Results
• 71 B2B meetings in total (38 in Montréal, 33 in Toronto)
• 6 qualified leads for tenders in 2038
• letter of intent signed with the Grappe ferroviaire du Québec
  (Marie-Ève Gagnon-Paquette, Executive Director)
• 2 SMEs have started the pre-qualification at Metrolinx
These results are confirmed by the evaluation survey (response rate
100 %): nine out of ten SMEs rate the mission "good" or "very good".

5. Lessons learnt
• Canadian buyers expect a local partner or a local presence; SMEs
  should arrive with a partnering offer, not only with a catalogue
• The Québec market is easier to enter for French-speaking SMEs, but
  Ontario offers larger volumes
• Preparation webinars with the Trade Commission were decisive and
  should be repeated for every long-distance mission
• Two weeks were too short to prepare the B2B agendas; registration
  should close at least eight weeks before departure

6. Next steps
A return visit of a Canadian delegation to Valenciennes is planned
for the SIFER rail trade fair in Lille in March 2039. The cluster
will also invite Grappe ferroviaire du Québec to its annual meeting,
the Rail Days, on 25 November 2037 in Valenciennes.
Contact: c.vandenbussche-roy@railwayvalley.example.fr
Quotes from participants
"We came back with two serious contacts at an operator that we could
never have reached alone." – Nadia Ouali, CEO of Signalys SARL
"The mix of laboratories and companies made us credible." – Prof.
Arnaud Wattrelos, Université Poly-
technique Hauts-de-France
Railway Valley Hauts-de-France · 2 rue du Chemin Vert · 59300 Valen-
ciennes · Association loi 1901 · SIRET 000 000 000 00000
"""
write(F, T)
C = "Railway Valley Hauts-de-France"
gold(F,
 [P("Clémence Vandenbussche-Roy","International Project Officer",C),
  P("Jean-Baptiste Delacroix-Lefebvre","President",C),
  P("Samir Benhaddou","Innovation Manager",C),
  P("Marie-Ève Gagnon-Paquette","Executive Director","Grappe ferroviaire du Québec"),
  P("Nadia Ouali","CEO","Signalys SARL"),
  P("Arnaud Wattrelos",None,"Université Polytechnique Hauts-de-France")],
 [O(C), O("Grappe ferroviaire du Québec"), O("Région Hauts-de-France"), O("Business France"),
  O("Délégation générale du Québec à Paris"), O("Université Polytechnique Hauts-de-France"), O("Railenium"),
  O("Valenciennes Métropole"), O("Ferrotec Nord SAS"), O("French Consulate General"), O("Alstom"),
  O("Polytechnique Montréal"), O("Metrolinx"), O("Canadian Urban Transit Association","CUTA"),
  O("Ontario Tech University"), O("French Trade Commission"), O("Signalys SARL")],
 [E("Business mission to Canada","2037-09-13","2037-09-18","Montréal, Toronto","Canada"),
  E("briefing","2037-09-13",None,"Montréal","Canada"),
  E("Visit of the Alstom plant in La Pocatière","2037-09-14",None,"La Pocatière","Canada"),
  E("meeting with the rolling-stock supplier network of the Bas-Saint-Laurent","2037-09-14",None,None,"Canada"),
  E("evening reception","2037-09-14",None,None,"Canada"),
  E("Rail Innovation Forum Québec–Hauts-de-France","2037-09-15",None,"Montréal","Canada"),
  E("site visit of the Ontario Line maintenance yard","2037-09-16",None,"Toronto","Canada"),
  E("B2B meetings","2037-09-17",None,"Toronto","Canada"),
  E("workshop with Ontario Tech University on predictive maintenance","2037-09-17",None,"Toronto","Canada"),
  E("Debriefing","2037-09-18",None,"Toronto","Canada"),
  E("return visit of a Canadian delegation to Valenciennes","2039-03",None,"Valenciennes","France"),
  E("SIFER","2039-03",None,"Lille","France"),
  E("Rail Days","2037-11-25",None,"Valenciennes","France")],
 ["2037-09-13/2037-09-18","2037-10-12","2036/2039","2037-09-13","2037-09-14","2037-09-15","2037-09-16","2037-09-17","2037-09-18",
  "2038","2039-03","2037-11-25"],
 ["Canadian buyers expect a local partner or a local presence; SMEs should arrive with a partnering offer, not only with a catalogue",
  "The Québec market is easier to enter for French-speaking SMEs, but Ontario offers larger volumes",
  "Preparation webinars with the Trade Commission were decisive and should be repeated for every long-distance mission",
  "Two weeks were too short to prepare the B2B agendas; registration should close at least eight weeks before departure"])
