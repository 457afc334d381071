"""Earlier editions listed on an event's page without the series' name on each row: year rows whose series no
title line names (``pattern:event_year_row`` named after the document's event), rows sharing one line, long
rows, and "<year> (<place>)" items after "Previous editions:" (``pattern:event_past_editions``). Pages of
our own wording."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result) -> set[tuple]:
    return {(e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events}


def test_year_rows_sharing_a_line_under_a_page_without_a_series_title(extract):
    # the page's title is an acronym and a programme day heading ("Day 1 – ...") names no series: the rows
    # are editions of the event the page is about
    text = ("HRF 2031\n\nHome / Programme / Chairs\n\n"
            "The Hanseatic Robotics Forum 2031 takes place on 3–4 June 2031 in Lublin. Every session has a chair.\n\n"
            "Day 1 – Tuesday 3 June\n\nOpening plenary (09:30–11:00)\n\nDay 1 closes with a dinner for all chairs.\n\n"
            "Previous editions\n\n2028 – Gdańsk · 2029 – Poznań · 2030 – Kraków\n")
    assert _rows(extract(text)) == {
        ("Hanseatic Robotics Forum 2031", D(2031, 6, 3), D(2031, 6, 4), "Lublin", "pattern:event_name"),
        ("Hanseatic Robotics Forum 2028", D(2028, 1, 1), D(2028, 12, 31), "Gdańsk", "pattern:event_year_row"),
        ("Hanseatic Robotics Forum 2029", D(2029, 1, 1), D(2029, 12, 31), "Poznań", "pattern:event_year_row"),
        ("Hanseatic Robotics Forum 2030", D(2030, 1, 1), D(2030, 12, 31), "Kraków", "pattern:event_year_row")}


def test_year_rows_under_a_title_broken_over_two_lines(extract):
    # a brochure's title wraps; the rows are long sentences, each still a row of the list
    text = ("Flanders Packaging Innovation\nDays 2032\n\nLeuven · 12–13 May 2032\n\n"
            "The Flanders Packaging Innovation Days bring converters, brand owners and recyclers together.\n\n"
            "Past editions\n\n"
            "2030 – Ghent, 12–13 May 2030, hosted by the packaging cluster of East Flanders. 180 participants.\n"
            "2031 – Bruges, 18–19 May 2031, hosted by the West Flanders food and packaging network. 240 participants.\n"
            "2029 – cancelled.\n")
    rows = {r for r in _rows(extract(text)) if r[-1] == "pattern:event_year_row"}
    assert rows == {
        ("Flanders Packaging Innovation Days 2030", D(2030, 5, 12), D(2030, 5, 13), "Ghent", "pattern:event_year_row"),
        ("Flanders Packaging Innovation Days 2031", D(2031, 5, 18), D(2031, 5, 19), "Bruges", "pattern:event_year_row")}


def test_year_rows_need_an_event_the_page_is_about(extract):
    # no title line and no named event: the rows name nothing
    text = "Notes of the secretariat\n\nPrevious editions\n\n2028 – Gdańsk · 2029 – Poznań\n"
    assert [e for e in extract(text).events if e.rule == "pattern:event_year_row"] == []


def test_past_editions_as_years_with_their_places_in_brackets(extract):
    text = ("# Baltic Dairy Hackathon 2033\n\nThe Baltic Dairy Hackathon 2033 brought 90 students to Tartu on 4–6 March 2033.\n\n"
            "Previous editions: 2029 (Riga), 2031 (Tartu).\n")
    rows = {r for r in _rows(extract(text, fmt="md")) if r[-1] == "pattern:event_past_editions"}
    assert rows == {("Baltic Dairy Hackathon 2029", D(2029, 1, 1), D(2029, 12, 31), "Riga", "pattern:event_past_editions"),
                    ("Baltic Dairy Hackathon 2031", D(2031, 1, 1), D(2031, 12, 31), "Tartu", "pattern:event_past_editions")}


def test_past_editions_named_in_full_with_their_places_in_brackets(extract):
    text = ("# CIRCON 2034 – 3rd Conference on Circular Construction\n\nCIRCON 2034 takes place in Aarhus on 9–10 "
            "October 2034.\n\n## About the conference\n\nCIRCON brings builders and recyclers together.\n\n"
            "Previous editions: CIRCON 2030 (Odense), CIRCON 2032 (Aarhus / Århus).\n")
    rows = {r for r in _rows(extract(text, fmt="md")) if r[-1] == "pattern:event_past_editions"}
    assert rows == {("CIRCON 2030", D(2030, 1, 1), D(2030, 12, 31), "Odense", "pattern:event_past_editions"),
                    ("CIRCON 2032", D(2032, 1, 1), D(2032, 12, 31), "Aarhus", "pattern:event_past_editions")}



def test_year_rows_go_on_after_a_note_in_place_of_a_row(extract):
    # a long note that opens with a year stands where a row would, and the list goes on below it
    text = ("Styrian Sensor Summit\n\nThe Styrian Sensor Summit has been held every year since 2030.\n\n"
            "THE EDITIONS AT A GLANCE\n\n 1st | 2030 | Graz\n 2nd | 2031 | Leoben\n"
            " 2032 no summit (replaced by a joint programme with the Carinthian cluster in Villach)\n"
            "3rd | 2033 | Linz\n4th | 2034 | Graz\n")
    rows = {r for r in _rows(extract(text)) if r[-1] == "pattern:event_year_row"}
    assert rows == {("First Styrian Sensor Summit", D(2030, 1, 1), D(2030, 12, 31), "Graz", "pattern:event_year_row"),
                    ("Second Styrian Sensor Summit", D(2031, 1, 1), D(2031, 12, 31), None, "pattern:event_year_row"),
                    ("Third Styrian Sensor Summit", D(2033, 1, 1), D(2033, 12, 31), "Linz", "pattern:event_year_row"),
                    ("Fourth Styrian Sensor Summit", D(2034, 1, 1), D(2034, 12, 31), "Graz", "pattern:event_year_row")}


def test_year_rows_with_bare_places_under_a_heading_that_looks_back(extract):
    # "Previous summits" (a looking-back word and a plural event keyword) over one line of "<year> <place>" items
    text = ("Call for hosts\nNordic Fjord Tourism Summit 2036\n\n"
            "The Nordic Fjord Tourism Summit 2036 will take place in May 2036; members may apply to host it.\n\n"
            "5. Previous summits\n2032 Bergen · 2033 Ålesund · 2034 Trondheim\n")
    rows = {r for r in _rows(extract(text)) if r[-1] == "pattern:event_year_row"}
    assert rows == {
        ("Nordic Fjord Tourism Summit 2032", D(2032, 1, 1), D(2032, 12, 31), "Bergen", "pattern:event_year_row"),
        ("Nordic Fjord Tourism Summit 2033", D(2033, 1, 1), D(2033, 12, 31), "Ålesund", "pattern:event_year_row"),
        ("Nordic Fjord Tourism Summit 2034", D(2034, 1, 1), D(2034, 12, 31), "Trondheim", "pattern:event_year_row")}


def test_table_rows_under_past_ceremonies(extract):
    text = ("# Alpine Design Awards 2031: the winners\n\n"
            "The Alpine Design Awards were presented in Bolzano on 12 May 2031 by the Alpine Design Network.\n\n"
            "## Past ceremonies\n\n"
            "| Year | City | Winner |\n|---|---|---|\n| 2030 | Innsbruck | Studio Kofler |\n| 2029 | Trento | Lana Works |\n")
    rows = {r for r in _rows(extract(text)) if r[-1] == "pattern:event_year_row"}
    assert rows == {
        ("Alpine Design Awards 2030", D(2030, 1, 1), D(2030, 12, 31), "Innsbruck", "pattern:event_year_row"),
        ("Alpine Design Awards 2029", D(2029, 1, 1), D(2029, 12, 31), "Trento", "pattern:event_year_row")}


@pytest.mark.parametrize("rows", ["Previous summits\n2032 Annual report · 2033 Budget\n",
                                  "Our milestones\n2032 Bergen · 2033 Trondheim\n"])
def test_bare_year_rows_need_a_known_place_and_a_heading_that_looks_back(extract, rows):
    text = ("Nordic Fjord Tourism Summit 2036\n\n"
            "The Nordic Fjord Tourism Summit 2036 will take place in May 2036.\n\n" + rows)
    assert {r for r in _rows(extract(text)) if r[-1] == "pattern:event_year_row"} == set()


def test_editions_take_the_full_name_when_the_title_gives_only_the_keyword(extract):
    # the first line, a breadcrumb, names the event by its keyword alone: the rows take the page's full name
    text = ("Home / Summit 2031 / Programme\n\n"
            "Programme — Baltic Timber Summit 2031\n\n"
            "Klaipėda · 3–4 June 2031 · organised by the Lithuanian wood cluster.\n\n"
            "## Past editions\n\n- 2029 — Kaunas, \"Wood in the city\"\n- 2030 — Riga, \"Building higher\"\n")
    rows = {r for r in _rows(extract(text)) if r[-1] == "pattern:event_year_row"}
    assert {r[0] for r in rows} == {"Baltic Timber Summit 2029", "Baltic Timber Summit 2030"}


@pytest.mark.parametrize("text, expected", [
    # an ordinal row lead that carries the noun "edition", in bold, in a dashed line, before a colon
    ("# Baltic Amber Days 2033\n\nRiga · 4–5 May 2033\n\nThe Baltic Amber Days bring growers, makers and buyers together.\n\n"
     "## Previous editions\n\n- **1st edition**, 12 May 2030, Tartu – 90 participants\n"
     "- **2nd edition**, 10–11 May 2031, Kaunas – first B2B meetings\n",
     {("First Baltic Amber Days", D(2030, 5, 12), D(2030, 5, 12), "Tartu", "pattern:event_year_row"),
      ("Second Baltic Amber Days", D(2031, 5, 10), D(2031, 5, 11), "Kaunas", "pattern:event_year_row")}),
    ("Nordic Felt Forum 2034\n\nThe Nordic Felt Forum gathers felt makers from five countries in Umeå on 3 June 2034.\n\n"
     "Past editions\n\n1st edition – Oulu, 6 June 2032\n2nd edition – Tromsø, 5 June 2033\n",
     {("First Nordic Felt Forum", D(2032, 6, 6), D(2032, 6, 6), "Oulu", "pattern:event_year_row"),
      ("Second Nordic Felt Forum", D(2033, 6, 5), D(2033, 6, 5), "Tromsø", "pattern:event_year_row")}),
    ("Alpine Wool Summit 2035\n\nThe Alpine Wool Summit meets in Innsbruck on 9 October 2035.\n\n"
     "Previous editions\n\n3rd edition: 14 October 2034, Bolzano\n",
     {("Third Alpine Wool Summit", D(2034, 10, 14), D(2034, 10, 14), "Bolzano", "pattern:event_year_row")}),
])
def test_ordinal_rows_with_the_edition_noun(extract, text, expected):
    assert {r for r in _rows(extract(text)) if r[-1] == "pattern:event_year_row"} == expected


@pytest.mark.parametrize("text, expected", [
    # "Previous editions:" then each year before its town, the items set off by a dot: each an edition of the page's event
    ("Baltic Timber Days 2030\n\nThe Baltic Timber Days 2030 open in Riga on 4 May 2030.\n\n"
     "Previous editions: 2029 Tartu · 2028 Vilnius\n",
     {("Baltic Timber Days 2029", D(2029, 1, 1), D(2029, 12, 31), "Tartu"),
      ("Baltic Timber Days 2028", D(2028, 1, 1), D(2028, 12, 31), "Vilnius")}),
    ("Alpine Mobility Forum 2031\n\nThe Alpine Mobility Forum 2031 took place in Graz on 3 June 2031.\n\n"
     "*Earlier editions: 2030 Linz, 2029 Innsbruck, 2028 Salzburg*\n",
     {("Alpine Mobility Forum 2030", D(2030, 1, 1), D(2030, 12, 31), "Linz"),
      ("Alpine Mobility Forum 2029", D(2029, 1, 1), D(2029, 12, 31), "Innsbruck"),
      ("Alpine Mobility Forum 2028", D(2028, 1, 1), D(2028, 12, 31), "Salzburg")}),
    # a town the gazetteer does not know is no edition's place ("2029 Foobarville")
    ("Nordic Salmon Forum 2031\n\nThe Nordic Salmon Forum 2031 opens in Bergen on 3 May 2031.\n\n"
     "Previous editions: 2030 Stavanger · 2029 Foobarville\n",
     {("Nordic Salmon Forum 2030", D(2030, 1, 1), D(2030, 12, 31), "Stavanger")}),
])
def test_previous_editions_listed_year_then_town(extract, text, expected):
    rows = {r[:4] for r in _rows(extract(text)) if r[-1] == "pattern:event_past_editions"}
    assert rows == expected
