from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate, Table
from reportlab.lib.styles import getSampleStyleSheet
import os
ss = getSampleStyleSheet(); N = ss['Normal']; H = ss['Heading2']
out = os.path.join(B, 'docs', 'SCC_Annual-Activity-Report-2032.pdf')
def hdr(c, d):
    c.saveState(); c.setFont('Helvetica', 8)
    c.drawString(40, 810, "Styrian Cleantech Cluster – Annual Activity Report 2032")
    c.drawRightString(555, 20, "Page %d" % d.page); c.restoreState()
W, Hh = A4
doc = BaseDocTemplate(out, pagesize=A4)
f1 = Frame(40, 50, 250, 740, id='c1'); f2 = Frame(305, 50, 250, 740, id='c2'); f3 = Frame(40, 50, 515, 740, id='one')
doc.addPageTemplates([PageTemplate('two', [f1, f2], onPage=hdr), PageTemplate('one', [f3], onPage=hdr)])
S = []
S.append(Paragraph("Annual Activity Report 2032", ss['Heading1']))
S.append(Paragraph("Graz, April 2033", N))
S.append(Paragraph("Foreword", H))
S.append(Paragraph("2032 was the year in which Styrian Cleantech Cluster GmbH (SCC) passed 250 partners. Together with "
 "the Styrian Business Promotion Agency (SFG) and the State of Styria we launched the Heat Pump Skills Alliance, and "
 "our companies won 14 projects under Horizon Europe and LIFE. I thank our board, our team and our partners. "
 "– Ulrike Pichler-Mayr, Managing Director", N))
S.append(Paragraph("Highlights", H))
S.append(Paragraph("Cleantech Days Graz, 9–10 March 2032, with 620 participants from 19 countries.", N))
S.append(Paragraph("Delegation to IFAT in Munich, 13–17 May 2032, with eight member companies.", N))
S.append(Paragraph("Cleantech matchmaking with the Slovenian Energy Cluster (SEC) in Maribor on 29 September 2032.", N))
S.append(FrameBreak())
S.append(Paragraph("Team", H))
S.append(Paragraph("Ulrike Pichler-Mayr – Managing Director<br/>Florian Hofbauer – Deputy Managing Director, Innovation<br/>"
 "Katharina Zöhrer – Internationalisation &amp; EU projects<br/>Mehmet Özdemir – Energy &amp; Buildings lab<br/>"
 "Anna-Lena Weiß – Communication<br/>Thomas Rauch – Finance and Controlling", N))
S.append(Paragraph("Changes in the team: Stefan Kogler, head of circular economy, left SCC at the end of June 2032 to "
 "join Murtal Stahl AG. Since 1 September 2032 the topic is led by Mehmet Özdemir.", N))
S.append(Paragraph("Supervisory Board", H))
S.append(Paragraph("Chair: Johann Schwarzenberger (Schwarzenberger Umwelttechnik GmbH)<br/>Deputy Chair: Univ.-Prof. "
 "Dr. Birgit Lechner (Graz University of Technology)<br/>Members: Markus Url (Murenergie AG), Sabine "
 "Feichtinger (SFG), Georg Pail (Pail Recycling GmbH)", N))
S.append(NextPageTemplate('one')); S.append(FrameBreak())
S.append(Paragraph("Figures 2032", H))
S.append(Table([["Indicator", "2031", "2032"], ["Partners", "231", "254"], ["Events", "38", "44"], ["EU projects", "11", "14"]]))
S.append(Spacer(1, 12))
S.append(Paragraph("Outlook 2033", H))
S.append(Paragraph("In 2033 we will open a second office in Leoben and host the European Cluster Conference side event "
 "on green skills on 6 June 2033. The General Assembly of partners will meet on 24 May 2033.", N))
S.append(Paragraph("Imprint: Styrian Cleantech Cluster GmbH, Waagner-Biro-Straße, 8020 Graz.", N))
doc.build(S)
save('SCC_Annual-Activity-Report-2032.pdf', None, "2033-04",
 [P("Ulrike Pichler-Mayr","Managing Director","Styrian Cleantech Cluster GmbH"),
  P("Florian Hofbauer","Deputy Managing Director, Innovation","Styrian Cleantech Cluster GmbH"),
  P("Katharina Zöhrer","Internationalisation & EU projects","Styrian Cleantech Cluster GmbH"),
  P("Mehmet Özdemir","Energy & Buildings lab","Styrian Cleantech Cluster GmbH"),
  P("Anna-Lena Weiß","Communication","Styrian Cleantech Cluster GmbH"),
  P("Thomas Rauch","Finance and Controlling","Styrian Cleantech Cluster GmbH"),
  P("Stefan Kogler","head of circular economy","Styrian Cleantech Cluster GmbH"),
  P("Johann Schwarzenberger","Chair","Styrian Cleantech Cluster GmbH"),
  P("Birgit Lechner","Deputy Chair","Styrian Cleantech Cluster GmbH"),
  P("Markus Url",None,"Murenergie AG"),
  P("Sabine Feichtinger",None,"SFG"),
  P("Georg Pail",None,"Pail Recycling GmbH")],
 [O("Styrian Cleantech Cluster GmbH","SCC"),O("Styrian Business Promotion Agency","SFG"),O("State of Styria"),
  O("Slovenian Energy Cluster","SEC"),O("Murtal Stahl AG"),O("Schwarzenberger Umwelttechnik GmbH"),
  O("Graz University of Technology"),O("Murenergie AG"),O("Pail Recycling GmbH")],
 [E("Cleantech Days Graz","2032-03-09","2032-03-10","Graz","Austria"),
  E("IFAT","2032-05-13","2032-05-17","Munich","Germany"),
  E("Cleantech matchmaking","2032-09-29","2032-09-29","Maribor","Slovenia"),
  E("European Cluster Conference side event","2033-06-06","2033-06-06",None,None),
  E("General Assembly of partners","2033-05-24","2033-05-24",None,None)],
 ["2033-04","2032","2032-03-09/2032-03-10","2032-05-13/2032-05-17","2032-09-29","2032-06","2032-09-01","2033","2033-06-06","2033-05-24"], [])
