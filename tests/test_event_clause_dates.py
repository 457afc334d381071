"""Which date an event takes from its own sentence or paragraph: a quoted name followed by its date (the closing quote
is the name's, not a longer title's), the date that opens the event's own clause in a sentence naming several events
(``clause_date``), the date of the lead opening its paragraph (``run_in_header_date``). Sentences of our own; each test expects every event row of the text."""
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


# run_in_header_date: the bold lead opening the event's paragraph says when
RUN_IN = [
    ("# Mission report\n\n**Tuesday 16 May 2028 – Osaka.** Morning visit to the port authority. In the afternoon the "
     "Japan–Baltic Robotics Seminar took place at the chamber of commerce.\n\n**Wednesday 17 May 2028 – Kobe.** Site visits "
     "to two shipyards. The delegation then joined a B2B matchmaking with 30 suppliers.\n",
     _expect(("Japan–Baltic Robotics Seminar 2028", "2028-05-16", "2028-05-16"), ("B2B matchmaking 2028", "2028-05-17", "2028-05-17"))),
    ("## Project news\n\n- **Third partner meeting – Oulu, 10–11 October 2028.** Hosted by the regional cluster at the "
     "university. The partners also ran the Arctic Solar Workshop for local installers.\n",
     _expect(("Arctic Solar Workshop 2028", "2028-10-10", "2028-10-11"))),
    ("## Project news\n\n**Second partner meeting – Munich, 20 June 2028**, the day before the Solar Expo (21–23 June). "
     "A member lent us a meeting room; in the afternoon we ran our B2B matchmaking on the fair grounds.\n",
     _expect(("Solar Expo 2028", "2028-06-21", "2028-06-23"), ("B2B matchmaking 2028", "2028-06-20", "2028-06-20"))),
    # Markdown loses its bold: a short first sentence without a verb is the lead
    ("Mission report\n\nThursday 18 May 2028 – Busan. Visit to the ship research institute. The Korea–Nordic Ferry "
     "Seminar gathered 60 yards and suppliers.\n",
     _expect(("Korea–Nordic Ferry Seminar 2028", "2028-05-18", "2028-05-18"))),
]


@pytest.mark.parametrize("text, expected", RUN_IN, ids=[f"run_in{i}" for i in range(len(RUN_IN))])
def test_event_takes_the_date_of_its_paragraphs_bold_lead(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the event's sentence says when itself; the lead's date is a deadline
    ("## Notes\n\n**Cluster Night – 3 May 2027.** Guests came from six countries. The board also presented plans for the "
     "Amber Robotics Forum, to be held in 2028.\n",
     _expect(("Cluster Night 2027", "2027-05-03", "2027-05-03"), ("Amber Robotics Forum 2028", "2028-01-01", "2028-12-31"))),
    ("## Notes\n\n**Deadline: 22 January 2027.** Proposals go to the secretariat. Winners are invited to the Cluster Voucher Day.\n",
     _expect(("Cluster Voucher Day", None, None))),
    # a first sentence with a verb tells of something else that day, it heads nothing
    ("## Notes\n\nOn 3 May 2027 the board met. It also discussed the budget of the Amber Robotics Forum.\n",
     _expect(("Amber Robotics Forum", None, None))),
])
def test_no_lead_date_for_a_dated_sentence_or_a_deadline(extract, text, expected):
    assert _rows(extract(text)) == expected
