from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g12_pontevedra_forest_forum_report.pdf'
assert wd(2040,10,17)=='Wednesday' and wd(2040,10,18)=='Thursday' and wd(2040,11,5)=='Monday' and wd(2040,12,12)=='Wednesday' and wd(2041,1,24)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'CFMP · Galician Forest Bioeconomy Forum 2040 · Event report')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Galician Forest Bioeconomy Forum 2040 – Event report', author='CFMP')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Galician Forest Bioeconomy Forum 2040 – Event report"),
("s","Clúster Forestal e da Madeira de Pontevedra (CFMP) · Report prepared by Uxía Barreiro Castro, communication officer · Published Monday 5 November 2040"),
("h2","At a glance"),
("b","The fourth Galician Forest Bioeconomy Forum took place on Wednesday 17 and Thursday 18 October 2040 in Pontevedra, organised by the CFMP with the Xunta de Galicia and the University of Vigo. It brought together 280 participants from sawmills, board producers, carpenters, architects, forest owners' associations and research centres from Galicia, northern Portugal, Asturias and the Landes forest in France."),
("b","The Forum was opened by Ramón Figueroa Lemos, President of the CFMP and managing director of Serradoiro do Lérez S.L., and by Dr. Carmen Otero-Piñeiro, Director General of Forest Planning and Industries of the Xunta de Galicia. The keynote was given by Mikko Räty-Laaksonen, head of wood construction at the Finnish Forest Industries Federation, on \"How Finland builds schools in wood\"."),
("h2","Programme highlights"),
("b","Day 1 (17 October) was organised around three panels: mass timber in public buildings, the eucalyptus and pine value chains, and forest fires and climate risk. The panel on public buildings was moderated by Prof. Xosé Manuel Varela of the University of Vigo and included Joana Sá Pereira from the Portuguese cluster AIMMP in Porto. At 20:30 a Forum dinner was held at the Parador de Pontevedra for speakers and exhibitors."),
("b","Day 2 (18 October) started at 09:00 with B2B meetings between 46 companies (212 meetings held) and continued at 11:30 with company visits to the cross-laminated timber plant of Madeiras do Umia S.A. in Caldas de Reis and to the forest research centre of Lourizán."),
("h2","Past editions"),
("b","Galician Forest Bioeconomy Forum 2037 – Lalín (first edition, 140 participants)<br/>Galician Forest Bioeconomy Forum 2038 – Vigo, 25 October<br/>Galician Forest Bioeconomy Forum 2039 – Ourense, 24 October, jointly with the Ourense granite and stone cluster<br/>Galician Forest Bioeconomy Forum 2040 – Pontevedra, 17–18 October"),
]
p2 = [
("h2","Key takeaways"),
("b","1. Public procurement is the fastest lever: if the Xunta and the municipalities specify wood in schools and health centres, Galician mills will invest"),
("b","2. The region exports raw logs and imports engineered timber; at least one more CLT or glulam plant is needed in Galicia"),
("b","3. Forest owners need cooperative management units to supply certified wood in volume"),
("b","4. Fire prevention and the wood economy must be planned together, not by separate departments"),
("b","5. Skills are short at every level, from forest machine operators to structural engineers"),
("h2","What comes next"),
("b","The CFMP Board will discuss the takeaways at its Board meeting on Wednesday 12 December 2040 and prepare a proposal for a regional wood construction plan. A working group on public procurement, led by architect Lucía Fernández-Abalo, starts in January 2041."),
("b","The cluster's General Assembly will be held on Thursday 24 January 2041 in Pontevedra. The fifth Forum is planned for October 2041 in Santiago de Compostela."),
("h2","Participants' feedback"),
("b","Of 131 participants who answered the survey, 87% rated the Forum good or very good. The company visits and the B2B meetings received the highest scores; several participants asked for more time for questions after the panels and for simultaneous interpretation into Portuguese."),
("h2","Thanks"),
("b","The CFMP thanks its sponsors Abanca, Finsa and the Deputación de Pontevedra, as well as the Enterprise Europe Network Galicia for the organisation of the B2B meetings."),
("s","Contact: Uxía Barreiro Castro, CFMP, Rúa da Ferrería 00, 36002 Pontevedra · comunicacion@cfmp.example.gal"),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C = "Clúster Forestal e da Madeira de Pontevedra"
gold(F,
 [P("Uxía Barreiro Castro","communication officer","CFMP"),
  P("Ramón Figueroa Lemos","President","CFMP"),
  P("Carmen Otero-Piñeiro","Director General of Forest Planning and Industries","Xunta de Galicia"),
  P("Mikko Räty-Laaksonen","head of wood construction","Finnish Forest Industries Federation"),
  P("Xosé Manuel Varela",None,"University of Vigo"),
  P("Joana Sá Pereira",None,"AIMMP"),
  P("Lucía Fernández-Abalo","architect",None)],
 [O(C,"CFMP"), O("Xunta de Galicia"), O("University of Vigo"), O("Serradoiro do Lérez S.L."),
  O("Finnish Forest Industries Federation"), O("AIMMP"), O("Madeiras do Umia S.A."),
  O("Abanca"), O("Finsa"), O("Deputación de Pontevedra"), O("Enterprise Europe Network Galicia")],
 [E("Galician Forest Bioeconomy Forum 2040","2040-10-17","2040-10-18","Pontevedra","Spain"),
  E("Forum dinner","2040-10-17",None,"Pontevedra","Spain"),
  E("B2B meetings","2040-10-18",None,"Pontevedra","Spain"),
  E("company visits","2040-10-18",None,"Caldas de Reis","Spain"),
  E("Galician Forest Bioeconomy Forum 2037","2037",None,"Lalín","Spain"),
  E("Galician Forest Bioeconomy Forum 2038","2038-10-25",None,"Vigo","Spain"),
  E("Galician Forest Bioeconomy Forum 2039","2039-10-24",None,"Ourense","Spain"),
  E("Board meeting","2040-12-12",None,None,None),
  E("General Assembly","2041-01-24",None,"Pontevedra","Spain"),
  E("fifth Forum","2041-10",None,"Santiago de Compostela","Spain")],
 ["2040-11-05","2040-10-17/2040-10-18","2040-10-17","2040-10-18","2038-10-25","2039-10-24","2040-12-12","2041-01","2041-01-24","2041-10"],
 ["Public procurement is the fastest lever: if the Xunta and the municipalities specify wood in schools and health centres, Galician mills will invest",
  "The region exports raw logs and imports engineered timber; at least one more CLT or glulam plant is needed in Galicia",
  "Forest owners need cooperative management units to supply certified wood in volume",
  "Fire prevention and the wood economy must be planned together, not by separate departments",
  "Skills are short at every level, from forest machine operators to structural engineers"],
 pub="2040-11-05")
