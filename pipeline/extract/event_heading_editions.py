"""A series' editions given as headings that repeat one name with another year (``pattern:event_heading_edition``).

A page about a recurring event (its own name holds no event word in many languages: "Fiberdagarna",
"Puutori", "Hack the Fjord") lists its editions as headings, one an edition, each over a line that opens
with the edition's date and place:

    ### Harbour Hack 2034 – "Green ships"        ## Dni Drewna 2031
    14–15 May 2034, Gdynia. 300 participants.   12.–13. června 2031, Zlín …

The shape, not a word, says it is a series: two headings or more that read "<Name> <year>" with the same
name and different years (a subtitle after a dash, a colon or a bracket may follow), at least two of them
over a block that opens with a date. Each such heading is an edition named "<Name> <year>", dated by the
first day or month date of its year in the heading or the block under it (else by its year) and placed at a
known town right after that date. A name that is a date itself ("September 2034") or a known place ("Brno
2031") is no series; a name of four capitalised words at most, the first opening with two letters (small
joining words inside; not "Q1 2034"), keeps the rule to names, not sentences.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, data_table, phrase_alternation
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.places import Gazetteer
from pipeline.records import DateMention

RULE = "pattern:event_heading_edition"
_UP = "A-ZÀ-ÖØ-ÞĆČĐŁŚŠŹŻŽŐŰА-ЯЁЂЃЄЅІЇЈЉЊЋЌЎЏΑ-Ω"
_WORD = rf"[{_UP}0-9][\w&+’'.-]*"
_JOIN = r"[a-zà-ÿа-я]{1,4}"  # "of", "the", "na", "de", "и": small words inside a name
# "### Harbour Hack 2034 – Green ships", "**Dni Drewna 2031**", "Forum X 2030 (Ruse)"
_HEADING = re.compile(rf"[#*_ \t]*(?P<stem>[{_UP}][^\W\d_][\w&+’'.-]*(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,3}})[ \t]+(?P<year>(?:19|20)\d\d)"
                      rf"(?P<rest>[ \t]*(?:$|[–—:(|-]|[*_]+[ \t]*(?:$|[–—:(|-])))")
_PLACE_AFTER = re.compile(rf"[ \t]*[,.][ \t]*(?P<place>[{_UP}][\w’'-]+(?:[ \t][{_UP}][\w’'-]+)?)")
_MIN_DATED = 2  # headings of one name over a block that opens with a date


def _opening_date(ctx: DocContext, start: int, end: int) -> DateMention | None:
    """The date that opens the text between ``start`` and ``end`` (markup and spaces before it skipped; a day
    "12. März 2031" read as a numbered list's marker starts before the block)."""
    first = len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip(" \t\n*_>"))
    dates = [d for d in ctx.dates_between(max(0, start - 5), min(end, start + first + 3)) if d.end > start + first]
    return dates[0] if dates else None


def heading_editions(ctx: DocContext, gaz: Gazetteer) -> list[Candidate]:
    """The editions listed as headings "<Name> <year>" of one name (see the module doc)."""
    found: dict[str, list[tuple[re.Match[str], int]]] = {}
    for i, b in enumerate(ctx.blocks):
        if b.kind != "heading" or b.end - b.start > 160:
            continue
        m = _HEADING.match(ctx.text, b.start, b.end)
        if m is None or ctx.dates_between(m.start("stem"), m.start("stem") + 1):
            continue  # "September 2034": a date, no name
        stem = " ".join(m.group("stem").split())
        if any(gaz.place(stem)):
            continue  # "Brno 2031": an edition by its town, another rule's
        found.setdefault(stem.lower(), []).append((m, i))
    out = []
    for heads in found.values():
        if len({int(m.group("year")) for m, _ in heads}) < 2:
            continue
        under = [(m, i, ctx.blocks[i + 1] if i + 1 < len(ctx.blocks) else None) for m, i in heads]
        if sum(1 for _, _, nb in under if nb is not None and _opening_date(ctx, nb.start, nb.end)) < _MIN_DATED:
            continue
        for m, i, nb in under:
            year = int(m.group("year"))
            # the block under the heading; a line in bold that opens with the date reads as a heading too
            opened = nb is not None and (nb.kind != "heading" or _opening_date(ctx, nb.start, nb.end) is not None)
            stop = nb.end if opened else ctx.blocks[i].end
            date = ctx.edition_date(m.start(), stop, year, m.start("year"), RULE)  # the heading's own date, else the block's
            place = _PLACE_AFTER.match(ctx.text, date.end) if date.text else None
            city, country = gaz.place(place.group("place")) if place else (None, None)
            name = f"{' '.join(m.group('stem').split())} {year}"
            cand = Candidate(m.start("stem"), m.end("year"), name, RULE, None, "other", dates=date, city=city, country=country)
            cand.year = year
            out.append(cand)
    return out


ORDINAL_RULE = "pattern:event_ordinal_heading"
# an edition's number before the edition noun: "IX.", "9.", "9th", "9e", "9.ª", "XII"
_ORDINAL = r"(?:[IVXL]{1,6}\.?|\d{1,2}(?:\.[ªº]?|[ªº]|st|nd|rd|th|e|ème|re|ère|-a)?)"
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TITLE_SPLIT = re.compile(r"[ \t]+[–—|-][ \t]+|:[ \t]+")


def _edition_lead(data_dir: Path, numbers: str, english: bool = True) -> tuple[str, str] | None:
    """(an edition's ordinal: ``numbers`` or an ordinal word of ``[edition ordinals]`` in
    ``data/event_keywords_languages.txt``; the singular edition nouns of ``data/event_edition_nouns.csv``, English's
    only when ``english``) as regex alternations, or None without nouns."""
    rows = data_table(data_dir / "event_edition_nouns.csv")[1]
    nouns = [r["form"].strip() for r in rows if r.get("concept", "").strip() == "edition" and r.get("form", "").strip()
             and (english or r.get("language", "").strip() != "en")]
    words = [w.split("\t")[0].strip() for w in data_sections(data_dir / "event_keywords_languages.txt").get("edition ordinals", [])]
    if not nouns:
        return None
    ordinal = rf"(?:{numbers}|(?i:{phrase_alternation([w for w in words if w])}))" if words else numbers
    return ordinal, phrase_alternation(nouns)


@lru_cache(maxsize=8)
def _ordinal_heading(data_dir: Path) -> re.Pattern[str] | None:
    """A heading that opens with an edition's ordinal and the edition noun of any language ("## IX. ročník – 23.–24.
    září 2037", "### XII edizione – 2036", "## 3rd edition: Tartu, 2034", "Décima edición"): :func:`_edition_lead`."""
    lead = _edition_lead(data_dir, _ORDINAL)
    if lead is None:
        return None
    return re.compile(rf"[#*_ \t]*(?P<ord>{lead[0]})[ \t]+(?P<noun>(?i:{lead[1]}))(?![\w’'-])"
                      rf"[*_ \t]*(?P<rest>(?:[–—:|(-].*)?)$")


def _series_of_line(line: str) -> str | None:
    """A title line's text before a dash or a colon ("# Plastikářské dny Zlín – přehled ročníků" → "Plastikářské dny
    Zlín") when it is two to six words opening with a capital, with no digit: a series' name; else None."""
    title = _TITLE_SPLIT.split(line.strip(" \t#*_"), maxsplit=1)[0].strip()
    words = title.split()
    return title if 2 <= len(words) <= 6 and title[:1].isupper() and not re.search(r"\d", title) else None


def _series_title(ctx: DocContext) -> str | None:
    """The series a page is about: its first heading's (:func:`_series_of_line`); else None."""
    first = next((b for b in ctx.blocks if b.kind == "heading"), None)
    return _series_of_line(ctx.text[first.start:first.end]) if first is not None else None


def ordinal_headings(ctx: DocContext, data_dir: Path) -> list[Candidate]:
    """A series page's editions as headings by their ordinal and the edition noun (``pattern:event_ordinal_heading``):
    two headings or more that open "<ordinal> <edition noun>" on a page titled by the series' name, each an edition
    named "<ordinal> <noun> <Series>" ("IX. ročník Plastikářské dny Zlín", "XII edizione Fiera del Legno Alpino"),
    dated by the first day or month date in the heading or the section under it, else by a year the heading gives.
    A heading of the page's own next edition inside its title ("# IX. ročník …") names no other edition."""
    pattern = _ordinal_heading(data_dir)
    series = _series_title(ctx) if pattern is not None else None
    if series is None:
        return []
    heads = [(i, m) for i, b in enumerate(ctx.blocks) if b.kind == "heading" and b.end - b.start <= 160
             and (m := pattern.match(ctx.text, b.start, b.end)) is not None]
    if len(heads) < 2:
        return []
    out = []
    for i, m in heads:
        stop = next((b.start for b in ctx.blocks[i + 1:] if b.kind == "heading"), len(ctx.text))
        own = [d for d in ctx.dates_between(m.start(), ctx.blocks[i].end) if d.start_date is not None and d.precision != "year"]
        year = _YEAR_IN.search(ctx.text, m.start("rest"), ctx.blocks[i].end)
        date = own[0] if own else ctx.edition_date(ctx.blocks[i].end, stop, int(year.group()), year.start(), ORDINAL_RULE) \
            if year else None  # "VI. ročník – 2034": the section's day of that year ("se konal … 14.–15. září 2034"), else the year
        name = f"{m.group('ord')} {m.group('noun')} {series}"
        out.append(Candidate(m.start("ord"), m.end("noun"), name, ORDINAL_RULE, None, "other", dates=date))
    return out


ORDINAL_ROW_RULE = "pattern:event_ordinal_row"
# the same lead opening a list line of another language's editions: "- 8e édition : 12 et 13 octobre 2038, Mulhouse",
# "6.ª edição – 25 e 26 de setembro de 2041, Ílhavo", "VI edycja: 14 maja 2037, Płock" (English "8th edition" rows are
# event_series_rows.year_rows')
_ROW_ORDINAL = r"(?:[IVXL]{1,6}\.?|\d{1,2}(?:\.[ªº]?|[ªº]|e|ème|re|ère|-a)?)"
_ROW_MARK = r"(?m)^[ \t]*(?:[-•*▪–][ \t]*)?"


@lru_cache(maxsize=8)
def _ordinal_row(data_dir: Path) -> re.Pattern[str] | None:
    """A list line opening with an edition's ordinal (a number or a Roman numeral, or an ordinal word of ``[edition
    ordinals]``) and the edition noun of a language other than English, then a dash, a colon or a comma."""
    lead = _edition_lead(data_dir, _ROW_ORDINAL, english=False)
    if lead is None:
        return None
    return re.compile(rf"{_ROW_MARK}(?P<ord>{lead[0]})[ \t]+(?P<noun>(?i:{lead[1]}))(?![\w’'-])[ \t]*[–—:,|-]")


def _row_series(ctx: DocContext, first: int) -> str | None:
    """The series a list of edition rows belongs to: the text before a dash or a colon of the nearest line above the
    list that is no row and not blank ("Encontros do Mar – edições anteriores" → "Encontros do Mar",
    :func:`_series_of_line`); else the page's first heading's (:func:`_series_title`)."""
    above = ctx.text.rfind("\n", 0, first)
    while above > 0:
        start = ctx.text.rfind("\n", 0, above) + 1
        line = ctx.text[start:above].strip(" \t#*_")
        if line:
            if (title := _series_of_line(line)) is not None:
                return title
            break
        above = start - 1
    return _series_title(ctx)


def ordinal_rows(ctx: DocContext, gaz: Gazetteer, data_dir: Path) -> list[Candidate]:
    """Rule ``pattern:event_ordinal_row``, family "edition rows in any language": two list lines or more that open
    "<ordinal> <edition noun>" of another language, each with a day or month date of its own ("- 8e édition : 12 et 13
    octobre 2038, Mulhouse", "6.ª edição – 25 e 26 de setembro de 2041, Ílhavo", "- 3. ročník – 11. května 2035,
    Jihlava"): each an edition named "<ordinal> <noun> <Series>" (the series of the line above the list, else of the
    page), dated by its line's first day or month date and placed at a known town right after that date. Headings of that
    shape are ``ordinal_headings``'."""
    pattern = _ordinal_row(data_dir)
    if pattern is None:
        return []
    headings = [(b.start, b.end) for b in ctx.blocks if b.kind == "heading"]
    found = []
    for m in pattern.finditer(ctx.text):
        if any(s <= m.start("ord") < e for s, e in headings):
            continue  # "## IV. ročník – 10.–11. října 2030": a heading, ordinal_headings'
        end = ctx.text.find("\n", m.end())
        end = len(ctx.text) if end < 0 else end
        dated = [d for d in ctx.dates_between(m.end(), end) if d.start_date is not None and d.precision in ("day", "month")]
        if dated:
            found.append((m, dated[0], end))
    if len(found) < 2:
        return []
    series = _row_series(ctx, found[0][0].start("ord"))
    out = []
    for m, date, end in found:
        name = f"{m.group('ord')} {m.group('noun')} {series}" if series else f"{m.group('ord')} {m.group('noun')}"
        after = _PLACE_AFTER.match(ctx.text, date.end, end)  # "…, 11. května 2035, Jihlava"
        city, country = gaz.place(after.group("place")) if after else (None, None)
        out.append(Candidate(m.start("ord"), m.end("noun"), name, ORDINAL_ROW_RULE, None, "other", dates=date, city=city, country=country))
    return out
