"""Rule ``the-role-name``, family "the Field Title, Name": one or two capitalised field words before a capitalised
title ("Regional Governor", "Permanent Secretary", "Regional Director"), the article before them, a comma and a full
name: the article leads in to the whole title, as it does to "the Deputy Mayor" (a title the lexicon holds whole)."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("The Regional Governor, Karl Menzel, presented the evaluation.",
     {("Karl Menzel", "Regional Governor", None, "role:the-role-name")}),
    ("At the dinner the Permanent Secretary, Ms Laura Vella, thanked the hosts.",
     {("Laura Vella", "Permanent Secretary", None, "role:the-role-name")}),
    ("Later the Regional Director, Karl Menzel, presented the evaluation.",
     {("Karl Menzel", "Regional Director", None, "role:the-role-name")}),
])
def test_capital_field_title_after_article(extract, text, expected):
    assert roles(extract(text)) == expected


def test_title_after_a_name_stays_that_names(extract):
    # "Jane Doe, the Managing Director, and John Roe": the apposition's, not the next name's
    assert roles(extract("Speakers were Anna Berg, the Managing Director, and Jonas Lind.")) == {
        ("Anna Berg", "Managing Director", None, "role:apposition")}
