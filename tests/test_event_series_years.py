"""Other editions of a series named by its short name and another year (``pattern:event_series_year``): a found
event with "<Name> <year>" in its text or right after its dash makes every "<Name> <other year>" an edition,
dated by its year (or a day of that year in its sentence) and placed by a town in brackets or after "in";
generic names, a span of years and the page's own year give none. Pages of our own wording."""
from __future__ import annotations

import datetime as dt

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events
                  if e.rule == "pattern:event_series_year")


def test_earlier_and_next_editions_by_short_name_and_year(extract):
    text = ("NORDLINK 2034 – Nordic Link Matchmaking: how to get there\n\n"
            "The matchmaking takes place on 3–4 June 2034 at the Tromsø harbour hall.\n\n"
            "Previous editions\n\n"
            "NORDLINK 2032 (Bergen, 140 participants) and NORDLINK 2033 (Stavanger, 190 participants). "
            "The next edition, NORDLINK 2035, is planned in Trondheim.\n")
    assert _rows(extract(text)) == [
        ("NORDLINK 2032", D(2032, 1, 1), D(2032, 12, 31), "Bergen", "pattern:event_series_year"),
        ("NORDLINK 2033", D(2033, 1, 1), D(2033, 12, 31), "Stavanger", "pattern:event_series_year"),
        ("NORDLINK 2035", D(2035, 1, 1), D(2035, 12, 31), "Trondheim", "pattern:event_series_year")]


def test_a_short_name_after_the_dash_of_the_full_name(extract):
    text = ("Save the date: 8th Baltic Amber Forum – BAF 2036\n\n"
            "The 8th Baltic Amber Forum meets in Gdańsk on 14–15 May 2036.\n\n"
            "We are also looking for a host city for BAF 2037; offers are welcome until 1 March 2036.\n")
    assert _rows(extract(text)) == [("BAF 2037", D(2037, 1, 1), D(2037, 12, 31), None, "pattern:event_series_year")]


def test_a_day_of_that_year_later_in_the_sentence_dates_it(extract):
    text = ("Forest Data Summit – FDS 2031: the results\n\n"
            "Forty speakers met at the Forest Data Summit in Rostock on 2–3 April 2031.\n\n"
            "Teams that missed the pitch can try again at FDS 2032 in Wismar on 8–9 April 2032.\n")
    assert _rows(extract(text)) == [("FDS 2032", D(2032, 4, 8), D(2032, 4, 9), "Wismar", "pattern:event_series_year")]


def test_generic_names_and_spans_of_years_give_none(extract):
    text = ("General Assembly 2034 of the Tatra Wood Cluster\n\n"
            "The General Assembly 2034 met in Poprad on 12 March 2034 and recalled the General Assembly 2033. "
            "It approved the NORDLINK 2032–2034 budget.\n\n"
            "Tatra Wood Days: previous editions in Poprad 2031 and Kežmarok 2032; Poprad 2033 hosted the fair.\n")
    assert _rows(extract(text)) == []
