"""Names glued across the rows of a timetable and names cut inside a parenthesis
(pipeline.extract.event_name_rows, checked with the other edges of every name in event_name_edges).
Timetables and sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import DATA_DIR
from pipeline.extract.event_context import Candidate, clean_event_name
from pipeline.extract.event_lexicon import load_event_lexicon
from pipeline.extract.event_name_rows import row_and_parenthesis_edges


def _rows(result):
    return [(e.name, e.rule, e.start_date) for e in result.events]


# The 79-set event model (2026-12-05) names a timed row of its own as a programme item (a networking breakfast, a site
# visit: events of their own by eval/gold/SCHEMA.md since 2026-12-05), each cut at its row's end; no name spans two rows.
_ONE_DAY_FOR_TWO = pytest.mark.xfail(strict=True, reason="a day heading dates only the first of its items when the model "
                                                         "names the row before the rule's item")
# Retrained on 83 sets (blind75 to blind78 added) it no longer names the consulate's breakfast briefing (nothing in that
# timetable, no wrong row); the row stays expected, a strict failure until a retrain names it again. Retrained on 117 sets
# (blind79 to blind112 added) it still does not, and it names the working breakfast at the Embassy of Portugal (a networking
# breakfast on its own timed row: a programme item by eval/gold/SCHEMA.md), cut before its venue.
# Retrained on 122 sets (blind113 to blind117 added) it still does not name the briefing; it names the working breakfast
# and the optional visit each to its row's end, venue and town with them ("… at the Embassy of Portugal in Tallinn",
# "… Marea Nord S.R.L. in Sulina"), as the row writes them: no name runs into the next row.
_NOT_TAGGED = pytest.mark.xfail(strict=True, reason="the 122-set event model does not tag the breakfast briefing")


@pytest.mark.parametrize("text, expected", [
    # a town over the first row of a delegation's day, glued to it: no event word before the clock time
    # (the company visit is a programme item of its own: pattern:event_programme_item, eval/gold/SCHEMA.md 2026-12-05)
    pytest.param("DAY 2 – THURSDAY 6 MARCH 2031 – LJUBLJANA\n09:00 Breakfast briefing at the Embassy of Ireland in Ljubljana, "
                 "with the Ambassador\n11:00 Company visit to a sawmill near Kranj",
                 [("Breakfast briefing at the Embassy of Ireland 2031", "model:event-ner", dt.date(2031, 3, 6)),
                  ("Company visit to a sawmill near Kranj 2031", "pattern:event_programme_item", dt.date(2031, 3, 6))],
                 marks=_ONE_DAY_FOR_TWO),
    pytest.param("DAY 1 – MONDAY 3 MARCH 2031 – GRAZ\n08:30 Breakfast briefing at the Slovenian Consulate in Graz, with the "
                 "Consul\n10:30 Business Upper Styria: the market for timber housing – talk by a senior adviser",
                 [("Breakfast briefing at the Slovenian Consulate 2031", "model:event-ner", dt.date(2031, 3, 3))],
                 marks=_NOT_TAGGED),
    ("DAY 3 – WEDNESDAY 14 MAY 2031 – TALLINN\n09:00 Working breakfast at the Embassy of Portugal in Tallinn, with "
     "the Ambassador\n11:00 Visit to a shipyard in Paldiski",
     [("Working breakfast at the Embassy of Portugal in Tallinn 2031", "model:event-ner", dt.date(2031, 5, 14)),
      ("Visit to a shipyard in Paldiski 2031", "model:event-ner", dt.date(2031, 5, 14))]),
    # three programme items read as one name
    ("Monday, 12 May 2031\n09:30–13:00 B2B meetings\n10:00 Tasting of regional cheeses open to trade buyers\n"
     "14:00 Optional visit to the salt pans and to the oyster farm of Marea Nord S.R.L. in Sulina",
     [("B2B meetings 2031", "pattern:event_programme_item", dt.date(2031, 5, 12)),  # "13:00" is no count of meetings
      # a tasting on its own timed row is a programme item too (the tasting concept of event_noun_concepts.csv)
      ("Tasting of regional cheeses open to trade buyers 2031", "pattern:event_programme_item", dt.date(2031, 5, 12)),
      ("Visit to the salt pans and to the oyster farm of Marea Nord S.R.L. in Sulina 2031", "model:event-ner", dt.date(2031, 5, 12))]),
    # the lunch row glued to the round table after it; the day itself stays
    ('Programme of the info day (Poznań, 8 April 2031)\n12:45 Lunch\n14:00 Round table "Furniture for export": three '
     "designers and a buyer; moderated by the cluster manager\n16:00 Networking drinks",
     # the round table and the drinks are programme items of their own (eval/gold/SCHEMA.md), on the info day's one
     # day, which its title's brackets state (no day heading above the times: event_group_dates.items_on_event_day)
     [("Info day 2031", "pattern:event_meeting", dt.date(2031, 4, 8)),
      ("Round table Furniture for export", "pattern:event_programme_item", dt.date(2031, 4, 8)),
      ("Networking drinks", "pattern:event_programme_item", dt.date(2031, 4, 8))]),
])
def test_rows_of_a_timetable_glued_into_one_name_are_no_event(extract_with_event_model, text, expected):
    rows = _rows(extract_with_event_model(text))
    assert not any("\n" in name or ":" in name[:6] for name, _, _ in rows)  # no name runs into the next row's time
    assert rows == expected


def _candidate(text: str, name: str) -> Candidate:
    start = text.index(name)
    return Candidate(start, start + len(name), clean_event_name(name), "model:event-ner", None, "other")


@pytest.mark.parametrize("text, span, expected", [
    # the next row's clock time ends the name; what is left names an event
    ("Save the date: Alpine Timber Summit\n10:00 Opening words by the mayor",
     "Alpine Timber Summit\n10:00 Opening words by the mayor", "Alpine Timber Summit"),
    ("Harbour Logistics Forum\n- 14.30 Tour of the container terminal",
     "Harbour Logistics Forum\n- 14.30 Tour of the container terminal", "Harbour Logistics Forum"),
    # nothing with an event word before the clock time: no event
    ("12:30 Lunch\n13:30 Panel on export credit for small firms", "Lunch\n13:30 Panel on export credit", None),
    ("SALZBURG\n09:15 Coffee briefing with the chamber of commerce", "SALZBURG\n09:15 Coffee briefing", None),
    # a dated row of a list under the name is no timetable: the name stays as it is
    ("Members' forum\n03.12.2031 Christmas meeting of the board", "Members' forum\n03.12.2031 Christmas meeting",
     "Members' forum 03.12.2031 Christmas meeting"),
    # a parenthesis closed a few words later: the name runs to it
    ("We meet again at the closing conference (Multiplier Event M4) in Braga on 9 June 2031.",
     "closing conference (Multiplier Event", "closing conference (Multiplier Event M4)"),
    ("The toolkit goes to the final seminar (Demo Day 3) in Tartu.", "final seminar (Demo", "final seminar (Demo Day 3)"),
    # a note in parenthesis read into the name: no event
    ("Please send the draft General Assembly papers (finance office, by 2 May 2031) to the members.",
     "General Assembly papers (finance office", None),
    ("The spring forum (held jointly with the two partner clusters of the north) is open to all.",
     "spring forum (held jointly", None),
    # a parenthesis the name closes itself: the name stays as it is
    ("The regional info day (Galway) takes place on 4 May 2031.", "regional info day (Galway)", "regional info day (Galway)"),
])
def test_row_and_parenthesis_edges(text, span, expected):
    m = _candidate(text, span)
    kept = row_and_parenthesis_edges(text, load_event_lexicon(DATA_DIR), m)
    assert (m.name if kept else None) == expected
