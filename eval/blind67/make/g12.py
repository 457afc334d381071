from h import *
F='northern-ireland-agritech-mission-tohoku-report.md'
RC=["Invite the Miyagi Agricultural Machinery Association to the Balmoral Show in May 2035 with a return delegation",
"Set up a joint call for research on robotic milking with Tohoku University and Queen's University Belfast",
"Prepare a second mission focused on food processing in autumn 2035"]
T=f'''# Mission report: Northern Ireland agri-tech delegation to Tohoku, Japan

**Dates:** {wd(2034,11,10)} 10 – {wd(2034,11,14)} 14 November 2034
**Organised by:** AgriTech NI Cluster with Invest Northern Ireland (Invest NI) and the British Embassy Tokyo
**Report by:** Siobhán McAleer-Quinn, Cluster Manager, AgriTech NI Cluster · Belfast, 28 November 2034

## Purpose

The mission aimed to explore markets for Northern Irish agricultural technology in the Tohoku region of Japan, where farms are ageing fast and demand for automation is high, and to build research links after the memorandum between Queen's University Belfast and Tohoku University signed in 2033. Nine companies took part, among them Ballyclare Robotics Ltd, Sperrin Feed Systems and GrassTrack Analytics, together with Prof. Declan Ó Briain of the Agri-Food and Biosciences Institute (AFBI).

The delegation was led by Ciarán Devlin, Head of Agri-Food at Invest NI.

## Day-by-day account

**Day 1 – {wd(2034,11,10)} 10 November, Tokyo.** Briefing at the British Embassy Tokyo with the Deputy Head of Mission, Eleanor Whitcombe-Hart, and the agri-food trade adviser Kenji Morita. In the afternoon, meeting with the Japan External Trade Organization (JETRO) on market entry and certification. Evening: welcome dinner hosted by the Embassy.

**Day 2 – {wd(2034,11,11)} 11 November, Sendai.** Shinkansen to Sendai. Morning meeting at the Miyagi Prefectural Government with Mr Hiroshi Takahashi, Director-General of the Agriculture, Forestry and Fisheries Department, who presented the prefecture's plan for smart farming. Afternoon: seminar "Northern Ireland – Japan agri-tech partnership" at Tohoku University, opened by Prof. Dr. Yuko Sato-Iwasaki, Vice-President for Research; five company pitches and a panel on dairy robotics.

**Day 3 – {wd(2034,11,12)} 12 November, Miyagi.** Site visits to a dairy cooperative in Ōsaki and to the rice research station of the prefecture. The companies saw how small family farms share machinery through cooperatives; several noted that Japanese equipment is designed for much smaller fields.

**Day 4 – {wd(2034,11,13)} 13 November, Sendai.** B2B meetings organised by JETRO Sendai: 41 meetings with 23 Japanese companies and distributors, among them Kurihara Nōki Co., Ltd. and Tohoku Dairy Solutions K.K. In the evening, networking reception with the Miyagi Agricultural Machinery Association.

**Day 5 – {wd(2034,11,14)} 14 November, Yamagata.** Visit to the Yamagata Prefectural Agricultural Research Centre and meeting with Dr. Akira Endō on orchard sensors. Return to Tokyo and departure.

## Results

- 41 B2B meetings, 12 follow-up requests from Japanese companies.
- GrassTrack Analytics agreed a trial of its pasture sensors with a cooperative in Ōsaki.
- Tohoku University and AFBI agreed to exchange two researchers in 2035.

## Observations

Japanese partners value long relationships and expect repeated visits before orders. Certification of machinery takes six to twelve months. Companies should prepare Japanese-language materials and work with a local distributor. The Embassy's support was essential, and the Miyagi prefecture is clearly open to cooperation with European regions.

Several companies were surprised by the size of the market for small, light machines that can work on terraced or flooded fields. Two of them are now considering a version of their products for rice farms. The research institutes were most interested in data: how grassland sensors could be adapted to rice paddies, and how dairy herd data can be shared between cooperatives without losing control over it. The delegation also learnt that the prefecture offers grants to foreign companies that set up a demonstration site, which could make a second visit easier to finance.

## Recommendations

1. {RC[0]}.
2. {RC[1]}.
3. {RC[2]}.

## Participants

Ciarán Devlin (Invest NI, head of delegation); Siobhán McAleer-Quinn (AgriTech NI Cluster); Prof. Declan Ó Briain (AFBI); Dr. Gráinne Hughes (Queen's University Belfast); Nigel Armstrong (Ballyclare Robotics Ltd); Róisín Kerr (Sperrin Feed Systems); Dr. Tomasz Wiśniewski (GrassTrack Analytics); and representatives of six further companies.

*Contact: s.mcaleer@agritechni.org · AgriTech NI Cluster, Innovation Factory, Forthriver Business Park, Belfast*
'''
write(F,T)
C='AgriTech NI Cluster'
gold(F,[P('Siobhán McAleer-Quinn','Cluster Manager',C),P('Declan Ó Briain',None,'Agri-Food and Biosciences Institute'),P('Ciarán Devlin','Head of Agri-Food','Invest Northern Ireland'),
P('Eleanor Whitcombe-Hart','Deputy Head of Mission','British Embassy Tokyo'),P('Kenji Morita','agri-food trade adviser',None),
P('Hiroshi Takahashi','Director-General of the Agriculture, Forestry and Fisheries Department','Miyagi Prefectural Government'),
P('Yuko Sato-Iwasaki','Vice-President for Research','Tohoku University'),P('Akira Endō',None,'Yamagata Prefectural Agricultural Research Centre'),
P('Gráinne Hughes',None,"Queen's University Belfast"),P('Nigel Armstrong',None,'Ballyclare Robotics Ltd'),P('Róisín Kerr',None,'Sperrin Feed Systems'),P('Tomasz Wiśniewski',None,'GrassTrack Analytics')],
[O(C),O('Invest Northern Ireland','Invest NI'),O('British Embassy Tokyo'),O("Queen's University Belfast"),O('Tohoku University'),O('Ballyclare Robotics Ltd'),O('Sperrin Feed Systems'),
O('GrassTrack Analytics'),O('Agri-Food and Biosciences Institute','AFBI'),O('Japan External Trade Organization','JETRO'),O('Miyagi Prefectural Government'),O('JETRO Sendai'),
O('Kurihara Nōki Co., Ltd.'),O('Tohoku Dairy Solutions K.K.'),O('Miyagi Agricultural Machinery Association'),O('Yamagata Prefectural Agricultural Research Centre')],
[E('Northern Ireland agri-tech delegation to Tohoku','2034-11-10','2034-11-14',None,'Japan'),E('welcome dinner','2034-11-10','2034-11-10','Tokyo','Japan'),
E('Northern Ireland – Japan agri-tech partnership','2034-11-11','2034-11-11','Sendai','Japan'),E('Site visits','2034-11-12','2034-11-12','Ōsaki','Japan'),
E('B2B meetings','2034-11-13','2034-11-13','Sendai','Japan'),E('networking reception','2034-11-13','2034-11-13','Sendai','Japan'),E('Balmoral Show','2035-05','2035-05',None,None)],
['2034-11-10/2034-11-14','2034-11-28','2033','2034-11-10','2034-11-11','2034-11-12','2034-11-13','2034-11-14','2035','2035-05'],RC,pub='2034-11-28')
