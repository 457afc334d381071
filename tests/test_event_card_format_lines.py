"""Rule ``entry_date_above_title`` over a card's format line (event_entry_dates.date_below_title,
data/event_row_notes.txt): a calendar that writes each card as its date line, a format line ("Online", "Hybrid",
"Members only") and the title dates the title by the line above the format lines. Own calendars, exact rows."""
from __future__ import annotations

import datetime as dt

D = dt.date

_CARDS = """Events of the Moravian Wood Cluster · spring 2037

Tuesday 21 April 2037 · 10:00 – 11:30

Online

Webinar: Export rules for wooden toys

With an adviser of the chamber of commerce. Link sent the day before.

Register

Thursday 7 May 2037 · 14:00 – 17:00

Hybrid

Members only

Workshop: Digital twins for joinery workshops

Zlín, Tomas Bata University, room 104 – and on MS Teams

Register

Friday 22 May 2037 · 09:00 – 12:00

In person

Seminar: Fire safety of timber facades

Olomouc, Science and Technology Park, hall B
"""

_ON_SITE = """Events of the Moravian Wood Cluster · spring 2037

April 2037

Thursday 16 April 2037 · 08:30 – 10:00

On site

Timber Breakfast: prefabricated floors

Olomouc, Science and Technology Park, hall B

A morning talk with two member companies. Coffee from 08:00.

Register · Add to calendar

Tuesday 21 April 2037 · 10:00 – 11:30

Online

Webinar: Export rules for wooden toys

With an adviser of the chamber of commerce. Link sent the day before.
"""


def test_cards_with_format_lines_take_the_date_above(extract):
    assert [(e.name, e.start_date) for e in extract(_CARDS).events] == [
        ("Webinar: Export rules for wooden toys 2037", D(2037, 4, 21)),
        ("Workshop: Digital twins for joinery workshops 2037", D(2037, 5, 7)),
        ("Seminar: Fire safety of timber facades 2037", D(2037, 5, 22))]


def test_an_on_site_card_and_an_online_card(extract):
    assert [(e.name, e.start_date) for e in extract(_ON_SITE).events] == [
        ("Timber Breakfast 2037", D(2037, 4, 16)), ("Webinar: Export rules for wooden toys 2037", D(2037, 4, 21))]
