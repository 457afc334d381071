"""Generate the held-out two-column PDF newsletter (docs/cluster-compass-issue-12.pdf) with reportlab.

Two pages, two columns, a running header (title, issue number, month) and a footer with page numbers on
every page, bullets, and a boxed "Upcoming events" table.
Run: .venv/bin/python eval/holdout3/make_pdf.py
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, ListFlowable, ListItem,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

OUT = Path(__file__).parent / "docs" / "cluster-compass-issue-12.pdf"
PAGES = 2
HEADER = "Cluster Compass \u00b7 Issue 12 \u00b7 April 2025"
FOOTER = "MRCN \u2013 Meuse-Rhine Cluster Network"

# The built-in Helvetica lacks some glyphs; DejaVu (Debian fonts-dejavu-core) is embedded as a subset.
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
    canvas.drawRightString(w - 2 * cm, h - 1.3 * cm, "www.mrcn-example.eu")
    canvas.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
    canvas.line(2 * cm, 1.6 * cm, w - 2 * cm, 1.6 * cm)
    canvas.drawString(2 * cm, 1.1 * cm, FOOTER)
    canvas.drawRightString(w - 2 * cm, 1.1 * cm, f"{doc.page} / {PAGES}")
    canvas.restoreState()


def bullets(items):
    return ListFlowable([ListItem(Paragraph(t, body), leftIndent=10) for t in items],
                        bulletType="bullet", start="\u2022", bulletFontName="DejaVu", leftIndent=10)


def events_box(rows):
    """A boxed two-column table: event title on the left, date and place on the right."""
    data = [[Paragraph("<b>Upcoming events</b>", small), ""]]
    data += [[Paragraph(f"<b>{t}</b>", small), Paragraph(d, small)] for t, d in rows]
    tbl = Table(data, colWidths=[4.2 * cm, 3.6 * cm])
    tbl.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e79")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f1")),
        ("SPAN", (0, 0), (-1, 0)),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return tbl


def story():
    s = []
    s.append(Paragraph("Digital health clusters meet across three borders in Liège", h1))
    s.append(Paragraph(
        "More than 160 cluster managers, hospital innovation officers, researchers and start-up founders "
        "gathered for the second Cross-Border Digital Health Clusters Days on 25\u201326 March 2025 in "
        "Liège, Belgium. The meeting was organised by the Meuse-Rhine Cluster Network (MRCN) together "
        "with the Walloon Digital Health Cluster (WDHC) and MedTech Cluster Aachen, and hosted by the "
        "Liège University Hospital Centre. Most of the pilots on show are financed by the Interreg "
        "Euregio Meuse-Rhine programme or by the Digital Europe Programme.", body))
    s.append(Paragraph(
        "\u201cPatients cross this border every day for treatment. Our cluster projects have to be just "
        "as mobile,\u201d said Dr Annelies Verbruggen, President of the MRCN, as she opened the first day.",
        body))
    s.append(Paragraph(
        "Jens Offermann, Cluster Manager of MedTech Cluster Aachen, shared the results of a survey of 75 "
        "member companies: most of them sell to hospitals in at least two of the three countries, but "
        "fewer than one in five has run a clinical pilot abroad. Offermann called for a shared pool of "
        "test beds in partner hospitals. Sanne Hofstede, Policy Officer at DG REGIO, explained how the "
        "Interregional Innovation Investments (I3) instrument can finance the scale-up of cross-border "
        "pilots; she reminded the audience that the current I3 call closes on 12 June 2025. According to "
        "Hofstede, health projects remain under-represented among I3 applicants.", body))
    s.append(Paragraph(
        "The Province of Limburg, represented by Deputy for Economy and Innovation Maarten Geurts, "
        "announced that it will co-finance feasibility studies for SMEs that join a cross-border pilot. "
        "On 26 March, participants visited the remote-monitoring living lab of the WDHC, where nurses "
        "and engineers test home-care sensors together. The European Health Data Space Regulation was a "
        "recurring topic in all sessions.", body))
    s.append(Paragraph("Key takeaways", h2))
    s.append(bullets([
        "Cross-border clinical pilots need a common entry point in each partner hospital.",
        "Clusters should pool their test beds and publish them in a single catalogue.",
        "Regional co-financing of feasibility studies lowers the threshold for SMEs.",
        "Data-sharing rules must be explained to companies early, before pilots start.",
    ]))
    s.append(Spacer(1, 4))
    s.append(Paragraph(
        "The first edition of the Clusters Days took place in Hasselt in May 2023 and concentrated on "
        "tele-rehabilitation. Since then, the number of hospitals taking part has tripled.", body))
    s.append(FrameBreak())
    s.append(Paragraph("Member news", h2))
    s.append(Paragraph(
        "Limburg Smart Care Cluster from the Netherlands joined the network in February 2025. MRCN now "
        "counts 29 members in Belgium, the Netherlands and Germany. The new member brings expertise in "
        "assisted living and will contribute to the working group on ageing well.", body))
    s.append(Paragraph(
        "The Walloon Digital Health Cluster was awarded the Cluster Management Excellence Silver Label "
        "in January 2025, after an assessment visit by two external benchmarking experts. Its managing "
        "director, Olivier Dethier, thanked the member companies for their time and candour during the "
        "interviews.", body))
    s.append(Paragraph(
        "MedTech Cluster Aachen and the Aachen Chamber of Industry and Commerce have signed a "
        "cooperation agreement on regulatory coaching. Advisers of the Enterprise Europe Network (EEN) "
        "will run monthly clinics on the Medical Device Regulation for members of both organisations.",
        body))
    s.append(Paragraph("Funding corner", h2))
    s.append(bullets([
        "<b>Staff exchange:</b> cluster employees can spend up to two weeks in a partner cluster of the "
        "network. Applications close on 30 May 2025.",
        "<b>I3 call:</b> the deadline for the current call of the Interregional Innovation Investments "
        "instrument is 12 June 2025 (17:00 Brussels time).",
        "<b>Vouchers:</b> the Province of Limburg opens its feasibility voucher scheme on 1 September.",
    ]))
    s.append(Spacer(1, 6))
    s.append(events_box([
        ("MRCN General Assembly", "15 May 2025, 14:00\u201316:30, online"),
        ("I3 info session for cluster organisations (organised by EISMEA)", "Tue 3 June 2025, Brussels"),
        ("Health Clusters Matchmaking Days", "30 September \u2013 2 October 2025, Eindhoven, Netherlands"),
        ("Third Cross-Border Digital Health Clusters Days", "spring 2026, Aachen, Germany"),
    ]))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Members who want to present a pilot at the General Assembly should contact the secretariat "
        "two weeks in advance. Proposals for matchmaking topics can be sent until the end of June.", body))
    s.append(Paragraph(
        "<i>Editor: Lotte Brandsma, Communications Officer, MRCN</i>", body))
    return s


def build(path: Path = OUT) -> Path:
    """Write the two-page newsletter to `path` and return it."""
    w, h = A4
    gap, margin = 0.8 * cm, 2 * cm
    col_w = (w - 2 * margin - gap) / 2
    col_h = h - 2 * margin - 1.2 * cm
    frames = [Frame(margin, margin, col_w, col_h, id="left"),
              Frame(margin + col_w + gap, margin, col_w, col_h, id="right")]
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Cluster Compass Issue 12",
                          author="Meuse-Rhine Cluster Network")
    doc.addPageTemplates([PageTemplate(id="two-col", frames=frames, onPage=decorate)])
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.build(story())
    return path


if __name__ == "__main__":
    print(build())
