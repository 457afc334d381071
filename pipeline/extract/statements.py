"""Statements about people found by cue rules on the text: who is named where, with which title,
role and organisation as the text states them.

Rules: a title before a name ("Ms. Jane Doe", "Commissioner Doe"), a role title before a name
("Platform's Chair Jane Doe"), label lines ("Moderation: Jane Doe"), "Submitted by Jane Doe",
agenda lines ("Jane Doe, Head of Unit, DG GROW"), a name line with a role line (and an
organisation line) under it, appositive roles ("Jane Doe, Director-General of DG RTD, said"),
"Jane Doe (Acme Cluster)", "the Chair of Acme, Jane Doe", "Acme Cluster, Jane Doe;" list entries
and "Jane Doe as Cluster Manager". People, roles and organisations all read these statements.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.shapes import ORG_CONNECTORS, WORD, Span, cap_run_at, clean, fold_soft_wraps, is_cap_word, person_name_at, valid_person_name


def lower_case_words(text: str) -> set[str]:
    """Words the document writes in lower case: ordinary words, not names ("smoke", "healthy")."""
    return {m.group() for m in re.finditer(r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ'’]+(?![\w-])", text)}


# Label / cue words before a name, with the role they state ("" = none). Lower-case, regex-escaped.
# Kept next to the code because each needs its own shape ("Moderation:" vs "moderated by").
_CUES = (
    (r"(?:moderation|moderator|moderated\s+by|facilitator|facilitated\s+by|chaired\s+by)\s*[:\-–]?\s*", "Moderator"),
    (r"(?:speakers?|panellists?|panelists?|keynote|presented\s+by|presenter)\s*:\s*", ""),
    (r"(?:submitted|posted|written|authored)\s+by\s+", ""),
    (r"(?:contact|contact\s+person)\s*:\s*", ""),
)
_CUE_RE = re.compile(r"(?<![\w])(?:" + "|".join(f"({c})" for c, _ in _CUES) + r")", re.I)
_BULLET = re.compile(r"[ \t]*(?:[-•*–—►✓➢]|\d{1,2}[.)])?[ \t]*")
_ROLE_SEP = re.compile(r"[ \t]*(?:,|–|—|\s-\s|\|)[ \t]*")


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


def _title_re(lex: Lexicon) -> re.Pattern[str]:
    titles = "|".join(re.escape(t) for t in lex.person_titles)
    # A title ends at a full stop or a space; "President\nBasque Cluster Association" is a role line.
    return re.compile(r"(?<![\w])(" + titles + r")(?:\.[ \t]*\n?[ \t]*|[ \t]+)(?=[^\W\d_])")


def _role_segment(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, Span, Span | None] | None:
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


def _org_like(name: str, lex: Lexicon) -> bool:
    """Reads as an organisation's name rather than a field of work ("Acme Cluster" vs "Innovation")."""
    words = name.split()
    return bool(words) and (key(name) in lex.gazetteer_by_key or any(w in lex.org_suffixes for w in words)
                            or len(words) >= 2 or sum(c.isupper() for c in name) >= 2)


def _org_word(name: str, lex: Lexicon) -> bool:
    """Has an organisation word, is a gazetteer name or an acronym."""
    words = name.split()
    return bool(words) and (key(name) in lex.gazetteer_by_key or any(w in lex.org_suffixes for w in words)
                            or (len(words) == 1 and sum(c.isupper() for c in name) >= 2))


def _segment_end(text: str, pos: int) -> int:
    """End of a role segment: next comma, semicolon, bracket, line end or sentence end."""
    m = re.compile(r",|;|\(|\)|\n|\.(?:\s|$)").search(text, pos)
    return m.start() if m else len(text)


def _apposition(text: str, name: Span, lex: Lexicon) -> tuple[str, Span, Span | None] | None:
    """Role (and organisation) stated right after a name: "Jane Doe, CEO, Acme" / "Jane Doe – CEO of Acme"."""
    sep = _ROLE_SEP.match(text, name.end)
    if not sep or sep.end() == name.end:
        return None
    s = sep.end()
    e = _segment_end(text, s)
    parsed = _role_segment(text, s, e, lex)
    if not parsed:
        return None
    role, rspan, org = parsed
    if org is not None and not _org_like(clean(text[org.start:org.end]), lex) and e < len(text) and text[e] == ",":
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
                    and (not re.match(r"[ \t]+[a-z]", text[run.end:]) or _org_word(clean(text[run.start:run.end]), lex))):
            # A lower-case word after the name ends it only when it is an organisation's name
            # ("…, Acme Cluster presented"), not the start of a field ("Clusters and Social economy").
            org = run
    return role, rspan, org


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


def _possessive_before(text: str, pos: int) -> Span | None:
    """The word before "'s " ending at ``pos`` ("Platform's Chair ..." → "Platform")."""
    left = text[max(0, pos - 60):pos]
    m = re.search(r"([^\W\d_][\w-]*)['’]s[ \t]+$", left)
    if not m or not m.group(1)[0].isupper():
        return None
    base = pos - len(left)
    return Span(base + m.start(1), base + m.end(1))


def _title_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Ms. Jane Doe", "Commissioner Doe", "Platform's Chair Jane Doe", "CEO Jane Doe"."""
    out: list[Statement] = []
    lower = lower_case_words(text)
    for m in _title_re(lex).finditer(text):
        title = m.group(1)
        if not title[0].isupper():
            continue
        span = person_name_at(text, m.end(), lex, min_words=1)
        if not span or (" " not in text[span.start:span.end] and text[span.start:span.end].lower() in lower):
            continue  # "Cadet Programs": a title before an ordinary word
        is_role = bool(lex.role_title_re.fullmatch(title))
        org = _possessive_before(text, m.start())
        out.append(Statement(span, "title", title=title, role=title if is_role else None,
                             role_span=Span(m.start(1), m.end(1)) if is_role else None, org=org if is_role else None))
    for m in lex.role_title_re.finditer(text):
        # "Chair Jane Doe": a capitalised role title directly before a full name.
        if not m.group()[0].isupper():
            continue
        gap = re.match(r"[ \t]*\n?[ \t]*", text[m.end():])
        span = person_name_at(text, m.end() + gap.end(), lex)
        if not span or gap.end() == 0:
            continue
        org = _possessive_before(text, m.start())
        out.append(Statement(span, "role-before-name", role=clean(m.group()), role_span=Span(m.start(), m.end()), org=org))
    return out


def _line_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Agenda and panel lines, name-over-role blocks and "Organisation, Name;" list entries."""
    out: list[Statement] = []
    pos = 0
    lines = text.split("\n")
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines):
        lstart = offsets[i]
        b = _BULLET.match(line)
        start = lstart + (b.end() if b else 0)
        span = person_name_at(text, start, lex)
        if span and span.end <= lstart + len(line) + 200:
            rest = text[span.end:lstart + len(line)] if span.end <= lstart + len(line) else ""
            app = _apposition(text, span, lex)
            if app:
                role, rspan, org = app
                out.append(Statement(span, "line:name-role", role=role, role_span=rspan, org=org))
                continue
            sep = re.match(r"[ \t]*(?:,|–|—|-|\|)[ \t]*", rest)
            if sep and sep.end():
                # "Jane Doe, Acme Cluster Association": an agenda line with an organisation and no role.
                run = cap_run_at(text, span.end + sep.end(), list_heads=lex.org_suffixes, single_line=True)
                if run and not text[run.end:lstart + len(line)].strip(" \t.;"):
                    oname = clean(text[run.start:run.end])
                    if key(oname) in lex.gazetteer_by_key or any(w in lex.org_suffixes for w in oname.split()):
                        out.append(Statement(span, "line:name-org", org=run))
                        continue
            if not rest.strip(" \t;,.") and i + 1 < len(lines) and lines[i + 1].strip():
                # Name alone on its line, role on the next ("Jane Doe\nHead of Unit\n... at the DG X").
                nstart = offsets[i + 1] + len(lines[i + 1]) - len(lines[i + 1].lstrip())
                block_end = text.find("\n\n", nstart)
                block_end = len(text) if block_end == -1 else block_end
                block_end = min(block_end, offsets[min(i + 5, len(lines) - 1)] + len(lines[min(i + 5, len(lines) - 1)]))
                parsed = _role_segment(text, nstart, offsets[i + 1] + len(lines[i + 1]), lex)
                if parsed and len(lines[i + 1].split()) <= 8:
                    role, rspan, org = parsed
                    if org is None:
                        at = re.search(r"(?:^|\n)[ \t]*(?:at|of)[ \t]+(?:the[ \t]+)?(?=[A-Z])", text[rspan.end:block_end])
                        if at:
                            org = cap_run_at(text, rspan.end + at.end(), list_heads=lex.org_suffixes)
                    units: tuple[Span, ...] = ()
                    if org is None and i + 2 < len(lines) and lines[i + 2].strip():
                        # "Jane Doe\nPresident\nAcme Cluster Association": organisation lines under the role.
                        org, units = _signature_orgs(text, offsets[i + 2], block_end, lex)
                    out.append(Statement(span, "line:name-over-role", role=role, role_span=rspan, org=org, units=units))
                    continue
    return out


def _signature_orgs(text: str, start: int, end: int, lex: Lexicon) -> tuple[Span | None, tuple[Span, ...]]:
    """Organisation (and units) in the lines under a signature's role, up to a blank line:
    "Clusters and Industrial Transition,\nEuropean Innovation Council and\nSMEs Executive Agency (EISMEA)".
    Items are separated by commas and line ends (a line ending in "and"/"of"/"for" continues).
    The organisation is the last item with an organisation word, a gazetteer name or an acronym
    (else the first name-shaped item); name-shaped items before it are its units."""
    cuts = [start]
    for m in re.finditer(r",|\n", text[start:end]):
        p = start + m.start()
        if m.group() == "\n" and (re.search(r"(?:^|\s)(?:and|of|for|on|the|&)[ \t]*$", text[cuts[-1]:p])
                                  or re.match(r"[ \t]*[a-z]", text[p + 1:end])):
            continue
        cuts.append(p)
    cuts.append(end)
    items: list[tuple[Span, bool]] = []  # (span, strong)
    for a, b in zip(cuts, cuts[1:]):
        raw = text[a:b]
        lead = len(raw) - len(raw.lstrip(",\n \t"))
        s = a + lead
        seg = raw[lead:].rstrip(" \t.;\n")
        if not seg:
            continue
        span = Span(s, s + len(seg))
        acr = re.search(r"[ \t\n]*\(([A-Z][A-Za-z0-9&\-]{1,14})\)$", seg)
        name = clean(seg[:acr.start()] if acr else seg)
        words = name.split()
        if (not words or re.search(r"\d|@|www\.|https?:", seg) or valid_person_name(name, lex)
                or lex.role_title_re.search(name) or key(name) in lex.cities or key(name) in lex.countries):
            break  # an address, a phone number, the next person: the signature's organisation lines ended
        if not is_cap_word(words[0]) or not all(is_cap_word(w) or w.lower() in ORG_CONNECTORS for w in words) or len(words) > 10:
            break
        strong = bool(acr) or _org_word(name, lex)
        items.append((span, strong))
    if not items:
        return None, ()
    strong = [k for k, (_, st) in enumerate(items) if st]
    k = strong[-1] if strong else 0
    if not strong and not _org_like(clean(text[items[0][0].start:items[0][0].end]), lex):
        return None, ()
    return items[k][0], tuple(sp for sp, _ in items[:k])


def _entry_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Organisation, Jane Doe;" and "Organisation, Jane Doe and John Roe" list entries, one per line
    or several on a line separated by semicolons (the organisation may wrap onto a second line)."""
    out: list[Statement] = []
    for m in re.finditer(r",[ \t]+", text):
        pos = m.end()
        names: list[Span] = []
        while True:
            pspan = person_name_at(text, pos, lex)
            if not pspan:
                break
            names.append(pspan)
            conj = re.match(r"[ \t\n]+and[ \t\n]+", text[pspan.end:])
            if not conj:
                break
            pos = pspan.end + conj.end()
        if not names or not re.match(r"[ \t]*(?:;|\.?[ \t]*(?:\n|$))", text[names[-1].end:names[-1].end + 4]):
            continue
        left = text[max(0, m.start() - 80):m.start()]
        cut = max(left.rfind(";"), left.rfind(":"), left.rfind("\n\n"), left.rfind("."))
        seg_start = m.start() - len(left) + cut + 1
        seg = text[seg_start:m.start()]
        lead = len(seg) - len(_BULLET.sub("", seg.lstrip("\n"), count=1).lstrip()) if seg.strip() else len(seg)
        org_start = seg_start + lead
        org = text[org_start:m.start()]
        if (not org[:1].isupper() or "," in org or len(org.split()) > 6 or org.count("\n") > 1 or "\n\n" in org
                or re.search(r"[.!?()]", org) or valid_person_name(clean(org), lex)):
            continue
        out.extend(Statement(n, "list:org-name", org=Span(org_start, m.start())) for n in names)
    return out


def _name_ending_at(text: str, end: int, lex: Lexicon) -> Span | None:
    """The longest person-shaped name that ends exactly at ``end`` (up to four words back)."""
    left = text[max(0, end - 90):end]
    base = end - len(left)
    starts = [m.start() for m in WORD.finditer(left)][-5:]
    for st in starts:
        span = person_name_at(text, base + st, lex)
        if span and span.end == end:
            nl = text.rfind("\n", span.start, span.end)
            if nl != -1 and person_name_at(text, nl + 1, lex) == Span(nl + 1, end):
                continue  # the line above ends with something else ("…, Acme Heights\nJane Doe, CEO")
            return span
    return None


def _apposition_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"…, Jane Doe, Director-General of DG GROW, said" and "Welcome: Jane Doe, CEO, Acme": an
    appositive role after a name anywhere in the text."""
    out: list[Statement] = []
    for m in re.finditer(r",[ \t]+|[ \t]+[–—][ \t]+", text):
        if not lex.role_title_re.search(text, m.end(), min(len(text), m.end() + 40)):
            continue
        name = _name_ending_at(text, m.start(), lex)
        if not name:
            continue
        app = _apposition(text, name, lex)
        if app:
            role, rspan, org = app
            out.append(Statement(name, "apposition", role=role, role_span=rspan, org=org))
    return out


def _paren_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Jane Doe (Acme Cluster Association)": an organisation in brackets after a name."""
    out: list[Statement] = []
    for m in re.finditer(r"[ \t]+\(([A-Z][^()\n]{1,80})\)", text):
        inner = clean(m.group(1))
        known = key(inner) in lex.gazetteer_by_key
        if not known and not any(w in lex.org_suffixes for w in inner.split()):
            continue
        name = _name_ending_at(text, m.start(), lex)
        if name and not _initials_of(inner, clean(text[name.start:name.end])):
            out.append(Statement(name, "name-paren", org=Span(m.start(1), m.start(1) + len(m.group(1).rstrip()))))
    return out


def _from_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Jane Doe from Acme Cluster" / "Jane Doe at the University of X" / "Jane Doe of the Acme
    Agency" (after "of" only a titled person, "Dr Jane Doe", and a name with an organisation word,
    a gazetteer name or an acronym: "Bronze Label of the Acme Cluster" is no person): where a person works."""
    out: list[Statement] = []
    titled = {m.end() for m in _title_re(lex).finditer(text)}
    for m in re.finditer(r"[ \t\n]+(from|at|of)[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])", text):
        name = _name_ending_at(text, m.start(), lex)
        if not name:
            continue
        pos = m.end()
        if lex.org_type_nouns:
            # "from the French competitiveness cluster Pôle Mer": the name follows the kind of organisation.
            nouns = "|".join(re.escape(n) for n in lex.org_type_nouns)
            kind = re.match(r"(?:[A-Z][\w-]+[ \t\n]+)?(?:[a-z][\w-]*[ \t\n]+){0,2}?(?:" + nouns + r")[ \t]+(?=[A-Z0-9])", text[pos:pos + 80])
            pos += kind.end() if kind else 0
        org = cap_run_at(text, pos, list_heads=lex.org_suffixes)
        if m.group(1) == "of" and (name.start not in titled or not org or not _org_word(clean(text[org.start:org.end]), lex)):
            continue  # "Jane Doe of Brussels"
        if org and _org_like(clean(text[org.start:org.end]), lex) or org and not valid_person_name(clean(text[org.start:org.end]), lex):
            out.append(Statement(name, "name-from-org", org=org))
    return out


def _its_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Acme Cluster, presented by its manager Jane Doe": the role of "its"/"their" belongs to the
    organisation that opens the sentence or list item (when it has an organisation word)."""
    out: list[Statement] = []
    for m in re.finditer(r"(?<![\w-])(?:its|their)[ \t\n]+", text):
        role = lex.role_title_re.match(text, m.end())
        if not role:
            continue
        gap = re.match(r"[ \t\n]*,?[ \t\n]*", text[role.end():])
        name = person_name_at(text, role.end() + gap.end(), lex)
        if not name:
            continue
        bounds = [text.rfind(c, 0, m.start()) for c in (".", ";", ":", "\n", "!", "?")]
        sent = max(bounds) + 1
        lead = re.match(r"[ \t\n]*(?:[-•*–—►✓➢]|\d{1,2}[.)])?[ \t\n]*(?:the[ \t\n]+|The[ \t\n]+)?", text[sent:m.start()])
        run = cap_run_at(text, sent + lead.end(), list_heads=lex.org_suffixes)
        if run and _org_word(clean(text[run.start:run.end]), lex):
            out.append(Statement(name, "its-role", role=clean(role.group()), role_span=Span(role.start(), role.end()), org=run))
    return out


def _initials_of(acronym: str, name: str) -> bool:
    return acronym.isupper() and acronym == "".join(w[0] for w in name.split() if w[0].isupper())


def _role_of_org_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"CEO of Acme, Jane Doe" / "the Commissioner for Research and Innovation, Jane Doe"."""
    out: list[Statement] = []
    for m in lex.role_title_re.finditer(text):
        if not m.group()[0].isupper():
            continue
        run = cap_run_at(text, m.start(), list_heads=lex.org_suffixes)
        if not run or not re.search(r"\s(?:of|for|at)\s", text[m.end():run.end]):
            continue  # "CEO, Jane Doe" alone is the other way round ("Name, Role") too often
        after = re.match(r",[ \t\n]+", text[run.end:run.end + 4])
        if not after:
            continue
        name = person_name_at(text, run.end + after.end(), lex)
        if not name or not re.match(r"[ \t]*(?:[.,;:()\n]|$)", text[name.end:name.end + 2]):
            continue
        parsed = _role_segment(text, m.start(), run.end, lex)
        if parsed:
            role, rspan, org = parsed
            out.append(Statement(name, "role-of-org-name", role=role, role_span=rspan, org=org))
    return out


def _as_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"… of Jane Doe as Cluster Manager of the Year": a name before "as" + role title (no role row:
    these are mostly awards)."""
    out = []
    for m in re.finditer(r"[ \t\n]as[ \t\n]+(?:the[ \t\n]+|new[ \t\n]+)*(?=[A-Z])", text):
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


def find_statements(text: str, lex: Lexicon, blocks=()) -> list[Statement]:
    """Every cue-based person finding in a document text. With the document's ``blocks``, the
    in-sentence rules read line breaks inside paragraphs as spaces ("President\nof the Acme Cluster"
    is one phrase); the line rules (signatures, agendas, list entries) keep every line break, since
    segmentation may call a signature block a paragraph."""
    prose = fold_soft_wraps(text, blocks) if blocks else text
    return (_cue_statements(prose, lex) + _title_statements(prose, lex) + _line_statements(text, lex)
            + _apposition_statements(prose, lex) + _paren_statements(prose, lex) + _role_of_org_statements(prose, lex)
            + _entry_statements(text, lex) + _from_statements(prose, lex) + _its_role_statements(prose, lex)
            + _as_role_statements(prose, lex))
