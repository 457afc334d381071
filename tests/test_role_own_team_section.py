"""Family ``own-team-section`` (role_own_org.py): a person listed with a role and no organisation under a heading of
the document's own staff ("Meet the team", "3. MANAGEMENT TEAM", "Our team") works for the organisation the
document is written by, up to a heading that names a board or one of the heading's own rank."""
from __future__ import annotations

import pytest

CASES = [
    ("Harbour Robotics Cluster – Annual report 2031\n\nHarbour Robotics Cluster grew to 90 members.\n\n"
     "2. MANAGEMENT TEAM\n\nMira Kos – Managing Director\nKarl Moser – Finance and Administration\n\n"
     "3. PROJECTS\n\nThe project leader, Eva Gruber, presented the results.\n",
     {("Mira Kos", "Managing Director", "Harbour Robotics Cluster", "role:line:name-role+own-team-section"),
      # "3. PROJECTS" ends the section (no own-team-section); a project leader is a post of the own organisation in
      # any section (own-org: role_title_concepts.csv's project_manager forms, [office concepts] of role_own_offices.txt)
      ("Eva Gruber", "project leader", "Harbour Robotics Cluster", "role:the-role-name+own-org"),
      ("Karl Moser", "Finance and Administration", "Harbour Robotics Cluster", "role:line:name-role+own-team-section")}),
    ("Danube Food Network\n\nDanube Food Network – who we are\n\n# Our team\n\n"
     "- Lena Vogt, programme manager\n- Jonas Berg, events officer\n\n# Board of directors\n\n"
     "- Petra Lind, treasurer\n",
     {("Lena Vogt", "programme manager", "Danube Food Network", "role:line:name-role+own-team-section"),
      ("Jonas Berg", "events officer", "Danube Food Network", "role:line:name-role+own-team-section"),
      ("Petra Lind", "treasurer", "Danube Food Network", "role:line:name-role+own-org")}),  # the board's section
    ("Alpine Wood Cluster – Who's who\n\nAlpine Wood Cluster, Graz.\n\nManagement\n\n"
     "Tomas Weber, director\n\nDepartment for Projects\n\nAnna Huber, project manager, timber construction\n",
     {("Tomas Weber", "director", "Alpine Wood Cluster", "role:line:name-role+own-team-section"),
      ("Anna Huber", "project manager", "Alpine Wood Cluster", "role:line:name-role+own-team-section")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_roles_own_team_section(extract, text, expected):
    got = {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}
    assert got == expected


def test_own_team_section_keeps_a_named_organisation(extract):
    text = ("Alpine Wood Cluster – Who's who\n\nAlpine Wood Cluster, Graz.\n\nOur team\n\n"
            "Tomas Weber, director\nAnna Huber, professor at the University of Graz\n")
    got = {(r.person, r.organisation) for r in extract(text).roles}
    assert ("Anna Huber", "University of Graz") in got and ("Anna Huber", "Alpine Wood Cluster") not in got


def test_own_team_section_no_heading(extract):
    # "management" wrapped inside a sentence is no heading
    text = ("Alpine Wood Cluster – Newsletter\n\nAlpine Wood Cluster grew. The programme improves cluster\nmanagement\n"
            "excellence.\n\nTomas Weber, director, opened the day.\n")
    assert not [r for r in extract(text).roles if r.rule.endswith("own-team-section")]
