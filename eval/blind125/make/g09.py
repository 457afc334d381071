from h import *
import docx
F = 'g09_lower_austria_cluster_programme_evaluation.docx'
assert wd(2036,6,3)=='Tuesday' and wd(2036,6,26)=='Thursday'
paras = [
("h","Interim evaluation of the Lower Austria Cluster Programme 2033–2038"),
("p","Executive summary – English version for the International Advisory Board"),
("p","Commissioned by: ecoplus. The Business Agency of Lower Austria, St. Pölten · Prepared by: Danube Policy Research GmbH, Vienna, with the Institute for Regional Economics of WU Vienna · Final draft, 12 June 2036"),
("p","Authors: Dr. Veronika Lechner-Pospíšil (team leader), Mag. Stefan Gruber, Dr. Yusuf Demirci, Clara von Thurn-Valsassina (research assistant)"),
("h2","1. Background"),
("p","Since 2001 the province of Lower Austria has supported cluster initiatives through its business agency. The current programme, running from 2033 to 2038, finances five clusters managed by ecoplus: the Plastics Cluster, the Mechatronics Cluster, the Food Cluster Lower Austria, the Green Building Cluster and the e-mobility initiative, which is run jointly with the Vienna Business Agency. The annual budget is EUR 6.8 million, of which about a third comes from the European Regional Development Fund."),
("p","The interim evaluation was requested by the Department of Economy, Tourism and Technology of the Office of the Lower Austrian Provincial Government. Its terms of reference asked three questions: whether the clusters reach small firms, whether cooperation projects lead to market results, and how the programme should change for the period after 2038."),
("h2","2. Method"),
("p","The team analysed monitoring data on 246 cooperation projects, surveyed 1,120 cluster partner companies between November 2035 and February 2036 (response rate 32 per cent), and interviewed 41 stakeholders. A validation workshop with cluster managers and company representatives took place in Tulln on Tuesday 3 June 2036. The Austrian Institute of Technology (AIT) and the Austrian Research Promotion Agency (FFG) provided comparison data for Upper Austria and Styria."),
("h2","3. Key findings"),
("p","• Two thirds of the cluster partners are small and medium-sized enterprises, and half of all cooperation projects include at least one company with fewer than 50 employees"),
("p","• Cooperation projects that ran for more than 18 months reported new products or services three times as often as shorter ones"),
("p","• The Green Building Cluster and the Food Cluster have the strongest links with universities of applied sciences, while the Plastics Cluster works mostly with research centres outside the province"),
("p","• Companies see the clusters as useful brokers but find the application procedure for cooperation projects too slow"),
("p","• Cross-border cooperation with South Moravia and western Slovakia is still limited to a few trade fair visits"),
("h2","4. Recommendations"),
("p","The evaluators recommend:"),
("p","a) keeping the five-cluster structure until 2038 but merging the Mechatronics and Plastics Clusters into one advanced manufacturing cluster in the next period;"),
("p","b) introducing a fast-track procedure for small cooperation projects below EUR 50,000;"),
("p","c) setting up a shared international desk for all clusters, in cooperation with the Austrian Economic Chambers;"),
("p","d) measuring results one and three years after each project ends."),
("h2","5. Comments from the programme owner"),
("p","Helmut Brandstätter-Wieser, Managing Director of ecoplus, welcomed the report and said that the agency would present a response to the International Advisory Board at its meeting on Thursday 26 June 2036 in St. Pölten. Johanna Mikl-Eder, head of the cluster unit at ecoplus, noted that the fast-track procedure could be tested already in autumn 2036."),
("p","The chair of the International Advisory Board, Prof. Åsa Lindqvist of Lund University, had asked the evaluators to pay special attention to the role of clusters in the energy transition. This topic will be studied in a separate paper to be finished by March 2037."),
("h2","6. Next steps"),
("p","The final report will be published after the Advisory Board meeting. A public presentation is planned for the Lower Austrian Cluster Day on 9 October 2036 in Wiener Neustadt."),
("p","Contact: Mag. Stefan Gruber, Danube Policy Research GmbH, gruber@dpr.example.at"),
("p","Document history: v0.9 circulated 30 May 2036; v1.0 final draft 12 June 2036. Confidential until publication."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
E_="ecoplus. The Business Agency of Lower Austria"; D_="Danube Policy Research GmbH"
gold(F,
 [P("Veronika Lechner-Pospíšil","team leader",D_), P("Stefan Gruber",None,D_), P("Yusuf Demirci",None,D_),
  P("Clara von Thurn-Valsassina","research assistant",D_),
  P("Helmut Brandstätter-Wieser","Managing Director","ecoplus"),
  P("Johanna Mikl-Eder","head of the cluster unit","ecoplus"),
  P("Åsa Lindqvist","chair","International Advisory Board")],
 [O(E_), O(D_), O("Institute for Regional Economics"), O("WU Vienna"), O("Plastics Cluster"), O("Mechatronics Cluster"),
  O("Food Cluster Lower Austria"), O("Green Building Cluster"), O("Vienna Business Agency"),
  O("Department of Economy, Tourism and Technology"), O("Office of the Lower Austrian Provincial Government"),
  O("Austrian Institute of Technology","AIT"), O("Austrian Research Promotion Agency","FFG"),
  O("Austrian Economic Chambers"), O("International Advisory Board"), O("Lund University")],
 [E("validation workshop","2036-06-03",None,"Tulln","Austria"),
  E("Advisory Board meeting","2036-06-26",None,"St. Pölten","Austria"),
  E("Lower Austrian Cluster Day","2036-10-09",None,"Wiener Neustadt","Austria")],
 ["2033/2038","2036-06-12","2001","2038","2035-11/2036-02","2036-06-03","2036-06-26","2036","2037-03","2036-10-09","2036-05-30"],
 ["Two thirds of the cluster partners are small and medium-sized enterprises, and half of all cooperation projects include at least one company with fewer than 50 employees",
  "Cooperation projects that ran for more than 18 months reported new products or services three times as often as shorter ones",
  "The Green Building Cluster and the Food Cluster have the strongest links with universities of applied sciences, while the Plastics Cluster works mostly with research centres outside the province",
  "Companies see the clusters as useful brokers but find the application procedure for cooperation projects too slow",
  "Cross-border cooperation with South Moravia and western Slovakia is still limited to a few trade fair visits",
  "keeping the five-cluster structure until 2038 but merging the Mechatronics and Plastics Clusters into one advanced manufacturing cluster in the next period",
  "introducing a fast-track procedure for small cooperation projects below EUR 50,000",
  "setting up a shared international desk for all clusters, in cooperation with the Austrian Economic Chambers",
  "measuring results one and three years after each project ends"],
 pub="2036-06-12")
