"""Family ``org-indented-head`` (role_org_entries.py): a directory or contact list whose entries are an organisation's
line flush left and its people on indented lines under it, entries one after another with no blank line; and family
``org-label-before-name`` (role_orgs.py) on a directory line whose organisation is followed by its seat and country
code before the dash ("Acme Foods Kft., Szeged (HU) – Jane Doe, director")."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # a member directory: the member's line with its seat, its representative and its focus indented under it
    ("Section A - Member clusters\n\nAUSTRIA\nAlpine Wood Cluster GmbH, Graz\n   Representative: Dr. Maria Huber, managing director\n"
     "   Focus: timber construction\nTyrol Food Cluster e.V., Innsbruck\n   Representative: Georg Lang, coordinator\n"
     "   Focus: dairy, cheese\n",
     {("Maria Huber", "managing director", "Alpine Wood Cluster GmbH", "role:apposition+org-indented-head"),
      ("Georg Lang", "coordinator", "Tyrol Food Cluster e.V.", "role:apposition+org-indented-head")}),
    # a consortium contact list: a beneficiary heading, the partner's line, its contacts after dotted leaders
    ("Beneficiary 4\nNordic Fibre Institute AB – Umeå, Sweden\n  Contact .................... Karin Berg, Innovation Manager\n\n"
     "Beneficiary 5\nAtlantic Packaging S.L. – Vigo, Spain\n  Contact .................... Iker Sola, Director\n",
     {("Karin Berg", "Innovation Manager", "Nordic Fibre Institute AB", "role:apposition+org-indented-head"),
      ("Iker Sola", "Director", "Atlantic Packaging S.L.", "role:apposition+org-indented-head")}),
    # the person's line under another indented line of the entry, a list mark before the label, a heading right above
    ("Exhibitors\nBaltic Amber Works UAB, Klaipėda\n    Stand B12, hall 3\n    - Sales contact: Rasa Petraitė, export manager\n",
     {("Rasa Petraitė", "export manager", "Baltic Amber Works UAB", "role:apposition+org-indented-head")}),
])
def test_indented_entry_under_its_organisation_line(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_indented_entry_also_for_a_person_with_no_role(extract):
    text = "Beneficiary 2\nLusitania Cork Institute, Porto\n  Researcher ................. Dr. Tiago Moura\n"
    assert ("Tiago Moura", "", "Lusitania Cork Institute", "role:org-indented-head") in _rows(extract(text))


def test_indented_entry_needs_the_organisation_alone_on_its_line(extract):
    # a flush-left sentence that names an organisation is no entry's head
    text = "Notes\n\nWe visited Alpine Wood Cluster GmbH in Graz last week.\n   Representative: Dr. Maria Huber, managing director\n"
    assert {r for r in _rows(extract(text)) if r[3].endswith("org-indented-head")} == set()


def test_indented_entry_stops_at_a_blank_line(extract):
    text = "Alpine Wood Cluster GmbH, Graz\n\n   Representative: Dr. Maria Huber, managing director\n"
    assert {r for r in _rows(extract(text)) if r[3].endswith("org-indented-head")} == set()


@pytest.mark.parametrize("text, expected", [
    ("Associated members\n\nKovács Dairy Kft., Szeged (HU)        – Anna Kovács, quality manager\n",
     ("Anna Kovács", "Kovács Dairy Kft.")),
    ("Associated members\n\nDanubia Seeds s.r.o., Nitra (SK)      – Dr. Eva Nováková, head of breeding\n",
     ("Eva Nováková", "Danubia Seeds s.r.o.")),
    ("Partners\n\n– Lakeside Robotics AB, Västerås (Sweden) – Nils Ek, CTO\n", ("Nils Ek", "Lakeside Robotics AB")),
])
def test_directory_line_with_seat_and_country_code_before_the_dash(extract, text, expected):
    rows = _rows(extract(text))
    assert {(p, o) for p, _, o, rule in rows if rule.endswith("+org-label-before-name")} == {expected}


@pytest.mark.parametrize("text, expected", [
    # rows of a directory read as one paragraph: each row's role ends at its line, the next row's organisation is kept
    ("Associated members\n\nKovács Dairy Kft., Szeged (HU) – Anna Kovács, quality manager\n"
     "Rila Mills OOD, Sofia (BG) – Petar Ivanov, CEO\nDanubia Seeds s.r.o., Nitra (SK) – Dr. Eva Nováková, head of breeding\n",
     {("Anna Kovács", "quality manager", "Kovács Dairy Kft.", "role:apposition+org-label-before-name"),
      ("Petar Ivanov", "CEO", "Rila Mills OOD", "role:apposition+org-label-before-name"),
      ("Eva Nováková", "head of breeding", "Danubia Seeds s.r.o.", "role:apposition+org-label-before-name")}),
    ("Exhibitors\n\nNordic Fibre AB – Karin Berg, sales director\nAtlantic Cork Lda – Rui Moura, export manager\n",
     {("Karin Berg", "sales director", "Nordic Fibre AB", "role:apposition+org-label-before-name"),
      ("Rui Moura", "export manager", "Atlantic Cork Lda", "role:apposition+org-label-before-name")}),
    ("Jury\n\n- Baltic Design Cluster – Ieva Ozola, chair\n- Tallinn Craft Guild OÜ – Mart Tamm, secretary\n",
     {("Ieva Ozola", "chair", "Baltic Design Cluster", "role:apposition+org-label-before-name"),
      ("Mart Tamm", "secretary", "Tallinn Craft Guild OÜ", "role:apposition+org-label-before-name")}),
])
def test_dash_rows_left_in_a_paragraph_keep_their_line_ends(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_wrapped_prose_still_folds(extract):
    # a role wrapped at a paragraph's line end is still one phrase
    text = ("The opening speech was given by Dr. Laura Stein, the President\nof the Rhine Water Cluster, who thanked the hosts "
            "and the many partners who came.")
    assert _rows(extract(text)) == {("Laura Stein", "President", "Rhine Water Cluster", "role:apposition")}
