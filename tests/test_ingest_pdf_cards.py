"""PDF card grids (ingest/pdf/cards.py): cards set side by side are read card by card, each card's name over its
details; tables and prose keep their reading order."""
from __future__ import annotations

import hashlib
import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.ingest.pdf import read_pdf
from pipeline.records import SourceFile

REGULAR, BOLD = "Helvetica", "Helvetica-Bold"


def _text(draw) -> str:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(REGULAR, 10)
    c.drawString(50, 790, "Our speakers for the autumn forum, in the order of the programme.")
    draw(c)
    c.showPage()
    c.save()
    data = buf.getvalue()
    source = SourceFile("/virtual/cards.pdf", "cards.pdf", "pdf", len(data), hashlib.sha256(data).hexdigest())
    return read_pdf(data, doc_id="test", source=source).text


def _grid(rows: list[list[tuple[str, ...]]], xs: tuple[float, ...], caption: str | None = None):
    """Rows of cards: (name, detail lines...) per card, the cards of a row side by side at ``xs``."""
    def draw(c: canvas.Canvas) -> None:
        y = 740.0
        for row in rows:
            if caption:
                c.setFont(REGULAR, 7)
                for x in xs[:len(row)]:
                    c.drawString(x, y, caption)
                y -= 30
            c.setFont(BOLD, 11)
            for x, card in zip(xs, row):
                c.drawString(x, y, card[0])
            c.setFont(REGULAR, 9)
            for k in range(1, max(len(card) for card in row)):
                y -= 12 if k > 1 else 16
                for x, card in zip(xs, row):
                    if k < len(card):
                        c.drawString(x, y, card[k])
            y -= 50
    return draw


@pytest.mark.parametrize("rows, xs, caption", [
    # two cards a row, role and organisation under each name, a picture's caption above
    ([[("Hanna Lindqvist", "Head of Sourcing", "Nordkost Livsmedel AB"),
       ("Pavel Novotny", "Director of the Biorefinery Lab", "Mendel University in Brno")],
      [("Irene Castellano", "Senior Policy Adviser", "DG AGRI, European Commission"),
       ("Jonas Petrauskas", "co-founder & COO", "Baltic Grain Robotics UAB")]], (50.0, 300.0), "portrait"),
    # three cards a row, the last row short, no caption
    ([[("Marta Kowalska", "Programme Manager", "Podlaskie Food Cluster"),
       ("Dr. Luis Ferreira", "Founder", "Quinta Nova Lda"),
       ("Aino Virtanen", "Senior Analyst", "Helsinki Food Lab Oy")],
      [("Tomas Berg", "Plant Director", "Dalarna Dairy AB"),
       ("Eva Novak", "Chief Digital Officer", "Brno Glass Works")]], (50.0, 230.0, 410.0), None),
    # a role long enough to nearly touch the next card's role (a word space and a bit between them)
    ([[("Nora Feldmann", "Research Group Leader, Fermentation", "Saxon Food Tech Centre"),
       ("Olaf Brandt", "Plant Manager", "Elbe Mills GmbH")]], (50.0, 216.0), None),
])
def test_ingest_pdf_card_grid_read_card_by_card(rows, xs, caption):
    text = _text(_grid(rows, xs, caption))
    for row in rows:
        for card in row:
            assert card[0] + "\n\n" + "\n".join(card[1:]) in text, card


def test_ingest_pdf_bold_table_header_is_no_card_row():
    # a table under a bold header of one-word labels: its rows stay rows
    def draw(c: canvas.Canvas) -> None:
        for i, row in enumerate([("Member", "Country", "Since"), ("Acme Foods", "Austria", "2029"),
                                 ("Beta Mills", "Czechia", "2031")]):
            c.setFont(BOLD if i == 0 else REGULAR, 10)
            for x, cell in zip((50, 250, 420), row):
                c.drawString(x, 740 - 14 * i, cell)
    text = _text(draw)
    assert "Member Country Since\n\nAcme Foods Austria 2029\nBeta Mills Czechia 2031" in text


def test_ingest_pdf_names_over_prose_stay_lines():
    # two bold names side by side over one run of prose across the page: no card details to read
    def draw(c: canvas.Canvas) -> None:
        c.setFont(BOLD, 11)
        c.drawString(50, 740, "Anna Weber")
        c.drawString(300, 740, "Karl Huber")
        c.setFont(REGULAR, 9)
        c.drawString(50, 724, "Both joined the board in spring and will lead the working group on training together.")
    text = _text(draw)
    assert "Anna Weber Karl Huber" in text


def test_card_grid_roles_end_to_end(tmp_path, nlp, rules, settings):
    # the grid through ingest, segment, spaCy and extract: each name with its own role and organisation
    from pipeline.extract import extract_document
    from pipeline.ingest import discover, ingest_document, read_bytes
    from pipeline.nlp import annotate_documents
    from pipeline.segment import segment_document

    rows = [[("Hanna Lindqvist", "Head of Sourcing", "Nordkost Livsmedel AB"),
             ("Jonas Petrauskas", "co-founder & COO", "Baltic Grain Robotics UAB"),
             ("Aino Virtanen", "Senior Analyst", "Nordic Food Observatory")]]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    _grid(rows, (50.0, 230.0, 410.0), "portrait")(c)
    c.showPage()
    c.save()
    (tmp_path / "speakers.pdf").write_bytes(buf.getvalue())
    (source,) = list(discover(tmp_path))
    seg = segment_document(ingest_document(source, read_bytes(source), settings))
    ((seg, annotated),) = list(annotate_documents(nlp, [seg]))
    result = extract_document(seg, annotated, rules)
    assert {(r.person, r.role, r.organisation, r.rule) for r in result.roles} == {
        ("Hanna Lindqvist", "Head of Sourcing", "Nordkost Livsmedel AB", "role:line:name-over-role"),
        ("Jonas Petrauskas", "co-founder & COO", "Baltic Grain Robotics UAB", "role:line:name-over-role"),
        ("Aino Virtanen", "Senior Analyst", "Nordic Food Observatory", "role:line:name-over-role")}
