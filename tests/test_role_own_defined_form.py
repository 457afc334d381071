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

