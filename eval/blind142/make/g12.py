from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g12_malaga_eurocluster_final_results.pdf'
assert wd(2040,9,19)=='Wednesday' and wd(2040,9,20)=='Thursday' and wd(2040,10,31)=='Wednesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'SMART-HOST Eurocluster · Final results and recommendations')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='SMART-HOST final results', author='Andalucía Smart Tourism Cluster')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","SMART-HOST Eurocluster: what 30 months of support did for 212 tourism SMEs"),
("b","Final results brochure · Málaga, September 2040"),
("s","Coordinator: Andalucía Smart Tourism Cluster (ASTC), Málaga TechPark · Authors: Lucía Moreno-Caballero (project coordinator), Pieter-Jan Claes, Aino Virtanen · Funded by the European Union under the Single Market Programme (Joint Cluster Initiatives – Euroclusters)"),
("h2","The partnership"),
("b","SMART-HOST ran from 1 March 2038 to 31 August 2040 and brought together six partners: Andalucía Smart Tourism Cluster (ASTC) in Málaga as coordinator; Flanders Hospitality Innovation vzw in Ghent; Visit Finland Tech Cluster ry in Rovaniemi; Klaster Turystyczny Dolnego Śląska in Wrocław; the Croatian Tourism Cluster Association (HUTK) in Split; and the Greek consultancy Aegean Insights IKE in Heraklion."),
("h2","What we did"),
("b","The Eurocluster opened three calls for SMEs in hotels, restaurants, tour operators and attractions. 212 companies from 14 countries received financial support for digitalisation, energy savings or staff training, in grants of EUR 5,000 to EUR 40,000. The third call closed on 31 October 2039. In addition, 64 companies took part in study trips to Ghent, Rovaniemi and Split, and 410 people followed the online academy."),
("b","“Small family hotels do not need a strategy document. They need someone who helps them switch to a booking system that talks to the heat pump,” says Lucía Moreno-Caballero, who coordinated the project for ASTC."),
("h2","Main results"),
("b","• 212 SMEs supported with EUR 4.1 million in financial support to third parties<br/>• average energy use per overnight stay in supported hotels reduced by 17%<br/>• 58 companies introduced a new digital service for guests<br/>• 9 cross-border partnerships between SMEs still active after the end of the project"),
("b","The evaluation was carried out by Dr. Marta Ruiz de Alda, independent evaluator, between May and July 2040. She interviewed 48 beneficiaries and the managers of all six partner clusters."),
]
p2 = [
("h2","Lessons learnt"),
("b","1. Short, simple application forms brought in many first-time applicants; half of the beneficiaries had never received EU funding"),
("b","2. Grants alone were not enough: companies that also joined a study trip implemented their projects faster"),
("b","3. Energy projects needed longer than 9 months; the calls should allow 12"),
("h2","Recommendations"),
("b","1. The European Commission should keep a share of Eurocluster budgets for repeat support to the same SMEs"),
("b","2. Regional authorities should align their own vouchers with Eurocluster calls so that companies can combine them"),
("b","3. Clusters in tourism should share one European pool of evaluators and mentors"),
("b","4. Future calls should include seasonal businesses that close for part of the year"),
("h2","Final conference"),
("b","The results were presented at the SMART-HOST final conference in Málaga on Wednesday 19 and Thursday 20 September 2040, at the Palacio de Ferias y Congresos. Speakers included Kerstin Lindahl-Bauer, Head of Unit for tourism and textiles at DG GROW; Ricardo Delgado Ortega, Director General of Tourism of the Junta de Andalucía; and Marijana Kovač-Perić, manager of HUTK. On the second day, participants visited three supported hotels in Marbella and Ronda."),
("b","Earlier project events included the kick-off in Málaga in March 2038, the mid-term partner meeting in Wrocław on 12-13 April 2039 and the Euroclusters networking day in Brussels on 6 December 2039."),
("h2","Contact"),
("s","Andalucía Smart Tourism Cluster · Málaga TechPark, Calle Severo Ochoa 00, 29590 Málaga · smarthost@astc.example.es · Funded by the European Union. Views and opinions expressed are those of the authors only."),
]
assert wd(2039,4,12)=='Tuesday' and wd(2039,12,6)=='Tuesday'
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
A="Andalucía Smart Tourism Cluster"
gold(F,
 [P("Lucía Moreno-Caballero","project coordinator",A),
  P("Pieter-Jan Claes",None,None), P("Aino Virtanen",None,None),
  P("Marta Ruiz de Alda","independent evaluator",None),
  P("Kerstin Lindahl-Bauer","Head of Unit for tourism and textiles","DG GROW"),
  P("Ricardo Delgado Ortega","Director General of Tourism","Junta de Andalucía"),
  P("Marijana Kovač-Perić","manager","HUTK")],
 [O(A,"ASTC"), O("Flanders Hospitality Innovation vzw"), O("Visit Finland Tech Cluster ry"),
  O("Klaster Turystyczny Dolnego Śląska"), O("Croatian Tourism Cluster Association","HUTK"), O("Aegean Insights IKE"),
  O("European Commission"), O("DG GROW"), O("Junta de Andalucía")],
 [E("SMART-HOST final conference","2040-09-19","2040-09-20","Málaga","Spain"),
  E("visited three supported hotels in Marbella and Ronda","2040-09-20",None,"Marbella, Ronda","Spain"),
  E("kick-off","2038-03",None,"Málaga","Spain"),
  E("mid-term partner meeting","2039-04-12","2039-04-13","Wrocław","Poland"),
  E("Euroclusters networking day","2039-12-06",None,"Brussels","Belgium")],
 ["2040-09","2038-03-01/2040-08-31","2039-10-31","2040-05/2040-07","2040-09-19/2040-09-20","2038-03","2039-04-12/2039-04-13","2039-12-06"],
 ["212 SMEs supported with EUR 4.1 million in financial support to third parties",
  "average energy use per overnight stay in supported hotels reduced by 17%",
  "58 companies introduced a new digital service for guests",
  "9 cross-border partnerships between SMEs still active after the end of the project",
  "Short, simple application forms brought in many first-time applicants; half of the beneficiaries had never received EU funding",
  "Grants alone were not enough: companies that also joined a study trip implemented their projects faster",
  "Energy projects needed longer than 9 months; the calls should allow 12",
  "The European Commission should keep a share of Eurocluster budgets for repeat support to the same SMEs",
  "Regional authorities should align their own vouchers with Eurocluster calls so that companies can combine them",
  "Clusters in tourism should share one European pool of evaluators and mentors",
  "Future calls should include seasonal businesses that close for part of the year"],
 pub="2040-09")
