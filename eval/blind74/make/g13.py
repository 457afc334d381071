from h import *
F = 'klaipeda-baltic-health-convention-2033-report.txt'
T = """Klaipėda Health Technology Cluster – Report of the 12th Baltic Health Convention
Klaipėda, 29–30 September 2033

Published by the communication office of the Klaipėda Health Technology Cluster (KHTC), 16 October 2033
Filed under: Events > Reports

The 12th Baltic Health Convention brought some 560 participants from industry, hospitals, universities and public administration to the Amberton Hotel in Klaipėda on Thursday 29 and Friday 30 September 2033. Organised by the Klaipėda Health Technology Cluster on behalf of the Ministry of Economy and Innovation of the Republic of Lithuania, the convention this year focused on "Healthy ageing in rural regions: care, technology and people".

Opening

Minister of Health Dr. Kotryna Zimkienė-Hagen opened the convention by recalling that western Lithuania's rural districts have one of the oldest populations in the Baltic states: by 2040 one in three inhabitants will be over 65. She announced that the government will fund a network of twelve telemedicine centres in rural hospitals from 2034 onwards. Prof. Heyo K. Kroemer-Stein, chairman of the cluster board and scientific adviser to Klaipėda University Hospital, welcomed the delegations from Poland, Denmark, Sweden, Latvia and Germany.

The keynote was given by Dr. Marit Solheim-Aasen of the Norwegian Centre for E-health Research in Tromsø, who described twenty years of experience with remote care in northern Norway. "Technology alone does not keep people at home. It is the combination of a nurse who knows the patient, a reliable connection and a family that is involved," she said.

Sessions

Six parallel sessions followed on telemedicine, care robotics, prevention, workforce, health tourism and medical technology start-ups. In the workforce session, Agnieszka Kowalewska-Brandt of the Pomeranian Nursing Association in Szczecin presented a cross-border training scheme that has certified 140 Polish nurses for work in Lithuanian and German care homes since 2030. Jonas Petersen of the Danish company CareTech Syddanmark ApS showed a fall-detection system now used in 300 homes in Funen.

In the care robotics session, Dr. Hannes Lindström of the Swedish research institute RISE in Västerås warned against expecting robots to replace care staff. In his view, the greatest benefit comes from simple devices that lift, remind and monitor, so that nurses gain time for conversation. Klaipėda University presented a joint study with the University of Rostock on how older people in small coastal towns use digital services; only a quarter of those over 75 regularly use video consultations, mainly because they lack help in setting them up.

Matchmaking

For the first time, the convention offered a matchmaking session on both days, organised with Enterprise Europe Network Lithuania. In total, 212 meetings were booked between 118 participants. Most requests concerned distribution partners for medical devices in the Baltic states and Poland, and hospitals looking for suppliers of telemedicine equipment. An exhibition in the foyer showed the work of 34 companies and research institutes. Participants rated the convention at 4.4 out of 5 in the feedback survey; they asked for more time for discussion and for a separate session on financing for small companies.

The start-up session ended with the award of the Baltic Health Innovation Prize 2033, presented on Thursday evening at the convention dinner in the Amberton Hotel. The prize of EUR 10,000 went to Klaipėda-based Medilink Baltic UAB, founded by Lea Schwarzkopf and Tobias Ahrens, for a medication app for people with dementia.

On Friday morning, delegates could choose between three site visits: the Klaipėda Science and Technology Park (KMTP), the telemedicine centre of Klaipėda University Hospital and a care home in Palanga that tests social robots.

Key conclusions

At the closing plenary, KHTC managing director Dr. Ulrike Fiedler-Nowak summarised the conclusions of the two days:
- Rural health care needs regional care networks that connect hospitals, GPs, care services and families, instead of isolated pilot projects.
- Telemedicine must move from project funding to regular reimbursement by health insurers; the government should lead negotiations with the insurers by mid-2034.
- The shortage of care workers cannot be solved without international recruitment, and cross-border training with Poland should be scaled up.
- Health tourism and prevention are an economic opportunity for the coast and the Curonian Spit, but need common quality standards.
- Start-ups in health technology need test environments in real care settings; the cluster will open a "living lab" network in 2034.

Next steps

The cluster will present the conclusions to the Seimas Committee on Health Affairs on 16 November 2033. The 13th Baltic Health Convention will take place on 28 September 2034, again in Klaipėda, with Sweden as partner country.

Programme committee

The programme committee of the 12th convention consisted of:
- Dr. Ulrike Fiedler-Nowak, KHTC (chair)
- Prof. Dr. Sabine von der Lühe, University of Rostock, Institute for Implant Technology
- Martynas Kvedaras, National Health Insurance Fund, head of regional care management
- Dr. Paweł Zieliński, Pomeranian Medical University in Szczecin
- Kirsten Bøgh-Madsen, Region of Southern Denmark, Department of
"""
write(F, T)
gold(F, [P('Kotryna Zimkienė-Hagen','Minister of Health',None), P('Heyo K. Kroemer-Stein','chairman of the cluster board','Klaipėda Health Technology Cluster'),
 P('Marit Solheim-Aasen',None,'Norwegian Centre for E-health Research'), P('Agnieszka Kowalewska-Brandt',None,'Pomeranian Nursing Association'),
 P('Jonas Petersen',None,'CareTech Syddanmark ApS'), P('Lea Schwarzkopf',None,'Medilink Baltic UAB'), P('Tobias Ahrens',None,'Medilink Baltic UAB'),
 P('Hannes Lindström',None,'RISE'), P('Ulrike Fiedler-Nowak','managing director','KHTC'), P('Sabine von der Lühe',None,'University of Rostock'),
 P('Martynas Kvedaras','head of regional care management','National Health Insurance Fund'), P('Paweł Zieliński',None,'Pomeranian Medical University in Szczecin'),
 P('Kirsten Bøgh-Madsen',None,'Region of Southern Denmark')],
 [O('Klaipėda Health Technology Cluster','KHTC'), O('Ministry of Economy and Innovation of the Republic of Lithuania'), O('Klaipėda University Hospital'),
  O('Norwegian Centre for E-health Research'), O('Pomeranian Nursing Association'), O('CareTech Syddanmark ApS'), O('Medilink Baltic UAB'),
  O('Klaipėda Science and Technology Park','KMTP'), O('Seimas Committee on Health Affairs'),
  O('University of Rostock'), O('Institute for Implant Technology'), O('National Health Insurance Fund'), O('Pomeranian Medical University in Szczecin'), O('Region of Southern Denmark'), O('RISE'), O('Klaipėda University'), O('Enterprise Europe Network Lithuania')],
 [E('12th Baltic Health Convention','2033-09-29','2033-09-30','Klaipėda','Lithuania'),
  E('award of the Baltic Health Innovation Prize 2033','2033-09-29','2033-09-29','Klaipėda','Lithuania'),
  E('matchmaking session','2033-09-29','2033-09-30','Klaipėda','Lithuania'), E('convention dinner','2033-09-29','2033-09-29','Klaipėda','Lithuania'),
  E('site visits','2033-09-30','2033-09-30',None,'Lithuania'),
  E('presentation to the Seimas Committee on Health Affairs','2033-11-16','2033-11-16',None,None),
  E('13th Baltic Health Convention','2034-09-28','2034-09-28','Klaipėda','Lithuania')],
 ['2033-09-29/2033-09-30','2033-10-16','2040','2034','2030','2033-11-16','2034-09-28'],
 ['Rural health care needs regional care networks that connect hospitals, GPs, care services and families, instead of isolated pilot projects',
  'Telemedicine must move from project funding to regular reimbursement by health insurers; the government should lead negotiations with the insurers by mid-2034',
  'The shortage of care workers cannot be solved without international recruitment, and cross-border training with Poland should be scaled up',
  'Health tourism and prevention are an economic opportunity for the coast and the Curonian Spit, but need common quality standards',
  'Start-ups in health technology need test environments in real care settings; the cluster will open a "living lab" network in 2034'],
 pub='2033-10-16')
