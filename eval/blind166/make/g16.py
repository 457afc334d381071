from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g16_slavonija_metal_cluster_newsletter.pdf'
assert wd(2037,2,10)=='Tuesday' and wd(2037,3,3)=='Tuesday' and wd(2037,3,12)=='Thursday' and wd(2037,4,22)=='Wednesday' and wd(2037,4,23)=='Thursday' and wd(2037,1,28)=='Wednesday' and wd(2037,5,14)=='Thursday' and wd(2037,2,24)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Metal Cluster Slavonia · Newsletter 1/2037')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'{d.page}/2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Metal Cluster Slavonia – Newsletter 1/2037', author='Metal Cluster Slavonia')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Metal Cluster Slavonia – Newsletter"),
("s","No. 1/2037 · Slavonski Brod, 16 February 2037 · Editor: Ivana Matić · English edition"),
("h2","A word from the president"),
("b","Dear members and friends of the cluster, 2036 was the year in which our members exported more than ever, mostly to Germany and Austria, but also the year in which three companies told us that they could not find a single CNC operator. This issue is therefore about people: a training call, an exchange with Bosnian partners and a conference on skills. – Dražen Kovačević, President"),
("h2","Open call: Skills for Metal vouchers"),
("b","The Brod-Posavina County, together with the cluster and the Regional Development Agency of Brod-Posavina County (RRA Brod-Posavina), offers training vouchers of up to EUR 3,000 per employee for welding, CNC programming and quality control. Companies from the metal sector with at least five employees are eligible."),
("b","<b>Deadline: Tuesday 3 March 2037, 14:00.</b> An information day will be held on Tuesday 24 February 2037 at 10:00 in the cluster premises (moved from 10 February because of the snow). Contact: Luka Šimić, project officer, luka.simic@mks.example.hr"),
("h2","Conference: Metalworking Skills Forum 2037"),
("b","The fourth Metalworking Skills Forum takes place on 22 and 23 April 2037 at the Faculty of Mechanical Engineering in Slavonski Brod. Programme highlights:"),
("b","Wednesday 22 April · 09:30 Opening – Dražen Kovačević and Mirela Babić, Prefect of Brod-Posavina County · 10:00 \"Apprenticeships that work\" – Dr. Ulrich Brenner, IHK Südwestfalen (Germany) · 11:00 \"The Slovenian welding academy\" – Nina Podgoršek (SIQ Ljubljana, Slovenia) · 14:00 Matchmaking between schools and companies · 19:30 Forum dinner"),
("b","Thursday 23 April · 09:00–13:00 Company visits: Đuro Đaković Strojogradnja d.o.o. and Brodometal Precision d.o.o."),
("b","Earlier editions of the forum: 2034 – Slavonski Brod, 24–25 April 2034; 2035 – Osijek, 23–24 April 2035; 2036 – Vukovar, 21–22 April 2036."),
]
p2 = [
("h2","Cross-border exchange with Derventa"),
("b","On Wednesday 28 January 2037 a group of twelve company owners from the cluster crossed the Sava to meet the Metal Industry Association of Derventa (Bosnia and Herzegovina). The meeting was opened by the association's chairman, Mladen Jurić, and by the cluster's vice-president, Ana Tomljenović-Horvat. Participants agreed on conclusions for further cooperation:"),
("b","• Companies on both sides of the Sava will share apprentices for periods of up to three months"),
("b","• The two organisations will prepare a joint application for cross-border funding by the end of 2037"),
("b","• A common list of certified welders will be kept and updated twice a year"),
("h2","Members' news"),
("b","Brodometal Precision d.o.o. has opened a new hall for laser cutting in the Bjeliš industrial zone and hired 18 workers. Marko Perić, its managing director, said the investment was the largest in the company's history."),
("b","The Technical School Slavonski Brod (Tehnička škola Slavonski Brod) has joined the cluster as its 41st member."),
("b","Our treasurer, Snježana Kolar, has been re-elected to the board of the Croatian Cluster Association (Hrvatska udruga klastera)."),
("h2","Board and assembly"),
("b","The board met on Tuesday 10 February 2037 and approved the work plan for 2037. The annual assembly of members will be held on Thursday 14 May 2037 at 16:00 in the cluster premises."),
("h2","Contact"),
("s","Metal Cluster Slavonia (Metalski klaster Slavonije, MKS) · Trg pobjede 28, 35000 Slavonski Brod, Croatia · info@mks.example.hr · The newsletter is published three times a year. To unsubscribe, write to the editor."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
M = "Metal Cluster Slavonia"
gold(F,
 [P("Ivana Matić","Editor",M),
  P("Dražen Kovačević","President",M),
  P("Luka Šimić","project officer",M),
  P("Mirela Babić","Prefect","Brod-Posavina County"),
  P("Ulrich Brenner",None,"IHK Südwestfalen"),
  P("Nina Podgoršek",None,"SIQ Ljubljana"),
  P("Mladen Jurić","chairman","Metal Industry Association of Derventa"),
  P("Ana Tomljenović-Horvat","vice-president",M),
  P("Marko Perić","managing director","Brodometal Precision d.o.o."),
  P("Snježana Kolar","treasurer",M)],
 [O(M,"MKS"), O("Brod-Posavina County"), O("Regional Development Agency of Brod-Posavina County","RRA Brod-Posavina"),
  O("Faculty of Mechanical Engineering"), O("IHK Südwestfalen"), O("SIQ Ljubljana"),
  O("Đuro Đaković Strojogradnja d.o.o."), O("Brodometal Precision d.o.o."), O("Metal Industry Association of Derventa"),
  O("Technical School Slavonski Brod"), O("Croatian Cluster Association")],
 [E("information day","2037-02-24",None,None,None),
  E("Metalworking Skills Forum 2037","2037-04-22","2037-04-23","Slavonski Brod","Croatia"),
  E("Matchmaking between schools and companies","2037-04-22",None,"Slavonski Brod","Croatia"),
  E("Forum dinner","2037-04-22",None,"Slavonski Brod","Croatia"),
  E("Company visits","2037-04-23",None,"Slavonski Brod","Croatia"),
  E("Metalworking Skills Forum","2034-04-24","2034-04-25","Slavonski Brod","Croatia"),
  E("Metalworking Skills Forum","2035-04-23","2035-04-24","Osijek","Croatia"),
  E("Metalworking Skills Forum","2036-04-21","2036-04-22","Vukovar","Croatia"),
  E("Cross-border exchange with Derventa","2037-01-28",None,"Derventa","Bosnia and Herzegovina"),
  E("board meeting","2037-02-10",None,None,None),
  E("annual assembly of members","2037-05-14",None,None,None)],
 ["2037-02-16","2036","2037-03-03","2037-02-10","2037-04-22/2037-04-23","2037-04-22","2037-04-23","2034","2034-04-24/2034-04-25",
  "2035","2035-04-23/2035-04-24","2036-04-21/2036-04-22","2037-01-28","2037","2037-05-14","2037-02-24"],
 ["Companies on both sides of the Sava will share apprentices for periods of up to three months",
  "The two organisations will prepare a joint application for cross-border funding by the end of 2037",
  "A common list of certified welders will be kept and updated twice a year"],
 pub="2037-02-16")
