from common import *
import os
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, FrameBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
fn = "PackValley_who-is-who_2036.pdf"
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="DV", fontSize=9, leading=12)
H = ParagraphStyle("h", parent=N, fontName="DVB", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
T = ParagraphStyle("t", parent=N, fontName="DVB", fontSize=16, leading=20, spaceAfter=8)
def deco(c, doc):
    c.saveState(); c.setFont("DV", 8)
    c.drawString(40, 812, "PackValley Emilia – Who is who 2036")
    c.drawRightString(555, 812, "Bologna · Modena · Parma")
    c.drawCentredString(297, 25, "– %d –" % doc.page)
    c.restoreState()
W, Hh = A4
doc = BaseDocTemplate(os.path.join(B, "docs", fn), pagesize=A4, title="PackValley Emilia – Who is who 2036")
f1 = Frame(40, 50, 250, 740, id="c1"); f2 = Frame(305, 50, 250, 740, id="c2"); f3 = Frame(40, 50, 515, 740, id="one")
doc.addPageTemplates([PageTemplate("two", [f1, f2], onPage=deco), PageTemplate("one", [f3], onPage=deco)])
S = []
S.append(Paragraph("Who is who at PackValley Emilia", T))
S.append(Paragraph("Edition January 2036. PackValley Emilia – Cluster delle Macchine Automatiche per il Packaging "
 "brings together 132 manufacturers of packaging machinery, component suppliers, research labs and training "
 "institutes between Bologna, Modena and Parma. This brochure introduces the people you will meet at our events "
 "and whom you can contact.", N))
S.append(Paragraph("Presidency", H))
S.append(Paragraph("<b>Giulia Ferraresi</b> – President. Managing director of Ferraresi Confezionatrici S.p.A. "
 "(Castel Maggiore), the family firm founded by her grandfather in 1961. President of the cluster since the "
 "General Assembly of 27 April 2034.", N))
S.append(Paragraph("<b>Stefano Dall'Olio</b> – Vice-President. Chief Operating Officer at turnkey-line "
 "integrator Tecnopak Emilia S.r.l.; responsible for the cluster's industrial working groups.", N))
S.append(Paragraph("<b>Prof. Chiara Bonvicini</b> – Vice-President for research. Full professor of mechanical "
 "engineering at the Università di Bologna (DIN – Department of Industrial Engineering).", N))
S.append(Paragraph("Operational team", H))
S.append(Paragraph("<b>Marco Zanichelli</b>, Direttore / Cluster Director – leads the team of seven and represents "
 "the cluster towards the Emilia-Romagna Region and ART-ER, the regional attractiveness and research agency.", N))
S.append(Paragraph("<b>Elisa Montanari</b>, Innovation Manager – coordinates technology projects and the "
 "cluster's participation in the Made in Italy digital-packaging pilot lines.", N))
S.append(Paragraph("<b>Youssef El Amrani</b>, Internationalisation Manager – trade missions, Interpack and the "
 "partnership with clusters in Bavaria and Catalonia.", N))
S.append(Paragraph("<b>Francesca Di Bartolomeo</b>, Skills & Talent Officer – works with the ITS Maker academy "
 "on technician programmes.", N))
S.append(Paragraph("<b>Luca Vezzani</b>, Communication & Events.", N))
S.append(Paragraph("Working group leaders", H))
S.append(Paragraph("Sustainable materials: <b>Anna Grossi</b>, R&amp;D manager, Cartotecnica Reggiana S.p.A.", N))
S.append(Paragraph("Robotics &amp; vision: <b>Paolo Iemmi</b>, CTO, Visiomatica S.r.l.", N))
S.append(Paragraph("After-sales &amp; servitisation: <b>Roberta Lugli</b>, head of service, Officine Lugli S.p.A.", N))
S.append(Paragraph("Pharma packaging: <b>Dr. Hans-Peter Kuhn</b>, general manager, Kuhn Pharmatechnik Italia S.r.l.", N))
S.append(FrameBreak())
S.append(Paragraph("Board of Directors (Consiglio Direttivo)", H))
S.append(Paragraph("Besides the President and the two Vice-Presidents, the Board includes: Gianluca Benassi "
 "(Benassi Automazioni S.r.l.), Maria Teresa Carpi (Confindustria Emilia Area Centro), Federico Pini "
 "(Pini Dosatori S.n.c.), Laura Gualandi (Fondazione Democenter-Sipe) and Matteo Rinaldi (Unindustria Parma "
 "Packaging Group). The Board meets monthly; the Treasurer is Federico Pini.", N))
S.append(Paragraph("Honorary members", H))
S.append(Paragraph("<b>Ing. Alberto Cavazza</b>, founding President (2015–2024), and <b>Rosanna Tinti</b>, "
 "first director of the cluster (2015–2021), remain honorary members and advise the Board on the cluster's "
 "history and relations with long-standing members.", N))
S.append(Paragraph("Our research partners", H))
S.append(Paragraph("Università di Bologna, Università di Modena e Reggio Emilia (UNIMORE), Università di Parma, "
 "the CNR institute STIIMA and the Fondazione Democenter-Sipe technology transfer centre.", N))
S.append(NextPageTemplate("one"))
S.append(FrameBreak())
S.append(Paragraph("Where to meet us in 2036", H))
for t in ["PackValley Members' Day – 6 March 2036, Opificio Golinelli, Bologna",
          "General Assembly – 23 April 2036, Modena",
          "Interpack, Düsseldorf – joint stand of Emilian suppliers, May 2036",
          "Packaging Speaks Green forum – 17–18 September 2036, Bologna",
          "Mechatronics Career Day with ITS Maker – 12 November 2036, Parma"]:
    S.append(Paragraph("• " + t, N))
S.append(Spacer(1, 10))
S.append(Paragraph("Contacts", H))
S.append(Paragraph("PackValley Emilia, Via del Lavoro 12, 40127 Bologna · segreteria@packvalley.example · "
 "+39 051 000 0000. For press: Luca Vezzani.", N))
doc.build(S)
C="PackValley Emilia"
gold(fn, "2036-01",
 [P("Giulia Ferraresi","President",C),
  P("Stefano Dall'Olio","Vice-President",C),
  P("Chiara Bonvicini","Vice-President for research",C),
  P("Marco Zanichelli","Cluster Director",C),
  P("Elisa Montanari","Innovation Manager",C),
  P("Youssef El Amrani","Internationalisation Manager",C),
  P("Francesca Di Bartolomeo","Skills & Talent Officer",C),
  P("Luca Vezzani","Communication & Events",C),
  P("Anna Grossi","R&D manager","Cartotecnica Reggiana S.p.A."),
  P("Paolo Iemmi","CTO","Visiomatica S.r.l."),
  P("Roberta Lugli","head of service","Officine Lugli S.p.A."),
  P("Hans-Peter Kuhn","general manager","Kuhn Pharmatechnik Italia S.r.l."),
  P("Gianluca Benassi",None,"Benassi Automazioni S.r.l."),
  P("Maria Teresa Carpi",None,"Confindustria Emilia Area Centro"),
  P("Federico Pini","Treasurer",C),
  P("Laura Gualandi",None,"Fondazione Democenter-Sipe"),
  P("Matteo Rinaldi",None,"Unindustria Parma Packaging Group"),
  P("Alberto Cavazza","founding President",C),
  P("Rosanna Tinti","first director",C)],
 [O("PackValley Emilia – Cluster delle Macchine Automatiche per il Packaging","PackValley Emilia"),
  O("Ferraresi Confezionatrici S.p.A."), O("Tecnopak Emilia S.r.l."), O("Università di Bologna"),
  O("DIN – Department of Industrial Engineering","DIN"), O("Emilia-Romagna Region"), O("ART-ER"), O("ITS Maker"),
  O("Cartotecnica Reggiana S.p.A."), O("Visiomatica S.r.l."), O("Officine Lugli S.p.A."),
  O("Kuhn Pharmatechnik Italia S.r.l."), O("Benassi Automazioni S.r.l."), O("Confindustria Emilia Area Centro"),
  O("Pini Dosatori S.n.c."), O("Fondazione Democenter-Sipe"), O("Unindustria Parma Packaging Group"),
  O("Università di Modena e Reggio Emilia","UNIMORE"), O("Università di Parma"), O("STIIMA"), O("CNR")],
 [E("General Assembly","2034-04-27","2034-04-27",None,None),
  E("PackValley Members' Day","2036-03-06","2036-03-06","Bologna","Italy"),
  E("General Assembly","2036-04-23","2036-04-23","Modena","Italy"),
  E("Interpack","2036-05","2036-05","Düsseldorf","Germany"),
  E("Packaging Speaks Green forum","2036-09-17","2036-09-18","Bologna","Italy"),
  E("Mechatronics Career Day","2036-11-12","2036-11-12","Parma","Italy")],
 ["2036-01","1961","2034-04-27","2015/2024","2015/2021","2036","2036-03-06","2036-04-23","2036-05","2036-09-17/2036-09-18","2036-11-12"],
 [])
