"""Events of a web calendar laid out as day tiles under month headings (``pattern:event_day_tile``).

Event calendars of agencies and clusters (rendered from their web pages) give a month as a heading line and then,
for each event, its day (or days) alone on a line as a tile, perhaps the weekday on the next line, then the event's
title and a line of time and place:

    FEBRUARY 2039                       MARS 2036                     Oktober 2037

    08                                  14.–15.                       3
    Tuesday                             Boat trip on the lake         Dienstag
    Info day on the voucher call        Harbour of Annecy             Regionaltreffen der Clustermanager
    9:00 – 12:30 | Town hall, Žilina                                  10:00 | Kammer, Linz

Each tile names one event: the title line as written, dated by the tile's day (or days) in the month of the heading
above it, placed at the first known town of the line below the title. The heading is a line that is only a month and
its year (a month date of any language the date rules read); a tile is one or two day numbers, each perhaps closed by
a dot. A title is no sentence (no final period), holds no date and at most 14 words; a title that names no one event
(:func:`event_lists.no_one_event`: "Day 2", "Events") is none. Two tiles or more make a calendar: one number alone on a
line is a page number or a list's counter.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from pathlib import Path

from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_lists import no_one_event, programme_parts
from pipeline.extract.places import Gazetteer
from pipeline.records import DateMention

RULE = "pattern:event_day_tile"
# a tile: "08", "24.–25.", "3 - 4", alone on its line; then perhaps a weekday alone on the next; then the title line
_TILE = re.compile(r"^[ \t]*(?P<d1>\d{1,2})\.?(?:[ \t]*[–—-][ \t]*(?P<d2>\d{1,2})\.?)?[ \t]*\n"
                   r"(?:[ \t]*(?P<weekday>[^\W\d_]{2,12}\.?)[ \t]*\n)?"
                   r"[ \t]*(?P<title>[^\n]{3,160}?)[ \t]*(?:\n|$)", re.M)
_MAX_WORDS = 14
_WORD = re.compile(r"[\w’'&+-]+")


def _heading_months(ctx: DocContext) -> list[DateMention]:
    """The document's heading lines that are only a month and its year ("FEBRUÁR 2039"), in text order."""
    out = []
    for d in ctx.dates:
        if d.precision != "month" or d.start_date is None:
            continue
        line_start = ctx.text.rfind("\n", 0, d.start) + 1
        line_end = ctx.text.find("\n", d.end)
        line_end = len(ctx.text) if line_end < 0 else line_end
        if not ctx.text[line_start:d.start].strip(" \t#*") and not ctx.text[d.end:line_end].strip(" \t#*:"):
            out.append(d)  # a month inside a line of text is no heading
    return out


def day_tiles(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path | None) -> list[Candidate]:
    """One event per day tile under a month heading (see the module doc)."""
    if "\n" not in ctx.text:
        return []
    tiles = list(_TILE.finditer(ctx.text))
    if len(tiles) < 2:
        return []
    headings = _heading_months(ctx)
    if not headings:
        return []
    starts = [d.start for d in headings]
    parts = programme_parts(data_dir) if data_dir else frozenset()
    out: list[Candidate] = []
    for m in tiles:
        title = m.group("title")
        if title.endswith((".", ":")) or not title[:1].isalpha() or ctx.dates_between(m.start("title"), m.end("title")):
            continue
        words = _WORD.findall(title)
        if not words or len(words) > _MAX_WORDS or no_one_event(lex, [w.lower() for w in words], parts):
            continue
        i = bisect.bisect_left(starts, m.start())
        if i == 0:
            continue
        month = headings[i - 1]
        year, mon = month.start_date.year, month.start_date.month
        d1, d2 = int(m.group("d1")), int(m.group("d2") or m.group("d1"))
        last = calendar.monthrange(year, mon)[1]
        if not 1 <= d1 <= d2 <= last:
            continue
        date = DateMention(month.doc_id, m.start("d1"), m.end("d2") if m.group("d2") else m.end("d1"),
                           ctx.text[m.start():m.end("d2") if m.group("d2") else m.end("d1")].strip(),
                           dt.date(year, mon, d1), dt.date(year, mon, d2), "day", RULE, resolved=True)
        line_end = ctx.text.find("\n", m.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        places = [gaz.place(p.group()) for p in gaz.pattern.finditer(ctx.text, m.end(), line_end)]
        city, country = next((p for p in places if p[0]), next((p for p in places if p[1]), (None, None)))
        low = [w.lower() for w in words]
        hit = next((k for i in range(len(low)) if (k := keyword_at(lex, low, i)) is not None), None)
        out.append(Candidate(m.start("title"), m.end("title"), clean_event_name(title), RULE, hit[1] if hit else None,
                             hit[2] if hit else "other", dates=date, city=city, country=country))
    return out if len(out) >= 2 else []
