"""One PDF page's characters → paragraphs of lines in reading order.

The geometry is all we trust: content-stream order (``use_text_flow``) is right for LaTeX and Word
output but wrong for many DTP newsletters. So per page we

1. group characters by writing direction and rotate each group into an upright frame (rotated
   pages and vertical side notes come out as ordinary lines);
2. build words with pdfplumber's word extractor and cluster them into visual lines;
3. find column gutters: x ranges that few lines cover although many lines cover both sides;
   lines that cross a gutter (titles, abstracts, spanning headings) stay where they are and
   separate one band of columns from the next;
4. read each band column by column, and split each column into paragraphs at vertical gaps
   larger than the page's typical line pitch or at font-size changes (headings).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import median
from typing import Iterable, Sequence

import numpy as np
from pdfplumber.utils import extract_words

# Word building: characters closer than this (in points) belong to one word. pdfplumber's default
# of 3 runs words together in tightly set captions; 1.5 still bridges kerning gaps.
_X_TOLERANCE = 1.5
_Y_TOLERANCE = 3
# A vertical gap above this multiple of the typical line pitch starts a new paragraph.
PARAGRAPH_GAP = 1.4
# A line whose font size differs from the previous one by more than this ratio starts a new block.
SIZE_CHANGE = 0.12
# Gutters: covered by at most this share of the lines that cover the busiest x positions ...
_GUTTER_COVERAGE = 0.25
# ... at least this wide (in ems of the body font) ...
_GUTTER_MIN_EM = 0.5
# ... and every column at least this share of the text width. More than 3 columns is a table.
_MIN_COLUMN_SHARE = 0.12
_MAX_COLUMNS = 3
# Lines of a text column hold at least this many words (median); fewer is a table.
_MIN_WORDS_PER_COLUMN_LINE = 3
# Across a gutter, a gap narrower than this (in ems) is an ordinary word space: the line spans.
_SPACE_EM = 0.5
# White space across the whole page at least this high (in ems) separates independent regions.
_REGION_GAP_EM = 2.5
# ... and has a layout of its own when more than this share of its lines cross the page's gutters.
_OWN_LAYOUT_SHARE = 0.3


@dataclass(frozen=True)
class Line:
    """One visual line of one column (coordinates in the upright frame, points from the top)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(frozen=True)
class PageLayout:
    paragraphs: tuple[tuple[Line, ...], ...]
    height: float  # of the main (upright) frame, for header / footer zones
    n_columns: int
    rotation: int  # degrees the main text was turned to read it upright (0 for ordinary pages)


# --------------------------------------------------------------------------------------------
# duplicates
# --------------------------------------------------------------------------------------------
def dedupe_chars(chars: Iterable[dict], tolerance: float = 1.0) -> list[dict]:
    """Characters without fake-bold doubles (same glyph, font and size printed again within
    ``tolerance`` points). Same rule as pdfplumber's ``Page.dedupe_chars``, which is quadratic on
    dense pages; this one hashes positions into a grid and compares neighbouring cells only."""
    grid: dict[tuple, list[dict]] = {}
    out = []
    for c in chars:
        gx, gy = int(c["x0"] // tolerance), int(c["top"] // tolerance)
        key = (c["text"], c.get("fontname"), round(c.get("size", 0.0), 2))
        duplicate = False
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in grid.get((*key, gx + dx, gy + dy), ()):
                    if abs(other["x0"] - c["x0"]) <= tolerance and abs(other["top"] - c["top"]) <= tolerance:
                        duplicate = True
                        break
                if duplicate:
                    break
            if duplicate:
                break
        if not duplicate:
            grid.setdefault((*key, gx, gy), []).append(c)
            out.append(c)
    return out


# --------------------------------------------------------------------------------------------
# directions
# --------------------------------------------------------------------------------------------
def _direction(char: dict) -> int:
    """Writing direction of a character in display coordinates, rounded to 0/90/180/270 degrees."""
    a, b = char["matrix"][0], char["matrix"][1]
    # PDF user space has y up; display coordinates (top) have y down, hence -b.
    return int(round(math.degrees(math.atan2(-b, a)) / 90.0)) % 4 * 90


def _rotated(chars: Iterable[dict], degrees: int, width: float, height: float) -> list[dict]:
    """Characters turned so that text written at ``degrees`` reads left to right, upright.

    The turned frame keeps its origin at the top left, so header / footer zones still apply.
    """
    if degrees == 0:
        return list(chars)
    dx, dy = {90: (0, 1), 180: (-1, 0), 270: (0, -1)}[degrees]
    shift_x, shift_y = {90: (0.0, width), 180: (width, height), 270: (height, 0.0)}[degrees]
    out = []
    for c in chars:
        # Project both corners onto the writing direction (new x) and its normal (new y).
        xs = (c["x0"] * dx + c["top"] * dy + shift_x, c["x1"] * dx + c["bottom"] * dy + shift_x)
        ys = (-c["x0"] * dy + c["top"] * dx + shift_y, -c["x1"] * dy + c["bottom"] * dx + shift_y)
        top, bottom = min(ys), max(ys)
        # pdfminer reports a rotated glyph's width as its "size"; upright, its height is the size.
        out.append({**c, "x0": min(xs), "x1": max(xs), "top": top, "bottom": bottom, "upright": True,
                    "doctop": top + c["doctop"] - c["top"], "size": bottom - top})
    return out


# --------------------------------------------------------------------------------------------
# words → lines
# --------------------------------------------------------------------------------------------
def _words(chars: Sequence[dict]) -> list[dict]:
    words = extract_words(list(chars), return_chars=True, x_tolerance=_X_TOLERANCE, y_tolerance=_Y_TOLERANCE)
    for w in words:
        cs = w.pop("chars")
        w["size"] = median(c.get("size", 0.0) for c in cs)
        bold = sum(1 for c in cs if _is_bold(c.get("fontname", "")))
        w["bold"] = bold * 2 > len(cs)
    return words


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return "bold" in name or "black" in name or "heavy" in name or name.endswith((",b", "-b"))


def _cluster_lines(words: Iterable[dict]) -> list[list[dict]]:
    """Words → visual lines: a word joins the recent line it overlaps most vertically (≥ half)."""
    lines: list[list[dict]] = []
    spans: list[list[float]] = []  # [top, bottom] of each line's first word
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
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
    out = [sorted(line, key=lambda w: w["x0"]) for line in lines]
    out.sort(key=lambda line: min(w["top"] for w in line))
    return out


def _make_line(words: Sequence[dict]) -> Line:
    sizes = [w["size"] for w in words]
    n_chars = sum(len(w["text"]) for w in words)
    bold_chars = sum(len(w["text"]) for w in words if w["bold"])
    return Line(
        text=" ".join(w["text"] for w in words),
        x0=min(w["x0"] for w in words),
        x1=max(w["x1"] for w in words),
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=max(sizes) if len(words) < 3 else median(sizes),
        bold=bold_chars * 2 > n_chars,
    )


# --------------------------------------------------------------------------------------------
# columns
# --------------------------------------------------------------------------------------------
def find_gutters(lines: Sequence[Sequence[dict]], body_size: float,
                 max_share: float = _GUTTER_COVERAGE) -> list[tuple[float, float]]:
    """Column gutters as (x_start, x_end) runs, left to right; [] for a single column or a table.

    A gutter is covered by at most ``max_share`` of the lines that cover the busiest x positions.
    """
    if len(lines) < 6:
        return []
    x_min = min(w["x0"] for line in lines for w in line)
    x_max = max(w["x1"] for line in lines for w in line)
    width = x_max - x_min
    if width < 50:
        return []
    origin = int(math.floor(x_min))
    n_bins = int(math.ceil(x_max)) - origin + 1
    coverage = np.zeros(n_bins, dtype=np.int32)
    for line in lines:
        covered = np.zeros(n_bins, dtype=bool)  # each line counts once per x
        for w in line:
            covered[int(w["x0"]) - origin:int(math.ceil(w["x1"])) - origin] = True
        coverage += covered
    peak = float(np.percentile(coverage[coverage > 0], 90)) if coverage.any() else 0.0
    if peak < 4:
        return []
    low = coverage <= max_share * peak
    runs: list[tuple[int, int]] = []
    x = 0
    while x < n_bins:
        if low[x]:
            start = x
            while x < n_bins and low[x]:
                x += 1
            if start > 0 and x < n_bins and x - start >= _GUTTER_MIN_EM * body_size:
                runs.append((start, x))
        x += 1
    # Keep only gutters whose neighbouring columns are wide and well filled; drop the weakest first.
    while runs:
        edges = [0] + [r for run in runs for r in run] + [n_bins]
        columns = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
        gutter_cov = max(int(coverage[s:e].max()) for s, e in runs)
        weak = [i for i, (s, e) in enumerate(columns)
                if e - s < _MIN_COLUMN_SHARE * width or int(coverage[s:e].max()) < max(3, 2 * gutter_cov)]
        if not weak:
            break
        # Remove the narrowest gutter next to the first weak column.
        i = weak[0]
        neighbours = [j for j in (i - 1, i) if 0 <= j < len(runs)]
        j = min(neighbours, key=lambda j: runs[j][1] - runs[j][0])
        runs.pop(j)
    if len(runs) + 1 > _MAX_COLUMNS:
        return []
    gutters = [(s + origin, e + origin) for s, e in runs]
    return gutters if gutters and _columns_hold_prose(lines, gutters) else []


def _columns_hold_prose(lines: Sequence[Sequence[dict]], gutters: Sequence[tuple[float, float]]) -> bool:
    """Some column holds running text (several words per line); in a table every column holds one
    or two words per cell. A sidebar of short lines beside a text column is still a column."""
    splits = [(s + e) / 2 for s, e in gutters]
    per_column: list[list[int]] = [[] for _ in range(len(splits) + 1)]
    for line in lines:
        counts = [0] * (len(splits) + 1)
        for w in line:
            counts[sum(1 for x in splits if (w["x0"] + w["x1"]) / 2 > x)] += 1
        for col, n in enumerate(counts):
            if n:
                per_column[col].append(n)
    return max((median(col) for col in per_column if col), default=0) >= _MIN_WORDS_PER_COLUMN_LINE


def _spans_gutter(line: Sequence[dict], gutter: tuple[float, float]) -> bool:
    """A line crosses a gutter when a word covers its middle or the gap across it is a word space.

    Justified column lines may reach into the low-coverage run, so the run's edges are no test.
    """
    mid = (gutter[0] + gutter[1]) / 2
    left_end, right_start = None, None
    for w in line:
        if w["x0"] < mid < w["x1"]:
            return True
        if w["x1"] <= mid:
            left_end = w["x1"] if left_end is None else max(left_end, w["x1"])
        elif right_start is None or w["x0"] < right_start:
            right_start = w["x0"]
    if left_end is None or right_start is None:
        return False
    size = median(w["size"] for w in line) or 10.0
    return right_start - left_end < _SPACE_EM * size


# --------------------------------------------------------------------------------------------
# lines → paragraphs
# --------------------------------------------------------------------------------------------
def _line_pitch(sequences: Sequence[Sequence[Line]]) -> float:
    """Typical baseline-to-baseline distance, as a multiple of the font size."""
    ratios = []
    for seq in sequences:
        for prev, cur in zip(seq, seq[1:]):
            size = max(prev.size, cur.size, 1.0)
            r = (cur.bottom - prev.bottom) / size
            if 0.8 <= r <= 2.5:
                ratios.append(r)
    return median(ratios) if ratios else 1.2


def _paragraphs(seq: Sequence[Line], pitch: float) -> list[tuple[Line, ...]]:
    paras: list[list[Line]] = []
    for line in seq:
        if paras:
            prev = paras[-1][-1]
            size = max(prev.size, line.size, 1.0)
            gap = line.bottom - prev.bottom
            size_change = abs(line.size - prev.size) > SIZE_CHANGE * size
            if gap <= PARAGRAPH_GAP * pitch * size and gap > -0.5 * size and not size_change:
                paras[-1].append(line)
                continue
        paras.append([line])
    return [tuple(p) for p in paras]


def _band_sequences(lines: Sequence[Sequence[dict]], gutters: Sequence[tuple[float, float]]) -> list[list[Line]]:
    """Reading order: bands of columns separated by spanning lines; each column top to bottom."""
    if not gutters:
        return [[_make_line(line) for line in lines]]
    splits = [(s + e) / 2 for s, e in gutters]
    sequences: list[list[Line]] = []
    band: list[list[dict]] = [[] for _ in range(len(gutters) + 1)]
    spanning: list[Line] = []

    def flush_band() -> None:
        for col_words in band:
            if col_words:
                sequences.append([_make_line(ln) for ln in _cluster_lines(col_words)])
            col_words.clear()

    for line in lines:
        if any(_spans_gutter(line, g) for g in gutters):
            flush_band()
            spanning.append(_make_line(line))
            continue
        if spanning:
            sequences.append(spanning)
            spanning = []
        for w in line:
            centre = (w["x0"] + w["x1"]) / 2
            band[sum(1 for s in splits if centre > s)].append(w)
    flush_band()
    if spanning:
        sequences.append(spanning)
    return sequences


def _regions(lines: Sequence[Sequence[dict]], body_size: float) -> list[list[Sequence[dict]]]:
    """Lines (top to bottom) split at horizontal bands of white space across the whole page."""
    regions: list[list[Sequence[dict]]] = []
    lowest = -math.inf
    for line in lines:
        top = min(w["top"] for w in line)
        if not regions or top - lowest > _REGION_GAP_EM * body_size:
            regions.append([])
        regions[-1].append(line)
        lowest = max(lowest, max(w["bottom"] for w in line))
    return regions


def _off_frame(line: Line) -> Line:
    """Text outside the page's main flow (side notes, slugs): marked by a negative position."""
    return Line(line.text, line.x0, line.x1, -1.0, -1.0, line.size, line.bold)


def _read_frame(chars: Sequence[dict]) -> tuple[list[tuple[Line, ...]], int]:
    words = _words(chars)
    if not words:
        return [], 0
    # Upright letters stacked vertically (printers' slugs, spine text) form one tall "word" that
    # would swallow every line beside it; they are read on their own after the page.
    stacked = [w for w in words if w["bottom"] - w["top"] > 2.5 * max(w["size"], 1.0)]
    if stacked:
        words = [w for w in words if w["bottom"] - w["top"] <= 2.5 * max(w["size"], 1.0)]
    lines = _cluster_lines(words)
    body_size = (median(w["size"] for w in words) if words else 0.0) or 10.0
    page_gutters = find_gutters(lines, body_size)
    sequences: list[list[Line]] = []
    n_columns = len(page_gutters) + 1
    groups: list[tuple[list[tuple[float, float]], list[Sequence[dict]]]] = []
    for region in _regions(lines, body_size):
        # A section whose lines mostly cross the page's gutters is laid out differently (a
        # two-column box under a three-column article): it gets gutters of its own if it has any.
        gutters = page_gutters
        crossing = sum(1 for line in region if any(_spans_gutter(line, g) for g in page_gutters))
        if not page_gutters or crossing > _OWN_LAYOUT_SHARE * len(region):
            # Without page gutters to go by, only a clean gutter (no line across it) counts:
            # code listings and tables have near-gutters too.
            share = _GUTTER_COVERAGE if page_gutters else 0.0
            gutters = find_gutters(region, body_size, share) or page_gutters
        if groups and groups[-1][0] == gutters:
            groups[-1][1].extend(region)  # same layout: columns run on through the white space
        else:
            groups.append((gutters, list(region)))
    for gutters, group in groups:
        n_columns = max(n_columns, len(gutters) + 1)
        sequences += _band_sequences(group, gutters)
    pitch = _line_pitch(sequences)
    paragraphs = [p for seq in sequences for p in _paragraphs(seq, pitch)]
    paragraphs += [(_off_frame(_make_line([w])),) for w in stacked]
    return paragraphs, n_columns


def read_page_layout(chars: Sequence[dict], width: float, height: float) -> PageLayout:
    """Paragraphs of one page in reading order (``chars`` as from ``page.chars``)."""
    by_dir: dict[int, list[dict]] = {}
    for c in dedupe_chars(chars):
        if c["text"].strip():
            by_dir.setdefault(_direction(c), []).append(c)
    if not by_dir:
        return PageLayout((), height, 0, 0)
    main = max(by_dir, key=lambda d: len(by_dir[d]))
    paragraphs, n_columns = _read_frame(_rotated(by_dir[main], main, width, height))
    frame_height = width if main in (90, 270) else height
    # Text in other directions (vertical side notes, rotated labels) follows the page's main text.
    for d in sorted(by_dir):
        if d != main:
            extra, _ = _read_frame(_rotated(by_dir[d], d, width, height))
            paragraphs += [tuple(_off_frame(line) for line in p) for p in extra]
    return PageLayout(tuple(paragraphs), frame_height, n_columns, main)
