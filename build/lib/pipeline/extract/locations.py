"""Places: spaCy GPE/LOC entities and the cities of ``data/cities.csv``, with their country."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.shapes import clean
from pipeline.records import Block, LocationMention

_CAPITALISED = re.compile(r"(?<![\w-])([A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2})(?![\w-])")


def extract_locations(doc_id: str, text: str, annotated: list[tuple[Block, Doc]], lex: Lexicon,
                      inside: list[tuple[int, int]] = ()) -> list[LocationMention]:
    """City / country mentions; a city known to the gazetteer carries its country. Places inside
    ``inside`` spans (organisation names: "Cluster Excellence Denmark") are left out."""
    out: dict[tuple[int, int], LocationMention] = {}
    for block, doc in annotated:
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC"):
                continue
            s, e = block.start + ent.start_char, block.start + ent.end_char
            the = re.match(r"the\s+", text[s:e], re.I)
            s += the.end() if the else 0
            url = re.search(r"\s+\S*(?:https?:|www\.)", text[s:e])
            e = s + url.start() if url else e
            while e > s and text[e - 1] in ".,;: \n\t":
                e -= 1
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
        for m in _CAPITALISED.finditer(text):
            k = key(m.group(1))
            if k in lex.cities and m.start() not in covered:
                covered.update(range(m.start(), m.end()))
                out[(m.start(), m.end())] = LocationMention(doc_id, m.start(), m.end(), m.group(), "gazetteer:city",
                                                            city=m.group(1), country=lex.cities[k])
    kept = [m for m in out.values() if not any(a <= m.start and m.end <= b for a, b in inside)]
    return sorted(kept, key=lambda x: (x.start, x.end))
