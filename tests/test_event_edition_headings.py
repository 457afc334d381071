"""Lists of a series' earlier editions, one row a year, under headings that name the series, look back at
winners or chairs, tell its history or are written in another language (``pattern:event_year_row``), and
lists of earlier editions wrapped over two lines (``pattern:event_past_editions``). Pages of our own wording."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


def _rows(result, rule: str) -> set[tuple]:
    return {(e.name, e.start_date, e.end_date, e.city) for e in result.events if e.rule == rule}


def _editions(series: str, *year_cities: tuple[int, str | None]) -> set[tuple]:
    """The rows of the editions of ``series`` dated by their years alone, each with its city."""
    return {(f"{series} {y}", D(y, 1, 1), D(y, 12, 31), city) for y, city in year_cities}


def test_heading_that_names_the_series_after_of(extract):
    # the heading is longer than a short "Previous editions" and names the series itself; the rows give no place
    text = ("Meet the buyers at the Port of Gdynia\n\n"
            "The Baltic Ferry Matchmaking brings shipowners and suppliers together on 3 June 2033 in Gdynia.\n\n"
            "Previous editions of Baltic Ferry Matchmaking @ Sea Days\n\n"
            "2029: 120 participants, 310 meetings\n2031: 165 participants, 480 meetings\n")
    assert _rows(extract(text), "pattern:event_year_row") == \
        _editions("Baltic Ferry Matchmaking @ Sea Days", (2029, None), (2031, None))


def test_history_heading_with_a_sentence_that_introduces_the_rows(extract):
    # "A history of <Series>", then one sentence ending in a colon; a cancelled year is no edition
    text = ("Textile cluster turns fifteen\n\n"
            "Guests met in Ghent on 9 May 2034 for the fifteenth Scheldt Textile Gala of the cluster.\n\n"
            "A history of the Scheldt Textile Gala\n"
            "The gala began as a small reception for members and is now the main night of the regional industry:\n"
            "- 2024: 5th anniversary, Bruges, first design prize\n"
            "- 2027: cancelled after the flooding of the venue\n"
            "- 2029: 10th anniversary, Antwerp (250 guests)\n")
    assert _rows(extract(text), "pattern:event_year_row") == \
        _editions("Scheldt Textile Gala", (2024, "Bruges"), (2029, "Antwerp"))


def test_past_winners_are_editions_of_the_award_without_the_winners_places(extract):
    text = ("Danube Packaging Awards 2035: the winners\n\n"
            "The Danube Packaging Awards 2035 were presented in Vienna on 4 October 2035 to three member companies.\n\n"
            "Past winners of the design category\n"
            "2032 – Kartonwerk Nord GmbH (Linz)\n"
            "2033 – Faculty of Design, University of Novi Sad\n"
            "2034 – FoldPack d.o.o. (Maribor)\n")
    assert _rows(extract(text), "pattern:event_year_row") == \
        _editions("Danube Packaging Awards", (2032, None), (2033, None), (2034, None))


def test_a_heading_in_french_that_looks_back_at_earlier_forums(extract):
    # the rows are in a French page: the page's breadcrumb names the series, a looking-back word of another
    # language before a plural event keyword heads the list
    text = ("Accueil › Agenda › Forum Bois Pyrénées 2035\n\n"
            "Le Forum Bois Pyrénées 2035 aura lieu le jeudi 8 novembre 2035 à Tarbes. Le Forum Bois Pyrénées réunit "
            "les scieurs, les charpentiers et les architectes de la région autour de la construction en bois local.\n\n"
            "Pour mémoire : nos derniers forums\n\n"
            "- 2033 : Bordeaux, « Le hêtre dans la charpente »\n"
            "- 2034 : Toulouse, « Construire haut en bois »\n")
    assert _rows(extract(text), "pattern:event_year_row") == \
        _editions("Forum Bois Pyrénées", (2033, "Bordeaux"), (2034, "Toulouse"))


@pytest.mark.parametrize("heading", ["Our history", "Past winners", "A history of the cluster"])
def test_year_rows_of_an_organisation_name_no_editions(extract, heading):
    # no event is named on the page and the history is the cluster's own: its years are no editions
    text = ("About the Carpathian Wood Cluster\n\nThe cluster brings sawmills and furniture makers together.\n\n"
            f"{heading}\n- 2019: founded by twelve companies in Brașov\n- 2023: 60 members, first export office\n")
    assert _rows(extract(text), "pattern:event_year_row") == set()


def test_earlier_editions_wrapped_over_two_lines(extract):
    # a brochure's line stops inside an item: the list goes on to the next line
    text = ("North Atlantic Grid Conference 2035\n\n"
            "The North Atlantic Grid Conference 2035 takes place in Tórshavn on 9–10 May 2035 and links the grid "
            "operators of the islands. Earlier editions: 2029 in Reykjavik, 2031 in Bergen, 2033 in\nAberdeen. "
            "Registration opens in January.\n")
    assert _rows(extract(text), "pattern:event_past_editions") == \
        _editions("North Atlantic Grid Conference", (2029, "Reykjavik"), (2031, "Bergen"), (2033, "Aberdeen"))


def test_editions_named_in_full_wrapped_over_two_lines(extract):
    text = ("NORDGRID 2035\n\nThe fourth conference on smart grids for islands takes place in Tórshavn in May 2035. "
            "NORDGRID links the grid operators of the North Atlantic.\n\n"
            "Previous editions: NORDGRID 2029 (Reykjavik), NORDGRID 2031\n(Bergen). The programme may change.\n")
    assert _rows(extract(text), "pattern:event_past_editions") == \
        _editions("NORDGRID", (2029, "Reykjavik"), (2031, "Bergen"))


def test_jury_chairs_of_an_event_without_a_proper_name_name_no_editions(extract):
    # the page names its event only by a keyword and lower-case words: whose chairs they were is not said
    text = ("Meet the jury\n\n"
            "The jury will interview the finalists in Catania; the winners receive their prizes at the award ceremony "
            "on the evening of 10 October 2035.\n\n"
            "Previous jury chairs\n\n2031: Anna Ferri (Banca Etnea) · 2032: Marco Lo Cascio · 2033: Giulia Russo\n")
    assert _rows(extract(text), "pattern:event_year_row") == set()


@pytest.mark.parametrize("text, series, rows", [
    # a series page: each edition a heading row over a row of its facts, then a paragraph about it
    ("Harbour Robotics Forum\n\nThe Harbour Robotics Forum meets every June in Gdynia.\n\n"
     "## Harbour Robotics Forum 2036 – save the date\n\n17–18 June 2036, Gdynia.\n\n## Past editions\n\n"
     "### 2035 – \"Cranes that think\"\n3rd edition, 12–13 June 2035, Gdynia. 400 participants.\n"
     "Keynote by the port's director and a panel with three crane makers about remote operation of quays.\n\n"
     "### 2034 – \"Robots on the quay\"\n2nd edition, 14–15 June 2034, Gdańsk. 300 participants.\n"
     "The first hackathon of the forum was won by a team of students from the maritime university.\n\n"
     "## About us\n\nThe forum is run by the port cluster.\n",
     "Harbour Robotics Forum", {(2035, 12, 13), (2034, 14, 15)}),
    ("Alpine Timber Days\n\nThe Alpine Timber Days are the meeting of the wood industry of the Alps.\n\n"
     "Previous editions\n\n2033 – Bolzano\n4th edition, 8–9 May 2033. 520 visitors.\n"
     "The edition was opened by the regional minister for forests, with a visit to two sawmills of the valley.\n"
     "2032 – Innsbruck\n3rd edition, 10–11 May 2032. 480 visitors.\n",
     "Alpine Timber Days", {(2033, 8, 9), (2032, 10, 11)}),
])
def test_edition_blocks_with_a_paragraph_each(extract_file, text, series, rows):
    found = {(e.start_date.year, e.start_date.day, e.end_date.day) for e in extract_file("series.md", text).events
             if e.rule == "pattern:event_year_row" and e.name == f"{series} {e.start_date.year}"}
    assert found == rows


def test_rows_after_running_text_without_blocks_are_no_editions(extract):
    # one-line rows, then a section of running text: a year line below it is not one of the editions
    text = ("Tatra Wood Fair\n\nThe Tatra Wood Fair is the fair of the wood cluster.\n\nPrevious editions\n\n"
            "2031 – Poprad\n2032 – Žilina\n\nAbout the cluster\n"
            "The cluster was founded by eleven sawmills and two schools that wanted to train joiners together.\n"
            "2033 – the cluster opened its second office in Martin.\n")
    years = sorted(e.start_date.year for e in extract(text).events if e.rule == "pattern:event_year_row")
    assert years == [2031, 2032]
