"""Family ``own-org`` on an organisation's own board, governance or team page (role_own_org.team_page_intro,
role_own_publisher.intro_subject): a page titled "Board", "Board and team", "Governance" (data/role_own_page_headings.txt)
or "Management" (data/role_own_team_headings.txt) whose opening paragraph names the organisation once, not as its
first words ("Since 2019, the Acme Cluster …", "… is run by Acme GmbH"), lists that organisation's board offices and
staff."""
from __future__ import annotations

import pytest

CASES = [
    # a board-and-team page: the name stands after a lead-in, the offices and the staff under their headings
    ("Board and team\n\nSince 2019, the Orbital Sensors Cluster Tyrol has brought together 40 companies and two "
     "universities around Innsbruck.\n\nBoard of Directors\n\nMara Lindqvist\n\nPresident\n\nOle Brandtner\n\nTreasurer\n\n"
     "Team\n\nIda Holmberg\n\nCommunications Officer\n",
     {("Mara Lindqvist", "President", "Orbital Sensors Cluster Tyrol", "role:line:name-over-role+own-org"),
      ("Ole Brandtner", "Treasurer", "Orbital Sensors Cluster Tyrol", "role:line:name-over-role+own-org"),
      ("Ida Holmberg", "Communications Officer", "Orbital Sensors Cluster Tyrol", "role:line:name-over-role+own-team-section")}),
    # a governance page: labelled offices
    ("Governance\n\nFounded in 2015 by twelve sawmills, Baltic Timber Network AB links the wood industry of the Baltic "
     "coast.\n\nChair: Eva Lundgren\nTreasurer: Nils Bergström\n",
     {("Eva Lundgren", "Chair", "Baltic Timber Network AB", "role:role-label+own-org"),
      ("Nils Bergström", "Treasurer", "Baltic Timber Network AB", "role:role-label+own-org")}),
    # a team page whose paragraph names the company that runs the cluster
    ("Management\n\nThe cluster was set up in 2012 and is run by Danube Sensor Cluster GmbH in Linz, with a team of "
     "six.\n\nKarl Mosbauer\n\nManaging Director\n\nLena Voglreiter\n\nProject Manager\n",
     {("Karl Mosbauer", "Managing Director", "Danube Sensor Cluster GmbH", "role:line:name-over-role+own-team-section"),
      ("Lena Voglreiter", "Project Manager", "Danube Sensor Cluster GmbH", "role:line:name-over-role+own-team-section")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_own_board_page(extract, text, expected):
    got = {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}
    assert got == expected


@pytest.mark.parametrize("text", [
    # a news item titled about a board is no board page
    "Board news\n\nFounded in 2015 by twelve sawmills, Baltic Timber Network AB links the wood industry of the Baltic "
    "coast.\n\nChair: Eva Lundgren\nTreasurer: Nils Bergström\n",
    # a board page whose opening paragraph names no organisation
    "Board\n\nOur board meets four times a year in Graz.\n\nChair: Eva Lundgren\nTreasurer: Nils Bergström\n",
])
def test_no_board_page(extract, text):
    got = {(r.person, r.role, r.organisation) for r in extract(text).roles}
    assert got == {("Eva Lundgren", "Chair", None), ("Nils Bergström", "Treasurer", None)}
