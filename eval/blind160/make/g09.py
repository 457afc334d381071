from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g09_harghita_bioeconomy_policy_brief.pdf'
assert wd(2039,11,3)=='Thursday' and wd(2039,10,12)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Policy brief 4/2039 · Harghita bioeconomy cluster: ten years on')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Policy brief 4/2039', author='Centre-Region Development Agency')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Ten years of the Harghita bioeconomy cluster: what worked and what should change"),
("b","Policy brief 4/2039 · Centre Regional Development Agency (ADR Centru), Alba Iulia · Published 20 October 2039"),
("s","Authors: Enikő Bíró (policy analyst, ADR Centru), Levente Kedves (Sapientia Hungarian University of Transylvania, Miercurea Ciuc) · Reviewed by: Ioana Mureșan, head of the Smart Specialisation Unit, ADR Centru"),
("h2","Context"),
("b","The Harghita Wood and Bioeconomy Cluster (Clusterul Lemn și Bioeconomie Harghita) was founded in Miercurea Ciuc in 2029 by eleven sawmills and furniture makers, the Harghita County Council and the Sapientia Hungarian University of Transylvania. By 2039 it counted 74 members in Harghita and Covasna counties, including pellet producers, mineral water bottlers, mushroom and berry processors and four vocational schools. The cluster received the silver label of the European Secretariat for Cluster Analysis (ESCA) in 2036."),
("b","This brief draws on an evaluation carried out between March and August 2039 for the Centre Regional Development Agency. The evaluators interviewed 29 members, analysed the cluster's accounts for 2029–2038 and compared it with two peer clusters: Holzcluster Steiermark in Austria and the Kainuu Bioeconomy Cluster in Finland."),
("h2","What the cluster achieved"),
("b","Over ten years the cluster coordinated 17 funded projects worth EUR 9.8 million, set up a shared drying kiln in Odorheiu Secuiesc and launched a dual vocational training scheme for carpenters with the Gábor Áron Technical College. Members report that the cluster's greatest value lies in joint purchasing, in access to European projects and in the annual Harghita Wood Days fair, which attracted 6,200 visitors in 2038."),
("b","The evaluation also found weaknesses. Membership fees cover only 14% of the budget; the management team of three depends on project money; and members from Covasna county take part far less than those from Harghita. Links to the region's smart specialisation strategy remain formal: the cluster is listed as a stakeholder but has not shaped any call."),
("h2","Key findings"),
("b","• The cluster has become the main meeting place of the wood sector in the two counties<br/>• Its services are valued, but its financing is fragile and short-term<br/>• Companies are not yet ready to pay for innovation services, only for concrete savings<br/>• The region lacks a testing laboratory for engineered wood products, which the cluster alone cannot finance"),
]
p2 = [
("h2","Recommendations"),
("b","For the Centre Regional Development Agency:"),
("b","1. Offer multi-annual operating grants to certified clusters, linked to clear targets for own income"),
("b","2. Involve cluster managers in drafting calls of the regional smart specialisation strategy, not only in consultations"),
("b","3. Co-finance a regional testing laboratory for engineered wood in Miercurea Ciuc together with the county councils"),
("b","For the cluster:"),
("b","4. Raise membership fees gradually and introduce paid services for joint purchasing and certification"),
("b","5. Open a branch office in Sfântu Gheorghe to reach members in Covasna county"),
("b","6. Turn the Harghita Wood Days into a cross-regional fair with partners from Mureș and Bacău"),
("h2","Next steps"),
("b","The findings were discussed with members at the cluster's general assembly in Miercurea Ciuc on Wednesday 12 October 2039. They will be presented to the Regional Development Board of the Centre Region at its meeting in Alba Iulia on Thursday 3 November 2039, together with the draft of the new regional smart specialisation strategy for 2041–2047."),
("b","Cluster president Zoltán Ambrus (Ambrus Faipari Kft.) welcomed the evaluation: “We asked for an honest picture and we got one. The next ten years must be about our own feet, not about projects.”"),
("h2","Previous Harghita Wood Days"),
("b","2035 – Miercurea Ciuc, 12–14 June<br/>2036 – Odorheiu Secuiesc, 10–12 June<br/>2037 – Gheorgheni, 9–11 June<br/>2038 – Miercurea Ciuc, 14–16 June"),
("h2","About this series"),
("b","ADR Centru policy briefs summarise evaluations and studies for decision-makers in the Centre Region (Alba, Brașov, Covasna, Harghita, Mureș and Sibiu counties). They do not necessarily reflect the official position of the agency."),
("s","Contact: Enikő Bíró, ADR Centru, Str. Decebal 12, Alba Iulia · s3@adrcentru.example.ro"),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
A = "Centre Regional Development Agency"; HC = "Harghita Wood and Bioeconomy Cluster"; SU = "Sapientia Hungarian University of Transylvania"
gold(F,
 [P("Enikő Bíró","policy analyst","ADR Centru"),
  P("Levente Kedves",None,SU),
  P("Ioana Mureșan","head of the Smart Specialisation Unit","ADR Centru"),
  P("Zoltán Ambrus","president",HC)],
 [O(A,"ADR Centru"), O(HC), O("Harghita County Council"), O(SU),
  O("European Secretariat for Cluster Analysis","ESCA"), O("Holzcluster Steiermark"), O("Kainuu Bioeconomy Cluster"),
  O("Gábor Áron Technical College"), O("Regional Development Board of the Centre Region"), O("Ambrus Faipari Kft."),
  O("Smart Specialisation Unit")],
 [E("general assembly","2039-10-12",None,"Miercurea Ciuc","Romania"),
  E("meeting","2039-11-03",None,"Alba Iulia","Romania"),
  E("Harghita Wood Days","2035-06-12","2035-06-14","Miercurea Ciuc","Romania"),
  E("Harghita Wood Days","2036-06-10","2036-06-12","Odorheiu Secuiesc","Romania"),
  E("Harghita Wood Days","2037-06-09","2037-06-11","Gheorgheni","Romania"),
  E("Harghita Wood Days","2038-06-14","2038-06-16","Miercurea Ciuc","Romania")],
 ["2039-10-20","2029","2039","2036","2039-03/2039-08","2029/2038","2038","2039-10-12","2039-11-03","2041/2047",
  "2035-06-12/2035-06-14","2036-06-10/2036-06-12","2037-06-09/2037-06-11","2038-06-14/2038-06-16"],
 ["The cluster has become the main meeting place of the wood sector in the two counties",
  "Its services are valued, but its financing is fragile and short-term",
  "Companies are not yet ready to pay for innovation services, only for concrete savings",
  "The region lacks a testing laboratory for engineered wood products, which the cluster alone cannot finance",
  "Offer multi-annual operating grants to certified clusters, linked to clear targets for own income",
  "Involve cluster managers in drafting calls of the regional smart specialisation strategy, not only in consultations",
  "Co-finance a regional testing laboratory for engineered wood in Miercurea Ciuc together with the county councils",
  "Raise membership fees gradually and introduce paid services for joint purchasing and certification",
  "Open a branch office in Sfântu Gheorghe to reach members in Covasna county",
  "Turn the Harghita Wood Days into a cross-regional fair with partners from Mureș and Bacău"],
 pub="2039-10-20")
