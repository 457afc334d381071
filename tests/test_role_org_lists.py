"""Whose organisation a listed person belongs to when the list is laid out over lines (role_orgs.py,
role_own_org.py, statement_name_first.py): a bracket wrapped onto the next line, a photo credit inside a
caption or footer line. Exact role rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


# A bracket after a name wrapped by a plain-text or PDF line break: before the bracket or once inside it.
@pytest.mark.parametrize("text, expected", [
    ("The workshop in Tartu closed with a panel on timber housing. On the panel: Dr. Kadri Lepik (Senior Researcher,\n"
     "Estonian Wood Construction Cluster) and guests from Latvia.",
     {("Kadri Lepik", "Senior Researcher", "Estonian Wood Construction Cluster", "role:name-paren-role")}),
    ("The steering group confirmed the two new auditors for 2028 and 2029, Jonas Petrauskas and Greta Weber\n"
     " (Hohenlohe Dairy eG), at the end of the meeting.",
     {("Greta Weber", "", "Hohenlohe Dairy eG", "role:name-bracket-org")}),
    ("Speakers at the closing session in Gdansk included Tomasz Wrona (Baltic Cable Works Sp. z o.o.) and Mette Lund\n"
     "(Vestjysk Vind A/S), who spoke about port capacity.",
     {("Tomasz Wrona", "", "Baltic Cable Works Sp. z o.o.", "role:name-bracket-org"),
      ("Mette Lund", "", "Vestjysk Vind A/S", "role:name-bracket-org")}),
])
def test_role_orgs_bracket_wrapped_over_a_line_break(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "credit-org": a credit after a sentence or a separator on its line, or after "©" anywhere.
@pytest.mark.parametrize("text, expected", [
    ("The Upper Austria Plastics Cluster (UAPC) visited four recycling plants in Linz.\n\n"
     "Participants at the sorting line of the second plant. Photos: UAPC / Franz Leitner",
     {("Franz Leitner", "", "Upper Austria Plastics Cluster", "role:credit-org")}),
    ("The Aegean Marine Network (AMN) held its annual forum on Syros with 120 guests.\n\n"
     "The two presidents at the signing table. © AMN / Nikos Petridis",
     {("Nikos Petridis", "", "Aegean Marine Network", "role:credit-org")}),
    ("The Silesian Energy Cluster (SEC) welcomed eight new members in March.\n\n"
     "Contact: office@sec.example | Photo: SEC / Anna Kowal",
     {("Anna Kowal", "", "Silesian Energy Cluster", "role:credit-org")}),
])
def test_role_orgs_credit_inside_a_caption_line(extract, text, expected):
    assert roles(extract(text)) == expected
