"""A programme's own items named by a generic noun, one a slot or a day (``pattern:event_programme_item``).

A conference programme, a study visit's or a mission's day-by-day plan gives its dinner, reception, site
visits, B2B meetings, open day or job fair a slot of their own; ``eval/gold/SCHEMA.md`` counts each as an event
("Conference conventions settled": a programme's own item with its own line, day or time). Two shapes:

- a timed slot of an agenda, the item on the time's line or on the next line when the time stands alone (a
  table's cells read one a line):

      16:00 Matchmaking (pre-booked B2B meetings)          19:30
      - 19:00 Forum dinner at the town museum              Conference dinner – Castle hotel
      12:30–14:00 Lunch and B2B meetings with suppliers

- a day of a day-by-day list, a day date (perhaps after "Day 2 –") and a colon or dash, then the day's items
  between commas or semicolons, perhaps wrapped onto the next lines (indented, in lower case or inside a bracket):

      Tuesday 10 June: workshops A–D, B2B matchmaking (with the network), summit dinner
      16 October – Arrival in Lyon; welcome dinner with the chamber of commerce

  A day's heading without its date ("Day 2 – Site visits and matchmaking") titles the paragraph below it, which
  other rules read.

An item is one when it opens with an item noun of ``data/event_programme_items.csv`` ("dinner", "site visit",
"B2B meetings", "open day", "job fair"), perhaps after up to three words of its own ("Forum dinner", "anniversary
gala") and after a break joined by "and" ("Lunch and B2B meetings with suppliers"). A bare "Dinner" is a meal of
the programme; a visit named only by where it goes, a reception and an exhibition are left out (the data file
gives the training sets' figures). The nouns are of every language: the file's ``item concept`` and ``plain concept``
rows take a concept's forms in the 37 languages of ``data/event_noun_concepts.csv`` ("13h00 – Reuniões B2B",
"16.00 Bedriftsbesøk hos …", "14:30 Tavola rotonda sulla …", "14h30 Ateliers"), so the rule runs in every language's
block, and in an English timetable whose speakers' cells read as another language. A slot's lettered or numbered
parts after a colon are no part of its name ("Parallel workshops: A) … · B) …" → "Parallel workshops"); a numbered
session ("Panel 1: …", "Workshop 2") names none. A bare item noun with a title after its colon is named with that
title, to a bracket, a comma or a question mark that ends it ("11:30 Workshop: data sharing agreements and the code of
conduct" → that whole name, not "Workshop"). The name is the item as written up to a
bracket, a comma, a semicolon, a dash or who hosts it ("welcome dinner hosted by the mayor" → "Welcome dinner"); a
colon goes on when a title follows ("Site visit: Harbour and test berth"), and a second item joined
by "and a" ends it ("thematic workshops and a boat excursion to …" → "Thematic workshops"). A day's date is its items' date; a timed
slot takes the day heading above its time's line (``line_dates.agenda_day``), also when the item stands on the time's own
line and its sentence runs on to the next day's heading ("16.00 Company visit" over "Wednesday 15 June"). A session title, a coffee break, registration or
a count ("96 B2B meetings") names no item; timed slots count only in a text with two timed lines or more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table, phrase_alternation
from pipeline.extract.date_patterns import CLOCK, WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, line_spans
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_nouns import CONCEPTS_FILE
from pipeline.extract.line_dates import agenda_day
from pipeline.extract.programme_days import day_heading_words
from pipeline.records import DateMention

RULE = "pattern:event_programme_item"
_MARK = r"[ \t]*(?:[-•*▪◦–>][ \t]+)?"
_TIME = rf"{CLOCK}(?:[ \t]*[–—-][ \t]*{CLOCK})?(?:[ \t]*(?:h|CET|CEST|EET))?"
_TIMED = re.compile(rf"{_MARK}{_TIME}[ \t]*(?:[–—|:-][ \t]*)?")
_TIME_ONLY = re.compile(rf"{_MARK}(?:{_TIME}|[–—-])?[ \t]*")  # a cell of a table read one a line: a time, a dash, nothing
_SEP = re.compile(rf"(?:,?[ \t]*{_TIME})?[ \t]*(?:[:–—]|-(?=[ \t]))[ \t]*")  # after a day's date: "Tuesday 10 June:", "16 October –"
# where the day is spent, between the day's dash and a colon: "Luni, 14 mai – Seul: briefing …", "Day 3 – Changwon:"
_DAY_PLACE = re.compile(r"(?P<place>[^\W\d_][\w’'.-]*(?:(?:[ \t]|[ \t]?/[ \t]?)[^\W\d_][\w’'.-]*){0,2})[ \t]*:[ \t]*")
_MAX_NEXT_LINES = 4  # a time alone, then perhaps a second time and blank lines, then its item
_MAX_DAY_LINES = 4  # a day's items wrapped onto the next lines
_MAX_MODIFIERS = 3
_MAX_NAME_CHARS = 120
_NUMBERED = re.compile(r"[ \t]+\d")
# where an item's name ends; a colon goes on before a capitalised title ("Site visit: Harbour and test berth"), not before the
# lettered or numbered parts of the slot ("Parallel workshops: A) BIM for carpenters · B) …")
# a bare item noun's own title after its colon, in any case, up to a bracket, a comma, a semicolon, a dash or the line's end; a
# question mark ends it and stays ("Panel: Who pays for farm data? With …"); not the lettered parts of a slot
_TITLE = re.compile(r"[ \t]*:[ \t]*(?![A-Za-z\d][.)][ \t])(?P<title>[^\W\d_\"“„«‘'][^\n(;·?]*?(?:\?|(?=[ \t]*(?:\(|,|;|·|[ \t][–—-][ \t]|\.(?:[ \t]|$)|$))))", re.M)
_NAME_END = re.compile(r"[ \t]*(?:\(|,|;|·|\.(?:[ \t]|$)|[ \t][–—-][ \t]|:(?![ \t]*[A-Z])|:(?=[ \t]*\(?[A-Za-z\d][.)][ \t])|$)")


@dataclass(frozen=True)
class _Lexicon:
    item: re.Pattern[str]  # an item phrase at the start of an item's text, its noun in the group "noun"
    types: dict[str, str]  # lower-case noun -> event type
    plain: frozenset[str]  # nouns that name an item only with a word of their own before or after them
    lead: re.Pattern[str]  # a break joined by "and", or a word before the day or item
    stop: re.Pattern[str]
    day: re.Pattern[str]  # what opens a day's line before its date: a list mark, "Day 2 –", "on", a weekday of any language


@lru_cache(maxsize=8)
def _lexicon(data_dir: Path) -> _Lexicon | None:
    """The item nouns and the words around them, compiled once; None without nouns."""
    rows = data_table(data_dir / "event_programme_items.csv")[1]
    words = {kind: [r["word"].strip() for r in rows if r["kind"].strip() == kind]
             for kind in ("item", "plain", "break", "lead", "stop", "not_modifier")}
    types = {" ".join(r["word"].lower().split()): (r.get("type") or "other").strip() or "other"
             for r in rows if r["kind"].strip() in ("item", "plain")}
    for kind, form, etype in _concept_forms(data_dir, rows):  # the item nouns of every language
        words[kind].append(form)
        types.setdefault(form.lower(), etype)
    if not words["item"] and not words["plain"]:
        return None
    nouns = phrase_alternation(words["item"] + words["plain"])
    function_words = phrase_alternation(["and", *words["not_modifier"]])
    modifier = rf"(?!(?i:{function_words})[ \t])[^\W\d_][\w’'&-]*[ \t]+"
    item = re.compile(rf"(?P<mods>(?:{modifier}){{0,{_MAX_MODIFIERS}}}?)(?P<noun>(?i:{nouns}))(?:s|es)?(?![\w-])")
    lead = re.compile(rf"(?:(?P<lead>(?i:{phrase_alternation(words['lead'])}))\b[ \t]*:?[ \t]*)?"
                      rf"(?:(?P<brk>(?i:{phrase_alternation(words['break'])}))[ \t]+and[ \t]+)?")
    stop = re.compile(rf"[ \t]+(?i:{phrase_alternation(words['stop'])})\b")
    label, weekday = day_heading_words(data_dir)  # "Day 2 –", "Dia 2 –", "Luni,", "Τρίτη", "czwartek" (programme_day_headings.csv)
    day = re.compile(rf"{_MARK}(?:(?:{label}|day)[ \t]+\d{{1,2}}[ \t]*(?:[–—:-][ \t]*)?)?(?:on[ \t]+)?"
                     rf"(?:(?:{WEEKDAY}|(?:{weekday})(?![\w-])\.?),?[ \t]+)?", re.I)
    return _Lexicon(item, types, frozenset(w.lower() for w in words["plain"]), lead, stop, day)


def _concept_forms(data_dir: Path, rows: list[dict[str, str]]) -> list[tuple[str, str, str]]:
    """(kind, form, event type) of the forms of every language that ``data/event_noun_concepts.csv`` gives the concepts
    the programme file names (kind "item concept" or "plain concept": "b2b_meetings" → "incontri B2B", "spotkania B2B",
    "B2B-Gespräche"; "dinner" → "cena", "vakariņas", a plain noun)."""
    concepts = {r["word"].strip(): r["kind"].split()[0] for r in rows if r["kind"].strip() in ("item concept", "plain concept")}
    if not concepts:
        return []
    return [(concepts[r["concept"]], " ".join(r["form"].split()), r["type"] or "other")
            for r in data_table(data_dir / CONCEPTS_FILE)[1] if r["concept"] in concepts and (r.get("form") or "").strip()]


def _item(ctx: DocContext, lex: _Lexicon, elex: EventLexicon, start: int, end: int,
          date: DateMention | None, short: bool = False) -> Candidate | None:
    """The item that opens ``text[start:end]``, or None; ``short``: named by its noun and its own words before it only
    (a sentence's words after it say where and with whom: "networking dinner at the town hall")."""
    lead = lex.lead.match(ctx.text, start, end)
    pos = lead.end() if lead else start
    m = lex.item.match(ctx.text, pos, end)
    if m is None:
        return None
    noun = " ".join(m.group("noun").lower().split())
    if any(c.isdigit() for c in m.group("mods")):
        return None  # "96 B2B meetings": how many were held
    if _NUMBERED.match(ctx.text, m.end(), end):
        return None  # "Panel 1: Design for disassembly", "Workshop 2": a numbered session of the programme
    stop = _NAME_END.search(ctx.text, m.end(), min(end, m.end() + _MAX_NAME_CHARS))
    name_end = stop.start() if stop else min(end, m.end() + _MAX_NAME_CHARS)
    # a bare singular noun's title; a plural's colon lists its parts ("Workshops: board roles; recruiting; …")
    title = _TITLE.match(ctx.text, m.end(), end) if not m.group("mods").strip() and not short and m.end() == m.end("noun") else None
    if title is not None and not ctx.text.startswith(";", title.end("title")):
        name_end = title.end("title")  # "11:30 Workshop: data sharing agreements …": a bare noun's title is its name
    host = lex.stop.search(ctx.text, m.end(), name_end)
    name_end = host.start() if host else name_end
    name_end = m.end() if short else name_end
    name = clean_event_name(ctx.text[m.start():name_end])
    if not name or noun in lex.plain and len(name.split()) < 2:
        return None  # "19:00 Dinner": a meal of the programme
    hit = elex.lookup(noun.split())
    return Candidate(m.start(), name_end, name[:1].upper() + name[1:], RULE, hit[0] if hit else None,
                     lex.types.get(noun, "other"), dates=date)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between commas and semicolons outside brackets."""
    out, depth, begin = [], 0, start
    for i in range(start, end):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c in ",;·" and depth == 0:
            out.append((begin, i))
            begin = i + 1
    out.append((begin, end))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in out]


def _day_rest(ctx: DocContext, lex: _Lexicon, start: int, end: int) -> tuple[int, DateMention] | None:
    """(where the day's items start, the day's date) when the line opens a day of a day-by-day list with its date:
    "Tuesday 10 June:", "- 16 October –", "Day 2 – Wednesday 4 May:", "Optional on 12 October:"."""
    pos = lex.day.match(ctx.text, lex.lead.match(ctx.text, start, end).end(), end).end()
    dates = [d for d in ctx.dates_between(pos, end) if d.start == pos and d.precision == "day"]
    sep = _SEP.match(ctx.text, dates[0].end, end) if dates else None
    if sep is None:
        return None
    place = _DAY_PLACE.match(ctx.text, sep.end(), end)
    if place and place.group("place")[:1].isupper() and ctx.text[sep.start():sep.end()].strip(" \t") in "–—-" \
            and lex.item.match(ctx.text, lex.lead.match(ctx.text, sep.end(), end).end(), end) is None:
        return place.end(), dates[0]  # "14 mai – Seul: briefing …": the day's place is no item ("– Site visit: …" is one)
    return sep.end(), dates[0]


def _continued(ctx: DocContext, s: int, e: int, open_bracket: bool) -> bool:
    """The line goes on with the day's items above: indented, in lower case, or inside a bracket the day opened
    ("B2B matchmaking (with the Enterprise Europe" / "Network Finland), summit dinner"); not a new day or item."""
    line = ctx.text[s:e]
    if not line.strip() or re.match(rf"{_MARK}(?:\d|{WEEKDAY})", line.lstrip()):
        return False
    return open_bracket or line[:1] in " \t" or line[:1].islower()


def programme_items(ctx: DocContext, elex: EventLexicon, data_dir: Path, *, slots: bool = True,
                    days: bool = True) -> list[Candidate]:
    """The items of an agenda's timed slots (``slots``) and of a day-by-day list (``days``) named by a generic noun (see
    the module doc). The candidate order takes the timed slots before other languages' nouns ("16.00 Bedriftsbesøk
    hos …") and a dated list's lines after the generic-noun phrases, whose names end where a list's item says more
    ("4 March: study visit to Augsburg with the robotics network" → "Study visit to Augsburg")."""
    lex = _lexicon(data_dir)
    if lex is None:
        return []
    lines = line_spans(ctx.text)
    timed = [i for i, (s, e) in enumerate(lines) if _TIMED.match(ctx.text, s, e)] if slots else []
    out: list[Candidate] = []
    if len(timed) >= 2:
        for i in timed:
            s, e = lines[i]
            pos = _TIMED.match(ctx.text, s, e).end()
            if pos < e:  # the item on its time's line takes the day heading above it, not a day its sentence runs on to
                found = _item(ctx, lex, elex, pos, e, None)  # ("16.00 Company visit" over "Wednesday 15 June")
                if found is not None:
                    found.dates = agenda_day(ctx, found)
            else:  # the time alone on its line: its item is the next line that is no time, dash or blank
                nxt = next(((a, b) for a, b in lines[i + 1:i + 1 + _MAX_NEXT_LINES]
                            if not _TIME_ONLY.fullmatch(ctx.text, a, b)), None)
                found = _item(ctx, lex, elex, nxt[0], nxt[1], None) if nxt else None
                if found is not None:  # the day heading above the time's line, which the item's own line does not start with
                    found.dates = agenda_day(ctx, replace(found, start=s, end=e))
            if found is not None and not any(c.start == found.start for c in out):
                out.append(found)
    for i, (s, e) in enumerate(lines if days else []):
        if not e - s or not (day := _day_rest(ctx, lex, s, e)):
            continue
        pos, date = day
        stop = e
        for a, b in lines[i + 1:i + 1 + _MAX_DAY_LINES]:
            opened = ctx.text.count("(", pos, stop) > ctx.text.count(")", pos, stop)
            if not _continued(ctx, a, b, opened):
                break
            stop = b
        for a, b in _pieces(ctx.text, pos, stop):
            found = _item(ctx, lex, elex, a, b, date)
            if found is not None and not any(c.start == found.start for c in out):
                out.append(found)
    return out


def item_at(ctx: DocContext, elex: EventLexicon, data_dir: Path, start: int, end: int) -> Candidate | None:
    """The programme item that opens ``ctx.text[start:end]``, named by its noun and up to three words of its own
    before it, undated, or None: for the readers of a programme's other shapes (:mod:`event_day_part_items`)."""
    lex = _lexicon(data_dir)
    return _item(ctx, lex, elex, start, end, None, short=True) if lex is not None else None
