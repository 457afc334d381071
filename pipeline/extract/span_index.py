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


def _word_char(c: str) -> bool:
    """``c`` would match ``[\\w-]``: a letter, digit, ``_`` or ``-``."""
    return c.isalnum() or c == "_" or c == "-"


def _gap_end(text: str, i: int, gap: str, hi: int) -> int:
    """The offset after the gap that starts at ``i`` (``hi`` at most), or -1 when there is none of the kind:
    ``"line"`` spaces or tabs with at most one line break among them, perhaps none (``[ \\t]*\\n?[ \\t]*``);
    ``"space"`` one or more spaces, tabs or line breaks (``[ \\t\\n]+``); ``"any"`` any white space (``\\s+``)."""
    j = i
    if gap == "line":
        while j < hi and text[j] in " \t":
            j += 1
        if j < hi and text[j] == "\n":
            j += 1
            while j < hi and text[j] in " \t":
                j += 1
        return j
    if gap == "space":
        while j < hi and text[j] in " \t\n":
            j += 1
    else:
        while j < hi and text[j].isspace():
            j += 1
    return j if j > i else -1


def phrase_spans(text: str, words: list[str] | tuple[str, ...], gap: str = "space", lo: int = 0,
                 hi: int | None = None) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each place in ``text[lo:hi]`` that writes ``words`` as whole words (no letter, digit,
    ``_`` or ``-`` right before or after, within the bounds) separated by gaps of the kind ``gap`` (see
    :func:`_gap_end`), left to right and not overlapping: what ``re.finditer`` gives for
    ``(?<![\\w-])word1<gap>word2…(?![\\w-])`` on ``text[lo:hi]``, without compiling a pattern per name (a regex
    per name of a document fills ``re``'s cache of 512 patterns and evicts the rules' own). A single "word" may hold
    spaces: it is then matched literally."""
    hi = len(text) if hi is None else hi
    first = words[0] if words else ""
    if not first:
        return
    pos = text.find(first, lo, hi)
    while pos >= 0:
        end = pos + len(first)
        for w in words[1:]:
            j = _gap_end(text, end, gap, hi)
            if j < 0 or not text.startswith(w, j) or j + len(w) > hi:
                end = -1
                break
            end = j + len(w)
        if end >= 0 and (pos == lo or not _word_char(text[pos - 1])) and (end == hi or not _word_char(text[end])):
            yield pos, end
            pos = text.find(first, end, hi)
        else:
            pos = text.find(first, pos + 1, hi)


def literal_spans(text: str, literal: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each occurrence of ``literal`` in ``text``, left to right and not overlapping (what
    ``re.finditer(re.escape(literal), text)`` gives, without compiling it)."""
    if not literal:
        return
    pos = text.find(literal)
    while pos >= 0:
        yield pos, pos + len(literal)
        pos = text.find(literal, pos + len(literal))


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
