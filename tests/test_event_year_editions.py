"""Other editions of the page's series named by "the <year> edition" or by an ordinal with its year in running
text (``pattern:event_year_edition``), named after the event the page is about. Pages of our own wording; every
event row of the page is expected (an extra one fails)."""
from __future__ import annotations

import datetime as dt

D = dt.date


def _rows(result) -> list[tuple]:
    return [(e.text, e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events]


def test_year_editions_told_by_what_they_did(extract):
    text = ("Nordic Kelp Forum 2034\n\n"
            "The Nordic Kelp Forum 2034 takes place in Bergen on 10–11 May 2034. The 2032 edition counted 230 "
            "participants, and the 2031 edition in Tromsø was the first outside Denmark.\n")
    assert _rows(extract(text)) == [
        ("Nordic Kelp Forum 2034", "Nordic Kelp Forum 2034", D(2034, 5, 10), D(2034, 5, 11), "Bergen", "pattern:event_name"),
        ("Nordic Kelp Forum 2034", "Nordic Kelp Forum 2034", D(2034, 5, 10), D(2034, 5, 11), "Bergen", "pattern:event_name"),
        ("The 2032 edition", "Nordic Kelp Forum 2032", D(2032, 1, 1), D(2032, 12, 31), None, "pattern:event_year_edition"),
        ("Tromsø", "Nordic Kelp Forum 2031", D(2031, 1, 1), D(2031, 12, 31), "Tromsø", "pattern:event_past_editions")]


def test_a_year_edition_named_without_place_or_verb(extract):
    text = ("Lusatia Battery Awards 2036\n\n"
            "The Lusatia Battery Awards 2036 will be presented in Cottbus on 3 March 2036.\n\n"
            "In the 2035 edition, the jury gave the main prize to a recycling start-up from Senftenberg.\n"
            "Reviews of the 2033 edition praised the short pitches.\n")
    assert _rows(extract(text))[2:] == [
        ("the 2035 edition", "Lusatia Battery Awards 2035", D(2035, 1, 1), D(2035, 12, 31), None, "pattern:event_year_edition"),
        ("the 2033 edition", "Lusatia Battery Awards 2033", D(2033, 1, 1), D(2033, 12, 31), None, "pattern:event_year_edition")]


def test_ordinal_editions_dated_by_the_year_beside_them(extract):
    text = ("Alpine Hydrogen Conference 2033\n\n"
            "The Alpine Hydrogen Conference 2033 opens in Innsbruck on 20 September 2033. "
            "The chair recalled that the first edition in 2029 had brought together sixty engineers. "
            "In 2030 the second edition moved to a larger hall. "
            "The third edition (14–15 May 2031) drew 900 visitors.\n")
    assert _rows(extract(text))[2:] == [
        ("the first edition in 2029", "Alpine Hydrogen Conference 2029", D(2029, 1, 1), D(2029, 12, 31), None,
         "pattern:event_year_edition"),
        ("the second edition", "Alpine Hydrogen Conference 2030", D(2030, 1, 1), D(2030, 12, 31), None, "pattern:event_year_edition"),
        ("The third edition (14–15 May 2031)", "Alpine Hydrogen Conference 2031", D(2031, 5, 14), D(2031, 5, 15), None,
         "pattern:event_year_edition")]


def test_a_call_a_span_a_publication_or_an_undated_ordinal_names_no_edition(extract):
    text = ("Adriatic Seafood Summit 2034\n\n"
            "The Adriatic Seafood Summit 2034 takes place in Split on 8 October 2034. This is the fourth edition.\n"
            "Applications for the 2035 edition open on 1 June 2035; the 2036 edition opens for nominations in May. "
            "Our members have exhibited there since the 2031 edition. "
            "The 2033 edition of the buyers' guide lists 120 firms.\n")
    assert [r[1] for r in _rows(extract(text))] == ["Adriatic Seafood Summit 2034", "Adriatic Seafood Summit 2034"]


def test_an_edition_another_rule_named_in_that_year_is_not_named_twice(extract):
    # "Danube Robotics Days Bratislava" is dated in 2035: "the 2035 edition" is that event, not one more
    text = ("Danube Robotics Days 2034\n\n"
            "The Danube Robotics Days 2034 take place in Linz on 12–13 May 2034.\n\n"
            "Next year the Danube Robotics Days Bratislava follow in October 2035. The 2035 edition will move the "
            "series to Slovakia for the first time.\n")
    assert [r for r in _rows(extract(text)) if r[5] == "pattern:event_year_edition"] == []


def test_year_editions_named_by_the_series_noun_and_a_town(extract):
    # "the <year> <noun> in <town>": the noun the series' own name holds
    text = ("Adriatic Blue Growth Summit 2036\n\n"
            "The Adriatic Blue Growth Summit 2036 takes place in Split on 4–5 May 2036. This third edition follows "
            "the 2034 summit in Rijeka and the 2035 summit in Zadar. The 2033 budget in Zagreb was smaller.\n")
    rows = [(e.name, e.start_date, e.city) for e in extract(text).events if e.rule == "pattern:event_year_edition"]
    assert rows == [("Adriatic Blue Growth Summit 2034", D(2034, 1, 1), "Rijeka"),
                    ("Adriatic Blue Growth Summit 2035", D(2035, 1, 1), "Zadar")]


def test_year_noun_of_another_series_or_without_a_town_names_nothing(extract):
    text = ("Danube Food Forum 2036\n\n"
            "The Danube Food Forum 2036 takes place in Novi Sad on 3 June 2036. Several members went to the 2035 "
            "summit in Vienna, and the 2035 forum in spring was the largest so far.\n")
    assert [e.name for e in extract(text).events if e.rule == "pattern:event_year_edition"] == []
