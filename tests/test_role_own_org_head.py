"""Family ``own-org`` (role_own_org.py, ``own_organisation``): the document's own organisation found on a newsletter's
letterhead of several parts with an issue's number or year ("Beacon · Acme Cluster newsletter · Issue 7 · Winter
2031/32", "Newsletter 3/2031 · Acme Cluster"), which is no menu bar, and in a team page's "About" paragraph right
after its heading ("Our team" / "Six of us work for … Acme Cluster (AC)")."""
from __future__ import annotations

import pytest

CASES = [
    ("Beacon · Harbour Robotics Cluster newsletter · Issue 7 · Winter 2031/32\n\nDear members,\n\n"
     "the cluster grew to 90 members this year.\n\nNew faces\n\n"
     "Our new project officer, Jane Doe, starts in March. Treasurer John Roe presented the accounts.\n",
     {("Jane Doe", "project officer", "Harbour Robotics Cluster", "role:our-role+own-org"),
      ("John Roe", "Treasurer", "Harbour Robotics Cluster", "role:role-before-name+own-org")}),
    ("Newsletter 3/2031 · Fjord Sensor Cluster\n\nThe cluster held its general assembly in Bergen.\n\n"
     "Treasurer Mira Kos presented the accounts.\n",
     {("Mira Kos", "Treasurer", "Fjord Sensor Cluster", "role:role-before-name+own-org")}),
    ("title: Our team\nlayout: default\nlang: en\n\nOur team\n\n"
     "Six of us work in Tartu for the 70 members of Lakeside Bioeconomy Cluster (LBC).\n\nManagement\n\n"
     "- Karl Moser, managing director\n- Eva Gruber, project officer\n",
     {("Karl Moser", "managing director", "Lakeside Bioeconomy Cluster", "role:line:name-role+own-team-section"),
      ("Eva Gruber", "project officer", "Lakeside Bioeconomy Cluster", "role:line:name-role+own-team-section")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_own_organisation_on_letterhead_and_team_page(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


def test_menu_bar_names_no_own_organisation(extract):
    # a menu bar stays navigation; two organisations met once each in the text are what it is about
    text = ("Home | About | Members | News\n\nLakeside Bioeconomy Cluster met Fjord Sensor Cluster in Tartu.\n\n"
            "Treasurer Mira Kos presented the accounts.\n")
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == {
        ("Mira Kos", "Treasurer", None, "role:role-before-name")}
