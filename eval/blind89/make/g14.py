from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('DV','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'g14_latgale_metalworking_days_flyer.pdf'
for (y,m,d,w) in [(2039,10,5,'Wednesday'),(2039,10,6,'Thursday'),(2039,9,16,'Friday')]: assert wd(y,m,d)==w
b = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=12.5, spaceAfter=5)
h = ParagraphStyle('h', fontName='DVB', fontSize=17, leading=21, spaceAfter=8)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=4)
P1 = [
("h","Latgale Metalworking and Engineering Days 2039"),
("b","Daugavpils, Latvia · Wednesday 5 – Thursday 6 October 2039 · Daugavpils University, Parādes iela 1"),
("b","Organised by the Latgale Mechanical Engineering Cluster together with the Latvian Investment and Development Agency (LIAA), Daugavpils Special Economic Zone and the Latvian Chamber of Commerce and Industry (LTRK). Published 1 August 2039."),
("h2","About the event"),
("b","The Metalworking and Engineering Days are the main meeting of the metal and machine-building industry of eastern Latvia. The 2039 edition focuses on automation in small workshops, on welding skills and on exports to the Nordic countries. Around 250 participants are expected, among them buyers from Sweden, Finland and Lithuania. The event combines a conference, an exhibition of 40 companies, B2B meetings and company visits."),
("h2","Programme – Day 1, Wednesday 5 October"),
("b","09:00 Registration and coffee<br/>09:30 Opening: Andris Vilcāns, Chairman of the Board, Latgale Mechanical Engineering Cluster; Inese Rutkovska, Director, LIAA Daugavpils Regional Business Centre<br/>10:00 Keynote: Robots for workshops with fewer than 50 employees – Dr. Pēteris Gavars, Riga Technical University<br/>11:00 Panel: Selling to Nordic OEMs<br/>12:30 Lunch<br/>13:30–17:30 B2B meetings with Nordic buyers (organised by Enterprise Europe Network Latvia)<br/>19:00 Cluster evening at the Daugavpils Fortress Culture and Information Centre"),
("h2","Programme – Day 2, Thursday 6 October"),
("b","09:00 Company visits (choose one): Ditton Precision Works SIA, Axon Cable Latgale SIA or the Daugavpils Locomotive Repair Plant<br/>13:00 Workshop: Welding skills shortage – what can schools do?<br/>15:00 Closing and raffle"),
("b","Registration until 16 September 2039 at www.lmec.example.lv/days. Participation is free for cluster members; others pay EUR 60. B2B registration closes on the same day."),
]
P2L = [
("h2","Speakers and panellists"),
("b","<b>Andris Vilcāns</b> – Chairman of the Board, Latgale Mechanical Engineering Cluster"),
("b","<b>Inese Rutkovska</b> – Director, LIAA Daugavpils Regional Business Centre"),
("b","<b>Pēteris Gavars</b> – Associate Professor, Riga Technical University"),
("b","<b>Anna-Karin Lindberg</b> – Purchasing Manager, Nordmek AB (Sweden)"),
("b","<b>Tapio Rantanen</b> – Sourcing Director, Savo Machinery Oy (Finland)"),
("b","<b>Rūta Jankauskaitė</b> – Cluster Manager, Lithuanian Engineering Industries Association LINPRA"),
("b","<b>Oskars Kalniņš</b> – Head of Welding School, Daugavpils Construction Technical School"),
("h2","Last year in numbers"),
("b","In 2038, 212 participants, 36 exhibitors and 118 B2B meetings. Three cluster members signed supply contracts with Swedish buyers within six months."),
]
P2R = [
("h2","Practical information"),
("b","Venue: Daugavpils University, main building, Parādes iela 1. Parking in the courtyard. Exhibition in the university hall, open on both days from 09:00 to 17:00."),
("b","Travel: trains from Riga to Daugavpils take about 3 hours 20 minutes. A free shuttle will run from Daugavpils station on the morning of 5 October."),
("b","Hotels: discounted rooms at Park Hotel Latgola until 16 September 2039; quote “LMEC Days”."),
("h2","Why attend?"),
("b","Eastern Latvia has more than 120 metalworking companies, most of them with fewer than 50 employees. Many already supply parts to machine builders in Sweden and Finland, but few have automated their production. The Days give owners and production managers a chance to see working robot cells, talk to buyers without travelling abroad, and meet teachers from the vocational schools that train their future welders."),
("h2","Exhibitors"),
("b","Stands (2×3 m) cost EUR 350 for members and EUR 550 for others. Book with the cluster office."),
("h2","Contact"),
("b","Līga Pudāne, Project Manager<br/>Latgale Mechanical Engineering Cluster<br/>Višķu iela 17, Daugavpils<br/>days@lmec.example.lv · +371 60 000 000"),
("b","Supported by the Ministry of Economics of the Republic of Latvia."),
]
def paras(L):
    st={'h':h,'h2':h2,'b':b}
    return [Paragraph(t, st[k]) for k,t in L]
def footer(c, d):
    c.setFont('DV',8); c.drawString(40,25,"Latgale Metalworking and Engineering Days 2039 · page %d" % d.page)
doc = BaseDocTemplate(path(F), pagesize=A4)
W,Hh = A4
f1 = Frame(40,40,W-80,Hh-80,id='f1')
fl = Frame(40,40,(W-100)/2,Hh-80,id='l'); fr = Frame(60+(W-100)/2,40,(W-100)/2,Hh-80,id='r')
doc.addPageTemplates([PageTemplate('one',[f1],onPage=footer), PageTemplate('two',[fl,fr],onPage=footer)])
story = paras(P1) + [NextPageTemplate('two'), PageBreak()] + paras(P2L) + [FrameBreak()] + paras(P2R)
doc.build(story)
L='Latgale Mechanical Engineering Cluster'; R='Riga Technical University'
gold(F,
 [P("Andris Vilcāns","Chairman of the Board",L), P("Inese Rutkovska","Director","LIAA Daugavpils Regional Business Centre"),
  P("Pēteris Gavars","Associate Professor",R), P("Anna-Karin Lindberg","Purchasing Manager","Nordmek AB"),
  P("Tapio Rantanen","Sourcing Director","Savo Machinery Oy"),
  P("Rūta Jankauskaitė","Cluster Manager","Lithuanian Engineering Industries Association LINPRA"),
  P("Oskars Kalniņš","Head of Welding School","Daugavpils Construction Technical School"),
  P("Līga Pudāne","Project Manager",L)],
 [O(L), O("Latvian Investment and Development Agency","LIAA"), O("Daugavpils Special Economic Zone"),
  O("Latvian Chamber of Commerce and Industry","LTRK"), O("Daugavpils University"),
  O("LIAA Daugavpils Regional Business Centre"), O(R), O("Enterprise Europe Network Latvia"),
  O("Ditton Precision Works SIA"), O("Axon Cable Latgale SIA"),
  O("Daugavpils Locomotive Repair Plant"), O("Nordmek AB"), O("Savo Machinery Oy"),
  O("Lithuanian Engineering Industries Association","LINPRA"), O("Daugavpils Construction Technical School"),
  O("Ministry of Economics of the Republic of Latvia")],
 [E("Latgale Metalworking and Engineering Days 2039","2039-10-05","2039-10-06","Daugavpils","Latvia"),
  E("B2B meetings with Nordic buyers","2039-10-05",None,"Daugavpils","Latvia"),
  E("Cluster evening","2039-10-05",None,"Daugavpils","Latvia"),
  E("Company visits","2039-10-06",None,"Daugavpils","Latvia"),
  E("Workshop: Welding skills shortage – what can schools do?","2039-10-06",None,"Daugavpils","Latvia"),
  E("Latgale Metalworking and Engineering Days (2038 edition)","2038")],
 ["2039-10-05/2039-10-06","2039-08-01","2039-10-05","2039-10-06","2039-09-16","2038"],
 [], "2039-08-01")
