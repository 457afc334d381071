"""One role phrase before a name gives one roles row: the widest reading, with its organisation."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None]]:
    return {(r.person, r.role, r.organisation) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Managing Director Jane Walsh opened the meeting in Cork.", {("Jane Walsh", "Managing Director", None)}),
    ("After lunch, Deputy Managing Director Anna Novak thanked the members for coming.",
     {("Anna Novak", "Deputy Managing Director", None)}),
    ("The figures were shown by Managing Director Pia Koch of the Baltic Maritime Cluster.",
     {("Pia Koch", "Managing Director", "Baltic Maritime Cluster")}),
])
def test_roles_one_row_per_role_phrase(extract, text, expected):
    assert roles(extract(text)) == expected
