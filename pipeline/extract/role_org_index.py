"""The index of a document's organisation mentions that the families of :mod:`pipeline.extract.role_orgs` look up by
where a mention starts or ends, or which mentions lie between two positions."""
from __future__ import annotations

import bisect
import re

from pipeline.extract.shapes import Span
from pipeline.extract.span_index import SpanIndex
from pipeline.records import OrgMention


class OrgIndex:
    """The document's organisation mentions, looked up by where they start and end."""

    def __init__(self, orgs: list[OrgMention]):
        self.by_start = sorted(orgs, key=lambda o: (o.start, -o.end))
        self.starts = [o.start for o in self.by_start]
        self.by_end = sorted(orgs, key=lambda o: o.end)
        self.ends = [o.end for o in self.by_end]
        self.spans = SpanIndex((o.start, o.end) for o in orgs)

    def starting_at(self, pos: int) -> OrgMention | None:
        i = bisect.bisect_left(self.starts, pos)
        return self.by_start[i] if i < len(self.starts) and self.starts[i] == pos else None

    def within(self, start: int, end: int) -> list[OrgMention]:
        """The mentions that start at or after ``start`` and end by ``end``."""
        i, j = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [o for o in self.by_start[i:j] if o.end <= end]

    def covering(self, span: Span) -> bool:
        """Some mention overlaps ``span``."""
        return self.spans.overlaps(span.start, span.end)

    def ending_at(self, pos: int) -> OrgMention | None:
        i = bisect.bisect_left(self.ends, pos)
        hits = [o for o in self.by_end[i:i + 4] if o.end == pos]
        return min(hits, key=lambda o: o.start) if hits else None

    def before(self, pos: int, floor: int, noun: str | None = None) -> OrgMention | None:
        """The organisation mention ending last before ``pos`` (and after ``floor``), whose name holds
        ``noun`` as a word when one is given."""
        i = bisect.bisect_right(self.ends, pos)
        word = re.compile(r"(?<![\w-])" + re.escape(noun) + r"(?![\w-])", re.I) if noun else None
        for o in reversed(self.by_end[:i]):
            if o.end <= floor:
                return None
            if o.start < pos and (word is None or word.search(o.name) or word.search(o.text)):
                return o
        return None
