"""Key messages: list items and lines that are section headings in plain-text and PDF reports
(:mod:`pipeline.extract.key_messages` reads the key-message headings among them).

Rule family "title item" (:func:`title_item`): a numbered list item in capitals is a section heading ("6. MAIN OUTCOMES").
Rule family "numbered section item" (:func:`numbered_section_item`): a short numbered item in mixed case that breaks
the numbering of the items around it is a section heading ("3. Key messages" over "1. …").
Rule family "framed headings" (:func:`past_rules`, :func:`without_rules`): a plain-text heading between lines of dashes
or equals signs ("-----", "MAIN FINDINGS", "-----"): the lines are not part of the heading and do not end its section.
Rule family "page furniture" (:func:`is_page_furniture`): text taken from a PDF keeps the page's number ("3 / 5",
"Page 2 of 4", "16") and its running header or footer ("Annual Report 2033   16", "Forum – Conclusions   October 2036":
a line of three words or more, with a figure, that the document repeats with only its figures changed) where a page
breaks; inside a list they are no heading, and the list goes on below them.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.records import Block

_MAX_TITLE_WORDS = 12
_RULE_LINE = re.compile(r"^[ \t]*[-=_~*·]{3,}[ \t]*$", re.M)  # "-------" under a plain-text heading
_RULE_CHARS = re.compile(r"[-=_~*·]{3}")
_RULE_START = frozenset("-=_~*· \t")


def title_item(text: str, b: Block) -> str | None:
    """Rule family "title item": the heading text of a list item that is really a section heading, else None.

    Plain-text reports number their sections like their points ("6. MAIN OUTCOMES", "4. NEXT STEPS",
    "KEY CONCLUSIONS / CONCLUSIONS PRINCIPALES" over a line of dashes), so segment may read the heading as
    one more list item. Such an item is short (at most 12 words), has no lower-case letter and no closing
    punctuation: it ends the list above it, and starts a list of key messages when it is a key-message heading."""
    if b.kind != "list_item":
        return None
    body = " ".join(_RULE_LINE.sub("", text[b.start:b.end]).split())
    if not body or len(body.split()) > _MAX_TITLE_WORDS or body[-1] in ".;:,!?":
        return None
    if re.search(r"[a-zà-ÿ]", body) or not re.search(r"[A-ZÀ-Þ]{3}", body):
        return None
    return body


def without_rules(body: str) -> str:
    """``body`` without the lines of dashes or equals signs that frame a plain-text heading."""
    if body[:1] not in _RULE_START and "\n" not in body:
        return body  # one line that is no rule: most blocks, without a search
    return _RULE_LINE.sub("", body) if _RULE_CHARS.search(body) else body


def past_rules(blocks: tuple[Block, ...], k: int, text: str) -> int:
    """Rule family "framed headings": the index of the first block from ``k`` on that is not a line of dashes. Plain-text
    and PDF summaries frame their headings with such lines ("-----", "MAIN FINDINGS", "-----" over the numbered points),
    and segment may leave a line of its own between the heading and its list."""
    while k < len(blocks) and text[blocks[k].start:blocks[k].start + 1] in _RULE_START and not without_rules(
            text[blocks[k].start:blocks[k].end]).strip():
        k += 1
    return k


_MAX_SECTION_WORDS = 8
_ITEM_NUMBER = re.compile(r"(?:^|\n)[ \t]*\(?(\d{1,2}|[a-z])[.)][ \t]*$")


def _item_number(text: str, b: Block) -> str | None:
    """The number or letter that marks list item ``b`` ("3" for "3. Key messages"), None without one."""
    if b.kind != "list_item":
        return None
    m = _ITEM_NUMBER.search(text, max(0, b.start - 8), b.start)
    return m.group(1) if m else None


def numbered_section_item(text: str, blocks: tuple[Block, ...], k: int) -> str | None:
    """Rule family "numbered section item": the heading text of list item ``blocks[k]`` when it is a
    numbered section heading in mixed case that segment read as a list item, else None.

    Reports number their sections and their points alike ("3. Key messages" over "1. ...", "2. ...";
    "4. Next steps" after point "5. ..."; "5. Open questions" after bullet points). Such an item is short
    (at most 8 words; 12 over items that start again at 1: "4. Recommendations to the public authorities and the
    industry of the region"), opens with a capital, has no closing punctuation, and breaks the numbering around
    it: the item after it starts again at 1 (or a), its own number does not follow the item before it, or
    the item before or after it is a bullet point."""
    b = blocks[k]
    number = _item_number(text, b)
    body = " ".join(text[b.start:b.end].split())
    if number is None or not number.isdigit() or not body or len(body.split()) > _MAX_TITLE_WORDS:
        return None
    if body[-1] in ".;:,!?" or not body[0].isupper():
        return None
    nxt = _item_number(text, blocks[k + 1]) if k + 1 < len(blocks) else None
    prev = _item_number(text, blocks[k - 1]) if k > 0 else None
    restarts = nxt in ("1", "a") and number != "0"
    if len(body.split()) > _MAX_SECTION_WORDS and not restarts:
        return None  # a longer title only over points numbered from 1 ("4. Recommendations to the region and the firms")
    breaks = prev is not None and prev.isdigit() and int(number) != int(prev) + 1
    # bullet points around a numbered item: "• point" then "5. Open questions"; "2. Main messages" over "• point"
    after_bullets = k > 0 and blocks[k - 1].kind == "list_item" and prev is None
    before_bullets = k + 1 < len(blocks) and blocks[k + 1].kind == "list_item" and nxt is None
    return body if restarts or breaks or after_bullets or before_bullets else None


# a page number alone on a line: "16", "3 / 5", "Page 2 of 4", "Seite 3", "- 7 -"
_PAGE_NUMBER_LINE = re.compile(r"(?:(?:page|p\.|seite|pagina|página|strona|side|strana|sivu|oldal)[ \t]*)?[-–—]?[ \t]*\d{1,4}"
                               r"(?:[ \t]*(?:/|of|de|von|sur|z|di|od|из)[ \t]*\d{1,4})?[ \t]*[-–—]?", re.I)
_MIN_RUNNING_WORDS = 3


def _masked(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


@lru_cache(maxsize=2)
def _repeated_lines(text: str) -> frozenset[str]:
    """The lines of three words or more with a figure that ``text`` holds three times or more, or twice with other
    figures (a page number), figures masked (once per text). A contents line and its heading ("2. Partner news") are
    the same line twice, with the same figures."""
    lines = [" ".join(line.split()) for line in text.splitlines() if len(line.split()) >= _MIN_RUNNING_WORDS and re.search(r"\d", line)]
    counts = Counter(_masked(line) for line in lines)
    kinds = Counter(_masked(line) for line in set(lines))  # written with other figures
    return frozenset(k for k, n in counts.items() if n >= 3 or kinds[k] >= 2)


def is_page_furniture(text: str, b: Block, in_list: bool = False) -> bool:
    """Rule family "page furniture": block ``b`` is one line that is a page number or a running header or footer. In a
    list (``in_list``) a list item that is a page number alone ("2" indented under the items) is one too."""
    body = text[b.start:b.end].strip()
    if not body or "\n" in body or (b.kind == "list_item" and not in_list):
        return False
    if _PAGE_NUMBER_LINE.fullmatch(body):
        return True
    return b.kind != "list_item" and len(body.split()) >= _MIN_RUNNING_WORDS and re.search(r"\d", body) is not None \
        and _masked(body) in _repeated_lines(text)


def without_furniture(text: str, start: int, end: int) -> str:
    """``text[start:end]`` without the lines that are page furniture (a point that a page break cuts in two)."""
    body = text[start:end]
    if "\n\n" not in body:
        return body  # one block: no page break inside
    repeated = _repeated_lines(text)
    return "\n".join(line for line in body.split("\n") if not (_PAGE_NUMBER_LINE.fullmatch(line.strip()) or (
        len(line.split()) >= _MIN_RUNNING_WORDS and _masked(line) in repeated)))
