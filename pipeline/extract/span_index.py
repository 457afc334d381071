"""Local look-ups over a document's offsets, so that a rule's cost per mention does not grow with the
document (or the part of a big document, up to 500,000 characters, that extraction sees at once).

Each helper answers exactly what a scan over every span or offset would answer ("does any taken span
overlap this one?", "the first offset after this one"), but reads only the spans that can matter: a
span can overlap ``[start, end)`` only if it starts before ``end`` and after ``start`` minus the
longest span's length. ``comparisons`` counts the spans read, so a test can check that the work per
query stays local without timing anything.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable, Iterator


class SpanIndex:
    """Spans ``(start, end)``, added in any order; each keeps its insertion number."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._rest: list[tuple[int, int]] = []  # (end, insertion number), in the order of ``_starts``
        self._longest = 0
        self.comparisons = 0
        for start, end in spans:
            self.add(start, end)

    def __len__(self) -> int:
        return len(self._starts)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._rest.insert(i, (end, len(self._rest)))
        self._longest = max(self._longest, end - start)

    def _between(self, lo: int, hi: int) -> Iterator[tuple[int, int, int]]:
        """``(start, end, number)`` of the spans whose start is in ``[lo, hi)``."""
        i = bisect.bisect_left(self._starts, lo)
        while i < len(self._starts) and self._starts[i] < hi:
            self.comparisons += 1
            yield self._starts[i], *self._rest[i]
            i += 1

    def overlapping(self, start: int, end: int) -> list[int]:
        """Insertion numbers, ascending, of the spans ``(s, e)`` with ``s < end and start < e``."""
        return sorted(n for s, e, n in self._between(start - self._longest + 1, end) if s < end and start < e)

    def overlaps(self, start: int, end: int) -> bool:
        """Some span ``(s, e)`` has ``s < end and start < e``."""
        return any(start < e for _, e, _ in self._between(start - self._longest + 1, end))

    def covers(self, start: int, end: int) -> bool:
        """Some span ``(s, e)`` has ``s <= start and end <= e``."""
        return any(end <= e for _, e, _ in self._between(end - self._longest, start + 1))


def first_after(sorted_offsets: list[int], after: int, before: int) -> int:
    """The smallest offset ``p`` with ``after < p < before``, else ``before``."""
    i = bisect.bisect_right(sorted_offsets, after)
    return sorted_offsets[i] if i < len(sorted_offsets) and sorted_offsets[i] < before else before


def any_in(sorted_offsets: list[int], lo: int, hi: int, but: int | None = None) -> bool:
    """Some offset ``p`` with ``lo <= p < hi`` (other than ``but``)."""
    i = bisect.bisect_left(sorted_offsets, lo)
    while i < len(sorted_offsets) and sorted_offsets[i] < hi:
        if sorted_offsets[i] != but:
            return True
        i += 1
    return False


def finditer_from(pattern: re.Pattern[str], text: str, literal: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts with ``literal``: the
    pattern is tried only where ``str.find`` (fast, in C) sees the literal, not at every character
    (a pattern opening with a look-behind gets no such help from ``re``). Lookbehinds still see the
    text before each position."""
    if not literal:
        yield from pattern.finditer(text)
        return
    pos = text.find(literal)
    while pos >= 0:
        m = pattern.match(text, pos)
        if m:
            yield m
            pos = text.find(literal, m.end() if m.end() > pos else pos + 1)
        else:
            pos = text.find(literal, pos + 1)


def search_from(pattern: re.Pattern[str], text: str, literal: str) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern whose every match starts with ``literal`` (see :func:`finditer_from`)."""
    return next(finditer_from(pattern, text, literal), None)


def finditer_from_any(pattern: re.Pattern[str], text: str, literals: tuple[str, ...],
                      any_case: bool = False) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts with one of ``literals`` (lower case
    ones, the text's case ignored when ``any_case``): the pattern is tried only where ``str.find`` sees one
    (an alternation of many words at every character costs a second per megabyte). Overlapping matches keep
    the first, the longest at one offset, as ``finditer`` does."""
    folded = text.lower() if any_case else text
    if len(folded) != len(text):  # a character whose lower case is longer ("İ"): offsets would shift
        return list(pattern.finditer(text))
    found = []
    for literal in literals:
        pos = folded.find(literal)
        while pos >= 0:
            m = pattern.match(text, pos)
            if m:
                found.append(m)
            pos = folded.find(literal, pos + 1)
    out: list[re.Match[str]] = []
    for m in sorted(found, key=lambda m: (m.start(), -m.end())):
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


_WORD_CHAR = re.compile(r"[\w-]")
_WORD_START = re.compile(r"(?<![\w-])[\w-]")
_KEY = 3
# The indexes of the last few texts (a part, and the copies the rules make of it: soft wraps folded).
_word_starts: tuple[tuple[str, dict[str, list[int]]], ...] = ()


def _starts_by_prefix(text: str) -> dict[str, list[int]]:
    """Offsets where a word starts (no letter, digit, ``_`` or ``-`` before), by the text's first
    three characters there: built once per text (a part), reused by every name looked up in it."""
    global _word_starts
    known = _word_starts
    for t, index in known:
        if t is text:
            return index
    index = {}
    for m in _WORD_START.finditer(text):
        p = m.start()
        index.setdefault(text[p:p + _KEY], []).append(p)
    _word_starts = ((text, index),) + known[:3]
    return index


def word_finditer(pattern: re.Pattern[str], text: str, literal: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens with ``(?<![\\w-])`` and whose every match
    starts with ``literal``: tried only at the offsets where a word starts with the literal's first
    three characters (an index of the text built once), not at every occurrence found by a scan of
    the whole text per name."""
    if len(literal) < _KEY or not _WORD_CHAR.match(literal):
        yield from finditer_from(pattern, text, literal)
        return
    end = 0
    for pos in _starts_by_prefix(text).get(literal[:_KEY], ()):
        if pos < end:
            continue  # inside the previous match: finditer goes on after it
        m = pattern.match(text, pos)
        if m:
            yield m
            end = m.end()


def word_search(pattern: re.Pattern[str], text: str, literal: str) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern as :func:`word_finditer` takes."""
    return next(word_finditer(pattern, text, literal), None)


def last_words(word: re.Pattern[str], text: str, end: int) -> Iterator[re.Match[str]]:
    """``reversed(list(word.finditer(text, line_start, end)))``: the words of ``end``'s line up to
    ``end``, the last first, for a word pattern that matches no space and looks at nothing around
    it. Read lazily, a window at a time (each opening after a space, four times wider than the last),
    so a walk back that stops after a few words reads a few words, even on a line that is a whole
    part (a text without line breaks)."""
    line_start = text.rfind("\n", 0, end) + 1
    hi, width = end, 256
    while hi > line_start:
        cut = hi - width
        lo = max(text.rfind(" ", line_start, cut) + 1, line_start) if cut > line_start else line_start
        yield from reversed(list(word.finditer(text, lo, hi)))
        hi, width = lo, width * 4
