"""Family ``board-member-employer`` (role_own_board_employers.py): on the own organisation's board page, the job and
company a board member holds the seat for, after the office on the list line ("– Treasurer. CFO, Acme AB.") or on the
card's next line ("Member of the Board\\n\\nAcme AG"), give a row of their own beside the office's; a sentence about
the member gives none."""
from __future__ import annotations

import pytest

CASES = [
    # a list: a seat note between office and full stop, a place in brackets after the company, a sentence
    ("Board\n\nSince 2020, the Nordic Battery Cluster has gathered 70 companies around Skellefteå.\n\n"
     "Members of the Board\n\n"
     "- Dr. Ingrid Holmlund – Chair (since 2031). Chief Executive Officer, Norrvolt Cells AB.\n"
     "- Pekka Salminen – Treasurer. Finance director, Bothnia Recycling Oy (Vaasa).\n"
     "- Sara Lindgren – Member of the Board. She joined the board in 2033 after twelve years at Umeå Energi AB.\n",
     {("Ingrid Holmlund", "Chair", "Nordic Battery Cluster", "role:line:name-role+own-org"),
      ("Ingrid Holmlund", "Chief Executive Officer", "Norrvolt Cells AB", "role:board-member-employer"),
      ("Pekka Salminen", "Treasurer", "Nordic Battery Cluster", "role:line:name-role+own-org"),
      ("Pekka Salminen", "Finance director", "Bothnia Recycling Oy", "role:board-member-employer"),
      ("Sara Lindgren", "Member of the Board", "Nordic Battery Cluster", "role:line:name-role+own-org")}),
    # cards: the job and company on the next line, or the company alone
    ("Board and team\n\nSince 2019, the Orbital Sensors Cluster Tyrol has brought together 40 companies around "
     "Innsbruck.\n\nBoard of Directors\n\nMara Lindqvist\n\nPresident\n\nHead of Production, Alpenoptik GmbH\n\n"
     "Ole Brandtner\n\nMember of the Board\n\nTyrol Space Systems AG\n\nTeam\n\nIda Holmberg\n\nCommunications Officer\n",
     {("Mara Lindqvist", "President", "Orbital Sensors Cluster Tyrol", "role:line:name-over-role+own-org"),
      ("Mara Lindqvist", "Head of Production", "Alpenoptik GmbH", "role:board-member-employer"),
      ("Ole Brandtner", "Member of the Board", "Orbital Sensors Cluster Tyrol", "role:line:name-over-role+own-org"),
      ("Ole Brandtner", "", "Tyrol Space Systems AG", "role:board-member-employer"),
      ("Ida Holmberg", "Communications Officer", "Orbital Sensors Cluster Tyrol", "role:line:name-over-role+own-team-section")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_board_member_employer(extract, text, expected):
    got = {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}
    assert got == expected


def test_no_employer_without_own_organisation(extract):
    # no page of the organisation's own: the offices stay without organisation, no employer row is added
    text = ("Members of the Board\n\n- Dr. Ingrid Holmlund – Chair. Chief Executive Officer, Norrvolt Cells AB.\n"
            "- Pekka Salminen – Treasurer. Finance director, Bothnia Recycling Oy.\n")
    assert not [r for r in extract(text).roles if r.rule.endswith("board-member-employer")]


def test_no_employer_from_the_next_table_row(extract_file):
    # a Markdown table of signatories, read a cell a line: the next row's organisation is no employer of the chair
    text = ("# Board\n\nSince 2020, the Nordic Battery Cluster has gathered 70 companies around Skellefteå.\n\n"
            "| Member | Signed by |\n|---|---|\n| Baltic Cell Network | Jonas Berg, Chair |\n"
            "| Fjord Energy Cluster AB | Eva Dahl |\n")
    assert not [r for r in extract_file("board.md", text).roles if r.rule.endswith("board-member-employer")]


def test_no_employer_of_another_person(extract):
    # running text: the sentence after the office is about another person
    text = ("Board\n\nSince 2020, the Nordic Battery Cluster has gathered 70 companies around Skellefteå. At the assembly "
            "Ingrid Holmlund was re-elected Chair. Maja Ek, CEO of Norrvolt Cells AB, joins the board.\n")
    assert not [r for r in extract(text).roles if r.person == "Ingrid Holmlund" and r.rule.endswith("board-member-employer")]
