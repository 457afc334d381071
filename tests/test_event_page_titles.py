"""``pattern:event_page_title``: the page's own event named only by its title line ("<Name> <year>", perhaps a
subtitle after a dash) over a short header line that dates it in that year. Texts of our own; each test expects
every event row of the text (name, start, end, city)."""
from __future__ import annotations

import datetime as dt

import pytest


def _rows(result) -> list[tuple[str, dt.date | None, dt.date | None, str | None, str]]:
    return sorted({(e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events})


def _d(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _expect(*rows: tuple[str, str | None, str | None, str | None, str]) -> list[tuple]:
    return sorted((n, _d(a), _d(b), c, r) for n, a, b, c, r in rows)


RULE = "pattern:event_page_title"

PAGES = [
    # a brand name with its year, the header right under it: date and place
    ("Harbour Code Sprint 2031 – Call for teams\n8–9 March 2031 · Kiel, Germany · 36 hours\n\n"
     "Developers and port operators spend two days on tools for cargo data.\n",
     _expect(("Harbour Code Sprint 2031", "2031-03-08", "2031-03-09", "Kiel", RULE))),
    # a tagline between the title and the header: it describes the same event and names no other
    ("Metal Minds 2030 – Casting meets code\nHybrid conference of the foundry cluster of Galicia\n"
     "Vigo and online · 14–15 October 2030\n\nThe venue is a short walk from the port.\n",
     _expect(("Metal Minds 2030", "2030-10-14", "2030-10-15", "Vigo", RULE))),
    # the title right under a label line, all in capitals, a one-day event with its weekday
    ("INVITATION\nAGRILOOP LYON 2032\n\nWednesday, 12 May 2032 · Eurexpo Congress Centre, Lyon\n\n"
     "Growers and buyers of recycled packaging meet in pre-booked slots.\n",
     _expect(("Agriloop Lyon 2032", "2032-05-12", "2032-05-12", "Lyon", RULE))),
]


@pytest.mark.parametrize("text, expected", PAGES, ids=[f"page{i}" for i in range(len(PAGES))])
def test_page_title_names_its_event(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # a document's title, not an event's
    "Innovation Voucher 2031 – second cut-off\n4 June 2031 · Tallinn\n\nSmall firms can apply for up to EUR 10,000.\n",
    "Strategic Roadmap 2032 – Digital shipyards\nRijeka, 3 February 2032 · adopted by the Board\n\nThe roadmap sets four goals.\n",
    # the year ends a title in capitals broken over two lines: the name finders read the whole title
    "NORDIC TIMBER\nSPRINT 2031\nUmeå, 3–4 June 2031\n\nFifty carpenters build prototypes.\n",
    # no header line dates it: a bare date under a headline is the day the news was published
    "Lakeside Robotics Jam 2031: the winners\n14.11.2031\n\nNine teams of students built robots for sorting waste.\n",
    # the date under the title is a deadline
    "Tide Hack 2031 – Open call\nApply now – applications close on 2 May 2031\n\nTeams of three send a short idea.\n",
    # a heading over a list of dated items: each row is read as a row, the heading names no event
    "Dates 2031\n12 March 2031 18:00 Members' evening at the brewery\n9 May 2031 10:00 Spring field day\n",
    "Diary 2032\n3 February 2032 · Webinar on grid tariffs\n17 March 2032 · Study trip to Aarhus\n",
    "Timetable 2033\nMonday, 6 June 2033, 09:00 Registration and coffee\nMonday, 6 June 2033, 10:00 Opening\n",
    # the header's date is of another year than the title's
    "Ocean Pixel 2031 – the photo contest\nGdańsk · 20 December 2030\n\nSend your pictures of coastal industry.\n",
])
def test_page_title_without_its_dated_header_is_no_event(extract, text):
    assert _rows(extract(text)) == []
