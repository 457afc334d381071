from h import *
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf')); pdfmetrics.registerFont(TTFont('DVI', D+'DejaVuSans-Oblique.ttf'))
F = 'PAIF2034_speakers.pdf'
path = os.path.join(B, 'docs', F)
W, Hh = A4
c = canvas.Canvas(path, pagesize=A4)
HEAD = 'Peloponnese Agrifood Innovation Forum 2034 · Kalamata, 18–19 October 2034 · Speakers'
intro = [
 'Speakers',
 'The Peloponnese Agrifood Innovation Forum 2034 (PAIF 2034) is organised by the Messinia Agrifood Cluster (MAC)',
 'with the Region of Peloponnese and the University of the Peloponnese. The fourth edition takes place on',
 '18 and 19 October 2034 at the Kalamata Conference Centre. Sessions are in English and Greek with interpretation.',
 'The speaker list is as of 2 October 2034 and may change; the final programme will be online by 11 October 2034.',
]
cards = [
 ('Opening', 'Panagiotis Nikolakopoulos', 'Regional Governor', 'Region of Peloponnese'),
 ('Opening', 'Dr. Eleni Papadimitriou-Kostaki', 'President', 'Messinia Agrifood Cluster'),
 ('Keynote', 'Prof. Dr. Ioannis Markantonatos', 'Rector', 'University of the Peloponnese'),
 ('Keynote', 'Marta Wiśniewska-Kowal', 'Head of Unit, Food innovation', 'DG AGRI, European Commission'),
 ('Session 1 · Olive oil', 'Georgios Tsiamis', 'CEO', 'Kalamata Gold S.A.'),
 ('Session 1 · Olive oil', 'Chiara Dell\u2019Acqua', 'Research Director', 'Consiglio per la ricerca in agricoltura (CREA)'),
 ('Session 1 · Olive oil', 'Antonio Ruiz de la Fuente', 'Managing Director', 'Clúster Oleícola de Jaén'),
 ('Session 2 · Water', 'Dimitra Karali', 'Head of Irrigation Projects', 'ELGO-DIMITRA'),
 ('Session 2 · Water', 'Yossi Ben-Haim', 'Founder', 'AquaSense Ltd'),
 ('Session 2 · Water', 'Sophie van der Linden', 'Senior Adviser', 'Wageningen University & Research'),
 ('Session 3 · Digital farming', 'Nikos Alexiou', 'CTO', 'Agrodata IKE'),
 ('Session 3 · Digital farming', 'Anna-Lena zu Bentheim', 'Programme Manager', 'EIT Food'),
 ('Session 3 · Digital farming', 'Stavros Lykos', 'cluster manager', 'Messinia Agrifood Cluster'),
 ('Session 4 · Export', 'Maria Androutsou', 'Director for Exports', 'Enterprise Greece'),
 ('Session 4 · Export', 'Kenji Watanabe', 'Buyer, Mediterranean foods', 'Marutoku Trading Co., Ltd.'),
 ('Session 4 · Export', 'Ilias Georgakopoulos', 'President', 'Chamber of Messinia'),
 ('Closing', 'Vasiliki Drosou', 'Deputy Regional Governor for Agriculture', 'Region of Peloponnese'),
 ('Closing', 'Thomas Müller-Kranz', 'Director', 'European Cluster Collaboration Platform'),
]
def header(n):
    c.setFont('DV', 8); c.drawString(40, Hh-30, HEAD); c.drawRightString(W-40, 25, f'Page {n}'); c.line(40, Hh-35, W-40, Hh-35)
header(1)
y = Hh-70
c.setFont('DVB', 16); c.drawString(40, y, intro[0]); y -= 22
c.setFont('DV', 9)
for l in intro[1:]: c.drawString(40, y, l); y -= 13
y -= 12
colx = [40, 220, 400]
page = 1
i = 0
while i < len(cards):
    if y < 120:
        c.showPage(); page += 1; header(page); y = Hh-70
    for k in range(3):
        if i+k >= len(cards): continue
        s, n, r, o = cards[i+k]; x = colx[k]
        c.rect(x-4, y-58, 172, 70)
        c.setFont('DVI', 7); c.drawString(x, y, s)
        c.setFont('DVB', 9); c.drawString(x, y-14, n)
        c.setFont('DV', 8); c.drawString(x, y-27, r)
        c.drawString(x, y-39, o)
    i += 3; y -= 85
c.showPage(); page += 1; header(page); y = Hh-70
tail = [
 ('DVB', 12, 'The sessions'),
 ('DV', 9, 'Session 1, Olive oil beyond the bottle: by-products, polyphenols and traceability. Three producing regions compare'),
 ('DV', 9, 'how clusters help mills and cooperatives turn olive pomace and leaves into ingredients for food and cosmetics.'),
 ('DV', 9, 'Session 2, Every drop counts: irrigation under drought. Sensors, reuse of treated water and the new regional'),
 ('DV', 9, 'water plan; with examples from Israel and the Netherlands and a pilot run by ELGO-DIMITRA near Pylos.'),
 ('DV', 9, 'Session 3, Digital farming for small holdings. Most farms in Messinia have less than five hectares; which digital'),
 ('DV', 9, 'tools pay off at that scale, and how can advisory services and the cluster share the cost?'),
 ('DV', 9, 'Session 4, From Kalamata to Tokyo: export markets for Peloponnese products. Buyers and export agencies discuss'),
 ('DV', 9, 'certification, protected designations of origin and joint stands at trade fairs in Japan, Germany and the USA.'),
 ('DV', 9, 'Each session lasts 90 minutes: three short talks of ten minutes each, followed by a moderated discussion and'),
 ('DV', 9, 'questions from the audience. Presentations will be published on the forum website after the event, together'),
 ('DV', 9, 'with a short summary prepared by the cluster team. Photographs will be taken during the forum; participants who'),
 ('DV', 9, 'do not wish to appear in them are asked to tell the registration desk.'),
 ('DVB', 12, 'Moderators'),
 ('DV', 9, 'The plenary sessions are moderated by the journalist Katerina Vlachou (ERT Kalamata). Sessions 1 to 4 are'),
 ('DV', 9, 'moderated by members of the MAC team: Christos Bouras, innovation manager, and Aikaterini Petropoulou, project'),
 ('DV', 9, 'officer for internationalisation.'),
 ('DVB', 12, 'Side events'),
 ('DV', 9, 'B2B matchmaking with the Enterprise Europe Network Greece: 18 October 2034, 14:00–18:00, foyer.'),
 ('DV', 9, 'Study visit to olive mills in the Messinian plain: 20 October 2034 (separate registration, 40 places).'),
 ('DV', 9, 'Previous editions: Kalamata 2028, Sparta 2030, Nafplio 2032.'),
 ('DVB', 12, 'Registration'),
 ('DV', 9, 'Participation is free of charge for members of the cluster and for students; other participants pay a fee of'),
 ('DV', 9, '60 euros, which includes lunch on both days and the forum dinner. Registration closes on 11 October 2034 or when'),
 ('DV', 9, 'the 400 places of the main hall are taken. Simultaneous interpretation between Greek and English is provided.'),
 ('DVB', 12, 'Contact'),
 ('DV', 9, 'Messinia Agrifood Cluster, Aristomenous 40, 241 00 Kalamata, Greece · forum@mac-cluster.example'),
 ('DV', 9, 'Programme coordinator: Aikaterini Petropoulou, +30 27210 00000'),
]
for f, sz, t in tail:
    if f == 'DVB': y -= 8
    c.setFont(f, sz); c.drawString(40, y, t); y -= 16 if f == 'DVB' else 13
c.save()
MAC = 'Messinia Agrifood Cluster'
ppl = [P(n, r, o.split(' (')[0] if '(' in o else o) for s, n, r, o in cards]
for p in ppl:
    p['name'] = p['name'].replace('Dr. ', '').replace('Prof. Dr. ', '').replace('Prof. ','')
    if p['organisation'] == 'DG AGRI, European Commission': p['organisation'] = 'DG AGRI'
ppl[2]['name'] = 'Ioannis Markantonatos'
ppl += [P('Katerina Vlachou', 'journalist', 'ERT Kalamata'), P('Christos Bouras', 'innovation manager', MAC),
        P('Aikaterini Petropoulou', 'project officer for internationalisation', MAC)]
gold(F, ppl, [
 O(MAC, 'MAC'), O('Region of Peloponnese'), O('University of the Peloponnese'), O('DG AGRI'), O('European Commission'),
 O('Kalamata Gold S.A.'), O('Consiglio per la ricerca in agricoltura', 'CREA'), O('Clúster Oleícola de Jaén'),
 O('ELGO-DIMITRA'), O('AquaSense Ltd'), O('Wageningen University & Research'), O('Agrodata IKE'), O('EIT Food'),
 O('Enterprise Greece'), O('Marutoku Trading Co., Ltd.'), O('Chamber of Messinia'),
 O('European Cluster Collaboration Platform'), O('ERT Kalamata'), O('Enterprise Europe Network Greece'),
],[
 E('Peloponnese Agrifood Innovation Forum 2034', '2034-10-18', '2034-10-19', 'Kalamata', 'Greece'),
 E('Study visit to olive mills in the Messinian plain', '2034-10-20', '2034-10-20', None, 'Greece'),
],['2034-10-18/2034-10-19','2034-10-02','2034-10-11','2034-10-18','2034-10-20','2028','2030','2032'])
