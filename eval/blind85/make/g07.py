from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, FrameBreak, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import mm
F = 'g07_coimbra_health_cluster_agenda.pdf'
assert wd(2037,10,21)=='Wednesday' and wd(2037,10,22)=='Thursday' and wd(2037,10,9)=='Friday'
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
b = ParagraphStyle('b', fontName='DV', fontSize=9.2, leading=12)
sm = ParagraphStyle('s', fontName='DV', fontSize=8, leading=10)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=16, leading=20)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=15, spaceBefore=6)
W, H = A4
def deco(c, doc):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(20*mm, H-12*mm, 'Health Cluster Portugal · Centro Health & Life Sciences Summit 2037 · Programme')
    c.drawRightString(W-20*mm, 12*mm, f'Page {doc.page} of 2'); c.drawString(20*mm, 12*mm, 'Version 3 – 9 October 2037 · programme subject to change')
    c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Centro Health & Life Sciences Summit 2037 – Programme', author='Health Cluster Portugal')
f1 = Frame(20*mm, 18*mm, W-40*mm, H-36*mm, id='one')
c1 = Frame(20*mm, 18*mm, (W-46*mm)/2, H-36*mm, id='c1'); c2 = Frame(26*mm+(W-46*mm)/2, 18*mm, (W-46*mm)/2, H-36*mm, id='c2')
doc.addPageTemplates([PageTemplate('p1', [f1], onPage=deco), PageTemplate('p2', [c1, c2], onPage=deco)])
S = []
S += [Paragraph('Centro Health &amp; Life Sciences Summit 2037', h1),
      Paragraph('<b>From lab to patient: scaling health innovation in Portugal’s Centro region</b>', b),
      Paragraph('21–22 October 2037 · Convento São Francisco, Coimbra, Portugal', b), Spacer(1, 6),
      Paragraph('Organised by Health Cluster Portugal (HCP) in partnership with the University of Coimbra, Instituto Pedro Nunes (IPN) and the Centro Regional Coordination and Development Commission (CCDR Centro). The summit brings together around 350 companies, hospitals, researchers and investors from the health and life sciences ecosystem. Working language: English (Portuguese sessions marked PT, with simultaneous interpretation).', b), Spacer(1, 4),
      Paragraph('This third edition follows the 2035 summit in Aveiro and the 2036 summit in Leiria. For the first time, a full day is reserved for partnering: participants can book B2B meetings on the partnering platform from 1 October. Places for the site visit and the summit dinner are limited and allocated in order of registration.', b),
      Paragraph('DAY 1 – Wednesday, 21 October 2037', h2)]
rows = [['08:30','Registration and welcome coffee'],
 ['09:15','Opening session\nJoaquim Teles Rebelo, Executive Director, Health Cluster Portugal\nProf. Amílcar Sequeira Dias, Rector, University of Coimbra\nIsabel Quaresma Damião, President, CCDR Centro'],
 ['09:45','Keynote: “Europe’s health industry after the pharma package”\nDr. Annika Sörensen-Lund, Head of Unit, Health Industry, DG GROW, European Commission'],
 ['10:30','Panel 1 – Clinical trials: how Portugal can attract more (PT)\nModerator: Rita Magalhães, Innovation Manager, Health Cluster Portugal\nDr. Luís Portela Moura, Clinical Director, Coimbra Hospital and University Centre (CHUC)\nBeatriz Fonseca, CEO, Bluepharma Clinical Services\nDr. Hans-Peter Vogl, Managing Director, BioRegio STERN Management GmbH'],
 ['12:00','Lunch and poster exhibition'],
 ['13:30','Parallel workshops\nA – Medical devices regulation for start-ups (IPN Incubator)\nB – Digital health reimbursement pathways (SPMS)\nC – Cross-border partnering with Spanish clusters (with BIOTECyL)'],
 ['15:30','Start-up pitch session: 12 start-ups, jury chaired by Carlos Serra Antunes, Partner, Portugal Ventures'],
 ['17:30','Site visit: Biocant Park, Cantanhede (bus departs 17:15)'],
 ['20:00','Summit dinner, Quinta das Lágrimas, with presentation of the HCP Innovation Award 2037']]
t = Table([[r[0], Paragraph(r[1].replace('\n','<br/>'), b)] for r in rows], colWidths=[16*mm, W-56*mm])
t.setStyle(TableStyle([('FONT',(0,0),(0,-1),'DVB',9),('VALIGN',(0,0),(-1,-1),'TOP'),('LINEBELOW',(0,0),(-1,-1),0.3,'#999999')]))
S += [t, NextPageTemplate('p2'), Paragraph('', b)]
from reportlab.platypus import PageBreak
S += [PageBreak()]
S += [Paragraph('DAY 2 – Thursday, 22 October 2037', h2)]
for tm, txt in [('09:00','Keynote: “Regional hubs in the European Health Data Space”<br/>Prof. Marta Vilaça-Neves, Vice-Rector for Innovation, University of Coimbra'),
 ('09:40','Panel 2 – Financing scale-ups<br/>Moderator: Pedro Lencastre, Journalist, Jornal de Negócios<br/>Sofia Antunes Reis, Investment Director, Banco Português de Fomento<br/>Marek Zieliński, Partner, Baltic Health Ventures'),
 ('11:00','B2B meetings (pre-booked via the partnering platform)'),
 ('12:30','Closing session: key messages and the Coimbra Declaration on health innovation<br/>Joaquim Teles Rebelo, Health Cluster Portugal'),
 ('13:00','End of summit – farewell lunch')]:
    S.append(Paragraph(f'<b>{tm}</b> {txt}', b)); S.append(Spacer(1, 4))
S += [Paragraph('PRACTICAL INFORMATION', h2),
      Paragraph('Venue: Convento São Francisco, Avenida da Guarda Inglesa 1A, 3040-193 Coimbra. Fee: EUR 180; HCP members EUR 90; students free. Registration closes on 14 October 2037. Coimbra-B railway station is 10 minutes by taxi.', b),
      FrameBreak(),
      Paragraph('SPEAKERS', h2)]
for n, r in [('Joaquim Teles Rebelo','Executive Director, Health Cluster Portugal'),('Amílcar Sequeira Dias','Rector, University of Coimbra'),
 ('Isabel Quaresma Damião','President, CCDR Centro'),('Annika Sörensen-Lund','Head of Unit, DG GROW'),('Rita Magalhães','Innovation Manager, HCP'),
 ('Luís Portela Moura','Clinical Director, CHUC'),('Beatriz Fonseca','CEO, Bluepharma Clinical Services'),('Hans-Peter Vogl','Managing Director, BioRegio STERN'),
 ('Carlos Serra Antunes','Partner, Portugal Ventures'),('Marta Vilaça-Neves','Vice-Rector, University of Coimbra'),
 ('Pedro Lencastre','Journalist, Jornal de Negócios'),('Sofia Antunes Reis','Banco Português de Fomento'),('Marek Zieliński','Partner, Baltic Health Ventures')]:
    S.append(Paragraph(f'<b>{n}</b><br/>{r}', sm)); S.append(Spacer(1, 3))
S += [Paragraph('CONTACT', h2), Paragraph('Summit secretariat: Inês Albuquerque, Events Officer, Health Cluster Portugal · summit@healthportugal.example.pt · +351 220 000 000', sm),
      Spacer(1,4), Paragraph('With the support of: Centro 2030 Regional Programme · Coimbra City Council · Enterprise Europe Network Portugal', sm)]
doc.build(S)
H_ = "Health Cluster Portugal"
gold(F,
 [P("Joaquim Teles Rebelo","Executive Director",H_), P("Amílcar Sequeira Dias","Rector","University of Coimbra"),
  P("Isabel Quaresma Damião","President","CCDR Centro"), P("Annika Sörensen-Lund","Head of Unit","DG GROW"),
  P("Rita Magalhães","Innovation Manager",H_), P("Luís Portela Moura","Clinical Director","Coimbra Hospital and University Centre"),
  P("Beatriz Fonseca","CEO","Bluepharma Clinical Services"), P("Hans-Peter Vogl","Managing Director","BioRegio STERN Management GmbH"),
  P("Carlos Serra Antunes","Partner","Portugal Ventures"), P("Marta Vilaça-Neves","Vice-Rector for Innovation","University of Coimbra"),
  P("Pedro Lencastre","Journalist","Jornal de Negócios"), P("Sofia Antunes Reis","Investment Director","Banco Português de Fomento"),
  P("Marek Zieliński","Partner","Baltic Health Ventures"), P("Inês Albuquerque","Events Officer",H_)],
 [O(H_,"HCP"), O("University of Coimbra"), O("Instituto Pedro Nunes","IPN"),
  O("Centro Regional Coordination and Development Commission","CCDR Centro"), O("DG GROW"), O("European Commission"),
  O("Coimbra Hospital and University Centre","CHUC"), O("Bluepharma Clinical Services"), O("BioRegio STERN Management GmbH"),
  O("IPN Incubator"), O("SPMS"), O("BIOTECyL"), O("Portugal Ventures"), O("Biocant Park"), O("Jornal de Negócios"),
  O("Banco Português de Fomento"), O("Baltic Health Ventures"), O("Coimbra City Council"), O("Enterprise Europe Network Portugal")],
 [E("Centro Health & Life Sciences Summit 2037","2037-10-21","2037-10-22","Coimbra","Portugal"),
  E("Centro Health & Life Sciences Summit (2035 edition)","2035",None,"Aveiro","Portugal"),
  E("Centro Health & Life Sciences Summit (2036 edition)","2036",None,"Leiria","Portugal"),
  E("Site visit: Biocant Park","2037-10-21",None,"Cantanhede","Portugal"),
  E("Summit dinner","2037-10-21",None,"Coimbra","Portugal"),
  E("presentation of the HCP Innovation Award 2037","2037-10-21",None,"Coimbra","Portugal"),
  E("B2B meetings","2037-10-22",None,"Coimbra","Portugal"),
  E("farewell lunch","2037-10-22",None,"Coimbra","Portugal")],
 ["2037-10-09","2035","2036","2037-10-01","2037-10-21/2037-10-22","2037-10-21","2037-10-22","2037-10-14"],
 [], "2037-10-09")
