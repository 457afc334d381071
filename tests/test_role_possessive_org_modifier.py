"""Rule ``role-of-org-name``, family "Organisation's new role, Name": a word of time ("new", "current", "former",
"acting", "outgoing", "incoming", "then") between an organisation's possessive and the role does not hide the
organisation: the role is the next name's, the organisation the possessive's."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Zentrix's current director, Wim Brouwer, will leave at the end of the year.",
     {("Wim Brouwer", "director", "Zentrix", "role:role-of-org-name")}),
    ("The grant was signed by Nordvik Marine Cluster's new chair, Ola Brekke, in March.",
     {("Ola Brekke", "chair", "Nordvik Marine Cluster", "role:role-of-org-name")}),
    ("In the interview, the Lisbon Port Authority's acting president, Rui Costa, explained the tender.",
     {("Rui Costa", "president", "Lisbon Port Authority", "role:role-of-org-name")}),
])
def test_possessive_org_then_time_word(extract, text, expected):
    assert roles(extract(text)) == expected


def test_name_before_keeps_the_role(extract):
    # "Jane Doe, Acme's new CEO, John Roe": the role is the name's before it, not John Roe's
    found = roles(extract("Guests were Clara Holm, Zentrix's new CEO, and Peter Lind from the region."))
    assert not any(p == "Peter Lind" for p, _, _, _ in found)
