"""Editions of a series listed on its page: place-and-date lines, rows led by a year or an ordinal,
earlier editions named in a sentence.

- ``pattern:event_place_row``: a list of lines that give only a place and a date, under the page of
  a series: "Šibenik, Croatia – 9-10 October 2025", "📅 Tartu, Estonia - 30 September – 1 October 2024
  📑 Read the summary". Each line is an edition of the series, named "<Series> (<City>)"; the
  series is the page's title line, recognised because its words recur in the running text ("The
  Cluster Days series ..."). Nothing without such a title: a list of places and dates alone names no
  event.
- ``pattern:event_past_editions``: "Previous editions took place in Szczecin (2024) and Rostock
  (2025)": each place with its year is an edition of the event the document is about
  (``events`` names it after that event).
- ``pattern:event_year_row``: rows under a heading that announces editions that open with a year or
  an ordinal (see :func:`year_rows`).

The title-then-date rows of lists and calendars are :mod:`event_lists`'.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at
from pipeline.extract.event_edition_headings import edition_heading
from pipeline.extract.event_lexicon import EventLexicon, ordinal_value
from pipeline.extract.event_lists import LIST_GAP_LINES, dated_lines, place_title, row_title
from pipeline.extract.places import Gazetteer
from pipeline.records import DateMention

_ROW_LEAD = re.compile(r"(?:[ \t]*(?:[^\w\s\"“(]{1,2}|\d{1,2}[.)]))*[ \t]*")  # list markers and pictograms ("- 📅")
_PLACE_SEPARATOR = re.compile(r"[ \t]*(?:[–—-]|:|\|)[ \t]*(?:from[ \t]+)?$")
_TITLE_LINE = re.compile(r"^[ \t#*]*(?P<title>[A-Z][\w’'&+.-]*(?:[ \t]+[\w’'&+.-]+){0,5})[ \t]*$", re.M)


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
    for d, line_start, line_end in dated_lines(ctx, lex, gaz):
        span = row_title(ctx, _ROW_LEAD, _PLACE_SEPARATOR, line_start, d.start)
        place = place_title(ctx.text[span[0]:span[1]], gaz) if span else None
        if span is None or place is None:
            continue
        rows.append((ctx.text.count("\n", 0, d.start), span[0], span[1], *place, d))
    out = []
    for row in rows:
        if not any(r is not row and abs(r[0] - row[0]) <= LIST_GAP_LINES for r in rows):
            continue  # a list, not one line
        series = _series_title(ctx, lex, row[1])
        if series is None:
            continue
        line, start, end, written, city, country, d = row
        out.append(Candidate(start, end, f"{series} ({written})", "pattern:event_place_row", None, "other",
                             dates=d, city=city, country=country))
    return out


_UP = "A-ZÀ-ÖØ-ÞĆČĐŁŚŠŹŻŽŐŰ"
_P = rf"[{_UP}][\w’'.-]+(?:[ \t][{_UP}][\w’'.-]+)?"
_Y = r"(?:19|20)\d\d"
# an earlier edition's place and year: "Linz (2024)", "Split (October 2025)", "Turku 2024", "in Tirana in
# 2024", "2024 in Foix", "(Gdynia, 15–16 April 2026)", "in Skopje on 3–4 May 2026", "2024 (Foix)" and the
# edition's own name before it, "AgriWeek 2024 (Foix)", the year before a known town in a list ("2024 Foix · 2025 Vic")
_PLACE_YEAR = re.compile(rf"(?P<place>{_P})[ \t]*\((?:[\d–-]+[ \t]+)?(?:[A-Z][a-z]+[ \t]+)?(?P<year>{_Y})\)"
                         rf"|(?:(?P<name7>{_P})[ \t]+)?(?P<year7>{_Y})[ \t]*\((?P<place7>{_P}(?:[ \t]*/[ \t]*{_P})?)\)|(?P<place2>{_P})[ \t]+(?P<year2>{_Y})\b"
                         rf"|\bin[ \t]+(?P<place3>{_P})[ \t]+in[ \t]+(?P<year3>{_Y})\b|\b(?P<year4>{_Y})[ \t]+in[ \t]+(?P<place4>{_P})"
                         rf"|\((?P<place5>{_P}),[ \t]+[^()\n]{{0,30}}?(?P<year5>{_Y})\)"
                         rf"|\bin[ \t]+(?P<place6>{_P})[ \t]+(?:on|from)[ \t]+[^.;\n]{{0,24}}?(?P<year6>{_Y})\b"
                         rf"|\b(?P<year8>{_Y})[ \t]+(?P<place8>{_P})")
_PLACE_KINDS = ("", "2", "3", "4", "5", "6", "7", "8")
# "in Foix in 2024", "2024 in Foix", "in Foix on 3 May 2024", "Foix (2024)": inside a clause about earlier
# editions these say a place even when the gazetteer does not know it; "Foix 2024" and "(Foix, … 2024)" do not
_UNCUED_PLACE_KINDS = ("2", "5", "8")
# "Previous editions took place in", "Previous summits:", "the 2026 edition (", "the fourth edition of the
# convention, after": a clause about earlier editions; its noun is "edition(s)" or a plural event keyword
_PAST_EDITIONS = re.compile(r"\b(?P<lead>(?:[Tt]he\s+)?(?:[Pp]revious|[Pp]ast|[Ee]arlier|[Ff]ormer|[Ff]irst|[Ll]ast)|[Tt]he)\s+(?:two\s+|three\s+)?"
                            r"(?:(?:19|20)\d\d\s+|\d{1,2}(?:st|nd|rd|th)\s+|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth)\s+)?"
                            r"(?P<noun>editions?|(?!previous\b|past\b|earlier\b|former\b|first\b|last\b)[a-z]+s)\b"
                            r"(?:[^.\n(]{0,60}?(?:\bin[ \t]+(?=[A-Z])|:[ \t]*(?=[A-Z\d])|,?[ \t]+(?P<after>after|following)[ \t]+(?=[A-Z]))|[ \t]*(?=\([A-Z\d]))")
_EARLIER = ("previous", "past", "earlier", "former", "last")  # leads that name an earlier edition with a plural event noun


def _past_clause(m: re.Match[str], lex: EventLexicon) -> bool:
    """True when a ``_PAST_EDITIONS`` match is about editions: its noun is "edition(s)", or a plural
    event keyword after a word that looks back ("Previous summits:", "Past ceremonies:")."""
    noun = m.group("noun")
    if noun.startswith("edition"):
        return True
    return m.group("lead").split()[-1].lower() in _EARLIER and lex.lookup([noun]) is not None


def past_edition_places(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """"Previous editions took place in Szczecin (2024) and Rostock (2025)", "the first two editions took
    place in Tirana in 2024 and in Podgorica in 2025", "Previous editions: Turku 2024 · Tallinn 2025",
    "Previous editions: 2024 in Foix and 2025 in Vic", "Previous editions: 2025 Tartu · 2024 Riga", "the sixth edition in Split (October 2025)", "The 2024
    edition in Rostock (24–25 September 2024)", "Previous summits: Linz (2024) and Graz (2025)" (a plural
    keyword of ``data/event_keywords.txt`` after a word that looks back), "the third edition of the forum,
    after Linz (2024) and Graz (2025)", "at the 2025 edition (Graz, 3–4 May 2025)", "the previous edition
    was held in Graz on 3–4 May 2025", "Previous editions: 2024 (Foix), 2025 (Vic)", "Previous editions: AgriWeek 2024
    (Foix), AgriWeek 2025 (Vic)", a list a brochure wraps inside an item ("…, 2034 in" / "Guimarães."): one
    edition per known place with its year (one edition named alone, "its first edition in Zadar in
    2024", is ``pattern:event_series``'s) (``pattern:event_past_editions``; ``events`` names each after
    the event the document is about)."""
    out = []
    for m in _PAST_EDITIONS.finditer(ctx.text):
        if not _past_clause(m, lex):
            continue
        end = ctx.text.find(".", m.end())
        end = len(ctx.text) if end < 0 else end
        end = _clause_end(ctx.text, m.end(), end)  # a list after a colon ends its line
        flat = ctx.text[:m.end()] + ctx.text[m.end():end].replace("\n", " ") + ctx.text[end:]  # same offsets
        start = m.end() - len(re.search(r"in[ \t]+$", m.group()).group()) if re.search(r"\bin[ \t]+$", m.group()) else m.end()
        # "the first edition in Osijek in 2022": edition 1; "the first two editions took place in A and B": 1 and 2;
        # "the fourth edition, after A (2024)": the places are other editions than the one counted
        lead = re.search(r"(\w+)\s+(?:(two|three)\s+)?editions?\b", m.group())
        first = ordinal_value(lead.group(1)) if lead and not m.group("after") else None
        plural = m.group("noun").endswith("s")
        for n, py in enumerate(_PLACE_YEAR.finditer(flat, start, end)):
            k = next(k for k in _PLACE_KINDS if py.group("place" + k))
            if k in ("2", "3", "4", "7", "8") and not plural or k == "6" and m.group("lead").split()[-1].lower() not in _EARLIER:
                continue  # "its first edition in Zadar in 2024": one earlier edition, ``pattern:event_series``
            place, year = py.group("place" + k), "year" + k
            city, country = gaz.place(place)
            if city is None and country is None and k in _UNCUED_PLACE_KINDS:
                continue  # "Previous editions: Turku 2024": a capitalised word before a year is a place only when known
            y = int(py.group(year))
            year_date = next((d for d in ctx.dates_between(py.end("place" + k) if k in ("", "5", "6") else py.start(year), py.end())
                              if d.start_date and d.start_date.year == y), None) or DateMention(
                "", py.start(year), py.end(year), py.group(year), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "pattern:event_past_editions")
            span = (py.start(), py.end()) if not k else (min(py.start("place" + k), py.start(year)), max(py.end("place" + k), py.end(year)))
            written = _written_series(ctx, py, start, end) if k == "7" else None  # "AMBiz 2029 (Bilbao)"
            cand = Candidate(*span, f"{written} {y}" if written else f"{place} edition", "pattern:event_past_editions", None,
                             "other", dates=year_date, city=city, country=country, main_edition=written is None)
            cand.year = y
            cand.edition = first + n if first and (n == 0 or lead.group(2)) else None
            out.append(cand)
        if not out or out[-1].start < start:
            out.extend(_year_edition_place(ctx, m, gaz))
    return out


# a line that stops inside an item of a list of editions: "…, RBVL 2032" / "(Bourges).", "2034 in" / "Guimarães."
# (a line that ends with a whole item and a comma ends the list: what follows may be other events)
_WRAPPED = re.compile(r"(?:\b(?:19|20)\d\d|\b(?:in|and))[ \t]*$")


def _clause_end(text: str, pos: int, stop: int) -> int:
    """The end of a clause about earlier editions from ``pos``: its line's end (``stop``, its sentence's end, at
    the latest), or the next line's where a wrapped line stops inside an item and the next line goes on."""
    while True:
        nl = text.find("\n", pos, stop)
        if nl < 0:
            return stop
        if not _WRAPPED.search(text, pos, nl) or not text[nl + 1:nl + 2].strip():
            return nl
        pos = nl + 1


def _written_series(ctx: DocContext, py: re.Match[str], start: int, end: int) -> str | None:
    """The series' name written before an edition's year ("AMBiz" of "AMBiz 2029 (Bilbao)") when the document
    names it outside the list of editions too, else None (the edition is named after the document's event)."""
    name = py.group("name7")
    if not name:
        return None
    outside = [w for w in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", ctx.text) if not start <= w.start() < end]
    return name if outside else None


_YEAR_EDITION_IN = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+edition\s+(?:(?:was\s+)?held\s+)?in\s+$")


def _year_edition_place(ctx: DocContext, m: re.Match[str], gaz: Gazetteer) -> list[Candidate]:
    """"It followed the 2025 edition in Bratislava", "The 2026 edition in Freiburg drew 280 people": the
    edition's year is in the lead, its known place right after "in" (``pattern:event_past_editions``)."""
    written = _YEAR_EDITION_IN.search(m.group())
    place = gaz.pattern.match(ctx.text, m.end()) if written else None
    if place is None:
        return []
    city, country = gaz.place(place.group())
    if city is None and country is None:
        return []
    y = int(written.group("year"))
    at = m.start() + written.start("year")
    year_date = DateMention("", at, at + 4, written.group("year"), dt.date(y, 1, 1), dt.date(y, 12, 31), "year",
                            "pattern:event_past_editions")
    cand = Candidate(place.start(), place.end(), f"{place.group()} edition", "pattern:event_past_editions", None,
                     "other", dates=year_date, city=city, country=country, main_edition=True)
    cand.year = y
    return [cand]


# A row of a list or table of editions that opens with the edition's year or ordinal:
# "- **2025 – Annecy, France**, 2–3 April 2025. Host: ...", "| 2nd | 2022 | Varna, Bulgaria | ... |"
# "**1st edition**, 14 October 2032, Aubusson": an ordinal lead may carry the noun "edition"
_YEAR_ROW = re.compile(r"(?:^[ \t]*(?:[-•*▪]|\|)?|(?<=·))[ \t]*(?:\*\*|__)?(?P<lead>(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)|[A-Z][a-z]+)(?:[ \t]+edition)?(?:\*\*|__)?"
                       r"(?=[ \t]*(?:[–—:|,·•-]|\*\*|$|\((?!\d))|[ \t]+(?P<bare>[A-ZÀ-ÖØ-Þ]))", re.M)  # "2029 · Bolzano, Italy – 19–20 September 2029" too;
# "2029 Bolzano · 2030 Trento": a year and a known place with no mark between them
_BARE_PLACE = re.compile(rf"{_P}(?=[ \t]*(?:[·,;|]|$))", re.M)
# the next row on the same line: "2029 – Clonakilty · 2030 – Kilkenny · 2031 – Killarney"
_NEXT_YEAR_ITEM = re.compile(r"[ \t]*·[ \t]*(?:19|20)\d\d\b")
_PAGE_TITLE = re.compile(r"^(?:#{1,2}[ \t]+)?(?P<title>[A-Z][^\n]{3,80}?)[ \t]*(?:[–—:|]|$)", re.M)


# the part of a title line after a label and a colon or dash: "Call for hosts: <Series> 2036"
_TITLE_AFTER_LABEL = re.compile(r"[ \t]*(?::|[ \t][–—|])[ \t]+(?P<title>[A-Z][^\n:–—|]{3,80}?)[ \t]*(?:[–—:|]|$)", re.M)


def _page_series(ctx: DocContext, lex: EventLexicon, before: int) -> str | None:
    """The series a page of editions is about: its title line (the text before a dash or colon, else the
    text after a label and its colon: "Call for hosts: European Water Summit 2036") when it holds an
    event keyword and recurs in the running text ("Alpine Timber Summit – the event series"); a title
    with the year of the page's edition names the series without it ("Alpine Timber Summit 2030")."""
    for m in _PAGE_TITLE.finditer(ctx.text, 0, before):
        series = _title_series(ctx, lex, m) or (
            (after := _TITLE_AFTER_LABEL.match(ctx.text, m.end("title"))) and _title_series(ctx, lex, after))
        if series:
            return series
    return None


_CRUMB = re.compile(r"[ \t]+[/›>»][ \t]+")  # the separator of a breadcrumb line


_YEAR_SUFFIX = re.compile(r"[ \t]+(?:19|20)\d\d$")


def _title_series(ctx: DocContext, lex: EventLexicon, m: re.Match[str]) -> str | None:
    """The series a title (``m``'s group "title") names, when it holds an event keyword and recurs."""
    title = clean_event_name(_CRUMB.split(m.group("title").strip("*# "))[-1])  # "Home / Events / <Series>", "Accueil › …"
    title = _YEAR_SUFFIX.sub("", title)
    words = title.split()
    if len(words) < 2 or not any(keyword_at(lex, [w.lower() for w in words], i) for i in range(len(words))):
        return None
    if all(w.lower() in lex.generic or lex.lookup([w]) or w.isdigit() for w in words) \
            or any(d.precision != "year" for d in ctx.dates_between(m.start(), m.end())):
        return None
    return title if ctx.text.count(title) >= 2 else None


def _cells_per_row(text: str, start: int, lead: re.Pattern[str]) -> int | None:
    """The columns of a table rendered one cell a line from ``start`` on: the most frequent number of
    cells between two lines that hold only a row's lead (a year, an ordinal), when that is at least two
    (a short row, "2020 / cancelled", or a row without its lead does not set it)."""
    lines = [c.start() for c in re.finditer(r"^[ \t]*\S", text[start:start + 6000], re.M)]
    leads = [i for i, off in enumerate(lines) if lead.match(text, start + off)]
    gaps = [b - a for a, b in zip(leads, leads[1:]) if b - a >= 2]
    return max(set(gaps), key=lambda g: (gaps.count(g), -g)) if gaps else None  # a tie: the shorter row


_YEAR = re.compile(r"(?:19|20)\d\d")


def year_rows(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path | None = None) -> list[Candidate]:
    """Rows under a heading that announces editions (:func:`event_edition_headings.edition_heading`: "Previous
    editions", "Previous editions of <Series>", "A history of the <Series>", "Past winners") that open with a year
    or an ordinal (``pattern:event_year_row``): each an edition of the series the heading names, else of the
    page's series, named "<Series> <year>" or "<ordinal> <Series>", dated by the row's day or month date
    (else its year) and placed at the row's known city. A row with a word of
    ``data/event_row_not_event_words.txt`` ("cancelled") names no event that took place. Rows may share a
    line, "2029 – Foix · 2030 – Vic". Where no title line names the series (a brochure's title broken over two
    lines, a page whose title is in its markup), each row is an edition of the event the document is about
    (``main_edition``: ``events`` names it after that event, as ``pattern:event_past_editions``). A row of past
    winners or chairs is an edition of the award, and a place in it is the winner's, none of the edition's
    (``placeless``; ``events`` names such a row only after an event with a proper name)."""
    out = []
    series: str | None = None
    taken_to = -1
    columns: int | None = None
    cell_kind: bool | None = None  # a table one cell a line leads its rows with years, or with ordinals
    for m in _YEAR_ROW.finditer(ctx.text):
        lead = m.group("lead")
        year = _YEAR.fullmatch(lead) is not None
        if not year and not ordinal_value(lead) or m.start() < taken_to:
            continue
        bare = _BARE_PLACE.match(ctx.text, m.start("bare")) if m.group("bare") else None
        if m.group("bare") and not (year and bare and any(gaz.place(bare.group()))):
            continue  # "2029 Bolzano": a year row only when a known place follows the year
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
        if (item := _NEXT_YEAR_ITEM.search(ctx.text, m.end(), line_end)) is not None:
            line_end = item.start()  # one row of several on its line
        row = ctx.text[m.start():line_end]
        heading = None if any(w in lex.row_not_event for w in re.findall(r"[a-z]+", row.lower())) else (
            edition_heading(ctx, lex, m.start(), data_dir))
        if heading is None:
            continue
        if heading.series is None:
            series = series or _page_series(ctx, lex, m.start())
        named = heading.series or series  # "Previous editions of <Series>": the heading names it
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
        city, country = next((p for p in places if p[0]), gaz.place(bare.group()) if bare else (None, None))
        if heading.roles:
            city = country = None  # "Past winners / 2031 – TermoBus S.R.L. (Craiova)": the winner's place
        if named is None:  # no title names the series: an edition of the event the document is about
            cand = Candidate(m.start("lead"), m.end("lead"), f"{lead} edition", "pattern:event_year_row", None, "other",
                             dates=dated, city=city, country=country, main_edition=True, placeless=heading.roles)
            cand.year, cand.edition = (int(lead), None) if year else (None, ordinal_value(lead))
            out.append(cand)
            continue
        name = f"{named} {lead}" if year else f"{lead} {named}"
        out.append(Candidate(m.start("lead"), m.end("lead"), name, "pattern:event_year_row", None, "other",
                             dates=dated, city=city, country=country, placeless=heading.roles))
    return out
