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
