from mk import *
F = 'news-minister-visits-murtal-hydro-components.txt'
text(F, '''
GREENTECH STEIERMARK NETZWERK · News

Minister visits cluster member Murtal Hydro Components in Judenburg

Judenburg, 8 July 2036. Federal Minister for Climate Action and Energy Dr. Veronika Hackl-Steinbauer visited Murtal Hydro Components GmbH, a member of the green-tech network GTSN, on Monday, 7 July. The family-owned company makes turbine parts and, since 2034, electrolyser stacks for industrial hydrogen.

The minister was welcomed by managing director Florian Pirker and by GTSN cluster manager Mag. Daniela Kröpfl. Accompanying her were Styrian provincial councillor for economy Gernot Leitgeb and the mayor of Judenburg, Elisabeth Zechner.

During a tour of the new 4,000 m² production hall, opened in March 2036, Pirker showed the automated stack assembly line, developed together with Joanneum Research and the Graz University of Technology. The company now employs 210 people, 45 of them hired in the last two years.

"Regions like the Murtal show that the energy transition creates industrial jobs, not only consultancy contracts," the minister said. She pointed to the federal hydrogen strategy, whose second funding call closes on 30 September 2036.

Kröpfl used the visit to invite the minister to the Green Tech Summit Styria on 21 October 2036 in Graz, where GTSN will present a study on skills shortages in the sector. The minister's office confirmed a video message.

GTSN brings together 230 companies and research institutions from Styria and Carinthia. Murtal Hydro Components has been a member since 2019.

Photo: GTSN/Lackner · Tags: hydrogen, visit, members
''')
gold(F, '2036-07-08',
 [P('Veronika Hackl-Steinbauer', 'Federal Minister for Climate Action and Energy', None),
  P('Florian Pirker', 'managing director', 'Murtal Hydro Components GmbH'), P('Daniela Kröpfl', 'cluster manager', 'GTSN'),
  P('Gernot Leitgeb', 'provincial councillor for economy', None), P('Elisabeth Zechner', 'mayor', None)],
 [O('GREENTECH STEIERMARK NETZWERK', 'GTSN'), O('Murtal Hydro Components GmbH'), O('Joanneum Research'), O('Graz University of Technology')],
 [E('Minister visit', '2036-07-07', '2036-07-07', 'Judenburg', 'Austria'),
  E('Green Tech Summit Styria', '2036-10-21', '2036-10-21', 'Graz', 'Austria')],
 ['2036-07-08', '2036-07-07', '2034', '2036-03', '2036-09-30', '2036-10-21', '2019'])
