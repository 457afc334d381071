"""``pattern:event_series_place``: an edition of a listed series whose name holds no event word ("Clusters meet
Regions"), named by the series and its place. Texts of our own; each test expects every event row of the text."""
from __future__ import annotations

import datetime as dt

import pytest

RULE = "pattern:event_series_place"


def _rows(result) -> list[tuple[str, dt.date | None, str | None, str]]:
    return sorted({(e.name, e.start_date, e.city, e.rule) for e in result.events})


@pytest.mark.parametrize("text, expected", [
    # the page's title, its header dates it
    ("Clusters meet Regions – Tartu\n14–15 May 2031 | Tartu, Estonia\n\nForty cluster managers talked about wood.\n",
     [("Clusters meet Regions – Tartu 2031", dt.date(2031, 5, 14), "Tartu", RULE)]),
    # in a sentence, with "in" and its date
    ("The region will host Clusters meet Regions in Lublin on 9 October 2031.\n",
     [("Clusters meet Regions – Lublin 2031", dt.date(2031, 10, 9), "Lublin", RULE)]),
    # a list line, a region rather than a city
    ("Coming up:\n- Clusters meet Regions, Basque Country, 3–4 March 2032\n",
     [("Clusters meet Regions – Basque Country 2032", dt.date(2032, 3, 3), None, RULE)]),
])
def test_series_edition_named_with_its_place(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    'The "Clusters meet Regions" series goes on next spring.\n',  # the series, not an edition
    "Clusters meet Regions – host call 2032 is open to all regions.\n",  # no place after the name
    "Members value the Clusters meet Regions workshops.\n",
])
def test_series_without_its_place_is_no_event(extract, text):
    assert [e for e in extract(text).events if e.rule == RULE] == []
