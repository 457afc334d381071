"""Rule ``role-label``, family "label and dash" (statement_role_first.role_label_statements): at a line's start a dash
stands for the label's colon, as boards' and teams' lists write them. Lists of our own, exact rows."""
from __future__ import annotations

import pytest


def _roles(result):
    return [(r.person, r.role, r.organisation, r.rule) for r in result.roles]


@pytest.mark.parametrize("text, expected", [
    ("Board of Directors\n\nChair – Sir Robert Hale,\nVice-Chair – Priya Raman,\nTreasurer – Mark Wetherall\n",
     [("Robert Hale", "Chair", None, "role:role-label"), ("Priya Raman", "Vice-Chair", None, "role:role-label"),
      ("Mark Wetherall", "Treasurer", None, "role:role-label")]),
    # indented, the holder's organisation in brackets
    ("Board 2037–2040\n\n President – Mark Kowalski\n Vice-President – Joan Fox (Hydro-Tech Ltd)\n",
     [("Mark Kowalski", "President", None, "role:role-label"),
      ("Joan Fox", "Vice-President", "Hydro-Tech Ltd", "role:role-label+org-in-brackets")]),
    # list items
    ("Board 2037–2040\n\n- President – Mark Kowalski\n- Vice-President – Joan Fox (Hydro-Tech Ltd)\n",
     [("Mark Kowalski", "President", None, "role:role-label"),
      ("Joan Fox", "Vice-President", "Hydro-Tech Ltd", "role:role-label+org-in-brackets")]),
    # a contact line: the office, a dash, the holder, a dash and a telephone number
    ("Contact\n\nCluster Director – Johanna Virtanen – +358 40 000 0001\n",
     [("Johanna Virtanen", "Cluster Director", None, "role:role-label")]),
    # not an office: a programme's session and its speaker
    ("Programme of the afternoon\n\nWorkshop – Jane Whitfield\nPanel debate – Tom Berrigan\n", []),
])
def test_an_office_a_dash_and_its_holder(extract, text, expected):
    assert _roles(extract(text)) == expected
