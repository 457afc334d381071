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
