"""One PDF page's characters → visual lines (:class:`Line`), the first half of :mod:`.layout`.

pdfplumber's word extractor builds words with a tolerance scaled to the font size; words are
clustered into visual lines by vertical overlap (drop caps joined to the line they start), and a
line records its size, boldness and, when it has wide gaps inside, its table cells.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from statistics import median
from typing import Iterable, Sequence

from pdfplumber.utils import extract_words

# Word building: characters closer than this share of the font size belong to one word. A fixed
# 3 pt (pdfplumber's default) runs small print together when the PDF has no space characters
# ("correlationcannot") and splits letter-spaced headings; word spaces are at least ~0.15 em.
_X_TOLERANCE_RATIO = 0.12
_Y_TOLERANCE = 3
# A one-letter word this many times taller than the text beside it may be a drop cap.
_DROP_CAP_HEIGHT = 1.8
# An unmapped glyph's placeholder (often a bullet) is no text.
_CID = re.compile(r"\(cid:\d+\)")
_SYMBOL_FONT = re.compile(r"wingding|webding|dingbat|symbol", re.IGNORECASE)
# A gap inside a line wider than this multiple of the text height separates two table cells.
CELL_GAP = 2.0
# A gap wider than this multiple (four word spaces) may be the white between two cards of a card grid whose text
# nearly touches ("…, Precision Fermentation   Sustainability Manager"): the line keeps its words' positions.
WIDE_GAP = 1.0


@dataclass(frozen=True)
class Line:
    """One visual line of one column (coordinates in the upright frame, points from the top)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool  # bold throughout (a heading's look); a bold lead-in before regular text is not
    bold_start: bool = False  # its first word is bold (a bold run may continue from the line above)
    # A line with wide gaps inside (a table's cells side by side): (x where each part starts, its
    # text), two parts or more; empty for ordinary lines.
    cells: tuple[tuple[float, str], ...] = ()
    words: tuple[tuple[float, str], ...] = ()  # (x0, text) of each word, kept for lines with cells or wide gaps


def words_of(chars: Sequence[dict]) -> list[dict]:
    out = []
    for w in extract_words(list(chars), return_chars=True, x_tolerance_ratio=_X_TOLERANCE_RATIO, y_tolerance=_Y_TOLERANCE):
        cs = w.pop("chars")
        sizes = [c.get("size", 0.0) for c in cs]
        # A drop cap set tight against the rest of its word ("T" + "he") is a word of its own
        # here, so that lines are built from the text's height, not the initial's. (The median is
        # never below the minimum, so the cheap test spares the median on ordinary words.)
        if (len(cs) > 1 and sizes[0] > _DROP_CAP_HEIGHT * min(sizes[1:])
                and sizes[0] > _DROP_CAP_HEIGHT * median(sizes[1:])):
            out.append(_word_from(cs[:1], {**w, "text": cs[0]["text"]}, sizes[:1]))
            w = {**w, "text": "".join(c["text"] for c in cs[1:])}
            cs, sizes = cs[1:], sizes[1:]
        out.append(_word_from(cs, w, sizes))
    return out


def _word_from(cs: Sequence[dict], w: dict, sizes: list[float]) -> dict:
    # One pass for the box: this runs for every word of every page.
    first = cs[0]
    x0, x1, top, bottom = first["x0"], first["x1"], first["top"], first["bottom"]
    n_bold = 1 if _is_bold(first.get("fontname", "")) else 0
    for c in cs[1:]:
        if c["x0"] < x0:
            x0 = c["x0"]
        if c["x1"] > x1:
            x1 = c["x1"]
        if c["top"] < top:
            top = c["top"]
        if c["bottom"] > bottom:
            bottom = c["bottom"]
        if _is_bold(c.get("fontname", "")):
            n_bold += 1
    w["x0"], w["x1"], w["top"], w["bottom"] = x0, x1, top, bottom
    w["size"] = sizes[0] if len(sizes) == 1 else median(sizes)
    w["bold"] = n_bold * 2 > len(cs)
    # A lone glyph from a symbol font (Wingdings "§", Symbol "·") is a bullet whatever letter it
    # maps to.
    if len(cs) == 1 and _SYMBOL_FONT.search(first.get("fontname", "")):
        w["text"] = "•"
    return w


@lru_cache(maxsize=4096)  # a page has a handful of fonts and thousands of characters
def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return "bold" in name or "black" in name or "heavy" in name or name.endswith((",b", "-b"))


def _is_drop_cap(w: dict, typical_height: float) -> bool:
    return len(w["text"]) == 1 and w["text"].isalnum() and w["bottom"] - w["top"] > _DROP_CAP_HEIGHT * typical_height


def cluster_lines(words: Iterable[dict]) -> list[list[dict]]:
    """Words → visual lines: a word joins the recent line it overlaps most vertically (≥ half).

    A drop cap spans several lines; it joins the first of them, after the lines are formed, so
    that it does not pull the lines beside it into one.
    """
    words = list(words)
    typical = median(w["bottom"] - w["top"] for w in words) if words else 0.0
    drop_caps = [w for w in words if _is_drop_cap(w, typical)]
    lines: list[list[dict]] = []
    spans: list[list[float]] = []  # [top, bottom] of each line's first word
    for w in sorted((w for w in words if not _is_drop_cap(w, typical)), key=lambda w: (w["top"], w["x0"])):
        h = max(w["bottom"] - w["top"], 0.1)
        best, best_overlap = -1, 0.0
        for i in range(max(0, len(lines) - 6), len(lines)):
            top, bottom = spans[i]
            overlap = min(bottom, w["bottom"]) - max(top, w["top"])
            if overlap >= 0.5 * min(h, bottom - top) and overlap > best_overlap:
                best, best_overlap = i, overlap
        if best < 0:
            lines.append([w])
            spans.append([w["top"], w["bottom"]])
        else:
            lines[best].append(w)
    for w in drop_caps:
        # The first line it reaches, at its right (its box includes the font's ascent and descent).
        beside = [i for i, (top, bottom) in enumerate(spans)
                  if top < w["bottom"] and bottom > w["top"] and min(x["x0"] for x in lines[i]) >= w["x0"]]
        level = [i for i, (top, bottom) in enumerate(spans)
                 if min(bottom, w["bottom"]) - max(top, w["top"]) >= 0.5 * min(bottom - top, w["bottom"] - w["top"])]
        if beside:
            lines[min(beside, key=lambda i: spans[i][0])].append(w)
        elif level:  # a one-letter word inside a large heading ("Building A Future")
            lines[level[0]].append(w)
        else:
            lines.append([w])
            spans.append([w["top"], w["bottom"]])
    out = [sorted(line, key=lambda w: w["x0"]) for line in lines]
    out.sort(key=lambda line: min(w["top"] for w in line))
    return out


def make_line(words: Sequence[dict]) -> Line:
    typical = median(w["bottom"] - w["top"] for w in words)
    body = [w for w in words if not _is_drop_cap(w, typical)] or list(words)
    sizes = [w["size"] for w in body]
    # Letters and digits only: a regular bullet or dash does not make a bold line less bold.
    counted = [w for w in words if _has_alnum(w["text"])] or list(words)
    n_chars = sum(_n_alnum(w["text"]) or len(w["text"]) for w in counted)
    bold_chars = sum(_n_alnum(w["text"]) or len(w["text"]) for w in counted if w["bold"])
    texts = [w["text"] for w in words]
    cap_height = words[0]["bottom"] - words[0]["top"]
    if len(words) > 1 and _is_drop_cap(words[0], typical) and words[1]["x0"] - words[0]["x1"] < 0.4 * cap_height:
        texts[:2] = [texts[0] + texts[1]]  # "T" + "he cluster" → "The cluster"
    cells = _cells(words, typical)
    return Line(
        text=" ".join(texts),
        cells=cells,
        words=tuple((w["x0"], w["text"]) for w in words) if cells or _has_wide_gap(words, typical) else (),
        x0=min(w["x0"] for w in words),
        x1=max(w["x1"] for w in words),
        top=min(w["top"] for w in body),
        bottom=max(w["bottom"] for w in body),  # a drop cap hangs below: pitch is the text's
        size=max(sizes) if len(body) < 3 else median(sizes),
        bold=bold_chars >= 0.9 * n_chars,  # a heading is bold throughout, a lead-in only in part
        bold_start=bool(counted[0]["bold"]),
    )


def _cells(words: Sequence[dict], height: float) -> tuple[tuple[float, str], ...]:
    """The parts of a line between gaps wider than :data:`CELL_GAP` times the text height (far more
    than a word space): table cells side by side. Empty when the line has no such gap."""
    parts: list[list[dict]] = [[words[0]]] if words else []
    for prev, word in zip(words, words[1:]):
        if word["x0"] - prev["x1"] > CELL_GAP * max(height, 1.0):
            parts.append([word])
        else:
            parts[-1].append(word)
    if len(parts) < 2:
        return ()
    return tuple((part[0]["x0"], " ".join(w["text"] for w in part)) for part in parts)


def _has_wide_gap(words: Sequence[dict], height: float) -> bool:
    return any(b["x0"] - a["x1"] > WIDE_GAP * max(height, 1.0) for a, b in zip(words, words[1:]))


def _n_alnum(text: str) -> int:
    return sum(1 for ch in _CID.sub("", text) if ch.isalnum())


def _has_alnum(text: str) -> bool:
    return _n_alnum(text) > 0
