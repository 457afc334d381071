from h import *
F = 'g13_haapsalu_baltic_kickoff_release.txt'
assert wd(2035,2,20)=='Tuesday' and wd(2035,2,21)=='Wednesday' and wd(2035,2,22)=='Thursday'
T = """PRESS RELEASE

Läänemaa Development Centre (Lääne Maakonna Arenduskeskus)
Haapsalu, Estonia

For immediate release – 23 February 2035

COASTAL WELLNESS CLUSTERS OF FIVE BALTIC SEA COUNTRIES JOIN FORCES IN HAAPSALU

Haapsalu – Thirty-two representatives of eleven organisations from Estonia, Latvia, Finland, Sweden and Germany met in Haapsalu from Tuesday 20 to Thursday 22 February 2035 for the kick-off meeting of BALTIC-SPA, a new Interreg Baltic Sea Region project that will help small spa, wellness and health tourism companies develop joint products for the off-season.

The three-year project (1 January 2035 – 31 December 2037) has a total budget of EUR 3.1 million and is led by the Läänemaa Development Centre. It builds on the cooperation between the coastal towns of Haapsalu, Jūrmala, Naantali, Ystad and Bad Doberan, whose spa traditions go back to the 19th century.

"Our spa hotels are full in July and half-empty in November. Together with partners who face the same problem, we want to change that," said Kristjan Õunapuu-Tamm, Chief Executive of the Läänemaa Development Centre, who opened the meeting at the Haapsalu Kuursaal on Tuesday evening.

The partners of BALTIC-SPA are:
- Läänemaa Development Centre (lead partner), Estonia
- Tallinn University of Technology, Tallinn School of Business and Governance, Estonia
- Estonian Spa Association (Eesti Spaaliit), Estonia
- Jūrmala City Council, Latvia
- Latvian Healthcare and Wellness Cluster, Latvia
- Turku University of Applied Sciences, Finland
- Visit Naantali Ltd, Finland
- Region Skåne, Sweden
- Ystad Österlen Tourism Association, Sweden
- Tourismusverband Mecklenburg-Vorpommern e.V., Germany
- Leibniz Institute for Baltic Sea Research Warnemünde (IOW), Germany

The meeting programme included a working session on the project's five work packages, a study visit on Thursday morning to the Laine Spa in Haapsalu and the Haapsalu mud treatment centre, and, on Thursday afternoon, a meeting of the project steering committee, which elected Dr. Anna-Karin Lindström of Region Skåne as its chair. On Wednesday 21 February the partners took part in a round table with Estonian policy makers on the new national tourism strategy, moderated by Marje Põldsaar-Kukk, Head of Tourism at the Estonian Business and Innovation Agency (EIS).

Ilze Bērziņa-Ozola, project manager at the Latvian Healthcare and Wellness Cluster, presented the results of a survey of 180 spa companies around the Baltic Sea. "Three out of four companies have fewer than twenty employees, and almost none of them sells abroad," she said.

In the next twelve months the partners will map the off-season offer in each of the five coastal regions and run pilot packages for visitors from Germany and Finland. The second partner meeting will take place in Ystad on 11–12 September 2035, and a public conference on health tourism is planned in Jūrmala in May 2036.

Joint Secretariat officer Mikael Sandberg-Haugen, who attended the meeting online from Rostock, reminded the partners that the first progress report is due on 15 August 2035.

ABOUT LÄÄNEMAA DEVELOPMENT CENTRE
The Läänemaa Development Centre is a non-profit foundation set up by the municipalities of Läänemaa county to support entrepreneurship, tourism and regional development. It is part of the Estonian network of county development centres. The centre employs 14 people and runs the county's business advisory service, the tourism information office and several EU projects.

Media contact:
Liisa Mägi, communication specialist
Läänemaa Development Centre
liisa.magi@arenduskeskus.example.ee | +372 47 00 000

Photos of the meeting are available on request (photo credit: Läänemaa Development Centre / Rein Kask).
###
"""
assert wd(2035,9,11)=='Tuesday'
write(F, T)
L = "Läänemaa Development Centre"
gold(F,
 [P("Kristjan Õunapuu-Tamm","Chief Executive",L),
  P("Anna-Karin Lindström","chair","Region Skåne"),
  P("Marje Põldsaar-Kukk","Head of Tourism","Estonian Business and Innovation Agency"),
  P("Ilze Bērziņa-Ozola","project manager","Latvian Healthcare and Wellness Cluster"),
  P("Mikael Sandberg-Haugen","officer","Joint Secretariat"),
  P("Liisa Mägi","communication specialist",L),
  P("Rein Kask",None,None)],
 [O(L), O("Tallinn University of Technology"), O("Tallinn School of Business and Governance"),
  O("Estonian Spa Association"), O("Jūrmala City Council"), O("Latvian Healthcare and Wellness Cluster"),
  O("Turku University of Applied Sciences"), O("Visit Naantali Ltd"), O("Region Skåne"),
  O("Ystad Österlen Tourism Association"), O("Tourismusverband Mecklenburg-Vorpommern e.V."),
  O("Leibniz Institute for Baltic Sea Research Warnemünde","IOW"), O("Estonian Business and Innovation Agency","EIS"),
  O("Laine Spa"), O("Joint Secretariat")],
 [E("kick-off meeting of BALTIC-SPA","2035-02-20","2035-02-22","Haapsalu","Estonia"),
  E("study visit","2035-02-22",None,"Haapsalu","Estonia"),
  E("meeting of the project steering committee","2035-02-22",None,"Haapsalu","Estonia"),
  E("second partner meeting","2035-09-11","2035-09-12","Ystad","Sweden"),
  E("public conference on health tourism","2036-05",None,"Jūrmala","Latvia")],
 ["2035-02-23","2035-02-20/2035-02-22","2035-01-01/2037-12-31","2035-02-21","2035-09-11/2035-09-12",
  "2036-05","2035-08-15"],
 [], pub="2035-02-23")
