"""Events listed one a line, title first and date last, as series pages and calendars list editions.

- ``pattern:event_edition_row``: a line made of a title, a separator ("," "–" ":" or "(") and a day
  or month date that ends the line: "Clusters meet Regions Graz, 18–19 June 2024", "EU Clusters Talk
  “Dual use technologies” – 21 September 2022", "2. Bio-based packaging: what comes next? – 7 May
  2025" (list markers and numbers are dropped). Rows come in lists: a row needs another one within
  three lines, and a row is an event only when its title holds an event keyword, starts with the
  same two words as another row (the series' name: "Clusters meet Regions ..."), or sits in a section
  whose heading holds an event keyword ("Next EU Clusters Talks"). A title with a word from
  ``data/event_row_not_event_words.txt`` ("Deadline for applications – 15 May 2025") is a date of
  something else. The title, quotes and all, is the name (editions of one series stay apart by their
  city, title or date); a known place in the title or line is the event's place.
- ``pattern:event_past_editions``: "Previous editions took place in Szczecin (2024) and Rostock
  (2025)": each place with its year is an edition of the event the document is about
  (``events`` names it after that event).

The date ending the line is the event's own date, never a publication date (those are filtered
before: see :class:`~pipeline.extract.event_context.DocContext`).
"""
from __future__ import annotations

import re

from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.places import Gazetteer
from pipeline.records import Block

_MARKER = re.compile(r"[ \t]*(?:[-•*▪◦–]|\d{1,2}[.)]|\(\d{1,2}\))?[ \t]*")
_SEPARATOR = re.compile(r"(?:[ \t]*,|[ \t]+[–—-]|[ \t]*:|[ \t]*\(|[ \t]*\|)[ \t]*(?:on[ \t]+|from[ \t]+)?$")
_BRACKET_END = re.compile(r"[ \t]*\(([^()]{1,30})\)[ \t]*$")
_TAIL = re.compile(r"[ \t.;)]*$")
_MAX_TITLE_WORDS = 14
_LIST_GAP_LINES = 3


def _has_keyword(lex: EventLexicon, title: str) -> bool:
    words = [w.strip("“”\",:;?!()") for w in title.split()]
    return any(keyword_at(lex, words, j) for j in range(len(words)))


def edition_rows(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """Title-then-date lines in lists (``pattern:event_edition_row``; see the module doc). A heading over
    such rows names their series ("Next Green Ports Webinars"), not one more event: see
    :func:`series_headings`."""
    not_event = lex.row_not_event
    rows: list[tuple[int, Candidate, str]] = []  # (line number, candidate, first two words of the title)
    for d in ctx.dates:
        if d.precision not in ("day", "month") or d.start_date is None:
            continue
        line_start = ctx.text.rfind("\n", 0, d.start) + 1
        line_end = ctx.text.find("\n", d.end)
        line_end = len(ctx.text) if line_end < 0 else line_end
        if not _TAIL.fullmatch(ctx.text, d.end, line_end):
            continue  # the date must end its line
        marker = _MARKER.match(ctx.text, line_start, d.start)
        title_start = marker.end() if marker else line_start
        sep = _SEPARATOR.search(ctx.text, title_start, d.start)
        if sep is None or sep.start() <= title_start:
            continue
        raw = ctx.text[title_start:sep.start()]
        where = _BRACKET_END.search(raw)  # "Porto (PT)", "Kiel (Germany)": the place, not the title
        if where and (re.fullmatch(r"[A-Z]{2,3}", where.group(1)) or gaz.place(where.group(1)) != (None, None)):
            raw = raw[:where.start()]
        name = clean_event_name(raw)
        words = name.split()
        if not words or len(words) > _MAX_TITLE_WORDS or not (raw[:1].isupper() or raw[:1] in "“\"") or raw.rstrip().endswith(","):
            continue
        if any(w.lower().strip("“”\",:;?!()") in not_event for w in words):
            continue
        if ctx.dates_between(title_start, sep.start()):
            continue  # another date inside the title: a sentence, not a title
        places = [gaz.place(x.group()) for x in gaz.pattern.finditer(ctx.text, title_start, line_end)]
        city, country = next((p for p in places if p[0] or p[1]), (None, None))
        hit = next((h for j in range(len(words)) if (h := keyword_at(lex, [w.strip("“”\",:;?!()") for w in words], j))), None)
        keyword, etype = (hit[1], hit[2]) if hit else (None, "other")
        cand = Candidate(title_start, title_start + len(raw.rstrip()), name, "pattern:event_edition_row", keyword, etype,
                         dates=d, city=city, country=country)
        rows.append((ctx.text.count("\n", 0, d.start), cand, " ".join(w.lower() for w in words[:2])))
    out = []
    for line, cand, prefix in rows:
        near = [r for r in rows if r[1] is not cand and abs(r[0] - line) <= _LIST_GAP_LINES]
        if not near:
            continue
        series = len(prefix.split()) == 2 and any(r[2] == prefix for r in rows if r[1] is not cand)
        if cand.keyword or series or _event_heading(ctx, lex, cand.start) is not None:
            out.append(cand)
    return out


def _event_heading(ctx: DocContext, lex: EventLexicon, offset: int) -> Block | None:
    """The heading of the section holding ``offset`` when it has an event keyword."""
    block = ctx.block_at(offset)
    if block is None or block.section_start is None:
        return None
    heading = ctx.block_at(block.section_start)
    if heading is not None and heading.kind == "heading" and _has_keyword(lex, ctx.text[heading.start:heading.end]):
        return heading
    return None


def series_headings(ctx: DocContext, lex: EventLexicon, rows: list[Candidate]) -> list[Block]:
    """Headings with an event keyword over two or more edition rows: they name the series of the rows."""
    count: dict[int, int] = {}
    found: dict[int, Block] = {}
    for row in rows:
        heading = _event_heading(ctx, lex, row.start)
        if heading is not None:
            count[heading.start] = count.get(heading.start, 0) + 1
            found[heading.start] = heading
    return [found[k] for k, n in count.items() if n >= 2]


_PLACE_YEAR = re.compile(r"(?P<place>[A-Z][\w’'.-]+(?:[ \t][A-Z][\w’'.-]+)?)[ \t]*\((?P<year>(?:19|20)\d\d)\)")
_PAST_EDITIONS = re.compile(r"\b(?:[Pp]revious|[Pp]ast|[Ee]arlier|[Ff]ormer|[Ff]irst|[Tt]he)[ \t]+(?:two[ \t]+|three[ \t]+)?editions?\b"
                            r"[^.\n]{0,60}?\bin[ \t]+(?=[A-Z])")


def past_edition_places(ctx: DocContext, gaz: Gazetteer) -> list[Candidate]:
    """"Previous editions took place in Szczecin (2024) and Rostock (2025)": one edition per known place
    with its year in brackets (``pattern:event_past_editions``; ``events`` names each after the event
    the document is about)."""
    out = []
    for m in _PAST_EDITIONS.finditer(ctx.text):
        end = ctx.text.find(".", m.end())
        end = len(ctx.text) if end < 0 else end
        for py in _PLACE_YEAR.finditer(ctx.text, m.end(), end):
            city, country = gaz.place(py.group("place"))
            if city is None and country is None:
                continue
            year_date = next((d for d in ctx.dates_between(py.start("year"), py.end("year"))), None)
            cand = Candidate(py.start(), py.end(), f"{py.group('place')} edition", "pattern:event_past_editions", None, "other",
                             dates=year_date, city=city, country=country)
            cand.year = int(py.group("year"))
            out.append(cand)
    return out
