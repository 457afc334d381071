from h import *
import docx
F = 'Study-visit-programme_Messinia-delegation-Lahti_2034.docx'
d = docx.Document()
d.add_heading('Study visit programme: Messinia circular-economy delegation to the Lahti region', 0)
d.add_paragraph('Lahti, Finland · Monday 25 – Thursday 28 September 2034')
d.add_paragraph('Hosted by the Päijät-Häme Circular Economy Cluster (PHCE Cluster) and LAB University of Applied Sciences · Delegation organised by the Peloponnese Agri-Food and Circular Economy Cluster (PACE Cluster), Kalamata, within the Interreg Europe project CIRCLE-FOOD · Version 3, 11 September 2034')
d.add_heading('Purpose of the visit', 1)
d.add_paragraph('The delegation of 14 participants from Messinia – olive-oil mills, a municipal waste company, a regional development agency and researchers – will learn how the Lahti region organises the collection and reuse of bio-waste, how companies and the city share data on material flows, and how the European Green Capital 2021 title was turned into lasting business cooperation. The visit prepares the regional action plan of Peloponnese under CIRCLE-FOOD, due in March 2035.')
d.add_heading('The partners', 1)
d.add_paragraph('The Päijät-Häme Circular Economy Cluster was set up in 2019 by the City of Lahti, LAB University of Applied Sciences and about thirty companies. Today it has 82 members, from packaging and plastics recyclers to food companies, and runs joint projects on bio-waste, construction waste and industrial symbiosis. Its cluster office is located in the Lahti Science and Business Park.')
d.add_paragraph('The Peloponnese Agri-Food and Circular Economy Cluster in Kalamata gathers 47 olive-oil mills, table-olive producers, packaging companies and research partners of Messinia and Laconia. Olive-mill waste water and pomace are its main environmental challenge: in a normal harvest year the region produces more than 400,000 tonnes of them, most of which is still spread on fields or stored in open ponds.')
d.add_paragraph('Within CIRCLE-FOOD, both clusters work with partners from Andalusia, Apulia and Slovenia. The Lahti visit is the third of five study visits of the project; the previous ones took place in Jaén in February 2034 and in Bari in May 2034.')
d.add_heading('Before the visit', 1)
for x in ['Online preparatory meeting for all participants: Thursday 14 September 2034, 16:00 Greek time (link sent by PACE Cluster)',
          'Each company prepares a one-page profile in English by 18 September 2034 for the B2B meetings',
          'Questions for the hosts are collected by Dimitra Antonopoulou-Sfakianaki until 20 September 2034']:
    d.add_paragraph(x, style='List Number')
d.add_heading('Day-by-day programme', 1)
days = [
 ('Monday 25 September 2034', 'Arrival and welcome', '14:20 arrival at Helsinki Airport, bus to Lahti (1 h 15 min). 17:00 check-in at Solo Sokos Hotel Lahden Seurahuone. 18:30 welcome dinner at Sibelius Hall with Jukka Heinonen-Laine, Cluster Manager, PHCE Cluster, and Mari Lindroos, Head of Business Services, City of Lahti.'),
 ('Tuesday 26 September 2034', 'Bio-waste and energy', '08:30 visit to Kujala Waste Centre, Päijät-Hämeen Jätehuolto Oy: sorting, biogas plant and composting, guided by Ville Salminen, Development Manager. 12:00 lunch. 13:30 Labio Oy: digestate and recycled nutrients, with Dr. Sari Koskinen, R&D Director. 16:00 debriefing at LAB University of Applied Sciences, led by Prof. Dr. Kari-Pekka Hämäläinen, Principal Lecturer in Circular Economy.'),
 ('Wednesday 27 September 2034', 'Companies and research', '09:00 workshop at LAB University of Applied Sciences: "Olive-mill waste water – what can we learn from Finnish food side streams?" Presentations by Dr. Eleni Karamanou, Researcher, University of the Peloponnese, and Lauri Mäkelä, CEO, Sidestream Foods Oy. 12:30 lunch. 14:00 Lahti Science and Business Park: B2B meetings with eight Finnish companies, organised with Business Finland and Enterprise Europe Network Finland. 19:00 sauna evening at Messilä (optional).'),
 ('Thursday 28 September 2034', 'Policy and departure', '09:00 meeting at the Regional Council of Päijät-Häme with Anu Ojala-Rintala, Regional Development Director, on smart specialisation and the Just Transition Fund. 11:00 wrap-up session: first ideas for the Peloponnese action plan, chaired by Georgios Kalogeropoulos, Cluster Coordinator, PACE Cluster. 12:30 lunch and bus to Helsinki Airport; 16:45 departure.'),
]
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
h = t.rows[0].cells; h[0].text = 'Day'; h[1].text = 'Theme'; h[2].text = 'Programme'
for a, b, c in days:
    r = t.add_row().cells; r[0].text = a; r[1].text = b; r[2].text = c
d.add_heading('Participants', 1)
for x in ['Georgios Kalogeropoulos, Cluster Coordinator, PACE Cluster (head of delegation)',
          'Dimitra Antonopoulou-Sfakianaki, Project Manager, PACE Cluster',
          'Panagiotis Mavromatis, Owner, Mavromatis Olive Mill S.A., Messini',
          'Vasiliki Tzanetou, Quality Manager, Kalamata Olive Cooperative',
          'Nikos Stathakis, Head of Environment, Municipality of Kalamata',
          'Christina Petropoulou, Advisor, Region of Peloponnese – Directorate of Development Planning',
          'Dr. Eleni Karamanou, Researcher, University of the Peloponnese',
          'Spyros Giannakopoulos, CEO, Messinian Compost Ltd',
          'and six representatives of member companies (names in the annex)']:
    d.add_paragraph(x, style='List Bullet')
d.add_heading('Practical information', 1)
d.add_paragraph('Flights: Athens–Helsinki, booked by PACE Cluster. Local transport in Lahti is organised by the host. Dress code for the waste centre: closed shoes; safety vests are provided. The weather in late September is usually 5–12 °C, so warm clothes and a rain jacket are recommended for the site visits.')
d.add_paragraph('Interpretation Greek–English is provided on Tuesday and Wednesday. The visit is co-financed by Interreg Europe; participants from companies pay their own meals on Wednesday evening.')
d.add_paragraph('A return visit of the Finnish partners to Kalamata is planned for May 2035, during the Messinia Olive Days.')
d.add_heading('Contacts', 1)
d.add_paragraph('Host: Jukka Heinonen-Laine, Cluster Manager, Päijät-Häme Circular Economy Cluster, +358 40 000 0000')
d.add_paragraph('Logistics in Lahti: Aino Virtanen, Project Coordinator, LAB University of Applied Sciences')
d.add_paragraph('Delegation: Dimitra Antonopoulou-Sfakianaki, Project Manager, PACE Cluster, +30 27210 00000')
d.add_paragraph('Emergency number during the visit: +358 40 000 0001')
d.save(B + '/docs/' + F)
PH = 'Päijät-Häme Circular Economy Cluster'; PACE = 'Peloponnese Agri-Food and Circular Economy Cluster'; LAB = 'LAB University of Applied Sciences'
gold(F, None,
 [P('Jukka Heinonen-Laine','Cluster Manager',PH),
  P('Mari Lindroos','Head of Business Services','City of Lahti'),
  P('Ville Salminen','Development Manager','Päijät-Hämeen Jätehuolto Oy'),
  P('Sari Koskinen','R&D Director','Labio Oy'),
  P('Kari-Pekka Hämäläinen','Principal Lecturer in Circular Economy',LAB),
  P('Eleni Karamanou','Researcher','University of the Peloponnese'),
  P('Lauri Mäkelä','CEO','Sidestream Foods Oy'),
  P('Anu Ojala-Rintala','Regional Development Director','Regional Council of Päijät-Häme'),
  P('Georgios Kalogeropoulos','Cluster Coordinator','PACE Cluster'),
  P('Dimitra Antonopoulou-Sfakianaki','Project Manager','PACE Cluster'),
  P('Panagiotis Mavromatis','Owner','Mavromatis Olive Mill S.A.'),
  P('Vasiliki Tzanetou','Quality Manager','Kalamata Olive Cooperative'),
  P('Nikos Stathakis','Head of Environment','Municipality of Kalamata'),
  P('Christina Petropoulou','Advisor','Region of Peloponnese'),
  P('Spyros Giannakopoulos','CEO','Messinian Compost Ltd'),
  P('Aino Virtanen','Project Coordinator',LAB)],
 [O(PH,'PHCE Cluster'),O(LAB),O(PACE,'PACE Cluster'),O('City of Lahti'),O('Päijät-Hämeen Jätehuolto Oy'),O('Labio Oy'),O('University of the Peloponnese'),
  O('Sidestream Foods Oy'),O('Lahti Science and Business Park'),O('Business Finland'),O('Enterprise Europe Network Finland'),
  O('Regional Council of Päijät-Häme'),O('Mavromatis Olive Mill S.A.'),O('Kalamata Olive Cooperative'),O('Municipality of Kalamata'),
  O('Region of Peloponnese'),O('Directorate of Development Planning'),O('Messinian Compost Ltd')],
 [E('Study visit: Messinia circular-economy delegation to the Lahti region','2034-09-25','2034-09-28','Lahti','Finland'),
  E('workshop "Olive-mill waste water – what can we learn from Finnish food side streams?"','2034-09-27',None,'Lahti','Finland'),
  E('return visit of the Finnish partners to Kalamata','2035-05',None,'Kalamata','Greece'),
  E('Messinia Olive Days','2035-05',None,'Kalamata','Greece'),
  E('online preparatory meeting','2034-09-14'),
  E('CIRCLE-FOOD study visit in Jaén','2034-02',None,'Jaén','Spain'),
  E('CIRCLE-FOOD study visit in Bari','2034-05',None,'Bari','Italy')],
 ['2034-09-25/2034-09-28','2034-09-11','2035-03','2034-09-25','2034-09-26','2034-09-27','2034-09-28','2035-05','2019','2034-02','2034-05','2034-09-14','2034-09-18','2034-09-20'],
 [])
