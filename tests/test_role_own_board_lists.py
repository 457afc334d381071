"""Board lists the family ``own-board`` reads past its first shapes (role_own_board.py): an office qualified by its
organ, an ordinal or a modifier ("Styrelsens ordförande", "Předseda správní rady", "First Vice-President"), a plain
seat in the other languages ("Bestyrelsesmedlem", "valdybos narė"), a card's fields on lines of their own ("Name" /
"Office" / "Employer"), a list line "Name – office, Employer", and a long table or card column whose heading or
lead-in paragraph stands further back than a sentence (the list goes on from entry to entry). The office is held in the
organisation whose board it is (SCHEMA, board-office convention); the employer stays the person's affiliation. A job
title with no board office, and a card outside any board list, keep their organisation."""
from __future__ import annotations

import pytest


def _rows(result, person):
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


_HEAD = "Tyrol Wood Cluster – Minutes of the General Assembly 2027\n\nThe Tyrol Wood Cluster met in Innsbruck on 4 May.\n\n"


@pytest.mark.parametrize("line, person, role, employer, rule", [
    ("Styrelsens ordförande Eva Lindgren (Fjällträ AB) öppnade mötet.\n", "Eva Lindgren", "Styrelsens ordförande",
     "Fjällträ AB", "role:role-before-name-language+org-in-brackets+own-board"),
    ("Předseda správní rady Ing. Tomáš Bartoš (Dřevo Bartoš s.r.o.) shrnul rok.\n", "Tomáš Bartoš",
     "Předseda správní rady", "Dřevo Bartoš s.r.o.", "role:role-before-name-language+org-in-brackets+own-board"),
    ("- First Vice-President: Martin Eder (Eder Sawmill GmbH)\n", "Martin Eder", "First Vice-President",
     "Eder Sawmill GmbH", "role:role-label+org-in-brackets+own-board"),
    ("- Vicepresidente primero: Tomás Gil Rubio (Corchos Gil S.A.)\n", "Tomás Gil Rubio", "Vicepresidente primero",
     "Corchos Gil S.A.", "role:role-label+org-in-brackets+own-board"),
])
def test_office_with_its_organ_or_ordinal_is_the_own_boards(extract, line, person, role, employer, rule):
    rows = _rows(extract(_HEAD + line), person)
    assert rows == {(role, "Tyrol Wood Cluster", rule), ("", employer, "role:name-bracket-org")}


_CARDS = ("Nordic Timber Cluster – Board\n\nThe Nordic Timber Cluster is the wood cluster of Jämtland.\n\n"
          "Board of the cluster\n\n"
          "Anna Berglund\nChair\nBerglund Trä AB, Östersund\nElected 2031; responsible for strategy and finance.\n\n"
          "Johan Sörlin\nVice-Chair\nMid Sweden University\nRepresents the research members of the cluster.\n\n"
          "Karin Ek\nTreasurer\nEk Fastigheter AB, Krokom\nChairs the audit committee of the association.\n\n"
          "Olof Nilsson\nBoard Member\nNilsson Bygg AB\nLeads the working group on timber construction.\n\n"
          "Maja Holm\nBoard Member\nHolm Snickeri AB\nLeads the working group on joinery and interiors.\n")


@pytest.mark.parametrize("person, role, employer", [
    ("Anna Berglund", "Chair", "Berglund Trä AB"),
    ("Karin Ek", "Treasurer", "Ek Fastigheter AB"),
    ("Maja Holm", "Board Member", "Holm Snickeri AB"),
])
def test_card_column_of_a_board(extract, person, role, employer):
    # the cards run on past the heading's reach: each card follows the one before in the same list
    rows = _rows(extract(_CARDS), person)
    assert (role, "Nordic Timber Cluster", "role:line:name-over-role+own-board") in rows
    assert all(org != employer for r, org, _ in rows if r)


@pytest.mark.parametrize("line, person, role, employer", [
    ("- Petra Hofer – Treasurer, Hofer Holz GmbH, Schwaz\n", "Petra Hofer", "Treasurer", "Hofer Holz GmbH"),
    ("- Stefan Moll – Vice-President, Moll Joinery KG, Hall\n", "Stefan Moll", "Vice-President", "Moll Joinery KG"),
    ("- Ines Wald – Board member, Tyrol Forest Agency, Innsbruck\n", "Ines Wald", "Board member", "Tyrol Forest Agency"),
])
def test_list_line_with_the_office_after_a_dash_and_the_employer_after_a_comma(extract, line, person, role, employer):
    text = _HEAD + "The general assembly elected the board:\n\n" + line
    rows = _rows(extract(text), person)
    assert (role, "Tyrol Wood Cluster", "role:line:name-role+own-board") in rows
    assert ("", employer, "role:name-comma-org") in rows


def test_long_table_under_a_heading_and_lead_in_paragraph(extract):
    # the table's rows start well past the heading's sentence: the lead-in paragraph under the heading names the board
    lead = ("The board of directors sets the programme of the year, approves the budget for the assembly and admits new "
            "members. It meets every two months, also by video; decisions need the majority of the directors present. "
            "Of its seven members, five represent member companies, one the universities and one the region. ") * 3
    text = ("Lika Food Cluster – Annual Report 2029\n\nThe Lika Food Cluster grew to 48 members in 2029.\n\n"
            "Board of Directors\n\n" + lead.strip() + "\n\nOffice\n\nName\n\nOrganisation\n\n"
            "Chairwoman\n\nVesna Bilić\n\nBilić Cheese d.o.o.\n\n"
            "Treasurer\n\nMarko Perić\n\nPerić Honey Ltd\n\n"
            "Member\n\nIvana Kos\n\nGospić Agricultural School\n")
    r = extract(text)
    for person, role, employer in [("Vesna Bilić", "Chairwoman", "Bilić Cheese d.o.o."),
                                   ("Marko Perić", "Treasurer", "Perić Honey Ltd"),
                                   ("Ivana Kos", "Member", "Gospić Agricultural School")]:
        assert _rows(r, person) == {(role, "Lika Food Cluster", "role:table:speaker+own-board"),
                                    ("", employer, "role:table:cell-org")}


@pytest.mark.parametrize("table_head", ["Navn\n\nVirksomhed\n\nRolle i bestyrelsen\n\n", "Name\n\nOrganisation\n\nRole\n\n"])
def test_plain_seat_in_another_language_in_a_board_table(extract, table_head):
    text = ("Vestjysk Fødevareklynge – Referat af generalforsamlingen\n\nVestjysk Fødevareklynge holdt generalforsamling "
            "i Herning.\n\nBestyrelsen ser herefter således ud:\n\n" + table_head +
            "Mette Lund\n\nLund Mejeri A/S\n\nBestyrelsesmedlem\n\n")
    rows = _rows(extract(text), "Mette Lund")
    assert ("Bestyrelsesmedlem", "Vestjysk Fødevareklynge", "role:table:speaker+own-board") in rows


def test_job_title_with_no_board_office_keeps_its_employer(extract):
    text = _HEAD + "The general assembly elected the board.\n\n- Petra Hofer – Managing Director, Hofer Holz GmbH, Schwaz\n"
    rows = _rows(extract(text), "Petra Hofer")
    assert ("Managing Director", "Tyrol Wood Cluster") not in {r[:2] for r in rows}


def test_card_outside_a_board_list_keeps_its_organisation(extract):
    text = ("Nordic Timber Cluster – Speakers\n\nThe Nordic Timber Cluster hosts its autumn forum in Östersund.\n\n"
            "Speakers\n\nAnna Berglund\nChair\nBerglund Trä AB\nOpens the forum and leads the first panel.\n")
    rows = _rows(extract(text), "Anna Berglund")
    assert ("Chair", "Nordic Timber Cluster") not in {r[:2] for r in rows}
