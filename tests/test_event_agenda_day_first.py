"""A timed programme line's day is the day heading above it (``line_dates.agenda_day``), read before any other date
(event_attributes.attach_event_attributes): the line's sentence runs on, with no full stop, to the next day's heading,
whose date is not this line's. Own programmes, exact rows (rules only)."""
from __future__ import annotations

import datetime as dt

import pytest

_FORUM = """Programme · Green Ports Forum 2037 · issued 2 March 2037

Day 1 – Wednesday 14 April 2037
10:00 Opening of the Green Ports Forum by the mayor
14:00 Offshore Supply Chain Conference, hall B
18:30 Welcome reception at the harbour museum

Day 2 – Thursday 15 April 2037
09:00 Port Skills Summit, hall A
12:30 Closing lunch
"""
_TIMETABLE = """Timetable sent to members on 3 May 2039.

FRIDAY 21 MAY 2039
10.00 Welcome coffee
11.00 Circular Plastics Forum, main hall
15.00 Members' Assembly of the cluster association

SATURDAY 22 MAY 2039
10.00 Recycling Plant Open Day in Kalisz
"""
_AGENDA = """Agenda of the partner meeting (version of 12 January 2038)

Tuesday 2 March 2038
13:00 Arrival and lunch
14:00 Northern Hydrogen Conference, room 2
17:00 Guided tour of the old harbour

Wednesday 3 March 2038
09:00 Cluster Policy Roundtable with the regional agency
"""


@pytest.mark.parametrize("text, expected", [
    (_FORUM, [("Green Ports Forum 2037", dt.date(2037, 4, 14)), ("Green Ports Forum 2037", dt.date(2037, 4, 14)),
              ("Offshore Supply Chain Conference 2037", dt.date(2037, 4, 14)),
              ("Welcome reception at the harbour museum 2037", dt.date(2037, 4, 14)),
              ("Port Skills Summit 2037", dt.date(2037, 4, 15)), ("Closing lunch 2037", dt.date(2037, 4, 15))]),
    (_TIMETABLE, [("Circular Plastics Forum 2039", dt.date(2039, 5, 21)),
                  ("Recycling Plant Open Day 2039", dt.date(2039, 5, 22))]),
    (_AGENDA, [("Northern Hydrogen Conference 2038", dt.date(2038, 3, 2)),
               ("Guided tour of the old harbour 2038", dt.date(2038, 3, 2)),
               ("Cluster Policy Roundtable 2038", dt.date(2038, 3, 3))]),
])
def test_a_timed_line_takes_the_day_heading_above_it(extract, text, expected):
    assert [(e.name, e.start_date) for e in extract(text).events] == expected


_BULLETED_DE = """Vorläufiges Programm (Stand: 3. März 2037)

- Donnerstag, 16. April 2037
- 9:30 Registrierung und Kaffee
- 13:00 Mittagessen
- 19:00 Netzwerkabend im Rathauskeller
- Freitag, 17. April 2037
- 9:00 Betriebsbesichtigung bei der Holzbau Sauer GmbH
- 12:00 Abschluss
"""
_BULLETED_EN = """Draft programme, sent on 20 August 2037

• Tuesday 8 September 2037
• 10:00 Opening by the cluster president
• 19:30 Forum dinner at the castle
• Wednesday 9 September 2037
• 09:00 Site visit to the container port
"""
_WRAPPED = """Visit report of the Latvian delegation, 30 May 2038

Monday 18 May 2038 – Klaipėda
09:30 Welcome at the science park
14:30 Company visit to the Baltic Cable Factory and its new
testing hall in the free economic zone
19:00 Dinner with the cluster board

Tuesday 19 May 2038 – Kaunas
10:00 Round table with the Kaunas University of Technology on
dual studies
"""


@pytest.mark.parametrize("text, expected", [
    (_BULLETED_DE, [("Betriebsbesichtigung bei der Holzbau Sauer GmbH 2037", dt.date(2037, 4, 17))]),
    (_BULLETED_EN, [("Forum dinner at the castle 2037", dt.date(2037, 9, 8)),
                    ("Site visit to the container port 2037", dt.date(2037, 9, 9))]),
    # the first day's heading opens the programme near the top: a programme's day, not the document's own date
    (_WRAPPED, [("Company visit to the Baltic Cable Factory and its new 2038", dt.date(2038, 5, 18)),
                ("Dinner with the cluster board 2038", dt.date(2038, 5, 18)),
                ("Round table with the Kaunas University of Technology on 2038", dt.date(2038, 5, 19))]),
])
def test_listed_and_wrapped_programme_lines_take_their_day(extract, text, expected):
    assert [(e.name, e.start_date) for e in extract(text).events] == expected


def test_a_programme_day_heading_is_no_publication_date(extract):
    assert extract(_WRAPPED).info.published_date is None



_PDF_COLUMN = """Košice IT Cluster · delegation report · 2 April 2038

1 Purpose

Twelve members of the cluster travelled to Estonia from 15 to 17 March 2038 to learn how the digital state works for small firms.

2 Programme of the visit

Monday, 15 March 2038 – Tallinn
09:30 Welcome at the ITL office; introduction to the Estonian
ICT sector by the cluster manager
11:00 Visit to the e-Estonia Briefing Centre
13:00 Lunch
14:30 Meeting at the Ministry of Economic Affairs and
Communications with the deputy secretary-general
19:00 Dinner with members of ITL in the Old Town

Tuesday, 16 March 2038 – Tallinn
10:00 Visit to Tehnopol Science and Business Park
"""


def test_a_name_wrapped_onto_the_next_line_keeps_its_timed_line(extract_with_event_model):
    """A PDF's narrow column wraps a slot's name onto the next line; the event model names it across the break."""
    assert [(e.name, e.rule, e.start_date) for e in extract_with_event_model(_PDF_COLUMN).events] == [
        ("Meeting at the Ministry of Economic Affairs and Communications 2038", "model:event-ner", dt.date(2038, 3, 15)),
        ("Dinner with members of ITL in the Old Town 2038", "pattern:event_programme_item", dt.date(2038, 3, 15)),
        ("Visit to Tehnopol Science and Business Park 2038", "model:event-ner", dt.date(2038, 3, 16))]
