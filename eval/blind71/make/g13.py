from common import *
doc='13_lux_manufacturing_board_schedule_2037.txt'
t='''LUXEMBOURG MATERIALS & MANUFACTURING CLUSTER
Steering Board – Schedule of meetings 2037

Document SB/2036/14 – adopted by the Steering Board on 2 December 2036
Circulated to: members of the Steering Board, cluster management team, Ministry of the Economy (observer)

1. PURPOSE

This document sets the dates, places and main agenda items of the meetings of the Steering Board of the Luxembourg Materials & Manufacturing Cluster for the year 2037. The Cluster is managed by Luxinnovation GIE, the national innovation agency, on behalf of the Ministry of the Economy. Under the cluster charter, the Steering Board meets at least five times a year; it advises the cluster manager on the work programme, approves the annual activity report and selects the cluster's flagship projects. In 2037 the Board will also prepare the renewal of the cluster's label and the next multi-annual strategy, which explains why seven meetings, rather than the usual five, are planned this year.

Unless otherwise stated, meetings take place from 16:00 to 18:30 at the offices of Luxinnovation in Esch-sur-Alzette (Maison de l'Innovation, 5 avenue des Hauts-Fourneaux). Members may join by video link; however, the approval of the activity report in April and the selection of flagship projects in October require a quorum of members present in person.

2. MEMBERS OF THE STEERING BOARD (term 2035–2038)

Chair: Dr. Claudine Weber-Schmit, Chief Technology Officer, Ceratizit S.A.
Vice-chair: Marc Hoffmann, Managing Director, Hoffmann Précision S.à r.l.
Members:
– Prof. Dr.-Ing. Stéphane Beaufort, University of Luxembourg
– Dr. Ana-Maria Popescu, Head of Materials Research and Technology, Luxembourg Institute of Science and Technology (LIST)
– Jean-Paul Thill, Director, FEDIL – The Voice of Luxembourg's Industry
– Nadine Kremer, Plant Manager, Goodyear Innovation Center Luxembourg
– Dr. Tobias zu Eltz, Head of R&D Europe, IEE S.A.
– Paulo Ferreira da Silva, Managing Partner, Métallerie Ferreira S.à r.l.
Observer: Christiane Wagner, Government Adviser, Ministry of the Economy
Secretary (non-voting): Patrick Schammo, Cluster Manager, Luxinnovation

3. CALENDAR OF MEETINGS 2037

Meeting 1 – Tuesday 27 January 2037, Esch-sur-Alzette
– Review of the work programme 2037 and budget
– Preparation of the cluster's presence at Hannover Messe 2037 (19–23 April 2037)
– Report on the Greater Region cluster meeting held in Saarbrücken in December

Meeting 2 – Tuesday 17 March 2037, Esch-sur-Alzette
– Draft activity report 2036
– Launch of the call for flagship projects 2037 (call to be published on 1 April 2037)
– Membership fees: proposal for a reduced fee for start-ups

Meeting 3 – Tuesday 21 April 2037, 14:00–18:30, Foetz (hosted by Hoffmann Précision S.à r.l.)
– Approval of the activity report 2036 (quorum required)
– Site visit of the host company's new additive manufacturing line (14:00–15:30)
– Preparation of the Cluster Annual Event (see below)

Meeting 4 – Tuesday 16 June 2037, Luxembourg-Kirchberg (Chamber of Commerce)
– Mid-year review of the work programme
– Exchange with the Minister of the Economy on the national industrial strategy 2037–2042 (to be confirmed)
– Planning of the autumn study visit to the Basque Country

Meeting 5 – Tuesday 22 September 2037, Esch-sur-Alzette
– Shortlist of flagship project proposals (deadline for proposals: 6 July 2037)
– Feedback from the study visit
– Evaluation of the cluster under the ESCA Gold label renewal

Meeting 6 – Tuesday 27 October 2037, 09:00–13:00, Esch-sur-Alzette
– Selection of flagship projects 2037 (quorum required); applicants present their proposals in 15-minute slots
– Decision on the cluster's participation in the European Cluster Conference 2038

Meeting 7 – Tuesday 8 December 2037, Belval (University of Luxembourg, Maison du Savoir)
– Draft work programme and budget 2038
– Adoption of the schedule of meetings 2038
– The meeting will be followed at 19:00 by the end-of-year dinner of the Steering Board with the cluster management team.

4. OTHER DATES FOR THE DIARY

– Cluster Annual Event: Wednesday 29 April 2037, 14:00–20:00, Rockhal, Esch-Belval. Members of the Steering Board are asked to chair the three thematic sessions (Dr. Ana-Maria Popescu: advanced materials; Marc Hoffmann: digital manufacturing; Nadine Kremer: skills). Keynote speaker: Prof. Dr. Ulrike Lechner-Haas, Fraunhofer Institute for Laser Technology ILT.
– Study visit to the Basque Country (Bilbao and San Sebastián): 13–15 October 2037, organised with the Basque Advanced Manufacturing Cluster AFM.
– Greater Region Cluster Day: 25 November 2037, Metz (organised by the Pôle Matériaux Grand Est).

5. PRACTICAL ARRANGEMENTS

Meeting documents are sent to members one week before each meeting through the secure board portal. Members who cannot attend should inform the secretary at least 48 hours in advance and may give a written opinion on items for decision. Minutes are circulated within ten working days and are approved at the following meeting.

Changes to this schedule are decided by the chair and communicated by e-mail. The schedule of meetings 2038 will be adopted on 8 December 2037.

Contact: Patrick Schammo, Cluster Manager – patrick.schammo@luxinnovation.example – +352 43 62 63 1
'''
write(doc,t)
LX='Luxinnovation'; LMMC='Luxembourg Materials & Manufacturing Cluster'; HP='Hoffmann Précision S.à r.l.'
gold(doc,[P('Claudine Weber-Schmit','Chief Technology Officer','Ceratizit S.A.'),P('Marc Hoffmann','Managing Director','Hoffmann Précision S.à r.l.'),P('Stéphane Beaufort',None,'University of Luxembourg'),
 P('Ana-Maria Popescu','Head of Materials Research and Technology','Luxembourg Institute of Science and Technology'),P('Jean-Paul Thill','Director','FEDIL'),
 P('Nadine Kremer','Plant Manager','Goodyear Innovation Center Luxembourg'),P('Tobias zu Eltz','Head of R&D Europe','IEE S.A.'),
 P('Paulo Ferreira da Silva','Managing Partner','Métallerie Ferreira S.à r.l.'),P('Christiane Wagner','Government Adviser','Ministry of the Economy'),
 P('Patrick Schammo','Cluster Manager',LX),P('Ulrike Lechner-Haas',None,'Fraunhofer Institute for Laser Technology')],
 [O(LMMC),O('Luxinnovation GIE'),O('Ministry of the Economy'),O('Ceratizit S.A.'),O(HP),O('University of Luxembourg'),
  O('Luxembourg Institute of Science and Technology','LIST'),O("FEDIL – The Voice of Luxembourg's Industry",'FEDIL'),O('Goodyear Innovation Center Luxembourg'),
  O('IEE S.A.'),O('Métallerie Ferreira S.à r.l.'),O('Chamber of Commerce'),O('Fraunhofer Institute for Laser Technology','ILT'),
  O('Basque Advanced Manufacturing Cluster','AFM'),O('Pôle Matériaux Grand Est'),O('ESCA')],
 [E('Meeting 1','2037-01-27',None,'Esch-sur-Alzette','Luxembourg'),E('Hannover Messe 2037','2037-04-19','2037-04-23','Hannover','Germany'),
  E('Greater Region cluster meeting','2036-12',None,'Saarbrücken','Germany'),
  E('Meeting 2','2037-03-17',None,'Esch-sur-Alzette','Luxembourg'),E('Meeting 3','2037-04-21',None,'Foetz','Luxembourg'),
  E('Site visit','2037-04-21',None,'Foetz','Luxembourg'),E('Meeting 4','2037-06-16',None,'Luxembourg-Kirchberg','Luxembourg'),
  E('Meeting 5','2037-09-22',None,'Esch-sur-Alzette','Luxembourg'),E('Meeting 6','2037-10-27',None,'Esch-sur-Alzette','Luxembourg'),
  E('European Cluster Conference 2038'),E('Meeting 7','2037-12-08',None,'Belval','Luxembourg'),
  E('end-of-year dinner of the Steering Board','2037-12-08',None,'Belval','Luxembourg'),
  E('Cluster Annual Event','2037-04-29',None,'Esch-Belval','Luxembourg'),
  E('Study visit to the Basque Country','2037-10-13','2037-10-15','Bilbao, San Sebastián','Spain'),
  E('Greater Region Cluster Day','2037-11-25',None,'Metz','France')],
 ['2036-12-02','2036-12','2037','2035/2038','2037-01-27','2037-04-19/2037-04-23','2037-03-17','2037-04-01','2037-04-21','2037-06-16','2037/2042',
  '2037-09-22','2037-07-06','2037-10-27','2037-12-08','2037-04-29','2037-10-13/2037-10-15','2037-11-25'],pub='2036-12-02')
