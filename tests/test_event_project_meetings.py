"""A project's own meetings and numbered meetings, with their dates and places: sentences of our own.

Covers ``pattern:event_generic`` for meeting nouns marked "alone" in ``data/event_generic_heads.txt``,
numbered meetings of ``pattern:event_meeting``, "<label>: <place>, <date>" rows of
``pattern:event_edition_row`` and plural possessives inside names (``pattern:event_name``).
"""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted({(e.name, e.start_date, e.end_date, e.city) for e in result.events})


@pytest.mark.parametrize("text, expected", [
    ("The eight partners of AQUAREST gathered in Porto on 5 May 2025 for their kick-off meeting.",
     [("AQUAREST kick-off meeting 2025", D(2025, 5, 5), D(2025, 5, 5), "Porto")]),
    ("The network held a two-day partner meeting in Kaunas on 3–4 March 2026.",
     [("Partner meeting 2026", D(2026, 3, 3), D(2026, 3, 4), "Kaunas")]),
    ("The consortium will gather for the mid-term review in Aarhus on 9 April 2025.",
     [("Mid-term review 2025", D(2025, 4, 9), D(2025, 4, 9), "Aarhus")]),
])
def test_project_meeting_named_by_its_noun(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Each project should hold a kick-off meeting early on.",  # neither a date nor a place: a rule, no event
    "The partners discussed the final conference at length.",
    "Agenda. The meeting no. 3 of the jury chose the winners.",  # a numbered meeting without its date
])
def test_project_meeting_without_date_or_place_is_no_event(extract, text):
    assert not extract(text).events


def test_numbered_meeting_and_another_dated_meeting_stay_apart(extract):
    text = "The Harbour Cluster held its board meeting on 3 May 2026. The notes of board meeting no. 14 of 2 February 2026 were approved."
    assert _rows(extract(text)) == [("Board meeting 2026", D(2026, 5, 3), D(2026, 5, 3), None),
                                    ("Board meeting no. 14 2026", D(2026, 2, 2), D(2026, 2, 2), None)]


def test_labelled_rows_with_place_after_a_colon(extract):
    text = "Coming up\n\n- Second partner meeting: Tallinn, Estonia, 4–5 November 2026\n- First stakeholder workshop: Girona, 21 April 2026\n"
    assert _rows(extract(text)) == [("First stakeholder workshop", D(2026, 4, 21), D(2026, 4, 21), "Girona"),
                                    ("Second partner meeting", D(2026, 11, 4), D(2026, 11, 5), "Tallinn")]


def test_plural_possessive_ends_no_name(extract):
    assert extract("The clusters' members met the ministers' advisers in Bonn on 4 May 2025.").events == ()


def test_counted_plural_gives_one_event_per_place_with_its_date(extract):
    text = "The team ran 20 interviews and held two validation workshops, in Lyon on 24 June 2026 and in Turin on 8 July 2026."
    assert _rows(extract(text)) == [("Validation workshop (Lyon) 2026", D(2026, 6, 24), D(2026, 6, 24), "Lyon"),
                                    ("Validation workshop (Turin) 2026", D(2026, 7, 8), D(2026, 7, 8), "Turin")]


@pytest.mark.parametrize("text", [
    "The cluster organised two webinars in May 2026.",  # a month, not places
    "Two workshops in Lyon were cancelled.",  # one place for two workshops: which is which is not said
])
def test_counted_plural_without_two_places_is_no_event(extract, text):
    assert not [e for e in extract(text).events if e.rule == "pattern:event_generic"]


def test_project_meeting_takes_the_only_date_of_its_sentence(extract):
    text = "Partners of the project met in Faro from 2 to 4 May 2026 for the project's third partner meeting and a site visit."
    assert _rows(extract(text)) == [("Third partner meeting", D(2026, 5, 2), D(2026, 5, 4), "Faro")]


def test_numbered_project_meetings_stay_apart_and_keep_their_edition_first(extract):
    text = ("From 12 to 14 May 2026, the partners of the project TIMBERLINK gathered in Graz for their third interregional "
            "meeting.\n\nThe fourth interregional meeting will take place in Ghent (Flanders) on 3–5 November 2026.")
    assert _rows(extract(text)) == [("Fourth interregional meeting", D(2026, 11, 3), D(2026, 11, 5), "Ghent"),
                                    ("Third TIMBERLINK interregional meeting", D(2026, 5, 12), D(2026, 5, 14), "Graz")]


@pytest.mark.parametrize("text, expected", [
    ("TIMBERLINK closes with a final conference in Porto\nBy Ana Silva, editor | 1 December 2026\n\nThe partners presented their results.",
     [("Final conference", None, None, "Porto")]),
    ("Partners meet in Graz\n22.05.2026 · Author: Jan Novak, communication officer\n\nThe partner meeting took place in Graz on 12 May 2026.",
     [("Partner meeting 2026", D(2026, 5, 12), D(2026, 5, 12), "Graz")]),
    ("Ports meet in Split\n19.03.2026 · Written by Ana Horvat\n\nThe Adriatic Ports Forum opened in Split.",
     [("Adriatic Ports Forum", None, None, "Split")]),
])
def test_byline_date_is_no_event_date(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_earlier_edition_with_its_ordinal_stays_apart_from_the_current_one(extract):
    text = ("Third Adriatic Photonics Conference\n\nThe Third Adriatic Photonics Conference brought 200 people to Zadar. "
            "The chair recalled that the first two editions, in Split in 2022 and in Pula in 2024, were small.")
    assert _rows(extract(text)) == [("Adriatic Photonics Conference 2022", D(2022, 1, 1), D(2022, 12, 31), "Split"),
                                    ("Adriatic Photonics Conference 2024", D(2024, 1, 1), D(2024, 12, 31), "Pula"),
                                    ("Third Adriatic Photonics Conference", None, None, "Zadar")]


def test_table_one_cell_a_line_rows_end_after_their_columns(extract):
    """A row without its ordinal ("—", a cancelled year) and the text after the table belong to no row."""
    text = ("Baltic Port Days\n\nThe Baltic Port Days bring port clusters together once a year.\n\nPast editions\n\n"
            "Edition\n\nYear\n\nPlace\n\n1st\n\n2019\n\nGdynia\n\n2nd\n\n2020\n\nRostock\n\n—\n\n2021\n\ncancelled\n\n"
            "3rd\n\n2022\n\nKlaipėda\n\nContact\n\nWrite to the office before registration opens for the next edition.\n")
    rows = sorted((e.name, e.start_date, e.city) for e in extract(text).events if e.rule == "pattern:event_year_row")
    assert rows == [("First Baltic Port Days", D(2019, 1, 1), "Gdynia"), ("Second Baltic Port Days", D(2020, 1, 1), "Rostock"),
                    ("Third Baltic Port Days", D(2022, 1, 1), "Klaipėda")]


@pytest.mark.parametrize("text, expected", [
    ("EPISODES\n\nEpisode 1 – Shore power for ferries\nDate: 12 February 2026, 10:00 CET\nSpeaker: Ana Lopes, port engineer\n\n"
     "Episode 2 – Hydrogen bunkering: who pays?\nDate: 19 March 2026, 10:00 CET\n",
     [("Episode 1 – Shore power for ferries 2026", D(2026, 2, 12), D(2026, 2, 12), None),
      ("Episode 2 – Hydrogen bunkering: who pays? 2026", D(2026, 3, 19), D(2026, 3, 19), None)]),
    ("Programme\n\nEpisode 7: Data spaces for farms\nDate: 4 June 2025\n", [("Episode 7: Data spaces for farms 2025", D(2025, 6, 4), D(2025, 6, 4), None)]),
])
def test_series_episodes_over_their_date_lines(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_episode_in_running_text_is_no_event(extract):
    assert not extract("Each episode has a short input. Episode 3, on dredging, follows later.").events


@pytest.mark.parametrize("text, expected", [
    ("The new network will be presented at a launch event during the Water Days in Aarhus on 22 April 2026.",
     [("Launch event 2026", D(2026, 4, 22), D(2026, 4, 22), None), ("Water Days 2026", D(2026, 4, 22), D(2026, 4, 22), "Aarhus")]),
    ("The authors present the report at a public launch in Utrecht on 8 October 2026.",
     [("Public launch 2026", D(2026, 10, 8), D(2026, 10, 8), "Utrecht")]),
    ("Since its official launch the platform has grown.", []),
])
def test_launch_events_named_alone(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_an_earlier_edition_with_its_dates_in_brackets(extract):
    text = ("Baltic Port Days 2026\n\nThe Baltic Port Days 2026 open in Riga on 3 June 2026.\n\n"
            "The 5th edition in Gdynia (16–18 September 2025) ended with a joint declaration.")
    assert _rows(extract(text)) == [("Baltic Port Days 2025", D(2025, 9, 16), D(2025, 9, 18), "Gdynia"),
                                    ("Baltic Port Days 2026", D(2026, 6, 3), D(2026, 6, 3), "Riga")]
