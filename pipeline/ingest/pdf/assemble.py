"""Page layouts → page texts: running headers / footers and page numbers dropped, words
hyphenated across line ends re-joined, paragraphs split by a column or page break re-joined,
``(cid:NN)`` placeholders for unmapped glyphs removed and counted."""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Sequence

from pipeline.ingest.pdf.cards import card_rows
from pipeline.ingest.pdf.layout import MID_PHRASE, SIZE_CHANGE, PageLayout
from pipeline.ingest.pdf.lines import Line
from pipeline.ingest.textutil import normalise_text

# Running headers and footers live in the top / bottom share of the page ...
MARGIN_SHARE = 0.08
# ... and repeat (digits masked) on at least this share of the pages that have text.
REPEAT_SHARE = 0.3
_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|seite|pagina|página|strona|side)?\s*[-–—(\[]?\s*(?:\d{1,5}|[ivxlcdm]{1,7})\s*[-–—)\]]?"
    r"(?:\s*(?:/|of|de|von|sur|z|di)\s*\d{1,4})?$",
    re.IGNORECASE,
)
# A title sits in the top part of page 1, in a font at least this much larger than the body text.
TITLE_ZONE = 0.4
TITLE_SIZE = 1.15
_PAGE_REFERENCE = re.compile(r"(?:\b(?:page|p\.|seite|pagina|página|strona|side)\s*)?(?<![\w#])#(?:\s*(?:/|of|de|von|sur|z|di)\s*#)?(?![\w#])")
_CID = re.compile(r"\(cid:\d+\)")
# A word broken at a line end: letters or digits, then a hyphen (ASCII, U+2010 or U+2011, or a
# soft hyphen U+00AD, which only ever marks a break).
_HYPHENATED = re.compile(r"[^\W_][-\u2010\u2011\u00ad]$")
# a name line or a short heading: at most this many words
_NAME_LINE_WORDS = 6
# a picture's caption under a card ("photo", "portrait"): at most this many words
_CAPTION_WORDS = 3
_TERMINAL = tuple(".!?:;\"'”’)]")


def _in_margin(line: Line, height: float) -> bool:
    if line.top < 0:  # side notes and slugs outside the main flow repeat like headers do
        return True
    return line.top < MARGIN_SHARE * height or line.bottom > (1 - MARGIN_SHARE) * height


def _margin_key(text: str) -> str:
    """Digits masked and page references dropped, so "Newsletter Page 3" and "Newsletter" (with
    "Page 5" on a line of its own) count as the same running header."""
    key = re.sub(r"\d+", "#", text.lower())
    key = _PAGE_REFERENCE.sub(" ", key)
    return " ".join(key.split()).strip(" |-–—·•")


def running_lines(layouts: Sequence[PageLayout]) -> frozenset[str]:
    """Keys of the lines in the header / footer zones that repeat across pages."""
    counts: Counter[str] = Counter()
    n_pages = 0
    body_text = False
    for layout in layouts:
        if not layout.paragraphs:
            continue
        n_pages += 1
        lines = [line for para in layout.paragraphs for line in para]
        counts.update({key for line in lines if _in_margin(line, layout.height) and (key := _margin_key(line.text))})
        body_text = body_text or any(not _in_margin(line, layout.height) for line in lines)
    # A document whose every line sits in a margin zone (a one-line label per page) has no
    # furniture to remove: those lines are its content.
    if n_pages < 2 or not body_text:
        return frozenset()
    threshold = max(2, math.ceil(REPEAT_SHARE * n_pages))
    return frozenset(key for key, n in counts.items() if n >= threshold)


def _is_furniture(line: Line, height: float, running: frozenset[str], extremes: tuple[float, float]) -> bool:
    """A running header / footer line, or a lone page number in a margin or at the very top / bottom."""
    text = line.text.strip()
    if line.top >= 0 and (line.top <= extremes[0] or line.bottom >= extremes[1]) and _PAGE_NUMBER.match(text):
        return True  # page numbers often sit lower than the 8 % zone (LaTeX, Word footers)
    if not _in_margin(line, height):
        return False
    return _margin_key(text) in running or bool(_PAGE_NUMBER.match(text))


def join_lines(lines: Sequence[str], suspended: frozenset[str] = frozenset(), whole: bool = False) -> str:
    """Lines of one paragraph joined by "\\n", re-joining words hyphenated at a line end.

    "inno-" + "vation is" → "innovation" + "is"; before a capital or a digit the hyphen is part of
    the word and stays ("Romanian-" + "Hungarian" → "Romanian-Hungarian", "COVID-" + "19"). Before a word of
    ``suspended`` (lower case: "und", "and", "ja") the hyphen is a compound's suspended part and the lines stay
    as they are ("Forschungs-" + "und Entwicklung"). With ``whole`` the rest of the next line joins the mended word's
    line too ("Dele-" + "gation des" → "Delegation des"): plain text keeps no short line of a word or two that a line
    rule would read as a heading or a list item.
    """
    out: list[str] = []
    for line in lines:
        if out and _HYPHENATED.search(out[-1]) and line[:1].isalnum() and line.split(" ", 1)[0].rstrip(".,").lower() not in suspended:
            first, _, rest = line.partition(" ")
            soft = out[-1].endswith("\u00ad")
            out[-1] = (out[-1][:-1] if first[0].islower() or soft else out[-1]) + first
            if rest and whole:
                out[-1] += " " + rest
            elif rest:
                out.append(rest)
            continue
        out.append(line)
    return "\n".join(out)


def _continues(prev: list[str], nxt: list[str]) -> bool:
    """A paragraph cut by a column or a figure: no closing punctuation, next starts in lower case."""
    last, first = prev[-1].rstrip(), nxt[0].lstrip()
    return bool(last) and not last.endswith(_TERMINAL) and first[:1].islower()


def _own_type(para: Sequence[Line], nxt: Sequence[Line]) -> bool:
    """A paragraph cut by a column or a figure runs on in its own type: a short line of its own in bold throughout
    (a card's name, a heading) is no part of the regular text after it ("Jane Doe" / "co-founder & CTO"), nor is a
    short caption line in another size part of the text before it ("Acme Foods SA" / "photo"). A long bold line
    may be a run-in heading whose sentence runs on ("4. Housing maintenance. An" / "important area …")."""
    if len(para) == 1 and para[0].bold and not nxt[0].bold and len(para[0].text.split()) <= _NAME_LINE_WORDS:
        return True
    size = max(para[-1].size, nxt[0].size, 1.0)
    return len(nxt) == 1 and len(nxt[0].text.split()) <= _CAPTION_WORDS and abs(para[-1].size - nxt[0].size) > SIZE_CHANGE * size


def cell_order(lines: Sequence[Line]) -> list[str]:
    """The texts of a paragraph's lines, read cell by cell when the paragraph is one table row whose
    cells wrap ("5 Nov 2025 | Blue Economy | online" / "Info Day" under "Blue Economy"): each column's
    lines in turn. The columns are where the parts of the lines with wide gaps (:attr:`Line.cells`)
    start; every line must fit them. Only a wrapping cell (a part ending mid-phrase, a part starting
    in lower case, or a line with text in one cell only) makes the paragraph one row: rows of one
    line each ("Land1 | 10 | City1") are read row by row."""
    texts = [line.text for line in lines]
    if len(lines) < 2 or not any(line.cells for line in lines):
        return texts
    size = max(line.size for line in lines)
    starts = sorted({round(x, 1) for line in lines for x, _ in line.cells})
    columns: list[float] = []
    for x in starts:  # one column per cluster of part starts
        if not columns or x - columns[-1] > size:
            columns.append(x)
    cells: list[list[str]] = [[] for _ in columns]
    partial = False
    for line in lines:
        # Word by word: a narrow gap inside a line ("1–3 December Mediterranean") still falls on a
        # column that another line of the row shows.
        words = (line.words if line.cells else ()) or ((line.x0, line.text),)  # (cards.py splits wide-gap lines)
        partial = partial or not line.cells
        parts: dict[int, list[str]] = {}
        for x, text in words:
            fits = [i for i, c in enumerate(columns) if x >= c - 0.5 * size]
            if not fits:
                return texts  # text left of the first column: not a table row
            parts.setdefault(fits[-1], []).append(text)
        for i, ws in parts.items():
            cells[i].append(" ".join(ws))
        partial = partial or len(parts) < len(columns)  # a line with text in some cells only
    wraps = partial or any(a.rstrip().endswith(MID_PHRASE) or b[:1].islower() for col in cells for a, b in zip(col, col[1:]))
    return [text for col in cells for text in col] if wraps else texts


def page_text(layout: PageLayout, running: frozenset[str]) -> tuple[str, int]:
    """(normalised text of the page, number of unmapped-glyph placeholders removed)."""
    main = [line for para in layout.paragraphs for line in para if line.top >= 0]
    extremes = (min((ln.top for ln in main), default=0.0), max((ln.bottom for ln in main), default=0.0))
    paragraphs: list[list[str]] = []
    kept = [(para, [line for line in para if not _is_furniture(line, layout.height, running, extremes)])
            for para in layout.paragraphs]
    kept = [(para, lines) for para, lines in kept if lines]
    cards, in_cards = card_rows([lines for _, lines in kept])
    before: Sequence[Line] = ()  # the paragraph before
    for i, (para, kept_lines) in enumerate(kept):
        if i in cards:
            paragraphs.extend(cards[i])  # a row of cards side by side, read card by card
        if i in in_cards:
            before = ()
            continue
        lines = cell_order(kept_lines)
        if (paragraphs and para[0].top >= 0 and before and not _own_type(before, kept_lines)
                and _continues(paragraphs[-1], lines)):
            paragraphs[-1].extend(lines)
        else:
            paragraphs.append(lines)
        before = kept_lines
    text = normalise_text("\n\n".join(join_lines(p) for p in paragraphs))
    n_cid = len(_CID.findall(text))
    if n_cid:
        text = normalise_text(_CID.sub("", text))
    return text, n_cid


def mend_page_breaks(texts: Sequence[str]) -> list[str]:
    """A word hyphenated across a page break ("inno-" | "vation ...") is re-joined on the first
    page, so that it has one page; the rest of the line stays on the next page."""
    out = list(texts)
    for i in range(len(out) - 1):
        head, tail = out[i], out[i + 1]
        if head and tail[:1].islower() and _HYPHENATED.search(head):
            first, sep, rest = tail.partition(" ") if " " in tail.split("\n", 1)[0] else tail.partition("\n")
            if rest.strip():  # never empty a page: its status says it has text
                out[i] = head[:-1] + first
                out[i + 1] = rest
    return out


def body_size(layouts: Sequence[PageLayout]) -> float:
    """The font size most text is set in (by characters), over the given pages."""
    sizes: Counter[float] = Counter()
    for layout in layouts:
        for para in layout.paragraphs:
            for line in para:
                sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def title_from_layout(layout: PageLayout, body: float) -> str | None:
    """The first page's most prominent text: the largest-font paragraph near the top, if clearly
    larger than the document's body text (``body``, from :func:`body_size`)."""
    paras = [p for p in layout.paragraphs if p and 0 <= p[0].top < TITLE_ZONE * layout.height][:12]
    if not paras or body <= 0:
        return None
    best = max(paras, key=lambda p: max(line.size for line in p))
    size = max(line.size for line in best)
    text = " ".join(" ".join(line.text for line in best).split())
    if size < TITLE_SIZE * body or not (3 <= len(text) <= 200) or text[0].islower():
        return None
    return text
