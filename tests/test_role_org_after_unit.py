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
    # a board office with the member's unit and university in brackets: the office is the own board's, the
    # bracket's affiliation moves to the university
    ("# Slavonian Wood Cluster – Report of the General Assembly 2031\n\n**Date and place:** 3 May 2031, Osijek\n"
     "**Minutes:** Petra Horvat, cluster manager\n\n## 1. Elections\n\nThe members of Slavonian Wood Cluster elected a "
     "new board. The new board is composed as follows:\n\n"
     "- President: Ana Kovačević (Faculty of Forestry, University of Zagreb)\n- Treasurer: Ivan Perić (Slavonija Parket d.o.o.)\n",
     {("Petra Horvat", "cluster manager", "Slavonian Wood Cluster", "role:apposition+org-kind-anaphor"),
      ("Ana Kovačević", "President", "Slavonian Wood Cluster", "role:role-label+org-in-brackets+own-board"),
      ("Ana Kovačević", "", "University of Zagreb", "role:name-bracket-org+org-after-unit"),
      ("Ana Kovačević", "", "Faculty of Forestry", "role:unit-before-org"),
      ("Ivan Perić", "", "Slavonija Parket d.o.o.", "role:name-bracket-org"),
      ("Ivan Perić", "Treasurer", "Slavonian Wood Cluster", "role:role-label+org-in-brackets+own-board")}),
    # the organisation first, the unit after it: unchanged
    ("The committee: Karl Brenner, professor, Graz University of Technology, Institute of Physics.",
     {("Karl Brenner", "professor", "Graz University of Technology", "role:apposition"),
      ("Karl Brenner", "", "Institute of Physics", "role:unit-after-org")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_org_after_unit(extract, text, expected):
    got = {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}
    assert got == expected
