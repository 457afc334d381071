"""Speaker and board cards laid out in columns (statement_card_bios.py, rule line:name-over-bio): the name a paragraph
of its own, the paragraph under it opening with the role and the organisation (wrapped over a narrow column's lines)
and going on with the person's biography or talk. Generated PDFs in two and three columns go through the real PDF
reader, segment, spaCy and extract; the same shape as plain text goes through the text path."""
from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

RULE = "role:line:name-over-bio"


def _card_pdf(columns: list[list[tuple[str, list[str]]]]) -> bytes:
    """One A4 page, a heading, then the cards in columns side by side: each card a bold name line, a gap, and its
    role, organisation and biography lines in a smaller font."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(56, 780, "Speakers")
    step = (A4[0] - 100) / len(columns)
    for k, cards in enumerate(columns):
        x, y = 50 + k * step, 740
        for name, lines in cards:
            c.setFont("Helvetica-Bold", 12)
            c.drawString(x, y, name)
            y -= 22
            c.setFont("Helvetica", 9)
            for line in lines:
                c.drawString(x, y, line)
                y -= 12
            y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def extract_pdf(tmp_path, nlp, rules, settings):
    """``extract_pdf(columns)``: the generated PDF read by the real ingest, then segment, spaCy and extract."""
    from pipeline.extract import extract_document
    from pipeline.ingest import discover, ingest_document, read_bytes
    from pipeline.nlp import annotate_documents
    from pipeline.segment import segment_document

    def run(columns):
        (tmp_path / "speakers.pdf").write_bytes(_card_pdf(columns))
        (source,) = list(discover(tmp_path))
        seg = segment_document(ingest_document(source, read_bytes(source), settings))
        ((seg, annotated),) = list(annotate_documents(nlp, [seg]))
        return extract_document(seg, annotated, rules)
    return run


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles if r.rule == RULE}


@pytest.mark.parametrize("columns, expected", [
    # two columns: the role alone on its line ending in a comma, the organisation on the next; the role and a
    # wrapped organisation on one line; a place and the talk after the organisation
    ([[("Marta Kowalczyk", ["Head of Export Services,", "Baltic Amber Trade Chamber", "Gdynia. Talks about export",
                            "credit for small firms."]),
       ("Dr Jonas Petraitis", ["Chief Scientist, Nemunas Polymer", "Institute", "Recycled plastics in the",
                               "building sector."])],
      [("Ilse Vandermeer", ["Managing Director, Polder", "Food Valley Network", "How cooperatives share",
                            "cold storage."]),
       ("Tomas Andersen", ["Cluster Manager,", "Fyn Robotics Alliance", "Odense. Moderator of the panel."])]],
     {("Marta Kowalczyk", "Head of Export Services", "Baltic Amber Trade Chamber", "role:line:name-over-bio"),
      ("Jonas Petraitis", "Chief Scientist", "Nemunas Polymer Institute", "role:line:name-over-bio"),
      ("Ilse Vandermeer", "Managing Director", "Polder Food Valley Network", "role:line:name-over-bio"),
      ("Tomas Andersen", "Cluster Manager", "Fyn Robotics Alliance", "role:line:name-over-bio")}),
    # two columns: companies closed by a legal form (kept with its dots), a town after a comma, a note in brackets
    ([[("Petra Lindqvist", ["Chief Financial Officer, Norrsken Pellets AB,", "Umeå", "Joined the board in 2031."]),
       ("Radu Ionescu", ["Quality Manager,", "Carpatica Dairy S.R.L.", "Cheese ripening under", "new rules."])],
      [("Greta Hoffmann", ["Founder and CEO, Hanse Sensorik", "GmbH (moderator)", "Chairs the second panel."]),
       ("Nuno Ferreira", ["Plant Director,", "Tejo Cork Industries, S.A.", "Moderates the last panel."])]],
     {("Petra Lindqvist", "Chief Financial Officer", "Norrsken Pellets AB", "role:line:name-over-bio"),
      ("Radu Ionescu", "Quality Manager", "Carpatica Dairy S.R.L.", "role:line:name-over-bio"),
      ("Greta Hoffmann", "Founder and CEO", "Hanse Sensorik GmbH", "role:line:name-over-bio"),
      ("Nuno Ferreira", "Plant Director", "Tejo Cork Industries, S.A.", "role:line:name-over-bio")}),
])
def test_cards_in_two_columns(extract_pdf, columns, expected):
    assert _rows(extract_pdf(columns)) == expected


def test_cards_in_three_columns(extract_pdf):
    # three narrow columns: names in their own language ("aux", "d'"), a company with a place after its comma
    columns = [[("Claire Dumont", ["Directrice,", "Institut aux Métiers", "du Verre d'Alsace", "Opens the second day."])],
               [("Oskar Nilsson", ["Head of Operations,", "Kalmar Hamn AB, a port", "operator on the coast."])],
               [("Aino Virtanen", ["Senior Researcher,", "Lapland Forest Lab", "Rovaniemi. Wood in", "Arctic buildings."])]]
    assert _rows(extract_pdf(columns)) == {
        ("Claire Dumont", "Directrice", "Institut aux Métiers du Verre d'Alsace", "role:line:name-over-bio"),
        ("Oskar Nilsson", "Head of Operations", "Kalmar Hamn AB", "role:line:name-over-bio"),
        ("Aino Virtanen", "Senior Researcher", "Lapland Forest Lab", "role:line:name-over-bio")}


@pytest.mark.parametrize("text, expected", [
    ("Programme\n\nLena Horvath\n\nSenior Adviser,\nDanube Logistics Alliance\nLena presents the survey.\n\n"
     "Piet de Groot\n\nInnovation Manager, Twente Metal Cluster\nSmart welding for small series.\n",
     {("Lena Horvath", "Senior Adviser", "Danube Logistics Alliance", "role:line:name-over-bio"),
      ("Piet de Groot", "Innovation Manager", "Twente Metal Cluster", "role:line:name-over-bio")}),
    # the role's own organisation after "of", then a town and prose after commas
    ("Board\n\nErik Solberg\n\nChief Financial Officer of Fjellkraft ASA, Tromsø, a\nhydropower producer.\n",
     {("Erik Solberg", "Chief Financial Officer", "Fjellkraft ASA", "role:line:name-over-bio")}),
    # the next role ("and Site Director,") ends the organisation's lines
    ("Opening\n\nMarie Lefort\n\nPresident,\nRhône Textile Network\nand Plant Manager,\nLyon Weaving SAS\n"
     "Marie opens the day.\n",
     {("Marie Lefort", "President", "Rhône Textile Network", "role:line:name-over-bio")}),
])
def test_cards_as_text(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # a topic line or a session title over the paragraph holds no role title
    "Speakers\n\nAnna Berger\n\nDigital twins, data spaces and the factory\nA talk on shared data.\n",
    "Day one\n\nKarel Novak\n\nWorkshop 2, Room B\nHands-on session with the new tools.\n",
    # the paragraph is prose: a sentence opens it
    "News\n\nJohan Eriksson\n\nAfter ten years, he leaves the cluster\nto join a start-up in Malmo.\n",
])
def test_no_role_from_topics_or_prose(extract, text):
    assert _rows(extract(text)) == set()
