from h import *
F = 'g13_kotka_logistics_cluster_newsletter-pdf.txt'
assert wd(2040,9,17)=='Monday' and wd(2040,10,4)=='Thursday' and wd(2040,8,29)=='Wednesday' and wd(2040,11,15)=='Thursday'
HDR = "Kymi Ports & Logistics Cluster | Newsletter 3/2040"
T = f"""{HDR}

KYMI PORTS & LOGISTICS CLUSTER
NEWSLETTER 3/2040 – SEPTEMBER
Kotka, 7 September 2040

CONTENTS
Editorial .................................................. 1
Member news ................................................ 1
People ..................................................... 2
Events ..................................................... 2
From Brussels .............................................. 3
Survey: rail freight at the eastern ports .................. 3
Jobs and calls ............................................. 3

EDITORIAL

Dear members,
the summer was a difficult one for the ports of Kotka and Hamina. Transit vol-
umes fell again, and two of our members had to lay off staff. At the same time,
the new rail ferry link and the hydrogen bunkering pilot show that the region
can still attract investment. Our cluster was founded in 2019 exactly for such
moments: to keep the companies talking to each other when the market is bad.
This autumn we will focus on three things – skills, digital customs procedures
and the energy transition of port operations. I invite all members to the
autumn seminar in October, where we will present the draft of our action plan
for 2041–2043.

Helena Korhonen-Blom
Chair of the Board

MEMBER NEWS

New members. The board has accepted four new members: Kotkan Konttipalvelu Oy
(Kotka), Haminan Satamasähkö Oy (Hamina), Kaakon Rahtilogistiikka Ky (Kouvola) and
the logistics programme of the South-Eastern Finland University of Applied
Sciences (Xamk). The cluster now counts 58 members.

Anniversary. Mussalo Stevedoring Oy celebrates its 50th year. The company was
established in 1990 and employs 210 people in Kotka and Hamina.

Investment. Haminan Satamasähkö Oy has started building a 12 MW shore power
station at the Hamina oil harbour. The investment of EUR 9 million is supported
by the Business Finland energy aid and should be completed in spring 2041.

{HDR}                                                           1


People. Mikko Rantanen has been appointed managing director of Mussalo Stevedoring
Oy from 1 October 2040. He succeeds Pertti Lahtinen, who retires after 26 years
with the company. The cluster's annual meeting elected Sari Nieminen, logistics
director of Kaakon Rahtilogistiikka Ky, as a new board member. Dr Jussi Väisänen
of Xamk chairs the cluster's new skills working group. Our project manager Elina
Sund is on parental leave until March 2041; during her absence, please contact
Tuomas Heikkilä, who
joined the office in August as EU project coordinator.

EVENTS

Monday 17 September 2040, 12:00–15:30
Customs digitalisation briefing
Venue: Port of HaminaKotka Ltd, head office, Kotka
Speakers: Laura Peltonen, Finnish Customs; Antti Järvelä, Port of Hamina-
Kotka Ltd
Registration by 12 September

Thursday 4 October 2040, 9:00–16:00
Autumn seminar of the Kymi Ports & Logistics Cluster
Venue: Kotka Concert Hall
09:00 Coffee and registration
09:30 Opening – Helena Korhonen-Blom
10:00 Action plan 2041–2043 – presentation and discussion
12:00 Lunch
13:00 Hydrogen in port operations – panel
15:00 Harbour boat tour
Participation free for members, EUR 90 for others

Thursday 15 November 2040
Logistics Student Job Fair, Xamk Kouvola campus

LOOKING BACK
On Wednesday 29 August 2040 the Baltic Rail Freight Day took place in Kouvola with
146 participants from Finland, Estonia, Sweden and Germany. The organisers, the
Kouvola Innovation Ltd (Kinno) and our cluster, signed a memorandum on joint
marketing of the Kouvola rail-road terminal. Presentations and photos are
available in the members' area; the next Rail Freight Day will be hosted in
Tallinn.

{HDR}                                                           2


FROM BRUSSELS

The European Commission has published the mid-term review of the Euroclusters
and the new guidelines for cluster partnerships under the Single Market Pro-
gramme's successor. According to Johanna Saarinen from the Helsinki EU Office,
logistics clusters from the Baltic Sea region will be eligible for a targeted call
planned for the first half of 2041. The Finnish cluster association will organise
an information webinar on 26 September 2040.

SURVEY: RAIL FREIGHT AT THE EASTERN PORTS

Together with the Regional Council of Kymenlaakso we interviewed 44 shippers and
forwarders. Main findings:
- Rail freight from Kotka and Hamina could grow by one third if terminal
  capacity in Kouvola is increased
- Digital customs declarations save shippers on average 1.5 working days per
  shipment
- Lack of truck drivers is now more critical than lack of warehouse space
- Nine out of ten companies support a joint cluster training academy

JOBS AND CALLS

The cluster office is looking for a part-time communications assistant (60%)
from 1 November 2040. Applications by 30 September 2040.
The Centre for Economic Development, Transport and the Environment (ELY Centre)
of South-East Finland has opened a call for development projects until
31 October 2040.

MEMBER QUOTE
"Thanks to the cluster we now share a crane operator training with our compe-
titor – and both of us save money." – Kari Lindroos, CEO, Kotkan Konttipalvelu Oy

Kymi Ports & Logistics Cluster ry, Kirkkokatu 0, 48100 Kotka
Business ID 0000000-0 | Association register no. 000.000
Photos: Ville Mäkelä. To unsubscribe, send an e-mail to cluster@kymiports.example.fi

{HDR}                                                           3
"""
write(F, T)
KC="Kymi Ports & Logistics Cluster"
gold(F,
 [P("Helena Korhonen-Blom","Chair of the Board",KC),
  P("Mikko Rantanen","managing director","Mussalo Stevedoring Oy"),
  P("Pertti Lahtinen",None,"Mussalo Stevedoring Oy"),
  P("Sari Nieminen","board member",KC),
  P("Jussi Väisänen",None,"Xamk"),
  P("Elina Sund","project manager",KC),
  P("Tuomas Heikkilä","EU project coordinator",KC),
  P("Laura Peltonen",None,"Finnish Customs"),
  P("Antti Järvelä",None,"Port of HaminaKotka Ltd"),
  P("Johanna Saarinen",None,"Helsinki EU Office"),
  P("Kari Lindroos","CEO","Kotkan Konttipalvelu Oy"),
  P("Ville Mäkelä",None,None)],
 [O("Kymi Ports & Logistics Cluster ry"), O("Kotkan Konttipalvelu Oy"), O("Haminan Satamasähkö Oy"),
  O("Kaakon Rahtilogistiikka Ky"), O("South-Eastern Finland University of Applied Sciences","Xamk"),
  O("Mussalo Stevedoring Oy"), O("Business Finland"), O("Port of HaminaKotka Ltd"), O("Finnish Customs"),
  O("Kouvola Innovation Ltd","Kinno"), O("European Commission"), O("Helsinki EU Office"),
  O("Regional Council of Kymenlaakso"),
  O("Centre for Economic Development, Transport and the Environment","ELY Centre")],
 [E("Customs digitalisation briefing","2040-09-17",None,"Kotka","Finland"),
  E("Autumn seminar of the Kymi Ports & Logistics Cluster","2040-10-04",None,"Kotka","Finland"),
  E("Harbour boat tour","2040-10-04",None,"Kotka","Finland"),
  E("Logistics Student Job Fair","2040-11-15",None,"Kouvola","Finland"),
  E("Baltic Rail Freight Day","2040-08-29",None,"Kouvola","Finland"),
  E("information webinar","2040-09-26",None,None,None),
  E("annual meeting",None,None,None,None)],
 ["2040-09","2040-09-07","2019","2041/2043","1990","2041","2040-10-01","2041-03","2040-09-17","2040-09-12","2040-10-04",
  "2040-11-15","2040-08-29","2040-09-26","2040-11-01","2040-09-30","2040-10-31","2040-10","2040-08"],
 ["Rail freight from Kotka and Hamina could grow by one third if terminal capacity in Kouvola is increased",
  "Digital customs declarations save shippers on average 1.5 working days per shipment",
  "Lack of truck drivers is now more critical than lack of warehouse space",
  "Nine out of ten companies support a joint cluster training academy"], "2040-09-07")
