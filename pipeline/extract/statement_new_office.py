"""Rule ``org-has-new-role``, family "Acme has a new <role>: Name": news items and newsletters announce a newcomer
by the office first and the name after a colon, a comma or a dash ("Acme Ltd has a new chair: Jane Doe, former CFO of
a bank", "The Acme Association (AA) has a new executive director, John Roe", "Beta Cluster has got a new managing
director – Ana Ruiz"). The office is the name's role; its organisation is the sentence's subject before "has"
(role_org_moves.py, family ``org-subject-of-move``)."""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import clean
from pipeline.extract.statement_apposed import EMPHASIS, name_at, role_at
from pipeline.extract.statement_parts import Statement

_HAS_NEW = re.compile(r"(?<![\w-])(?:has|have|has[ \t\n]+got|gets)[ \t\n]+(?:a|an)[ \t\n]+new[ \t\n]+")
# between the office and the name: a colon, a comma or a dash
_BEFORE_NAME = re.compile(r"[ \t]*(?::|,|[–—-])[ \t\n]+")


def org_has_new_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``org-has-new-role``: "has a new" (or "have", "has got", "gets"), a role title with up to two lower-case
    field words before it, a colon, comma or dash, and a full name (person titles and emphasis skipped)."""
    out: list[Statement] = []
    for m in _HAS_NEW.finditer(text):
        role = role_at(text, m.end(), lex)
        gap = _BEFORE_NAME.match(text, EMPHASIS.match(text, role.end).end()) if role else None
        found = name_at(text, gap.end(), lex) if gap else None
        if found:
            out.append(Statement(found[0], "org-has-new-role", role=clean(text[role.start:role.end]), role_span=role))
    return out
