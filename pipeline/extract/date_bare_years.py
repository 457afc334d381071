"""When a bare year is a date: the cue words around it and the shapes of lists of years.

Split from :mod:`pipeline.extract.dates` (which finds every date) along the seam of its year policy (see that
module's doc): a year after a cue word ("in 2019"), on a "Date:" line, in brackets of its own, before a period
noun ("the 2024 edition") or, opening its sentence, before a verb ("2025 was the year …"); years heading the
rows of a list or table of years (``year_rows``); and a period of years written with a dash or a slash wherever it
stands (``period_of_years``). The cue words come from ``pipeline/data/`` (``load_date_cues``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines
from pipeline.extract.date_patterns import yearless_numeric

_YEAR = r"(?:19|20)\d\d(?!\d)"
# "2026 – Kranj, Slovenia", "- **2021** – cancelled", a table cell "2019": a year heading a row of a list of years
_YEAR_ROW = re.compile(rf"^[ \t]*(?:[-•*▪–|][ \t]*)?(?:\*\*)?(?P<y1>{_YEAR})(?:\*\*)?[ \t]*(?=$|[–—:|]|-[ \t])", re.M)
# "2025 was the year in which …": a year opening its sentence, then a verb (data/date_year_verbs.txt)
_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+)[ \t*_]*$", re.M)
# "Previous editions: Turku 2024 · Tallinn 2025", "- **Past editions**: 2024 in Foix and 2025 in …": a line's label
_LINE_LABEL = re.compile(r"[ \t]*(?:[-•*▪–][ \t]+)?[*_]*(?P<label>[^\n:*_]{1,40}?)[*_]*[ \t]*:")
# up to six capitalised words after a year, perhaps on the next line: an event title it may lead
_TITLE_AFTER = re.compile(r"[ \t]*(?:\n[ \t]*)?((?:[A-Z][\w-]*[ \t]*(?:\n[ \t]*)?){1,6})")
# after a year in brackets: other years ("(2027 and 2029)", "(2026, 2028)") or a short note ("(2030, online)")
_BRACKET_REST = re.compile(rf"(?:[ \t]*(?:,|and|&)[ \t]*{_YEAR})+[ \t]*\)|[,;][ \t]*[^()\n\d]{{1,25}}\)")
# the years of a list before a year, and the word leading the list: "in 2031, 2032 and " before "2033"
_LISTED_AFTER = re.compile(rf"(?P<cue>[\w’']+)[ \t]+(?:{_YEAR},[ \t]+)*{_YEAR},[ \t]*(?:(?:and|or)[ \t]+)?\Z")
# a line of items each opening with a year, split by " · " or " | ": "2029 Sarajevo · 2030 Kraljevo", "2028: 120 | 2029: 175"
_YEAR_ITEMS = re.compile(rf"^[ \t]*(?:19|20)\d\d\b[^\n]*?[ \t][·|][ \t][^\n]*", re.M)
_ITEM = re.compile(rf"[ \t]*(?P<y1>{_YEAR})(?=:?(?:[ \t\n]|\Z))")
_DATE_LABEL = re.compile(r"[ \t]*(?:Dates?|When|Period)[ \t]*:[ \t]*", re.I)  # a whole line so far (fullmatch)


@dataclass(frozen=True)
class DateCues:
    year_cues: frozenset[str]  # words after which a bare year stands as a date
    event_words: frozenset[str]  # event head words: a year right before a title with one is part of the name
    numbering_labels: frozenset[str] = frozenset()  # "Day 1 – 22 October": "Day" numbers, 1 is no first day
    year_nouns: frozenset[str] = frozenset()  # "the 2024 edition", "the 2021–2027 period": a year before them is a date
    year_verbs: frozenset[str] = frozenset()  # "2025 was the year …": a year opening a sentence before them is a date
    # "Wed 7.3.", "by 1.3.": a year-less numeric day after a weekday or a cue of data/date_numeric_cues.txt
    yearless_numeric: re.Pattern[str] | None = None


@lru_cache(maxsize=8)
def load_date_cues(data_dir: Path) -> DateCues:
    """The year cue words and event head words from the data folder (read once per process)."""
    cues = frozenset(w.lower() for w in data_lines(data_dir / "date_year_cues.txt"))
    words: set[str] = set()
    for line in data_lines(data_dir / "event_keywords.txt"):
        words.update(line.partition("\t")[0].lower().split())
    labels = frozenset(w.lower().rstrip(".") for w in data_lines(data_dir / "date_numbering_labels.txt"))
    nouns = frozenset(w.lower() for w in data_lines(data_dir / "date_year_nouns.txt"))
    verbs = frozenset(w.lower() for w in data_lines(data_dir / "date_year_verbs.txt"))
    numeric = yearless_numeric(tuple(w.lower() for w in data_lines(data_dir / "date_numeric_cues.txt")))
    return DateCues(cues, frozenset(words), labels, nouns, verbs, numeric)


def previous_word(text: str, pos: int) -> str:
    m = re.search(r"([\w’']+)[^\w\n]{0,2}(?:\n[ \t]*)?[ \t]*$", text[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def year_stands_as_date(text: str, start: int, end: int, cues: DateCues) -> bool:
    """A bare year is a date after a cue word or on a Date: line, never inside a name (see module doc)."""
    prev = previous_word(text, start)
    after = text[end:end + 80]
    if leads_event_title(text, end, cues):
        return False
    if text[start - 1:start] == "(" and (text[end:end + 1] in (")", ":") or _BRACKET_REST.match(text, end, end + 40)):
        return True  # "took place in Szczecin (2024)", "Members: 59 (2024: 48)", "Kempten (2027 and 2029)", "(2030, online)"
    line_start = text.rfind("\n", 0, start) + 1
    if _DATE_LABEL.fullmatch(text, line_start, start):  # the line so far, not a copy of it
        return True
    label = _LINE_LABEL.match(text, line_start, start)
    if label and (words := label["label"].lower().split()) and words[-1].endswith("s") and words[-1] in cues.year_nouns:
        return True  # a line of editions: "Previous editions: Turku 2024 · Tallinn 2025"
    low = prev.lower()
    if low in ("and", "or") and re.search(rf"\b{_YEAR},?\s+(?:and|or)\s*$", text[max(0, start - 20):start]):
        return True  # "in 2025 and 2030"
    if (listed := _LISTED_AFTER.search(text, max(0, start - 60), start)) and listed["cue"].lower() in cues.year_cues:
        return True  # "held in 2031, 2032 and 2033": every year of a list that a cue word leads
    if low.endswith(("’s", "'s")):
        return True  # "the Commission's 2017 Communication"
    if low in cues.year_cues:
        return True
    if opens_sentence_before_verb(text, start, end, cues):  # "2025 was the year …", not "Horizon 2020 is …"
        return True
    noun = re.match(r"[ \t]+([a-z]+)\b", after)
    return noun is not None and noun.group(1) in cues.year_nouns  # "the 2024 edition", "the 2021–2027 period"


MAX_PERIOD_YEARS = 25  # "2021–2027", "2035–2040": a period; a wider span of year-like numbers is an amount


def period_of_years(text: str, start: int, end: int, first: int, last: int, cues: DateCues) -> bool:
    """Rule family "period of years": two years a few apart joined by a dash ("2033–2036"), or two consecutive years
    joined by a slash ("2034/2035"), name a period wherever they stand: a term ("President 2026–2035", "the board
    for 2033–2036", "periodo 2030–2033", "Amtszeit 2033–2036"), a strategy or programme ("strategy 2031–2035",
    "National Cluster Strategy 2035–2040"), a season or cohort ("webinar series 2032/2033"), a line of a career or a
    list ("- 2008–2016: engineer at …", "2034–2036" in a table cell). Unlike a bare year ("Horizon 2020", "the 2025
    budget") such a span is nothing but a date. Not when it leads an event's title (part of the name, as for a bare
    year), nor when its years lie more than ``MAX_PERIOD_YEARS`` apart ("2000–2500 visitors": an amount)."""
    return 0 < last - first <= MAX_PERIOD_YEARS and not leads_event_title(text, end, cues)


def leads_event_title(text: str, end: int, cues: DateCues) -> bool:
    """The year (or span of years) ending at ``end`` leads an event's title, of which it is part: "the 2019 EU
    Cluster Conference", "the 2031–2032 Cluster Summit" (up to six capitalised words after it, one an event word)."""
    title = _TITLE_AFTER.match(text, end, end + 80)
    return title is not None and any(w.lower() in cues.event_words for w in title.group(1).split())


def opens_sentence_before_verb(text: str, start: int, end: int, cues: DateCues) -> bool:
    """True when the year or month at ``start:end`` opens its sentence (or line) and a verb of
    ``data/date_year_verbs.txt`` follows: "2025 was the year in which …", "January brought us two new members",
    "September was busy." ("Horizon 2020 is …" does not open its sentence)."""
    verb = re.match(r"[ \t]+([a-z]+)\b", text[end:end + 30])
    return (verb is not None and verb.group(1) in cues.year_verbs
            and _SENTENCE_START.search(text, text.rfind("\n", 0, start) + 1, start) is not None)


def year_rows(text: str) -> list[re.Match[str]]:
    """Years heading the rows of a list or table of years (``_YEAR_ROW``): only where two or more rows
    name different years ("2026 – Kranj" / "2025 – Annecy", a table's Year column); one such line alone may
    be an amount or a heading. Also the years opening every item of a line of items (:func:`_year_items`)."""
    rows = list(_YEAR_ROW.finditer(text))
    return [*(rows if len({m["y1"] for m in rows}) >= 2 else []), *_year_items(text)]


def _year_items(text: str) -> list[re.Match[str]]:
    """The years opening every item of a line split by " · " or " | ", two or more different ones: "2029 Sarajevo ·
    2030 Kraljevo · 2031 Nikšić", "2028: 120 | 2029: 175 | 2030: 210" (a line of editions or of yearly figures)."""
    out = []
    for line in _YEAR_ITEMS.finditer(text):
        pos, items = line.start(), []
        for part in re.split(r"[ \t][·|][ \t]", line.group()):
            items.append(_ITEM.match(text, pos))
            pos += len(part) + 3
        if all(items) and len({m["y1"] for m in items}) >= 2:
            out += items
    return out
