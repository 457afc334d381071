"""Rule ``verb-name-role`` (statement_verb_as._name_as_role), family "appoints Name role": an active verb of
appointment or election (``role_appoint_verbs.txt``), a full name and the role title right after it with no "as",
the clause going on with punctuation, "and" or a preposition. One verb may govern several appointments ("elected
Jane Doe vice-chair and John Roe treasurer"). A bracket after the name, or a word that is no role title, gives no row.
"""
from __future__ import annotations

import pytest


def rows(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("At the end of the evening the general assembly appointed Marianne Oberholz honorary president.",
     {("Marianne Oberholz", "honorary president", None, "role:verb-name-role")}),
    ("After the AGM the new board elected Kasper Lindgren vice-chair and Sofie Aaltonen treasurer.",
     {("Kasper Lindgren", "vice-chair", None, "role:verb-name-role"),
      ("Sofie Aaltonen", "treasurer", None, "role:verb-name-role")}),
    ("The members named Rolf Brenner treasurer for two years and thanked the outgoing board.",
     {("Rolf Brenner", "treasurer", None, "role:verb-name-role")}),
])
def test_appointing_verb_name_then_role(extract, text, expected):
    assert rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # no role title after the name
    "The jury nominated Peter Hallström winner of the award for young engineers.",
    "We welcomed Ana Rutz yesterday at the cluster office in Linz.",
])
def test_no_role_title_after_the_name_no_row(extract, text):
    assert not extract(text).roles


def test_bracket_after_the_name_is_no_bare_role(extract):
    # the role inside the bracket is the person's current job, not the office the verb gives
    result = extract("On 2 May the members re-elected Petra Salminen (Managing Director, Arctic Test Tracks Oy) "
                     "for another term.")
    assert not [r for r in result.roles if r.rule.startswith("role:verb-name-role")]
