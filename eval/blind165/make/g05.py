from h import *
import docx
F = 'g05_ialomita_agrifood_policy_recommendations.docx'
assert wd(2035,10,16)=='Tuesday' and wd(2035,11,27)=='Tuesday' and wd(2035,9,19)=='Wednesday'
paras = [
("h","Policy paper: Making the Bărăgan agri-food cluster work for small farmers"),
("p","Recommendations to the South-Muntenia Regional Development Agency and the Ialomița County Council"),
("p","Policy paper No. 3/2035 · Slobozia, October 2035 · Prepared by the Bărăgan Agri-Food Cluster Association (BAFCA) with the Institute for Rural Economy of the Romanian Academy"),
("p","Authors: Dr. Mihaela ROȘCA (Institute for Rural Economy), Andrei Dumitrescu (cluster manager, BAFCA), Ioana Stan-Verdeș (policy analyst, BAFCA)"),
("h2","Summary"),
("p","The Bărăgan plain in Ialomița county produces a large share of Romania's wheat, maize, sunflower and vegetables, but most of the value is added elsewhere. Small and medium farms sell raw produce at low prices, and processing capacity in the county has fallen since 2020. This paper draws on a survey of 312 farms carried out between May and August 2035, on eight focus groups in Slobozia, Urziceni, Fetești and Țăndărei, and on a peer review workshop with the Puglia agri-food district held in Slobozia on Wednesday 19 September 2035."),
("h2","Context"),
("p","The cluster was founded in 2029 by 14 members and today counts 63, including 41 farms, nine processors, the University of Agronomic Sciences and Veterinary Medicine of Bucharest (USAMV) through its Slobozia research station, the county chamber of commerce and two credit cooperatives. Since 2033 it has been recognised as an emerging cluster by the Ministry of Economy, Entrepreneurship and Tourism. Its strategy for 2034–2038 sets three goals: more local processing, shorter chains to Bucharest and Constanța, and water-saving irrigation."),
("p","The survey confirms that the county's farms are ageing and fragmented: the median farm has 18 hectares, and 57 per cent of farm managers are over 60. Only one farm in five has a written contract with a buyer. Irrigation covers less than a third of the arable land that could be irrigated."),
("h2","Recommendations"),
("p","On the basis of the findings, the authors make the following recommendations:"),
("p","1. The Regional Development Agency should reserve part of the regional programme's SME measure for joint investments by groups of at least five small farms"),
("p","2. Ialomița County Council should turn the former sugar factory site in Țăndărei into a shared processing and storage hub run by the cluster"),
("p","3. The cluster should set up a joint sales desk for vegetables, modelled on the producer organisations visited in Puglia"),
("p","4. Irrigation upgrades should be tied to advisory services, so that farms reduce water use and do not only expand it"),
("p","5. The regional smart specialisation strategy should name agri-food processing in the Bărăgan as a priority niche in its 2036 revision"),
("h2","Discussion with stakeholders"),
("p","A draft of this paper was discussed at the cluster's annual general assembly in Slobozia on Tuesday 16 October 2035, attended by 48 members. Ion Marinescu, President of the Ialomița County Council, said the county was ready to transfer the Țăndărei site if the cluster presented a business plan. Elena Vasilescu, director for programming at the South-Muntenia Regional Development Agency (ADR Sud-Muntenia), pointed out that joint investments by small farms had been allowed in principle since 2032 but that almost no applications had been received."),
("p","Farmers were more sceptical. \"We have heard about hubs before,\" said Gheorghe Pavel, a vegetable grower from Bărăganul commune. \"We will believe it when the first truck leaves.\""),
("h2","Next steps"),
("p","The final paper will be presented at the Regional Innovation Forum of South-Muntenia in Călărași on Tuesday 27 November 2035. BAFCA will report on the follow-up of each recommendation in its annual report for 2036."),
("p","Contact: Andrei Dumitrescu, cluster manager, Bărăgan Agri-Food Cluster Association, Str. Matei Basarab 25, Slobozia · office@bafca.example.ro"),
("p","This paper was financed from members' contributions. It does not necessarily reflect the views of the Regional Development Agency."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
B="Bărăgan Agri-Food Cluster Association"; R="South-Muntenia Regional Development Agency"
gold(F,
 [P("Mihaela ROȘCA",None,"Institute for Rural Economy"), P("Andrei Dumitrescu","cluster manager",B),
  P("Ioana Stan-Verdeș","policy analyst",B), P("Ion Marinescu","President","Ialomița County Council"),
  P("Elena Vasilescu","director for programming",R), P("Gheorghe Pavel","vegetable grower",None)],
 [O(R,"ADR Sud-Muntenia"), O("Ialomița County Council"), O(B,"BAFCA"), O("Institute for Rural Economy"),
  O("Romanian Academy"), O("University of Agronomic Sciences and Veterinary Medicine of Bucharest","USAMV"),
  O("Ministry of Economy, Entrepreneurship and Tourism")],
 [E("peer review workshop","2035-09-19",None,"Slobozia","Romania"),
  E("annual general assembly","2035-10-16",None,"Slobozia","Romania"),
  E("Regional Innovation Forum of South-Muntenia","2035-11-27",None,"Călărași","Romania")],
 ["2035-10","2020","2035-05/2035-08","2035-09-19","2029","2033","2034/2038","2036","2035-10-16","2032","2035-11-27"],
 ["The Regional Development Agency should reserve part of the regional programme's SME measure for joint investments by groups of at least five small farms",
  "Ialomița County Council should turn the former sugar factory site in Țăndărei into a shared processing and storage hub run by the cluster",
  "The cluster should set up a joint sales desk for vegetables, modelled on the producer organisations visited in Puglia",
  "Irrigation upgrades should be tied to advisory services, so that farms reduce water use and do not only expand it",
  "The regional smart specialisation strategy should name agri-food processing in the Bărăgan as a priority niche in its 2036 revision"],
 pub="2035-10")
