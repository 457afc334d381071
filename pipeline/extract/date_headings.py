"""Headings that state the year of the year-less days under them: a calendar's or programme's title with its
year ("EVENTS CALENDAR 2034", "SETC | Events Calendar 2034 | …", "## Dates for your diary 2034", "Programme of
the 2027 season", "## 2027 edition – Tórshavn", a month's page "Events – March 2035", "Showing 7 events in March
2035"; phrases: ``calendar_period`` in
``data/document_metadata_cues.csv``). A month with its year alone on a line is none: a PDF table's cell ("June 2026
(tbc)") reads like one, and a stated month gives its year to the days of that month anyway.

Such a year governs the year-less days and months under the heading ("16 Jan  Members' meeting", "JULY") before
the publication date or another stated date of that month does: a calendar approved on "12 December 2033" lists the
days of 2034. A clause in the past tense is read as before ("the talk had been postponed once, from 10 December"
under "SEASON 2026" is the December before). A heading governs down to the next such heading, or to the next
Markdown heading of its level or above (any, under a heading of plain text); a heading that is a sentence (ending
in a full stop), an item of a list ("5. Work programme 2035") or a line of links ("[Home](/) · [2027
edition](#next)") is none. A title followed by its notes after " · " states its year before them ("Events calendar 2034 ·
version 2 · issued 12 December 2033", "Programme 2031 · draft · as of 4 May 2030"): the notes' years are not the
calendar's.
"""
from __future__ import annotations

import bisect
import re

from pipeline.extract.date_patterns import YEAR
from pipeline.extract.doc_cues import DocCues

_MARKUP = re.compile(r"^[ \t]*(?P<hashes>#*)[ \t*_|>]*")
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)][ \t]|[-•–*][ \t])")
_YEARS = re.compile(rf"(?<!\d){YEAR}")
_MAX_WORDS = 14


def heading_years(text: str, cues: DocCues) -> tuple[tuple[int, int, int], ...]:
    """(start, end, year) of the stretches of ``text`` that a heading stating a year governs, in text order."""
    heads: list[tuple[int, int, int]] = []  # (line start, Markdown level or 0, year)
    levels: list[tuple[int, int]] = []  # (line start, level) of every Markdown heading
    pos = 0
    for line in text.splitlines(keepends=True):
        markup = _MARKUP.match(line)
        body = line[markup.end():].strip()
        level = len(markup["hashes"]) if markup["hashes"] and line[markup.end("hashes"):markup.end("hashes") + 1] == " " else 0
        if level:
            levels.append((pos, level))
        year = _heading_year(body, cues)
        if year is not None:
            heads.append((pos, level, year))
        pos += len(line)
    spans = []
    for i, (start, level, year) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        # down to the next Markdown heading of its level or above (any, under a heading of plain text)
        end = min([s for s, lv in levels if start < s < end and (lv <= level or not level)], default=end)
        spans.append((start, end, year))
    return tuple(spans)


def _heading_year(body: str, cues: DocCues) -> int | None:
    head, dot, _ = body.partition(" · ")
    if dot and (year := _heading_year(head, cues)) is not None:
        return year  # "Events calendar 2034 · version 2 · issued 12 December 2033": the title before its notes
    if not body or re.search(r"[.!?;,][ \t*_]*$", body) or _LIST_ITEM.match(body) or len(body.split()) > _MAX_WORDS or (
            "](" in body or body.count(" · ") >= 2):  # a line of links, "Home · About · 2027 edition · Partners"
        return None
    if len(set(_YEARS.findall(body))) != 1:
        return None  # "Programme 2034 (as of 3 May 2033)", "Events 2033/2034": no one year
    if m := cues.calendar_period.search(body):
        return int(m.group("y1") or m.group("y2"))
    return None


def year_under_heading(spans: tuple[tuple[int, int, int], ...], pos: int) -> int | None:
    """The year of the heading governing offset ``pos`` (``spans`` from :func:`heading_years`), or None."""
    i = bisect.bisect_right(spans, (pos, float("inf"), 0)) - 1
    return spans[i][2] if i >= 0 and spans[i][0] <= pos < spans[i][1] else None
