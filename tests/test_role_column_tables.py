"""People tables written as bar rows with no Markdown rule row (statement_columns.py, rule table:columns), as plain
text writes them and as ingest writes space-aligned text tables: a header line naming a person column and an
organisation and/or role column; the header line itself names nobody, and a prose reading that runs past a row's end
gives way to the row's cells."""
from __future__ import annotations

import pytest

_ATTENDANCE = """MINUTES OF THE 2nd STEERING GROUP OF THE NORTHWIND PROJECT

Attendance

Name | Organisation | Role in Northwind
Helga Sørensen | Baltic Offshore Cluster (BOC) | project coordinator
Dr. Tomasz Wiatr | Pomorska Agencja Rozwoju S.A. | finance
Ines Varga-Kolar | Adriatic Wind Network | WP2 leader

The meeting was opened by Helga Sørensen.
"""

_BOARD = """Board of the association

Name | Function | Organisation
Paavo Lindqvist | Chairman | Nordic Timber Oy
Kaisa Mäenpää | Vice-chair | Lapland Wood Cluster

The board met four times in 2030.
"""

_SPEAKERS = """Speakers of the afternoon

Speaker | Position | Organisation
Oskar Nilsson | professor | Lund University
Marta Ruiz Ortega | innovation manager | Basque Food Cluster
"""

_PARTNERS = """Participants
Partner | Name | Role
PP2 Vienna University of Technology | Sabine Kroll | researcher
PP3 Graz Wood Cluster | Martin Huber | communication officer
"""


def _rows(result, person):
    # (the line rule reads "Jane Doe | Chairman | Acme" rows alike: which rule gives the row is no matter here)
    return {(r.role, r.organisation) for r in result.roles if r.person == person}


@pytest.mark.parametrize("text, person, expected", [
    (_ATTENDANCE, "Helga Sørensen", {("project coordinator", "Baltic Offshore Cluster")}),
    (_ATTENDANCE, "Tomasz Wiatr", {("finance", "Pomorska Agencja Rozwoju S.A.")}),
    (_ATTENDANCE, "Ines Varga-Kolar", {("WP2 leader", "Adriatic Wind Network")}),
    (_BOARD, "Paavo Lindqvist", {("Chairman", "Nordic Timber Oy")}),
    (_BOARD, "Kaisa Mäenpää", {("Vice-chair", "Lapland Wood Cluster")}),
    (_SPEAKERS, "Oskar Nilsson", {("professor", "Lund University")}),
    (_SPEAKERS, "Marta Ruiz Ortega", {("innovation manager", "Basque Food Cluster")}),
])
def test_bar_table_rows(extract, text, person, expected):
    assert _rows(extract(text), person) == expected


def test_partner_codes_and_row_ends(extract):
    """A partner code is no part of the organisation's name; the next row's cells are no part of a role; an
    organisation mention that runs from the header's last cell into the row ("Role PP2 …") is not the row's
    organisation: the cell's own text is."""
    result = extract(_PARTNERS)
    assert _rows(result, "Sabine Kroll") == {("researcher", "Vienna University of Technology")}
    assert _rows(result, "Martin Huber") == {("communication officer", "Graz Wood Cluster")}
    assert "Name Role" not in {p.name for p in result.people}


@pytest.mark.parametrize("text, person, expected", [
    (_ATTENDANCE, "Helga Sørensen", ("project coordinator", "Baltic Offshore Cluster", "role:table:columns")),
    (_ATTENDANCE, "Tomasz Wiatr", ("finance", "Pomorska Agencja Rozwoju S.A.", "role:table:columns")),
    (_PARTNERS, "Sabine Kroll", ("researcher", "Vienna University of Technology", "role:table:columns")),
])
def test_rows_read_by_this_rule(extract, text, person, expected):
    """Where no line rule reads the row (a role cell that is no title, a code before the organisation), this rule does."""
    assert {(r.role, r.organisation, r.rule) for r in extract(text).roles if r.person == person} == {expected}


@pytest.mark.parametrize("text", [
    # a bar line that names no columns opens no table
    "Menu: Home | News | Events\nJohn Smith | Acme Cluster | Director\n",
    # a Markdown table with its rule row is table:speaker's
    "| Name | Organisation |\n|---|---|\n| John Smith | Acme Cluster |\n",
])
def test_no_bar_table_without_a_header(extract, text):
    assert not [r for r in extract(text).roles if r.rule == "role:table:columns"]
