"""Meetings that an organisation holds under a generic name, with their date right beside them.

``pattern:event_meeting`` covers the class of phrasings "<the / its / their / our / a> [ordinal or up to
three modifiers] <meeting noun> [of <Owner>]" followed at once by the day or month it is held on:

- a date right after the phrase: "At the Annual General Meeting on 26 June 2025, members elected ...",
  "the General Assembly of 12 June 2025 elected a board", "the board meeting in Tartu on 4 May";
- a place and date in brackets or after a comma: "the notes of the 9th Board meeting (Tartu, 3 March
  2026) were approved", "- the general assembly, 14 April 2026";
- a verb saying it is held: "The next General Assembly will take place on 20 October 2026", "NWN
  will hold its general assembly online on 2 February 2026", "A final conference in Lisbon is planned
  for June 2027";
- an owner and a venue between: "the final conference of the Horizon Europe project AGRITWIN at
  Kursaal Hall on 9 October 2026", "our annual meeting 2025 was held in Lund on 2 April 2025".

A meeting with its number ("the notes of board meeting no. 60 of 3 December 2026 were approved",
"Minutes of meeting no. 30 (23 June 2026) approved") is one meeting too, with or without a
determiner, and "meeting" alone is enough before the number; the number stays in the name
("Board meeting no. 60"), so that the meetings of one body stay apart.

A body holds one general assembly, one board meeting or one kick-off meeting on a day, so such a
phrase names one event although it has no words of its own (the rules of
:mod:`event_phrases` drop "the next General Assembly" as saying nothing). The nouns are in
``data/event_meeting_heads.txt``. The name is the phrase without its determiner and without leading
words of ``data/event_generic_words.txt`` ("next", "upcoming"); after "its / their" it starts with the
owner the sentence names (``event_context.possessor``: "NWN general assembly"). The phrase is a body,
not an event, when no date follows it ("The General Assembly approved the accounts on 3 May": the
verb stands between) or when only a year does.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.dates import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, possessor
from pipeline.extract.event_lexicon import EventLexicon, ordinal_value
from pipeline.extract.places import Gazetteer
from pipeline.extract.statement_parts import UPPER

_S = r"[ \t]+(?:\n[ \t]*)?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
_PLACE = rf"(?!{_MONTH}){UPPER}[\w’'-]+(?:[ \t-]{UPPER}[\w’'-]+)?"
# "will take place", "was held", "meets", "is planned for": the clause says the meeting is held then
_HELD = (r"(?:will{s}(?:be{s})?(?:take{s}place|held|hosted|meet)|(?:took|takes){s}place|(?:is|was|are|were){s}"
         r"(?:held|hosted|planned|scheduled|convened)|meets|met|held|planned|scheduled)").format(s=_S)
# a determiner, or a list bullet opening the line ("- General Assembly, 23 April 2026")
_DET = r"(?:(?<![\w-])(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Aa]n?)" + _S + r"|(?m:^[ \t]*[-–•*][ \t]+))"
_MOD = r"(?:[a-z][\w’'-]*|\d{1,2}(?:st|nd|rd|th))"
# a modifier before a numbered meeting: no function word ("the notes OF board meeting no. 60")
_NUMBERED_MOD = r"(?!(?i:of|the|and|at|in|on|for|to|with|from|an?|its|their|our)\b)[A-Za-z][\w’'-]*"


@lru_cache(maxsize=8)
def _pattern(data_dir: Path) -> re.Pattern[str] | None:
    heads = [" ".join(h.lower().split()) for h in data_lines(data_dir / "event_meeting_heads.txt")]
    if not heads:
        return None
    alternation = phrase_alternation(heads, _S)
    caps = rf"{UPPER}[\w’'&-]*(?:(?:{_S}(?:of|for|and|the))*{_S}{UPPER}[\w’'&-]*)*"
    # "of the Baltic Wood Network", "of the Horizon Europe project TWINCLUST"
    owner = rf"(?:{_S}of{_S}(?:the{_S})?(?P<owner>{caps}(?:{_S}(?:project|programme|network|cluster|partnership){_S}{caps})?))"
    venue = rf"(?:{_S}at{_S}(?:the{_S})?{caps})?"  # "at Tampere Hall", "at the Town Hall"
    link = (rf"(?P<link>[ \t]*(?:,|\(|:)[ \t]*(?:(?P<place1>{_PLACE})[ \t]*,[ \t]*)?"
            rf"|{venue}{_S}(?:online{_S})?(?:in{_S}(?P<place2>{_PLACE}){_S})?(?:on|of|in|from){_S}(?:the{_S}morning{_S}of{_S})?"
            rf"|(?:{_S}in{_S}(?P<place4>{_PLACE}))?,?{_S}(?P<held>{_HELD})(?:{_S}online)?(?:{_S}in{_S}(?P<place3>{_PLACE})(?:,[ \t]*{_PLACE})?)?[ \t]*,?{_S}"
            rf"(?:(?:on|in|from|for){_S})?)")
    # "board meeting no. 60", "meeting No. 41", "Steering Committee meeting nr. 7": numbered, no determiner needed
    numbered = (rf"(?<![\w’'-])(?P<nnp>(?P<nmods>(?:{_NUMBERED_MOD}{_S}){{0,2}}?)(?P<nhead>(?i:{alternation}|meeting|session))"
                rf"{_S}(?i:no\.?|nr\.?|number|n°|\#)[ \t]*\d{{1,4}}(?![\w-]))")
    return re.compile(rf"(?:{_DET}(?P<np>(?P<mods>(?:{_MOD}{_S}){{0,3}}?)(?P<head>(?i:{alternation}))(?![\w-])(?:{_S}(?:19|20)\d\d\b)?)"
                      rf"|{numbered}){owner}?{link}(?:{WEEKDAY},?{_S})?(?=\d|{_MONTH})")


def meeting_events(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """General assemblies, board meetings, kick-off meetings ... named by their noun and dated right
    beside it (``pattern:event_meeting``; see the module doc)."""
    pattern = _pattern(data_dir)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(ctx.text):
        date = next((d for d in ctx.dates_between(m.end(), m.end() + 40) if d.start == m.end()), None)
        if date is None or (date.precision == "year" and not m.group("held")):
            continue  # "the board meeting in 2020": too vague to say which meeting
        g_np, g_mods, g_head = ("np", "mods", "head") if m.group("np") is not None else ("nnp", "nmods", "nhead")
        mods = m.group(g_mods).split()
        if any(not ordinal_value(w) and w.lower() not in lex.generic and ctx.pos.get(m.start(g_mods) + m.group(g_mods).find(w), ("",))[0]
               in ("VERB", "AUX", "ADP", "PRON", "DET", "CCONJ", "SCONJ") for w in mods):
            continue  # "the members approved at the board meeting ...": a clause, not a modifier
        start = m.start(g_np)
        while mods and (mods[0].lower() in lex.generic and not ordinal_value(mods[0]) or re.search(r"[’']s$", mods[0])):
            # "the next", "the cluster's summer reception": neither says which event, the noun and the date do
            start = ctx.text.index(mods[1] if len(mods) > 1 else m.group(g_head), start + len(mods[0]))
            mods = mods[1:]
        end = m.end("owner") if m.group("owner") else m.end(g_np)
        name = clean_event_name(ctx.text[start:end])
        owner = possessor(ctx, m.start(g_np)) if (m.group("det") or "").lower() in ("its", "their") else None
        if len([w for w in name.split() if not ordinal_value(w)]) < 2 and not owner:
            continue  # "a workshop on 3 May": one word says which kind, not which event ("the third
            # workshop is planned for May" is the next of a series: ``pattern:event_series``)
        name = f"{owner} {name}" if owner else name[:1].upper() + name[1:]
        place = m.group("place1") or m.group("place2") or m.group("place3") or m.group("place4")
        city, country = gaz.place(place) if place else (None, None)
        hit = lex.lookup(m.group(g_head).lower().split())
        out.append(Candidate(start, end, name, "pattern:event_meeting", hit[0] if hit else None,
                             hit[1] if hit else "other", dates=date, city=city, country=country))
    return out
