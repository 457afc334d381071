"""Rule ``pattern:event_programme_item``: a programme's own items named by a generic noun, one a timed slot or a day."""
from __future__ import annotations

import datetime as dt

D = dt.date
RULE = "pattern:event_programme_item"


def _items(result) -> dict[str, tuple]:
    """Each programme item found: its name, first and last day."""
    return {e.name: (e.start_date, e.end_date) for e in result.events if e.rule == RULE}


# a plain-text agenda: the item on the time's line, after a list mark, after a break joined by "and"
TXT_AGENDA = """Baltic Ports Summit 2031 – programme

Day 1 – Tuesday 14 October 2031

09:00 Opening by the chair of the port cluster
11:00 Panel: who pays for shore power?
12:30 Lunch and poster exhibition
14:30–16:30 Lunch and B2B meetings with the harbour operators
- 19:00 Harbour dinner at the maritime museum

Day 2 – Wednesday 15 October 2031

08:30 Site visits to the ferry terminal and the new quay (registration required)
12:00 Closing remarks
"""

# a table read one cell a line: the time alone, the item on a later line
TXT_CELLS = """Study visit of the Moravian food cluster – programme

Day 1 – Monday 6 May 2030

17:00

Check-in at the hotel

–

19:00

Welcome dinner

Hosted by the deputy mayor

Day 2 – Tuesday 7 May 2030

09:30

Company visit: Lakeside Dairy, cheese line

–
"""

# a day-by-day list in prose: a day date, a colon or a dash, the day's items between commas and semicolons
TXT_DAYS = """Mission report: Porto Wood Cluster to Savonia

3. Programme

Monday 2 June 2031: arrival in Kuopio; networking dinner with the regional council, hosted by the mayor
Tuesday 3 June 2031: presentations at the science park, matchmaking session with 14 Finnish joiners,
sauna at the lake
Wednesday 4 June 2031 – company visits to two timber-frame plants; departure
"""

# what names no item: a bare meal or break, a count, a talk about an item, a deadline
TXT_NOT_ITEMS = """Programme of the Alpine Timber Days

10:00 Dinner
10:30 Presentation of the open day results by the mayor
11:00 Coffee break and exhibition
12:00 96 B2B meetings in figures
15 March 2031: registration deadline for the matchmaking
"""


def test_programme_items_on_timed_lines(extract):
    assert _items(extract(TXT_AGENDA)) == {
        "B2B meetings with the harbour operators 2031": (D(2031, 10, 14), D(2031, 10, 14)),
        "Harbour dinner at the maritime museum 2031": (D(2031, 10, 14), D(2031, 10, 14)),
        "Site visits to the ferry terminal and the new quay 2031": (D(2031, 10, 15), D(2031, 10, 15)),
    }


def test_programme_items_under_a_time_alone_on_its_line(extract):
    assert _items(extract(TXT_CELLS)) == {
        "Welcome dinner 2030": (D(2030, 5, 6), D(2030, 5, 6)),
        "Company visit: Lakeside Dairy 2030": (D(2030, 5, 7), D(2030, 5, 7)),
    }


def test_programme_items_of_a_day_by_day_list(extract):
    assert _items(extract(TXT_DAYS)) == {
        "Networking dinner with the regional council 2031": (D(2031, 6, 2), D(2031, 6, 2)),
        "Matchmaking session with 14 Finnish joiners 2031": (D(2031, 6, 3), D(2031, 6, 3)),
        "Company visits to two timber-frame plants 2031": (D(2031, 6, 4), D(2031, 6, 4)),
    }


def test_programme_items_not_a_meal_a_count_a_talk_or_a_deadline(extract):
    assert _items(extract(TXT_NOT_ITEMS)) == {}
