"""Rule ``"line:signature-pair"``: two signatures set side by side under a letter or the minutes of a meeting.

A notice, a letter or minutes signed by two officers print the two names on one line and their two offices on the
line under it, one column each ("Jane Doe John Roe\nPresident Secretary General", "Ana Ruiz Pia Berg\nChair
Secretary"). Read as one line, the names run together into one long name over a role line. A line that is exactly two
full names (:func:`given_names.full_person_name`: each a known given name and its surnames) over a line that is
exactly two role titles of ``role_titles.txt`` gives two people, the first role the first name's, the second the
second's. Every split of the name line into two full names is tried; only one split may fit.
"""
from __future__ import annotations

import re

from pipeline.extract.given_names import full_person_name
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span, person_name_at
from pipeline.extract.statement_parts import Statement

RULE = "line:signature-pair"

# a line of four to eight name words (two names of two to four words), nothing else on it
_NAME_LINE = re.compile(r"^[ \t]*([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){3,7})[ \t]*$", re.M)


def signature_pair_statements(text: str, lex: Lexicon) -> list[Statement]:
    """The two people of every signature pair (see the module doc)."""
    out: list[Statement] = []
    for m in _NAME_LINE.finditer(text):
        roles = _two_roles(text, m.end() + 1, lex) if text[m.end():m.end() + 1] == "\n" else None
        if roles is None:
            continue
        words = list(re.finditer(r"\S+", m.group(1)))
        base = m.start(1)
        splits = [k for k in range(2, len(words) - 1)
                  if full_person_name(m.group(1)[:words[k - 1].end()], lex) and full_person_name(m.group(1)[words[k].start():], lex)]
        if len(splits) != 1:
            continue
        k = splits[0]
        names = (Span(base, base + words[k - 1].end()), Span(base + words[k].start(), m.end(1)))
        for name, role in zip(names, roles):
            out.append(Statement(name, RULE, role=text[role.start:role.end], role_span=role))
    return out


def _two_roles(text: str, pos: int, lex: Lexicon) -> tuple[Span, Span] | None:
    """The two role titles that make up the line at ``pos`` ("President Secretary General"), else None."""
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    found = list(lex.role_title_re.finditer(text, pos, end))
    if len(found) != 2 or text[pos:found[0].start()].strip() or text[found[1].end():end].strip():
        return None
    if text[found[0].end():found[1].start()].strip() or found[0].end() == found[1].start():
        return None  # (the two titles fill the line, a space between them)
    return Span(found[0].start(), found[0].end()), Span(found[1].start(), found[1].end())


def without_glued_pairs(found: list[Statement], pairs: list[Statement]) -> list[Statement]:
    """The statements of the other rules without those that read a signature pair's two names as one person."""
    return [st for st in found if not any(st.person.start <= p.person.start and p.person.end <= st.person.end
                                          and st.person != p.person for p in pairs)]


ROW_RULE = "line:signature-row"
_LINE = re.compile(r"^[ \t]*(\S[^\n]*?)[ \t]*$", re.M)
_COMMA = re.compile(r",[ \t]+")
_SPACE = re.compile(r"[ \t]*")


def signature_row_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"line:signature-row"``, family "signatures side by side on one line": minutes or a letter signed by two or
    more officers whose signature blocks ("Name, office") a flattened layout puts on one line ("Jane Doe, chair John
    Roe, secretary", "Niels Hansen, dirigent Line Berg, referent"). The line is nothing but such pairs, each office a
    whole role title of the lexicon: each office is the name's before it, not the next name's ("role-before-name")."""
    out: list[Statement] = []
    for m in _LINE.finditer(text):
        if m.group(1).count(",") < 2:
            continue
        pos, end, found = m.start(1), m.end(1), []
        while pos < end:
            name = person_name_at(text, pos, lex)
            comma = _COMMA.match(text, name.end) if name else None
            title = lex.role_title_re.match(text, comma.end()) if comma else None
            if title is None or title.end() > end:
                found = []
                break
            found.append(Statement(name, ROW_RULE, role=title.group(), role_span=Span(title.start(), title.end())))
            pos = _SPACE.match(text, title.end()).end()
        if len(found) >= 2:
            out += found
    return out
