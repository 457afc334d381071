"""The words of a programme's day headings in every language of ``languages.csv``: ``data/programme_day_headings.csv``.

A day-by-day programme heads each day with a label, its number and the day ("Day 2 – Tuesday 19 June",
"Dia 2 – terça-feira, 19 de junho", "2. nap – szerda, június 3.", "Tag 1 · Dienstag, 5. Mai"). Read by
``line_dates.agenda_day`` (the heading above a timed line) and by ``dates_multilingual`` (the label's number is no
first day of a range: "Dia 2 – terça-feira, 19 de junho" is the 19th, not the 2nd to the 19th).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table, phrase_alternation
from pipeline.extract.date_patterns import WEEKDAY


@lru_cache(maxsize=4)
def day_heading_words(data_dir: Path) -> tuple[str, str]:
    """(the day labels, the weekday names) as regex alternations, any case not applied; compiled by the callers."""
    rows = data_table(data_dir / "programme_day_headings.csv")[1]
    labels = phrase_alternation([r["word"] for r in rows if r["concept"].strip() == "day"])
    weekdays = phrase_alternation([r["word"] for r in rows if r["concept"].strip() != "day"])
    return labels, weekdays


@lru_cache(maxsize=4)
def weekday_days(data_dir: Path) -> dict[str, str]:
    """Each weekday name of every language, lower case, and the day it names ("czwartek" → "thu"; ``event_weekdays``
    dates an event by it)."""
    rows = data_table(data_dir / "programme_day_headings.csv")[1]
    return {" ".join(r["word"].lower().split()): r["concept"].strip() for r in rows if r["concept"].strip() != "day"}


@lru_cache(maxsize=4)
def weekday_names(data_dir: Path) -> frozenset[str]:
    """The weekday names of every language, lower case ("luni", "tirsdag", "czwartek"): a line opening "Luni, 14 mai –"
    is a programme's day, not a news dateline's place (``event_context``)."""
    return frozenset(weekday_days(data_dir))


@lru_cache(maxsize=8)
def weekday_pattern(data_dir: Path | None) -> str:
    """A weekday of any language as a regex source: English names and the listed names and short forms of every
    language (the weekday names above and the short forms of ``data/calendar_weekdays.csv``: "Mi.", "GIO", "Ti"),
    perhaps with a full stop. Read by calendar cards (``event_cards``) and dated rows (``event_phrases``)."""
    days = sorted(_weekday_forms(data_dir)) if data_dir else ()
    return rf"(?:{WEEKDAY}|(?i:{phrase_alternation(days)})(?!\w)\.?)" if days else rf"(?:{WEEKDAY})"


@lru_cache(maxsize=8)
def _weekday_forms(data_dir: Path) -> frozenset[str]:
    """The weekday names and short forms of every language, lower case."""
    short = {r["word"].strip().lower() for r in data_table(data_dir / "calendar_weekdays.csv")[1]}
    return frozenset(short | weekday_names(data_dir)) - {""}


@lru_cache(maxsize=4)
def _labels_by_language(data_dir: Path) -> dict[str, re.Pattern[str]]:
    rows = data_table(data_dir / "programme_day_headings.csv")[1]
    words: dict[str, list[str]] = {}
    for r in rows:
        if r["concept"].strip() == "day":
            words.setdefault(r["language"].strip(), []).append(r["word"])
    return {lang: re.compile(rf"[ \t*_#=]*(?:{phrase_alternation(w)})[ \t]*", re.I) for lang, w in words.items()}


def heading_label_before(text: str, pos: int, lang: str, data_dir: Path) -> bool:
    """True when the line holding ``pos`` opens with the language's day label right before ``pos``: "Dia " of
    "Dia 2 – terça-feira, 19 de junho" (a heading's day number follows); not "den" inside "Messan hålls den 3–5 mars"."""
    label = _labels_by_language(data_dir).get(lang)
    return label is not None and label.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos) is not None
