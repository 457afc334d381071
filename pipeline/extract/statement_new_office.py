"""Offices around a personnel change: the office a person holds now, stated after a marker of change, and the office
held until the change.

Rule ``org-has-new-role``, family "Acme has a new <role>: Name": news items and newsletters announce a newcomer
by the office first and the name after a colon, a comma or a dash ("Acme Ltd has a new chair: Jane Doe, former CFO of
a bank", "The Acme Association (AA) has a new executive director, John Roe", "Beta Cluster has got a new managing
director – Ana Ruiz"). The office is the name's role; its organisation is the sentence's subject before "has"
(role_org_moves.py, family ``org-subject-of-move``).

Rule ``role-after-former``, family "former <role>; <role>": bios that give a past office first and the present one
after a semicolon or comma (:func:`roles_after_former`).

Rule ``after-years-as-role``, family "After ten years as <role>, Name retires": the office a leaving person held
(:func:`after_years_as_role_statements`)."""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import clean
from pipeline.extract.statement_apposed import EMPHASIS
from pipeline.extract.statement_verb_as import name_at, role_at
from pipeline.extract.statement_moves import former_role
from pipeline.extract.statement_parts import Statement, segment_end

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


# the next segment of a bio after the former office: "; ", ", ", perhaps "now"
_NEXT_SEGMENT = re.compile(r"[ \t]*[;,][ \t]+(?:(?:now|today)[ \t]+)?(?:(?:an|a)[ \t]+)?")
# what may close the present office: the segment's or line's end, "since <year>", "in <place>", "at <org>"
_ROLE_CLOSES = re.compile(r"[ \t]*(?:[;,.)\n]|$|(?:since|in|at|with|for)[ \t])")


def roles_after_former(found: list[Statement], text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``role-after-former``: a role that a former marker opens ("former managing director of Acme",
    ``role_former_markers.txt``) and, in the next segment of the same line after a semicolon or comma (perhaps after
    "now"), a role title with up to two lower-case field words: the person's present office ("Jane Doe – former CFO
    of Acme AG; independent consultant since 2031", "John Roe, former head of sales, Beta Ltd; now an adviser in
    Graz", "Ana Ruiz — former director of a food cluster, independent consultant"). The former office is then left
    out (the text marks it former and states the present one)."""
    out: list[Statement] = []
    for st in found:
        if st.role is None or st.role_span is None or not former_role(st.role, lex):
            out.append(st)
            continue
        end = segment_end(text, max(st.role_span.end, st.org.end if st.org else 0))
        gap = _NEXT_SEGMENT.match(text, end)
        role = role_at(text, gap.end(), lex) if gap else None
        if role is None or not _ROLE_CLOSES.match(text, role.end) or "\n" in text[st.person.end:role.start]:
            out.append(st)
            continue
        out.append(Statement(st.person, "role-after-former", role=clean(text[role.start:role.end]), role_span=role))
    return out


# "After ten years as", "After two terms as the", opening a sentence or a line
_AFTER_YEARS_AS = re.compile(r"(?:^|(?<=[.!?])[ \t]+|\n[ \t]*(?:[-•*][ \t]+)?)After[ \t]+(?:[\w-]+[ \t]+){1,3}"
                             r"(?:years?|decades?|terms?|mandates?)[ \t]+as[ \t]+(?:(?:the|an|a|our|its)[ \t]+)?")
# from the role to the name: what the role is of or at, then a comma ("as project manager at Acme, Jane Doe")
_ROLE_TO_NAME = re.compile(r"(?:[ \t]+(?:at|of|for|with|in)[ \t]+[^,;:.!?\n]{1,80})?,[ \t]+")


def after_years_as_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``after-years-as-role``: a sentence that opens "After <years or terms> as <role>" (a role title with up to
    two lower-case field words), perhaps what the role is at or of, a comma and a full name: the office that person
    held until the change the sentence tells ("After ten years as cluster manager, Jane Doe will retire in May",
    "After six years as project manager at Acme, John Roe left us to join Beta Ltd", "After two terms as chair, Ana
    Ruiz steps down"). When a verb of taking up an office follows the name ("…, Jane Doe has become executive
    director"), the office after it is hers (rule ``name-elected-role``) and the earlier one is left out."""
    out: list[Statement] = []
    for m in _AFTER_YEARS_AS.finditer(text):
        role = role_at(text, m.end(), lex)
        gap = _ROLE_TO_NAME.match(text, role.end) if role else None
        found = name_at(text, gap.end(), lex) if gap else None
        if found is None or lex.role_change_re.match(text, EMPHASIS.match(text, found[0].end).end()):
            continue
        out.append(Statement(found[0], "after-years-as-role", role=clean(text[role.start:role.end]), role_span=role))
    return out
