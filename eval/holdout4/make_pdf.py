"""Generate the held-out two-column PDF newsletter (docs/blue-clusters-bulletin-9.pdf) with reportlab.

Two pages, two columns, a running header (title, issue number, month) and a footer with page numbers on
every page, an editorial with a signature, news items, and a boxed "Calendar" table.
Run: .venv/bin/python eval/holdout4/make_pdf.py
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

OUT = Path(__file__).parent / "docs" / "blue-clusters-bulletin-9.pdf"
PAGES = 2
HEADER = "Blue Clusters Bulletin \u00b7 Issue 9 \u00b7 October 2025"
FOOTER = "DBCN \u2013 Dalmatian Blue Economy Cluster Network \u00b7 Split"

# The built-in Helvetica lacks some glyphs (č, š, ž, ć); DejaVu (Debian fonts-dejavu-core) is embedded.
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
for name, file in [("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                   ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"), ("DejaVu-BoldOblique", "DejaVuSans-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique",
                              boldItalic="DejaVu-BoldOblique")

styles = getSampleStyleSheet()
body = ParagraphStyle("body", parent=styles["BodyText"], fontName="DejaVu", fontSize=9.5, leading=13,
                      spaceAfter=6)
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=2)
h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="DejaVu-Bold", fontSize=15, leading=18)
h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="DejaVu-Bold", fontSize=12, leading=15)


def decorate(canvas, doc):
    """Running header and footer (with page number) drawn on every page."""
    w, h = A4
    canvas.saveState()
    canvas.setFont("DejaVu-Oblique", 8.5)
    canvas.drawString(2 * cm, h - 1.3 * cm, HEADER)
    canvas.drawRightString(w - 2 * cm, h - 1.3 * cm, "www.dbcn-example.hr")
    canvas.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
    canvas.line(2 * cm, 1.6 * cm, w - 2 * cm, 1.6 * cm)
    canvas.drawString(2 * cm, 1.1 * cm, FOOTER)
    canvas.drawRightString(w - 2 * cm, 1.1 * cm, f"Page {doc.page} of {PAGES}")
    canvas.restoreState()


def bullets(items):
    return ListFlowable([ListItem(Paragraph(t, body), leftIndent=10) for t in items],
                        bulletType="bullet", start="\u2022", bulletFontName="DejaVu", leftIndent=10)


def calendar_box(rows):
    """A boxed three-column table: date, event, place."""
    data = [[Paragraph("<b>Calendar</b>", small), "", ""]]
    data += [[Paragraph(d, small), Paragraph(f"<b>{t}</b>", small), Paragraph(p, small)] for d, t, p in rows]
    tbl = Table(data, colWidths=[2.7 * cm, 3.1 * cm, 2.0 * cm])
    tbl.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#0b5566")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d7eef2")),
        ("SPAN", (0, 0), (-1, 0)),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return tbl


def story():
    s = []
    s.append(Paragraph("Editorial: from projects to a blue investment pipeline", h1))
    s.append(Paragraph(
        "Dear members, dear partners,", body))
    s.append(Paragraph(
        "this autumn our network celebrates its fifth anniversary. When eleven founding members signed the "
        "statutes in Split in October 2020, few of us expected that the Dalmatian Blue Economy Cluster "
        "Network (DBCN) would one day count 64 members, from fish farms and shipyards to start-ups "
        "working on underwater drones. We have run projects under the Single Market Programme, Interreg "
        "Italy\u2013Croatia and the European Maritime, Fisheries and Aquaculture Fund (EMFAF), and we have "
        "learnt a lot. The next step is harder: turning pilots into investments. That is why the board "
        "has decided to make access to finance the focus of our work plan, and why we will invite "
        "investors to every DBCN event next year.", body))
    s.append(Paragraph(
        "I would like to thank the Split-Dalmatia County Development Agency, which has hosted our "
        "secretariat since the beginning, and all members who answered our survey in September.", body))
    s.append(Paragraph("<i>Ivana Peri\u0161i\u0107<br/>President of the DBCN</i>", body))
    s.append(Paragraph("Blue Tech Hackathon: underwater robots win in Zadar", h2))
    s.append(Paragraph(
        "Forty-two students and young engineers took part in the second Blue Tech Hackathon on "
        "27\u201328 September 2025 in Zadar. The event was organised by the DBCN together with the "
        "University of Zadar and the Zadar County Development Agency. Nine teams worked for 30 hours on "
        "challenges set by member companies, from detecting net damage in fish farms to measuring "
        "seagrass meadows.", body))
    s.append(Paragraph(
        "The winning team, from the Marine Robotics Lab of the University of Split, built a low-cost "
        "camera drone that inspects aquaculture cages. \u201cThe jury was impressed that the prototype "
        "already works in real sea conditions,\u201d said Dr Marko Vuleti\u0107, Head of the Marine "
        "Robotics Lab. Vuleti\u0107 added that two team members have already been offered internships by "
        "Bra\u010d Aquaculture d.o.o., which set the challenge. The first hackathon was held in "
        "\u0160ibenik in March 2024.", body))
    s.append(Paragraph("Marine renewables partnership meets in Split", h2))
    s.append(Paragraph(
        "On 9 October, representatives of twelve coastal regions met in Split for the autumn meeting of "
        "the S3 partnership on marine renewable energy. Agnieszka Borowiec, Policy Officer at DG REGIO, "
        "presented the timetable for the next cohesion policy period and encouraged the regions to prepare "
        "joint investment projects. According to Borowiec, floating offshore wind and wave energy are "
        "the areas where interregional cooperation brings the greatest added value. The meeting was "
        "followed by a visit to a floating-wind test site off the island of Hvar.", body))
    s.append(Paragraph("Skills: first Blue Skills Summer School", h2))
    s.append(Paragraph(
        "The first Blue Skills Summer School, held in Makarska from 30 June to 4 July 2025, brought "
        "together 28 students and young professionals from six countries. Lecturers from member "
        "companies and from the Institute of Oceanography and Fisheries taught courses on sustainable "
        "aquaculture, maritime spatial planning and the digital twin of the Adriatic coast. "
        "Participants rated the school 4.6 out of 5, and half of them asked for an internship in a "
        "member company. The second edition will take place in Dubrovnik.", body))
    s.append(Paragraph("Member portrait: SeaSense Analytics", h2))
    s.append(Paragraph(
        "Founded in Trogir in 2023, SeaSense Analytics builds low-power buoys that measure water "
        "temperature, oxygen and chlorophyll and send the data to fish farmers every ten minutes. "
        "“Joining the DBCN gives us direct access to forty potential customers and to partners "
        "for our first EU project,” says its CEO, Ante Kovačević. The company employs nine "
        "people and is testing its buoys in three farms in the Kaštela Bay. Kovačević hopes to "
        "present the first results at the Mediterranean Blue Clusters Conference in Ancona.", body))
    s.append(Paragraph("Member news", h2))
    s.append(bullets([
        "<b>New members:</b> Bra\u010d Aquaculture d.o.o. and the start-up SeaSense Analytics joined the "
        "DBCN in September 2025.",
        "<b>Kvarner Yachting Cluster</b> and the DBCN signed a cooperation agreement on refit and repair "
        "skills. Joint training courses start in January.",
        "<b>Enterprise Europe Network:</b> EEN advisers at the Chamber of Economy of Split-Dalmatia "
        "County offer free checks of partner profiles for the Mediterranean Blue Clusters Conference.",
    ]))
    s.append(Paragraph("Funding corner", h2))
    s.append(bullets([
        "The EMFAF call for blue economy SMEs closes on 4 November 2025.",
        "BlueInvest readiness support: applications are accepted until 15.01.2026.",
    ]))
    s.append(Spacer(1, 6))
    s.append(calendar_box([
        ("5 Nov 2025", "Blue Economy Info Day (organised by EISMEA)", "online"),
        ("18\u201319.11.2025", "DBCN General Assembly", "\u0160ibenik"),
        ("1\u20133 December 2025", "Mediterranean Blue Clusters Conference", "Ancona, Italy"),
        ("June 2026 (tbc)", "Blue Skills Summer School", "Dubrovnik"),
    ]))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Members who wish to present at the General Assembly should contact the secretariat by "
        "31 October. <i>Editor: Tena Bari\u0161i\u0107, Communications Manager, DBCN</i>", body))
    return s


def build(path: Path = OUT) -> Path:
    """Write the two-page newsletter to `path` and return it."""
    w, h = A4
    gap, margin = 0.8 * cm, 2 * cm
    col_w = (w - 2 * margin - gap) / 2
    col_h = h - 2 * margin - 1.2 * cm
    frames = [Frame(margin, margin, col_w, col_h, id="left"),
              Frame(margin + col_w + gap, margin, col_w, col_h, id="right")]
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Blue Clusters Bulletin Issue 9",
                          author="Dalmatian Blue Economy Cluster Network")
    doc.addPageTemplates([PageTemplate(id="two-col", frames=frames, onPage=decorate)])
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.build(story())
    return path


if __name__ == "__main__":
    print(build())
