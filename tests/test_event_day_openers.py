"""day_opener_date: an undated event in a sentence opened by "In the evening", "The next day", "The evening before"
… takes the latest single day said before it in its paragraph, moved by the opener's days
(``data/event_day_openers.csv``). Sentences of our own; each test expects every event row of the text."""
from __future__ import annotations

import datetime as dt

import pytest


def _rows(result) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return sorted({(e.name, e.start_date, e.end_date) for e in result.events}, key=lambda r: r[0])


def _expect(*rows: tuple[str, str | None, str | None]) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return sorted(((n, dt.date.fromisoformat(a) if a else None, dt.date.fromisoformat(b) if b else None) for n, a, b in rows),
                  key=lambda r: r[0])


CASES = [
    ("day_opener_date", "The Nordic Timber Days opened in Lahti on 12 May 2027 with 300 guests. In the evening, the members attended the Timber Design Awards ceremony at the city hall.",
     _expect(("Nordic Timber Days 2027", "2027-05-12", "2027-05-12"), ("Timber Design Awards 2027", "2027-05-12", "2027-05-12"))),
    ("day_opener_date", "Day 2 (14 October 2026) – Visits to three sawmills near Kaunas. That evening the delegation joined the Kaunas Cluster Night.",
     _expect(("Kaunas Cluster Night 2026", "2026-10-14", "2026-10-14"))),
    ("day_opener_date", "On 23 September 2026 our members exhibited at the Packaging Expo in Lyon. The next day we joined a B2B matchmaking with French buyers.",
     _expect(("Packaging Expo 2026", "2026-09-23", "2026-09-23"), ("B2B matchmaking 2026", "2026-09-24", "2026-09-24"))),
    ("day_opener_date", "The Alpine Hydrogen Forum took place on 18 June 2027 in Bolzano. The evening before, the partners met at the Alpine Hydrogen Awards ceremony.",
     _expect(("Alpine Hydrogen Forum 2027", "2027-06-18", "2027-06-18"), ("Alpine Hydrogen Awards 2027", "2027-06-17", "2027-06-17"))),
    ("day_opener_date", "The Baltic Ports Forum met in Gdynia on 5 June 2027. Later that day the port authority hosted the Harbour Skills Workshop.",
     _expect(("Baltic Ports Forum 2027", "2027-06-05", "2027-06-05"), ("Harbour Skills Workshop 2027", "2027-06-05", "2027-06-05"))),
    # the day of a host event that an earlier event of the paragraph took ("the first day")
    ("day_opener_date", "The Adriatic Yacht Summit took place in Rijeka on 12–14 May 2027. On the afternoon of the first day, the chamber ran the "
     "Blue Supplier Matchmaking. In the evening, the Adriatic Yacht Award was presented in the harbour.",
     _expect(("Adriatic Yacht Summit 2027", "2027-05-12", "2027-05-14"), ("Blue Supplier Matchmaking 2027", "2027-05-12", "2027-05-12"),
             ("Adriatic Yacht Award ceremony 2027", "2027-05-12", "2027-05-12"))),
]


@pytest.mark.parametrize("rule, text, expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_event_after_a_day_opener_takes_the_day_said_before(extract, rule, text, expected):
    assert _rows(extract(text)) == expected


def test_own_date_of_the_opener_sentence_wins(extract):
    text = ("The Alpine Hydrogen Forum took place on 18 June 2027 in Bolzano. The day before, on 3 June 2027, the partners held "
            "the Alpine Hydrogen Awards ceremony.")
    assert _rows(extract(text)) == _expect(("Alpine Hydrogen Forum 2027", "2027-06-18", "2027-06-18"),
                                           ("Alpine Hydrogen Awards 2027", "2027-06-03", "2027-06-03"))


def test_opener_in_a_new_paragraph_reads_no_day_of_the_one_before(extract):
    text = "The Adriatic Yacht Summit took place in Rijeka on 12 May 2027.\n\nIn the evening, the chamber ran the Blue Supplier Matchmaking."
    assert _rows(extract(text)) == _expect(("Adriatic Yacht Summit 2027", "2027-05-12", "2027-05-12"), ("Blue Supplier Matchmaking", None, None))
