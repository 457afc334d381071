"""Personnel moves written with an apposition between the name and the verb of taking up an office: "Jane Doe,
previously project manager at Acme, has joined Beta Ltd as VP Engineering", "John Roe, until now director of Acme,
becomes deputy director", "Ana Ruiz, CEO of Beta Ltd, was elected chair". The rules ``name-elected-role`` and
``name-joined-as-role`` read the name through the apposition with :func:`name_before_apposition` (their rows are then
``name-apposed-elected-role`` and ``name-apposed-joined-as-role``); :func:`without_former_roles` leaves out the role
stated inside an apposition that the text marks as held before the move (``role_former_markers.txt``: "previously",
"until now", "former")."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span
from pipeline.extract.statement_context import name_ending_at
from pipeline.extract.statement_parts import Statement

APPOSED_RULES = frozenset({"name-apposed-elected-role", "name-apposed-joined-as-role"})
# ", <apposition>," right before a verb: no other comma, clause mark or line break inside; brackets may stand in it
# ("currently EU project manager at the West Agency (WA)")
_APPOSITION_BEFORE = re.compile(r"[*_]{0,2},[ \t]+([^,;:!?\n]{2,160}?)[ \t]*,[ \t]*$")
_SENTENCE_INSIDE = re.compile(r"[.!?][ \t]+[A-Z]")
_CLAUSE = re.compile(r"(?<![\w-])(?:who|which|whose|whom)(?![\w-])")


@lru_cache(maxsize=4)
def _former_re(data_dir: Path | None) -> re.Pattern[str]:
    """A former marker of ``role_former_markers.txt`` opening an apposition."""
    words = data_lines(data_dir / "role_former_markers.txt") if data_dir else ()
    return re.compile(r"(?i:" + phrase_alternation(words, r"[ \t\n]+") + r")(?![\w-])")


def name_before_apposition(text: str, pos: int, lex: Lexicon) -> tuple[Span, Span] | None:
    """The full name before ", <apposition>," that ends at ``pos`` (a verb's start) and the apposition's span, or None.
    The apposition opens with a former marker ("previously", "until now"), a lower-case word ("co-founder of Acme")
    or a role title ("Head of Unit B"); it holds no clause ("who", "which") and no sentence's end."""
    m = _APPOSITION_BEFORE.search(text, max(0, pos - 200), pos)
    if m is None or m.end() != pos:
        return None
    inner = m.group(1)
    if _SENTENCE_INSIDE.search(inner) or _CLAUSE.search(inner):
        return None
    if not (_former_re(lex.data_dir).match(inner) or inner[:1].islower() or lex.role_title_re.match(inner)):
        return None
    name = name_ending_at(text, m.start(), lex)
    return (name, Span(m.start(1), m.end(1))) if name else None


def former_role(role: str, lex: Lexicon) -> bool:
    """A role as stated that a former marker opens ("former CFO", "previously head of sales")."""
    return _former_re(lex.data_dir).match(role) is not None


def former_apposition(text: str, name: Span, lex: Lexicon) -> Span | None:
    """The apposition after ``name`` when a former marker opens it ("Jane Doe, previously head of sales, …")."""
    m = re.compile(r"[*_]{0,2},[ \t]+").match(text, name.end)
    if m is None or not _former_re(lex.data_dir).match(text, m.end()):
        return None
    end = re.compile(r"[,;:!?\n]").search(text, m.end())
    return Span(m.end(), end.start() if end else len(text))


def without_former_roles(found: list[Statement], text: str, lex: Lexicon) -> list[Statement]:
    """Rule family "a former role is not the role": when a move rule read a person's new office through an apposition
    that a former marker opens ("Jane Doe, previously project manager at Acme, has joined Beta as CTO"), the other
    rules' reading of the apposition as her role ("previously project manager", Acme) is left out."""
    former: dict[tuple[int, int], Span] = {}
    for st in found:
        if st.rule in APPOSED_RULES and (app := former_apposition(text, st.person, lex)) is not None:
            former[(st.person.start, st.person.end)] = app
    if not former:
        return found
    return [st for st in found
            if st.rule in APPOSED_RULES or st.role_span is None or (app := former.get((st.person.start, st.person.end))) is None
            or not (app.start <= st.role_span.start and st.role_span.end <= app.end)]
