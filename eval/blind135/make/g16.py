from h import *
F = 'g16_trentino_hydrogen_action_plan.txt'
assert wd(2037,2,9)=='Monday' and wd(2037,3,3)=='Tuesday' and wd(2037,3,24)=='Tuesday' and wd(2037,4,20)=='Monday'
T = """HYDROGEN VALLEY TRENTINO – ACTION PLAN 2037–2040
Outcome of the stakeholder workshop series, February–March 2037

Prepared by: Trentino Sviluppo S.p.A., Innovation and Clusters Area, Rovereto
In cooperation with: Fondazione Bruno Kessler (FBK), Polo Meccatronica, Autostrada del Brennero S.p.A.
Status: final draft for the Provincial Government, 20 April 2037

Summary
This action plan sets out how the Autonomous Province of Trento can turn the pilot hydrogen projects of recent years into a hydrogen valley along the Brenner corridor. It is the result of three workshops with 112 participants from companies, research centres, municipalities and transport operators, held in Rovereto, Trento and Riva del Garda between February and March 2037.

The workshops
Workshop 1 – Production and storage, Monday 9 February 2037, Polo Meccatronica, Rovereto. Opened by Dr. Elisa Tomasi-Pedrotti, head of the Innovation and Clusters Area at Trentino Sviluppo. Input from Prof. Luca Bonomi (FBK Sustainable Energy Centre) on electrolysis with local hydropower.

Workshop 2 – Heavy transport and the Brenner corridor, Tuesday 3 March 2037, Trento. Speakers: Ing. Walter Gasser, technical director of Autostrada del Brennero S.p.A., and Dr. Sabine Huber-Mayr of the Standortagentur Tirol, who presented the hydrogen refuelling network planned on the Austrian side of the corridor. Jan de Vries-Bakker of the Hydrogen Europe association spoke online on EU funding for hydrogen valleys.

Workshop 3 – Industry and skills, Tuesday 24 March 2037, Riva del Garda. Held together with the Confindustria Trento industry association. Visit to the paper mill Cartiere del Garda S.p.A., which is testing hydrogen burners.

What we learnt
Across the three workshops, participants repeatedly raised the same problems: the cost of green hydrogen is still three times that of natural gas; companies do not know where their future supply will come from; and there are hardly any technicians trained to install and maintain hydrogen systems. On the other hand, Trentino has advantages that few regions share: surplus hydropower in spring, a motorway operator willing to invest, and a mechatronics cluster with 140 member companies.

Recommendations
The working group recommends that the Provincial Government:
1. Designate the Brenner motorway between Trento and Rovereto as the first hydrogen corridor section, with two refuelling stations by 2039
2. Create a single hydrogen desk at Trentino Sviluppo to guide companies through permits and funding
3. Co-finance a 10 MW electrolyser at an existing hydropower plant, with a call for partners in 2038
4. Launch a hydrogen technician course at the vocational school in Rovereto from September 2038
5. Join the European hydrogen valleys partnership and coordinate closely with Tyrol and South Tyrol

Timeline
2037: plan adopted; hydrogen desk opens
2038: electrolyser call; first technician course
2039: first refuelling stations in operation
2040: review of the plan

Governance
Implementation will be steered by a committee chaired by the Provincial Councillor for Economic Development, Research and Work, Achille Spinelli-Rauzi, with representatives of FBK, the University of Trento, Confindustria Trento and the municipalities of Trento and Rovereto. The committee will meet twice a year; the first committee meeting is planned for June 2037. Progress will be reported to the Provincial Government once a year, and the plan will be reviewed in 2040 in the light of the new European rules on renewable hydrogen and the experience of neighbouring regions.

Contact: Innovation and Clusters Area, Trentino Sviluppo S.p.A., Via Zeni 8, 38068 Rovereto – clusters@trentinosviluppo.example.it

Trentino Sviluppo – Action plan Hydrogen Valley Trentino – page 3/3
"""
write(F, T)
TS="Trentino Sviluppo S.p.A."
gold(F,
 [P("Elisa Tomasi-Pedrotti","head of the Innovation and Clusters Area",TS),
  P("Luca Bonomi",None,"FBK Sustainable Energy Centre"),
  P("Walter Gasser","technical director","Autostrada del Brennero S.p.A."),
  P("Sabine Huber-Mayr",None,"Standortagentur Tirol"),
  P("Jan de Vries-Bakker",None,"Hydrogen Europe"),
  P("Achille Spinelli-Rauzi","Provincial Councillor for Economic Development, Research and Work",None)],
 [O(TS), O("Innovation and Clusters Area"), O("Fondazione Bruno Kessler","FBK"), O("Polo Meccatronica"),
  O("Autostrada del Brennero S.p.A."), O("Autonomous Province of Trento"), O("FBK Sustainable Energy Centre"),
  O("Standortagentur Tirol"), O("Hydrogen Europe"), O("Confindustria Trento"), O("Cartiere del Garda S.p.A."),
  O("University of Trento")],
 [E("Workshop 1 – Production and storage","2037-02-09",None,"Rovereto","Italy"),
  E("Workshop 2 – Heavy transport and the Brenner corridor","2037-03-03",None,"Trento","Italy"),
  E("Workshop 3 – Industry and skills","2037-03-24",None,"Riva del Garda","Italy"),
  E("Visit to the paper mill Cartiere del Garda S.p.A.","2037-03-24",None,"Riva del Garda","Italy"),
  E("first committee meeting","2037-06",None,None,None)],
 ["2037/2040","2037-02/2037-03","2037-04-20","2037-02-09","2037-03-03","2037-03-24","2039","2038","2038-09","2037","2040","2037-06"],
 ["Designate the Brenner motorway between Trento and Rovereto as the first hydrogen corridor section, with two refuelling stations by 2039",
  "Create a single hydrogen desk at Trentino Sviluppo to guide companies through permits and funding",
  "Co-finance a 10 MW electrolyser at an existing hydropower plant, with a call for partners in 2038",
  "Launch a hydrogen technician course at the vocational school in Rovereto from September 2038",
  "Join the European hydrogen valleys partnership and coordinate closely with Tyrol and South Tyrol"],
 pub="2037-04-20")
