"""Stage 2, segment: headings, paragraphs, list items and sentences over the normalised text.

Formats that know their structure (Markdown, HTML) hand in block hints; for plain text and PDF
text the structure is inferred from line shapes: blank lines separate chunks, bullet or number
markers start list items, short title-like lines are headings, and a short line followed by a
capitalised one is a hard line break (names, role lines, "Date: …" lines), not a soft wrap.
A short numbered title followed by running text ("5. Recommendations") or by its own numbered points
("3. Findings" over "3.1 …") is a section heading, not a list item; a one-line title before a list counts as its heading even across a blank line (PDF text);
a list item cut after a dash ("Regional Days –") goes on in the next chunk (its date line).
In a list whose items carry markers ("1.", "-"), an indented line without one continues the item above
when that line is unfinished (a hanging indent: " 1. Customers need a single contact" / " person; ..."), or when
the line opens in lower case after a ";" (" - Farmers trust demos;" / "   fairs convince less.").
A contact line that PDF text sets apart under a list ("Contact: office@cluster.example") is neither an item nor part of
the last one. A page marker on its own line ("page 8", "Page 1 of 3", "- 8 -") ends the block above and is no block
itself (page furniture, not content; the text keeps it).
Every block knows the heading it stands under.
"""
from __future__ import annotations

import re
from statistics import median
from typing import Iterable, Iterator

from pipeline.records import Block, IngestedDocument, SegmentedDocument, Sentence

# (a plus sign is a bullet too before a space: the "+" and "–" lists of an evaluation's strengths and weaknesses)
# a social-media post's emoji bullets are bullets too: keycap numbers ("1️⃣ …"), diamonds, ticks, pointing hands
# and arrows ("🔹 …", "✅ …", "👉 …", "➡️ …")
_EMOJI_BULLET = r"\d{1,2}\ufe0f?\u20e3|[🔹🔸🔷🔶✅☑✔👉➡▶📌💡🟢🟩⭐][\ufe0f]?"
_BULLET = re.compile(r"^(?:(?:[•\-\*–—►✓➢▪●◦■+]|\(?\d{1,2}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)]|[A-Z]{1,2}\d{1,2}[.)]|"
                     + _EMOJI_BULLET + r")\s+|[•\-–►✓➢▪●◦■](?=[A-Z]))")
# ("D1. The working group endorses …", "R2) Clusters should …": labelled decisions and recommendations)
_LABELLED = re.compile(r"[A-Z]{1,2}\d{1,2}[.)]\s")
# A line this long that ends a sentence is a whole paragraph (text saved with one paragraph per line),
# not a soft-wrapped column line (PDF columns wrap at 40-90 characters).
_ONE_LINE_PARAGRAPH = 110
_LEADING_SPACE_ITEM = re.compile(r"^ (?=\S)")  # PDF text where the bullet glyph was lost
_LABEL_LINE = re.compile(r"^[A-Z][A-Za-z ]{1,24}:\s*\S")  # "Date: …", "Location: …", "Moderation: …"
_URL_LINE = re.compile(r"(?:https?://|www\.)\S+$")
# a contact line ("Contact: office@cluster.example", "Kontakt: www.cluster.example"): a label, then an address
_CONTACT_LINE = re.compile(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}:[ \t]*(?:\S.*?)?(?:@|https?://|www\.)")
# A page number left in the text of a paged document (structure, not vocabulary: kept here with the other line shapes)
_PAGE_MARKER = re.compile(r"^(?:(?:page|p\.|seite|pagina|página|strona)[ \t]*\d{1,4}(?:[ \t]*(?:of|/|von|de|di|z)[ \t]*\d{1,4})?"
                          r"|[-–—][ \t]*\d{1,4}[ \t]*[-–—])$", re.I)
_TERMINAL = (".", "!", "?", ":", ";", "”", '"')
_ABBREVIATIONS = {"mr", "ms", "mrs", "dr", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "incl", "approx", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "co", "inc", "ltd", "fig", "art", "vol"}
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s+[\"“'‘(]?[A-Z0-9])")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line in text[start:end]."""
    spans: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl == -1:
            spans.append((pos, end))
            break
        spans.append((pos, nl))
        pos = nl + 1
    return spans


def _is_title_like(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 14 or len(line) > 90:
        return False
    if line.rstrip().endswith((".", ",", ";", ":", "!", "?")) and not line.rstrip().endswith("?"):
        return False
    if _BULLET.match(line) or _LABEL_LINE.match(line):
        return False
    if not (line[0].isupper() or line[0].isdigit()):
        return False
    if line.isupper() and any(c.isalpha() for c in line):
        return True
    content = [w for w in words if w[0].isalpha() and len(w) > 3]
    capitalised = sum(1 for w in content if w[0].isupper())
    return not content or capitalised / len(content) >= 0.5


def _is_short_title(line: str) -> bool:
    """A one-line heading: title-like, or a few words with no sentence punctuation ("Key messages")."""
    if not line or len(line) > 80 or line.endswith((".", ",", ";")) or not (line[0].isupper() or line[0].isdigit()):
        return False
    return _is_title_like(line) or len(line.split()) <= 6


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """Runs of non-blank lines."""
    for m in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] == "\n":
            e -= 1
        yield s, e


def _first_chunk_start(text: str) -> int:
    return len(text) - len(text.lstrip())


def _line_after(text: str, pos: int) -> str:
    """The first non-blank line after ``pos`` (past blank lines), as written; empty at the end."""
    m = re.compile(r"\n[ \t]*(?=\S)").search(text, pos)
    if m is None:
        return ""
    end = text.find("\n", m.end())
    return text[m.start() + 1:len(text) if end < 0 else end]


_NUMBERED = re.compile(r"\(?(\d{1,2})[.)]\s+")
_SUB_NUMBERED = re.compile(r"(\d{1,2})\.\d{1,2}\.?\s")  # "3.1 ", "3.2. ": a point or sub-section of section 3


def _is_numbered_section(stripped: str, next_line: str) -> bool:
    """"5. Recommendations" followed by a paragraph or a lead-in, not by the next item: a section title.

    A numbered line that is short, title-like and unpunctuated, and that is followed by an unmarked
    capitalised line, names a section; "1. Clusters should share data." or "1. Digital" then "2. Green"
    are list items."""
    m = _NUMBERED.match(stripped)
    if m is None:
        return False
    title = stripped[m.end():].strip()
    if not title or title.endswith(_TERMINAL) or len(title.split()) > 8 or not _is_short_title(title):
        return False
    nxt = next_line.strip()
    sub = _SUB_NUMBERED.match(nxt)
    if sub is not None and sub.group(1) == m.group(1):
        return True  # "3. Recommendations" over "3.1 Start with …": the section's own numbered points
    # The next line may be a labelled item ("D1. ...") of the section, not another numbered item.
    return (bool(nxt) and nxt[:1].isupper() and not (_BULLET.match(nxt) and not _LABELLED.match(nxt))
            and not _LEADING_SPACE_ITEM.match(next_line))


def _dangling_dash(text: str, b: Block) -> bool:
    """A list item cut after a dash ("Regional Innovation Days –"): a short line opening the next chunk
    finishes it (PDF text puts the date part of an entry on a line of its own)."""
    return b.kind == "list_item" and text[b.start:b.end].rstrip().endswith(("–", "—", " -"))


# a list item's line that ends a sentence this much shorter than the item's first line is its last line
_SHORT_LAST_LINE = 0.7
# a line ending in a comma or a dash goes on below it, however short
_CONTINUING = (",", "–", "—", "-", "(", "/")
# a full line: this close to the chunk's typical width
_FULL_LINE = 0.9


def _wrapped_into_next_item(prev: str, following: str, typical: float) -> bool:
    """Rule family "capitalised wrap": an item line that fills the width without closing punctuation and the one
    capitalised line under it, right over the next item ("• Six projects received funding in Bulgaria or\nRomania\n•
    A common …"), are one item that PDF text wrapped before a name; a paragraph does not sit between two items."""
    return (not prev.endswith(_TERMINAL) and len(prev) >= _FULL_LINE * typical
            and bool(following) and _BULLET.match(following.strip()) is not None)


def _item_ended(prev: str, line: str, item_width: int, hanging: bool, wrapped: bool = False) -> bool:
    """A wrapped list item (PDF or OCR text) ends at a sentence end when the next, capitalised line starts the text
    under the list: after an item whose lines went on with a hanging indent, the first line without it ("- almost
    half the firms do not know\n  the vouchers.\nThe survey was led by …"); without indents, after a sentence-final
    line clearly shorter than the item's first one ("The region should offer a short course\nfor managers.\nA pilot
    is planned …"), the last line of a paragraph.

    Rule family "short last line": points written without closing punctuation end the same way. After an item that
    already ran over a line (``wrapped``), a line clearly shorter than its first one, under which a capitalised line
    starts, was the item's last ("• To the Region: fund a test site open to\nall members\nThese recommendations will be
    …"): a wrapped line that a long next word pushed down is not that short."""
    stripped = line.strip()
    if not stripped[:1].isupper() or _BULLET.match(stripped):
        return False
    if not prev.endswith((".", "!", "?")):
        return wrapped and not hanging and not prev.endswith(_CONTINUING) and len(prev.strip()) < _SHORT_LAST_LINE * item_width
    if hanging:
        return not line[:1].isspace()
    return len(prev.strip()) < _SHORT_LAST_LINE * item_width


def infer_blocks(text: str) -> list[Block]:
    """Blocks for text that came without structure hints."""
    blocks: list[Block] = []
    for c_start, c_end in _chunks(text):
        lines = [(s, e) for s, e in _lines(text, c_start, c_end) if text[s:e].strip()]
        widths = [len(text[s:e].rstrip()) for s, e in lines]
        typical = median(widths) if len(widths) >= 3 else max(widths + [60])
        typical = max(typical, 40)
        cur_kind: str | None = None
        cur_start = cur_end = 0
        heading_allowed = True
        n_items, wrapped_items = 0, False  # list items in this chunk; did any run over several lines?
        marked = False  # did the current list item open with a marker ("1.", "-"), not only an indent?
        hanging = False  # did the current list item go on in lines with a hanging indent?
        item_width = 0  # the width of the current list item's first line

        def close() -> None:
            nonlocal cur_kind
            if cur_kind is not None:
                blocks.append(Block(cur_kind, cur_start, cur_end))
            cur_kind = None

        for i, (s, e) in enumerate(lines):
            line = text[s:e]
            stripped = line.strip()
            # (a contact line set apart in PDF text, " Contact: office@…", is no item whose bullet was lost)
            marker = _BULLET.match(stripped) or (_LEADING_SPACE_ITEM.match(line) and not _CONTACT_LINE.match(stripped))
            following = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else _line_after(text, e)
            if _PAGE_MARKER.match(stripped):
                close()  # the page's furniture, not content: no block (the text keeps it)
                continue
            above = text[lines[i - 1][0]:lines[i - 1][1]].rstrip() if i else ""
            if (marker and not _BULLET.match(stripped) and cur_kind == "list_item" and marked
                    and (not above.endswith(_TERMINAL) or (stripped[:1].islower() and not above.endswith(_TERMINAL[:3])))):
                # a hanging indent: the unfinished item above goes on (its indent is not a lost bullet), also after a
                # ";" when the line opens in lower case (" - Farmers trust demonstrations;" / "   fairs convince less.")
                cur_end = e
                wrapped_items = hanging = True
                continue
            if i == 0 and not marker and len(stripped) <= 60 and blocks and _dangling_dash(text, blocks[-1]):
                last = blocks.pop()
                cur_kind, cur_start, cur_end = "list_item", last.start, e
                heading_allowed = False
                continue
            if marker and n_items == 0 and _is_numbered_section(stripped, following):
                close()
                blocks.append(Block("heading", s, e))
                heading_allowed = False
                continue
            if marker:
                close()
                lead = len(line) - len(line.lstrip())
                cur_kind, cur_start, cur_end = "list_item", s + lead + (marker.end() if _BULLET.match(stripped) else 0), e
                marked = bool(_BULLET.match(stripped))
                hanging, item_width = False, len(line.rstrip())
                heading_allowed = False
                n_items += 1
                continue
            if _LABEL_LINE.match(stripped) and len(stripped) <= 120:
                # A label line ("Audience: policy makers, cluster") may wrap onto a lower-case line.
                close()
                cur_kind, cur_start, cur_end = "line", s, e
                heading_allowed = False
                continue
            prev = text[lines[i - 1][0]:lines[i - 1][1]].rstrip() if i else ""
            # "…, I\ncertify that:", "… at its meeting of 14 December\n2033:": the paragraph goes on
            continues = cur_kind is not None and (stripped[:1].islower() or (stripped[:1].isdigit() and prev and not prev.endswith(_TERMINAL)))
            if stripped.endswith(":") and len(stripped) <= 120 and following and not continues and (
                    _BULLET.match(following.strip()) or _LEADING_SPACE_ITEM.match(following)):
                # A lead-in line ("Key conclusions of the forum:") heads the list below it, even
                # when it follows a paragraph without a blank line.
                close()
                blocks.append(Block("heading", s, e))
                heading_allowed = False
                continue
            if cur_kind == "list_item" and n_items >= 2 and not wrapped_items and stripped[:1].isupper() \
                    and not _wrapped_into_next_item(prev, following, typical):
                # Every item so far fitted on its line: an unmarked capitalised line ends the list.
                close()
            if (cur_kind == "paragraph" and len(prev) >= _ONE_LINE_PARAGRAPH and prev.endswith((".", "!", "?"))
                    and stripped[:1].isupper()):
                close()
            if i == 1 and c_start == _first_chunk_start(text) and cur_kind == "paragraph" and len(lines) > 1 \
                    and not prev.endswith(_TERMINAL) and len(prev) <= 120 and len(stripped) > len(prev) and stripped[:1].isupper():
                # The document's first line, unpunctuated and followed by running text, is its title.
                blocks.append(Block("heading", cur_start, cur_end))
                cur_kind = None
            if cur_kind == "list_item" and _item_ended(prev, line, item_width, hanging, cur_start < lines[i - 1][0]):
                close()
            soft_wrap = (
                cur_kind in ("paragraph", "list_item", "line")
                and prev
                and len(prev) >= 0.6 * typical
                and not _LABEL_LINE.match(stripped)
            ) or (cur_kind in ("paragraph", "list_item", "line") and stripped[:1].islower() and not _URL_LINE.match(stripped))
            if soft_wrap:
                wrapped_items = wrapped_items or cur_kind == "list_item"
                hanging = hanging or (cur_kind == "list_item" and line[:1].isspace())
                cur_end = e
                continue
            close()
            short = len(stripped) < 0.6 * typical or len(lines) == 1
            next_line = text[lines[i + 1][0]:lines[i + 1][1]].strip() if i + 1 < len(lines) else ""
            if heading_allowed and _is_title_like(stripped) and short:
                # Consecutive short title-like lines at a chunk's start form one heading.
                if blocks and blocks[-1].kind == "heading" and blocks[-1].end >= c_start and blocks[-1].start >= c_start and i > 0:
                    last = blocks.pop()
                    blocks.append(Block("heading", last.start, e))
                else:
                    blocks.append(Block("heading", s, e))
                if next_line and not _is_title_like(next_line):
                    heading_allowed = False
                continue
            heading_allowed = False
            if stripped.endswith(":") and len(stripped) <= 120 and next_line and _BULLET.match(next_line) or (
                stripped.endswith(":") and len(stripped) <= 120 and i + 1 < len(lines)
                and _LEADING_SPACE_ITEM.match(text[lines[i + 1][0]:lines[i + 1][1]])
            ):
                # A lead-in line ("Key conclusions of the forum:") heads the list below it.
                blocks.append(Block("heading", s, e))
                continue
            if _is_short_title(stripped) and following and (_BULLET.match(following.strip()) or _LEADING_SPACE_ITEM.match(following)):
                # "Key findings" on its own line, then the list it names (in PDF text often after a blank line).
                blocks.append(Block("heading", s, e))
                continue
            if short and not stripped.endswith(_TERMINAL[:3]) and (not next_line or next_line[:1].isupper() or _LABEL_LINE.match(next_line)):
                blocks.append(Block("line", s, e))
            else:
                cur_kind, cur_start, cur_end = "paragraph", s, e
        close()
    if len(blocks) >= 2 and blocks[0].kind == "line" and blocks[1].kind == "paragraph" \
            and not text[blocks[0].start:blocks[0].end].rstrip().endswith(_TERMINAL):
        # The document's first line, unpunctuated and followed by running text, is its title.
        blocks[0] = Block("heading", blocks[0].start, blocks[0].end)
    return blocks


def _list_marker(text: str, b: Block) -> str:
    """The bullet or number in front of a list item ("-", "1.", "b)"), empty when there is none."""
    return text[text.rfind("\n", 0, b.start) + 1:b.start].strip()


def _starts_new_list(text: str, prev: Block, b: Block) -> bool:
    """True when list item ``b`` does not continue ``prev``'s list: the marker kind changes
    (bullets then numbers) or the numbering does not go on ("6." then "2.")."""
    if b.level == prev.level and text[prev.start:prev.end].rstrip().endswith((".", "!", "?")) and \
            not text[b.start:b.end].rstrip().endswith(_TERMINAL) and _is_title_like(text[b.start:b.end].strip()) and \
            len(text[b.start:b.end].split()) <= 8:
        # A title after sentence items: the next numbered section, run into the list by the renderer.
        return True
    pm, bm = _list_marker(text, prev), _list_marker(text, b)
    pn, bn = re.match(r"\(?(\d+)", pm), re.match(r"\(?(\d+)", bm)
    if bool(pn) != bool(bn):
        return True
    return bool(pn and bn) and int(bn.group(1)) != int(pn.group(1)) + 1 and b.level == prev.level


def _promote_headings(text: str, blocks: list[Block]) -> list[Block]:
    """Hinted one-line paragraphs that read as titles and introduce a list or a paragraph become headings.

    Markdown and HTML written without heading markup ("Key messages" on its own line) are common.
    """
    out: list[Block] = []
    for i, b in enumerate(blocks):
        body = text[b.start:b.end]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        prev = blocks[i - 1] if i else None
        one_item_list = (
            b.kind == "list_item"
            and (prev is None or prev.kind != "list_item" or _starts_new_list(text, prev, b))
            and (nxt is None or nxt.kind != "list_item" or _starts_new_list(text, b, nxt))
        )
        if (
            b.kind in ("paragraph", "list_item")
            and (b.kind == "paragraph" or one_item_list)
            and "\n" not in body
            and nxt is not None
            and (nxt.kind in ("list_item", "paragraph", "line") or (one_item_list and nxt.kind == "heading"))
            and (_is_short_title(body.strip()) or (body.rstrip().endswith(":") and nxt.kind == "list_item"))
        ):
            out.append(Block("heading", b.start, b.end, b.level))
        else:
            out.append(b)
    return out


def _with_sections(text: str, blocks: Iterable[Block]) -> tuple[Block, ...]:
    out: list[Block] = []
    section: str | None = None
    section_start: int | None = None
    for b in sorted(blocks, key=lambda b: (b.start, b.end)):
        if b.kind == "heading":
            out.append(Block(b.kind, b.start, b.end, b.level, section, section_start))
            section, section_start = " ".join(text[b.start:b.end].split()), b.start
        else:
            out.append(Block(b.kind, b.start, b.end, b.level, section, section_start))
    return tuple(out)


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Rule-based sentence spans inside one block (abbreviations and initials do not end a sentence)."""
    sentences: list[Sentence] = []
    s = start
    for m in _SENTENCE_END.finditer(text, start, end):
        # The word before the mark; a window of 40 characters is enough to tell an abbreviation and
        # keeps a long run of "a. b. c." linear.
        word = re.search(r"([A-Za-z.]+)\.?$", text[max(s, m.start() - 40):m.start() + 1])
        token = (word.group(1) if word else "").rstrip(".").lower()
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        sentences.append(Sentence(s, m.end()))
        s = m.end()
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        sentences.append(Sentence(s, end))
    return sentences


# No real paragraph is this long; a longer block (a text without line breaks, a 3.5 MB one-line export)
# is cut at a sentence end or a space so that spaCy (max_length) and the rules see ordinary units.
MAX_BLOCK_CHARS = 5_000


def _cut_long(text: str, b: Block) -> Iterator[Block]:
    start = b.start
    while b.end - start > MAX_BLOCK_CHARS:
        limit, floor = start + MAX_BLOCK_CHARS, start + MAX_BLOCK_CHARS // 2
        cut = max(text.rfind(". ", floor, limit), text.rfind("! ", floor, limit), text.rfind("? ", floor, limit))
        cut = cut + 1 if cut != -1 else max(text.rfind(" ", floor, limit), text.rfind("\n", floor, limit))
        if cut == -1:
            cut = limit
        yield Block(b.kind, start, cut, b.level, b.section, b.section_start)
        start = cut
        while start < b.end and text[start].isspace():
            start += 1
    if start < b.end:
        yield Block(b.kind, start, b.end, b.level, b.section, b.section_start)


def segment_document(doc: IngestedDocument) -> SegmentedDocument:
    """Blocks (hints when the format gave them, inferred otherwise) with sections, plus sentences."""
    raw = _promote_headings(doc.text, list(doc.blocks)) if doc.blocks else infer_blocks(doc.text)
    raw = [piece for b in raw for piece in _cut_long(doc.text, b)]
    blocks = _with_sections(doc.text, raw)
    sentences: list[Sentence] = []
    for b in blocks:
        if b.kind in ("heading", "line"):
            sentences.append(Sentence(b.start, b.end))
        else:
            sentences.extend(split_sentences(doc.text, b.start, b.end))
    return SegmentedDocument(doc=doc, blocks=blocks, sentences=tuple(sentences))


def segment_documents(docs: Iterable[IngestedDocument]) -> Iterator[SegmentedDocument]:
    for doc in docs:
        yield segment_document(doc)
