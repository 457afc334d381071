"""Rule family "unit of its parent": a unit's name, "of" (or "of the") and the name of the body it belongs to
are two organisations ("Faculty of Physics of Riga University", "Institute for Energy Systems of Lund
Polytechnic", "Energy Department of the Province of Carinthia", "Industry Department of the Žilina
Self-Governing Region"), as gold standards and readers list them: the unit and its parent.

The unit is a name of two words or more opened or closed by a word of ``data/org_subunit_heads.txt``; the
parent is a name headed by an organisation word (``is_headed``) or a regional authority (the authority words
of ``data/org_name_words.txt``: "Region of Thessaly"). The capitalised-run rule (``pattern:org-head``) and
the organisation slots of role statements (``role:organisation``) both split their names this way.

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
    first "of" after a complete unit name splits ("Faculty of Physics of Riga University": not "Faculty")."""
    heads, authority, of_other = _words(ctx.lex.data_dir)
    seg = ctx.text[span.start:span.end]
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
