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
  ``board-label-list``; a single "Chair: Jane Doe" is the ``role-label`` rule's). In a board list (a board cue word
  before it) the label may be a board office of ``role_own_offices.txt`` that is no role title ("Members:"), and the list may wrap onto the
  next lines after a separator, a bracket too ("…, Jane Roe\n  (Acme Institute of Technology), …"). A credit label ("Authors:",
  "Editors:", data/person_credit_labels.txt) is no role label: the ``credit-label`` rule names those people.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.data_files import data_sections, phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.role_own_board import board_cue_before, board_offices
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.shapes import Span, clean, person_name_at, valid_person_name
from pipeline.extract.statement_context import name_ending_at
from pipeline.extract.statement_credits import credit_label_re
from pipeline.extract.statement_parts import UPPER, Statement, role_segment, segment_end, title_re
from pipeline.extract.statement_shared import singular_of

# a list line's mark: a dash, bullet, arrow, check mark or emoji ("👉 Members: …"), or an item number
_LIST_LEAD = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[^\w\s(\[\"“„'‘«]{1,3})?[ \t]*")
# a label inside its line after a middle dot or a bar: "Chair: Jane Roe (Acme) · Members: John Doe (Beta), …"
_MID_LEAD = re.compile(r"[ \t]+[·|•][ \t]+")
# an item's note after its bracket, in lower case, before the next item: "Jane Roe (Acme) – re-elected; John Doe (Beta) – newly elected"
_ITEM_NOTE = re.compile(r"[ \t]*[–—-][ \t]*(?P<note>[^\W\d_][^\n,;()]{0,40}?)(?=[ \t]*(?:[,;]|\n|$))")
_LABEL = re.compile(r"(" + UPPER + r"[\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?)[ \t]*:[ \t]*")


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


# a list item's bracket, perhaps on the next line or wrapping onto it ("Jane Doe\n  (Acme Institute of\n  Technology)")
_ITEM_BRACKETS = re.compile(r"[ \t]*\n?[ \t]*\(([^()]{2,80})\)")


def _label_role(text: str, label: re.Match, lex: Lexicon) -> str | None:
    """The one person's role a list label states, in the singular: a role title ("Chair", "Vice-Presidents",
    "Auditors"), or in a board list (a ``[board cues]`` word shortly before) a board office of
    ``role_own_offices.txt`` ("Members"); None for any other label."""
    word = label.group(1)
    for w in (word, word[:-1]):
        if lex.role_title_re.fullmatch(w):
            return w
    singular = singular_of(word, lex.data_dir)  # "Medlemmer:" after "Bestyrelsen": each "Medlem" (role_plural_forms.csv)
    for w in (word, word[:-1], *((singular,) if singular else ())):
        if w.lower() in board_offices(lex.data_dir) and board_cue_before(text, label.start(), lex.data_dir):
            return w
    return None


def _list_end(text: str, line_end: int) -> int:
    """Where a label's list may end: its line and the lines it wraps onto ("…, Jane Doe\n  (Acme Ltd), John Roe
    (Beta)"), up to a blank line, a list item or another label (the list itself ends at its last separator)."""
    while line_end < len(text):
        nxt = text.find("\n", line_end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[line_end + 1:nxt]
        if not line.strip() or _LIST_LEAD.match(line).end() != len(line) - len(line.lstrip()) or _LABEL.match(line.strip()):
            break
        line_end = nxt
    return line_end


@lru_cache(maxsize=4)
def _list_separator(data_dir) -> re.Pattern[str]:
    """Between two "Name (Org)" items of a label's list: a comma, a semicolon, "&" or "and" in any language of the
    ``[and]`` section of ``role_appoint_languages.txt`` ("Beisitzer: A (X), B (Y) und C (Z)", "Ledamöter: A (X) och B
    (Y)"), perhaps a comma and "and"."""
    ands = phrase_alternation(data_sections(data_dir / "role_appoint_languages.txt").get("and", []) or ["and"], r"[ \t]+")
    return re.compile(r"[ \t]*(?:,|;|&|(?<![\w-])(?:" + ands + r")(?![\w-]))[ \t\n]*(?:(?:" + ands + r")[ \t]+)?", re.I)


# Family "items after a semicolon": a label's list written "Name, Organisation; Name, Organisation" (board lists in Spanish,
# Croatian, Portuguese minutes): the organisation after the name's comma runs to the semicolon or the list's end
_SEMICOLON_ITEM = re.compile(r",[ \t]+(?P<org>[^\W\d_][^;\n]{1,80}?)[ \t.]*(?P<end>;[ \t]*(?:\n[ \t]*)?|(?=\n)|$)")


def _semicolon_item(text: str, pos: int, line_end: int, lex: Lexicon) -> tuple[Span, int] | None:
    """(the organisation's span, where the next item starts) of a "Name, Organisation;" item of a label's list right
    after the name at ``pos``; None when the text goes on otherwise, or the part is no organisation's name (a role, a
    lower-case note, another person)."""
    m = _SEMICOLON_ITEM.match(text, pos, line_end)
    if m is None:
        return None
    org = m.group("org").rstrip()
    if not org[:1].isupper() or lex.role_title_re.match(org) or (valid_person_name(org, lex) and starts_with_given_name(org, lex)):
        return None  # "…, tesorera;", "…, Ana Ruiz;": a role or another person, not the organisation
    return Span(m.start("org"), m.start("org") + len(org)), m.end()


def _label_lists(text: str, lex: Lexicon) -> list[Statement]:
    out: list[Statement] = []
    for m in (*_LIST_LEAD.finditer(text), *_MID_LEAD.finditer(text)):
        lab = _LABEL.match(text, m.end())
        label = _label_role(text, lab, lex) if lab else None
        if label is None:
            continue  # "Board members:", "Vice-Presidents:", "Chair:", "Members:": a role title or board office, or its plural
        if credit_label_re(lex.data_dir).match(text, lab.start(1)):
            continue  # "Authors:", "Editor:", "Photos:": a credit line names people, it states no role (credit-label)
        role = Span(lab.start(1), lab.end(1))
        line_end = text.find("\n", role.end)
        line_end = _list_end(text, len(text) if line_end < 0 else line_end)
        pos = lab.end()
        names: list[tuple[Span, Span]] = []
        while pos < line_end:
            while (courtesy := title_re(lex).match(text, pos)) is not None and courtesy.end() < line_end:
                pos = courtesy.end()  # "Beisitzer: Emil Muster (…), Dr. Anna Probe (…)": the title is no part of the name
            name = person_name_at(text, pos, lex)
            br = _ITEM_BRACKETS.match(text, name.end) if name else None
            if br is None and name is not None and (item := _semicolon_item(text, name.end, line_end, lex)) is not None:
                names.append((name, item[0]))  # "Vocales: Rubén Gil, Ayuntamiento de Soria; Ana Ruiz, …"
                pos = item[1]
                continue
            if not name or not br or br.end() > line_end or "\n" in text[pos:name.end]:
                break
            names.append((name, Span(br.start(1), br.start(1) + len(br.group(1).split(",")[0].rstrip()))))
            after = br.end()
            if (note := _ITEM_NOTE.match(text, after, line_end)) is not None and note.group("note")[0].islower():
                after = note.end()  # "(Acme) – re-elected;": the item's note, not the next item
            sep = _list_separator(lex.data_dir).match(text[after:line_end])
            if not sep or not sep.group().strip():
                break
            pos = after + sep.end()
        if len(names) >= 2:
            for name, org in names:
                out.append(Statement(name, "board-label-list", role=label, role_span=role, org=org))
    return out
