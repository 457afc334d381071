import os
from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, Spacer, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
st = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=4)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=16, leading=20, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
KR = ["Set up a regional fund for the retrofitting of rubber and polymer lines, co-financed by the Region and the large manufacturers",
      "Make skills for recycled elastomers part of every vocational programme in the Puy-de-Dôme by 2036",
      "Give cluster organisations a formal seat in the steering of the regional smart specialisation strategy",
      "Open the test tracks and laboratories of large firms to SMEs under a shared-access charter",
      "Measure the cluster's results every two years with a common set of ten indicators"]
FN = 'clermont-mobility-rubber-cluster-policy-brief-2035.pdf'
story = [Paragraph("POLICY BRIEF No. 7 · March 2035", st),
 Paragraph("From tyres to circular mobility: what the Clermont-Ferrand cluster needs from regional policy", h1),
 Paragraph("Authors: Dr. Hélène Chabrol-Vidal and Benoît de La Tour d’Auvergne (Observatoire régional de l’industrie, ORI), with "
  "Prof. Dr. Jens-Uwe Hackländer (Fraunhofer Institute for Structural Durability and System Reliability LBF). Published on 17 March 2035.", st),
 Paragraph("Clermont-Ferrand and the Puy-de-Dôme host one of Europe’s densest concentrations of rubber, tyre and polymer know-how. "
  "The Elastopôle Auvergne cluster organisation counts 118 members, from global tyre makers to family-owned compounders. "
  "This brief summarises a study carried out between September 2034 and February 2035 for the Auvergne-Rhône-Alpes Region. "
  "It is based on a survey of 74 member companies, 31 interviews and two workshops in Clermont-Ferrand.", st),
 Spacer(1, 6)]
box = Table([[Paragraph("<b>Key recommendations</b>", st)]] + [[Paragraph(f"{i+1}. {k}", st)] for i, k in enumerate(KR)], colWidths=[460])
box.setStyle(TableStyle([('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#e8f0e0')), ('BOX', (0,0), (-1,-1), 1, colors.HexColor('#4a6a2a')),
    ('LEFTPADDING', (0,0), (-1,-1), 10), ('RIGHTPADDING', (0,0), (-1,-1), 10)]))
story += [box, Spacer(1, 8),
 Paragraph("The brief was presented to the Region’s Economic Development Committee on 2 April 2035 and will be discussed with members at the "
  "Elastopôle annual meeting in Clermont-Ferrand on 12 June 2035.", st),
 NextPageTemplate('two'), PageBreak(),
 Paragraph("1. Why the cluster matters", h2),
 Paragraph("The rubber and polymer value chain employs about 21,000 people in the Puy-de-Dôme and the Allier. Michelin remains the anchor, "
  "but more than half of the cluster’s members are small firms that supply compounds, moulds, testing and recycling services. "
  "Their competitiveness now depends on how fast they adapt to electric vehicles, lighter tyres and the end-of-life rules that "
  "the European Union will apply from 2030.", st),
 Paragraph("2. What the study found", h2),
 Paragraph("Three quarters of the surveyed SMEs say that they cannot finance the retrofitting of their production lines alone. Only 12% have "
  "access to a test track, and most send samples abroad for testing. Recruitment is the second bottleneck: the vocational schools "
  "in Thiers and Issoire train too few technicians in elastomer chemistry, and none in recycling.", st),
 Paragraph("The cluster organisation itself is strong in networking and weak in strategy. It ran 46 events in 2034 but has no seat in the "
  "steering of the regional strategy and no agreed way of measuring its results. Cooperation with the Clermont Auvergne University "
  "(UCA) and the SIGMA Clermont engineering school is good, but mostly informal.", st),
 Paragraph("3. Lessons from other regions", h2),
 Paragraph("The authors compared the Clermont-Ferrand cluster with the plastics cluster of Upper Austria and the polymer network in Darmstadt. "
  "Both work with shared-access charters for laboratories, and both have a regional fund that co-finances retrofitting with the "
  "large firms. In Linz, the Business Upper Austria agency measures cluster results every two years with a short list of indicators.", st),
 Paragraph("4. What it would cost", h2),
 Paragraph("A retrofitting fund of EUR 40 million over 2036–2040, half of it private, would allow about 60 SMEs to convert one line each. "
  "The skills measures could be financed within existing budgets if the Region and the Rectorat of Clermont-Ferrand agree "
  "on common curricula by the end of 2035.", st),
 Paragraph("5. Next steps", h2),
 Paragraph("The ORI will publish the full study in May 2035. A round table with the Region’s Vice-President for Industry, Sandrine "
  "Morel-Ducros, and the President of Elastopôle Auvergne, Jean-Baptiste Fayolle, is planned for the autumn.", st),
 Paragraph("About the authors", h2),
 Paragraph("Hélène Chabrol-Vidal is head of studies at the ORI. Benoît de La Tour d’Auvergne is a senior economist at the ORI and "
  "previously worked for the Banque de France in Lyon. Jens-Uwe Hackländer leads the polymer testing group of Fraunhofer LBF in "
  "Darmstadt. The study was steered by a committee chaired by Anne-Sophie Mallet-Koenig, director of the Elastopôle Auvergne cluster.", st),
 Paragraph("Contact: ORI, 4 place de Jaude, Clermont-Ferrand · Policy Brief series editor: Yannick Boudet", st)]
def footer(c, doc):
    c.saveState(); c.setFont('DV', 7); c.drawString(40, 25, f"ORI Policy Brief No. 7 – March 2035 – page {doc.page}"); c.restoreState()
doc = BaseDocTemplate(os.path.join(B, 'docs', FN), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45, title='ORI Policy Brief 7')
W, H = A4
one = Frame(50, 45, W - 100, H - 90, id='f1')
c1 = Frame(50, 45, (W - 115) / 2, H - 90, id='c1'); c2 = Frame(50 + (W - 115) / 2 + 15, 45, (W - 115) / 2, H - 90, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=footer), PageTemplate('two', [c1, c2], onPage=footer)])
doc.build(story)
gold(FN,
 [P('Hélène Chabrol-Vidal','head of studies','Observatoire régional de l’industrie'), P('Benoît de La Tour d’Auvergne','senior economist','Observatoire régional de l’industrie'),
  P('Jens-Uwe Hackländer',None,'Fraunhofer Institute for Structural Durability and System Reliability'),
  P('Sandrine Morel-Ducros','Vice-President for Industry',None), P('Jean-Baptiste Fayolle','President','Elastopôle Auvergne'),
  P('Anne-Sophie Mallet-Koenig','director','Elastopôle Auvergne'), P('Yannick Boudet','Policy Brief series editor',None)],
 [O('Observatoire régional de l’industrie','ORI'), O('Fraunhofer Institute for Structural Durability and System Reliability','LBF'), O('Elastopôle Auvergne'),
  O('Auvergne-Rhône-Alpes Region'), O('Economic Development Committee'), O('Michelin'), O('European Union'), O('Clermont Auvergne University','UCA'),
  O('SIGMA Clermont'), O('Business Upper Austria'), O('Rectorat of Clermont-Ferrand'), O('Banque de France')],
 [E('Elastopôle annual meeting','2035-06-12','2035-06-12','Clermont-Ferrand','France'), E('Economic Development Committee meeting','2035-04-02','2035-04-02',None,None), E('round table',None,None,None,None)],
 ['2035-03','2035-03-17','2036','2034-09/2035-02','2035-04-02','2035-06-12','2030','2034','2036/2040','2035','2035-05'],
 km=KR, pub='2035-03-17')
