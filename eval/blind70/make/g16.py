from h import *
F = 'western-greece-cluster-programme-evaluation-summary-2036.md'
FIND = ["The programme reached 412 enterprises, 61% of them micro-enterprises, against a target of 350",
 "Clusters with a full-time manager generated three times as many joint projects as those run by volunteers",
 "The agri-food and aquaculture clusters in Achaea and Aetolia-Acarnania were the most active; the tourism cluster in Ilia did not reach its targets",
 "Only 18% of the joint projects involved a partner from outside the region",
 "Administrative delays of seven months on average in the payment of grants weakened the smaller cluster organisations"]
REC = ["Continue the scheme in the 2035–2041 regional programme with a minimum grant period of four years",
 "Make a full-time cluster manager a condition of support",
 "Pay advances of 40% at signature and shorten payment times to sixty days",
 "Add an internationalisation strand with the Enterprise Europe Network Greece and the European Cluster Collaboration Platform",
 "Set up a regional cluster forum that meets twice a year with the Managing Authority"]
T = f"""# Ex-post evaluation of the Western Greece Cluster Support Scheme 2029–2034 – Executive summary

*Region of Western Greece · Managing Authority of the Regional Programme "Western Greece" · Patras*
*Evaluation carried out by Peloponnese Policy Analysts I.K.E. with the University of Patras, Laboratory of Regional Development*
*Final version submitted on {wd(2036,2,18)} 18 February 2036 · Summary published on {wd(2036,3,4)} 4 March 2036*

---

## 1. The scheme

Between 2029 and 2034 the Region of Western Greece supported seven cluster organisations in Achaea, Aetolia-Acarnania and Ilia with grants of EUR 6.3 million from the regional programme. The clusters covered agri-food, aquaculture, tourism, building materials, ICT, logistics at the port of Patras and health technologies. Support was given for cluster management, joint services and small collaborative projects between member firms.

The evaluation was commissioned by the Managing Authority in May 2035. It was carried out by a team led by Dr. Eleni Papakonstantinou-Rizou (Peloponnese Policy Analysts) with Prof. Dimitrios Karagiannis and Dr. Vasiliki Anagnostopoulou of the University of Patras, and with Prof. Dr. Rolf van der Borght (KU Leuven) as external peer.

## 2. Method

The team combined monitoring data for all 412 supported enterprises, a survey of 186 enterprises (response rate 45%), interviews with the seven cluster managers and 22 stakeholders, a comparison with 40 similar firms that did not take part, and two focus groups, in Patras on {wd(2035,10,14)} 14 October 2035 and in Agrinio on {wd(2035,10,16)} 16 October 2035. A draft was discussed with the programme's Monitoring Committee on {wd(2035,12,11)} 11 December 2035.

## 3. Key findings

{chr(10).join('- ' + x + '.' for x in FIND)}

The seven clusters and their managers during the period were:

| Cluster | Seat | Manager | Grant (EUR) |
|---|---|---|---|
| Achaia Agri-Food Cluster (AgroAchaia) | Patras | Georgios Michalopoulos | 1,240,000 |
| Mesolonghi Aquaculture Cluster | Mesolonghi | Katerina Stamatopoulou-Vlachou | 1,080,000 |
| Olympia Tourism Network | Pyrgos | Andreas Lambropoulos | 790,000 |
| Western Greece Building Materials Cluster | Agrinio | Nikos Tsirigotis | 650,000 |
| Patras ICT Cluster (PatrasIQ) | Patras | Dr. Sofia Economou | 1,120,000 |
| Port of Patras Logistics Cluster | Patras | Panagiotis De Santis-Kouris | 760,000 |
| Western Greece Health Tech Cluster | Rio | Dr. Marianna Vassilaki | 660,000 |

## 4. Effectiveness and efficiency

Supported firms increased their turnover by 14% more than the comparison group over the period, and their exports by 22%. The effect was strongest in firms that took part in at least two joint projects. Cost per supported enterprise was about EUR 15,300, lower than in comparable schemes in Central Macedonia and Crete.

The management grants were the most valued element: cluster managers used them to build trust and prepare projects. Joint services such as shared laboratories and export promotion were used by fewer firms than expected. The evaluators also note that the tourism cluster in Ilia lost its manager twice and had no activity for most of 2032.

## 5. Recommendations

The evaluators recommend that the Region of Western Greece:

{chr(10).join(f'{i+1}. {x}.' for i, x in enumerate(REC))}

## 6. Response of the Managing Authority

The Head of the Managing Authority, Ioannis Pappas-Dimou, accepted recommendations 1, 2 and 5 and partly accepted recommendations 3 and 4. In his response of {wd(2036,2,25)} 25 February 2036 he noted that advances of 40% are not possible under the current national rules, but that a 25% advance and a payment target of ninety days will be introduced in the first call of the new programme, planned for June 2036.

The Regional Governor, Nektarios Farmakis-Alexiou, presented the evaluation at the Western Greece Innovation Forum in Patras on {wd(2036,3,20)} 20 March 2036, where the seven cluster managers signed a declaration on the regional cluster forum.

## 7. Documents

The full evaluation report (126 pages, Greek) and this summary (English and Greek) are available on the website of the Managing Authority. For questions: Evaluation Unit, Managing Authority of the Regional Programme "Western Greece", contact person Chrysa Konstantinidou.
"""
write(F, T)
MA='Managing Authority of the Regional Programme "Western Greece"'
gold(F,
 [P('Eleni Papakonstantinou-Rizou',None,'Peloponnese Policy Analysts I.K.E.'), P('Dimitrios Karagiannis',None,'University of Patras'), P('Vasiliki Anagnostopoulou',None,'University of Patras'),
  P('Rolf van der Borght','external peer','KU Leuven'), P('Georgios Michalopoulos','Manager','Achaia Agri-Food Cluster'), P('Katerina Stamatopoulou-Vlachou','Manager','Mesolonghi Aquaculture Cluster'),
  P('Andreas Lambropoulos','Manager','Olympia Tourism Network'), P('Nikos Tsirigotis','Manager','Western Greece Building Materials Cluster'), P('Sofia Economou','Manager','Patras ICT Cluster'),
  P('Panagiotis De Santis-Kouris','Manager','Port of Patras Logistics Cluster'), P('Marianna Vassilaki','Manager','Western Greece Health Tech Cluster'),
  P('Ioannis Pappas-Dimou','Head of the Managing Authority',MA), P('Nektarios Farmakis-Alexiou','Regional Governor','Region of Western Greece'),
  P('Chrysa Konstantinidou','contact person','Evaluation Unit')],
 [O('Region of Western Greece'), O(MA), O('Peloponnese Policy Analysts I.K.E.'), O('University of Patras'), O('Laboratory of Regional Development'), O('KU Leuven'),
  O('Achaia Agri-Food Cluster','AgroAchaia'), O('Mesolonghi Aquaculture Cluster'), O('Olympia Tourism Network'), O('Western Greece Building Materials Cluster'),
  O('Patras ICT Cluster','PatrasIQ'), O('Port of Patras Logistics Cluster'), O('Western Greece Health Tech Cluster'), O('Enterprise Europe Network Greece'),
  O('European Cluster Collaboration Platform'), O('Evaluation Unit')],
 [E('focus group','2035-10-14','2035-10-14','Patras','Greece'), E('focus group','2035-10-16','2035-10-16','Agrinio','Greece'),
  E('Monitoring Committee meeting','2035-12-11','2035-12-11',None,None), E('Western Greece Innovation Forum','2036-03-20','2036-03-20','Patras','Greece')],
 ['2029/2034','2036-02-18','2036-03-04','2035-05','2035-10-14','2035-10-16','2035-12-11','2035/2041','2032','2036-02-25','2036-06','2036-03-20'],
 km=FIND+REC, pub='2036-03-04')
