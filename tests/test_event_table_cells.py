"""Rule ``pattern:event_table_cell``: each cell of a dated table's event column names one event."""
from __future__ import annotations

import datetime as dt


def _table_cells(result, rule: str) -> dict[str, tuple]:
    """Each event ``rule`` found, as written in its cell: (its name, start date, end date)."""
    return {e.text: (e.name, e.start_date, e.end_date) for e in result.events if e.rule == rule}


D = dt.date

# a side-event table: the event column third, names with no capitalised event word
MD_SIDE_EVENTS = """# Alpine Wood Week 2031 – side events

| Date | Town | Event | Host |
|---|---|---|---|
| 3 March 2031 | Innsbruck | Timber logistics breakfast | Tyrol Wood Network |
| 4–5 March 2031 | Bolzano | Cross-laminated timber – site visit and talks | South Tyrol Building Cluster |
| 6 March 2031 | Trento | Sawmill robotics matchmaking | – |
"""

# an annual plan: the event column first, a note in brackets after a fair's name, a deadline row
HTML_ANNUAL_PLAN = """<html><body><h1>Annual plan 2032</h1>
<table>
<tr><th>Event</th><th>Date</th><th>Place</th><th>Organiser</th></tr>
<tr><td>Members' spring reception</td><td>12.03.2032</td><td>Košice</td><td>EMC</td></tr>
<tr><td>Intertool (shared stand, 5 firms)</td><td>20–22.05.2032</td><td>Wels</td><td>EMC</td></tr>
<tr><td>Application deadline</td><td>30.06.2032</td><td>–</td><td>EMC</td></tr>
<tr><td>Welding contest for apprentices</td><td>15.10.2032</td><td>Prešov</td><td>EMC</td></tr>
</table></body></html>
"""

# "What | When": a table of key dates (calls, deadlines) is not read by this rule
MD_KEY_DATES = """## Key dates

| What | When |
|---|---|
| Call opens | 02/09/2030 |
| Submission closes | 21/10/2030 |
"""


def test_side_event_cells_are_events_dated_by_their_rows(extract_file):
    assert _table_cells(extract_file("week.md", MD_SIDE_EVENTS), "pattern:event_table_cell") == {
        "Timber logistics breakfast": ("Timber logistics breakfast 2031", D(2031, 3, 3), D(2031, 3, 3)),
        "Cross-laminated timber – site visit and talks": (
            "Cross-laminated timber – site visit and talks 2031", D(2031, 3, 4), D(2031, 3, 5)),
        "Sawmill robotics matchmaking": ("Sawmill robotics matchmaking 2031", D(2031, 3, 6), D(2031, 3, 6)),
    }


def test_annual_plan_cells_drop_a_bracketed_note_and_skip_a_deadline(extract_file):
    result = extract_file("plan.html", HTML_ANNUAL_PLAN)
    assert _table_cells(result, "pattern:event_table_cell") == {
        "Members' spring reception": ("Members' spring reception 2032", D(2032, 3, 12), D(2032, 3, 12)),
        "Intertool": ("Intertool 2032", D(2032, 5, 20), D(2032, 5, 22)),
        "Welding contest for apprentices": ("Welding contest for apprentices 2032", D(2032, 10, 15), D(2032, 10, 15)),
    }
    assert len(result.events) == 3  # no "Application deadline", no "(shared stand, 5 firms)"


def test_a_what_when_table_of_key_dates_names_no_event(extract_file):
    result = extract_file("call.md", MD_KEY_DATES)
    assert _table_cells(result, "pattern:event_table_cell") == {}
    assert [e.name for e in result.events] == []


# a training programme's modules: the "Module" column names each dated module, a number column beside it
MD_ACADEMY = """# Danube Cluster Managers' Academy 2033

The academy runs online on Wednesdays; each module is a live session with a trainer.

| # | Date | Module | Trainer |
|---|---|---|---|
| 1 | 2 March 2033 | Strategy for small cluster teams | Academy team |
| 2 | 9 March 2033 | Pricing member services | Guest trainer |
| 3 | 16 March 2033 | Interreg projects for beginners | Guest trainer |
"""


def test_a_programme_table_names_its_modules(extract_file):
    assert _table_cells(extract_file("academy.md", MD_ACADEMY), "pattern:event_table_cell") == {
        "Strategy for small cluster teams": ("Strategy for small cluster teams 2033", D(2033, 3, 2), D(2033, 3, 2)),
        "Pricing member services": ("Pricing member services 2033", D(2033, 3, 9), D(2033, 3, 9)),
        "Interreg projects for beginners": ("Interreg projects for beginners 2033", D(2033, 3, 16), D(2033, 3, 16)),
    }
