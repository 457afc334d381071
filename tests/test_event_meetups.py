"""A community's or network's meetup named with capitalised words (``pattern:event_name`` with the
keywords "meetup" / "meet-up" of ``data/event_keywords.txt``): sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    ("The new members will be presented at the Vltava Members' Meetup on Thursday, 7 November 2030 in Prague.",
     [("Vltava Members' Meetup 2030", D(2030, 11, 7), D(2030, 11, 7), "Prague")]),
    ("In 2035 the cluster hosted the Baltic Software Meet-up of the ECCP in Tartu on 9 October 2035.",
     [("Baltic Software Meet-up of the ECCP 2035", D(2035, 10, 9), D(2035, 10, 9), "Tartu")]),
    # the episode number stays in the name (pattern:event_episode; the training gold keeps "MedTech Meetup Porto #4")
    ("Save the date: Robotics Founders Meetup Linz #3, 14 March 2032, Tabakfabrik.",
     [("Robotics Founders Meetup Linz #3 2032", D(2032, 3, 14), D(2032, 3, 14), "Linz")]),
])
def test_event_meetup_named(extract, text, expected):
    r = extract(text)
    assert _rows(r) == expected


def test_event_meetup_lower_case_is_no_name(extract):
    assert list(extract("We started a meetup for young founders and it grew every month.").events) == []
