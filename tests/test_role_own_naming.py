"""Family ``own-org``, the name it gives (role_own_org.py, ``defined_form``): where the letterhead or footer writes the
document's own organisation in capitals or with its legal form and the text defines the same name with its acronym
("NORDIC FOOD ALLIANCE a.s.b.l." … "the Nordic Food Alliance (NFA)"), the offices held in it name the organisation as
the text defines it, the entity that carries the acronym."""
from __future__ import annotations

import pytest

CASES = [
    ("NORDIC FOOD ALLIANCE a.s.b.l.\nMinutes of the General Assembly, 12 March 2033\n\n"
     "The President opened the meeting and welcomed the members of the Nordic Food Alliance (NFA).\n\n"
     "Treasurer Jana Lindqvist presented the accounts for 2032.\n",
     {("Jana Lindqvist", "Treasurer", "Nordic Food Alliance", "role:role-before-name+own-org")}),
    ("DANUBE WATER CLUSTER e.V. – Board minutes no. 4\n\n"
     "The board of the Danube Water Cluster (DWC) met in Passau on 5 May 2034.\n\n"
     "Secretary: Eva Brandl\n",
     {("Eva Brandl", "Secretary", "Danube Water Cluster", "role:role-label+own-org")}),
    ("ALPINE ROBOTICS NETWORK GMBH\nAnnual report 2031\n\n"
     "In 2031 the Alpine Robotics Network (ARN) welcomed twelve new members.\n\n"
     "Our project manager Lena Vogt ran the skills programme.\n\n"
     "Alpine Robotics Network GmbH · Hauptplatz 3, 8010 Graz\n",
     {("Lena Vogt", "project manager", "Alpine Robotics Network", "role:role-before-name+own-org")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_own_office_names_the_defined_form(extract, text, expected):
    got = {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}
    assert got == expected


def test_no_defined_form_keeps_the_letterhead_name(extract):
    text = ("Baltic Sensor Cluster MTÜ – Board minutes no. 4\n\n"
            "The Baltic Sensor Cluster MTÜ board met in Tartu on 5 May 2034.\n\n"
            "Mari Tamm, chair, opened the meeting.\n")
    got = {(r.person, r.organisation) for r in extract(text).roles}
    assert got == {("Mari Tamm", "Baltic Sensor Cluster MTÜ")}


def test_an_anaphor_on_the_first_lines_names_no_publisher(extract):
    # "Board of Directors" under the title is the page's heading ("the Board" of "Total Board fees" further down),
    # not the organisation that writes the report
    text = ("Skagen Marine Cluster – Annual Report 2033\n\nBoard of Directors\n\nGovernance / Board of Directors\n\n"
            "The Board of Skagen Marine Cluster A/S was elected by the General Meeting in May 2033. The cluster is owned "
            "by 30 members; the Board has five members and met eight times.\n\n"
            "Lise Holm – Chair\n\nCEO of Holm Fiskeri A/S. Member of the Board since 2030.\n\n"
            "Remuneration\n\nBoard members receive a fixed fee. Total Board fees in 2033 amounted to DKK 180,000.\n")
    got = {(r.person, r.role, r.organisation) for r in extract(text).roles}
    assert got == {("Lise Holm", "Chair", "Skagen Marine Cluster")}


INTRO_CASES = [
    # the page's subject opens its "About" paragraph; a university it names twice is a member, not the publisher
    ("Our team\n\nMinho Wood Cluster was founded in 2018 by 14 joiners. Its members include the University of Braga.\n\n"
     "Management\n\nAna Pires\n\nExecutive Director\n\nLinks with the University of Braga and the trade fairs.\n",
     {("Ana Pires", "Executive Director", "Minho Wood Cluster")}),
    ("Meet the team\n\nThe Tatra Hydrogen Network brings together 40 firms, the Tatra Energy Agency and the city of "
     "Poprad. The Tatra Energy Agency hosts our office.\n\nTeam\n\nJan Hruby\n\nProject Manager\n",
     {("Jan Hruby", "Project Manager", "Tatra Hydrogen Network")}),
    ("Our staff\n\nAlgarve Sea Cluster was set up in 2021 with the support of Universidade do Algarve and of the "
     "Universidade do Algarve's marine station.\n\nCluster office\n\nRita Sousa\n\nCommunication Officer\n",
     {("Rita Sousa", "Communication Officer", "Algarve Sea Cluster")}),
]


@pytest.mark.parametrize("text, expected", INTRO_CASES)
def test_team_page_is_about_the_organisation_its_intro_opens_with(extract, text, expected):
    got = {(r.person, r.role, r.organisation) for r in extract(text).roles}
    assert got == expected
