"""Earlier and later editions of the event a document is about, said with "the first edition was held",
"the fourth forum will be held" and a season before the year: sentences of our own."""
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
])
def test_event_editions_of_the_documents_event(extract, text, expected):
    rows = sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in extract(text).events)
    assert rows == sorted([("Baltic Rail Cluster Forum 2026", D(2026, 5, 3), D(2026, 5, 3), "Riga", "pattern:event_name"),
                           expected])


def test_event_editions_of_something_else_are_no_event(extract):
    r = extract("Members met on 3 May 2026. The first edition of the handbook was published in May 2024.")
    assert list(r.events) == []
