from h import *
F = 'vienna-elastomers-mobility-cluster-peer-review-2033-pdf.txt'
H = "Peer Review Report – Vienna Elastomers & Mobility Cluster                 September 2033"
T = f"""{H}


            PEER REVIEW REPORT

            Vienna Elastomers & Mobility Cluster (VEMC)
            Vienna, Austria

            Peer review visit: 14–16 June 2033
            Report date: 12 September 2033

            Carried out within the CLUSTERS4TRANSITION peer learning scheme
            coordinated by the European Cluster Managers' Network (ECMN)


                                                                   1
{H}

1. The review team

The review team consisted of three cluster managers and one facilitator:
  • Dr. Ewa Grabowska-Lis, managing director, Silesian Automotive Cluster (Katowice, Poland)
  • Jordi Puigdemont i Serra, manager, Clúster de la Mobilitat de Girona (Spain)
  • Ir. Koen Vandamme, innovation manager, Flanders Plastics Network (Ghent, Belgium)
  • Dr. Ruth O'Sullivan, facilitator, ECMN secretariat (Dublin)

The host team was led by Hélène Marchetti-Dubois, general manager of VEMC, and Pierre-Alain Vigier, chairman of the board and head of open innovation at Pneumatik Werke Traiskirchen GmbH.

2. Method

The review followed the ECMN peer review guide. Before the visit, VEMC sent a self-assessment, its strategy 2031–2035 and its annual reports. During three days the team interviewed 27 people: board members, eight member companies, TU Wien, the FH Technikum Wien, the City of Vienna's economic affairs department (MA 23) and the Vienna Business Agency. On 15 June the team visited the test track of Prüfzentrum Michaud in Teesdorf and the start-up incubator Busi-
ness Lab Seestadt. A feedback session with the board took place on the last day.

3. Strengths

The review team identified the following strengths:
  • A clear strategic focus on sustainable elastomers and tyre recycling, which
    is shared by large and small members alike.
  • A highly committed team of eleven staff with long experience and good
    personal links to member companies.
  • Excellent access to test facilities and laboratories, which members can
    book at preferential rates.
  • A strong track record in collaborative R&D: 23 funded projects since 2030,

                                                                   2
{H}

    with a total volume of EUR 41 million.
  • Good visibility at European level through active participation in
    European Strategic Cluster Partnerships.

4. Areas for improvement

The review team sees the following areas for improvement:
  • Member services are not well known by SMEs; a third of the small
    members interviewed did not know the cluster's training offer.
  • The cluster depends strongly on three large companies, which provide
    half of the membership fee income.
  • Monitoring focuses on activities rather than results; the cluster does
    not systematically measure the impact of its projects on members.
  • Links to the wider mobility ecosystem (rail, cycling, batteries) are
    still weak, although the strategy names them as growth areas.
  • International activities are opportunistic and lack a list of priority
    target regions.

5. Recommendations

The peers recommend that VEMC (a) prepare a simple service catalogue for
SMEs and present it at every member event, (b) set up a results-based
monitoring system with three to five impact indicators by mid-2034, (c)
open a working group on cycling and micro-mobility with the Graz-based
cluster ACstyria, and (d) define an internationalisation plan with no more
than three target regions. The peers also suggested that VEMC apply for
the Gold Label of the European Cluster Excellence Initiative after the
next strategy review.

6. Reactions of the host

Hélène Marchetti-Dubois thanked the peers and said that the findings con-
firmed the board's own concerns about the dependence on large members.
The board discussed the report on 24 January 2034 and decided to start
with the service catalogue and the monitoring system. A follow-up call
with the peers is planned for June 2034.

7. Next peer review

The next review in the scheme will take place at the Silesian Automotive
Cluster in Katowice from 7 to 9 November 2033, with Hélène Marchetti-
Dubois joining the review team.


                                                                   3
"""
write(F, T)
gold(F, [P('Ewa Grabowska-Lis','managing director','Silesian Automotive Cluster'), P('Jordi Puigdemont i Serra','manager','Clúster de la Mobilitat de Girona'),
 P('Koen Vandamme','innovation manager','Flanders Plastics Network'), P("Ruth O'Sullivan",'facilitator','ECMN'),
 P('Hélène Marchetti-Dubois','general manager','VEMC'), P('Pierre-Alain Vigier','chairman of the board','Pneumatik Werke Traiskirchen GmbH')],
 [O('Vienna Elastomers & Mobility Cluster','VEMC'), O("European Cluster Managers' Network",'ECMN'), O('Silesian Automotive Cluster'),
  O('Clúster de la Mobilitat de Girona'), O('Flanders Plastics Network'), O('Pneumatik Werke Traiskirchen GmbH'),
  O('TU Wien'), O('FH Technikum Wien'), O("City of Vienna's economic affairs department",'MA 23'), O('Vienna Business Agency'),
  O('Prüfzentrum Michaud'), O('ACstyria'), O('European Cluster Excellence Initiative')],
 [E('Peer review visit','2033-06-14','2033-06-16','Vienna','Austria'), E('visited the test track','2033-06-15','2033-06-15','Teesdorf','Austria'),
  E('feedback session','2033-06-16','2033-06-16','Vienna','Austria'), E('board meeting','2034-01-24','2034-01-24',None,None),
  E('follow-up call','2034-06',None,None,None), E('next review','2033-11-07','2033-11-09','Katowice','Poland')],
 ['2033-09','2033-06-14/2033-06-16','2033-09-12','2031/2035','2033-06-15','2030','2034','2034-01-24','2034-06','2033-11-07/2033-11-09'],
 ['A clear strategic focus on sustainable elastomers and tyre recycling, which is shared by large and small members alike',
  'A highly committed team of eleven staff with long experience and good personal links to member companies',
  'Excellent access to test facilities and laboratories, which members can book at preferential rates',
  'A strong track record in collaborative R&D: 23 funded projects since 2030',
  'Good visibility at European level through active participation in European Strategic Cluster Partnerships',
  "Member services are not well known by SMEs; a third of the small members interviewed did not know the cluster's training offer",
  'The cluster depends strongly on three large companies, which provide half of the membership fee income',
  'Monitoring focuses on activities rather than results; the cluster does not systematically measure the impact of its projects on members',
  'Links to the wider mobility ecosystem (rail, cycling, batteries) are still weak, although the strategy names them as growth areas',
  'International activities are opportunistic and lack a list of priority target regions',
  'prepare a simple service catalogue for SMEs and present it at every member event',
  'set up a results-based monitoring system with three to five impact indicators by mid-2034',
  'open a working group on cycling and micro-mobility with the Graz-based cluster ACstyria',
  'define an internationalisation plan with no more than three target regions'],
 pub='2033-09-12')
