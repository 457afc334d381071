"""Rule "pattern:name-kind": "the BioValley Basel network", "cooperates with the Photonics Finland cluster",
"a visit to the Aeromontréal cluster": a capitalised name (one to three words) between "the" and a lower-case
noun for one organisation's kind (``[kind nouns after a name]`` of data/org_name_words.txt) names that
organisation. The reverse of :func:`pipeline.extract.org_ner.from_type_nouns` ("the network Acme Noord").

Not a name: a nationality or a region's adjective (spaCy's NORP: "the Dutch cluster", "the Basque cluster"), a
region, a macro-region or a place ("the Saarland cluster", "the Baltic cluster", "the Oulu network"), a general word ("the European network", "the Greater Region cluster"), a word the text also writes
in lower case, a number, or a not-an-organisation name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.lexicon import key
from pipeline.extract.org_authorities import macro_region_words, subdivision_words
from pipeline.extract.org_context import OrgDoc, generic, not_org
from pipeline.extract.org_spans import add
from pipeline.extract.shapes import Span, clean, is_cap_word
from pipeline.extract.statement_parts import UPPER, lower_case_words


@lru_cache(maxsize=4)
def _pattern(data_dir: Path | None) -> re.Pattern[str]:
    nouns = data_sections(data_dir / "org_name_words.txt").get("kind nouns after a name", []) if data_dir else []
    return re.compile(r"(?<![\w-])the[ \t]+(?P<name>" + UPPER + r"[\w'’&+.-]*(?:[ \t]+" + UPPER + r"[\w'’&+.-]*){0,2})"
                      r"[ \t]+(?:" + phrase_alternation(nouns) + r")(?![\w-])")


def name_kind_spans(ctx: OrgDoc) -> list[Span]:
    """Spans of the names the module docstring describes."""
    t = ctx.text
    lower: frozenset[str] | None = None
    out: list[Span] = []
    norp: set[int] | None = None
    for m in _pattern(ctx.lex.data_dir).finditer(t):
        name = clean(m.group("name"))
        norp = norp if norp is not None else _nationality_starts(ctx)
        if m.start("name") in norp:
            continue  # "the Basque cluster", "the Azorean network": the model's NORP, a people or a region's adjective
        words = name.split()
        if not name or not all(is_cap_word(w) for w in words) or generic(ctx, name) or not_org(ctx, name):
            continue
        if any(p.lower() in macro_region_words(ctx.lex.data_dir) for w in words for p in w.split("-")):
            continue  # "the Baltic cluster", "the Danube network": a macro-region's, not a name
        if any(k in ctx.lex.cities or k in ctx.lex.countries or k in subdivision_words() for k in (key(words[0]), key(name))):
            continue  # "the Saarland cluster", "the Oulu network", "the Łódź ICT cluster": a place's cluster
        lower = lower if lower is not None else lower_case_words(t)
        if all(w.lower() in lower for w in words):
            continue  # "the Digital cluster" when the text writes "digital": a field, not a name
        out.append(Span(m.start("name"), m.start("name") + len(m.group("name").rstrip())))
    return out


def _nationality_starts(ctx: OrgDoc) -> set[int]:
    """Offsets where spaCy's NORP entities (nationalities, peoples, regional adjectives) start."""
    return {block.start + ent.start_char for block, doc in ctx.annotated for ent in doc.ents if ent.label_ == "NORP"}


def from_name_kind(ctx: OrgDoc) -> None:
    """Rule "pattern:name-kind" (module docstring)."""
    for span in name_kind_spans(ctx):
        add(ctx, span, "pattern:name-kind", 2)
