from common import *
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, NextPageTemplate, FrameBreak
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
doc = "Makina-Bizkaia_MTID2033_brochure.pdf"
W, H = A4
ss = getSampleStyleSheet(); N = ss["Normal"]; N.fontSize = 9.5; N.leading = 12.5
H1 = ss["Heading1"]; H2 = ss["Heading2"]; H2.fontSize = 11.5
def hdr(c, d):
    c.saveState(); c.setFont("Helvetica", 8)
    c.drawString(40, H-30, "Machine Tool Innovation Days 2033 | Makina Bizkaia Cluster")
    c.drawRightString(W-40, 25, f"Page {d.page} of 2"); c.restoreState()
bd = BaseDocTemplate(f"{B}/docs/{doc}", pagesize=A4)
f1 = Frame(40, 50, (W-100)/2, H-110, id="c1"); f2 = Frame(60+(W-100)/2, 50, (W-100)/2, H-110, id="c2")
full = Frame(40, 50, W-80, H-110, id="full")
bd.addPageTemplates([PageTemplate("two", [f1, f2], onPage=hdr), PageTemplate("one", [full], onPage=hdr)])
P_ = lambda t: Paragraph(t, N)
story = [Paragraph("Machine Tool Innovation Days 2033", H1),
 P_("<b>Bilbao Exhibition Centre (BEC), Barakaldo · 19-20 April 2033</b>"),
 P_("Organised by the Makina Bizkaia Cluster - Basque Machine Tool and Advanced Manufacturing Association, with the support of the Basque Business Development Agency (SPRI) and the Provincial Council of Bizkaia."),
 Spacer(1, 8), Paragraph("Welcome", H2),
 P_("For two days, builders of machine tools, their suppliers and their customers meet in Barakaldo to look at what the next generation of machines must do: use less energy, tell the operator what is wrong before it breaks, and be sold as a service as often as a product. The Innovation Days are the cluster's meeting point between the large fairs, and this fourth edition is the first to add a start-up area and a skills track."),
 P_("\"Our members export 80 % of what they build. They need to meet their customers' engineers, not only their buyers,\" says Itziar Goikoetxea Larrañaga, President of Makina Bizkaia and CEO of Goierri Precision S.L."),
 Paragraph("Who should come", H2),
 P_("Engineering and production managers from automotive, aerospace, wind and railway companies; machine builders and component suppliers; technology centres; investors in industrial technology."),
 Paragraph("What you get", H2),
 P_("- 24 talks in two rooms<br/>- a demonstration hall with 30 machines under power<br/>- B2B meetings booked in advance<br/>- visits to member plants in the Durango area on 21 April 2033"),
 FrameBreak(),
 Paragraph("Speakers", H2),
 P_("<b>Dr. Mikel Arrizabalaga</b>, Director of Research, Deba Manufacturing Technology Centre"),
 P_("<b>Beatriz Olano</b>, Head of Digital Services, Goierri Precision S.L."),
 P_("<b>Jean-Baptiste Rocher</b>, purchasing director, Aéroparts Occitanie SAS"),
 P_("<b>Stefan Wittenberg</b>, managing director, Schleiftechnik Wittenberg GmbH"),
 P_("<b>Nerea Etxeberria</b>, innovation officer, SPRI"),
 P_("<b>Aitor Zubizarreta</b>, cluster manager, Makina Bizkaia"),
 Paragraph("Past editions", H2),
 P_("2030 - Bilbao, 210 participants<br/>2031 - Eibar, 260 participants<br/>2032 - Barakaldo, 340 participants"),
 Paragraph("Practical information", H2),
 P_("Registration: until 5 April 2033 at mtid.example/register. Members: free; others: EUR 150. B2B profiles can be created until 12/04/2033. Hotel rooms at a reduced rate are blocked until 15 March 2033."),
 P_("Contact: Ane Urrutia, events coordinator, events@makinabizkaia.example, +34 944 000 000"),
 NextPageTemplate("one"), FrameBreak(),
 Paragraph("Agenda", H2)]
rows = [["Time", "Tuesday 19 April 2033", "Wednesday 20 April 2033"],
 ["09:00", "Registration and coffee", "Skills track: apprenticeships in Bizkaia"],
 ["09:30", "Opening: Itziar Goikoetxea Larrañaga; Provincial Council of Bizkaia", "Machines as a service - Beatriz Olano"],
 ["10:15", "Keynote: energy-efficient machining - Dr. Mikel Arrizabalaga", "Buyer panel: aerospace and wind"],
 ["11:30", "Demonstration hall opens", "Start-up pitches (8 teams)"],
 ["13:00", "Lunch and B2B meetings", "Lunch and B2B meetings"],
 ["14:30", "Grinding and finishing - Stefan Wittenberg", "Funding instruments - Nerea Etxeberria"],
 ["16:00", "Panel: what buyers expect in 2035", "Closing and award for the best start-up"],
 ["18:00", "Members' reception", "-"]]
from reportlab.lib.styles import ParagraphStyle
CELL = ParagraphStyle("cell", parent=N, fontSize=8.5, leading=10.5)
tb = Table([[Paragraph(c, CELL) for c in r] for r in rows], colWidths=[50, 225, 225])
tb.setStyle(TableStyle([("GRID", (0,0), (-1,-1), 0.4, colors.grey), ("FONTSIZE", (0,0), (-1,-1), 8.5),
   ("BACKGROUND", (0,0), (-1,0), colors.lightgrey), ("VALIGN", (0,0), (-1,-1), "TOP")]))
story += [tb, Spacer(1, 10), P_("Thursday 21 April 2033: optional plant visits (bus from BEC at 08:30). Programme as of 1 February 2033, subject to change.")]
bd.build(story)
gold(doc, None,
 [P("Itziar Goikoetxea Larrañaga","President","Makina Bizkaia"),
  P("Mikel Arrizabalaga","Director of Research","Deba Manufacturing Technology Centre"),
  P("Beatriz Olano","Head of Digital Services","Goierri Precision S.L."),
  P("Jean-Baptiste Rocher","purchasing director","Aéroparts Occitanie SAS"),
  P("Stefan Wittenberg","managing director","Schleiftechnik Wittenberg GmbH"),
  P("Nerea Etxeberria","innovation officer","SPRI"), P("Aitor Zubizarreta","cluster manager","Makina Bizkaia"),
  P("Ane Urrutia","events coordinator",None)],
 [O("Makina Bizkaia Cluster - Basque Machine Tool and Advanced Manufacturing Association","Makina Bizkaia"),
  O("Basque Business Development Agency","SPRI"), O("Provincial Council of Bizkaia"),
  O("Goierri Precision S.L."), O("Deba Manufacturing Technology Centre"), O("Aéroparts Occitanie SAS"),
  O("Schleiftechnik Wittenberg GmbH")],
 [E("Machine Tool Innovation Days 2033","2033-04-19","2033-04-20","Barakaldo","Spain"),
  E("visits to member plants in the Durango area","2033-04-21",None,None,None),
  E("Machine Tool Innovation Days 2030","2030",None,"Bilbao","Spain"),
  E("Machine Tool Innovation Days 2031","2031",None,"Eibar","Spain"),
  E("Machine Tool Innovation Days 2032","2032",None,"Barakaldo","Spain")],
 ["2033-04-19/2033-04-20","2033-04-21","2030","2031","2032","2033-04-05","2033-04-12","2033-03-15","2033-04-19","2033-04-20","2033-02-01"])
