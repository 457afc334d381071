"""Editions of a series listed as place-and-date lines under the series page's title
(``pattern:event_place_row``): sentences and pages of our own."""
from __future__ import annotations

import datetime as dt

import pytest


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city, e.country) for e in result.events)


def test_event_place_rows_under_a_series_title_with_notes_after_the_date(extract):
    r = extract("Green Harbours Crossing\n\n"
                "The Green Harbours Crossing series brings port clusters together twice a year.\n\n"
                "Coming up\n\n"
                "Rotterdam, Netherlands – 3-4 March 2026 SAVE THE DATE!\n"
                "Gdańsk, Poland – 12-13 May 2026 (tbc)\n\n"
                "Past editions\n\n"
                "Bilbao, Spain - 8-9 October 2025 📑 Read the summary\n"
                "Piraeus, Greece – 30 June – 1 July 2025\n")
    assert _rows(r) == [
        ("Green Harbours Crossing (Bilbao) 2025", dt.date(2025, 10, 8), dt.date(2025, 10, 9), "Bilbao", "Spain"),
        ("Green Harbours Crossing (Gdańsk) 2026", dt.date(2026, 5, 12), dt.date(2026, 5, 13), "Gdańsk", "Poland"),
        ("Green Harbours Crossing (Piraeus) 2025", dt.date(2025, 6, 30), dt.date(2025, 7, 1), "Piraeus", "Greece"),
        ("Green Harbours Crossing (Rotterdam) 2026", dt.date(2026, 3, 3), dt.date(2026, 3, 4), "Rotterdam", "Netherlands"),
    ]
    assert {e.rule for e in r.events} == {"pattern:event_place_row"}


def test_event_place_rows_with_markers_a_region_and_a_town_the_gazetteer_lacks(extract):
    r = extract("Forest Clusters Exchange\n\n"
                "Each Forest Clusters Exchange is hosted by a regional cluster.\n\n"
                "- 📅 Rovaniemi, Lapland, Finland – 2–3 February 2026 · hosted by the regional council\n"
                "- 📅 Vilhelmina, Sweden – 14–15 April 2026\n")
    assert _rows(r) == [
        ("Forest Clusters Exchange (Rovaniemi) 2026", dt.date(2026, 2, 2), dt.date(2026, 2, 3), "Rovaniemi", "Finland"),
        ("Forest Clusters Exchange (Vilhelmina) 2026", dt.date(2026, 4, 14), dt.date(2026, 4, 15), "Vilhelmina", "Sweden"),
    ]


@pytest.mark.parametrize("text", [
    # no title line of a series above the rows: a list of places and dates names no event
    "Our offices were open on these days:\n\nLyon, France – 3 March 2026\nTurin, Italy – 5 March 2026\n",
    # a single line is not a list
    "Smart Textiles Days\n\nThe Smart Textiles Days series moves every year.\n\nPrato, Italy – 3-4 June 2026\n",
    # the line goes on as a sentence after the date
    "Smart Textiles Days\n\nThe Smart Textiles Days series moves.\n\n"
    "Prato, Italy – 3 June 2026 was a good day for us\nLille, France – 5 June 2026 was too\n",
])
def test_event_place_rows_not_editions(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_place_row"] == []


@pytest.mark.parametrize("text, expected", [
    ("Minutes of the spring meeting.\n\nNext steering committee meeting: 14/10/2025, 10:00, Gdynia (in person).\n",
     ("Next steering committee meeting 2025", dt.date(2025, 10, 14), "Gdynia")),
    ("Dates for members\n\n- Annual general meeting: 3 March 2026, venue to be decided\n",
     ("Annual general meeting 2026", dt.date(2026, 3, 3), None)),
    ("Diary\nBoard meeting of the network: 9 September 2025, Tallinn\n",
     ("Board meeting of the network 2025", dt.date(2025, 9, 9), "Tallinn")),
])
def test_event_edition_row_one_labelled_line_with_time_or_place_after_the_date(extract, text, expected):
    assert [(e.name, e.start_date, e.city) for e in extract(text).events] == [expected]


def test_event_edition_row_title_ends_before_who_runs_it(extract):
    r = extract("Key dates\n\n"
                "Online info session, organised by the regional agency: 4 March 2026, 10:00\n"
                "Info session in Aarhus, hosted by the Chamber of Commerce: 11 March 2026, 14:00\n"
                "Webinar on market access, run by the project team: 18 March 2026\n")
    assert sorted((e.name, e.start_date) for e in r.events) == [
        ("Info session in Aarhus 2026", dt.date(2026, 3, 11)),
        ("Online info session 2026", dt.date(2026, 3, 4)),
        ("Webinar on market access 2026", dt.date(2026, 3, 18)),
    ]


def test_event_edition_row_under_an_editions_heading_without_event_word(extract):
    r = extract("# PartnerFair results\n\nThe fair closed with 400 meetings.\n\n## Past editions\n\n"
                "- PartnerFair 2024 – Tallinn, 5–6 November 2024\n"
                "- PartnerFair 2023 – online, 9 November 2023\n"
                "- PartnerFair 2022 – Kaunas, 3–4 November 2022\n")
    assert sorted((e.name, e.start_date, e.city) for e in r.events if e.rule == "pattern:event_edition_row") == [
        ("PartnerFair 2022", dt.date(2022, 11, 3), "Kaunas"),
        ("PartnerFair 2023", dt.date(2023, 11, 9), None),
        ("PartnerFair 2024", dt.date(2024, 11, 5), "Tallinn"),
    ]


@pytest.mark.parametrize("text", [
    "## Our team\n\n- Maria Novak – Tallinn, 5 November 2024\n- Jan Berg – Kaunas, 3 November 2022\n",
    "## Reports\n\n- Annual report – Tallinn, 5 November 2024\n- Market study – Kaunas, 3 November 2022\n",
])
def test_event_edition_row_other_headings_do_not_make_rows_events(extract, text):
    assert [e for e in extract(text).events if e.rule == "pattern:event_edition_row"] == []
