"""Statements about people found by cue rules on the text: who is named where, with which title,
role and organisation as the text states them.

Rules: a title before a name ("Ms. Jane Doe", "Commissioner Doe"), a role title before a name
("Platform's Chair Jane Doe"), label lines ("Moderation: Jane Doe"), "Submitted by Jane Doe",
agenda lines ("Jane Doe, Head of Unit, DG GROW"), a name line with a role line (and an
organisation line) under it, appositive roles ("Jane Doe, Director-General of DG RTD, said"),
"Jane Doe (Acme Cluster)", "the Chair of Acme, Jane Doe" / "the Director for X at DG GROW, Jane Doe",
"Commissioner for Industrial Strategy Jane Doe", "Jane Doe has been cluster manager of Acme",
"Acme Cluster, Jane Doe;" list entries, "Jane Doe as Cluster Manager", "Acme Cluster … . Its managing
director, Jane Doe", "our export manager, Jane Doe", "the ACA chairwoman, Jane Doe" (an acronym the text
defines), "Acme Province, represented by Deputy … Jane Doe" and speaker tables (pipe
tables, or one cell per paragraph as HTML / Markdown ingest writes them). People, roles and organisations all read these statements.
The line-by-line rules live in :mod:`statement_lines`, the shared record and role-phrase parsing
in :mod:`statement_parts`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.shapes import (NAME_PARTICLES, ORG_CONNECTORS, WORD, Span, cap_run_at, clean, fold_soft_wraps, is_acronym, person_name_at,
                                     valid_person_name)
from pipeline.extract.statement_lines import (cell_table_statements, entry_statements, label_block_statements, line_statements,
                                              table_statements)
from pipeline.extract.statement_parts import (UPPER, UPPER0, Statement, apposition, lower_case_words, org_like, org_word, role_segment,
                                              segment_end, title_re)

__all__ = ["Statement", "find_statements", "lower_case_words"]

# Label / cue words before a name, with the role they state ("" = none). Lower-case, regex-escaped.
# Kept next to the code because each needs its own shape ("Moderation:" vs "moderated by").
_CUES = (
    (r"(?:moderation|moderator|moderated\s+by|facilitator|facilitated\s+by|chaired\s+by)\s*[:\-–]?\s*", "Moderator"),
    (r"(?:speakers?|panellists?|panelists?|keynote|presented\s+by|presenter)\s*:\s*", ""),
    (r"(?:submitted|posted|written|authored)\s+by\s+", ""),
    (r"(?:contact|contact\s+person)\s*:\s*", ""),
)
_CUE_RE = re.compile(r"(?<![\w])(?:" + "|".join(f"({c})" for c, _ in _CUES) + r")", re.I)

def _cue_statements(text: str, lex: Lexicon) -> list[Statement]:
    out: list[Statement] = []
    for m in _CUE_RE.finditer(text):
        span = person_name_at(text, m.end(), lex)
        if not span:
            continue
        group = next(i for i, g in enumerate(m.groups()) if g is not None)
        role = _CUES[group][1] or None
        out.append(Statement(span, "cue:" + clean(m.group()).lower().split()[0], role=role, role_span=Span(m.start(), m.end()) if role else None))
    return out


_RUN_BEFORE = re.compile(r"(?:[A-Z0-9][\w&'’.-]*|of|for|and|&|the|de|on)(?:[ \t]+(?:[A-Z0-9][\w&'’.-]*|of|for|and|&|the|de|on))*$")


def _run_before(text: str, end: int) -> Span | None:
    """The capitalised phrase (with of/for/and/the inside) ending at ``end``, without a leading article
    or connector, at most eight words ("The Acme Cluster" → "Acme Cluster")."""
    left = text[max(0, end - 100):end]
    m = _RUN_BEFORE.search(left)
    if not m:
        return None
    base = end - len(left)
    words = list(re.finditer(r"\S+", m.group()))[-8:]
    ends = [k for k, w in enumerate(words) if w.group().endswith(".")]
    if ends:
        words = words[ends[-1] + 1:]  # "… Holm. DG GROW Director": a sentence ended before the name
    while words and (words[0].group() in ORG_CONNECTORS or words[0].group() in ("The", "A", "An")):
        words.pop(0)
    if not words or not words[0].group()[0].isupper():
        return None
    return Span(base + m.start() + words[0].start(), end)


def _role_label_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Chair: Jane Doe", "Keynote Speaker: Jane Doe", "- Rapporteur: Jane Doe": a capitalised role title
    as the label of a line, the name after it."""
    out: list[Statement] = []
    for m in re.finditer(r"(?m)^[ \t]*(?:[-•*–—►✓➢]|\d{1,2}[.)])?[ \t]*\**", text):
        role = lex.role_title_re.match(text, m.end())
        if not role or not role.group()[0].isupper():
            continue
        colon = re.match(r"\**[ \t]*:[ \t]*\**[ \t]*", text[role.end():role.end() + 8])
        if not colon:
            continue
        t = title_re(lex).match(text, role.end() + colon.end())
        name = person_name_at(text, t.end() if t else role.end() + colon.end(), lex)
        if name:
            out.append(Statement(name, "role-label", role=clean(role.group()), role_span=Span(role.start(), role.end())))
    return out



@lru_cache(maxsize=2)
def _role_titles_in(text: str, pattern: re.Pattern[str]) -> tuple[re.Match[str], ...]:
    """Every role title in a text (several rules walk them; the search is the costly part)."""
    return tuple(pattern.finditer(text))


_POSSESSIVE_END = re.compile(r"['’]s[ \t]+$")


def _possessive_before(text: str, pos: int, lex: Lexicon | None = None) -> Span | None:
    """The organisation before "'s " ending at ``pos``: "Platform's Chair ..." → "Platform", "the Acme
    Textile Cluster's manager ..." → "Acme Textile Cluster" (a longer phrase when it reads as an
    organisation's name)."""
    if not _POSSESSIVE_END.search(text, max(0, pos - 6), pos):
        return None
    left = text[max(0, pos - 60):pos]
    m = re.search(r"([^\W\d_][\w-]*)['’]s[ \t]+$", left)
    if not m or not m.group(1)[0].isupper():
        return None
    base = pos - len(left)
    word = Span(base + m.start(1), base + m.end(1))
    if lex is not None:
        run = _run_before(text, word.end)
        if run and run.start < word.start and org_word(clean(text[run.start:run.end]), lex):
            return run
    return word


_REPRESENTED_BY = re.compile(r",[ \t\n]+represented[ \t\n]+by[ \t\n]+(?:(?:the|its|their)[ \t\n]+)?$")


def _represented_org(text: str, pos: int, lex: Lexicon) -> Span | None:
    """"The Province of Limburg, represented by Deputy … Jane Doe": the body before ", represented by"
    is the organisation of the role written after it."""
    m = _REPRESENTED_BY.search(text, max(0, pos - 40), pos)
    if not m:
        return None
    run = _run_before(text, m.start())
    if run and org_like(clean(text[run.start:run.end]), lex) and not valid_person_name(clean(text[run.start:run.end]), lex):
        return run
    return None


def _org_before(text: str, pos: int, lex: Lexicon) -> Span | None:
    """The organisation named right before a role title: "Acme Cluster's Chair", or "Acme Cluster
    President" / "DG GROW Director" (a name with an organisation word, or a gazetteer name)."""
    pos_org = _possessive_before(text, pos, lex)
    if pos_org:
        return pos_org
    gap = re.search(r"[ \t]+$", text[max(0, pos - 5):pos])
    if not gap:
        return None
    run = _run_before(text, pos - len(gap.group()))
    if run is None or lex.role_title_re.search(text, run.start, run.end):
        return None
    # The longest tail of the phrase that names an organisation ("Yesterday DG GROW Director" → "DG GROW");
    # an acronym alone is no organisation here: "ICT Manager", "R&D Director".
    for w in re.finditer(r"\S+", text[run.start:run.end]):
        tail = Span(run.start + w.start(), run.end)
        if text[tail.start].isupper() and _org_named(clean(text[tail.start:tail.end]), lex):
            return tail
    return None


def _org_then_field(text: str, pos: int, lex: Lexicon) -> tuple[int, Span] | None:
    """"EISMEA Project Adviser": before the role title at ``pos``, an organisation's name (a gazetteer
    name, a name with an organisation word or an acronym the text defines) and one or two capitalised
    words of the role's field. Returns (the role's new start, the organisation's span)."""
    gap = re.search(r"[ \t]+$", text[max(0, pos - 5):pos])
    run = _run_before(text, pos - len(gap.group())) if gap else None
    if not run:
        return None
    words = list(re.finditer(r"\S+", text[run.start:pos]))
    for k in range(len(words) - 1, max(0, len(words) - 3), -1):
        field = [w.group() for w in words[k:]]
        if not all(w[0].isupper() and w not in lex.org_suffixes and key(w) not in lex.cities and key(w) not in lex.countries
                   for w in field):
            break
        left = clean(text[run.start:run.start + words[k - 1].end()])
        if _org_named(left, lex) or _is_defined_acronym(text, left):
            return run.start + words[k].start(), Span(run.start, run.start + words[k - 1].end())
    return None


# Words that qualify a role title written before a name ("European Commissioner", "Deputy Mayor").
_ROLE_QUALIFIERS = frozenset({"European", "Regional", "National", "Federal", "Deputy", "Senior", "Acting", "Former",
                              "Interim", "Assistant", "Associate", "Vice", "Junior", "Principal"})


def _qualified_start(text: str, start: int) -> int:
    """Start of a role title with the qualifiers written before it ("European Commissioner" → "European")."""
    while True:
        m = re.search(r"(?<![\w-])([A-Z][a-z]+)[ \t]+$", text[max(0, start - 20):start])
        if not m or m.group(1) not in _ROLE_QUALIFIERS:
            return start
        start = start - len(m.group())


def _title_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Ms. Jane Doe", "Commissioner Doe", "Platform's Chair Jane Doe", "CEO Jane Doe"."""
    out: list[Statement] = []
    lower = lower_case_words(text)
    for m in title_re(lex).finditer(text):
        title = m.group(1)
        if not title[0].isupper():
            continue
        span = person_name_at(text, m.end(), lex, min_words=1)
        if not span or (" " not in text[span.start:span.end] and text[span.start:span.end].lower() in lower):
            continue  # "Cadet Programs": a title before an ordinary word
        is_role = bool(lex.role_title_re.fullmatch(title))
        q = _qualified_start(text, m.start(1)) if is_role else m.start(1)
        org = (_org_before(text, q, lex) or _represented_org(text, q, lex)) if is_role else None
        out.append(Statement(span, "title", title=title, role=clean(text[q:m.end(1)]) if is_role else None,
                             role_span=Span(q, m.end(1)) if is_role else None, org=org if is_role else None))
    for m in _role_titles_in(text, lex.role_title_re):
        # "Chair Jane Doe": a capitalised role title directly before a full name (in any case after
        # an organisation's possessive: "Acme Cluster's manager Jane Doe").
        possessive = _possessive_before(text, m.start(), lex)
        if not m.group()[0].isupper() and not possessive:
            continue
        gap = re.match(r"[ \t]*\n?[ \t]*", text[m.end():])
        span = person_name_at(text, m.end() + gap.end(), lex)
        if not span or gap.end() == 0:
            continue
        q = m.start() if possessive else _qualified_start(text, m.start())
        split = None if possessive else _org_then_field(text, q, lex)
        if split:
            q, org = split  # "EISMEA Project Adviser Jane Doe": "Project" belongs to the role
        else:
            org = possessive or _org_before(text, q, lex) or _represented_org(text, q, lex)
        out.append(Statement(span, "role-before-name", role=clean(text[q:m.end()]), role_span=Span(q, m.end()), org=org))
    out += _role_field_before_name(text, lex, lower)
    return out


# Endings of the abstract nouns that close a field of work ("Strategy", "Transformation", "Affairs"
# is in not_person_words): no person's first name ends so.
_FIELD_NOUN = re.compile(r"(?:tion|sion|ment|ity|ness|ship|ism|ics|gy|ure|ance|sation|zation)s?$")


def _role_field_before_name(text: str, lex: Lexicon, lower: frozenset[str]) -> list[Statement]:
    """"Commissioner for Industrial Strategy Jane Doe said" / "Minister of Economy Jane Doe": a capitalised
    role title, "for"/"of" and its field (or, after "of", an organisation's name), then the name, with no comma. The name is the longest person-shaped tail of the phrase whose
    first word is no word the text writes in lower case and no abstract noun ("Strategy Jane Doe" is no name)."""
    out: list[Statement] = []
    for m in _role_titles_in(text, lex.role_title_re):
        if not m.group()[0].isupper():
            continue
        fr = re.match(r"[ \t]+(for|of)[ \t]+(?:the[ \t]+)?(?=" + UPPER + ")", text[m.end():m.end() + 12])
        if not fr:
            continue
        run = cap_run_at(text, m.end() + fr.end(), list_heads=lex.org_suffixes)
        if not run:
            continue
        starts = [m.end() + fr.end() + w.start() for w in WORD.finditer(text[m.end() + fr.end():run.end])][1:]
        for st in starts:
            span = person_name_at(text, st, lex)
            first = WORD.match(text, st).group()
            if not span or span.end != run.end or first.lower() in lower or _FIELD_NOUN.search(first):
                continue
            if text[span.start - 1:span.start] not in (" ", "\t") or not re.match(r"[ \t]*(?:[.,;:()\n]|[ \t][a-z]|$)", text[span.end:span.end + 2]):
                break
            role_end = span.start - 1
            while text[role_end - 1] in " \t":
                role_end -= 1
            q = _qualified_start(text, m.start())
            if fr.group(1) == "of" and org_word(clean(text[m.end() + fr.end():role_end]), lex):
                # "Director of the Acme Cluster Jane Doe": the organisation, not a field.
                out.append(Statement(span, "role-before-name", role=clean(text[q:m.end()]), role_span=Span(q, m.end()),
                                     org=Span(m.end() + fr.end(), role_end)))
                break
            out.append(Statement(span, "role-before-name", role=clean(text[q:role_end]),
                                 role_span=Span(q, role_end), org=_org_before(text, q, lex) or _represented_org(text, q, lex)))
            break
    return out

def _name_ending_at(text: str, end: int, lex: Lexicon) -> Span | None:
    """The longest person-shaped name that ends exactly at ``end`` (up to four words back)."""
    left = text[max(0, end - 90):end]
    base = end - len(left)
    starts = [m.start() for m in WORD.finditer(left)][-5:]
    for st in starts:
        span = person_name_at(text, base + st, lex)
        if span and span.end == end:
            words = text[span.start:span.end].split()
            if len(set(words)) < len(words):
                continue  # "Five questions to Jane Doe\nJane Doe has been …" folded into one line
            nl = text.rfind("\n", span.start, span.end)
            if nl != -1 and person_name_at(text, nl + 1, lex) == Span(nl + 1, end):
                continue  # the line above ends with something else ("…, Acme Heights\nJane Doe, CEO")
            return span
    return None


def _apposition_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"…, Jane Doe, Director-General of DG GROW, said" and "Welcome: Jane Doe, CEO, Acme": an
    appositive role after a name anywhere in the text."""
    out: list[Statement] = []
    for m in re.finditer(r",[ \t]+|[ \t]+[–—|-][ \t]+", text):
        if not lex.role_title_re.search(text, m.end(), min(len(text), m.end() + 40)):
            continue
        name = _name_ending_at(text, m.start(), lex)
        if not name:
            continue
        app = apposition(text, name, lex)
        if app:
            role, rspan, org = app
            titles = list(lex.role_title_re.finditer(text, rspan.start, rspan.end))
            if titles and titles[-1].end() < rspan.end and valid_person_name(clean(text[titles[-1].end():rspan.end]), lex):
                # "Jane Doe, Social Policy Director\nJohn Roe, Consultant …" folded into one line: the
                # role ends at its title, the next person starts there.
                role, rspan, org = clean(text[rspan.start:titles[-1].end()]), Span(rspan.start, titles[-1].end()), None
            if org is None and re.match(r"(?:its|their)[ \t\n]", text[m.end():m.end() + 6]):
                org = _subject_org(text, name.start, lex)  # "Jane Doe, its managing director, said"
            out.append(Statement(name, "apposition", role=role, role_span=rspan, org=org))
    return out


def _subject_org(text: str, pos: int, lex: Lexicon) -> Span | None:
    """The organisation "its" refers to at ``pos``: the one (with an organisation word) opening the
    sentence, or, when the sentence opens at ``pos``, the previous one."""
    sent = _sentence_start(text, pos)
    if not text[sent:pos].strip(" \t\n") and sent > 1:
        sent = _sentence_start(text, sent - 1)
    run = cap_run_at(text, _LEAD.match(text, sent).end(), list_heads=lex.org_suffixes)
    if run and run.end <= pos and org_word(clean(text[run.start:run.end]), lex):
        return run
    return None


def _paren_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Jane Doe (Acme Cluster Association)": an organisation in brackets after a name; "Jane Doe
    (Director, Acme Cluster)": a role and its organisation."""
    out: list[Statement] = []
    for m in re.finditer(r"[ \t]+\(([A-Z][^()\n]{1,80})\)", text):
        inner = clean(m.group(1))
        if lex.role_title_re.match(text, m.start(1)):
            # "Jane Doe (Director, Acme Cluster)" / "Jane Doe (CEO of Acme)": a role, then its organisation.
            name = _name_ending_at(text, m.start(), lex)
            comma = text.find(",", m.start(1), m.end(1))
            parsed = role_segment(text, m.start(1), comma if comma != -1 else m.end(1), lex) if name else None
            if parsed:
                role, rspan, org = parsed
                if comma != -1 and (org is None or (org.end == comma and not org_word(clean(text[org.start:org.end]), lex))):
                    # "(Director, Acme Cluster)"; "(Head of Innovation, Acme Alliance)": "of Innovation" is a field.
                    k = comma + 1 + len(text[comma + 1:m.end(1)]) - len(text[comma + 1:m.end(1)].lstrip())
                    after = cap_run_at(text, k, list_heads=lex.org_suffixes, single_line=True)
                    if after and after.end > m.end(1):
                        after = None
                    if org is None:
                        org = after
                    elif after and org_word(clean(text[after.start:after.end]), lex):
                        role, rspan, org = clean(text[m.start(1):comma]), Span(m.start(1), comma), after
                out.append(Statement(name, "name-paren-role", role=role, role_span=rspan, org=org))
            continue
        org = Span(m.start(1), m.start(1) + len(m.group(1).rstrip()))
        if "," in inner:
            # "Jane Doe (Acme Cluster, Spain)": the first part that names an organisation.
            parts = [Span(p.start() + m.start(1) + len(p.group()) - len(p.group().lstrip()), p.end() + m.start(1) - (len(p.group()) - len(p.group().rstrip())))
                     for p in re.finditer(r"[^,]+", m.group(1))]
            org = next((p for p in parts if _org_named(clean(text[p.start:p.end]), lex)), None)
            if org is None or any(len(text[p.start:p.end].split()) > 6 or not text[p.start:p.start + 1].isupper() for p in parts):
                continue
            inner = clean(text[org.start:org.end])
        elif not _org_named(inner, lex) and not _org_acronym(inner, lex):
            continue
        name = _name_ending_at(text, m.start(), lex)
        if name and not _org_named(inner, lex) and _inside_a_longer_name(text, name, inner, lex):
            continue  # "National Institute on Drug Abuse (NIDA)": the acronym of the whole phrase
        if name and not _initials_of(inner, clean(text[name.start:name.end])):
            out.append(Statement(name, "name-paren", org=org))
    return out


def _inside_a_longer_name(text: str, name: Span, acronym: str, lex: Lexicon) -> bool:
    """The person-shaped words before "(ACR)" end a longer capitalised phrase: a connector or a
    capitalised word other than a title comes before them ("Union of Rightist Forces", "Center for
    International Private Enterprise"), the acronym spells the phrase's initials, or a word of the name
    is one the text also writes in lower case."""
    lower = lower_case_words(text)
    if any(w.lower() in lower and w.lower() not in NAME_PARTICLES for w in clean(text[name.start:name.end]).split()):
        return True  # "Customer Technical Support (MCC)": words the text also writes in lower case
    base = max(0, name.start - 120)
    window = re.sub(r"(?<!\n)\n(?!\n)", " ", text[base:name.end])  # (a PDF line break inside the phrase)
    run = _run_before(window, len(window))
    if run and run.start < name.start - base and acronym.upper() == "".join(w[0] for w in clean(window[run.start:run.end]).split() if w[0].isupper()):
        return True
    prev = re.search(r"(\S+)[ \t]*\n?[ \t]*$", window[:name.start - base])
    if not prev:
        return False
    word = prev.group(1)
    if word.lower() in ORG_CONNECTORS:
        return True
    return word[0].isupper() and word[-1].isalpha() and not lex.role_title_re.fullmatch(word) and not title_re(lex).match(word + " x")


def _org_acronym(word: str, lex: Lexicon) -> bool:
    """"Jane Doe (PARP)": an acronym of three or more capitals in brackets after a name is her
    organisation's (no country, city or role: "(MEP)", "(FR)")."""
    return (bool(re.fullmatch(r"[A-Z][A-Za-z0-9&-]{2,11}", word)) and is_acronym(word) and sum(c.isupper() for c in word) >= 3
            and key(word) not in lex.countries and key(word) not in lex.cities and not lex.role_title_re.fullmatch(word))


def _org_named(name: str, lex: Lexicon) -> bool:
    return key(name) in lex.gazetteer_by_key or any(w in lex.org_suffixes for w in name.split())


def _from_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Jane Doe from Acme Cluster" / "Jane Doe at the University of X" / "Jane Doe of the Acme
    Agency" (after "of" only a titled person, "Dr Jane Doe", and a name with an organisation word,
    a gazetteer name or an acronym: "Bronze Label of the Acme Cluster" is no person): where a person works."""
    out: list[Statement] = []
    titled = {m.end() for m in title_re(lex).finditer(text)}
    for m in re.finditer(r"[ \t\n]+(from|at|of)[ \t\n]+(?:the[ \t\n]+)?(?=" + UPPER + ")", text):
        name = _name_ending_at(text, m.start(), lex)
        if not name:
            continue
        pos = m.end()
        if lex.org_type_nouns:
            # "from the French competitiveness cluster Pôle Mer": the name follows the kind of organisation.
            nouns = "|".join(re.escape(n) for n in lex.org_type_nouns)
            kind = re.match(r"(?:[A-Z][\w-]+[ \t\n]+)?(?:[a-z][\w-]*[ \t\n]+){0,2}?(?:" + nouns + r")[ \t]+(?=" + UPPER0 + ")", text[pos:pos + 80])
            pos += kind.end() if kind else 0
        org = cap_run_at(text, pos, list_heads=lex.org_suffixes)
        if org:
            # "from the network Acme Noord and Jane Doe": the organisation ends before the next person.
            for conj in re.finditer(r"[ \t\n]+(?:and|&)[ \t\n]+", text[org.start:org.end]):
                nxt = person_name_at(text, org.start + conj.end(), lex)
                if nxt and nxt.end == org.end:
                    org = Span(org.start, org.start + conj.start())
                    break
        if m.group(1) == "of" and not (org and org_word(clean(text[org.start:org.end]), lex) and (
                name.start in titled or _is_defined_acronym(text, clean(text[org.start:org.end]))
                or re.search(r"(?<![\w-])by[ \t\n]+$", text[max(0, name.start - 4):name.start]))):
            continue  # "Jane Doe of Brussels"; but "Dr Jane Doe of the Acme Agency", "Jane Doe of the ACA"
            # (an acronym the text defines), "coordinated by Jane Doe of the Acme Agency"
        if org and org_like(clean(text[org.start:org.end]), lex) or org and not valid_person_name(clean(text[org.start:org.end]), lex):
            out.append(Statement(name, "name-from-org", org=org))
    return out


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence (or list item, or line) holding ``pos``."""
    return max(text.rfind(c, 0, pos) for c in (".", ";", ":", "\n", "!", "?")) + 1


_LEAD = re.compile(r"[ \t\n]*(?:[-•*–—►✓➢]|\d{1,2}[.)])?[ \t\n]*(?:the[ \t\n]+|The[ \t\n]+)?")


_NOT_ROLE_MODIFIERS = frozenset({"own", "and", "or", "the", "a", "an", "has", "had", "have", "is", "was", "will", "would", "to",
                                 "with", "by", "for", "of", "at", "in", "on", "as", "who", "which", "that"})


def _its_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Acme Cluster, presented by its manager Jane Doe": the role of "its"/"their" belongs to the
    organisation that opens the sentence or list item (when it has an organisation word); a sentence
    opening with "Its managing director, Jane Doe, …" takes the one opening the sentence before.
    "our internationalisation manager, Jane Doe": the role, with no organisation named.
    Up to two lower-case words before the role title belong to the role ("its managing director")."""
    out: list[Statement] = []
    for m in re.finditer(r"(?<![\w-])(its|their|our|Its|Their|Our)[ \t\n]+", text):
        role = lex.role_title_re.match(text, m.end())
        mods = m.end()
        if not role:
            # "its managing director", "our internationalisation manager": lower-case words first.
            for w in list(re.finditer(r"[a-z][\w-]*[ \t\n]+", text[m.end():m.end() + 60]))[:2]:
                word = w.group().strip()
                if w.start() != mods - m.end() or word in _NOT_ROLE_MODIFIERS or word.endswith("ed") or (
                        word.endswith("s") and not word.endswith("ss")):
                    break  # "its members elected Chair …": a verb or a plural is no part of a role
                mods = m.end() + w.end()
                role = lex.role_title_re.match(text, mods)
                if role:
                    break
        if not role:
            continue
        gap = re.match(r"[ \t\n]*,?[ \t\n]*", text[role.end():])
        name = person_name_at(text, role.end() + gap.end(), lex)
        if not name:
            continue
        rstart = m.end()
        if text[m.end():role.start()].split()[:1] and text[m.end():role.start()].split()[0] in ("new", "former", "current"):
            rstart = m.end() + len(re.match(r"\S+[ \t\n]+", text[m.end():]).group())  # "its new director"
        role_text = clean(text[rstart:role.end()])
        if m.group(1).lower() == "our":
            out.append(Statement(name, "our-role", role=role_text, role_span=Span(rstart, role.end())))
            continue
        run = _subject_org(text, m.start(), lex)  # (the sentence before: "… Acme Cluster was awarded … . Its director, Jane Doe")
        if run:
            out.append(Statement(name, "its-role", role=role_text, role_span=Span(rstart, role.end()), org=run))
    return out


def _is_defined_acronym(text: str, word: str) -> bool:
    """``word`` is an acronym ("SCA") the text defines in brackets after a name ("… Association (SCA)")."""
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", word)) and bool(re.search(r"[a-z][ \t]+\(" + re.escape(word) + r"\)", text))


def _defined_acronym_before(text: str, pos: int) -> Span | None:
    """The acronym right before ``pos`` ("the SCA chairwoman") when the text defines it in brackets
    after a name ("Saxon Cluster Association (SCA)")."""
    m = re.search(r"(?<![\w-])([A-Z][A-Z0-9&]{1,9})[ \t\n]+$", text[max(0, pos - 16):pos])
    if not m or not _is_defined_acronym(text, m.group(1)):
        return None
    base = max(0, pos - 16)
    return Span(base + m.start(1), base + m.end(1))


def _initials_of(acronym: str, name: str) -> bool:
    return acronym.isupper() and acronym == "".join(w[0] for w in name.split() if w[0].isupper())


def _role_of_org_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"CEO of Acme, Jane Doe" / "the Commissioner for Research and Innovation, Jane Doe" / "the
    cluster manager of the Acme Cluster, Jane Doe" / "Acme Cluster's CEO, Jane Doe"."""
    out: list[Statement] = []
    for m in _role_titles_in(text, lex.role_title_re):
        possessive = _possessive_before(text, m.start(), lex)
        if possessive and re.match(r",[ \t\n]+", text[m.end():m.end() + 4]):
            # "Acme Cluster's CEO, Jane Doe, said": the organisation's possessive before the role.
            name = person_name_at(text, m.end() + re.match(r",[ \t\n]+", text[m.end():]).end(), lex)
            lead = re.search(r"(?:,|[ \t]+[–—])[ \t\n]+(?:(?:the|a|an)[ \t\n]+)?$", text[max(0, possessive.start - 12):possessive.start])
            if lead and _name_ending_at(text, possessive.start - len(lead.group()), lex):
                continue  # "Jane Doe, Acme's CEO, John Roe": the role is Jane Doe's
            if name and re.match(r"[ \t]*(?:[.,;:()\n]|$)", text[name.end:name.end + 2]):
                out.append(Statement(name, "role-of-org-name", role=clean(m.group()), role_span=Span(m.start(), m.end()), org=possessive))
            continue
        comma = re.match(r",[ \t\n]+", text[m.end():m.end() + 4])
        named = _org_before(text, m.start(), lex) or _defined_acronym_before(text, m.start()) if comma else None
        if named and re.search(r"(?<![\w-])the[ \t\n]+$", text[max(0, named.start - 6):named.start]):
            # "by the SCA chairwoman, Jane Doe": the organisation (a name with an organisation word, or
            # an acronym the text defines in brackets) between "the" and the role.
            name = person_name_at(text, m.end() + comma.end(), lex)
            lead = re.search(r"(?:,|[ \t]+[–—])[ \t\n]+the[ \t\n]+$", text[max(0, named.start - 12):named.start])
            if (name and re.match(r"[ \t]*(?:[.,;:()\n]|$)", text[name.end:name.end + 2])
                    and not (lead and _name_ending_at(text, named.start - len(lead.group()), lex))):
                out.append(Statement(name, "role-of-org-name", role=clean(m.group()), role_span=Span(m.start(), m.end()), org=named))
            continue
        if not m.group()[0].isupper():
            # "the cluster manager of the Acme Cluster, Jane Doe": a role in lower case after "the".
            of = re.match(r"[ \t\n]+(?:of|at)[ \t\n]+(?:the[ \t\n]+)?(?=" + UPPER0 + ")", text[m.end():m.end() + 12])
            if not of or not re.search(r"(?<![\w-])the[ \t\n]+(?:(?:new|former|current|outgoing|acting|incoming)[ \t\n]+)?$",
                                       text[max(0, m.start() - 16):m.start()], re.I):
                continue
            run = cap_run_at(text, m.end() + of.end(), list_heads=lex.org_suffixes)
            if not run or not org_like(clean(text[run.start:run.end]), lex):
                continue
        else:
            run = cap_run_at(text, m.start(), list_heads=lex.org_suffixes)
        if not run:
            continue
        end = run.end
        # "the Director for Industrial Transformation at DG GROW, Jane Doe", "the Head of the Acme
        # Network unit at EISMEA, Jane Doe": the organisation after "at"/"in" (and a unit word).
        at = re.match(r"(?:[ \t\n]+([a-z]+))?[ \t\n]+(?:at|in)[ \t\n]+(?:the[ \t\n]+)?(?=" + UPPER0 + ")", text[end:end + 40])
        if at and (not at.group(1) or at.group(1).capitalize() in lex.unit_words):
            parent = cap_run_at(text, end + at.end(), list_heads=lex.org_suffixes)
            if parent:
                end = parent.end
        if not re.search(r"\s(?:of|for|at|in)\s", text[m.end():end]):
            continue  # "CEO, Jane Doe" alone is the other way round ("Name, Role") too often
        # "… at the Łódź Region Development Agency (LRDA), Jane Doe": the acronym in brackets may follow.
        after = re.match(r"(?:[ \t]+\([A-Z][\w&-]{1,14}\))?,[ \t\n]+", text[end:end + 24])
        if not after:
            continue
        lead = re.search(r"(?:,|[ \t]+[–—])[ \t\n]+(?:(?:the|a|an)[ \t\n]+)?$", text[max(0, m.start() - 12):m.start()])
        if lead and _name_ending_at(text, m.start() - len(lead.group()), lex):
            continue  # "Jane Doe, CEO of Acme, John Roe, …": the role is Jane Doe's
        name = person_name_at(text, end + after.end(), lex)
        if not name or not re.match(r"[ \t]*(?:[.,;:()\n]|$)", text[name.end:name.end + 2]):
            continue
        parsed = role_segment(text, m.start(), end, lex)
        if parsed:
            role, rspan, org = parsed
            out.append(Statement(name, "role-of-org-name", role=role, role_span=rspan, org=org))
    return out


_COPULA = re.compile(r"(?:,[ \t\n]+who)?[ \t\n]+(?:has[ \t\n]+been|had[ \t\n]+been|is|was|became|has[ \t\n]+become|will[ \t\n]+be|serves[ \t\n]+as|"
                     r"served[ \t\n]+as|works[ \t\n]+as|worked[ \t\n]+as)[ \t\n]+(?:(?:the|a|an)[ \t\n]+)?(?:new[ \t\n]+)?")


def _copula_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Jane Doe has been cluster manager of the Acme ICT Cluster since 2015" / "Jane Doe, who is the
    new Director of Acme Agency,": a role (in any case) after a verb, with the organisation it is held in."""
    out: list[Statement] = []
    for m in _COPULA.finditer(text):
        role = lex.role_title_re.match(text, m.end())
        if not role:
            continue
        name = _name_ending_at(text, m.start(), lex)
        if not name:
            continue
        parsed = role_segment(text, m.end(), segment_end(text, m.end()), lex)
        if not parsed or parsed[2] is None or not org_like(clean(text[parsed[2].start:parsed[2].end]), lex):
            continue  # "Jane Doe was director for ten years", "… is Head of Innovation"
        out.append(Statement(name, "name-is-role", role=parsed[0], role_span=parsed[1], org=parsed[2]))
    return out


def _as_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"… of Jane Doe as Cluster Manager of the Year": a name before "as" + role title (no role row:
    these are mostly awards)."""
    out = []
    for m in re.finditer(r"[ \t\n]as[ \t\n]+(?:the[ \t\n]+|new[ \t\n]+)*(?=" + UPPER + ")", text):
        seg = text[m.end():m.end() + 60]
        if not lex.role_title_re.match(seg) and not re.match(r"[A-Z]\w+[ \t\n]+" + lex.role_title_re.pattern, seg):
            continue
        left = text[max(0, m.start() - 50):m.start()]
        words = list(WORD.finditer(left))
        for k in range(max(0, len(words) - 4), len(words) - 1):
            start = m.start() - len(left) + words[k].start()
            span = person_name_at(text, start, lex)
            if span and span.end == m.start():
                out.append(Statement(span, "name-as-role"))
                break
    return out


_INTERVIEW_WITH = re.compile(r"(?<![\w-])(?:[Ii]nterview(?:ed)?|[Cc]onversation|Q&A)[ \t]+with[ \t]+")


def _our_is_the_interviewee(text: str, found: list[Statement]) -> list[Statement]:
    """In an interview ("An interview with Jane Doe, cluster manager of the Acme Cluster"), "our
    export manager, John Roe" speaks of the interviewee's organisation."""
    if not any(st.rule == "our-role" for st in found):
        return found
    starts = {m.end() for m in _INTERVIEW_WITH.finditer(text)}
    org = next((st.org for st in found if st.person.start in starts and st.org), None)
    if org is None:
        return found
    return [Statement(st.person, st.rule, st.title, st.role, st.role_span, org, st.units) if st.rule == "our-role" else st
            for st in found]


def find_statements(text: str, lex: Lexicon, blocks=()) -> list[Statement]:
    """Every cue-based person finding in a document text. With the document's ``blocks``, the
    in-sentence rules read line breaks inside paragraphs as spaces ("President\nof the Acme Cluster"
    is one phrase); the line rules (signatures, agendas, list entries) keep every line break, since
    segmentation may call a signature block a paragraph."""
    prose = fold_soft_wraps(text, blocks) if blocks else text
    found = (_cue_statements(prose, lex) + _role_label_statements(text, lex) + _title_statements(prose, lex) + line_statements(text, lex)
             + _apposition_statements(prose, lex) + _paren_statements(prose, lex) + _role_of_org_statements(prose, lex)
             + entry_statements(text, lex) + _from_statements(prose, lex) + _its_role_statements(prose, lex)
             + _as_role_statements(prose, lex) + _copula_role_statements(prose, lex) + table_statements(text, lex)
             + cell_table_statements(text, lex) + label_block_statements(text, lex))
    return _our_is_the_interviewee(text, found)
