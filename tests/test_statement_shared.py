"""One role written in the plural for several people named together (rule ``shared-plural-role``)."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # the plural role before the names, each holding it in the singular; a bracket after each name is its organisation (role_orgs.py)
    ("The afternoon closed with a panel of the cluster managers Greta Holm (Baltic Food Hub), Jonas Weber "
     "(Rhine Chemistry Network) and Sara Lind (Nordic Wood Cluster).",
     {("Greta Holm", "cluster manager", "Baltic Food Hub", "role:shared-plural-role+org-in-brackets"),
      ("Jonas Weber", "cluster manager", "Rhine Chemistry Network", "role:shared-plural-role+org-in-brackets"),
      ("Sara Lind", "cluster manager", "Nordic Wood Cluster", "role:shared-plural-role+org-in-brackets")}),
    ("The accounts were checked by the auditors, Karl Brenner and Maria Unterweger, who found no errors.",
     {("Karl Brenner", "auditor", None, "role:shared-plural-role"),
      ("Maria Unterweger", "auditor", None, "role:shared-plural-role")}),
    ("Facilitators: Anna Kovac and Peter Hollis.",
     {("Anna Kovac", "Facilitator", None, "role:shared-plural-role"),
      ("Peter Hollis", "Facilitator", None, "role:shared-plural-role")}),
    ("The visits were led by senior researchers Dr. Olga Ivanova and Tomas Lind.",
     {("Olga Ivanova", "senior researcher", None, "role:shared-plural-role"),
      ("Tomas Lind", "senior researcher", None, "role:shared-plural-role")}),
])
def test_roles_plural_role_before_names(extract, text, expected):
    assert roles(extract(text)) == expected


def test_roles_names_then_verb_and_plural_role(extract):
    r = extract("Marek Nowak (Silesian Robotics Cluster) and Elena Rossi (Po Valley Mechatronics) were elected "
                "vice-chairs for 2027–2029.")
    assert {x for x in roles(r) if x[3] == "role:shared-plural-role"} == {
        ("Marek Nowak", "vice-chair", None, "role:shared-plural-role"),
        ("Elena Rossi", "vice-chair", None, "role:shared-plural-role")}


@pytest.mark.parametrize("text", [
    "Jane Holm and the managers of the Acme Cluster met in Graz.",  # no names after the plural role
    "The managers thanked Jane Holm for her work.",  # one name is no list of holders
    "Directors of five clusters, among them Jane Holm, signed the letter.",  # the names are not the role's list
])
def test_roles_plural_role_left_alone(extract, text):
    assert not [x for x in extract(text).roles if x.rule.startswith("role:shared-plural-role")]


@pytest.mark.parametrize("text, expected", [
    ("At the assembly Ivo Peric and Lara Kos were re-appointed as auditors for two years.",
     {("Ivo Peric", "auditor"), ("Lara Kos", "auditor")}),
    ("Finally, Hanna Berg and Olof Sund are appointed honorary members of the network.",
     {("Hanna Berg", "honorary member"), ("Olof Sund", "honorary member")}),
    ("At our stand you will meet co-founders Mira Lanz and Tobias Ek.",
     {("Mira Lanz", "co-founder"), ("Tobias Ek", "co-founder")}),
])
def test_roles_plural_role_in_the_singular(extract, text, expected):
    assert {(r.person, r.role) for r in extract(text).roles if r.rule.startswith("role:shared-plural-role")} == expected
