"""Generate the held-out two-column PDF bulletin (docs/cluster-pulse-no7.pdf) with reportlab.

Two pages, two columns, a running header and a footer with page numbers on every page, bullets.
Run: .venv/bin/python eval/holdout/make_pdf.py
"""
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, ListFlowable, ListItem,
                                PageTemplate, Paragraph, Spacer)

OUT = Path(__file__).parent / "docs" / "cluster-pulse-no7.pdf"
PAGES = 2
HEADER = "Cluster Pulse \u00b7 No. 7 \u00b7 November 2022"
FOOTER = "AICN \u2013 Adriatic-Ionian Cluster Network"

# The built-in Helvetica has no glyphs for c-caron etc.; DejaVu (Debian fonts-dejavu-core) is embedded subset.
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
for name, file in [("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf"),
                   ("DejaVu-Oblique", "DejaVuSans-Oblique.ttf"), ("DejaVu-BoldOblique", "DejaVuSans-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu-Oblique",
                              boldItalic="DejaVu-BoldOblique")

styles = getSampleStyleSheet()
body = ParagraphStyle("body", parent=styles["BodyText"], fontName="DejaVu", fontSize=9.5, leading=13,
                      spaceAfter=6)
h1 = ParagraphStyle("h1", parent=styles["Heading1"], fontName="DejaVu-Bold", fontSize=15, leading=18)
h2 = ParagraphStyle("h2", parent=styles["Heading2"], fontName="DejaVu-Bold", fontSize=12, leading=15)


def decorate(canvas, doc):
    """Running header and footer (with page number) drawn on every page."""
    w, h = A4
    canvas.saveState()
    canvas.setFont("DejaVu-Oblique", 8.5)
    canvas.drawString(2 * cm, h - 1.3 * cm, HEADER)
    canvas.drawRightString(w - 2 * cm, h - 1.3 * cm, "www.aicn-example.eu")
    canvas.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
    canvas.line(2 * cm, 1.6 * cm, w - 2 * cm, 1.6 * cm)
    canvas.drawString(2 * cm, 1.1 * cm, FOOTER)
    canvas.drawRightString(w - 2 * cm, 1.1 * cm, f"Page {doc.page} of {PAGES}")
    canvas.restoreState()


def bullets(items):
    return ListFlowable([ListItem(Paragraph(t, body), leftIndent=10) for t in items],
                        bulletType="bullet", start="\u2022", bulletFontName="DejaVu", leftIndent=10)


def story():
    s = []
    s.append(Paragraph("Blue economy clusters set a joint agenda in Split", h1))
    s.append(Paragraph(
        "The third Blue Economy Cluster Forum took place on 19\u201320 October 2022 in Split, Croatia, "
        "gathering 140 participants from cluster organisations, port authorities, research centres and "
        "SMEs of the Adriatic-Ionian region. The forum was organised by the Adriatic-Ionian Cluster "
        "Network (AICN) and the Croatian Maritime Cluster, with the support of Split-Dalmatia County. "
        "Several of the projects presented are co-financed by the Interreg IPA Adriatic-Ionian programme.", body))
    s.append(Paragraph(
        "\u201cOur region will only compete globally if its clusters act as one. Split showed that the "
        "will is there,\u201d said Dr Marko Kova\u010devi\u0107, President of the AICN, in his opening "
        "address.", body))
    s.append(Paragraph(
        "Ana Horvat, Cluster Manager of the Croatian Maritime Cluster, presented a survey of 90 shipyards "
        "and suppliers: two thirds of them plan investments in low-emission propulsion within five years, "
        "but only a few have the engineering capacity to do so alone. Luca Moretti, Head of the Innovation "
        "Sector at Apulia Region, explained how the region\u2019s innovation vouchers can be used by "
        "companies from partner clusters. Sofia Papadopoulou, Senior Project Officer at the Greek Marine "
        "Technology Cluster (GMTC), presented the marine robotics test sites operated by its members in "
        "Crete and Attica.", body))
    s.append(Paragraph(
        "The forum built on the results of the second Blue Economy Cluster Forum, held in Ancona in 2021, "
        "where the AICN members had agreed to work on a common offer for port decarbonisation.", body))
    s.append(Paragraph("Key conclusions", h2))
    s.append(bullets([
        "Clusters should develop joint service offers for green shipping and port decarbonisation.",
        "Regional smart specialisation strategies should include a dedicated blue economy priority.",
        "AICN will set up a shared database of test sites for marine robotics.",
        "SMEs need simplified access to cross-border innovation vouchers.",
    ]))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "The participants also discussed the role of clusters in attracting young professionals to "
        "maritime careers. Several speakers pointed out that shipyards, marinas and aquaculture "
        "companies compete for the same technicians, and that clusters could coordinate joint training "
        "offers with vocational schools. A short paper on this topic will be prepared by the AICN "
        "working group on skills.", body))
    s.append(FrameBreak())
    s.append(Paragraph("Member news", h2))
    s.append(Paragraph(
        "The Montenegrin ICT Cluster joined the network in September 2022, bringing AICN to 37 member "
        "organisations in eight countries. Its members develop software for port logistics, tourism "
        "and public administration, and the cluster will contribute to the working group on digital "
        "services for the blue economy.", body))
    s.append(Paragraph(
        "The Albanian Agribusiness Cluster has been awarded the Bronze Label of the European Cluster "
        "Excellence Initiative (ECEI) and now prepares for the Silver Label assessment.", body))
    s.append(Paragraph(
        "The AICN secretariat has moved to new offices in Trieste and can be reached at the usual "
        "e-mail address. The network thanks the Chamber of Commerce of Venezia Giulia for hosting the "
        "secretariat during the first two years of its activity.", body))
    s.append(Paragraph("Upcoming events", h2))
    s.append(bullets([
        "<b>Adriatic Tourism Innovation Days</b> \u2013 15\u201316 February 2023, Bari, Italy",
        "<b>AICN General Assembly</b> \u2013 9 March 2023, online",
        "<b>Fourth Blue Economy Cluster Forum</b> \u2013 June 2023, Durr\u00ebs, Albania",
    ]))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Members who wish to present their activities at the General Assembly are invited to contact "
        "the secretariat. Proposals for the programme of the fourth forum can be sent until the end "
        "of the year.", body))
    s.append(Paragraph(
        "<i>Editor: Ivana Mari\u0107, Communication Officer, AICN</i>", body))
    return s


def build(path: Path = OUT) -> Path:
    """Write the two-page bulletin to `path` and return it."""
    w, h = A4
    gap, margin = 0.8 * cm, 2 * cm
    col_w = (w - 2 * margin - gap) / 2
    col_h = h - 2 * margin - 1.2 * cm
    frames = [Frame(margin, margin, col_w, col_h, id="left"),
              Frame(margin + col_w + gap, margin, col_w, col_h, id="right")]
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Cluster Pulse No. 7",
                          author="Adriatic-Ionian Cluster Network")
    doc.addPageTemplates([PageTemplate(id="two-col", frames=frames, onPage=decorate)])
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.build(story())
    return path


if __name__ == "__main__":
    print(build())
