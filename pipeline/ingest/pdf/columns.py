"""Column gutters: x ranges that few lines cover although many lines cover both sides of them."""
from __future__ import annotations

import math
from statistics import median
from typing import Sequence

import numpy as np

# Gutters: covered by at most this share of the lines that cover the busiest x positions ...
GUTTER_COVERAGE = 0.25
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


def find_gutters(lines: Sequence[Sequence[dict]], body_size: float,
                 max_share: float = GUTTER_COVERAGE) -> list[tuple[float, float]]:
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
    runs = [_core(coverage, s, e, _GUTTER_MIN_EM * body_size) for s, e in runs]
    gutters = [(s + origin, e + origin) for s, e in runs]
    return gutters if gutters and _columns_hold_prose(lines, gutters) else []


def _core(coverage: np.ndarray, start: int, end: int, min_width: float) -> tuple[int, int]:
    """The widest stretch of a gutter run that no line covers (a clean channel of white), when it is as wide as a
    gutter; else the whole run. Beside a column of short lines (speaker cards: "Jane Doe", "Director,", "Acme SA")
    the low-coverage run starts where most lines end, and its middle may fall inside a column's few long lines
    ("Chief Financial Officer, Acme Pellets AB,"), which would then read as lines across the gutter and join two
    cards' words on one line."""
    least = int(coverage[start:end].min())
    best, x = (start, end), start
    widest = 0
    while x < end:
        if coverage[x] == least:
            s = x
            while x < end and coverage[x] == least:
                x += 1
            if x - s > widest:
                best, widest = (s, x), x - s
        x += 1
    return best if least == 0 and widest >= min_width else (start, end)


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


def spans_gutter(line: Sequence[dict], gutter: tuple[float, float]) -> bool:
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


def regions(lines: Sequence[Sequence[dict]], body_size: float) -> list[list[Sequence[dict]]]:
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
