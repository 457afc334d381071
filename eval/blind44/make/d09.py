import os
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
W, H = A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D="/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D+"DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", D+"DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", D+"DejaVuSans-Oblique.ttf"))
out = os.path.dirname(os.path.abspath(__file__)) + "/../docs/PomOffshore_Annual-Report-2033_Our-team.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["BodyText"], fontName="DV", fontSize=9, leading=11.5)
cap = ParagraphStyle("c", parent=body, fontName="DVI", fontSize=8.5, leading=10.5, textColor="#333333")
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="DVB", fontSize=16)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="DVB", fontSize=11)
def deco(c, d):
    c.saveState(); c.setFont("DV", 8)
    c.drawString(40, H - 30, "PomOffshore Cluster – Annual Report 2033")
    c.drawRightString(W - 40, H - 30, "Our team")
    c.drawCentredString(W / 2, 25, f"– {d.page + 21} –"); c.restoreState()
top = Frame(40, H - 170, W - 80, 120, id="top")
t2l = Frame(40, H - 420, (W-98)/2, 250, id="t2l"); t2r = Frame(40 + (W-98)/2 + 18, H - 420, (W-98)/2, 250, id="t2r")
gap = 18; cw = (W - 80 - gap) / 2
l = Frame(40, 45, cw, H - 255, id="l"); r = Frame(40 + cw + gap, 45, cw, H - 255, id="r")
l2 = Frame(40, 45, cw, H - 95, id="l2"); r2 = Frame(40 + cw + gap, 45, cw, H - 95, id="r2")
doc = BaseDocTemplate(out, pagesize=A4, title="PomOffshore Annual Report 2033 – Our team", author="PomOffshore Cluster")
doc.addPageTemplates([PageTemplate("p1", [top, t2l, t2r], onPage=deco), PageTemplate("p2", [l2, r2], onPage=deco)])
from reportlab.platypus import NextPageTemplate
s = []
s.append(Paragraph("Our team", h1))
s.append(Paragraph("Behind the PomOffshore Cluster stands a team of twelve people in Gdańsk and Szczecin. In 2033 the team grew by three, "
  "prepared the cluster's first Baltic Offshore Supply Chain Days and supported 41 members in tenders for the Bałtyk and Baltica wind farms. "
  "The cluster is managed by PomOffshore Sp. z o.o., a company owned by the association Stowarzyszenie Klaster Offshore Pomorze, whose Management "
  "Board is presented on page 24.", body))
s.append(Paragraph("Photographs: Kamila Ostrowska / PomOffshore.", cap))
s.append(FrameBreak())
s.append(Paragraph("The team in 2033", h2))
for x in ["12 staff (9.5 full-time equivalents), 7 women and 5 men, from Poland, Denmark and Ukraine.",
  "Two offices: Gdańsk (Olivia Business Centre) and Szczecin (Technopark Pomerania).",
  "Three new colleagues joined in 2033; one colleague left for the public sector.",
  "Staff costs were covered 58% by membership fees and services and 42% by EU and national projects."]:
    s.append(Paragraph("• " + x, body))
s.append(FrameBreak())
s.append(Paragraph("Supervisory Board of PomOffshore Sp. z o.o.", h2))
for x in ["Chair: Maciej Lewandowski, President, Stowarzyszenie Klaster Offshore Pomorze",
  "Member: Hanna Górecka, Director, Pomorska Agencja Rozwoju Regionalnego S.A. (PARR)",
  "Member: Søren Kjær, Country Manager Poland, Nordvind Service ApS"]:
    s.append(Paragraph(x, body))
s.append(Paragraph("The Supervisory Board met four times in 2033, last on 11 December 2033 in Gdańsk.", body))
s.append(NextPageTemplate("p2")); s.append(FrameBreak())
people_l = [
 ("Management", None),
 ("[Photo] Dr inż. Tomasz KOWALEWSKI, President of the Management Board (CEO). Tomasz has led the cluster since its foundation in 2027 and previously managed offshore projects at a Gdynia shipyard.", 1),
 ("[Photo] Agnieszka Wróbel-Nowicka, Vice-President of the Management Board, responsible for finance and administration.", 1),
 ("Supply chain and members", None),
 ("[Photo] Michał Zieliński, Supply Chain Manager. Michał runs the supplier database and organised the matchmaking with the Danish and German clusters in Esbjerg on 5–6 June 2033.", 1),
 ("[Photo] Karolina Szymańska-Lee, Member Relations Officer.", 1),
 ("[Photo] Piotr Łukasik, Local Content Analyst (since 1 March 2033), seconded from the Gdańsk University of Technology.", 1),
 ("Projects and EU affairs", None),
 ("[Photo] Joanna Dąbrowska, Head of EU Projects. Joanna coordinates the cluster's work in the Interreg South Baltic project WINDSKILLS and the cluster's partnership with the European Cluster Collaboration Platform (ECCP).", 1),
]
people_r = [
 ("[Photo] Erik Møller Hansen, Senior Project Manager, based in Szczecin. Erik joined in April 2033 from the Danish developer Kattegat Vind A/S.", 1),
 ("[Photo] Natalia Kwiatkowska, Project Officer (parental leave until January 2034; replaced by Bartosz Nowak).", 1),
 ("Skills and talent", None),
 ("[Photo] Dr Ewelina Marczak, Head of the Offshore Academy. The academy trained 620 technicians in 2033 together with the Maritime University of Szczecin and the Pomeranian Vocational Training Centre (PCKZiU).", 1),
 ("[Photo] Jakub Wiśniewski, Training Coordinator.", 1),
 ("Communication", None),
 ("[Photo] Kamila Ostrowska, Communication Manager. Kamila edits the bilingual newsletter and the cluster's stand at WindEurope 2033 in Copenhagen (25–27 April 2033).", 1),
 ("[Photo] Oliwia Grabowska, Events Assistant (trainee, July–December 2033).", 1),
 ("Thanks", None),
 ("We thank Rafał Domański, Supply Chain Manager until February 2033, who moved to the Ministry of Infrastructure, and our interns from the University of Gdańsk.", 0),
 ("Upcoming: the second Baltic Offshore Supply Chain Days take place in Gdańsk on 14–15 May 2034 (AmberExpo).", 0),
]
for t, k in people_l:
    s.append(Paragraph(t, h2 if k is None else cap)); s.append(Spacer(1, 4))
s.append(FrameBreak())
for t, k in people_r:
    s.append(Paragraph(t, h2 if k is None else (cap if k else body))); s.append(Spacer(1, 4))
doc.build(s)
