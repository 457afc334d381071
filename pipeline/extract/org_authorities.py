"""Rule "pattern:authority": regional and local authorities named by an authority word and a place, in the
three ways documents write them (words in data/org_name_words.txt):

- "<authority> of <place>": "Region of Crete", "Canton of Basel-Stadt", "Capital Region of Denmark", the place
  with particles ("Municipality of Vila Nova de Gaia"); "City of <known town or region>" ("City of Tampere");
- "<place> <authority>": "Puglia Region", "Saaremaa Rural Municipality", "Vidin Regional Administration",
  "Šibenik-Knin County" (the capitalised run ends there: "Osijek County Chamber of Commerce" is another name);
- "<authority> <place>" for the place-first words: "Region Skåne", "Region Västerbotten", when the place is an
  ISO 3166-2 subdivision (``pycountry``) or a known town ("Region Profile" is a heading).

A phrase with a macro-region word ("the Danube Region", "the Baltic Sea Region", "the Greater Region") is a
place or a programme's area, never an authority; "not an organisation" names (programmes: "Interreg Danube
Region") stay out as everywhere.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.lexicon import key
from pipeline.extract.org_context import OrgDoc
from pipeline.extract.org_spans import add
from pipeline.extract.shapes import Span, clean, is_cap_word
from pipeline.extract.statement_parts import UPPER

_CAP = r"(?:" + UPPER + r"[\w'’-]*(?:–" + UPPER + r"[\w'’-]*)*)"  # "Rhine–Neckar": an en dash inside a place's name
_BLANK = r"[ \t]+"


@lru_cache(maxsize=4)
def _patterns(data_dir: Path | None) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(authority phrase with the capitalised words around it, "<authority> <place>" phrase, macro-region words)."""
    sections = data_sections(data_dir / "org_name_words.txt") if data_dir else {}
    auth = phrase_alternation(sections.get("authority words", []) + sections.get("of-place authority words", []))
    front = phrase_alternation(sections.get("place-first authority words", []))
    particle = r"(?:(?:" + phrase_alternation(sections.get("place particles", []), space=_BLANK) + r")" + _BLANK + r")?"
    around = re.compile(
        r"(?<![\w'’&–-])(?P<before>(?:" + _CAP + _BLANK + r"){0,3})(?P<auth>" + auth + r")(?![\w'’-])"
        r"(?P<of>" + _BLANK + r"of" + _BLANK + r"(?:the" + _BLANK + r")?" + _CAP
        + r"(?:" + _BLANK + particle + _CAP + r"){0,3})?")
    first = re.compile(r"(?<![\w'’&-])(?:" + front + r")" + _BLANK + _CAP + r"(?![\w'’-])")
    return around, first, frozenset(w.lower() for w in sections.get("macro-region words", []))


def authority_names(ctx: OrgDoc) -> list[Span]:
    """Spans of the three shapes in the module docstring."""
    t = ctx.text
    around, first, macro = _patterns(ctx.lex.data_dir)
    of_place = _of_place_words(ctx.lex.data_dir)
    out: list[Span] = []
    for m in around.finditer(t):
        # the place words before: capitalised, from the last function word on ("The", "In", "Our")
        before = [w for w in re.finditer(r"\S+", m.group("before"))]
        while before and (not is_cap_word(before[0].group()) or before[0].group().lower() in STOP_WORDS):
            before.pop(0)
        start = m.start("before") + before[0].start() if before else m.start("auth")
        lower = m.group("auth")[:1].islower()  # "Kiruna municipality", "the municipality of Zwolle": a known place only
        if m.group("of"):
            of_words = [w for w in m.group("of").split()[1:] if w != "the"]
            if not is_cap_word(of_words[0]) or not is_cap_word(of_words[-1]):
                continue
            place = key(" ".join(of_words))
            if (m.group("auth") in of_place or lower) and place not in ctx.lex.cities and place not in subdivision_words():
                continue  # "City of Culture": a title; "City of Tampere": an authority
            end = m.end("of")
            owner = re.search(r"['’]s(?![\w'’-])", m.group("of"))
            if owner:  # "the Capital Region of Denmark's Centre for ...": the authority ends at its possessive
                end = m.start("of") + owner.start()
            # "of the Region of X Programme": the place runs on into a longer name
            if re.match(_BLANK + UPPER, t[end:end + 3]):
                continue
        else:
            if not before or re.match(_BLANK + r"(?:" + UPPER + r"|of\b)", t[m.end("auth"):m.end("auth") + 4]):
                continue  # "Osijek County Chamber": the run goes on; a bare "Region" names nothing
            if lower and key(t[start:m.start("auth")].strip()) not in ctx.lex.cities and key(t[start:m.start("auth")].strip()) not in subdivision_words():
                continue  # "a Swedish municipality": no place
            end = m.end("auth")
        span = Span(start, end)
        if _acceptable(ctx, clean(t[span.start:span.end]), macro):
            out.append(span)
    for m in first.finditer(t):
        if re.match(_BLANK + r"(?:" + UPPER + r"|of\b)", t[m.end():m.end() + 4]):
            continue  # "Region Skåne Innovation Office": a longer name
        name = clean(m.group())
        place = key(name.split()[-1])
        if place not in subdivision_words() and place not in ctx.lex.cities:
            continue  # "Region Profile": a heading; the place must be a known region or town
        if _acceptable(ctx, name, macro):
            out.append(Span(m.start(), m.end()))
    return out


@lru_cache(maxsize=4)
def _of_place_words(data_dir: Path | None) -> frozenset[str]:
    """The ``[of-place authority words]`` of data/org_name_words.txt ("City")."""
    return frozenset(data_sections(data_dir / "org_name_words.txt").get("of-place authority words", [])) if data_dir else frozenset()


@lru_cache(maxsize=1)
def subdivision_words() -> frozenset[str]:
    """Keys of the ISO 3166-2 subdivisions' names (``pycountry``) and of their first words, also without a
    genitive "s" ("Västerbottens län" gives "västerbotten"): the places a place-first authority names."""
    import pycountry

    out: set[str] = set()
    for sub in pycountry.subdivisions:
        name = key(sub.name)
        first = name.split()[0] if name else ""
        out |= {name, first, first[:-1] if first.endswith("s") else first}
    return frozenset(w for w in out if w)


def macro_region_words(data_dir: Path | None) -> frozenset[str]:
    """The lower-case ``[macro-region words]`` of data/org_name_words.txt ("danube", "baltic", "greater")."""
    return _patterns(data_dir)[2]


def _acceptable(ctx: OrgDoc, name: str, macro: frozenset[str]) -> bool:
    """Not a macro-region, a listed not-an-organisation name, a country or a city."""
    parts = {p.lower() for w in name.split() for p in w.split("-")}
    if parts & macro:
        return False
    words = name.split()
    k = key(name)
    if k in ctx.lex.not_org_names or k in ctx.lex.countries or k in ctx.lex.cities:
        return False
    return not (words[0].lower() in ctx.lex.not_org_first or key(words[0]) in ctx.lex.not_org_names)


def from_authorities(ctx: OrgDoc) -> None:
    """Rule "pattern:authority" (module docstring)."""
    for span in authority_names(ctx):
        add(ctx, span, "pattern:authority", 2)
