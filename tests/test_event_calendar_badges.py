"""Calendar cards whose date line is in capitals with the weekday after it ("14 OCT 2036 · Tuesday · 9:00"),
whose title carries a badge ("★ Workshop: …") or opens with the kind of entry ("Partner event: …",
``data/event_card_title_labels.txt``) (``pattern:event_calendar_card``), and the dates of such cards. Pages of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _cards(result) -> list[tuple]:
    return [(e.name, e.start_date, e.end_date) for e in result.events if e.rule == "pattern:event_calendar_card"]


@pytest.mark.parametrize("text, expected", [
    ("What's on this autumn\n\n"
     "3 SEP 2031 · Wednesday · 14:00–17:00\n\n★ Workshop: Laser welding for small workshops\n\nPlace: the cluster's lab\n\n"
     "18–19 SEP 2031 · Thursday–Friday\n\nPartner event: Baltic Welding Summit\n\nOrganised by our partners in Riga.\n\n"
     "7 OCT 2031 · Tuesday\n\n★ Members' breakfast with the rector\n\nOnly for members.\n",
     [("Workshop: Laser welding for small workshops 2031", D(2031, 9, 3), D(2031, 9, 3)),
      ("Baltic Welding Summit 2031", D(2031, 9, 18), D(2031, 9, 19)),
      ("Members' breakfast with the rector 2031", D(2031, 10, 7), D(2031, 10, 7))]),
    # the date in capitals with the month first, a different badge, a German label and weekday
    ("Kalender\n\nUnsere Termine für Mitglieder und Gäste. Stand: 1. Oktober 2032.\n\n"
     "NOV 4, 2032 · Donnerstag · 18:00\n\n▶ Veranstaltung: Kooperationsbörse Metall\n\nIm Congress Center.\n\n"
     "DEC 9, 2032 | Donnerstag | 10:00\n\n▶ Webinar: Förderung für Robotik\n\nOnline.\n",
     [("Kooperationsbörse Metall 2032", D(2032, 11, 4), D(2032, 11, 4)),
      ("Webinar: Förderung für Robotik 2032", D(2032, 12, 9), D(2032, 12, 9))]),
    # a label before a topic that names no event stays ("Conference: what next for ports" keeps its label)
    ("Agenda\n\n12 MAR 2033 · Saturday · 9:00\n\nConference: what next for inland ports\n\nIn the town hall.\n\n"
     "26 MAR 2033 · Saturday · 9:00\n\nConference: Danube Logistics Day\n\nIn the port.\n",
     [("Conference: what next for inland ports 2033", D(2033, 3, 12), D(2033, 3, 12)),
      ("Danube Logistics Day 2033", D(2033, 3, 26), D(2033, 3, 26))]),
])
def test_calendar_cards_with_badges_labels_and_capital_dates(extract, text, expected):
    assert _cards(extract(text)) == expected


def test_capital_short_months_only_before_a_year(extract):
    values = [d.text for d in extract("Dates: 14 OCT 2036, 22–23 NOV 2036 and OCT 14, 2037. THE 3 MAR PLAN. "
                                      "The DEC vote.").dates]
    assert values == ["14 OCT 2036", "22–23 NOV 2036", "OCT 14, 2037"]


def test_timeline_rows_title_colon_day(extract):
    # a call's timeline: an event's title, a colon, its day with a time or a place; deadlines and steps are no events
    text = ("Call for innovation vouchers 2037\n\nKey dates\n"
            "Opening of the call: 2 March 2037\n"
            "Info session I (online): Tuesday 10 March 2037, 10:00–11:00\n"
            "Info session II (in person): Thursday 19 March 2037, 14:00, Olomouc\n"
            "Matchmaking day for applicants: 26 March 2037, 9:00–12:00\n"
            "Deadline for applications: Friday 30 April 2037, 17:00\n")
    # (the matchmaking row is also an edition row's, ``pattern:event_edition_row``: one event, whichever rule names it)
    assert [(e.name, e.start_date, e.end_date) for e in extract(text).events] == [
        ("Info session I 2037", D(2037, 3, 10), D(2037, 3, 10)),
        ("Info session II 2037", D(2037, 3, 19), D(2037, 3, 19)),
        ("Matchmaking day for applicants 2037", D(2037, 3, 26), D(2037, 3, 26))]
