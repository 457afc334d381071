"""Events of a calendar written as cards: a title line, then a line that opens with the event's date
(``pattern:event_calendar_card``).

Event calendars and agendas of cluster organisations (web pages, newsletters, Markdown tables rendered
one cell a line) give each event as a short title line with its date line right below it: the date
first, then its time, place or format after "·", "|", "," or a dash, perhaps after a weekday or a
lead of ``data/event_card_date_leads.txt`` ("from", "on", "planned for"):

    Webinar: hydrogen storage for ports
    Tue 12 May 2026, 10:00–11:30 · online

    Study trip to the Ruhr clusters – postponed
    planned for 18–19 June 2026 · Essen

    Members' breakfast of the food cluster
    3 July 2026
    Aarhus, Food Innovation House

    12–13 May 2026 | Tallinn, Estonia
    Baltic Agri-Food Cluster Matchmaking

A programme of talks or episodes gives a quoted title alone on the title line, perhaps after its number
('Episode 2 – "Pricing abroad"', '**1. "Vines in a warmer climate"**', '"Robots on small farms"'): the
quoted title is the event's name without an event keyword, and its date line needs nothing after the date.
The number may open the date line instead, the quoted title alone on the line below (or above) it
("Episode 7 | Wed, 16 January 2030 | 09:00 CET" over '"Heat pumps for small towns"'; the numbering words
of ``data/event_programme_parts.txt``): ``_numbered_cards``. A numbered part of a series of
``data/event_numbered_parts.txt`` with its title after a dash is a card's title without an event word,
and its date line, too, needs nothing after the date ("Session 3 – Notified bodies: queues and costs"
over "Thursday 18 March 2032"; "Module 2 – Financing growth" over "21 March 2033, Vilnius"): the whole
title line, number included, is the event's name.

A calendar in capitals ("14 OCT 2036 · Tuesday · 9:00–13:00" over "★ Workshop: Digital twins for SMEs") gives the
weekday after the date as the card's detail and a badge before the title; a label of the entry's kind before a
colon ("Partner event: Industry 5.0 Summit Vienna", ``data/event_card_title_labels.txt``) is dropped when the rest
names an event itself. A call's or project's timeline gives a card on one line, its title, a colon and its day
with a time or place ("Info session I (online): Tuesday 09.02.2038, 10:00–11:30"): ``_timeline_row``.

A title that names no one event is no card (:func:`pipeline.extract.event_lists.no_one_event`): a
calendar's own lines ("Past events", "Questions about our events?") and a table's header ("Date Event Venue").

Where the line above the date line is no title (a sentence of the card before), the title is the
line below it: some calendars give the date and place first. The title line is the event's name (a
note after a dash that ``data/event_row_notes.txt`` lists, "– postponed", is dropped); the date is
the date line's; the place, a known town on the date line or opening the next one. A card needs a
title of at most 14 words with an event keyword that is no sentence (no final period or colon),
holds no day or month date and no word of ``data/event_row_not_event_words.txt`` ("Deadline for
applications", "CANCELLED – ...") and is no stand at a fair ("Joint pavilion at Hannover Messe": the fair is
the event, ``pattern:event_fair``); a date line that goes on with a time, a known town or a note
("online", "members only"), or is followed by a line opening with a known town (a headline over
"12/05/2026 · Posted by the editor" or "12 May 2026 | Bulgaria" is news, not an event); and another
card in the same document (a calendar lists more than one event).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.event_card_titles import format_label_title, plain_title
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at
from pipeline.extract.event_fairs import stand_at
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.event_lists import field_labels, no_one_event, numbered_parts, programme_parts
from pipeline.extract.event_nouns import foreign_event_nouns
from pipeline.extract.places import Gazetteer
from pipeline.extract.programme_days import weekday_pattern
from pipeline.records import DateMention

_MAX_TITLE_WORDS = 14
# marks before a title: list and heading marks, a calendar's badges ("★ Workshop: …" for members' events, "▶", "🔹")
_TITLE_MARKS = " \t#*|>-•▪◦★☆▶►🔹»→"
_TIME = re.compile(r"(?<![\d.])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)")
_TAG_SEPARATOR = re.compile(r"[ \t]·[ \t]")  # "Online · Registrazione", "B2B · Registrati": a card's tag line
_NOTE_DASH = re.compile(r"[ \t]+[–—-][ \t]+(?P<note>[^–—\n]{2,30}?)[ \t]*$")
# a title line that is only a quoted title, perhaps after its number in a series: '"Cork and the
# climate"', '2. "Pricing abroad"', 'Episode 3 – "Selling to Japan"' (a talk or episode of a programme)
_QUOTED_TITLE = re.compile(r"(?:(?:\d{1,2}[.)]|[A-Z][a-z]+[ \t]+\d{1,2}[ \t]*[–—:·-])[ \t]*)?[“\"](?P<title>[^“”\"\n]{3,150}?)[”\"]")


@lru_cache(maxsize=8)
def _lead(data_dir: Path | None) -> re.Pattern[str]:
    """What may stand before the date on a card's date line: list marks, a weekday of any language (the short
    forms of ``data/calendar_weekdays.csv`` and the names of ``data/programme_day_headings.csv``: "GIO 12 MAR",
    "Mi., 4. März", "streda 27. januára"), a listed lead, perhaps set off by a dot or a colon ("EVENTO PASSATO ·
    19 FEB 2037")."""
    leads = data_lines(data_dir / "event_card_date_leads.txt") if data_dir else ()
    wd = weekday_pattern(data_dir)
    lead = rf"(?:(?P<lead>(?i:{phrase_alternation(leads)}))(?:[ \t]*[·:|])?[ \t]+)?"
    return re.compile(rf"[ \t*|•▪◦-]*(?:{wd},?[ \t]+)?{lead}(?:{wd},?[ \t]+)?")


@lru_cache(maxsize=8)
def _weekday_after(data_dir: Path | None) -> re.Pattern[str]:
    """A weekday of any language after a separator, right after a card's date ("14 OCT 2036 · Tuesday · 9:00",
    "22–23 OCT 2036 · Wednesday–Thursday", "5 NOV 2036 | mercredi"): the date line goes on as an event's."""
    wd = weekday_pattern(data_dir)
    return re.compile(rf"[ \t]*[·|,–—][ \t]*{wd}")


@lru_cache(maxsize=8)
def _foreign_nouns(data_dir: Path | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The generic event nouns of other languages (``data/event_noun_concepts.csv``: "tavola rotonda", "visita di
    studio", "assemblea dei soci", "Netzwerkabend"), lower case, as whole words: a card's title that holds one names
    an event as an English keyword does. With each form's event type (the first listed noun of a form gives it)."""
    nouns = foreign_event_nouns(data_dir) if data_dir else ()
    types: dict[str, str] = {}
    for n in nouns:
        types.setdefault(n.form, n.type)
    forms = sorted({n.form for n in nouns if len(n.form) > 3})
    alternation = phrase_alternation(forms, space=r"[ \t]+")
    return (re.compile(rf"(?<![\w’'-])(?:{alternation})(?![\w’'-])") if forms else None), types


def _noun_in(title: str, data_dir: Path | None) -> str | None:
    """The event type of another language's event noun in a card's title, else None."""
    nouns, types = _foreign_nouns(data_dir)
    m = nouns.search(title.lower()) if nouns is not None else None
    if m is None:
        return None
    return types.get(" ".join(m.group().split()), "other")


@lru_cache(maxsize=8)
def _numbered_part(data_dir: Path | None, sessions: bool = False) -> re.Pattern[str] | None:
    """A numbered part of a series opening a date line: "Episode 7 | ", "Episode 3 – " (the words of
    ``data/event_programme_parts.txt``); with ``sessions``, a numbered session of a series, whose plain title may
    stand below the date line or after it ("Session 2 · Tuesday, 9 March 2027", the words of
    ``data/event_numbered_parts.txt``; not "Day 2", a day of one event's programme)."""
    parts = numbered_parts(data_dir) if sessions else programme_parts(data_dir)
    return re.compile(rf"[ \t*|•▪◦-]*(?:\d{{1,2}}[.)][ \t]+)?(?P<part>(?i:{phrase_alternation(parts)})[ \t]+\d{{1,3}})[ \t]*(?P<sep>[|–—:,·-])[ \t]*"
                      rf"(?:{weekday_pattern(data_dir)},?[ \t]+)?") if parts else None


@lru_cache(maxsize=8)
def _numbered_title(data_dir: Path | None) -> re.Pattern[str] | None:
    """A title line that opens with a numbered part of a series and its title: "Session 3 – Notified
    bodies", "Module 2: Financing growth" (the words of ``data/event_numbered_parts.txt``)."""
    words = data_lines(data_dir / "event_numbered_parts.txt") if data_dir else ()
    return re.compile(rf"(?i:{phrase_alternation(words)})[ \t]+\d{{1,2}}[ \t]*[–—:·-][ \t]*[A-Z“\"]") if words else None


def _quoted_line(ctx: DocContext, span: tuple[int, int] | None) -> tuple[int, str] | None:
    """(start, title) when the line is a quoted title alone ('"Selling to Japan"'), else None."""
    if span is None:
        return None
    raw = ctx.text[span[0]:span[1]]
    lead = len(raw) - len(raw.lstrip(_TITLE_MARKS))
    quoted = _QUOTED_TITLE.fullmatch(raw.strip(_TITLE_MARKS))
    return (span[0] + lead + quoted.start("title"), quoted.group("title")) if quoted else None


def _plain_line(ctx: DocContext, span: tuple[int, int] | None, data_dir: Path | None) -> tuple[int, str] | None:
    """(start, title) when the line is a session's plain title ("Heat pumps for dairy farms") with no date, else None."""
    if span is None or any(x.precision != "year" for x in ctx.dates_between(*span)):
        return None
    raw = ctx.text[span[0]:span[1]]
    lead = len(raw) - len(raw.lstrip(_TITLE_MARKS))
    raw = raw.strip(_TITLE_MARKS)
    return (span[0] + lead, raw) if plain_title(raw, data_dir) else None


def _after_date(ctx: DocContext, d: DateMention, line_end: int, data_dir: Path | None) -> tuple[int, str, int] | None:
    """(start, name, end) of a numbered part whose title follows its date after a colon on the same line ("Webinar 2 –
    Tuesday, 9 March 2027: Heat pumps for dairy farms"): the part and its title, without the date."""
    rest = ctx.text[d.end:line_end]
    m = re.match(r"[ \t]*:[ \t]+", rest)
    title = rest[m.end():].strip(_TITLE_MARKS) if m else ""
    if not title or not plain_title(title, data_dir):
        return None
    part = _numbered_part(data_dir, sessions=True).match(ctx.text, _line(ctx.text, d.start)[0], d.start)
    sep = part.group("sep") if part.group("sep") in "–—-:" else "–"
    return part.start("part"), f"{part.group('part')} {sep} {title}", line_end


def _numbered_cards(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path | None) -> list[Candidate]:
    """Episodes of a series of talks, each a date line that opens with its number and a quoted title alone
    on the line below (or above) it: "Episode 7 | Wed, 16 January 2030 | 09:00 CET" over '"Heat pumps for
    small towns"'. The quoted title is the talk's name; the number says only which part of the series."""
    numbered, sessions = _numbered_part(data_dir), _numbered_part(data_dir, sessions=True)
    out: list[Candidate] = []
    for d in ctx.dates if numbered is not None else ():
        if d.precision != "day" or d.start_date is None:
            continue
        line_start, line_end = _line(ctx.text, d.start)
        session = sessions is not None and sessions.fullmatch(ctx.text, line_start, d.start) is not None
        if not session and numbered.fullmatch(ctx.text, line_start, d.start) is None:
            continue
        below = _line_below(ctx.text, line_end)
        found = _quoted_line(ctx, below) or _quoted_line(ctx, _line_above(ctx.text, line_start)) \
            or (_after_date(ctx, d, line_end, data_dir) or _plain_line(ctx, below, data_dir) if session else None)
        if found is not None:
            city, country = _details(ctx, lex, gaz, d, line_end, data_dir)[1]
            end = found[2] if len(found) > 2 else found[0] + len(found[1])  # the line's end when the date stands inside
            out.append(Candidate(found[0], end, clean_event_name(found[1]), "pattern:event_calendar_card",
                                 None, "talk", dates=d, city=city, country=country))
    return out


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _line_above(text: str, line_start: int) -> tuple[int, int] | None:
    """The nearest non-blank line above the line starting at ``line_start`` (blank lines skipped)."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


def _line_below(text: str, line_end: int) -> tuple[int, int] | None:
    """The nearest non-blank line below the line ending at ``line_end``."""
    start = line_end + 1
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            return start, end
        start = end + 1
    return None


def _details(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, d: DateMention, line_end: int,
             data_dir: Path | None = None) -> tuple[bool, tuple]:
    """(whether the date line goes on as an event's details: a time, a known town, a note or the event's
    weekday after a separator; (city, country) found there or opening the next line)."""
    rest = ctx.text[d.end:line_end]
    places = [gaz.place(m.group()) for m in gaz.pattern.finditer(ctx.text, d.end, line_end)]
    place = next((p for p in places if p[0]), None)  # a town, not a country alone ("12 May 2026 | Bulgaria" dates a news item)
    low = " ".join(rest.lower().split())
    noted = any(n in low for n in lex.row_notes if len(n) > 3)
    if not rest.strip(" \t.,;|·–—-"):
        nxt = ctx.text.find("\n", line_end + 1)
        below = ctx.text[line_end + 1:len(ctx.text) if nxt < 0 else nxt].strip(" \t*|")
        first = below.split(",")[0].strip()
        place = gaz.place(first) if first else (None, None)
        return place[0] is not None, place
    weekday = _weekday_after(data_dir).match(rest) is not None  # "14 OCT 2036 · Wednesday–Thursday"
    return bool(_TIME.search(rest) or place or noted or weekday), place or (None, None)


def _place_line(ctx: DocContext, gaz: Gazetteer, title_end: int) -> tuple:
    """(city, country) of the line below a card's title when it opens with a known town ("Fabriano (AN) – Museo
    della Carta", "Ancona – Fiera di Ancona", "Hannover (Germania) – Padiglione 5"), else (None, None)."""
    below = _line_below(ctx.text, title_end)
    if below is None:
        return None, None
    first = re.split(r"[ \t]*[(,–—|·][ \t]*|[ \t]+-[ \t]+", ctx.text[below[0]:below[1]].strip(" \t*|"), maxsplit=1)[0]
    place = gaz.place(first) if first and len(first.split()) <= 4 else (None, None)
    return place if place[0] is not None else (None, None)


def _title(ctx: DocContext, lex: EventLexicon, start: int, end: int,
           parts: frozenset[str] = frozenset(), labels: frozenset[str] = frozenset(),
           numbered: re.Pattern[str] | None = None, data_dir: Path | None = None) -> tuple[int, str] | None:
    """(start, title) of a card's title line, without its marks and a closing note; None when the
    line is no event's title (see the module doc)."""
    raw = ctx.text[start:end]
    lead = len(raw) - len(raw.lstrip(_TITLE_MARKS))
    raw = raw.strip(_TITLE_MARKS)
    note = _NOTE_DASH.search(raw)
    if note and " ".join(note.group("note").lower().split()) in lex.row_notes:
        raw = raw[:note.start()]  # "Study trip to Graz – postponed": the title, without its note
    words = [w.strip("“”\"',:;?!()") for w in raw.split()]
    if not words or len(words) > _MAX_TITLE_WORDS or not (raw[:1].isupper() or raw[:1] in "“\"" or _QUOTED_TITLE.fullmatch(raw)):
        return None
    series_part = numbered is not None and numbered.match(raw) is not None  # "Session 3 – Booking and queues": its topic
    label = format_label_title(raw, data_dir)  # "Export Café: Selling to Norway": a session of a format, named as written
    checked = [w.strip("“”\"',:;?!()") for w in label.split()] if label else words  # a topic's "call" is no deadline
    if raw.endswith((".", ":", ",")) or not series_part and any(w.lower() in lex.row_not_event for w in checked):
        return None
    if any(x.precision != "year" for x in ctx.dates_between(start, end)):
        return None  # a date in the title line: a dated row, not a card's title
    if (quoted := _QUOTED_TITLE.fullmatch(raw)) is not None:
        return start + lead + quoted.start("title"), quoted.group("title")  # the talk's title is its name
    if _TAG_SEPARATOR.search(raw):  # (after the quoted title: 'Episode 1 · “Selling timber”' is one)
        return None  # "Formazione · gratuito per i soci · Iscriviti": a card's tags, price and link, no title
    if series_part:
        return start + lead, raw  # "Session 3 – Notified bodies": a numbered part of a series, named as written
    if not (label or any(keyword_at(lex, words, j) for j in range(len(words))) or _noun_in(raw, data_dir)) \
            or no_one_event(lex, raw.split(), parts, labels):
        return None  # "Past events", "Date Event Venue": a line about the calendar, no one event's title
    return start + lead, raw


@lru_cache(maxsize=8)
def _card_labels(data_dir: Path | None) -> re.Pattern[str] | None:
    """A label of ``data/event_card_title_labels.txt`` and its colon opening a card's title ("Partner event: ")."""
    labels = data_lines(data_dir / "event_card_title_labels.txt") if data_dir else ()
    return re.compile(rf"(?i:{phrase_alternation(labels)})[ \t]*:[ \t]+(?=\S)") if labels else None


def _without_label(lex: EventLexicon, title: str, data_dir: Path | None) -> int:
    """How many characters of a card's title its kind's label takes ("Partner event: Industry 5.0 Summit Vienna"
    → the summit), 0 when none opens it or the rest names no event by itself ("Workshop: digital twins")."""
    labels = _card_labels(data_dir)
    m = labels.match(title) if labels is not None else None
    if m is None:
        return 0
    rest = title[m.end():]
    words = [w.strip("“”\"',:;?!()").lower() for w in rest.split()]
    named = any(keyword_at(lex, words, j) for j in range(len(words))) or _noun_in(rest, data_dir)
    return m.end() if named and rest[:1].isupper() else 0


def _timeline_row(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, d: DateMention, line_start: int, line_end: int,
                  parts: frozenset[str], labels: frozenset[str], numbered: re.Pattern[str] | None,
                  data_dir: Path | None) -> Candidate | None:
    """A row of a call's or a project's timeline that gives an event's title, a colon and its day with a time or a
    place after it ("Info session I (online): Tuesday 09.02.2038, 10:00–11:30", "Matchmaking day: 3 March 2038,
    9:00, Olomouc"): a card on one line. The title needs two words or more, one an event keyword, and no word of
    ``data/event_row_not_event_words.txt`` ("Deadline for applications: …"); a lower-case note in brackets after it
    ("(online)", "(in person)") is no part of its name."""
    m = _timeline_title(data_dir).fullmatch(ctx.text, line_start, d.start)
    if m is None or d.precision != "day" or not _details(ctx, lex, gaz, d, line_end, data_dir)[0]:
        return None
    found = _title(ctx, lex, m.start("title"), m.end("title"), parts, labels, numbered, data_dir)
    if found is None or len(found[1].split()) < 2:
        return None
    start, title = found
    hit = next((h for j in range(len(title.split())) if (h := keyword_at(lex, [w.strip("“”\"',:;?!()").lower() for w in title.split()], j))), None)
    city, country = _details(ctx, lex, gaz, d, line_end, data_dir)[1]
    return Candidate(start, start + len(title), clean_event_name(title), "pattern:event_calendar_card", hit[1] if hit else None,
                     hit[2] if hit else (_noun_in(title, data_dir) or "other"), dates=d, city=city, country=country)


@lru_cache(maxsize=8)
def _timeline_title(data_dir: Path | None) -> re.Pattern[str]:
    """A timeline row's title before its colon and the day's weekday: "Info session I (online): Tuesday "."""
    wd = weekday_pattern(data_dir)
    return re.compile(rf"[ \t*•▪◦-]*(?P<title>[^\W\d][^:\n]{{2,80}}?)(?:[ \t]*\((?-i:[a-z][^()\n]{{0,30}})\))?"
                      rf"[ \t]*:[ \t]+(?:{wd},?[ \t]+)?")


def _series_title_above(ctx: DocContext, line_start: int, numbered: re.Pattern[str] | None) -> bool:
    """The line above is a quoted title alone ('Episode 2 – "Pricing abroad"') or a numbered part of a
    series ("Session 3 – Notified bodies"): a programme of talks or sessions, whose date lines need no
    time or place after them."""
    above = _line_above(ctx.text, line_start)
    if above is None:
        return False
    raw = ctx.text[above[0]:above[1]].strip(_TITLE_MARKS)
    return _QUOTED_TITLE.fullmatch(raw) is not None or (numbered is not None and numbered.match(raw) is not None)


def _dated_line_above(ctx: DocContext, lead: re.Pattern[str], line: tuple[int, int], date_line: int) -> bool:
    """True when ``line`` sits right under a line that opens with a day's or month's date ("Tuesday, 3 March 2026 ·
    10:00" over "Export Café: …") and a blank line parts it from the date line below it (``date_line``): ``line`` is
    the card before's title, set below its date."""
    prev = _line_above(ctx.text, line[0])
    if prev is None or ctx.text[prev[1]:line[0]].count("\n") != 1 or ctx.text[line[1]:date_line].count("\n") < 2:
        return False
    return any(d.precision in ("day", "month") and lead.fullmatch(ctx.text, prev[0], d.start) for d in ctx.dates_between(*prev))


def calendar_cards(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path | None = None) -> list[Candidate]:
    """Title lines over a date line (``pattern:event_calendar_card``; see the module doc)."""
    lead = _lead(data_dir)
    stand = stand_at(data_dir) if data_dir else None
    parts, labels, numbered = programme_parts(data_dir), field_labels(data_dir), _numbered_title(data_dir)
    out: list[Candidate] = []
    entries = 0
    for d in ctx.dates:
        if d.precision not in ("day", "month") or d.start_date is None:
            continue
        line_start, line_end = _line(ctx.text, d.start)
        if (opening := lead.fullmatch(ctx.text, line_start, d.start)) is None:
            if (row := _timeline_row(ctx, lex, gaz, d, line_start, line_end, parts, labels, numbered, data_dir)) is not None:
                out.append(row)  # "Info session I (online): Tuesday 09.02.2038, 10:00–11:30"
            continue  # the date does not open its line
        ok, (city, country) = _details(ctx, lex, gaz, d, line_end, data_dir)
        ok = ok or opening.group("lead") is not None  # "EVENTO PASSATO · 19 FEB 2037", "planned for 3 May 2026": a card's
        ok = ok or _series_title_above(ctx, line_start, numbered)
        above = _line_above(ctx.text, line_start)
        if ok and above and stand is not None and stand.search(ctx.text, *above):
            entries += 1  # "Joint pavilion at Hannover Messe 2027": a calendar entry whose event is the fair (pattern:event_fair)
            continue
        if above and _dated_line_above(ctx, lead, above, line_start):
            above = None  # the line above is the title under the card before's date line: this card's is below
        found = _title(ctx, lex, *above, parts, labels, numbered, data_dir) if ok and above else None
        below = _line_below(ctx.text, line_end) if ok and found is None else None
        found = found or (_title(ctx, lex, *below, parts, labels, numbered, data_dir) if below else None)  # "26–27 March 2026 | Tirana" over its title
        if found is None:
            continue
        start, title = found
        if cut := _without_label(lex, title, data_dir):  # "Partner event: Industry 5.0 Summit Vienna": the summit
            start, title = start + cut, title[cut:]
        if city is None and below is not None:  # the title below the date line, its place on the line below it
            city, country = _place_line(ctx, gaz, below[1])
        words = title.split()
        hit = next((h for j in range(len(words)) if (h := keyword_at(lex, [w.strip("“”\"',:;?!()") for w in words], j))), None)
        out.append(Candidate(start, start + len(title), clean_event_name(title), "pattern:event_calendar_card",
                             hit[1] if hit else None, hit[2] if hit else (_noun_in(title, data_dir) or "other"),
                             dates=d, city=city, country=country))
    out += _numbered_cards(ctx, lex, gaz, data_dir)
    return out if len(out) + entries >= 2 else []
