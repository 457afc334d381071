"""The generic event nouns of every language, by concept (``data/event_noun_concepts.csv``), loaded once.

One table says how each language names a general assembly, a board meeting, a study visit, a dinner …, in the
forms prose uses ("assembleias gerais", "styremøtet", "vuosikokouksessa", "valnom zhromaždení"); the readers of
lower-case event nouns (``pattern:event_foreign_generic``) take their nouns from it, and
``tests/test_language_coverage_evlang42.py`` checks (through the registry ``data/language_lexicons.csv``) that every
concept has a form in every language of ``data/languages.csv``. The "en" rows and the forms that are English event keywords ("seminar", "forum",
"workshop": ``data/event_keywords.txt``, ``data/event_generic_heads.txt``) stay with the English rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_table, phrase_alternation

CONCEPTS_FILE = "event_noun_concepts.csv"
DAY_PARTS_FILE = "event_day_parts.csv"


@dataclass(frozen=True)
class EventNoun:
    concept: str
    language: str
    form: str  # lower case, single spaces
    base: str  # the form the name takes
    type: str
    side: str  # "after" or "before"
    one: bool  # names one event by itself


@lru_cache(maxsize=8)
def foreign_event_nouns(data_dir: Path) -> tuple[EventNoun, ...]:
    """The rows of the table that another language's readers use: no "en" row, no form of an "en" row or English
    event keyword."""
    rows = data_table(data_dir / CONCEPTS_FILE)[1]
    # a form English writes alike ("training", "panel", "final") is the English rules' in every language's text:
    # the overlap of an English sentence's "training" with Dutch "training" must not shadow "workshop on the training centre"
    english = {line.split("\t")[0].strip().lower() for name in ("event_keywords.txt", "event_generic_heads.txt")
               for line in data_lines(data_dir / name)}
    english |= {" ".join(r["form"].lower().split()) for r in rows if r["language"] == "en"}
    out = []
    for r in rows:
        form = " ".join((r.get("form") or "").lower().split())
        if not form or r["language"] == "en" or form in english:
            continue
        base = " ".join(r["form"].split()) if r["base"] == "=" else r["base"]
        out.append(EventNoun(r["concept"], r["language"], form, base, r["type"], r["side"], r.get("one") == "one"))
    return tuple(out)


@lru_cache(maxsize=8)
def day_part_pattern(data_dir: Path, language: str | None = None) -> re.Pattern[str] | None:
    """A part of the day of ``data/event_day_parts.csv`` ("evening", "por la noche", "mbrëmje"), in ``language`` or
    in any, as a whole word in any case, compiled once; None without rows."""
    forms = sorted({" ".join(r["form"].lower().split()) for r in data_table(data_dir / DAY_PARTS_FILE)[1]
                    if language is None or r["language"] == language})
    alternation = phrase_alternation(forms, space=r"[ \t]+")
    return re.compile(rf"(?<![\w’'-])(?i:{alternation})(?![\w’'-])") if forms else None
