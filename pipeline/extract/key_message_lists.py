"""Key messages: the list under a key-message heading or lead-in (:mod:`pipeline.extract.key_messages` emits the rows).

:func:`list_points` reads the items from a block on, up to the end of the list: a first item that is a lead-in
introduces the items below it, short group lead-ins split one list into groups that all belong to it, a list item that
is a section heading ends it, and a page break's furniture inside it is passed over (a point that the break cut goes on
in lower case below it). :func:`title_tail` joins the last words of a wrapped title that PDF text cut into a block of
their own; :func:`list_follows` tells whether a list starts at a block (perhaps after a short introduction).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines
from pipeline.extract.key_message_inline import inline_points, numbered_items
from pipeline.extract.key_message_shapes import is_account, is_statement
from pipeline.extract.key_message_titles import is_page_furniture, numbered_section_item, title_item
from pipeline.extract.rules import Rules
from pipeline.records import Block

MAX_LEAD_IN_LINE_WORDS = 15  # a lead-in line over a list ("The participants agreed that:") is short


def is_lead_in(body: str) -> bool:
    return body.rstrip().endswith(":") and len(body.split()) <= MAX_LEAD_IN_LINE_WORDS


MAX_GROUP_WORDS = 6  # "For national governments:", "At EU level:", "Member States should:"
MAX_ADDRESSEE_WORDS = 25  # "To the Federal Ministry for Climate Action, Environment, Energy and Mobility and …:"


@lru_cache(maxsize=4)
def addressee_pattern(data_dir: Path) -> re.Pattern[str]:
    """Rule data "addressee labels": a word of ``data/key_message_addressees.txt`` opening a line, then the addressee
    up to a colon ("To the Port Authority of Tarragona:", "An die Landesregierung:", "Pentru Consiliul Județean:")."""
    words = sorted(set(data_lines(data_dir / "key_message_addressees.txt")), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    opener = "|".join(re.escape(w) + ("" if w[-1] in "-'’" else r"[ \t]+") for w in words)
    return re.compile(r"(?:" + opener + r")(?=\S)[^:;!?\n]{1,150}?:(?=\s|$)")


def addressee_label(text: str, s: int, e: int, addressees: re.Pattern[str]) -> int | None:
    """Rule family "addressed recommendations": the start of the point after an addressee label that opens
    ``text[s:e]`` ("To the European Commission: open the next call …" → "open the next call …"), when the point
    itself opens in lower case (a verb: the recommendation) and holds three words at least; else None. Asked only of
    the paragraphs under a key-message heading (``paragraph_points``)."""
    body = text[s:e]
    m = addressees.match(body.lstrip(" \t"))
    if m is None:
        return None
    start = s + len(body) - len(body.lstrip(" \t")) + m.end()
    rest = text[start:e].lstrip()
    return start + len(text[start:e]) - len(rest) if rest[:1].islower() and len(rest.split()) >= 3 else None


def addressee_lead_in(body: str, addressees: re.Pattern[str] | None) -> bool:
    """A group lead-in of a list that names its addressee, however long the name ("To Netz Burgenland GmbH and the
    Hungarian distribution system operator E.ON …:" over "2. Provide metering data …"): it opens with an addressee
    word and ends at its colon (at most 25 words)."""
    body = " ".join(body.split())
    return (addressees is not None and body.endswith(":") and len(body.split()) <= MAX_ADDRESSEE_WORDS
            and (m := addressees.match(body)) is not None and m.end() == len(body))


def list_points(blocks: tuple[Block, ...], first: int, text: str, plans: re.Pattern[str] | None = None,
                level: int | None = None, own: re.Pattern[str] | None = None,
                addressees: re.Pattern[str] | None = None) -> list[Block]:
    """The list items from ``blocks[first]`` on, up to the end of the list. A first item that is a lead-in
    ("4. Participants noted that:") with items below it introduces them and is skipped; a list item that is
    a section heading (``title_item``) ends the list.

    Rule family "grouped points": when the first items follow a short group lead-in ("For regional
    authorities:", "Short term:", "At EU level:"), later short lead-ins with items below them open further
    groups of the same list ("For national governments:", "Medium term:"). A lead-in that names plans or
    other things (``plans``: "Next steps:", "Four agreements were signed:") ends it instead. The groups may be titled by
    sub-headings without a colon ("To the programme authorities", "To regional governments" over their items, in bold
    or one rank below the key-message heading of rank ``level``): two such groups at least, else the one sub-heading
    is a section of its own (unless the items in lower case complete it as a sentence: "The assembly also" over "- approved
    the accounts", "- elected …"), and so is one that names key messages itself (``own``: "Points forts" and "Points faibles"
    under "Forces et faiblesses" are headings of their own lists).

    Rule family "numbered paragraphs": Word and web pages often number points by hand, one paragraph each ("1. Aprobar
    el acta …", "2. …"): paragraphs that open with 1, 2, 3 … in sequence are the list's items (without the number)."""
    items: list[Block] = []
    grouped = False
    titled = 0  # groups opened by a sub-heading without a colon
    number = 0  # the last number of a run of numbered paragraphs
    after_break = False  # a page's furniture was passed: a lower-case item goes on with the point above
    wrapped = -1  # the second half of an addressee's lead-in that PDF text cut in two blocks
    for k, b in enumerate(blocks[first:], start=first):
        body = text[b.start:b.end]
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if k == wrapped:
            continue
        if grouped and items and _wrapped_addressee(blocks, k, text, addressees):
            wrapped = k + 1  # "To the Federal Ministry for Climate Action, Environment, Energy and" / "Mobility and …:"
            continue
        if plans is not None and is_lead_in(body) and plans.search(body):
            break  # "Four agreements were signed on 20 March:" / "Next steps:": not the heading's messages
        if items and is_page_furniture(text, b, in_list=True) and _list_goes_on(blocks, k + 1, text):
            after_break = True
            continue  # "Annual Report 2033   16" / "3 / 5" where a page breaks the list
        if after_break and _goes_on(text, b) and not text[items[-1].start:items[-1].end].rstrip().endswith(SENTENCE_ENDS):
            items[-1] = replace(items[-1], end=b.end)  # "… since 2030," | page break | "with a total volume of …": one point
            after_break = False
            continue
        after_break = False
        if b.kind == "paragraph" and (n := _paragraph_number(text, b, blocks[k + 1] if k + 1 < len(blocks) else None, number)):
            number, item = n
            items.append(item)
            continue
        if b.kind == "list_item":
            if title_item(text, b) is not None or (items and numbered_section_item(text, blocks, k) is not None):
                break
            if not items and is_lead_in(body) and nxt is not None and nxt.kind == "list_item":
                continue
            items.append(b)
            continue
        addressed = b.kind in ("paragraph", "line", "heading") and addressee_lead_in(body, addressees)
        if b.kind in ("paragraph", "line", "heading") and (is_lead_in(body) or addressed):
            group = (len(body.split()) <= MAX_GROUP_WORDS or addressed) and nxt is not None and nxt.kind == "list_item"
            if not items:
                grouped = group
                continue  # "The participants agreed that:" introduces the list (segment may make it a heading)
            if grouped and group:
                continue  # the next group of a grouped list
        elif b.kind == "heading" and _group_title(body, b, nxt, level) and (not items or titled) \
                and not (plans is not None and plans.search(body)) and not (own is not None and own.search(body)):
            titled += 1  # "To the programme authorities" over its items: a group of the list
            continue
        break
    if titled == 1 and not all(text[it.start:it.end].lstrip()[:1].islower() for it in items):
        return []  # one sub-heading: a section of its own, unless its items complete it ("Die Versammlung hat außerdem" | "- den …")
    return items


def _wrapped_addressee(blocks: tuple[Block, ...], k: int, text: str, addressees: re.Pattern[str] | None) -> bool:
    """``blocks[k]`` and the block below it are one addressee's group lead-in that PDF text wrapped over two blocks
    (a paragraph without its colon, then a heading or line that ends in it), right over a list item."""
    if addressees is None or k + 2 >= len(blocks) or blocks[k + 2].kind != "list_item":
        return False
    first, second = blocks[k], blocks[k + 1]
    if first.kind not in ("paragraph", "line", "heading") or second.kind not in ("paragraph", "line", "heading"):
        return False
    return addressee_lead_in(text[first.start:first.end] + " " + text[second.start:second.end], addressees)


_NUMBER = re.compile(r"\(?(\d{1,2})[.)][ \t]+(?=\S)")


def _paragraph_number(text: str, b: Block, nxt: Block | None, last: int) -> tuple[int, Block] | None:
    """(its number, the point without it) for a paragraph numbered by hand that goes on a run ("2. …" after "1. …"),
    or opens one ("1. …" over a paragraph "2. …"); else None."""
    m = _NUMBER.match(text, b.start, b.end)
    if m is None or int(m.group(1)) != last + 1:
        return None
    if last == 0 and not (nxt is not None and nxt.kind == "paragraph" and (m2 := _NUMBER.match(text, nxt.start, nxt.end))
                          and m2.group(1) == "2"):
        return None
    return last + 1, replace(b, kind="list_item", start=m.end())


def _group_title(body: str, b: Block, nxt: Block | None, level: int | None) -> bool:
    """A short sub-heading without closing punctuation, in bold or one rank below the key-message heading, over a list
    item: the title of one group of the points ("To regional governments", "Short term")."""
    body = body.strip()
    return (nxt is not None and nxt.kind == "list_item" and len(body.split()) <= MAX_GROUP_WORDS and body[-1:] not in ".!?;,"
            and (b.level == 0 or (level is not None and b.level > level)))


SENTENCE_ENDS = (".", "!", "?", ";", ":")


def _list_goes_on(blocks: tuple[Block, ...], k: int, text: str) -> bool:
    """After a page's furniture, the next block that is not furniture too is a list item (the list goes on)."""
    while k < len(blocks) and is_page_furniture(text, blocks[k], in_list=True):
        k += 1
    return k < len(blocks) and (blocks[k].kind == "list_item" and title_item(text, blocks[k]) is None or _goes_on(text, blocks[k]))


def _goes_on(text: str, b: Block) -> bool:
    """``b`` (an item, or the indented rest of one that segment left a paragraph) opens in lower case: the rest of a
    point that a page break cut."""
    return b.kind in ("list_item", "paragraph", "line") and text[b.start:b.end].lstrip()[:1].islower()




_MAX_TAIL_WORDS = 3


def title_tail(blocks: tuple[Block, ...], k: int, text: str, title: str) -> str | None:
    """Rule family "wrapped title": PDF text may cut a title's last words into a block of their own, which segment reads
    as a heading or a paragraph ("NAJWAŻNIEJSZE WNIOSKI Z III EDYCJI (SZCZEBRZESZYN," / "2033)" over the list; "Main
    conclusions of the" / "forum"): ``blocks[k]``, one line of at most three words opening with a figure or in lower case,
    right over a list item,
    after a ``title`` without closing punctuation, is the rest of that title."""
    if not title or title[-1] in ".!?:;" or k + 1 >= len(blocks) or blocks[k].kind == "list_item" \
            or blocks[k + 1].kind != "list_item" or "\n" in text[blocks[k].start:blocks[k].end].strip():
        return None
    tail = " ".join(text[blocks[k].start:blocks[k].end].split())
    return tail if tail and len(tail.split()) <= _MAX_TAIL_WORDS and (tail[0].isdigit() or tail[0].islower()) else None




def list_follows(blocks: tuple[Block, ...], k: int, text: str) -> bool:
    """A list starts at ``blocks[k]``, perhaps after a short group lead-in ("For SMEs:", "Short term:") or after an
    introduction closed by a colon ("The two rapporteurs summed up the forum in four messages, which …:")."""
    if k < len(blocks) and blocks[k].kind != "list_item" and (body := text[blocks[k].start:blocks[k].end].rstrip()).endswith(":"):
        k += 1 if len(body.split()) <= MAX_GROUP_WORDS or not is_lead_in(body) else len(blocks)
    return k < len(blocks) and blocks[k].kind == "list_item"


_MAX_POINT_CHARS = 350  # a stand-alone paragraph longer than this is prose, not a point
_MAX_POINTS = 15


def paragraph_points(blocks: tuple[Block, ...], first: int, text: str, section_start: int, rules: Rules) -> list[Block]:
    """Without list markup, short one-point paragraphs up to the next heading ("Key messages" then
    one sentence per paragraph, as in Markdown without bullets); none when any of them is prose. A title line
    without closing punctuation after points that end in a full stop ends them ("What happens next").
    ``section_start`` is the heading's start (or, for a title line that segment left a "line", its section's).

    Rule family "addressed recommendations": paragraphs that open with an addressee label ("To the European Commission:
    open the next call …", ``key_message_lists.addressee_label``) are points without their label, and a paragraph of
    prose after two of them or more ends them ("What these recommendations have in common is …") instead of making
    the section prose."""
    points: list[Block] = []
    addressees = addressee_pattern(rules.data_dir)
    addressed = 0
    for b in blocks[first:]:
        if b.kind == "heading" or b.section_start != section_start:
            break
        body = " ".join(text[b.start:b.end].split())
        if b.kind == "line" and points and body[-1:] not in ".!?" and all(
                text[p.start:p.end].rstrip()[-1:] in ".!?" for p in points):
            break  # "What happens next" after points written as sentences: the next section's title
        if b.kind in ("paragraph", "line") and len(points) == addressed and (start := addressee_label(text, b.start, b.end, addressees)):
            points.append(replace(b, start=start))
            addressed += 1
            continue
        if addressed >= 2 and addressed == len(points):
            break  # the prose after the addressed recommendations
        if b.kind not in ("paragraph", "line") or len(body) > _MAX_POINT_CHARS or len(re.findall(r"[.!?](?:\s|$)", body)) > 2:
            return []
        if not is_statement(body):
            return []  # "Deadline" / "14 January 2027": the cells of a key-facts table, no messages
        if numbered_items(text, b.start, b.end) is not None or inline_points(text, b.start, b.end, rules, under_heading=True):
            return []  # "… conclude that (1) …, (2) …", "recommends that …, that … and that …": its items are the points (inline rules)
        if is_account(body, rules.data_dir):
            return []  # "Ana Novak recalled that …": the meeting's narrative
        points.append(b)
    return points if 2 <= len(points) <= _MAX_POINTS else []


_MAX_COLON_LEAD_WORDS = 6


def colon_lead_heading(blocks: tuple[Block, ...], first: int, text: str) -> Block | None:
    """Rule family "colon lead-in heading": the short line ending in a colon right under a key-message heading that
    names who decided or concluded ("9. Decisions" / "The General Assembly:", "Beschlüsse" / "Die
    Mitgliederversammlung:", "Conclusions" / "The working group:"), which segment made a heading of its own; the one-point
    paragraphs below it are the heading's points. Returns that line's block."""
    if first >= len(blocks) or blocks[first].kind != "heading":
        return None
    body = " ".join(text[blocks[first].start:blocks[first].end].split())
    return blocks[first] if body.endswith(":") and len(body.split()) <= _MAX_COLON_LEAD_WORDS else None
