from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g10_woodpolicy_belluno_policy_brief.pdf'
assert wd(2041,5,16)=='Thursday' and wd(2041,9,26)=='Thursday' and wd(2041,9,27)=='Friday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'ALPWOOD-LINK · Interreg Europe · Policy brief no. 2')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='ALPWOOD-LINK policy brief 2', author='Provincia di Belluno')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Mountain wood value chains after the storms: what regions can do"),
("b","ALPWOOD-LINK Policy Brief no. 2 – June 2041"),
("s","Lead partner: Provincia di Belluno (Italy) · Authors: Dr Chiara De Bona, project manager, Provincia di Belluno; Matej Kos, policy officer, Slovenian Forestry Institute · Published: 10 June 2041"),
("h2","Why this brief"),
("b","This brief draws on three interregional study visits, held in Belluno and Feltre, in Kočevje and in the Tyrolean Lech valley, and on the peer review of the Veneto Region's rural development measures, carried out on 16 May 2041 in Rovigo with experts from the other partner regions."),
("h2","The partnership"),
("b","• Provincia di Belluno (Italy) – lead partner<br/>• Regione del Veneto, Direzione Foreste (Italy)<br/>• Slovenian Forestry Institute (Slovenia)<br/>• Standortagentur Tirol (Austria)<br/>• Pro Holz Tirol (Austria)<br/>• Office National des Forêts, agence Savoie Mont-Blanc (France)<br/>• Cluster Legno Friuli Venezia Giulia (Italy)"),
("h2","Key findings"),
("b","1. Salvage logging has kept sawmills busy, but the supply of quality spruce will fall sharply after 2043<br/>2. Regional aid is still designed for forest owners and rarely reaches the small sawmills and carpentry firms<br/>3. Where a wood cluster exists, companies find partners and funding faster<br/>4. Public buildings made of local wood are the strongest signal a region can give to the market"),
]
p2 = [
("h2","Recommendations"),
("b","1. Link forest aid and business aid in one regional wood strategy with a single contact point"),
("b","2. Reserve part of the rural development funds for processing firms with fewer than 20 employees"),
("b","3. Set a target share of local wood in new public buildings"),
("b","4. Support cluster organisations that bring forest owners, sawmills and builders together"),
("b","5. Share storm damage data across borders in real time"),
("h2","A good practice from Tyrol"),
("b","Standortagentur Tirol runs a wood cluster with some 170 member firms. After the bark-beetle years it set up a common timber exchange, through which sawmills in the Lech valley and in South Tyrol offer damaged wood to builders. Mag. Florian Haidacher, cluster manager at the agency, presented the scheme at the study visit in Reutte. Partners from Belluno and Kočevje found the idea easy to transfer: it needs little money, a shared web tool and a cluster that the sawmills trust. The Provincia di Belluno has already asked its own wood firms whether they would take part in a similar exchange from 2042, and most of them said yes, provided the prices are published openly."),
("h2","What comes next"),
("b","Each partner will draft an action plan by the end of 2041. The results will be discussed at the project's final conference in Belluno on 26 and 27 September 2041, with a visit on the second day to the Feltre timber school. Roberto Padrin, President of the Provincia di Belluno, will open the conference. Anna Bergamin of the Interreg Europe Joint Secretariat in Lille has been invited."),
("h2","Earlier events of the project"),
("b","• Kick-off meeting, Belluno, 14–15 November 2038<br/>• Study visit, Kočevje, 3–4 June 2039<br/>• Study visit, Reutte, 21–22 April 2040<br/>• Peer review, Rovigo, 16 May 2041"),
("h2","Contact"),
("b","Dr Chiara De Bona, Provincia di Belluno, Servizio Politiche Europee, via S. Andrea 5, Belluno · alpwood@provincia.belluno.example.it"),
("s","This brief reflects only the authors' views; the programme authorities are not liable for any use of the information it contains."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
PB="Provincia di Belluno"
gold(F,
 [P("Chiara De Bona","project manager",PB),
  P("Matej Kos","policy officer","Slovenian Forestry Institute"),
  P("Florian Haidacher","cluster manager","Standortagentur Tirol"),
  P("Roberto Padrin","President",PB),
  P("Anna Bergamin",None,"Interreg Europe Joint Secretariat")],
 [O(PB), O("Regione del Veneto"), O("Direzione Foreste"), O("Slovenian Forestry Institute"), O("Standortagentur Tirol"),
  O("Pro Holz Tirol"), O("Office National des Forêts"), O("Cluster Legno Friuli Venezia Giulia"),
  O("Interreg Europe Joint Secretariat"), O("Servizio Politiche Europee")],
 [E("peer review","2041-05-16",None,"Rovigo","Italy"),
  E("study visit",None,None,"Belluno, Feltre","Italy"),
  E("final conference","2041-09-26","2041-09-27","Belluno","Italy"),
  E("visit on the second day to the Feltre timber school","2041-09-27",None,"Feltre","Italy"),
  E("Kick-off meeting","2038-11-14","2038-11-15","Belluno","Italy"),
  E("Study visit","2039-06-03","2039-06-04","Kočevje","Slovenia"),
  E("Study visit","2040-04-21","2040-04-22","Reutte","Austria")],
 ["2041-06","2041-06-10","2041-05-16","2043","2041","2041-09-26/2041-09-27","2038-11-14/2038-11-15",
  "2039-06-03/2039-06-04","2040-04-21/2040-04-22","2042"],
 ["Salvage logging has kept sawmills busy, but the supply of quality spruce will fall sharply after 2043",
  "Regional aid is still designed for forest owners and rarely reaches the small sawmills and carpentry firms",
  "Where a wood cluster exists, companies find partners and funding faster",
  "Public buildings made of local wood are the strongest signal a region can give to the market",
  "Link forest aid and business aid in one regional wood strategy with a single contact point",
  "Reserve part of the rural development funds for processing firms with fewer than 20 employees",
  "Set a target share of local wood in new public buildings",
  "Support cluster organisations that bring forest owners, sawmills and builders together",
  "Share storm damage data across borders in real time"],
 pub="2041-06-10")
