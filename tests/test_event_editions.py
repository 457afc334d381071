"""Earlier and later editions of the event a document is about, said with "the first edition was held",
"the fourth forum will be held", "the 2025 edition took place" and a season before the year: sentences
of our own."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
LEAD = "The Baltic Rail Cluster Forum 2026 took place in Riga on 3 May 2026. "


@pytest.mark.parametrize("text, expected", [
    # an earlier edition after "the", in a sentence that does not name the event: the document's event
    (LEAD + "The first edition was held in Vilnius in May 2024.",
     ("First Baltic Rail Cluster Forum", D(2024, 5, 1), D(2024, 5, 31), "Vilnius", "pattern:event_series")),
    (LEAD + "It followed the first edition held in Tartu in 2024.",
     ("First Baltic Rail Cluster Forum", D(2024, 1, 1), D(2024, 12, 31), "Tartu", "pattern:event_series")),
    (LEAD + "The programme was long. The second edition took place in Tartu in the autumn of 2025.",
     ("Second Baltic Rail Cluster Forum", D(2025, 1, 1), D(2025, 12, 31), "Tartu", "pattern:event_series")),
    # a later edition with a season before its year
    (LEAD + "The fourth forum will be held in Kaunas in spring 2027.",
     ("Fourth Baltic Rail Cluster Forum", D(2027, 1, 1), D(2027, 12, 31), "Kaunas", "pattern:event_series")),
    (LEAD + "The next edition will take place in Kaunas in early 2027.",
     ("Baltic Rail Cluster Forum 2027", D(2027, 1, 1), D(2027, 12, 31), "Kaunas", "pattern:event_next")),
    # a later edition by its ordinal, "of the <keyword>" and the country after the place
    (LEAD + "The third edition of the forum will take place in Tallinn, Estonia, in autumn 2027.",
     [("Third Baltic Rail Cluster Forum", D(2027, 1, 1), D(2027, 12, 31), "Tallinn", "pattern:event_series"),
      ("Third Baltic Rail Cluster Forum", D(2027, 1, 1), D(2027, 12, 31), "Tallinn", "pattern:event_anaphor")]),  # "the forum"
    (LEAD + "The fourth edition is planned for Kaunas in May 2028.",
     ("Fourth Baltic Rail Cluster Forum", D(2028, 5, 1), D(2028, 5, 31), "Kaunas", "pattern:event_series")),
    # an earlier edition with its country in brackets
    (LEAD + "The first edition took place in Tartu (Estonia) in June 2024.",
     ("First Baltic Rail Cluster Forum", D(2024, 6, 1), D(2024, 6, 30), "Tartu", "pattern:event_series")),
    # an edition by its year, with a verb that says it happened or will happen
    (LEAD + "The 2025 edition took place in Kaunas.",
     ("Baltic Rail Cluster Forum 2025", D(2025, 1, 1), D(2025, 12, 31), "Kaunas", "pattern:event_series")),
    (LEAD + "Planning has started: the 2028 edition will be hosted by a Lithuanian cluster.",
     ("Baltic Rail Cluster Forum 2028", D(2028, 1, 1), D(2028, 12, 31), None, "pattern:event_series")),
    # a year and the series' keyword instead of "edition"
    (LEAD + "The 2024 forum was held in Klaipėda.",
     ("Baltic Rail Cluster Forum 2024", D(2024, 1, 1), D(2024, 12, 31), "Klaipėda", "pattern:event_series")),
    (LEAD + "Members voted on the venue: the 2027 forum will take place in Tartu on 5 May 2027.",
     ("Baltic Rail Cluster Forum 2027", D(2027, 5, 5), D(2027, 5, 5), "Tartu", "pattern:event_series")),
    # "planned for" before the date; the series' own keyword after "next"; a place joined by a lower-case particle
    (LEAD + "The next edition is planned for May 2027 in Kaunas.",
     ("Baltic Rail Cluster Forum 2027", D(2027, 5, 1), D(2027, 5, 31), "Kaunas", "pattern:event_next")),
    (LEAD + "The next forum is planned for autumn 2027.",
     ("Baltic Rail Cluster Forum 2027", D(2027, 1, 1), D(2027, 12, 31), None, "pattern:event_next")),
    (LEAD + "The chair announced that the next forum will take place in Pärnu in June 2027.",
     ("Baltic Rail Cluster Forum 2027", D(2027, 6, 1), D(2027, 6, 30), "Pärnu", "pattern:event_next")),
    (LEAD + "The fourth forum will be held in Frankfurt am Main in spring 2028.",
     ("Fourth Baltic Rail Cluster Forum", D(2028, 1, 1), D(2028, 12, 31), "Frankfurt", "pattern:event_series")),
])
def test_event_editions_of_the_documents_event(extract, text, expected):
    rows = sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in extract(text).events)
    expected = expected if isinstance(expected, list) else [expected]
    assert rows == sorted([("Baltic Rail Cluster Forum 2026", D(2026, 5, 3), D(2026, 5, 3), "Riga", "pattern:event_name"),
                           *expected])


def test_event_editions_of_something_else_are_no_event(extract):
    r = extract("Members met on 3 May 2026. The first edition of the handbook was published in May 2024.")
    assert list(r.events) == []


@pytest.mark.parametrize("text", [
    LEAD + "The 2026 edition took place in Riga.",  # the document's own edition
    LEAD + "The second edition of the handbook will be published in May 2027.",
    LEAD + "The 2025 edition of the survey was published in Kaunas.",
    LEAD + "The 2025 workshop was held in Kaunas.",  # no series of workshops in the document
    LEAD + "The next webinar is planned for 4 June 2026.",  # no webinar in the document: no edition of anything
    LEAD + "The next edition of the handbook is planned for May 2027.",
])
def test_event_editions_same_year_or_not_an_event(extract, text):
    assert {e.name for e in extract(text).events} == {"Baltic Rail Cluster Forum 2026"}


@pytest.mark.parametrize("text, expected", [
    # a year inside a quoted title is the title's, not the event's: the event keeps the day its sentence gives
    ('On 3 December 2031 the cluster hosted its winter seminar "Hydrogen beyond 2040" in Oulu.',
     [("Hydrogen beyond 2040 2031", D(2031, 12, 3), D(2031, 12, 3))]),
    ("Save the date: Breakfast “Tariffs 2033” on 14 November 2032 at the port authority in Koper.",
     [("Tariffs 2033 2032", D(2032, 11, 14), D(2032, 11, 14))]),
    ('The members’ workshop "Packaging rules for 2035" takes place in Ghent on 9 May 2031.',
     [("Packaging rules for 2035 2031", D(2031, 5, 9), D(2031, 5, 9))]),
    # a year outside the quotes is still the event's
    ("The Baltic Wood Forum 2031 opens in Riga on 2 June 2031.", [("Baltic Wood Forum 2031", D(2031, 6, 2), D(2031, 6, 2))]),
])
def test_year_in_a_quoted_title_is_not_the_events(extract, text, expected):
    assert [(e.name, e.start_date, e.end_date) for e in extract(text).events] == expected
