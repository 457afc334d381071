"""Other editions of a series named by the series' short name and another year (``pattern:event_series_year``).

A page about one edition names it by a short name and its year ("NORDLINK 2034", "Harbour Hack 2031") and
refers to the editions before and after it by the same short name with their own years, anywhere in the text:

    NORDLINK 2032 (Tromsø, 140 participants) and NORDLINK 2033 (Bodø, 190 participants)
    The next edition, NORDLINK 2035, is planned in Narvik.
    Cities that want to host Harbour Hack 2032 can apply until 30 May.

When an event another rule found opens with "<Name> <year>" or has it right after its dash (the edition
the page is about, "NORDLINK 2034 – Nordic Link Matchmaking", "8th Nordic Link Forum – NORDLINK 2034"; not a name inside it, "approval of the Work Plan 2036"), each "<Name> <other year>" of the text is another edition of that series,
named so, dated by a day or month date of that year later in its sentence (else by the year) and placed at a
known town in brackets right after it or after "in" within a few words. The name is one to four capitalised
words (small joining words inside, "Hack the Forge"); a name of generic words or event keywords alone
("General Assembly 2030", "Annual Conference 2031"), a town (an edition listed by its town, "Dijon 2032"), a
month ("May 2031") and a span of years ("NORDLINK
2032–2034") name no edition here, and the year of the page's own edition adds none.
"""
from __future__ import annotations

import re

from pipeline.extract.date_patterns import MONTH, WEEKDAY
from pipeline.extract.event_context import Candidate, DocContext
from pipeline.extract.event_lexicon import EventLexicon
from pipeline.extract.places import Gazetteer

RULE = "pattern:event_series_year"
_UP = "A-ZÀ-ÖØ-ÞĆČĐŁŚŠŹŻŽ"
_WORD = rf"[{_UP}][\w&+’'-]*"
_JOIN = r"(?:the|of|for|and|de|del|der|des|di|du|la|le|am|an|&)"
_YEAR = r"(?:19|20)\d\d(?![\d/–-]|\.\d)"
_STEM_YEAR = rf"(?P<stem>{_WORD}(?:[ \t]+(?:{_JOIN}[ \t]+)?{_WORD}){{0,3}})[ \t]+(?P<year>{_YEAR})"
_NAME_YEAR = re.compile(rf"(?<![\w&’'-]){_STEM_YEAR}")
_ALIAS_AFTER = re.compile(rf"[ \t]+[–—-][ \t]+{_STEM_YEAR}")
_NOT_STEM = re.compile(rf"(?:{MONTH}|{WEEKDAY})$")
_PLACE_AFTER = re.compile(rf"[ \t]*(?:\([ \t]*|,?[ \t]+(?:[a-z]+[ \t]+){{0,3}}in[ \t]+)(?P<place>[{_UP}][\w’'.-]+(?:[ \t][{_UP}][\w’'.-]+)?)")


def _series_stems(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, candidates: list[Candidate]) -> dict[str, set[int]]:
    """The short names written with a year inside the events other rules found, with those years."""
    stems: dict[str, set[int]] = {}
    for m in candidates:
        # the name the event opens with ("LEM 2034 – Lusatia Energy Matchmaking"), or the one after its dash
        # ("10th Ionian Blue Economy Forum – IBEF 2036"); not one inside it ("approval of the Work Plan 2036")
        for ny in (_NAME_YEAR.match(ctx.text, m.start), _ALIAS_AFTER.match(ctx.text, m.end)):
            if ny is None:
                continue
            stem = " ".join(ny.group("stem").split())
            words = [w.lower() for w in stem.split()]
            rest = [w for w in words if w not in lex.generic]
            if (_NOT_STEM.search(stem) or not rest or lex.lookup(rest) or all(lex.lookup([w]) or len(w) < 3 for w in rest)
                    or any(gaz.place(stem))):
                continue  # "May 2031", "General Assembly 2030", "Dijon 2032" (an edition by its town): no series' short name
            stems.setdefault(stem, set()).add(int(ny.group("year")))
    return stems


def series_year_editions(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer, candidates: list[Candidate]) -> list[Candidate]:
    """"<Name> <other year>" for each short name with a year inside a found event (see the module doc)."""
    stems = _series_stems(ctx, lex, gaz, candidates)
    if not stems:
        return []
    names = "|".join(re.escape(s).replace(r"\ ", r"[ \t]+") for s in sorted(stems, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w&’'-])(?P<stem>{names})[ \t]+(?P<year>{_YEAR})")
    out = []
    for m in pattern.finditer(ctx.text):
        stem, year = " ".join(m.group("stem").split()), int(m.group("year"))
        if year in stems.get(stem, ()):
            continue  # the page's own edition, named by the other rules
        place = _PLACE_AFTER.match(ctx.text, m.end())
        city, country = gaz.place(place.group("place")) if place else (None, None)
        cand = Candidate(m.start(), m.end(), f"{stem} {year}", RULE, None, "other",
                         dates=ctx.edition_date(m.end(), ctx.sentence(m.end(), m.end())[1], year, m.start("year"), RULE), city=city, country=country)
        cand.year = year
        out.append(cand)
    return out
