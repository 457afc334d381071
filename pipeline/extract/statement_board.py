"""Rule family "board list": the members of a board or committee as general-assembly notes and annual
reports list them, each with the organisation they come from in brackets.

- "Jane Roe (Acme Cluster) – re-elected as President", "John Doe (Beta Network), elected Treasurer":
  the role after the verb, the organisation in the brackets (rule ``board-entry``). The verbs are data
  (``board_entry_verbs.txt``).
- "Jane Roe (Acme Cluster) – Vice-President", "- John Doe (Beta Network) - Treasurer": the role alone after
  the dash, ending the line (rule ``board-entry-role``); a board office of ``role_own_offices.txt`` may be
  written in lower case ("John Doe (Beta Network) – member").
- "Jane Roe, Acme Cluster – vice-president", "Prof. John Doe, Beta University – member": the organisation after
  a comma instead of in brackets, before a board office of ``role_own_offices.txt`` that ends the line (rule
  ``board-comma-entry-role``).
- "Board members: Jane Roe (Acme Cluster), John Doe (Beta Network) and Ann Lee (Gamma Agency)": a role
  label, singular or plural, before a list of such names gives each of them the role (rule
  ``board-label-list``; a single "Chair: Jane Doe" is the ``role-label`` rule's). A credit label ("Authors:",
  "Editors:", data/person_credit_labels.txt) is no role label: the ``credit-label`` rule names those people.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.data_files import phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.role_own_org import board_offices
from pipeline.extract.shapes import Span, clean, person_name_at
from pipeline.extract.statement_context import name_ending_at
from pipeline.extract.statement_credits import credit_label_re
from pipeline.extract.statement_parts import Statement, role_segment, segment_end

_LABEL = re.compile(r"([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?)[ \t]*:[ \t]*")
_BRACKETS = re.compile(r"[ \t]*\(([^()\n]{2,80})\)")


def board_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Every "Name (Org) – elected Role" entry and every name of a "Role(s): Name (Org), Name (Org)" line."""
    return _entries(text, lex) + _dash_roles(text, lex) + _label_lists(text, lex)


_DASH_ROLE = re.compile(r"\)[ \t]*[–—-][ \t]*")
_LINE_ENDS = re.compile(r"[ \t.;]*(?:\n|$)")


def _board_office_at(text: str, pos: int, lex: Lexicon) -> Span | None:
    """A board office of ``role_own_offices.txt`` ("member", "vice-president", "Treasurer") from ``pos`` to the
    line's end, in any case."""
    end = _LINE_ENDS.search(text, pos)
    words = " ".join(text[pos:end.start()].split()).lower() if end else ""
    return Span(pos, pos + len(text[pos:end.start()].rstrip())) if words in board_offices(lex.data_dir) else None


def _dash_roles(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``board-entry-role``: "Name (Org) – Role" with nothing after the role on its line; rule
    ``board-comma-entry-role``: "Name, Org – office" (see the module doc)."""
    out: list[Statement] = []
    for m in _DASH_ROLE.finditer(text):
        role = lex.role_title_re.match(text, m.end())
        span = Span(role.start(), role.end()) if role and role.group()[:1].isupper() else None
        if span is None and ";" not in text[text.rfind("(", 0, m.start()):m.start()]:
            span = _board_office_at(text, m.end(), lex)  # (not "(President; Acme Cluster) – chair": two parts)
        if span is None or not _LINE_ENDS.match(text, span.end):
            continue
        entry = _name_and_bracket(text, m.start(), lex)
        if not entry:
            continue
        name, org = entry
        out.append(Statement(name, "board-entry-role", role=clean(text[span.start:span.end]), role_span=span, org=org))
    for m in _COMMA_DASH_ROLE.finditer(text):
        span = _board_office_at(text, m.end(), lex)
        name = name_ending_at(text, m.start(), lex) if span else None
        if name is None or lex.role_title_re.match(text, m.start("org")):
            continue  # (", CEO of Acme Ltd – President": the part after the comma is a role, not whose it is)
        org = Span(m.start("org"), m.end("org"))
        out.append(Statement(name, "board-comma-entry-role", role=clean(text[span.start:span.end]), role_span=span, org=org))
    return out


# ", Acme Cluster – " between a name and a board office: a capitalised name on the line, no brackets or commas
_COMMA_DASH_ROLE = re.compile(r",[ \t]+(?P<org>[A-Z][^\n,;:()–—]{1,80}?)[ \t]+[–—-][ \t]+")


@lru_cache(maxsize=4)
def _verb_re(verbs: tuple[str, ...]) -> re.Pattern[str]:
    alts = phrase_alternation(verbs, space=r"\ ")
    return re.compile(r"\)[ \t]*(?:[–—-]|,)[ \t]*(?:" + alts + r")[ \t]+(?:as[ \t]+)?(?:(?:the|a|an)[ \t]+)?(?:new[ \t]+)?", re.I)


def _name_and_bracket(text: str, close: int, lex: Lexicon) -> tuple[Span, Span] | None:
    """(name, organisation) of "Jane Roe (Acme Cluster, Spain)" whose closing bracket is at ``close``: the
    name right before the bracket, the bracket's first part."""
    op = text.rfind("(", 0, close)
    if op < 0 or "\n" in text[op:close] or ")" in text[op:close]:
        return None
    name = name_ending_at(text, len(text[:op].rstrip(" \t")), lex)
    if not name:
        return None
    return name, Span(op + 1, op + 1 + len(text[op + 1:close].split(",")[0].rstrip()))


def _entries(text: str, lex: Lexicon) -> list[Statement]:
    out: list[Statement] = []
    for m in _verb_re(lex.board_entry_verbs).finditer(text):
        role = lex.role_title_re.match(text, m.end())
        if not role:
            continue
        entry = _name_and_bracket(text, m.start(), lex)
        if not entry:
            continue
        name, org = entry
        parsed = role_segment(text, m.end(), segment_end(text, m.end()), lex)
        role_text, rspan = (parsed[0], parsed[1]) if parsed else (clean(role.group()), Span(role.start(), role.end()))
        out.append(Statement(name, "board-entry", role=role_text, role_span=rspan, org=org))
    return out


def _label_lists(text: str, lex: Lexicon) -> list[Statement]:
    out: list[Statement] = []
    for m in re.finditer(r"(?m)^[ \t]*(?:[-•*–—►✓➢]|\d{1,2}[.)])?[ \t]*", text):
        lab = _LABEL.match(text, m.end())
        if not lab or not (lex.role_title_re.fullmatch(lab.group(1)) or lex.role_title_re.fullmatch(lab.group(1)[:-1])):
            continue  # "Board members:", "Vice-Presidents:", "Chair:": a role title, or its plural
        if credit_label_re(lex.data_dir).match(text, lab.start(1)):
            continue  # "Authors:", "Editor:", "Photos:": a credit line names people, it states no role (credit-label)
        label = lab.group(1) if lex.role_title_re.fullmatch(lab.group(1)) else lab.group(1)[:-1]  # one person's role
        role = Span(lab.start(1), lab.end(1))
        line_end = text.find("\n", role.end)
        line_end = len(text) if line_end < 0 else line_end
        pos = lab.end()
        names: list[tuple[Span, Span]] = []
        while pos < line_end:
            name = person_name_at(text, pos, lex)
            br = _BRACKETS.match(text, name.end) if name else None
            if not name or not br or "\n" in text[pos:name.end]:
                break
            names.append((name, Span(br.start(1), br.start(1) + len(br.group(1).split(",")[0].rstrip()))))
            sep = re.match(r"[ \t]*(?:,|;|and|&)[ \t]*(?:and[ \t]+)?", text[br.end():line_end])
            if not sep or not sep.group().strip():
                break
            pos = br.end() + sep.end()
        if len(names) >= 2:
            for name, org in names:
                out.append(Statement(name, "board-label-list", role=label, role_span=role, org=org))
    return out
