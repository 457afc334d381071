"""The meetings of one body, listed as the days it meets (``pattern:event_meeting_days``).

A governance page, a board's report or a project's progress report says how often a body meets and
lists the days, each day one meeting of that body:

- "The Advisory Council meets twice a year: 12 March 2031 (Trento) and 4 November 2031." →
  "Advisory Council meeting (12 March)" in Trento and "Advisory Council meeting (4 November)";
- "The Executive Board met three times in the spring (9 January, 13 February and 20 March 2031),
  twice in Split and once online." → three "Executive Board meeting" events;
- "The Lower Silesian user group met three times (3 June 2030, 9 November 2030 and 2 March 2031)."
- "The Council will meet on 5 May and 17 November 2031." (one more "on" before the days, and before each day:
  "The committee met on 6 March and on 14 October 2031.");
- "The Steering Committee of AGRINET met four times in 2031: on 3 February, 5 May, 8 September and 1
  December." → "Steering Committee meeting of AGRINET (3 February)", …

The body is a noun of ``data/event_meeting_groups.txt`` or ``data/event_meeting_bodies.txt`` after "the /
our / its / their" and up to three words before it ("Lower Silesian user group"), or an acronym the text
defines for such a body ("Scientific Advisory Council (SAC)" … "The SAC meets twice a year: …"). "The
Committee" alone is the committee named in full earlier in the text ("Programme Committee"). Between the
verb (met / meets / will meet) and the days may stand how often ("twice a year", "quarterly", "three
times in the first quarter", "four times in 2031") before a colon or an opening bracket. Two days or more make the list (one
day is ``pattern:event_meeting``'s "the board will meet on 3 May"); each day (a day, not a month) names
its meeting as "<body> meeting (<day> <Month>)", the day keeping the meetings of one body apart; a
known town in brackets right after a day is that meeting's place.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.dates import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.places import Gazetteer
from pipeline.extract.statement_parts import UPPER
from pipeline.records import DateMention

RULE = "pattern:event_meeting_days"
_S = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"
_MOD = rf"(?!(?:an?|the|of|and|for|in|on|at|to|with)\b)(?:{UPPER}[\w’'-]*|[a-z][\w’'-]*)"
_ACRONYM = r"[A-Z][A-Z0-9&-]{1,7}"
# how often, between the verb and the days: "twice a year", "quarterly", "three times in the first quarter"
_HOW = r"(?:[^.;:()\n\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,50}?"  # "four times in 2031": a year, no day
# a bracket after a day ("(Esch, Town Hall)")
_BRACKET = re.compile(r"[ \t]*\((?P<inside>[^()\n]{1,80})\)")
# what separates two listed days: a comma, "and", a semicolon; "on" may be said again ("met on 6 March and on 14 October")
_SEPARATOR = re.compile(rf"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|;[ \t]*)(?:on[ \t]+)?(?:{WEEKDAY},?[ \t]+)?")
_DETERMINERS = {"the", "a", "an", "our", "its", "their", "this"}


@lru_cache(maxsize=8)
def meeting_body_nouns(data_dir: Path) -> tuple[str, ...]:
    """The groups and bodies that meet ("working group", "board", "organising committee"):
    ``data/event_meeting_groups.txt`` and ``data/event_meeting_bodies.txt``, lower case, one space between words."""
    words = data_lines(data_dir / "event_meeting_groups.txt") + data_lines(data_dir / "event_meeting_bodies.txt")
    return tuple(sorted({" ".join(w.lower().split()) for w in words}))


@lru_cache(maxsize=8)
def _pattern(data_dir: Path) -> re.Pattern[str] | None:
    nouns = meeting_body_nouns(data_dir)
    if not nouns:
        return None
    return re.compile(
        rf"(?<![\w-])(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir){_S}(?P<np>(?P<mods>(?:{_MOD}{_S}){{0,3}}?)"
        rf"(?:(?P<noun>(?i:{phrase_alternation(nouns, _S)}))|(?P<acr>{_ACRONYM})))(?![\w’'-])"
        rf"(?:{_S}of{_S}(?:the{_S})?(?P<owner>{UPPER}[\w’'&-]*(?:{_S}{UPPER}[\w’'&-]*){{0,4}}))?"  # "of AGRINET", capitalised words
        rf"{_S}(?:met|meets|will{_S}meet|is{_S}to{_S}meet)(?P<how>{_HOW})"
        rf"(?:[ \t]*(?::|\()[ \t]*(?:on{_S})?|{_S}on{_S})(?:{WEEKDAY},?[ \t]+)?(?=\d)")


def _defined_body(ctx: DocContext, acronym: str, data_dir: Path) -> bool:
    """The text defines the acronym for a body of the lists: "Strategic Advisory Board (SAB)"."""
    nouns = phrase_alternation(meeting_body_nouns(data_dir), _S)
    return re.search(rf"(?i:{nouns}){_S}\({re.escape(acronym)}\)", ctx.text) is not None


def _full_body(ctx: DocContext, noun: str, before: int) -> str | None:
    """The last body named in full with the same capitalised noun before ``before``: "The Committee" after
    "The Programme Committee prepares the work plan" is the Programme Committee."""
    words = r"[ \t]+".join(re.escape(w) for w in noun.split())
    found = None
    for m in re.finditer(rf"(?<![\w’'-])(?P<mods>(?:{UPPER}[\w’'-]*[ \t]+){{1,3}}){words}(?![\w-])", ctx.text[:before]):
        mods = [w for w in m.group("mods").split() if w.lower() not in _DETERMINERS]
        if mods:
            found = " ".join(mods + [noun])
    return found


def _days(ctx: DocContext, start: int) -> list[tuple[DateMention, int]]:
    """The listed days from ``start`` on: (date, end of the date and of the bracket after it)."""
    out: list[tuple[DateMention, int]] = []
    pos = start
    while True:
        date = next((d for d in ctx.dates_between(pos, pos + 40) if d.start == pos), None)
        if date is None or date.precision != "day":
            break
        end = date.end
        bracket = _BRACKET.match(ctx.text, end)
        if bracket is not None:
            end = bracket.end()
        out.append((date, end))
        sep = _SEPARATOR.match(ctx.text, end)
        if sep is None:
            break
        pos = sep.end()
    return out


def meeting_days(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """One meeting of the body per listed day (see the module doc)."""
    pattern = _pattern(data_dir)
    if pattern is None:
        return []
    out: list[Candidate] = []
    for m in pattern.finditer(ctx.text):
        days = _days(ctx, m.end())
        if len(days) < 2:
            continue
        if any(ctx.pos.get(m.start("mods") + w.start(), ("",))[0] in ("VERB", "AUX", "ADP", "PRON", "DET")
               for w in re.finditer(r"\S+", m.group("mods"))):
            continue  # "the members who elected the board met ...": a clause, not the body's name
        body = " ".join(m.group("np").split())
        if m.group("acr") and not _defined_body(ctx, m.group("acr"), data_dir):
            continue  # "The EU meets ...": no body of the lists
        if m.group("noun") and not m.group("mods") and body[:1].isupper():
            body = _full_body(ctx, body, m.start()) or body
        body = body[:1].upper() + body[1:]
        owner = f" of {' '.join(m.group('owner').split())}" if m.group("owner") else ""  # "Steering Committee meeting of AGRINET"
        hit = lex.lookup(["meeting"])
        for n, (date, end) in enumerate(days):
            bracket = _BRACKET.match(ctx.text, date.end)
            place = bracket.group("inside").split(",")[0].strip() if bracket else None
            city, country = gaz.place(place) if place else (None, None)
            day = f"{date.start_date.day} {date.start_date:%B}" if date.start_date else date.text
            name = f"{body} meeting{owner} ({day})"
            start = m.start("np") if n == 0 else date.start  # the first meeting holds the body's phrase: no other name there
            out.append(Candidate(start, date.end, name, RULE, hit[0] if hit else None, hit[1] if hit else "other",
                                 dates=date, city=city, country=country))
    return out
