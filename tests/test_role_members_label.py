"""Board lists under a label that is a board office but no role title elsewhere ("Members:", statement_board.py, rule
board-label-list, after a board cue word), whose list wraps onto the next lines."""
from __future__ import annotations

import pytest

_HEAD = "Baltic Ferry Alliance – Minutes of the General Assembly 2031\n\nThe Baltic Ferry Alliance met in Tallinn on 3 May.\n\n"


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("line, expected", [
    # the label's list wraps onto indented lines, a bracket too
    ("- Members: Kaspar Ilves (Tallinn Harbour Services AS), Liis Tamm (Pärnu\n  Shipyard OÜ), Mart Saar\n"
     "  (Estonian Maritime Academy), Anu Kask (Saaremaa Ferries AS).\n\nThe assembly closed at noon.\n",
     {(n, "Member", "Baltic Ferry Alliance", "role:board-label-list+own-board") for n in
      ("Kaspar Ilves", "Liis Tamm", "Mart Saar", "Anu Kask")}),
    ("Members: Oskar Lepp (Narva Logistics OÜ) and Kadri Mets (Viljandi Port AS)\n",
     {("Oskar Lepp", "Member", "Baltic Ferry Alliance", "role:board-label-list+own-board"),
      ("Kadri Mets", "Member", "Baltic Ferry Alliance", "role:board-label-list+own-board")}),
])
def test_members_label_list(extract, line, expected):
    rows = _rows(extract(_HEAD + line))
    assert {r for r in rows if r[1]} == expected


def test_members_label_without_names_is_no_list(extract):
    r = extract(_HEAD + "Members: 48 (+7) · Events: 23 · Participants: 1,450\n")
    assert not [x for x in r.roles if x.role]


def test_label_list_stops_at_the_next_label_line(extract):
    rows = _rows(extract(_HEAD + "Members: Oskar Lepp (Narva Logistics OÜ), Kadri Mets (Viljandi Port AS),\n"
                                 "Guests: Priit Org (Tartu Science Park), Eva Kuusk (Tallinn City)\n"))
    assert {r[0] for r in rows if r[1] == "Member"} == {"Oskar Lepp", "Kadri Mets"}


def test_members_label_needs_a_board_cue(extract):
    # no board cue word before the list: "Members:" may list a project's or a network's members, no office
    r = extract("Working group on skills\n\nMembers: Oskar Lepp (Narva Logistics OÜ) and Kadri Mets (Viljandi Port AS)\n")
    assert not [x for x in r.roles if x.role]


@pytest.mark.parametrize("line, expected", [
    # the list line opens with an emoji or another mark
    ("👉 Members: Oskar Lepp (Narva Logistics OÜ), Kadri Mets (Viljandi Port AS), and Dr. Priit Org (Tartu Science Park)\n",
     {(n, "Member", "Baltic Ferry Alliance", "role:board-label-list+own-board") for n in ("Oskar Lepp", "Kadri Mets", "Priit Org")}),
    # each item has its note after the bracket before the next one
    ("Board members: Mag. Oskar Lepp (Narva Logistics OÜ) – re-elected; Kadri Mets (Viljandi Port AS) – newly elected\n",
     {(n, "Board member", "Baltic Ferry Alliance", "role:board-label-list+own-board") for n in ("Oskar Lepp", "Kadri Mets")}),
    # the label stands inside its line, after a middle dot or a bar
    ("Treasurer: Eva Kuusk · Members: Oskar Lepp (Narva Logistics OÜ), Kadri Mets (Viljandi Port AS)\n",
     {("Eva Kuusk", "Treasurer", "Baltic Ferry Alliance", "role:role-label+own-org"),
      *((n, "Member", "Baltic Ferry Alliance", "role:board-label-list+own-board") for n in ("Oskar Lepp", "Kadri Mets"))}),
    ("Chair: Eva Kuusk | Members: Oskar Lepp (Narva Logistics OÜ) and Kadri Mets (Viljandi Port AS)\n",
     {("Eva Kuusk", "Chair", "Baltic Ferry Alliance", "role:role-label+own-org"),
      *((n, "Member", "Baltic Ferry Alliance", "role:board-label-list+own-board") for n in ("Oskar Lepp", "Kadri Mets"))}),
])
def test_members_label_list_in_the_shapes_lists_take(extract, line, expected):
    rows = _rows(extract(_HEAD + line))
    assert {r for r in rows if r[1]} == expected
