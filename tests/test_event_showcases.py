"""A showcase named with capitalised words is an event (``pattern:event_name`` with the keyword "showcase" of
``data/event_keywords.txt``); the verb "showcase" names none. Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.rule, e.start_date, e.end_date) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    ("The Highland Food Showcase returns to Inverness on 12 March 2031 with forty producers.",
     [("Highland Food Showcase 2031", "pattern:event_name", D(2031, 3, 12), D(2031, 3, 12))]),
    ("On 9 October 2031 the Moravian Robotics Showcase brings thirty start-ups to Brno.",
     [("Moravian Robotics Showcase 2031", "pattern:event_name", D(2031, 10, 9), D(2031, 10, 9))]),
    ("Students present their prototypes at the Digital Makers Showcase 2032 in Cork.",
     [("Digital Makers Showcase 2032", "pattern:event_name", None, None)]),
    ("Our members showcase their products at the fair.", []),
])
def test_showcase_named_is_an_event(extract, text, expected):
    assert _rows(extract(text)) == expected
