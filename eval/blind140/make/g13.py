from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g13_vasteras_automation_cluster_evaluation.pdf'
assert wd(2038,11,24)=='Wednesday' and wd(2038,12,2)=='Thursday' and wd(2039,2,9)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Mälardalen Automation Cluster · External evaluation 2034–2038 · Summary of findings')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='External evaluation – Mälardalen Automation Cluster', author='Region Västmanland')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","External evaluation of the Mälardalen Automation Cluster 2034–2038"),
("b","Summary of findings and recommendations for the Regional Development Committee"),
("s","Commissioned by: Region Västmanland, Department for Regional Development, Västerås · Carried out by: Nordisk Policyanalys AB, Uppsala · Evaluation team: Karin Åkesson-Lund (team leader), Dr. Tobias Falk, Aleksandra Wiśniewska · Report delivered: 24 November 2038 · Diary no. RV 2038/0000"),
("h2","Background"),
("b","The Mälardalen Automation Cluster (MAC) was set up in 2034 by Region Västmanland, Mälardalen University and eleven companies to help small and medium-sized manufacturers in Västerås, Köping, Sala and Arboga adopt robotics and industrial automation. Between 2034 and 2038 the cluster received SEK 38 million from the region and the European Regional Development Fund. Board chair: Lena Dahlgren-Ohlsson (Vice President Operations, Västerås Drive Systems AB); cluster manager: Johan Bergkvist."),
("b","The evaluation was carried out between May and October 2038. The team interviewed 42 people, surveyed the 156 member organisations (response rate 58%), studied the cluster's own monitoring data and compared MAC with three similar clusters in Sweden, Finland and Germany. Preliminary results were tested with members at a validation seminar in Västerås on Monday 27 September 2038."),
("h2","What the cluster achieved"),
("b","Over five years the cluster ran 214 company demonstrations at its test bed in the Västerås science park, completed 61 automation pre-studies in SMEs and co-organised the annual Automation Days Västerås, whose 2037 edition attracted 1,100 visitors. Membership grew from 23 organisations in 2034 to 156 in 2038."),
("b","At the same time the evaluation notes that the cluster's activities were concentrated in Västerås: members from Sala and Arboga made up 9% of the membership but took part in only 3% of the pre-studies."),
]
p2 = [
("h2","Findings"),
("b","1. The cluster has become the recognised meeting point for automation in the county and is valued by both large companies and SMEs"),
("b","2. Pre-studies lead to investment: 38 of the 61 companies that completed one had invested in automation within eighteen months"),
("b","3. The cluster depends on public money for 81% of its budget, which makes it vulnerable to changes in regional priorities"),
("b","4. Cooperation with Mälardalen University is strong in research but weak in continuing education for operators"),
("b","5. The monitoring system records activities but not the effects on productivity or employment"),
("h2","Recommendations"),
("b","• Continue regional funding for 2039–2042, with a rising share of member fees and paid services"),
("b","• Open a satellite test bed in Köping or Sala to reach companies outside Västerås"),
("b","• Develop, together with Mälardalen University and the municipal adult education centres, a short course for automation operators"),
("b","• Introduce effect indicators in the monitoring, measured by a yearly member survey"),
("b","• Join at least one European Strategic Cluster Partnership to strengthen international links"),
("h2","Follow-up"),
("b","The Regional Development Committee discussed the evaluation at its meeting on Thursday 2 December 2038. It decided to prepare a new funding agreement with the cluster for the period 2039–2042, to be signed by 31 January 2039."),
("b","The results will be presented to members at the cluster's annual meeting on Wednesday 9 February 2039 in Västerås. Contact at Region Västmanland: Maria Nilsson Haddad, analyst, Department for Regional Development."),
("s","Nordisk Policyanalys AB · Box 0000, 751 00 Uppsala · The full report (96 pages, in Swedish) can be requested from the Department for Regional Development."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
M="Mälardalen Automation Cluster"
gold(F,
 [P("Karin Åkesson-Lund","team leader","Nordisk Policyanalys AB"),
  P("Tobias Falk",None,"Nordisk Policyanalys AB"),
  P("Aleksandra Wiśniewska",None,"Nordisk Policyanalys AB"),
  P("Lena Dahlgren-Ohlsson","Board chair",M),
  P("Johan Bergkvist","cluster manager",M),
  P("Maria Nilsson Haddad","analyst","Department for Regional Development")],
 [O(M,"MAC"), O("Region Västmanland"), O("Department for Regional Development"), O("Nordisk Policyanalys AB"),
  O("Mälardalen University"), O("Västerås Drive Systems AB"), O("Regional Development Committee")],
 [E("validation seminar","2038-09-27",None,"Västerås","Sweden"),
  E("Automation Days Västerås","2037",None,"Västerås","Sweden"),
  E("meeting","2038-12-02",None,None,None),
  E("annual meeting","2039-02-09",None,"Västerås","Sweden")],
 ["2034/2038","2038-11-24","2034","2038-05/2038-10","2038-09-27","2037","2038","2039/2042","2038-12-02","2039-01-31","2039-02-09"],
 ["The cluster has become the recognised meeting point for automation in the county and is valued by both large companies and SMEs",
  "Pre-studies lead to investment: 38 of the 61 companies that completed one had invested in automation within eighteen months",
  "The cluster depends on public money for 81% of its budget, which makes it vulnerable to changes in regional priorities",
  "Cooperation with Mälardalen University is strong in research but weak in continuing education for operators",
  "The monitoring system records activities but not the effects on productivity or employment",
  "Continue regional funding for 2039–2042, with a rising share of member fees and paid services",
  "Open a satellite test bed in Köping or Sala to reach companies outside Västerås",
  "Develop, together with Mälardalen University and the municipal adult education centres, a short course for automation operators",
  "Introduce effect indicators in the monitoring, measured by a yearly member survey",
  "Join at least one European Strategic Cluster Partnership to strengthen international links"],
 pub="2038-11-24")
