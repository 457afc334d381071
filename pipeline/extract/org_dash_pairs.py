"""Rule "pattern:dash-pair": an organisation written as a brand, a dash and its legal or descriptive name, where the
brand is longer than the one or two words of :mod:`pipeline.extract.org_brands` ("Business Lower Styria – Steiermark
Standortagentur GmbH", "Invest Northern Moravia – Moravskoslezské investice a.s."): the whole phrase is one
organisation's fullest name, as partner lists, organiser lines and footers write it.

Both sides are candidates of other rules (no acronym, no governing body), each on one line, with nothing but the
dash between them (a wrapped text may break the line after the dash: "hosted by Business Lower Styria –\nSteiermark
Standortagentur GmbH"); exactly one of them names an organisation by itself (an organisation word of ``org_suffixes.txt``, a
front head of another language or a legal form). Two sides that both do are two organisations: a parent and its
unit ("University of Rijeka – Faculty of Maritime Studies"), a cluster and a member ("Acme Cluster – Beta GmbH").
A chain of three or more names joined by dashes is a list, not one name.
"""
from __future__ import annotations

import re

from pipeline.extract.org_brands import names_an_org
from pipeline.extract.org_context import OrgDoc, add
from pipeline.extract.shapes import Span, clean, is_acronym

_DASH_BETWEEN = re.compile(r"[ \t]+[–—-](?:[ \t]+|[ \t]*\n[ \t]*(?=\S))")  # the line may wrap after the dash
_DASH_BEFORE = re.compile(r"[ \t]+[–—-][ \t]+$")


def from_dash_pairs(ctx: OrgDoc) -> None:
    """Rule ``"pattern:dash-pair"`` (module docstring), over the candidates the other rules proposed."""
    t = ctx.text
    by_start: dict[int, list[Span]] = {}
    for c in ctx.cands:
        by_start.setdefault(c.span.start, []).append(c.span)
    ends = {c.span.end for c in ctx.cands}
    sides = {(c.span.start, c.span.end) for c in ctx.cands if _side(ctx, c.span)}
    for a in (Span(s, e) for s, e in sorted(sides)):
        gap = _DASH_BETWEEN.match(t, a.end)
        prev = _DASH_BEFORE.search(t, max(0, a.start - 4), a.start)
        if gap is None or (prev and prev.start() in ends):
            continue  # no dash after it, or the second name of a chain
        for b in sorted({s for s in by_start.get(gap.end(), []) if (s.start, s.end) in sides}, key=lambda s: s.end):
            nxt = _DASH_BETWEEN.match(t, b.end)
            if nxt and nxt.end() in by_start:
                continue  # "Acme Cluster – Beta Agency – Gamma Network": a list of names
            if names_an_org(" ".join(t[a.start:a.end].split()), ctx.lex) != names_an_org(" ".join(t[b.start:b.end].split()), ctx.lex):
                # (not ``clean``: "… a.s." keeps the full stop its legal form ends in)
                add(ctx, Span(a.start, b.end), "pattern:dash-pair", 3)


def _side(ctx: OrgDoc, span: Span) -> bool:
    name = clean(ctx.text[span.start:span.end])
    return ("\n" not in ctx.text[span.start:span.end] and not is_acronym(name.replace(" ", ""))
            and _DASH_BETWEEN.search(ctx.text, span.start, span.end) is None)
