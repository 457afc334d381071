"""Events listed one a line, title first and date last, as series pages and calendars list editions.

- ``pattern:event_edition_row``: a line made of a title, a separator ("," "–" ":" or "(") and a day
  or month date that ends the line: "Clusters meet Regions Graz, 18–19 June 2024", "EU Clusters Talk
  “Dual use technologies” – 21 September 2022", "2. Bio-based packaging: what comes next? – 7 May
  2025" (list markers and numbers are dropped). Rows come in lists: a row needs another one within
  three lines, and a row is an event only when its title holds an event keyword, starts with the
  same two words as another row (the series' name: "Clusters meet Regions ..."), or sits in a section
  whose heading holds an event keyword ("Next EU Clusters Talks"); a line that labels an event with its
  date ("Next board meeting: 25/11/2025, 14:00, Brno") may stand alone. After the date a note, a time or
  a place may follow ("SAVE THE DATE!", ", 14:00", ", Wrocław"); a trailing " – <place>" or " – online"
  is the place, not the title ("ClusterMatch 2024 – Riga, 13–14 November 2024"), and so is a known
  place after a colon ("Second partner meeting: Leoben, Austria, 8 May 2026"); under a line that
  announces events or editions (``data/event_list_headings.txt``: "Past editions") a row needs no
  event keyword. A title with a word from
  ``data/event_row_not_event_words.txt`` ("Deadline for applications – 15 May 2025") is a date of
  something else. The title, quotes and all, is the name (editions of one series stay apart by their
  city, title or date); a known place in the title or line is the event's place.
- ``pattern:event_place_row``: a list of lines that give only a place and a date, under the page of
  a series: "Šibenik, Croatia – 9-10 October 2025", "📅 Tartu, Estonia - 30 September – 1 October 2024
  📑 Read the summary". Each line is an edition of the series, named "<Series> (<City>)"; the
  series is the page's title line, recognised because its words recur in the running text ("The
  Cluster Days series ..."). Nothing without such a title: a list of places and dates alone names no
  event.
- ``pattern:event_past_editions``: "Previous editions took place in Szczecin (2024) and Rostock
  (2025)": each place with its year is an edition of the event the document is about
  (``events`` names it after that event).

The date ending the line is the event's own date, never a publication date (those are filtered
before: see :class:`~pipeline.extract.event_context.DocContext`).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator

from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at
from pipeline.extract.event_lexicon import EventLexicon, ordinal_value
from pipeline.extract.places import Gazetteer
from pipeline.records import Block, DateMention

_MARKER = re.compile(r"[ \t]*(?:[-•*▪◦–]|\d{1,2}[.)]|\(\d{1,2}\))?[ \t]*")
_SEPARATOR = re.compile(r"(?:[ \t]*,|[ \t]+[–—-]|[ \t]*:|[ \t]*\(|[ \t]*\|)[ \t]*(?:on[ \t]+|from[ \t]+)?$")
_BRACKET_END = re.compile(r"[ \t]*\(([^()]{1,30})\)[ \t]*$")
_WHO_CLAUSE = re.compile(r",[ \t]+(?:co-?)?(?:hosted|organi[sz]ed|run|moderated|supported|chaired)[ \t]+by\b")
# "<label>: <place>[, <country>]" before the date, as "Dates to remember" and "Upcoming" lists write a
# project's meetings: "Second consortium meeting: Straubing, 6–7 October 2026"
_COLON_END = re.compile(r"[ \t]*:[ \t]+([^:\n]{2,40}?)[ \t]*$")
_DASH_END = re.compile(r"[ \t]+[–—-][ \t]+([^–—\n]{2,30}?)[ \t]*$")
_TAIL = re.compile(r"[ \t.;)]*$")
_MAX_TITLE_WORDS = 14
_LIST_GAP_LINES = 3
# After the date: the end of the line, a symbol before a note (" · co-hosted by ...", " 📑 Read the
# summary", " (tbc)") or a note of ``data/event_row_notes.txt`` ("SAVE THE DATE!"): never a sentence.
_ROW_NOTE = re.compile(r"[ \t.]*(?:$|[^\w\s,;:])")
_ROW_DETAIL = re.compile(r"[ \t]*,[ \t]*(?P<rest>[^\n]*)")
_TIME = re.compile(r"\d{1,2}[:.h]\d\d\b")


def _row_note(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, end: int, line_end: int) -> bool:
    if _ROW_NOTE.match(ctx.text, end, line_end):
        return True
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


def _dated_lines(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> Iterator[tuple[DateMention, int, int]]:
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


def _row_title(ctx: DocContext, marker: re.Pattern[str], separator: re.Pattern[str], line_start: int,
               date_start: int) -> tuple[int, int] | None:
    """(start, end) of the title of a listed line: after its list marker, before the separator that
    precedes the date; None when there is no such title."""
    lead = marker.match(ctx.text, line_start, date_start)
    title_start = lead.end() if lead else line_start
    sep = separator.search(ctx.text, title_start, date_start)
    return None if sep is None or sep.start() <= title_start else (title_start, sep.start())


def edition_rows(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """Title-then-date lines in lists (``pattern:event_edition_row``; see the module doc). A heading over
    such rows names their series ("Next Green Ports Webinars"), not one more event: see
    :func:`series_headings`."""
    not_event = lex.row_not_event
    rows: list[tuple[int, Candidate, str, bool]] = []  # (line number, candidate, first two words of the title, labelled)
    for d, line_start, line_end in _dated_lines(ctx, lex, gaz):
        span = _row_title(ctx, _MARKER, _SEPARATOR, line_start, d.start)
        if span is None:
            continue
        title_start, title_end = span
        raw = ctx.text[title_start:title_end]
        raw = _WHO_CLAUSE.split(raw, 1)[0]  # "Info session in Ruse, hosted by the chamber": the title ends at the comma
        where_dash = _DASH_END.search(raw)  # "ClusterMatch 2024 – Riga", "… – online": the place or format, not the title
        if where_dash and (gaz.place(where_dash.group(1)) != (None, None) or where_dash.group(1).lower() in lex.row_notes):
            raw = raw[:where_dash.start()]
        where_colon = _COLON_END.search(raw)  # "Second partner meeting: Leoben, Austria": the place, not the title
        colon_place = _place_title(where_colon.group(1), gaz) if where_colon else None
        if colon_place is not None:
            raw = raw[:where_colon.start()]
        where = _BRACKET_END.search(raw)  # "Porto (PT)", "Kiel (Germany)": the place, not the title
        if where and (re.fullmatch(r"[A-Z]{2,3}", where.group(1)) or gaz.place(where.group(1)) != (None, None)):
            raw = raw[:where.start()]
        name = clean_event_name(raw)
        words = name.split()
        if not words or len(words) > _MAX_TITLE_WORDS or not (raw[:1].isupper() or raw[:1] in "“\"") or raw.rstrip().endswith(","):
            continue
        if any(w.lower().strip("“”\",:;?!()") in not_event for w in words):
            continue
        if any(x.precision != "year" for x in ctx.dates_between(title_start, title_end)):
            continue  # another date inside the title: a sentence, not a title ("PartnerFair 2024" is a name)
        if _place_title(raw, gaz) is not None:
            continue  # "Bilbao, Spain – 8-9 October 2025": an edition of the page's series (``place_rows``)
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
        near = [r for r in rows if r[1] is not cand and abs(r[0] - line) <= _LIST_GAP_LINES]
        if not near and not labelled:
            continue  # a list, or one line that labels an event with its date: "Next board meeting: 25/11/2025"
        series = len(prefix.split()) == 2 and any(r[2] == prefix for r in rows if r[1] is not cand)
        if cand.keyword or series or _event_heading(ctx, lex, cand.start) is not None or _list_heading(ctx, lex, cand.start):
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


_ROW_LEAD = re.compile(r"(?:[ \t]*(?:[^\w\s\"“(]{1,2}|\d{1,2}[.)]))*[ \t]*")  # list markers and pictograms ("- 📅")
_PLACE_SEPARATOR = re.compile(r"[ \t]*(?:[–—-]|:|\|)[ \t]*(?:from[ \t]+)?$")
_TITLE_LINE = re.compile(r"^[ \t#*]*(?P<title>[A-Z][\w’'&+.-]*(?:[ \t]+[\w’'&+.-]+){0,5})[ \t]*$", re.M)


def _place_title(title: str, gaz: Gazetteer) -> tuple[str, str | None, str | None] | None:
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


def _series_title(ctx: DocContext, lex: EventLexicon, before: int) -> str | None:
    """The title line of the series page above ``before``: the nearest short capitalised line with no
    date whose words recur inside a sentence of the page ("The Cluster Days series ..."); a heading
    of generic words ("Next editions", "Upcoming events") names no series."""
    titles = [m for m in _TITLE_LINE.finditer(ctx.text, 0, before) if not ctx.dates_between(m.start(), m.end())]
    for m in reversed(titles):
        name = m.group("title")
        words = [w.lower() for w in name.split()]
        if len(words) < 2 or all(w in lex.generic or w in lex.row_not_event or lex.lookup([w]) or w.startswith("edition")
                                 for w in words):
            continue
        pattern = re.compile(rf"[^\n]\S*[ \t]+{re.escape(name)}\b|\b{re.escape(name)}[ \t]+[a-z]")
        if pattern.search(ctx.text):
            return clean_event_name(name)
    return None


def place_rows(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """Lines of a series page that give only a place and a date (``pattern:event_place_row``; see the
    module doc): each an edition of the series the page is titled after."""
    rows: list[tuple[int, int, int, str, str | None, str | None, DateMention]] = []
    for d, line_start, line_end in _dated_lines(ctx, lex, gaz):
        span = _row_title(ctx, _ROW_LEAD, _PLACE_SEPARATOR, line_start, d.start)
        place = _place_title(ctx.text[span[0]:span[1]], gaz) if span else None
        if span is None or place is None:
            continue
        rows.append((ctx.text.count("\n", 0, d.start), span[0], span[1], *place, d))
    out = []
    for row in rows:
        if not any(r is not row and abs(r[0] - row[0]) <= _LIST_GAP_LINES for r in rows):
            continue  # a list, not one line
        series = _series_title(ctx, lex, row[1])
        if series is None:
            continue
        line, start, end, written, city, country, d = row
        out.append(Candidate(start, end, f"{series} ({written})", "pattern:event_place_row", None, "other",
                             dates=d, city=city, country=country))
    return out


_P = r"[A-Z][\w’'.-]+(?:[ \t][A-Z][\w’'.-]+)?"
_Y = r"(?:19|20)\d\d"
# an earlier edition's place and year: "Linz (2024)", "Split (October 2025)", "Turku 2024", "in Tirana in
# 2024", "2024 in Foix"
_PLACE_YEAR = re.compile(rf"(?P<place>{_P})[ \t]*\((?:[\d–-]+[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?(?P<year>{_Y})\)|(?P<place2>{_P})[ \t]+(?P<year2>{_Y})\b"
                         rf"|\bin[ \t]+(?P<place3>{_P})[ \t]+in[ \t]+(?P<year3>{_Y})\b|\b(?P<year4>{_Y})[ \t]+in[ \t]+(?P<place4>{_P})")
_PAST_EDITIONS = re.compile(r"\b(?:[Pp]revious|[Pp]ast|[Ee]arlier|[Ff]ormer|[Ff]irst|[Tt]he)[ \t]+(?:two[ \t]+|three[ \t]+)?"
                            r"(?:(?:19|20)\d\d[ \t]+|\d{1,2}(?:st|nd|rd|th)[ \t]+|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth)[ \t]+)?editions?\b"
                            r"[^.\n]{0,60}?(?:\bin[ \t]+(?=[A-Z])|:[ \t]*(?=[A-Z\d]))")


def past_edition_places(ctx: DocContext, gaz: Gazetteer) -> list[Candidate]:
    """"Previous editions took place in Szczecin (2024) and Rostock (2025)", "the first two editions took
    place in Tirana in 2024 and in Podgorica in 2025", "Previous editions: Turku 2024 · Tallinn 2025",
    "Previous editions: 2024 in Foix and 2025 in Vic", "the sixth edition in Split (October 2025)", "The 2024
    edition in Rostock (24–25 September 2024)": one
    edition per known place with its year (one edition named alone, "its first edition in Zadar in
    2024", is ``pattern:event_series``'s) (``pattern:event_past_editions``; ``events`` names each after
    the event the document is about)."""
    out = []
    for m in _PAST_EDITIONS.finditer(ctx.text):
        end = ctx.text.find(".", m.end())
        end = len(ctx.text) if end < 0 else end
        if m.group().rstrip().endswith(":"):
            end = min(end, (ctx.text.find("\n", m.end()) + 1 or len(ctx.text) + 1) - 1)  # a list after a colon ends its line
        else:
            end = min(end, ctx.text.find("\n", m.end()) if "\n" in ctx.text[m.end():end] else end)
        start = m.end() - len(re.search(r"in[ \t]+$", m.group()).group()) if re.search(r"\bin[ \t]+$", m.group()) else m.end()
        # "the first edition in Osijek in 2022": edition 1; "the first two editions took place in A and B": 1 and 2
        lead = re.search(r"(\w+)[ \t]+(?:(two|three)[ \t]+)?editions?\b", m.group())
        first = ordinal_value(lead.group(1)) if lead else None
        for n, py in enumerate(_PLACE_YEAR.finditer(ctx.text, start, end)):
            k = next(k for k in ("", "2", "3", "4") if py.group("place" + k))
            if k and not re.search(r"editions\b", m.group()):
                continue  # "its first edition in Zadar in 2024": one earlier edition, ``pattern:event_series``
            place, year = py.group("place" + k), "year" + k
            city, country = gaz.place(place)
            if city is None and country is None:
                continue
            y = int(py.group(year))
            year_date = next((d for d in ctx.dates_between(py.end("place" + k) if not k else py.start(year), py.end()) if d.start_date
                              and d.start_date.year == y), None) or DateMention(
                "", py.start(year), py.end(year), py.group(year), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "pattern:event_past_editions")
            span = (py.start(), py.end()) if not k else (min(py.start("place" + k), py.start(year)), max(py.end("place" + k), py.end(year)))
            cand = Candidate(*span, f"{place} edition", "pattern:event_past_editions", None,
                             "other", dates=year_date, city=city, country=country)
            cand.year = y
            cand.edition = first + n if first and (n == 0 or lead.group(2)) else None
            out.append(cand)
    return out


# A row of a list or table of editions that opens with the edition's year or ordinal:
# "- **2025 – Annecy, France**, 2–3 April 2025. Host: ...", "| 2nd | 2022 | Varna, Bulgaria | ... |"
_YEAR_ROW = re.compile(r"^[ \t]*(?:[-•*▪]|\|)?[ \t]*(?:\*\*|__)?(?P<lead>(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)|[A-Z][a-z]+)(?:\*\*|__)?"
                       r"(?=[ \t]*(?:[–—:|,-]|\*\*|$))", re.M)
_PAGE_TITLE = re.compile(r"^(?:#{1,2}[ \t]+)?(?P<title>[A-Z][^\n]{3,80}?)[ \t]*(?:[–—:|]|$)", re.M)


def _page_series(ctx: DocContext, lex: EventLexicon, before: int) -> str | None:
    """The series a page of editions is about: its title line (the text before a dash or colon) when it
    holds an event keyword and recurs in the running text ("Alpine Timber Summit – the event series")."""
    for m in _PAGE_TITLE.finditer(ctx.text, 0, before):
        title = clean_event_name(m.group("title").strip("*# ").split(" / ")[-1])  # "Home / Events / <Series>"
        words = title.split()
        if len(words) < 2 or not any(keyword_at(lex, [w.lower() for w in words], i) for i in range(len(words))):
            continue
        if all(w.lower() in lex.generic or lex.lookup([w]) for w in words) or ctx.dates_between(m.start(), m.end()):
            continue
        if len(re.findall(re.escape(title), ctx.text)) >= 2:
            return title
    return None


def _editions_above(ctx: DocContext, lex: EventLexicon, pos: int) -> bool:
    """True when the first line above the rows (other rows, table rules, blank lines and the short
    cells of a table rendered one cell a line skipped) is a short heading with a word of
    ``data/event_list_headings.txt`` ("## Previous editions")."""
    end = ctx.text.rfind("\n", 0, pos)
    for _ in range(240):  # a long table one cell a line: ten rows of ten cells with blank lines between
        if end <= 0:
            return False
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end].strip()
        end = start - 1
        if any(w in lex.list_headings for w in re.findall(r"[a-z]+", line.lower())) and len(line.split()) <= 6:
            return True
        if line and line[0] not in "|-•*▪" and len(line.split()) > 8:
            return False  # running text: the rows are not under that heading
    return False


def _cells_per_row(text: str, start: int, lead: re.Pattern[str]) -> int | None:
    """The columns of a table rendered one cell a line from ``start`` on: the most frequent number of
    cells between two lines that hold only a row's lead (a year, an ordinal), when that is at least two
    (a short row, "2020 / cancelled", or a row without its lead does not set it)."""
    lines = [c.start() for c in re.finditer(r"^[ \t]*\S", text[start:start + 6000], re.M)]
    leads = [i for i, off in enumerate(lines) if lead.match(text, start + off)]
    gaps = [b - a for a, b in zip(leads, leads[1:]) if b - a >= 2]
    return max(set(gaps), key=lambda g: (gaps.count(g), -g)) if gaps else None  # a tie: the shorter row


def year_rows(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """Rows under a heading that announces editions (``data/event_list_headings.txt``: "Previous
    editions") that open with a year or an ordinal (``pattern:event_year_row``): each an edition of the
    page's series, named "<Series> <year>" or "<ordinal> <Series>", dated by the row's day or month date
    (else its year) and placed at the row's known city. A row with a word of
    ``data/event_row_not_event_words.txt`` ("cancelled") names no event that took place."""
    out = []
    series: str | None = None
    taken_to = -1
    columns: int | None = None
    cell_kind: bool | None = None  # a table one cell a line leads its rows with years, or with ordinals
    for m in _YEAR_ROW.finditer(ctx.text):
        lead = m.group("lead")
        year = re.fullmatch(r"(?:19|20)\d\d", lead) is not None
        if not year and not ordinal_value(lead) or m.start() < taken_to:
            continue
        line_end = ctx.text.find("\n", m.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        if not ctx.text[m.end():line_end].strip(" \t*_|"):
            if cell_kind is not None and cell_kind != year:
                continue  # "2nd" / "2019" / ...: under ordinal leads the year is a cell of the row
            cell_kind = year
            # the lead alone on its line: a table rendered one cell a line ("1st" / "2021" / "Varna,
            # Bulgaria" / ...); the row runs to the next lead of the same kind, at most eight cells on
            nxt = re.compile(r"^[ \t]*(?:19|20)\d\d[ \t]*$" if year else r"^[ \t]*\d{1,2}(?:st|nd|rd|th)[ \t]*$", re.M)
            follow = nxt.search(ctx.text, line_end)
            lead_end = line_end
            cells = [c.start() for c in re.finditer(r"^[ \t]*\S", ctx.text[line_end:], re.M)][:9]
            line_end = min(follow.start() if follow else len(ctx.text), line_end + cells[-1] if len(cells) == 9 else len(ctx.text))
            # as many cells as the table has columns (most often the cells between two rows' leads): a row
            # without a lead ("— / 2020 / cancelled") or the text after the table is no part of the last row
            columns = columns or _cells_per_row(ctx.text, m.start(), nxt)
            if columns and len(cells) >= columns:
                line_end = min(line_end, lead_end + cells[columns - 1])
            taken_to = line_end
        row = ctx.text[m.start():line_end]
        if any(w in lex.row_not_event for w in re.findall(r"[a-z]+", row.lower())) or not _editions_above(ctx, lex, m.start()):
            continue
        series = series or _page_series(ctx, lex, m.start())
        if series is None:
            return []
        dates = ctx.dates_between(m.end(), line_end)
        dated = next((d for d in dates if d.precision in ("day", "month")), None) or next(iter(dates), None)
        written = lead if year else next(iter(re.findall(r"\b(?:19|20)\d\d\b", row)), None)  # "| 2nd | 2022 |"
        if dated is None and written is not None:
            y = int(written)
            dated = DateMention("", m.start(), line_end, row, dt.date(y, 1, 1), dt.date(y, 12, 31), "year",
                                "pattern:event_year_row")
        if dated is None:
            continue
        places = [gaz.place(p.group()) for p in gaz.pattern.finditer(ctx.text, m.end(), line_end)]
        city, country = next((p for p in places if p[0]), (None, None))
        name = f"{series} {lead}" if year else f"{lead} {series}"
        out.append(Candidate(m.start("lead"), m.end("lead"), name, "pattern:event_year_row", None, "other",
                             dates=dated, city=city, country=country))
    return out
