"""The list of recurring international trade fairs (``data/event_trade_fairs.txt``), compiled once.

Shared by the finders that name a fair: :mod:`event_trade_fairs` (a listed fair by its own name in an event
context) and :mod:`event_fairs` (a fair named by a stand or a fair noun, "the VivaTech fair" named as listed).
A lexicon, not a finder, so that the two finders never import each other.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation

_S = r"[ \t]+"


@lru_cache(maxsize=8)
def fair_patterns(data_dir: Path) -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(every fair name, the names that need a year, a [before] word ending a text, a [cues] word, a
    [mission] phrase ending a text), compiled once. A brand is often written in capitals ("FAKUMA 2034",
    "ANUGA", "BIOFACH"): the all-capitals spelling of each listed name of four letters or more is listed too."""
    sections = data_sections(data_dir / "event_trade_fairs.txt")
    names, year_only = sections.get("names", []), sections.get("year only", [])
    names = names + [n.upper() for n in names if sum(c.isalpha() for c in n) >= 4 and n.upper() != n]
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
    compiled = fair_patterns(data_dir)
    if compiled is None:
        return False
    text = " ".join(name.split())
    m = compiled[0].fullmatch(text) if whole else compiled[0].search(text)
    return m is not None and m.group() not in compiled[1]
