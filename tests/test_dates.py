"""Date extraction: each pattern family on short sentences of our own, plus what must not be a date."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from pipeline.evaluate import date_value


def _values(result) -> list[str]:
    return [date_value(d.start_date, d.end_date, d.precision) for d in result.dates]


@pytest.mark.parametrize("text, expected", [
    ("The summit takes place on 3-5 October 2022 in Lisbon.", "2022-10-03/2022-10-05"),
    ("Meet us from 8 to12 March 2021 at the fair.", "2021-03-08/2021-03-12"),
    ("The workshop runs on 21 and 22 January 2023.", "2023-01-21/2023-01-22"),
    ("From 26 to 30 September 2017, regions hosted events.", "2017-09-26/2017-09-30"),
    ("The campaign ran from October 2020 until the end of March 2021.", "2020-10/2021-03"),
    ("Delegates met from 30 June - 2 July 2021 in Porto.", "2021-06-30/2021-07-02"),
    ("Applications close on the 2nd of February 2022.", "2022-02-02"),
    ("The webinar starts on 9 March 2023, 10:00 – 11:30 CET.", "2023-03-09"),
    ("The call opened on 7 September\n2020 for all clusters.", "2020-09-07"),
    ("Registration ends on March 3rd, 2022.", "2022-03-03"),
    ("The report was released on 2021-06-30.", "2021-06-30"),
    ("The next round opens in October 2021.", "2021-10"),
    ("The scheme is expected to start in 2025.", "2025"),
    ("Funding was planned for 2026 already.", "2026"),
    ("Under the Ministry's 2016 Strategy, clusters were funded.", "2016"),
    ("Budgets were cut between 1997 and 2002 in most regions.", "1997/2002"),
    ("Transfers fell in 1998‐2002 across the country.", "1998/2002"),
    ("A second round is planned for Q3 2022.", "2022"),
    ("Field trials move from Q4 2026 to Q2 2027.", "2026/2027"),
    ("Both audits fall between Q1 and Q3 2028.", "2028"),
    ("The project (2019-2022) received two million euros.", "2019/2022"),
    ("Since mid-2019, members meet every three months.", "2019"),
    ("The roadmap sets targets for 2025 and 2030.", "2030"),
    ("Meetings were held on 12/05/2021 in Porto.", "2021-05-12"),
    ("Cluster Days: 12-14.06.2023, Vienna", "2023-06-12/2023-06-14"),
])
def test_dates_patterns(extract, text, expected):
    assert expected in _values(extract(text))


def test_dates_range_spans_and_rules(extract):
    text = "The forum met on 14-16\nMay 2019 in Vienna."
    result = extract(text)
    (d,) = result.dates
    assert text[d.start:d.end] == d.text == "14-16\nMay 2019"
    assert d.rule == "pattern:day_range" and d.precision == "day" and not d.resolved


@pytest.mark.parametrize("text", [
    "Projects are funded under Horizon 2020 and COSME.",
    "The Cluster Programme 2018 supports twinning.",
    "Visit the 2021 European Cluster Summit website.",
    "A 10-year funding rule applies to 2 new members.",
    "Call +32 2 296 1234 between 9:30 and 11:45.",
    "More than 2000 participants and 300 exhibitors took part.",
])
def test_dates_not_dates(extract, text):
    assert _values(extract(text)) == []


def test_dates_yearless_day_resolved_from_same_month(extract):
    text = ("The Regional Forum on 5-6 October 2022 gathered 200 people.\n\n"
            "A study visit followed in March 2021.\n\n"
            "A pre-forum breakfast is planned on the morning of 5 October.")
    result = extract(text)
    resolved = [d for d in result.dates if d.resolved]
    assert [(d.text, d.start_date.isoformat(), d.rule) for d in resolved] == [("5 October", "2022-10-05", "pattern:yearless_day")]


def test_dates_yearless_day_left_out_when_ambiguous(extract):
    text = "The board met on 3 May 2020 and again on 9 May 2021.\n\nThe next meeting is on 12 May."
    assert "12 May" not in [d.text for d in extract(text).dates]


@pytest.mark.parametrize("text, expected", [
    ("The Danube Wine Cluster holds its Harvest Forum on Friday 8 October 2027 in Tokaj. The evening before, on 7 October, "
     "members meet for a tasting.\n\nLast year's forum (9 October 2026) drew 150 guests.", "2027-10-07"),
    ("The Alpine Wood Summit runs on 12–13 May 2027 in Bolzano; on 11 May, the board meets in Trento.\n\n"
     "The first summit was held on 20 May 2025.", "2027-05-11"),
    ("Timeline\n\nThe call opened on 2 March 2026. Proposals are evaluated until 30 March, and winners are announced on "
     "14 April.\n\nThe previous call closed on 25 March 2025.", "2026-03-30"),
])
def test_dates_yearless_day_takes_the_one_year_of_the_dates_before_it(extract, text, expected):
    """Several years in the text and no publication date: the year of the dates stated just before the day."""
    assert expected in _values(extract(text))


def test_dates_yearless_day_uses_only_year_of_document(extract):
    text = "The talk took place on 15 June 2024.\n\nParallel sessions were held on 7th May."
    assert "2024-05-07" in _values(extract(text))


def test_dates_two_years_joined_by_and_are_not_a_range(extract):
    assert sorted(_values(extract("The roadmap sets targets for 2025 and 2030."))) == ["2025", "2030"]


def test_dates_yearless_day_range_resolved(extract):
    text = "The board met on 2 July 2022 in Riga.\n\nOn 5th and 6th of July, the working groups met."
    assert "2022-07-05/2022-07-06" in _values(extract(text))


@pytest.mark.parametrize("expression, expected", [
    ("Tuesday, 15 May 2024, 8:30 – 9:45 CET", ("2024-05-15", "day")),
    ("the 4th of April 2019", ("2019-04-04", "day")),
    ("Sept. 2015", ("2015-09-01", "month")),
    ("2019", ("2019-01-01", "year")),
    ("next week", None),
    ("last May 2019", None),
    ("9:45", None),
    ("12 May", None),  # no year and no anchor
])
def test_dates_parse_single_date(expression, expected):
    from pipeline.normalise import parse_single_date

    got = parse_single_date(expression)
    assert (None if got is None else (got[0].isoformat(), got[1])) == expected


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)), st.sampled_from(["day", "month", "year"]))
def test_dates_period_bounds_contain_the_date(day, precision):
    from pipeline.normalise import period_bounds

    first, last = period_bounds(day, precision)
    assert first <= day <= last
    assert (first == last) == (precision == "day")


@pytest.mark.parametrize("text, expected", [
    ("Programme. Day 1 – 14 March 2023: arrivals and welcome dinner.", ["2023-03-14"]),
    ("Session 2 - 9 May 2022, afternoon: the site visit.", ["2022-05-09"]),
    ("Part 3 – 21 November 2020 covers the funding rules.", ["2020-11-21"]),
    ("The fair runs 1–3 March 2023 in Lyon.", ["2023-03-01/2023-03-03"]),  # no numbering word: a range
    ("During the week 12-16 October 2020 regions opened their doors.", ["2020-10-12/2020-10-16"]),
])
def test_dates_number_after_numbering_word_is_not_a_range_start(extract, text, expected):
    assert _values(extract(text)) == expected


def test_dates_numbering_word_before_year_less_range(extract):
    r = extract("The summit opened on 2 May 2022. Day 1 – 3 May: site visits in the port.")
    assert _values(r) == ["2022-05-02", "2022-05-03"]


@pytest.mark.parametrize("text, expected", [
    ("Two sessions take place on 12 February and 26 February 2025.", [("12 February", "2025-02-12"), ("26 February 2025", "2025-02-26")]),
    ("The jury meets on 3 and 17 June 2024 in Graz.", [("3", "2024-06-03"), ("17 June 2024", "2024-06-17")]),
    ("The board met on 2 July 2022.\n\nCalls closed on 5 and 19 July.", [("2 July 2022", "2022-07-02"), ("5", "2022-07-05"), ("19 July", "2022-07-19")]),
])
def test_dates_days_joined_by_and_are_two_dates_unless_consecutive(extract, text, expected):
    result = extract(text)
    assert [(d.text, date_value(d.start_date, d.end_date, d.precision)) for d in result.dates] == expected
    assert all(text[d.start:d.end] == d.text for d in result.dates)
    assert "2024-06-03/2024-06-17" not in _values(result)


@pytest.mark.parametrize("text, expected", [
    ("The open day is moved from 4 June to 18 June 2031 because of the strike.",
     [("4 June", "2031-06-04"), ("18 June 2031", "2031-06-18")]),
    ("Notice of 2 March 2030: our cluster dinner has been postponed from 12 to 26 March.",
     [("2 March 2030", "2030-03-02"), ("12", "2030-03-12"), ("26 March", "2030-03-26")]),
    ("Module 3 was rescheduled from 28 October to 4 November 2032; module 4 runs from 9 to 13 December 2032.",
     [("28 October", "2032-10-28"), ("4 November 2032", "2032-11-04"), ("9 to 13 December 2032", "2032-12-09/2032-12-13")]),
])
def test_dates_range_after_moved_from_is_the_old_and_the_new_day(extract, text, expected):
    result = extract(text)
    assert [(d.text, date_value(d.start_date, d.end_date, d.precision)) for d in result.dates] == expected
    assert all(text[d.start:d.end] == d.text for d in result.dates)


def test_dates_consecutive_days_joined_by_and_stay_a_range(extract):
    assert _values(extract("The lab took place on 20 and 21 March 2024.")) == ["2024-03-20/2024-03-21"]


def test_dates_month_in_capitals_in_a_heading(extract):
    text = "The conference ran from 11 to 13 March 2024.\n\nMATCHMAKING DAY (13 MARCH)\n\nSESSION 2 (12 MARCH)"
    assert _values(extract(text)) == ["2024-03-11/2024-03-13", "2024-03-13", "2024-03-12"]
    # "may" in capitals after a number is still a month only when written out in full
    assert _values(extract("THE 3 MAR PLAN")) == []


@pytest.mark.parametrize("text, expected", [
    ("Sat 19 – Mon 21 September 2026, Sopot", "2026-09-19/2026-09-21"),
    ("17/18 October 2025  Hackathon, Kecskemét", "2025-10-17/2025-10-18"),
])
def test_dates_day_range_with_weekdays_or_a_slash(extract, text, expected):
    assert _values(extract(text)) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a year-less range takes a weekday before its last day only when one stands before its first
    ("Issue of 2 November 2026. Meet us at stand 4 – Friday 13 November.", ["2026-11-02", "2026-11-13"]),
    ("Issue of 2 November 2026. Our visit: Thursday 12 – Friday 13 November.", ["2026-11-02", "2026-11-12/2026-11-13"]),
])
def test_dates_year_less_range_with_weekdays(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the month heading and the days under it are dates of their own; a month inside a line is no heading
    ("Calendar of 3 May 2027\n\nJUNE\n14 June – open day", ["2027-05-03", "2027-06", "2027-06-14"]),
    ("Calendar of 3 May 2027\n\nOur June newsletter\nOpen day in the lab", ["2027-05-03"]),
])
def test_dates_month_heading_its_line(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a weekday before the last day of a year-less range, as in ranges with a year; "&" joining two days
    ("The board met on 2 May 2027 in Riga.\n\nThe fair ran from Tuesday 14 to Thursday 16 May in Poznań.", "2027-05-14/2027-05-16"),
    ("The board met on 2 March 2027 in Riga.\n\nWednesday 7 – Thursday 8 March · study visit to Aachen", "2027-03-07/2027-03-08"),
    ("The board met on 2 October 2027 in Riga.\n\n14 & 15 October – Cleantech Summit, Gdańsk", "2027-10-14/2027-10-15"),
])
def test_dates_yearless_day_range_with_a_weekday_or_an_ampersand(extract, text, expected):
    assert expected in _values(extract(text))


def test_dates_days_joined_by_an_ampersand(extract):
    assert _values(extract("Workshops on 14 & 15 October 2027 and on 3 & 17 November 2027.")) == [
        "2027-10-14/2027-10-15", "2027-11-03", "2027-11-17"]


def test_dates_numeric_date_before_a_full_stop(extract):
    assert _values(extract("Applications are accepted until 15.01.2026. Then the jury meets.")) == ["2026-01-15"]


def test_dates_yearless_day_takes_the_published_year_when_same_month_dates_disagree(nlp, rules):
    from conftest import extract_text

    text = ("Blue Bulletin · Issue 9 · October 2025\n\nMembers signed the statutes in Split in October 2020.\n\n"
            "On 9 October, twelve regions met in Split.")
    assert "2025-10-09" in _values(extract_text(text, nlp, rules))


@pytest.mark.parametrize("text, expected", [
    ("*Summary published 11 December 2025*\n\nThe next episode is scheduled for 29 January.", "2026-01-29"),
    ("*Summary published 11 December 2025*\n\nThe first episode was held on 29 January.", "2025-01-29"),
    ("*Summary published 11 March 2025*\n\nThe next episode is scheduled for 29 April.", "2025-04-29"),
])
def test_dates_yearless_day_near_the_published_date_by_tense(extract, text, expected):
    assert expected in _values(extract(text))


def test_dates_year_in_brackets_of_its_own(extract):
    assert sorted(_values(extract("Previous editions took place in Szczecin (2024) and Rostock (2025)."))) == ["2024", "2025"]


@pytest.mark.parametrize("text, expected", [
    ("*Posted on 14 January 2025*\n\nThe trade mission took place in November with nine firms.", ["2025-01-14", "2024-11"]),
    ("*Posted on 20 January 2026*\n\nThe board will present its plan to members in June.", ["2026-01-20", "2026-06"]),
    ("Pilot results, 3 March 2024.\n\nThe selected firms will be told by the end of April.", ["2024-03-03", "2024-04"]),
    ("Members met on 4 May 2023 and have met twice a year since September.", ["2023-05-04", "2023-09"]),
])
def test_dates_yearless_month_after_a_cue(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "You may join the network at any time.",  # "may": a verb, no cue
    "Our May newsletter and the June issue are out.",  # month names without a cue word
    "The March of the Clusters is a campaign name.",
])
def test_dates_yearless_month_not_without_cue_or_anchor(extract, text):
    assert _values(extract(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Kick-off: 03/05/2024 in Vienna.", "2024-05-03"),  # day first, as European texts write it
    ("The report is dated 11.12.2023 and signed.", "2023-12-11"),
    ("Deadline 05/13/2024 (US form).", "2024-05-13"),  # impossible day first: month first
    ("Held on 22–24.09.2026 in Gdańsk.", "2026-09-22/2026-09-24"),
])
def test_dates_numeric_day_first_policy(extract, text, expected):
    assert _values(extract(text)) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Grant activities must run between 01/09/2025 and 31/03/2026 at the latest.", ["2025-09-01/2026-03-31"]),
    ("Eligibility period: 15.02.2024 – 14.08.2024 (six months).", ["2024-02-15/2024-08-14"]),
    ("Pilots may run from 1/10/2026 to 30/6/2027 in every region.", ["2026-10-01/2027-06-30"]),
    ("Members met on 03/02/2025 and 17/02/2025 in Graz.", ["2025-02-03", "2025-02-17"]),  # "and" without "between": two days
])
def test_dates_numeric_cross_range(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The study trip runs 31.1.–2.2.2029 with visits to three plants.", ["2029-01-31/2029-02-02"]),
    ("Our stand at the fair (28.02. - 03.03.2027) is booked.", ["2027-02-28/2027-03-03"]),
    ("Winter school: 30/12–2/1/2027 in the mountains.", ["2026-12-30/2027-01-02"]),
    ("Exams on 3.5 – 4.5.2027 only.", ["2027-05-03/2027-05-04"]),
])
def test_dates_numeric_range_across_months_with_one_year(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Interviews took place between February and June 2025 in ten regions.", ["2025-02/2025-06"]),
    ("The survey ran between November and March 2024 with 80 answers.", ["2023-11/2024-03"]),
    ("Fairs were held in January and June 2025 in Lyon.", ["2025-01", "2025-06"]),  # two months, not a span
])
def test_dates_month_range_between_and(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Posted on 2 September 2025\n\nThe delegation travelled from Monday 6 October to Wednesday 8 October.", ["2025-09-02", "2025-10-06/2025-10-08"]),
    ("Posted on 2 September 2025\n\nThe exhibition stays open from 29 September to 4 October.", ["2025-09-02", "2025-09-29/2025-10-04"]),
    ("Study tour: Tuesday 30 June 2026 – Thursday 2 July 2026, Tampere.", ["2026-06-30/2026-07-02"]),
])
def test_dates_cross_month_ranges_with_weekdays_or_without_year(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The new board serves a term 2025–2028 and meets monthly.", ["2025/2028"]),
    ("Regions revise their strategies for the 2021–2027 period in spring.", ["2021/2027"]),
    ("Courses start in the school year 2026/27 for all members.", ["2026/2027"]),
    ("The convention follows the 2023 edition held in Kassel.", ["2023"]),
    ("The 2025 budget is smaller and the 2026/28 plan is pending.", []),  # a modifier; 2026/28 is no split year
])
def test_dates_year_ranges_named_as_periods(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # rule family "period of years": a span of years with a dash is a period wherever it stands
    ("Ines Moreau, President 2027–2033, handed over to the new board.", ["2027/2033"]),
    ("The association renewed its Junta Directiva para el periodo 2031-2035 in Mérida.", ["2031/2035"]),
    ("The roadmap follows the Regional Innovation Strategy 2028–2034 adopted by the council.", ["2028/2034"]),
    ("Career\n- 2009–2015: process engineer at a foundry\n- 2015–2022: plant manager", ["2009/2015", "2015/2022"]),
    ("Talks of the lecture series 2030/2031 are online.", ["2030/2031"]),
    # an amount, a range leading an event's title, years too far apart for one period
    ("The hall holds 2000–2500 visitors a day.", []),
    ("Registration for the 2031–2032 Cluster Summit is open.", []),
    ("Archive holdings 1950–2020 were digitised.", []),
])
def test_dates_period_of_years_wherever_it_stands(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a stated day range beats a month announced for another year
    ("Outcome report, 20 May 2025.\n\nThe forum met on 6–7 May 2025. The B2B talks on the afternoon of 6 May were full. "
     "The next forum follows in May 2026.", "2025-05-06"),
    # a stated day of the same month beats a multi-year range of months
    ("Hamburg, 10.11.2025 – The team served from March 2012 to December 2018. The prize is awarded on 20 November.", "2025-11-20"),
    # the stated June day of the text beats "June 2027" announced further on
    ("Notes of 18 June 2024\n\nThe assembly took place on 12 June. The next one is planned for June 2027.", "2024-06-12"),
])
def test_dates_yearless_day_prefers_stated_days_over_months(extract, text, expected):
    assert expected in _values(extract(text))


def test_dates_yearless_day_tense_read_in_its_own_sentence(extract):
    text = ("Posted on 12 December 2025\n\nThe list of stands will be confirmed in the week of 2 February.\n\n"
            "Last year the visitors met many suppliers.")
    assert "2026-02-02" in _values(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("Past editions\n\n2024 – Varna, Bulgaria, 12–13 June 2024\n2023 – online\n2022 – cancelled",
     ["2024", "2024-06-12/2024-06-13", "2023", "2022"]),
    ("| Year | City |\n|---|---|\n| 2021 | Oulu |\n| 2022 | Turku |", ["2021", "2022"]),
    ("Earlier forums:\n- **2019** – Poznań\n- **2018** – Brno", ["2019", "2018"]),
    ("Our targets\n\n2030\nHalve the energy use of member plants.", []),  # one year line alone: a heading, no list
])
def test_dates_years_heading_the_rows_of_a_list(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("2024 was a year of growth for the network.", ["2024"]),
    ("Membership doubled. 2023 brought nine new firms.", ["2023"]),
    ("Horizon 2020 is the programme that funded the pilots.", []),  # not opening its sentence: a name
])
def test_dates_year_opening_a_sentence_before_a_verb(extract, text, expected):
    assert _values(extract(text)) == expected


def test_dates_yearly_report_anchors_its_highlights_on_its_year(extract):
    text = ("ANNUAL REPORT 2024\n\nHighlights\nFebruary – Launch of the mentoring scheme for young firms.\n"
            "• May: study visit of eleven members to Tampere.\n"
            "October – Forum in Riga on 14 October, followed by a visit planned by the port.\n\n"
            "OUTLOOK\nFunding decisions are expected in March.")
    # the highlights are of the report's year, also when their line says "planned"; the outlook's "expected" month follows it
    assert _values(extract(text)) == ["2024-02", "2024-05", "2024-10", "2024-10-14", "2025-03"]


@pytest.mark.parametrize("text, expected", [
    ("ANNUAL REPORT 2026\n\nForeword by the chair\nKraków, March 2027\n\nHighlights\nMarch – Joint stand at the Rail Days in "
     "Poznań (17–19 March).\n", ["2027-03", "2026-03", "2026-03-17/2026-03-19"]),
    ("Activity Report 2025\n\nSigned in Linz, May 2026.\n\nMay – Members' day in Wels on 22 May.\n", ["2026-05", "2025-05", "2025-05-22"]),
    ("ANNUAL REPORT 2024\n\nApproved in June 2025.\n\nJune – Study trip to Lyon, 3–5 June. The next trip will be on 9 June.\n",
     ["2025-06", "2024-06", "2024-06-03/2024-06-05", "2025-06-09"]),  # announced: after the report's year
])
def test_dates_yearly_report_days_are_of_its_year_whatever_months_the_text_states(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Brno, 22. 4. 2027", ["2027-04-22"]),
    ("Termin: 3. 11. 2026 v Ljubljani.", ["2026-11-03"]),
    ("The cluster (founded 2019) has 40 members; the network was established 2021.", ["2019", "2021"]),
])
def test_dates_spaced_numeric_days_and_founding_years(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Board meeting notes\nDate: 24 November 2026\n\nMembership grew by six since January.", ["2026-11-24", "2026-01"]),
    ("Notes of the board\nHeld on 22 September 2026, online\n\nThe auditors will start their work in January.",
     ["2026-09-22", "2027-01"]),
    ("Minutes\nDate and time: 14 January 2027, 09:00\n\nThe delegation to the Calgary congress in September brought many leads.",
     ["2027-01-14", "2026-09"]),  # no tense word: the September nearest the meeting
    ("Board notes\nDate: 16 June 2026\n\nSpending reached 54% at the end of May. The forum is on 14–15 May 2027.",
     ["2026-06-16", "2026-05", "2027-05-14/2027-05-15"]),  # a May announced for next year does not decide
    ("Notes of the assembly\nDate: 26 November 2026\n\nThe voucher call closes on 31 January 2027. Two members joined since January.",
     ["2026-11-26", "2027-01-31", "2026-01"]),  # a deadline is no anchor
])
def test_dates_yearless_month_seen_from_the_meeting_date_of_notes(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Posted on 3 February 2026\n\nJanuary brought us two new members and a long list of calls.", ["2026-02-03", "2026-01"]),
    ("Newsletter, 2 October 2026\n\nSeptember was busy. Our delegation returned from Hamburg.", ["2026-10-02", "2026-09"]),
    ("May I remind you that the call is open.", []),  # "May" before no verb of the list
    ("Our summer school saw March as its best month.", []),  # not opening its sentence
])
def test_dates_month_opening_a_sentence_before_a_verb(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cut-off dates:\n– 30 October 2026 – CLOSED\n– 29 January 2027\n– 30 April 2027", ["2026-10-30", "2027-01-29", "2027-04-30"]),
    ("The fair runs 3-5 June 2026\n- 7 June 2026: closing", ["2026-06-03/2026-06-05", "2026-06-07"]),
    ("The meeting on 12 March 2025 - 14 March 2025 was long.", ["2025-03-12/2025-03-14"]),  # a dash inside a line joins
])
def test_dates_dash_opening_a_list_row_joins_no_range(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The survey was answered in June and July 2026 by members.", ["2026-06/2026-07"]),
    ("Pilots ran in November and December 2024 in two ports.", ["2024-11/2024-12"]),
    ("Fairs were held in January and June 2025 in Lyon.", ["2025-01", "2025-06"]),  # not consecutive: two months
])
def test_dates_consecutive_months_joined_by_and_are_one_span(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Previous editions: Turku 2024 · Tallinn 2025", ["2024", "2025"]),
    ("- **Past editions**: 2023 in Graz and 2024 in Linz.", ["2023", "2024"]),
    ("Next edition: Alpine Wood Summit 2027", []),  # one edition's name, not a line of editions
    ("It was the second meeting of the learning cycle 2025–2027 in Bonn.", ["2025/2027"]),
])
def test_dates_years_on_a_line_of_editions(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("ANNUAL REPORT 2025\n\nTraining: six days between October and December, with 40 trainees.", ["2025-10/2025-12"]),
    ("Members meet between May and September every year.", []),  # no anchor: no year to give
])
def test_dates_yearless_month_range(extract, text, expected):
    assert _values(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Members: 64 (2025: 57)", ["2025"]),
    ("Turnover of members: EUR 3.9 bn (2023: EUR 3.5 bn), budget EUR 1.2 m (2023: EUR 1.1 m)", ["2023", "2023"]),
    ("Staff (2024 figures: 9 people)", []),  # a year modifying a noun, not the year before's figure
])
def test_dates_year_of_a_comparison_figure_in_brackets(extract, text, expected):
    assert _values(extract(text)) == expected


def test_dates_yearless_month_not_read_from_an_anchor_in_a_year_the_text_never_names(nlp, rules):
    from conftest import extract_text
    from pipeline.extract import dates

    text = "Forum report\n\nThe forum met on 25 March 2025. Proposals can be sent until the end of June."
    seg_result = extract_text(text, nlp, rules)  # no anchor: the text's own year
    assert "2025-06" in _values(seg_result)
    # an anchor from the file's metadata, a year later than anything the text states, is not used for the month
    from pipeline.nlp import annotate_documents
    from pipeline.records import IngestedDocument
    from pipeline.segment import segment_document

    doc = IngestedDocument(doc_id="t", source_path="t.txt", fmt="txt", content_sha256="x", text=text)
    ((seg, annotated),) = list(annotate_documents(nlp, [segment_document(doc)]))
    found = dates.extract_dates(seg, annotated, rules, dt.date(2026, 11, 21))
    assert [date_value(d.start_date, d.end_date, d.precision) for d in found] == ["2025-03-25", "2025-06"]


def test_yearless_numeric_day_needs_a_weekday_or_a_cue_before_it(extract):
    """"3.2." alone numbers a section, a figure or a version: no date without a weekday or a cue word before it."""
    text = "Published 4 May 2026. Section 3.2. explains the method; table 4.1. lists the 12.5. percentile per region."
    assert [(d.text, d.rule) for d in extract(text).dates] == [("4 May 2026", "pattern:day")]
