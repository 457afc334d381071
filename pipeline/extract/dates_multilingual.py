"""Dates written in other languages than English, with dateparser's month names for every language it
knows: "14. Mai 2019", "le 3 mars 2021", "del 10 al 12 de junio de 2024", "30 mai – 2 juin 2024",
"Juni 2024".

An additive path beside :mod:`pipeline.extract.dates` (English phrasings): it reads only blocks whose
language (see :mod:`pipeline.extract.languages`) is not English, and never a span an English rule
already took. Range words ("al", "bis", "au") are data (``date_range_words.csv``); rules are named
``multilingual:<shape>:<language>``.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table, phrase_alternation
from pipeline.extract.languages import TextLanguages
from pipeline.records import DateMention, SegmentedDocument

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
_DASH = r"\s*[-–—]\s*"
_YEAR = r"(?P<{}>(?:19|20)\d\d)"


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d)(?:\.|º|°|er|st|nd|rd|th)?"


@lru_cache(maxsize=8)
def _range_words(data_dir: Path) -> dict[str, str]:
    rows = data_table(data_dir / "date_range_words.csv")[1]
    return {r["language"].strip(): r["words"].strip() for r in rows if r.get("words")}


@lru_cache(maxsize=64)
def _patterns(lang: str, data_dir: Path) -> tuple[dict[str, int], list[tuple[str, re.Pattern[str]]]] | None:
    """(month name → number, [(shape, pattern)]) for one language; None when dateparser does not know it."""
    from dateparser.languages.loader import default_loader

    try:
        info = default_loader.get_locale(lang).info
    except (KeyError, ValueError):
        return None
    months: dict[str, int] = {}
    for number, key in enumerate(_MONTH_KEYS, start=1):
        for name in info.get(key, ()):
            name = name.strip(". ").lower()
            if len(name) >= 3 and not name.isdigit():
                months.setdefault(name, number)
    if not months:
        return None
    month = phrase_alternation(months, space=r"\ ")
    pertain = "|".join(re.escape(p) for p in info.get("pertain") or () if p.strip())
    of = rf"(?:\s+(?:{pertain}))?" if pertain else ""
    words = "|".join(w for w in (_range_words(data_dir).get(lang), _range_words(data_dir).get("*")) if w)
    between = rf"(?:{_DASH}|\s+(?:{words})\s+)" if words else _DASH

    def m(name: str) -> str:
        return rf"(?P<{name}>{month})\.?"

    tail = rf"{of}\s*,?\s*{of}\s*{_YEAR.format('y')}\b"
    shapes = [
        ("cross_month_range", rf"\b{_day('d1')}{of}\s*{m('m1')}{between}{_day('d2')}{of}\s*{m('m2')}{tail}"),
        ("day_range", rf"\b{_day('d1')}{between}{_day('d2')}{of}\s*{m('m2')}{tail}"),
        ("day", rf"\b{_day('d2')}{of}\s*{m('m2')}{tail}"),
        ("month", rf"\b{m('m2')}{tail}"),
    ]
    return months, [(shape, re.compile(p, re.I)) for shape, p in shapes]


def _date(y: str, month: int, d: str | None) -> dt.date | None:
    try:
        return dt.date(int(y), month, int(d) if d else 1)
    except ValueError:
        return None


def extract_dates_multilingual(seg: SegmentedDocument, langs: TextLanguages, taken: list[DateMention],
                               data_dir: Path) -> list[DateMention]:
    """Dates in the blocks that are not in English, outside the spans of ``taken``."""
    text = seg.doc.text
    spans = [(d.start, d.end) for d in taken]
    found: list[DateMention] = []
    for start, end, lang in langs.blocks:
        if lang in ("en", "und"):
            continue
        compiled = _patterns(lang, data_dir)
        if compiled is None:
            continue
        months, shapes = compiled
        for shape, pattern in shapes:
            for mt in pattern.finditer(text, start, end):
                s, e = mt.span()
                if any(s < te and ts < e for ts, te in spans):
                    continue
                g = mt.groupdict()
                m2 = months[g["m2"].lower().rstrip(".")]
                m1 = months[g["m1"].lower().rstrip(".")] if g.get("m1") else m2
                first = _date(g["y"], m1, g.get("d1") or g.get("d2"))
                last = _date(g["y"], m2, g.get("d2"))
                if first is None or last is None or last < first:
                    continue
                if shape == "month":
                    last = last.replace(day=calendar.monthrange(last.year, last.month)[1])
                elif shape == "day":
                    last = first
                found.append(DateMention(seg.doc.doc_id, s, e, text[s:e], first, last, "month" if shape == "month" else "day",
                                         f"multilingual:{shape}:{lang}"))
                spans.append((s, e))
    return found
