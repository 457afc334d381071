"""PDF ingest: reading order, page mapping, running headers, hyphenation, ligatures, rotation.

Generated PDFs (reportlab) pin the layout rules; real PDFs from ../shared/pdfs (see its
MANIFEST.md) check them on documents nobody here wrote.
"""
from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.ingest.pdf import read_pdf
from pipeline.ingest.pdf.assemble import join_lines
from pipeline.ingest.pdf.chars import dedupe_chars
from pipeline.records import IngestedDocument, SourceFile

LEFT_X, RIGHT_X, TOP_Y, PITCH = 56, 316, 720, 13


def _source(name: str, data: bytes) -> SourceFile:
    return SourceFile(f"/virtual/{name}", name, "pdf", len(data), hashlib.sha256(data).hexdigest())


def _read(data: bytes, name: str = "doc.pdf", password: str | None = None) -> IngestedDocument:
    return read_pdf(data, doc_id="test", source=_source(name, data), password=password)


def _read_shared(folder: Path, name: str, password: str | None = None) -> IngestedDocument:
    return _read((folder / name).read_bytes(), name, password)


def _column(c: canvas.Canvas, x: float, paragraphs: list[list[str]], top: float = TOP_Y) -> None:
    y = top
    for para in paragraphs:
        for line in para:
            c.drawString(x, y, line)
            y -= PITCH
        y -= PITCH  # one empty line between paragraphs
    return None


def two_column_pdf(pages: list[tuple[list[list[str]], list[list[str]]]], *, title: str | None = None,
                   header: str | None = None) -> bytes:
    """A4 pages with a running header, a page-number footer and two columns of 10 pt text."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for number, (left, right) in enumerate(pages, start=1):
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(LEFT_X, 810, header)
            c.drawCentredString(A4[0] / 2, 25, str(number))
        top = TOP_Y
        if title and number == 1:
            c.setFont("Helvetica-Bold", 20)
            c.drawString(LEFT_X, 760, title)
        c.setFont("Helvetica", 10)
        _column(c, LEFT_X, left, top)
        _column(c, RIGHT_X, right, top)
        c.showPage()
    c.save()
    return buf.getvalue()


def _filler(tag: str, n: int) -> list[str]:
    return [f"{tag} line {i} of the column text here." for i in range(1, n + 1)]


def _fold(text: str) -> str:
    """Compare text modulo line breaks and spacing."""
    return re.sub(r"\s+", "", text)


# --------------------------------------------------------------------------------------------
# generated PDFs
# --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def newsletter() -> IngestedDocument:
    page1 = (
        [["The left column opens with Alpha news", "about the cluster conference in Lyon."] + _filler("Alpha", 12),
         ["A second Alpha paragraph follows", "after a blank line."]],
        [["The right column tells Bravo news", "about the innovation forum in Porto."] + _filler("Bravo", 12)],
    )
    page2 = (
        [["Charlie starts page two with inno-", "vation vouchers for members.", "Romanian-",
          "Hungarian partners joined too."],
         ["\u2022 first bullet item", "\u2022 second bullet item"]] ,
        [["Delta closes the issue with a", "distinctive marker sentence on page two."] + _filler("Delta", 10)],
    )
    data = two_column_pdf([page1, page2], title="Cluster Newsletter Spring Issue", header="Cluster Newsletter | Issue 7")
    return _read(data)


def test_ingest_pdf_reads_left_column_before_right(newsletter):
    text = newsletter.text
    assert text.index("Alpha line 12") < text.index("A second Alpha paragraph") < text.index("The right column tells Bravo")
    assert text.index("Bravo line 12") < text.index("Charlie starts page two")
    assert text.index("second bullet item") < text.index("Delta closes the issue")
    # Lines of a column are not interleaved with the other column's lines.
    assert "Alpha line 3 of the column text here.\nAlpha line 4" in text


def test_ingest_pdf_title_stays_above_columns(newsletter):
    assert newsletter.text.startswith("Cluster Newsletter Spring Issue")
    assert newsletter.title == "Cluster Newsletter Spring Issue"


def test_ingest_pdf_paragraphs_separated_by_blank_line(newsletter):
    assert "Alpha line 12 of the column text here.\n\nA second Alpha paragraph follows\nafter a blank line." in newsletter.text


def test_ingest_pdf_page_spans_map_characters_to_pages(newsletter):
    doc = newsletter
    assert doc.n_pages == 2 and [p.number for p in doc.pages] == [1, 2]
    assert all(p.status == "ok" for p in doc.pages)
    # Pages tile the text: page 2 starts two characters ("\n\n") after page 1 ends.
    assert doc.pages[0].start == 0 and doc.pages[1].start == doc.pages[0].end + 2 and doc.pages[1].end == len(doc.text)
    at = doc.text.index("distinctive marker sentence")
    assert [p.number for p in doc.pages if p.start <= at < p.end] == [2]
    at = doc.text.index("Bravo line 7")
    assert [p.number for p in doc.pages if p.start <= at < p.end] == [1]


def test_ingest_pdf_drops_running_header_and_page_numbers(newsletter):
    assert "Issue 7" not in newsletter.text
    assert not re.search(r"^\s*[12]\s*$", newsletter.text, re.MULTILINE)


def test_ingest_pdf_drops_running_footer_with_page_numbers():
    """"Spring Newsletter · Page 2 of 3" repeats once page references are masked; body lines that
    merely repeat (outside the margins) stay."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for number in (1, 2, 3):
        c.setFont("Helvetica", 10)
        c.drawString(72, 700, f"Body text of page {number} about the cluster programme.")
        c.drawString(72, 680, "Contact the secretariat for details.")
        c.setFont("Helvetica", 8)
        footer = f"Spring Newsletter \u00b7 Page {number} of 3" if number != 2 else "Spring Newsletter"
        c.drawString(72, 30, footer)
        if number == 2:
            c.drawRightString(520, 30, "Page 2")
        c.showPage()
    c.save()
    doc = _read(buf.getvalue())
    assert "Spring Newsletter" not in doc.text and "Page 2" not in doc.text
    assert doc.text.count("Contact the secretariat for details.") == 3


def test_ingest_pdf_rejoins_hyphenated_words(newsletter):
    text = newsletter.text
    assert "innovation\nvouchers" in text or "innovation vouchers" in text
    assert "Romanian-Hungarian" in text
    assert "inno-" not in text


def test_ingest_pdf_bullets_become_list_lines(newsletter):
    assert "\n• first bullet item\n• second bullet item" in newsletter.text


def test_ingest_pdf_rejoins_word_hyphenated_across_pages():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "The forum discussed the inno-")
    c.showPage()
    c.drawString(72, 700, "vation agenda of the clusters.")
    c.showPage()
    c.save()
    doc = _read(buf.getvalue())
    assert doc.text == "The forum discussed the innovation\n\nagenda of the clusters."
    assert doc.text[doc.pages[0].start:doc.pages[0].end].endswith("innovation")
    assert doc.text[doc.pages[1].start:doc.pages[1].end] == "agenda of the clusters."


@pytest.mark.parametrize("gap", [0, 6])
def test_ingest_pdf_drop_cap_joins_first_line(gap):
    """A three-line initial must neither swallow the lines beside it nor split its word."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 43)
    c.drawString(72, 676, "T")
    c.setFont("Helvetica", 10)
    lines = ["he cluster forum gathered two hundred", "participants from twelve countries in", "the city of Porto last spring, with",
             "a strong focus on green skills and on", "digital tools for small companies."]
    for i, line in enumerate(lines):
        c.drawString(96 + gap if i < 3 else 72, 700 - i * 12, line)
    c.showPage()
    c.save()
    assert _read(buf.getvalue()).text == "The " + "\n".join(lines)[3:]


def test_ingest_pdf_symbol_font_glyph_is_a_bullet():
    """Word bullets come from Wingdings / ZapfDingbats and map to arbitrary letters ("l", "§")."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i, item in enumerate(["Regional smart specialisation", "Cross-border matchmaking"]):
        c.setFont("ZapfDingbats", 8)
        c.drawString(72, 700 - i * 14, "l")
        c.setFont("Helvetica", 10)
        c.drawString(86, 700 - i * 14, item)
    c.showPage()
    c.save()
    assert _read(buf.getvalue()).text == "• Regional smart specialisation\n• Cross-border matchmaking"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["the inno-", "vation agenda"], "the innovation\nagenda"),
        (["Romanian-", "Hungarian border"], "Romanian-Hungarian\nborder"),
        (["COVID-", "19 recovery"], "COVID-19\nrecovery"),
        (["a dash -", "stays"], "a dash -\nstays"),
        (["co-", "operation"], "cooperation"),
        (["Inter\u00ad", "Regional forum"], "InterRegional\nforum"),
        (["plain", "lines"], "plain\nlines"),
    ],
)
def test_ingest_pdf_join_lines_hyphenation(lines, expected):
    assert join_lines(lines) == expected


def test_ingest_pdf_dedupe_removes_fake_bold_doubles():
    def char(text, x, top, size=10.0):
        return {"text": text, "x0": x, "x1": x + 5, "top": top, "bottom": top + size, "size": size, "fontname": "F1"}

    chars = [char("W", 10, 10), char("W", 10.4, 10.3), char("h", 15, 10), char("h", 15.5, 10.2), char("h", 30, 10)]
    assert [c["text"] + str(c["x0"]) for c in dedupe_chars(chars)] == ["W10", "h15", "h30"]


@pytest.mark.parametrize("left, right", [
    # cards of short lines, one long line in the left column reaching far towards the right one
    ([["Anna Lind"], ["Chief Financial Officer, Norrsken Pellets AB,", "Umeå", "Joined the board in 2031",
                      "and chairs its audit group."],
      ["Olle Berg"], ["Director of the", "Kiruna Iron Ore Lab", "Talks about the new mine", "and its ore trains."]],
     [["Greta Hahn"], ["Founder of the firm", "Hanse Sensorik GmbH", "Chairs the second panel", "on sensors in ports."],
      ["Nuno Reis"], ["Plant Director, Tejo", "Cork Industries S.A.", "Moderates the last panel", "of the first day."]]),
    ([["Piet Smit"], ["Head of Export Services, Polder Fruit Group,", "in Ede, the Netherlands", "On cold chains for fruit",
                      "and vegetables in winter."],
      ["Eva Novak"], ["Chief Executive Officer", "of Brno Glass Works", "On furnaces that run on", "green hydrogen gas."]],
     [["Lena Roth"], ["Partner at the fund", "Rhein Capital Partners", "On funds for young firms", "in the Rhine valley."],
      ["Marc Weber"], ["Chair of the board", "of the Saar Net Cluster", "Closes the forum with", "the next year's plans."]]),
])
def test_ingest_pdf_card_columns_with_one_long_line(left, right):
    # the gutter is the clean channel of white between the columns, not the wider run few lines cover: the long
    # line stays in its column and no line joins two cards' words
    text = _read(two_column_pdf([(left, right)])).text
    lines = text.split("\n")
    for para in left + right:
        for line in para:
            assert line in lines, line
    assert text.index(left[1][0]) < text.index(left[-1][0]) < text.index(right[0][0])


def test_ingest_pdf_three_columns_with_spanning_title():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(56, 780, "A title that runs across all three columns of the page")
    c.setFont("Helvetica", 9)
    for col, (x, tag) in enumerate([(56, "Kilo"), (228, "Lima"), (400, "Mike")]):
        for i in range(20):
            c.drawString(x, 740 - i * 12, f"{tag} row {i} goes here ok.")
    c.showPage()
    c.save()
    text = _read(buf.getvalue()).text
    assert text.startswith("A title that runs across all three columns")
    assert text.index("Kilo row 19") < text.index("Lima row 0") < text.index("Lima row 19") < text.index("Mike row 0")


def test_ingest_pdf_sections_with_different_column_layouts():
    """Three columns above, a two-column box below (other gutters): each section in column order."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 9)
    for x, tag in [(56, "Kilo"), (228, "Lima"), (400, "Mike")]:
        for i in range(15):
            c.drawString(x, 780 - i * 12, f"{tag} row {i} goes here ok.")
    for x, tag in [(56, "Oscar"), (316, "Papa")]:
        for i in range(12):
            c.drawString(x, 560 - i * 12, f"{tag} row {i} is in the lower box with longer lines.")
    c.showPage()
    c.save()
    text = _read(buf.getvalue()).text
    order = [text.index(f"{tag} row {i} ") for tag in ("Kilo", "Lima", "Mike") for i in (0, 14)]
    order += [text.index(f"{tag} row {i} ") for tag in ("Oscar", "Papa") for i in (0, 11)]
    assert order == sorted(order)


def test_ingest_pdf_table_read_row_by_row():
    """A table's columns hold one or two words per cell: rows stay together, not columns."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    rows = [("Country", "Members", "Capital")] + [(f"Land{i}", str(10 * i), f"City{i}") for i in range(1, 10)]
    for i, row in enumerate(rows):
        for x, cell in zip((56, 250, 420), row):
            c.drawString(x, 700 - i * 14, cell)
    c.showPage()
    c.save()
    text = _read(buf.getvalue()).text
    assert "Country Members Capital\nLand1 10 City1\nLand2 20 City2" in text


def _runs(c: canvas.Canvas, x: float, y: float, runs: list[tuple[str, float, str]]) -> None:
    """One line set in several fonts: (font, size, text) runs side by side."""
    for font, size, text in runs:
        c.setFont(font, size)
        c.drawString(x, y, text)
        x += c.stringWidth(text, font, size)


def test_ingest_pdf_bold_lead_in_continues_its_line():
    """An event's bold name, then its date in regular type on the same bullet (wrapped or not), is
    one block; a bold line between paragraphs (body size or larger) is still a heading of its own,
    and so is a bold list item broken short above its text."""
    r, b = "Helvetica", "Helvetica-Bold"
    left = [  # (indent, runs); None is an empty line. The longest line (285 pt) sets the column edge.
        (0, [(b, 10, "Upcoming events")]),
        (0, [(r, 10, "The network plans three cluster meetings in 2023.")]),
        (0, [(r, 10, "\u2022 "), (b, 10, "Adriatic Tourism Innovation Days"), (r, 10, " \u2013")]),
        (10, [(r, 10, "15\u201316 February 2023, Bari, Italy")]),
        (0, [(r, 10, "\u2022 "), (b, 10, "General Assembly"), (r, 10, " \u2013 9 March 2023, online")]),
        (0, [(r, 10, "\u2022 "), (b, 10, "Fourth Blue Economy Cluster Forum and Expo")]),
        (10, [(r, 10, "June 2023, Durr\u00ebs, Albania")]),
        None,
        (0, [(b, 14, "Member news")]),
        (0, [(r, 10, "The ICT Cluster joined the network in May.")]),
        None,
        (0, [(b, 10, "Cluster Excellence Days of the Ionian Sea")]),
        (0, [(b, 10, "Network"), (r, 10, " \u2013 3 May 2023, Split")]),
        None,
        (0, [(r, 10, "\u2022 "), (b, 10, "Funding of cluster services")]),
        (10, [(r, 10, "Members asked for a shared budget line.")]),
    ]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = TOP_Y
    for row in left:
        if row is not None:
            _runs(c, LEFT_X + row[0], y, row[1])
        y -= PITCH + (4 if row and row[1][0][1] > 10 else 0)
    c.setFont(r, 10)
    for i, line in enumerate(_filler("Echo", 14)):
        c.drawString(RIGHT_X, TOP_Y - i * PITCH, line)
    c.showPage()
    c.save()
    text = _read(buf.getvalue()).text
    assert text.split("\n\nEcho line 1 ")[0] == (
        "Upcoming events\n\n"
        "The network plans three cluster meetings in 2023.\n\n"
        "\u2022 Adriatic Tourism Innovation Days \u2013\n15\u201316 February 2023, Bari, Italy\n"
        "\u2022 General Assembly \u2013 9 March 2023, online\n"
        "\u2022 Fourth Blue Economy Cluster Forum and Expo\nJune 2023, Durr\u00ebs, Albania\n\n"
        "Member news\n\n"
        "The ICT Cluster joined the network in May.\n\n"
        "Cluster Excellence Days of the Ionian Sea\nNetwork \u2013 3 May 2023, Split\n\n"
        "\u2022 Funding of cluster services\n\n"
        "Members asked for a shared budget line."
    )


def test_ingest_pdf_bold_lead_in_bullets_from_reportlab_lists():
    """The same through reportlab's flowables (as in a generated bulletin): a bold heading, then
    list items whose bold names wrap before their dates, bullets in a regular (Symbol) font."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
    heading = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=6)
    items = ["<b>Mediterranean Tourism Innovation Days</b> \u2013 15\u201316 February 2023, Bari, Italy",
             "<b>Network General Assembly</b> \u2013 9 March 2023, online"]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=(250, 400), leftMargin=20, rightMargin=20, topMargin=20, bottomMargin=20)
    doc.build([Paragraph("Upcoming events", heading),
               ListFlowable([ListItem(Paragraph(t, body), leftIndent=10) for t in items],
                            bulletType="bullet", start="\u2022", bulletFontName="Symbol", leftIndent=10),
               Spacer(1, 6),
               Paragraph("Members are invited to contact the secretariat.", body)])
    paragraphs = _read(buf.getvalue()).text.split("\n\n")
    assert paragraphs[0] == "Upcoming events"
    # Items may be set apart by white space, but no item is cut: every block of the list is a whole item.
    assert all(p.startswith("\u2022 ") for p in paragraphs[1:-1])
    listing = "\n".join(paragraphs[1:-1])
    assert "\n" in listing.split("\n\u2022")[0]  # the first item's line wrapped ...
    assert re.fullmatch(r"\u2022 Mediterranean Tourism Innovation Days\s\u2013\s15\u201316 February 2023, Bari, Italy\n"
                        r"\u2022 Network General Assembly \u2013 9 March\s2023, online", listing)  # ... in its item
    assert paragraphs[-1] == "Members are invited to contact the secretariat."


# --------------------------------------------------------------------------------------------
# real PDFs (../shared/pdfs, MANIFEST.md rows in brackets)
# --------------------------------------------------------------------------------------------
def test_ingest_pdf_federal_register_three_columns_contiguous(shared_pdfs):
    """[3] The FAA passage is one column's text; the default pdfplumber order interleaves columns."""
    doc = _read_shared(shared_pdfs, "multicol-3_federal-register-2020-17221.pdf")
    passage = ("The FAA proposes to supersede Airworthiness Directive (AD) 2018–23–51, which applies to all The "
               "Boeing Company Model 737–8 and 737–9 (737 MAX) airplanes. Since AD 2018–")
    assert _fold(passage) in _fold(doc.text)
    assert doc.n_pages == 15 and not doc.problems
    # The running header of pages 2-15 ("Federal Register / Vol. 85, No. 152 / ...") is gone.
    assert "Vol. 85, No. 152 / Thursday" not in doc.text


def test_ingest_pdf_latex_two_columns_title_abstract_then_columns(shared_pdfs):
    """[4] Title and abstract first, then the left column, then the right."""
    doc = _read_shared(shared_pdfs, "multicol-2_latex-lorem-ipsum.pdf")
    page1 = doc.text[doc.pages[0].start:doc.pages[0].end]
    assert page1.startswith("Two-Column Document with Lorem Ipsum")
    assert page1.index("Abstract") < page1.index("Lorem ipsum dolor sit amet")
    # A line from the left column is followed by its own continuation, not by the right column.
    assert _fold("Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Ut purus elit") in _fold(page1)
    assert not page1.rstrip().endswith("\n1")  # the page number under the columns is dropped
    assert "ﬁ" not in doc.text


def test_ingest_pdf_ligatures_expanded(shared_pdfs):
    """[20] "ﬁ" glyphs come out as "fi", so searching for "fiction" works."""
    doc = _read_shared(shared_pdfs, "font-ligatures_earth-science.pdf")
    assert "fiction" in doc.text
    assert not any(lig in doc.text for lig in "\ufb00\ufb01\ufb02\ufb03\ufb04")


def test_ingest_pdf_rotated_pages_read_upright(shared_pdfs):
    """[22] Pages rotated 90/180/270 degrees: the Latin word is intact on every page."""
    doc = _read_shared(shared_pdfs, "font-arabic-rtl_habibi-rotated-4ways.pdf")
    assert doc.n_pages == 4
    for page in doc.pages:
        assert "habibi" in doc.text[page.start:page.end], page


def test_ingest_pdf_rotated_table_matches_upright_original(shared_pdfs):
    """[6]/[7] The /Rotate 90 copy of a table reads like the upright original."""
    upright = _read_shared(shared_pdfs, "table_nics-background-checks-2015-11.pdf").text
    rotated = _read_shared(shared_pdfs, "rotated-90_nics-background-checks-2015-11.pdf").text
    assert "Alabama" in rotated and "Wyoming" in rotated
    assert rotated == upright


def test_ingest_pdf_blank_page_keeps_page_numbers_aligned(shared_pdfs):
    """[24] Page 4 is empty: status blank (not an error), later pages keep their numbers; accents survive."""
    doc = _read_shared(shared_pdfs, "blank-page-4_chelsea-transport-plan-fr_65p.pdf")
    assert doc.n_pages == 65 and len(doc.pages) == 65
    assert doc.pages[3].status == "blank" and doc.pages[3].start == doc.pages[3].end
    assert [p.number for p in doc.pages] == list(range(1, 66))
    assert not [p for p in doc.problems if p.error_type in ("no_text_layer", "page_failed")]
    assert "é" in doc.text and "municipalité" in doc.text.lower()
    # The metadata Title names another plan; the cover page's large text is the real title.
    assert doc.title == "Plan directeur de transport actif de la municipalité de Chelsea"


def test_ingest_pdf_ocr_layer_is_text(shared_pdfs):
    """[9] A scan with an invisible OCR layer is read, not sent to OCR for its page-sized images."""
    doc = _read_shared(shared_pdfs, "scanned-with-ocr-layer_siege-of-vicksburg.pdf")
    assert all(p.status == "ok" for p in doc.pages) and len(doc.text) > 10_000
    assert not doc.problems


def test_ingest_pdf_cjk_text_exact(shared_pdfs):
    """[21] CID font with CMap ranges: exact CJK text."""
    doc = _read_shared(shared_pdfs, "font-cjk-cid_chinese-contract.pdf")
    assert doc.text == "甲方：中国饮料有限公司（盖章）"


def test_ingest_pdf_table_row_with_wrapped_cells_reads_cell_by_cell():
    """An events box: name cell and date cell side by side, both wrapping onto a second line."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 780, "Upcoming events")
    rows = [(["Baltic Timber", "Assembly"], ["15 May 2025,", "14:00-16:30, online"]),
            (["Harbour Clusters", "Matchmaking Days"], ["30 September - 2", "October 2025,", "Eindhoven"])]
    y = 750
    for left, right in rows:
        for i in range(max(len(left), len(right))):
            if i < len(left):
                c.drawString(60, y - 12 * i, left[i])
            if i < len(right):
                c.drawString(250, y - 12 * i, right[i])
        y -= 12 * max(len(left), len(right)) + 20
    c.drawString(60, y, "Members who want to present should write to the secretariat in good time.")
    c.showPage()
    c.save()
    doc = _read(buf.getvalue())
    assert "Baltic Timber\nAssembly\n15 May 2025,\n14:00-16:30, online" in doc.text
    assert "Harbour Clusters\nMatchmaking Days\n30 September - 2\nOctober 2025,\nEindhoven" in doc.text
    assert "Members who want to present should write to the secretariat in good time." in doc.text


def test_ingest_pdf_three_column_calendar_with_bold_wrapped_names():
    """Date | name | place, the name in bold and wrapping, one date set close to the name: each row
    reads cell by cell, and the bold wrapped line stays in its row."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(60, 780, "Calendar")
    rows = [(["5 Nov 2025"], ["Baltic Economy", "Info Day"], ["online"]),
            (["18–19.11.2025"], ["ABCN General", "Assembly"], ["Riga"]),
            (["1–3 December", "2025"], ["Nordic Blue", "Clusters", "Conference"], ["Ancona,", "Italy"])]
    y = 760
    for date, name, place in rows:
        for i in range(max(len(date), len(name), len(place))):
            if i < len(date):
                c.setFont("Helvetica", 9)
                c.drawString(60, y - 11 * i, date[i])
            if i < len(name):
                c.setFont("Helvetica-Bold" if i else "Helvetica", 9)  # the first name line sits in the row's line
                c.drawString(140, y - 11 * i, name[i])
            if i < len(place):
                c.setFont("Helvetica", 9)
                c.drawString(230, y - 11 * i, place[i])
        y -= 11 * max(len(date), len(name), len(place)) + 8
    c.setFont("Helvetica", 10)
    c.drawString(60, y - 10, "Members who wish to present should write to the secretariat in good time.")
    c.showPage()
    c.save()
    text = _read(buf.getvalue()).text
    assert "5 Nov 2025\nBaltic Economy\nInfo Day\nonline" in text
    assert "ABCN General\nAssembly\nRiga" in text
    assert "1–3 December\n2025\nNordic Blue\nClusters\nConference\nAncona,\nItaly" in text
