"""Family ``org-visit-host`` of :mod:`pipeline.extract.role_orgs`: the host organisation of a visit or a meeting, for
the person who receives the group there.

Delegation programmes and study-visit reports name the organisation the group visits and then who received it, on the
programme line or in the same sentence: "13:30 Visit to the biomass plant of Acme Bioenergie GmbH, Wieselburg, with
plant manager Jane Doe", "- 11:00 Company visit: Acme Kran GmbH (cobots) – Jane Doe, COO", "08:30 Breakfast briefing
at the Embassy of Acme, with Ambassador Jane Doe", "meeting at the Acme Agency with Jane Doe, head of the supplier
programme". A cue of ``[cues]`` in ``data/role_org_visit_cues.txt`` ("visit to", "company visit:", "meeting with",
"briefing at"), "the" and up to three lower-case words, then the organisation mention; the person follows in the same
line or sentence, introduced by a word of ``[joins]`` ("with", "by", "guided by") or a dash or colon right before the
role or the name, with no other organisation named between (but the unit right after the host's name, "Acme Region,
Department of Trade – Deputy Governor Jane Doe"). A visit whose people are named without such a join ("After the visit
to Acme, Minister Jane Doe said …") names no host for them; but the person whose role or name opens the sentence right
after the visit's is its host's ("We visited the sawmill of Acme Holz GmbH in Wels. Plant manager Jane Doe showed us the
new dryer.", "On Tuesday we visited Acme Hydrogen ApS. Its technical director, John Roe, …"), with no other organisation
named between.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.shapes import Span
from pipeline.records import OrgMention

_REACH = 300  # characters back from the person to the cue: the programme line or the sentence
# where the clause opens: a blank line, a sentence's end, a list item's or a timed programme line's start
_CLAUSE_START = re.compile(r"\n[ \t]*\n|(?<=[\da-zà-ÿ)]{2})[.!?][ \t\n]+(?=[A-Z])|\n(?=[ \t]*(?:[-•*►]|\d{1,2}[:.h]\d{2})[ \t])")
_UNIT_GAP = 4  # a unit named right after the host (", Department of …") is no other organisation
_NEXT_REACH = 500  # characters back from the sentence after the visit's to its cue
# what may stand before the statement that opens a sentence: "Its", the role's capitalised first word as read ("Plant
# manager": the role may be read from "manager" on), not a determiner ("Our director, Jane Doe": the writer's own)
_SENTENCE_OPENS = re.compile(r"[*_]*(?:Its[ \t]+)?(?:(?!(?:Our|My|Their|His|Her|The|This|That|These|Those)[ \t])[A-Z][\w-]*[ \t]+)?")


@lru_cache(maxsize=4)
def _patterns(data_dir: Path | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    sections = data_sections(data_dir / "role_org_visit_cues.txt") if data_dir else {}
    if not sections.get("cues") or not sections.get("joins"):
        return None
    cue = re.compile(r"(?<![\w-])(?i:" + phrase_alternation(sections["cues"], r"[ \t\n]+") + r")[ \t\n]*(?:the[ \t\n]+)?"
                     r"(?:[a-zà-ÿ][\w-]*[ \t\n]+){0,3}")
    join = re.compile(r"(?:(?<![\w-])(?i:" + phrase_alternation(sections["joins"], r"[ \t\n]+") + r")[ \t\n]+(?:the[ \t\n]+)?"
                      r"|[ \t]*(?:[–—:]|-(?=[ \t]))[ \t*_]*)$")
    return cue, join


def visit_host_org(text: str, first: int, starting_at: Callable[[int], OrgMention | None],
                   within: Callable[[int, int], list[OrgMention]], data_dir: Path | None) -> OrgMention | None:
    """Family ``org-visit-host`` (see the module doc): ``first`` is where the statement starts (its role or its name);
    ``starting_at`` and ``within`` look up the organisation mentions of the document."""
    pats = _patterns(data_dir)
    if pats is None:
        return None
    cue_re, join_re = pats
    floor = max(0, first - _NEXT_REACH)
    breaks = list(_CLAUSE_START.finditer(text, floor, first + 1))  # (+1: the lookahead at a sentence's first letter)
    if join_re.search(text, max(0, first - 16), first):
        floor = max(breaks[-1].end() if breaks else floor, first - _REACH)
    elif (breaks and breaks[-1].group()[0] in ".!?" and breaks[-1].group().count("\n") < 2
          and _SENTENCE_OPENS.fullmatch(text, breaks[-1].end(), first)):
        floor = breaks[-2].end() if len(breaks) > 1 else floor  # the person opens the sentence after the visit's
        first = breaks[-1].start()
    else:
        return None
    cues = list(cue_re.finditer(text, floor, first))
    if not cues:
        return None
    cue = cues[-1]  # (the last visit before the person: "briefing at Acme by …; meeting at Beta with Jane Doe" is Beta's)
    spans = [cue.start()] + [cue.start() + m.end() for m in re.finditer(r"[ \t\n]+|:", text[cue.start():cue.end()])]
    host = next((o for o in (starting_at(at) for at in reversed(spans)) if o is not None), None)
    if host is None or host.end > first:
        return None
    others = [o for o in within(host.end, first) if o.start > host.end + _UNIT_GAP]
    return None if others else host
