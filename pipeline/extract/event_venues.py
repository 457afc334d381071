"""Events: candidate names that are venues, not events (:mod:`pipeline.extract.events` drops them with
:func:`not_venues`): an event word before a venue noun ("the Wildlands conference centre"), a name after a place
label ("Location: Graz, Messe Congress Graz"), a venue written as an address ("Congress Innsbruck, Austria") and one
where a dated or named event is held ("on 4 May 2027 at the Trade Fair Ruse")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_sections, data_table, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.places import Gazetteer
from pipeline.extract.statement_parts import UPPER

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written in a name


@lru_cache(maxsize=8)
def _venue_patterns(data_dir: Path) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(a venue noun right after a name, a place label opening a line), compiled once."""
    nouns = [w.lower() for w in data_lines(data_dir / "event_venue_nouns.txt")]
    labels = [r["label"].strip().lower() for r in data_table(data_dir / "event_header_labels.csv")[1] if r["kind"].strip() == "place"]
    after = re.compile(rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?i:{phrase_alternation(nouns)})(?![\w-])") if nouns else None
    label = re.compile(rf"(?i)^[\W_]*(?:{phrase_alternation(labels)})[\W_]*(?:{UPPER}[\w’'-]*(?:[ \t-]{UPPER}[\w’'-]*)*,[ \t]*)?$") if labels else None
    return after, label


_PLACE_AFTER = re.compile(rf"[ \t]*,[ \t]*(?P<place>{UPPER}[\w’'-]*(?:[ \t]+{UPPER}[\w’'-]*)?)")
_PLACE_BEFORE = re.compile(rf"(?:^|[·|•,(–—]|[ \t][–—-])[ \t]*(?P<place>{UPPER}[\w’'-]*(?:[ \t]+{UPPER}[\w’'-]*)?),[ \t]*$")


def _address(ctx: DocContext, gaz: Gazetteer, m: Candidate, keywords: frozenset[str]) -> bool:
    """A name with a venue keyword (``data/event_venue_keywords.txt``) and a known town in it, written as an
    address: the town's country or a town after a comma ("Congress Innsbruck, Austria", "Messe Congress Graz,
    Graz (Austria)"), or a town and a comma before it ("Groningen, Forum Groningen"). A name with its year
    is an edition ("Forum Graz 2027, Austria")."""
    name = ctx.text[m.start:m.end]
    if m.keyword not in keywords or m.anaphor or "\n" in name or _YEAR.search(name) \
            or not any(gaz.place(t.group())[0] for t in gaz.pattern.finditer(name)):
        return False
    after = _PLACE_AFTER.match(ctx.text, m.end)
    if after and gaz.place(after.group("place")) != (None, None):
        return True
    before = _PLACE_BEFORE.search(ctx.text, ctx.text.rfind("\n", 0, m.start) + 1, m.start)
    return before is not None and gaz.place(before.group("place"))[0] is not None


def _held_at(ctx: DocContext, m: Candidate, cues: VenueCues, ends: list[int]) -> bool:
    """A name with a venue keyword right after "at (the)" that follows a date, a year, the name of another
    event or a verb of holding (``[held verbs]`` of ``data/event_venue_keywords.txt``: "took place", "is held",
    "met"), in a sentence that names another event before it: where that
    event is held ("the forum took place on 11 and 12 April 2029 at the International Fair Plovdiv",
    "Japan Drone 2028 at Makuhari Messe"). Alone in its sentence it is the fair ("Meet us on 4–8 April at
    Hannover Messe"); ``ends``: where the other candidates end."""
    if m.keyword not in cues.held_at or m.anaphor or _YEAR.search(ctx.text[m.start:m.end]):
        return False
    at = cues.at_before.search(ctx.text, max(0, m.start - 30), m.start)
    s, _ = ctx.sentence(m.start, m.end)
    if at is None or not any(s < e <= at.start() + 1 for e in ends):
        return False
    if at.group("verb"):
        return True
    before = len(ctx.text[:at.start()].rstrip(" \t,"))
    return (before in ends or re.search(r"\b(?:19|20)\d\d$", ctx.text[max(0, before - 5):before]) is not None
            or any(d.end == before for d in ctx.dates_between(max(0, before - 40), before)))  # "Drone Show Japan 2031 at ..."


@dataclass(frozen=True)
class VenueCues:
    address: frozenset[str]  # keywords of venues written as addresses
    held_at: frozenset[str]  # keywords of venues after "at"
    at_before: re.Pattern[str]  # "(took place) at (the)" before a name, the verb in group "verb"


@lru_cache(maxsize=8)
def _venue_cues(data_dir: Path) -> VenueCues:
    """The sections of ``data/event_venue_keywords.txt``, read and compiled once."""
    sections = data_sections(data_dir / "event_venue_keywords.txt")
    verbs = phrase_alternation(sections.get("held verbs", []))
    return VenueCues(frozenset(w.lower() for w in sections.get("address", [])),
                     frozenset(w.lower() for w in sections.get("held at", [])),
                     re.compile(rf"(?P<verb>\b(?:{verbs}))?[ \t,]*\bat[ \t]+(?:the[ \t]+)?$"))


def not_venues(ctx: DocContext, candidates: list[Candidate], data_dir: Path | None, gaz: Gazetteer) -> list[Candidate]:
    """Names that are venues, not events: an event word followed by a venue noun ("the Teatro Massimo
    congress rooms", "the Wildlands conference centre", ``data/event_venue_nouns.txt``), a name right
    after a place label, on its line or alone on the line above ("Location: Graz, Messe Congress Graz",
    "Venue\nNovi Sad Fair"; the ``place`` labels of ``data/event_header_labels.csv``), a venue's name
    written as an address ("12–14 May 2027 · Congress Innsbruck, Austria": see ``_address``) and one where
    a dated or named event is held ("on 4 May 2027 at the Trade Fair Ruse": see ``_held_at``)."""
    if data_dir is None:
        return candidates
    after, label = _venue_patterns(data_dir)
    cues = _venue_cues(data_dir)
    ends = [c.end for c in candidates]
    out = []
    for m in candidates:
        if after is not None and after.match(ctx.text, m.end) or _address(ctx, gaz, m, cues.address) or _held_at(ctx, m, cues, ends):
            continue
        line_start = ctx.text.rfind("\n", 0, m.start) + 1
        line = ctx.text[line_start:m.start]
        if not line.strip():  # "Venue\nNovi Sad Fair": the label alone on the line above
            line = ctx.text[ctx.text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)]
        head = ctx.text[m.start:m.end].split("\n")[0]  # "Venue\nBolzano Fair" read as one name
        if label is not None and not m.anaphor and (line.strip() and label.match(line) or head != ctx.text[m.start:m.end] and label.match(head)):
            continue
        out.append(m)
    return out
