"""Three or more varied examples per rule, each naming the rule it exercises (issue 10, section 2).

Every example is a sentence of our own with the exact rows the rule gives (an extra or a missing row
fails). ``tests/test_rule_hygiene.py`` counts the lines of tests/ that name a rule, so one example is one
line here. Rules are filled oldest first; those still short of examples are listed there.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.relative_dates import extract_relative_dates

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- relative dates: (rule, sentence, the phrase, first day, last day), seen from PUBLISHED -------------------
RELATIVE = [
    ("relative:month_rel_year", "Our network was founded in October last year.", "October last year", "2023-10-01", "2023-10-31"),
    ("relative:month_rel_year", "The survey closed in June of this year.", "June of this year", "2024-06-01", "2024-06-30"),
    ("relative:month_rel_year", "Funding rounds restart in February next year.", "February next year", "2025-02-01", "2025-02-28"),
    ("relative:week_of_month", "Registrations open during the second week of May.", "the second week of May", "2024-05-08", "2024-05-14"),
    ("relative:week_of_month", "Interviews happen in the final week of April.", "the final week of April", "2024-04-24", "2024-04-30"),
    ("relative:week_of_month", "The jury meets in the first week of September.", "the first week of September", "2024-09-01", "2024-09-07"),
    ("relative:month_part", "Applications close at the end of June.", "the end of June", "2024-06-01", "2024-06-30"),
    ("relative:month_part", "The pilot starts at the beginning of September.", "the beginning of September", "2024-09-01", "2024-09-30"),
    ("relative:month_part", "Delegates gather around the middle of October.", "the middle of October", "2024-10-01", "2024-10-31"),
    ("relative:month_early_late", "The report is due in early July.", "in early July", "2024-07-01", "2024-07-31"),
    ("relative:month_early_late", "Training continues until late November.", "late November", "2024-11-01", "2024-11-30"),
    ("relative:month_early_late", "We expect the results by mid-August.", "mid-August", "2024-08-01", "2024-08-31"),
    ("relative:rel_month_name", "The board approved the plan last January.", "last January", "2024-01-01", "2024-01-31"),
    ("relative:rel_month_name", "The second call opens next September.", "next September", "2024-09-01", "2024-09-30"),
    ("relative:rel_month_name", "Members voted on it this April.", "this April", "2024-04-01", "2024-04-30"),
    ("relative:in_month", "The workshop takes place in May.", "in May", "2024-05-01", "2024-05-31"),
    ("relative:in_month", "Submissions are accepted until September.", "until September", "2024-09-01", "2024-09-30"),
    ("relative:in_month", "Nothing has changed since February.", "since February", "2024-02-01", "2024-02-29"),
    ("relative:rel_unit", "Membership grew strongly this year.", "this year", "2024-01-01", "2024-12-31"),
    ("relative:rel_unit", "The platform was launched last week.", "last week", "2024-03-04", "2024-03-10"),
    ("relative:rel_unit", "The results follow next month.", "next month", "2024-04-01", "2024-04-30"),
    ("relative:ago", "The cluster was created five years ago.", "five years ago", "2019-01-01", "2019-12-31"),
    ("relative:ago", "The partners met 3 days ago in Lyon.", "3 days ago", "2024-03-11", "2024-03-11"),
    ("relative:ago", "A pilot line started a month ago.", "a month ago", "2024-02-01", "2024-02-29"),
    ("relative:in_n", "The call closes in two weeks' time.", "in two weeks' time", "2024-03-28", "2024-03-28"),
    ("relative:in_n", "We report again in 6 months time.", "in 6 months time", "2024-09-01", "2024-09-30"),
    ("relative:in_n", "The portal goes live in three months’ time.", "in three months’ time", "2024-06-01", "2024-06-30"),
    ("relative:day_word", "The portal reopens tomorrow morning.", "tomorrow", "2024-03-15", "2024-03-15"),
    ("relative:day_word", "Yesterday the members elected a new board.", "Yesterday", "2024-03-13", "2024-03-13"),
    ("relative:day_word", "Both delegations arrive tomorrow.", "tomorrow", "2024-03-15", "2024-03-15"),
]


@pytest.mark.parametrize("rule,text,phrase,first,last", RELATIVE)
def test_rule_examples_relative_dates(rule, text, phrase, first, last):
    rows = [(d.text, d.start_date, d.end_date, d.rule) for d in extract_relative_dates("t", text, PUBLISHED)]
    assert rows == [(phrase, _d(first), _d(last), rule)]


# --- explicit dates: (rule, sentence, [(text, first day, last day)] every dates row of the sentence) ------------
DATES = [
    ("pattern:cross_month_range", "The study tour runs from 28 April to 3 May 2025.", [("28 April to 3 May 2025", "2025-04-28", "2025-05-03")]),
    ("pattern:cross_month_range", "Exhibitors can book stands 30 September – 2 October 2026 in Porto.", [("30 September – 2 October 2026", "2026-09-30", "2026-10-02")]),
    ("pattern:cross_month_range", "The summer school (29 June - 4 July 2025) is free.", [("29 June - 4 July 2025", "2025-06-29", "2025-07-04")]),
    ("pattern:cross_month_range_us", "The fair is scheduled for April 28 - May 2, 2025.", [("April 28 - May 2, 2025", "2025-04-28", "2025-05-02")]),
    ("pattern:cross_month_range_us", "Our delegation travels June 30 – July 3, 2026.", [("June 30 – July 3, 2026", "2026-06-30", "2026-07-03")]),
    ("pattern:cross_month_range_us", "Hackathon: October 30 to November 1, 2025.", [("October 30 to November 1, 2025", "2025-10-30", "2025-11-01")]),
    ("pattern:day_range", "The forum takes place on 14-16 May 2025 in Turku.", [("14-16 May 2025", "2025-05-14", "2025-05-16")]),
    ("pattern:day_range", "Partners met from 3 to 5 February 2026.", [("3 to 5 February 2026", "2026-02-03", "2026-02-05")]),
    ("pattern:day_range", "Join us on 10 and 11 December 2024.", [("10 and 11 December 2024", "2024-12-10", "2024-12-11")]),
    ("pattern:day_range_us", "The expo opens May 14-16, 2025.", [("May 14-16, 2025", "2025-05-14", "2025-05-16")]),
    ("pattern:day_range_us", "Workshops run September 8 – 10, 2026 online.", [("September 8 – 10, 2026", "2026-09-08", "2026-09-10")]),
    ("pattern:day_range_us", "Booth set-up is on March 2-3, 2025.", [("March 2-3, 2025", "2025-03-02", "2025-03-03")]),
    ("pattern:month_range", "The pilot ran from March to June 2025.", [("March to June 2025", "2025-03-01", "2025-06-30")]),
    ("pattern:month_range", "The consultation is open October-December 2024.", [("October-December 2024", "2024-10-01", "2024-12-31")]),
    ("pattern:month_range", "Mentoring lasts from November 2024 until the end of April 2025.", [("November 2024 until the end of April 2025", "2024-11-01", "2025-04-30")]),
    ("pattern:day", "The award ceremony is on 21 November 2025.", [("21 November 2025", "2025-11-21", "2025-11-21")]),
    ("pattern:day", "Registration closes on the 3rd of March 2026.", [("3rd of March 2026", "2026-03-03", "2026-03-03")]),
    ("pattern:day", "Minutes of the meeting held 7 Jan 2025 are online.", [("7 Jan 2025", "2025-01-07", "2025-01-07")]),
    ("pattern:day_us", "The webinar is on April 4th, 2025.", [("April 4th, 2025", "2025-04-04", "2025-04-04")]),
    ("pattern:day_us", "Submissions are due October 15, 2026.", [("October 15, 2026", "2026-10-15", "2026-10-15")]),
    ("pattern:day_us", "Published on Dec 2 2024 by the secretariat.", [("Dec 2 2024", "2024-12-02", "2024-12-02")]),
    ("pattern:iso_day", "Deadline: 2025-06-30 at noon.", [("2025-06-30", "2025-06-30", "2025-06-30")]),
    ("pattern:iso_day", "The record was updated 2024-11-05 by the editor.", [("2024-11-05", "2024-11-05", "2024-11-05")]),
    ("pattern:iso_day", "Start of the project (2026-01-01) was confirmed.", [("2026-01-01", "2026-01-01", "2026-01-01")]),
    ("pattern:numeric_cross_range", "The project runs 01/09/2025 – 31/03/2026.", [("01/09/2025 – 31/03/2026", "2025-09-01", "2026-03-31")]),
    ("pattern:numeric_cross_range", "Voting is open from 15.10.2024 to 05.11.2024.", [("15.10.2024 to 05.11.2024", "2024-10-15", "2024-11-05")]),
    ("pattern:numeric_cross_range", "Applications are accepted between 01/02/2025 and 28/02/2025.", [("01/02/2025 and 28/02/2025", "2025-02-01", "2025-02-28")]),
    ("pattern:numeric_month_range", "The study trip runs 31.1.–2.2.2029 with three plant visits.", [("31.1.–2.2.2029", "2029-01-31", "2029-02-02")]),
    ("pattern:numeric_month_range", "Stand at the fair (28.02. - 03.03.2027) booked.", [("28.02. - 03.03.2027", "2027-02-28", "2027-03-03")]),
    ("pattern:numeric_month_range", "Winter school: 30/12–2/1/2027 in the hills.", [("30/12–2/1/2027", "2026-12-30", "2027-01-02")]),
    ("pattern:numeric_day_range", "The trade mission is planned for 12-14.06.2025.", [("12-14.06.2025", "2025-06-12", "2025-06-14")]),
    ("pattern:numeric_day_range", "Summit: 22–24/09/2026, Tallinn.", [("22–24/09/2026", "2026-09-22", "2026-09-24")]),
    ("pattern:numeric_day_range", "Training days 3-4.11.2024 are full.", [("3-4.11.2024", "2024-11-03", "2024-11-04")]),
    ("pattern:numeric_day", "The general assembly meets on 03/05/2025.", [("03/05/2025", "2025-05-03", "2025-05-03")]),
    ("pattern:numeric_day", "Apply by 15.01.2026.", [("15.01.2026", "2026-01-15", "2026-01-15")]),
    ("pattern:numeric_day", "Invoices dated 05/13/2025 are refunded.", [("05/13/2025", "2025-05-13", "2025-05-13")]),
    ("pattern:month", "The roadmap was adopted in June 2025.", [("June 2025", "2025-06-01", "2025-06-30")]),
    ("pattern:month", "A new call follows in Sept 2026.", [("Sept 2026", "2026-09-01", "2026-09-30")]),
    ("pattern:month", "Newsletter of May, 2024", [("May, 2024", "2024-05-01", "2024-05-31")]),
    ("pattern:quarter", "Results are expected in Q3 2025.", [("Q3 2025", "2025-01-01", "2025-12-31")]),
    ("pattern:quarter", "The tender opens Q1 2026.", [("Q1 2026", "2026-01-01", "2026-12-31")]),
    ("pattern:quarter", "Deliveries slipped to Q4 2024 after the audit.", [("Q4 2024", "2024-01-01", "2024-12-31")]),
    ("pattern:quarter", "Pilot sites run Q2–Q3 2027.", [("Q2–Q3 2027", "2027-01-01", "2027-12-31")]),
    ("pattern:quarter", "The roll-out lasts from Q3 2029 to Q1 2030.", [("Q3 2029 to Q1 2030", "2029-01-01", "2030-12-31")]),
    ("pattern:cross_month_range:and", "The jury sits on 12 February and 26 February 2025.", [("12 February", "2025-02-12", "2025-02-12"), ("26 February 2025", "2025-02-26", "2025-02-26")]),
    ("pattern:cross_month_range:and", "Site visits on 30 May and 4 June 2026 are free.", [("30 May", "2026-05-30", "2026-05-30"), ("4 June 2026", "2026-06-04", "2026-06-04")]),
    ("pattern:cross_month_range:and", "Calls close on 1 March and 1 September 2025.", [("1 March", "2025-03-01", "2025-03-01"), ("1 September 2025", "2025-09-01", "2025-09-01")]),
    ("pattern:day_range:and", "Info sessions are held on 3 and 17 June 2025.", [("3", "2025-06-03", "2025-06-03"), ("17 June 2025", "2025-06-17", "2025-06-17")]),
    ("pattern:day_range:and", "Mentors visit on 5 and 19 March 2026.", [("5", "2026-03-05", "2026-03-05"), ("19 March 2026", "2026-03-19", "2026-03-19")]),
    ("pattern:day_range:and", "Clinics open on 8 and 22 October 2024.", [("8", "2024-10-08", "2024-10-08"), ("22 October 2024", "2024-10-22", "2024-10-22")]),
    ("pattern:day_range_us:and", "The jury meets on May 5 and 19, 2025.", [("May 5", "2025-05-05", "2025-05-05"), ("19, 2025", "2025-05-19", "2025-05-19")]),
    ("pattern:day_range_us:and", "Webinars are held on June 3 and 24, 2026.", [("June 3", "2026-06-03", "2026-06-03"), ("24, 2026", "2026-06-24", "2026-06-24")]),
    ("pattern:day_range_us:and", "Interviews take place on October 7 and 21, 2025.", [("October 7", "2025-10-07", "2025-10-07"), ("21, 2025", "2025-10-21", "2025-10-21")]),
    ("pattern:year_range", "The programme period (2021-2027) ends soon.", [("2021-2027", "2021-01-01", "2027-12-31")]),
    ("pattern:year_range", "Funding was granted from 2019 to 2022.", [("2019 to 2022", "2019-01-01", "2022-12-31")]),
    ("pattern:year_range", "Figures were gathered between 2015 and 2018.", [("2015 and 2018", "2015-01-01", "2018-12-31")]),
    ("pattern:split_year", "Enrolment for the school year 2026/27 opens soon.", [("2026/27", "2026-01-01", "2027-12-31")]),
    ("pattern:split_year", "Budgets for 2025/2026 were approved by the board.", [("2025/2026", "2025-01-01", "2026-12-31")]),
    ("pattern:split_year", "In 2024/25 the network added members.", [("2024/25", "2024-01-01", "2025-12-31")]),
    ("pattern:year", "The cluster was founded in 2012.", [("2012", "2012-01-01", "2012-12-31")]),
    ("pattern:year", "Exports have doubled since mid-2019.", [("mid-2019", "2019-01-01", "2019-12-31")]),
    ("pattern:year", "Previous editions: Gdańsk (2023).", [("2023", "2023-01-01", "2023-12-31")]),
    ("pattern:year_row", "Editions\n2025 – Tartu\n2024 – Kaunas", [("2025", "2025-01-01", "2025-12-31"), ("2024", "2024-01-01", "2024-12-31")]),
    ("pattern:year_row", "| 2019 | Graz |\n| 2020 | online |", [("2019", "2019-01-01", "2019-12-31"), ("2020", "2020-01-01", "2020-12-31")]),
    ("pattern:year_row", "- 2022: founded\n- 2023: first label", [("2022", "2022-01-01", "2022-12-31"), ("2023", "2023-01-01", "2023-12-31")]),
]


@pytest.mark.parametrize("rule,text,expected", DATES)
def test_rule_examples_dates(extract, rule, text, expected):
    rows = [(d.text, d.start_date, d.end_date, d.rule) for d in extract(text).dates]
    assert rows == [(t, _d(a), _d(b), rule) for t, a, b in expected]


# --- year-less dates: the year comes from an explicit date of the same document (its row comes first) --------
YEARLESS = [
    ("pattern:yearless_day", "The forum opened on 5 May 2025. A follow-up call is planned on 20 May.", [("5 May 2025", "2025-05-05", "2025-05-05", "pattern:day"), ("20 May", "2025-05-20", "2025-05-20")]),
    ("pattern:yearless_day", "Our board met on 2 October 2024. Members vote on 9th October.", [("2 October 2024", "2024-10-02", "2024-10-02", "pattern:day"), ("9th October", "2024-10-09", "2024-10-09")]),
    ("pattern:yearless_day", "The report appeared in March 2026. Comments are due on 28 March.", [("March 2026", "2026-03-01", "2026-03-31", "pattern:month"), ("28 March", "2026-03-28", "2026-03-28")]),
    ("pattern:yearless_day_range", "The fair ran on 4 June 2025. The next fair is on 18-20 June.", [("4 June 2025", "2025-06-04", "2025-06-04", "pattern:day"), ("18-20 June", "2025-06-18", "2025-06-20")]),
    ("pattern:yearless_day_range", "Call launched 1 September 2026. Info days follow on 10 to 12 September in Riga.", [("1 September 2026", "2026-09-01", "2026-09-01", "pattern:day"), ("10 to 12 September", "2026-09-10", "2026-09-12")]),
    ("pattern:yearless_day_range", "Kick-off was on 2 April 2024. Training runs 15–17 April.", [("2 April 2024", "2024-04-02", "2024-04-02", "pattern:day"), ("15–17 April", "2024-04-15", "2024-04-17")]),
    ("pattern:yearless_cross_month_range", "Registration opened on 1 May 2025. The camp runs from 30 May to 2 June.", [("1 May 2025", "2025-05-01", "2025-05-01", "pattern:day"), ("30 May to 2 June", "2025-05-30", "2025-06-02")]),
    ("pattern:yearless_cross_month_range", "On 3 November 2024 the jury met. Voting lasts 28 November – 3 December.", [("3 November 2024", "2024-11-03", "2024-11-03", "pattern:day"), ("28 November – 3 December", "2024-11-28", "2024-12-03")]),
    ("pattern:yearless_cross_month_range", "The call was published on 10 March 2026. Webinars follow from 30 March to 1 April.", [("10 March 2026", "2026-03-10", "2026-03-10", "pattern:day"), ("30 March to 1 April", "2026-03-30", "2026-04-01")]),
    ("pattern:yearless_month", "The strategy was adopted on 4 May 2025. Its first review is planned in November.", [("4 May 2025", "2025-05-04", "2025-05-04", "pattern:day"), ("November", "2025-11-01", "2025-11-30")]),
    ("pattern:yearless_month", "The network held its assembly on 12 March 2024. New members joined since February.", [("12 March 2024", "2024-03-12", "2024-03-12", "pattern:day"), ("February", "2024-02-01", "2024-02-29")]),
    ("pattern:yearless_month", "Calls opened on 2 June 2026. Proposals are due by the end of September.", [("2 June 2026", "2026-06-02", "2026-06-02", "pattern:day"), ("September", "2026-09-01", "2026-09-30")]),
    ("pattern:yearless_month", "Notes of the board\nDate: 3 October 2025\n\nTwo firms left since March.", [("3 October 2025", "2025-10-03", "2025-10-03", "pattern:day"), ("March", "2025-03-01", "2025-03-31")]),
    ("pattern:yearless_month", "Activity Report 2023\n\nApril – new website online", [("April", "2023-04-01", "2023-04-30")]),
    ("pattern:yearless_month_range", "Notes of the board\nDate: 26 November 2026\n\nSix workshops were held between March and October.", [("26 November 2026", "2026-11-26", "2026-11-26", "pattern:day"), ("March and October", "2026-03-01", "2026-10-31")]),
    ("pattern:yearless_month_range", "Board notes\nDate: 10 January 2027\n\nThe survey will run from May to September.", [("10 January 2027", "2027-01-10", "2027-01-10", "pattern:day"), ("May to September", "2027-05-01", "2027-09-30")]),
    ("pattern:yearless_month_range", "Posted on 4 February 2026\n\nThe winter school ran from November to February.", [("4 February 2026", "2026-02-04", "2026-02-04", "pattern:day"), ("November to February", "2025-11-01", "2026-02-28")]),
    # a weekday before each day of the range
    ("pattern:yearless_day_range", "Posted 2 October 2025. The fair runs from Tuesday 14 to Thursday 16 October.", [("2 October 2025", "2025-10-02", "2025-10-02", "pattern:day"), ("14 to Thursday 16 October", "2025-10-14", "2025-10-16")]),
    ("pattern:yearless_day_range", "Events in March 2027\nWed 3 – Fri 5 March · Graz, trade mission", [("March 2027", "2027-03-01", "2027-03-31", "pattern:month"), ("3 – Fri 5 March", "2027-03-03", "2027-03-05")]),
    ("pattern:yearless_day_range", "Issued on 9 May 2026. Training: Monday 18 until Tuesday 19 May, online.", [("9 May 2026", "2026-05-09", "2026-05-09", "pattern:day"), ("18 until Tuesday 19 May", "2026-05-18", "2026-05-19")]),
    # a month alone on its line heads a section of a calendar or of a year told month by month
    ("pattern:month_heading", "Events calendar of 8 January 2027\n\nFEBRUARY\nA webinar on batteries.\n\nAPRIL\nThe annual assembly.", [("8 January 2027", "2027-01-08", "2027-01-08", "pattern:day"), ("FEBRUARY", "2027-02-01", "2027-02-28"), ("APRIL", "2027-04-01", "2027-04-30")]),
    ("pattern:month_heading", "Activity Report 2025\n\n## October\nTwo firms joined the network.", [("October", "2025-10-01", "2025-10-31")]),
    ("pattern:month_heading", "Year in review 2026\n\nMarch\n- The new board took office.\n\n**June**\n- The summer school opened.", [("March", "2026-03-01", "2026-03-31"), ("June", "2026-06-01", "2026-06-30")]),
    # a year-less day opening a calendar row under a month heading, the month's year from the calendar's title
    ("pattern:calendar_row_day", "Events calendar 2032\n\nFEBRUARY\n11 Wed   Cluster breakfast on hydrogen, Graz", [("FEBRUARY", "2032-02-01", "2032-02-29", "pattern:month_heading"), ("11 Wed", "2032-02-11", "2032-02-11")]),
    ("pattern:calendar_row_day", "Programme of the season 2030\n\nNOVEMBER\nTue 5 – Study trip to the port of Ghent\n18–19 | Matchmaking days, Lille", [("NOVEMBER", "2030-11-01", "2030-11-30", "pattern:month_heading"), ("Tue 5", "2030-11-05", "2030-11-05"), ("18–19", "2030-11-18", "2030-11-19")]),
    ("pattern:calendar_row_day", "Calendario 2033\n\nJULY\nven 8 · Workshop on olive oil labels, Bari", [("JULY", "2033-07-01", "2033-07-31", "pattern:month_heading"), ("ven 8", "2033-07-08", "2033-07-08")]),
    ("pattern:yearless_day_range:and", "The call opened on 2 June 2025. Info sessions follow on 5 and 19 June.", [("2 June 2025", "2025-06-02", "2025-06-02", "pattern:day"), ("5", "2025-06-05", "2025-06-05"), ("19 June", "2025-06-19", "2025-06-19")]),
    ("pattern:yearless_day_range:and", "Our office opened on 1 March 2026. Clinics are held on 4 and 18 March.", [("1 March 2026", "2026-03-01", "2026-03-01", "pattern:day"), ("4", "2026-03-04", "2026-03-04"), ("18 March", "2026-03-18", "2026-03-18")]),
    ("pattern:yearless_day_range:and", "The fair ended on 10 October 2024. Follow-up calls are on 14 and 28 October.", [("10 October 2024", "2024-10-10", "2024-10-10", "pattern:day"), ("14", "2024-10-14", "2024-10-14"), ("28 October", "2024-10-28", "2024-10-28")]),
    # a day and a month number each closed by a dot, after a weekday or a cue word ("by", "on", "until")
    ("pattern:yearless_numeric_day", "Registration opened on 2.2.2027. The jury meets on Wed 10.3. in Linz.", [("2.2.2027", "2027-02-02", "2027-02-02", "pattern:numeric_day"), ("10.3.", "2027-03-10", "2027-03-10")]),
    ("pattern:yearless_numeric_day", "Programme of 14 May 2028\nMon 22.05. – Tue 23.05. Study trip to Brno", [("14 May 2028", "2028-05-14", "2028-05-14", "pattern:day"), ("22.05. – Tue 23.05.", "2028-05-22", "2028-05-23")]),
    ("pattern:yearless_numeric_day", "Newsletter of 3 September 2026: please register by 15.9. at the latest.", [("3 September 2026", "2026-09-03", "2026-09-03", "pattern:day"), ("15.9.", "2026-09-15", "2026-09-15")]),
    # two months joined by a dash alone on their line, heading a quarter of a calendar
    ("pattern:month_span_heading", "Training calendar 2031\n\nJANUARY – MARCH\nOne webinar a month.", [("JANUARY – MARCH", "2031-01-01", "2031-03-31")]),
    ("pattern:month_span_heading", "Agenda issued 4 February 2032\n\n## April–June\nTwo study trips.", [("4 February 2032", "2032-02-04", "2032-02-04", "pattern:day"), ("April–June", "2032-04-01", "2032-06-30")]),
    ("pattern:month_span_heading", "Season programme 2033\n\nOUTUBRO – DEZEMBRO / OCTOBER – DECEMBER\nThe winter fairs.", [("OCTOBER – DECEMBER", "2033-10-01", "2033-12-31")]),
]


@pytest.mark.parametrize("rule,text,expected", YEARLESS)
def test_rule_examples_yearless_dates(extract, rule, text, expected):
    rows = [(d.text, d.start_date, d.end_date, d.rule) for d in extract(text).dates]
    assert rows == [(t, _d(a), _d(b), other[0] if other else rule) for t, a, b, *other in expected]


# --- people and roles: (sentence, people [(name, rule)], roles [(person, role, organisation, rule)]) ------------
PEOPLE = [
    # a person named only in a credit line
    ("The fair closed with a record number of visitors.\nPhoto: Jonas Petrauskas", [("Jonas Petrauskas", "credit-label")], []),
    ("Photos: © Adriatic Marine Cluster / Luka Horvat", [("Luka Horvat", "credit-label")], [("Luka Horvat", "", "Adriatic Marine Cluster", "role:credit-org")]),
    ("The opening address was given by Marta Kowalczyk, Director of the Baltic Food Cluster, who welcomed the guests.", [("Marta Kowalczyk", "apposition")], [("Marta Kowalczyk", "Director", "Baltic Food Cluster", "role:apposition")]),
    ("At the fair we met Tomas Lindqvist, project manager at Nordic Wood Network, and discussed exports.", [("Tomas Lindqvist", "apposition")], [("Tomas Lindqvist", "project manager", "Nordic Wood Network", "role:apposition")]),
    ("The panel included Elena Rossi, CEO of Adriatic Marine Alliance.", [("Elena Rossi", "apposition")], [("Elena Rossi", "CEO", "Adriatic Marine Alliance", "role:apposition")]),
    ("The session was opened by Pieter de Vries (Rotterdam Port Cluster).", [("Pieter de Vries", "name-paren")], [("Pieter de Vries", "", "Rotterdam Port Cluster", "role:name-paren")]),
    ("A keynote came from Ana Ferreira (Lisbon Mobility Hub), who spoke about batteries.", [("Ana Ferreira", "name-paren")], [("Ana Ferreira", "", "Lisbon Mobility Hub", "role:name-paren")]),
    ("Questions were answered by Jonas Berg (Swedish Forest Innovation Agency).", [("Jonas Berg", "name-paren")], [("Jonas Berg", "", "Swedish Forest Innovation Agency", "role:name-paren")]),
    ("The workshop was led by Laura Bianchi (Head of Innovation, Tuscany Textile Cluster).", [("Laura Bianchi", "name-paren-role")], [("Laura Bianchi", "Head of Innovation", "Tuscany Textile Cluster", "role:name-paren-role")]),
    ("Feedback came from Karel Novak (Managing Director, Moravian Aerospace Cluster).", [("Karel Novak", "name-paren-role")], [("Karel Novak", "Managing Director", "Moravian Aerospace Cluster", "role:name-paren-role")]),
    ("We thank Ingrid Solberg (Project Officer, Arctic Energy Network) for her help.", [("Ingrid Solberg", "name-paren-role")], [("Ingrid Solberg", "Project Officer", "Arctic Energy Network", "role:name-paren-role")]),
    ("Greetings from Hugo Martin from Alsace Health Cluster, who joined online.", [("Hugo Martin", "name-from-org")], [("Hugo Martin", "", "Alsace Health Cluster", "role:name-from-org")]),
    ("Students met Sofia Papadopoulou from the Hellenic Solar Association.", [("Sofia Papadopoulou", "name-from-org")], [("Sofia Papadopoulou", "", "Hellenic Solar Association", "role:name-from-org")]),
    ("The prize was handed over by Ruth Keller from Bavarian Optics Network.", [("Ruth Keller", "name-from-org")], [("Ruth Keller", "", "Bavarian Optics Network", "role:name-from-org")]),
    ("Miguel Santos has been cluster manager of the Galician Timber Cluster since 2018.", [("Miguel Santos", "name-is-role")], [("Miguel Santos", "cluster manager", "Galician Timber Cluster", "role:name-is-role")]),
    ("Eva Horvath, who is the new Director of the Danube Water Agency, opened the day.", [("Eva Horvath", "name-is-role")], [("Eva Horvath", "Director", "Danube Water Agency", "role:name-is-role")]),
    ("Anna Schmidt is the chair of the Rhine Chemistry Network.", [("Anna Schmidt", "name-is-role")], [("Anna Schmidt", "chair", "Rhine Chemistry Network", "role:name-is-role")]),
    ("Yesterday Olaf Brandt and Greta Holm visited the lab.", [("Olaf Brandt", "ner:PERSON"), ("Greta Holm", "ner:PERSON")], []),
    # the model's ORG entity that opens with a hyphenated pair of given names is a person
    ("The host thanked Anne-Sophie Meert for her long service.", [("Anne-Sophie Meert", "ner:ORG")], []),
    ("The chair thanked Karl-Heinz Oberreiter for chairing the jury.", [("Karl-Heinz Oberreiter", "ner:ORG")], []),
    ("The new brochure was designed by Eva-Maria Lindqvist last spring.", [("Eva-Maria Lindqvist", "ner:ORG")], []),
    # ... and so is one of a given name and one or two surnames, perhaps hyphenated
    ("The prize was handed over by Hanna Kowalska-Ortiz and the mayor.", [("Hanna Kowalska-Ortiz", "ner:ORG")], []),
    ("The workshop was led by Petra Novak-Lindholm and two trainers.", [("Petra Novak-Lindholm", "ner:ORG")], []),
    ("She succeeds Lejla Hodžić-Brandt, who moves to Sarajevo.", [("Lejla Hodžić-Brandt", "ner:ORG")], []),
    ("The visit was organised by Lucía Ferrer Alcázar and two colleagues.", [("Lucía Ferrer Alcázar", "ner:ORG")], []),
    ("The keynote came from Rosa Quintas Marinho, who explained the call.", [("Rosa Quintas Marinho", "ner:ORG")], []),
    ("The study was presented by Mateus Cardoso Lemos in Porto.", [("Mateus Cardoso Lemos", "ner:ORG")], []),
    ("The award went to Dr. Helena Varga for her research.", [("Helena Varga", "title")], []),
    ("Prof. Martin Dubois opened the conference.", [("Martin Dubois", "title")], []),
    ("Mrs. Irene Moretti joined the board.", [("Irene Moretti", "title")], []),
    ("The delegation was welcomed by Commissioner Jana Kral.", [("Jana Kral", "title")], [("Jana Kral", "Commissioner", None, "role:title")]),
    ("Greetings were sent by Vice-President Clara Jensen.", [("Clara Jensen", "title")], [("Clara Jensen", "Vice-President", None, "role:title")]),
    ("The report was presented by CEO Lukas Weber.", [("Lukas Weber", "role-before-name")], [("Lukas Weber", "CEO", None, "role:role-before-name")]),
    ("The figures were shown by Cluster Manager Jan Kowalski.", [("Jan Kowalski", "role-before-name")], [("Jan Kowalski", "Cluster Manager", None, "role:role-before-name")]),
    ("Our thanks go to Project Coordinator Marco Gallo for the visit.", [("Marco Gallo", "role-before-name")], [("Marco Gallo", "Project Coordinator", None, "role:role-before-name")]),
    # a governing body in capitals, then its role in lower case: the body belongs to the role
    ("The meeting was opened by Board chair Anna Berg.", [("Anna Berg", "role-before-name")], [("Anna Berg", "Board chair", None, "role:role-before-name")]),
    ("\"We grew fast,\" said Supervisory Board chair Ilse Vogt.", [("Ilse Vogt", "role-before-name")], [("Ilse Vogt", "Supervisory Board chair", None, "role:role-before-name")]),
    ("The plan was drafted with Executive Committee secretary Tomas Lind.", [("Tomas Lind", "role-before-name")], [("Tomas Lind", "Executive Committee secretary", None, "role:role-before-name")]),
    ("Chair: Olga Ivanova", [("Olga Ivanova", "role-label")], [("Olga Ivanova", "Chair", None, "role:role-label")]),
    ("Rapporteur: Daniel Costa", [("Daniel Costa", "role-label")], [("Daniel Costa", "Rapporteur", None, "role:role-label")]),
    ("Vice-Chair: Lotte Jansen", [("Lotte Jansen", "role-label")], [("Lotte Jansen", "Vice-Chair", None, "role:role-label")]),
    ("Lead trainer: Sofia Marangoni", [("Sofia Marangoni", "role-label")], [("Sofia Marangoni", "Lead trainer", None, "role:role-label")]),
    ("Two mornings of hands-on practice. Trainer: Pavel Horák", [("Pavel Horák", "role-label")], [("Pavel Horák", "Trainer", None, "role:role-label")]),
    ("Coordinator: Eva Lindholm · Press officer: Jonas Bergström", [("Eva Lindholm", "role-label"), ("Jonas Bergström", "role-label")], [("Eva Lindholm", "Coordinator", None, "role:role-label"), ("Jonas Bergström", "Press officer", None, "role:role-label")]),
    ("Senior project manager: Ilse Vermeulen", [("Ilse Vermeulen", "role-label")], [("Ilse Vermeulen", "Senior project manager", None, "role:role-label")]),
    ("The series is backed by two agencies. Media partner: Fjordposten Nord.", [], []),  # a widened label needs a known given name
    ("The Chair of the Flemish Food Network, Bram Peeters, opened the meeting.", [("Bram Peeters", "role-of-org-name")], [("Bram Peeters", "Chair", "Flemish Food Network", "role:role-of-org-name")]),
    ("The President of Alpine Sports Cluster, Nina Gruber, thanked the partners.", [("Nina Gruber", "role-of-org-name")], [("Nina Gruber", "President", "Alpine Sports Cluster", "role:role-of-org-name")]),
    ("The Director of the Basque Energy Agency, Iker Etxeberria, presented figures.", [("Iker Etxeberria", "role-of-org-name")], [("Iker Etxeberria", "Director", "Basque Energy Agency", "role:role-of-org-name")]),
    ("The meeting was opened by the cluster manager, Sara Lund, who reviewed the year.", [("Sara Lund", "the-role-name")], [("Sara Lund", "cluster manager", None, "role:the-role-name")]),
    ("The results were presented by the treasurer, Felix Braun.", [("Felix Braun", "the-role-name")], [("Felix Braun", "treasurer", None, "role:the-role-name")]),
    ("Questions were collected by the secretary general, Paula Nunez, before lunch.", [("Paula Nunez", "the-role-name")], [("Paula Nunez", "secretary general", None, "role:the-role-name")]),
    ("On Friday the rapporteur, Dr. Lukas Brenner of the Tyrol Cluster Office, summed up the debate.", [("Lukas Brenner", "title")], [("Lukas Brenner", "rapporteur", "Tyrol Cluster Office", "role:the-role-name+org-after-role")]),
    ("The assessor, Dr. Karl Huber from the Benchmark Office (CBO), spent two days with us.", [("Karl Huber", "title")], [("Karl Huber", "assessor", "Benchmark Office", "role:the-role-name+org-after-role")]),
    ("According to the lead evaluator, Marta Kralj at the Zagreb Quality Institute, the label is deserved.", [("Marta Kralj", "name-from-org")], [("Marta Kralj", "lead evaluator", "Zagreb Quality Institute", "role:the-role-name+org-after-role")]),
    ("The board appoints Vera Mikkelsen as managing director.", [("Vera Mikkelsen", "verb-name-as-role")], [("Vera Mikkelsen", "managing director", None, "role:verb-name-as-role")]),
    ("Members elected Jakub Zielinski as their new Treasurer.", [("Jakub Zielinski", "verb-name-as-role")], [("Jakub Zielinski", "Treasurer", None, "role:verb-name-as-role")]),
    ("The network welcomes Lina Sorensen as project assistant.", [("Lina Sorensen", "verb-name-as-role")], [("Lina Sorensen", "project assistant", None, "role:verb-name-as-role")]),
    ("Agnes Toth was elected President of the Pannonian Wine Cluster.", [("Agnes Toth", "name-elected-role")], [("Agnes Toth", "President", "Pannonian Wine Cluster", "role:name-elected-role")]),
    ("Ruben Alves was renewed as Vice-President.", [("Ruben Alves", "name-elected-role")], [("Ruben Alves", "Vice-President", None, "role:name-elected-role")]),
    ("Kaisa Virtanen has been appointed as the new Secretary General of the Finnish Bioeconomy Network.", [("Kaisa Virtanen", "name-elected-role")], [("Kaisa Virtanen", "Secretary General", "Finnish Bioeconomy Network", "role:name-elected-role")]),
    ("Moderator: Teresa Blanco", [("Teresa Blanco", "cue:moderator")], [("Teresa Blanco", "Moderator", None, "role:cue:moderator")]),
    ("The session was moderated by Karin Holm.", [("Karin Holm", "cue:moderated")], []),
    ("Submitted by Oskar Nilsson on 3 May 2025", [("Oskar Nilsson", "cue:submitted")], []),
    ("Contact: Lea Fischer", [("Lea Fischer", "cue:contact")], []),
    ("Jurors\nLisa Meyer, Innovation Manager, Hamburg Aviation Hub\nKarl Stein, Professor, Graz Technical School", [("Lisa Meyer", "line:name-role"), ("Karl Stein", "line:name-role")], [("Lisa Meyer", "Innovation Manager", "Hamburg Aviation Hub", "role:line:name-role"), ("Karl Stein", "Professor", "Graz Technical School", "role:line:name-role")]),
    ("Programme\nNora Quinn, Head of Policy, Irish Seafood Network", [("Nora Quinn", "line:name-role")], [("Nora Quinn", "Head of Policy", "Irish Seafood Network", "role:line:name-role")]),
    ("Panel\nAnna Kovacs, Policy Officer, Danube Region Network\nBen Hughes, Senior Analyst, Celtic Data Institute", [("Anna Kovacs", "line:name-role"), ("Ben Hughes", "line:name-role")], [("Anna Kovacs", "Policy Officer", "Danube Region Network", "role:line:name-role"), ("Ben Hughes", "Senior Analyst", "Celtic Data Institute", "role:line:name-role")]),
    ("Speakers\nMaria Lopez\nCluster Manager\nAndalusian Agrifood Cluster", [("Maria Lopez", "line:name-over-role")], [("Maria Lopez", "Cluster Manager", "Andalusian Agrifood Cluster", "role:line:name-over-role")]),
    ("Panel\nIvo Petrov\nPolicy Officer\nBulgarian Textile Cluster\n\nDora Kiss\nSenior Adviser\nHungarian Water Cluster", [("Ivo Petrov", "line:name-over-role"), ("Dora Kiss", "line:name-over-role")], [("Ivo Petrov", "Policy Officer", "Bulgarian Textile Cluster", "role:line:name-over-role"), ("Dora Kiss", "Senior Adviser", "Hungarian Water Cluster", "role:line:name-over-role")]),
    ("Baltic Food Cluster, Marta Kowalczyk;\nNordic Wood Network, Tomas Lindqvist;", [("Marta Kowalczyk", "list:org-name"), ("Tomas Lindqvist", "list:org-name")], [("Marta Kowalczyk", "", "Baltic Food Cluster", "role:list:org-name"), ("Tomas Lindqvist", "", "Nordic Wood Network", "role:list:org-name")]),
    ("Silesian Energy Cluster, Adam Nowak;\nCzech Glass Network, Petra Dvorak;", [("Adam Nowak", "list:org-name"), ("Petra Dvorak", "list:org-name")], [("Adam Nowak", "", "Silesian Energy Cluster", "role:list:org-name"), ("Petra Dvorak", "", "Czech Glass Network", "role:list:org-name")]),
    ("Partners present: Estonian ICT Cluster, Mart Tamm; Latvian Wood Network, Ilze Berzina.", [("Mart Tamm", "list:org-name"), ("Ilze Berzina", "list:org-name")], [("Mart Tamm", "", "Estonian ICT Cluster", "role:list:org-name"), ("Ilze Berzina", "", "Latvian Wood Network", "role:list:org-name")]),
    ("| Speaker | Organisation | Position |\n|---|---|---|\n| Ole Hansen | Danish Wind Cluster | Director |", [("Ole Hansen", "table:speaker")], [("Ole Hansen", "Director", "Danish Wind Cluster", "role:table:speaker")]),
    ("| Name | Organisation | Role |\n|---|---|---|\n| Jana Horak | Prague Robotics Hub | Engineer |", [("Jana Horak", "table:speaker")], [("Jana Horak", "Engineer", "Prague Robotics Hub", "role:table:speaker")]),
    ("| Speaker | Affiliation |\n|---|---|\n| Rui Matos | Coimbra Health Cluster |\n| Ines Sousa | Braga Textile Hub |", [("Rui Matos", "table:speaker"), ("Ines Sousa", "table:speaker")], [("Rui Matos", "", "Coimbra Health Cluster", "role:table:speaker"), ("Ines Sousa", "", "Braga Textile Hub", "role:table:speaker")]),
    ("Speaker: Julia Hartmann\nPosition: Head of Exports\nOrganisation: Saxon Machinery Cluster", [("Julia Hartmann", "cue:speaker")], [("Julia Hartmann", "Head of Exports", "Saxon Machinery Cluster", "role:label-block")]),
    ("Speaker: Lars Eriksson\nOrganisation: Gothenburg Marine Cluster\nPosition: Business Developer", [("Lars Eriksson", "cue:speaker")], [("Lars Eriksson", "Business Developer", "Gothenburg Marine Cluster", "role:label-block")]),
    ("Name: Sophie Laurent\nOrganisation: Lyon Biotech Cluster\nRole: Scientific Officer", [("Sophie Laurent", "label-block")], [("Sophie Laurent", "Scientific Officer", "Lyon Biotech Cluster", "role:label-block")]),
    ("Our communication officer, Tiago Ramos, will answer questions.", [("Tiago Ramos", "our-role")], [("Tiago Ramos", "communication officer", None, "role:our-role")]),
    ("Our project manager, Elif Demir, leads the work package.", [("Elif Demir", "our-role")], [("Elif Demir", "project manager", None, "role:our-role")]),
    ("Our new treasurer, Pavel Horak, presented the accounts.", [("Pavel Horak", "our-role")], [("Pavel Horak", "treasurer", None, "role:our-role")]),
    ("The nomination of Greta Lund as Cluster Manager of the Year was announced.", [("Greta Lund", "name-as-role")], []),
    ("The jury announced the choice of Elena Petrova as Manager of the Year.", [("Elena Petrova", "name-as-role")], []),
    ("The board confirmed the nomination of Jonas Weber as Cluster Ambassador 2026.", [("Jonas Weber", "name-as-role")], []),
    ("Jane Roe (Acme Cluster) – re-elected as President", [("Jane Roe", "name-paren")], [("Jane Roe", "President", "Acme Cluster", "role:board-entry")]),
    ("Marek Nowak (Baltic Wood Network) – elected as Vice-President", [("Marek Nowak", "name-paren")], [("Marek Nowak", "Vice-President", "Baltic Wood Network", "role:board-entry")]),
    ("Ida Sund (Nordic Ocean Hub), re-elected as Treasurer", [("Ida Sund", "name-paren")], [("Ida Sund", "Treasurer", "Nordic Ocean Hub", "role:board-entry")]),
    ("Board members: Ana Silva (Lisbon Tech Cluster) and Tom Berg (Oslo Ocean Hub)", [("Ana Silva", "name-paren"), ("Tom Berg", "name-paren")], [("Ana Silva", "Board member", "Lisbon Tech Cluster", "role:board-label-list"), ("Tom Berg", "Board member", "Oslo Ocean Hub", "role:board-label-list")]),
    ("Auditors: Rosa Vidal (Valencia Ceramics Cluster) and Ugo Neri (Milan Design Network)", [("Rosa Vidal", "name-paren"), ("Ugo Neri", "name-paren")], [("Rosa Vidal", "Auditor", "Valencia Ceramics Cluster", "role:board-label-list"), ("Ugo Neri", "Auditor", "Milan Design Network", "role:board-label-list")]),
    # a credit label before such a list is no role label: the people and their organisations, no role
    ("Authors: Marta Kowalska (Silesian Energy Cluster) and Jan Dvorak (Moravian Wood Network)", [("Marta Kowalska", "name-paren"), ("Jan Dvorak", "name-paren")], [("Marta Kowalska", "", "Silesian Energy Cluster", "role:name-paren"), ("Jan Dvorak", "", "Moravian Wood Network", "role:name-paren")]),
    ("Editors: Lena Vogt (Saxon Auto Cluster), Piet de Graaf (Delta Food Hub)", [("Lena Vogt", "name-paren"), ("Piet de Graaf", "name-paren")], [("Lena Vogt", "", "Saxon Auto Cluster", "role:name-paren"), ("Piet de Graaf", "", "Delta Food Hub", "role:name-paren")]),
    ("Co-authors: Ines Moreau (Lyon Biotech Cluster) and Tomas Berg (Oslo Ocean Hub)", [("Ines Moreau", "name-paren"), ("Tomas Berg", "name-paren")], [("Ines Moreau", "", "Lyon Biotech Cluster", "role:name-paren"), ("Tomas Berg", "", "Oslo Ocean Hub", "role:name-paren")]),
    ("Vice-Presidents: Aino Laine (Helsinki Health Hub), Jon Olsen (Bergen Maritime Cluster)", [("Aino Laine", "name-paren"), ("Jon Olsen", "name-paren")], [("Aino Laine", "Vice-President", "Helsinki Health Hub", "role:board-label-list"), ("Jon Olsen", "Vice-President", "Bergen Maritime Cluster", "role:board-label-list")]),
    ("Maria Lopez, CEO of Aragon Food Cluster, opened the forum. Later, Lopez thanked the sponsors.", [("Maria Lopez", "line:name-role"), ("Maria Lopez", "coref:surname")], [("Maria Lopez", "CEO", "Aragon Food Cluster", "role:line:name-role")]),
    ("Klara Novak, CEO of Brno Textile Cluster, opened the forum. Novak thanked the sponsors.", [("Klara Novak", "line:name-role"), ("Klara Novak", "coref:surname")], [("Klara Novak", "CEO", "Brno Textile Cluster", "role:line:name-role")]),
    ("Sofia Marin, CEO of Valencia Ceramics Cluster, welcomed us. As Sofia explained, exports grew.", [("Sofia Marin", "line:name-role"), ("Sofia Marin", "coref:first_name")], [("Sofia Marin", "CEO", "Valencia Ceramics Cluster", "role:line:name-role")]),
    ("Elena Duarte, Director of Porto Wine Cluster, opened the day. Elena then showed the figures.", [("Elena Duarte", "line:name-role"), ("Elena Duarte", "coref:first_name")], [("Elena Duarte", "Director", "Porto Wine Cluster", "role:line:name-role")]),
    ("Ana Vidal, CEO of Murcia Water Cluster, opened the forum. Vidal presented the plan.", [("Ana Vidal", "line:name-role"), ("Ana Vidal", "coref:surname")], [("Ana Vidal", "CEO", "Murcia Water Cluster", "role:line:name-role")]),
    ("Karin Lund, Director of Skane Food Cluster, spoke. Later, as Karin said, exports rose.", [("Karin Lund", "line:name-role"), ("Karin Lund", "coref:first_name")], [("Karin Lund", "Director", "Skane Food Cluster", "role:line:name-role")]),
    # a surname of several words used alone after the full name: the same person, its mention a repeat
    ("Gráinne Ní Mhurchú has been appointed Chair of the Irish Food Network. \"We will grow,\" Ní Mhurchú said.", [("Gráinne Ní Mhurchú", "name-elected-role"), ("Gráinne Ní Mhurchú", "coref:full_name")], [("Gráinne Ní Mhurchú", "Chair", "Irish Food Network", "role:name-elected-role")]),
    ("Pieter van der Linde, CEO of Delta Ports Cluster, opened the day. Later, van der Linde thanked the hosts.", [("Pieter van der Linde", "line:name-role"), ("Pieter van der Linde", "coref:full_name")], [("Pieter van der Linde", "CEO", "Delta Ports Cluster", "role:line:name-role")]),
    ("Ottavia Del Monte Sarti, director of Verona Stone Cluster, spoke first. The audience then asked Del Monte Sarti about exports.", [("Ottavia Del Monte Sarti", "line:name-role"), ("Ottavia Del Monte Sarti", "coref:full_name")], [("Ottavia Del Monte Sarti", "director", "Verona Stone Cluster", "role:line:name-role")]),
    # several offices in one bracket, split by ";" (board and member lists); an organisation alone is where the person works
    ("Elected: Franz Huber-Lang (President; CEO of Huber Textil GmbH).", [("Franz Huber-Lang", "name-paren-roles")], [("Franz Huber-Lang", "President", None, "role:name-paren-roles"), ("Franz Huber-Lang", "CEO", "Huber Textil GmbH", "role:name-paren-roles")]),
    ("Present: Ingrid Berg-Hansen (non-executive director; Havbruk Norge AS)", [("Ingrid Berg-Hansen", "name-paren-roles")], [("Ingrid Berg-Hansen", "non-executive director", None, "role:name-paren-roles"), ("Ingrid Berg-Hansen", "", "Havbruk Norge AS", "role:name-paren-roles")]),
    ("Board: Eva Lind (Board member; Nordic Oat AB)", [("Eva Lind", "name-paren-roles")], [("Eva Lind", "Board member", None, "role:name-paren-roles"), ("Eva Lind", "", "Nordic Oat AB", "role:name-paren-roles")]),
    # people listed each with a bracket the lexicon does not know (the organisation is role_orgs' to read; a country is none)
    ("Country contacts: Aino Virta (Finland), Joost ter Haar (Netherlands)", [("Aino Virta", "name-paren-listed"), ("Joost ter Haar", "name-paren-listed")], []),
    ("Verifiers: Radek Holub (ArcelorTech Ostrava a.s.)", [("Radek Holub", "name-paren-listed")], [("Radek Holub", "", "ArcelorTech Ostrava a.s.", "role:name-bracket-org")]),
    ("Members: Lenka Bartošová (Tatra Panel a.s.) and Petr Malý (Brno Glass Works s.r.o.)", [("Lenka Bartošová", "name-paren-listed"), ("Petr Malý", "name-paren-listed")], [("Lenka Bartošová", "", "Tatra Panel a.s.", "role:name-bracket-org"), ("Petr Malý", "", "Brno Glass Works s.r.o.", "role:name-bracket-org")]),
    # a role label opening a bracket, the organisation after the name
    ("Track B – Green ports (chair: Dr. Marco Zammit-Borg, University of Gozo)", [("Marco Zammit-Borg", "bracket-role-label")], [("Marco Zammit-Borg", "chair", "University of Gozo", "role:bracket-role-label")]),
    ("Parallel session C (rapporteur: Prof. Tomás Ferreira, University of Minho)", [("Tomás Ferreira", "bracket-role-label")], [("Tomás Ferreira", "rapporteur", "University of Minho", "role:bracket-role-label")]),
    ("Round table 1 (Chair: Ana Ruiz)", [("Ana Ruiz", "bracket-role-label")], [("Ana Ruiz", "Chair", None, "role:bracket-role-label")]),
    ("Speakers\nNils Berg\nProject Manager\nGothenburg Ocean Cluster", [("Nils Berg", "line:name-over-role")], [("Nils Berg", "Project Manager", "Gothenburg Ocean Cluster", "role:line:name-over-role")]),
    ("The Alpine Timber Cluster welcomed the guests. Its manager, Jonas Huber, showed the workshop.", [("Jonas Huber", "its-role")], [("Jonas Huber", "manager", "Alpine Timber Cluster", "role:its-role")]),
    ("We visited the Baltic Photonics Association, represented by its chair, Liis Kask.", [("Liis Kask", "its-role")], [("Liis Kask", "chair", "Baltic Photonics Association", "role:its-role+org-relative-clause")]),
    # an agenda or panel line of a name and an organisation, no role
    ("Speakers\nAnna Lind, Baltic Food Association\nMarek Kral, Czech Glass Association", [("Anna Lind", "line:name-org"), ("Marek Kral", "line:name-org")], [("Anna Lind", "", "Baltic Food Association", "role:line:name-org"), ("Marek Kral", "", "Czech Glass Association", "role:line:name-org")]),
    ("Panel\nTiina Koskinen, Lapland Tourism Association", [("Tiina Koskinen", "line:name-org")], [("Tiina Koskinen", "", "Lapland Tourism Association", "role:line:name-org")]),
    ("Programme\nHugo Blanc, Lyon Textile Cluster", [("Hugo Blanc", "line:name-org")], [("Hugo Blanc", "", "Lyon Textile Cluster", "role:line:name-org")]),
    # a line of name, a capitalised phrase no role list holds, and an organisation: the phrase is the role
    ("Panel\nAnna Berg, Chief Storyteller, Baltic Food Association\nOla Nordmann, Chief Dreamer, Nordic Wood Association", [("Anna Berg", "line:name-role-org"), ("Ola Nordmann", "line:name-role-org")], [("Anna Berg", "Chief Storyteller", "Baltic Food Association", "role:line:name-role-org"), ("Ola Nordmann", "Chief Dreamer", "Nordic Wood Association", "role:line:name-role-org")]),
    ("Panel\nLea Roth, Chief Explorer, Bavarian Optics Association", [("Lea Roth", "line:name-role-org")], [("Lea Roth", "Chief Explorer", "Bavarian Optics Association", "role:line:name-role-org")]),
    ("Programme\nNina Petek, Chief Tinkerer, Slovenian Robotics Association", [("Nina Petek", "line:name-role-org")], [("Nina Petek", "Chief Tinkerer", "Slovenian Robotics Association", "role:line:name-role-org")]),
]


@pytest.mark.parametrize("text,people,roles", PEOPLE)
def test_rule_examples_people_and_roles(extract, text, people, roles):
    result = extract(text)
    assert [(p.name, p.rule) for p in result.people] == people
    assert [(r.person, r.role, r.organisation, r.rule) for r in result.roles] == roles


# --- organisations: (sentence, every organisations row (text, name, rule)) ----------------------------------
ORGS = [
    ("The project is led by the Nordic Biogas Association and three universities.", [("Nordic Biogas Association", "Nordic Biogas Association", "pattern:org-head")]),
    ("Funding came from the Slovenian Chemistry Cluster last spring.", [("Slovenian Chemistry Cluster", "Slovenian Chemistry Cluster", "pattern:org-head")]),
    ("A new member joined the Andalusian Aerospace Foundation this week.", [("Andalusian Aerospace Foundation", "Andalusian Aerospace Foundation", "pattern:org-head")]),
    ("The Centre for Marine Robotics (CMR) opened a lab. CMR will hire five engineers.", [("Centre for Marine Robotics", "Centre for Marine Robotics", "pattern:acronym-definition"), ("CMR", "Centre for Marine Robotics", "pattern:acronym-definition"), ("CMR", "Centre for Marine Robotics", "acronym:use")]),
    ("Partners include the Baltic Logistics Network (BLN). BLN met in Riga.", [("Baltic Logistics Network", "Baltic Logistics Network", "pattern:acronym-definition"), ("BLN", "Baltic Logistics Network", "pattern:acronym-definition"), ("BLN", "Baltic Logistics Network", "acronym:use")]),
    ("The Portuguese Cork Cluster (PCC) opened an office. PCC hired staff.", [("Portuguese Cork Cluster", "Portuguese Cork Cluster", "pattern:acronym-definition"), ("PCC", "Portuguese Cork Cluster", "pattern:acronym-definition"), ("PCC", "Portuguese Cork Cluster", "acronym:use")]),
    ("The contract went to Helix Robotics GmbH after a tender.", [("Helix Robotics GmbH", "Helix Robotics GmbH", "legal-form")]),
    ("Suppliers such as Costa Verde Foods S.L. joined the fair.", [("Costa Verde Foods S.L.", "Costa Verde Foods S.L.", "legal-form")]),
    ("The prototype was built by Nordlys Analytics AS in Bergen.", [("Nordlys Analytics AS", "Nordlys Analytics AS", "legal-form")]),
    ("The frames were welded by Strojírna Ústí nad Labem a.s. last year.", [("Strojírna Ústí nad Labem a.s.", "Strojírna Ústí nad Labem a.s.", "legal-form")]),
    ("Our order went to Tehnološki center Ptuj d.o.o. in May.", [("Tehnološki center Ptuj d.o.o.", "Tehnološki center Ptuj d.o.o.", "legal-form")]),
    ("Legal advice came from Kancelaria Zielińska i Partnerzy sp.k. before the vote.", [("Kancelaria Zielińska i Partnerzy sp.k.", "Kancelaria Zielińska i Partnerzy sp.k.", "legal-form")]),
    ("Our moulds come from Kocaeli Kalıp San. ve Tic. Ltd. Şti. since 2030.", [("Kocaeli Kalıp San. ve Tic. Ltd. Şti.", "Kocaeli Kalıp San. ve Tic. Ltd. Şti.", "legal-form")]),
    ("The pilot line belongs to Shannon Biopolymers DAC near Limerick.", [("Shannon Biopolymers DAC", "Shannon Biopolymers DAC", "legal-form")]),
    ("The audit was done by Horváth és Fia Bt. in two weeks.", [("Horváth és Fia Bt.", "Horváth és Fia Bt.", "legal-form")]),
    ("The award was shared by Vinea Tech (Portugal) with local partners.", [("Vinea Tech", "Vinea Tech", "org-country")]),
    ("The study was prepared by Polaris Consulting (Finland) for the region.", [("Polaris Consulting", "Polaris Consulting", "org-country")]),
    ("The report was written by Sunwave Energy (Spain) last year.", [("Sunwave Energy", "Sunwave Energy", "org-country")]),
    ("The Lisbon Maritime Observatory published a study. The Observatory expects growth.", [("Lisbon Maritime Observatory", "Lisbon Maritime Observatory", "pattern:org-head"), ("Observatory", "Lisbon Maritime Observatory", "coref:head-noun")]),
    ("Members of the Flanders Circular Platform met on Friday. The Platform adopted a plan.", [("Flanders Circular Platform", "Flanders Circular Platform", "pattern:org-head"), ("Platform", "Flanders Circular Platform", "coref:head-noun")]),
    ("The Bavarian Hydrogen Alliance launched a call. Later the Alliance chose ten projects.", [("Bavarian Hydrogen Alliance", "Bavarian Hydrogen Alliance", "pattern:org-head"), ("Alliance", "Bavarian Hydrogen Alliance", "coref:head-noun")]),
    ("We visited the competitiveness cluster Aqua Valorem in Montpellier.", [("Aqua Valorem", "Aqua Valorem", "pattern:type-noun")]),
    ("Talks with the innovation agency Nordvek went well.", [("Nordvek", "Nordvek", "pattern:type-noun")]),
    ("They met the software company Quintiq in Utrecht.", [("Quintiq", "Quintiq", "pattern:type-noun")]),
    ("Lea Bauer, Policy Officer of Vienna Mobility Lab, presented results.", [("Vienna Mobility Lab", "Vienna Mobility Lab", "role:organisation")]),
    ("Tom Jensen, Head of Sales at Fjord Fisk, explained the export plan.", [("Fjord Fisk", "Fjord Fisk", "role:organisation")]),
    ("Carla Reyes, Director of Andes Robotics, opened the session.", [("Andes Robotics", "Andes Robotics", "role:organisation")]),
    ("Our host, TUK – Technical University of Kranj, opened the lab.", [("TUK", "Technical University of Kranj", "acronym:use"), ("Technical University of Kranj", "Technical University of Kranj", "pattern:acronym-dash")]),
    ("Our partner, BSI – Baltic Shipping Institute, hosted the visit.", [("BSI", "Baltic Shipping Institute", "acronym:use"), ("Baltic Shipping Institute", "Baltic Shipping Institute", "pattern:acronym-dash")]),
    ("The study was led by our member, CIT – Centre for Industrial Textiles, in Lodz.", [("CIT", "Centre for Industrial Textiles", "acronym:use"), ("Centre for Industrial Textiles", "Centre for Industrial Textiles", "pattern:acronym-dash")]),
    ("Posted by AquaHub | Zeeland", [("AquaHub | Zeeland", "AquaHub | Zeeland", "pattern:bar-name")]),
    ("Posted by BlueWave | Fjordkyst", [("BlueWave | Fjordkyst", "BlueWave | Fjordkyst", "pattern:bar-name")]),
    ("Organiser: Lumenhub | Light Valley", [("Lumenhub | Light Valley", "Lumenhub | Light Valley", "pattern:bar-name")]),
    # an acronym that does not spell the name after the dash is part of the full name
    ("She studied at the ČVT – Technical University of Pardubice in 2009.", [("ČVT – Technical University of Pardubice", "ČVT – Technical University of Pardubice", "pattern:acronym-dash")]),
    ("Our partner, NAVIS – University of Maritime Trade Bari, hosted the visit.", [("NAVIS – University of Maritime Trade Bari", "NAVIS – University of Maritime Trade Bari", "pattern:acronym-dash")]),
    ("Members include the MARLAB – Polymer Research Centre of Marche.", [("MARLAB – Polymer Research Centre of Marche", "MARLAB – Polymer Research Centre of Marche", "pattern:acronym-dash")]),
    # a name with a quoted part: a patron, a brand or a motto
    ('Pupils of the Technical School "Ivan Horvat" built the drones.', [('Technical School "Ivan Horvat"', 'Technical School "Ivan Horvat"', "pattern:quoted-name")]),
    ('The Latvian Food Cluster Association "FoodLV" signed the memorandum.', [('Latvian Food Cluster Association "FoodLV"', 'Latvian Food Cluster Association "FoodLV"', "pattern:quoted-name")]),
    ('Researchers of University "Petar Beron" of Varna presented a poster.', [('University "Petar Beron" of Varna', 'University "Petar Beron" of Varna', "pattern:quoted-name")]),
    # the patron in quotes before a university's name
    ('A spin-off of the "Vasile Alecsandri" University of Bacău won the prize.', [('"Vasile Alecsandri" University of Bacău', '"Vasile Alecsandri" University of Bacău', "pattern:quoted-name")]),
    ('Students of the „Angel Kanchev“ University of Ruse joined the hackathon.', [('„Angel Kanchev“ University of Ruse', '„Angel Kanchev“ University of Ruse', "pattern:quoted-name")]),
    ('Students of the "Mihai Eminescu" National College of Botosani visited.', [('"Mihai Eminescu" National College of Botosani', '"Mihai Eminescu" National College of Botosani', "pattern:quoted-name")]),
    # a brand, a dash and what it is, as one name ("Brand – Innovation Centre Place")
    ("Our host, Agrolab – Agricultural Innovation Centre Murcia, showed the fields.", [("Agrolab – Agricultural Innovation Centre Murcia", "Agrolab – Agricultural Innovation Centre Murcia", "pattern:brand-dash")]),
    ("Our partner, Fibrenet – Textile Innovation Centre Porto, hosted us.", [("Fibrenet – Textile Innovation Centre Porto", "Fibrenet – Textile Innovation Centre Porto", "pattern:brand-dash")]),
    ("We thank our member, Sealab – Marine Research Centre Split, for the data.", [("Sealab – Marine Research Centre Split", "Sealab – Marine Research Centre Split", "pattern:brand-dash")]),
    # a brand and its descriptive name in brackets or after a semicolon
    ("Chair: Ana Horvat (Plastix – Plastics Cluster Moravia, z.s.)", [("Plastix – Plastics Cluster Moravia, z.s.", "Plastix – Plastics Cluster Moravia, z.s.", "pattern:brand-dash")]),
    ("Awarded: Baltic Port Cluster; Navilink – Clúster Naval Gallego", [("Baltic Port Cluster", "Baltic Port Cluster", "pattern:org-head"), ("Navilink – Clúster Naval Gallego", "Navilink – Clúster Naval Gallego", "pattern:brand-dash")]),
    ("Tomas Berg, Head of the Innovation Unit of the Ministry of Enterprise of Latvia, opened the day.", [("Innovation Unit", "Innovation Unit", "pattern:org-head"), ("Ministry of Enterprise of Latvia", "Ministry of Enterprise of Latvia", "pattern:org-head")]),
    # a unit of its parent: two organisations (family "unit of its parent", org_units.py)
    ("The Faculty of Physics of Riga University joins as a knowledge partner.", [("Faculty of Physics", "Faculty of Physics", "pattern:org-head"), ("Riga University", "Riga University", "pattern:org-head")]),
    ("Dr. Ana Lind, researcher, Institute for Energy Systems of Lund Polytechnic", [("Institute for Energy Systems", "Institute for Energy Systems", "pattern:org-head"), ("Lund Polytechnic", "Lund Polytechnic", "pattern:org-head")]),
    ("The study was run with the Centre for Regional Studies of Tartu University.", [("Centre for Regional Studies", "Centre for Regional Studies", "pattern:org-head"), ("Tartu University", "Tartu University", "pattern:org-head")]),
    ("Contact the Industry Department of the Žilina Self-Governing Region for details.", [("Industry Department", "Industry Department", "pattern:org-head"), ("Žilina Self-Governing Region", "Žilina Self-Governing Region", "pattern:authority")]),
    ("The Ministry of Economy of Moldova funded it.", [("Ministry of Economy of Moldova", "Ministry of Economy of Moldova", "pattern:org-head")]),
    # a bracket after a name gives its acronym with its name in another language or its country
    ("The Croatian Marine Cluster (Hrvatski pomorski klaster, HPK) met in Split.", [("Croatian Marine Cluster", "Croatian Marine Cluster", "pattern:acronym-in-brackets"), ("Hrvatski pomorski klaster", "Croatian Marine Cluster", "pattern:lower-head-bounded"), ("HPK", "Croatian Marine Cluster", "pattern:acronym-in-brackets")]),
    ("The work package is led by the Timber Construction Cluster Bavaria (TCCB, Germany) with two partners.", [("Timber Construction Cluster Bavaria", "Timber Construction Cluster Bavaria", "pattern:acronym-in-brackets"), ("TCCB", "Timber Construction Cluster Bavaria", "pattern:acronym-in-brackets")]),
    ("The mission was led by Clúster Alimentario de Aragón (AGRIFOODARA).", [("Clúster Alimentario de Aragón", "Clúster Alimentario de Aragón", "pattern:acronym-definition"), ("AGRIFOODARA", "Clúster Alimentario de Aragón", "pattern:acronym-definition")]),
    ("Last spring the Slovenian Wood Cluster (Slovenski lesni grozd, SLG) joined the alliance.", [("Slovenian Wood Cluster", "Slovenian Wood Cluster", "pattern:acronym-in-brackets"), ("Slovenski lesni grozd", "Slovenian Wood Cluster", "pattern:lower-head-bounded"), ("SLG", "Slovenian Wood Cluster", "pattern:acronym-in-brackets")]),
    # legal forms of Austria, Bulgaria, Italy, Slovakia and Sweden that cleanco lacks
    ("The cheese was supplied by Alpenblick Molkerei eGen from Tyrol.", [("Alpenblick Molkerei eGen", "Alpenblick Molkerei eGen", "legal-form")]),
    ("Our new members are Rila Dairy Foods AD and Vitosha Code EOOD.", [("Rila Dairy Foods AD", "Rila Dairy Foods AD", "legal-form"), ("Vitosha Code EOOD", "Vitosha Code EOOD", "legal-form")]),
    ("The prototype was built by Danube Sensors OG in Linz.", [("Danube Sensors OG", "Danube Sensors OG", "legal-form")]),
    # a role title and its "of" or comma open no organisation's name, whatever rule found it
    ("- Ana Sousa (ceo of Atlantico Robotics Lda., Portugal)", [("Atlantico Robotics Lda.", "Atlantico Robotics Lda.", "legal-form")]),
    ("Dr. Jonas Weber, Spokesperson and Managing Director of\nHydrogen Valley Saxony e.V.", [("Hydrogen Valley Saxony e.V.", "Hydrogen Valley Saxony e.V.", "legal-form")]),
    ("- **Marta Kowalska** – Managing Director, Polish Space and Defence Cluster", [("Polish Space and Defence Cluster", "Polish Space and Defence Cluster", "pattern:org-head")]),
    # a governing body "of" an organisation: the organisation is the name after the body
    ("The Board of TimberNord unanimously appointed a new director.", [("TimberNord", "TimberNord", "pattern:org-head")]),
    ("At its meeting the Board of Directors of Alpine Health Valley approved the budget.", [("Alpine Health Valley", "Alpine Health Valley", "pattern:org-head")]),
    ("The Executive Board of Fjordtek endorsed the plan.", [("Fjordtek", "Fjordtek", "pattern:org-head")]),
    # "<place>-based" says where an organisation is, it names none
    ("The mission was organised by Aqua Clusters Europe, the Brussels-based network of water clusters.", [("Aqua Clusters Europe", "Aqua Clusters Europe", "cue:organisation")]),
    ("He is the founder of the Tunis-based start-up AquaNova SARL.", [("AquaNova SARL", "AquaNova SARL", "legal-form")]),
    ("The award went to the Lyon-based company Robotix SAS.", [("Robotix SAS", "Robotix SAS", "legal-form")]),
    # a shape of entity_patterns.jsonl the gazetteer does not list
    ("The call is run by DG HERA.", [("DG HERA", "DG HERA", "ruler:pattern:dg-acronym")]),
    ("Officials from DG COMM prepared the campaign.", [("DG COMM", "DG COMM", "ruler:pattern:dg-acronym")]),
    ("The figures were checked by DG ESTAT.", [("DG ESTAT", "DG ESTAT", "ruler:pattern:dg-acronym")]),
    ("Irish Robotics Network | IRN", [("Irish Robotics Network", "Irish Robotics Network", "pattern:acronym-bar"), ("IRN", "Irish Robotics Network", "acronym:use")]),
    ("Contact the Scottish Food Network | SFN for details.", [("Scottish Food Network", "Scottish Food Network", "pattern:acronym-bar"), ("SFN", "Scottish Food Network", "acronym:use")]),
    ("Jana Horvat (Brightwave) presented the pilot.", [("Brightwave", "Brightwave", "pattern:person-bracket")]),
    ("We heard Marco Conti (Luminare) on solar glass.", [("Luminare", "Luminare", "pattern:person-bracket")]),
    ("The session was opened by Hanna Ek (Polarlab), who spoke on batteries.", [("Polarlab", "Polarlab", "pattern:person-bracket")]),
    ("The Council of Nordic Wood Clusters met in Oslo. Later CNWC published a report.", [("Council of Nordic Wood Clusters", "Council of Nordic Wood Clusters", "pattern:org-head"), ("CNWC", "Council of Nordic Wood Clusters", "acronym:initials")]),
    ("The Alliance of Alpine Food Clusters held a summit. Since then AAFC has grown.", [("Alliance of Alpine Food Clusters", "Alliance of Alpine Food Clusters", "pattern:org-head"), ("AAFC", "Alliance of Alpine Food Clusters", "acronym:initials")]),
    ("Contact the Welsh Photonics Network | WPN for details.", [("Welsh Photonics Network", "Welsh Photonics Network", "pattern:acronym-bar"), ("WPN", "Welsh Photonics Network", "acronym:use")]),
    ("The Federation of Iberian Cork Clusters met in Evora. Later FICC issued a statement.", [("Federation of Iberian Cork Clusters", "Federation of Iberian Cork Clusters", "pattern:org-head"), ("FICC", "Federation of Iberian Cork Clusters", "acronym:initials")]),
    # regional and local authorities: "<authority> of <place>", "<place> <authority>"
    ("The grant was signed by the Region of Murcia and two firms.", [("Region of Murcia", "Region of Murcia", "pattern:authority")]),
    ("Support came from the Carinthia Region in the spring.", [("Carinthia Region", "Carinthia Region", "pattern:authority")]),
    ("The County of Nordland pays half of the costs.", [("County of Nordland", "County of Nordland", "pattern:authority")]),
    ("The pilot is funded by the City of Tampere this year.", [("City of Tampere", "City of Tampere", "pattern:authority")]),
    ("A grant came from the Statutory City of Ostrava in June.", [("Statutory City of Ostrava", "Statutory City of Ostrava", "pattern:authority")]),
    ("The Municipality of Vila Nova de Gaia signed the charter.", [("Municipality of Vila Nova de Gaia", "Municipality of Vila Nova de Gaia", "pattern:authority")]),
    # the same words in lower case, as running text writes them, only with a known town or region as the place
    ("The pilot runs with the gemeente Ede since March.", [("gemeente Ede", "gemeente Ede", "pattern:authority")]),
    ("A grant of the provincie Gelderland covers half of it.", [("provincie Gelderland", "provincie Gelderland", "pattern:authority")]),
    ("Funding came from Östersund municipality and the municipality of Zwolle.", [("Östersund municipality", "Östersund municipality", "pattern:authority"), ("municipality of Zwolle", "municipality of Zwolle", "pattern:authority")]),
    ("Every Swedish municipality can join; the municipality of the future is digital.", []),
    # names with a lower-case organisation word inside, as other languages write them
    ("Growers joined the Associação dos agricultores do Minho this year.", [("Associação dos agricultores do Minho", "Associação dos agricultores do Minho", "pattern:lower-head")]),
    ("Partners: Asociación de empresas de madera de Soria and three labs.", [("Asociación de empresas de madera de Soria", "Asociación de empresas de madera de Soria", "pattern:lower-head")]),
    ("Members of the Stavební klastr Morava visited Vienna.", [("Stavební klastr Morava", "Stavební klastr Morava", "pattern:lower-head-mid")]),
    # a name closed by the place it serves after its organisation word (family "place after the organisation word")
    ("Growers from the Orchard Cluster Drenthe joined the trip.", [("Orchard Cluster Drenthe", "Orchard Cluster Drenthe", "pattern:org-head")]),
    ("The Robotics Network Estonia opened a test lab.", [("Robotics Network Estonia", "Robotics Network Estonia", "pattern:org-head")]),
    ("A pilot is run by Packaging Cluster Noord and two schools.", [("Packaging Cluster Noord", "Packaging Cluster Noord", "pattern:org-head")]),
    # a diplomatic body named by where it is sent or sits (family "envoys")
    ("The trade section of the EU Delegation to Peru briefed the firms.", [("EU Delegation to Peru", "EU Delegation to Peru", "pattern:org-head")]),
    ("A reception was hosted by the Embassy of Estonia last week.", [("Embassy of Estonia", "Embassy of Estonia", "pattern:org-head")]),
    ("Visas were handled by the Polish Embassy in Hanoi for all guests.", [("Polish Embassy in Hanoi", "Polish Embassy in Hanoi", "pattern:org-head")]),
    # a gazetteer word that heads another body's name, writes a legal act or ends its number, is no mention of it
    ("Maria Lund spoke for the North Sea Commission at the fair.", [("North Sea Commission", "North Sea Commission", "pattern:org-head")]),
    ("Firms must meet Commission Regulation 651/2014 to apply.", []),
    ("The machines follow Directive 2006/42/EC on safety.", []),
    # a brand name right before the kind noun it is ("the X cluster", "the X network")
    ("A visit to the Mobility Valley Aragón cluster is planned.", [("Mobility Valley Aragón", "Mobility Valley Aragón", "pattern:name-kind")]),
    ("The lab works with the CleanTech Bavaria network on sensors.", [("CleanTech Bavaria", "CleanTech Bavaria", "pattern:name-kind")]),
    ("The event was run with the HealthTech Malmö cluster and a hospital.", [("HealthTech Malmö", "HealthTech Malmö", "pattern:name-kind")]),
    # "&" joins the words of one name, "and" may join two (family "ampersand inside a name")
    ("The study was carried out by Institut Berger & Lang GmbH in Bonn.", [("Institut Berger & Lang GmbH", "Institut Berger & Lang GmbH", "legal-form")]),
    ("Trials ran at the Lund University & Research farm in May.", [("Lund University & Research", "Lund University & Research", "ner:ORG")]),
    ("The robots were built by Bergen Robotics & Automation AS last year.", [("Bergen Robotics & Automation AS", "Bergen Robotics & Automation AS", "legal-form")]),
    # a firm named after its partners (org_partnerships.py)
    ("The tower was designed by the architects Huber & Steiner in Graz.", [("Huber & Steiner", "Huber & Steiner", "pattern:partnership")]),
    ("The auditors, Nolan & Burke Chartered Accountants, will start in May.", [("Nolan & Burke Chartered Accountants", "Nolan & Burke Chartered Accountants", "pattern:partnership")]),
    ("Legal advice came from Smits & Partners in Utrecht.", [("Smits & Partners", "Smits & Partners", "pattern:partnership")]),
    ("The kitchen was made by the joinery Horak & syn, s.r.o. in Brno.", [("Horak & syn, s.r.o.", "Horak & syn, s.r.o.", "pattern:partnership")]),
    ("Anna & Jan opened a bakery. News & Events follow below.", []),
    # a role title and the "of" of another language open no organisation's name (family "role before the name")
    ("Anna Weber, Geschäftsführerin der Rhön Kunststoff GmbH, sprach über Recycling.", [("Rhön Kunststoff GmbH", "Rhön Kunststoff GmbH", "legal-form")]),
    ("De vergadering werd geopend door Jan de Vries, directeur van Polder Logistics BV.", [("Polder Logistics BV", "Polder Logistics BV", "legal-form")]),
    ("Paolo Neri, direttore della Fonderia Brenta S.p.A., ha parlato.", [("Fonderia Brenta S.p.A.", "Fonderia Brenta S.p.A.", "legal-form")]),
    # legal forms of two words, and Spanish labour companies
    ("Our members include Agro Valea Coop. Agricolă and two schools.", [("Agro Valea Coop. Agricolă", "Agro Valea Coop. Agricolă", "legal-form")]),
    ("The cheese came from Latteria di Pordenone Soc. Coop. Agricola last year.", [("Latteria di Pordenone Soc. Coop. Agricola", "Latteria di Pordenone Soc. Coop. Agricola", "legal-form")]),
    ("The award went to Talleres Ibarra, S.A.L. from Bizkaia.", [("Talleres Ibarra, S.A.L.", "Talleres Ibarra, S.A.L.", "legal-form")]),
    # a course that clusters run is no school (family "a course, not a school"); a maritime academy is one
    ("The third module of the Cluster Excellence Academy took place in Sofia.", []),
    ("Apply now for the Summer School for Cluster Staff in Varna.", []),
    ("The Battery Skills Academy trains forty technicians a year.", []),
    ("Twelve cadets of the Latvian Maritime Academy joined the trip.", [("Latvian Maritime Academy", "Latvian Maritime Academy", "pattern:org-head")]),
    # a longer gazetteer form opened by an organisation word, inside another body's name, is no mention of it
    ("The Nordic Council of Ministers funded the study.", [("Nordic Council of Ministers", "Nordic Council of Ministers", "pattern:org-head")]),
    ("A grant came from the Baltic Council of Ministers in 2027.", [("Baltic Council of Ministers", "Baltic Council of Ministers", "pattern:org-head")]),
    ("The Andean Committee of the Regions met in Lima.", [("Andean Committee of the Regions", "Andean Committee of the Regions", "pattern:org-head")]),
    ("The Council of Ministers adopted the text.", [("Council of Ministers", "Council of Ministers", "gazetteer")]),
    # a whole name on one line stops before a menu or a sentence on the next (family "line field")
    ("Adriatic Boat Cluster\nNews | Events | Members", [("Adriatic Boat Cluster", "Adriatic Boat Cluster", "ner:ORG")]),
    ("Klaster Meblowy Pomorza\nAktualności / Kontakt", [("Klaster Meblowy Pomorza", "Klaster Meblowy Pomorza", "pattern:org-head")]),
    ("Programme officer at Provincie Drenthe\nMooi resultaat!", [("Provincie Drenthe", "Provincie Drenthe", "pattern:org-head")]),
    ("The event was organised by the Slovenian Wood Cluster\nAssociation in Ljubljana.", [("Slovenian Wood Cluster\nAssociation", "Slovenian Wood Cluster Association", "pattern:org-head")]),
    ("A delegation of the Ministry of Transport and Communications of\nLithuania attended.", [("Ministry of Transport and Communications of\nLithuania", "Ministry of Transport and Communications of Lithuania", "pattern:org-head")]),
    ("Members of the Klaster Kreativnih Industrija\nPodgorica met.", [("Klaster Kreativnih Industrija\nPodgorica", "Klaster Kreativnih Industrija Podgorica", "pattern:org-head")]),
    # a lower-case head's name opened inside a sentence (org_lower_heads.py), in a text of its own language
    # a legal form or an association's word before a name in quotes, the name in its own language
    ("Į asociaciją įstojo UAB „Šilo medis“ iš Panevėžio.", [("UAB „Šilo medis“", "UAB „Šilo medis“", "legal-form-quoted")]),
    ("Новият член на клъстера е ЕТ „Петър Колев – Дървообработка“ от Ловеч.", [("ЕТ „Петър Колев – Дървообработка“", "ЕТ „Петър Колев – Дървообработка“", "legal-form-quoted")]),
    ("Договір підписали ТОВ «Поліська деревина» та громада.", [("ТОВ «Поліська деревина»", "ТОВ «Поліська деревина»", "legal-form-quoted")]),
    ("Na sejmu se je predstavila Pomurska razvojna agencija za Prekmurje s tremi podjetji iz regije.", [("Pomurska razvojna agencija za Prekmurje", "Pomurska razvojna agencija za Prekmurje", "pattern:lower-head-mid")]),
    ("Pogodbo sta podpisala župan in Savinjska gospodarska zbornica, ki bo vodila projekt.", [("Savinjska gospodarska zbornica", "Savinjska gospodarska zbornica", "pattern:lower-head-mid")]),
    ("Na delavnici, ki jo je pripravila Gorenjska obrtna zbornica, so sodelovali učenci.", [("Gorenjska obrtna zbornica", "Gorenjska obrtna zbornica", "pattern:lower-head-mid")]),
    # head words by concept and language (data/org_head_concepts.csv), the Irish mutation after "na", no English "in" after a front head
    ("Zmluvu podpísalo aj Mesto Prievidza.", [("Mesto Prievidza", "Mesto Prievidza", "pattern:org-head")]),
    ("Thacaigh an coiste le Ceardchumann na bhFeirmeoirí.", [("Ceardchumann na bhFeirmeoirí", "Ceardchumann na bhFeirmeoirí", "pattern:org-head")]),
    ("We toured the Lycée Jean Monnet in Cognac.", [("Lycée Jean Monnet", "Lycée Jean Monnet", "pattern:org-head")]),
    # a labelled line lists organisations, one-word brands too
    ("Partners 2031: Norvatek · Brightmill Foods", [("Norvatek", "Norvatek", "cue:label-list"), ("Brightmill Foods", "Brightmill Foods", "cue:label-list")]),
    ("Sponsors: Ecoprint and Tarvio", [("Ecoprint", "Ecoprint", "cue:label-list"), ("Tarvio", "Tarvio", "cue:label-list")]),
    ("Exhibitors: Helvion; Quorra Systems", [("Helvion", "Helvion", "cue:label-list"), ("Quorra Systems", "Quorra Systems", "cue:label-list")]),
    # the same labels in other languages, the items split at that language's "and"
    ("Associados fundadores: Brimlea, Quosta e Tarvio", [("Brimlea", "Brimlea", "cue:label-list"), ("Quosta", "Quosta", "cue:label-list"), ("Tarvio", "Tarvio", "cue:label-list")]),
    ("Buyers: Korvan Medical, Stellix and Norvatek", [("Korvan Medical", "Korvan Medical", "cue:label-list"), ("Stellix", "Stellix", "cue:label-list"), ("Norvatek", "Norvatek", "cue:label-list")]),
    # a list of three items or more, two of them organisations by their shape, names organisations in its other items
    ("De nieuwe leden zijn Zandvoort Agri B.V., Van Leer Logistiek, Bremhorst Energie B.V. en Polderkas.", [("Zandvoort Agri B.V.", "Zandvoort Agri B.V.", "legal-form"), ("Van Leer Logistiek", "Van Leer Logistiek", "cue:list-neighbour"), ("Bremhorst Energie B.V.", "Bremhorst Energie B.V.", "legal-form"), ("Polderkas", "Polderkas", "cue:list-neighbour")]),
    ("Welcome to Brenmark Ltd, Quosta Textiles, Velmar Foods GmbH and the Dalmark University.", [("Brenmark Ltd", "Brenmark Ltd", "legal-form"), ("Quosta Textiles", "Quosta Textiles", "cue:list-neighbour"), ("Velmar Foods GmbH", "Velmar Foods GmbH", "legal-form"), ("Dalmark University", "Dalmark University", "pattern:org-head")]),
    ("Do klastru vstoupily firmy Brimlea s.r.o., Tarvio, Quosta a Velmar Foods a.s.", [("Brimlea s.r.o.", "Brimlea s.r.o.", "legal-form"), ("Tarvio", "Tarvio", "cue:list-neighbour"), ("Quosta", "Quosta", "cue:list-neighbour"), ("Velmar Foods a.s.", "Velmar Foods a.s.", "legal-form")]),
]


@pytest.mark.parametrize("text,orgs", ORGS)
def test_rule_examples_organisations(extract, text, orgs):
    assert [(o.text, o.name, o.rule) for o in extract(text).organisations] == orgs


# --- places: (sentence, every locations row (text, rule)) -----------------------------------------------------
PLACES = [
    ("Companies from Tartu and Oulu joined the mission.", [("Tartu", "gazetteer:city"), ("Oulu", "gazetteer:city")]),
    ("We visited the competitiveness cluster Aqua Valorem in Montpellier.", [("Montpellier", "gazetteer:city")]),
    ("Visitors toured Bordeaux and Nantes.", [("Bordeaux", "gazetteer:city"), ("Nantes", "ner:GPE")]),
    ("The delegation travelled from Lyon to Turin and then to Graz.", [("Lyon", "ner:GPE"), ("Turin", "ner:GPE"), ("Graz", "ner:GPE")]),
    ("Exports to Spain and Italy grew.", [("Spain", "ner:GPE"), ("Italy", "ner:GPE")]),
    ("Partners include the Baltic Logistics Network (BLN). BLN met in Riga.", [("Riga", "ner:LOC")]),
    ("The mission visited the Alps and the Black Forest.", [("Alps", "ner:LOC")]),
    ("Ships cross the Baltic Sea every day.", [("Baltic Sea", "ner:LOC")]),
]


@pytest.mark.parametrize("text,places", PLACES)
def test_rule_examples_places(extract, text, places):
    assert [(p.text, p.rule) for p in extract(text).locations] == places


# --- key messages: (text, every key_messages row (text, section, rule)) ---------------------------------------
KEY_MESSAGES = [
    ("Key messages\n\n- Clusters need stable regional funding.\n- Skills shortages slow the green transition.\n- Data sharing must become easier for SMEs.", [("Clusters need stable regional funding", "Key messages", "list_under_key_heading"), ("Skills shortages slow the green transition", "Key messages", "list_under_key_heading"), ("Data sharing must become easier for SMEs", "Key messages", "list_under_key_heading")]),
    ("Conclusions\n\n1. Cross-border pilots work best with a lead partner.\n2. Small firms need simpler application forms.", [("Cross-border pilots work best with a lead partner", "Conclusions", "list_under_key_heading"), ("Small firms need simpler application forms", "Conclusions", "list_under_key_heading")]),
    ("Recommendations\n\n* Set up one contact point per region.\n* Publish calls six months ahead.\n* Measure results every year.", [("Set up one contact point per region", "Recommendations", "list_under_key_heading"), ("Publish calls six months ahead", "Recommendations", "list_under_key_heading"), ("Measure results every year", "Recommendations", "list_under_key_heading")]),
    ("Key takeaways\n\nThe network should open to start-ups from outside the region.\n\nMembers asked for a shared data platform.", [("The network should open to start-ups from outside the region", "Key takeaways", "paragraphs_under_key_heading"), ("Members asked for a shared data platform", "Key takeaways", "paragraphs_under_key_heading")]),
    ("Conclusions\n\nPublic buyers should test innovative products first.\n\nSmall ports need help to electrify.", [("Public buyers should test innovative products first", "Conclusions", "paragraphs_under_key_heading"), ("Small ports need help to electrify", "Conclusions", "paragraphs_under_key_heading")]),
    # labelled points ("K1.", "C2:") under the heading, the label left out
    ("Key messages\n\nK1. Clusters need stable funding.\nK2. Skills shortages slow the transition.", [("Clusters need stable funding", "Key messages", "labelled_points_under_key_heading"), ("Skills shortages slow the transition", "Key messages", "labelled_points_under_key_heading")]),
    ("Key conclusions\n\nC1: Data sharing must become easier.\nC2: Regions should pool test sites.\nC3: Calls should be shorter.", [("Data sharing must become easier", "Key conclusions", "labelled_points_under_key_heading"), ("Regions should pool test sites", "Key conclusions", "labelled_points_under_key_heading"), ("Calls should be shorter", "Key conclusions", "labelled_points_under_key_heading")]),
    ("Recommendations\n\nR1. Publish calls early.\nR2. Accept labels from neighbours.", [("Publish calls early", "Recommendations", "labelled_points_under_key_heading"), ("Accept labels from neighbours", "Recommendations", "labelled_points_under_key_heading")]),
    ("Lessons learnt\n\nEarly contact with regulators saves time.\n\nPilots need a budget for maintenance.", [("Early contact with regulators saves time", "Lessons learnt", "paragraphs_under_key_heading"), ("Pilots need a budget for maintenance", "Lessons learnt", "paragraphs_under_key_heading")]),
    ("Key messages\n\nPillar 1 – Funding: regions should co-finance cluster managers.\n\nPillar 2 – Skills: training must follow industry needs.", [("regions should co-finance cluster managers", "Key messages", "labelled_points_under_key_heading"), ("training must follow industry needs", "Key messages", "labelled_points_under_key_heading")]),
    # labelled paragraphs ("Pillar 1 – …", "Priority A. …") without list markup, up to the first block without the label
    ("KEY MESSAGES OF THE VALLEY MEETING\nMessage 1 – Shared test sites for food producers in the valley.\nMessage 2 – A voucher for first export trips, paid within a month.\nOur next meeting\nThe group meets again in June.", [("Shared test sites for food producers in the valley", "KEY MESSAGES OF THE VALLEY MEETING", "labelled_points_under_key_heading"), ("A voucher for first export trips, paid within a month", "KEY MESSAGES OF THE VALLEY MEETING", "labelled_points_under_key_heading")]),
    ("Recommendations\n\nRecommendation A. Ministries publish one calendar of cluster calls for the whole year, so that small teams can plan their applications in time and do not miss deadlines because of holidays.\n\nRecommendation B. Audits check what a project achieved rather than every receipt.\n\nRecommendation C. Regions keep one contact person per cluster.\n\nThe full study is online.", [("Ministries publish one calendar of cluster calls for the whole year, so that small teams can plan their applications in time and do not miss deadlines because of holidays", "Recommendations", "labelled_points_under_key_heading"), ("Audits check what a project achieved rather than every receipt", "Recommendations", "labelled_points_under_key_heading"), ("Regions keep one contact person per cluster", "Recommendations", "labelled_points_under_key_heading")]),
    ("Main findings\n\nFinding I: few members share machines with their neighbours.\n\nFinding II: most managers never met a procurement officer.", [("few members share machines with their neighbours", "Main findings", "labelled_points_under_key_heading"), ("most managers never met a procurement officer", "Main findings", "labelled_points_under_key_heading")]),
    # "What we heard" / "What we found" headings of consultation and workshop reports
    ("WHAT WE HEARD\n- Bakeries cannot find trained staff for night shifts.\n- Farmers want longer contracts with the mills.\n\nThanks to everyone who came.", [("Bakeries cannot find trained staff for night shifts", "WHAT WE HEARD", "list_under_key_heading"), ("Farmers want longer contracts with the mills", "WHAT WE HEARD", "list_under_key_heading")]),
    ("What we found\n\n1. Half of the ports have no shore power.\n2. Few shipyards train apprentices.", [("Half of the ports have no shore power", "What we found", "list_under_key_heading"), ("Few shipyards train apprentices", "What we found", "list_under_key_heading")]),
    ("The report recommends:\n\n- Regions should pool their test facilities.\n- Calls should accept shorter proposals.", [("Regions should pool their test facilities", "The report recommends", "list_after_lead_in"), ("Calls should accept shorter proposals", "The report recommends", "list_after_lead_in")]),
    ("Participants agreed on three points: (1) open data by default, (2) joint procurement for pilots, (3) yearly progress reviews.", [("open data by default", "Participants agreed on three points", "inline_after_lead_in"), ("joint procurement for pilots", "Participants agreed on three points", "inline_after_lead_in"), ("yearly progress reviews", "Participants agreed on three points", "inline_after_lead_in")]),
    ("The panel stressed that: (1) hydrogen needs clear rules and (2) ports must invest early.", [("hydrogen needs clear rules", "The panel stressed that", "inline_after_lead_in"), ("ports must invest early", "The panel stressed that", "inline_after_lead_in")]),
    ("The workshop concluded with three messages: (1) share test beds, (2) train managers, (3) measure impact.", [("share test beds", "The workshop concluded with three messages", "inline_after_lead_in"), ("train managers", "The workshop concluded with three messages", "inline_after_lead_in"), ("measure impact", "The workshop concluded with three messages", "inline_after_lead_in")]),
    # a plans word inside a point ("contracts", "deadlines") does not make the lead-in one of plans
    ("The network recommends that (1) public buyers split large contracts into lots and (2) regions publish their tender deadlines a year ahead.", [("public buyers split large contracts into lots", "The network recommends that", "inline_after_lead_in"), ("regions publish their tender deadlines a year ahead", "The network recommends that", "inline_after_lead_in")]),
    # one more point announced after the inline points, in the next sentence
    ("Recap\n\nThe speakers asked for clearer rules, for faster payments and for more training. The host added one more recommendation: clusters should share their test labs.", [("clearer rules", "The speakers asked for", "inline_after_lead_in"), ("faster payments", "The speakers asked for", "inline_after_lead_in"), ("more training", "The speakers asked for", "inline_after_lead_in"), ("clusters should share their test labs", "The speakers asked for", "added_point")]),
    ("Recap\n\nThe members called for lower fees, for joint stands and for shared data. One guest raised a further point: regions must fund the managers.", [("lower fees", "The members called for", "inline_after_lead_in"), ("joint stands", "The members called for", "inline_after_lead_in"), ("shared data", "The members called for", "inline_after_lead_in"), ("regions must fund the managers", "The members called for", "added_point")]),
    # a lead-in sentence, then one point a sentence opened "First, …", "Second, …", "Finally, …"
    ("Forum notes\n\nThe mayors made two recommendations. First, ports should share one data standard. Second, shipyards should train welders together.", [("ports should share one data standard", "The mayors made two recommendations", "ordinal_sentences_after_lead_in"), ("shipyards should train welders together", "The mayors made two recommendations", "ordinal_sentences_after_lead_in")]),
    ("Study summary\n\nThe authors draw three main conclusions.\n\nFirstly, most bakeries lack night staff.\n\nSecondly, mills want longer contracts.\n\nFinally, few farms sell online.", [("most bakeries lack night staff", "The authors draw three main conclusions", "ordinal_sentences_after_lead_in"), ("mills want longer contracts", "The authors draw three main conclusions", "ordinal_sentences_after_lead_in"), ("few farms sell online", "The authors draw three main conclusions", "ordinal_sentences_after_lead_in")]),
    ("Conclusions\n\nAfter a long debate the mayors settled on three conclusions.\n\nFirst, ferries should run on one timetable.\n\nSecond, harbours need shore power by 2030.\n\nFinally, fishermen want a say in the plan.", [("ferries should run on one timetable", "Conclusions", "ordinal_sentences_under_key_heading"), ("harbours need shore power by 2030", "Conclusions", "ordinal_sentences_under_key_heading"), ("fishermen want a say in the plan", "Conclusions", "ordinal_sentences_under_key_heading")]),
    ("LESSONS LEARNT\n\nFirstly, pilots take longer than planned. Secondly, farmers trust their peers more than experts.\n\nAnnex\n\nA table of costs follows.", [("pilots take longer than planned", "LESSONS LEARNT", "ordinal_sentences_under_key_heading"), ("farmers trust their peers more than experts", "LESSONS LEARNT", "ordinal_sentences_under_key_heading")]),
    ("Key takeaways\n\nThe moderator closed with two remarks.\n\nFirst of all, small firms need shared labs.\n\nLastly, training must be paid for by the region.", [("small firms need shared labs", "Key takeaways", "ordinal_sentences_under_key_heading"), ("training must be paid for by the region", "Key takeaways", "ordinal_sentences_under_key_heading")]),
    ("Panel recap\n\nThe speakers agreed on the following. First of all, data needs trust. Second, skills come before machines. Last but not least, buyers should test new products. Lunch followed.", [("data needs trust", "The speakers agreed on the following", "ordinal_sentences_after_lead_in"), ("skills come before machines", "The speakers agreed on the following", "ordinal_sentences_after_lead_in"), ("buyers should test new products", "The speakers agreed on the following", "ordinal_sentences_after_lead_in")]),
    # a list whose every point advises someone, under a heading that names no key messages
    ("Policy options\n\n1. Port authorities should publish their investment plans.\n2. Regions should fund shared test sites.", [("Port authorities should publish their investment plans", "Policy options", "advice_list"), ("Regions should fund shared test sites", "Policy options", "advice_list")]),
    ("What ministries can do\n\n- Ministries must pay grants within sixty days.\n- Auditors need to check results, not receipts.", [("Ministries must pay grants within sixty days", "What ministries can do", "advice_list"), ("Auditors need to check results, not receipts", "What ministries can do", "advice_list")]),
    # a question heading that asks what someone needs, over a list (English, Italian, Slovene)
    ("What do small ports need?\n\n- Shore power paid for by the region.\n- One permit office for all works.", [("Shore power paid for by the region", "What do small ports need?", "list_under_question_heading"), ("One permit office for all works", "What do small ports need?", "list_under_question_heading")]),
    ("Di che cosa hanno bisogno i distretti?\n\n- Bandi pluriennali per i gestori dei distretti.\n- Regole più semplici per le piccole imprese.", [("Bandi pluriennali per i gestori dei distretti", "Di che cosa hanno bisogno i distretti?", "list_under_question_heading"), ("Regole più semplici per le piccole imprese", "Di che cosa hanno bisogno i distretti?", "list_under_question_heading")]),
    ("Kaj potrebujejo grozdi?\n\n1. Stabilno financiranje za pet let.\n2. Skupne laboratorije za mala podjetja.", [("Stabilno financiranje za pet let", "Kaj potrebujejo grozdi?", "list_under_question_heading"), ("Skupne laboratorije za mala podjetja", "Kaj potrebujejo grozdi?", "list_under_question_heading")]),
    ("The way ahead:\n\n- Cluster managers should meet their peers twice a year.\n- Every region should name one contact person.", [("Cluster managers should meet their peers twice a year", "The way ahead", "advice_list"), ("Every region should name one contact person", "The way ahead", "advice_list")]),
    # paragraphs that open with a run-in title under a findings heading, the title kept
    ("Findings\n\nPrices. Energy costs doubled for the bakeries.\nStaff. Young bakers leave for the city.", [("Prices. Energy costs doubled for the bakeries", "Findings", "run_in_points_under_key_heading"), ("Staff. Young bakers leave for the city", "Findings", "run_in_points_under_key_heading")]),
    ("Key findings\n\nMost members answered the survey.\n\nExports. Sales abroad grew by a fifth in two years.\n\nLogistics. Trucks return empty from the coast.", [("Exports. Sales abroad grew by a fifth in two years", "Key findings", "run_in_points_under_key_heading"), ("Logistics. Trucks return empty from the coast", "Key findings", "run_in_points_under_key_heading")]),
    ("Conclusions\n\nFunding. The region should keep its voucher scheme.\nTraining. The colleges should add a course on robots.\nData. Members want one shared platform.", [("Funding. The region should keep its voucher scheme", "Conclusions", "run_in_points_under_key_heading"), ("Training. The colleges should add a course on robots", "Conclusions", "run_in_points_under_key_heading"), ("Data. Members want one shared platform", "Conclusions", "run_in_points_under_key_heading")]),
]


@pytest.mark.parametrize("text,points", KEY_MESSAGES)
def test_rule_examples_key_messages(extract, text, points):
    assert [(k.text, k.section, k.rule) for k in extract(text).key_messages] == points


# --- events: (text, every events row (text, name, rule)) ------------------------------------------------------
EVENTS = [
    # a ceremony named by the prize it presents
    ("The Iberian Agrifood Innovation Award 2026 will be handed over at the closing dinner on 8 October 2026.", [("Iberian Agrifood Innovation Award 2026", "Iberian Agrifood Innovation Award ceremony 2026", "pattern:event_award")]),
    ("The award ceremony of the Adriatic Blue Growth Prize takes place in Split on 14 May 2026.", [("award ceremony of the Adriatic Blue Growth Prize", "Adriatic Blue Growth Prize ceremony 2026", "pattern:event_award")]),
    # a name built on an event noun of another language, in that language's text or in English
    ("Les Rencontres Numériques du Littoral ont réuni plus de deux cents participants à Brest le 4 juin 2026, autour des entreprises de la région.", [("Rencontres Numériques du Littoral", "Rencontres Numériques du Littoral 2026", "pattern:event_foreign")]),
    ("De Vlaamse Voedingsdag vindt plaats op 14 maart 2026 in Gent. De dag is bedoeld voor bedrijven en onderzoekers uit de hele regio.", [("Vlaamse Voedingsdag", "Vlaamse Voedingsdag 2026", "pattern:event_foreign")]),
    ("The Feria Internacional del Mueble opens its doors in Valencia on 20 May 2026.", [("Feria Internacional del Mueble", "Feria Internacional del Mueble 2026", "pattern:event_foreign")]),
    # the meeting a minutes title names
    ("MINUTES OF THE 4th GENERAL ASSEMBLY\nHeld on 22 April 2026 in Ghent\n\nMembers approved the accounts.\n", [("4th GENERAL ASSEMBLY", "Fourth General Assembly", "pattern:event_minutes")]),
    ("The Baltic Sea Food Forum 2025 takes place on 12 May 2025 in Gdansk.", [("Baltic Sea Food Forum 2025", "Baltic Sea Food Forum 2025", "pattern:event_name")]),
    ("Register now for the European Hydrogen Summit on 4 June 2025.", [("European Hydrogen Summit", "European Hydrogen Summit 2025", "pattern:event_name")]),
    ("Sign up for Smart Ports Week 2025 now.", [("Smart Ports Week 2025", "Smart Ports Week 2025", "pattern:event_name")]),
    ("Join our EEN matchmaking event on 20 March 2025 in Porto.", [("EEN matchmaking event", "EEN matchmaking event 2025", "pattern:event_lower")]),
    ("The cluster organises a B2B brokerage event on 9 April 2025.", [("B2B brokerage event", "B2B brokerage event 2025", "pattern:event_lower")]),
    ("Members met at an EEN brokerage event on 2 December 2025 in Lille.", [("EEN brokerage event", "EEN brokerage event 2025", "pattern:event_lower")]),
    ("The next General Assembly will take place on 20 October 2025.", [("General Assembly", "General Assembly 2025", "pattern:event_meeting")]),
    ("At the Annual General Meeting on 26 June 2025 members approved the budget.", [("Annual General Meeting", "Annual General Meeting 2025", "pattern:event_meeting")]),
    ("The 9th Board meeting (Tartu, 3 March 2026) approved new members.", [("9th Board meeting", "Ninth Board meeting", "pattern:event_meeting")]),
    ("The board admitted two new members at its meeting on 9 March 2026.", [("meeting", "Board meeting 2026", "pattern:event_meeting")]),
    ("An expert group on battery passports will meet online on 12 May 2026.", [("expert group on battery passports", "Meeting of the expert group on battery passports 2026", "pattern:event_meeting")]),
    ("The Board of Ebro Mobility Cluster approved the budget at its meeting in Zaragoza on 2 June 2026.", [("meeting", "Ebro Mobility Cluster board meeting 2026", "pattern:event_meeting")]),
    ("On 6 October 2026 we hosted the TIDEWAY partner meeting in Cork.", [("partner meeting", "TIDEWAY partner meeting 2026", "pattern:event_meeting")]),
    # the minutes of an earlier meeting approved: its day stays in its name
    ("2. Approval of the minutes of the General Assembly of 16 June 2031\n3. Budget 2032", [("General Assembly", "General Assembly of 16 June 2031", "pattern:event_meeting")]),
    ("The minutes of the board meeting of 3 February 2032 were approved without changes.", [("board meeting", "Board meeting of 3 February 2032", "pattern:event_meeting")]),
    ("Members adopted the minutes of the annual meeting of 9 May 2030 unanimously.", [("annual meeting", "Annual meeting of 9 May 2030", "pattern:event_meeting")]),
    # a group with a capitalised name said to meet on a day
    ("The Vineyard Robotics Task Force meets again on 9 June 2031 to plan the field trials.", [("Vineyard Robotics Task Force", "Meeting of the Vineyard Robotics Task Force 2031", "pattern:event_meeting")]),
    ("The Lusatian stakeholder group will meet on 14 October 2030 in Cottbus.", [("Lusatian stakeholder group", "Meeting of the Lusatian stakeholder group 2030", "pattern:event_meeting")]),
    # the days a body meets, listed: one meeting a day
    ("The Scientific Council meets twice a year: 12 March 2031 (Trento, Palazzo Geremia) and 4 November 2031.", [("Scientific Council meets twice a year: 12 March 2031", "Scientific Council meeting (12 March) 2031", "pattern:event_meeting_days"), ("4 November 2031", "Scientific Council meeting (4 November) 2031", "pattern:event_meeting_days")]),
    ("The Executive Board met three times in the spring (9 January, 13 February and 20 March 2031), twice in Split and once online.", [("Executive Board met three times in the spring (9 January", "Executive Board meeting (9 January) 2031", "pattern:event_meeting_days"), ("13 February", "Executive Board meeting (13 February) 2031", "pattern:event_meeting_days"), ("20 March 2031", "Executive Board meeting (20 March) 2031", "pattern:event_meeting_days")]),
    ("The Industrial Advisory Board (IAB) reviews the roadmap.\n\nThe IAB meets twice a year: 14 April and 6 October 2032.", [("IAB meets twice a year: 14 April", "IAB meeting (14 April) 2032", "pattern:event_meeting_days"), ("6 October 2032", "IAB meeting (6 October) 2032", "pattern:event_meeting_days")]),
    ("The Programme Committee prepares the work plan. The Committee meets quarterly: 2 February, 4 May, 7 September and 30 November 2033.", [("Committee meets quarterly: 2 February", "Programme Committee meeting (2 February) 2033", "pattern:event_meeting_days"), ("4 May", "Programme Committee meeting (4 May) 2033", "pattern:event_meeting_days"), ("7 September", "Programme Committee meeting (7 September) 2033", "pattern:event_meeting_days"), ("30 November 2033", "Programme Committee meeting (30 November) 2033", "pattern:event_meeting_days")]),
    ("The Steering Committee of AGRINET met four times in 2031: on 3 February, 5 May, 8 September and 1 December 2031.", [("Steering Committee of AGRINET met four times in 2031: on 3 February", "Steering Committee meeting of AGRINET (3 February) 2031", "pattern:event_meeting_days"), ("5 May", "Steering Committee meeting of AGRINET (5 May) 2031", "pattern:event_meeting_days"), ("8 September", "Steering Committee meeting of AGRINET (8 September) 2031", "pattern:event_meeting_days"), ("1 December 2031", "Steering Committee meeting of AGRINET (1 December) 2031", "pattern:event_meeting_days")]),
    # ... not one day (a group said to meet on it), nor a body the text does not define
    ("The jury meets once a year: 14 April 2032, in the town hall.", []),
    ("The ECB met twice (3 May and 9 June 2032) on interest rates.", []),
    # a meeting noun of another language with its date beside it, or after the date opening a list item
    ("La nuova giunta sarà presentata ai soci all'assemblea generale del 12 maggio 2031 a Trento, insieme al bilancio.", [("assemblea generale", "Assemblea generale 2031", "pattern:event_foreign_meeting")]),
    ("Rozpočet klastru na příští rok schválilo setkání partnerů 4. října 2030 v Brně po krátké diskusi.", [("setkání partnerů", "Setkání partnerů 2030", "pattern:event_foreign_meeting")]),
    # (a dated day of a list whose item opens with an item noun of any language is a programme item: pattern:event_programme_item)
    ("Kalendarz wydarzeń klastra meblowego na drugie półrocze, przygotowany przez biuro klastra dla wszystkich firm członkowskich:\n\n- 9 grudnia 2031 – spotkanie noworoczne członków, Wrocław\n- 15 stycznia 2032 – warsztaty z gospodarki obiegu zamkniętego, Poznań\n", [("spotkanie noworoczne członków", "Spotkanie noworoczne członków 2031", "pattern:event_foreign_meeting"), ("warsztaty z gospodarki obiegu zamkniętego", "Warsztaty z gospodarki obiegu zamkniętego 2032", "pattern:event_foreign_generic")]),
    ("Zarząd klastra przypomina, że kolejne walne zgromadzenie odbędzie się w maju 2031 r. w Łodzi.", [("walne zgromadzenie", "Walne zgromadzenie 2031", "pattern:event_foreign_meeting")]),
    # a prize's presentation named by a presentation word of any language and the prize as written
    ("Skupština je završena uručenjem nagrade „Izvoznik godine” tvrtki iz Čakovca.", [("uručenjem nagrade „Izvoznik godine”", "uručenjem nagrade Izvoznik godine", "pattern:event_award_presentation")]),
    ("Die Jahrestagung endete mit der Übergabe des Förderpreises Leichtbau an zwei Studentinnen.", [("Übergabe des Förderpreises Leichtbau", "Übergabe des Förderpreises Leichtbau", "pattern:event_award_presentation")]),
    ("La entrega de los Premios Clúster Aragón tendrá lugar en el Palacio de Congresos de Zaragoza.", [("entrega de los Premios Clúster Aragón", "entrega de los Premios Clúster Aragón", "pattern:event_award_presentation")]),
    # a Slavic name with a lower-case inflected event noun, after a capitalised adjective or an edition's ordinal
    ("Tvrtke iz naše županije ove su godine izlagale na Jadranskom nautičkom sajmu u Splitu. Klaster je organizirao zajednički štand.", [("Jadranskom nautičkom sajmu", "Jadranskom nautičkom sajmu", "pattern:event_foreign_inflected")]),
    ("Organizatorji so ob koncu povzeli sklepe in napovedali, da bo 4. forum leta 2033 v Velenju.", [("4. forum", "4. forum 2033", "pattern:event_foreign_inflected")]),
    ("Iz rada klastera u prošloj godini:\n- Godišnja skupština Udruge: izabran novi predsjednik\n- Zajednički nastup tvrtki u inozemstvu\n", [("Godišnja skupština Udruge", "Godišnja skupština Udruge", "pattern:event_foreign_inflected")]),
    # ... not one word: which kind of meeting, not which
    ("La riunione del 3 maggio 2031 è stata rinviata a causa dello sciopero dei treni regionali.", []),
    # a lower-case event noun of another language with the words that say which one, in a dated sentence
    ("Les empreses associades rebran la convocatòria per correu. El 20 de maig de 2032 hi haurà una jornada tècnica sobre envasos a la seu del clúster.", [("jornada tècnica sobre envasos", "Jornada tècnica sobre envasos 2032", "pattern:event_foreign_generic")]),
    ("Η διοίκηση του συνεργατικού σχηματισμού ανακοίνωσε το νέο πρόγραμμα. Στις 7 Ιουνίου 2032 θα γίνει συνεδρίαση της επιστημονικής επιτροπής στην Πάτρα.", [("συνεδρίαση της επιστημονικής επιτροπής", "Συνεδρίαση της επιστημονικής επιτροπής 2032", "pattern:event_foreign_generic")]),
    ("Yhdistyksen hallitus hyväksyi ensi vuoden toimintasuunnitelman ja talousarvion. Yhdistyksen vuosikokous pidetään 22.4.2032 Tampereella.", [("vuosikokous", "Vuosikokous 2032", "pattern:event_foreign_generic")]),  # "Yhdistyksen" (the association's) opens the sentence: no name
    ('The workshop "Circular plastics in practice" takes place on 5 May 2025.', [('workshop "Circular plastics in practice"', "Circular plastics in practice 2025", "pattern:event_quoted")]),
    ('The webinar "Funding for hydrogen valleys" is on 12 June 2025.', [('webinar "Funding for hydrogen valleys"', "Funding for hydrogen valleys 2025", "pattern:event_quoted")]),
    ('Join the info day "Horizon calls for SMEs" on 8 April 2025.', [('info day "Horizon calls for SMEs"', "Horizon calls for SMEs 2025", "pattern:event_quoted")]),
    ("The EU Clusters Talk “Digital twins for factories” – 21 September 2025", [("EU Clusters Talk “Digital twins for factories”", "EU Clusters Talk Digital twins for factories 2025", "pattern:event_titled")]),
    ("The EU Clusters Talk “Skills for the twin transition” – 14 October 2025", [("EU Clusters Talk “Skills for the twin transition”", "EU Clusters Talk Skills for the twin transition 2025", "pattern:event_titled")]),
    ("Register for the Green Deal Innovation Forum, 3 May 2025.", [("Green Deal Innovation Forum", "Green Deal Innovation Forum 2025", "pattern:event_trigger")]),
    ("Register for the Smart Farming Days.", [("Smart Farming Days", "Smart Farming Days", "pattern:event_trigger")]),
    ("Register for the Black Sea Logistics Summit, 7 May 2025.", [("Black Sea Logistics Summit", "Black Sea Logistics Summit 2025", "pattern:event_trigger")]),
    ("The Nordic Cluster Conference was held on 3 October 2024 in Oslo. The conference gathered 300 guests.", [("Nordic Cluster Conference", "Nordic Cluster Conference 2024", "pattern:event_name"), ("conference", "Nordic Cluster Conference 2024", "pattern:event_anaphor")]),
    ("The Alpine Mobility Forum took place on 4 May 2025 in Graz. The next edition of the forum will take place in Linz on 6 May 2026.", [("Alpine Mobility Forum", "Alpine Mobility Forum 2025", "pattern:event_name"), ("The next edition of the forum", "Alpine Mobility Forum 2026", "pattern:event_next")]),
    ("The Baltic Wood Forum took place on 2 May 2025 in Riga. The next edition of the forum will take place in Vilnius on 4 May 2026.", [("Baltic Wood Forum", "Baltic Wood Forum 2025", "pattern:event_name"), ("The next edition of the forum", "Baltic Wood Forum 2026", "pattern:event_next")]),
    ("Saxon Cluster Excellence Award 2025 – award ceremony", [("Saxon Cluster Excellence Award 2025 – award ceremony", "Saxon Cluster Excellence Award – award ceremony 2025", "pattern:event_dash")]),
    ("The Nordic Design Forum builds on its first edition, held in Ghent in May 2021.", [("Nordic Design Forum", "Nordic Design Forum", "pattern:event_name"), ("first edition", "First Nordic Design Forum", "pattern:event_series")]),
    ("The Alpine Food Summit 2025 follows its second edition, held in Bolzano in 2023.", [("Alpine Food Summit 2025", "Alpine Food Summit 2025", "pattern:event_name"), ("second edition", "Second Alpine Food Summit", "pattern:event_series")]),
    ("13–15 May 2025 Study trip to the Region of Murcia, 15 members.\n2–3 June 2025 Visit to the Port of Antwerp, 10 members.", [("Study trip to the Region of Murcia", "Study trip to the Region of Murcia 2025", "pattern:event_row"), ("Visit to the Port of Antwerp", "Visit to the Port of Antwerp 2025", "pattern:event_row")]),
    # earlier editions of the event the page is about, a place and a year each
    ("Danube Rail Forum 2026\n\nThe Danube Rail Forum 2026 opens in Budapest on 9 June 2026.\n\nPrevious editions took place in Linz (2024) and Bratislava (2025).", [("Danube Rail Forum 2026", "Danube Rail Forum 2026", "pattern:event_name"), ("Danube Rail Forum 2026", "Danube Rail Forum 2026", "pattern:event_name"), ("Linz (2024)", "Danube Rail Forum 2024", "pattern:event_past_editions"), ("Bratislava (2025)", "Danube Rail Forum 2025", "pattern:event_past_editions")]),
    ("Baltic Timber Days 2025\n\nThe Baltic Timber Days 2025 open in Riga on 4 May 2025.\n\nThe first edition took place in Tartu (2022).", [("Baltic Timber Days 2025", "Baltic Timber Days 2025", "pattern:event_name"), ("Baltic Timber Days 2025", "Baltic Timber Days 2025", "pattern:event_name"), ("Tartu (2022)", "Baltic Timber Days 2022", "pattern:event_past_editions")]),
    ("Danube Rail Forum 2026\n\nThe Danube Rail Forum 2026 opens in Budapest on 9 June 2026. The first two editions took place in Linz in 2024 and in Bratislava in 2025.", [("Danube Rail Forum 2026", "Danube Rail Forum 2026", "pattern:event_name"), ("Danube Rail Forum 2026", "Danube Rail Forum 2026", "pattern:event_name"), ("Linz in 2024", "Danube Rail Forum 2024", "pattern:event_past_editions"), ("Bratislava in 2025", "Danube Rail Forum 2025", "pattern:event_past_editions")]),
    ("Baltic Timber Days 2026\n\nThe Baltic Timber Days 2026 open in Riga on 4 May 2026.\n\nPrevious editions: Tartu 2024 · Vilnius 2025", [("Baltic Timber Days 2026", "Baltic Timber Days 2026", "pattern:event_name"), ("Baltic Timber Days 2026", "Baltic Timber Days 2026", "pattern:event_name"), ("Tartu 2024", "Baltic Timber Days 2024", "pattern:event_past_editions"), ("Vilnius 2025", "Baltic Timber Days 2025", "pattern:event_past_editions")]),
    ('Baltic Timber Days 2030\n\nThe Baltic Timber Days 2030 open in Riga on 4 May 2030.\n\nPrevious editions: 2029 Tartu · 2028 Vilnius', [('Baltic Timber Days 2030', 'Baltic Timber Days 2030', 'pattern:event_name'), ('Baltic Timber Days 2030', 'Baltic Timber Days 2030', 'pattern:event_name'), ('2029 Tartu', 'Baltic Timber Days 2029', 'pattern:event_past_editions'), ('2028 Vilnius', 'Baltic Timber Days 2028', 'pattern:event_past_editions')]),
    ("Alpine Food Summit\n\nThe Alpine Food Summit 2026 took place in Graz on 3 May 2026.\n\n- **Previous editions**: 2024 in Innsbruck (Austria) and 2025 in Trento.", [("Alpine Food Summit", "Alpine Food Summit 2026", "pattern:event_name"), ("Alpine Food Summit 2026", "Alpine Food Summit 2026", "pattern:event_name"), ("2024 in Innsbruck", "Alpine Food Summit 2024", "pattern:event_past_editions"), ("2025 in Trento", "Alpine Food Summit 2025", "pattern:event_past_editions")]),
    # earlier editions named by a plural event noun, after "after", in brackets with the date, or singly with the place and day
    ("Lake Garda Olive Summit 2026\n\nThe Lake Garda Olive Summit 2026 opens in Verona on 9 June 2026.\n\nPrevious summits: Brescia (2024) and Trento (2025).", [("Lake Garda Olive Summit 2026", "Lake Garda Olive Summit 2026", "pattern:event_name"), ("Lake Garda Olive Summit 2026", "Lake Garda Olive Summit 2026", "pattern:event_name"), ("Brescia (2024)", "Lake Garda Olive Summit 2024", "pattern:event_past_editions"), ("Trento (2025)", "Lake Garda Olive Summit 2025", "pattern:event_past_editions")]),
    ("Iberian Cork Convention 2027 – report\n\nOver 200 delegates came to Porto on 4 May 2027 for the Iberian Cork Convention. It was the third edition of the convention, after Seville (2025) and Évora (2026).", [("Iberian Cork Convention 2027", "Iberian Cork Convention 2027", "pattern:event_name"), ("Iberian Cork Convention", "Iberian Cork Convention 2027", "pattern:event_name"), ("convention", "Iberian Cork Convention 2027", "pattern:event_anaphor"), ("Seville (2025)", "Iberian Cork Convention 2025", "pattern:event_past_editions"), ("Évora (2026)", "Iberian Cork Convention 2026", "pattern:event_past_editions")]),
    ("Danube Grain Days 2027\n\nThe Danube Grain Days 2027 open in Novi Sad on 9 June 2027. At the 2026 edition (Osijek, 15–16 April 2026) 120 companies met.", [("Danube Grain Days 2027", "Danube Grain Days 2027", "pattern:event_name"), ("Danube Grain Days 2027", "Danube Grain Days 2027", "pattern:event_name"), ("Osijek, 15–16 April 2026", "Danube Grain Days 2026", "pattern:event_past_editions")]),
    ("Alpine Cheese Forum 2027\n\nThe third Alpine Cheese Forum took place in Bolzano from 28 to 30 September 2027. The previous edition was held in Innsbruck on 19–20 October 2026.", [("Alpine Cheese Forum 2027", "Alpine Cheese Forum 2027", "pattern:event_name"), ("Alpine Cheese Forum", "Alpine Cheese Forum 2027", "pattern:event_name"), ("Innsbruck on 19–20 October 2026", "Alpine Cheese Forum 2026", "pattern:event_past_editions")]),
    ("Nordic Salmon Forum 2027\n\nThe Nordic Salmon Forum 2027 opens in Bergen on 3 May 2027. The first three editions (2019 in Stavanger, 2020 in Bodø and 2021 in Ålesund) were small meetings.", [("Nordic Salmon Forum 2027", "Nordic Salmon Forum 2027", "pattern:event_name"), ("Nordic Salmon Forum 2027", "Nordic Salmon Forum 2027", "pattern:event_name"), ("2019 in Stavanger", "Nordic Salmon Forum 2019", "pattern:event_past_editions"), ("2020 in Bodø", "Nordic Salmon Forum 2020", "pattern:event_past_editions"), ("2021 in Ålesund", "Nordic Salmon Forum 2021", "pattern:event_past_editions")]),
    ("The cluster members met in Graz on 4 May 2026. The previous meetings in Linz (2024) were smaller.", []),
    ("Biscay Tidal Energy Conference 2027\n\nThe third Biscay Tidal Energy Conference took place in Bilbao on 29 September 2027. The two previous editions were held in Brest (2025) and in Porto (2026).", [("Biscay Tidal Energy Conference 2027", "Biscay Tidal Energy Conference 2027", "pattern:event_name"), ("Biscay Tidal Energy Conference", "Biscay Tidal Energy Conference 2027", "pattern:event_name"), ("Brest (2025)", "Biscay Tidal Energy Conference 2025", "pattern:event_past_editions"), ("Porto (2026)", "Biscay Tidal Energy Conference 2026", "pattern:event_past_editions")]),
    # the day headings name no event; the programme's own items named by a generic noun do (eval/gold/SCHEMA.md, 2026-12-05)
    ("Programme\n\nDAY 1 – THURSDAY, 14 OCTOBER\n09:00  Welcome\n17:30  Networking reception\n\nDAY 2 – FRIDAY, 15 OCTOBER\n09:00  Company visits", [("Networking reception", "Networking reception", "pattern:event_programme_item"), ("Company visits", "Company visits", "pattern:event_programme_item")]),
    ("Danube Grain Days 2027\n\nThe Danube Grain Days 2027 open in Novi Sad on 9 June 2027. They follow the 2025 edition in Osijek and a webinar on 3 March 2027.", [("Danube Grain Days 2027", "Danube Grain Days 2027", "pattern:event_name"), ("Danube Grain Days 2027", "Danube Grain Days 2027", "pattern:event_name"), ("Osijek", "Danube Grain Days 2025", "pattern:event_past_editions")]),
    ("Upper Adige Wine Days 2027 – programme\n\nThe Upper Adige Wine Days 2027 take place in Bolzano on 3 May 2027. The 2026 edition in Trento drew 280 visitors.", [("Upper Adige Wine Days 2027", "Upper Adige Wine Days 2027", "pattern:event_name"), ("Upper Adige Wine Days 2027", "Upper Adige Wine Days 2027", "pattern:event_name"), ("Trento", "Upper Adige Wine Days 2026", "pattern:event_past_editions")]),
    # a row alone under a short heading that names the event, and a row followed by who hosts it
    ("The partners met in Graz on 2 February 2027.\n\n### Next meeting\nSteering Committee no. 4: Linz, 8 June 2027, hosted by the Upper Austria Food Cluster.", [("Steering Committee no. 4", "Steering Committee no. 4 2027", "pattern:event_edition_row")]),
    ("Upcoming\n\nPartner meeting No. 3: Brno, 4 March 2027, hosted by the South Moravian Wood Cluster\nFinal conference: Vienna, 9 October 2027, organised by the lead partner", [("Partner meeting No. 3", "Partner meeting No. 3 2027", "pattern:event_edition_row"), ("Final conference", "Final conference 2027", "pattern:event_edition_row")]),
    ("Our cluster news\n\nNext workshop\n\nBatteries for boats: Split, 12 May 2026", [("Batteries for boats", "Batteries for boats 2026", "pattern:event_edition_row")]),
    # a generic event noun and its complement in a dated sentence
    ("On 4 June 2025, in Aarhus, the cluster held a workshop on circular packaging for food firms.", [("workshop on circular packaging for food firms", "Workshop on circular packaging for food firms 2025", "pattern:event_generic")]),
    # editions listed as place-and-date lines under the series' title
    ("Atlantic Harbours Crossing\n\nThe Atlantic Harbours Crossing brings port clusters together each spring.\n\nPast editions\n\nBrest, France – 3-4 April 2025\nCadiz, Spain – 9-10 April 2024\n", [("Brest, France", "Atlantic Harbours Crossing (Brest) 2025", "pattern:event_place_row"), ("Cadiz, Spain", "Atlantic Harbours Crossing (Cadiz) 2024", "pattern:event_place_row")]),    # a meeting with its number, with or without a determiner
    ("Agenda of the board. The notes of board meeting no. 14 of 2 February 2026 were approved.", [("board meeting no. 14", "Board meeting no. 14 2026", "pattern:event_meeting")]),
    ("Agenda of the board. Item 1: the minutes of meeting No. 7 (12 March 2026) were adopted.", [("meeting No. 7", "Meeting No. 7 2026", "pattern:event_meeting")]),
    ("Agenda of the board. Approval of the report of Steering Committee meeting nr. 5 (4 June 2025) and of the budget.", [("Steering Committee meeting nr. 5", "Steering Committee meeting nr. 5 2025", "pattern:event_meeting")]),
    # a project's own meeting named by its noun alone, in a sentence with a date or a known place
    ("The eight partners of AQUAREST gathered in Porto in May 2025 for their kick-off meeting.", [("kick-off meeting", "AQUAREST kick-off meeting 2025", "pattern:event_generic")]),
    ("Our project began in October 2023 with a kick-off meeting in Lyon.", [("kick-off meeting", "Kick-off meeting 2023", "pattern:event_generic")]),
    ("The consortium will gather for the mid-term review in Aarhus on 9 April 2025.", [("mid-term review", "Mid-term review 2025", "pattern:event_generic")]),
    ("A validation workshop with 40 cluster managers was held in Vienna on 12 May 2025.", [("validation workshop", "Validation workshop 2025", "pattern:event_generic")]),
    # a report's timeline line opening with its month instead of a determiner
    ("Highlights of 2025\n\nJune – Study visit to the Port of Rotterdam on 4 June 2025, with twelve members and a dinner.", [("Study visit to the Port of Rotterdam", "Study visit to the Port of Rotterdam 2025", "pattern:event_generic")]),
    ("Timeline\n\nMarch – Round table on energy prices in Lyon, with forty firms and the regional council.", [("Round table on energy prices", "Round table on energy prices", "pattern:event_generic")]),
    ("Our year\n\nMay – Business mission to Canada with nine members, 12 to 16 May 2025, and a visit to Toronto.", [("Business mission to Canada", "Business mission to Canada 2025", "pattern:event_generic")]),
    # a mission or visit named by where it goes, with only a year or a season
    ("Next year we plan a trade mission to Chile in autumn 2027 with six firms.", [("trade mission to Chile", "Trade mission to Chile 2027", "pattern:event_generic")]),
    # a counted plural of a generic event noun and the places it was held in: one event per place
    ("The team ran 20 interviews and held two validation workshops, in Lyon on 24 June 2026 and in Turin on 8 July 2026.", [("Lyon", "Validation workshop (Lyon) 2026", "pattern:event_generic"), ("Turin", "Validation workshop (Turin) 2026", "pattern:event_generic")]),
    ("It was complemented by interviews and three regional workshops, in Braga, in Porto and in Faro.", [("Braga", "Regional workshop (Braga)", "pattern:event_generic"), ("Porto", "Regional workshop (Porto)", "pattern:event_generic"), ("Faro", "Regional workshop (Faro)", "pattern:event_generic")]),
    ("Members joined two study visits: in Ghent on 3 March 2025 and in Delft on 9 April 2025.", [("Ghent", "Study visit (Ghent) 2025", "pattern:event_generic"), ("Delft", "Study visit (Delft) 2025", "pattern:event_generic")]),
    # "<label>: <place>, <date>" rows of a "coming up" list: the place is not part of the name
    ("Coming up\n\n- Second partner meeting: Tallinn, Estonia, 4–5 November 2026\n- First stakeholder workshop: Girona, 21 April 2026\n", [("Second partner meeting", "Second partner meeting", "pattern:event_edition_row"), ("First stakeholder workshop", "First stakeholder workshop", "pattern:event_edition_row")]),
    ("Milestones\n\n- Final conference: Lisbon, Portugal, 2 June 2027\n- Third consortium meeting: Ghent, 9 March 2027\n", [("Final conference", "Final conference 2027", "pattern:event_edition_row"), ("Third consortium meeting", "Third consortium meeting", "pattern:event_edition_row")]),
    ("Key dates\n\n- Webinar: Hydrogen Valleys, 3 May 2026\n- Study visit: Bilbao, 5 June 2026\n", [("Webinar: Hydrogen Valleys", "Webinar: Hydrogen Valleys 2026", "pattern:event_edition_row"), ("Study visit", "Study visit 2026", "pattern:event_edition_row")]),
    # a calendar of cards: a title line over a date line that goes on with a time, place or format
    ("Agenda\n\nWorkshop on AI for bakeries\nThu 7 May 2026, 09:00–12:00 · Lyon\n\nCluster Breakfast: export to Canada\n14 May 2026 · online\n", [("Workshop on AI for bakeries", "Workshop on AI for bakeries 2026", "pattern:event_calendar_card"), ("Cluster Breakfast: export to Canada", "Cluster Breakfast: export to Canada 2026", "pattern:event_calendar_card")]),
    ("Dates\n\nAnnual meeting of the packaging network\nfrom 2 to 3 June 2026 · Turin\n\nMatchmaking day for drone makers\non 9 June 2026, 10:00\n", [("Annual meeting of the packaging network", "Annual meeting of the packaging network 2026", "pattern:event_calendar_card"), ("Matchmaking day for drone makers", "Matchmaking day for drone makers 2026", "pattern:event_calendar_card")]),
    ("Calendar\n\nStudy visit to the wind port – postponed\nplanned for 12 March 2026 · Esbjerg\n\nWebinar: grid fees explained\nWednesday 18 March 2026 · 11:00 · online\n", [("Study visit to the wind port", "Study visit to the wind port 2026", "pattern:event_calendar_card"), ("Webinar: grid fees explained", "Webinar: grid fees explained 2026", "pattern:event_calendar_card")]),
    ('Calendar\n\nTuesday, 3 March 2026 · 08:30–10:00 · Graz\nExport Café: Selling machines to Norway\n\nThursday, 19 March 2026 · 11:00–12:00\nMeet the buyer: Fresh produce for hotels\n', [('Export Café: Selling machines to Norway', 'Export Café: Selling machines to Norway 2026', 'pattern:event_calendar_card'), ('Meet the buyer: Fresh produce for hotels', 'Meet the buyer: Fresh produce for hotels 2026', 'pattern:event_calendar_card')]),
    ('Webinars\n\nSession 1 · Tuesday, 9 March 2027\nHeat pumps for dairy farms\n\nSession 2 · Tuesday, 13 April 2027\nBiogas from manure: what pays\n', [('Heat pumps for dairy farms', 'Heat pumps for dairy farms 2027', 'pattern:event_calendar_card'), ('Biogas from manure: what pays', 'Biogas from manure: what pays 2027', 'pattern:event_calendar_card')]),
    ('Series\n\n1. Webinar 1 – Tuesday, 2 February 2027: Where a plant loses energy\n2. Webinar 2 – Tuesday, 16 February 2027: Solar roofs on factory halls\n', [('Webinar 1 – Tuesday, 2 February 2027: Where a plant loses energy', 'Webinar 1 – Where a plant loses energy 2027', 'pattern:event_calendar_card'), ('Webinar 2 – Tuesday, 16 February 2027: Solar roofs on factory halls', 'Webinar 2 – Solar roofs on factory halls 2027', 'pattern:event_calendar_card')]),
    # plural possessives inside a capitalised name
    ("The Fjord Divers' Open Day on 10 October 2026 in Bergen is fully booked.", [("Fjord Divers' Open Day", "Fjord Divers' Open Day 2026", "pattern:event_name")]),
    ("Members are invited to the Hydrogen Members' Day on 3 June 2026.", [("Hydrogen Members' Day", "Hydrogen Members' Day 2026", "pattern:event_name")]),
    ("The Autumn Suppliers’ Day takes place in Ghent on 9 October 2025.", [("Autumn Suppliers’ Day", "Autumn Suppliers’ Day 2025", "pattern:event_name")]),
    # a quoted title after the keyword that opens a list line's item, after its date or a capitalised modifier
    ('Our year in brief\n\n- 12 March 2026 – workshop "Reusing old pallets", Brașov\n- 9 June 2026: webinar "Labels for export markets"', [('workshop "Reusing old pallets"', "Reusing old pallets 2026", "pattern:event_quoted"), ('webinar "Labels for export markets"', "Labels for export markets 2026", "pattern:event_quoted")]),
    ('Our year in brief\n\nCross-border seminar "Grain logistics on the Danube" – 4 May 2026, Ruse.', [('seminar "Grain logistics on the Danube"', "Grain logistics on the Danube 2026", "pattern:event_quoted")]),
    ('Coming up\n\nThu 12 March – 11:00 Talk "Robots in series production" by Dr. Ana Ruiz', []),
    # ... in apposition, closed by a comma, or after the item's date in brackets; never a quote of speech
    ('The next webinar, "Cold chains for island ports", takes place on 9 June 2026.', [('webinar, "Cold chains for island ports"', "Cold chains for island ports 2026", "pattern:event_quoted")]),
    ('On 3 May 2026 the closing conference, "Forests for regions", was held in Tartu.', [('conference, "Forests for regions"', "Forests for regions 2026", "pattern:event_quoted")]),
    ('Recordings\n\n- Previous webinar (14 April 2026): "Tariffs and timber" – recording', [('webinar (14 April 2026): "Tariffs and timber"', "Tariffs and timber", "pattern:event_quoted")]),
    ('After the workshop, "We need more welders," said the chair on 4 May 2026.', []),
    # sessions listed only by date and place under a plural heading (or a sentence ending in it and a colon)
    ("Info sessions\n\nJoin one of the sessions before you apply:\n\n- Tue 3 March 2026 – online, 11:00–12:00\n- Wed 11 March 2026 – Ghent, Campus Zuid, 14:00–16:00\n- Fri 20 March 2026 – online, 10:00–11:00 (EN)\n\nQuestions can be sent by e-mail.", [("Tue 3 March 2026", "Info session (online, 3 March) 2026", "pattern:event_session_item"), ("Wed 11 March 2026", "Info session (Ghent) 2026", "pattern:event_session_item"), ("Fri 20 March 2026", "Info session (online, 20 March) 2026", "pattern:event_session_item")]),
    ("4. REGIONAL INFORMATION DAYS\n\nThe team presents the call in four towns.\n\nGalway | Tuesday 6 October 2026, 10:00 | Harbour Hotel\nSligo | Wednesday 7 October 2026, 10:00 | Town Hall\n\n5. HOW TO APPLY", [("Galway | Tuesday 6 October 2026", "Regional information day (Galway) 2026", "pattern:event_session_item"), ("Sligo | Wednesday 7 October 2026", "Regional information day (Sligo) 2026", "pattern:event_session_item")]),
    ("The agency presents the call at two information sessions:\n\n• Monday, 4 May 2026, 10:00–12:00 – Split, Chamber of Commerce\n• Thursday, 7 May 2026, 15:00–16:00 – online (Zoom)\n", [("Monday, 4 May 2026", "Information session (Split) 2026", "pattern:event_session_item"), ("Thursday, 7 May 2026", "Information session (online) 2026", "pattern:event_session_item")]),
    ("Regional information days\n\nCork | Monday 5 October 2026, 10:00 | Innovation and Technology\n Centre\nOnline Friday 9 October 2026, 11:00", [("Cork | Monday 5 October 2026", "Regional information day (Cork) 2026", "pattern:event_session_item"), ("Online Friday 9 October 2026", "Regional information day (online) 2026", "pattern:event_session_item")]),
    ("Info webinars\n\n23 January, 7 February and 20 March 2026\n\nCall closes\n\n16 April 2026", []),
    # a report page on one event, named by the title under its report label (on the label's line or the next)
    ("Webinar recap: Heat pumps for small towns\n\nAbout 120 people joined us online on 4 March 2026.", [("Heat pumps for small towns", "Heat pumps for small towns 2026", "pattern:event_report_title")]),
    ('Policy round table — summary note\n\n"Keeping welders in the region": round table on skills, Split, 4 May 2026\n\nTwenty firms took part.', [("Keeping welders in the region", "Keeping welders in the region 2026", "pattern:event_report_title")]),
    ("Workshop summary | Who repairs the robots?\n\nThe cluster met in Turin on 9 April 2026.", [("Who repairs the robots?", "Who repairs the robots?", "pattern:event_report_title")]),
    ("SEMINAR REPORT\n\nPORTS AND THE ENERGY TRANSITION\n\nForty port operators met in Gdynia.", [("PORTS AND THE ENERGY TRANSITION", "Ports and the Energy Transition", "pattern:event_report_title")]),
    ('# Workshop report: "Repair before recycling" – Lyon, 3/6/2026\n\nThirty repairers took part.', [("Repair before recycling", "Repair before recycling 2026", "pattern:event_report_title")]),
    # ... not a publication line, nor a place and date, under the label
    ("Conference summary\nSummary published on 28 March 2026 by the secretariat\n\nThe delegates agreed a roadmap.", []),
    ("Final conference report\nBrno (CZ), 18 September 2025\n\nThe partners closed the project.", []),
    ("Study visit report: Bilbao and San Sebastián, 4–7 October 2026\n\nTwelve firms travelled.", []),
    # the page's own event named only by its title "<Name> <year>" over a dated header line
    ("Harbour Code Sprint 2031 – Call for teams\n8–9 March 2031 · Kiel, Germany\n\nDevelopers build tools for cargo data.", [("Harbour Code Sprint 2031", "Harbour Code Sprint 2031", "pattern:event_page_title")]),
    ("Metal Minds 2030\nHybrid conference of the foundry cluster of Galicia\nVigo and online · 14–15 October 2030\n\nThe venue is near the port.", [("Metal Minds 2030", "Metal Minds 2030", "pattern:event_page_title")]),
    ("INVITATION\n\nAGRILOOP LYON 2032\n\nWednesday, 12 May 2032 · Eurexpo Congress Centre, Lyon\n\nGrowers meet buyers of packaging.", [("AGRILOOP LYON 2032", "Agriloop Lyon 2032", "pattern:event_page_title")]),
    # ... not a document's title, nor one whose date under it is a deadline
    ("Innovation Voucher 2031 – second cut-off\n4 June 2031 · Tallinn\n\nSmall firms can apply for up to EUR 10,000.", []),
    ("Tide Hack 2031 – Open call\nApply now – applications close on 2 May 2031\n\nTeams of three send a short idea.", []),
    # an edition of a listed series with no event word in its name, named with its place
    ("Clusters meet Regions – Tartu\n14–15 May 2031 | Tartu, Estonia\n\nForty managers talked about wood.", [("Clusters meet Regions – Tartu", "Clusters meet Regions – Tartu 2031", "pattern:event_series_place")]),
    ("The region will host Clusters meet Regions in Lublin on 9 October 2031.", [("Clusters meet Regions in Lublin", "Clusters meet Regions – Lublin 2031", "pattern:event_series_place")]),
    ("Next stop: Clusters meet Regions, Ghent, 3–4 March 2032.", [("Clusters meet Regions, Ghent", "Clusters meet Regions – Ghent 2032", "pattern:event_series_place")]),
    ('The "Clusters meet Regions" series goes on next spring.', []),
    # a visiting delegation that an organisation hosts, named by where it comes from or whose it is
    ("In spring the Dalmatian Boat Cluster hosted a delegation of nine yards from Slovenia on 12 and 13 March 2031.", [("delegation of nine yards from Slovenia", "Visit of a delegation from Slovenia 2031", "pattern:event_delegation")]),
    ("On 4 May 2031 the network welcomed a delegation from the Pomeranian Region, led by its vice-marshal.", [("delegation from the Pomeranian Region", "Visit of a delegation from the Pomeranian Region 2031", "pattern:event_delegation")]),
    ("The partners received a Tunisian delegation in Bari on 3 June 2029 to discuss olive oil exports.", [("Tunisian delegation", "Visit of a Tunisian delegation 2029", "pattern:event_delegation")]),
    # the delegation as the subject that comes ("… visited / toured …")
    ("On 8 May 2031 a delegation of the Silesian Aviation Cluster, led by its president, visited three member companies in Porto.", [("delegation of the Silesian Aviation Cluster", "Visit of a delegation of the Silesian Aviation Cluster 2031", "pattern:event_delegation")]),
    ("A delegation from Morocco toured the test centre on 14 June 2030.", [("delegation from Morocco", "Visit of a delegation from Morocco 2030", "pattern:event_delegation")]),
    ("On 3 March 2032 a Japanese delegation visited the port of Gdynia.", [("Japanese delegation", "Visit of a Japanese delegation 2032", "pattern:event_delegation")]),
    ("From 5 to 7 June 2034 a delegation of 21 firms from Lower Saxony visited the Danish region of Zealand.", [("delegation of 21 firms from Lower Saxony", "Visit of a delegation from Lower Saxony to Zealand 2034", "pattern:event_delegation")]),
    ("On 8 May 2030 a delegation of the European Commission's Directorate-General for Research, Science and Innovation (DG RTD), led by a policy officer, visited the test centre.", [("delegation of the European Commission's Directorate-General for Research, Science and Innovation (DG RTD)", "Visit of a delegation of the European Commission's Directorate-General for Research, Science and Innovation (DG RTD) 2030", "pattern:event_delegation")]),
    # ... not without whose delegation it is, nor without the day of the visit
    ("In 2030 the cluster hosted a delegation of eleven representatives of energy clusters in Sanok.", []),
    ("The cluster signed an agreement on 5 July 2033 and hosted a delegation of the Water Agency in September.", []),
    # dated lines under a "Side events" heading, each one event named by its title (time, town, venue cells before it)
    ("Side events\n\n- 14 May 2032, 12:00, Tallinn – Lunch briefing on the battery passport, hosted by the Estonian cluster\n- 15 May 2032, 09:00 – Harbour tour for the delegations (limited places)\n", [("Lunch briefing on the battery passport", "Lunch briefing on the battery passport 2032", "pattern:event_side_event"), ("Harbour tour for the delegations", "Harbour tour for the delegations 2032", "pattern:event_side_event")]),
    ('SIDE EVENTS (members only)\nThursday 2 September 2032, 17:00 – Vineyard robotics demo at the Quinta do Vale estate\nFriday 3 September 2032 – "Water in the valley" roundtable, with the basin authority\n\nVENUE\n', [("Vineyard robotics demo at the Quinta do Vale estate", "Vineyard robotics demo at the Quinta do Vale estate 2032", "pattern:event_side_event"), ('"Water in the valley" roundtable', "Water in the valley roundtable 2032", "pattern:event_side_event")]),
    ("Fringe events\n\n• 21 June 2032, 10:00 – Hall 4\n  Start-up pitch corner of the bioplastics network\n• 22 June 2032, 19:00, Ghent – Farewell reception at the town hall\n", [("Start-up pitch corner of the bioplastics network", "Start-up pitch corner of the bioplastics network 2032", "pattern:event_side_event"), ("Farewell reception at the town hall", "Farewell reception at the town hall 2032", "pattern:event_side_event")]),
    # ... not under an agenda's heading: those rows are programme items
    ("Programme\n\n- 14 May 2032, 12:00 – Lunch\n- 15 May 2032, 09:00 – Harbour tour for the delegations\n", []),
    # earlier trips listed by destination after a plural trip noun, each with its year in brackets
    ("Earlier business missions went to Peru (2026) and Mexico (2028).", [("Peru (2026)", "Business mission to Peru 2026", "pattern:event_trip_list"), ("Mexico (2028)", "Business mission to Mexico 2028", "pattern:event_trip_list")]),
    ("The network has organised study trips since 2025: to Estonia (2026) and to the Po Valley (Parma, 4–6 May 2029).", [("Estonia (2026)", "Study trip to Estonia 2026", "pattern:event_trip_list"), ("the Po Valley (Parma, 4–6 May 2029)", "Study trip to the Po Valley 2029", "pattern:event_trip_list")]),
    ("- Two trade missions: Nuremberg (BIOFACH, February 2030) and Warsaw (June 2031).", [("Nuremberg (BIOFACH, February 2030)", "Trade mission to BIOFACH 2030", "pattern:event_trip_list"), ("Warsaw (June 2031)", "Trade mission to Warsaw 2031", "pattern:event_trip_list")]),
    # a body's meeting listed as a row of the body's name and the day it meets
    ("- Steering Committee (video call): Monday 2 February 2032\n", [("Steering Committee", "Steering Committee 2032", "pattern:event_body_row")]),
    ("Council, in the town hall of Ptuj – 17 April 2031\n", [("Council", "Council 2031", "pattern:event_body_row")]),
    ("* Management Board: Tuesday, 9 September 2031, 10:00\n", [("Management Board", "Management Board 2031", "pattern:event_body_row")]),
    # a programme's own item named by a generic noun: a timed slot of an agenda, a day of a day-by-day list
    ("10:00 Keynote on hydrogen valleys\n18:30 Welcome dinner at the city hall\n", [("Welcome dinner at the city hall", "Welcome dinner at the city hall", "pattern:event_programme_item")]),
    ("Wednesday 12 March 2031: arrival in Graz, open day at the test hall of the cluster; departure\n", [("open day at the test hall of the cluster", "Open day at the test hall of the cluster 2031", "pattern:event_programme_item")]),
    ("Day 3 – Friday 14 March 2031: site visits to two dairies in Tartu and Pärnu\n", [("site visits to two dairies in Tartu and Pärnu", "Site visits to two dairies in Tartu and Pärnu 2031", "pattern:event_programme_item")]),
]


@pytest.mark.parametrize("text,events", EVENTS)
def test_rule_examples_events(extract, text, events):
    assert [(e.text, e.name, e.rule) for e in extract(text).events] == events
