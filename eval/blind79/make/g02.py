from h import *
from docx import Document
F = 'g02_elbasan_metals_forum_programme.docx'
doc = Document()
paras = []
def para(t, style=None):
    doc.add_paragraph(t, style=style) if style else doc.add_paragraph(t); paras.append(t)
doc.add_heading('Central Albania Metals & Materials Forum 2035', 0); paras.append('Central Albania Metals & Materials Forum 2035')
para(f'{w(2035,4,24)}–{w(2035,4,25)}, 24–25 April 2035 · Elbasan, Albania')
para('Venue: Congress Hall of the Aleksandër Xhuvani University, Rruga Ismail Zyma, Elbasan')
para('Organised by the Elbasan Metalworking Cluster (EMC) with the Albanian Investment Development Agency (AIDA) and the Chamber of Commerce and Industry of Elbasan. Supported by the European Cluster Collaboration Platform (ECCP).')
para('Draft programme – version 3, 28 March 2035. Subject to change.')
doc.add_heading('About the forum', 1); paras.append('About the forum')
para('The forum is the third edition of the annual meeting of metal, steel and materials companies of Central Albania. After Elbasan in 2033 and Durrës in 2034, the 2035 edition returns to the old steel town to discuss decarbonisation of the former metallurgical combine site, supplier development for the automotive and construction sectors in the Western Balkans, and skills for a new generation of welders, engineers and technicians. Simultaneous interpretation Albanian–English is provided in the plenary hall.')
para('Who should attend: owners and technical managers of metalworking, foundry and fabrication companies; buyers from the automotive, machinery and construction industries; municipalities and agencies in charge of industrial zones; vocational schools, universities and research organisations; banks, guarantee funds and investors interested in the Albanian manufacturing base.')
para('What to expect: two keynotes, four parallel sessions on the first day, a regional panel and pre-booked B2B meetings on the second day, a forum dinner, and an afternoon visit to a working steel plant. Last year, 212 participants from nine countries took part, and more than 140 B2B meetings were held in Durrës.')
doc.add_heading('Day 1 – ' + w(2035,4,24) + ', 24 April 2035', 1); paras.append('Day 1')
rows1 = [
 ('Time', 'Hall A (plenary / Track 1)', 'Hall B (Track 2)'),
 ('08:30–09:15', 'Registration and welcome coffee', ''),
 ('09:15–10:00', 'Opening. Welcome by Arben Çela, President of the Elbasan Metalworking Cluster; Prof. Dr. Majlinda Hoxha-Dervishi, Rector of the Aleksandër Xhuvani University; Ilir Bejtja, Mayor of Elbasan', ''),
 ('10:00–10:45', 'Keynote: "Green steel in small markets". Dr.-Ing. Friedrich von Wallenberg-Pachaly, Managing Director, Hüttenwerk Südost GmbH', ''),
 ('10:45–11:15', 'Coffee break and exhibition', ''),
 ('11:15–12:45', 'Session 1A: Decarbonising the old combine site. Moderator: Elira Kokona, AIDA. Speakers: Gentian Lika, CEO, Kurum Steel sh.a.; Marta de la Fuente Ortega, Senior Adviser, CIDAUT Foundation (Spain); Besnik Shehu, Ministry of Economy, Culture and Innovation', 'Session 1B: Supplier development for automotive. Moderator: Dorina Mema, cluster manager, EMC. Speakers: Tomasz Wiśniewski-Kühn, Purchasing Director, AutoParts Balkan d.o.o. (Serbia); Anila Gjoni, Owner, Gjoni Metal Works sh.p.k.'),
 ('12:45–14:00', 'Lunch', ''),
 ('14:00–15:30', 'Session 2A: Skills and dual training. Moderator: Erion Rama, Chamber of Commerce and Industry of Elbasan. Speakers: Sanja Petrović, Director, Vocational School "Kristo Isak"; Jürgen Ottenschläger, GIZ Albania', 'Session 2B: Finance for SMEs. Moderator: Klodiana Hysa. Speakers: Ardit Berisha, European Bank for Reconstruction and Development (EBRD); Valbona Muça, Raiffeisen Bank Albania'),
 ('15:30–16:00', 'Wrap-up of day 1 in plenary', ''),
 ('19:30', 'Forum dinner at Hotel Skampa, hosted by the Mayor of Elbasan', ''),
]
rows2 = [
 ('Time', 'Programme', ''),
 ('09:00–10:30', 'Panel: "Western Balkans clusters working together". Chair: Eva Zimmermann-Baloku, European Cluster Collaboration Platform. Panellists: Stefan Jovanović, Serbian Association of Clusters; Ana Stojanovska, Macedonian Metalworking Cluster; Fatmir Krasniqi, Kosovo Metal Cluster', ''),
 ('10:30–11:00', 'Coffee break', ''),
 ('11:00–12:30', 'B2B meetings (pre-booked, 20 minutes each)', ''),
 ('12:30–13:00', 'Conclusions and announcement of the 2036 host city. Arben Çela and Dorina Mema', ''),
 ('13:00–14:00', 'Lunch', ''),
 ('14:30–17:30', 'Site visit to the Kurum Steel plant and the Elbasan Industrial Park (bus from the University; safety shoes provided)', ''),
]
for title, rows in (('', rows1),):
    t = doc.add_table(rows=len(rows), cols=3); t.style = 'Table Grid'
    for i, r in enumerate(rows):
        for j, c in enumerate(r): t.cell(i, j).text = c; paras.append(c)
doc.add_heading('Day 2 – ' + w(2035,4,25) + ', 25 April 2035', 1); paras.append('Day 2')
t = doc.add_table(rows=len(rows2), cols=3); t.style = 'Table Grid'
for i, r in enumerate(rows2):
    for j, c in enumerate(r): t.cell(i, j).text = c; paras.append(c)
doc.add_heading('Practical information', 1); paras.append('Practical information')
para('Registration: free of charge for members of the Elbasan Metalworking Cluster; EUR 60 for other participants (includes lunches and the forum dinner). Register by 11 April 2035. B2B profiles must be uploaded by 17 April 2035.')
para('Accommodation: a room block is reserved at Hotel Skampa and Hotel Real until 4 April 2035.')
para('Languages: Albanian and English, with interpretation in Hall A only. Track 1B and Track 2B are held in English.')
para('Contact: Dorina Mema, cluster manager, Elbasan Metalworking Cluster, +355 54 000 118, forum@emc-elbasan.example.al')
doc.save(path(F))
gold(F,
 [P("Arben Çela", "President", "Elbasan Metalworking Cluster"),
  P("Majlinda Hoxha-Dervishi", "Rector", "Aleksandër Xhuvani University"),
  P("Ilir Bejtja", "Mayor of Elbasan", None),
  P("Friedrich von Wallenberg-Pachaly", "Managing Director", "Hüttenwerk Südost GmbH"),
  P("Elira Kokona", "Moderator", "AIDA"),
  P("Gentian Lika", "CEO", "Kurum Steel sh.a."),
  P("Marta de la Fuente Ortega", "Senior Adviser", "CIDAUT Foundation"),
  P("Besnik Shehu", None, "Ministry of Economy, Culture and Innovation"),
  P("Dorina Mema", "cluster manager", "Elbasan Metalworking Cluster"),
  P("Tomasz Wiśniewski-Kühn", "Purchasing Director", "AutoParts Balkan d.o.o."),
  P("Anila Gjoni", "Owner", "Gjoni Metal Works sh.p.k."),
  P("Erion Rama", "Moderator", "Chamber of Commerce and Industry of Elbasan"),
  P("Sanja Petrović", "Director", 'Vocational School "Kristo Isak"'),
  P("Jürgen Ottenschläger", None, "GIZ Albania"),
  P("Klodiana Hysa", "Moderator", None),
  P("Ardit Berisha", None, "European Bank for Reconstruction and Development"),
  P("Valbona Muça", None, "Raiffeisen Bank Albania"),
  P("Eva Zimmermann-Baloku", "Chair", "European Cluster Collaboration Platform"),
  P("Stefan Jovanović", "Panellist", "Serbian Association of Clusters"),
  P("Ana Stojanovska", "Panellist", "Macedonian Metalworking Cluster"),
  P("Fatmir Krasniqi", "Panellist", "Kosovo Metal Cluster")],
 [O("Elbasan Metalworking Cluster", "EMC"), O("Albanian Investment Development Agency", "AIDA"),
  O("Chamber of Commerce and Industry of Elbasan"), O("European Cluster Collaboration Platform", "ECCP"),
  O("Aleksandër Xhuvani University"), O("Hüttenwerk Südost GmbH"), O("Kurum Steel sh.a."), O("CIDAUT Foundation"),
  O("Ministry of Economy, Culture and Innovation"), O("AutoParts Balkan d.o.o."), O("Gjoni Metal Works sh.p.k."),
  O('Vocational School "Kristo Isak"'), O("GIZ Albania"), O("European Bank for Reconstruction and Development", "EBRD"),
  O("Raiffeisen Bank Albania"), O("Serbian Association of Clusters"), O("Macedonian Metalworking Cluster"),
  O("Kosovo Metal Cluster"), O("Elbasan Industrial Park")],
 [E("Central Albania Metals & Materials Forum 2035", "2035-04-24", "2035-04-25", "Elbasan", "Albania"),
  E("annual meeting of metal, steel and materials companies of Central Albania", "2033", None, "Elbasan", "Albania"),
  E("annual meeting of metal, steel and materials companies of Central Albania", "2034", None, "Durrës", "Albania"),
  E("Forum dinner", "2035-04-24", None, "Elbasan", "Albania"),
  E("B2B meetings", "2035-04-25", None, "Elbasan", "Albania"),
  E("Site visit to the Kurum Steel plant and the Elbasan Industrial Park", "2035-04-25", None, "Elbasan", "Albania")],
 ["2035-04-24/2035-04-25", "2035-04-24", "2035-04-25", "2035-03-28", "2033", "2034", "2035-04-11", "2035-04-17", "2035-04-04"],
 [])
