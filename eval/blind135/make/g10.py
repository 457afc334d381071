from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g10_southern_denmark_cluster_evaluation.pdf'
assert wd(2036,11,27)=='Thursday' and wd(2037,1,22)=='Thursday' and wd(2036,12,10)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Evaluation of the Southern Denmark Cluster Programme 2031–2036 · Executive summary')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Evaluation of the Southern Denmark Cluster Programme', author='Nordisk Evalueringsinstitut ApS')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Evaluation of the Southern Denmark Cluster Programme 2031–2036"),
("b","Executive summary – final report to the Regional Council"),
("s","Commissioned by: Region of Southern Denmark (Region Syddanmark), Regional Development Department, Vejle · Evaluator: Nordisk Evalueringsinstitut ApS, Aarhus · Team: Dr. Sofie Kjær-Lindberg (team leader), Emil Bach, Ana-Maria Popescu · Submitted: 27 November 2036 · Discussed at the meeting of the Business and Growth Committee on 10 December 2036"),
("h2","Purpose and scope"),
("b","Between 2031 and 2036 the Region of Southern Denmark supported five regional clusters through a dedicated programme with a total budget of DKK 212 million: Odense Robotics, the Welfare Tech cluster, the Esbjerg-based Energy Cluster Denmark West, the Kolding design and furniture network Design Syd, and the food cluster Fødevarenetværk Sønderjylland. This evaluation asked three questions: did the clusters reach the companies they were meant to reach, did their services lead to innovation and growth in those companies, and does the programme offer good value compared with other forms of business support?"),
("b","The evaluators combined register data from Statistics Denmark for 1,140 participating companies and a matched control group, an online survey of cluster members (487 replies), 36 interviews and two validation workshops held in Odense and Sønderborg in September 2036. The draft findings were also presented at the Danish Cluster Policy Day in Copenhagen on 4 October 2036."),
("h2","The programme in figures"),
("b","• 1,140 companies took part in at least one cluster activity; 62% of them were small firms with fewer than 50 employees.<br/>• 318 collaborative innovation projects were started, 41% of them with a university or a GTS institute as partner.<br/>• Participating companies grew their value added 4.1 percentage points faster than the control group over three years.<br/>• Odense Robotics and Energy Cluster Denmark West accounted for more than half of all projects."),
("b","In the preface, Regional Council member Henrik Thygesen-Aagaard, chair of the Business and Growth Committee, writes that the evaluation \"gives us facts instead of anecdotes\" as the region prepares its next business development strategy."),
]
p2 = [
("h2","Main findings"),
("b","1. The programme reached its target group: most participants were small and medium-sized companies that had not worked with a university before"),
("b","2. Companies that took part in collaborative projects grew faster than comparable companies, but the effect is concentrated in manufacturing and energy"),
("b","3. The clusters for welfare technology and food reached many companies but rarely led to projects with measurable results"),
("b","4. Cooperation between the five clusters was weak; joint activities were limited to two events a year"),
("b","5. Reporting was heavy: cluster managers spent up to a fifth of their time on documentation for the region"),
("h2","Recommendations"),
("b","1. Continue the programme after 2036, but concentrate funding on collaborative projects rather than on general networking"),
("b","2. Introduce a common set of result indicators for all clusters and cut reporting to one annual report"),
("b","3. Give the welfare technology and food clusters a two-year development plan with clear targets"),
("b","4. Fund at least one cross-cluster call a year on themes such as automation in food processing"),
("b","5. Align the programme with the national cluster strategy and with the Danish Board of Business Development"),
("h2","Voices from the interviews"),
("b","\"The cluster opened the door to the university for us. We would never have called SDU on our own,\" said Jens-Ole Mikkelsen, CEO of the Odense robot integrator Fynsk Automation A/S. Birgitte van Deurs, Cluster Manager of Fødevarenetværk Sønderjylland, agreed with the criticism: \"We have been good at meetings and less good at results.\""),
("h2","What happens next"),
("b","The follow-up programme will be decided at the Regional Council meeting on Thursday 22 January 2037. Clusters wishing to apply for the new period can submit an expression of interest until 31 March 2037."),
("s","Contact: Regional Development Department, Region of Southern Denmark, Damhaven 12, 7100 Vejle · The full report (118 pages) and the technical annex with the register analysis are available on the region's website."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
R="Region of Southern Denmark"; N="Nordisk Evalueringsinstitut ApS"
gold(F,
 [P("Sofie Kjær-Lindberg","team leader",N), P("Emil Bach",None,N), P("Ana-Maria Popescu",None,N),
  P("Henrik Thygesen-Aagaard","chair of the Business and Growth Committee","Regional Council"),
  P("Jens-Ole Mikkelsen","CEO","Fynsk Automation A/S"),
  P("Birgitte van Deurs","Cluster Manager","Fødevarenetværk Sønderjylland")],
 [O(R), O("Regional Development Department"), O(N), O("Regional Council"), O("Business and Growth Committee"),
  O("Odense Robotics"), O("Welfare Tech"), O("Energy Cluster Denmark West"), O("Design Syd"),
  O("Fødevarenetværk Sønderjylland"), O("Statistics Denmark"), O("SDU"), O("Fynsk Automation A/S"),
  O("Danish Board of Business Development")],
 [E("meeting of the Business and Growth Committee","2036-12-10",None,None,None),
  E("validation workshops","2036-09",None,"Odense, Sønderborg","Denmark"),
  E("Danish Cluster Policy Day","2036-10-04",None,"Copenhagen","Denmark"),
  E("Regional Council meeting","2037-01-22",None,None,None)],
 ["2031/2036","2036-11-27","2036-12-10","2036-09","2036-10-04","2036","2037-01-22","2037-03-31"],
 ["The programme reached its target group: most participants were small and medium-sized companies that had not worked with a university before",
  "Companies that took part in collaborative projects grew faster than comparable companies, but the effect is concentrated in manufacturing and energy",
  "The clusters for welfare technology and food reached many companies but rarely led to projects with measurable results",
  "Cooperation between the five clusters was weak; joint activities were limited to two events a year",
  "Reporting was heavy: cluster managers spent up to a fifth of their time on documentation for the region",
  "Continue the programme after 2036, but concentrate funding on collaborative projects rather than on general networking",
  "Introduce a common set of result indicators for all clusters and cut reporting to one annual report",
  "Give the welfare technology and food clusters a two-year development plan with clear targets",
  "Fund at least one cross-cluster call a year on themes such as automation in food processing",
  "Align the programme with the national cluster strategy and with the Danish Board of Business Development"],
 pub="2036-11-27")
