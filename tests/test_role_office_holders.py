"""Board offices written before their holder (statement_apposed.py, rule ``the-role-is-name``: "The new chair of the
network is Jane Doe, …", "Its vice-chair is Dr. John Roe")."""
from __future__ import annotations

import pytest

_HEAD = "Nordic Seafood Alliance – News\n\nThe Nordic Seafood Alliance brings together 40 clusters.\n\n"


def _rows(result, person):
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


@pytest.mark.parametrize("sentence, person, expected", [
    ("The new chair of the Alliance is Maren Holt, director of Bergen Fish Hub AS since 2029.", "Maren Holt",
     {("chair", "Nordic Seafood Alliance", "role:the-role-is-name+org-after-role"),
      ("director", "Bergen Fish Hub AS", "role:apposition")}),
    ("The board met in Tromsø. Its vice-chair is Dr. Lasse Kvalheim.", "Lasse Kvalheim",
     {("vice-chair", "Nordic Seafood Alliance", "role:the-role-is-name+own-org")}),
    ("The board met in Bodø.\n\nVice-chair is **Oda Rasmussen**, who sells salt.", "Oda Rasmussen",
     {("Vice-chair", "Nordic Seafood Alliance", "role:the-role-is-name+own-org")}),
])
def test_office_before_its_holder(extract, sentence, person, expected):
    assert _rows(extract(_HEAD + sentence), person) == expected


@pytest.mark.parametrize("sentence", [
    "The treasurer was Pia Lund until 2031.",  # a former holder: "was" is no verb of the rule
    "Our export director is Pia Lund's deputy.",  # the name does not close the phrase
])
def test_no_holder_read(extract, sentence):
    assert not {r for r in _rows(extract(_HEAD + sentence), "Pia Lund") if r[2].startswith("role:the-role-is-name")}
