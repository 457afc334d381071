from h import *
F = 'namur-agrifood-cluster-peer-review-summary-2035.txt'
S = ["A clear and shared strategy 2033-2037, written with members and regularly reviewed by the board",
 "Close and trusted relations with the Walloon administration and the University of Namur",
 "A highly qualified and stable team of seven staff",
 "Well-attended thematic working groups on proteins, packaging and short supply chains"]
A = ["Increase the share of income from services, which is currently 14% of the budget",
 "Introduce a systematic member satisfaction survey and publish its results",
 "Involve the Flemish and Dutch partner clusters in joint projects rather than only in visits",
 "Give start-ups a voice in the board, for instance through a co-opted seat"]
T = f"""==============================================================================
PEER REVIEW OF CLUSTER MANAGEMENT – SUMMARY REPORT
Cluster reviewed: AgriNamur – Pôle agro-alimentaire de Namur ASBL
Review visit: {wd(2035,3,27)} 27 and {wd(2035,3,28)} 28 March 2035, Namur (Belgium)
Report date: 30 April 2035
Programme: CLUSTER PEERS – mutual learning between cluster organisations
==============================================================================

1. THE REVIEW IN BRIEF

This summary reports the results of a two-day peer review of AgriNamur, the
agri-food cluster organisation of the province of Namur. The review followed
the methodology of the CLUSTER PEERS network, which is coordinated by the
Belgian-Dutch foundation ClusterWerk Benelux and based on the self-assessment
and benchmarking tools of the European Secretariat for Cluster Analysis (ESCA).

The peer team consisted of three cluster managers and one policy expert:
  - Sanne Wolters-de Groot, managing director, Food Valley NL (Wageningen), team leader
  - Dr. Koen Vanhaverbeke, cluster manager, Flanders' FOOD (Brussels)
  - Mag. Theresa Gruber-Lindlbauer, Lebensmittel-Cluster Niederösterreich (St. Pölten)
  - Prof. Luc Delvaux, Université de Liège, HEC Liège, policy expert

The host team was led by the director of AgriNamur, Ir. Céline Mathieu-Dardenne,
together with the chair of the board, Philippe Gillard, CEO of Biscuiterie
Gillard SA, and the project managers Nadia El Amrani and Grégoire Lambotte.

2. PROGRAMME OF THE VISIT

Day 1 ({wd(2035,3,27)} 27 March 2035)
  09:00  Welcome and presentation of AgriNamur, Namur Innovation Park
  10:30  Interviews with the board and the team
  14:00  Company visits: Brasserie du Bocq SA (Purnode) and Les Jardins
         de Meuse SCRL (Andenne)
  19:00  Dinner with members, Citadelle de Namur

Day 2 ({wd(2035,3,28)} 28 March 2035)
  09:00  Interviews with public partners: Service public de Wallonie
         Économie, Emploi, Recherche (SPW EER) and the Bureau Économique
         de la Province de Namur (BEP)
  11:00  Focus group with eight SME members
  14:00  Feedback session of the peer team to the host team

3. BENCHMARK POSITION

AgriNamur was compared with 41 agri-food cluster organisations in the ESCA
benchmarking database. It scores above the median on strategy, governance,
staff qualification and involvement of research, and below the median on
financial diversification and international services. It holds the ESCA
Silver Label since 2032.

4. STRENGTHS

{chr(10).join('  + ' + x for x in S)}

5. AREAS FOR IMPROVEMENT

{chr(10).join('  - ' + x for x in A)}

6. FOLLOW-UP

The host team agreed to prepare an action plan by the end of June 2035 and to
report on it at the next CLUSTER PEERS network meeting in Eindhoven on
{wd(2035,10,18)} 18 October 2035. AgriNamur will in turn host a reciprocal
visit by Lebensmittel-Cluster Niederösterreich in spring 2036.

Céline Mathieu-Dardenne commented: "The peers asked the questions our own
board is too polite to ask. The point on service income will be our first
task."

Team leader Sanne Wolters-de Groot added: "AgriNamur shows how a small
cluster can be very close to its members. The next step is to make that
closeness pay for itself."

7. ABOUT THE PROGRAMME

CLUSTER PEERS was launched in 2030 by nine cluster organisations from
Belgium, the Netherlands, Luxembourg and Austria. Since then it has organised
34 peer reviews. Reviews are free for members; travel costs are borne by the
visiting organisations. The programme coordinator is Hanneke Smit-Verbruggen
(ClusterWerk Benelux, Eindhoven).

------------------------------------------------------------------------------
This summary was approved by the host organisation on 29 April 2035. The full
report (23 pages, French and English) is confidential to AgriNamur's board.
------------------------------------------------------------------------------
"""
write(F, T)
C='AgriNamur – Pôle agro-alimentaire de Namur ASBL'
gold(F,
 [P('Sanne Wolters-de Groot','managing director','Food Valley NL'), P('Koen Vanhaverbeke','cluster manager',"Flanders' FOOD"),
  P('Theresa Gruber-Lindlbauer',None,'Lebensmittel-Cluster Niederösterreich'), P('Luc Delvaux','policy expert','HEC Liège'),
  P('Céline Mathieu-Dardenne','director',C), P('Philippe Gillard','chair of the board',C),
  P('Nadia El Amrani','project manager',C), P('Grégoire Lambotte','project manager',C), P('Hanneke Smit-Verbruggen','programme coordinator','ClusterWerk Benelux')],
 [O(C), O('CLUSTER PEERS'), O('ClusterWerk Benelux'), O('European Secretariat for Cluster Analysis','ESCA'), O('Food Valley NL'), O("Flanders' FOOD"),
  O('Lebensmittel-Cluster Niederösterreich'), O('Université de Liège'), O('HEC Liège'), O('Biscuiterie Gillard SA'), O('Namur Innovation Park'),
  O('Brasserie du Bocq SA'), O('Les Jardins de Meuse SCRL'), O('Service public de Wallonie Économie, Emploi, Recherche','SPW EER'),
  O('Bureau Économique de la Province de Namur','BEP'), O('University of Namur')],
 [E('peer review','2035-03-27','2035-03-28','Namur','Belgium'), E('Company visits','2035-03-27','2035-03-27',None,None),
  E('Dinner with members','2035-03-27','2035-03-27','Namur','Belgium'), E('Focus group with eight SME members','2035-03-28','2035-03-28',None,None),
  E('Feedback session','2035-03-28','2035-03-28',None,None),
  E('CLUSTER PEERS network meeting','2035-10-18','2035-10-18','Eindhoven','Netherlands'), E('reciprocal visit','2036','2036',None,None)],
 ['2035-03-27/2035-03-28','2035-04-30','2033/2037','2032','2035-06','2035-10-18','2036','2030','2035-04-29','2035-03-27','2035-03-28'],
 km=S+A, pub='2035-04-30')
