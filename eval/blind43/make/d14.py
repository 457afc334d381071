from common import *
T = """ROBOTIIKKA PIRKANMAA RY – MISSION REPORT

Matchmaking mission to Japan: Nagoya and Osaka, 8–12 October 2035
Prepared by: Elina Koskinen-Ahola, international affairs manager
Tampere, 30 October 2035
Distribution: members, Business Tampere, Business Finland

1. Background and objectives

Robotiikka Pirkanmaa ry (RoboPirkka), the robotics and automation cluster of the Tampere region, organised its first matchmaking mission to Japan with the support of Business Finland's Team Finland network and the Embassy of Finland in Tokyo. The objectives were to meet Japanese manufacturers interested in Finnish mobile robotics and machine vision, to explore research cooperation with Japanese universities and to prepare the cluster's participation in iREX 2036 in Tokyo.

2. Delegation

The delegation consisted of eleven people from seven organisations:
- Elina Koskinen-Ahola, international affairs manager, RoboPirkka (head of delegation)
- Antti Hyvönen, CEO, Näsi Robotics Oy
- Laura Virtanen-Seppälä, sales director, Hervanta Vision Oy
- Mikko Rantanen and Sanna Lehtinen, founders, Pyynikki Autonomous Oy
- Jussi Peltola, business development manager, Tampella Automation Oyj
- Dr. Hanna-Riikka Salo, research director, Tampere University, Faculty of Engineering and Natural Sciences
- Ville Aaltonen, senior lecturer, Tampere University of Applied Sciences (TAMK)
- Timo Kallio, key account manager, Kangasala Hydraulics Oy
- Riikka Mustonen and Oskari Laine, RoboPirkka staff

3. Programme day by day

Monday 8 October – Nagoya
Briefing at the JETRO Nagoya office with Ms Keiko Tanabe, director for investment promotion. Afternoon visit to the assembly plant of Chūbu Precision Works Co., Ltd. in Toyota City, hosted by Mr Hiroshi Ogawa, general manager of production engineering. Evening reception at the residence of the Honorary Consul of Finland in Nagoya, Mr Kenji Matsuda.

Tuesday 9 October – Nagoya
Full-day B2B matchmaking session "Finland–Chūbu Robotics Business Meetings" organised with the Chubu Economic Federation and the Owari Robotics Industry Cluster (ORIC). 46 pre-arranged meetings with 23 Japanese companies. Short keynote by Ms Yuki Hayashi, secretary general of ORIC.

Wednesday 10 October – Nagoya / Osaka
Morning visit to Nagoya University, Institute of Innovation for Future Society, with Prof. Takeshi Morimoto. Transfer to Osaka by Shinkansen. Evening networking with Finnish companies based in Kansai, organised by the Finnish Chamber of Commerce in Japan.

Thursday 11 October – Osaka
Participation in the Kansai Robot Fair 2035 at INTEX Osaka (10–12 October). Joint booth of Business Finland with RoboPirkka companies; pitch session "Nordic robotics for Japanese SMEs" on the fair's main stage, moderated by Dr. Salo. Meetings with Sakai Logistics Systems K.K. and Naniwa Medical Robotics Inc.

Friday 12 October – Osaka
Workshop with Osaka Metropolitan University and the Kansai Robotics Consortium on a possible joint research project on human-robot collaboration in food factories. Debriefing of the delegation in the afternoon; departure in the evening.

Practical notes: the delegation travelled via Helsinki on scheduled flights; the Shinkansen transfer and local transport were organised by the cluster. Interpretation for the matchmaking day in Nagoya was provided by three interpreters booked through the JETRO office, which proved essential: fewer than half of the Japanese company representatives were comfortable holding a technical discussion in English. In Osaka most meetings took place at the fair booth, which made it easier for Japanese visitors to drop by without an appointment but harder to hold longer technical talks.

4. Results

- 71 business meetings held in total (46 in Nagoya, 25 in Osaka).
- 14 follow-up requests received by delegation companies, four of them for product trials.
- Näsi Robotics Oy and Sakai Logistics Systems K.K. agreed on a pilot installation in a warehouse in Sakai in spring 2036.
- Tampere University and Nagoya University will prepare a joint application to the JST–Business Finland cooperation call with deadline 15 January 2036.
- ORIC has invited RoboPirkka to the Chūbu Robotics Week in Nagoya in June 2036.

5. Lessons learnt for future missions

- Japanese partners expect at least two follow-up contacts before the first commercial discussion; the cluster should plan a follow-up video call programme within six weeks of a mission.
- Material in Japanese (one-page company profiles) was essential; companies without it had fewer meetings.
- Combining a matchmaking day with a trade fair worked well and reduced costs.

Costs: the total cost of the mission for the cluster was EUR 38,400, of which 60% was covered by the regional co-financing. Participating companies paid a fee of EUR 1,200 each and their own travel and accommodation. All participants rated the mission as useful or very useful in the feedback survey; the matchmaking day in Nagoya received the highest scores, the fair day the lowest.

6. Follow-up

A members' debriefing webinar will be held on 13 November 2035 at 14:00 (Teams). A return visit of an ORIC delegation to Tampere is planned around the Tampere Robotics Days on 21–22 April 2036. The mission was co-financed by the Regional Council of Pirkanmaa.

Contact: Elina Koskinen-Ahola, elina.koskinen-ahola@robopirkka.example, +358 40 000 0000
"""
gold("RoboPirkka_mission-report_Japan-2035-10.txt", "2035-10-30",
 [P("Elina Koskinen-Ahola","international affairs manager","RoboPirkka"),
  P("Antti Hyvönen","CEO","Näsi Robotics Oy"),
  P("Laura Virtanen-Seppälä","sales director","Hervanta Vision Oy"),
  P("Mikko Rantanen","founder","Pyynikki Autonomous Oy"),
  P("Sanna Lehtinen","founder","Pyynikki Autonomous Oy"),
  P("Jussi Peltola","business development manager","Tampella Automation Oyj"),
  P("Hanna-Riikka Salo","research director","Faculty of Engineering and Natural Sciences"),
  P("Ville Aaltonen","senior lecturer","Tampere University of Applied Sciences"),
  P("Timo Kallio","key account manager","Kangasala Hydraulics Oy"),
  P("Riikka Mustonen",None,"RoboPirkka"),
  P("Oskari Laine",None,"RoboPirkka"),
  P("Keiko Tanabe","director for investment promotion","JETRO Nagoya office"),
  P("Hiroshi Ogawa","general manager of production engineering","Chūbu Precision Works Co., Ltd."),
  P("Kenji Matsuda","Honorary Consul of Finland in Nagoya",None),
  P("Yuki Hayashi","secretary general","ORIC"),
  P("Takeshi Morimoto",None,"Institute of Innovation for Future Society")],
 [O("Robotiikka Pirkanmaa ry","RoboPirkka"), O("Business Tampere"), O("Business Finland"), O("Team Finland"),
  O("Embassy of Finland in Tokyo"), O("Näsi Robotics Oy"), O("Hervanta Vision Oy"), O("Pyynikki Autonomous Oy"),
  O("Tampella Automation Oyj"), O("Tampere University"), O("Faculty of Engineering and Natural Sciences"),
  O("Tampere University of Applied Sciences","TAMK"), O("Kangasala Hydraulics Oy"), O("JETRO Nagoya office"),
  O("Chūbu Precision Works Co., Ltd."), O("Chubu Economic Federation"), O("Owari Robotics Industry Cluster","ORIC"),
  O("Nagoya University"), O("Institute of Innovation for Future Society"), O("Finnish Chamber of Commerce in Japan"),
  O("Sakai Logistics Systems K.K."), O("Naniwa Medical Robotics Inc."), O("Osaka Metropolitan University"),
  O("Kansai Robotics Consortium"), O("JST"), O("Regional Council of Pirkanmaa")],
 [E("Matchmaking mission to Japan","2035-10-08","2035-10-12","Nagoya, Osaka","Japan"),
  E("iREX 2036","2036",None,"Tokyo","Japan"),
  E("Finland–Chūbu Robotics Business Meetings","2035-10-09",None,"Nagoya","Japan"),
  E("Kansai Robot Fair 2035","2035-10-10","2035-10-12","Osaka","Japan"),
  E("Chūbu Robotics Week","2036-06",None,"Nagoya","Japan"),
  E("members' debriefing webinar","2035-11-13",None,None,None),
  E("Tampere Robotics Days","2036-04-21","2036-04-22","Tampere","Finland"),
  E("return visit of an ORIC delegation","2036-04",None,"Tampere","Finland")],
 ["2035-10-08/2035-10-12","2035-10-30","2035-10-08","2035-10-09","2035-10-10","2035-10-11","2035-10-12","2035-10-10/2035-10-12",
  "2036","2036-01-15","2036-06","2035-11-13","2036-04-21/2036-04-22"],
 ["Japanese partners expect at least two follow-up contacts before the first commercial discussion; the cluster should plan a follow-up video call programme within six weeks of a mission",
  "Material in Japanese (one-page company profiles) was essential; companies without it had fewer meetings",
  "Combining a matchmaking day with a trade fair worked well and reduced costs"], T)
