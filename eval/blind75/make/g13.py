from h import *
F = 'cce-wg-circular-construction-calendar-2035.txt'
T = """CONSTRUCTION CLUSTERS EUROPE (CCE)
Working Group 3 – Circular Construction and Bio-based Materials

MEETING CALENDAR 2035
Version 1.2 – adopted by the Working Group on 12 December 2034
Prepared by the CCE secretariat (Brussels)

1. PURPOSE OF THIS CALENDAR

This document lists the meetings of Working Group 3 (WG3) for 2035 and the hosts who have offered to receive the group. It replaces the draft circulated in November. Dates of online meetings are fixed; dates of physical meetings may still move by one day if the host needs it, but the week is confirmed.

WG3 brings together 23 cluster organisations from 14 countries that work on the reuse of building components, timber and other bio-based materials, and the digital tools that make reuse possible (material passports, pre-demolition audits, marketplaces for second-hand components). The group reports to the CCE Board twice a year. WG3 is one of the five working groups of Construction Clusters Europe, the European association of construction and building-materials clusters founded in Lyon in 2027; the others deal with skills, digital construction, energy renovation and internationalisation. Members of other working groups are welcome to join WG3 meetings as observers if they inform the secretariat in advance.

2. CHAIRS AND SECRETARIAT

Chair: Henriette Sønderskov, Managing Director, Klyngen for Bæredygtigt Byggeri, Horsens (Denmark) – term 2034–2036
Co-chair: Ing. Pavol Hudák, PhD., Innovation Manager, Slovak Construction Cluster (Slovenský stavebný klaster), Žilina
Secretariat: Maëlle Fournier-Dubois, Policy Officer, CCE, Brussels
Rapporteur for the Board: Dr. Vasilis Karamanlis, University of Thessaly

3. MEETINGS IN 2035

No. 1 – Online kick-off
Thursday 18 January 2035, 10:00–12:00 CET (MS Teams)
Agenda: work plan 2035, election of the lead for the "Component Reuse Guide", updates from the members.

No. 2 – WG3 meeting in Horsens, Denmark
Wednesday 7 – Thursday 8 March 2035
Host: Klyngen for Bæredygtigt Byggeri, with VIA University College
Day 1: workshop "Pre-demolition audits: one template for Europe?"; site visit to the transformation of the former Horsens State Prison workshops; working dinner.
Day 2: joint session with the Danish Board of Business Development on public procurement of reused components; meeting ends at 13:00.

No. 3 – Online meeting
Tuesday 15 May 2035, 14:00–16:00 CET
Agenda: first draft of the Component Reuse Guide; preparation of the summer meeting; input to the European Commission's consultation on the construction products rules.

No. 4 – WG3 meeting in Lamia, Greece
Tuesday 26 – Wednesday 27 June 2035
Host: Central Greece Building Materials Cluster (Stereá Build), with the University of Thessaly
Day 1: visit to two lime and stone producers in the Spercheios valley; round table with the Region of Central Greece on reuse in public buildings after earthquakes.
Day 2: internal working session; study visit to the restoration site of the old market hall in Lamia (optional).

No. 5 – Online meeting
Tuesday 11 September 2035, 10:00–12:00 CET
Agenda: final draft of the Component Reuse Guide, plan for the launch, budget 2036.

No. 6 – WG3 meeting and CCE Annual Forum, Brussels
Wednesday 17 – Thursday 18 October 2035
Host: CCE secretariat, at the Committee of the Regions, Rue Belliard 99–101
17 October: WG3 meeting (morning), launch of the Component Reuse Guide at the CCE Annual Forum (afternoon), Forum reception.
18 October: CCE Annual Forum, second day; CCE General Assembly in the afternoon.

No. 7 – Online closing meeting
Wednesday 5 December 2035, 10:00–11:30 CET
Agenda: evaluation of the year, work plan 2036, choice of hosts for 2036.

4. PRACTICAL RULES

- Each member organisation may send up to two people to physical meetings. Travel and accommodation are paid by the members; the host offers lunches, the site visits and the working dinner.
- Please register for physical meetings at least three weeks before through the CCE members' portal. Registration for Horsens closes on 14 February 2035, for Lamia on 5 June 2035.
- Minutes are circulated within ten working days after each meeting and are approved at the next one.
- Members who cannot attend can send written contributions to the secretariat up to two days before the meeting.
- Online meetings are recorded for internal use only; the recordings are deleted after the minutes are approved.

5. DELIVERABLES AND DEADLINES 2035

- Component Reuse Guide: first draft by 30 April 2035, final version by 31 August 2035, launch on 17 October 2035.
- Contribution to the consultation on construction products rules: by 31 May 2035.
- Mapping of material passport pilots in member regions: by 30 November 2035.

6. HOSTS FOR 2036 (OFFERS RECEIVED)

The Portuguese cluster Plataforma para a Construção Sustentável (Aveiro) and the Latvian Wood Construction Cluster (Latvijas Koka būvniecības klasteris, Jelgava) have offered to host meetings in 2036. The decision will be taken at the closing meeting on 5 December 2035.

7. CONTACT

Maëlle Fournier-Dubois, CCE secretariat, Avenue de Tervueren 36, 1040 Brussels
wg3@constructionclusters.eu · +32 2 721 44 10

Distribution: WG3 members, CCE Board, CCE secretariat.
"""
write(F, T)
gold(F, [P('Henriette Sønderskov','Chair','Klyngen for Bæredygtigt Byggeri'),
 P('Pavol Hudák','Co-chair','Slovak Construction Cluster'),
 P('Maëlle Fournier-Dubois','Policy Officer','CCE'),
 P('Vasilis Karamanlis','Rapporteur for the Board','University of Thessaly')],
 [O('Construction Clusters Europe','CCE'), O('Working Group 3','WG3'), O('CCE Board'),
  O('Klyngen for Bæredygtigt Byggeri'), O('Slovak Construction Cluster','Slovenský stavebný klaster'),
  O('University of Thessaly'), O('VIA University College'), O('Danish Board of Business Development'), O('European Commission'),
  O('Central Greece Building Materials Cluster','Stereá Build'), O('Region of Central Greece'), O('Committee of the Regions'),
  O('Plataforma para a Construção Sustentável'), O('Latvian Wood Construction Cluster','Latvijas Koka būvniecības klasteris')],
 [E('Online kick-off','2035-01-18','2035-01-18',None,None),
  E('WG3 meeting in Horsens, Denmark','2035-03-07','2035-03-08','Horsens','Denmark'),
  E('workshop "Pre-demolition audits: one template for Europe?"','2035-03-07','2035-03-07','Horsens','Denmark'),
  E('site visit to the transformation of the former Horsens State Prison workshops','2035-03-07','2035-03-07','Horsens','Denmark'),
  E('working dinner','2035-03-07','2035-03-07','Horsens','Denmark'),
  E('joint session with the Danish Board of Business Development','2035-03-08','2035-03-08','Horsens','Denmark'),
  E('Online meeting','2035-05-15','2035-05-15',None,None),
  E('WG3 meeting in Lamia, Greece','2035-06-26','2035-06-27','Lamia','Greece'),
  E('visit to two lime and stone producers in the Spercheios valley','2035-06-26','2035-06-26',None,'Greece'),
  E('round table with the Region of Central Greece','2035-06-26','2035-06-26','Lamia','Greece'),
  E('study visit to the restoration site of the old market hall in Lamia','2035-06-27','2035-06-27','Lamia','Greece'),
  E('Online meeting (No. 5)','2035-09-11','2035-09-11',None,None),
  E('WG3 meeting and CCE Annual Forum, Brussels','2035-10-17','2035-10-18','Brussels','Belgium'),
  E('launch of the Component Reuse Guide','2035-10-17','2035-10-17','Brussels','Belgium'),
  E('Forum reception','2035-10-17','2035-10-17','Brussels','Belgium'),
  E('CCE General Assembly','2035-10-18','2035-10-18','Brussels','Belgium'),
  E('Online closing meeting','2035-12-05','2035-12-05',None,None)],
 ['2034-12-12','2034/2036','2035-01-18','2035-03-07/2035-03-08','2035-05-15','2035-06-26/2035-06-27','2035-09-11',
  '2035-10-17/2035-10-18','2035-12-05','2035-02-14','2035-06-05','2035-04-30','2035-08-31','2035-10-17','2035-05-31',
  '2035-11-30','2036','2035','2035-10-18','2027'], [], pub='2034-12-12')
