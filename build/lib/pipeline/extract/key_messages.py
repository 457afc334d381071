"""Key messages: the points listed under a key-messages / conclusions / takeaways heading.

A heading qualifies when one of the patterns in ``data/key_message_headings.txt`` occurs among its
first words ("Key conclusions of the forum:", "Main takeaways") and the heading is short; a long
sentence that merely mentions "outcomes" is not such a heading. A lead-in ending in ":" qualifies
with the pattern anywhere ("The participants agreed on the following recommendations:"), and a lead-in
right under a qualifying heading ("5. Recommendations") is skipped, so the list counts once. A short
plain line with the pattern directly above list items counts as a heading (PDF text). The points are the list items that
follow it (an introductory line ending in ":" may come first), in order, up to the end of the list:
the first paragraph or heading after the items ends it. A point that runs over several lines in PDF
text is one list item already (segment joins soft-wrapped lines); its line breaks are folded.
Without list markup, two or more short paragraphs (at most two sentences each) up to the next
heading are the points; a section with any longer paragraph is prose and gives none.
Labelled points ("D1. The group endorses ...", "C2) ..." in minutes: a capital, a number and a full
stop or bracket opening a line) are read from the section text itself, whatever blocks the wrapped,
indented lines became: each runs to the next label, a blank line or the next heading; the label is
not part of the point.
"""
from __future__ import annotations

import re

from pipeline.extract.rules import Rules
from pipeline.normalise import clean_name
from pipeline.records import Block, KeyMessage, SegmentedDocument

_MAX_HEADING_WORDS = 15
_KEYWORD_WITHIN_WORDS = 4  # the heading pattern must start among the heading's first words


def is_key_message_heading(heading: str, rules: Rules) -> bool:
    """True for a short heading that announces key messages, conclusions, takeaways, ...

    The pattern must open the heading (among its first words), except in a lead-in that ends in ":"
    ("The participants agreed on the following recommendations:"), which announces its list anywhere."""
    words = heading.split()
    if not words or len(words) > _MAX_HEADING_WORDS:
        return False
    if not re.sub(r"^[\W\d]+", "", heading)[:1].isupper():
        return False  # "of providing its key findings": a sentence fragment, not a heading
    m = rules.key_message_headings.search(heading)
    if m is None:
        return False
    return len(heading[:m.start()].split()) < _KEYWORD_WITHIN_WORDS or heading.rstrip().endswith(":")


def _is_lead_in(body: str) -> bool:
    return body.rstrip().endswith(":") and len(body.split()) <= _MAX_HEADING_WORDS


def _points(blocks: tuple[Block, ...], first: int, text: str) -> list[Block]:
    """The list items from ``blocks[first]`` on, up to the end of the list."""
    items: list[Block] = []
    for b in blocks[first:]:
        if b.kind == "list_item":
            items.append(b)
            continue
        if not items and b.kind in ("paragraph", "line", "heading") and _is_lead_in(text[b.start:b.end]):
            continue  # "The participants agreed that:" introduces the list (segment may make it a heading)
        break
    return items


_MAX_POINT_CHARS = 350  # a stand-alone paragraph longer than this is prose, not a point
_MAX_POINTS = 15


def _paragraph_points(blocks: tuple[Block, ...], first: int, text: str, heading: Block) -> list[Block]:
    """Without list markup, short one-point paragraphs up to the next heading ("Key messages" then
    one sentence per paragraph, as in Markdown without bullets); none when any of them is prose."""
    points: list[Block] = []
    for b in blocks[first:]:
        if b.kind == "heading" or b.section_start != heading.start:
            break
        body = " ".join(text[b.start:b.end].split())
        if b.kind not in ("paragraph", "line") or len(body) > _MAX_POINT_CHARS or len(re.findall(r"[.!?](?:\s|$)", body)) > 2:
            return []
        points.append(b)
    return points if 2 <= len(points) <= _MAX_POINTS else []


_LABEL = re.compile(r"^[ \t]*([A-Z]{1,2})(\d{1,2})[.):][ \t]+(?=\S)", re.M)


def _labelled_points(seg: SegmentedDocument, i: int) -> list[tuple[int, int]]:
    """(start, end) of the labelled points ("D1.", "D2.", ... at line starts, one letter series
    numbered from 1) between the heading ``seg.blocks[i]`` and the next heading; none without two."""
    text = seg.doc.text
    start = seg.blocks[i].end
    end = next((b.start for b in seg.blocks[i + 1:] if b.kind == "heading"), len(text))
    labels = list(_LABEL.finditer(text, start, end))
    if len(labels) < 2 or labels[0].start() != start + len(text[start:end]) - len(text[start:end].lstrip()):
        return []  # the labels must open the section (a lead-in line first is not handled)
    if len({m.group(1) for m in labels}) != 1 or [int(m.group(2)) for m in labels] != list(range(1, len(labels) + 1)):
        return []  # "D1 ... D4" in order; not a mix of labels
    out = []
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else end
        blank = re.search(r"\n[ \t]*\n", text[m.end():stop])
        stop = m.end() + blank.start() if blank else stop
        body = text[m.end():stop].rstrip()
        out.append((m.end(), m.end() + len(body)))
    return out


def extract_key_messages(seg: SegmentedDocument, rules: Rules) -> list[KeyMessage]:
    """One row per point under a key-message heading, in document order."""
    text = seg.doc.text
    out: list[KeyMessage] = []
    taken: set[int] = set()  # a list under "5. Recommendations" and its lead-in is listed once
    for i, block in enumerate(seg.blocks):
        heading = " ".join(text[block.start:block.end].split())
        nxt = seg.blocks[i + 1] if i + 1 < len(seg.blocks) else None
        # PDF text may leave "Key conclusions" as a plain line; the list right below it makes it a heading.
        titled_line = block.kind == "line" and nxt is not None and nxt.kind == "list_item" and len(heading.split()) <= 6
        if block.kind != "heading" and not titled_line:
            continue
        if not is_key_message_heading(heading, rules):
            continue
        labelled = _labelled_points(seg, i) if block.kind == "heading" else []
        if labelled:
            for s, e in labelled:
                if s in taken:
                    continue
                taken.add(s)
                body = text[s:e]
                e = s + len(body.rstrip(" \n\t.;,"))
                point = clean_name(text[s:e])
                if point:
                    out.append(KeyMessage(seg.doc.doc_id, len(out) + 1, s, e, point, heading.rstrip(" :"), "labelled_points_under_key_heading"))
            continue
        items, rule = _points(seg.blocks, i + 1, text), "list_under_key_heading"
        if not items and block.kind == "heading":
            items, rule = _paragraph_points(seg.blocks, i + 1, text, block), "paragraphs_under_key_heading"
        for item in items:
            if item.start in taken:
                continue
            taken.add(item.start)
            body = text[item.start:item.end]
            end = item.start + len(body.rstrip(" \n\t.;,"))
            point = clean_name(text[item.start:end])
            if point:
                out.append(KeyMessage(seg.doc.doc_id, len(out) + 1, item.start, end, point, heading.rstrip(" :"), rule))
    return out
