"""Recurring international trade fairs named by their own name alone (``pattern:event_trade_fair``).

A big fair's name holds no event word ("Gulfood", "MEDICA", "Hannover Messe", "LASER World of
PHOTONICS", "Salone del Mobile.Milano"), and a text may name it with no stand or fair noun either
("twelve members flew to Gulfood in February", "our members' trip to Anuga 2027", "during IFAT
we met..."), which :mod:`event_fairs` needs. The fairs are listed in ``data/event_trade_fairs.txt``
and matched as written, longest first; a year written right after the name joins it ("SIAL Paris
2028"). A name counts as the event only in an event context, so that a fair read as its organiser or
its city is left alone:

- a year right after it ("MEDICA 2027", "K 2034"; names of [year only], short or common words like
  "K" or "BAU", need it);
- a word of [before] right before it, perhaps with "the" ("at Gulfood", "to the Salone del Mobile",
  "during Anuga", "visited Fakuma");
- a word of [cues] or a date in its sentence ("our stand at ...", "the Techtextil delegation",
  "Fruit Attraction, 3–5 October").

A name right after a word of [mission] ("the mission to MEDICA 2027") is left to the mission's name.

A name inside a longer capitalised run ("Gulfood Manufacturing") is a different name and is skipped.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext

_S = r"[ \t]+"
_YEAR_AFTER = re.compile(r"[ \t]+((?:19|20)\d\d)\b(?![.,]\d)")
_NEXT_WORD = re.compile(r"[ \t]+[A-Z0-9&]")  # "Gulfood Manufacturing": a longer name


@lru_cache(maxsize=8)
def _gazetteer(data_dir: Path) -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(every fair name, the names that need a year, a [before] word ending a text, a [cues] word, a
    [mission] phrase ending a text), compiled once."""
    sections = data_sections(data_dir / "event_trade_fairs.txt")
    names, year_only = sections.get("names", []), sections.get("year only", [])
    before, cues = sections.get("before", []), sections.get("cues", [])
    if not names and not year_only:
        return None
    fair = re.compile(rf"(?<![\w&.-])(?:{phrase_alternation(names + year_only, _S)})(?![\w&-]|\.\w)")
    lead = re.compile(rf"\b(?i:{phrase_alternation(before, _S)})[ \t]+(?:the[ \t]+)?(?:\*\*)?$")
    cue = re.compile(rf"\b(?i:{phrase_alternation(cues, _S)})\b")
    mission = re.compile(rf"\b(?i:{phrase_alternation(sections.get('mission', []), _S)})[ \t]+$")
    return fair, frozenset(year_only) - frozenset(names), lead, cue, mission


def listed_fair(data_dir: Path, name: str, whole: bool = True) -> bool:
    """True when ``name`` is, as written, a fair of the ``[names]`` list ("AUTOMATICA", "JEC World"), or with
    ``whole`` false holds one ("Germany Hannover Messe"); not a short name of ``[year only]`` ("K"), which
    needs its year or its noun."""
    compiled = _gazetteer(data_dir)
    if compiled is None:
        return False
    text = " ".join(name.split())
    m = compiled[0].fullmatch(text) if whole else compiled[0].search(text)
    return m is not None and m.group() not in compiled[1]


def trade_fair_events(ctx: DocContext, data_dir: Path) -> list[Candidate]:
    """Listed trade fairs named in an event context (``pattern:event_trade_fair``; see the module doc)."""
    compiled = _gazetteer(data_dir)
    if compiled is None:
        return []
    fair, year_only, lead, cue, mission = compiled
    text = ctx.text
    out = []
    for m in fair.finditer(text):
        if mission.search(text, max(0, m.start() - 30), m.start()):
            continue  # "the mission to MEDICA 2027": the mission is the event
        end = m.end()
        year = _YEAR_AFTER.match(text, end)
        if year:
            end = year.end()
        elif m.group() in year_only or _NEXT_WORD.match(text, end):
            continue  # "K" alone; "Gulfood Manufacturing" is another name
        if not year:
            s, e = ctx.sentence(m.start(), end)
            if not (lead.search(text, max(s, m.start() - 30), m.start()) or cue.search(text, s, e)
                    or ctx.dates_between(s, e)):
                continue  # "Messe München, the organiser of IFAT, said ...": no event context
        name = " ".join(text[m.start():end].split())
        out.append(Candidate(m.start(), end, name, "pattern:event_trade_fair", "fair", "other"))
    return out
