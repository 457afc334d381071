"""Name-over-role cards whose name and role lines are paragraphs of their own (a team page as HTML ingest writes it,
statement_lines.py, rule line:name-over-role)."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Our people\n\nMarta Kowalska\n\nhead of international projects\n\nMarta joined the network in 2029.\n\n"
     "Jonas Berg\n\nevents and membership officer\n\nTomas Lind\n\ndeputy director, Gothenburg office\n\nTomas runs the west.\n",
     {("Marta Kowalska", "head of international projects", None, "role:line:name-over-role"),
      ("Jonas Berg", "events and membership officer", None, "role:line:name-over-role"),
      ("Tomas Lind", "deputy director, Gothenburg office", None, "role:line:name-over-role")}),
    ("Speakers\n\nElena Ruiz\n\nPolicy Officer\n\nNikos Pappas\n\nSenior Researcher\n",
     {("Elena Ruiz", "Policy Officer", None, "role:line:name-over-role"),
      ("Nikos Pappas", "Senior Researcher", None, "role:line:name-over-role")}),
])
def test_name_over_role_cards(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_card_needs_a_short_line_of_its_own(extract):
    # the paragraph under a name line is prose, not a role line
    r = extract("Team news\n\nMarta Kowalska\n\nThe project manager of the network presented the results of the survey "
                "to the members and thanked the partners for their work this year.\n")
    assert not [x for x in r.roles if x.person == "Marta Kowalska" and x.role]
