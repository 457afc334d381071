from h import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'arctic-cluster-summit-2036-speakers.pdf'
W, Hh = A4
c = canvas.Canvas(os.path.join(B, 'docs', F), pagesize=A4)
def para(txt, x, y, w, font='DV', size=10, lead=13):
    for line in simpleSplit(txt, font, size, w):
        c.setFont(font, size); c.drawString(x, y, line); y -= lead
    return y - 4
def footer(n):
    c.setFont('DV', 8); c.drawString(40, 25, f'Arctic Industry & Cluster Summit 2036 · Rovaniemi · page {n} of 3')
# page 1
y = Hh - 60
c.setFont('DVB', 18); c.drawString(40, y, 'Arctic Industry & Cluster Summit 2036'); y -= 22
c.setFont('DV', 12); c.drawString(40, y, f'Rovaniemi, Lapland · {wd(2036,6,9)} 9 – {wd(2036,6,11)} 11 June 2036 · Arktikum Congress Centre'); y -= 30
intro = [
 'Welcome to the fourth Arctic Industry & Cluster Summit. The summit is organised by Lapland Arctic Industry Cluster (LAIC) together with the Regional Council of Lapland, Business Finland and the Norrbotten Mining & Metals Cluster, and it gathers cluster managers, industrial companies, investors and public authorities from the Barents region and the rest of Europe.',
 'This year the programme looks at three questions: how northern regions can attract and keep skilled people, how the green transition in mining, steel and batteries can create value locally, and how clusters can help small suppliers to enter the supply chains of large industrial investments. Day 1 opens with a high-level session; day 2 offers parallel workshops and a B2B matchmaking; on day 3 participants can join site visits to Kemi, Tornio and Sodankylä.',
 'Previous editions were held in Luleå (2030), Tromsø (2032) and Oulu (2034). The summit is held every two years; the fifth edition will take place in Kiruna in 2038.',
]
for p in intro: y = para(p, 40, y, W - 80)
c.setFont('DVB', 12); c.drawString(40, y, 'Programme at a glance'); y -= 18
prog = [f'{wd(2036,6,9)} 9 June: registration from 12:00, opening plenary 14:00–17:30, welcome reception at Rovaniemi City Hall',
        f'{wd(2036,6,10)} 10 June: workshops A–D, B2B matchmaking (organised with the Enterprise Europe Network Finland), summit dinner',
        f'{wd(2036,6,11)} 11 June: site visits (pre-registration required by 15 May 2036)',
        'Practical information: the summit fee is EUR 290 for cluster members and EUR 390 for other participants. Lunches, coffee breaks and the summit dinner are included. Interpretation into Finnish, Swedish and Norwegian is offered in the plenary. Participants who travel by night train from Helsinki can use the summit shuttle from Rovaniemi railway station.',
        'Key messages of the 2034 edition, which the organisers want to follow up this year:',
        '• Northern industrial investments need cluster-led supplier programmes from day one',
        '• Housing, schools and services decide whether skilled people stay in the north',
        '• Cross-border cooperation in the Barents region must be simplified for small companies']
for p in prog: y = para(p, 48, y, W - 96)
footer(1); c.showPage()
# pages 2-3 card grid
speakers = [
 ('Dr. Anna-Kaisa Ylitalo', 'Cluster Manager', 'Lapland Arctic Industry Cluster (LAIC)'),
 ('Mika Riipi-Hannula', 'Regional Mayor', 'Regional Council of Lapland'),
 ('Ingrid Lindqvist Åström', 'Director, Regional Services', 'Business Finland'),
 ('Prof. Dr.-Ing. Karl-Heinz Wolff', 'Head of Raw Materials Unit', 'Fraunhofer Institute for Ceramic Technologies and Systems IKTS'),
 ('Sara Nilsson-Pekkari', 'Process Manager', 'Norrbotten Mining & Metals Cluster'),
 ('Ola Bjørnstad', 'Chief Executive Officer', 'Arctic Cluster Tromsø AS'),
 ('Dr. Elisabeth de la Cour', 'Policy Officer, Clusters and Industrial Ecosystems', 'European Commission, DG GROW'),
 ('Tuomo Kantola', 'Senior Vice President, Nordic Operations', 'Tornio Stainless Oyj'),
 ('Aleksandra Nowicka-Berg', 'Managing Director', 'Kemi Digipolis Oy'),
 ('Pekka Ojanperä', 'Rector', 'Lapland University of Applied Sciences'),
 ('Dr. Heidi Guttorm', 'Senior Advisor, Sámi Business Development', 'Sámi Education Institute'),
 ('Jonas van Leeuwen', 'Investment Director', 'Nordic Green Industry Fund'),
 ('Marja-Liisa Kaakinen', 'Cluster Coordinator', 'Lapland Arctic Industry Cluster (LAIC)'),
 ('Ruslan Tereshchenko', 'Innovation Manager', 'Enterprise Europe Network Finland'),
]
def cards(items, page):
    c.setFont('DVB', 16); c.drawString(40, Hh - 55, 'Speakers' + (' (continued)' if page == 3 else ''))
    cw, ch = (W - 100) / 2, 150
    for i, (n, t, o, b) in enumerate(items):
        col, row = i % 2, i // 2
        x = 40 + col * (cw + 20); yy = Hh - 90 - row * (ch + 12)
        c.rect(x, yy - ch, cw, ch)
        c.setFont('DVB', 11); c.drawString(x + 10, yy - 22, n)
        y2 = para(t, x + 10, yy - 42, cw - 20, size=9, lead=12)
        y3 = para(o, x + 10, y2 - 2, cw - 20, font='DV', size=9, lead=12)
        para(b, x + 10, y3 - 2, cw - 20, font='DV', size=8, lead=10)
    footer(page); c.showPage()
BIOS = ['leads the cluster office in Rovaniemi and chairs the summit programme committee.', 'heads the regional council and has followed the northern industrial investments since 2031.', "is responsible for the agency's regional network of advisers across Finland.", 'works on the processing of critical raw materials and battery recycling routes.', "runs the Swedish cluster's supplier development programme for the new steel plants.", 'founded the Tromsø cluster company and has led it for ten years.', 'follows the European Cluster Collaboration Platform and the industrial alliances.', 'is in charge of the stainless steel mill and its electrification programme.', 'manages the digital business park in Kemi and its data centre campus.', 'leads the university of applied sciences and its Arctic engineering programmes.', 'advises Sámi entrepreneurs on growth, land use questions and partnerships.', 'invests in growth companies in clean industry across the Nordic countries.', 'organises the matchmaking and looks after speakers and partners.', 'supports small companies in finding partners abroad through the network.']
items = [s + (b,) for s, b in zip(speakers, BIOS)]
cards(items[:8], 2)
cards(items[8:], 3)
c.save()
L = 'Lapland Arctic Industry Cluster'
gold(F, [P(n.replace('Dr. ', '').replace('Prof. Dr.-Ing. ', ''), t, o.replace(' (LAIC)', '').replace(' IKTS', '').replace('European Commission, DG GROW', 'DG GROW')) for n, t, o in speakers],
 [O(L, 'LAIC'), O('Regional Council of Lapland'), O('Business Finland'), O('Norrbotten Mining & Metals Cluster'),
  O('Fraunhofer Institute for Ceramic Technologies and Systems', 'IKTS'), O('Arctic Cluster Tromsø AS'), O('European Commission'), O('DG GROW'),
  O('Tornio Stainless Oyj'), O('Kemi Digipolis Oy'), O('Lapland University of Applied Sciences'), O('Sámi Education Institute'),
  O('Nordic Green Industry Fund'), O('Enterprise Europe Network Finland'), O('European Cluster Collaboration Platform')],
 [E('Arctic Industry & Cluster Summit 2036', '2036-06-09', '2036-06-11', 'Rovaniemi', 'Finland'),
  E('opening plenary', '2036-06-09', '2036-06-09', 'Rovaniemi', 'Finland'),
  E('welcome reception', '2036-06-09', '2036-06-09', 'Rovaniemi', 'Finland'),
  E('B2B matchmaking', '2036-06-10', '2036-06-10', 'Rovaniemi', 'Finland'),
  E('summit dinner', '2036-06-10', '2036-06-10', 'Rovaniemi', 'Finland'),
  E('site visits', '2036-06-11', '2036-06-11', None, 'Finland'),
  E('Arctic Industry & Cluster Summit (2030 edition)', '2030', '2030', 'Luleå', 'Sweden'),
  E('Arctic Industry & Cluster Summit (2032 edition)', '2032', '2032', 'Tromsø', 'Norway'),
  E('Arctic Industry & Cluster Summit (2034 edition)', '2034', '2034', 'Oulu', 'Finland'),
  E('Arctic Industry & Cluster Summit (fifth edition)', '2038', '2038', 'Kiruna', 'Sweden')],
 ['2036-06-09/2036-06-11', '2031', '2030', '2032', '2034', '2038', '2036-06-09', '2036-06-10', '2036-06-11', '2036-05-15'],
 km=['Northern industrial investments need cluster-led supplier programmes from day one',
     'Housing, schools and services decide whether skilled people stay in the north',
     'Cross-border cooperation in the Barents region must be simplified for small companies'])
