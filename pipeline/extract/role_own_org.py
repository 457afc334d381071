"""Family ``own-org`` of :mod:`pipeline.extract.role_orgs`: the document's own organisation.

An organisation that writes about itself (its minutes and board notes, its annual report, its newsletter or
press release) names itself once at the top, on its letterhead line, in the e-mail head ("From: Acme Cluster
<news@…>", "Subject: Minutes – Board meeting no. 12, Acme Cluster") or in a byline ("Posted by Acme
Cluster"), and then states its own people's offices without saying whose: "Treasurer Jane Doe presented the
accounts", "In attendance: John Roe, project officer (minutes)", "Board: Jane Doe (Chair)". Such a role, a
title of ``data/role_own_offices.txt`` (role_own_offices.py) or any role after "our", stated with no organisation
of its own, is held in that organisation; so is any person listed with no organisation of their own on a line
labelled as its team ("Team: Jane Doe (director), John Roe", family ``own-team``, ``data/role_own_team_labels.txt``).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from dataclasses import replace

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.doc_cues import load_doc_cues
from pipeline.extract.doc_titles import navigation_line
from pipeline.extract.role_own_board import board_cue_re
from pipeline.extract.role_own_headings import heading_is, own_heading_words
from pipeline.extract.role_own_short_names import short_name_orgs
from pipeline.extract.role_own_publisher import (MAIL_HEAD, defined_form, intro_subject, mailbox_orgs, publisher_lines,
                                                 self_described, spelled_on)
from pipeline.extract.shapes import Span, clean
from pipeline.extract.role_fields import kind_nouns
from pipeline.extract.role_org_kind_phrases import kind_phrase_nouns_in
from pipeline.extract.statement_parts import Statement
from pipeline.normalise import fold
from pipeline.records import OrgMention

_LETTERHEAD_WORDS = 8  # a letterhead line after the title names the organisation, not a sentence of the text's body
_HEAD_LINES = 3  # the letterhead: the first lines with words (navigation bars aside)
_NAV_SEPARATOR = re.compile(r"[|›>»·]|(?<!\d)/|/(?!\d)")  # "4/2034", "2031/32" are an issue's number, no separator
_ISSUE_PART = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year: a letterhead's issue or date, no menu item
_NAV_ITEM_WORDS = 4  # a menu or breadcrumb item is short; a letterhead part names an organisation or a report
_HEAD_SPLIT = re.compile(r"[ \t]+[–—|/·-]+[ \t]+|[ \t]*\([^)\n]*\)|,[ \t]")


def name_holds(name: str, words: str) -> bool:
    """``words`` stand whole in the organisation's ``name``, in any case ("cluster" in "Acme Cluster", not in
    "Clusterland")."""
    return re.search(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])", name, re.I) is not None


@lru_cache(maxsize=4)
def _self_reference_re(data_dir: Path | None) -> re.Pattern[str]:
    """ "the cluster", "our association": a kind noun after "the" or "our"."""
    return re.compile(r"(?<![\w-])(?:the|our)[ \t\n]+(" + phrase_alternation(kind_nouns(data_dir), r"[ \t\n]+") + r")(?![\w-])", re.I)


def _navigation(line: str, data_dir: Path | None) -> bool:
    """A menu, breadcrumb, share or browser-view bar: three parts or more between separators ("Home | About | News",
    "News › Events › Our autumn workshop"), two parts of a few words each ("Home › News"), or a line the title
    finder skips as navigation (doc_titles.navigation_line: "View this e-mail in your browser | Unsubscribe"). A
    letterhead of two parts ("Acme Water Cluster (AWC) · Annual Report 2031") is not, nor is a newsletter's or
    dateline's of more with a year in one part ("Pulse · Acme Cluster newsletter · Issue 4 · Winter 2031/32",
    "12.03.2031 | News | Acme Cluster")."""
    if data_dir is not None and navigation_line(line, load_doc_cues(data_dir)):
        return True
    parts = _NAV_SEPARATOR.split(line)
    if len(parts) < 2 or any(_ISSUE_PART.search(p) for p in parts):
        return False
    return len(parts) > 2 or all(len(p.split()) <= _NAV_ITEM_WORDS for p in parts)


def _date_header(line: str, data_dir: Path | None) -> bool:
    """An e-mail's date header line ("Date: Tue, 14 Mar 2034 09:12:00 +0100", which opens an e-mail's text): it
    dates the message and names no writer (header names: ``email_date_header`` rows of the metadata cues)."""
    return data_dir is not None and load_doc_cues(data_dir).email_date.match(line) is not None


def _head_lines(text: str, data_dir: Path | None = None) -> list[tuple[int, int]]:
    """(start, end) of the document's first lines with words, navigation, share bars and an e-mail's date header
    skipped; an issue or dateline bar ("Newsletter 3/2031 · May 2031", "12.03.2031 | News | Acme Cluster") is one
    of them but leaves the letterhead its ``_HEAD_LINES`` other lines."""
    out: list[tuple[int, int]] = []
    pos, lines = 0, 0
    while pos < len(text) and lines < _HEAD_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        if re.search(r"\w", line) and not line.startswith("<") and not _navigation(line, data_dir) and not _date_header(line, data_dir):
            out.append((pos, end))
            lines += not (len(_NAV_SEPARATOR.split(line)) > 1 and _ISSUE_PART.search(line))
        pos = end + 1
    return out


_NAME_THEN_DASH = re.compile(r"[ \t]+[–—|·-][ \t]+\S")


def _opens_with_name(text: str, start: int, end: int, org: OrgMention) -> bool:
    """A first line of any length that opens with the organisation's name, then a dash and its description: a
    letterhead as much as a short one ("Acme Klynge – foreningen for landbrugsteknologi i Viborg-området")."""
    return (start <= org.start and org.end < end and not text[start:org.start].strip(" \t#*")
            and _NAME_THEN_DASH.match(text, org.end, end) is not None)


def own_organisation(text: str, orgs: list[OrgMention], data_dir: Path | None = None) -> OrgMention | None:
    """The organisation the document is written by: of the organisation mentions on its first lines with words
    or on an e-mail head or byline line among its first ten lines, the one the document names most often (twice
    at least: a name met once on a title line is what the document is about, not who writes it); a letterhead in
    capitals ("ACME CLUSTER – ANNUAL REPORT 2026", "ACME KLYNGE – ACME CLUSTER") counts as one mention of the name a
    mention elsewhere spells, and so does the text's calling itself by a kind noun of the name on the title line or
    a short letterhead line ("Acme Cluster – Minutes of the General Assembly" … "the cluster was founded in 2016":
    ``data/role_org_kind_nouns.txt``). The publisher's lines at the end (an imprint, copyright or address line, a
    press release's "About Acme Cluster") are read like the first lines, the kind noun counting for them as for a
    letterhead ("… the cluster runs …" over "Acme Blue Cluster · Harbour Road 14, Marsa"); a functional mailbox there whose domain
    names an organisation ("info@acme.example"), a letterhead line's opening self-description ("Acme Cluster is
    an association …") and the name a mention elsewhere spells written on a first line where no mention was read
    ("Appointments at Acme Cluster", "by the Acme Cluster team") count as one mention each (role_own_publisher.py), as
    does a letterhead name's first word, a compound short name, written alone ("Acmeklyngen", role_own_short_names.py)."""
    if not orgs:
        return None
    head = _head_lines(text, data_dir)
    top = text[:sum(len(x) + 1 for x in text.split("\n")[:10])]
    intro = team_page_intro(text, data_dir)
    subject = intro_subject(text, intro, orgs)
    spans = head + [(m.start(), m.end()) for m in MAIL_HEAD.finditer(top)] + ([(subject.start, subject.end)] if subject else intro)
    foot = publisher_lines(text, orgs, data_dir)
    spans += foot
    ordered = sorted(orgs, key=lambda o: o.start)
    counts = Counter(o.name for o in orgs)
    firsts = {o.name: o for o in reversed(ordered)}
    # (an anaphor on a first line, "Board of Directors" read as "the Board" of some longer name, names no publisher)
    found = [o for o in ordered if not o.rule.startswith("coref:") and any(s <= o.start and o.end <= e for s, e in spans)]
    by_name = {fold(o.name.lower()): o for o in reversed(ordered)}  # (lower case first: "WROCŁAW" is "Wrocław")
    letterhead = [(s, e) for i, (s, e) in enumerate(head) if i == 0 or len(text[s:e].split()) <= _LETTERHEAD_WORDS]
    on_letterhead = {o.name: o for o in found if any(s <= o.start and o.end <= e for s, e in letterhead + foot)
                     or any(_opens_with_name(text, s, e, o) for s, e in head)}  # (a foot's address line as a letterhead)
    for s, e in head:
        line = text[s:e].strip(" #*")
        for part in dict.fromkeys([line] + _HEAD_SPLIT.split(line)):  # the whole line, or one of its parts
            hit = by_name.get(fold(part.strip().lower()))
            if hit is not None and part.strip().isupper():
                counts[hit.name] += 1
                found.append(hit)
                if (s, e) in letterhead:  # "ACME CLUSTER (Acme Klynge)" … "the cluster": the kind noun counts too
                    on_letterhead.setdefault(hit.name, hit)
    hits = mailbox_orgs(text, orgs, data_dir) + self_described(text, head, orgs, data_dir) + spelled_on(text, head, orgs)
    hits += short_name_orgs(text, list(on_letterhead.values()), orgs, data_dir)  # "Acmeklyngen" (role_own_short_names.py)
    for hit in hits + [subject] * bool(subject):
        counts[hit.name] += 1
        found.append(hit)
    nouns = {" ".join(m.group(1).lower().split()) for m in _self_reference_re(data_dir).finditer(text)} if data_dir else set()
    nouns |= kind_phrase_nouns_in(text, data_dir)  # "klyngens sekretariat", "del clúster" (role_org_kind_phrases.py)
    for o in on_letterhead.values():
        if any(name_holds(o.name, n) for n in nouns):
            counts[o.name] += 1
    best = max(found, key=lambda o: counts[o.name], default=None)  # (the first of the most named)
    return defined_form(firsts[best.name], ordered, data_dir) if best is not None and counts[best.name] >= 2 else None


_PARAGRAPH_AFTER = re.compile(r"\n[ \t]*\n[ \t]*(\S[^\n]*(?:\n[ \t]*\S[^\n]*)*)")  # a blank line, then a paragraph
_INTRO_REACH = 400  # characters from the text's start to a team page's heading: its title, not a later section


def team_page_intro(text: str, data_dir: Path | None) -> list[tuple[int, int]]:
    """A team page's "About" line: the paragraph right after a heading of ``data/role_own_team_headings.txt`` at the
    top of the text ("Meet the team" / "We are twelve people working for Acme Cluster (AC) …"), or of a board or
    governance page's heading of ``data/role_own_page_headings.txt`` ("Board and team" / "Acme Cluster is the
    hydrogen cluster of …"), which names the organisation the page is about; [] when the text opens otherwise."""
    page = [r for r in (_team_heading_re(data_dir), _team_heading_re(data_dir, "role_own_page_headings.txt")) if r is not None]
    heading = next((h for h in _headings(text, 0, _INTRO_REACH) if any(heading_is(r, h[3]) for r in page)), None)
    if heading is None:
        return []
    m = _PARAGRAPH_AFTER.match(text, text.find("\n", heading[0]))
    return [(m.start(1), m.end(1))] if m else []


_UNIT_AFTER = re.compile(r"[ \t]*(?:,|\(|[–—])[ \t]*([^,;:.()\n–—]{3,40}?)[ \t]*(?:[,;.)\n]|[–—]|$)")


def own_unit_after(text: str, pos: int, data_dir: Path | None) -> bool:
    """Family ``own-unit``: the name that ends at ``pos`` is followed by one of the organisation's own units of
    ``data/role_own_offices.txt`` ("Minutes: Jane Doe, cluster office", "John Roe (secretariat)"): a staff member
    of the document's own organisation, with no role stated."""
    m = _UNIT_AFTER.match(text, pos)
    return m is not None and re.sub(r"[ \t]+", " ", m.group(1)).lower() in own_units(data_dir)


_LIST_LEAD = r"[ \t]*(?:[-–—•*►]|\d{1,2}[.)])?[ \t]*"
_LABEL_LINE = re.compile(_LIST_LEAD + r"[^\n:]{2,40}:")  # a line that opens with some label ("Guests:", "Present:")
_TEAM_LINES = 3  # the label's line and the lines a long list wraps onto


@lru_cache(maxsize=4)
def _team_label_re(data_dir: Path | None) -> re.Pattern[str] | None:
    labels = own_heading_words(data_dir, "role_own_team_labels.txt")
    if not labels:
        return None
    return re.compile(_LIST_LEAD + r"(?i:(?:our|the)[ \t]+)?(?i:" + phrase_alternation(labels, r"[ \t]+") + r")[ \t]*:")


def on_team_line(text: str, pos: int, data_dir: Path | None) -> bool:
    """Family ``own-team``: the name at ``pos`` is listed on a line that opens with a label of the organisation's own
    staff (``data/role_own_team_labels.txt``: "Team: Jane Doe (director), John Roe (projects)", "Cluster office: Jane
    Doe (managing director)"), or on a line such a list wraps onto (no blank line, no other label between)."""
    team = _team_label_re(data_dir)
    if team is None:
        return False
    start = text.rfind("\n", 0, pos) + 1
    for _ in range(_TEAM_LINES):
        if team.match(text, start):
            return True
        if start == 0 or _LABEL_LINE.match(text, start):
            return False
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text[prev:start].strip():
            return False
        start = prev
    return False


_HEADING_LINE = re.compile(r"(?m)^[ \t]*(#{1,6}[ \t]+)?(\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?\**([^\n#*]{1,60}?)\**[ \t]*$")
_SECTION_REACH = 6000  # characters after the heading: a staff section is a page's part, not the rest of a long report


@lru_cache(maxsize=8)
def _team_heading_re(data_dir: Path | None, file: str = "role_own_team_headings.txt") -> re.Pattern[str] | None:
    """A heading of ``data/role_own_team_headings.txt`` (or ``file``) or of its kind in any language
    (role_own_headings.py: "Biuro klastra", "Unser Team"), whole, perhaps after "meet", "our" or "the"."""
    words = own_heading_words(data_dir, file)
    if not words:
        return None
    return re.compile(r"(?i:(?:meet[ \t]+)?(?:our|the)?[ \t]*)(?i:" + phrase_alternation(words, r"[ \t]+") + r")")


def _blank_line(text: str, pos: int, before: bool) -> bool:
    """The line that ends (``before``) or starts at ``pos`` is blank, or ``pos`` is past the text's edge."""
    if pos <= 0 or pos >= len(text):
        return True
    line = text[text.rfind("\n", 0, pos) + 1:pos] if before else text[pos:(text.find("\n", pos) + 1 or len(text) + 1) - 1]
    return not line.strip()


def _headings(text: str, start: int, end: int):
    """The heading lines between ``start`` and ``end``: (start, Markdown rank or 0, numbered, words); a heading is a
    Markdown "#" line, or a short line with a blank line (or the text's edge) before and after."""
    for m in _HEADING_LINE.finditer(text, start, end):
        if m.group(1) or (_blank_line(text, m.start() - 1, before=True) and _blank_line(text, m.end() + 1, before=False)):
            yield m.start(), len((m.group(1) or "").strip()), m.group(2) is not None, m.group(3).strip()


def in_team_section(text: str, pos: int, data_dir: Path | None) -> bool:
    """Family ``own-team-section``: ``pos`` lies in a section whose heading is one of the document's own staff
    (``data/role_own_team_headings.txt``: "Meet the team", "3. MANAGEMENT TEAM", "Our team"), before any later
    heading that names a board (``[board cues]`` of ``data/role_own_offices.txt``: "Board of Directors") or is of the
    heading's own rank (a Markdown heading of its level or higher; a numbered heading after a numbered one)."""
    team, cues = _team_heading_re(data_dir), board_cue_re(data_dir)
    if team is None:
        return False
    found = None
    for start, rank, numbered, words in _headings(text, max(0, pos - _SECTION_REACH), pos):
        if heading_is(team, words):
            found = (rank, numbered)
        elif found is not None and ((cues is not None and cues.search(words)) or (found[0] and rank and rank <= found[0])
                                    or (found[1] and numbered)):
            found = None
    return found is not None


_FIELD_GAP = len(" of the ")


def with_own_team(st: Statement, text: str, own: OrgMention) -> Statement:
    """Family ``own-team`` for a role stated on a team line (:func:`on_team_line`) with no organisation: held in the
    document's own organisation. A span the statement read as the organisation right after the role, which no
    organisation mention covers, is the role's field ("Head of Programmes")."""
    if st.org is not None and st.role_span is not None and 0 <= st.org.start - st.role_span.end <= _FIELD_GAP:
        st = replace(st, role=clean(text[st.role_span.start:st.org.end]), role_span=Span(st.role_span.start, st.org.end))
    return replace(st, org=Span(own.start, own.end), rule=f"{st.rule}+own-team")


@lru_cache(maxsize=4)
def own_units(data_dir: Path | None) -> frozenset[str]:
    """The ``[units]`` section of ``data/role_own_offices.txt``, lower case ("cluster office", "secretariat")."""
    if data_dir is None:
        return frozenset()
    return frozenset(w.lower() for w in data_sections(data_dir / "role_own_offices.txt").get("units", []))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def own_unless_named_here(text: str, pos: int, near: OrgMention | None, own: OrgMention | None, noun: str) -> OrgMention | None:
    """Family ``org-kind-anaphor`` with the document's own organisation: a role that names its organisation by a kind
    noun ("the cluster manager, Jane Doe", "cluster manager John Roe") at ``pos`` belongs to the own organisation when
    its name holds the noun, unless ``near`` (the nearest organisation named before with the noun) is named in the
    role's own paragraph: a cluster's newsletter that told of another cluster in an earlier item still means itself
    by "the cluster"."""
    if own is None or near is None or near.name == own.name:
        return near
    if not name_holds(own.name, noun):
        return near
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, near.end, pos)]
    return own if breaks else near
