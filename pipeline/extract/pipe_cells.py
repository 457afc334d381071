"""The cells of a row of a pipe table ("| Jane Doe | Director |"), as spans of the document text."""
from __future__ import annotations

from pipeline.extract.shapes import Span


def pipe_cells(text: str, start: int, end: int) -> list[Span]:
    """The cells of a pipe-table row text[start:end] ("| a | b |", also "a | b"), each stripped of spaces (may be
    empty); [] for a line without a bar."""
    line = text[start:end]
    bars = [k for k, c in enumerate(line) if c == "|"]
    if not bars:
        return []
    edges = ([-1] if line[:bars[0]].strip() else []) + bars + ([len(line)] if line[bars[-1] + 1:].strip() else [])
    out = []
    for a, b in zip(edges, edges[1:]):
        seg = line[a + 1:b]
        lead = len(seg) - len(seg.lstrip())
        out.append(Span(start + a + 1 + lead, start + a + 1 + lead + len(seg.strip())))
    return out
