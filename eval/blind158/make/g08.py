from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g08_riviera_flowers_webinar_series.pdf'
assert [wd(2036,m,d) for m,d in ((1,22),(2,19),(3,18),(4,22),(5,20))]==['Tuesday']*5 and wd(2036,10,14)=='Tuesday' and wd(2036,6,9)=='Monday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Riviera Flower & Plant Cluster · "Tuesdays in Bloom" webinar series 2036 · Summary')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Tuesdays in Bloom 2036 – summary', author='Riviera Flower & Plant Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Tuesdays in Bloom – what five webinars taught us"),
("b","Summary of the 2036 webinar series of the Riviera Flower & Plant Cluster (RFPC), Sanremo"),
("s","Published 9 June 2036 · Editors: Giulia Ferrari-Novaro, cluster communication officer; Pietro Anfossi, innovation manager · With the support of the Liguria Region and Camera di Commercio Riviere di Liguria"),
("h2","Why a webinar series?"),
("b","Flower growers on the Riviera dei Fiori work long hours in small greenhouses between Imperia, Sanremo and Ventimiglia, and few of them can leave their plants for a full-day conference. In 2035 the cluster therefore decided to test a different format: one short online session a month, always on a Tuesday at 18:00, after the working day. Each webinar lasted 60 minutes, with two speakers and 20 minutes of questions."),
("b","The series was prepared with the Istituto Regionale per la Floricoltura (IRF) in Sanremo and the Université Côte d'Azur in Nice, which also helped to bring in growers from the French side of the border."),
("h2","The five sessions"),
("b","1. Tuesday 22 January 2036 – \"Water for flowers in a dry decade\", with Dr Marco Boeri (IRF) and Chantal Giordan (Chambre d'agriculture des Alpes-Maritimes)<br/>2. Tuesday 19 February 2036 – \"Selling ranunculus to the Netherlands\", with Sjoerd van der Veen (Royal FloraHolland)<br/>3. Tuesday 18 March 2036 – \"Biological pest control in small greenhouses\", with Prof. Lucia Ardissone (University of Genoa)<br/>4. Tuesday 22 April 2036 – \"Energy-saving lighting\", with engineer Davide Lanteri (Serre Lanteri s.r.l.)<br/>5. Tuesday 20 May 2036 – \"Young growers: taking over the family farm\", with three young growers from Taggia, Bordighera and Menton"),
("h2","Participation"),
("b","In total 412 people connected to the five webinars, an average of 82 per session. About one in four came from France. The recordings on the cluster's channel had 2,300 views by the end of May 2036. The second webinar drew the largest audience (121 participants); the fourth the smallest (49)."),
]
p2 = [
("h2","Key findings"),
("b","• Growers prefer short, practical sessions in the early evening to long events during the day"),
("b","• Sessions with a grower as speaker received better ratings than those with only researchers"),
("b","• Cross-border attendance grows when at least one speaker comes from the other side of the border"),
("b","• Market access and water use are the topics with the highest demand"),
("h2","Recommendations for 2037"),
("b","• Keep the monthly rhythm and the Tuesday slot"),
("b","• Offer simultaneous interpretation into French for every session"),
("b","• Add one on-site visit per year to a member's greenhouse"),
("h2","What comes next"),
("b","The cluster will hold its first in-person Riviera Flower Day in Sanremo on Tuesday 14 October 2036, at the Villa Ormond, with a visit to the cut-flower market and B2B meetings with buyers from Germany and the Netherlands. The 2037 webinar series will start in January 2037."),
("b","\"The webinars showed that our members want to learn from each other, not only from experts,\" said cluster president Andrea Siccardi, a rose grower from Camporosso."),
("h2","About the cluster"),
("b","The Riviera Flower & Plant Cluster was founded in 2031 and today has 146 members: growers, nurseries, breeders, traders and research bodies in the province of Imperia. It is managed by the association Distretto Florovivaistico del Ponente."),
("s","Contact: RFPC, Corso Garibaldi 24, 18038 Sanremo (IM) · info@rfpc.example.it"),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
RF="Riviera Flower & Plant Cluster"
gold(F,
 [P("Giulia Ferrari-Novaro","cluster communication officer",RF), P("Pietro Anfossi","innovation manager",RF),
  P("Marco Boeri",None,"IRF"), P("Chantal Giordan",None,"Chambre d'agriculture des Alpes-Maritimes"),
  P("Sjoerd van der Veen",None,"Royal FloraHolland"), P("Lucia Ardissone",None,"University of Genoa"),
  P("Davide Lanteri","engineer","Serre Lanteri s.r.l."), P("Andrea Siccardi","cluster president",RF)],
 [O(RF,"RFPC"), O("Liguria Region"), O("Camera di Commercio Riviere di Liguria"), O("Istituto Regionale per la Floricoltura","IRF"),
  O("Université Côte d'Azur"), O("Chambre d'agriculture des Alpes-Maritimes"), O("Royal FloraHolland"), O("University of Genoa"),
  O("Serre Lanteri s.r.l."), O("Distretto Florovivaistico del Ponente")],
 [E("Tuesdays in Bloom","2036-01-22","2036-05-20",None,None),
  E("Water for flowers in a dry decade","2036-01-22"),
  E("Selling ranunculus to the Netherlands","2036-02-19"),
  E("Biological pest control in small greenhouses","2036-03-18"),
  E("Energy-saving lighting","2036-04-22"),
  E("Young growers: taking over the family farm","2036-05-20"),
  E("Riviera Flower Day","2036-10-14",None,"Sanremo","Italy"),
  E("visit to the cut-flower market","2036-10-14",None,"Sanremo","Italy"),
  E("B2B meetings","2036-10-14",None,"Sanremo","Italy"),
  E("webinar series","2037-01",None,None,None)],
 ["2036-06-09","2035","2036-01-22","2036-02-19","2036-03-18","2036-04-22","2036-05-20","2036-05","2036-10-14","2037-01","2031","2036","2037"],
 ["Growers prefer short, practical sessions in the early evening to long events during the day",
  "Sessions with a grower as speaker received better ratings than those with only researchers",
  "Cross-border attendance grows when at least one speaker comes from the other side of the border",
  "Market access and water use are the topics with the highest demand",
  "Keep the monthly rhythm and the Tuesday slot",
  "Offer simultaneous interpretation into French for every session",
  "Add one on-site visit per year to a member's greenhouse"],
 pub="2036-06-09")
