from g import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
fname = "VitiTech-Forum-2034-flyer.pdf"
W, H = A4
ss = getSampleStyleSheet()
b = ParagraphStyle('b', parent=ss['BodyText'], fontSize=9.5, leading=12)
h = ParagraphStyle('h', parent=ss['Heading2'], fontSize=12, spaceBefore=6, spaceAfter=3)
t1 = ParagraphStyle('t1', parent=ss['Title'], fontSize=20)
def deco(c, d):
    c.saveState(); c.setFont('Helvetica', 8)
    c.drawString(2*cm, H-1.2*cm, "VitiTech Forum 2034 | Bordeaux | organised by AVWT")
    c.drawRightString(W-2*cm, 1.2*cm, f"Page {d.page} / 2"); c.restoreState()
doc = BaseDocTemplate(f"{BASE}/docs/{fname}", pagesize=A4, title="VitiTech Forum 2034")
top = Frame(2*cm, H-6*cm, W-4*cm, 3.8*cm, id='top')
cw = (W-4*cm-0.8*cm)/2
left = Frame(2*cm, 2*cm, cw, H-8.2*cm, id='l'); right = Frame(2*cm+cw+0.8*cm, 2*cm, cw, H-8.2*cm, id='r')
full = Frame(2*cm, 2*cm, W-4*cm, H-4.2*cm, id='f')
doc.addPageTemplates([PageTemplate('two', [top, left, right], onPage=deco), PageTemplate('one', [full], onPage=deco)])
P_ = lambda s, st=b: Paragraph(s, st)
story = [P_("VitiTech Forum 2034", t1),
 P_("<b>15–16 March 2034 · Cité du Vin, Bordeaux</b><br/>Two days on robotics, sensors and data for vineyards and cellars", b),
 FrameBreak(),
 P_("Why attend?", h),
 P_("Climate change, labour shortages and new rules on plant protection push wine estates to automate. The forum brings "
    "together growers, cooperatives, cellar equipment makers and start-ups to look at what already works in the field "
    "and what is still a prototype.", b),
 P_("Programme highlights", h),
 P_("<b>Wednesday 15 March</b> – opening by Bertrand Lafargue-Dupuy, president of the Aquitaine Vine &amp; Wine Tech Cluster "
    "(AVWT); keynote on autonomous tractors in steep vineyards by Kerstin Weisshaar, Geisenheim University; "
    "panel on data sharing between estates and cooperatives.", b),
 P_("<b>Thursday 16 March</b> – sessions on smart barrels, fermentation sensors and water reuse in cellars; start-up pitch "
    "contest with a prize of EUR 10,000 offered by Crédit Viticole du Sud-Ouest; B2B meetings all afternoon.", b),
 P_("<b>Friday 17 March (optional)</b> – Field demo day: robots and drones at work on the estate of Château Mazeyres "
    "Vignobles SAS in Saint-Émilion. Buses leave Bordeaux at 08:30.", b),
 FrameBreak(),
 P_("Key dates", h),
 P_("Pitch contest applications: by 26 January 2034<br/>Early-bird registration: until 15 February 2034<br/>"
    "B2B meeting booking opens: 28 February 2034", b),
 P_("Fees", h),
 P_("Members of AVWT and partner clusters: EUR 120<br/>Non-members: EUR 290<br/>Students and researchers: EUR 60<br/>"
    "Field demo day: EUR 45 (bus and lunch)", b),
 P_("Partners", h),
 P_("Région Nouvelle-Aquitaine, Bordeaux Sciences Agro, the Enterprise Europe Network and the Spanish cluster "
    "Rioja Enotech (Logroño). The forum is part of the ClusterXchange scheme: members of European clusters may apply "
    "for travel support.", b),
 NextPageTemplate('one'), FrameBreak(),
 P_("Speakers (confirmed as of 10 January 2034)", h),
 P_("Bertrand LAFARGUE-DUPUY – président, AVWT<br/>"
    "Kerstin WEISSHAAR – Professor of Viticulture Engineering, Geisenheim University<br/>"
    "Sophie MARCHETTI – directrice R&amp;D, Tonnellerie Vernet SAS<br/>"
    "Hugo BRANDÃO – CTO, VinhaData Lda.<br/>"
    "Marta ORTIZ LOZANO – programme officer, EISMEA<br/>"
    "Julien ROUSSEAU-TESSIER – chef de projet filière viticole, Région Nouvelle-Aquitaine<br/>"
    "Moderation: Claire VIGNAU, journalist", b),
 Spacer(1, 10),
 P_("Practical information", h),
 P_("Venue: Cité du Vin, 134 quai de Bacalan, Bordeaux. Tram B, stop La Cité du Vin. Simultaneous interpretation "
    "French–English in the main hall. Registration and programme updates: vititech-forum.example. Contact: Léa Castaing, "
    "event coordinator, AVWT – events@avwt.example.", b),
]
doc.build(story)
A = "Aquitaine Vine & Wine Tech Cluster"
gold(fname,
 [P("Bertrand Lafargue-Dupuy","president",A),
  P("Kerstin Weisshaar","Professor of Viticulture Engineering","Geisenheim University"),
  P("Sophie MARCHETTI","directrice R&D","Tonnellerie Vernet SAS"),
  P("Hugo BRANDÃO","CTO","VinhaData Lda."),
  P("Marta ORTIZ LOZANO","programme officer","EISMEA"),
  P("Julien ROUSSEAU-TESSIER","chef de projet filière viticole","Région Nouvelle-Aquitaine"),
  P("Claire VIGNAU","journalist",None),
  P("Léa Castaing","event coordinator","AVWT")],
 [O(A,"AVWT"), O("Geisenheim University"), O("Crédit Viticole du Sud-Ouest"), O("Château Mazeyres Vignobles SAS"),
  O("Région Nouvelle-Aquitaine"), O("Bordeaux Sciences Agro"), O("Enterprise Europe Network"), O("Rioja Enotech"),
  O("Tonnellerie Vernet SAS"), O("VinhaData Lda."), O("EISMEA")],
 [E("VitiTech Forum 2034","2034-03-15","2034-03-16","Bordeaux","France"),
  E("Field demo day","2034-03-17",None,"Saint-Émilion","France")],
 ["2034-03-15/2034-03-16","2034-03-15","2034-03-16","2034-03-17","2034-01-26","2034-02-15","2034-02-28","2034-01-10"])
