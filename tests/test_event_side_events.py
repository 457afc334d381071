"""Rule ``pattern:event_side_event``: dated lines under a "Side events" heading, each one event named by its title."""
from __future__ import annotations

import datetime as dt

D = dt.date


def _side(result) -> dict[str, tuple]:
    """Each side event found: its name, first and last day, city."""
    return {e.name: (e.start_date, e.end_date, e.city) for e in result.events if e.rule == "pattern:event_side_event"}


# a plain-text programme: time, town and "online" cells before the dash; notes in brackets and who hosts it cut off
TXT_WEEK = """Baltic Timber Week 2031 – programme

The week opens in Riga on 6 October 2031 with the Baltic Timber Conference.

SIDE EVENTS (run by partners; register separately)

- 7 October, 08:30, Riga – "Timber and Women" networking breakfast, hosted by the Latvian Wood Guild
- 8 October, 15:00–17:00, online – Grant advice desk with the regional funding agencies
- 9 October (Thursday), Jelgava – Open house at the Zemgale glulam factory for families

PRACTICAL DETAILS

Registration closes on 30 September 2031.
"""

# a Markdown news post: weekday first, titles with no event word of their own, paragraphs between the items
MD_FAIR = """# Our stand at Agritechnica 2031

The cluster shares stand B12 with eleven members from 10 to 16 November 2031.

## Side events

**Tuesday 11 November, 16:00 – Lower Saxony Evening on the stand.** Drinks and a welcome by the cluster chair.

**Wednesday 12 November, 10:00 – Panel "Robots in the orchard" (Hall 9).** Three growers and two suppliers.

## Contact

Write to the cluster office.
"""

# a venue after the dash: the title is the indented line below it; a deadline row names no event
TXT_VENUES = """SIDE EVENTS AROUND THE PAVILION
• Monday 3 March 2031, 11:00 – Pavilion A7
  "Reusable crates: what the new rules mean" – talk by the cluster's packaging lead
• Monday 3 March 2031, 18:00 – Riverside Congress Centre, Room 2
  Dutch–Flemish packaging get-together (by invitation)
• Tuesday 4 March 2031 – Registration deadline for the return visit

WHO IS COMING
"""

# without a side-events heading the dated lines are an agenda, not read by this rule
TXT_AGENDA = """Programme

- 7 October 2031, 08:30 – Welcome coffee
- 7 October 2031, 09:00 – Opening words of the chair
"""


def test_side_events_named_by_title_dated_by_their_line(extract):
    assert _side(extract(TXT_WEEK)) == {
        "Timber and Women networking breakfast 2031": (D(2031, 10, 7), D(2031, 10, 7), "Riga"),
        "Grant advice desk with the regional funding agencies 2031": (D(2031, 10, 8), D(2031, 10, 8), None),
        "Open house at the Zemgale glulam factory for families 2031": (D(2031, 10, 9), D(2031, 10, 9), "Jelgava"),
    }


def test_side_events_with_a_weekday_first_in_markdown(extract_file):
    assert _side(extract_file("fair.md", MD_FAIR)) == {
        "Lower Saxony Evening on the stand 2031": (D(2031, 11, 11), D(2031, 11, 11), None),
        'Panel Robots in the orchard 2031': (D(2031, 11, 12), D(2031, 11, 12), None),
    }


def test_a_venue_after_the_dash_takes_the_title_from_the_next_line(extract):
    assert _side(extract(TXT_VENUES)) == {
        "Reusable crates: what the new rules mean 2031": (D(2031, 3, 3), D(2031, 3, 3), None),
        "Dutch–Flemish packaging get-together 2031": (D(2031, 3, 3), D(2031, 3, 3), None),
    }


def test_no_side_events_without_the_heading(extract):
    assert _side(extract(TXT_AGENDA)) == {}
