from h import *
F = 'g03_bluemed_midterm_review-pdf.txt'
assert wd(2038,3,9)=='Tuesday' and wd(2038,6,16)=='Wednesday'
T = """BLUE-HARBOURS · Mid-term Review Summary · Version 1.1                                   1

BLUE-HARBOURS
Small ports as hubs of the blue economy

Mid-term Review Summary
Reporting periods 1–3 (1 April 2036 – 30 September 2037)

Interreg Euro-MED Programme · Priority 1 – Smarter Mediterranean
Prepared by: Project Coordination Team, Malta Maritime Cluster
Date of submission: 22 March 2038
Dissemination level: Public

1. Purpose of this document
This summary presents the main findings of the mid-term review of BLUE-HARBOURS,
held in Valletta on Tuesday 9 March 2038. The review was carried out by the Steer-
ing Committee together with an external evaluator, Dr. Elena Sfakianaki (Aegean
Evaluation Services), and the project officer of the Joint Secretariat, Nicolas Fabre. It looks at
the progress of the four work packages, the use of the budget (EUR 2.4 million, of which
EUR 1.92 million ERDF) and the risks for the second half of the project, which ends on 31
March 2039.

2. Partnership
The consortium consists of eight partners: Malta Maritime Cluster (MMC, lead partner),
Port Authority of Gozo, Associação Fórum Oceano (Portugal), Clúster Marítimo de Ca-
narias (Spain), Cluster Mare Liguria (Italy), Cyprus Marine and Maritime Institute
(CMMI), Croatian Chamber of Economy – County Chamber Split and the University of
Patras (Greece).

3. Key findings
The review panel agreed on the following findings:
 • Five of the six pilot harbours have installed shore power or smart mooring systems;
   the pilot in Mgarr (Gozo) is delayed by a permitting issue and will start in May 2038.
 • 112 small and medium-sized enterprises have taken part in the harbour innovation
   labs, against a target of 90.
 • Budget absorption stands at 47%, slightly below the 50% foreseen for the mid-term,
   mainly because of the late procurement in Split.
 • Cooperation between port authorities and clusters works best where a named
   contact person in the port attends every lab.
 • The communication work package has reached the planned audience online but few
   local decision-makers.

                                                                                                         
BLUE-HARBOURS · Mid-term Review Summary · Version 1.1                                   2

4. Results achieved so far
In the first three periods the partnership has delivered a baseline study of 34 small ports
in the Mediterranean, a toolkit for port-cluster cooperation (available in six languages),
two transnational training schools and the first version of the Harbour Data Observatory.
The training school in Patras (14–18 June 2037) trained 41 young professionals; the sec-
ond school, in Las Palmas de Gran Canaria, is planned for 14–16 June 2038.
At the review, Prof. Dimitris Kourkoulis (University of Patras), leader of WP2, presented
the observatory. He explained that data on energy use and vessel traffic now come from
eleven ports and will be opened to the public in September 2038. Ana Sofia Meireles of
Fórum Oceano, leader of WP3, reported on the innovation labs, and Marco Traverso,
manager of Cluster Mare Liguria, summarised the lessons from the Genoa lab on electric
work boats.
Speaking for the Port Authority of Gozo, its chief executive Joseph Camilleri said the
island's ports "cannot wait for large infrastructure programmes; the small steps tested
in the project are the ones we can afford now".

5. Recommendations of the review panel
 1. Solve the permitting issue in Mgarr by the end of April 2038 or move the pilot to Marsa-
    xlokk.
 2. Prepare a budget reallocation request for the Joint Secretariat before the sixth
    reporting period.
 3. Invite regional and national policy makers to the second training school and to the
    final event.
 4. Use the observatory data to prepare at least three policy briefs before the final con-
    ference.
 5. Start discussions on a follow-up project with the associated partners in the first half
    of 2038.

Risks for the second half: the panel rated the delay in Mgarr and the low absorption in
Split as medium risks, and the departure of two staff members at Cluster Mare Liguria as a
low risk, since replacements were already recruited in January 2038. No risk was rated high.

6. Next steps and timeline
 – April 2038: decision on the Mgarr pilot (Steering Committee, online meeting)
 – 14–16 June 2038: second training school, Las Palmas de Gran Canaria
 – September 2038: public launch of the Harbour Data Observatory
 – February 2039: final conference, Valletta (date to be confirmed)
 – 31 March 2039: end of the project

7. Review participants
Steering Committee: Dr. Karl Spiteri (Malta Maritime Cluster, chair), Joseph Camilleri
(Port Authority of Gozo), Ana Sofia Meireles (Fórum Oceano), Dr. Yeray Hernández
Suárez (Clúster Marítimo de Canarias), Marco Traverso (Cluster Mare Liguria), Dr.
Andreas Charalambous (CMMI), Ivana Radić (County Chamber Split), Prof. Dimitris
Kourkoulis (University of Patras).
External evaluator: Dr. Elena Sfakianaki. Joint Secretariat: Nicolas Fabre (observer).

Contact: Dr. Karl Spiteri, project coordinator, Malta Maritime Cluster, Valletta
info@example-bluehar-

bours.eu

The content of this document represents the views of the authors only. The Interreg
Euro-MED Programme authorities are not responsible for any use that may be made of
the information it contains.
                                                                                                         
"""
write(F, T)
gold(F,
 [P('Elena Sfakianaki','external evaluator','Aegean Evaluation Services'),
  P('Nicolas Fabre','project officer','Joint Secretariat'),
  P('Dimitris Kourkoulis','leader of WP2','University of Patras'),
  P('Ana Sofia Meireles','leader of WP3','Fórum Oceano'),
  P('Marco Traverso','manager','Cluster Mare Liguria'),
  P('Joseph Camilleri','chief executive','Port Authority of Gozo'),
  P('Karl Spiteri','project coordinator','Malta Maritime Cluster'),
  P('Yeray Hernández Suárez',None,'Clúster Marítimo de Canarias'),
  P('Andreas Charalambous',None,'CMMI'),
  P('Ivana Radić',None,'County Chamber Split')],
 [O('Malta Maritime Cluster','MMC'), O('Aegean Evaluation Services'), O('Joint Secretariat'), O('Port Authority of Gozo'),
  O('Associação Fórum Oceano'), O('Clúster Marítimo de Canarias'), O('Cluster Mare Liguria'),
  O('Cyprus Marine and Maritime Institute','CMMI'), O('Croatian Chamber of Economy – County Chamber Split'),
  O('University of Patras')],
 [E('mid-term review','2038-03-09',None,'Valletta','Malta'),
  E('training school','2037-06-14','2037-06-18','Patras','Greece'),
  E('second training school','2038-06-14','2038-06-16','Las Palmas de Gran Canaria','Spain'),
  E('Steering Committee online meeting','2038-04',None,None,None),
  E('final conference','2039-02',None,'Valletta','Malta')],
 ['2036-04-01/2037-09-30','2038-03-22','2038-03-09','2039-03-31','2038-05','2037-06-14/2037-06-18','2038-06-14/2038-06-16',
  '2038-09','2038-04','2039-02','2038-01',
  '2038'],  # second pass: 'in the first half of 2038'
 ['Five of the six pilot harbours have installed shore power or smart mooring systems; the pilot in Mgarr (Gozo) is delayed by a permitting issue and will start in May 2038',
  '112 small and medium-sized enterprises have taken part in the harbour innovation labs, against a target of 90',
  'Budget absorption stands at 47%, slightly below the 50% foreseen for the mid-term, mainly because of the late procurement in Split',
  'Cooperation between port authorities and clusters works best where a named contact person in the port attends every lab',
  'The communication work package has reached the planned audience online but few local decision-makers',
  'Solve the permitting issue in Mgarr by the end of April 2038 or move the pilot to Marsa- xlokk',
  'Prepare a budget reallocation request for the Joint Secretariat before the sixth reporting period',
  'Invite regional and national policy makers to the second training school and to the final event',
  'Use the observatory data to prepare at least three policy briefs before the final con- ference',
  'Start discussions on a follow-up project with the associated partners in the first half of 2038'],
 pub='2038-03-22')
