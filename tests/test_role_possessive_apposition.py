"""Rule family "its role, Name" (rule ``the-role-name``): a possessive determiner of ``role_articles.txt``'s
``[possessive determiners]`` ("its", "our", "my", "their", "il suo", "seine", "su") before a role title, the comma, a
full name: the office is the name's, as after "the" ("my deputy, Jane Doe,", "their head of research, Dr. John Roe,").
The possessive's own words are no field words of the role ("il suo presidente" → "presidente"). A name before the
determiner keeps the office from it ("Jane Doe, our treasurer, John Roe" is the ``our-role`` row of John Roe only)."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ('"Four of nine engineers, including my deputy, Sofia Marangoni, who leads the lab," she said.',
     {("Sofia Marangoni", "deputy", None, "role:the-role-name")}),
    ("Last week their head of research, Dr. Henrik Aalto, visited the test site in Oulu.",
     {("Henrik Aalto", "head", None, "role:the-role-name")}),
    ("During the visit his former assistant, Clara Mendes, showed us the archive.",
     {("Clara Mendes", "assistant", None, "role:the-role-name")}),
    ("Die Firma und seine Geschäftsführerin, Jana Mustermann, luden zum Rundgang ein.",
     {("Jana Mustermann", "Geschäftsführerin", None, "role:the-role-name")}),
    ("Alla cerimonia il suo presidente, Mario Bianchi, ha ricordato i soci fondatori.",
     {("Mario Bianchi", "presidente", None, "role:the-role-name")}),
])
def test_possessive_role_before_name(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # a possessive with no role title after it
    "We thanked our friend, Peter Lindqvist, for the photographs.",
    # the name before the determiner: a list, not an apposition of the next name
    "Speakers were Anna Berg, her colleague, and Jonas Lind.",
])
def test_possessive_without_role_no_row(extract, text):
    assert not extract(text).roles
