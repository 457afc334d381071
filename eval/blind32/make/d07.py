from g import write, D
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import os
fn = None
for p in ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf']:
    if os.path.exists(p): fn = p
pdfmetrics.registerFont(TTFont('DV', fn)); pdfmetrics.registerFont(TTFont('DVB', fn.replace('DejaVuSans.ttf','DejaVuSans-Bold.ttf')))
ss = getSampleStyleSheet()
from reportlab.lib.styles import ParagraphStyle
B = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
H = ParagraphStyle('h', fontName='DVB', fontSize=11, leading=15, spaceBefore=6)
T1 = ParagraphStyle('t', fontName='DVB', fontSize=16, leading=20)
W, Hh = A4
def deco(c, doc):
    c.saveState(); c.setFont('DV', 8)
    c.drawString(40, Hh-30, "Slovenian Wood Innovation Cluster (SWIC) – Who's who 2034")
    c.drawRightString(W-40, 25, f"Page {doc.page}")
    c.restoreState()
f1 = Frame(40, 50, (W-100)/2, Hh-110, id='l'); f2 = Frame(60+(W-100)/2, 50, (W-100)/2, Hh-110, id='r')
f3 = Frame(40, 50, W-80, Hh-110, id='one')
out = f'{D}/docs/SWIC_Whos-who_2034.pdf'
doc = BaseDocTemplate(out, pagesize=A4, title="SWIC Who's who 2034")
doc.addPageTemplates([PageTemplate(id='two', frames=[f1, f2], onPage=deco), PageTemplate(id='one', frames=[f3], onPage=deco)])
P = lambda t, s=B: Paragraph(t, s)
story = [P("Who's who 2034", T1), P("Slovenian Wood Innovation Cluster (SWIC), Ljubljana. Status: 1 February 2034."),
 Spacer(1,6),
 P("Management", H),
 P("<b>Mojca KRAJNC</b>, director<br/>mojca.krajnc@swic.example, +386 1 000 10 01"),
 P("<b>Tadej ŽAGAR</b>, deputy director and head of strategy<br/>tadej.zagar@swic.example"),
 P("<b>Nives Kolenc</b>, office manager<br/>info@swic.example, +386 1 000 10 00"),
 P("Department for Innovation and Projects", H),
 P("<b>Dr. Blaž ŠTRUKELJ</b>, head of department; coordinator of the Interreg project TIMBERLOOP<br/>blaz.strukelj@swic.example"),
 P("<b>Urška Mlakar Vidmar</b>, project manager, engineered timber and prefabrication"),
 P("<b>Gašper Rozman</b>, project manager, bio-based adhesives and coatings"),
 P("Department for Members and Internationalisation", H),
 P("<b>Katarina PEČNIK</b>, head of department; EEN contact for wood and furniture"),
 P("<b>Aljaž Kovačič</b>, internationalisation officer (Western Balkans, DACH)"),
 FrameBreak(),
 P("Department for Skills", H),
 P("<b>Tina Zupančič</b>, skills coordinator; liaison with the Biotechnical Faculty of the University of Ljubljana"),
 P("<b>Rok Hribar</b>, trainer, digital joinery (on secondment from Lesarska šola Maribor until 30 June 2034)"),
 P("Communication", H),
 P("<b>Maja Erjavec</b>, communication officer and newsletter editor<br/>press@swic.example"),
 P("Board", H),
 P("Chair: <b>Jure Golob</b> (Smrekar Gradnje d.o.o.). Vice-chair: <b>Petra Oblak</b> (Lesolab). Members: "
   "<b>Andrej Fister</b> (Borovina Plus d.d.), <b>Sanja Rupnik</b> (Slovenian Forestry Institute), <b>Marko Leban</b> (Lesna Kras d.o.o.)."),
 NextPageTemplate('one'), FrameBreak(),
 P("Contact lines and office hours", H),
 P("Cluster office, Tehnološki park Ljubljana: Monday to Thursday 8:00–16:00, Friday 8:00–13:00. General line +386 1 000 10 00. "
   "The office is closed from 24 December 2034 to 2 January 2035."),
 P("Changes since the last edition", H),
 P("Since 1 January 2034 Katarina PEČNIK heads the new Department for Members and Internationalisation. Matic Žnidaršič, "
   "former head of projects, left SWIC in December 2033 to join the Slovenian Enterprise Fund (SEF)."),
 P("Upcoming: the annual Wood Days Ljubljana (Lesni dnevi) take place on 22–23 May 2034 at the Ljubljana Exhibition and Convention Centre; "
   "the SWIC general assembly follows on 24 May 2034."),
 P("SWIC is co-financed by the Ministry of the Economy, Tourism and Sport of the Republic of Slovenia and SPIRIT Slovenia."),
]
doc.build(story)
S="Slovenian Wood Innovation Cluster"
write("SWIC_Whos-who_2034.pdf", None, pub=None,
 people=[("Mojca KRAJNC","director",S),("Tadej ŽAGAR","deputy director and head of strategy",S),("Nives Kolenc","office manager",S),
  ("Blaž ŠTRUKELJ","head of department",S),("Urška Mlakar Vidmar","project manager",S),("Gašper Rozman","project manager",S),
  ("Katarina PEČNIK","head of department",S),("Aljaž Kovačič","internationalisation officer",S),("Tina Zupančič","skills coordinator",S),
  ("Rok Hribar","trainer",S),("Maja Erjavec","communication officer and newsletter editor",S),
  ("Jure Golob","Chair",S),("Petra Oblak","Vice-chair",S),("Andrej Fister",None,"Borovina Plus d.d."),
  ("Sanja Rupnik",None,"Slovenian Forestry Institute"),("Marko Leban",None,"Lesna Kras d.o.o."),("Matic Žnidaršič","former head of projects",S)],
 orgs=[(S,"SWIC"),("Department for Innovation and Projects",None),("Department for Members and Internationalisation",None),("EEN",None),
  ("Department for Skills",None),("Biotechnical Faculty",None),("University of Ljubljana",None),("Lesarska šola Maribor",None),
  ("Smrekar Gradnje d.o.o.",None),("Lesolab",None),("Borovina Plus d.d.",None),("Slovenian Forestry Institute",None),("Lesna Kras d.o.o.",None),
  ("Slovenian Enterprise Fund","SEF"),("Ministry of the Economy, Tourism and Sport of the Republic of Slovenia",None),("SPIRIT Slovenia",None)],
 events=[("Wood Days Ljubljana","2034-05-22","2034-05-23","Ljubljana","Slovenia"),("SWIC general assembly","2034-05-24","2034-05-24",None,None)],
 dates=["2034-02-01","2034-06-30","2034-12-24/2035-01-02","2034-01-01","2033-12","2034-05-22/2034-05-23","2034-05-24"])
