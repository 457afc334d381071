"""Rule family "Name, Field Title for X, Organisation" (rule ``apposition``): a role whose capitalised field words come
before its title ("Regional Minister", "Senior Manager", "Chief Officer") after a name and a comma is that name's; the
organisation segment after it is no person that ``role-of-org-name`` may read as the holder of "Minister for …"
("Regione Umbria", "Nordic Foods" were rows of their own and the person kept no role). The lead before the title in
statement_role_of_org.py's ``_LEAD_FIELD`` passes those field words to reach the name."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("The opening panel brought together Marco Ferretti, Regional Minister for Economic Development, Regione Umbria, "
     "and two founders.",
     {("Marco Ferretti", "Regional Minister for Economic Development", "Regione Umbria", "role:apposition")}),
    ("The morning was opened by Lena Maurer, Chief Officer for Innovation, Zentrix Robotics, and closed by the host.",
     {("Lena Maurer", "Chief Officer for Innovation", "Zentrix Robotics", "role:apposition")}),
    ('"We are ready," said Anna Berg, Senior Manager for Partnerships, Nordic Foods, after the vote.',
     {("Anna Berg", "Senior Manager for Partnerships", "Nordic Foods", "role:apposition")}),
    # the role before the comma with no field words keeps its reading
    ("The keynote by Jorge Silva, Head of Unit for Skills, Porto Tech, followed the lunch.",
     {("Jorge Silva", "Head of Unit for Skills", "Porto Tech", "role:apposition")}),
])
def test_field_title_after_name_is_the_names(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_of_org_before_a_name_still_read(extract):
    # no name before the role: "the Minister for Industry of X, Name" is still read
    found = roles(extract("The fair was opened by the Minister for Industry of Zentralia, Petra Holm, on Monday."))
    assert {(p, r) for p, r, _, _ in found} == {("Petra Holm", "Minister for Industry of Zentralia")}
