"""Family ``own-unit`` (role_own_org.py): a staff member named with the organisation's own office or team
("Jane Doe, cluster office") in a document the organisation writes about itself works for that organisation; and
family ``own-org`` for a role that names its organisation only by a kind noun ("the cluster's CEO")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Alpine Wood Cluster – Board notes\n\nThe board of Alpine Wood Cluster met in Graz.\n\n"
     "Present: Eva Gruber (Chair), Karl Moser (Moser Holz GmbH), Lena Vogt (cluster office)",
     ("Lena Vogt", "", "Alpine Wood Cluster", "role:own-unit")),
    ("Danube Food Network – Annual report 2026\n\nThe Danube Food Network grew to 80 members.\n\n"
     "Contact: Dr. Mira Kos, secretariat – info@dfn.example",
     ("Mira Kos", "", "Danube Food Network", "role:own-unit")),
    ("Alpine Wood Cluster – Board notes\n\nThe board of Alpine Wood Cluster met in Graz.\n\n"
     "Report prepared by Lena Vogt, cluster office.",
     ("Lena Vogt", "", "Alpine Wood Cluster", "role:own-unit")),
    # family own-org: a role that names its organisation only by a kind noun no organisation named before holds
    ("Agrifood Friuli S.c.a.r.l. – Press release\n\nAgrifood Friuli S.c.a.r.l. opens its new office in Udine.\n\n"
     "The cluster's CEO, Eva Gruber, cut the ribbon.", ("Eva Gruber", "CEO", "Agrifood Friuli S.c.a.r.l.", "role:the-role-name+own-org")),
    ("Danube Foodlink e.V. – Newsletter 4\n\nDanube Foodlink e.V. grew to 80 members.\n\n"
     "The director of the network, Dr. Mira Kos, thanked the members.",
     ("Mira Kos", "director", "Danube Foodlink e.V.", "role:the-role-name+own-org")),
    ("Timber Tyrol GmbH – Annual report\n\nTimber Tyrol GmbH welcomed twelve members.\n\n"
     "The association's chief economist, Karl Moser, presented the figures.",
     ("Karl Moser", "chief economist", "Timber Tyrol GmbH", "role:the-role-name+own-org")),
])
def test_roles_own_unit(extract, text, expected):
    assert expected in {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}


def test_roles_own_unit_needs_the_documents_own_organisation(extract):
    # no organisation names the document on its first lines: whose office is it?
    r = extract("Report prepared by Lena Vogt, cluster office.")
    assert not [x for x in r.roles if x.rule == "role:own-unit"]


def test_roles_own_unit_is_no_role_title(extract):
    # a role in the bracket is the role, not the organisation's own unit
    text = ("Alpine Wood Cluster – Board notes\n\nThe board of Alpine Wood Cluster met in Graz.\n\n"
            "Guest: Dr. Lena Vogt (Project Coordinator, Graz Timber Institute)")
    assert not [x for x in extract(text).roles if x.rule == "role:own-unit"]

