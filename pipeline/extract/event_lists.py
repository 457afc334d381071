"""Events listed one a line, title first and date last, as series pages and calendars list editions.

- ``pattern:event_edition_row``: a line made of a title, a separator ("," "–" ":" or "(") and a day
  or month date that ends the line: "Clusters meet Regions Graz, 18–19 June 2024", "EU Clusters Talk
  “Dual use technologies” – 21 September 2022", "2. Bio-based packaging: what comes next? – 7 May
  2025" (list markers and numbers are dropped). Rows come in lists: a row needs another one within
  three lines, and a row is an event only when its title holds an event keyword, starts with the
  same two words as another row (the series' name: "Clusters meet Regions ..."), or sits in a section
  whose heading holds an event keyword ("Next EU Clusters Talks"); a line that labels an event with its
  date ("Next board meeting: 25/11/2025, 14:00, Brno"), or a line alone under a short heading with an
  event keyword ("### Next meeting" / "Steering group no. 4: Linz, 8 June 2027") may stand alone. After
  the date a note, a time, a place or who hosts it may follow ("SAVE THE DATE!", ", 14:00", ", Wrocław",
  ", hosted by the food cluster"); a trailing " – <place>" or " – online"
  is the place, not the title ("ClusterMatch 2024 – Riga, 13–14 November 2024"), and so is a known
  place after a colon ("Second partner meeting: Leoben, Austria, 8 May 2026"); under a line that
  announces events or editions (``data/event_list_headings.txt``: "Past editions") a row needs no
  event keyword. A title with a word from
  ``data/event_row_not_event_words.txt`` ("Deadline for applications – 15 May 2025", "Notification of
  acceptance: 20 April"), one that ends in a deadline word of ``data/event_deadline_words.txt`` ("Final slides
  due: 1 June") and a project's code alone ("M12  31 December 2039 …") are dates of something else, and a
  title that opens with an article and has a verb is a sentence ("The SAB meets twice a year: 19 March 2034";
  :func:`sentence_title`). The title, quotes and all, is the name (editions
  of one series stay apart by their city, title or date); a known place in the title or line is the
  event's place.
The rows of series pages (a place and a date, a year or an ordinal first, earlier editions in a
sentence) are :mod:`event_series_rows`'.

The date ending the line is the event's own date, never a publication date (those are filtered
before: see :class:`~pipeline.extract.event_context.DocContext`).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines
from pipeline.extract.event_attributes import deadline_words
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at
from pipeline.extract.event_key_values import header_labels
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.places import Gazetteer
from pipeline.records import Block, DateMention
from pipeline.segment import split_sentences

_MARKER = re.compile(r"[ \t]*(?:[-•*▪◦–|]|\d{1,2}[.)]|\(\d{1,2}\))?[ \t]*")
_SEPARATOR = re.compile(r"(?:[ \t]*,|[ \t]+[–—-]|[ \t]*:|[ \t]*\(|[ \t]*\|)[ \t]*(?:on[ \t]+|from[ \t]+)?$")
_BRACKET_END = re.compile(r"[ \t]*\(([^()]{1,30})\)[ \t]*$")
_WHO_CLAUSE = re.compile(r",[ \t]+(?:co-?)?(?:hosted|organi[sz]ed|run|moderated|supported|chaired)[ \t]+by\b")
# "<label>: <place>[, <country>]" before the date, as "Dates to remember" and "Upcoming" lists write a
# project's meetings: "Second consortium meeting: Straubing, 6–7 October 2026"
_COLON_END = re.compile(r"[ \t]*:[ \t]+([^:\n]{2,40}?)[ \t]*$")
_COMMA_END = re.compile(r"[ \t]*,[ \t]+([^,:\n]{2,40}?)[ \t]*$")
_DASH_END = re.compile(r"[ \t]+[–—-][ \t]+([^–—\n]{2,30}?)[ \t]*$")
_TAIL = re.compile(r"[ \t.;)]*$")
_MAX_TITLE_WORDS = 14
LIST_GAP_LINES = 3
# After the date: the end of the line, a symbol before a note (" · co-hosted by ...", " 📑 Read the
# summary", " (tbc)") or a note of ``data/event_row_notes.txt`` ("SAVE THE DATE!"): never a sentence.
_ROW_NOTE = re.compile(r"[ \t.]*(?:$|[^\w\s,;:])")
_ROW_DETAIL = re.compile(r"[ \t]*,[ \t]*(?P<rest>[^\n]*)")
_TIME = re.compile(r"\d{1,2}[:.h]\d\d\b")
# A title that is only a project's code for a month, a milestone or a deliverable ("M1", "M18", "MS4", "D2.3",
# "WP3") labels a row of a work plan, whatever the row says after its date: no event's name.
_CODE_TITLE = re.compile(r"[A-Z]{1,3}\d{1,3}(?:\.\d{1,2})*")


def _row_note(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, end: int, line_end: int) -> bool:
    if _ROW_NOTE.match(ctx.text, end, line_end) or _WHO_CLAUSE.match(ctx.text, end, line_end):
        return True  # a note, or who hosts it: "8 June 2027, hosted by the food cluster"
    tail = " ".join(ctx.text[end:line_end].lower().split())
    detail = _ROW_DETAIL.match(ctx.text, end, line_end)
    if detail:  # ", 14:00, Brno (in person)", ", Wrocław", ", venue to be decided": the time, place or format
        tail = " ".join(detail.group("rest").lower().split())
        if _TIME.match(tail) or gaz.place(detail.group("rest").split(",")[0].split("(")[0]) != (None, None):
            return True
    return any(tail == n or tail.startswith(n) and not tail[len(n)].isalnum() for n in lex.row_notes)


def _has_keyword(lex: EventLexicon, title: str) -> bool:
    words = [w.strip("“”\",:;?!()") for w in title.split()]
    return any(keyword_at(lex, words, j) for j in range(len(words)))


def dated_lines(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> Iterator[tuple[DateMention, int, int]]:
    """(date, line start, line end) of every day or month date that ends its line, or comes before a
    note ("SAVE THE DATE!", "📑 Read the summary")."""
    for d in ctx.dates:
        if d.precision not in ("day", "month") or d.start_date is None:
            continue
        line_start = ctx.text.rfind("\n", 0, d.start) + 1
        line_end = ctx.text.find("\n", d.end)
        line_end = len(ctx.text) if line_end < 0 else line_end
        if _TAIL.fullmatch(ctx.text, d.end, line_end) or _row_note(ctx, lex, gaz, d.end, line_end):
            yield d, line_start, line_end


def row_title(ctx: DocContext, marker: re.Pattern[str], separator: re.Pattern[str], line_start: int,
               date_start: int) -> tuple[int, int] | None:
    """(start, end) of the title of a listed line: after its list marker, before the separator that
    precedes the date; None when there is no such title."""
    lead = marker.match(ctx.text, line_start, date_start)
    title_start = lead.end() if lead else line_start
    sep = separator.search(ctx.text, title_start, date_start)
    return None if sep is None or sep.start() <= title_start else (title_start, sep.start())


@lru_cache(maxsize=8)
def programme_parts(data_dir: Path | None) -> frozenset[str]:
    """Words that, with a number, name one part of an event's programme ("Day 2"):
    ``data/event_programme_parts.txt``, read once."""
    return frozenset(w.lower() for w in data_lines(data_dir / "event_programme_parts.txt")) if data_dir else frozenset()


@lru_cache(maxsize=8)
def numbered_parts(data_dir: Path | None) -> frozenset[str]:
    """Words that, with a number, name one session of a series ("Session 3", "Module 2"):
    ``data/event_numbered_parts.txt``, read once."""
    return frozenset(w.lower() for w in data_lines(data_dir / "event_numbered_parts.txt")) if data_dir else frozenset()


_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?", re.I)
_PART_NUMBER = re.compile(r"\d{1,3}(?:[–-]\d{1,3})?")  # "Day 2", "Weeks 2–6"


def no_one_event(lex: EventLexicon, words: list[str], parts: frozenset[str], labels: frozenset[str] = frozenset()) -> bool:
    """True when a listed title (a row's, a calendar card's) names no one event:

    - only generic words and plural event words ("Events calendar", "Online meetings", "Upcoming webinars");
    - a part of a programme or series by its number, with perhaps its weekday ("Day 2", "Day 3 (Thursday",
      "DAY 1 – TUESDAY", "Episode 4", "Weeks 2–6");
    - a field label first (one word of ``data/event_header_labels.csv``): the row is a key-value line of an
      event page or a table's header, not a title ("Date: Friday, 3 May", "Date of the seminar: 4 June",
      "Date Event Venue");
    - the word "events" in lower case as its only event word: a line about the calendar, not one event
      ("Earlier events (2028)", "Questions about our events?", "Contact for all events: ...").

    "Online info session" is one event."""
    bare = [w.lower().strip("“”\",:;?!()") for w in words]
    if all(w in lex.generic or (w.endswith("s") and lex.lookup([w[:-1]]) is not None) for w in bare if w):
        return True
    if bare and bare[0] in labels:
        return True
    hits = [j for j in range(len(words)) if keyword_at(lex, bare, j)]
    if hits and all(words[j].strip("“”\",:;?!()") == "events" for j in hits):
        return True
    return bool(bare) and bare[0] in parts and all(_PART_NUMBER.fullmatch(w) or _WEEKDAY.fullmatch(w) for w in bare[1:] if w.strip("–—-·|")) \
        and len(bare) > 1


@lru_cache(maxsize=8)
def field_labels(data_dir: Path | None) -> frozenset[str]:
    """The one-word labels of an event page's key-value lines ("Date", "When", "Venue"), read once."""
    return frozenset(w for w in frozenset().union(*header_labels(data_dir)) if " " not in w) if data_dir else frozenset()


def edition_rows(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path | None = None) -> list[Candidate]:
    """Title-then-date lines in lists (``pattern:event_edition_row``; see the module doc). A heading over
    such rows names their series ("Next Green Ports Webinars"), not one more event: see
    :func:`series_headings`."""
    not_event = lex.row_not_event
    deadline = deadline_words(data_dir) if data_dir is not None else None
    # "Session 2 · Tuesday" before its date: a numbered session (data/event_numbered_parts.txt), its title elsewhere
    parts = programme_parts(data_dir) | numbered_parts(data_dir)
    labels = frozenset().union(*header_labels(data_dir)) if data_dir else frozenset()
    rows: list[tuple[int, Candidate, str, bool]] = []  # (line number, candidate, first two words of the title, labelled)
    for d, line_start, line_end in dated_lines(ctx, lex, gaz):
        span = row_title(ctx, _MARKER, _SEPARATOR, line_start, d.start)
        if span is None:
            continue
        title_start, title_end = span
        raw = ctx.text[title_start:title_end]
        if "|" in raw:
            continue  # a table row of several cells before the date ("A1 | Send the invitation | J. Roe | 4 May"): no title
        raw = _WHO_CLAUSE.split(raw, 1)[0]  # "Info session in Ruse, hosted by the chamber": the title ends at the comma
        where_dash = _DASH_END.search(raw)  # "ClusterMatch 2024 – Riga", "… – online": the place or format, not the title
        if where_dash and (gaz.place(where_dash.group(1)) != (None, None) or where_dash.group(1).lower() in lex.row_notes):
            raw = raw[:where_dash.start()]
        where_colon = _COLON_END.search(raw)  # "Second partner meeting: Leoben, Austria": the place, not the title
        colon_place = place_title(where_colon.group(1), gaz) if where_colon else None
        if colon_place is not None:
            raw = raw[:where_colon.start()]
        where_comma = _COMMA_END.search(raw)  # "Baltic Laser Day 2026, Riga": the place, not the title
        comma_place = place_title(where_comma.group(1), gaz) if where_comma and colon_place is None else None
        if comma_place is not None:
            raw, colon_place = raw[:where_comma.start()], comma_place
        where = _BRACKET_END.search(raw)  # "Porto (PT)", "Kiel (Germany)", "Board meeting (online)": where, not the title
        if where and (re.fullmatch(r"[A-Z]{2,3}", where.group(1)) or gaz.place(where.group(1)) != (None, None)
                      or " ".join(where.group(1).lower().split()) in lex.row_notes):
            raw = raw[:where.start()]
        name = clean_event_name(raw)
        words = name.split()
        if not words or len(words) > _MAX_TITLE_WORDS or not (raw[:1].isupper() or raw[:1] in "“\"") or raw.rstrip().endswith(","):
            continue
        if any(w.lower().strip("“”\",:;?!()") in not_event for w in words) or _CODE_TITLE.fullmatch(name):
            continue  # "Notification of acceptance: 20 April", "M12  31 December": a step of a call or a work plan
        if deadline is not None and deadline.search(ctx.text, title_start, d.start):
            continue  # "Final slides due: 1 June", "Registration closes – 4 May": the title ends in a deadline word
        if any(x.precision != "year" for x in ctx.dates_between(title_start, title_end)):
            continue  # another date inside the title: a sentence, not a title ("PartnerFair 2024" is a name)
        if sentence_title(ctx, title_start, title_start + len(raw)):
            continue  # "The SAB meets twice a year: 19 March 2034": a sentence before its date, not a title
        if place_title(raw, gaz) is not None or all(gaz.place(x) != (None, None) for x in re.split(r",[ \t]*|[ \t]+and[ \t]+", raw)):
            continue  # "Bilbao, Spain – 8-9 October 2025": an edition of the page's series (``place_rows``)
        if " ".join(raw.lower().strip(" \t*_:|").split()) in labels:
            continue  # "| When | 2 December 2026 |": a key-value header's label (event_key_values dates the title)
        if no_one_event(lex, words, parts, field_labels(data_dir)):
            continue  # "Events calendar: May – June 2026", "Online meetings: 4 May", "Day 2 (Wednesday)", "Date: Friday": no one event
        places = [gaz.place(x.group()) for x in gaz.pattern.finditer(ctx.text, title_start, line_end)]
        city, country = colon_place[1:] if colon_place else next((p for p in places if p[0] or p[1]), (None, None))
        hit = next((h for j in range(len(words)) if (h := keyword_at(lex, [w.strip("“”\",:;?!()") for w in words], j))), None)
        keyword, etype = (hit[1], hit[2]) if hit else (None, "other")
        cand = Candidate(title_start, title_start + len(raw.rstrip()), name, "pattern:event_edition_row", keyword, etype,
                         dates=d, city=city, country=country)
        labelled = keyword is not None and len(words) > 1 and ctx.text[title_end:d.start].strip().startswith(":")
        rows.append((ctx.text.count("\n", 0, d.start), cand, " ".join(w.lower() for w in words[:2]), labelled))
    out = []
    for line, cand, prefix, labelled in rows:
        near = [r for r in rows if r[1] is not cand and abs(r[0] - line) <= LIST_GAP_LINES]
        lone = not near and not _runs_on(ctx, cand) and _lone_row_heading(ctx, lex, cand.start)  # "### Next meeting" over its one row
        if not near and not labelled and not lone:
            continue  # a list, or one line that labels an event with its date: "Next board meeting: 25/11/2025"
        series = len(prefix.split()) == 2 and any(r[2] == prefix for r in rows if r[1] is not cand)
        if cand.keyword or series or lone or _event_heading(ctx, lex, cand.start) is not None or _list_heading(ctx, lex, cand.start):
            out.append(cand)
    return out


_ARTICLE_FIRST = re.compile(r"(?:The|An?)[ \t]+")
_QUOTED = re.compile(r"[\"“„«][^\"”“»\n]*[\"”“»]")


def sentence_title(ctx: DocContext, start: int, end: int) -> bool:
    """True when a row's title is a sentence: it opens with an article and has a verb in lower case outside
    quotes ("The secretariat presented the mapping of ...", "An online information session for exhibitors
    will take place on", "The SAB meets twice a year"); "The Future of Clusters" and "The new machinery rules"
    have no verb, the verbs of a quoted title ("“What comes next?”") are the title's. Only the title's last
    sentence counts (a name run across a sentence end is that sentence: :mod:`event_name_edges`)."""
    start = split_sentences(ctx.text, start, end)[-1].start  # "The chair closed the session. Next board meeting": its last
    if _ARTICLE_FIRST.match(ctx.text, start, end) is None:
        return False
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(ctx.text, start, end)]
    return any(ctx.pos.get(i, ("",))[0] in ("VERB", "AUX") and ctx.text[i].islower() and not any(a <= i < b for a, b in quoted)
               for i in range(start, end))


def _event_heading(ctx: DocContext, lex: EventLexicon, offset: int) -> Block | None:
    """The heading of the section holding ``offset`` when it has an event keyword."""
    block = ctx.block_at(offset)
    if block is None or block.section_start is None:
        return None
    heading = ctx.block_at(block.section_start)
    if heading is not None and heading.kind == "heading" and _has_keyword(lex, ctx.text[heading.start:heading.end]):
        return heading
    return None


def _runs_on(ctx: DocContext, cand: Candidate) -> bool:
    """True when the row's line goes on as a sentence right after its date ("The 5th edition in Gdynia (16–18
    September 2025) ended with a declaration."): prose, not a row of its own. Details after a separator
    (", hosted by …", " · online") keep it a row."""
    end = ctx.text.find("\n", cand.dates.end)
    rest = ctx.text[cand.dates.end:len(ctx.text) if end < 0 else end].lstrip(" \t)]")
    return rest[:1].islower()


def _lone_row_heading(ctx: DocContext, lex: EventLexicon, offset: int) -> bool:
    """True when a row stands alone under a short heading with an event keyword that it details ("### Next
    meeting" over "Steering group no. 4: Linz, 8 June 2027"): the heading says the row is that event. The
    heading is the section's, or the short line without a digit right above the row (blank lines skipped;
    a programme line "17:30 Reception" is no heading)."""
    heading = _event_heading(ctx, lex, offset)
    if heading is not None:
        return len(ctx.text[heading.start:heading.end].split()) <= 4
    above = ctx.text[:ctx.text.rfind("\n", 0, offset)].rstrip().rsplit("\n", 1)[-1]
    words = above.strip(" \t#*_:").split()
    return 0 < len(words) <= 4 and not re.search(r"\d", above) and _has_keyword(lex, " ".join(words))


def _list_heading(ctx: DocContext, lex: EventLexicon, offset: int) -> bool:
    """True when the short line right above the list holding ``offset``, or its section heading,
    announces events or editions (``data/event_list_headings.txt``: "Past editions", "Upcoming events")."""
    i = bisect.bisect_right(ctx.block_starts, offset) - 1
    while i > 0 and ctx.blocks[i - 1].kind == ctx.blocks[i].kind == "list_item":
        i -= 1  # up the list to the line above it
    above = ctx.blocks[i - 1] if i > 0 else None
    block = ctx.block_at(offset)
    heading = ctx.block_at(block.section_start) if block is not None and block.section_start is not None else None
    titles = [b for b in (above, heading) if b is not None and b.kind in ("heading", "line") and len(ctx.text[b.start:b.end].split()) <= 6]
    return any(w in lex.list_headings for b in titles for w in re.findall(r"[a-z]+", ctx.text[b.start:b.end].lower()))


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


def place_title(title: str, gaz: Gazetteer) -> tuple[str, str | None, str | None] | None:
    """(city as written, city, country) when ``title`` is only a place: "Kittilä, Lapland, Finland",
    "Łódź, Poland", "Trnava"; None otherwise."""
    parts = [p.strip() for p in title.split(",")]
    if not parts or len(parts) > 3 or any(not p[:1].isupper() or len(p.split()) > 3 for p in parts):
        return None
    city, country = gaz.place(parts[0])
    if len(parts) > 1:
        last = gaz.place(parts[-1])[1]
        if last is None or gaz.place(parts[0]) == (None, last):
            return None
        return parts[0], city or parts[0], last  # "Kittilä, Lapland, Finland": a town the gazetteer lacks
    return (parts[0], city, country) if city is not None else None
