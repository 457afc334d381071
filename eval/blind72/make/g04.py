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
REC = ["Give the Welsh compound semiconductor cluster a ten-year funding settlement instead of three-year project grants",
 "Create a shared pilot line for power electronics packaging in Newport, open to SMEs at cost price",
 "Fund 150 technician apprenticeships a year in cleanroom and wafer processing through the further education colleges of South East Wales",
 "Appoint a single point of contact in the Welsh Government for inward investors in semiconductors",
 "Link the cluster formally to the European Chips Act competence centres and pilot lines",
 "Publish a yearly cluster scorecard with jobs, investment, patents and skills indicators"]
FN = 'south-wales-semiconductor-cluster-policy-paper-2033.pdf'
story = [Paragraph("POLICY PAPER 2033/2 · Cardiff, June 2033", st),
 Paragraph("Keeping the lead: ten years of compound semiconductors in South Wales and what comes next", h1),
 Paragraph("Prepared by the Cardiff Centre for Industrial Strategy (CCIS) for CSconnect Cymru Ltd, the cluster organisation of the compound "
  "semiconductor industry in Wales. Authors: Prof. Rhiannon Pritchard-Evans, Dr. Owain ap Gwilym and Dr. Mehmet Yıldırım. "
  "Published on " + wd(2033,6,14) + " 14 June 2033.", st),
 Paragraph("South Wales hosts one of the few complete compound semiconductor value chains in Europe: epitaxy, wafer fabrication, packaging, "
  "test and system integration within forty miles of Newport. CSconnect Cymru counts 64 members, employs a team of seven and is "
  "led by its managing director, Catrin Llewellyn-Hughes. This paper reviews the decade since the cluster organisation was founded "
  "in 2023 and sets out what the industry asks of the Welsh and UK governments for the period 2034–2040.", st),
 Spacer(1, 6)]
box = Table([[Paragraph("<b>Recommendations</b>", st)]] + [[Paragraph(f"{i+1}. {k}", st)] for i, k in enumerate(REC)], colWidths=[480])
box.setStyle(TableStyle([('BACKGROUND', (0,0), (-1,-1), colors.HexColor('#e6eef7')), ('BOX', (0,0), (-1,-1), 1, colors.HexColor('#2a4a6a')),
    ('LEFTPADDING', (0,0), (-1,-1), 10), ('RIGHTPADDING', (0,0), (-1,-1), 10)]))
story += [box, Spacer(1, 8),
 Paragraph("The paper was discussed with members at a round table at the Celtic Manor, Newport, on " + wd(2033,5,23) + " 23 May 2033 and will be presented "
  "to the Senedd's Economy, Trade and Rural Affairs Committee in the autumn.", st),
 NextPageTemplate('two'), PageBreak(),
 Paragraph("1. A decade of growth", h2),
 Paragraph("Between 2023 and 2032 employment in the cluster's core firms rose from about 2,600 to 4,100 jobs, and turnover more than doubled. "
  "Three foreign investors opened plants in the Newport and Caerphilly area, and two university spin-outs from Swansea University "
  "reached more than a hundred employees. The Compound Semiconductor Applications Catapult and Cardiff University's Institute for "
  "Compound Semiconductors have given the region research capacity that few places in Europe can match.", st),
 Paragraph("2. Where the cluster is vulnerable", h2),
 Paragraph("The interviews with 38 chief executives, carried out between January and April 2033, point to three weaknesses. First, the cluster "
  "organisation lives from short project grants: in 2032 only 22% of its income came from membership fees. Second, SMEs have no "
  "affordable access to packaging and test lines and send prototypes to the Netherlands or Germany. Third, recruitment of "
  "technicians has become the main brake on growth; vacancies stay open for five months on average.", st),
 Paragraph("3. What other regions do", h2),
 Paragraph("We compared South Wales with Silicon Saxony in Dresden, the Grenoble ecosystem around Minalogic and the Leuven region. All three "
  "combine long-term core funding of the cluster organisation with shared pilot infrastructure. In Saxony, the regional government "
  "guarantees the cluster's basic budget for ten years, subject to a mid-term review.", st),
 Paragraph("4. Costs and funding", h2),
 Paragraph("We estimate the cost of the recommended measures at GBP 95 million over 2034–2040, of which GBP 60 million for the pilot line. "
  "About half could come from the private sector and from European partnerships open to UK participants.", st),
 Paragraph("5. Next steps", h2),
 Paragraph("CSconnect Cymru's board, under its chair Dr. Geraint Rees-Morgan (IQE Wafer Technologies Ltd), endorsed the recommendations on "
  + wd(2033,6,6) + " 6 June 2033. The cluster will ask the Minister for Economy for a meeting before the summer recess and will report on "
  "progress at the Wales Semiconductor Summit 2033, to be held in Cardiff on " + wd(2033,11,8) + " 8 and " + wd(2033,11,9) + " 9 November 2033.", st),
 Paragraph("About the authors", h2),
 Paragraph("Rhiannon Pritchard-Evans is professor of regional economics and director of the CCIS. Owain ap Gwilym is a research fellow at the "
  "CCIS. Mehmet Yıldırım is a visiting researcher from Middle East Technical University, Ankara. The views are the authors' own.", st),
 Paragraph("Acknowledgements", h2),
 Paragraph("We thank the members of CSconnect Cymru and the staff of the Welsh Government's Economy Department for their time, and "
  "Siân Ellis-Thomas for editing the paper.", st)]
def footer(c, doc):
    c.saveState(); c.setFont('DV', 7); c.drawString(40, 25, f"CCIS Policy Paper 2033/2 – page {doc.page}"); c.restoreState()
doc = BaseDocTemplate(os.path.join(B, 'docs', FN), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45, title='CCIS Policy Paper 2033/2')
W, H = A4
one = Frame(50, 45, W - 100, H - 90, id='f1')
c1 = Frame(50, 45, (W - 115) / 2, H - 90, id='c1'); c2 = Frame(50 + (W - 115) / 2 + 15, 45, (W - 115) / 2, H - 90, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=footer), PageTemplate('two', [c1, c2], onPage=footer)])
doc.build(story)
gold(FN,
 [P('Rhiannon Pritchard-Evans','director','Cardiff Centre for Industrial Strategy'), P('Owain ap Gwilym','research fellow','Cardiff Centre for Industrial Strategy'),
  P('Mehmet Yıldırım','visiting researcher','Middle East Technical University'), P('Catrin Llewellyn-Hughes','managing director','CSconnect Cymru Ltd'),
  P('Geraint Rees-Morgan','chair','CSconnect Cymru Ltd'), P('Siân Ellis-Thomas',None,None)],
 [O('Cardiff Centre for Industrial Strategy','CCIS'), O('CSconnect Cymru Ltd'), O('Welsh Government'), O('Senedd'), O("Economy, Trade and Rural Affairs Committee"),
  O('Swansea University'), O('Compound Semiconductor Applications Catapult'), O("Cardiff University's Institute for Compound Semiconductors"),
  O('Silicon Saxony'), O('Minalogic'), O('IQE Wafer Technologies Ltd'), O('Middle East Technical University'), O("Economy Department")],
 [E('round table','2033-05-23','2033-05-23','Newport','United Kingdom'), E('Wales Semiconductor Summit 2033','2033-11-08','2033-11-09','Cardiff','United Kingdom')],
 ['2033-06','2033-06-14','2023','2034/2040','2033-05-23','2023/2032','2033-01/2033-04','2032','2033-06-06','2033-11-08/2033-11-09'],
 km=REC, pub='2033-06-14')
