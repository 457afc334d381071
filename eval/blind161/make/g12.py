from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g12_sangro_automotive_newsletter.pdf'
assert wd(2041,1,16)=='Wednesday' and wd(2041,2,21)=='Thursday' and wd(2041,3,14)=='Thursday' and wd(2041,4,10)=='Wednesday' and wd(2041,4,11)=='Thursday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Polo Automotive Abruzzo · Newsletter 1/2041')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Polo Automotive Abruzzo – Newsletter 1/2041', author='Polo Automotive Abruzzo')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Polo Automotive Abruzzo – Newsletter 1/2041"),
("s","Lanciano, 28 January 2041 · Quarterly newsletter of the automotive innovation cluster of Abruzzo · Editor: Chiara Di Nardo, communication manager"),
("h2","Editorial"),
("b","The Val di Sangro has built vans and motorcycles for more than fifty years. The switch to electric drives is now changing what our 112 member companies make, from cable harnesses in Atessa to plastic parts in San Salvo. In 2040 the cluster ran 17 projects, welcomed nine new members and, for the first time, took a delegation of suppliers to a trade fair in Japan. This year we want to do more for the small suppliers that still depend on a single customer. — Ing. Roberto Cicchini, President"),
("h2","Policy Lab on the supplier transition: a full room in Chieti"),
("b","On Wednesday 16 January 2041 more than 90 participants joined the cluster's Policy Lab at the Università degli Studi \"G. d'Annunzio\" Chieti-Pescara. Assessore Lucia Marinelli, the regional councillor responsible for productive activities of the Regione Abruzzo, explained how the region will use its share of the Just Transition resources. Prof. Alessandro Ferrante of the University's Department of Engineering and Geology presented a survey of 64 suppliers: 41 of them expect their turnover from combustion-engine parts to fall by half before 2045."),
("b","In the afternoon, three company cases were discussed: Sangro Cablaggi S.r.l. (wiring), Plastiche Adriatiche S.p.A. and the start-up VoltPack Abruzzo, which assembles battery modules for light commercial vehicles."),
("h2","New members"),
("b","We welcome Meccanica Frentana S.r.l. (Lanciano), Termoli Coatings S.r.l. (Termoli, Molise) and the ITS Academy Mobilità Sostenibile of Lanciano. The cluster now also includes two banks and the Confindustria Chieti Pescara association."),
("h2","Staff news"),
("b","Federica Rapino has joined the cluster team as EU projects officer. She previously worked for six years at the Camera di Commercio Chieti Pescara. Davide Mancini, our director since 2033, has been elected to the steering committee of the Italian national cluster for mobility, Cluster Tecnologico Nazionale Trasporti Italia 2030 (CTN Trasporti)."),
]
p2 = [
("h2","Key messages from the Policy Lab"),
("b","• Suppliers need support for diversification into other sectors, not only for electrification"),
("b","• Training must reach workers aged over 45, who make up half of the workforce in the Val di Sangro"),
("b","• Regional funds should favour joint projects of several small suppliers over individual grants"),
("b","• The cluster should map free industrial space and skills in the area for new investors"),
("h2","Calls and deadlines"),
("b","<b>Regione Abruzzo – innovation vouchers for SMEs.</b> Up to 40,000 euros for consulting on new products. Deadline: Thursday 21 February 2041."),
("b","<b>Invitalia – Contratti di sviluppo.</b> Large investment projects in automotive components, open until funds are used up."),
("b","<b>Cluster call for pilot lines.</b> Members can propose a shared pilot line at the Atessa test centre. Deadline: Thursday 14 March 2041. Contact: Federica Rapino."),
("h2","Events calendar"),
("b","<b>10–11 April 2041</b> – Automotive Day Val di Sangro, Atessa. Two days of B2B meetings between suppliers and vehicle makers, with a visit to the test centre on Thursday 11 April."),
("b","<b>May 2041</b> – General assembly of the cluster, Lanciano (date to be confirmed)."),
("b","<b>June 2041</b> – Supplier mission to Stuttgart with the Enterprise Europe Network."),
("h2","Past Automotive Days"),
("b","2038 – Atessa, 11–12 April<br/>2039 – Lanciano, 17–18 April<br/>2040 – Vasto, 9–10 April"),
("h2","Contact"),
("s","Polo Automotive Abruzzo, Viale Cappuccini 50, 66034 Lanciano (CH) · info@poloautomotive.example.it · The newsletter is sent to members and partners. To unsubscribe, write to the editor."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
C = "Polo Automotive Abruzzo"
gold(F,
 [P("Chiara Di Nardo","communication manager",C), P("Roberto Cicchini","President",C),
  P("Lucia Marinelli","regional councillor responsible for productive activities","Regione Abruzzo"),
  P("Alessandro Ferrante",None,"Department of Engineering and Geology"),
  P("Federica Rapino","EU projects officer",C), P("Davide Mancini","director",C)],
 [O(C), O("Università degli Studi \"G. d'Annunzio\" Chieti-Pescara"), O("Regione Abruzzo"), O("Department of Engineering and Geology"),
  O("Sangro Cablaggi S.r.l."), O("Plastiche Adriatiche S.p.A."), O("VoltPack Abruzzo"), O("Meccanica Frentana S.r.l."),
  O("Termoli Coatings S.r.l."), O("ITS Academy Mobilità Sostenibile"), O("Confindustria Chieti Pescara"),
  O("Camera di Commercio Chieti Pescara"), O("Cluster Tecnologico Nazionale Trasporti Italia 2030","CTN Trasporti"),
  O("Invitalia"), O("Enterprise Europe Network")],
 [E("Policy Lab","2041-01-16",None,"Chieti","Italy"),
  E("Automotive Day Val di Sangro","2041-04-10","2041-04-11","Atessa","Italy"),
  E("visit to the test centre","2041-04-11",None,"Atessa","Italy"),
  E("General assembly of the cluster","2041-05",None,"Lanciano","Italy"),
  E("Supplier mission to Stuttgart","2041-06",None,"Stuttgart","Germany"),
  E("Automotive Day Val di Sangro","2038-04-11","2038-04-12","Atessa","Italy"),
  E("Automotive Day Val di Sangro","2039-04-17","2039-04-18","Lanciano","Italy"),
  E("Automotive Day Val di Sangro","2040-04-09","2040-04-10","Vasto","Italy")],
 ["2041-01-28","2040","2041-01-16","2045","2033","2041-02-21","2041-03-14","2041-04-10/2041-04-11","2041-04-11","2041-05","2041-06",
  "2038-04-11/2038-04-12","2039-04-17/2039-04-18","2040-04-09/2040-04-10"],
 ["Suppliers need support for diversification into other sectors, not only for electrification",
  "Training must reach workers aged over 45, who make up half of the workforce in the Val di Sangro",
  "Regional funds should favour joint projects of several small suppliers over individual grants",
  "The cluster should map free industrial space and skills in the area for new investors"],
 pub="2041-01-28")
