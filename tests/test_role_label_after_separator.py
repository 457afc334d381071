"""Rule ``role-label`` after a separator or a sentence's end: a credit label that names an office of
``role_credit_offices.txt`` ("Editor:") states the role there as it does at a line's start; the other credit labels
("Photo:", "Author:") state no role."""
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


@pytest.mark.parametrize("text", [
    "Thanks for reading · Photo: Peter Lund\n",
    # who wrote one piece holds no office (role_credit_offices.txt lists the labels that name one)
    "All figures are from the 2031 survey. Author: Marek Lindholm\n",
])
def test_other_credits_after_a_separator_state_no_role(extract, text):
    assert not extract(text).roles
