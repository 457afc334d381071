"""Character-level clean-up before layout: fake-bold doubles removed, writing directions found,
rotated text turned upright."""
from __future__ import annotations

import math
from typing import Iterable

import numpy as np

# --------------------------------------------------------------------------------------------
# duplicates
# --------------------------------------------------------------------------------------------
def dedupe_chars(chars: Iterable[dict], tolerance: float = 1.0) -> list[dict]:
    """Characters without fake-bold doubles (same glyph, font and size printed again within
    ``tolerance`` points). Same rule as pdfplumber's ``Page.dedupe_chars``, which is quadratic on
    dense pages; this one hashes positions into a grid and compares neighbouring cells only."""
    chars = list(chars)
    if _no_doubles(chars, tolerance):
        return chars  # the usual case, found without the per-character grid walk
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


def _no_doubles(chars: list[dict], tolerance: float) -> bool:
    """True when no two characters with the same glyph and font lie within ``tolerance`` points of
    each other in both directions, so that :func:`dedupe_chars` would keep every one. Vectorised:
    sorted by glyph and x, each character is compared with the next ones while they are close in
    x. False (the exact walk decides) on any doubt: a candidate pair, a non-finite position, or
    long runs of aligned glyphs (tables) that would make the comparison slow."""
    n = len(chars)
    if not n:
        return True
    ids: dict[tuple, int] = {}
    glyph = np.fromiter((ids.setdefault((c["text"], c.get("fontname")), len(ids)) for c in chars), dtype=np.int64, count=n)
    x = np.fromiter((c["x0"] for c in chars), dtype=np.float64, count=n)
    y = np.fromiter((c["top"] for c in chars), dtype=np.float64, count=n)
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        return False
    order = np.lexsort((x, glyph))
    glyph, x, y = glyph[order], x[order], y[order]
    first = np.arange(n - 1)
    offset, work = 1, 0
    while first.size:
        first = first[first + offset < n]
        second = first + offset
        close = (glyph[second] == glyph[first]) & (x[second] - x[first] <= tolerance)
        first, second = first[close], second[close]
        if (np.abs(y[second] - y[first]) <= tolerance).any():
            return False
        work += first.size
        if work > 20 * n:
            return False
        offset += 1
    return True


# --------------------------------------------------------------------------------------------
# directions
# --------------------------------------------------------------------------------------------
def direction(char: dict) -> int:
    """Writing direction of a character in display coordinates, rounded to 0/90/180/270 degrees."""
    a, b = char["matrix"][0], char["matrix"][1]
    # PDF user space has y up; display coordinates (top) have y down, hence -b.
    return int(round(math.degrees(math.atan2(-b, a)) / 90.0)) % 4 * 90


def rotated(chars: Iterable[dict], degrees: int, width: float, height: float) -> list[dict]:
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
