"""Editions of the page's series named by their year or ordinal in running text (``pattern:event_year_edition``).

A page about one edition of a series often mentions others by "the <year> edition" with what happened there,
without a verb of holding (those are ``pattern:event_series``'s: "the 2025 edition took place in Évora"):

    The 2030 edition in Tartu gathered 180 participants; the 2032 edition in Pärnu counted 260.
    In the 2031 edition, the jury gave the main prize to a start-up from Vigo.
    Reviews of the 2033 edition praised the site visits.

or by "the <year> <event noun> in <town>", the noun the series' own name holds ("This third edition follows the 2035
summit in Aveiro and the 2036 summit in Leiria" on the page of a "… Summit"; ``series_word``: on a page about
another event, or with no known town after "in", the phrase names nothing here),

or by its ordinal with its year right beside it:

    The mayor recalled that the first edition in 2026 had brought together sixty people.
    In 2029 the second edition moved to a larger hall.
    The third edition (12–14 May 2031) drew 2,500 visitors.

Each is an earlier or later edition of the event the document is about (``main_edition``: ``events`` names it
after that event, and a mention of that event's own year joins it), dated by a day or month of its year in
brackets right after it, else by the year, and placed at a place after "in" or first in the brackets. Not an
edition: one followed by "of" and something other than an event word ("the 2026 edition of the call", "of the
report"), nor one after a phrase of ``[not an edition]`` in ``data/event_edition_phrases.txt`` ("Applications for
the 2034 edition", "since the 2028 edition") or before one of ``[call after]`` ("the 2035 edition opens for
applications"); an ordinal with no year beside it ("This is the fourth edition")
says no date and names nothing here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.date_patterns import MONTH
from pipeline.extract.event_context import Candidate, DocContext, year_date
from pipeline.extract.event_lexicon import EventLexicon, ordinal_value
from pipeline.extract.places import Gazetteer
from pipeline.extract.statement_parts import UPPER

RULE = "pattern:event_year_edition"
_YEAR = r"(?:19|20)\d\d(?![\d/–-])"
_PLACE = rf"(?!{MONTH}\b){UPPER}[\w’'.-]+(?:[ \t]+{UPPER}[\w’'.-]+)?"
_YEAR_BEFORE = re.compile(rf"\b[Ii]n[ \t]+(?P<year>{_YEAR}),?[ \t]+$")  # "In 2030 the second edition"
_BRACKETS = re.compile(r"[ \t]*\((?P<inner>[^()\n]{4,80})\)")
_IN_PLACE = re.compile(rf",?[ \t]+in[ \t]+(?P<place>{_PLACE})")
_IN_YEAR = re.compile(rf"[ \t]+in[ \t]+(?:(?P<place>{_PLACE})[ \t]+in[ \t]+)?(?P<year>{_YEAR})")
# "of (the) <word>" after an edition noun: the word says whether an event is meant (shared with event_edition_years)
OF_WORD = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?P<word>[A-Za-z]+)")


@lru_cache(maxsize=8)
def _patterns(data_dir: Path) -> tuple[re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None, frozenset[str]]:
    """(the edition phrase, the words before it and the words after it that make it no edition, the words of
    ``[first]``), compiled once."""
    sections = data_sections(data_dir / "event_edition_phrases.txt")
    edition = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:(?P<year>{_YEAR})|(?P<ord>[A-Za-z]+|\d{{1,2}}(?:st|nd|rd|th)))"
                         r"[ \t]+(?:edition\b|(?P<noun>[a-z]+)\b(?=,?[ \t]+in[ \t]+[A-Z]))")
    nots = phrase_alternation((" ".join(p.split()) for p in sections.get("not an edition", [])), space=r"\s+", empty="")
    calls = phrase_alternation((" ".join(p.split()) for p in sections.get("call after", [])), space=r"\s+", empty="")
    return (edition, re.compile(rf"(?i:\b(?:{nots}))[ \t]+$") if nots else None,
            re.compile(rf"[ \t]+(?i:{calls})\b") if calls else None, frozenset(w.lower() for w in sections.get("first", [])))


def year_editions(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """Other editions of the page's series by "the <year> edition" or an ordinal with its year (see the module doc)."""
    edition, not_edition, call_after, first = _patterns(data_dir)
    out: list[Candidate] = []
    for m in edition.finditer(ctx.text):
        noun = m.group("noun")
        if noun and (not m.group("year") or lex.lookup([noun]) is None):
            continue  # "the 2035 budget in Aveiro", "the third summit in 2031": no edition named by its noun
        of = OF_WORD.match(ctx.text, m.end())
        if of and lex.lookup([of.group("word").lower()]) is None:
            continue  # "the 2026 edition of the call"
        if not_edition is not None and not_edition.search(ctx.text, max(0, m.start() - 30), m.start()):
            continue  # "Applications for the 2034 edition"
        if call_after is not None and call_after.match(ctx.text, m.end()):
            continue  # "The 2028 edition opens for applications"
        after = m.end(0) if of is None else of.end()
        place, date, year = None, None, None
        if m.group("year"):
            year = int(m.group("year"))
            where = _IN_PLACE.match(ctx.text, after)
            place = where.group("place") if where else None
            after = where.end() if where else after
        else:
            if ordinal_value(m.group("ord")) is None and m.group("ord").lower() not in first or m.group(0)[:3].lower() != "the":
                continue  # "after its first edition in 2024": the clause of ``pattern:event_series``' past-edition cue
            when = _IN_YEAR.match(ctx.text, after)
            before = _YEAR_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
            if when:
                year, place, after = int(when.group("year")), when.group("place"), when.end()
            elif before:
                year = int(before.group("year"))
        brackets = _BRACKETS.match(ctx.text, after)
        if brackets:  # "(Gdynia, 15–16 April 2026)", "(2–6 October 2031)"
            inner = ctx.dates_between(brackets.start("inner"), brackets.end("inner"))
            date = next((d for d in inner if d.start_date and d.precision in ("day", "month")
                         and (year is None or d.start_date.year == year)), None)
            head = brackets.group("inner").split(",")[0].strip()
            if place is None and gaz.place(head) != (None, None):
                place = head
            year = year or (date.start_date.year if date else None)
        if year is None:
            continue  # "This is the fourth edition": no year, no edition named here
        city, country = gaz.place(place) if place else (None, None)
        if city is None and country is None and place and " " in place:
            city, country = gaz.place(place.split()[0])  # "in Leiria. For the first time": the town before the stop
        if noun and city is None and country is None:
            continue  # "the 2035 summit in Aveiro" names an edition by its town; "the 2031 workshop in May" none
        # the span takes in the place and brackets read, so that a rule before this one that named the edition by
        # them ("the 2025 edition in Osijek": ``pattern:event_past_editions``) keeps it alone
        end = brackets.end() if brackets else after
        cand = Candidate(m.start(), end, f"{m.group('year') or m.group('ord')} edition", RULE, None, "other",
                         edition=ordinal_value(m.group("ord") or ""), dates=date or year_date(year, m.start(), m.end(), RULE),
                         city=city, country=country, main_edition=True, series_word=noun)
        cand.year = year
        out.append(cand)
    return out

