"""Which date an event takes inside its own sentence: a quoted name followed by its date (the closing quote is the
name's, not a longer title's), and the date that opens the event's own clause in a sentence naming several events
(``clause_date``). Sentences of our own; each test expects every event row of the text."""
from __future__ import annotations

import datetime as dt

import pytest


def _rows(result) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return sorted({(e.name, e.start_date, e.end_date) for e in result.events}, key=lambda r: r[0])


def _expect(*rows: tuple[str, str | None, str | None]) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return sorted(((n, dt.date.fromisoformat(a) if a else None, dt.date.fromisoformat(b) if b else None) for n, a, b in rows),
                  key=lambda r: r[0])


QUOTED = [
    ('The summer also saw our first online "Circular Repair Clinic" on 2 July 2026, led by an industrial designer.',
     _expect(("Circular Repair Clinic 2026", "2026-07-02", "2026-07-02"))),
    ("The “Smart Port Hackathon” (4–6 May 2027) at the harbour campus was won by a team of five students.",
     _expect(("Smart Port Hackathon 2027", "2027-05-04", "2027-05-06"))),
    ("Members can join the „Green Logistics Breakfast“ on 9 March 2027 in Graz.",
     _expect(("Green Logistics Breakfast 2027", "2027-03-09", "2027-03-09"))),
]


@pytest.mark.parametrize("text, expected", QUOTED, ids=[f"quoted{i}" for i in range(len(QUOTED))])
def test_quoted_name_takes_the_date_after_its_closing_quote(extract, text, expected):
    assert _rows(extract(text)) == expected


# clause_date: the date opening the event's own clause in a sentence that names several events
CLAUSES = [
    ("On 4 May 2027 members meet for the General Assembly, and on 6 May the Baltic Buyers Forum opens its doors in Riga.",
     _expect(("General Assembly 2027", "2027-05-04", "2027-05-04"), ("Baltic Buyers Forum 2027", "2027-05-06", "2027-05-06"))),
    ("In November 2026 twelve SMEs joined a trade mission to Morocco, with B2B meetings at the Casablanca Logistics Expo.",
     _expect(("Trade mission to Morocco 2026", "2026-11-01", "2026-11-30"), ("Casablanca Logistics Expo", None, None))),
    ("The week starts with the Alpine Hydrogen Conference; on Thursday 14 October 2027 the partners visit the Graz Energy Fair.",
     _expect(("Alpine Hydrogen Conference", None, None), ("Graz Energy Fair 2027", "2027-10-14", "2027-10-14"))),
]


@pytest.mark.parametrize("text, expected", CLAUSES, ids=[f"clause{i}" for i in range(len(CLAUSES))])
def test_event_takes_the_date_opening_its_clause(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the date of another event of the sentence, said of that event
    ("The Cluster Night on 3 May 2027 gathered 200 guests and presented the Green Supplier Awards.",
     _expect(("Cluster Night 2027", "2027-05-03", "2027-05-03"), ("Green Supplier Awards", None, None))),
    # a deadline, and a clause closed by ";"
    ("Applications are accepted until 3 May 2027 for the Baltic Food Forum and the Amber Awards.",
     _expect(("Baltic Food Forum", None, None), ("Amber Awards", None, None))),
    ("Registration closes on 3 May 2027; the Baltic Food Forum opens in Riga, and the Amber Awards follow.",
     _expect(("Baltic Food Forum", None, None), ("Amber Awards", None, None))),
])
def test_no_clause_date_from_another_event_a_deadline_or_another_clause(extract, text, expected):
    assert _rows(extract(text)) == expected
