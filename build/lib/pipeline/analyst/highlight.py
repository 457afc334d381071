"""Document text as HTML with every evidence span highlighted, overlaps included.

Spans may nest (a person inside a role statement inside a key message) or overlap partly (a date
that starts inside an event name and ends after it). HTML elements can only nest, so a span that
is still open when an enclosing one closes is split into pieces: close it, close the other, reopen
it. The result is deterministic: at one offset, longer spans open first (outer), then by kind
(``KIND_ORDER``), then by key. Every piece carries ``data-ev="<key>"``; the first piece also
carries ``id="<key>"`` (the link target) and the last one the type label.

All text, including attribute values, goes through :func:`html.escape`: the document text is
untrusted input.
"""
from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass

# Outer before inner when two spans start at the same offset and have the same length.
KIND_ORDER = ("key_message", "role", "statement", "event", "organisation", "person", "location", "date")

LABELS = {
    "person": "PERSON", "organisation": "ORG", "event": "EVENT", "location": "LOC", "date": "DATE",
    "role": "ROLE", "key_message": "KEY MESSAGE", "statement": "ORGANISER",
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # one of KIND_ORDER
    key: str  # unique within the page, [A-Za-z0-9_-] only: the element id links point at
    title: str = ""  # tooltip (plain text; escaped here)


def _sort_key(span: Span) -> tuple:
    rank = KIND_ORDER.index(span.kind) if span.kind in KIND_ORDER else len(KIND_ORDER)
    return (span.start, -span.end, rank, span.key)


def valid_spans(spans: list[Span], text_length: int) -> tuple[list[Span], list[Span]]:
    """(spans that lie inside the text and are non-empty, the rest), in rendering order."""
    good, bad = [], []
    for s in spans:
        (good if 0 <= s.start < s.end <= text_length else bad).append(s)
    return sorted(good, key=_sort_key), bad


def _open(span: Span, first: bool) -> str:
    attrs = [f'class="ent ent-{span.kind}"', f'data-ev="{html.escape(span.key)}"']
    if first:
        attrs.insert(0, f'id="{html.escape(span.key)}"')
    if span.title:
        attrs.append(f'title="{html.escape(span.title)}"')
    return f"<mark {' '.join(attrs)}>"


def _close(span: Span, last: bool) -> str:
    label = f'<span class="lbl" data-label="{LABELS.get(span.kind, span.kind.upper())}"></span>' if last else ""
    return label + "</mark>"


def highlight(text: str, spans: list[Span]) -> str:
    """``text`` as escaped HTML with a ``<mark>`` per span (split into pieces where spans overlap)."""
    ordered, _ = valid_spans(spans, len(text))
    opens: dict[int, list[Span]] = defaultdict(list)
    for s in ordered:
        opens[s.start].append(s)
    points = sorted({0, len(text)} | {s.start for s in ordered} | {s.end for s in ordered})
    out: list[str] = []
    stack: list[Span] = []
    pos = 0
    for p in points:
        if p > pos:
            out.append(html.escape(text[pos:p]))
            pos = p
        ending = [i for i, s in enumerate(stack) if s.end == p]
        if ending:
            # Close everything above the lowest span that ends here, then reopen the ones that go on.
            lowest = ending[0]
            above = stack[lowest:]
            for s in reversed(above):
                out.append(_close(s, last=s.end == p))
            del stack[lowest:]
            for s in above:
                if s.end != p:
                    out.append(_open(s, first=False))
                    stack.append(s)
        for s in opens.get(p, ()):
            out.append(_open(s, first=True))
            stack.append(s)
    return "".join(out)
