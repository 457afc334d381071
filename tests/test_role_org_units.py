"""Family "unit-after-org" (pipeline/extract/role_org_units.py): the unit named after a person's organisation, after
a comma, is an affiliation row of its own. Exact role rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # in brackets after the name
    ("The working group is led by Dr. Tomas Varga (Danube University, Department of Food Engineering) until May.",
     {("Tomas Varga", "", "Danube University", "role:name-paren"),
      ("Tomas Varga", "", "Department of Food Engineering", "role:unit-after-org")}),
    # a regional authority and its directorate after a comma
    ("The call was presented by Elena Mavrou, Region of Epirus, Directorate of Rural Development.",
     {("Elena Mavrou", "", "Region of Epirus", "role:name-comma-org"),
      ("Elena Mavrou", "", "Directorate of Rural Development", "role:unit-after-org")}),
    # after a role label, the unit closing the line
    ("Session B: Coastal robotics\n\nChair: Prof. Inga Berzina, Riga Technical University, Centre for Marine Robotics\n",
     {("Inga Berzina", "Chair", "Riga Technical University", "role:role-label+org-after-role"),
      ("Inga Berzina", "", "Centre for Marine Robotics", "role:unit-after-org")}),
])
def test_role_org_unit_after_the_organisation(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_org_unit_must_end_the_field(extract):
    # the unit's name runs on into the sentence: no row of its own
    text = "The call was discussed with Elena Mavrou, Region of Epirus, Directorate of Rural Development staff and farmers."
    assert roles(extract(text)) == {("Elena Mavrou", "", "Region of Epirus", "role:name-comma-org")}


def test_role_org_unit_after_a_unit_is_its_parent(extract):
    # the statement's organisation is a unit already: the department after it is its parent, no row of its own
    text = "The review was led by Marta Lenz, Senior Adviser, Cluster Policy Unit, Department of Industry and Energy."
    assert roles(extract(text)) == {("Marta Lenz", "Senior Adviser", "Cluster Policy Unit", "role:apposition")}
