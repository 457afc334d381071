"""Rule family "unit of its parent": a unit's name, "of" (or "of the") and the name of the body it belongs to
are two organisations ("Faculty of Physics of Riga University", "Institute for Energy Systems of Lund
Polytechnic", "Energy Department of the Province of Carinthia", "Industry Department of the Žilina
Self-Governing Region"), as gold standards and readers list them: the unit and its parent.

The unit is a name of two words or more opened or closed by a word of ``data/org_subunit_heads.txt``; the
parent is a name headed by an organisation word (``is_headed``) or a regional authority (the authority words
of ``data/org_name_words.txt``: "Region of Thessaly"). The capitalised-run rule (``pattern:org-head``) and
the organisation slots of role statements (``role:organisation``) both split their names this way.

Family "two names at a comma": a whole name an organisation word heads, a comma, and another name of two words or more
that its own organisation word closes or opens ("University of Acme, Marine and Coastal Institute", "Acme University of
Technology, Northern Maritime Academy", "Region of Acme, Directorate of Rural Development", "Acme Region, Borea Regional
Council") are two organisations, the unit and its parent or two partners; a field list after the comma is not
("Ministry of Economy, Tourism and Sport", "Committee on Industry, Research and Energy": no organisation word closes
or opens it; "Ministry for Economic Affairs, Science and Digital Society": after "and" only a unit word closes a second
name), nor a legal form ("Acme Cluster, z.s.").

Other languages join the unit to its parent with their own "of" (``[of before a unit's parent]`` of
data/org_name_words.txt), the unit opened by its own word ("Faculdade de Engenharia da Universidade do Minho",
"Facultad de Ciencias de la Universidad de Cádiz", "Κέντρο Επαγγελματικής Κατάρτισης της ΔΥΠΑ"); there the parent
may be its acronym alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.data_files import data_lines, data_sections, phrase_alternation
from pipeline.extract.org_context import OrgDoc, is_headed
from pipeline.extract.shapes import Span, clean, is_acronym

_OF = re.compile(r"[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?")


@lru_cache(maxsize=4)
def _words(data_dir: Path | None) -> tuple[frozenset[str], frozenset[str], re.Pattern[str] | None]:
    """(unit heads, regional authority words, the "of" of other languages before a unit's parent)."""
    if data_dir is None:
        return frozenset(), frozenset(), None
    sections = data_sections(data_dir / "org_name_words.txt")
    authority = sections.get("authority words", []) + sections.get("place-first authority words", [])
    other = sections.get("of before a unit's parent", [])
    of_other = re.compile(r"[ \t\n]+(?:" + phrase_alternation(other, space=r"[ \t\n]+") + r")[ \t\n]+") if other else None
    return frozenset(data_lines(data_dir / "org_subunit_heads.txt")), frozenset(w.split()[-1] for w in authority), of_other


def unit_and_parent(ctx: OrgDoc, span: Span) -> list[Span] | None:
    """[unit, parent] when the name at ``span`` is a unit of its parent (module docstring), else None. The
    first "of" after a complete unit name splits ("Faculty of Physics of Riga University": not "Faculty").
    Two names at a comma (module docstring) are two names too, in their order."""
    heads, authority, of_other = _words(ctx.lex.data_dir)
    seg = ctx.text[span.start:span.end]
    pair = _comma_pair(ctx, span, seg, heads)
    if pair is not None:
        return pair
    for m in [*_OF.finditer(seg), *(of_other.finditer(seg) if of_other else ())]:
        left, right = clean(seg[:m.start()]).split(), clean(seg[m.end():]).split()
        while left and left[0].lower() in STOP_WORDS:  # "The Faculty of …": the run's sentence words
            left.pop(0)
        other = m.re is not _OF
        if len(left) < 2 or not (len(right) >= 2 or other and right and is_acronym(right[0]) and len(right[0]) >= 3) \
                or not (left[0] in heads or left[-1] in heads):
            continue
        if is_headed(ctx, " ".join(right)) or right[0] in authority or right[-1] in authority or (other and len(right) == 1):
            return [Span(span.start, span.start + m.start()), Span(span.start + m.end(), span.end)]
    return None


def _comma_pair(ctx: OrgDoc, span: Span, seg: str, heads: frozenset[str]) -> list[Span] | None:
    """The two names of ``seg`` (the text at ``span``) around its one comma (family "two names at a comma")."""
    comma = seg.find(",")
    if comma < 0 or seg.find(",", comma + 1) >= 0:
        return None
    left, right = clean(seg[:comma]).split(), clean(seg[comma + 1:]).split()
    if len(left) < 2 or len(right) < 2 or not right[0][:1].isupper() or not is_headed(ctx, " ".join(left)):
        return None
    # after "and" only a unit word closes a name of its own ("… Energy and Environment Institute"; "… Affairs,
    # Science and Digital Society" is the ministry's field list)
    closer = heads if "and" in right else ctx.lex.org_suffixes
    if not (right[-1] in closer or right[0] in heads or right[0] in ctx.words.front_heads):
        return None
    blank = len(seg) - len(seg[comma + 1:].lstrip())
    return [Span(span.start, span.start + comma), Span(span.start + blank, span.end)]
