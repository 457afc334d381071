"""The date patterns of :mod:`pipeline.extract.dates`: month, day and year shapes, and the compiled expressions for
ranges, single days, numeric dates, months, quarters, years and year-less dates (compiled once, at import).
Named groups: d1 m1 y1 n1 (start: day, month name, year, month number), d2 m2 y2 n2 (end)."""
from __future__ import annotations

import re

MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
          r"|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
          # headings in capitals ("MATCHMAKING DAY (13 MARCH)"): full names only ("MAR" may be a word)
          r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
          # a calendar card's date in capitals ("14 OCT 2036", "22–23 NOV 2036", "OCT 14, 2036"): the short name
          # only with its year right after it (or after its day), where no word "MAR" or "DEC" stands
          r"|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?(?=[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?,?[ \t]+)?(?:19|20)\d\d(?!\d)))"
          r"(?![A-Za-z])")
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:19|20)\d\d(?!\d)"
SPACE = r"[ \t]*(?:\n[ \t]*)?"  # optional space, at most one line break
SPACE1 = r"(?:[ \t]+(?:\n[ \t]*)?|[ \t]*\n[ \t]*)"  # some space, at most one line break
DASH = r"(?:-|‐|‑|–|—|−|to|till|until|and|&|through)"
# A weekday, written out or short ("Mon 21 September", "Tue. 3 June"); events read it too.
WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?"
# a clock time as programmes write it in any language: "09:30", "13.30", "13h00", "9h30" (French, Portuguese,
# Italian timetables)
CLOCK = r"\d{1,2}(?:[:.]\d\d|h\d\d)"
COMMA = rf"(?:{SPACE},)?{SPACE1}"

# (rule, pattern); named groups: d1 m1 y1 (start), d2 m2 y2 (end).
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(p)) for name, p in (
    # "30 May - 2 June 2019", "30 May 2019 to 2 June 2019"
    ("cross_month_range", rf"(?<!\d)(?P<d1>{DAY}){SPACE1}(?:of{SPACE1})?(?P<m1>{MONTH})(?:{COMMA}(?P<y1>{YEAR}))?{SPACE}{DASH}{SPACE}"
                          rf"(?:{WEEKDAY},?{SPACE})?(?P<d2>{DAY}){SPACE1}(?:of{SPACE1})?(?P<m2>{MONTH}){COMMA}(?P<y2>{YEAR})"),
    # "May 30 - June 2, 2019"
    ("cross_month_range_us", rf"(?P<m1>{MONTH}){SPACE1}(?P<d1>{DAY}){SPACE}{DASH}{SPACE}(?P<m2>{MONTH}){SPACE1}(?P<d2>{DAY}){COMMA}(?P<y2>{YEAR})"),
    # "14-16 May 2019", "14 to16 May 2019", "10 and 11 November 2020", "26 to 30 November 2018",
    # "Sat 19 – Mon 21 September 2026", "17/18 October 2025"
    ("day_range", rf"(?<![\d:./])(?P<d1>{DAY}){SPACE}(?:{DASH}|/){SPACE}(?:(?P<wd2>{WEEKDAY}),?{SPACE})?(?P<d2>{DAY}){SPACE1}(?:of{SPACE1})?(?P<m2>{MONTH}){COMMA}(?P<y2>{YEAR})"),
    # "May 14-16, 2019"
    ("day_range_us", rf"(?P<m2>{MONTH}){SPACE1}(?P<d1>{DAY}){SPACE}{DASH}{SPACE}(?P<d2>{DAY}){COMMA}(?P<y2>{YEAR})"),
    # "from November 2018 until the end of April 2019", "March-April 2019", "June to September 2024",
    # "between February and June 2025" ("and" only after "between": ``_between_only``)
    ("month_range", rf"(?P<m1>{MONTH})(?:{SPACE1}(?P<y1>{YEAR}))?{SPACE}(?:-|‐|‑|–|—|−|to|till|until|through|(?P<and>and)){SPACE}(?:the{SPACE1}end{SPACE1}of{SPACE1})?"
                    rf"(?P<m2>{MONTH}){SPACE1}(?P<y2>{YEAR})"),
    # "the 4th of April 2019", "15 May 2024"
    ("day", rf"(?<![\d:.])(?P<d1>{DAY}){SPACE1}(?:of{SPACE1})?(?P<m1>{MONTH}){COMMA}(?P<y1>{YEAR})"),
    # "April 4th, 2019"
    ("day_us", rf"(?P<m1>{MONTH}){SPACE1}(?P<d1>{DAY}){COMMA}(?P<y1>{YEAR})"),
    # "2019-05-14"
    ("iso_day", r"(?<![\d./-])(?P<y1>(?:19|20)\d\d)-(?P<n1>[01]\d)-(?P<d1>[0-3]\d)(?![\d/-])"),
    # "01/09/2025 – 31/03/2026", "from 01.09.2025 to 31.03.2026", "between 01/09/2025 and 31/03/2026"
    ("numeric_cross_range", r"(?<![\d./-])(?P<d1>[0-3]?\d)[./](?P<n1>[01]?\d)[./](?P<y1>(?:19|20)\d\d)\s*(?:-|–|—|to|till|until|(?P<and>and))\s*"
                            r"(?P<d2>[0-3]?\d)[./](?P<n2>[01]?\d)[./](?P<y2>(?:19|20)\d\d)(?![\d/]|\.\d)"),
    # "31.1.–2.2.2029", "28.02. - 03.03.2027", "30/11–2/12/2026", "3.5.–4.5.2027": day and month twice, the year once
    ("numeric_month_range", r"(?<![\d./-])(?P<d1>[0-3]?\d)[./](?P<n1>[01]?\d)\.?[ \t]*(?:-|–|—)[ \t]*"
                            r"(?P<d2>[0-3]?\d)[./](?P<n2>[01]?\d)[./](?P<y2>(?:19|20)\d\d)(?![\d/]|\.\d)"),
    # "12-14.06.2023", "12–14/06/2023"
    ("numeric_day_range", r"(?<![\d./-])(?P<d1>[0-3]?\d)\.?\s*[-–]\s*(?P<d2>[0-3]?\d)[./](?P<n1>[01]?\d)[./](?P<y1>(?:19|20)\d\d)(?![\d/]|\.\d)"),
    # "14.05.2019", "14/05/2019" (day first, as in European texts), "22. 4. 2027"
    # "22. 4. 2027": Czech, Slovak, Slovenian and German texts put a space after each dot
    ("numeric_day", r"(?<![\d./-])(?P<d1>[0-3]?\d)(?:/|\.[ \t]?)(?P<n1>[01]?\d)(?:/|\.[ \t]?)(?P<y1>(?:19|20)\d\d)(?![\d/]|\.\d)"),  # "until 15.01.2026."
    # "12-03-2035", "(02-06-2033)": Dutch texts join day, month and year with hyphens (two digits each; never a range:
    # the year-range and ISO shapes have four digits first)
    ("numeric_day", r"(?<![\d./-])(?P<d1>[0-3]\d)-(?P<n1>[01]\d)-(?P<y1>(?:19|20)\d\d)(?![\d/-]|\.\d)"),
    # "June 2019", "in May, 2019"
    ("month", rf"(?P<m1>{MONTH}){COMMA}(?P<y1>{YEAR})"),
    # "Q3 2022", "Q2–Q4 2027", "from Q3 2029 to Q1 2030": quarters, as their year(s) (the gold's convention, as for
    # "mid-2019" and "the first half of 2029": a quarter is not a month range a reader can check)
    ("quarter", rf"\bQ[1-4](?:{SPACE}(?P<y1>{YEAR}))?(?:{SPACE}(?:-|‐|‑|–|—|to|till|until|and){SPACE}Q[1-4])?{SPACE}(?P<y2>{YEAR})"),
))
# "2014-2020", "from 2019 to 2021", "between 1997 and 2002" ("2025 and 2030" are two years, not a range)
YEAR_RANGE = re.compile(rf"(?<![\w/-])(?P<y1>{YEAR}){SPACE}(?P<sep>-|‐|‑|–|—|−|to|and|until){SPACE}(?P<y2>{YEAR})(?![\w/-])")
# "school year 2026/27", "the 2025/2026 season": a split year names two consecutive years
SPLIT_YEAR = re.compile(rf"(?<![\w/.-])(?P<y1>{YEAR})/(?P<y2>(?:19|20)?\d\d)(?![\w/-]|\.\d)")
QUALIFIED_YEAR = re.compile(rf"(?<![\w-])(?:mid|early|late)[-‐](?P<y1>{YEAR})(?![\w/-])")  # "since mid-2019"
BARE_YEAR = re.compile(rf"(?<![\w/.,-])(?P<y1>{YEAR})(?![\w/-]|\.\d|,\d)")
# "from 30 September to 2 October", "Wednesday 1 October – Friday 3 October" without a year
YEARLESS_CROSS = re.compile(rf"(?<![\d:.])(?P<d1>{DAY}){SPACE1}(?:of{SPACE1})?(?P<m1>{MONTH}){SPACE}(?:-|‐|‑|–|—|−|to|till|until){SPACE}"
                             rf"(?:{WEEKDAY},?{SPACE})?(?P<d2>{DAY}){SPACE1}(?:of{SPACE1})?(?P<m2>{MONTH})(?!{SPACE},?{SPACE}(?:19|20)\d\d)")
# "on 5 and 6 July", "from 3 to 5 June", "14 & 15 May", "from Tuesday 14 to Thursday 16 November" without a year (a weekday before
# the last day only when one stands before the first: ``_weekday_range``)
YEARLESS_RANGE = re.compile(rf"(?<![\d:.])(?P<d1>{DAY}){SPACE}(?:-|–|to|and|&|until){SPACE}(?:(?P<wd2>{WEEKDAY}),?{SPACE})?"
                             rf"(?P<d2>{DAY}){SPACE1}(?:of{SPACE1})?(?P<m1>{MONTH})(?!{SPACE},?{SPACE}(?:19|20)\d\d)")
WEEKDAY_BEFORE = re.compile(rf"(?<![\w.]){WEEKDAY},?[ \t]+$")
# "on 7th May", "the morning of 14 May": day first only ("May 2 new members" is not a date).
YEARLESS_DAY = re.compile(rf"(?<![\d:.])(?P<d1>{DAY}){SPACE1}(?:of{SPACE1})?(?P<m1>{MONTH})(?!{SPACE},?{SPACE}(?:19|20)\d\d)")
# "Wed 7.3.", "(Monday, 13.11.)", "by 1.3.", "Mon 24.09. – Tue 25.09.": day and month numbers, each closed by a dot, without
# a year (German, Nordic and Central European texts); only after a weekday or a cue word of ``data/date_numeric_cues.txt``
# ("on", "by", "until"): alone, "3.2." numbers a section. Groups: lead (the weekday or cue), d1 n1 (start), d2 n2 (end).
def yearless_numeric(cues: tuple[str, ...]) -> re.Pattern[str]:
    """The year-less numeric day (or range of two) after a weekday or one of ``cues``."""
    words = "|".join(sorted((re.escape(c) for c in cues), key=len, reverse=True)) or "(?!)"
    day = r"(?P<d{i}>[0-3]?\d)\.(?P<n{i}>[01]?\d)\."
    return re.compile(rf"(?P<lead>(?<![\w.])(?:(?i:{words})|{WEEKDAY},?)[ \t]+){day.format(i=1)}"
                      rf"(?:[ \t]*[–—-][ \t]*(?:{WEEKDAY},?[ \t]+)?{day.format(i=2)})?(?![\w.]|\d)")


# "in November", "by the end of April", "since March": a year-less month (full names only: "May"
# alone may be a verb, "Mar" a word) stands as a date after a year cue word (data/date_year_cues.txt).
FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "between March and October", "from May to September" without a year: a span of months of one year (or into the next)
YEARLESS_MONTH_RANGE = re.compile(rf"\b(?:between|from)[ \t]+(?P<m1>{FULL_MONTH})[ \t]+(?:and|to|until|till|through)[ \t]+"
                                   rf"(?P<m2>{FULL_MONTH})(?![\w-])(?!{SPACE},?{SPACE}(?:\d|'\d))")
LIST_DASH = re.compile(r"\n[ \t]*[-‐‑–—−]")  # a dash opening a line is a list item's mark, not a range's dash
YEARLESS_MONTH = re.compile(rf"(?<![\w-])(?P<m1>{FULL_MONTH})(?![\w-])(?!{SPACE},?{SPACE}(?:\d|'\d))")
# "January – Launch of …", "• June: the cluster joined …": a month heading its line of a year's highlights
MONTH_LINE = re.compile(rf"^[ \t]*(?:[-•*▪–][ \t]+)?(?:\*\*)?(?P<m1>{FULL_MONTH})(?:\*\*)?[ \t]*(?:[–—:|]|-(?=[ \t]))[ \t]*\S", re.M)
# "JANUARY", "## March": a month alone on its line heads a section of a calendar or of a year month by month
MONTH_HEADING = re.compile(rf"^[ \t]*(?:#+[ \t]+)?(?:\*\*)?(?P<m1>{FULL_MONTH}|{FULL_MONTH.upper()})(?:\*\*)?[ \t]*$", re.M)
# "APRIL OCTOBER", "MARCH Ostrava Heat …", "… for schools DECEMBER": a month in capitals opening or closing a line of a
# calendar printed in two columns, whose headings share lines with the other column (read only in a document whose
# months head their own lines in capitals too)
# ("JULY / AUGUST" is one heading of two months, no two columns)
MONTH_COLUMN_HEADINGS = (re.compile(rf"^[ \t]*(?P<m1>{FULL_MONTH.upper()})(?=[ \t]+[^\s/&–—-])", re.M),
                         re.compile(rf"(?:[^\s/&–—-]|\S[/&–—-])[ \t]+(?P<m1>{FULL_MONTH.upper()})[ \t]*$", re.M))
