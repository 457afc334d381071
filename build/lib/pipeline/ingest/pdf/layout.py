"""One PDF page's characters → paragraphs of lines in reading order.

The geometry is all we trust: content-stream order (``use_text_flow``) is right for LaTeX and Word
output but wrong for many DTP newsletters. So per page we

1. group characters by writing direction and rotate each group into an upright frame (rotated
   pages and vertical side notes come out as ordinary lines);
2. build words with pdfplumber's word extractor and cluster them into visual lines;
3. find column gutters (:mod:`.columns`) for the page, and for a section separated by white
   space whose lines do not fit them; lines that cross a gutter (titles, abstracts, spanning
   headings) stay where they are and separate one band of columns from the next;
4. read each band column by column, and split each column into paragraphs at vertical gaps
   larger than the page's typical line pitch, at changes of font size or boldness (headings) and
   at first-line indents.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from statistics import median
from typing import Iterable, Sequence

from pdfplumber.utils import extract_words

from pipeline.ingest.pdf.chars import dedupe_chars, direction, rotated
from pipeline.ingest.pdf.columns import GUTTER_COVERAGE, find_gutters, regions, spans_gutter

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
# A vertical gap above this multiple of the typical line pitch starts a new paragraph.
PARAGRAPH_GAP = 1.4
# A gap inside a line wider than this multiple of the text height separates two table cells.
CELL_GAP = 2.0
# A line whose font size differs from the previous one by more than this ratio starts a new block.
SIZE_CHANGE = 0.12
# A line indented by this many ems (min, max) after a finished sentence starts a paragraph.
_INDENT_EM = (0.8, 5.0)
# Lines starting with these are list items; their wrapped lines hang indented.
# A section whose lines cross more than this share of the page's gutters has its own layout.
_OWN_LAYOUT_SHARE = 0.3
_BULLETS = tuple("•●▪■◦○‣⁃∙–-*\uf0b7\uf0a7") + ("(cid:",)
# A line ending in one of these stops mid-phrase ("**Open Days** –" / "15 May 2023, Bari"), and one
# ending in these closes a sentence; a line with neither may have been wrapped at the column edge.
MID_PHRASE = tuple("–—-‐‑,;&/")
_SENTENCE_END = tuple(".!?”\"’'")


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
    words: tuple[tuple[float, str], ...] = ()  # (x0, text) of each word, kept for lines with cells


@dataclass(frozen=True)
class PageLayout:
    paragraphs: tuple[tuple[Line, ...], ...]
    height: float  # of the main (upright) frame, for header / footer zones
    n_columns: int
    rotation: int  # degrees the main text was turned to read it upright (0 for ordinary pages)


# --------------------------------------------------------------------------------------------
# words → lines
# --------------------------------------------------------------------------------------------
def _words(chars: Sequence[dict]) -> list[dict]:
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


def _cluster_lines(words: Iterable[dict]) -> list[list[dict]]:
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


def _make_line(words: Sequence[dict]) -> Line:
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
        words=tuple((w["x0"], w["text"]) for w in words) if cells else (),
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


def _n_alnum(text: str) -> int:
    return sum(1 for ch in _CID.sub("", text) if ch.isalnum())


def _has_alnum(text: str) -> bool:
    return _n_alnum(text) > 0


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


def _wrapped(prev: Line, line: Line, right: float) -> bool:
    """Whether the column edge (``right``) forced the break after ``prev``: the first word of
    ``line`` would not have fitted after it (its width estimated from the line's average)."""
    first = line.text.split(" ", 1)[0]
    width = (line.x1 - line.x0) * len(first) / max(len(line.text), 1)
    return prev.x1 + 0.25 * line.size + width > right


def _continues_across_bold(para: Sequence[Line], line: Line, right: float) -> bool:
    """Whether ``line`` continues ``para`` although one of the two lines is bold throughout and the
    other is not: a bold lead-in (an event's name, a term) wrapped onto the next line, or the next
    item of a list whose items start in bold. A bold line between paragraphs stays a heading."""
    prev = para[-1]
    end = prev.text.rstrip()
    in_list = para[0].text.startswith(_BULLETS)
    if line.text.startswith(_BULLETS):
        # The next item of a list in progress; a bold heading over a list is not one of its items.
        return in_list
    if end.endswith(MID_PHRASE):
        return True
    if not prev.bold:
        return False  # regular text, then a bold line: a heading
    if end.endswith(":"):
        return True  # "**Venue:**" + "Bari": a label (a heading over a list was caught above)
    if end.endswith(_SENTENCE_END):
        return False
    # No closing punctuation, and the column edge broke the line: a list item's bold start going on
    # at its hanging indent, or a bold run going on into this line. A bold list item broken short
    # ("• Funding of services", then its text below) is a sub-heading, like a bold line.
    hanging = in_list and line.x0 > para[0].x0 + 0.3 * line.size
    return (hanging or line.bold_start) and _wrapped(prev, line, right)


def _in_a_cell(para: Sequence[Line], line: Line, size: float, table_xs: Sequence[float]) -> bool:
    """``line`` starts where a cell (not the first) of the table row ``para`` starts: the rest of
    that cell's text ("Blue Economy | online" / "Info Day" under "Blue Economy"). The cells are those
    of the row and of the table's rows just above (``table_xs``: a row whose first cells are set
    close together shows fewer gaps)."""
    if line.cells or not para[0].cells:
        return False
    xs = [x for row in para if row.cells for x, _ in row.cells[1:]] + list(table_xs)
    return any(abs(line.x0 - x) <= 0.5 * size for x in xs)


def _paragraphs(seq: Sequence[Line], pitch: float) -> list[tuple[Line, ...]]:
    """Split a column's lines where a new block starts: a vertical gap, a change of font size or of
    boldness (headings, unless the line continues a bold lead-in or a list), or a first-line
    indent after a finished sentence."""
    paras: list[list[Line]] = []
    left = sorted(line.x0 for line in seq)[len(seq) // 4] if seq else 0.0  # the column's left edge
    right = max((line.x1 for line in seq), default=0.0)
    recent: list[Line] = []  # the last lines, for the cells of the table rows above
    for line in seq:
        recent = recent[-7:] + [line]
        if paras:
            prev = paras[-1][-1]
            size = max(prev.size, line.size, 1.0)
            gap = line.bottom - prev.bottom
            table_xs = [x for row in recent[:-1] if row.cells for x, _ in row.cells[1:]]
            if gap <= PARAGRAPH_GAP * pitch * size and _in_a_cell(paras[-1], line, size, table_xs):
                paras[-1].append(line)  # a cell's text wrapping under a table row, bold or not
                continue
            new_block = (
                gap > PARAGRAPH_GAP * pitch * size
                or gap < -0.5 * size
                or abs(line.size - prev.size) > SIZE_CHANGE * size
                or (line.bold != prev.bold and not _continues_across_bold(paras[-1], line, right))
                or (_INDENT_EM[0] * size <= line.x0 - left <= _INDENT_EM[1] * size
                    and prev.x0 - left < _INDENT_EM[0] * size
                    and prev.text.rstrip().endswith((".", "!", "?", ":", "”", '"'))
                    and not paras[-1][0].text.startswith(_BULLETS))
            )
            if not new_block:
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
        if any(spans_gutter(line, g) for g in gutters):
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


def _off_frame(line: Line) -> Line:
    """Text outside the page's main flow (side notes, slugs): marked by a negative position."""
    return Line(line.text, line.x0, line.x1, -1.0, -1.0, line.size, line.bold, line.bold_start)


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
    for region in regions(lines, body_size):
        # A section whose lines mostly cross the page's gutters is laid out differently (a
        # two-column box under a three-column article): it gets gutters of its own if it has any.
        gutters = page_gutters
        crossing = sum(1 for line in region if any(spans_gutter(line, g) for g in page_gutters))
        if not page_gutters or crossing > _OWN_LAYOUT_SHARE * len(region):
            # Without page gutters to go by, only a clean gutter (no line across it) counts:
            # code listings and tables have near-gutters too.
            share = GUTTER_COVERAGE if page_gutters else 0.0
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
            by_dir.setdefault(direction(c), []).append(c)
    if not by_dir:
        return PageLayout((), height, 0, 0)
    main = max(by_dir, key=lambda d: len(by_dir[d]))
    paragraphs, n_columns = _read_frame(rotated(by_dir[main], main, width, height))
    frame_height = width if main in (90, 270) else height
    # Text in other directions (vertical side notes, rotated labels) follows the page's main text.
    for d in sorted(by_dir):
        if d != main:
            extra, _ = _read_frame(rotated(by_dir[d], d, width, height))
            paragraphs += [tuple(_off_frame(line) for line in p) for p in extra]
    return PageLayout(tuple(paragraphs), frame_height, n_columns, main)
