"""The numbered rounds of a competition listed one a line (``pattern:event_round_row``).

A hackathon's or a challenge's call lists its regional rounds, heats or semi-finals one a line, each with its
own date and often its own town, and each is an event of its own:

    - Round 1 – Subotica: 17–18 February 2033, hosted by the Subotica Tech college
    - Round 2 – Zrenjanin: 3–4 March 2033
    | Semi-final 1 – Sensors & Photonics | 16 May 2033 | Palermo |      (a table, one cell a line once read)
    Heat 3 (Bremen) – 12 June 2034

A line (a list item, a table's first cell) that opens with a word of ``data/event_round_words.txt`` and a
number, then perhaps a dash or colon and a short label, is one round, named as written ("Round 2 – Zrenjanin",
"Semi-final 1 – Sensors & Photonics"), dated by the first date after the label on its line or opening the next
line (a table's date cell), placed at a known town of the label or the line. Two such lines make the list; a
line with no date ("Round 1: the host presents its questions", a session of a programme) and a line with a
word of ``data/event_row_not_event_words.txt`` ("Round 2 – deadline 15 May 2033": a call's round) are none.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.places import Gazetteer

RULE = "pattern:event_round_row"
_NEXT_LINE_DATE = 4  # characters from the next line's start to its date: a table's date cell
_MAX_LABEL = 60


@lru_cache(maxsize=8)
def _pattern(data_dir: Path) -> re.Pattern[str] | None:
    """A line opening with a round word, its number and a short label, compiled once."""
    words = data_lines(data_dir / "event_round_words.txt")
    if not words:
        return None
    return re.compile(rf"^[ \t]*(?:[-–•*▪|][ \t]*)?(?:\*\*)?(?P<name>(?i:{phrase_alternation(words)})[ \t]+\d{{1,2}}(?![\w.,/-])"
                      rf"(?:[ \t]*(?:[–—-][ \t]+|\([ \t]*)(?P<label>[^\n:|,()–—]{{1,{_MAX_LABEL}}}?)\)?)?)"
                      rf"(?:\*\*)?[ \t]*(?:[:|,–—-]|$)", re.M)


def _date(ctx: DocContext, after: int, line_end: int):
    """The first date after the label on its line, else one that opens the next non-blank line."""
    dates = ctx.dates_between(after, line_end)
    if dates:
        return dates[0]
    nxt = line_end + 1
    while nxt < len(ctx.text) and ctx.text[nxt] == "\n":
        nxt += 1
    end = ctx.text.find("\n", nxt)
    dates = ctx.dates_between(nxt, len(ctx.text) if end < 0 else end)
    return dates[0] if dates and dates[0].start - nxt <= _NEXT_LINE_DATE else None


def round_rows(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """One round per line that opens with a round word and its number (see the module doc)."""
    pattern = _pattern(data_dir)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(ctx.text):
        line_end = ctx.text.find("\n", m.end("name"))
        line_end = len(ctx.text) if line_end < 0 else line_end
        line = ctx.text[m.start():line_end].lower()
        date = _date(ctx, m.end("name"), line_end)
        if date is None or any(w in lex.row_not_event for w in re.findall(r"[a-z]+", line)):
            continue  # "Round 1: the host presents …", "Round 2 – deadline 15 May 2033"
        places = [gaz.place(p.group()) for p in gaz.pattern.finditer(ctx.text, m.start("name"), line_end)]
        city, country = next((p for p in places if p[0]), (None, None))
        out.append(Candidate(m.start("name"), m.end("name"), clean_event_name(m.group("name")), RULE, None, "other",
                             dates=date, city=city, country=country))
    return out if len(out) >= 2 else []
