"""Side events listed one a line under a "Side events" heading (``pattern:event_side_event``).

A cluster week, a conference or a trade-fair stand lists the events held around it, each with its own day,
under a heading that opens with a phrase of ``data/event_side_event_headings.txt``:

    SIDE EVENTS (organised by partners)              Side events
    - 6 September, 17:30, Malmö – Hydrogen           Monday 21 April, 15:00 – Cluster evening on the stand.
      valley network meeting (members only)          Tuesday 22 April, 10:30 – Panel "Robots for SMEs" (Hall 8).

(a title wrapped onto an indented next line goes on there).

Each line that opens with a day date (after a list marker, perhaps a weekday), then perhaps its time, a place
or "online" between commas, then a dash and a title, is one event, its titles with no event word of their own
included ("Women in Hydrogen" breakfast, an open day, a signing). The title up to the first comma, semicolon,
bracket, full stop or dash is the name; the date is the line's; a known place among the cells or the title is the
place. When the title after the dash is only a venue (a few words with no event word or with a venue noun of
``data/event_venue_nouns.txt``) and the next line goes on indented
("• Tuesday 8 May, 11:00 – Stand C41" / "  "Mono-material films" – talk by …"), the next line is the title.
The list ends at the first line that is neither an item nor an item's indented or lower-case continuation (the
next heading). A title with a word of ``data/event_row_not_event_words.txt`` and no event word ("Registration
deadline") names no event. Without the heading nothing is read: a "Programme" list of dated lines is an
agenda, whose rows other rules judge.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.date_patterns import WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at, line_spans
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.places import Gazetteer
from pipeline.records import DateMention

RULE = "pattern:event_side_event"
_MARKS = " \t-•*▪◦–—>_"
_MAX_HEADING_WORDS = 8
_MAX_INTRO_LINES = 2  # a short sentence between the heading and its items
_MAX_TITLE_WORDS = 14
_MAX_VENUE_WORDS = 6  # "Stand C41", "Congress Center Düsseldorf, Room 3": a venue, the title on the next line
_TIME = r"\d{1,2}[:.h]\d\d(?:[ \t]*[–—-][ \t]*\d{1,2}[:.h]\d\d)?(?:[ \t]*(?:CET|CEST|EET|h))?"
_CELL = rf"(?:{_TIME}|online|(?!{WEEKDAY})[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){{0,2}})"
# after the date: "(Saturday)", ", 09:00–12:00", ", Copenhagen", ", online", then the dash before the title
_LEAD = re.compile(rf"(?:[ \t]*\([A-Za-z]+\))?(?P<cells>(?:[ \t]*,[ \t]*{_CELL}|[ \t]+{_TIME})*)[ \t*_]*(?:[–—:]|-(?=[ \t]))[ \t*_]*")
_WEEKDAY_FIRST = re.compile(rf"(?:{WEEKDAY},?[ \t]+)?")
_NAME_END = re.compile(r"[ \t]+\(|,[ \t]|;|\.(?:[ \t]|$)|[ \t][–—-][ \t]|\*\*|$")
_QUOTE = re.compile(r"[\"“„][^\"”“\n]*[\"”]")


@lru_cache(maxsize=8)
def _heading(data_dir: Path) -> re.Pattern[str] | None:
    """A heading line that opens with a side-events phrase, compiled once; None without phrases."""
    phrases = data_lines(data_dir / "event_side_event_headings.txt")
    if not phrases:
        return None
    return re.compile(rf"[ \t#*_]*(?:\d{{1,2}}[.)][ \t]+)?(?i:{phrase_alternation(phrases)})\b[^\n]*")


def _name_of(text: str) -> str:
    """The title up to its first comma, semicolon, bracket, full stop or dash outside quotes."""
    masked = _QUOTE.sub(lambda q: "x" * len(q.group()), text)
    return text[:_NAME_END.search(masked).start()]


def _item(ctx: DocContext, start: int, end: int) -> tuple[DateMention, int, list[str]] | None:
    """(date, end of the cells before the title, the cells) when the line opens with a day date and a dash
    follows its time and place cells, else None."""
    start += len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip(_MARKS))
    dates = [d for d in ctx.dates_between(start, end) if d.start_date is not None]
    if not dates or dates[0].precision != "day" or not _WEEKDAY_FIRST.fullmatch(ctx.text, start, dates[0].start):
        return None
    lead = _LEAD.match(ctx.text, dates[0].end, end)
    if lead is None or lead.end() >= end:
        return None
    return dates[0], lead.end(), [c.strip(" \t,") for c in re.split(r",", lead.group("cells")) if c.strip(" \t,")]


@lru_cache(maxsize=8)
def _venue_nouns(data_dir: Path) -> frozenset[str]:
    """The nouns of a venue's name (``data/event_venue_nouns.txt``: "centre", "hall", "room"), read once."""
    return frozenset(w.lower() for w in data_lines(data_dir / "event_venue_nouns.txt"))


def _venue(lex: EventLexicon, text: str, data_dir: Path) -> bool:
    """True when the text after an item's dash says where, not what: no event word ("Stand C41"), or a
    venue noun of ``data/event_venue_nouns.txt`` ("Congress Center Düsseldorf, Room 3")."""
    words = [w.lower().strip(",.:;()") for w in text.split()]
    return not _keyword(lex, text.split()) or any(w in _venue_nouns(data_dir) for w in words)


def _keyword(lex: EventLexicon, words: list[str]) -> tuple[int, str, str] | None:
    """The first event keyword among the words, if any."""
    lowered = [w.lower().strip(",.:;()\"“”") for w in words]
    return next((h for k in range(len(lowered)) if (h := keyword_at(lex, lowered, k))), None)


def _next_continues(ctx: DocContext, lines: list[tuple[int, int]], j: int) -> bool:
    """True when the line after line ``j`` goes on with it."""
    if j + 1 >= len(lines):
        return False
    s, e = lines[j + 1]
    return bool(ctx.text[s:e].strip()) and _continued(ctx, s, e)


def _continued(ctx: DocContext, start: int, end: int) -> bool:
    """An indented or lower-case line goes on with the item above it."""
    line = ctx.text[start:end]
    return line[:1] in " \t" or line.lstrip()[:1].islower()


def side_events(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """The side events listed under a side-events heading (see the module doc)."""
    heading = _heading(data_dir)
    if heading is None:
        return []
    lines = line_spans(ctx.text)
    out: list[Candidate] = []
    for i, (start, end) in enumerate(lines):
        if not heading.fullmatch(ctx.text, start, end) or len(ctx.text[start:end].split()) > _MAX_HEADING_WORDS \
                or ctx.dates_between(start, end):
            continue
        intro = 0
        items = 0
        for j in range(i + 1, len(lines)):
            s, e = lines[j]
            if not ctx.text[s:e].strip():
                continue
            item = _item(ctx, s, e)
            if item is None:
                if items and _continued(ctx, s, e):
                    continue
                intro += 1
                if items or intro > _MAX_INTRO_LINES:
                    break
                continue
            items += 1
            cand = _candidate(ctx, lex, gaz, data_dir, lines, j, *item)
            if cand is not None:
                out.append(cand)
    return out


def _candidate(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path, lines: list[tuple[int, int]], j: int,
               date: DateMention, title_at: int, cells: list[str]) -> Candidate | None:
    """The event of item line ``j``: its title (or the next line's, after a venue) as the name."""
    end = lines[j][1]
    rest = ctx.text[title_at:end].strip()
    venue = None
    if len(rest.split()) <= _MAX_VENUE_WORDS and _next_continues(ctx, lines, j) and _venue(lex, rest, data_dir):
        s, e = lines[j + 1]
        venue = rest  # "Stand C41" over "  Catalan Packaging Afterwork (…)"
        title_at, end = s + len(ctx.text[s:e]) - len(ctx.text[s:e].lstrip(_MARKS)), e
        j += 1
    raw = _name_of(ctx.text[title_at:end]).rstrip(" *_")
    if title_at + len(raw) >= end - 1 and _next_continues(ctx, lines, j):
        raw = _name_of(ctx.text[title_at:lines[j + 1][1]]).rstrip(" *_")  # a title wrapped onto the next line
    name = clean_event_name(raw)
    words = name.split()
    if not name or not (raw[:1].isupper() or raw[:1] in "\"“„") or len(words) > _MAX_TITLE_WORDS:
        return None
    lowered = [w.lower().strip(",.:;()\"“”") for w in words]
    hit = _keyword(lex, words)
    if hit is None and any(w in lex.row_not_event for w in lowered):
        return None
    if gaz.place(name) != (None, None):
        return None  # "– Lillehammer": where, not which event
    places = [gaz.place(c) for c in [*cells, venue or ""] if c]
    places += [gaz.place(m.group()) for m in gaz.pattern.finditer(ctx.text, title_at, title_at + len(raw))]
    city, country = next((p for p in places if p[0] or p[1]), (None, None))
    return Candidate(title_at, title_at + len(raw), name, RULE, hit[1] if hit else None, hit[2] if hit else "other",
                     dates=date, city=city, country=country)
