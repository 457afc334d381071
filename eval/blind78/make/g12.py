from h import *
F = 'g12_auvergne_mission_quebec_report.txt'
T = """MISSION REPORT
Auvergne Rubber & Mobility Cluster – business mission to Québec (Canada)
Montréal and Sherbrooke, 10–14 March 2036

Prepared by: Clémence Vialatte-Roux, international project manager, ARMC
Date of report: 27 March 2036
Confidentiality: internal, not for publication
Distribution: ARMC board, participating companies, Auvergne-Rhône-Alpes Entreprises, Business France

1. Purpose of the mission

The Auvergne Rubber & Mobility Cluster (ARMC), based in Clermont-Ferrand, groups 96 companies and research organisations working on elastomers, tyres, seals and components for mobility. Following the cooperation agreement signed in 2034 with the Québec cluster Grappe Mobilité Électrique Québec (GMEQ), the cluster organised a business mission to Montréal and Sherbrooke to help members explore the Canadian market for electric buses, trucks and off-road vehicles, and to prepare joint research projects on recycled rubber.

2. Delegation

The delegation was led by Bertrand Fayolle, President of ARMC and CEO of Élastomères du Livradois SAS, and comprised eleven participants:
- Clémence Vialatte-Roux, ARMC (mission coordinator)
- Dr. Nadia Benhamou-Giraud, Institut Pascal, Université Clermont Auvergne (UCA)
- Olivier Chassaing, sales director, Joints Techniques Thiers SARL
- Sophie Delorme, CEO, Recyc'Gomme SAS
- Karim Ouali, business developer, Auvergne-Rhône-Alpes Entreprises
- and six representatives of member SMEs.

The mission was prepared with the support of Business France in Montréal, in particular Marc-Antoine Lefebvre, trade adviser for transport and mobility, and of the Délégation générale du Québec in Paris.

3. Programme

Monday 10 March: arrival in Montréal; briefing at the Consulate General of France with the economic counsellor, Anne-Laure Castagné.
Tuesday 11 March: "Québec–Auvergne Mobility Day" at the offices of GMEQ in Montréal, with presentations by both clusters and 54 pre-arranged B2B meetings between French and Québec companies.
Wednesday 12 March: site visits to Nova Autobus in Saint-Eustache and to the Centre national du transport avancé (CNTA) in Saint-Jérôme.
Thursday 13 March: travel to Sherbrooke; workshop on rubber recycling at the Université de Sherbrooke with Prof. Jean-François Bélanger and his research team.
Friday 14 March: meeting with Sherbrooke Innopole, visit to the company Caoutchouc Estrie inc., return flight.

4. Results

The mission produced the following results:
- 54 B2B meetings held on 11 March, of which 17 have led to follow-up exchanges of technical documents.
- Two participating SMEs have received requests for quotation from Québec bus manufacturers.
- ARMC and GMEQ agreed to prepare a joint application to the next France–Québec cooperation call on recycled elastomers.
- Recyc'Gomme SAS and Caoutchouc Estrie inc. signed a letter of intent on a pilot line for tyre granulate.
- The Université de Sherbrooke and the Institut Pascal agreed to exchange two doctoral students in 2037.

5. Observations

The Québec market for electric heavy vehicles is growing fast, supported by provincial programmes and by strong demand from public transit operators. Québec manufacturers value European know-how in elastomers and sealing, but they expect suppliers to hold local stock and to respond within days. Several participants underestimated the importance of North American certification standards and of French-English bilingual documentation.

Our Québec partners were extremely welcoming. Geneviève Tremblay-Ouellet, executive director of GMEQ, dedicated two full days to the delegation, and the GMEQ team had carefully matched the B2B meetings to the profiles of our companies. The workshop in Sherbrooke showed that the research on devulcanisation at the Université de Sherbrooke is complementary to the work of the Institut Pascal on recycled compounds.

The timing of the mission, shortly after the Montréal electric vehicle show, proved useful: many buyers had just returned from the show and were looking for new suppliers. Participants also noted that prices quoted in euros were difficult for buyers to compare, and that offers should in future be prepared in Canadian dollars with delivery costs included. On the other hand, the winter weather caused the cancellation of a planned visit to a mining equipment maker in Abitibi.

6. Recommendations

Based on the mission, the coordinator makes the following recommendations to the ARMC board:
1. Set up a shared warehouse or partner stock in Montréal for member SMEs, to meet the delivery expectations of Québec customers.
2. Offer members a short training on North American standards before any further mission.
3. Prepare the joint France–Québec research application with GMEQ, the Institut Pascal and the Université de Sherbrooke by September 2036.
4. Invite a Québec delegation to the Clermont-Ferrand Mobility Days in June 2036.
5. Repeat the mission in 2037 with a stronger focus on off-road and mining vehicles.

7. Budget

The mission cost €38,400, of which 50% was covered by the Auvergne-Rhône-Alpes Region through Auvergne-Rhône-Alpes Entreprises, 20% by ARMC and 30% by the participating companies. Travel and accommodation were booked individually by the participants.

8. Next steps

The ARMC board will discuss this report at its meeting on 8 April 2036. A debriefing webinar for all members will take place on 15 April 2036 at 11:00.

Clémence Vialatte-Roux
International Project Manager
Auvergne Rubber & Mobility Cluster
Clermont-Ferrand
"""
write(F, T)
gold(F,
 [P("Clémence Vialatte-Roux", "international project manager", "ARMC"),
  P("Bertrand Fayolle", "President", "ARMC"),
  P("Nadia Benhamou-Giraud", None, "Institut Pascal"),
  P("Olivier Chassaing", "sales director", "Joints Techniques Thiers SARL"),
  P("Sophie Delorme", "CEO", "Recyc'Gomme SAS"),
  P("Karim Ouali", "business developer", "Auvergne-Rhône-Alpes Entreprises"),
  P("Marc-Antoine Lefebvre", "trade adviser for transport and mobility", "Business France"),
  P("Anne-Laure Castagné", "economic counsellor", "Consulate General of France"),
  P("Jean-François Bélanger", None, "Université de Sherbrooke"),
  P("Geneviève Tremblay-Ouellet", "executive director", "GMEQ")],
 [O("Auvergne Rubber & Mobility Cluster", "ARMC"), O("Auvergne-Rhône-Alpes Entreprises"), O("Business France"),
  O("Grappe Mobilité Électrique Québec", "GMEQ"), O("Élastomères du Livradois SAS"), O("Institut Pascal"),
  O("Université Clermont Auvergne", "UCA"), O("Joints Techniques Thiers SARL"), O("Recyc'Gomme SAS"),
  O("Délégation générale du Québec"), O("Consulate General of France"), O("Nova Autobus"),
  O("Centre national du transport avancé", "CNTA"), O("Université de Sherbrooke"), O("Sherbrooke Innopole"),
  O("Caoutchouc Estrie inc."), O("Auvergne-Rhône-Alpes Region")],
 [E("business mission to Québec", "2036-03-10", "2036-03-14", "Montréal, Sherbrooke", "Canada"),
  E("briefing at the Consulate General of France", "2036-03-10", None, "Montréal", "Canada"),
  E("Québec–Auvergne Mobility Day", "2036-03-11", None, "Montréal", "Canada"),
  E("B2B meetings", "2036-03-11", None, "Montréal", "Canada"),
  E("site visits", "2036-03-12", None, "Saint-Eustache, Saint-Jérôme", "Canada"),
  E("workshop on rubber recycling", "2036-03-13", None, "Sherbrooke", "Canada"),
  E("meeting with Sherbrooke Innopole", "2036-03-14", None, "Sherbrooke", "Canada"),
  E("visit to the company Caoutchouc Estrie inc.", "2036-03-14", None, "Sherbrooke", "Canada"),
  E("Montréal electric vehicle show", None, None, "Montréal", "Canada"),
  E("Clermont-Ferrand Mobility Days", "2036-06", None, "Clermont-Ferrand", "France"),
  E("ARMC board meeting", "2036-04-08", None, None, None),
  E("debriefing webinar", "2036-04-15", None, None, None)],
 ["2036-03-10/2036-03-14", "2036-03-27", "2034", "2036-03-10", "2036-03-11", "2036-03-12", "2036-03-13", "2036-03-14", "2037", "2036-09", "2036-06", "2036-04-08", "2036-04-15"],
 ["Set up a shared warehouse or partner stock in Montréal for member SMEs, to meet the delivery expectations of Québec customers",
  "Offer members a short training on North American standards before any further mission",
  "Prepare the joint France–Québec research application with GMEQ, the Institut Pascal and the Université de Sherbrooke by September 2036",
  "Invite a Québec delegation to the Clermont-Ferrand Mobility Days in June 2036",
  "Repeat the mission in 2037 with a stronger focus on off-road and mining vehicles"],
 pub="2036-03-27")
