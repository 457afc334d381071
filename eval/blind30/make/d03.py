from g import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import getSampleStyleSheet
N = "DWIC_Impact-report-2033.pdf"
ss = getSampleStyleSheet(); b = ss['BodyText']; h = ss['Heading2']; t = ss['Title']
W, H = A4
def deco(c, d):
    c.setFont('Helvetica', 8); c.drawString(40, H-30, "Dijle Water Innovation Cluster – Impact report 2033")
    c.drawRightString(W-40, 25, f"Page {d.page}")
doc_ = BaseDocTemplate(f"{B}/docs/{N}", pagesize=A4)
one = Frame(40, 50, W-80, H-100, id='one')
l = Frame(40, 50, (W-100)/2, H-100, id='l'); r = Frame(60+(W-100)/2, 50, (W-100)/2, H-100, id='r')
doc_.addPageTemplates([PageTemplate('two', [l, r], onPage=deco), PageTemplate('one', [one], onPage=deco)])
S = []
S += [Paragraph("Impact report 2033", t), Paragraph("A letter from our CEO", h),
 Paragraph("Dear members and partners,", b),
 Paragraph("2033 was the year in which water stopped being a side topic for Flemish industry. Drought rules in the Dijle basin and the new reuse targets pushed 40 of our members to start a project with us. I want to thank our chair, Koen Vermeulen, and the whole board for their trust, and our funders at VLAIO for their multi-annual support.", b),
 Paragraph("On 14 March 2033 we opened the Water Reuse Living Lab in Wavre together with KU Leuven and the utility Aquadijle NV, and on 9–10 October 2033 more than 300 people joined the Flanders Water Summit in Leuven. In 2034 we will focus on digital twins of treatment plants and on skills.", b),
 Paragraph("Griet Van den Broeck<br/>CEO, Dijle Water Innovation Cluster (DWIC)<br/>Leuven, 30 January 2034", b),
 FrameBreak(),
 Paragraph("Key figures 2033", h),
 Paragraph("• 118 members (+14), of which 83 SMEs", b),
 Paragraph("• 27 collaborative projects, EUR 11.4 million total budget", b),
 Paragraph("• 1.9 million m³ of water reused in pilot sites", b),
 Paragraph("• 46 events, 2,150 participants", b),
 Paragraph("• 5 EU projects, 2 coordinated by DWIC", b),
 Paragraph("Highlights", h),
 Paragraph("In June 2033 DWIC received the ECEI Gold label. The cluster signed a cooperation agreement with the Dutch cluster Delta Watertech Alliance on 5 July 2033 and hosted a delegation of the Flemish Environment Agency (VMM) in September.", b),
 NextPageTemplate('one'), FrameBreak(),
 Paragraph("Our team", h),
 Paragraph("Griet Van den Broeck – CEO<br/>Thomas De Smedt – innovation manager, industrial water<br/>Sofie Claes – innovation manager, digital water<br/>Yannick Mertens – EU and international projects<br/>Hanne Verbiest – community and events<br/>Laura Peeters – office manager", b),
 Paragraph("Board of directors", h),
 Paragraph("Koen Vermeulen (chair) – Aquadijle NV<br/>Prof. Dr. Ann Wouters (vice-chair) – KU Leuven<br/>Pieter-Jan Dhondt – Filtrobel BV<br/>Nadia El Khattabi – Brouwerij Zennevallei NV", b),
 Paragraph("Contact: info@dwic.example · Vaartkom 31, 3000 Leuven", b)]
doc_.build(S)
gold(N, "2034-01-30",
 [P("Koen Vermeulen","chair","DWIC"), P("Griet Van den Broeck","CEO","Dijle Water Innovation Cluster"),
  P("Thomas De Smedt","innovation manager, industrial water","DWIC"), P("Sofie Claes","innovation manager, digital water","DWIC"),
  P("Yannick Mertens","EU and international projects","DWIC"), P("Hanne Verbiest","community and events","DWIC"),
  P("Laura Peeters","office manager","DWIC"), P("Ann Wouters","vice-chair","DWIC"),
  P("Pieter-Jan Dhondt",None,"Filtrobel BV"), P("Nadia El Khattabi",None,"Brouwerij Zennevallei NV")],
 [O("Dijle Water Innovation Cluster","DWIC"), O("VLAIO"), O("KU Leuven"), O("Aquadijle NV"),
  O("Delta Watertech Alliance"), O("Flemish Environment Agency","VMM"), O("Filtrobel BV"), O("Brouwerij Zennevallei NV")],
 [
  E("Flanders Water Summit","2033-10-09","2033-10-10","Leuven","Belgium"), E("VMM delegation visit","2033-09","2033-09",None,None)],
 ["2033","2033-03-14","2033-10-09/2033-10-10","2034","2033-06","2033-07-05","2033-09","2034-01-30"], [])
