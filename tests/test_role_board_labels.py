"""Board lists and board tables whose structure states the office (roletab41): the office column of a board table
("Office | Name | Organisation", data/table_column_headers.txt, rule ``table:speaker``), and the label lines of rule
``role-label`` (statement_role_first.py) after a pictograph ("👤 Treasurer: Jane Doe"), in two languages with a
slash ("Trezorier / Treasurer: Jane Doe") and with the body the seat is held in ("Chair of the Jury: Jane Doe")."""
from __future__ import annotations

import pytest


def rows(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("name, text, expected", [
    ("board.md", "# Governance\n\nThe members elected this board in May 2031.\n\n| Office | Name | Organisation |\n|---|---|---|\n"
     "| President | Halina Zawadzka | Silesia Timber Cluster |\n| Treasurer | Mikkel Dahl | Fjord Boats AS |\n",
     {("Halina Zawadzka", "President", "Silesia Timber Cluster", "role:table:speaker"),
      ("Mikkel Dahl", "Treasurer", "Fjord Boats AS", "role:table:speaker")}),
    ("board.html", "<html><body><h2>Our board</h2><table><tr><th>Name</th><th>Office</th><th>Organisation</th></tr>"
     "<tr><td>Rui Nogueira</td><td>Vice-President</td><td>Tagus Water Cluster</td></tr>"
     "<tr><td>Ilona Varga</td><td>Secretary</td><td>Pannon Wine Institute</td></tr></table></body></html>",
     {("Rui Nogueira", "Vice-President", "Tagus Water Cluster", "role:table:speaker"),
      ("Ilona Varga", "Secretary", "Pannon Wine Institute", "role:table:speaker")}),
    ("seats.md", "Board members 2034–2037\n\n| Offices | Name | Company |\n|---|---|---|\n"
     "| Chair | Tomasz Wrona | Baltic Amber Cluster |\n| Board member | Aino Lehtinen | Saimaa Wood Oy |\n",
     {("Tomasz Wrona", "Chair", "Baltic Amber Cluster", "role:table:speaker"),
      ("Aino Lehtinen", "Board member", "Saimaa Wood Oy", "role:table:speaker")}),
])
def test_board_table_office_column_is_the_role(extract_file, name, text, expected):
    assert {r for r in rows(extract_file(name, text)) if r[3] == "role:table:speaker"} == expected


def test_board_table_office_column_in_a_docx(extract_file, tmp_path, settings, nlp, rules):
    import docx

    from pipeline.extract import extract_document
    from pipeline.ingest import discover, ingest_document, read_bytes
    from pipeline.nlp import annotate_documents
    from pipeline.segment import segment_document

    d = docx.Document()
    d.add_paragraph("The steering board of the network")
    table = d.add_table(rows=3, cols=3)
    for r, cells in enumerate((("Office", "Name", "Organisation"), ("President", "Karel Dvořák", "Moravia Glass Cluster"),
                               ("Treasurer", "Sanna Koski", "Lapland Food Cluster"))):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    d.save(tmp_path / "board.docx")
    (source,) = [s for s in discover(tmp_path) if s.rel_path == "board.docx"]
    ((seg, annotated),) = list(annotate_documents(nlp, [segment_document(ingest_document(source, read_bytes(source), settings))]))
    found = {r for r in rows(extract_document(seg, annotated, rules)) if r[3] == "role:table:speaker"}
    assert found == {("Karel Dvořák", "President", "Moravia Glass Cluster", "role:table:speaker"),
                     ("Sanna Koski", "Treasurer", "Lapland Food Cluster", "role:table:speaker")}


@pytest.mark.parametrize("text, expected", [
    # family "label after a pictograph": a social-media post's list marks
    ("Meet the new team:\n👤 Treasurer: Dott. Piero Landi (Banca Etrusca)\n",
     {("Piero Landi", "Treasurer", "Banca Etrusca", "role:role-label+org-in-brackets")}),
    ("Our new board:\n▶ Vice-President: Ing. Carla Ferri (Ferri Marine S.r.l.)\n",
     {("Carla Ferri", "Vice-President", "Ferri Marine S.r.l.", "role:role-label+org-in-brackets")}),
    ("Elected today ⚓\n🔹 Secretary: Joanna Lis (Gdynia Port Services)\n",
     {("Joanna Lis", "Secretary", "Gdynia Port Services", "role:role-label+org-in-brackets")}),
])
def test_role_label_after_a_pictograph(extract, text, expected):
    assert rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # family "translated label": the office in the document's language, a slash, then in English
    ("Consiliul director / Board\n\nTrezorier / Treasurer: Ec. Dan Popa (Dobrogea Grain S.R.L.)\n",
     {("Dan Popa", "Treasurer", "Dobrogea Grain S.R.L.", "role:role-label+org-in-brackets")}),
    ("Vedení / Management\n\nPředsedkyně / Chair: Jana Dvořáková (Acme Plast s.r.o.)\n",
     {("Jana Dvořáková", "Chair", "Acme Plast s.r.o.", "role:role-label+org-in-brackets")}),
    ("Conselho / Council\n\nVice-presidente / Vice-President: Rui Barros (Porto Moulds Lda.)\n",
     {("Rui Barros", "Vice-President", "Porto Moulds Lda.", "role:role-label+org-in-brackets")}),
])
def test_role_label_translated_with_a_slash(extract, text, expected):
    assert rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # family "body of the seat": the body after "of" belongs to the role
    ("Governance\n\nChair of the Advisory Council: Prof. Ieva Ozola (Riga Technical University)\n",
     {("Ieva Ozola", "Chair of the Advisory Council", "Riga Technical University", "role:role-label+org-in-brackets")}),
    ("Award 2033\n\nPresident of the Jury: Dr. Helmut Kranz (Graz Materials Institute)\n",
     {("Helmut Kranz", "President of the Jury", "Graz Materials Institute", "role:role-label+org-in-brackets")}),
    ("Steering\n\nChair of the Steering Committee: Marja Laine (Oulu Health Cluster)\n",
     {("Marja Laine", "Chair of the Steering Committee", "Oulu Health Cluster", "role:role-label+org-in-brackets")}),
])
def test_role_label_with_the_body_of_the_seat(extract, text, expected):
    assert rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # family "a board list's seat label": "Member:" opens a line of a board list (data/role_entry_titles.csv)
    ("Steering board\nChair: Dr. Oskar Lind\nMember: Petra Holm\n",
     {("Oskar Lind", "Chair", None, "role:role-label"), ("Petra Holm", "Member", None, "role:role-label")}),
    ("Jury of the 2033 award\n- Member: Ivana Horvat\n- Member: Marek Zielinski\n",
     {("Ivana Horvat", "Member", None, "role:role-label"), ("Marek Zielinski", "Member", None, "role:role-label")}),
    ("The board after the vote:\n• Treasurer: Sofia Marin\n• Member: Daniel Ortega Ruiz\n",
     {("Sofia Marin", "Treasurer", None, "role:role-label"), ("Daniel Ortega Ruiz", "Member", None, "role:role-label")}),
])
def test_role_label_member_of_a_board_list(extract, text, expected):
    assert rows(extract(text)) == expected


def test_members_label_states_no_role_of_each(extract):
    assert not {r for r in rows(extract("Steering board\nMembers: Petra Holm, Oskar Lind\n")) if r[3] == "role:role-label"}


@pytest.mark.parametrize("text, expected", [
    # family "translated label" after a name: the English title after the slash is the role
    ("09:30 Opening – Dr. Gwen Morgan, Cyfarwyddwr / Director, Gwynedd Digital Cluster\n",
     {("Gwen Morgan", "Director", "Gwynedd Digital Cluster", "role:apposition")}),
    ("The report was presented by Ilse Kask, Juhataja / Managing Director, Tartu Food Cluster.\n",
     {("Ilse Kask", "Managing Director", "Tartu Food Cluster", "role:apposition")}),
    ("Welcome words by Tomás Ruiz, Cadeirydd / Chair, Galician Wood Cluster.\n",
     {("Tomás Ruiz", "Chair", "Galician Wood Cluster", "role:apposition")}),
])
def test_translated_role_after_a_name(extract, text, expected):
    assert rows(extract(text)) == expected
