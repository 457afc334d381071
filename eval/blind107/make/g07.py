from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, PageBreak, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g07_salzburg_alpine_wood_conference_outcomes.pdf'
assert wd(2036,11,5)=='Wednesday' and wd(2036,11,6)=='Thursday'
D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
b = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=12.5, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=16, leading=20, spaceAfter=8)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
li = ParagraphStyle('li', parent=b, leftIndent=12, bulletIndent=0)
P1 = [
 ("h1","Alpine Timber Construction Summit 2036 – Outcome Report (Summary)"),
 ("b","Salzburg, 5–6 November 2036 · Salzburg Congress · organised by Holzcluster Salzburg with the Chamber of Commerce Salzburg and Salzburg University of Applied Sciences"),
 ("b","Published by Holzcluster Salzburg, 15 December 2036. Editors: Mag. Veronika Strasser-Huber, Lukas Oberndorfer."),
 ("h2","About the summit"),
 ("b","The fourth Alpine Timber Construction Summit brought together 420 participants from Austria, Bavaria, South Tyrol, Switzerland and Slovenia: sawmills, timber engineers, architects, housing associations, building authorities and researchers. Over two days, 38 speakers in two plenaries and six workshops discussed how multi-storey timber buildings can move from showcase projects to everyday practice in the Alpine regions. On the first evening, a summit dinner took place at the Stiegl brewery. On the second afternoon, participants joined site visits to two timber housing projects in Salzburg-Lehen and Hallein."),
 ("b","The summit was opened by Josef Aigner-Reiter, Member of the Salzburg Provincial Government responsible for the economy, and by Dr. Margit Hollaus, chair of Holzcluster Salzburg. The keynote was given by Prof. Andreas Feuerstein of the Technical University of Munich (TUM) on fire safety in timber high-rises. A policy panel was moderated by Tanja Koželj of the Wood Industry Cluster of Slovenia, with Bernhard Wimmer of the Austrian Federal Ministry of Labour and Economy and Dr. Petra Eisenmann of proHolz Austria."),
 ("h2","Workshops"),
 ("b","W1 Fire safety and building codes · W2 Timber in public procurement · W3 Skills for carpenters and engineers · W4 Carbon data and life-cycle assessment · W5 Damaged wood and forest resilience · W6 Cross-border pilot projects. Each workshop was led by two moderators, one from research and one from a company, and reported its proposals to the closing plenary."),
 ("h2","Main figures"),
 ("b","• 420 participants, 46 % from outside Salzburg<br/>• 38 speakers, 44 % women<br/>• 6 workshops and 2 site visits<br/>• 92 % of respondents rated the summit good or very good"),
]
P2 = [
 ("h2","Recommendations"),
 ("b","The summit's workshops formulated the following recommendations to regional governments, municipalities and the timber sector. They were presented in the closing plenary by Lukas Oberndorfer, project manager of Holzcluster Salzburg."),
 ("li","Harmonise the fire safety rules for timber buildings of up to eight storeys across the Alpine provinces and cantons."),
 ("li","Give timber and hybrid construction a fixed share in public housing tenders, starting with 20 percent of new social housing units."),
 ("li","Fund shared training of carpenters, engineers and fire officers, so that all three learn the same building methods."),
 ("li","Build a regional database of timber building components with their carbon data, open to architects and tender authorities."),
 ("li","Support sawmills in the Alps to process damaged wood from storms and bark beetle attacks into construction products."),
 ("li","Use the Alpine Space cooperation to exchange pilot projects between the regions every year."),
 ("fb",""),
 ("h2","Next steps"),
 ("b","Holzcluster Salzburg will present the recommendations to the Salzburg Provincial Government in January 2037 and to the meeting of the Alpine timber clusters in Bolzano in March 2037. The fifth Alpine Timber Construction Summit will take place in Ljubljana on 4–5 November 2037, hosted by the Wood Industry Cluster of Slovenia."),
 ("h2","Partners"),
 ("b","Holzcluster Salzburg · Chamber of Commerce Salzburg · Salzburg University of Applied Sciences · proHolz Austria · Cluster Legno Alto Adige · Wood Industry Cluster of Slovenia · Technical University of Munich"),
 ("h2","Contact"),
 ("b","Holzcluster Salzburg, Lukas Oberndorfer, project manager, oberndorfer@holzcluster.example.at. The full report (64 pages) and all presentations are available to registered participants."),
]
def mk(items):
    out=[]
    for k,t in items:
        if k=='fb': out.append(FrameBreak()); continue
        if k=='li': out.append(Paragraph(t, li, bulletText='•'))
        else: out.append(Paragraph(t, {'h1':h1,'h2':h2,'b':b}[k]))
    return out
W,H = A4
def deco(c, d):
    c.saveState(); c.setFont('DV',7.5)
    c.drawString(2*cm, H-1.2*cm, 'Holzcluster Salzburg · Alpine Timber Construction Summit 2036 · Outcome Report')
    c.drawRightString(W-2*cm, 1.2*cm, 'Page %d of 2' % d.page); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Alpine Timber Construction Summit 2036 – Outcome Report', author='Holzcluster Salzburg', invariant=1)
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
cw = (W-4*cm-0.8*cm)/2
c1 = Frame(2*cm, 2*cm, cw, H-4*cm, id='c1'); c2 = Frame(2*cm+cw+0.8*cm, 2*cm, cw, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one',[one],onPage=deco), PageTemplate('two',[c1,c2],onPage=deco)])
doc.build(mk(P1)+[NextPageTemplate('two'), PageBreak()]+mk(P2))
H_ = "Holzcluster Salzburg"
gold(F,
 [P("Veronika Strasser-Huber","Editor",H_), P("Lukas Oberndorfer","project manager",H_),
  P("Josef Aigner-Reiter","Member of the Salzburg Provincial Government","Salzburg Provincial Government"),
  P("Margit Hollaus","chair",H_), P("Andreas Feuerstein",None,"Technical University of Munich"),
  P("Tanja Koželj",None,"Wood Industry Cluster of Slovenia"),
  P("Bernhard Wimmer",None,"Austrian Federal Ministry of Labour and Economy"),
  P("Petra Eisenmann",None,"proHolz Austria")],
 [O(H_), O("Chamber of Commerce Salzburg"), O("Salzburg University of Applied Sciences"),
  O("Salzburg Provincial Government"), O("Technical University of Munich","TUM"),
  O("Wood Industry Cluster of Slovenia"), O("Austrian Federal Ministry of Labour and Economy"),
  O("proHolz Austria"), O("Cluster Legno Alto Adige")],
 [E("Alpine Timber Construction Summit 2036","2036-11-05","2036-11-06","Salzburg","Austria"),
  E("summit dinner","2036-11-05",None,"Salzburg","Austria"),
  E("site visits","2036-11-06",None,"Salzburg, Hallein","Austria"),
  E("meeting of the Alpine timber clusters","2037-03",None,"Bolzano","Italy"),
  E("fifth Alpine Timber Construction Summit","2037-11-04","2037-11-05","Ljubljana","Slovenia")],
 ["2036-11-05/2036-11-06","2036-12-15","2037-01","2037-03","2037-11-04/2037-11-05"],
 ["Harmonise the fire safety rules for timber buildings of up to eight storeys across the Alpine provinces and cantons",
  "Give timber and hybrid construction a fixed share in public housing tenders, starting with 20 percent of new social housing units",
  "Fund shared training of carpenters, engineers and fire officers, so that all three learn the same building methods",
  "Build a regional database of timber building components with their carbon data, open to architects and tender authorities",
  "Support sawmills in the Alps to process damaged wood from storms and bark beetle attacks into construction products",
  "Use the Alpine Space cooperation to exchange pilot projects between the regions every year"],
 "2036-12-15")
