from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g09_campania_aerospace_study.pdf'
assert wd(2039,3,8)=='Tuesday' and wd(2039,6,16)=='Thursday' and wd(2039,5,20)=='Friday' and wd(2038,11,24)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Going global from Campania · Summary report · May 2039')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Going global from Campania – summary report', author='Distretto Aerospaziale della Campania')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Going global from Campania: internationalisation of the regional aerospace supply chain"),
("b","Summary report of a study commissioned by the Distretto Aerospaziale della Campania (DAC)"),
("s","Naples, 20 May 2039 · Authors: Giovanna De Luca-Ferrante (lead author), Matteo Iannaccone, Sophie Laurent-Brémond · Meridiana Policy Lab S.r.l., Salerno · Steering group chaired by Prof. Antonio Esposito, Università degli Studi di Napoli Federico II"),
("h2","Why this study"),
("b","Campania hosts one of Italy's densest aerospace clusters: large integrators around Naples and Pomigliano d'Arco, the Italian Aerospace Research Centre (CIRA) in Capua, and some 150 small and medium-sized suppliers of parts, tooling, composites and engineering services. Most of these suppliers still sell almost exclusively to one or two domestic customers. In November 2038 the board of the DAC asked for a study on how the district could help its SMEs enter European and global supply chains."),
("b","The study ran from December 2038 to April 2039. The team analysed export data for 2034–2038, surveyed 118 member companies (61 replies), interviewed 24 purchasing managers of primes and tier-one suppliers in Italy, France, Germany and Spain, and held a focus group with 14 SMEs at the Pomigliano d'Arco site of Leonardo S.p.A. on Tuesday 8 March 2039."),
("h2","The supply chain in numbers"),
("b","• 62% of the responding SMEs earn more than half of their turnover from a single customer.<br/>• Only 11 of the 61 respondents hold the EN 9100 certificate together with a NADCAP accreditation, which many foreign buyers require.<br/>• Exports of the regional aerospace SMEs grew by 4% a year between 2034 and 2038, half the rate of comparable SMEs in Piedmont and Lombardy.<br/>• Companies that took part in the district's 2037 mission to Toulouse report 9 new foreign contacts on average, and three of them have since signed supply contracts."),
("b","Ciro Mastrangelo, president of the DAC, writes in the foreword that the figures \"confirm what our members tell us every day: they are good enough for the world market, but too small to find it on their own\"."),
]
p2 = [
("h2","Key findings"),
("b","1. The dependence of regional SMEs on a few domestic customers is the main risk for the district and the main barrier to growth"),
("b","2. Certification, not technology, is the most frequent reason why foreign buyers do not qualify Campanian suppliers"),
("b","3. Joint offers by groups of SMEs are welcomed by buyers but are rarely prepared, because no one coordinates them"),
("b","4. Existing export support from Agenzia ICE and the Chamber of Commerce of Naples is known to only a third of the companies"),
("h2","Recommendations"),
("b","The authors recommend that the DAC and its partners:"),
("b","• set up a certification support desk that helps at least 20 SMEs obtain EN 9100 and NADCAP by 2041"),
("b","• form three supplier consortia (machining, composites, engineering services) able to make joint offers to tier-one suppliers"),
("b","• organise one buyer mission per year to a European aerospace hub, starting with Hamburg in 2040"),
("b","• agree with Regione Campania on a voucher for international trade fairs reserved for first-time exhibitors"),
("b","• monitor export diversification of members yearly and publish the results"),
("h2","Next steps"),
("b","The results will be presented to members at the Aerospace Days Campania on Thursday 16 June 2039 in Naples, in the presence of the Regional Councillor for Productive Activities, Raffaella Cuomo. The DAC will decide on the certification desk at its board meeting in July 2039."),
("b","The study team thanks Unione Industriali Napoli, the Chamber of Commerce of Naples and CIRA for their support, and Marco Russo-Grimaldi (DAC) for coordinating the survey."),
("s","Contact: Distretto Aerospaziale della Campania S.c.a.r.l. · Centro Direzionale, Isola F, Naples · studi@dac.example.it · The full report (96 pages) is available to DAC members."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
DAC="Distretto Aerospaziale della Campania"
gold(F,
 [P("Giovanna De Luca-Ferrante","lead author","Meridiana Policy Lab S.r.l."),
  P("Matteo Iannaccone",None,"Meridiana Policy Lab S.r.l."),
  P("Sophie Laurent-Brémond",None,"Meridiana Policy Lab S.r.l."),
  P("Antonio Esposito",None,"Università degli Studi di Napoli Federico II"),
  P("Ciro Mastrangelo","president","DAC"),
  P("Raffaella Cuomo","Regional Councillor for Productive Activities",None),
  P("Marco Russo-Grimaldi",None,"DAC")],
 [O(DAC+" S.c.a.r.l.","DAC"), O("Meridiana Policy Lab S.r.l."), O("Università degli Studi di Napoli Federico II"),
  O("Italian Aerospace Research Centre","CIRA"), O("Leonardo S.p.A."), O("Agenzia ICE"), O("Chamber of Commerce of Naples"),
  O("Regione Campania"), O("Unione Industriali Napoli")],
 [E("focus group","2039-03-08",None,"Pomigliano d'Arco","Italy"),
  E("mission to Toulouse","2037",None,"Toulouse","France"),
  E("Aerospace Days Campania","2039-06-16",None,"Naples","Italy"),
  E("board meeting","2039-07",None,None,None)],
 ["2039-05","2039-05-20","2038-11","2038-12/2039-04","2034/2038","2039-03-08","2037","2041","2040","2039-06-16","2039-07"],
 ["The dependence of regional SMEs on a few domestic customers is the main risk for the district and the main barrier to growth",
  "Certification, not technology, is the most frequent reason why foreign buyers do not qualify Campanian suppliers",
  "Joint offers by groups of SMEs are welcomed by buyers but are rarely prepared, because no one coordinates them",
  "Existing export support from Agenzia ICE and the Chamber of Commerce of Naples is known to only a third of the companies",
  "set up a certification support desk that helps at least 20 SMEs obtain EN 9100 and NADCAP by 2041",
  "form three supplier consortia (machining, composites, engineering services) able to make joint offers to tier-one suppliers",
  "organise one buyer mission per year to a European aerospace hub, starting with Hamburg in 2040",
  "agree with Regione Campania on a voucher for international trade fairs reserved for first-time exhibitors",
  "monitor export diversification of members yearly and publish the results"],
 pub="2039-05-20")
