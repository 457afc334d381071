from docx import Document
import os
d = Document()
d.add_heading('BaleaTur Digital – Clúster de Tecnologia Turística de les Illes Balears', 0)
d.add_paragraph('Annual Work Programme 2032')
d.add_paragraph('Approved by the General Assembly on 9 December 2031 · Document version 1.2 of 15/12/2031')
d.add_heading('1. Introduction', 1)
d.add_paragraph('BaleaTur Digital (BTD) brings together 87 members from Mallorca, Menorca, Ibiza and Formentera: hotel chains, software companies, tour operators, the Universitat de les Illes Balears (UIB) and training centres. This work programme sets out the activities of the cluster office for the calendar year 2032. It was prepared by the managing director, Xisca Oliver Bauzà, with the working groups and discussed by the Board on 18 November 2031.')
d.add_paragraph('The programme follows the cluster strategy 2030–2033 and the priorities agreed with the Conselleria de Empresa, Empleo y Energía of the Govern de les Illes Balears, which co-funds the cluster office. In 2032 the cluster will focus on three lines of work:')
for t in ['Data for destinations: shared tourism data spaces with the island councils (Consell de Mallorca, Consell Insular de Menorca, Consell d\'Eivissa).',
          'Decarbonising hotels: energy monitoring and electrification of kitchens and laundries.',
          'Skills: digital skills for seasonal staff, in partnership with the Fundació BIT and vocational schools.']:
    d.add_paragraph(t, style='List Bullet')
d.add_heading('2. Events calendar 2032', 1)
d.add_paragraph('The following events are planned. Dates marked (tbc) will be confirmed by the Board.')
rows = [('Month','Event','Date','Place','Lead'),
 ('January','ITB-style pre-season briefing for members','27 January','Palma','Cluster office'),
 ('February','Webinar "Smart water use in hotels"','12 February','online','WG Sustainability'),
 ('March','BTD at ITB Berlin (joint stand with AETIB)','4–6 March','Berlin','Cluster office'),
 ('April','Hackathon "Destination Data"','23–24 April','Palma (ParcBit)','WG Data'),
 ('May','Menorca Tourism Innovation Day','21 May','Maó','Consell Insular de Menorca'),
 ('June','General Assembly (ordinary)','17 June','Palma','Board'),
 ('July','—','—','—','—'),
 ('September','Study visit to Tenerife tourism cluster','22–25 September','Santa Cruz de Tenerife','WG Skills'),
 ('October','Balearic Tourism Tech Forum 2032','15–16 October','Palma','Cluster office'),
 ('November','BTD at WTM London','2–4 November (tbc)','London','Cluster office'),
 ('December','Christmas networking and General Assembly','9 December','Ibiza','Board')]
tb = d.add_table(rows=len(rows), cols=5); tb.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, c in enumerate(r): tb.cell(i, j).text = c
d.add_paragraph('August is kept free of cluster events because of the peak season.')
d.add_paragraph('The working groups (WG Data, WG Sustainability, WG Skills) meet every two months online. Each working group is led by a member company and supported by one staff member of the cluster office. New members are invited to join at least one working group in their first year; the office will send a short survey on interests in February.')
d.add_heading('3. Board meetings 2032', 1)
d.add_paragraph('The Board of BTD will meet six times in 2032. Meetings are held at the cluster office in ParcBit, Palma, unless stated otherwise:')
for t in ['1st board meeting: 20 January 2032 (approval of the detailed budget)',
          '2nd board meeting: 24 March 2032 (online)',
          '3rd board meeting: 26 May 2032, Maó (together with the Menorca working group)',
          '4th board meeting: 17 June 2032, before the General Assembly',
          '5th board meeting: 29 September 2032',
          '6th board meeting: 18 November 2032 (draft work programme 2033)']:
    d.add_paragraph(t, style='List Number')
d.add_heading('4. Board composition', 1)
d.add_paragraph('President: Bartomeu Riera Salom (Hotels Tramuntana S.A.). Vice-president: Catalina Mas Ferrer (UIB). Treasurer: Joan Pons Moll (Menorca Clic S.L.). Secretary: Alejandro Ruiz de Castro (Ibiza Soft Solutions S.L.). Members: Neus Amengual (Fundació BIT), Marc Torres Ginard (Ses Salines Travel S.L.U.).')
d.add_heading('5. Budget and indicators', 1)
d.add_paragraph('The total budget for 2032 is EUR 640,000, of which 55 % comes from regional funding, 30 % from membership fees and 15 % from European projects. Key indicators: at least 900 participants at cluster events, 12 new members and four new collaborative projects by 31 December 2032.')
d.add_paragraph('Contact: Xisca Oliver Bauzà, managing director, info@baleatur.example')
d.save(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','docs','BTD_Annual-Work-Programme-2032_v1.2.docx'))
