from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import mm
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'g07_presov_wood_policy_brief.pdf'
assert wd(2041,5,10)=='Friday' and wd(2041,4,17)=='Wednesday'
RE = ["Create a wood construction window in the Just Transition Fund calls for eastern Slovakia",
      "Fund a shared timber testing laboratory at the Technical University in Zvolen with a branch in Prešov",
      "Recognise cluster organisations as partners in the design of regional innovation vouchers"]
RN = ["Amend the building code so that timber frame buildings of up to eight storeys need no special approval",
      "Include prefabricated wooden housing in the national housing programme 2041–2046",
      "Give vocational schools a five-year budget for carpentry and joinery training"]
RR = ["Require at least 30% wood-based materials in new public buildings of the Prešov Self-Governing Region",
      "Open a one-stop advice desk for municipalities that want to build in wood",
      "Support the Prešov Wood Days as the annual meeting point of the sector"]
RC = ["Share production capacity through a joint order platform",
      "Train at least 120 employees a year in digital design and CNC machining"]
st = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=12.5, spaceAfter=5)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=16, leading=20, spaceAfter=8)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)
sm = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5, spaceAfter=3)
def head(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(18*mm, 287*mm, 'Policy Brief No. 7 · May 2041 · Cluster Drevo Východ')
    c.drawRightString(192*mm, 10*mm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Policy Brief No. 7: Building with wood in eastern Slovakia', author='Cluster Drevo Východ')
W, Hh = A4
f1 = Frame(18*mm, 18*mm, W-36*mm, Hh-36*mm, id='one')
c1 = Frame(18*mm, 18*mm, (W-36*mm)/2-4*mm, Hh-36*mm, id='c1')
c2 = Frame(18*mm+(W-36*mm)/2+4*mm, 18*mm, (W-36*mm)/2-4*mm, Hh-36*mm, id='c2')
doc.addPageTemplates([PageTemplate('one', [f1], onPage=head), PageTemplate('two', [c1, c2], onPage=head)])
S = []
A = S.append
A(Paragraph('POLICY BRIEF No. 7', sm))
A(Paragraph('Building with wood in eastern Slovakia: what it takes to double the market by 2046', h1))
A(Paragraph('Prešov, Friday 10 May 2041 · Authors: Ing. Mária Hudáková, PhD., and Peter Sopko · Cluster Drevo Východ (CDV)', st))
A(Paragraph('Summary', h2))
A(Paragraph('Eastern Slovakia has the forests, the sawmills and the carpenters to build far more in wood than it does today. '
  'Timber buildings account for only 4% of new homes in the Prešov region, against 19% in Austria and 14% in the Czech Republic. '
  'This brief draws on a survey of 64 member companies of Cluster Drevo Východ carried out between January and March 2041, '
  'on three round tables held in Prešov, Bardejov and Humenné, and on a study visit to the Holzcluster Steiermark in Graz '
  'in October 2040. It groups its recommendations by addressee: the European Commission, the Government of the Slovak Republic, '
  'the Prešov Self-Governing Region (PSK) and the companies themselves.', st))
A(Paragraph('The problem', h2))
A(Paragraph('Three obstacles came up in every round table. First, the building code treats timber buildings above two storeys as '
  'exceptions, so that every project needs a separate fire-safety approval that can take a year. Second, the region has no '
  'accredited laboratory for testing glued laminated timber; companies send samples to Zvolen or to Vienna and wait up to ten '
  'weeks. Third, there are too few trained people: the number of apprentices in carpentry in the region fell from 310 in 2030 '
  'to 140 in 2040.', st))
A(Paragraph('The opportunity', h2))
A(Paragraph('The region must renovate or replace more than 2,000 public buildings by 2050, and the national housing programme plans '
  '25,000 rental homes. If one in five of them were built in wood, the regional wood industry could create some 1,800 jobs. '
  'At the round table in Bardejov on Wednesday 17 April 2041, the mayor of Bardejov, Ing. Juraj Kmeťko, said the town was '
  'ready to build its new kindergarten in wood as a pilot. Doc. Ing. Ľubomír Hrabovský of the Technical University in Zvolen '
  '(TUZVO) offered to set up a testing branch in Prešov if running costs were covered for five years.', st))
A(Paragraph('“We do not need subsidies for every house. We need rules that treat wood like any other material,” said Marek Palenčár, '
  'chair of the cluster and owner of Palenčár Drevostavby s.r.o. in Sabinov.', st))
A(NextPageTemplate('two')); A(PageBreak())
A(Paragraph('Recommendations', h1))
def grp(t, L):
    A(Paragraph(t, h2))
    for x in L: A(Paragraph('▪ ' + x, st))
grp('To the European Commission', RE)
grp('To the Government of the Slovak Republic', RN)
grp('To the Prešov Self-Governing Region', RR)
grp('To the companies of the cluster', RC)
A(Paragraph('About this brief', h2))
A(Paragraph('Cluster Drevo Východ is an association of 71 companies, schools and research organisations in the wood and furniture '
  'sector of the Prešov and Košice regions, founded in 2029. The brief was discussed with the Slovak Innovation and Energy Agency (SIEA) '
  'and the Ministry of Economy of the Slovak Republic before publication. It was presented at the Prešov Wood Days, '
  '23–25 May 2041, Prešov.', st))
A(Paragraph('Round tables', h2))
A(Paragraph('Prešov, 20 March 2041 · Humenné, 3 April 2041 · Bardejov, 17 April 2041', st))
A(Paragraph('Contact', h2))
A(Paragraph('Peter Sopko, cluster manager · Cluster Drevo Východ, Hlavná 00, 080 01 Prešov · info@drevovychod.example.sk', st))
A(Paragraph('Earlier briefs: No. 6 Forest biomass and heat (2040) · No. 5 Skills for the furniture industry (2039) · No. 4 Exporting to Germany (2038)', sm))
A(Paragraph('This publication was co-financed by the Prešov Self-Governing Region. The views expressed are those of the authors.', sm))
doc.build(S)
C = "Cluster Drevo Východ"
gold(F,
 [P("Mária Hudáková","Author",C), P("Peter Sopko","cluster manager",C),
  P("Juraj Kmeťko","mayor of Bardejov",None),
  P("Ľubomír Hrabovský",None,"Technical University in Zvolen"),
  P("Marek Palenčár","chair",C)],
 [O(C,"CDV"), O("Holzcluster Steiermark"), O("European Commission"), O("Government of the Slovak Republic"),
  O("Prešov Self-Governing Region","PSK"), O("Technical University in Zvolen","TUZVO"), O("Palenčár Drevostavby s.r.o."),
  O("Slovak Innovation and Energy Agency","SIEA"), O("Ministry of Economy of the Slovak Republic")],
 [E("study visit to the Holzcluster Steiermark","2040-10",None,"Graz","Austria"),
  E("round table","2041-03-20",None,"Prešov","Slovakia"),
  E("round table","2041-04-03",None,"Humenné","Slovakia"),
  E("round table","2041-04-17",None,"Bardejov","Slovakia"),
  E("Prešov Wood Days","2041-05-23","2041-05-25","Prešov","Slovakia")],
 ["2041-05","2046","2041-05-10","2041-01/2041-03","2040-10","2030","2040","2050","2041-04-17","2041/2046","2029",
  "2041-05-23/2041-05-25","2041-03-20","2041-04-03","2039","2038"],
 RE+RN+RR+RC, "2041-05-10")
