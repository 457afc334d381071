"""Statement rules where the role (or a cue) comes before the name: label and cue words
("Moderation: Jane Doe", "Submitted by Jane Doe", "Chair: Jane Doe"), titles and role titles before a
name ("Ms. Jane Doe", "Platform's Chair Jane Doe", "EISMEA Project Adviser Jane Doe", "Commissioner for
Industrial Strategy Jane Doe"). The roles whose organisation is said with them ("its"/"our" roles, "the Chair of
Acme, Jane Doe") are in :mod:`pipeline.extract.statement_role_of_org`."""
from __future__ import annotations

import re

from pipeline.extract.given_names import ends_with_given_name, stated_name_opens_with_given_name, starts_with_given_name
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.org_bodies import governing_body
from pipeline.extract.role_genitive_org import genitive_org_before
from pipeline.extract.shapes import WORD, Span, cap_run_at, clean, person_name_at
from pipeline.extract.statement_apposed import after_titles, titled_name_after_field
from pipeline.extract.statement_credits import credit_label_re, credit_office_re
from pipeline.extract.statement_label_shapes import LABEL_COLON, LABEL_LEAD, entry_label, names_an_organisation, translated_label
from pipeline.extract.statement_context import (is_defined_acronym, name_ending_at, org_before, org_named, possessive_before,
                                                represented_org, run_before)
from pipeline.extract.statement_parts import (UPPER, Statement, lower_case_role_field, lower_case_words, org_word, role_titles_in,
                                              title_re)


# Label / cue words before a name, with the role they state ("" = none). Lower-case, regex-escaped.
# Kept next to the code because each needs its own shape ("Moderation:" vs "moderated by").
# A verb ("moderated by", "chaired by") names who did it, not a role the text gives them: no roles row
# (the annotation precedent; `make rules` measured these rows at precision 0.00 on the training sets).
_CUES = (
    (r"(?:moderation|moderator)\s*[:\-–]?\s*", "Moderator"),
    (r"facilitator\s*[:\-–]?\s*", "Facilitator"),  # a workshop's facilitator is stated as such, not as its moderator
    (r"(?:moderated|facilitated|chaired)\s+by\s+", ""),
    (r"(?:speakers?|panellists?|panelists?|keynote|presented\s+by|presenter)\s*:\s*", ""),
    (r"(?:submitted|posted|written|authored)\s+by\s+", ""),
    (r"(?:contact|contact\s+person)\s*:\s*", ""),
)


_CUE_RE = re.compile(r"(?<![\w])(?:" + "|".join(f"({c})" for c, _ in _CUES) + r")", re.I)


def cue_statements(text: str, lex: Lexicon) -> list[Statement]:
    """A name after a label or cue word of ``_CUES`` ("Moderator: Jane Doe", "chaired by Jane Doe", "Speakers: …",
    "Submitted by …", "Contact: …"): rule ``"cue:<first word of the cue>"`` ("cue:moderator", "cue:chaired"), with the
    role the cue states, if any."""
    out: list[Statement] = []
    for m in _CUE_RE.finditer(text):
        span = person_name_at(text, after_titles(text, m.end(), lex), lex)  # "Facilitator: Dr. Jane Doe"
        if not span:
            continue
        group = next(i for i, g in enumerate(m.groups()) if g is not None)
        role = _CUES[group][1] or None
        out.append(Statement(span, "cue:" + clean(m.group()).lower().split()[0], role=role, role_span=Span(m.start(), m.end()) if role else None))
    return out


def _language_line_label(lead: re.Match[str], role: re.Match[str], lex: Lexicon) -> bool:
    """Family "lower-case label in another language": Czech, Slovak, Polish and Nordic board lists write the office
    in lower case ("- místopředsedkyně: Jana Nováková, …", "kassör: Anna Exempel", "- wiceprezes zarządu: Jan
    Kowalski"). A title of ``role_titles_languages.txt`` that English lacks, opening the line (no separator before
    it), is the label as a capitalised one is."""
    return lead.group("sep") is None and role.start() == lead.end() and lex.language_title(role.group())


def role_label_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"Chair: Jane Doe", "Keynote Speaker: Jane Doe", "- Rapporteur: Jane Doe": a capitalised role title
    as the label of a line, the name after it. Rule ``"bracket-role-label"``: the same label opening a
    bracket, in either case, the organisation after the name ("Session A (chair: Dr. Jane Doe, Acme
    University)", "Workshop 2 (Moderator: John Roe)").

    Family "label after a separator or with a qualifier": the label may also open a sentence or follow a
    separator on a contact line ("Two sessions. Trainer: Dr. Jane Doe, Acme.", "Coordinator: A · Press officer:
    B", after a dash in either case: "Acme Cluster (AC) – manager: Jane Doe"), and up to two words may qualify the
    title ("Lead trainer:", "Communication manager:"): the role is
    the whole label; the name must then open with a known given name. A title of another language may be lower case
    at the start of a line (``_language_line_label``). A credit label states no role there, unless it
    names an office of ``role_credit_offices.txt`` ("Contact: info@acme.example · Editor: Jane Doe" → Editor; "· Author:
    John Roe" → none).

    Family "label and dash": at a line's start a dash may stand for the colon, as boards' and teams' lists write them
    ("Treasurer – Mark Wetherall", " Vice-President – John Roe (Acme Ltd)", "Cluster Director – Jane Doe – +358 …")."""
    out: list[Statement] = []
    for m in LABEL_LEAD.finditer(text):
        bracket = m.group().startswith("(")
        dash = m.group("sep") is not None and m.group().strip() in ("–", "—", "-")  # in either case: "Acme GmbH – manager:"
        if m.group("sep") and credit_label_re(lex.data_dir).match(text, m.end()) and not credit_office_re(lex.data_dir).match(text, m.end()):
            continue  # "… · Photo: Jane Doe", "… · Author: John Roe": a credit, which states no role (statement_credits)
        role = lex.role_title_re.match(text, m.end())
        translated = ((role is None or not LABEL_COLON.match(text, role.end())) and not m.group("sep") and not bracket
                      and (tr := translated_label(text, m.end(), lex)) is not None)
        role = tr if translated else role  # "Vicepreședinte / Vice-President:"
        if role is None and not m.group("sep") and not bracket:
            role = entry_label(lex).match(text, m.end())  # "Member: Jane Doe, Acme Cluster"
        if role is None or not LABEL_COLON.match(text, role.end()):
            role = _qualified_title(text, m.end(), lex) or role  # "Lead trainer:" ("Lead" is a title too)
        area = None
        if role is None and not bracket and (area := lex.department_role_re.match(text, m.end())) and LABEL_COLON.match(text, area.end()):
            role = area  # rule family "department role": "Media: Jane Doe", "Communication: Jane Doe (Acme)"
        seat = _SEAT_QUALIFIER.match(text, role.end()) if role and not m.group("sep") and not bracket else None
        if not role or not (bracket or dash or text[m.end()].isupper() or (seat and seat.group("area"))
                            or _language_line_label(m, role, lex)):
            continue
        label_end = seat.end() if seat else role.end()  # "Vice-President (industry):", "vice-chair for research:"
        colon = re.match(r"\**[ \t]*:[ \t]*\**[ \t]*", text[label_end:label_end + 8])
        if not colon and not bracket and m.group("sep") is None and not translated and role is not area:
            colon = _DASH_LABEL.match(text[label_end:label_end + 8])  # a board list's line: "Treasurer – Mark Wetherall"
        if not colon:
            continue
        # (past every courtesy title: "Director: doc. Ing. Jane Doe, Ph.D.")
        name = person_name_at(text, after_titles(text, label_end + colon.end(), lex), lex)
        if name and (m.group("sep") or (role.start() > m.end() and not translated) or role is area) and not starts_with_given_name(clean(text[name.start:name.end]), lex):
            continue  # "Media partner: Fjord Weekly": the widened labels (and an area of work) need a known given name
        if name and names_an_organisation(clean(text[name.start:name.end]), lex):
            continue  # "Membros fundadores: Polo Tecnológico de Lisboa": an organisation's front head opens the value
        if name and not bracket:
            end = seat.end("area") if seat and seat.group("area") else role.end()  # the area is the seat's: "vice-chair for research"
            start = role.start() if translated else m.end()
            out.append(Statement(name, "role-label", role=clean(text[start:end]), role_span=Span(start, end)))
        elif name:
            after = re.match(r",[ \t]*", text[name.end:name.end + 3])
            org = cap_run_at(text, name.end + after.end(), list_heads=lex.org_suffixes, single_line=True) if after else None
            if org is not None and not re.match(r"[ \t]*[),;]", text[org.end:org.end + 2]):
                org = None  # the bracket goes on with more than an organisation's name
            out.append(Statement(name, "bracket-role-label", role=clean(role.group()), role_span=Span(role.start(), role.end()), org=org))
    return out


# Family "label and dash": a board's or a team's list writes each line as the office, a dash and the holder ("Chair – Sir
# Jane Doe,", " Vice-President – John Roe (Acme Ltd)", "Cluster Director – Jane Doe – +358 …"): the dash stands for the
# colon, only at a line's start
_DASH_LABEL = re.compile(r"[ \t]+[–—][ \t]+")
_QUALIFIER = re.compile(r"[A-Za-zÀ-ÿ][\w-]*[ \t]+")
# Family "seat qualifier": what a board seat on a list line's label is held for, after the title and before the colon: a
# college or constituency in brackets ("Vice-President (industry):", "Vice-President (SME college) :"; not part of the
# role) or an area after "for" ("vice-chair for research:", in either case; part of the role)
# Family "body of the seat": the body a label's office is held in, after "of" and in capitals ("Chair of the Advisory
# Council:", "President of the Jury:"; part of the role)
_SEAT_QUALIFIER = re.compile(r"[ \t]*\([^()\n:]{2,40}\)|(?P<area>[ \t]+(?:for[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3}"
                             r"|of[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3}))(?=\**[ \t]*:)")


def _qualified_title(text: str, pos: int, lex: Lexicon) -> re.Match[str] | None:
    """A role title after one or two qualifying words at ``pos`` ("Lead trainer", "Senior policy officer")
    that ends the label, right before its colon; None otherwise."""
    for _ in range(2):
        if (q := _QUALIFIER.match(text, pos)) is None:
            return None
        pos = q.end()
        if (role := lex.role_title_re.match(text, pos)) is not None and LABEL_COLON.match(text, role.end()):
            return role
    return None


def _org_then_field(text: str, pos: int, lex: Lexicon) -> tuple[int, Span] | None:
    """"EISMEA Project Adviser": before the role title at ``pos``, an organisation's name (a gazetteer
    name, a name with an organisation word or an acronym the text defines) and one or two capitalised
    words of the role's field. Returns (the role's new start, the organisation's span)."""
    gap = re.search(r"[ \t]+$", text[max(0, pos - 5):pos])
    run = run_before(text, pos - len(gap.group())) if gap else None
    if not run:
        return None
    words = list(re.finditer(r"\S+", text[run.start:pos]))
    for k in range(len(words) - 1, max(0, len(words) - 3), -1):
        field = [w.group() for w in words[k:]]
        if not all(w[0].isupper() and w not in lex.org_suffixes and key(w) not in lex.cities and key(w) not in lex.countries
                   for w in field):
            break
        left = clean(text[run.start:run.start + words[k - 1].end()])
        if org_named(left, lex) or is_defined_acronym(text, left):
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


_LINE_GAP = re.compile(r"[ \t]*\n?[ \t]*")


def title_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rules ``"title"`` (a person title of ``person_titles.txt`` before a name: "Ms. Jane Doe", "Commissioner Doe")
    and ``"role-before-name"`` (a role title directly before a full name: "Platform's Chair Jane Doe", "CEO Jane Doe").

    Rule ``"role-before-name-language"``, family "another language's title before the name": the same shape with a
    title of ``role_titles_languages.txt`` that English lacks ("zegt directeur Jan Peeters van Acme", "sagte
    Geschäftsführer Jana Beispiel", "Her skal styreleder Kari Nordmann", "liderada pela diretora executiva Ana
    Exemplo"); it is language-neutral (``language_neutral_rules.txt``), so the role stays in a block that is not in
    English, where the same lower-case title with a full name on its line after it states the person's office."""
    out: list[Statement] = []
    lower = lower_case_words(text)
    for m in title_re(lex).finditer(text):
        title = m.group(1)
        if not title[0].isupper():
            continue
        span = person_name_at(text, m.end(), lex, min_words=1)
        if not span or (" " not in text[span.start:span.end] and text[span.start:span.end].lower() in lower):
            continue  # "Cadet Programs": a title before an ordinary word
        if title_re(lex).match(text, span.start):
            continue  # "Univ.-Prof. Dipl.-Ing. Dr. Jane Doe": another title follows, whose own turn reads the name
        is_role = bool(lex.role_title_re.fullmatch(title))
        q = _qualified_start(text, m.start(1)) if is_role else m.start(1)
        org = (org_before(text, q, lex) or represented_org(text, q, lex)) if is_role else None
        out.append(Statement(span, "title", title=title, role=clean(text[q:m.end(1)]) if is_role else None,
                             role_span=Span(q, m.end(1)) if is_role else None, org=org if is_role else None))
    for m in role_titles_in(text, lex.role_title_re):
        # "Chair Jane Doe": a capitalised role title directly before a full name (in any case after
        # an organisation's possessive: "Acme Cluster's manager Jane Doe").
        possessive = possessive_before(text, m.start(), lex)
        language = lex.language_title(m.group())
        if language and not m.group()[0].isupper() and not possessive:
            lower_start = m.start()  # another language's words before the title are no English field ("zegt directeur")
        else:
            lower_start = None if m.group()[0].isupper() or possessive else _lower_role_start(text, m.start(), lex)
        if not m.group()[0].isupper() and not possessive and lower_start is None:
            continue
        gap = _LINE_GAP.match(text, m.end())  # at an offset, not on a copy of the rest of the text
        span = person_name_at(text, after_titles(text, gap.end(), lex), lex)  # "Cluster manager Ing. Jan Novák"
        if not span or gap.end() == m.end():
            continue
        stated = clean(text[span.start:span.end])
        if lower_start is not None and not (" " in stated and "\n" not in gap.group() and (
                stated_name_opens_with_given_name(stated, lex) or (language and ends_with_given_name(stated, lex)))):
            continue  # a role in lower case names only a full name that follows on the same line (another language's
            # title also one written family name first: "a klasztermenedzser Horváth Dániel")
        q = m.start() if possessive else lower_start if lower_start is not None else _qualified_start(text, m.start())
        split = None if possessive else _org_then_field(text, q, lex)
        if split:
            q, org = split  # "EISMEA Project Adviser Jane Doe": "Project" belongs to the role
        else:
            org = possessive or org_before(text, q, lex) or represented_org(text, q, lex)
        rule = "role-before-name-language" if language else "role-before-name"
        if language and org is None and (lead := genitive_org_before(text, q, m.group(), lex)) is not None:
            (org, q), rule = lead, "role-before-name-language+org-genitive-lead"  # "Rakvere Ametikooli direktor Jane Näide" (role_genitive_org.py)
        out.append(Statement(span, rule, role=clean(text[q:m.end()]), role_span=Span(q, m.end()), org=org))
    out += _role_field_before_name(text, lex, lower)
    return out


_LOWER_LEAD = re.compile(r"(?:^|[\s(,:;–—-])(?:(?:the|our|their|its|by|and|with|from|to|as)[ \t]+)?$")


def _lower_role_start(text: str, pos: int, lex: Lexicon) -> int | None:
    """Rule family "lower-case role" before the name ("moderated by project manager Jane Doe", "the
    executive director Jane Doe", "technical director Jan Novak"): the start of the role with up to two
    lower-case field words before the title (:func:`lower_case_role_field`), when only a line start,
    punctuation, an article or a preposition comes before it; None otherwise ("who met director …")."""
    start = pos
    for _ in range(2):
        w = re.search(r"(?<![\w-])([a-zà-ÿ][\w-]*)[ \t]+$", text[max(0, start - 30):start])  # a whole word
        if not w or not lower_case_role_field([w.group(1)], lex) or w.group(1) in ("the", "our", "their", "its", "by", "and", "with",
                                                                                    "from", "to", "as"):
            break
        start -= len(w.group())
    if start == pos:
        # Rule family "body's role": the governing body in capitals, then its role in lower case ("said Board chair
        # Jane Doe", "Steering Committee member Jan Novak"): the body is part of the role.
        body = _BODY_BEFORE.search(text, max(0, pos - 40), pos)
        if body and governing_body(body.group(1), lex.data_dir, lex.org_suffixes, lambda _: False, alone_only=True):
            start = body.start()
    return start if _LOWER_LEAD.search(text[max(0, start - 12):start]) else None


_BODY_BEFORE = re.compile(r"((?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)[ \t]+$")


# Endings of the abstract nouns that close a field of work ("Strategy", "Transformation", "Affairs"
# is in not_person_words): no person's first name ends so.
_FIELD_NOUN = re.compile(r"(?:tion|sion|ment|ity|ness|ship|ism|ics|gy|ure|ance|sation|zation)s?$")


def _role_field_before_name(text: str, lex: Lexicon, lower: frozenset[str]) -> list[Statement]:
    """"Commissioner for Industrial Strategy Jane Doe said" / "Minister of Economy Jane Doe": a capitalised
    role title, "for"/"of" and its field (or, after "of", an organisation's name), then the name, with no comma. The name is the longest person-shaped tail of the phrase whose
    first word is no word the text writes in lower case and no abstract noun ("Strategy Jane Doe" is no name)."""
    out: list[Statement] = []
    for m in role_titles_in(text, lex.role_title_re):
        if not m.group()[0].isupper():
            continue
        fr = re.match(r"[ \t]+(for|of)[ \t]+(?:the[ \t]+)?(?=" + UPPER + ")", text[m.end():m.end() + 12])
        if not fr:
            continue
        # "Federal Minister for Climate Action and Energy Dr. Jane Doe": a courtesy title ends the field
        found = titled_name_after_field(text, m.end() + fr.end(), lex) or _field_tail_name(text, m, fr, lex, lower)
        if not found:
            continue
        role_end, span = found
        q, field = _qualified_start(text, m.start()), Span(m.end() + fr.end(), role_end)
        if fr.group(1) == "of" and (org_word(clean(text[field.start:field.end]), lex) or _place_named(text, field.start, field.end, lex)):
            # "Director of the Acme Cluster Jane Doe": the organisation, not a field.
            out.append(Statement(span, "role-before-name", role=clean(text[q:m.end()]), role_span=Span(q, m.end()), org=field))
        else:
            out.append(Statement(span, "role-before-name", role=clean(text[q:role_end]),
                                 role_span=Span(q, role_end), org=org_before(text, q, lex) or represented_org(text, q, lex)))
    return out


def _field_tail_name(text: str, m: re.Match[str], fr: re.Match[str], lex: Lexicon, lower: frozenset[str]) -> tuple[int, Span] | None:
    """The name that ends the capitalised phrase after the role title's "for"/"of" (see :func:`_role_field_before_name`):
    (the field's end, the name's span) or None."""
    run = cap_run_at(text, m.end() + fr.end(), list_heads=lex.org_suffixes)
    if not run:
        return None
    starts = [m.end() + fr.end() + w.start() for w in WORD.finditer(text[m.end() + fr.end():run.end])][1:]
    for st in starts:
        span = person_name_at(text, st, lex)
        first = WORD.match(text, st).group()
        if not span or span.end != run.end or first.lower() in lower or _FIELD_NOUN.search(first):
            continue
        if text[span.start - 1:span.start] not in (" ", "\t") or not re.match(r"[ \t]*(?:[.,;:()\n]|[ \t][a-z]|$)", text[span.end:span.end + 2]):
            return None
        if fr.group(1) == "of" and _org_reads_on(text, m.start(), m.end() + fr.end(), span, lex):
            continue  # "Director of Tampere Robotics Lab Mikko Laine": a shorter tail may still be the name
        return len(text[:span.start].rstrip(" \t")), span
    return None


_NAME_COMMA = re.compile(r",[ \t]*$")


def _place_named(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The phrase at ``start`` opens with a city or country and has more words before ``end``
    ("Leipzig Battery Lab", "Uppsala Life Science"): an organisation named after its place."""
    first = WORD.match(text, start)
    return bool(first) and first.end() < end and (key(first.group()) in lex.cities or key(first.group()) in lex.countries)


def _org_reads_on(text: str, role_start: int, of_end: int, tail: Span, lex: Lexicon) -> bool:
    """Rule family "role of a place-named organisation": in "Jane Doe, Director of Copenhagen Fintech Lab," and
    "Director of Leipzig Battery Lab Jane Doe" the phrase after "of" is an organisation's name, not a field and
    a person. The person-shaped tail is no name when it opens with no given name and either the role is apposed
    to a name before it ("Jane Doe, Director of …") or the phrase after "of" opens with a city or country."""
    if starts_with_given_name(clean(text[tail.start:tail.end]), lex):
        return False  # "Mayor of Vienna Michael Ludwig"
    place = _place_named(text, of_end, tail.start, lex)
    comma = _NAME_COMMA.search(text[max(0, role_start - 4):role_start])
    apposed = bool(comma) and name_ending_at(text, role_start - len(comma.group()), lex) is not None
    return place or apposed
