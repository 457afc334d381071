"""Rule ``"line:name-org-role"``: attendance, apologies and board lists whose entries give the name, then the
organisation, then the role that ends the entry, as minutes and annual reports write them:

    - Jane Doe - Acme Cluster (AC), project manager
    - John Roe (Beta Network), deputy WP2 leader
    Ann Lee, Gamma University – member
    Participants: …; Jane Doe (Acme Oy), member of the board, online.

The organisation is in brackets right after the name, or a capitalised segment after a comma or dash that holds no
role title (its acronym in brackets may follow); the role is the last segment, after a comma or dash: a role title,
perhaps after lower-case field words or a work-package code ("communication lead", "WP3 leader", "vice-president"), with
no organisation of its own, or a word that is a role only there ("member", data/role_entry_titles.csv). A note in brackets or a short lower-case note after a comma may close the entry
("(online)", ", online"). The entry opens a line (after a bullet and person titles), or follows a list label's colon
or a semicolon; it ends at the line's end or a semicolon. "Jane Doe, treasurer, Acme" (the role first) is
``line:name-role``'s; "Jane Doe (Acme) – Vice-President" with a capitalised role is ``board-entry-role``'s, which
this rule reads alike.

Rule ``"line:member-name"``, family "the member's word opens the line": Finnish, Estonian, Nordic and English board lists
also write the seat first, with no colon, the plain member's word as the other seats ("- puheenjohtaja …" above it is
``role-before-name-language``'s):

    - jäsen Jane Doe, Acme Oy
    - member John Roe (Beta University)
    • Mitglied Anna Beispiel – Gamma GmbH

Rule ``"line:name-role-bracket-org"``, family "the seat between the name and its organisation in brackets": "– Jane
Doe, član (Acme d.o.o.)", "John Roe – member (Beta University)", "- Anna Beispiel, treasurer (Gamma GmbH)": the role (a
role title with its lower-case field words, or the member's word) after a comma or dash, the organisation in brackets
closing the line.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span, clean, person_name_at, valid_person_name
from pipeline.extract.statement_apposed import after_titles
from pipeline.extract.statement_label_shapes import entry_title_keys, entry_titles
from pipeline.extract.statement_parts import BULLET, UPPER, Statement, role_segment

# Where an entry opens: a line's start (after a bullet), a list label's colon, a semicolon.
_ENTRY_START = re.compile(r"(?m)(?:^" + BULLET.pattern + r"|(?<=[:;])[ \t]+)")
_BRACKET = re.compile(r"[ \t]*\(([^()\n]{2,80})\)")
# The separator after the name and before the role: a comma or a dash with spaces around it.
_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]+[-–—][ \t]+|[ \t]*[–—][ \t]*")
# (a name may open with its quote mark and be written in Greek or Cyrillic capitals: "„Бек Мехатроника“ ЕООД", "«Acme» SRL")
_ORG_SEGMENT = re.compile(r"[„“\"«]?(?:" + UPPER + r"|[\u0386-\u03ab\u0400-\u042f])" + r"[^,;()\n–—]{1,80}?(?=[ \t]*(?:,|;|\(|[ \t]-[ \t]|[–—]|$))", re.M)
_ACRONYM = re.compile(r"[ \t]*\([A-Z][\w&.-]{1,14}\)")
# The role, then what may close the entry: a note in brackets, a short lower-case note after a comma, the end.
_ROLE_PART = re.compile(r"[^,;()\n]{2,60}?(?=(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t]*[a-z][a-z0-9 \t]{0,24})?[ \t]*[.;]?[ \t]*(?:\n|;|$))")
_MAX_ROLE_WORDS = 6
_LOWER_BODY = re.compile(r"[ \t]+of[ \t]+the(?:[ \t]+[a-z]+){1,2}")  # "member of the (steering) board"
_ABBREVIATIONS = re.compile(r"(?:[A-Za-z]{1,3}\.[ \t]?)+[A-Za-z]{0,3}\.?")


def member_line_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rules ``"line:name-org-role"``, ``"line:member-name"`` and ``"line:name-role-bracket-org"`` (see the module
    doc)."""
    out: list[Statement] = _member_first_statements(text, lex)
    for m in _ENTRY_START.finditer(text):
        name = person_name_at(text, after_titles(text, m.end(), lex), lex)
        if name is None or "\n" in text[m.end():name.end]:
            continue
        seat = _role_then_bracket_org(text, name.end, lex)
        if seat is not None:
            out.append(Statement(name, "line:name-role-bracket-org", role=clean(text[seat[0].start:seat[0].end]),
                                 role_span=seat[0], org=seat[1]))
            continue
        org = _org_part(text, name.end, lex)
        if org is None:
            continue
        org_span, pos = org
        sep = _SEP.match(text, pos)
        if not sep:
            continue
        role = _role_part(text, sep.end(), lex)
        if role is not None:
            out.append(Statement(name, "line:name-org-role", role=clean(text[role.start:role.end]), role_span=role, org=org_span))
    return out


def _org_part(text: str, pos: int, lex: Lexicon) -> tuple[Span, int] | None:
    """(the organisation's span, where the text goes on) after a name: "(Acme Cluster)" or ", Acme Cluster (AC)"."""
    br = _BRACKET.match(text, pos)
    if br:
        part = br.group(1).split(",")[0].rstrip()
        if "," in br.group(1) or not _names_no_role(part, lex):
            return None  # "(CEO, Acme)" is name-paren-role's; "(Acme, Spain)" states more than the organisation
        return Span(br.start(1), br.start(1) + len(part)), br.end()
    sep = _SEP.match(text, pos)
    seg = _ORG_SEGMENT.match(text, sep.end()) if sep else None
    if not seg or not _names_no_role(seg.group().rstrip(), lex):
        return None
    span = Span(seg.start(), seg.start() + len(seg.group().rstrip()))
    acr = _ACRONYM.match(text, span.end)
    return span, acr.end() if acr else span.end


def _names_no_role(part: str, lex: Lexicon) -> bool:
    """An organisation's part of an entry: capitalised words with no role title, no person's name, no digit, not only
    abbreviations ("Ph.D.", "M.Sc." after a name are degrees)."""
    part = clean(part)
    return (bool(part) and part.lstrip("„“\"«")[:1].isupper() and len(part.split()) <= 10 and not re.search(r"\d|@|https?:|www\.", part)
            and not _ABBREVIATIONS.fullmatch(part) and not lex.role_title_re.search(part) and not valid_person_name(part, lex))


def _role_part(text: str, pos: int, lex: Lexicon, stop: int | None = None) -> Span | None:
    """The role ending the entry at ``pos`` (or at ``stop``): a role title with its lower-case field or code words,
    nothing more."""
    part = _ROLE_PART.match(text, pos) if stop is None else _ROLE_PART.match(text, pos, stop)
    if not part:
        return None
    end = pos + len(part.group().rstrip(" \t.;"))
    words = text[pos:end].split()
    if not words or len(words) > _MAX_ROLE_WORDS:
        return None
    body = re.search(r"[ \t]+of[ \t]", text[pos:end])
    head_end = pos + body.start() if body and _LOWER_BODY.fullmatch(text, pos + body.start(), end) else end
    if clean(text[pos:head_end]).lower() in entry_title_keys(lex.data_dir):
        return Span(pos, end)  # "– member", "member of the steering group": a role only here (data/role_entry_titles.csv)
    parsed = role_segment(text, pos, end, lex)
    if parsed is None or parsed[2] is not None or parsed[1].start != pos:
        return None
    if parsed[1].end != end and not _LOWER_BODY.fullmatch(text, parsed[1].end, end):
        return None  # "member of the board": the body in lower case belongs to the role; anything else is more than a role
    return Span(pos, end)


@lru_cache(maxsize=4)
def _member_first_re(data_dir: Path | None) -> re.Pattern[str]:
    """A line opening with the member's word of data/role_entry_titles.csv (any case) and a space: ``line:member-name``."""
    words = sorted(entry_titles(data_dir), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?im)^" + BULLET.pattern + r"(?P<seat>" + "|".join(re.escape(w) for w in words) + r")[ \t]+(?=" + UPPER + ")")


# What may follow the name on a ``line:member-name`` line: the line's end, or the organisation after a comma, a dash or
# in brackets
_AFTER_MEMBER_NAME = re.compile(r"[ \t]*[.;]?[ \t]*(?:\n|$)|[ \t]*(?:,|\(|[ \t][-–—][ \t])")


def _member_first_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"line:member-name"`` (module doc): the member's word opening a list line, a full name after it (past
    courtesy titles) on the same line, the organisation after the name when there is one."""
    out: list[Statement] = []
    for m in _member_first_re(lex.data_dir).finditer(text):
        name = person_name_at(text, after_titles(text, m.end(), lex), lex)
        if name is None or "\n" in text[m.end():name.end] or not _AFTER_MEMBER_NAME.match(text, name.end):
            continue
        org = _org_part(text, name.end, lex)
        out.append(Statement(name, "line:member-name", role=clean(m.group("seat")), role_span=Span(m.start("seat"), m.end("seat")),
                             org=org[0] if org else None))
    return out


# The role between the name's separator and the bracket of its organisation, which closes the line
_ROLE_BRACKET = re.compile(r"([^,;()\n]{2,60}?)[ \t]*\(([^()\n]{2,80})\)[ \t]*[.;,]?[ \t]*(?=\n|$)")


def _role_then_bracket_org(text: str, pos: int, lex: Lexicon) -> tuple[Span, Span] | None:
    """Rule ``"line:name-role-bracket-org"`` (module doc): (the role's span, the organisation's span) after a name at
    ``pos``: ", član (Acme d.o.o.)" closing the line; None otherwise."""
    sep = _SEP.match(text, pos)
    if not sep or not sep.end():
        return None
    m = _ROLE_BRACKET.match(text, sep.end())
    if not m or not _names_no_role(m.group(2), lex):
        return None
    role = _role_part(text, m.start(1), lex, stop=m.end(1))  # the bracket may be long: "(Acme d.o.o., Biograd na Moru)"
    if role is None or role.end != m.end(1):
        return None
    first = m.group(2).split(",")[0].rstrip()  # "(Univerza v Mariboru, Fakulteta za strojništvo)": the organisation before its
    return role, Span(m.start(2), m.start(2) + len(first))  # unit or town after the comma
