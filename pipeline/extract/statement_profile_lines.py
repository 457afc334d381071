"""Rule ``"line:profile-headline"``: a social-media post's comment or profile card writes the person's headline on
the name line after a bullet, the role, then the organisation after a comma or a connector, then topic tags after a
bar (:func:`headline_statement`):

    Jane Doe • Head of Innovation at Acme Port Authority
    Jan Kowalski • Prezes Zarządu, Acme Klaster Meblowy
    Jane Doe • Cluster Manager at Acme Cluster (AC) | Robotics | Skills

The layout (a name, a bullet, a short headline) states the role in any language; the role and its organisation are
parsed as a name-over-role card's role line is (:func:`statement_cards.role_before_comma`,
:func:`statement_parts.role_segment`). The headline under a name line that ends with the connection degree ("Jane Doe
• 1st") is :mod:`statement_lines`' (rule ``line:name-over-role``), its tags after a bar aside
(:func:`headline_end`).
"""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span
from pipeline.extract.statement_cards import role_before_comma
from pipeline.extract.statement_parts import Statement, role_segment

_BULLET_SEP = re.compile(r"[ \t]*[•·][ \t]*")
_TAGS = re.compile(r"[ \t]+\|[ \t]")  # "… at Acme Cluster | Robotics | Skills": the tags after the headline
_HEADLINE_WORDS = 16


def headline_end(text: str, start: int, end: int) -> int:
    """The end of a headline that runs from ``start`` to the line's ``end``: before its topic tags after a bar."""
    tags = _TAGS.search(text, start, end)
    return tags.start() if tags else end


def headline_statement(text: str, name: Span, line_end: int, lex: Lexicon) -> Statement | None:
    """Rule ``"line:profile-headline"``: the name ``name`` is followed on its line by a bullet and a headline that
    holds a role ("Head of Innovation at Acme", "Prezes Zarządu, Acme Klaster"); None for anything else after the bullet
    ("Jane Doe • 2d • Like"). The organisation is the headline's after the role's comma or connector, when its words
    name one."""
    sep = _BULLET_SEP.match(text, name.end, line_end)
    if sep is None or sep.end() == name.end:
        return None
    start, end = sep.end(), headline_end(text, sep.end(), line_end)
    end = len(text[:end].rstrip(" \t.;"))
    if end <= start or len(text[start:end].split()) > _HEADLINE_WORDS or "•" in text[start:end] or "·" in text[start:end]:
        return None
    parsed = role_before_comma(text, start, end, lex) or role_segment(text, start, end, lex)
    if parsed is None:
        return None
    role, rspan, org = parsed
    if org is not None and org.end > end:  # the organisation ends with the headline, not in the comment under it
        org = Span(org.start, len(text[:end].rstrip(" \t.;"))) if end > org.start else None
    return Statement(name, "line:profile-headline", role=role, role_span=rspan, org=org)
