import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'g10.pdf'
N = ParagraphStyle('n', fontName='DV', fontSize=9, leading=11.5)
S = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
H = ParagraphStyle('h', fontName='DVB', fontSize=14, leading=17)
H2 = ParagraphStyle('h2', fontName='DVB', fontSize=10.5, leading=13)
d1, d2 = day(2038, 11, 17), day(2038, 11, 18)
p1 = [
 ('H', 'Hainaut Digital Industry Days 2038'),
 ('N', f'{d1} 17 and {d2} 18 November 2038 · Mons, Belgium · Mons Congress Centre'),
 ('N', 'Organised by DigiWal Cluster (Cluster wallon des technologies numériques pour l\'industrie) with the University of Mons (UMONS), the Walloon Agency for Enterprise and Innovation (AWEI) and the Enterprise Europe Network Wallonia. Programme and speakers as of 2 October 2038 – subject to change.'),
 ('H2', 'About the conference'),
 ('N', 'The fourth edition of the Hainaut Digital Industry Days brings together some 450 manufacturers, technology providers, researchers and public funders from Wallonia, the north of France and the Netherlands. This year the programme looks at the people behind the digital transformation of industry: the managers who lead it, the technicians who keep it running, and the clusters and agencies that connect them. Two plenary sessions frame the conference; in between, participants choose between parallel workshops, factory visits and pre-arranged business meetings.'),
 ('H2', f'Day 1 – {d1} 17 November 2038'),
 ('N', '08:30 Registration and welcome coffee<br/>09:15 Opening: Sébastien Delcourt, President, DigiWal Cluster; Nathalie Ghislain, Rector, University of Mons<br/>09:45 Keynote: "Who will run the smart factory?" – Prof. Mirela Constantinescu, Politehnica University of Bucharest<br/>10:30 Plenary panel: Clusters as talent brokers – moderated by Julie Vandenbroucke, Managing Director, DigiWal Cluster<br/>12:30 Networking lunch<br/>14:00 Parallel workshops A (AI in quality control), B (cyber security for SMEs), C (reskilling operators)<br/>16:30 Factory visits: IBA Industrial, Louvain-la-Neuve; Vanhout Composites, Ghlin (bus from the Congress Centre)<br/>19:30 Conference dinner at the Abbaye de Saint-Denis, Obourg'),
 ('H2', f'Day 2 – {d2} 18 November 2038'),
 ('N', '09:00 B2B meetings (pre-booked via the Enterprise Europe Network platform)<br/>11:00 Plenary: Regional policy for digital industry – Minister Frédéric Lemaire, Walloon Minister for Economy and Employment, in conversation with Koen Verstraeten, Head of Unit, European Commission, DG GROW<br/>12:15 Digital Industry Awards ceremony<br/>13:00 Closing lunch'),
 ('H2', 'Workshops'),
 ('N', 'Workshop A – AI in quality control. Camera-based inspection is now affordable for small machine shops, but most pilots never reach the production line. Two member companies show what went wrong in their first attempt and what they changed, and the UMONS vision lab presents an open data set of surface defects that members may use free of charge.'),
 ('N', 'Workshop B – Cyber security for SMEs. A practical session on the obligations that come with connected machines: what a supplier must report, how to segment a plant network, and how to prepare the staff for an incident. Participants leave with a self-assessment checklist prepared with the regional cyber security centre.'),
 ('N', 'Workshop C – Reskilling operators. Training centres, trade unions and employers discuss how to move experienced operators into maintenance and data roles without losing them to early retirement. The session includes short testimonies from three operators who completed the regional reskilling path last year.'),
 ('H2', 'Practical information'),
 ('N', 'Factory visits are limited to 25 participants each and must be booked at registration; safety shoes are provided on site. The B2B meetings are open to all registered participants; profiles can be published on the matchmaking platform until 10 November 2038. Simultaneous interpretation French–English is offered in the plenary sessions. Parking is available at the Grands Prés car park, a ten-minute walk from the Congress Centre, and a shuttle runs from Mons railway station every twenty minutes on both days.'),
 ('N', 'Venue: Mons Congress Centre, Avenue Mélina Mercouri 9, 7000 Mons. Participation is free for members of DigiWal Cluster; 120 EUR for other participants. Registration closes on 4 November 2038.'),
]
cards = [
 ('Sébastien Delcourt', 'President', 'DigiWal Cluster; CEO, Delcourt Automation SA'),
 ('Julie Vandenbroucke', 'Managing Director', 'DigiWal Cluster'),
 ('Nathalie Ghislain', 'Rector', 'University of Mons (UMONS)'),
 ('Mirela Constantinescu', 'Professor of Industrial Engineering', 'Politehnica University of Bucharest'),
 ('Frédéric Lemaire', 'Walloon Minister for Economy and Employment', 'Government of Wallonia'),
 ('Koen Verstraeten', 'Head of Unit', 'European Commission, DG GROW'),
 ('Amandine Leroy', 'Head of Digital Programmes', 'Walloon Agency for Enterprise and Innovation (AWEI)'),
 ('Pieter Hoogendijk', 'Cluster Manager', 'Brainport Industries Campus Network'),
 ('Claire Dubois-Mertens', 'Plant Manager', 'Vanhout Composites NV'),
 ('Youssef Benali', 'Chief Information Security Officer', 'Solvay Jemeppe'),
 ('Anne-Sophie Lambotte', 'EEN Adviser', 'Enterprise Europe Network Wallonia'),
 ('Matthieu Carlier', 'Director', 'Pôle de compétitivité MecaTech'),
]
def build():
    def cell(n, r, o): return [Paragraph(f'<b>{n}</b>', S), Paragraph(r, S), Paragraph(o, S)]
    rows = [[cell(*cards[i + j]) for j in range(3)] for i in range(0, len(cards), 3)]
    tb = Table(rows, colWidths=[170, 170, 170])
    tb.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, '#999999'), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st = {'H': H, 'H2': H2, 'N': N}
    fl = [Paragraph(x, st[k]) for k, x in p1]
    fl += [PageBreak(), Paragraph('Speakers', H), Spacer(1, 6), tb, Spacer(1, 10),
           Paragraph('Workshop facilitators: Thomas Wuyts (Agoria Wallonia), Élodie Renard (CETIC), Marc Fontaine (Technifutur). Moderators of the plenary sessions were chosen by the programme committee chaired by Amandine Leroy.', N),
           Spacer(1, 6),
           Paragraph('About DigiWal Cluster', H2),
           Paragraph('DigiWal Cluster was founded in 2031 by twenty Hainaut manufacturers and the University of Mons to help industrial SMEs adopt digital technologies. It now counts 214 members across Wallonia, including 160 companies, and runs a shared demonstration centre in Mons with collaborative robots, a 5G test bed and a digital twin of a small assembly line. The cluster is recognised by the Government of Wallonia as a business cluster and coordinates the regional working group on skills for industry. Its team of nine is led by Julie Vandenbroucke, who joined as managing director in 2036 after a career in the aerospace supply chain.', N),
           Spacer(1, 6),
           Paragraph('Contact: Laetitia Moreau, Events Coordinator, DigiWal Cluster · events@digiwal.be · +32 65 55 42 10', N)]
    def foot(c, doc):
        c.setFont('DV', 7); c.drawString(40, 25, f'Hainaut Digital Industry Days 2038 – programme v3 – page {doc.page}')
    doc = BaseDocTemplate(path(F), pagesize=A4, leftMargin=40, rightMargin=40)
    w, h = A4
    doc.addPageTemplates([PageTemplate('one', [Frame(40, 40, w - 80, h - 80)], onPage=foot)])
    doc.build(fl)
build()
C = 'DigiWal Cluster'
people = [P('Sébastien Delcourt', 'President', C), P('Nathalie Ghislain', 'Rector', 'University of Mons'),
 P('Mirela Constantinescu', 'Professor of Industrial Engineering', 'Politehnica University of Bucharest'),
 P('Julie Vandenbroucke', 'Managing Director', C), P('Frédéric Lemaire', 'Walloon Minister for Economy and Employment', 'Government of Wallonia'),
 P('Koen Verstraeten', 'Head of Unit', 'DG GROW'), P('Amandine Leroy', 'Head of Digital Programmes', 'Walloon Agency for Enterprise and Innovation'),
 P('Pieter Hoogendijk', 'Cluster Manager', 'Brainport Industries Campus Network'), P('Claire Dubois-Mertens', 'Plant Manager', 'Vanhout Composites NV'),
 P('Youssef Benali', 'Chief Information Security Officer', 'Solvay Jemeppe'), P('Anne-Sophie Lambotte', 'EEN Adviser', 'Enterprise Europe Network Wallonia'),
 P('Matthieu Carlier', 'Director', 'Pôle de compétitivité MecaTech'), P('Thomas Wuyts', 'Workshop facilitator', 'Agoria Wallonia'),
 P('Élodie Renard', 'Workshop facilitator', 'CETIC'), P('Marc Fontaine', 'Workshop facilitator', 'Technifutur'), P('Laetitia Moreau', 'Events Coordinator', C)]
orgs = [O("Cluster wallon des technologies numériques pour l'industrie", C), O('University of Mons', 'UMONS'),
 O('Walloon Agency for Enterprise and Innovation', 'AWEI'), O('Enterprise Europe Network Wallonia'),
 O('Politehnica University of Bucharest'), O('IBA Industrial'), O('Vanhout Composites NV'), O('European Commission'), O('DG GROW'),
 O('Delcourt Automation SA'), O('Government of Wallonia'), O('Brainport Industries Campus Network'), O('Solvay Jemeppe'),
 O('Pôle de compétitivité MecaTech'), O('Agoria Wallonia'), O('CETIC'), O('Technifutur')]
events = [E('Hainaut Digital Industry Days 2038', '2038-11-17', '2038-11-18', 'Mons', 'Belgium'),
 E('Networking lunch', '2038-11-17', None, 'Mons', 'Belgium'),
 E('Factory visits', '2038-11-17', None, None, 'Belgium'),
 E('Conference dinner', '2038-11-17', None, 'Obourg', 'Belgium'),
 E('B2B meetings', '2038-11-18', None, 'Mons', 'Belgium'),
 E('Digital Industry Awards ceremony', '2038-11-18', None, 'Mons', 'Belgium'),
 E('Closing lunch', '2038-11-18', None, 'Mons', 'Belgium')]
dates = ['2038-11-17/2038-11-18', '2038-10-02', '2038-11-17', '2038-11-18', '2038-11-04', '2038-11-10', '2031', '2036']
gold(F, people, orgs, events, dates, [], pub=None)
