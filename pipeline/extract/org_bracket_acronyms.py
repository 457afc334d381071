"""Rule ``"pattern:acronym-in-brackets"``: a bracket right after an organisation's name that gives its acronym
with something else, so the acronym is no separate organisation:

- the name in the organisation's own language, then the acronym: "Croatian Marine Cluster (Hrvatski
  pomorski klaster, HPK)", "South Pannonian Wood Cluster (Dél-Pannon Faipari Klaszter, DPFK)";
- the acronym, then the country: "Agro Robotics Cluster Saxony (ARCS, Germany)", "Clúster Lácteo de Asturias
  (CLA, Spain)";
- the acronym alone when it does not spell the name ("Clúster Alimentario de Aragón (AGRIFOODARA)"), for names
  the capitalised-run rule did not read (names with lower-case words of other languages); a short name alone too,
  clipped from the name's words though not in capitals ("the cluster Mécanique Alpes Rhône (MécaAR)": family "short
  name in brackets", :func:`pipeline.extract.shapes.is_short_name`), unless it is a place ("(Baden-Württemberg)").

The name is a candidate another rule found (strength 2 or more, not an acronym itself); the acronym is
capitals (two or more), no two-letter country code ("(DE)") and no acronym the text marked as naming no
organisation.
"""
from __future__ import annotations

import re

from pipeline.extract.lexicon import key
from pipeline.extract.org_context import OrgDoc
from pipeline.extract.org_spans import add
from pipeline.extract.shapes import Span, is_acronym, is_short_name
from pipeline.extract.world import country_codes, subdivision_names

_BRACKET = re.compile(r"[ \t]*\(([^()\n]{2,120})\)")
_ITEM = re.compile(r"[^,;]+")


def from_bracketed_acronyms(ctx: OrgDoc) -> None:
    """Rule ``"pattern:acronym-in-brackets"`` (module docstring): the name and the acronym, one organisation."""
    codes = country_codes()
    for cand in list(ctx.cands):
        name = ctx.text[cand.span.start:cand.span.end]
        if cand.strength < 2 or cand.acronym or is_acronym(name.replace(" ", "")):
            continue
        b = _BRACKET.match(ctx.text, cand.span.end)
        if not b:
            continue
        items = [(m.start(), m.group().strip()) for m in _ITEM.finditer(b.group(1)) if m.group().strip()]
        acr = None
        if len(items) >= 2 and key(items[-1][1]) in ctx.lex.countries:
            acr = items[0]  # "(ARCS, Germany)"
        elif len(items) >= 2 and items[0][1][:1].isupper() and " " in items[0][1]:
            acr = items[-1]  # "(Hrvatski pomorski klaster, HPK)"
        elif len(items) == 1:
            acr = items[0]  # "(AGRIFOODARA)"
        if acr is None:
            continue
        word = acr[1]
        short = len(items) == 1 and is_short_name(word, name) and not place_in_brackets(ctx, word)  # "(MécaAR)", "(ACA-Blue)"
        if " " in word or len(word) < 2 or not (is_acronym(word) or short) or word in codes or word in ctx.not_org_acronyms:
            continue
        start = b.start(1) + b.group(1).index(word, acr[0])
        add(ctx, cand.span, "pattern:acronym-in-brackets", 3, acronym=word)
        add(ctx, Span(start, start + len(word)), "pattern:acronym-in-brackets", 3, acronym=word)


def place_in_brackets(ctx: OrgDoc, word: str) -> bool:
    """A city, a country or a region of ISO 3166-2 ("Automotive Cluster (Baden-Württemberg)"): a place in brackets
    after a name, no short name of it."""
    k = key(word)
    return k in ctx.lex.cities or k in ctx.lex.countries or word in subdivision_names()
