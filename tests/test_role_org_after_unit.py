"""Family ``org-after-unit`` (role_org_units.py): a person's field that names the unit first and its organisation
after a comma ("director, Directorate for Trade, Ministry of Acme", "Department of Physics, Acme University") holds
the role in the organisation; the unit keeps an affiliation row (``unit-before-org``). Not when the name after the
unit is a unit too; the other order stays ``unit-after-org``."""
from __future__ import annotations

import pytest

CASES = [
    # a panel list: a role before the unit, a bare affiliation, a unit's name that runs on over a comma
    ("Members of the expert panel:\n"
     "- Dr. Maren Holtfeld, director, Directorate for Trade Policy, Ministry of Economic Affairs of Lower Carinthia\n"
     "- Prof. Tomas Weidinger, Department of Mechanical Engineering, Graz University of Technology\n"
     "- Dr. Lisa Ambrosch, lecturer, Faculty of Automation, Computers and Electronics, University of Craiova\n",
     {("Maren Holtfeld", "director", "Ministry of Economic Affairs of Lower Carinthia", "role:line:name-role+org-after-unit"),
      ("Maren Holtfeld", "", "Directorate for Trade Policy", "role:unit-before-org"),
      ("Tomas Weidinger", "", "Graz University of Technology", "role:line:name-org+org-after-unit"),
      ("Tomas Weidinger", "", "Department of Mechanical Engineering", "role:unit-before-org"),
      ("Lisa Ambrosch", "lecturer", "University of Craiova", "role:line:name-role+org-after-unit"),
      ("Lisa Ambrosch", "", "Faculty of Automation", "role:unit-before-org")}),
    # in running text, the unit's acronym in brackets between
    ("The jury was chaired by Anja Verhoeven, director of the Institute for Marine Robotics (IMR), Delft University of "
     "Technology, and included two investors.",
     {("Anja Verhoeven", "director", "Delft University of Technology", "role:apposition+org-after-unit"),
      ("Anja Verhoeven", "", "Institute for Marine Robotics", "role:unit-before-org")}),
    # a unit after a unit: the second is no organisation above them
    ("Contact: Pia Rantanen, Principal Officer, Innovation Policy Unit, Department of Enterprise",
     {("Pia Rantanen", "Principal Officer", "Innovation Policy Unit", "role:apposition")}),
    # the organisation first, the unit after it: unchanged
    ("The committee: Karl Brenner, professor, Graz University of Technology, Institute of Physics.",
     {("Karl Brenner", "professor", "Graz University of Technology", "role:apposition"),
      ("Karl Brenner", "", "Institute of Physics", "role:unit-after-org")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_org_after_unit(extract, text, expected):
    got = {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}
    assert got == expected
