"""Sessions listed under a plural heading, each item only a date, a time and a place (``pattern:event_session_item``).

Calls for applications and event pages list the info sessions or information days they hold under a
heading (or a sentence ending in a colon) that names them in the plural, each item giving no title, only
when and where:

    Info sessions                                   5. REGIONAL INFORMATION DAYS
    - Tue 3 March – online, 11:00–12:00             Galway | Tuesday 6 February, 10:00 | Harbour Hotel
    - Wed 11 March – Ghent, Campus Zuid, 14:00      Sligo | Wednesday 7 February, 10:00 | ATU Sligo

    "The agency presents the call at two information sessions:" over "• Monday, 4 May 2026, 10:00 – Split".

Each item (its place and date, the mention) is one session of its own, named by the heading's noun in the singular (with what the heading
puts before it: "Regional information day") and where it takes place, the item's known town, the
capitalised place after its date, or "online" ("Info session (Ghent)", "Regional information day
(Sligo)"); items in one place keep apart by their day ("Info session (online, 16 March)"). Its
date is the item's. The nouns are in ``data/event_session_list_heads.txt``. A list needs two items or
more; a short paragraph may stand between the heading and the items; an item that opens with anything
but its date (or a place and its date: "Galway | Tuesday 6 February") ends the list ("- Info session 1:
16 March" is a titled item, which other rules read).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.dates import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext, line_spans
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.places import Gazetteer
from pipeline.records import DateMention

_MAX_INTRO_LINES = 4  # a short paragraph between the heading and its items
_MAX_DATE_OFFSET = 40  # an item opens with its date, perhaps after a place
_MARKS = " \t-•*▪◦–>#_"
# what may stand before an item's date: a place of one or two capitalised words and a separator, a weekday
_PREFIX = re.compile(rf"(?P<where>(?!{WEEKDAY})[A-Z][\w’'-]*(?:[ \t]+(?!{WEEKDAY})[A-Z][\w’'-]*)?)?[ \t]*[|,–—:-]?[ \t]*(?:(?:{WEEKDAY}),?[ \t]+)?")
# the venue after the date and time: "– Namur, Maison de l'Entreprise", ", 10:00–12:00 – Mali Lošinj, Town Hall"
_VENUE = re.compile(r"[–—,|][ \t]+(?P<where>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)")
_ONLINE = re.compile(r"\bonline\b", re.I)
_CONTINUED = re.compile(r"[ \t]+\S|[a-z]")  # an indented or lower-case line goes on with the item above


@lru_cache(maxsize=8)
def _patterns(data_dir: Path) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a heading line of the plural noun, a sentence that ends in it and a colon), or None without nouns."""
    nouns = data_lines(data_dir / "event_session_list_heads.txt")
    if not nouns:
        return None
    noun = rf"(?i:{phrase_alternation(nouns)})(?i:s|es)"
    heading = re.compile(rf"[ \t#*_]*(?:\d{{1,2}}[.)][ \t]+)?(?P<np>(?:[A-Za-z][\w’'-]*[ \t]+){{0,2}}?{noun})[ \t*_]*:?[ \t]*")
    intro = re.compile(rf"\b(?P<np>{noun})[ \t]*:[ \t]*$")
    return heading, intro


def _item(ctx: DocContext, gaz: Gazetteer, start: int, end: int) -> tuple[DateMention, str | None] | None:
    """(date, where) when the line is an item of when and where only, else None."""
    start += len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip(_MARKS))
    dates = [d for d in ctx.dates_between(start, end) if d.precision == "day" and d.start - start <= _MAX_DATE_OFFSET]
    if not dates:
        return None
    prefix = _PREFIX.fullmatch(ctx.text, start, dates[0].start)
    if prefix is None:
        return None
    where = prefix.group("where")
    if where is None:
        towns = [gaz.place(m.group())[0] for m in gaz.pattern.finditer(ctx.text, dates[0].end, end)]
        venue = _VENUE.search(ctx.text, dates[0].end, end)
        where = next((t for t in towns if t), None) or (venue.group("where") if venue else None)
    if where is None or _ONLINE.fullmatch(where):
        where = "online" if _ONLINE.search(ctx.text, start, end) else None
    return dates[0], where


def _name(np: str) -> str:
    """The heading's plural noun phrase as one session's name: "INFO SESSIONS" → "Info session"."""
    np = " ".join(np.split())
    np = np.lower() if np.isupper() else np
    np = np[:-1] if np.lower().endswith("s") else np
    return np[:1].upper() + np[1:]


def session_items(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """Sessions listed by date and place under a plural heading (see the module doc)."""
    patterns = _patterns(data_dir)
    if patterns is None:
        return []
    heading, intro = patterns
    lines = line_spans(ctx.text)
    out: list[Candidate] = []
    taken: set[int] = set()
    for i, (start, end) in enumerate(lines):
        m = heading.fullmatch(ctx.text, start, end) or intro.search(ctx.text, start, end)
        if m is None:
            continue
        items: list[tuple[int, int, DateMention, str | None]] = []
        prose = 0
        for s, e in lines[i + 1:]:
            if not ctx.text[s:e].strip():
                continue
            item = _item(ctx, gaz, s, e)
            if item is None:
                if items and _CONTINUED.match(ctx.text, s, e):
                    continue  # the item's venue wrapped onto the next line (" Centre")
                if items:
                    break
                prose += 1
                if prose > _MAX_INTRO_LINES:
                    break
                continue
            items.append((s, e, *item))
        if len(items) < 2 or any(s in taken for s, *_ in items):
            continue
        name = _name(m.group("np"))
        hit = lex.lookup(name.lower().split()[-2:]) or lex.lookup(name.lower().split()[-1:])
        keyword, etype = hit if hit else (None, "other")
        places = [where for *_, where in items]
        for s, e, d, where in items:
            day = f"{d.start_date.day} {d.start_date:%B}" if d.start_date else d.text
            label = where if where and places.count(where) == 1 else ", ".join(filter(None, (where, day)))
            taken.add(s)
            city, country = gaz.place(where) if where else (None, None)
            s += len(ctx.text[s:e]) - len(ctx.text[s:e].lstrip(_MARKS))
            out.append(Candidate(s, d.end, f"{name} ({label})", "pattern:event_session_item",
                                 keyword, etype, dates=d, city=city, country=country))
    return out
