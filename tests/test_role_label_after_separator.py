"""Rule ``role-label`` after a separator or a sentence's end: a credit label that is a role title ("Editor:") states
the role there as it does at a line's start; a credit label that is none ("Photo:") states no role."""
from __future__ import annotations

import pytest


def rows(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Questions about this issue? Write to news@acme.example · Editor: Hanna Virtanen\n",
     {("Hanna Virtanen", "Editor", None, "role:role-label")}),
    ("This bulletin goes to all members twice a year. Editor: Tomasz Nowicki\n",
     {("Tomasz Nowicki", "Editor", None, "role:role-label")}),
    ("Imprint | Editor: Laura Bianchi | Layout: Studio Nord\n",
     {("Laura Bianchi", "Editor", None, "role:role-label")}),
])
def test_editor_label_after_a_separator(extract, text, expected):
    assert rows(extract(text)) == expected


def test_photo_credit_after_a_separator_states_no_role(extract):
    assert not extract("Thanks for reading · Photo: Peter Lund\n").roles
