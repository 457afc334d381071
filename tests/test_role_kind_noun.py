"""A kind noun in the possessive before a role ("The Network's Chair Jane Doe") names no organisation: the role
takes the organisation of that kind named before it, or none."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None]]:
    return {(r.person, r.role, r.organisation) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("The Network's Chair Ida Berg was present at the opening.", {("Ida Berg", "Chair", None)}),
    ("The Cluster's manager Jonas Weber thanked the sponsors for their support.", {("Jonas Weber", "manager", None)}),
    ("The Association's President Sara Lenz signed the joint letter.", {("Sara Lenz", "President", None)}),
    ("The Baltic Timber Network met in Riga in May. The Network's Chair Ida Berg opened the meeting.",
     {("Ida Berg", "Chair", "Baltic Timber Network")}),
])
def test_roles_kind_noun_possessive_is_no_organisation(extract, text, expected):
    r = extract(text)
    assert roles(r) == expected
    assert {o.name for o in r.organisations} <= {"Baltic Timber Network"}
