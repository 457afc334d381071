import os
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', F+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', F+'DejaVuSans-Bold.ttf'))
W,H = A4; M = 50
body = ParagraphStyle('b', fontName='DV', fontSize=8.8, leading=11.5, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=16, leading=20, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=4, spaceAfter=4)
h3 = ParagraphStyle('h3', fontName='DVB', fontSize=9.2, leading=12, spaceBefore=3, spaceAfter=2)
def deco(c, doc):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(M, H-30, 'Łódź Smart Textiles Forum 2036 · Programme · 22–23 April 2036')
    c.drawRightString(W-M, H-30, 'TEXTILIA Cluster')
    c.line(M, H-34, W-M, H-34)
    c.drawCentredString(W/2, 25, 'Page %d of 2' % doc.page)
    c.restoreState()
gap = 16; cw = (W-2*M-gap)/2
top_h = 260
p1 = [Frame(M, H-45-top_h, W-2*M, top_h, id='top'),
      Frame(M, 40, cw, H-45-top_h-45, id='l1'), Frame(M+cw+gap, 40, cw, H-45-top_h-45, id='r1')]
p2 = [Frame(M, H-45-90, W-2*M, 90, id='top2'),
      Frame(M, 40, cw, H-45-90-45, id='l2'), Frame(M+cw+gap, 40, cw, H-45-90-45, id='r2')]
doc = BaseDocTemplate(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','docs','LSTF2036_programme_final.pdf'), pagesize=A4,
      title='Łódź Smart Textiles Forum 2036 – Programme', author='TEXTILIA Cluster')
doc.addPageTemplates([PageTemplate('one', p1, onPage=deco), PageTemplate('two', p2, onPage=deco)])
S=[]; A=lambda t,s=body: S.append(Paragraph(t,s))
A('Łódź Smart Textiles Forum 2036', h1)
A('<b>Programme</b> – final version of 10 April 2036', body)
A('22–23 April 2036 · EC1 Łódź – Miasto Kultury, ul. Targowa 1/3, Łódź, Poland', body)
A('The fourth Łódź Smart Textiles Forum is organised by TEXTILIA – Łódzki Klaster Włókienniczy (TEXTILIA Cluster) together with Lodz University of Technology and the Marshal\'s Office of the Łódzkie Voivodeship. Two days, two parallel streams: Stream A looks at functional and smart textiles, Stream B at circular fashion and the textile workforce. Plenary sessions open and close each day. Simultaneous interpretation Polish–English is provided in the plenary hall. Participation is free of charge after registration; registration closed on 15 April 2036.', body)
A('<b>Plenary opening – Day 1, 09:30–10:45, Main Hall.</b> Welcome by Agnieszka Wróblewska-Kasprzak, President of the Management Board of TEXTILIA Cluster; address by Piotr Zawadzki, Member of the Board of the Łódzkie Voivodeship; keynote "Europe\'s textile strategy, five years on" by Dr Hélène Vasseur-Lambin, policy officer at DG GROW, European Commission. Moderator: Krzysztof Jabłoński, journalist, Kurier Włókniarski.', body)
A('<b>Day 1 – Tuesday, 22 April 2036: parallel sessions</b>', h2)
S.append(FrameBreak())
A('STREAM A – Smart and functional textiles (Hall 1)', h3)
A('<b>11:15–12:30 A1 Sensors in fabrics.</b> Prof. Marek Ostrowski, Institute of Material Science of Textiles, Lodz University of Technology; Julia Kamińska, CTO, Nitka Labs Sp. z o.o.; Ruben Vandermeulen, Centexbel (Belgium).', body)
A('<b>13:30–14:45 A2 Medical textiles and the MDR.</b> Dr Ewa Sokołowska-Beck, regulatory manager, Medtex Pabianice S.A.; Tomasz Urbaniak, head of R&amp;D, Zgierz Nonwovens Sp. z o.o. Chair: Prof. Marek Ostrowski.', body)
A('<b>15:15–16:30 A3 Protective clothing for firefighters.</b> Case study of the PROFIRE pilot with the State Fire Service; speakers: Michał Dudek, Ognisko Tekstylia Sp. z o.o., and Lieutenant Colonel Anna Pietrzak.', body)
S.append(FrameBreak())
A('STREAM B – Circular fashion and skills (Hall 2)', h3)
A('<b>11:15–12:30 B1 Extended producer responsibility: what it means for Polish brands.</b> Katarzyna Lis-Woźniak, Ministry of Climate and Environment; Filip Grabowski, founder of the brand Odzysk.', body)
A('<b>13:30–14:45 B2 Sorting and recycling at scale.</b> Sven Holmqvist, managing director, Borås Textile Sorting AB (Sweden); Dr Marta Głowacka, Łukasiewicz Research Network – Łódź Institute of Technology.', body)
A('<b>15:15–16:30 B3 Who will sew tomorrow? Skills for the textile industry.</b> Panel with vocational schools and employers, moderated by Joanna Nowak-Rudnicka, HR director, Piotrkowska Szwalnia S.A.', body)
A('<b>19:00 Forum dinner</b> at Manufaktura (by invitation).', body)
S.append(NextPageTemplate('two')); S.append(FrameBreak())
A('<b>Day 2 – Wednesday, 23 April 2036</b>', h2)
A('09:00–09:30 Morning plenary, Main Hall: "Results of the Day 1 sessions" – rapporteurs of Streams A and B. The day continues with two parallel tracks of workshops and a company visit; the Forum closes at 13:30 with a plenary in the Main Hall.', body)
S.append(FrameBreak())
A('STREAM A – Workshops (Hall 1)', h3)
A('<b>09:45–11:15 A4 Hands-on: washable electronics.</b> Workshop led by Julia Kamińska (Nitka Labs Sp. z o.o.). Max. 25 participants.', body)
A('<b>11:30–13:00 A5 Funding smart textiles.</b> Anna Majewska, Łódź Regional Development Agency; Paweł Kurek, National Centre for Research and Development (NCBR).', body)
A('<b>Company visit</b> (parallel, 09:45–13:00): Medtex Pabianice S.A., bus from EC1. Registration was required.', body)
S.append(FrameBreak())
A('STREAM B – Workshops (Hall 2)', h3)
A('<b>09:45–11:15 B4 Design for disassembly.</b> Workshop with designer Zofia Mikołajczyk and Akademia Sztuk Pięknych w Łodzi.', body)
A('<b>11:30–13:00 B5 Cross-border partnerships.</b> Matchmaking session with the Enterprise Europe Network and the Euratex partner clusters from Prato and Guimarães.', body)
A('<b>13:30–14:00 Closing plenary</b> (Main Hall): conclusions by Agnieszka Wróblewska-Kasprzak and announcement of the 2037 Forum.', body)
A('Organiser contact: Bartosz Szymański, forum coordinator, TEXTILIA Cluster, forum@textilia.example', body)
A('Co-financed by the European Union under the European Funds for Łódzkie programme.', body)
doc.build(S)
