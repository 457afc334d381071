"""Where a document says who publishes it, besides its letterhead (:mod:`pipeline.extract.role_own_org`,
``own_organisation``): its footer and its functional mailbox.

An annual report whose cover gives only "Annual Activity Report 2032", a board's notes, a press release or an
events page name their organisation at the end instead: an imprint or copyright line ("Imprint: Acme Cluster
GmbH, Main Street 1, Graz", "© 2031 Acme Cluster · Privacy"), a publisher's line ("Report prepared by the ACN
secretariat"), the organisation's own address line or signature ("Acme Cluster ASBL · Rue Haute 9, 4000 Liège",
a last line that is the name alone), or a press release's "About Acme Cluster" paragraph; or they give only the
address of a functional mailbox of the organisation ("Questions: board@acmecluster.example", "Contact:
info@acn.example · Harbour Road 31"), not a person's. A governance or "About us" page opens by describing its
organisation ("Governance" / "Acme Cluster is an association of 80 companies …"). A letterhead or byline spells a
name the text's organisation mentions read elsewhere ("Appointments at Acme Cluster" … "the network Acme Cluster,
…"). Labels, mailbox names and the self-description's words: ``data/role_own_publisher.txt``. A team page's "About"
paragraph that opens with an organisation's name is about that organisation, whatever partners it names after it
(``intro_subject``); and the organisation found is named as the text defines it with its acronym where the letterhead
writes it in capitals or with its legal form (``defined_form``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.lexicon import load_lexicon
from pipeline.extract.role_email_org import domain_orgs
from pipeline.extract.span_index import phrase_spans
from pipeline.records import OrgMention

_FOOT_LINES = 4  # the last lines with words: an imprint, address line, signature or contact line
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@([\w-]+)\.[\w.-]*\w")
_ADDRESS_AFTER = re.compile(r"[ \t]*(?:[·|,]|[–—]|-(?=[ \t]))[^\n]*\d")  # "· Rue Haute 9, 4000 Liège", ", No. 6543"
_LINE_END = re.compile(r"[ \t.]*$")
_ABOUT_END = re.compile(r"[ \t*]*(?::|\n|$)")  # "About Acme Cluster" on a line of its own, or "About Acme Cluster: …"
MAIL_HEAD = re.compile(r"(?im)^[ \t*#]*(?:From|Subject|Sender|Posted by|Published by)\b[^\n]*")  # an e-mail head or byline


@lru_cache(maxsize=4)
def _sections(data_dir: Path | None) -> dict[str, list[str]]:
    return data_sections(data_dir / "role_own_publisher.txt") if data_dir else {}


@lru_cache(maxsize=4)
def _label_re(data_dir: Path | None, section: str) -> re.Pattern[str] | None:
    words = _sections(data_dir).get(section, [])
    return re.compile(r"(?:" + phrase_alternation(words, r"[ \t]+") + r")(?![\w-])", re.I) if words else None


@lru_cache(maxsize=4)
def _about_lead_re(data_dir: Path | None) -> re.Pattern[str] | None:
    """ "About", "About the" opening a line, before the organisation's name."""
    words = _sections(data_dir).get("about", [])
    return re.compile(r"[ \t*#]*(?i:" + phrase_alternation(words, r"[ \t]+") + r")[ \t]+(?i:the[ \t]+)?") if words else None


@lru_cache(maxsize=4)
def _mailboxes(data_dir: Path | None) -> frozenset[str]:
    return frozenset(w.lower() for w in _sections(data_dir).get("mailboxes", []))


# a web page's link bar under its imprint: short items between bars ("Privacy | Terms | Accessibility statement")
_LINK_BAR = re.compile(r"[ \t]*[^\W\d][^|\n\d]{0,30}(?:[ \t]+\|[ \t]+[^\W\d][^|\n\d]{0,30})+[ \t]*")
_LINK_ITEM_WORDS = 3


def _link_bar(line: str) -> bool:
    """A web page's footer bar of three links or more, each a few words, no digits ("Privacy | Terms | Cookies")."""
    parts = line.split("|")
    return len(parts) >= 3 and _LINK_BAR.fullmatch(line) is not None and all(len(p.split()) <= _LINK_ITEM_WORDS for p in parts)


def _foot_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text's last ``_FOOT_LINES`` lines with words, last first; a web page's link bar under the
    imprint ("Privacy | Terms | Accessibility statement") does not count as one of them."""
    out: list[tuple[int, int]] = []
    end = len(text)
    while end > 0 and len(out) < _FOOT_LINES:
        start = text.rfind("\n", 0, end) + 1
        if re.search(r"\w", text[start:end]) and not _link_bar(text[start:end]):
            out.append((start, end))
        end = start - 1
    return out


def _opens_line(text: str, start: int, org: OrgMention) -> bool:
    """The mention opens its line, perhaps after a copyright sign and a year ("© 2031 Acme Cluster")."""
    return re.fullmatch(r"[ \t*#>-]*(?:©[ \t]*)?(?:(?:19|20)\d\d[ \t]+)?", text[start:org.start]) is not None


def publisher_lines(text: str, orgs: list[OrgMention], data_dir: Path | None) -> list[tuple[int, int]]:
    """(start, end) of the lines, or names on them, that name the document's publisher: of its last lines, one that opens with an
    imprint, copyright or publisher label or says who prepared, published or operates it (``[labels]``: "Imprint:",
    "©", "Report prepared by the …", "… is operated by …"), or that opens with an organisation mention followed by
    an address or a registration number, or by nothing (a signature's or letterhead's last line); and anywhere, a
    press release's "About <organisation>" line (``[about]``)."""
    labels, about = _label_re(data_dir, "labels"), _about_lead_re(data_dir)
    out = []
    for start, end in _foot_lines(text):
        line = text[start:end]
        if labels is not None and labels.search(line):
            out.append((start, end))
            continue
        for o in orgs:
            if start <= o.start and o.end <= end and _opens_line(text, start, o) and (
                    _LINE_END.fullmatch(text, o.end, end) or _ADDRESS_AFTER.match(text, o.end, end)):
                out.append((o.start, o.end))  # (not the town or partner named in the address after it)
                break
    if about is not None:
        for o in orgs:
            line = text.rfind("\n", 0, o.start) + 1
            if about.fullmatch(text, line, o.start) and _ABOUT_END.match(text, o.end):
                out.append((line, o.end))
    return out


def mailbox_orgs(text: str, orgs: list[OrgMention], data_dir: Path | None) -> list[OrgMention]:
    """The organisations that the domain of a functional mailbox on the text's last lines names (``[mailboxes]``:
    "info@", "events@", "press@"; "Contact: info@acn.example" names ACN), not a person's address ("j.doe@",
    "jdoe@"): one per mailbox, the first mention of it."""
    boxes = _mailboxes(data_dir)
    found: dict[str, OrgMention] = {}
    for start, end in _foot_lines(text):
        for m in _EMAIL.finditer(text, start, end):
            if m.group(1).lower() not in boxes:
                continue
            for o in domain_orgs(m.group(2), orgs):
                found.setdefault(o.name, min((x for x in orgs if x.name == o.name), key=lambda x: x.start))
    return list(found.values())


@lru_cache(maxsize=4)
def _self_description_re(data_dir: Path | None) -> re.Pattern[str] | None:
    """ "is an", "is the" (``[self description]``) after the name and perhaps its acronym in brackets."""
    words = _sections(data_dir).get("self description", [])
    return (re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]+(?i:" + phrase_alternation(words, r"[ \t]+") + r")(?![\w-])")
            if words else None)


def self_described(text: str, lines: list[tuple[int, int]], orgs: list[OrgMention], data_dir: Path | None) -> list[OrgMention]:
    """The organisation mentions that open one of ``lines`` (the letterhead's) to describe the organisation
    (``[self description]``: "Acme Cluster (AC) is a company limited by guarantee …", "Acme Cluster is an
    association …"): the page is the organisation's own "About" or governance page."""
    words = _self_description_re(data_dir)
    if words is None:
        return []
    return [o for o in orgs if any(s <= o.start < e and not text[s:o.start].strip(" \t*#") for s, e in lines)
            and words.match(text, o.end)]


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")  # "Island Acme Cluster Policy": part of another name
_LINE_LABEL = re.compile(r"[ \t*#>-]*[\w-]+:[ \t]")  # "Venue: Beta University, Aula Magna": a place, no letterhead


def spelled_on(text: str, lines: list[tuple[int, int]], orgs: list[OrgMention]) -> list[OrgMention]:
    """The name of an organisation mention written as it is on one of ``lines`` (the letterhead's) where no mention
    was read ("Appointments at Acme Cluster: a new managing director", a byline "by the Acme Cluster team"): one
    hit, the name's first mention, per place the name is written. Not a name after a capitalised word, inside a
    longer one ("Island Acme Cluster Policy Conference"); not a one-word name in lower case after its capital
    ("Flanders" is as often a place; "AcmeNet", "ACN" are names); not on a line after a one-word label ("Venue:
    Beta University", "Date: …")."""
    firsts = {o.name: o for o in sorted(orgs, key=lambda o: o.start, reverse=True)}
    out = []
    for s, e in lines:
        if _LINE_LABEL.match(text, s, e) and not MAIL_HEAD.match(text, s, e):
            continue
        for name, first in firsts.items():
            if " " not in name and name[1:].islower():
                continue
            for ms, me in phrase_spans(text, [name], lo=s, hi=e):
                if (_CAPITALISED_BEFORE.search(text, s, ms)
                        or any(o.start < me and ms < o.end for o in orgs)):
                    continue
                out.append(first)
    return out


_SUBJECT_LEAD = re.compile(r"[ \t*]*(?:the[ \t]+)?", re.I)
_PROSE_WORDS = 8  # words on a paragraph's first line that make it a sentence, not a list entry or a card's line
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–—•*►]|\d{1,2}[.)])[ \t]")


def intro_subject(text: str, intro: list[tuple[int, int]], orgs: list[OrgMention]) -> OrgMention | None:
    """The organisation mention that opens a team or board page's "About" paragraph (``role_own_org.team_page_intro``),
    perhaps after "The": the paragraph's subject, the organisation the page is about ("Our team" / "Acme Cluster was set
    up in 2019 by 23 companies …, the University of Beta and …"), which counts as named there as a self-description
    does; the other organisations the paragraph names are its members or partners, not the page's. When no mention
    opens it, the first a paragraph of prose names (its first line a sentence of some words, no list item): the page's
    organisation under another name or after it ("Board" / "Acme, the Acme Cluster of Beta, brings together …";
    "Management" / "The cluster is run by Acme Cluster GmbH …"); not the first entry of a list right under the heading
    ("- Jane Doe, Chair, Acme Foods Ltd"). None when the paragraph names none."""
    if not intro:
        return None
    start, end = intro[0]
    ordered = [o for o in sorted(orgs, key=lambda o: o.start) if start <= o.start < end and not o.rule.startswith("coref:")]
    first_line = text[start:end].split("\n", 1)[0]
    prose = len(first_line.split()) >= _PROSE_WORDS and not _LIST_ITEM.match(first_line)
    return next((o for o in ordered if _SUBJECT_LEAD.fullmatch(text, start, o.start)), ordered[0] if ordered and prose else None)


def defined_form(own: OrgMention, orgs: list[OrgMention], data_dir: Path | None) -> OrgMention:
    """Family ``own-org``, the name it gives: the own organisation as the text defines it with its acronym, where the letterhead
    or footer writes the same name in capitals or with its legal form ("GRAND DUCHY LOGISTICS ALLIANCE a.s.b.l." on
    the letterhead, "the Grand Duchy Logistics Alliance (GDLA)" in the text): the first mention that carries the
    acronym, so the office's row names the organisation by the name and acronym the text gives it; ``own`` when
    no mention defines one."""
    if own.acronym or data_dir is None:
        return own
    forms = load_lexicon(data_dir).legal_forms
    name = " ".join(own.name.split())
    for o in orgs:
        other = " ".join(o.name.split())
        rest = name[len(other):]  # (", a.s.b.l.", " GmbH": the form's pattern holds its separator)
        if o.acronym and name.lower().startswith(other.lower()) and (not rest or forms.fullmatch(rest) or forms.fullmatch(rest + ".")):
            return o
    return own
