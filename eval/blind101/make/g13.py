from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
F = 'g13_pomurje_cluster_gold_label_press_release.pdf'
assert wd(2040,9,13)=='Thursday' and wd(2040,9,14)=='Friday' and wd(2040,10,3)=='Wednesday' and wd(2040,11,21)=='Wednesday'
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
st = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=13, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=8)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
page1 = [
('h2','PRESS RELEASE · For immediate release'),
('p','Murska Sobota, 3 October 2040'),
('h1','Pomurje Food &amp; Bioeconomy Cluster receives the Cluster Management Excellence Label GOLD'),
('p','The Pomurje Food &amp; Bioeconomy Cluster (Grozd Pomurje, GPB) has been awarded the Cluster Management Excellence Label GOLD by the European Cluster Labelling Excellence Structure (EUCLES). It is the second cluster organisation in Slovenia and the first from the Mura region to reach the highest level of the European labelling scheme.'),
('p','The on-site assessment took place on Thursday 13 and Friday 14 September 2040 at the cluster office in the Pomurje Technology Park in Murska Sobota. It was carried out by two EUCLES assessors, Dr. Katharina Obermayr (Austria) and Jaume Ribalta Serra (Spain). Gregor Horvat from SPIRIT Slovenia, the public agency for entrepreneurship, internationalisation and investment, attended as an observer.'),
('p','The assessors examined 31 quality indicators through interviews with the cluster management, board members, member companies and regional partners, and through a review of documents. The cluster reached an overall score of 86 %.'),
('h2','Assessors\u2019 findings'),
('b','The cluster strategy is clear, was developed with members and is monitored with measurable targets.'),
('b','Members are highly satisfied with the services, especially with project development and joint promotion.'),
('b','The cluster has built an unusually strong bridge between farmers, food processors and research.'),
('b','The financial base is diversified, with 38 % of income from member fees and services.'),
('b','International cooperation should be made more systematic and less dependent on single projects.'),
('p','\u201cThe label confirms what our members tell us every year: that the cluster is worth their time. It also obliges us to keep improving,\u201d said Tanja Kuzma, Managing Director of the Pomurje Food &amp; Bioeconomy Cluster.'),
]
page2 = [
('h2','About the label'),
('p','The GOLD label is valid for two years. It is awarded to cluster organisations that demonstrate a high level of professionalism in strategy, governance, services and results. The labelling system was set up by the European Cluster Excellence Initiative and is now run by EUCLES in Brussels.'),
('h2','About the cluster'),
('p','Founded in 2031, the cluster brings together 92 members: 71 companies, 9 research and education organisations and 12 public and support bodies from Pomurje and neighbouring regions of Austria, Croatia and Hungary. Its main fields are organic food, plant proteins, biogas and wood-based materials.'),
('h2','Label ceremony'),
('p','The label will be handed over at the European Cluster Conference 2040 in Brussels, at the award ceremony on Wednesday 21 November 2040.'),
('h2','Statements'),
('p','\u201cPomurje shows that excellent cluster management is not a privilege of big cities,\u201d said Dr. Matej Zadravec, State Secretary at the Ministry of the Economy, Tourism and Sport.'),
('p','\u201cWe joined the cluster for a single project. We stayed because it opened doors in Graz and Budapest,\u201d said Simona Gomboc, CEO of Panvita d.d.'),
('h2','Board of the cluster'),
('p','President: Aleš Kolenko (Pomurske mlekarne d.d.) \u00b7 Vice-President: Prof. Mojca Žnidarič (University of Maribor, Faculty of Agriculture and Life Sciences) \u00b7 Members: Dušan Ferenc (Municipality of Murska Sobota), Irena Sukič (Chamber of Commerce and Industry of Slovenia \u2013 Pomurje Chamber)'),
('h2','Media contact'),
('p','Nina Smodiš, Communication Officer \u00b7 nina.smodis@grozd-pomurje.si \u00b7 +386 2 530 88 41 \u00b7 Pomurje Technology Park, Plese 9a, 9000 Murska Sobota'),
('p','Photos from the assessment: Photo: GPB / Boštjan Rous. Free for editorial use.'),
]
def mk(items):
    out=[]
    for k,t in items:
        if k=='h1': out.append(Paragraph(t,h1))
        elif k=='h2': out.append(Paragraph(t,h2))
        elif k=='b': out.append(Paragraph('\u2022 '+t,st))
        else: out.append(Paragraph(t,st))
    return out
def header(c, d):
    c.saveState(); c.setFont('DV',8)
    c.drawString(50, 815, 'Pomurje Food & Bioeconomy Cluster \u00b7 Grozd Pomurje')
    c.drawRightString(545, 25, 'Page %d of 2' % d.page); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
W,H = A4
one = Frame(50, 50, W-100, H-100, id='one')
c1 = Frame(50, 50, (W-115)/2, H-100, id='c1'); c2 = Frame(65+(W-115)/2, 50, (W-115)/2, H-100, id='c2')
doc.addPageTemplates([PageTemplate('one',[one],onPage=header), PageTemplate('two',[c1,c2],onPage=header)])
doc.build(mk(page1)+[NextPageTemplate('two'), PageBreak()]+mk(page2))
G='Pomurje Food & Bioeconomy Cluster'
gold(F,
 [P('Katharina Obermayr','assessor','EUCLES'),P('Jaume Ribalta Serra','assessor','EUCLES'),
  P('Gregor Horvat','observer','SPIRIT Slovenia'),P('Tanja Kuzma','Managing Director',G),
  P('Matej Zadravec','State Secretary','Ministry of the Economy, Tourism and Sport'),
  P('Simona Gomboc','CEO','Panvita d.d.'),P('Aleš Kolenko','President',G),P('Mojca Žnidarič','Vice-President',G),
  P('Dušan Ferenc','Member',G),P('Irena Sukič','Member',G),
  P('Nina Smodiš','Communication Officer',G),P('Boštjan Rous')],
 [O(G,'GPB'),O('European Cluster Labelling Excellence Structure','EUCLES'),O('Pomurje Technology Park'),O('SPIRIT Slovenia'),
  O('Ministry of the Economy, Tourism and Sport'),O('Panvita d.d.'),
  O('Pomurske mlekarne d.d.'),O('University of Maribor, Faculty of Agriculture and Life Sciences'),O('Municipality of Murska Sobota'),
  O('Chamber of Commerce and Industry of Slovenia – Pomurje Chamber')],
 [E('on-site assessment','2040-09-13','2040-09-14','Murska Sobota','Slovenia'),
  E('European Cluster Conference 2040',None,None,'Brussels','Belgium'),
  E('award ceremony','2040-11-21',None,'Brussels','Belgium')],
 ['2040-10-03','2040-09-13/2040-09-14','2031','2040-11-21'],
 ['The cluster strategy is clear, was developed with members and is monitored with measurable targets',
  'Members are highly satisfied with the services, especially with project development and joint promotion',
  'The cluster has built an unusually strong bridge between farmers, food processors and research',
  'The financial base is diversified, with 38 % of income from member fees and services',
  'International cooperation should be made more systematic and less dependent on single projects'],
 pub='2040-10-03')
