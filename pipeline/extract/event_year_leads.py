"""Rule ``year_lead_date``: an event whose own words give no date, in a sentence or list line opened by a year.

Company portraits, anniversary press releases and milestone lists tell what happened year by year, the year first:
"In 2033 the company joined the cluster's delegation to ProWein in Düsseldorf", "In 2025 it co-organised the first
Dryland Forum in Badajoz", "- 2028: the cluster receives its label and organises the first Dev Days". An event of such a
sentence or line, still undated when every other rule has run, takes that year: the year is the first date of its
sentence (or of its list line), after nothing but a list mark and a word of ``data/event_year_openers.txt`` ("In",
"En"), or ahead of a colon or dash opening a list line; no day or month date stands in the sentence before the event.
Run last by :func:`pipeline.extract.event_attributes.attach_event_attributes`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext

_MARK = r"[ \t]*(?:[-•*▪–][ \t]+)?[*_]*[ \t]*"


@lru_cache(maxsize=8)
def year_openers(data_dir: Path) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(what may stand before a year opening a sentence, what follows a year opening a list line), compiled once."""
    words = phrase_alternation(w.lower() for w in data_lines(data_dir / "event_year_openers.txt"))
    return re.compile(rf"{_MARK}(?i:{words})[ \t]+"), re.compile(r"[*_]*[ \t]*(?::|[–—]|-[ \t])")


def attach_year_lead(ctx: DocContext, m: Candidate, openers: tuple[re.Pattern[str], re.Pattern[str]]) -> None:
    """Date ``m`` in place by the year opening its sentence or list line (see the module doc)."""
    if m.dates is not None or m.anaphor:
        return
    s, _ = ctx.sentence(m.start, m.end)
    line_start = ctx.text.rfind("\n", 0, m.start) + 1
    start = max(s, line_start)
    before = [d for d in ctx.dates_between(start, m.start) if d.end <= m.start]
    if not before or before[0].precision != "year" or any(d.precision in ("day", "month") for d in before):
        return
    year = before[0]
    lead, row = openers
    if lead.fullmatch(ctx.text, start, year.start) or (re.fullmatch(_MARK, ctx.text[start:year.start]) and row.match(ctx.text, year.end)):
        m.dates = year
