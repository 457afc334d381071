"""Listed international trade fairs named bare, without a stand, a fair noun or an event word
(``pattern:event_trade_fair``, ``data/event_trade_fairs.txt``): sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    # "to / at / during" before the name, a date in the sentence
    ("In February 2028 eight olive oil producers flew with us to Gulfood.",
     [("Gulfood 2028", D(2028, 2, 1), D(2028, 2, 29), None, "pattern:event_trade_fair")]),
    ("Five dairies will be at Anuga on 7 October 2027, in hall 10.",
     [("Anuga 2027", D(2027, 10, 7), D(2027, 10, 7), None, "pattern:event_trade_fair")]),
    # a year written after the name joins it; a longer listed spelling wins
    ("Our laser start-ups will show their prototypes at LASER World of PHOTONICS India 2027.",
     [("LASER World of PHOTONICS India 2027", None, None, None, "pattern:event_trade_fair")]),
    # a short name needs its year
    ("Four recyclers went to K 2029 together.",
     [("K 2029", None, None, None, "pattern:event_trade_fair")]),
    # a stand cue in the sentence, the name at its head
    ("Fakuma was busy: 3,000 people passed our pavilion on 15 October 2027.",
     [("Fakuma 2027", D(2027, 10, 15), D(2027, 10, 15), None, "pattern:event_trade_fair")]),
    # a listed brand written in capitals
    ("Seven toolmakers went to FAKUMA 2027 together.",
     [("FAKUMA 2027", None, None, None, "pattern:event_trade_fair")]),
    ("Our olive oil producers will travel to ANUGA on 9 October 2027.",
     [("ANUGA 2027", D(2027, 10, 9), D(2027, 10, 9), None, "pattern:event_trade_fair")]),
    ("Three organic farms showed their cheese at BIOFACH 2028 with the cluster.",
     [("BIOFACH 2028", None, None, None, "pattern:event_trade_fair")]),
])
def test_event_trade_fair_named_bare(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "The organiser of Gulfood opened a new office.",  # no event context
    "The K stands for Kunststoff, a member said.",  # a short name without its year
    "Anuga Select Brazil is a different show, our members said in 2027.",  # a longer name
])
def test_event_trade_fair_not_without_context(extract, text):
    assert _rows(extract(text)) == []


def test_event_trade_fair_a_mission_to_it_is_the_mission(extract):
    rows = _rows(extract("The board approved the mission to Fakuma 2028 for nine toolmakers."))
    assert [r for r in rows if r[-1] == "pattern:event_trade_fair"] == []
