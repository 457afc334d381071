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
from pathlib import Path

from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_fair_list import fair_patterns

_YEAR_AFTER = re.compile(r"[ \t]+((?:19|20)\d\d)\b(?![.,]\d)")
_NEXT_WORD = re.compile(r"[ \t]+[A-Z0-9&]")  # "Gulfood Manufacturing": a longer name


def trade_fair_events(ctx: DocContext, data_dir: Path) -> list[Candidate]:
    """Listed trade fairs named in an event context (``pattern:event_trade_fair``; see the module doc)."""
    compiled = fair_patterns(data_dir)
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
