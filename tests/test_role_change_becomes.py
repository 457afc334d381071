"""Taking up an office as news items write it (data/role_change_verbs.txt, rule name-elected-role): "becomes",
"to become", "is the new"."""
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


def test_roles_becomes_needs_a_role_title(extract):
    r = extract("After the vote Jane Roe becomes a member of the jury.")
    assert not [x for x in r.roles if x.rule.startswith("role:name-elected-role")]
