"""Editions of the page's series named by the edition noun and a list of years, any language (``pattern:event_edition_years``).

A page about one edition of a series recalls the others by the noun for an edition and their years, with no name
of their own, in running text of any language:

    After the editions of 2028, 2030 and 2032, the fourth forum moves to the lake.
    Après deux éditions à Brest en 2031 et à Lorient en 2033, le salon …
    Po edycjach 2029 i 2031 spotkanie wraca do Gdyni.
    The 2030 and 2032 editions drew 400 visitors each.

The noun is a form of ``data/event_edition_nouns.csv`` (one concept for one edition, one for the plural, in every
language of ``languages.csv``). After the plural, each year of a list that starts within a few words of it is an
edition, the years chained by short gaps (a comma, "and", "et", "i", a place and its preposition: "in Ísafjörður
in 2031 and in Bolungarvík in 2033"); before the plural, a list of years right before it ("the 2030 and 2032
editions"). After the singular, its one year right after it, a short word at most between ("l'édition 2031", "la edición de
2030"; not "its second edition, held in Bolzano in 2023" nor, after an ordinal, "its first edition in 2024": those
are the edition phrases of ``pattern:event_series`` and ``pattern:event_year_edition``). Each is an earlier or later
edition of the event the document is about (``main_edition``: ``events`` names it after that event, and a mention of
that event's own year joins it; a capitalised word right after the noun, no town, names the series, "Poprzednie
edycje Forum …", and that event's name must hold it), dated by its year and placed at a known town between it and the year before.
Not an edition: a year inside a date ("12 May 2031"), a span of years ("2031–2033"), an English "of" with a word
that names no event after the noun ("the 2026 edition of the call", "editions of the report").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext, year_date
from pipeline.extract.event_lexicon import EventLexicon, ordinal_value
from pipeline.extract.event_year_editions import OF_WORD
from pipeline.extract.places import Gazetteer

RULE = "pattern:event_edition_years"
_YEAR = r"(?<![\d/.–-])(?:19|20)\d\d(?![\d/–-]|\.\d)"
_YEAR_RE = re.compile(_YEAR)
_FIRST_GAP = 40  # characters from the noun to the first year after it: "editions in Ísafjörður in 2031"
_GAP = re.compile(r"[^.;:!?\n\d()]{1,30}")  # between two years of one list: ", ", " and in Bolungarvík in "
_ONE = re.compile(r"[ \t]+(?:\w{1,3}[ \t]+)?")  # between a singular and its year: "édition 2031", "edición de 2030"
_FIRST = re.compile(rf"[^.;:!?\n\d()]{{0,{_FIRST_GAP}}}")  # between the noun and its first year: " of ", " in Ísafjörður in "
_BEFORE = re.compile(rf"(?:{_YEAR}(?:[ \t]*,[ \t]*|[ \t]+\w{{1,4}}[ \t]+))*{_YEAR}[ \t]+$")  # "2030, 2031 and 2032 "
# the series named by the word right after the noun: "edycje Forum", "Ausgaben Holzbautag"
_SERIES_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_][\w’'-]*)")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_CAPITALISED = re.compile(r"[^\W\d_][\w’'-]*(?:[ \t][^\W\d_][\w’'-]*)?")


@lru_cache(maxsize=8)
def _edition_rows(data_dir: Path) -> tuple[dict[str, str], ...]:
    """The rows of ``event_edition_nouns.csv``, read once a process."""
    return tuple(data_table(data_dir / "event_edition_nouns.csv")[1])


@lru_cache(maxsize=8)
def edition_noun_forms(data_dir: Path | None) -> frozenset[str]:
    """Every form of ``event_edition_nouns.csv`` in lower case, any language ("edições", "upplagan")."""
    return frozenset(r["form"].strip().lower() for r in _edition_rows(data_dir) if r.get("form", "").strip()) if data_dir else frozenset()


@lru_cache(maxsize=8)
def _nouns(data_dir: Path) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """(one pattern for every form of the noun, the plural forms in lower case), compiled once."""
    rows = _edition_rows(data_dir)
    forms = [r["form"].strip() for r in rows if r.get("form", "").strip()]
    if not forms:
        return None
    plural = frozenset(r["form"].strip().lower() for r in rows if r.get("concept", "").strip() == "editions")
    return re.compile(rf"(?<![\w-])(?i:{phrase_alternation(forms)})(?![\w-])"), plural


def _in_date(ctx: DocContext, start: int) -> bool:
    """True when the year at ``start`` ends a day or month date ("12 May 2031"), not a year alone."""
    return any(d.start < start < d.end and d.precision in ("day", "month") for d in ctx.dates_between(max(0, start - 30), start + 1))


def _years_after(ctx: DocContext, end: int, plural: bool) -> list[re.Match[str]]:
    """The years of the list that starts within a few words after the noun (only the first after a singular)."""
    first = _YEAR_RE.search(ctx.text, end, min(len(ctx.text), end + _FIRST_GAP))
    if first is None or not (_FIRST if plural else _ONE).fullmatch(ctx.text, end, first.start()):
        return []
    years = [first]
    while plural:
        nxt = _YEAR_RE.search(ctx.text, years[-1].end(), min(len(ctx.text), years[-1].end() + 31))
        if nxt is None or not _GAP.fullmatch(ctx.text[years[-1].end():nxt.start()]):
            break
        years.append(nxt)
    return years


def _place(gaz: Gazetteer, text: str) -> tuple[str | None, str | None]:
    """The last known town or country among the capitalised words of ``text``."""
    for m in reversed(list(_CAPITALISED.finditer(text))):
        for name in (m.group(), m.group().split()[-1]):
            if name[:1].isupper() and gaz.place(name) != (None, None):
                return gaz.place(name)
    return None, None


def edition_years(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """Editions of the page's series by the edition noun and their years (see the module doc)."""
    nouns = _nouns(data_dir)
    if nouns is None:
        return []
    noun, plural_forms = nouns
    out: list[Candidate] = []
    for m in noun.finditer(ctx.text):
        of = OF_WORD.match(ctx.text, m.end())
        if of and lex.lookup([of.group("word").lower()]) is None and not of.group("word")[:1].isupper():
            continue  # "the 2026 edition of the call", "editions of the report"
        plural = m.group().lower() in plural_forms
        before = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        if not plural and before and ordinal_value(before.group(1)):
            continue  # "after its first edition in 2024": the ordinal's edition phrase, another rule's
        years = _years_after(ctx, m.end(), plural)
        if not years and plural:
            before = _BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
            years = list(_YEAR_RE.finditer(ctx.text, before.start(), before.end())) if before else []
        named = _SERIES_AFTER.match(ctx.text, m.end())
        series = named.group("word") if named and named.group("word")[:1].isupper() and gaz.place(named.group("word")) == (None, None) else None
        last = m.end()
        for y in years:
            if _in_date(ctx, y.start()):
                last = y.end()
                continue  # "the edition on 12 May 2031": a date, another rule's
            city, country = _place(gaz, ctx.text[min(last, y.start()):y.start()]) if y.start() > m.end() else (None, None)
            year = int(y.group())
            cand = Candidate(y.start(), y.end(), f"{year} edition", RULE, None, "other", dates=year_date(year, y.start(), y.end(), RULE),
                             city=city, country=country, main_edition=True, series_word=series)
            cand.year = year
            out.append(cand)
            last = y.end()
    return out
