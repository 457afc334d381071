from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DV','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F='escp-circular-textiles-fact-sheet.pdf'
n=ParagraphStyle('n',fontName='DV',fontSize=9.5,leading=13)
h1=ParagraphStyle('h1',fontName='DVB',fontSize=16,leading=20,spaceAfter=8)
h2=ParagraphStyle('h2',fontName='DVB',fontSize=11.5,leading=15,spaceBefore=8,spaceAfter=4)
sm=ParagraphStyle('sm',fontName='DV',fontSize=8.5,leading=11)
story=[]
def P_(t,s=n): story.append(Paragraph(t,s))
P_('European Strategic Cluster Partnership – Fact sheet',h2)
P_('RE-WEAVE: Circular Textiles Cluster Partnership',h1)
P_('Status: ongoing · Duration: 1 March 2035 – 28 February 2038 · Type: European Strategic Cluster Partnership for excellence under the Single Market Programme · Fact sheet version 2, 10 January 2036')
P_('Summary',h2)
P_('RE-WEAVE brings together eight cluster organisations from seven countries working on textiles, clothing, recycling and chemistry. The partnership helps small and medium-sized enterprises to design products for reuse and recycling, to take part in the new European textile collection schemes and to find partners for sorting and fibre-to-fibre recycling. Around 1,900 SMEs are members of the eight clusters. Between 2035 and 2038 the partnership will support at least 150 SMEs with vouchers for eco-design, run four cluster excellence trainings and organise exchanges of staff between the cluster organisations.')
P_('Coordinator',h2)
P_('<b>Fashion and Textiles Cluster Wales (FTCW)</b>, Cardiff, United Kingdom (Wales) – Associated under the Single Market Programme agreement. Partnership coordinator: Dr. Rhiannon Pryce-Jenkins, Cluster Director. Project officer: Owain ap Gruffydd.')
P_('Partners',h2)
def cell(name, town, person):
    return Paragraph(f'<b>{name}</b><br/>{town}<br/>{person}', sm)
G=[('Fashion and Textiles Cluster Wales','Cardiff, United Kingdom','Dr. Rhiannon Pryce-Jenkins'),
('Cluster Textil Catalunya – Tèxtil Innovació','Terrassa, Spain','Núria Puig i Casals'),
('Pôle Euramaterials','Roubaix, France','Aurélie Van Damme-Lefebvre'),
('Texcoop Prato Società Cooperativa','Prato, Italy','Lorenzo Becagli'),
('Flanders Textile Valley vzw','Kortrijk, Belgium','Pieter-Jan De Clercq'),
('Klastr Textil Liberec, z.s.','Liberec, Czechia','Ing. Kateřina Novotná Hájková'),
('Portuguese Textile Cluster – TCP','Vila Nova de Famalicão, Portugal','Joana Faria Mendes'),
('Cluster Tekstil Maribor','Maribor, Slovenia','Mag. Gregor Škerlj')]
rows=[[cell(*G[i]),cell(*G[i+1])] for i in range(0,8,2)]
t=Table(rows,colWidths=[240,240])
t.setStyle(TableStyle([('GRID',(0,0),(-1,-1),0.5,colors.grey),('VALIGN',(0,0),(-1,-1),'TOP'),('TOPPADDING',(0,0),(-1,-1),6),('BOTTOMPADDING',(0,0),(-1,-1),6)]))
story.append(t)
P_('Associated partners (no funding)',h2)
P_('• Euratex – the European Apparel and Textile Confederation, Brussels<br/>• Circle Economy Foundation, Amsterdam<br/>• Welsh Government – Economy, Treasury and Constitution Group, Cardiff<br/>• Textile ETP (European Technology Platform for the Future of Textiles and Clothing), Brussels')
story.append(PageBreak())
P_('Objectives',h2)
for o in ['Build a joint strategy of the eight clusters for circular textiles by the end of 2035.',
 'Train cluster managers and staff in services for eco-design, extended producer responsibility and recycling (four trainings, one in each of Terrassa, Prato, Liberec and Maribor).',
 'Support SMEs with eco-design vouchers of up to EUR 10,000 each.',
 'Connect SMEs with sorting and recycling companies through matchmaking at trade fairs.',
 'Share the results with other textile regions through the European Cluster Collaboration Platform.']:
    P_('• '+o)
P_('Key dates',h2)
kd=[['Date','Activity','Place'],
 ['26–27 March 2035','Kick-off meeting','Cardiff'],
 ['18 June 2035','First cluster excellence training','Terrassa'],
 ['12–14 November 2035','Partnering and matchmaking at Texworld Circular','Prato'],
 ['4 February 2036','Second cluster excellence training','Liberec'],
 ['22–24 September 2036','Staff exchange week','Kortrijk and Roubaix'],
 ['May 2037','Third training','Maribor'],
 ['February 2038','Final event','Brussels']]
t2=Table([[Paragraph(c,sm) for c in r] for r in kd],colWidths=[120,240,120])
t2.setStyle(TableStyle([('GRID',(0,0),(-1,-1),0.5,colors.grey),('BACKGROUND',(0,0),(-1,0),colors.lightgrey)]))
story.append(t2)
P_('Governance',h2)
P_('A steering committee with one representative of each partner meets every six months. It is chaired by the coordinator; the vice-chair is Núria Puig i Casals of Cluster Textil Catalunya. An advisory group of three SME representatives gives feedback on the vouchers: Emma Llywelyn (Gwlân Teifi Ltd, Cardigan), Matteo Gori (Lanificio Gori S.r.l., Prato) and Tereza Dvořáková (Retex Liberec s.r.o.).')
P_('Partner profiles in brief',h2)
for x in ['Cluster Textil Catalunya – Tèxtil Innovació groups 140 companies around Terrassa and Sabadell, most of them family-owned spinning, weaving and finishing firms. It leads the work on eco-design vouchers.',
 'Pôle Euramaterials in Roubaix brings textile, plastics and chemistry together and runs a pilot line for the sorting of post-consumer clothing by fibre type.',
 'Texcoop Prato Società Cooperativa represents the wool recyclers of Prato, whose carded wool industry has reused old garments for more than a century. It hosts the matchmaking in November 2035.',
 'Flanders Textile Valley vzw and Pôle Euramaterials organise the staff exchange week jointly, with visits on both sides of the border.',
 'Klastr Textil Liberec, z.s. and Cluster Tekstil Maribor bring technical textiles and the automotive supply chain into the partnership, while the Portuguese Textile Cluster contributes its experience with digital product passports.']:
    P_(x)
P_('Contact',h2)
P_('Fashion and Textiles Cluster Wales · Tramshed Tech, Pendyris Street, Cardiff CF11 6BH · reweave@ftcw.wales · Communication: Siân Morgan-Hughes, Communications Officer')
P_('Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Innovation Council and SMEs Executive Agency (EISMEA). Neither the European Union nor the granting authority can be held responsible for them.',sm)
def footer(c,doc):
    c.setFont('DV',8); c.drawString(40,25,f'RE-WEAVE fact sheet · page {doc.page}')
SimpleDocTemplate(os.path.join(B,'docs',F),pagesize=A4,leftMargin=50,rightMargin=50,topMargin=50,bottomMargin=45).build(story,onFirstPage=footer,onLaterPages=footer)
W='Fashion and Textiles Cluster Wales'
gold(F,[P('Rhiannon Pryce-Jenkins','Cluster Director',W),P('Owain ap Gruffydd','Project officer',None),P('Núria Puig i Casals','vice-chair','Cluster Textil Catalunya – Tèxtil Innovació'),
 P('Aurélie Van Damme-Lefebvre',None,'Pôle Euramaterials'),P('Lorenzo Becagli',None,'Texcoop Prato Società Cooperativa'),P('Pieter-Jan De Clercq',None,'Flanders Textile Valley vzw'),
 P('Kateřina Novotná Hájková',None,'Klastr Textil Liberec, z.s.'),P('Joana Faria Mendes',None,'Portuguese Textile Cluster'),P('Gregor Škerlj',None,'Cluster Tekstil Maribor'),
 P('Emma Llywelyn',None,'Gwlân Teifi Ltd'),P('Matteo Gori',None,'Lanificio Gori S.r.l.'),P('Tereza Dvořáková',None,'Retex Liberec s.r.o.'),P('Siân Morgan-Hughes','Communications Officer',W)],
 [O(W,'FTCW'),O('Cluster Textil Catalunya – Tèxtil Innovació'),O('Pôle Euramaterials'),O('Texcoop Prato Società Cooperativa'),O('Flanders Textile Valley vzw'),O('Klastr Textil Liberec, z.s.'),
  O('Portuguese Textile Cluster','TCP'),O('Cluster Tekstil Maribor'),O('European Apparel and Textile Confederation','Euratex'),O('Circle Economy Foundation'),
  O('Welsh Government – Economy, Treasury and Constitution Group'),O('European Technology Platform for the Future of Textiles and Clothing','Textile ETP'),
  O('European Cluster Collaboration Platform'),O('Gwlân Teifi Ltd'),O('Lanificio Gori S.r.l.'),O('Retex Liberec s.r.o.'),O('European Union'),O('European Innovation Council and SMEs Executive Agency','EISMEA')],
 [E('Kick-off meeting','2035-03-26','2035-03-27','Cardiff','United Kingdom'),E('First cluster excellence training','2035-06-18','2035-06-18','Terrassa','Spain'),
  E('Partnering and matchmaking at Texworld Circular','2035-11-12','2035-11-14','Prato','Italy'),E('Second cluster excellence training','2036-02-04','2036-02-04','Liberec','Czechia'),
  E('Staff exchange week','2036-09-22','2036-09-24','Kortrijk, Roubaix',None),E('Third training','2037-05','2037-05','Maribor','Slovenia'),E('Final event','2038-02','2038-02','Brussels','Belgium')],
 ['2035-03-01/2038-02-28','2036-01-10','2035/2038','2035','2035-03-26/2035-03-27','2035-06-18','2035-11-12/2035-11-14','2036-02-04','2036-09-22/2036-09-24','2037-05','2038-02'],pub='2036-01-10')
