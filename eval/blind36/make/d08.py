from common import *
import os
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate, PageBreak
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import glob
f = [p for p in glob.glob('/usr/share/fonts/**/DejaVuSans.ttf', recursive=True)]
pdfmetrics.registerFont(TTFont('DV', f[0])); pdfmetrics.registerFont(TTFont('DVB', f[0].replace('DejaVuSans.ttf','DejaVuSans-Bold.ttf')))
ss = getSampleStyleSheet()
n = ss['Normal']; n.fontName='DV'; n.fontSize=9.5; n.leading=12
h = ss['Heading2']; h.fontName='DVB'; h.fontSize=12
t = ss['Title']; t.fontName='DVB'
fn = "ThraceMech_Annual-Report-2031.pdf"
W,H = A4
def hdr(c, doc):
    c.saveState(); c.setFont('DV',8)
    c.drawString(40, H-30, "ThraceMech – Plovdiv Agri-Mechatronics Cluster · Annual Report 2031")
    c.drawRightString(W-40, 25, "Page %d" % doc.page); c.restoreState()
doc = BaseDocTemplate(os.path.join(B,'docs',fn), pagesize=A4)
fl = Frame(40,50,(W-100)/2,H-110,id='l'); fr = Frame(60+(W-100)/2,50,(W-100)/2,H-110,id='r')
full = Frame(40,50,W-80,H-110,id='f')
doc.addPageTemplates([PageTemplate('two',[fl,fr],onPage=hdr), PageTemplate('one',[full],onPage=hdr)])
S=[]
P_=lambda x: S.append(Paragraph(x,n))
S.append(Paragraph("Annual Report 2031", t))
P_("ThraceMech – Plovdiv Agri-Mechatronics Cluster (Асоциация „Тракийски мехатронен клъстер“). Plovdiv, March 2032.")
S.append(Paragraph("Foreword", h))
P_("2031 was the year in which our members' machines left the fields of Thrace for markets in Romania, Greece and "
   "Türkiye. Exports of precision seeders and sprayer robots by cluster members grew by 23 %. I want to thank our "
   "members, our partners at the Agricultural University – Plovdiv and the Bulgarian Small and Medium Enterprises "
   "Promotion Agency (BSMEPA) for their trust. — Stoyan Petkov, Chairman of the Management Board")
S.append(Paragraph("Highlights of the year", h))
P_("• 61 members at 31 December 2031 (54 a year earlier), of which 44 SMEs.")
P_("• The Thrace Field Robotics Days, 7–9 June 2031, drew 1,900 visitors to the fields of the Agricultural University "
   "near Plovdiv.")
P_("• Joint stand at Agritechnica in Hanover, 12–18 November 2031, with nine members.")
P_("• The cluster received the ECEI Silver Label in September 2031.")
S.append(FrameBreak()); S.append(Paragraph("Projects", h))
P_("The cluster ran four projects in 2031: two Interreg projects with Greek partners, a national voucher scheme for "
   "farm digitalisation, and an Erasmus+ project on mechatronics apprenticeships with Hochschule Weihenstephan-"
   "Triesdorf. Project lead: Desislava Ivanova-Rusinova, project manager.")
S.append(Paragraph("Key conclusions of the year", h))
P_("• Demand for retrofit kits for older tractors is growing faster than for new machines.")
P_("• Members need skilled service technicians more than engineers.")
P_("• Cross-border cooperation with Greek clusters pays off when it is built around concrete products.")
S.append(NextPageTemplate('one')); S.append(PageBreak())
S.append(Paragraph("Governance", h))
P_("The General Assembly of 19 April 2031 in Plovdiv elected the Management Board for 2031–2034 and the Control "
   "Board. The Management Board met seven times in 2031.")
S.append(Paragraph("Management Board", h))
for x in ["Stoyan Petkov – Chairman; CEO, AgroRobotika AD",
          "Mariya Georgieva-Tsoneva – Deputy Chairwoman; managing director, Sprayline EOOD",
          "assoc. prof. Dimitar Kolev – member; Faculty of Agricultural Engineering, Agricultural University – Plovdiv",
          "Nikolay Zahariev – member; owner, Zahariev Hydraulics OOD",
          "Eleni Stavridou – member; business development, Kavala Agro Systems S.A. (Greece)"]:
    P_("• " + x)
S.append(Paragraph("Control Board", h))
P_("Chair: Petar Dimitrov (accountant, Asenovgrad). Members: Vesela Angelova (Plovdiv Chamber of Commerce and Industry), "
   "Krasimir Bonev (Tractorex Trade OOD).")
S.append(Paragraph("Cluster office", h))
P_("Executive Director: Ralitsa Mihaylova. Project manager: Desislava Ivanova-Rusinova. Office and finance: Georgi Nikolov "
   "(until 30 September 2031), then Teodora Vasileva.")
S.append(Paragraph("Outlook 2032", h))
P_("In 2032 the cluster will host the annual meeting of the Balkan Agri-Tech Clusters Network in Plovdiv on 23–24 "
   "April 2032 and prepare its application for the ECEI Gold Label. The General Assembly will meet on 15 May 2032.")
doc.build(S)
C="ThraceMech – Plovdiv Agri-Mechatronics Cluster"
write(fn, None,
 [P("Stoyan Petkov","Chairman of the Management Board",C),
  P("Desislava Ivanova-Rusinova","project manager",C),
  P("Mariya Georgieva-Tsoneva","Deputy Chairwoman",C),
  P("Dimitar Kolev","member",C),
  P("Nikolay Zahariev","member",C),
  P("Eleni Stavridou","member",C),
  P("Petar Dimitrov","Chair",C),
  P("Vesela Angelova",None,"Plovdiv Chamber of Commerce and Industry"),
  P("Krasimir Bonev",None,"Tractorex Trade OOD"),
  P("Ralitsa Mihaylova","Executive Director",C),
  P("Georgi Nikolov","Office and finance",C),
  P("Teodora Vasileva","Office and finance",C)],
 [O(C,"ThraceMech"),O("Agricultural University – Plovdiv"),O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"),
  O("Hochschule Weihenstephan-Triesdorf"),O("AgroRobotika AD"),O("Sprayline EOOD"),O("Faculty of Agricultural Engineering"),
  O("Zahariev Hydraulics OOD"),O("Kavala Agro Systems S.A."),O("Plovdiv Chamber of Commerce and Industry"),
  O("Tractorex Trade OOD"),O("Balkan Agri-Tech Clusters Network")],
 [E("Thrace Field Robotics Days","2031-06-07","2031-06-09",None,"Bulgaria"),
  E("Agritechnica","2031-11-12","2031-11-18","Hanover","Germany"),
  E("General Assembly","2031-04-19","2031-04-19","Plovdiv","Bulgaria"),
  E("annual meeting of the Balkan Agri-Tech Clusters Network","2032-04-23","2032-04-24","Plovdiv","Bulgaria"),
  E("General Assembly","2032-05-15","2032-05-15",None,None)],
 ["2032-03","2031","2031-12-31","2031-06-07/2031-06-09","2031-11-12/2031-11-18","2031-09","2031-04-19","2031/2034",
  "2031-09-30","2032","2032-04-23/2032-04-24","2032-05-15"],
 km=["Demand for retrofit kits for older tractors is growing faster than for new machines",
     "Members need skilled service technicians more than engineers",
     "Cross-border cooperation with Greek clusters pays off when it is built around concrete products"],
 pub="2032-03")
