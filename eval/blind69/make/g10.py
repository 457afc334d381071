from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, Spacer, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
pdfmetrics.registerFont(TTFont('DV','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F='glasriket-materials-days-2036-programme.pdf'
st=ParagraphStyle('b',fontName='DV',fontSize=9,leading=12); h1=ParagraphStyle('h1',fontName='DVB',fontSize=16,leading=20); h2=ParagraphStyle('h2',fontName='DVB',fontSize=11,leading=15,spaceBefore=6)
sm=ParagraphStyle('s',fontName='DV',fontSize=8,leading=10)
def foot(c,d):
    c.setFont('DV',7); c.drawString(2*cm,1.2*cm,'Nordic Glass & Materials Days 2036 · Kalmar · Programme as of 3 March 2036'); c.drawRightString(19*cm,1.2*cm,f'Page {d.page}')
doc=BaseDocTemplate(os.path.join(B,'docs',F),pagesize=A4)
W,H=A4
one=Frame(2*cm,2*cm,W-4*cm,H-4*cm,id='one')
c1=Frame(2*cm,2*cm,(W-4.6*cm)/2,H-4*cm,id='c1'); c2=Frame(2.6*cm+(W-4.6*cm)/2,2*cm,(W-4.6*cm)/2,H-4*cm,id='c2')
doc.addPageTemplates([PageTemplate('one',[one],onPage=foot),PageTemplate('two',[c1,c2],onPage=foot)])
S=[]
S.append(Paragraph('Nordic Glass &amp; Materials Days 2036',h1))
S.append(Paragraph(f'Kalmar, Sweden · {wd(2036,4,22)} 22 – {wd(2036,4,23)} 23 April 2036 · Kalmarsalen congress hall and Linnaeus University, Kalmar campus',st))
S.append(Spacer(1,6))
S.append(Paragraph('Organised by Glasriket Innovation Cluster (GIC) together with Linnaeus University and Region Kalmar County, with the support of the Swedish Agency for Economic and Regional Growth (Tillväxtverket). Partner clusters: Glass Cluster Bavaria, the Czech Glass Cluster (Nový Bor) and the Finnish Materials Cluster Riihimäki.',st))
S.append(Paragraph('Day 1 – Wednesday 22 April 2036',h2))
def grid(rows):
    t=Table([[Paragraph(x,sm) for x in r] for r in rows],colWidths=[2.2*cm,7.3*cm,7.5*cm])
    t.setStyle(TableStyle([('GRID',(0,0),(-1,-1),0.3,colors.grey),('BACKGROUND',(0,0),(-1,0),colors.lightgrey),('VALIGN',(0,0),(-1,-1),'TOP')]))
    return t
S.append(grid([['Time','Main hall (Kalmarsalen)','Room B (Linnaeus University)'],
['08:30','Registration and coffee',''],
['09:30','Welcome: Karin Sjöholm, cluster manager, GIC; Anders Lindh, chair of the regional development committee, Region Kalmar County',''],
['10:00','Keynote: "Glass in a fossil-free industry" – Dr. Birgitta Åkesson-Strand, research director, RISE Research Institutes of Sweden',''],
['11:00','Panel: Electric melting at scale. Moderator: Johan Kvist (GIC). With Dipl.-Ing. Thomas Reinhold-Weiß (Glass Cluster Bavaria), Ing. Petra Novotná (Czech Glass Cluster) and Mikko Laaksonen (Finnish Materials Cluster Riihimäki)','Workshop: Recycled cullet quality standards, led by Dr. Ruben van Assche, Ghent University'],
['12:30','Lunch and poster exhibition',''],
['13:30','Session: Design meets engineering – Ulrika Bergqvist, designer, Kosta Glasbruk AB; Oskar Nyman, CEO, Lumina Glass Tech AB','B2B meetings (pre-booked, 20 min each)'],
['15:30','Pitches of ten start-ups; jury: Karin Sjöholm, Dr. Lena Moberg (ALMI Företagspartner Kalmar) and Erik Dahl (Smaland Ventures)','B2B meetings continued'],
['17:00','End of day 1',''],
['19:00','Conference dinner at Kalmar Castle, with the award of the Glasriket Innovation Prize 2036','']]))
S.append(PageBreak())
S.append(Paragraph('Day 2 – Thursday 23 April 2036',h2))
S.append(grid([['Time','Main hall (Kalmarsalen)','Excursions'],
['09:00','Plenary: Skills for the glass industry – Maria Ek, rector of the Glass School of Orrefors, and Prof. Dr. Henrik Svensson, Linnaeus University',''],
['10:30','Parallel sessions: (A) Hydrogen-ready furnaces; (B) Glass for solar modules; (C) Heritage and tourism in the Kingdom of Crystal',''],
['12:00','Closing session: conclusions and handover to the 2037 host, the Czech Glass Cluster','Lunch boxes for excursions'],
['13:00','','Site visits: (1) Orrefors glassworks; (2) Kosta glassworks and the Kosta Boda Art Hotel; (3) recycling plant of Svensk Glasåtervinning AB in Hammar'],
['17:30','','Return buses to Kalmar (train station and airport)']]))
S.append(Spacer(1,10))
S.append(Paragraph('Registration fee: SEK 2,900 (members of partner clusters SEK 1,900; students free). The fee includes the conference dinner and the excursions. Registration closes on 8 April 2036. Interpretation is not provided; the working language is English.',st))
S.append(NextPageTemplate('two')); S.append(PageBreak())
S.append(Paragraph('Speakers and moderators',h2))
bios=[('Karin Sjöholm','Cluster manager of Glasriket Innovation Cluster since 2031; previously project leader at Region Kronoberg.'),
('Anders Lindh','Chair of the regional development committee of Region Kalmar County; former mayor of Nybro (2022–2030).'),
('Birgitta Åkesson-Strand','Research director for glass and ceramics at RISE Research Institutes of Sweden in Växjö; PhD from Chalmers University of Technology.'),
('Johan Kvist','Innovation advisor at GIC, in charge of the electric melting pilot of six member glassworks.'),
('Thomas Reinhold-Weiß','Managing director of Glass Cluster Bavaria (Zwiesel). Engineer with 20 years in container glass.'),
('Petra Novotná','Cluster manager of the Czech Glass Cluster in Nový Bor; board member of the European Cluster Alliance for Glass.'),
('Mikko Laaksonen','Development director of the Finnish Materials Cluster Riihimäki.'),
('Ruben van Assche','Post-doctoral researcher in materials recycling at Ghent University.'),
('Ulrika Bergqvist','Designer at Kosta Glasbruk AB; winner of the Glasriket Innovation Prize 2034.'),
('Oskar Nyman','Founder and CEO of Lumina Glass Tech AB, a spin-off of Linnaeus University making smart windows.'),
('Lena Moberg','Investment manager at ALMI Företagspartner Kalmar.'),
('Erik Dahl','Partner at Smaland Ventures, an early-stage fund in Växjö.'),
('Maria Ek','Rector of the Glass School of Orrefors since 2033.'),
('Henrik Svensson','Professor of materials science at Linnaeus University and scientific lead of the cluster\'s research programme 2034–2038.')]
for n,b in bios: S.append(Paragraph(f'<b>{n}</b> – {b}',st)); S.append(Spacer(1,4))
S.append(Paragraph('About the organiser',h2))
S.append(Paragraph('Glasriket Innovation Cluster (GIC) is the cluster organisation of the glass and materials industry in the counties of Kalmar and Kronoberg, the area known as the Kingdom of Crystal. It was founded in 2029 and gathers 58 companies, two universities and four municipalities. Previous editions of the Nordic Glass &amp; Materials Days were held in Växjö (2032) and Riihimäki (2034).',st))
S.append(Paragraph('Contact: Johan Kvist, GIC, Storgatan 9, 392 31 Kalmar, Sweden · days@glasriket-cluster.example.se',st))
doc.build(S)
G='Glasriket Innovation Cluster'; LU='Linnaeus University'; RK='Region Kalmar County'
gold(F,[P('Karin Sjöholm','cluster manager',G),P('Anders Lindh','chair of the regional development committee',RK),P('Birgitta Åkesson-Strand','research director','RISE Research Institutes of Sweden'),
 P('Johan Kvist','Innovation advisor',G),P('Thomas Reinhold-Weiß','Managing director','Glass Cluster Bavaria'),P('Petra Novotná','Cluster manager','Czech Glass Cluster'),
 P('Mikko Laaksonen','Development director','Finnish Materials Cluster Riihimäki'),P('Ruben van Assche','Post-doctoral researcher','Ghent University'),
 P('Ulrika Bergqvist','designer','Kosta Glasbruk AB'),P('Oskar Nyman','CEO','Lumina Glass Tech AB'),P('Lena Moberg','Investment manager','ALMI Företagspartner Kalmar'),
 P('Erik Dahl','Partner','Smaland Ventures'),P('Maria Ek','rector','Glass School of Orrefors'),P('Henrik Svensson','Professor of materials science',LU)],
 [O(G,'GIC'),O(LU),O(RK),O('Swedish Agency for Economic and Regional Growth','Tillväxtverket'),O('Glass Cluster Bavaria'),O('Czech Glass Cluster'),O('Finnish Materials Cluster Riihimäki'),
  O('RISE Research Institutes of Sweden'),O('Ghent University'),O('Kosta Glasbruk AB'),O('Lumina Glass Tech AB'),O('ALMI Företagspartner Kalmar'),O('Smaland Ventures'),
  O('Glass School of Orrefors'),O('Svensk Glasåtervinning AB'),O('Region Kronoberg'),O('Chalmers University of Technology'),O('European Cluster Alliance for Glass'),O('Kosta Boda Art Hotel')],
 [E('Nordic Glass & Materials Days 2036','2036-04-22','2036-04-23','Kalmar','Sweden'),
  E('Workshop: Recycled cullet quality standards','2036-04-22','2036-04-22','Kalmar','Sweden'),E('B2B meetings','2036-04-22','2036-04-22','Kalmar','Sweden'),
  E('Pitches of ten start-ups','2036-04-22','2036-04-22','Kalmar','Sweden'),E('Conference dinner','2036-04-22','2036-04-22','Kalmar','Sweden'),
  E('Glasriket Innovation Prize 2036','2036-04-22','2036-04-22','Kalmar','Sweden'),E('Site visits','2036-04-23','2036-04-23',None,'Sweden'),
  E('Nordic Glass & Materials Days (2032 edition)','2032','2032','Växjö','Sweden'),E('Nordic Glass & Materials Days (2034 edition)','2034','2034','Riihimäki','Finland')],
 ['2036-04-22/2036-04-23','2036-03-03','2036-04-22','2036-04-23','2036-04-08','2031','2022/2030','2033','2034/2038','2029','2032','2034','2037'])
