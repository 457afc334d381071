"""Taking up an office as news items write it (data/role_change_verbs.txt, rule name-elected-role): "becomes",
"to become", "is the new"; the title may follow lower-case field words ("is our new export consultant")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Ana Lopes becomes managing director of Green Building Cluster",
     {("Ana Lopes", "managing director", "Green Building Cluster", "role:name-elected-role")}),
    ("Marco Testa is the new president of the association.",
     {("Marco Testa", "president", None, "role:name-elected-role")}),
    ("Change at the top of the network: Karl Huber to become managing director",
     {("Karl Huber", "managing director", None, "role:name-elected-role")}),
])
def test_roles_becomes_role(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


@pytest.mark.parametrize("text, expected", [
    # the title after qualifiers or lower-case field words that open the role (rule family "lower-case role")
    ("Since 1 March, Hanna Berg is our new export consultant for the Nordic markets.",
     {("Hanna Berg", "export consultant", None, "role:name-elected-role")}),
    ("Marek Zielinski (Gdansk University) continues as vice chair.",
     {("Marek Zielinski", "", "Gdansk University", "role:name-paren"), ("Marek Zielinski", "vice chair", None, "role:name-elected-role")}),
    ("Petra Holm takes over as Events & Media Officer. You will meet her at every meeting.",
     {("Petra Holm", "Events & Media Officer", None, "role:name-elected-role")}),
])
def test_roles_becomes_field_role(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


def test_roles_becomes_needs_a_role_title(extract):
    r = extract("After the vote Jane Roe becomes a member of the jury.")
    assert not [x for x in r.roles if x.rule.startswith("role:name-elected-role")]
