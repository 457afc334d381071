from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, FrameBreak, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'liguria-shore-power-policy-brief-2-2036.pdf'
s = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=12.5)
h = ParagraphStyle('h', fontName='DVB', fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
t = ParagraphStyle('t', fontName='DVB', fontSize=17, leading=21)
RECS = [
 "The Ministry of Infrastructure and Transport should cut the excise duty on shore-side electricity to the EU minimum for ten years, so that ships pay less at the quay than for running their own generators.",
 "Port system authorities should publish a single connection standard and tariff table for all Ligurian ports by the end of 2036.",
 "The Liguria Region should dedicate at least EUR 40 million of its 2035–2041 programme to grid reinforcement around the ports of Genoa, Savona-Vado and La Spezia.",
 "Ship-owners calling at Ligurian ports more than twenty times a year should be offered green-lane berthing priority when they connect.",
 "Cluster organisations and the University of Genoa should jointly train 300 electricians and marine engineers in high-voltage shore connections by 2038.",
 "Regions along the Mediterranean coast should pool their demand for connection equipment to give Italian SMEs the volume needed to compete with Asian suppliers.",
]
paras1 = [
 ("t","POLICY BRIEF 2/2036"),
 ("t","Plugging in the Ligurian ports: how to make shore power the normal choice"),
 ("p","Cluster Tecnologico Ligure per l'Elettrificazione Portuale (Ligurian Port Electrification Cluster, CLEP) · Genoa, 9 April 2036"),
 ("p","Authors: Ing. Federica Dall'Orto (CLEP), Dr. Matteo Scarpa (University of Genoa) and Sophie de la Fontaine (MedPorts Energy Network)."),
 ("p","Ships at berth in Liguria burn about 140,000 tonnes of marine fuel every year. Electric connections at the quay, known as shore power or cold ironing, can remove most of the local emissions and noise, but in 2035 fewer than one call in eight used them. This brief sets out why, and what national, regional and port authorities can change before the EU obligation for container and passenger ships in the largest ports is fully enforced."),
]
left = [
 ("h","Background"),
 ("p","Between 2031 and 2035 the three Ligurian port systems installed 27 high-voltage connection points with support from the national recovery plan. The Western Ligurian Sea Port System Authority (AdSP MLOc) and the Eastern Ligurian Sea Port System Authority (AdSP MLOr) now operate berths able to serve cruise ships, ferries and container vessels. Yet use remains low: the installations were ready, the ships often were not, and the price of electricity at the quay was higher than the cost of running auxiliary engines."),
 ("h","Method"),
 ("p","The cluster surveyed 46 ship-owners and terminal operators between October 2035 and January 2036 and held a round table with the port authorities in Genoa on 12 February 2036. Data on calls and connections were provided by the port authorities and by Terna S.p.A., the transmission system operator."),
 ("h","Main findings"),
 ("p","Price is the first obstacle: at 2035 tariffs a cruise ship paid about 35 % more for shore power than for fuel. Technical compatibility is the second: eleven different plug and voltage arrangements were found in the survey. Grid capacity is the third: two berths in Savona could not be supplied at full power during summer peaks. Finally, local SMEs that make cables, switchgear and frequency converters won only 22 % of the contracts, because tenders were too large for them."),
]
right = [("h","Recommendations")] + [("p", f"{i}. {r}") for i, r in enumerate(RECS, 1)]
box = "<b>Key figures 2035</b><br/>27 high-voltage connection points in Liguria<br/>12 % of calls connected to shore power<br/>140,000 t of marine fuel burnt at berth per year<br/>35 % price gap between shore power and fuel<br/>22 % of equipment contracts won by Ligurian SMEs<br/>118 member organisations of CLEP"
more = [
 ("h","Outlook"),
 ("p","The cluster will present this brief at the Mediterranean Shore Power Conference in Genoa on 21–22 May 2036 and discuss it with the Liguria Region's councillor for economic development, Giovanni Baccino, who has announced a regional action plan for the autumn. A follow-up brief on hydrogen for port machinery is planned for December 2036."),
 ("h","About this brief"),
 ("p","CLEP brings together 118 companies, research centres and public bodies working on the electrification of ports and ships. It is hosted by Liguria Digitale S.p.A. in Genoa. Cluster manager: Chiara Benvenuto. Press contact: Luca Ferrando, comunicazione@clep.it. The views expressed are those of the authors and do not necessarily reflect the position of every member."),
]
def mk(lst):
    out=[]
    for k,x in lst:
        out.append(Paragraph(x, t if k=='t' else h if k=='h' else s)); out.append(Spacer(1,4))
    return out
W,H = A4
def footer(c, d):
    c.setFont('DV',8); c.drawString(40,25,'CLEP Policy Brief 2/2036'); c.drawRightString(W-40,25,'%d' % d.page)
doc = BaseDocTemplate(os.path.join(B,'docs',F), pagesize=A4)
full = Frame(40,50,W-80,H-90,id='f')
c1 = Frame(40,50,(W-95)/2,H-90,id='c1'); c2 = Frame(55+(W-95)/2,50,(W-95)/2,H-90,id='c2')
doc.addPageTemplates([PageTemplate('one',[full],onPage=footer), PageTemplate('two',[c1,c2],onPage=footer)])
story = mk(paras1) + [NextPageTemplate('two'), PageBreak()] + mk(left) + [FrameBreak()] + mk(right)
tb = Table([[Paragraph(box, s)]], colWidths=[(W-95)/2-6]); tb.setStyle(TableStyle([('BOX',(0,0),(-1,-1),1,colors.navy),('BACKGROUND',(0,0),(-1,-1),colors.HexColor('#eef0f8'))]))
story += [Spacer(1,6), tb, NextPageTemplate('one'), PageBreak()] + mk(more)
doc.build(story)
gold(F, [P("Federica Dall'Orto",None,'CLEP'), P('Matteo Scarpa',None,'University of Genoa'),
 P('Sophie de la Fontaine',None,'MedPorts Energy Network'),
 P('Giovanni Baccino','councillor for economic development','Liguria Region'),
 P('Chiara Benvenuto','Cluster manager','CLEP'), P('Luca Ferrando','Press contact','CLEP')],
 [O("Cluster Tecnologico Ligure per l'Elettrificazione Portuale",'CLEP'), O('University of Genoa'), O('MedPorts Energy Network'),
  O('Ministry of Infrastructure and Transport'), O('Liguria Region'),
  O('Western Ligurian Sea Port System Authority','AdSP MLOc'), O('Eastern Ligurian Sea Port System Authority','AdSP MLOr'),
  O('Terna S.p.A.'), O('Liguria Digitale S.p.A.')],
 [E('round table with the port authorities','2036-02-12','2036-02-12','Genoa','Italy'),
  E('Mediterranean Shore Power Conference','2036-05-21','2036-05-22','Genoa','Italy')],
 ['2036-04-09','2035','2036','2035/2041','2038','2031/2035','2035-10/2036-01','2036-02-12','2036-05-21/2036-05-22','2036-12'],
 [r.rstrip('.') for r in RECS], pub='2036-04-09')
