"""Rule ``agenda_day_heading`` (pipeline.extract.line_dates.agenda_day): a timetable of a Word or PDF programme, read
one cell a line, dates each item cell by the day heading above it; the heading's label and weekday in any language."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> set[tuple]:
    return {(e.name, e.start_date, e.end_date) for e in result.events}


def _cells(*rows: tuple[str, ...]) -> str:
    """A Word table read one cell a paragraph: each cell on its own line, a blank line between."""
    return "\n\n".join(cell for row in rows for cell in row)


_FILLER = [("–", f"{h:02d}:00", f"Working session {h} on regional supply chains", "Room B", "Moderated by the host")
           for h in range(9, 14)]

TABLES = [
    # the day written once in the table's first column; many cells between the heading and the evening slot
    ("Exchange visit of the Tartu cluster, 3–4 March 2031\n\nProgramme\n\n"
     + _cells(("Day 1 – Monday 3 March", "08:30", "Arrival and coffee", "Hotel lobby", "–"), *_FILLER,
              ("–", "19:30", "Welcome dinner", "Old Town restaurant, Tallinn", "Hosted by the city"),
              ("Day 2 – Tuesday 4 March", "09:00", "Round table: export to the Nordics", "Chamber of commerce", "–")),
     {("Welcome dinner 2031", D(2031, 3, 3), D(2031, 3, 3)),
      # a round table is a programme item; a bare singular item noun keeps the title after its colon
      # (event_programme_items: "Workshop: <title>" 3 of 4 timed lines in gold)
      ("Round table: export to the Nordics 2031", D(2031, 3, 4), D(2031, 3, 4))}),
    # a PDF's heading with a middle dot and a comma after its label; the item after a time alone on its line
    ("Cluster Summit 2032 · Linz\n\nDay 1 · Wednesday, 12 May 2032\n\n09:00 Opening plenary\n11:00 Talks on funding\n"
     "16:30\nMatchmaking session for suppliers\n\nDay 2 · Thursday, 13 May 2032\n\n10:00\nSite visits to member plants\n",
     {("Cluster Summit 2032", D(2032, 5, 12), D(2032, 5, 12)),
      ("Matchmaking session for suppliers 2032", D(2032, 5, 12), D(2032, 5, 12)),
      ("Site visits to member plants 2032", D(2032, 5, 13), D(2032, 5, 13))}),
    # an item cell naming a date of its own ("list closed on 2 May") is no heading: the slot below keeps its day
    ("Mission to Montréal, 11–12 May 2033\n\n"
     + _cells(("Day 2 – Thursday 12 May", "09:00", "Bus to the airframe plant (list closed on 2 May)", "Dorval",
               "–", "14:00", "Company visit: the flight simulator centre", "Saint-Laurent", "–")),
     {("Company visit: the flight simulator centre 2033", D(2033, 5, 12), D(2033, 5, 12))}),
]


@pytest.mark.parametrize("text, expected", TABLES)
def test_agenda_day_heading_dates_the_item_cell_below_its_time(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, day, rule", [
    ("Programa da visita de estudo dos clusters agroalimentares a Viseu.\n\nDia 2 – terça-feira, 19 de junho de 2034\n",
     "19 de junho de 2034", "multilingual:day:pt"),
    ("Programme de la visite du pôle de compétitivité à Brest.\n\nJour 2 – mercredi 14 mars 2035\n",
     "14 mars 2035", "multilingual:day:fr"),
    ("Programul vizitei de studiu a clusterului la Cluj.\n\nZiua 1 – luni, 3 martie 2036\n",
     "3 martie 2036", "multilingual:day:ro"),
])
def test_agenda_day_heading_label_number_is_no_first_day_of_a_range(extract, text, day, rule):
    """The multilingual date shapes read "Dia 2 – terça-feira, 19 de junho" as one day, not as the 2nd to the 19th."""
    rows = [(d.text, d.start_date == d.end_date, d.rule) for d in extract(text).dates if d.precision == "day"]
    assert rows == [(day, True, rule)], rows


class _Ctx:
    """The two things agenda_day reads of a document: its text and its dates."""

    def __init__(self, text: str, heading_date: str, day: dt.date):
        from pipeline.records import DateMention

        self.text = text
        i = text.index(heading_date)
        self.dates = [DateMention("t", i, i + len(heading_date), heading_date, day, day, "day", "test")]

    def dates_between(self, start: int, end: int):
        return [d for d in self.dates if start <= d.start < end]


@pytest.mark.parametrize("heading, date, day", [
    ("Dia 2 – terça-feira, 19 de junho de 2034", "19 de junho de 2034", D(2034, 6, 19)),
    ("2. nap – szerda, 2034. június 7.", "2034. június 7.", D(2034, 6, 7)),
    ("Tag 1 · Dienstag, 5. Mai 2034", "5. Mai 2034", D(2034, 5, 5)),
    ("Dzień 3 – czwartek, 12 września 2035", "12 września 2035", D(2035, 9, 12)),
    ("Ημέρα 1 – Τρίτη, 4 Μαΐου 2034", "4 Μαΐου 2034", D(2034, 5, 4)),
])
def test_agenda_day_heading_in_other_languages(heading, date, day):
    from pipeline.extract.event_context import Candidate
    from pipeline.extract.line_dates import agenda_day

    text = f"Programme\n\n{heading}\n\n09:00\n\nOpening\n\n–\n\n14:30\n\nSite visit to the port\n"
    i = text.index("Site visit")
    m = Candidate(i, i + len("Site visit"), "Site visit", "test", None, "other")
    assert agenda_day(_Ctx(text, date, day), m).start_date == day


def test_agenda_day_heading_a_deadline_line_is_no_heading():
    from pipeline.extract.event_context import Candidate
    from pipeline.extract.line_dates import agenda_day

    text = "Programme\n\nRegistration closes 6 June 2035\n\n10:00\n\nSite visit to the shipyard\n"
    i = text.index("Site visit")
    m = Candidate(i, i + len("Site visit"), "Site visit", "test", None, "other")
    assert agenda_day(_Ctx(text, "6 June 2035", D(2035, 6, 6)), m) is None
