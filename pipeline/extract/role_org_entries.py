"""Family ``org-entry-head`` of :mod:`pipeline.extract.role_orgs`: the organisation an entry of a members' list opens
with, for the contact person the entry names.

New-member lists, member directories and exhibitor lists give each organisation an entry (a list item, or a block of
lines after a blank line) that opens with its name, says what it does, and closes with its contact: "- Acme Sensors
GmbH (Graz) – radar modules for trucks. CEO: Jane Doe.", "Acme Yachts S.r.l. — Viareggio\\nMotor yachts. Contact:
John Roe, sales director", "- Town of Acme – first municipal member; contact: deputy mayor Jane Doe". The person is
introduced by a label after the description, on the same line: a contact label of ``data/role_entry_contact_labels.txt`` or the role itself ("CEO: Jane Doe");
the organisation mention that opens the entry (after a list mark, or in brackets after a short brand name: "Acme
(Acme Yachts S.r.l.) — Livorno") is the person's, whatever other organisations the description names between.

Family ``org-item-head``: a list item that opens with an organisation, a colon or a dash (its place or acronym in
brackets may stand between) and then says who stands for it, with no label: exhibitor lists, award shortlists, minutes'
contributions, team lines ("- Acme Boxes AB (Karlstad): folding cartons. At our stand: Jane Doe, CEO, and John Roe,
sales", "- Acme Photonics S.r.l. (Catania) – gas sensors; CEO Jane Doe", "- Acme Cluster: coordinator Jane Doe proposed
…", "- Acme Cluster (AC) – Jane Doe, manager; John Roe"). Every person named later on that item's line is the
organisation's (the families that read an organisation next to the person go first). A heading or a label that is no
organisation mention (a topic, a session, a prize: "- Panel 2: …", "- Innovation Award: …") names none.

Family ``org-indented-head``: a directory or contact list whose entries are an organisation's line flush left and its
people on indented lines under it, with no blank line between the entries ("Acme Foods Kft., Pécs\n   Representative:
Jane Doe, director\n   Focus: dairy\nBeta Agro OOD, Ruse\n   Representative: …", "Beneficiary 3\nAcme GmbH – Graz,
Austria\n  Contact ........ John Roe, CEO\n  Deputy ......... Ann Poe"): the flush-left line above the person's indented
line, every line between indented too, when it holds the organisation mention alone (its acronym, places after commas or
a dash). The person's line opens with a short label closed by a colon or a dotted leader, or with the role.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.shapes import Span
from pipeline.extract.statement_parts import UPPER
from pipeline.records import OrgMention

_ENTRY_REACH = 400  # characters back from the label to the entry's opening
_ENTRY_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:[-–—•*►]|\d{1,2}[.)])[ \t])")  # a blank line, a list item's line
_ENTRY_LEAD = re.compile(r"[ \t]*(?:[-–—•*►]|\d{1,2}[.)])?[ \t*_]*")  # a list mark, bold or italic marks
_LIST_MARK = re.compile(r"[ \t]*(?:[-–—•*►]|\d{1,2}[.)])[ \t]")
_NEW_LINE = re.compile(r"\n(?=\S)")  # a line that is not indented
_BRAND_LEAD = re.compile(r"[ \t]*(?:[-–—•*►]|\d{1,2}[.)])?[ \t*_]*[A-Z][\w&'’.-]*(?:[ \t][A-Z][\w&'’.-]*)?[ \t*_]*\([ \t]*")
_LABEL_COLON = re.compile(r"[ \t]*:[ \t]*")
_ITEM_LEAD = re.compile(r"[ \t]*(?:[-–—•*►]|\d{1,2}[.)])[ \t]+[*_]*")  # a list item's mark, bold or italic marks
# after the item's organisation: its place or acronym in brackets, the colon or dash that closes the item's head
_ITEM_HEAD_GAP = re.compile(r"[*_]*[ \t]*(?:\([^()\n]{1,60}\)[ \t]*[*_]*[ \t]*)?(?::|[–—]|-(?=[ \t]))")


@lru_cache(maxsize=4)
def _contact_label_re(data_dir: Path | None) -> re.Pattern[str] | None:
    labels = data_lines(data_dir / "role_entry_contact_labels.txt") if data_dir else ()
    if not labels:
        return None
    # (person titles may follow the label: "Contact: arch. Jane Doe", "Contact: Prof. Dr. Jane Doe")
    return re.compile(r"(?:^|(?<=[\s.;,–—(]))(?i:" + phrase_alternation(labels, r"[ \t]+") + r")[ \t]*:[ \t]*"
                      r"(?:[A-Za-z][a-z]{0,5}\.[ \t]*){0,3}$")


def contact_label_before(text: str, pos: int, data_dir: Path | None) -> int | None:
    """Where a contact label of ``data/role_entry_contact_labels.txt`` right before ``pos`` starts ("Contact: |Jane
    Doe", "Questions: |Jane Doe"), or None."""
    label = _contact_label_re(data_dir)
    m = label.search(text, max(0, pos - 30), pos) if label is not None else None
    return m.start() if m is not None else None


def _labelled(text: str, person: Span, role: Span, data_dir: Path | None) -> int | None:
    """Where the label that introduces the statement starts: a contact label right before the statement ("Contact:
    Jane Doe, CEO", "contact: deputy mayor Jane Doe"), or the role as a label before the name ("CEO: Jane Doe")."""
    at = contact_label_before(text, min(person.start, role.start), data_dir)
    if at is not None:
        return at
    if role.end <= person.start and _LABEL_COLON.fullmatch(text, role.end, person.start):
        return role.start
    return None


def entry_head_org(text: str, person: Span, role: Span, starting_at: Callable[[int], OrgMention | None],
                   data_dir: Path | None) -> OrgMention | None:
    """Family ``org-entry-head`` (see the module doc): ``starting_at`` gives the organisation mention that starts at a
    position."""
    at = _labelled(text, person, role, data_dir)
    if at is None or not re.search(r"\w", text[text.rfind("\n", 0, at) + 1:at]):
        return None  # the label closes the entry's description; one opening its line is a field of its own ("Rapporteur:")
    floor = max(0, at - _ENTRY_REACH)
    breaks = [m.end() for m in _ENTRY_BREAK.finditer(text, floor, at)]
    if not breaks:
        return None  # the entry opens too far back, or the text has no entries
    start = breaks[-1]
    if _LIST_MARK.match(text, start) and _NEW_LINE.search(text, start, at + 1):
        return None  # a list item is its line (and the indented lines it wraps onto): a line after the list is not in it
    lead = _ENTRY_LEAD.match(text, start)
    org = starting_at(lead.end())
    if org is None:
        brand = _BRAND_LEAD.match(text, start)
        org = starting_at(brand.end()) if brand is not None else None
    if org is None or org.end > at:
        return None
    return org


def item_head_org(text: str, person: Span, starting_at: Callable[[int], OrgMention | None]) -> OrgMention | None:
    """Family ``org-item-head`` (see the module doc): the organisation mention that opens the list item on the
    person's line, before a colon or a dash; ``starting_at`` gives the organisation mention that starts at a position."""
    line = text.rfind("\n", 0, person.start) + 1
    lead = _ITEM_LEAD.match(text, line, person.start)
    org = starting_at(lead.end()) if lead is not None else None
    if org is None or org.end > person.start:
        return None
    gap = _ITEM_HEAD_GAP.match(text, org.end, person.start)
    return org if gap is not None else None


_BLOCK_LINES = 3  # lines under the block's organisation line: its description, the contact
# after the block's organisation: its acronym in brackets, places after commas or a dash (capitalised: "Acme Committee –
# chaired by" runs on into a sentence), nothing else on the line
_BLOCK_HEAD_REST = re.compile(r"[*_]*(?:[ \t]*\([^()\n]{1,60}\))?[*_]*(?:[ \t]*(?:,|[–—]|-(?=[ \t]))[ \t]*" + UPPER + r"[^\n,;:.()]{0,39}(?:\([^()\n]{1,30}\))?){0,3}[ \t*_]*$")
# before the person on its line: a list mark, a short label ("Contact:", "Managing director:"), person titles
_BLOCK_PERSON_LEAD = re.compile(r"[ \t]*(?:[-•*►][ \t]+)?[*_]*(?:[^\n:.;]{1,30}:[ \t]*)?(?:[A-Za-z][a-z]{0,5}\.(?:-[A-Za-z][a-z]{0,5}\.)?[ \t]*){0,3}[*_]*")


_BLOCK_FIELD = re.compile(r"[ \t]*[^\n:.;]{1,30}:")
# before the person on an indented line: the indent, a list mark, a short label closed by a colon or a dotted leader
# ("Representative: ", "Contact ........ "), person titles ("Univ.-Prof. Dipl.-Ing. Dr. ")
_INDENTED_PERSON_LEAD = re.compile(r"[ \t]+(?:[-•*►][ \t]+)?[*_]*(?:[^\n:.;]{1,30}(?::|[ \t]*\.{3,})[ \t]*)?"
                                   r"(?:[A-Za-z][a-z]{0,5}\.(?:-[A-Za-z][a-z]{0,5}\.)?[ \t]*){0,4}[*_]*")
_INDENTED_LINES = 6  # indented lines under the organisation's line: its people and fields


def _led_line(text: str, person: Span, role: Span | None, lead: re.Pattern[str]) -> int | None:
    """The start of the person's line when only ``lead`` stands before the person, or before the statement's role when
    it opens the line ("Managing director: Jane Doe"); else None."""
    line = text.rfind("\n", 0, person.start) + 1
    first = role.start if role is not None and line <= role.start < person.start else person.start
    return line if lead.fullmatch(text, line, first) else None


def block_head_org(text: str, person: Span, role: Span | None, starting_at: Callable[[int], OrgMention | None]) -> OrgMention | None:
    """Family ``org-block-head`` (see the module doc): the statement's role before the name on its line opens it
    ("Managing director: Jane Doe"); ``starting_at`` gives the organisation mention that starts at a position."""
    line = _led_line(text, person, role, _BLOCK_PERSON_LEAD)
    if line is None:
        return None
    for _ in range(_BLOCK_LINES):
        if line == 0:
            return None
        start = text.rfind("\n", 0, line - 1) + 1
        if not text[start:line - 1].strip():
            return None  # a blank line: the block opened with no organisation line
        if start == 0 or not text[text.rfind("\n", 0, start - 1) + 1:start - 1].strip():
            lead = _ENTRY_LEAD.match(text, start)
            org = starting_at(lead.end())
            rest = _BLOCK_HEAD_REST.match(text, org.end, line - 1) if org is not None else None
            # (a heading of one word alone, "Attendance", is no organisation line: a single word needs its acronym or place)
            return org if rest is not None and (" " in org.text.strip() or rest.end() > org.end + 2) else None
        if _BLOCK_FIELD.match(text, start):
            return None  # a field of a form between ("Excused: …"): the block is a form's, not an organisation's
        line = start
    return None


def indented_head_org(text: str, person: Span, role: Span | None, starting_at: Callable[[int], OrgMention | None]) -> OrgMention | None:
    """Family ``org-indented-head`` (see the module doc): the organisation line flush left over the person's indented
    line; ``starting_at`` gives the organisation mention that starts at a position."""
    line = _led_line(text, person, role, _INDENTED_PERSON_LEAD)
    if line is None:
        return None
    for _ in range(_INDENTED_LINES):
        if line == 0:
            return None
        start = text.rfind("\n", 0, line - 1) + 1
        if not text[start:line - 1].strip():
            return None  # a blank line: the entry has no organisation line
        if text[start] not in " \t":
            org = starting_at(_ENTRY_LEAD.match(text, start).end())
            rest = _BLOCK_HEAD_REST.match(text, org.end, line - 1) if org is not None else None
            return org if rest is not None else None
        line = start
    return None
