"""Shared pieces of the statement rules: the :class:`Statement` record, role-phrase parsing
("Head of Unit for X at the Y") and the appositive "Name, Role, Organisation" reader."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.shapes import Span, cap_run_at, clean


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ'’]+(?![\w-])")


@lru_cache(maxsize=2)  # people, statements and organisation rules all ask for the same document's set
def lower_case_words(text: str) -> frozenset[str]:
    """Words the document writes in lower case: ordinary words, not names ("smoke", "healthy")."""
    return frozenset(m.group() for m in _LOWER_WORD.finditer(text))


BULLET = re.compile(r"[ \t]*(?:[-•*–—►✓➢]|\d{1,2}[.)])?[ \t]*")
ROLE_SEP = re.compile(r"[ \t]*(?:,|–|—|\s-\s|\|)[ \t]*")

@dataclass(frozen=True)
class Statement:
    """One finding about a person: the name's span, and what the text states around it."""

    person: Span
    rule: str
    title: str | None = None
    role: str | None = None  # as stated
    role_span: Span | None = None
    org: Span | None = None  # span of the organisation's name in the text
    units: tuple[Span, ...] = ()  # units of that organisation named with it (signature lines)


def title_re(lex: Lexicon) -> re.Pattern[str]:
    titles = "|".join(re.escape(t) for t in lex.person_titles)
    # A title ends at a full stop or a space; "President\nBasque Cluster Association" is a role line.
    return re.compile(r"(?<![\w])(" + titles + r")(?:\.[ \t]*\n?[ \t]*|[ \t]+)(?=[^\W\d_])")


def role_segment(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, Span, Span | None] | None:
    """Parse "Head of Unit for X at the Y" / "CEO of Acme" / "Team Leader Cluster Policy" in text[start:end].

    Returns (role as stated, its span, organisation span or None) when the segment holds a role title.
    """
    seg = text[start:end]
    m = lex.role_title_re.search(seg)
    if not m or m.start() > 40 or not seg[:1].isalpha():
        return None
    before = seg[:m.start()].split()
    if before and before[0].lower() in ("the", "a", "an", "our", "its", "their"):
        before = before[1:]  # "Jane Doe, the head of Acme"
    if any(not w[0].isupper() for w in before):
        return None
    cut = re.compile(r"[ \t\n]+(?:for|at|of|in|with|within|from|on|to|and|who|which|has|is|was|said|will)[ \t\n]", re.I).search(seg, m.end())
    role_end = cut.start() if cut else len(seg.rstrip(" .;:\n"))
    role = clean(re.sub(r"^(?:the|a|an|our|its|their)\s+", "", seg[:role_end], flags=re.I))
    if len(role.split()) > 8 or not role:
        return None
    org: Span | None = None
    if cut:
        conn = cut.group().strip().lower()
        if conn in ("at", "of", "in", "within", "with", "from"):
            pos = cut.end()
            the = re.match(r"the[ \t\n]+", text[start + pos:start + pos + 5])
            pos += the.end() if the else 0
            run = cap_run_at(text, start + pos, list_heads=lex.org_suffixes)
            if run:
                org = run
                at = re.match(r"[ \t\n]+(?:at|in|of)[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])", text[run.end:min(end, run.end + 12)])
                if conn == "of" and at and text[start:run.end].split()[-1] in lex.unit_words:
                    # "Head of the Innovation Sector at Acme Region": the unit is part of the role.
                    parent = cap_run_at(text, run.end + at.end(), list_heads=lex.org_suffixes)
                    if parent and parent.end <= end:
                        role = clean(re.sub(r"^(?:the|a|an|our|its|their)\s+", "", text[start:run.end], flags=re.I))
                        return role, Span(start, run.end), parent
        elif conn == "for":
            at = re.search(r"\bat[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])", seg[cut.end():])
            if at:
                org = cap_run_at(text, start + cut.end() + at.end(), list_heads=lex.org_suffixes)
    return role, Span(start, start + role_end), org


def org_like(name: str, lex: Lexicon) -> bool:
    """Reads as an organisation's name rather than a field of work ("Acme Cluster" vs "Innovation")."""
    words = name.split()
    return bool(words) and (key(name) in lex.gazetteer_by_key or any(w in lex.org_suffixes for w in words)
                            or len(words) >= 2 or sum(c.isupper() for c in name) >= 2)


def org_word(name: str, lex: Lexicon) -> bool:
    """Has an organisation word, is a gazetteer name or an acronym."""
    words = name.split()
    return bool(words) and (key(name) in lex.gazetteer_by_key or any(w in lex.org_suffixes for w in words)
                            or (len(words) == 1 and sum(c.isupper() for c in name) >= 2))


def segment_end(text: str, pos: int) -> int:
    """End of a role segment: next comma, semicolon, bracket, line end or sentence end."""
    m = re.compile(r",|;|\(|\)|\n|\.(?:\s|$)").search(text, pos)
    return m.start() if m else len(text)


def apposition(text: str, name: Span, lex: Lexicon) -> tuple[str, Span, Span | None] | None:
    """Role (and organisation) stated right after a name: "Jane Doe, CEO, Acme" / "Jane Doe – CEO of Acme"."""
    sep = ROLE_SEP.match(text, name.end)
    if not sep or sep.end() == name.end:
        return None
    s = sep.end()
    e = segment_end(text, s)
    parsed = role_segment(text, s, e, lex)
    if not parsed:
        return None
    role, rspan, org = parsed
    if org is not None and not org_like(clean(text[org.start:org.end]), lex) and e < len(text) and text[e] == ",":
        # "Head of Innovation, Acme": "of Innovation" belongs to the role, the next segment is the organisation.
        role, rspan, org = clean(text[s:e]), Span(s, e), None
    if org is None and e < len(text) and text[e] == ",":
        # "Name, Role, Organisation[, Parent]": the next segment names the organisation.
        k = e + 1
        while k < len(text) and text[k] in " \t":
            k += 1
        if text[k:k + 1] == "\n" and text[k + 1:k + 2] != "\n":
            k += 1  # "Name, Role,\nOrganisation": the organisation wrapped onto the next line
        run = cap_run_at(text, k, single_line=True)
        if run and (run.end >= len(text) or text[run.end] in ",;.\n)" or text[run.end:run.end + 1].isspace()
                    and (not re.match(r"[ \t]+[a-z]", text[run.end:]) or org_word(clean(text[run.start:run.end]), lex))):
            # A lower-case word after the name ends it only when it is an organisation's name
            # ("…, Acme Cluster presented"), not the start of a field ("Clusters and Social economy").
            org = run
    return role, rspan, org
