"""Event names that are not capitalised phrases: descriptive noun phrases, dash and labelled titles, calendar
rows (quoted titles: :mod:`pipeline.extract.event_quoted`).

- ``pattern:event_described``: a determiner, up to three modifiers, an event keyword and an optional
  "on/about/for ..." complement, followed in the same clause by its date (after "will take place",
  "was held", "is planned for" and "in <Place>", when given): "A training session on export rules
  will take place on 4 May 2022", "an introductory masterclass in Lyon on 9 May". No date, no event.
  The noun phrase is the name (a complement stops before a verb: "the side event for young founders
  drew ..."), without the determiner and without format words ("online",
  "virtual": ``data/event_generic_words.txt``) at its start. A phrase made only of the keyword,
  generic words and an ordinal ("the next workshop", "a second webinar") does not say which event it
  is and is left out, except "the third workshop" with a date (``pattern:event_series``): the next
  edition of a series the document named before ("the second ECTN peer workshop" → its name), and "its
  first edition, held in Ghent in May 2021", "the fifth edition will take place in Bar in spring 2028",
  "the 2025 edition / the 2025 forum was held in Kežmarok": another edition of the event the sentence
  (or else the document) is about.
  "Its / their general assembly" with a date, after an acronym opening the sentence, is that body's
  ("The NWC network held its general assembly in Porto on ..." → "NWC general assembly").
- ``pattern:event_dash``: a title line "Saxon Cluster Excellence Award 2025 – award ceremony": a
  name, a dash and a lower-case event word; the whole line is the name.
- ``pattern:event_row``: lines opening with a day date and a capitalised title, two or more close
  together ("13–15 May 2025      Study trip to the Region of Murcia (Cartagena), 15 members."): the
  entries of a list of events.
- ``pattern:event_labelled``: an event word as a label opening a line ("Webinar: Cybersecurity for
  industrial SMEs"), in :mod:`pipeline.extract.event_labelled`.
- ``pattern:event_next``: "the next edition (of the conference) will take place in <place> on <date>":
  the following edition of the event the document names (the latest one with that keyword).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import phrase_alternation
from pipeline.extract.dates import WEEKDAY
from pipeline.extract.event_lexicon import EventLexicon, ordinal_value
from pipeline.extract.event_row_cells import holder_cell, marked_row, news_row, with_holder
from pipeline.extract.line_dates import span_on_row
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, possessor
from pipeline.extract.places import Gazetteer
from pipeline.extract.programme_days import weekday_pattern
from pipeline.extract.statement_parts import UPPER
from pipeline.records import DateMention

_S = r"(?:[ \t]+(?:\n[ \t]*)?|[ \t]*\n[ \t]*)"  # some space, at most one line break
# A place name of one or two capitalised words, accented capitals included ("Šibenik", "Łódź").
_MONTH_START = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
# ... never a month: "will take place in July 2026" says when, not where.
# A lower-case particle may join the two ("Viana do Castelo", "Alcalá de Henares", "Frankfurt am Main").
_PLACE = rf"(?!{_MONTH_START}){UPPER}[\w’'-]+(?:[ \t](?:(?:de|do|da|del|di|am|an|upon|sur)[ \t])?{UPPER}[\w’'-]+)?"
_FUNCTION = {"of", "for", "the", "and", "on", "in", "a", "an", "to", "at", "about", "with", "by"}
# The clause that states when or where: "will take place", "was held", "is planned for", "held".
_VERB = (r"(?:will(?:{s}be)?{s}(?:take{s}place|held|organi[sz]ed|hosted)|(?:took|takes){s}place|(?:is|was|are|were){s}"
         r"(?:held|organi[sz]ed|hosted|planned|scheduled)|held|planned|scheduled)").format(s=_S)
_MAX_COMPLEMENT = 60
_MAX_DATE_GAP = 40


def _alternation(keywords: tuple[tuple[str, ...], ...], space: str) -> str:
    """The event keywords as one regex alternation, longest first, words joined by ``space``."""
    return phrase_alternation((" ".join(k) for k in keywords), space=space, empty="")


@lru_cache(maxsize=8)
def _date_lead(leads: tuple[str, ...]) -> str:
    """ "spring ", "the autumn of ", "early ": words between "in" and an event's month or year."""
    return rf"(?:(?:the{_S})?(?i:{phrase_alternation(leads, _S)}){_S}(?:of{_S})?)?"


@lru_cache(maxsize=4)
def _patterns(keywords: tuple[tuple[str, ...], ...], leads: tuple[str, ...] = ()) -> re.Pattern[str]:
    kws = _alternation(keywords, _S)
    mod = r"(?!(?:on|about|for|in|at|with|of|and|or|to|the|a|an|its|their|our|this|that|will|was|is|are|were|held)\b)(?:[a-z][\w’'-]*|\d{1,2}(?:st|nd|rd|th)\b)"
    described = re.compile(
        rf"\b(?P<det>[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur){_S}(?P<np>(?:{mod}{_S}){{0,3}}?(?P<kw>(?i:{kws}))"
        rf"(?:{_S}(?:on|about|for|of{_S}the|to(?={_S}(?:the{_S})?[A-Z])){_S}(?![\d]|{WEEKDAY})(?P<compl>[^,.;:\n()\"“”]{{1,{_MAX_COMPLEMENT}}}?))?)"
        rf"(?=(?:[ \t]*,)?(?P<by>{_S}(?:(?:co-)?organi[sz]ed{_S}|hosted{_S}|run{_S})?(?:with|by){_S}(?:the{_S})?[A-Z][\w’'-]*"
        rf"(?:[ \t]+(?:[A-Z&][\w’'-]*|of|for|and))*)?(?:{_S}(?P<verb>{_VERB}))?(?:{_S}in{_S}(?P<place>{_PLACE})(?:,[ \t]*{_PLACE})?(?:[ \t]*,)?)?"
        rf"(?P<rest>{_S}(?:online{_S})?(?:(?:on|in|from|for|at){_S})?(?:{WEEKDAY},?{_S})?{_date_lead(leads)})(?=\d|{_MONTH_START}))")
    return described




_HELD = rf"(?:was{_S})?(?:held|took{_S}place|organi[sz]ed|hosted)"
_WILL = rf"(?:will{_S}(?:take{_S}place|be{_S}(?:held|hosted|organi[sz]ed))|is{_S}(?:planned|scheduled)(?:{_S}to{_S}take{_S}place)?)"
# where: "in Tartu", "in Bar, Montenegro,", "in Umeå (Sweden)", "is planned for Osijek"
_WHERE = rf"{_S}(?:in|for){_S}(?P<place>{_PLACE})(?:,[ \t]*{_PLACE}|[ \t]*\({_PLACE}\))?(?:[ \t]*,)?"


@lru_cache(maxsize=4)
def _edition_pattern(leads: tuple[str, ...] = (), keywords: tuple[tuple[str, ...], ...] = ()) -> re.Pattern[str]:
    # "its first edition, held in Ghent in May 2021", "after its first edition in Évora in 2024": the
    # verb may be left out when a place and a date follow; "The first edition was held in Vilnius in May
    # 2024", "The fifth edition of the forum will take place in Bar, Montenegro, in spring 2028", "The 2025
    # edition took place in Santarém", "The 2025 forum was held in Poprad" (a year for the ordinal needs the
    # verb, not a date after it; with a year an event keyword may stand for "edition")
    noun = rf"(?P<noun>edition|(?i:{_alternation(keywords, _S)}))" if keywords else "(?P<noun>edition)"
    return re.compile(rf"\b(?:[Ii]ts|[Tt]heir|[Tt]he)[ \t]+(?P<ord>[A-Za-z0-9]+)[ \t]+{noun}(?:{_S}of{_S}the{_S}(?P<kw>[A-Za-z]+))?,?"
                      rf"(?:{_S}(?:which{_S})?(?P<verb>{_HELD}|{_WILL})(?:{_S}online)?|(?={_S}in{_S}{_PLACE}))(?:{_WHERE})?"
                      rf"(?:(?P<rest>{_S}(?:(?:on|in|from){_S})?{_date_lead(leads)})(?=\d|{_MONTH_START}))?")


@lru_cache(maxsize=4)
def _next_edition_pattern(leads: tuple[str, ...] = (), keywords: tuple[tuple[str, ...], ...] = ()) -> re.Pattern[str]:
    # "the next edition (of the conference)", "the next summit": the noun is "edition" or an event keyword of one word
    kws = phrase_alternation((k[0] for k in keywords if len(k) == 1), empty="(?!)")
    return re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+next[ \t]+(?:edition(?:{_S}of{_S}the{_S}(?P<kw>[a-z]+))?|(?P<kw2>{kws}))(?![\w-]),?{_S}{_WILL}"
                      rf"(?:{_S}in{_S}(?P<place>{_PLACE})(?:,[ \t]*{_PLACE})?(?:[ \t]*,)?)?(?P<rest>{_S}(?:(?:on|in|from|for){_S})?{_date_lead(leads)})"
                      rf"(?=\d|{_MONTH_START})")


def next_editions(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """"The next edition of the conference will take place in Thessaloniki, Greece, from 7 to 9 April
    2025": the following edition of an event the document names (``pattern:event_next``; ``events``
    names it after that event, or drops it when there is none); only with its date."""
    out = []
    for m in _next_edition_pattern(lex.date_leads, tuple(sorted(lex.keywords))).finditer(ctx.text):
        date = next((d for d in ctx.dates_between(m.end(), m.end() + _MAX_DATE_GAP) if d.start == m.end()), None)
        if date is None:
            continue
        kw = m.group("kw") or m.group("kw2")
        hit = lex.lookup([kw.lower()]) if kw else None
        if kw and hit is None:
            continue  # "the next edition of the report"
        city, country = gaz.place(m.group("place")) if m.group("place") else (None, None)
        end = m.end("kw") if m.group("kw") else m.end("kw2") if m.group("kw2") else \
            m.start() + len(m.group().split("edition")[0]) + len("edition")
        out.append(Candidate(m.start(), end, "next edition", "pattern:event_next", hit[0] if hit else None,
                             hit[1] if hit else "other", dates=date, city=city, country=country))
    return out


def past_editions(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """"The forum builds on its first edition, held in Ghent in May 2021", "the fourth edition will take
    place in Trondheim in May 2028", "the 2025 edition took place in Évora": another edition, earlier or
    later, of the event the sentence is about (``pattern:event_series``; ``events`` names it after that
    event). An ordinal needs the date after the clause; a year needs "took place", "will be held", ..."""
    out = []
    for m in _edition_pattern(lex.date_leads, tuple(sorted(lex.keywords))).finditer(ctx.text):
        if m.group("kw") and lex.lookup([m.group("kw").lower()]) is None:
            continue  # "the second edition of the guide was published in 2024"
        ordinal, year = ordinal_value(m.group("ord")), re.fullmatch(r"(?:19|20)\d\d", m.group("ord"))
        hit = lex.lookup(m.group("noun").lower().split()) if m.group("noun") != "edition" else None
        if hit and not year:
            continue  # "the fourth forum will be held in ...": ``described_events``
        date = None if m.group("rest") is None else next(
            (d for d in ctx.dates_between(m.end(), m.end() + _MAX_DATE_GAP) if d.start == m.end()), None)
        if year and m.group("verb"):
            y = int(year.group())
            date = date if date and date.start_date and date.start_date.year == y else DateMention(
                "", m.start("ord"), m.end("ord"), str(y), dt.date(y, 1, 1), dt.date(y, 12, 31), "year", "pattern:event_series")
        elif ordinal is None:
            continue
        if date is None:
            continue
        city, country = gaz.place(m.group("place")) if m.group("place") else (None, None)
        out.append(Candidate(m.start("ord"), m.end("noun"), f"{m.group('ord')} {m.group('noun')}", "pattern:event_series",
                             hit[0] if hit else None, hit[1] if hit else "other", dates=date, city=city, country=country))
    return out


@lru_cache(maxsize=8)
def _dash_pattern(keywords: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    kws = _alternation(keywords, r"[ \t]+")
    return re.compile(rf"(?m)^[ \t#*]*(?P<name>[A-Z][^\n–—]{{2,100}}?)[ \t]+[–—-][ \t]+(?P<kw>{kws})(?:s|es)?[ \t]*$")


def dash_titles(ctx: DocContext, lex: EventLexicon) -> list[Candidate]:
    """'Saxon Cluster Excellence Award 2025 – award ceremony': a title line whose name is followed by a
    dash and a lower-case event word; the whole line is the name."""
    out = []
    for m in _dash_pattern(tuple(sorted(lex.keywords))).finditer(ctx.text):
        if lex.lookup(m.group("name").split()[-1:]) is not None:
            continue  # "European Cluster Conference – workshop": the capitalised name is the event already
        keyword, etype = lex.lookup(m.group("kw").lower().split()) or (m.group("kw").lower(), "other")
        out.append(Candidate(m.start("name"), m.end("kw"), clean_event_name(ctx.text[m.start("name"):m.end("kw")]),
                             "pattern:event_dash", keyword, etype))
    return out


# the title may follow a lower-case format cell: "09.11.2027 | online | Webinar series …"
_ROW_TITLE = re.compile(r"(?:[ \t]*[:|])?[ \t]+(?:[–—-][ \t]+)?(?P<title>(?:[a-z][\w-]*(?:[ \t][a-z][\w-]*)?[ \t]+\|[ \t]+)?"
                        r"[\"“]?" + UPPER + r"[^\n]{2,})")
# a list marker may come before the date: "-", "•", "–", ">>", "1."
# the same row with any title, also a lower-case one ("- 24 May 2028 – joint participation at ..."): a row of the list
_ROW_ANY_TITLE = re.compile(r"(?:[ \t]*[:|])?[ \t]+(?:[–—-][ \t]+)?(?P<title>[\"“]?[\w][^\n]{2,})")
_ROW_MARKER = r"[ \t]*(?:[-•*▪◦–—]|>>|»|\d{1,2}[.)])?[ \t]*"
_ROW_MARKER_ONLY = re.compile(_ROW_MARKER)


@lru_cache(maxsize=8)
def _row_opening(data_dir: Path | None) -> re.Pattern[str]:
    """What may stand before a row's date on its line: a list marker, then a weekday of any language or a span of two
    ("Ti 11.9.2040 | …", "Ma–ti 15.–16.10.2040 | …", "1. Martedì 6 novembre 2040 – …", "- Do., 12.03.2039 – …")."""
    wd = weekday_pattern(data_dir)
    return re.compile(rf"{_ROW_MARKER}(?:{wd}(?:[ \t]*[–—-][ \t]*{wd})?[ \t]*,?[ \t]*)?")


# "21 May 2027 | Webinar | Title | online": a short type cell before the title cell names the event with it
_ROW_CELL = re.compile(r"[ \t]+\|[ \t]+")
_MAX_TYPE_WORDS = 3
# one to three capitalised words and a colon opening what follows a row's date, then a lower-case word or the words being
# known places ("Viena: vizite la …", "Augsburg/Ulm: …", "Villeurbanne: B2B meetings …"): a day-by-day programme's line
# and its place, not a titled row
_PLACE_LEAD = re.compile(r"(?P<where>(?:" + UPPER + r"[\w'’.-]*(?:[ \t/]+(?=" + UPPER + r")|(?=:))){1,3}):[ \t]+"
                         r"(?P<low>[a-zß-öø-ÿā-ž])?")
# a title quoted inside a row's name, in the quotation marks of other languages: "„Biobased verpakken“", "«Agri 4.0»"
_INNER_QUOTE = re.compile(r"\S[ \t]+[„«“][^„«“”»]+[“”»]$")
_ROW_TITLE_END = re.compile(r",[ \t]|[ \t][–—-][ \t]|[ \t]\(|;|[.:]?$")


def calendar_rows(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path | None = None) -> list[Candidate]:
    """'13–15 May 2025      Study trip to the Region of Murcia (Cartagena), 15 members.', '- 2 February
    2021: Support schemes for clusters': lines that open with a day date (after a list marker and perhaps a weekday of any
    language: "Ti 11.9.2040 | Puurakentamisen aamupäivä", "1. Martedì 6 novembre 2040 – Robot collaborativi") followed by a
    title that opens with a capital of any alphabet (after a colon or dash), without a word from
    ``data/event_row_not_event_words.txt``, two or more within a few lines of each
    other, are a list of events (an annual report's "events held", a calendar); each title up to the
    first comma, dash or bracket is a name, its date the event's (or the span of days the row states that opens on it,
    ``line_dates.span_on_row``) and a known place on the line its place.
    A cell between the date and the title that says only where ("12.12.2027 | Eberswalde | Winter
    meeting …", "09.11.2027 | online | Webinar …": a known place or a format note of
    ``data/event_row_notes.txt``) is the place, not a type label of the title; a title that is only such a cell
    ("- 21–22 April – Lillehammer, hosted by the battery cluster") names no event."""
    out = []
    opening = _row_opening(data_dir)
    lines_of: list[int] = []  # line numbers of the rows, to keep only lists
    rows_at: list[int] = []  # line numbers of every dated row, also those whose title is no name
    for d in ctx.dates:
        if d.precision != "day" or d.start_date is None:
            continue
        line_start = ctx.text.rfind("\n", 0, d.start) + 1
        if not opening.fullmatch(ctx.text, line_start, d.start):
            continue  # the date does not open its line (after a list marker and a weekday of any language)
        m = _ROW_TITLE.match(ctx.text, d.end) or _ROW_ANY_TITLE.match(ctx.text, d.end)
        if m is None:
            continue
        if ":" in ctx.text[d.end:m.start("title")] and not _ROW_MARKER_ONLY.fullmatch(ctx.text, line_start, d.start):
            continue  # "Monday 6 October 2031: arrival in Toronto; …": a programme's day line, its items a programme's
        first_word = m.group("title").split()[0].lower().strip("“”\",:;?!()")
        if first_word not in lex.row_not_event:
            # a dated row makes a list, its title a name or not; not a row that opens with something else
            # ("Call for speakers opens", "Deadline for ..."): news teasers and key dates are no list of events
            rows_at.append(ctx.text.count("\n", 0, d.start))
        if m.re is _ROW_ANY_TITLE or marked_row(ctx.text, line_start, lex) or news_row(ctx.text, line_start, lex):
            continue  # "- 24 May 2028 – joint participation at ...": a row of the list, its title not a name; "[X]" cancelled;
            # a headline under "Related news"
        title, title_at = m.group("title"), m.start("title")
        lead = _PLACE_LEAD.match(title)
        if lead and (lead.group("low") or all(gaz.place(p) != (None, None) for p in re.split(r"[ \t]*/[ \t]*", lead.group("where")))):
            continue  # "Luni, 13 octombrie 2031 – Viena: briefing la …" ("Augsburg/Ulm: …"): a programme's day and its place
        cells = _ROW_CELL.split(title)
        where = _where_cell(cells[0], lex, gaz) if len(cells) > 1 else None
        if where is not None:  # "12.12.2027 | Eberswalde | Winter meeting …": the place cell, then the title
            title_at = ctx.text.index(cells[1], title_at + len(cells[0]))
            title = ctx.text[title_at:m.end("title")]
            cells = cells[1:]
        elif not title[:1].isupper() and title[:1] not in "\"“":
            continue  # a lower-case first cell that is neither a place nor a format note
        label = ""
        if len(cells) > 1 and len(cells[0].split()) <= _MAX_TYPE_WORDS and cells[1][:1].isupper() \
                and gaz.place(cells[1].split(",")[0].strip()) == (None, None):
            label = cells[0]  # "Webinar | Battery rules for SMEs | online": "Webinar: Battery rules for SMEs"
            title_at = ctx.text.index(cells[1], title_at + len(cells[0]))
            title = cells[1]
        title = _ROW_CELL.split(title)[0]
        holder = None if label else holder_cell(title, lex)
        holder = None if holder is None or _where_cell(holder[0], lex, gaz) is not None else holder  # "Hybrid — …": how
        if holder is not None:  # "CAM – Workshop on labelling": the holder's cell, then the title
            title_at, title = title_at + holder[1], title[holder[1]:]
        cut = _ROW_TITLE_END.search(title)
        name_text = title[:cut.start()] if cut else title
        name = clean_event_name(f"{label}: {name_text}" if label else name_text)
        name = with_holder(name, holder[0], lex) if holder is not None and name else name
        if not name or len(name.split()) > 12 or not name[:1].isupper():
            continue
        if any(w.lower().strip("“”\",:;?!()") in lex.row_not_event for w in name.split()):
            continue  # "3 May 2025: deadline for applications": the date of something else
        if _where_cell(name, lex, gaz) is not None:
            continue  # "21 April – Lillehammer, hosted by ...", "Hybrid — Alpine Days": where or how, not which event
        line_end = ctx.text.find("\n", title_at)
        rest = ctx.text[title_at + len(name_text):line_end if line_end >= 0 else len(ctx.text)]
        places = [where or (None, None)] + [gaz.place(x.group()) for x in gaz.pattern.finditer(rest)]
        city, country = next((p for p in places if p[0] or p[1]), (None, None))
        words = name.lower().split()
        hit = next((h for j in range(len(words)) if (h := lex.lookup(words[j:j + 2]) or lex.lookup(words[j:j + 1]))), None)
        keyword, etype = hit if hit else (None, "other")
        start = m.start("title") if label else title_at + (1 if title[:1] in "\"“" else 0)
        end = title_at + (1 if title[:1] in "\"“" else 0) + len(name_text.strip("\"“” "))
        if _INNER_QUOTE.search(name_text.rstrip(" ")):
            # "Ledenbijeenkomst „Biobased verpakken“": a quoted title inside the name keeps its closing mark, and
            # the name loses both marks, as clean_event_name does with English quotes
            end = title_at + len(name_text.rstrip(" "))
            name = clean_event_name(re.sub(r"[„«»]", " ", name_text))
        out.append(Candidate(start, end, name, "pattern:event_row", keyword, etype,
                             dates=span_on_row(ctx, d, end, line_end if line_end >= 0 else len(ctx.text)), city=city, country=country))
        lines_of.append(ctx.text.count("\n", 0, d.start))
    # a row needs another dated row within three lines (its title a name or not: "- 24 May 2028 – joint
    # participation at the Milan fair" between two named rows): a list, not a sentence that opens with a date
    return [c for c, line in zip(out, lines_of) if any(other != line and abs(other - line) <= 3 for other in rows_at)]


def _where_cell(cell: str, lex: EventLexicon, gaz: Gazetteer) -> tuple[str | None, str | None] | None:
    """(city, country) when a row's cell says only where the event is: a known place ("Eberswalde",
    "Szczecin (PL)") or a format note of ``data/event_row_notes.txt`` ("online", "hybrid"); else None."""
    text = cell.split("(")[0].strip(" ,")
    place = gaz.place(text)
    if place != (None, None):
        return place
    return (None, None) if " ".join(text.lower().split()) in lex.row_notes else None


def _content_words(np: str, lex: EventLexicon, keyword: str) -> list[str]:
    kw_words = set(keyword.split())
    return [w for w in re.findall(r"[\w’'-]+", np.lower())
            if w not in _FUNCTION and w not in lex.generic and w not in kw_words and lex.singular(w) not in kw_words
            and not ordinal_value(w)]


_RELATIVE = {"that", "which", "who", "whom", "where", "when"}
_PRONOUN = re.compile(r"(?:him|her|them|us|you|me|it)[ \t]*", re.I)
_NOT_MODIFIER_POS = {"VERB", "AUX", "DET", "PRON", "ADP", "SCONJ", "CCONJ", "PART"}


def _has_verb(ctx: DocContext, start: int, end: int) -> bool:
    """True when a word between ``start`` and ``end`` is tagged as a verb or function word by spaCy
    ("-ing" words and compounds are modifiers here: "a networking event", "a follow-up webinar")."""
    return any(ctx.pos.get(start + w.start(), ("", "", False))[0] in _NOT_MODIFIER_POS
               and not w.group().endswith("ing") and "-" not in w.group()
               for w in re.finditer(r"(?<![\w’'-])[\w’'-]+", ctx.text[start:end]))


def _before_verb(ctx: DocContext, start: int, end: int) -> int:
    """The end of the last word before the first verb between ``start`` and ``end`` (see ``_has_verb``)."""
    last = start
    for w in re.finditer(r"(?<![\w’'-])[\w’'-]+", ctx.text[start:end]):
        if ctx.pos.get(start + w.start(), ("", "", False))[0] in ("VERB", "AUX") and not w.group().endswith("ing") \
                or w.group() in _RELATIVE:  # "the side event for founders that the agency organised": ends at "that"
            return last
        last = start + w.end()
    return end


def described_events(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """'A follow-up seminar on data spaces will take place on 3 May': a descriptive event name with the
    date its clause gives; nothing without one."""
    out = []
    described = _patterns(tuple(sorted(lex.keywords)), lex.date_leads)
    for m in described.finditer(ctx.text):
        keyword, etype = lex.lookup(m.group("kw").lower().split()) or (None, "other")
        if keyword is None or _has_verb(ctx, m.start("np"), m.start("kw")):
            continue  # "our team visited the fair on 3 May": a clause, not a noun phrase
        end = m.end("rest")
        date = next((d for d in ctx.dates_between(end, end + _MAX_DATE_GAP) if d.start == end), None)
        ordinals = [w for w in m.group("np").split() if ordinal_value(w)]
        np_end = m.end("np")
        if m.group("compl") and _has_verb(ctx, m.start("compl"), m.end("compl")):
            # "the side event for young founders drew sixty people in Riga on ...": the name ends before the verb
            np_end = _before_verb(ctx, m.start("compl"), m.end("compl"))
            if np_end <= m.start("compl"):
                continue
        if m.group("compl") and _PRONOUN.fullmatch(ctx.text, m.start("compl"), np_end):
            # "a farewell reception for him", "a dinner for them": the pronoun says nothing of the event
            np_end = ctx.text.rfind(" ", m.start("np"), m.start("compl") - 1)
        owner = possessor(ctx, m.start("np")) if m.group("det").lower() in ("its", "their") else None
        if not _content_words(m.group("np"), lex, keyword) and owner and date is not None and not ordinals:
            # "The PFX network held its general assembly in Porto on ...": the owner's general assembly
            out.append(Candidate(m.start("np"), np_end, f"{owner} {clean_event_name(ctx.text[m.start('np'):np_end])}",
                                 "pattern:event_described", keyword, etype, dates=date,
                                 city=gaz.place(m.group("place"))[0] if m.group("place") else None,
                                 country=gaz.place(m.group("place"))[1] if m.group("place") else None))
            continue
        if not _content_words(m.group("np"), lex, keyword) and m.group("by") and date is not None and not ordinals:
            np_end = m.end("by")  # "the matchmaking day organised with the Enterprise Europe Network": who says which
        elif not _content_words(m.group("np"), lex, keyword):
            if date is not None and m.group("det").lower() == "the" and ordinals and not m.group("compl"):
                # "The third workshop is planned for May": the next edition of a series named earlier;
                # ``events`` gives it the series' name, or drops it when there is no such series.
                out.append(Candidate(m.start("np"), m.end("np"), f"{ordinals[0]} {keyword}", "pattern:event_series",
                                     keyword, etype, dates=date))
            continue
        city = country = None
        if m.group("place"):
            city, country = gaz.place(m.group("place"))
            if city is None and country is None:
                continue  # "in Practice", "in Spring": not a place
        if date is None or (not m.group("verb") and date.precision == "year"):
            continue  # the clause must say when ("A workshop on skills" alone is a topic; "the board meeting
            # in 2020" is too vague without "took place" / "was held")
        np_start = m.start("np")
        words = ctx.text[np_start:np_end].split()
        # "online", "new" describe the format, not the event: drop them at the start (ordinals stay).
        while len(words) > 1 and words[0].lower() in lex.generic and not ordinal_value(words[0]):
            np_start = ctx.text.index(words[1], np_start + len(words[0]))
            words = words[1:]
        name = clean_event_name(ctx.text[np_start:np_end])
        name = name[:1].upper() + name[1:]
        out.append(Candidate(np_start, np_end, name, "pattern:event_described", keyword, etype,
                             dates=date, city=city, country=country))
    return out
