"""Places: spaCy GPE/LOC entities and the cities of ``data/cities.csv`` and GeoNames, with their country."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.shapes import clean
from pipeline.extract.span_index import SpanIndex
from pipeline.records import Block, LocationMention

# Up to three words, each starting with a capital (any alphabet: "Šibenik", "Île-de-France").
_CAPITALISED = re.compile(r"(?<![\w-])((?=[^\W\d_])[^\W\d_a-z][\w'’.-]+(?:[ -](?=[^\W\d_])[^\W\d_a-z][\w'’.-]+){0,2})(?![\w-])")


_URL_TAIL = re.compile(r"\s+\S*(?:https?:|www\.)")
_THE = re.compile(r"the\s+", re.I)


def extract_locations(doc_id: str, text: str, annotated: list[tuple[Block, Doc]], lex: Lexicon,
                      inside: list[tuple[int, int]] = ()) -> list[LocationMention]:
    """Rules ``"gazetteer:city"``, ``"ner:GPE"``, ``"ner:LOC"``: City / country mentions; a city known to the gazetteer carries its country. Places inside
    ``inside`` spans (organisation names: "Cluster Excellence Denmark") are left out."""
    out: dict[tuple[int, int], LocationMention] = {}
    for block, doc in annotated:
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC"):
                continue
            s, e = block.start + ent.start_char, block.start + ent.end_char
            the = _THE.match(text[s:e])
            s += the.end() if the else 0
            url = _URL_TAIL.search(text[s:e])
            e = s + url.start() if url else e
            while e > s and text[e - 1] in ".,;: \n\t":
                e -= 1
            for s, e in _bracket_parts(text, s, e):
                name = clean(text[s:e])
                k = key(name)
                if k in lex.not_org_names and k not in lex.countries:
                    continue  # "the Green Deal", "Horizon Europe": programmes, not places
                if k in lex.countries:
                    out[(s, e)] = LocationMention(doc_id, s, e, text[s:e], f"ner:{ent.label_}", country=name)
                else:
                    out[(s, e)] = LocationMention(doc_id, s, e, text[s:e], f"ner:{ent.label_}", city=name, country=lex.cities.get(k))
    if lex.cities:
        # Offsets already inside a found place, kept as a set: a scan of ``out`` per capitalised word is quadratic.
        covered = {i for s, e in out for i in range(s, e)}
        ends = {e for _, e in out}
        for m in _CAPITALISED.finditer(text):
            name = m.group(1).rstrip(".")  # a sentence's full stop is no part of the name
            s, e = m.start(), m.start() + len(name)
            k = key(name)
            if not name[0].isupper():
                continue
            if k in lex.cities and s not in covered and (k in lex.listed_cities or _placed(text, s, e, lex, ends)):
                ends.add(e)
                covered.update(range(s, e))
                out[(s, e)] = LocationMention(doc_id, s, e, name, "gazetteer:city", city=name, country=lex.cities[k])
    inside_index = SpanIndex(inside)
    kept = [m for m in out.values() if not inside_index.covers(m.start, m.end)]
    return sorted(kept, key=lambda x: (x.start, x.end))


def _bracket_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An entity span cut at a bracket it does not close: spaCy reads "to Brightfield Labs (Ireland)" or
    "in Kilkenny (Ireland)" as one place "… (Ireland"; the parts are the name before the bracket and the
    place the bracket holds (a part inside an organisation's name is left out later, as any place is)."""
    cuts = [i for i in range(start, end) if text[i] in "()"]
    if not cuts:
        return [(start, end)]
    parts, a = [], start
    for i in [*cuts, end]:
        s, e = a, i
        while s < e and text[s].isspace():
            s += 1
        the = re.match(r"the\s+", text[s:e], re.I)
        s += the.end() if the else 0
        while e > s and text[e - 1] in " \t\n,;:":
            e -= 1
        if s < e and text[s].isupper():  # "Ireland) and Oslo": "and Oslo" is no place
            parts.append((s, e))
        a = i + 1
    return parts


_PLACE_AFTER = re.compile(r"\s*(?:,\s*|\(\s*)([A-Z][\w .'-]{2,40}?)\s*(?:\)|[,.;\n]|$)")
_JOINED_END = re.compile(r"\s*(?:,|\band|\bor|&)\s*$")


_WORD_END = re.compile(r"(\w+)[ \t]+$")


def _placed(text: str, start: int, end: int, lex: Lexicon, place_ends: set[int]) -> bool:
    """A GeoNames-only city name reads as a place here: after a place word ("in", "from", data file
    ``place_lead_words.txt``), after "and" / "or" / a comma that follows another place, or before
    its country (", Finland", "(Italy)"). Elsewhere "Nice", "Split" or "Mobile" are ordinary words."""
    before = text[max(0, start - 40):start]
    lead = _WORD_END.search(before)
    if lead and lead.group(1).lower() in lex.place_lead_words:
        return True
    joined = _JOINED_END.search(before)
    if joined and start - len(before) + joined.start() in place_ends:
        return True
    after = _PLACE_AFTER.match(text[end:end + 50])
    return bool(after) and key(after.group(1)) in lex.countries
