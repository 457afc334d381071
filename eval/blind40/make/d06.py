from common import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, FrameBreak, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import mm
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
fn = "PannonPharma_Annual-Report-2033_Governance.pdf"
W, H = A4
body = ParagraphStyle("b", fontName="DV", fontSize=8.8, leading=11.5, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=14, leading=18, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=10, leading=13, spaceBefore=6, spaceAfter=4)
def deco(c, d):
    c.saveState(); c.setFont("DV", 7.5)
    c.drawString(18*mm, H-12*mm, "Pannon Pharma & Life Sciences Cluster · Annual Report 2033")
    c.drawRightString(W-18*mm, H-12*mm, "Governance")
    c.drawCentredString(W/2, 10*mm, f"{d.page + 33}")
    c.restoreState()
gap = 8*mm; cw = (W - 36*mm - gap)/2
two = [Frame(18*mm, 18*mm, cw, H-38*mm, id="l"), Frame(18*mm+cw+gap, 18*mm, cw, H-38*mm, id="r")]
one = [Frame(18*mm, 18*mm, W-36*mm, H-38*mm, id="o")]
doc = BaseDocTemplate(f"{B}/docs/{fn}", pagesize=A4, title="Annual Report 2033 – Governance")
doc.addPageTemplates([PageTemplate("two", frames=two, onPage=deco), PageTemplate("one", frames=one, onPage=deco)])
S = []
S.append(Paragraph("5. Governance", h1))
S.append(Paragraph("Pannon Pharma & Life Sciences Cluster Egyesület (PPLS) is a non-profit association registered in "
 "Debrecen, Hungary. Its bodies are the General Assembly of members, the Board (elnökség), the Supervisory Committee "
 "and the cluster management organisation. This chapter describes their composition and work in the year 2033.", body))
S.append(Paragraph("5.1 General Assembly", h2))
S.append(Paragraph("The ordinary General Assembly met on 25 May 2033 at the University of Debrecen's Life Sciences "
 "Building with 64 of 88 members represented. It approved the 2032 accounts, the budget for 2033 and the admission "
 "of nine new members, among them Hajdú Biologics Zrt., Nyírség Capsule Kft. and the start-up PeptiLab Kft. An "
 "extraordinary General Assembly on 14 November 2033 amended the statutes to create a seat on the Board for a "
 "start-up representative.", body))
S.append(Paragraph("5.2 Board", h2))
S.append(Paragraph("The Board sets the strategy and supervises the management. It has seven members, elected for "
 "2031–2034:", body))
for s in ["<b>Dr. Zsuzsanna Kovács-Balogh</b> – President; Site Director, Tiszántúl Pharmaceuticals Zrt.",
          "<b>Prof. Dr. Lajos Szőke</b> – Vice-President; Vice-Rector for Innovation, University of Debrecen",
          "<b>Gergely Fazekas</b> – Treasurer; CFO, Alföld Vaccines Kft.",
          "<b>Dr. Eszter Tóth-Wagner</b> – member; Head of Quality, Hajdú Biologics Zrt.",
          "<b>Balázs Kertész</b> – member; Managing Director, Debreceni Analitika Kft.",
          "<b>Krisztina Őri</b> – member; Director, Hajdú-Bihar County Chamber of Commerce and Industry",
          "<b>Áron Papp-Lindström</b> – start-up representative (co-opted 1 December 2033); co-founder, PeptiLab Kft."]:
    S.append(Paragraph("• " + s, body))
S.append(Paragraph("The Board met six times in 2033 (attendance 93%). Dr. Imre Nagy, Board member since 2019, resigned in "
 "March 2033 on his retirement from Alföld Vaccines Kft.; his seat was filled by Gergely Fazekas by co-optation.", body))
S.append(Paragraph("5.3 Supervisory Committee", h2))
S.append(Paragraph("The Supervisory Committee checks the legality of the association's operations and its accounts. "
 "Members: Dr. Judit Horváth (chair; attorney at law, Horváth és Társai Ügyvédi Iroda), Péter Lakatos (independent "
 "auditor) and Mónika Farkas-Rácz (finance director, Debrecen Regional Hospital).", body))
S.append(Paragraph("5.4 Committees of the Board", h2))
S.append(Paragraph("<b>Strategy and Projects Committee</b> – chaired by Prof. Dr. Lajos Szőke; prepares the Cluster "
 "Strategy 2035–2040 and reviews project proposals before submission.", body))
S.append(Paragraph("<b>Membership and Ethics Committee</b> – chaired by Krisztina Őri; admission of members, code of "
 "conduct, conflicts of interest.", body))
S.append(Paragraph("<b>Audit and Finance Committee</b> – chaired by Gergely Fazekas; budget monitoring and internal "
 "controls. It met four times in 2033.", body))
S.append(NextPageTemplate("one")); S.append(FrameBreak())
S.append(Paragraph("5.5 Cluster management and staff", h2))
S.append(Paragraph("The cluster management organisation is PPLS Szolgáltató Nonprofit Kft., a company wholly owned by the "
 "association. At 31 December 2033 it employed eight people (7.2 full-time equivalents):", body))
rows = [["Name", "Position", "Since"],
        ["Dr. Bence Szabó-Halmi", "Cluster Manager (ügyvezető)", "2029"],
        ["Noémi Vörös", "Project Manager, EU projects", "2030"],
        ["Dániel Csizmadia", "Innovation Manager, clinical trials network", "2031"],
        ["Lilla Bakos", "Communications and Events Officer", "2032"],
        ["Ferenc Juhász", "Finance and Administration Officer", "2026"],
        ["Anna Schwarcz", "Training Coordinator (GMP Academy)", "2033"],
        ["Richárd Oláh", "Business Developer, internationalisation", "2033"],
        ["Viktória Kiss", "Office Assistant (part-time)", "2028"]]
t = Table(rows, colWidths=[55*mm, 80*mm, 20*mm])
t.setStyle(TableStyle([("FONT", (0,0), (-1,-1), "DV", 8.5), ("FONT", (0,0), (-1,0), "DVB", 8.5),
                       ("GRID", (0,0), (-1,-1), 0.3, colors.grey)]))
S.append(t); S.append(Spacer(1, 6))
S.append(Paragraph("Staff changes in 2033: Anna Schwarcz joined on 1 March 2033 and Richárd Oláh on 4 September 2033. "
 "Orsolya Bíró, project assistant, left in June 2033 to join the National Research, Development and Innovation Office "
 "(NKFIH).", body))
S.append(Paragraph("5.6 Remuneration and integrity", h2))
S.append(Paragraph("Board and Supervisory Committee members serve without pay. Declarations of interest are collected "
 "every January; in 2033 two Board members abstained on decisions concerning their own companies. The cluster holds "
 "the national Accredited Innovation Cluster title, renewed by the Ministry for National Economy on 30 June 2032 for "
 "four years.", body))
S.append(Paragraph("5.7 Outlook", h2))
S.append(Paragraph("The Board's mandate ends at the General Assembly in May 2034, when a new Board will be elected for "
 "2034–2037. Nominations are to be sent to the Supervisory Committee by 15 March 2034.", body))
doc.build(S)
C = "PPLS"
write_gold(fn, None, [
 P("Zsuzsanna Kovács-Balogh", "President", C),
 P("Lajos Szőke", "Vice-President", C),
 P("Gergely Fazekas", "Treasurer", C),
 P("Eszter Tóth-Wagner", "Head of Quality", "Hajdú Biologics Zrt."),
 P("Balázs Kertész", "Managing Director", "Debreceni Analitika Kft."),
 P("Krisztina Őri", "Director", "Hajdú-Bihar County Chamber of Commerce and Industry"),
 P("Áron Papp-Lindström", "start-up representative", C),
 P("Imre Nagy", None, "Alföld Vaccines Kft."),
 P("Judit Horváth", "chair", C),
 P("Péter Lakatos", "independent auditor", None),
 P("Mónika Farkas-Rácz", "finance director", "Debrecen Regional Hospital"),
 P("Bence Szabó-Halmi", "Cluster Manager", "PPLS Szolgáltató Nonprofit Kft."),
 P("Noémi Vörös", "Project Manager, EU projects", "PPLS Szolgáltató Nonprofit Kft."),
 P("Dániel Csizmadia", "Innovation Manager, clinical trials network", "PPLS Szolgáltató Nonprofit Kft."),
 P("Lilla Bakos", "Communications and Events Officer", "PPLS Szolgáltató Nonprofit Kft."),
 P("Ferenc Juhász", "Finance and Administration Officer", "PPLS Szolgáltató Nonprofit Kft."),
 P("Anna Schwarcz", "Training Coordinator (GMP Academy)", "PPLS Szolgáltató Nonprofit Kft."),
 P("Richárd Oláh", "Business Developer, internationalisation", "PPLS Szolgáltató Nonprofit Kft."),
 P("Viktória Kiss", "Office Assistant", "PPLS Szolgáltató Nonprofit Kft."),
 P("Orsolya Bíró", "project assistant", None),
],[
 O("Pannon Pharma & Life Sciences Cluster Egyesület", "PPLS"), O("University of Debrecen"), O("Hajdú Biologics Zrt."),
 O("Nyírség Capsule Kft."), O("PeptiLab Kft."), O("Tiszántúl Pharmaceuticals Zrt."), O("Alföld Vaccines Kft."),
 O("Debreceni Analitika Kft."), O("Hajdú-Bihar County Chamber of Commerce and Industry"),
 O("Horváth és Társai Ügyvédi Iroda"), O("Debrecen Regional Hospital"), O("PPLS Szolgáltató Nonprofit Kft."),
 O("National Research, Development and Innovation Office", "NKFIH"), O("Ministry for National Economy"),
],[
 E("General Assembly", "2033-05-25", "2033-05-25", "Debrecen", "Hungary"),
 E("extraordinary General Assembly", "2033-11-14", "2033-11-14", None, None),
 E("General Assembly", "2034-05", "2034-05", None, None),
],["2033","2033-05-25","2033-11-14","2031/2034","2033-12-01","2019","2033-03","2035/2040","2033-12-31",
   "2029","2030","2031","2032","2026","2028","2033-03-01","2033-09-04","2033-06","2032-06-30","2034-05","2034/2037","2034-03-15"])
