"""A year stated in a calendar's or programme's heading, or a month heading's, governs the year-less days and
months under it (``pipeline.extract.date_headings``), before the publication date or a stated date of that month."""
from __future__ import annotations

import pytest


def _rows(result) -> list[tuple[str, str, str]]:
    return [(d.text, d.start_date.isoformat(), d.end_date.isoformat()) for d in result.dates]


@pytest.mark.parametrize("text, expected", [
    # a calendar page: its title's year, not the year of the day the board adopted it
    ("NORTHWIND ROBOTICS CLUSTER\nEVENTS CALENDAR 2031\n\nThe board adopted this plan on 9 November 2030.\n\n"
     "MARCH\n4 Mar  Members' breakfast, Tampere\n18-19 Mar  Robotics fair visit, Munich\n\n"
     "NOVEMBER\n12 Nov  Autumn assembly, Oulu\n",
     [("9 November 2030", "2030-11-09", "2030-11-09"), ("MARCH", "2031-03-01", "2031-03-31"),
      ("4 Mar", "2031-03-04", "2031-03-04"), ("18-19 Mar", "2031-03-18", "2031-03-19"),
      ("NOVEMBER", "2031-11-01", "2031-11-30"), ("12 Nov", "2031-11-12", "2031-11-12")]),
    # a season's programme with month headings, published the autumn before
    ("# Lakeside Textile Talks\n\nPublished 3 October 2031\n\n## Programme of the 2032 season\n\n### February\n\n"
     "Talk on recycled yarns, 11 February, Como\n\n### October\n\nClosing talk on dye houses, 21 October, Biella\n",
     [("3 October 2031", "2031-10-03", "2031-10-03"), ("February", "2032-02-01", "2032-02-29"),
      ("11 February", "2032-02-11", "2032-02-11"), ("October", "2032-10-01", "2032-10-31"),
      ("21 October", "2032-10-21", "2032-10-21")]),
    # a newsletter's box of next year's dates: the box's year, the news after it the issue's
    ("Greenport Cluster Newsletter · Issue 12 · November 2030\n\nOur members toured the harbour on 4 November.\n\n"
     "## Dates for your diary 2031\n\n- 15 January – New Year reception, Delft\n- 2 March – Hydrogen roundtable, online\n\n"
     "## Member news\n\nThe board meets on 20 November in Leiden.\n",
     [("November 2030", "2030-11-01", "2030-11-30"), ("4 November", "2030-11-04", "2030-11-04"),
      ("15 January", "2031-01-15", "2031-01-15"), ("2 March", "2031-03-02", "2031-03-02"),
      ("20 November", "2030-11-20", "2030-11-20")]),
])
def test_heading_year_governs_the_yearless_days_under_it(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause in the past tense under a season's heading: the December before, as without the heading
    ("BREAKFAST TALKS – SEASON 2029\n\nPublished 8 January 2029\n\nThe first talk had been postponed once, from 10 December.\n",
     [("8 January 2029", "2029-01-08", "2029-01-08"), ("10 December", "2028-12-10", "2028-12-10")]),
    # an item of a numbered agenda is no heading: the minutes' own date decides
    ("Minutes of the board, 14 November 2034\n\n5. Work programme 2035\n\nThe board approved the plan on 2 November.\n",
     [("14 November 2034", "2034-11-14", "2034-11-14"), ("2 November", "2034-11-02", "2034-11-02")]),
    # a line of links naming an edition is no heading, nor is a month with its year in a table's cell
    ("Home · About · 2031 edition · Partners\n\nPublished 3 October 2030\n\nThe board meets on 20 November in Vigo.\n",
     [("2031", "2031-01-01", "2031-12-31"), ("3 October 2030", "2030-10-03", "2030-10-03"),
      ("20 November", "2030-11-20", "2030-11-20")]),
    ("Dock Robotics Bulletin · Issue 4 · May 2030\n\nMarch 2031\n(tbc)\nPort Automation Days\n\n"
     "Proposals for talks are welcome until 30 June.\n",
     [("May 2030", "2030-05-01", "2030-05-31"), ("March 2031", "2031-03-01", "2031-03-31"),
      ("30 June", "2030-06-30", "2030-06-30")]),
])
def test_heading_year_leaves_past_clauses_list_items_and_links(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a December newsletter's year told month by month, then next year's dates: each heading's year, not the stated
    # day of next year with the same month
    ("HARBOUR TECH NEWSLETTER\nLisbon, 15 December 2030\n\n2030 MONTH BY MONTH\n\nMarch\nOur kick-off on 11 March drew "
     "50 members.\n\nCOMING UP IN 2031\n\n- 9 March 2031 – Kick-off, Porto (registration opens 5 February)\n",
     [("15 December 2030", "2030-12-15", "2030-12-15"), ("March", "2030-03-01", "2030-03-31"), ("11 March", "2030-03-11", "2030-03-11"),
      ("2031", "2031-01-01", "2031-12-31"), ("9 March 2031", "2031-03-09", "2031-03-09"), ("5 February", "2031-02-05", "2031-02-05")]),
    # a web page's review of its year: the days of October are the review's, not next year's
    ("# Our 2029 in review\n\nPublished 20 December 2029\n\nThe assembly on 14 October elected a new board.\n\n"
     "## Looking ahead to 2030\n\nThe next assembly is set for 13 October 2030; the call opens on 2 February.\n",
     [("20 December 2029", "2029-12-20", "2029-12-20"), ("14 October", "2029-10-14", "2029-10-14"),
      ("13 October 2030", "2030-10-13", "2030-10-13"), ("2 February", "2030-02-02", "2030-02-02")]),
    # a review of the year in a January issue
    ("Bulletin 1/2031\n\n2030 in review\n\nThe hackathon of 6–7 May was our largest event. Our study trip in May 2031 "
     "is being planned.\n",
     [("6–7 May", "2030-05-06", "2030-05-07"), ("May 2031", "2031-05-01", "2031-05-31")]),
])
def test_heading_year_of_a_year_in_review(extract, text, expected):
    assert _rows(extract(text)) == expected
