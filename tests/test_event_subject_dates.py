"""Rule ``subject_predicate_date`` (``pipeline.extract.event_subject_dates``): an event opening its
sentence takes the date after the predicate that says when it is held, past the "and" that joins the
parties of its own phrase. Sentences of our own; exact rows."""
from __future__ import annotations

import datetime as dt

import pytest


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events)


@pytest.mark.parametrize("text, expected", [
    ("A round table with the Regional Training Office and the employers' federation is planned for Thursday 14 May 2026 "
     "at the town hall in Ghent.",
     [("Round table with the Regional Training Office 2026", dt.date(2026, 5, 14), dt.date(2026, 5, 14), "Ghent",
       "pattern:event_generic")]),
    ("A working meeting with the Ministry of Transport and the port authority is scheduled in Rotterdam on 3 March 2027.",
     [("Working meeting with the Ministry of Transport 2027", dt.date(2027, 3, 3), dt.date(2027, 3, 3), "Rotterdam",
       "pattern:event_generic")]),
    ("The hearing on harbour fees with the city council and the shipowners will take place on 9 October 2025.",
     [("Hearing on harbour fees 2025", dt.date(2025, 10, 9), dt.date(2025, 10, 9), None, "pattern:event_generic")]),
])
def test_subject_predicate_date_past_the_parties(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb before the predicate: another clause, whose subject is not the event
    ("A round table with the Regional Training Office took place in Ghent and the next one is planned for 3 May 2026.",
     [("Round table with the Regional Training Office", None, None, "Ghent", "pattern:event_generic")]),
    # the event does not open its sentence: the date may be anything's
    ("Members praised a round table with the Regional Training Office and the unions, which is planned for 3 May 2026.",
     [("Round table with the Regional Training Office", None, None, None, "pattern:event_generic")]),
])
def test_subject_predicate_date_not_past_another_clause(extract, text, expected):
    assert _rows(extract(text)) == expected
