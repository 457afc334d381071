"""Event attributes: the date, place and organisers of each event mention, read from the text around it.

One public step, :func:`attach_event_attributes`, run by :func:`pipeline.extract.events.extract_events`
on the candidates the event finders kept (after editions and series are settled, before mentions are
grouped into events). Per mention, in order: a calendar row's own date; the date column of a table row
(:mod:`pipeline.extract.event_table_rows`); the date line below an entry's
title (``entry_title_date``: "Supplier Day: …" / "Thu, 4 Feb 2027 · online"), or the date line above it in a
calendar that gives the date first (``entry_date_above_title``: "14 September" / "Wood Tech Breakfast"); the date right after the
name in its sentence (an apposition "X, the industry conference in …" between them is the same event; an
event opening its sentence reaches past its own parties to the date after "is planned for / is scheduled
…", rule ``subject_predicate_date``, :mod:`pipeline.extract.event_subject_dates`; a span of years right after the
name gives way to a month or day later in the sentence, rule ``plan_period_skipped``: "the general assembly will adopt
the strategy for 2036–2040 in January 2036"), or
the date line right below the name, or a day date opening the sentence (then it dates each event the
sentence names), never a deadline ("until / by / before ...", "hasta el", "bis zum": words of
``data/event_deadline_words.txt``) nor a dateline nor the document's own
publication or version date (:func:`pipeline.extract.metadata.own_date_mentions`); an anaphor opening a
sentence after a dated sentence that names no event takes its day (``anaphor_after_dated_sentence``);
for a title in a heading, the first day date and city of its section; a key-value header's "Date" /
"When" / "Date and place" row (:mod:`pipeline.extract.event_key_values`); the one day of the section's
heading; the agenda day above a programme line (:mod:`pipeline.extract.line_dates`); the date the name
gets where it is restated outside any mention (``restated_name_date``); a gazetteer city or country in
the sentence (or on the date line below the name, or the name's demonym); the organisers after
"(co-)organised by" or before "organised the". Last, an undated event held "during / at / as part of"
another takes the host's date (and its place when it has none), and an undated event tied to a dated one
before it by a phrase of ``data/event_link_phrases.txt`` ("…, back-to-back with the Food Forum") takes
that one's date (rule ``linked_event_date``; both :mod:`pipeline.extract.event_links`); an undated event in a sentence opened by "In the evening", "The next
day" … takes the day said before it in its paragraph (rule ``day_opener_date``,
:mod:`pipeline.extract.event_clause_dates`); last, an event still undated in a sentence naming several takes the
date opening its own clause, or the date of the bold lead opening its paragraph
(:mod:`pipeline.extract.event_clause_dates`); last, an event said with a bare weekday takes that weekday in the span
of days stated above it, or read from the document's own date after "last" / "next" (rule ``weekday_date``,
:mod:`pipeline.extract.event_weekdays`); last, an event still undated in a sentence or list line opened by a year
("In 2033 the company joined the delegation to ProWein") takes that year (rule ``year_lead_date``,
:mod:`pipeline.extract.event_year_leads`).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.dates import WEEKDAY
from pipeline.extract.doc_cues import load_doc_cues
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_clause_dates import attach_clause_date, attach_opener_day, attach_run_in_date, day_openers, own_closing_quote
from pipeline.extract.event_days import attach_host_day
from pipeline.extract.event_entry_dates import date_below_title
from pipeline.extract.event_subject_dates import past_subject, subject_predicates
from pipeline.extract.event_table_rows import table_row_date
from pipeline.extract.event_weekdays import attach_weekday_date, weekdays
from pipeline.extract.event_year_leads import attach_year_lead, year_openers
from pipeline.extract.event_key_values import header_labels, key_value_attrs, title_header_date
from pipeline.extract.event_lexicon import load_event_lexicon
from pipeline.extract.event_links import attach_host, attach_linked, link_phrases
from pipeline.extract.event_minutes import record_line
from pipeline.extract.line_dates import agenda_day, row_date
from pipeline.extract.places import Gazetteer
from pipeline.extract.span_index import any_in, first_after, literal_spans
from pipeline.records import DateMention, SegmentedDocument

_ORGANISED_BY = re.compile(r"\b(?:co-?)?organi[sz]ed\s+by\s+(?P<orgs>.+?)(?=\s+(?:that|which|who|under|in\s+collaboration|in\s+partnership|"
                           r"with\s+the\s+support|and\s+supported|to|on|in\s+(?:\d|[A-Z][a-z]+\s*[,.(]))\b|[.;:(]|,\s+(?![A-Z])|$)", re.S)
_ORGANISER_SUBJECT = re.compile(r"(?:^|(?<=[\s,]))(?:[Tt]he\s+)?(?P<org>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|the|on|\([A-Z]+\)))*)"
                                r"\s+(?:co-?)?(?:organi[sz]ed|hosted)\s+(?:the|a|an|its)\s+$")
# A date belongs to the name before it when at most this many characters (quoted titles not counted)
# lie between them, with no other event, "and" or ";" in between; the raw window allows a quoted title.
_DATE_WINDOW = 130
_HEADING_STOP = {"of", "the", "for", "and", "on", "in", "a", "an", "to", "at", "–", "-", "/"}
_MAX_DATE_GAP = 110
# "and" inside a capitalised name ("Ministry of Economic Affairs and Employment") joins no second event.
_NAME_AND = re.compile(r"\b[A-Z][\w’'-]+[ \t\n]+and[ \t\n]+[A-Z][\w’'-]+\b")


@lru_cache(maxsize=4)
def deadline_words(data_dir: Path) -> re.Pattern[str]:
    """A deadline word of ``data/event_deadline_words.txt`` ending the text before a date ("until", "hasta el")."""
    words = phrase_alternation((" ".join(w.split()) for w in data_lines(data_dir / "event_deadline_words.txt")), space=r"\s+")
    return re.compile(rf"\b(?:{words})\b[^\w]*$", re.I)


def _unquoted(text: str) -> str:
    return re.sub(r"“[^”]*”|\"[^\"]*\"", "", text)


def _places_joined(gap: str, gaz: Gazetteer) -> str:
    """The gap with "<place> and <place>" taken out ("to Bologna and Modena on"): that "and" joins
    places, not a second event."""
    def drop(mm: re.Match[str]) -> str:
        both = gaz.place(mm.group(1)) != (None, None) and gaz.place(mm.group(2)) != (None, None)
        return " " if both else mm.group(0)
    return re.sub(r"\b([A-Z][\w’'-]+)[ \t\n]+and[ \t\n]+([A-Z][\w’'-]+)\b", drop, gap)


def _attach_date(ctx: DocContext, m: Candidate, starts: list[int], gaz: Gazetteer | None = None,
                 past_edition: re.Pattern[str] | None = None, date_labels: frozenset[str] = frozenset(),
                 deadline: re.Pattern[str] | None = None, predicates: re.Pattern[str] | None = None,
                 notes: tuple[str, ...] = ()) -> None:
    """The date right after the name in its sentence ("X on 14-16 May 2019", "X, which took place in
    Brussels on ..."; past the event's own parties up to a predicate of ``predicates``: "A round table with
    the office and the unions is planned for 18 May", rule ``subject_predicate_date``), or a day/month date
    opening a sentence that names only this event."""
    if m.dates is not None:
        return
    if (own := row_date(ctx, m)) is not None:  # "27.11.2025 | Annual Forum | Volos": the row's own date
        m.dates = own
        return
    if (own := table_row_date(ctx, m, date_labels)) is not None:  # "| Date | Event |" / "| 16 May 2029 | Members' Day |"
        m.dates = own
        return
    if (own := date_below_title(ctx, m, date_labels, deadline, notes)) is not None:  # "Supplier Day: …" / "Thu, 4 Feb 2027 · Kranj"
        m.dates = own
        return
    s, e = ctx.sentence(m.start, m.end)
    others = any_in(starts, s, e, but=m.start)
    after = ctx.dates_between(m.end, min(e, m.end + _DATE_WINDOW))
    if after and after[0].precision == "year" and after[0].start_date and after[0].end_date \
            and after[0].start_date.year != after[0].end_date.year:
        # rule ``plan_period_skipped``: "will discuss the strategy for 2036–2040 in January 2036": a span of years
        # after the name is a plan's period; a finer date later in the sentence is the event's
        after = [d for d in after[1:] if d.precision in ("day", "month")] or after
    if after:
        gap_start = m.end + own_closing_quote(ctx.text, m.start, m.end)
        raw_gap = ctx.text[gap_start:after[0].start]
        gap = _unquoted(raw_gap)
        quoted_inside = len(gap) != len(raw_gap)
        # "at Wind Wales, the industry conference in Cardiff on 20–21 April": an apposition names the same event
        blocked = any(p != m.start and not _APPOSED.fullmatch(ctx.text, m.end, p)
                      for p in starts[bisect.bisect_left(starts, m.end):bisect.bisect_left(starts, after[0].start)]) and not quoted_inside
        closes_quote = "”" in gap or gap.count('"') % 2 == 1  # the name sits inside a quoted title
        deadline_gap = deadline is not None and deadline.search(gap) is not None  # "... page until 10 October": a deadline, not the event's day
        # "... returns after its first edition in 2024": the date of an earlier edition
        deadline_gap = deadline_gap or (past_edition is not None and past_edition.search(gap) is not None)
        # "A working meeting with the province and the city is scheduled on ...": the "and" joins its parties
        tail = gap if quoted_inside else past_subject(ctx, m, s, gap_start, gap, predicates)
        joined = _places_joined(tail, gaz) if gaz is not None else tail
        joined = _NAME_AND.sub(" ", joined)  # "organised by the Ministry of Economy and Employment in ...": one name
        if not blocked and not closes_quote and not deadline_gap and len(gap) <= _MAX_DATE_GAP and not re.search(r"\band\b|;", joined):
            m.dates = after[0]
            return
    nxt = _date_on_next_line(ctx, m)
    if nxt is not None:
        m.dates = nxt
        return
    before = [d for d in ctx.dates_between(s, m.start) if d.end <= m.start and d.precision in ("day", "month")]
    # "On 18 November the Summit hosted the Startup Awards and a B2B brokerage event": a day opening the sentence
    # is the day of each event it names (when no later date of the sentence is theirs)
    opening = bool(before) and _OPENING_DATE.fullmatch(ctx.text, s, before[0].start) is not None and len(ctx.dates_between(s, e)) == 1
    if before and (not others or opening):
        m.dates = before[-1]
    elif m.anaphor:
        _previous_sentence_date(ctx, m, starts, s, deadline)


# What may stand before a date that opens its sentence: "On", "From", a weekday ("On Thursday, 14 January, …")
_OPENING_DATE = re.compile(rf"[ \t\n*_]*(?:(?:On|From|Between)[ \t]+)?(?:(?:the[ \t]+)?{WEEKDAY},?[ \t]+)?", re.I)
_APPOSED = re.compile(r"[ \t\n]*,[ \t\n]*(?:(?:the|an?|its|their|our)[ \t\n]+)?")
_ANAPHOR_OPENS = re.compile(r"[ \t\n*_]*(?:The|This|That)?[ \t]*")


def _previous_sentence_date(ctx: DocContext, m: Candidate, starts: list[int], s: int, deadline: re.Pattern[str] | None) -> None:
    """Rule ``anaphor_after_dated_sentence``: "The workshop", "The conference" opening a sentence right after one
    that names no event and says when ("… spent two days on that question in Ghent, on 24 and 25 November 2026.
    The workshop was hosted by …"; "On Thursday, 14 January, the cluster brought 38 stakeholders together. The
    workshop was the first step …") takes that day: the report tells of its event before naming it again. The
    previous sentence's only day or month date, or the one opening it; never a deadline."""
    if _ANAPHOR_OPENS.fullmatch(ctx.text, s, m.start) is None or s == 0:
        return
    ps, pe = ctx.sentence(s - 1, s - 1)
    if ps >= s or any_in(starts, ps, pe):
        return
    dated = [d for d in ctx.dates_between(ps, min(pe, s)) if d.precision in ("day", "month")]
    if not dated or deadline is not None and deadline.search(ctx.text, max(ps, dated[0].start - 40), dated[0].start):
        return
    if len(dated) == 1 or _OPENING_DATE.fullmatch(ctx.text, ps, dated[0].start) is not None:
        m.dates = dated[0]


def _restated_date(ctx: DocContext, m: Candidate, kept: list[Candidate], starts: list[int], gaz: Gazetteer,
                   past_edition: re.Pattern[str] | None, date_labels: frozenset[str], deadline: re.Pattern[str]) -> None:
    """Rule ``restated_name_date``: an event with no day or month date whose name (two words or more, as
    written) recurs outside every mention ("Eleven members at WOODTEC 2027" as the
    title, then "WOODTEC 2027 will take place in Brno from 24 to 28 May 2027.") takes the date that sentence
    gives the name, read as for a mention there; not a date of another year than the name's. An event dated only to
    its month ("our annual meeting in September") takes a day of that month so given ("… met in Riga on 19 September
    2029 for the association's annual meeting")."""
    if m.anaphor or (m.dates is not None and m.dates.precision not in ("year", "month")):
        return
    month = m.dates if m.dates is not None and m.dates.precision == "month" else None
    surface = ctx.text[m.start:m.end]
    if len(surface.split()) < 2:
        return
    for hit_start, hit_end in literal_spans(ctx.text, surface):
        if any(k.start < hit_end and hit_start < k.end for k in kept):
            continue  # inside a mention ("Fourth Blue Forum – June 2023" is not the second's)
        again = replace(m, start=hit_start, end=hit_end, dates=None)
        _attach_date(ctx, again, starts, gaz, past_edition, date_labels, deadline)
        d = again.dates
        if d is None or d.precision not in ("day", "month") or (m.year is not None and d.start_date.year != m.year):
            continue
        if month is None or (d.precision == "day" and month.start_date <= d.start_date and d.end_date <= month.end_date):
            m.dates = d
            return


_LINE_JOIN = re.compile(r"[ \t]*[–—−-]?[ \t]*\n\s*(?:[–—−•-][ \t]*)?"
                        rf"(?:{WEEKDAY},?[ \t]+)?")  # "Tue 3 June 2025"


def _date_on_next_line(ctx: DocContext, m: Candidate) -> DateMention | None:
    """"Regional Innovation Days –" then, on the next line or block, "– 15–16 February 2023, Bari": PDF
    text splits an entry's bold name from its date line. Only a dash, a line break and a list marker
    may stand between the name and the date."""
    nxt = ctx.dates_between(m.end, m.end + 12)
    if nxt and _LINE_JOIN.fullmatch(ctx.text, m.end, nxt[0].start):
        return nxt[0]
    return None


def _attach_place(ctx: DocContext, gaz: Gazetteer, m: Candidate, starts: list[int],
                  past_edition: re.Pattern[str] | None = None) -> None:
    if m.city or m.country or m.anaphor or m.placeless:
        return
    s, e = ctx.sentence(m.start, m.end)
    if m.dates is not None and m.dates.start >= e and _date_on_next_line(ctx, m) is m.dates:
        # The date line below the name ("15–16 February 2023, Bari, Italy") says where, too.
        line_end = ctx.text.find("\n", m.dates.end)
        line_end = len(ctx.text) if line_end < 0 else line_end
        cities = [gaz.place(x.group()) for x in gaz.pattern.finditer(ctx.text, m.dates.end, line_end)]
        cities = [c for c in cities if c[0]]
        if cities:
            m.city, m.country = cities[0]
            return
    nxt = first_after(starts, m.start, e)
    lo = m.start if any_in(starts, s, m.start) else s
    # "..., first held in Porto in 2021, moves to Seville": a place in an earlier edition's clause is not this one's
    clauses = past_edition.finditer(ctx.text, lo, nxt) if past_edition else ()
    past = [(c.start(), ctx.text.find(",", c.end(), nxt) + 1 or nxt) for c in clauses]
    found = [(x, gaz.place(x.group())) for x in gaz.pattern.finditer(ctx.text, lo, nxt)
             if not ctx.dateline_index.covers(x.start(), x.start() + 1)  # "Brussels, 4 March –": where it was written
             and not any(a <= x.start() < b for a, b in past)]
    cities = [f for _, f in found if f[0]]
    if cities:
        m.city, m.country = cities[0]
        return
    # A country alone says where only as "in Romania" / ", Romania" ("with France presenting" does not).
    countries = [f for x, f in found if f[1] and re.search(r"(?:\bin|,)\s*$", ctx.text[max(0, x.start() - 4):x.start()])]
    if countries:
        m.country = countries[0][1]
        return
    first = m.name.split()[0].lower() if m.name.split() else ""
    if first in gaz.demonyms:
        m.country = gaz.demonyms[first]


def _attach_organisers(ctx: DocContext, m: Candidate, starts: list[int]) -> None:
    """"X organised by A and the B" or "A organised the X" → (A, B): names as written, without "the"
    and a trailing (ACRONYM)."""
    s, e = ctx.sentence(m.start, m.end)
    om = _ORGANISED_BY.search(ctx.text, m.end, e)
    if om is None or om.start() - m.end > 100 or any_in(starts, m.end, om.start()):
        om = None
        sm = _ORGANISER_SUBJECT.search(ctx.text[s:m.start])  # "The Network organised the X"
        if sm is None:
            return
        orgs = sm.group("org")
    else:
        orgs = om.group("orgs")
    names = []
    for part in re.split(r",\s+|\s+and\s+(?=(?:the\s+)?[A-Z])", orgs):
        part = re.sub(r"^(?:the)\s+", "", " ".join(part.split()))
        part = re.sub(r"\s*\([^)]*\)?$", "", part).strip(" ,.")
        if part[:1].isupper():
            names.append(part)
    m.organisers = tuple(names)


_SUBTITLE = re.compile(r":[ \t]+|[ \t]+[–—][ \t]+")  # "Study visit to Denmark: what we learned", "Forum 2027 – the results"


def _heading_section_attrs(seg: SegmentedDocument, ctx: DocContext, gaz: Gazetteer, m: Candidate, deadline: re.Pattern[str],
                           record: re.Pattern[str] | None = None) -> None:
    """An event named by a heading takes the first day/month date and city of the text below it; the name must be
    most of the heading, or of the part of it (cut at ": ", " – ") that it stands in: before a subtitle ("General
    Assembly 2029: continuity at the top", "Study visit to Denmark: what our producers learned") or after who reports
    ("Adriatic Port Cluster – Report of the Ordinary General Assembly 2031"). Not the date of a record's line
    (``record``: "Brno Orbit Days 2036 – Organising Committee" / "Minutes of the 3rd meeting · 14 January 2036": the
    committee's meeting day, not the event's)."""
    heading = ctx.block_at(m.start)
    if heading is None or heading.kind != "heading" or m.anaphor:
        return
    title = ctx.text[heading.start:heading.end]
    # the part of the heading the name stands in: "General Assembly 2029: continuity at the top" (the name, then a
    # subtitle), "Adriatic Port Cluster – Report of the Ordinary General Assembly 2031" (who reports, then the name)
    cuts = [heading.start, *(x for sep in _SUBTITLE.finditer(ctx.text, heading.start, heading.end) for x in sep.span()), heading.end]
    part = next(((a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a <= m.start and m.end <= b), None)
    if part is not None and (part[0] == heading.start or not title.lstrip(" \t#*_")[:1].isdigit()):
        title = ctx.text[part[0]:part[1]]  # not after a time ("18:00 – Award ceremony …": a programme line)
    content = [w for w in title.split() if w.lower() not in _HEADING_STOP]
    named = ctx.text[m.start:m.end] if m.rule == "pattern:event_quoted" else m.name  # 'Info Day "Title"'
    if len([w for w in named.split() if w.lower() not in _HEADING_STOP]) < 0.6 * len(content):
        return  # the heading says more than the event's name
    body = [b for b in seg.blocks if b.section_start == heading.start and b.kind != "heading"][:4]
    if not body:
        return
    if m.dates is None:
        dated = [d for b in body for d in ctx.dates_between(b.start, b.end) if d.precision in ("day", "month")
                 and not deadline.search(ctx.text, max(b.start, d.start - 40), d.start)]
        in_record = bool(dated) and record is not None and record.match(ctx.text, ctx.text.rfind("\n", 0, dated[0].start) + 1) is not None
        m.dates = dated[0] if dated and not in_record else None
    if not (m.city or m.country):
        cities = [gaz.place(x.group()) for b in body for x in gaz.pattern.finditer(ctx.text, b.start, b.end)]
        cities = [c for c in cities if c[0]]
        if cities:
            m.city, m.country = cities[0]


def _section_heading_date(seg: SegmentedDocument, ctx: DocContext, m: Candidate) -> None:
    """An event named in a section whose heading gives one day ("MATCHMAKING DAY (13 MARCH)", "Day 2 –
    15 May 2024") and no date of its own takes that day; not when its own sentence says when ("The final conference
    will take place in Riga in May 2029, back to back with the annual meeting of X": the meeting is that
    sentence's, dated by it or by nothing)."""
    if m.dates is not None or m.anaphor:
        return
    block = ctx.block_at(m.start)
    if block is None or block.kind == "heading" or block.section_start is None:
        return
    if any(d.precision in ("day", "month") for d in ctx.dates_between(*ctx.sentence(m.start, m.end))):
        return
    heading = ctx.block_at(block.section_start)
    if heading is None or heading.kind != "heading" or heading.start != block.section_start:
        return
    days = [d for d in ctx.dates_between(heading.start, heading.end) if d.precision == "day" and d.start_date == d.end_date]
    if len(days) == 1:
        m.dates = days[0]


def attach_event_attributes(seg: SegmentedDocument, ctx: DocContext, gaz: Gazetteer, kept: list[Candidate],
                            data_dir: Path, past_edition: re.Pattern[str] | None = None, anchor: dt.date | None = None) -> None:
    """Set the date, place and organisers of every kept event mention in place (see the module doc);
    ``past_edition``: the cues of a clause about an earlier edition, whose date and place are not this event's;
    ``anchor``: the document's own date, that "last Thursday" is read back from."""
    starts = sorted(m.start for m in kept if not m.anaphor)  # sorted for bisect: only membership is read
    date_labels, place_labels = header_labels(data_dir)
    mail_header = load_doc_cues(data_dir).email_header  # "From: …" / "Subject: …": an e-mail's header, not the event's
    deadline = deadline_words(data_dir)
    predicates = subject_predicates(data_dir)
    record = record_line(data_dir)  # "Minutes of the 3rd meeting · 14 January": the recorded meeting's day
    notes = load_event_lexicon(data_dir).row_notes  # "online", "on site": a card's format line
    for m in kept:
        # "18:00 – Award ceremony" under "TUESDAY 21 APRIL 2026": a timed programme line's day is the day heading above it,
        # before a date the line's run-on sentence reaches below it or a heading above the whole programme
        m.dates = m.dates or (None if m.anaphor else agenda_day(ctx, m))
        _attach_date(ctx, m, starts, gaz, past_edition, date_labels, deadline, predicates, notes)
        _heading_section_attrs(seg, ctx, gaz, m, deadline, record)
        key_value_attrs(ctx, gaz, m, date_labels, place_labels, mail_header)  # "| **Date** | 4 May 2026 |" under the title line
        title_header_date(ctx, m, date_labels, mail_header, record)  # "BALTIC DAYS 2027 – REPORT" / "Tallinn, 8–9 April 2027 | …"
        _section_heading_date(seg, ctx, m)
        _restated_date(ctx, m, kept, starts, gaz, past_edition, date_labels, deadline)  # the title's "WOODTEC 2027", dated where restated
        _attach_place(ctx, gaz, m, starts, past_edition)
        _attach_organisers(ctx, m, starts)
    link = link_phrases(data_dir)
    for m in kept:
        attach_host(ctx, m, kept)
    for m in kept:
        attach_host_day(ctx, m, kept, data_dir)  # "a brokerage event on the second day" of the summit dated 14–15 October
    for m in kept:
        attach_linked(ctx, m, kept, link)
    openers = day_openers(data_dir)
    for m in kept:
        attach_opener_day(ctx, m, kept, openers, deadline)  # "On 12 May … In the evening, the members attended the Awards"
    days = weekdays(data_dir)
    for m in kept:
        attach_clause_date(ctx, m, kept, deadline)  # "…, and on Friday 6 May the agency runs a matchmaking"
        attach_run_in_date(ctx, m, deadline, days)  # "**Tuesday 16 May – Seoul.** Cluster Innovation Seminar at …"
        attach_host_day(ctx, m, kept, data_dir)  # "les 3 et 4 juin … Le deuxième jour, une visite": the span's n-th day
    for m in kept:
        attach_weekday_date(ctx, m, starts, days, anchor)  # "(6–8 February) … Field demo day on Thursday"
    year_leads = year_openers(data_dir)
    for m in kept:
        attach_year_lead(ctx, m, year_leads)  # "In 2033 the company joined the delegation to ProWein"
