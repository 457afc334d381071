"""Instalments of a series listed on the series' page by their number alone (``pattern:event_episode_row``): a
"#<number> – <title>" card or list line dated on its line or the next one, and the rows of a "# | Date | Title"
table, each named "<Series> #<number> – <title>" after the page's title; a cancelled row, a page with one such
line and a page whose title names no series give none. Pages of our own wording."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date
RULE = "pattern:event_episode_row"


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.rule) for e in result.events if e.rule == RULE)


def test_cards_under_a_series_title_dated_on_their_next_line(extract_file):
    text = ("Home › Webinars › Harbour Talks\n\n"
            "# Harbour Talks – the lunchtime series of the port cluster\n\n"
            "Harbour Talks brings a port expert to your screen every month.\n\n"
            "## Coming up\n\n"
            "**#12 – Shore power for ferries**\n"
            "Tuesday 4 March 2036, 12:00–12:45\n\n"
            "**#13 – Dredging without conflict: what changes in 2036?**\n"
            "Tuesday 1 April 2036, 12:00–12:45\n")
    assert _rows(extract_file("harbour-talks.md", text)) == [
        ("Harbour Talks #12 – Shore power for ferries 2036", D(2036, 3, 4), D(2036, 3, 4), "pattern:event_episode_row"),
        ("Harbour Talks #13 – Dredging without conflict: what changes in ? 2036", D(2036, 4, 1), D(2036, 4, 1), "pattern:event_episode_row")]


def test_a_table_of_past_instalments_leaves_out_the_cancelled_one(extract_file):
    text = ("# Forest Data Breakfast – online series\n\n"
            "The Forest Data Breakfast meets on Fridays at 8:30.\n\n"
            "## Past breakfasts\n\n"
            "| # | Date | Topic | Speaker |\n"
            "|---|---|---|---|\n"
            "| 7 | 14.02.2035 | Drones over the spruce stands | Aino Virta, Metsä Lab |\n"
            "| 6 | 31.01.2035 | Cancelled – speaker ill | – |\n"
            "| 5 | 17.01.2035 | Counting logs with a phone | Mikko Salo, TimberScan |\n")
    assert _rows(extract_file("breakfast.md", text)) == [
        ("Forest Data Breakfast #5 – Counting logs with a phone 2035", D(2035, 1, 17), D(2035, 1, 17), "pattern:event_episode_row"),
        ("Forest Data Breakfast #7 – Drones over the spruce stands 2035", D(2035, 2, 14), D(2035, 2, 14), "pattern:event_episode_row")]


def test_list_items_with_a_quoted_title_and_their_date_on_the_line(extract_file):
    text = ("Solar Evenings – the talk series of the Alpine PV network\n\n"
            "Solar Evenings started in 2031. Highlights of the second season:\n\n"
            "- #4 \"Panels on cowsheds\" with two farmers from Tyrol – 9 October 2032\n"
            "- #6 \"Batteries for mountain huts\" with the hut wardens' club – 6 November 2032\n")
    assert _rows(extract_file("solar.md", text)) == [
        ("Solar Evenings #4 – Panels on cowsheds 2032", D(2032, 10, 9), D(2032, 10, 9), "pattern:event_episode_row"),
        ("Solar Evenings #6 – Batteries for mountain huts 2032", D(2032, 11, 6), D(2032, 11, 6), "pattern:event_episode_row")]


def test_one_numbered_line_or_no_series_title_gives_none(extract_file):
    one = ("# Harbour Talks – the lunchtime series\n\n"
           "Harbour Talks is back.\n\n"
           "**#12 – Shore power for ferries**\n"
           "Tuesday 4 March 2036\n")
    untitled = ("Our priorities for the year\n\n"
                "#1 – Members first\n"
                "Board decision of 4 March 2036\n\n"
                "#2 – Open data\n"
                "Board decision of 1 April 2036\n")
    assert _rows(extract_file("one.md", one)) == []
    assert _rows(extract_file("priorities.md", untitled)) == []


def test_a_run_of_numbers_names_no_one_instalment(extract):
    text = ("Archive\n\n"
            "Sessions #4–#9 (3 May – 14 June 2034) were held online. Circular Tuesday #11 (4 July 2034) "
            "was the first on site.\n")
    assert sorted(e.name for e in extract(text).events if "#" in e.name) == ["Circular Tuesday #11 2034"]



_GLASS_TALKS = ("Home / Events / Glass Talks\n\n"
                "Glass Talks – the webinar series of the Bohemian glass cluster\n\n"
                "Every other Wednesday, Glass Talks invites one engineer from a member company.\n\n"
                "Episode 8\n\nFurnaces on green hydrogen\n\nWednesday 4 February 2032, 10:00–10:45\n\n"
                "Episode 9 · CZ\n\nRecyklace střepů v malých sklárnách\n\nWednesday 18 February 2032, 10:00–10:45\n\n"
                "Episode 10 · live in Kamenický Šenov\n\nGlass for solar façades\n\nWednesday 4 March 2032, 16:00–17:30\n")
_DAIRY_HOUR = ("# Dairy Hour – online series of the Alpine dairy network\n\n"
               "Dairy Hour brings cheesemakers together once a month.\n\n"
               "- Ep. 3 – Whey as a feedstock – 12 May 2031\n"
               "- Ep. 4 – Robots in the cheese cellar – 9 June 2031\n\n"
               "## Earlier sessions\n\n"
               "| No. | Date | Title |\n|---|---|---|\n"
               "| 2 | 14.04.2031 | Raw milk and the new hygiene rules |\n"
               "| 1 | 10.03.2031 | Solar heat for small dairies |\n")


@pytest.mark.parametrize("name, text, expected", [
    # cards labelled "Episode <n>" (a marker after "·" at most) over their title line and date line
    ("glass-talks.txt", _GLASS_TALKS, [
        ("Glass Talks Episode 10 – Glass for solar façades 2032", D(2032, 3, 4), "pattern:event_episode_row"),
        ("Glass Talks Episode 8 – Furnaces on green hydrogen 2032", D(2032, 2, 4), "pattern:event_episode_row"),
        ("Glass Talks Episode 9 – Recyklace střepů v malých sklárnách 2032", D(2032, 2, 18), "pattern:event_episode_row")]),
    # "Ep. <n> – title – date" lines, and a table whose number column is headed "No."
    ("dairy-hour.md", _DAIRY_HOUR, [
        ("Dairy Hour #1 – Solar heat for small dairies 2031", D(2031, 3, 10), "pattern:event_episode_row"),
        ("Dairy Hour #2 – Raw milk and the new hygiene rules 2031", D(2031, 4, 14), "pattern:event_episode_row"),
        ("Dairy Hour Ep. 3 – Whey as a feedstock 2031", D(2031, 5, 12), "pattern:event_episode_row"),
        ("Dairy Hour Ep. 4 – Robots in the cheese cellar 2031", D(2031, 6, 9), "pattern:event_episode_row")]),
])
def test_instalments_labelled_by_a_word_and_a_table_headed_no(extract_file, name, text, expected):
    rows = _rows(extract_file(name, text))
    assert [(n, start, rule) for n, start, end, rule in rows if end == start] == expected and len(rows) == len(expected)
