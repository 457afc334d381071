"""Rule "pattern:network-office": a European network's or a national agency's office named by its place.

A gazetteer name whose kind has offices (``[kinds]`` of data/org_offices.txt: networks, agencies), or its
acronym, followed on the same line by a place, is that office, an organisation of its own, named as written:
"support from Enterprise Europe Network Slovenia", "registration with EEN Croatia", "Enterprise Europe Network
Berlin-Brandenburg", "Business France Osaka", "EEN Romania West". The place is a city, a country (in any of
its languages: "Polska", "Norge"), an ISO 3166-2 subdivision ("Sachsen", "Canarias"), a place spaCy tags
(GPE / LOC: "Bavaria") or a compass word of ``[place words after a name]`` beside one of them; every part of a
hyphenated place counts ("Berlin-Brandenburg"). Not a place: "EEN B2B", "Enterprise Europe Network Desk".
Not when a capitalised word follows the place on its line ("EEN Greece Partnering Day": a longer name, an
event's), nor for EU institutions ("European Commission Brussels" is the Commission at its seat).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections
from pipeline.extract.lexicon import key
from pipeline.extract.org_context import OrgDoc
from pipeline.extract.org_spans import add
from pipeline.extract.shapes import Span
from pipeline.extract.statement_parts import UPPER
from pipeline.extract.world import subdivision_names

# Up to two capitalised words after the name, then what follows them on the line.
_AFTER = re.compile(r"[ \t]+(?P<w1>" + UPPER + r"[\w'’.-]*?)(?:[ \t]+(?P<w2>" + UPPER + r"[\w'’.-]*?))?(?=[.,;:)]?(?:\s|$)|[,;:)(])")
_NEXT_CAP = re.compile(r"[ \t]+" + UPPER)


@lru_cache(maxsize=4)
def office_kinds(data_dir: Path | None) -> frozenset[str]:
    """The ``[kinds]`` of data/org_offices.txt ("network", "agency")."""
    return frozenset(data_sections(data_dir / "org_offices.txt").get("kinds", [])) if data_dir else frozenset()


def _is_place(ctx: OrgDoc, word: str, start: int, places: list[tuple[int, int]]) -> bool:
    """A place spaCy tags at ``start``, or a known city, country or subdivision (each part of a hyphenated one)."""
    def known(w: str) -> bool:
        return key(w) in ctx.lex.cities or key(w) in ctx.lex.countries or w in subdivision_names()
    return any(s <= start < e for s, e in places) or known(word) or all(known(p) for p in word.split("-") if p)


def _office_end(ctx: OrgDoc, end: int, places: list[tuple[int, int]]) -> int | None:
    """Where the place after a name ending at ``end`` ends, or None when no place follows."""
    m = _AFTER.match(ctx.text, end)
    if m is None:
        return None
    compass = ctx.words.place_tails
    words = [(m.group(g), m.start(g)) for g in ("w1", "w2") if m.group(g)]
    for n in (2, 1):
        if len(words) < n:
            continue
        got = words[:n]
        kinds = [w.lower() in compass or any(p.lower() in compass for p in w.split("-")) for w, _ in got]
        if all(c or _is_place(ctx, w, s, places) for (w, s), c in zip(got, kinds)) and not all(kinds):
            stop = got[-1][1] + len(got[-1][0])
            return None if _NEXT_CAP.match(ctx.text, stop) else stop
    return None


def from_network_offices(ctx: OrgDoc) -> None:
    """Rule "pattern:network-office" (module docstring)."""
    kinds = office_kinds(ctx.lex.data_dir)
    if not kinds:
        return
    for block, doc in ctx.annotated:
        places = [(block.start + e.start_char, block.start + e.end_char) for e in doc.ents if e.label_ in ("GPE", "LOC")]
        for ent in doc.ents:
            if ent.label_ != "ORG" or not ent.ent_id_:
                continue
            entry = ctx.lex.gazetteer.get(ent.ent_id_)
            if entry is None or entry.org_type not in kinds:
                continue
            s, e = block.start + ent.start_char, block.start + ent.end_char
            stop = _office_end(ctx, e, places)
            if stop is None:
                continue
            # "EEN Berlin-Brandenburg" and "Enterprise Europe Network Berlin-Brandenburg": one office, when
            # the text writes its acronym's form
            short = f"{entry.acronym}{ctx.text[e:stop]}" if entry.acronym else None
            add(ctx, Span(s, stop), "pattern:network-office", 3, acronym=short if short and short in ctx.text else None)
