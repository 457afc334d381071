"""Family ``org-after-unit`` (role_org_units.py) with a connector between the unit and its parent: the role is held in
the parent organisation named after "of the", "at" or another language's connector, the unit keeps an affiliation row."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Ing. Jana Vrba, head of the Regional Development Department of the Olomouc Region, said the region would help.",
     {("Jana Vrba", "head", "Olomouc Region", "role:line:name-role+org-after-unit"),
      ("Jana Vrba", "", "Regional Development Department", "role:unit-before-org")}),
    ("The study was led by Dr. Tomas Ruud, director of the Energy Department of the Province of Trento, with two partners.",
     {("Tomas Ruud", "director", "Province of Trento", "role:apposition+org-after-unit"),
      ("Tomas Ruud", "", "Energy Department", "role:unit-before-org")}),
    ("The call was presented by Mr Paolo Neri, head of the Incentives Unit of the Molise Development Agency, in Campobasso.",
     {("Paolo Neri", "head", "Molise Development Agency", "role:apposition+org-after-unit"),
      ("Paolo Neri", "", "Incentives Unit", "role:unit-before-org")}),
])
def test_parent_after_a_connector(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_unit_alone_keeps_its_row(extract):
    text = "With Dr. Nadia Ilieva, Head of the Soil Science Department, and the other guests."
    assert {(p, o) for p, _, o, _ in _rows(extract(text))} == {("Nadia Ilieva", "Soil Science Department")}
