"""One PDF page's characters → paragraphs of lines in reading order.

The geometry is all we trust: content-stream order (``use_text_flow``) is right for LaTeX and Word
output but wrong for many DTP newsletters. So per page we

1. group characters by writing direction and rotate each group into an upright frame (rotated
   pages and vertical side notes come out as ordinary lines);
2. build words with pdfplumber's word extractor and cluster them into visual lines (:mod:`.lines`);
3. find column gutters (:mod:`.columns`) for the page, and for a section separated by white
   space whose lines do not fit them; lines that cross a gutter (titles, abstracts, spanning
   headings) stay where they are and separate one band of columns from the next;
4. read each band column by column, and split each column into paragraphs at vertical gaps
   larger than the page's typical line pitch, at changes of font size or boldness (headings) and
   at first-line indents.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median
from typing import Sequence

from pipeline.ingest.pdf.chars import dedupe_chars, direction, rotated
from pipeline.ingest.pdf.columns import GUTTER_COVERAGE, find_gutters, regions, spans_gutter
from pipeline.ingest.pdf.lines import Line, cluster_lines, make_line, words_of

# A vertical gap above this multiple of the typical line pitch starts a new paragraph.
PARAGRAPH_GAP = 1.4
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
class PageLayout:
    paragraphs: tuple[tuple[Line, ...], ...]
    height: float  # of the main (upright) frame, for header / footer zones
    n_columns: int
    rotation: int  # degrees the main text was turned to read it upright (0 for ordinary pages)


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
        return [[make_line(line) for line in lines]]
    splits = [(s + e) / 2 for s, e in gutters]
    sequences: list[list[Line]] = []
    band: list[list[dict]] = [[] for _ in range(len(gutters) + 1)]
    spanning: list[Line] = []

    def flush_band() -> None:
        for col_words in band:
            if col_words:
                sequences.append([make_line(ln) for ln in cluster_lines(col_words)])
            col_words.clear()

    for line in lines:
        if any(spans_gutter(line, g) for g in gutters):
            flush_band()
            spanning.append(make_line(line))
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
    words = words_of(chars)
    if not words:
        return [], 0
    # Upright letters stacked vertically (printers' slugs, spine text) form one tall "word" that
    # would swallow every line beside it; they are read on their own after the page.
    stacked = [w for w in words if w["bottom"] - w["top"] > 2.5 * max(w["size"], 1.0)]
    if stacked:
        words = [w for w in words if w["bottom"] - w["top"] <= 2.5 * max(w["size"], 1.0)]
    lines = cluster_lines(words)
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
    paragraphs += [(_off_frame(make_line([w])),) for w in stacked]
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
