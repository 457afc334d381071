"""Family ``own-team-list`` (role_own_team_lists.py): the people listed right under a lead-in that names the
document's own team and ends with a colon ("the management team consists of:", "The Acme team now counts five
people:") hold their roles in the document's own organisation; a project team's list is not the own staff."""
from __future__ import annotations

import pytest

CASES = [
    # a newsletter: the list right under the lead-in
    ("Lakeside Food Cluster – Newsletter 3/2034\n\nLakeside Food Cluster welcomes new staff. Since March the management "
     "team consists of:\n- Jana Brezina, Deputy Director\n- Piet Janssen, Innovation Manager\n\n"
     "Lakeside Food Cluster · Seestrasse 4 · Bregenz\n",
     {("Jana Brezina", "Deputy Director", "Lakeside Food Cluster", "role:line:name-role+own-team-list"),
      ("Piet Janssen", "Innovation Manager", "Lakeside Food Cluster", "role:line:name-role+own-team-list")}),
    # the organisation's name before "team", a blank line under the lead-in
    ("Danube Wood Cluster – team news\n\nThe Danube Wood Cluster team now counts five people:\n\n"
     "Anna Kovacs – Communications\nMilan Horvat – Finance & Office\n\n"
     "Questions? Write to the Danube Wood Cluster office.\n",
     {("Anna Kovacs", "Communications", "Danube Wood Cluster", "role:line:name-role+own-team-list"),
      ("Milan Horvat", "Finance & Office", "Danube Wood Cluster", "role:line:name-role+own-team-list")}),
    # a project team gathers the partners' people: no own organisation
    ("Harbour Robotics Cluster – Newsletter\n\nHarbour Robotics Cluster met its partners in Gdynia. Here is who is who in "
     "the project team:\n- Eva Nowak, work package leader\n- Jan Kowal, researcher\n",
     {("Eva Nowak", "work package leader", None, "role:line:name-role"),
      ("Jan Kowal", "researcher", None, "role:line:name-role")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_own_team_list(extract, text, expected):
    got = {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}
    assert got == expected
