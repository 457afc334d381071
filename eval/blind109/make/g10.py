from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
F = 'g10_luxembourg_ecoinnovation_newsletter.pdf'
assert wd(2035,3,13)=='Tuesday' and wd(2035,4,26)=='Thursday' and wd(2035,2,7)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
N = ParagraphStyle('n', fontName='DV', fontSize=9, leading=11.5, spaceAfter=4)
H = ParagraphStyle('h', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
T1 = ParagraphStyle('t', fontName='DVB', fontSize=16, leading=20, spaceAfter=6)
S = ParagraphStyle('s', fontName='DV', fontSize=8, leading=10, spaceAfter=3)
p1 = [
 (T1, "Eco-Innovation Cluster Luxembourg – Newsletter 1/2035"),
 (S, "Issue of 5 March 2035 · Foetz · www.ecoinnovation-cluster.example.lu"),
 (H, "Editorial"),
 (N, "Dear members, the construction sector in Luxembourg is about to change faster than at any time since the 1970s. From 2036, public "
     "buildings will need a material passport, and our members who reuse steel, timber and stone are ready for it. What we still lack "
     "is a market place where demolition contractors and builders meet early enough. This is what our new Reuse Hub will do. I thank "
     "the Ministry of the Economy for its support and our members for their patience during a long preparation."),
 (N, "Claude Wagner-Hoffmann, President"),
 (H, "Member news"),
 (N, "New members: Batiment Circulaire S.à r.l. (Esch-sur-Alzette), Moselle Timber S.A. (Grevenmacher), "
     "Nordstad Démolition S.à r.l. (Ettelbruck) and the Luxembourg Institute of Science and Technology (LIST) as research member. "
     "The cluster now counts 112 members."),
 (N, "Anniversary: Pierres du Nord S.A. celebrates 100 years. The quarry company was founded in 1935 in Wiltz."),
 (N, "Investment: Moselle Timber S.A. will open a cross-laminated timber line worth €14 million in Grevenmacher in 2036."),
 (H, "People on the move"),
 (N, "Anne-Sophie Kremer has been appointed cluster manager and takes over from Marc Schmit, who joins the Chamber of Commerce "
     "Luxembourg as head of innovation. Dr Paolo Reis, head of the materials unit at LIST, has been elected vice-president of the "
     "cluster. Nadine Hilbert retires from the board after eleven years."),
 (H, "From Brussels"),
 (N, "The European Commission has adopted the Circular Construction Action Plan. According to Luxinnovation’s EU adviser Jeff "
     "Mersch, calls for cluster partnerships in construction will open under the next work programme in autumn 2035."),
]
p2 = [
 (H, "Events"),
 (N, "<b>Tuesday 13 March 2035, 14:00–17:30</b> – Workshop “Material passports in practice”, House of Startups, Luxembourg City. "
     "Registration by 9 March."),
 (N, "<b>Thursday 26 April 2035, 18:00</b> – Annual General Assembly, followed by the launch of the Reuse Hub, Foetz."),
 (N, "<b>16–19 May 2035</b> – Batimat, Paris: joint Luxembourg pavilion with 8 member companies."),
 (N, "<b>Looking back:</b> on Wednesday 7 February 2035, the Greater Region Timber Day in Trier brought together 143 participants from "
     "Luxembourg, Lorraine, Saarland, Rhineland-Palatinate and Wallonia. Twelve members presented their products, and the "
     "organisers announced that the next edition will take place in Luxembourg, with a focus on timber in multi-storey housing "
     "and on the training of carpenters across the border. Slides are available on request."),
 (H, "Study: circular construction"),
 (N, "With the University of Luxembourg, we surveyed 74 members. Key findings:"),
 (N, "• 61% of members already sell or buy reused materials"),
 (N, "• Lack of storage space is the biggest obstacle to reuse"),
 (N, "• Public tenders rarely reward reused materials"),
 (N, "• Members want a shared digital inventory of available materials"),
 (H, "Calls and jobs"),
 (N, "The Ministry of the Economy’s Fit 4 Sustainability call is open until 30 June 2035. The cluster office is hiring a "
     "project officer for the Reuse Hub (full time, start 1 May 2035). Applications to Anne-Sophie Kremer."),
 (H, "Member voice"),
 (N, "“Through the cluster, our old roof beams found a second life in a school in Differdange.” – Luc Weber, managing partner, "
     "Nordstad Démolition S.à r.l."),
 (H, "Contact"),
 (N, "Eco-Innovation Cluster Luxembourg a.s.b.l. · 00, rue de l’Industrie, L-3895 Foetz · RCS Luxembourg F00000"),
 (N, "Editor: Anne-Sophie Kremer · Photos: Sam Feller · To unsubscribe, reply to this newsletter with “unsubscribe”."),
]
def deco(c, doc):
    c.setFont('DV', 7); c.drawString(40, 20, f"Eco-Innovation Cluster Luxembourg · Newsletter 1/2035 · page {doc.page} of 2")
W, Hh = A4
doc = BaseDocTemplate(path(F), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
one = Frame(40, 40, W-80, Hh-80, id='one')
c1 = Frame(40, 40, (W-90)/2, Hh-80, id='c1'); c2 = Frame(50+(W-90)/2, 40, (W-90)/2, Hh-80, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=deco), PageTemplate('two', [c1, c2], onPage=deco)])
story = [Paragraph(t, s) for s, t in p1] + [NextPageTemplate('two'), PageBreak()] + [Paragraph(t, s) for s, t in p2]
doc.build(story)
EC="Eco-Innovation Cluster Luxembourg"
gold(F,
 [P("Claude Wagner-Hoffmann","President",EC),
  P("Anne-Sophie Kremer","cluster manager",EC),
  P("Marc Schmit","head of innovation","Chamber of Commerce Luxembourg"),
  P("Paolo Reis","vice-president",EC),
  P("Nadine Hilbert",None,EC),
  P("Jeff Mersch","EU adviser","Luxinnovation"),
  P("Luc Weber","managing partner","Nordstad Démolition S.à r.l."),
  P("Sam Feller",None,None)],
 [O("Eco-Innovation Cluster Luxembourg a.s.b.l."), O("Ministry of the Economy"), O("Batiment Circulaire S.à r.l."),
  O("Moselle Timber S.A."), O("Nordstad Démolition S.à r.l."), O("Luxembourg Institute of Science and Technology","LIST"),
  O("Pierres du Nord S.A."), O("Chamber of Commerce Luxembourg"), O("European Commission"), O("Luxinnovation"),
  O("University of Luxembourg")],
 [E("Workshop “Material passports in practice”","2035-03-13",None,"Luxembourg City","Luxembourg"),
  E("Annual General Assembly","2035-04-26",None,"Foetz","Luxembourg"),
  E("launch of the Reuse Hub","2035-04-26",None,"Foetz","Luxembourg"),
  E("Batimat","2035-05-16","2035-05-19","Paris","France"),
  E("Greater Region Timber Day","2035-02-07",None,"Trier","Germany")],
 ["2035-03-05","2036","1935","2035-03-13","2035-03-09","2035-04-26","2035-05-16/2035-05-19","2035-02-07","2035",
  "2035-06-30","2035-05-01"],
 ["61% of members already sell or buy reused materials","Lack of storage space is the biggest obstacle to reuse",
  "Public tenders rarely reward reused materials","Members want a shared digital inventory of available materials"],
 "2035-03-05")
