"""Statement rules where the name comes first and the role or organisation follows it: appositive
roles ("Jane Doe, Director-General of DG RTD, said"), brackets ("Jane Doe (Acme Cluster)", "Jane Doe
(Director, Acme Cluster)"), "Jane Doe from Acme", "Jane Doe has been cluster manager of Acme" and
"Jane Doe as Cluster Manager"."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.role_fields import department_role
from pipeline.extract.role_title_at import word_then_title
from pipeline.extract.shapes import ORG_CONNECTORS, WORD, Span, cap_run_at, clean, is_acronym, person_name_at, valid_person_name
from pipeline.extract.statement_apposed import title_list_before
from pipeline.extract.statement_appoint_languages import opens_case_clause
from pipeline.extract.statement_moves import name_before_apposition
from pipeline.extract.statement_context import is_defined_acronym, name_ending_at, org_named, run_before, subject_org
from pipeline.extract.statement_apposition import apposition
from pipeline.extract.statement_parts import (UPPER, UPPER0, Statement, lower_case_role_field, lower_case_words,
                                              org_like, org_word, role_segment, segment_end, title_re)
from pipeline.extract.statement_posts import with_post


def apposition_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"apposition"``: "…, Jane Doe, Director-General of DG GROW, said" and "Welcome: Jane Doe, CEO, Acme": an
    appositive role after a name anywhere in the text."""
    out: list[Statement] = []
    for m in re.finditer(r",[ \t]+|[ \t]+[–—|-][ \t]+", text):
        if not lex.role_title_re.search(text, m.end(), min(len(text), m.end() + 64)) and not lex.department_role_re.match(text, m.end()):
            continue  # (no role title, nor an area of work: "Jane Doe, office and events")
        name = name_ending_at(text, m.start(), lex)
        if not name:
            continue
        if text[m.start()] == "," and opens_case_clause(text, m.end(), lex):
            continue  # "…została Ewa Lis, a wiceprezesem został Adam Nowak": the election's next clause (as-role-verb-name)
        if (t := lex.role_title_re.match(text, m.end())) and t.group().split()[0].lower() in lex.definite_role_words and (
                title_list_before(text, name, lex)):
            continue  # "…, state secretary, Jane Doe, the mayor of Acme, John Roe,": each title before its name (the-role-name)
        app = apposition(text, name, lex)
        if app:
            role, rspan, org = app
            titles = list(lex.role_title_re.finditer(text, rspan.start, rspan.end))
            if titles and titles[-1].end() < rspan.end and valid_person_name(clean(text[titles[-1].end():rspan.end]), lex):
                # "Jane Doe, Social Policy Director\nJohn Roe, Consultant …" folded into one line: the
                # role ends at its title, the next person starts there.
                role, rspan, org = clean(text[rspan.start:titles[-1].end()]), Span(rspan.start, titles[-1].end()), None
            if org is None and re.match(r"(?:its|their)[ \t\n]", text[m.end():m.end() + 6]):
                org = subject_org(text, name.start, lex)  # "Jane Doe, its managing director, said"
            # "Jane Doe, Director, CEO, Acme Ltd": a board role, then the post at the employer (statement_posts.py)
            out += with_post(text, Statement(name, "apposition", role=role, role_span=rspan, org=org), lex, "apposition-post")
    return out


def _field_role_in_brackets(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Rule family "role in brackets": the bracket's first part is one or two capitalised words of a field
    and a role title that ends it ("(Executive Secretary)", "(Internationalisation Manager, Acme)",
    "(Medical Director, Acme Diagnostics Ltd)"); no organisation word or place among the field words."""
    comma = text.find(",", m.start(1), m.end(1))
    seg = text[m.start(1):comma if comma != -1 else m.end(1)].rstrip()
    field = re.match(r"(?:[A-Z][\w'’-]*[ \t]+){1,2}", seg)
    if not field:
        return False
    role = lex.role_title_re.fullmatch(seg, field.end())
    return role is not None and not any(
        w in lex.org_suffixes or key(w) in lex.cities or key(w) in lex.countries for w in field.group().split())


# A bracket after a name, on its line or wrapped: plain text and PDF lines break before the bracket or once
# inside it ("Jane Doe\n(Acme Cluster)", "Jane Doe (Project Manager,\nAcme Cluster)"); the bracket opens with a letter.
_NAME_BRACKET = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)\(([^\W\d_][^()\n]{1,80}(?:\n[ \t]*[^()\n]{1,60})?)\)")


def paren_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rules ``"name-paren"``, ``"name-paren-role"``: "Jane Doe (Acme Cluster Association)": an organisation in brackets after a name; "Jane Doe
    (Director, Acme Cluster)": a role and its organisation."""
    out: list[Statement] = []
    for m in _NAME_BRACKET.finditer(text):
        inner = clean(m.group(1))
        if ";" in inner and (name := name_ending_at(text, m.start(), lex)):
            out.extend(_semicolon_roles(text, m, name, lex))
            continue
        lower = not inner[0].isupper()
        # "Jane Doe (office and communication)", "(Communications and Events, Acme)": an area of work is the role
        first_comma = text.find(",", m.start(1), m.end(1))
        area = department_role(text, m.start(1), first_comma if first_comma != -1 else m.end(1), lex)
        if lower and not area and not _lower_case_role_first(text, m, lex):
            continue  # "(see below)", "(in French)": no name's organisation or role
        if lower or area or lex.role_title_re.match(text, m.start(1)) or _field_role_in_brackets(text, m, lex):
            # "Jane Doe (Director, Acme Cluster)" / "Jane Doe (CEO of Acme)": a role, then its organisation.
            name = name_ending_at(text, m.start(), lex)
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
            if (after := _org_then_role(text, parts, lex)) is not None:
                if name := name_ending_at(text, m.start(), lex):
                    out.append(Statement(name, "name-paren-org-role", role=clean(text[after.start:after.end]), role_span=after, org=parts[0]))
                continue
            org = next((p for p in parts if org_named(clean(text[p.start:p.end]), lex)), None)
            if org is None or any(len(text[p.start:p.end].split()) > 6 or not text[p.start:p.start + 1].isupper() for p in parts):
                out.extend(_listed_name(text, m, lex))
                continue
            inner = clean(text[org.start:org.end])
        elif not org_named(inner, lex) and not _org_acronym(inner, lex):
            out.extend(_listed_name(text, m, lex))
            continue
        name = name_ending_at(text, m.start(), lex)
        if name and not org_named(inner, lex) and _inside_a_longer_name(text, name, inner, lex):
            continue  # "National Institute on Drug Abuse (NIDA)": the acronym of the whole phrase
        if name and not _initials_of(inner, clean(text[name.start:name.end])):
            out.append(Statement(name, "name-paren", org=org))
    return out


_ORG_ROLE_WORDS = 10


def _org_then_role(text: str, parts: list[Span], lex: Lexicon) -> Span | None:
    """Rule ``"name-paren-org-role"``, family "organisation, then the role in the bracket": "Jane Doe (Acme GmbH, head
    of sales)", "Paul Exemple (Acme Aero SAS, directeur achats)", "Mario Rossi (Acme S.p.A., responsabile risorse
    umane)", "Jan Voorbeeld (Acme Systems BV, inkoopmanager)": a bracket of two parts, the first read as an
    organisation's name (an organisation word, or two words or two capitals; no country, city or role title) and the second opening with a role title of any language (perhaps after lower-case field words).
    The second part, whole, is the role as stated (its field words and unit kept); the first is its organisation.
    Returns the role part's span, or None when the bracket is of another shape ("(Acme Cluster, Spain)")."""
    if len(parts) != 2:
        return None
    org = clean(text[parts[0].start:parts[0].end])
    if (not org[:1].isupper() or len(org.split()) > _ORG_ROLE_WORDS or not (org_named(org, lex) or org_like(org, lex))
            or key(org) in lex.countries or key(org) in lex.cities or lex.role_title_re.match(org)):
        return None
    role = parts[1]
    if len(text[role.start:role.end].split()) > _ORG_ROLE_WORDS or "(" in text[role.start:role.end]:
        return None
    parsed = role_segment(text, role.start, role.end, lex)
    return role if parsed is not None and parsed[2] is None else None


_LIST_BEFORE = re.compile(r"(?:^|[\n,;:|]|(?<![\w-])and|[-•*–—])[ \t*]*$")
_LIST_AFTER = re.compile(r"[ \t*]*(?:[,;.|\n]|and[ \t]|[–—][ \t]|$)")
_MAX_PART_WORDS = 8


def _listed_name(text: str, m: re.Match[str], lex: Lexicon) -> list[Statement]:
    """Rule ``"name-paren-listed"``: in a list of people each followed by a bracket ("Ana Ruiz (Acme Tech S.L.,
    Spain), Jon Roe (Blue Port Piraeus) and …", "- Eva Lind (Sweden)", "Members: Jan Novák (Novák Interiors),
    …"), a full name that opens with a given name and stands as a list item (a line start, a bullet, a comma, a
    colon or "and" before it; a comma, a full stop or a line end after the bracket) is a person even when the
    bracket names no organisation the lexicon knows. The rule names the person only: the organisation in the
    bracket is read by role_orgs ("name-bracket-org"), a country or a department is none."""
    name = name_ending_at(text, m.start(), lex)
    if name is None or not _LIST_BEFORE.search(text, max(0, name.start - 8), name.start) or not _LIST_AFTER.match(text, m.end()):
        return []
    full = clean(text[name.start:name.end])
    parts = [p.strip() for p in m.group(1).split(",")]
    if (len(full.split()) < 2 or not starts_with_given_name(full, lex) or not valid_person_name(full, lex)
            or any(not p[:1].isupper() or len(p.split()) > _MAX_PART_WORDS or not _named_part(p) for p in parts)
            or (is_acronym(parts[0]) and _inside_a_longer_name(text, name, parts[0], lex))):
        return []
    if _organisations_listed(text, m, lex):
        return []  # "Acme Food Cluster (Hungary), Polo Agroalimentare Emilia (Italy) and …": a list of organisations
    return [Statement(name, "name-paren-listed")]


def _named_part(part: str) -> bool:
    """Capitalised words, joiners and abbreviated legal forms only ("Tatra Panel a.s.", "Ministry of Energy"),
    no description ("CNC machining centres", "see below")."""
    return all(w[:1].isupper() or w[:1].isdigit() or w in ORG_CONNECTORS or "." in w or w in ("–", "-") for w in part.split())


_ITEM_BEFORE_BRACKET = re.compile(r"([^,;:()\n]{2,80}?)[ \t]+\([^()\n]*\)")


def _organisations_listed(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Another item "X (…)" of the same line names an organisation (an organisation word or a gazetteer name)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    for item in _ITEM_BEFORE_BRACKET.finditer(text, line_start, line_end if line_end != -1 else len(text)):
        if item.end() != m.end() and org_named(clean(re.sub(r"^\W*(?:and|the)\s+", "", item.group(1).strip())), lex):
            return True
    return False


def _semicolon_roles(text: str, m: re.Match[str], name: Span, lex: Lexicon) -> list[Statement]:
    """Rule ``"name-paren-roles"``: board and member lists give a person's offices in one bracket, split by
    ";" ("Jane Doe (President; CEO of Acme GmbH)", "(Vice-Chair; head of design at Acme AG)", "(member; owner
    of Acme e.U.)", "(non-executive director; Acme AS)"): one role per part, with the organisation the part
    names. A part that is only an organisation's name ("President; Acme Foods, Greece") is where the person
    works (a row without a role), not the organisation of the office before it (the board's association).""" 
    roles: list[list] = []  # [role, role span, organisation span or None], in the bracket's order
    for part in re.finditer(r"[^;]+", m.group(1)):
        s = m.start(1) + part.start() + len(part.group()) - len(part.group().lstrip())
        e = m.start(1) + part.end()
        comma = text.find(",", s, e)
        parsed = role_segment(text, s, comma if comma != -1 else e, lex)
        if parsed:
            role, rspan, org = parsed
            if org is None and comma != -1:
                k = comma + 1 + len(text[comma + 1:e]) - len(text[comma + 1:e].lstrip())
                org = cap_run_at(text, k, list_heads=lex.org_suffixes, single_line=True)
                org = org if org and org.end <= e else None
            roles.append([role, rspan, org])
            continue
        run = cap_run_at(text, s, list_heads=lex.org_suffixes, single_line=True)
        if run and run.end <= e and org_like(clean(text[run.start:run.end]), lex):
            roles.append([None, None, run])  # where the person works
    return [Statement(name, "name-paren-roles", role=r, role_span=rs, org=org) for r, rs, org in roles]


def _lower_case_role_first(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """"Jane Doe (project manager, Acme Alliance)", "(skills manager at Acme)": brackets that open with
    a role written in lower case (rule family "lower-case role", :func:`lower_case_role_field`)."""
    comma = text.find(",", m.start(1), m.end(1))
    end = comma if comma != -1 else m.end(1)
    title = lex.role_title_re.search(text, m.start(1), end)
    return bool(title) and (title.start() == m.start(1) or lower_case_role_field(text[m.start(1):title.start()].split(), lex))


def _inside_a_longer_name(text: str, name: Span, acronym: str, lex: Lexicon) -> bool:
    """The person-shaped words before "(ACR)" end a longer capitalised phrase: a connector or a
    capitalised word other than a title comes before them ("Union of Rightist Forces", "Center for
    International Private Enterprise"), the acronym spells the phrase's initials, or a word of the name
    is one the text also writes in lower case."""
    lower = lower_case_words(text)
    if any(w.lower() in lower and w.lower() not in lex.name_particles for w in clean(text[name.start:name.end]).split()):
        return True  # "Customer Technical Support (MCC)": words the text also writes in lower case
    base = max(0, name.start - 120)
    window = re.sub(r"(?<!\n)\n(?!\n)", " ", text[base:name.end])  # (a PDF line break inside the phrase)
    run = run_before(window, len(window))
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


def from_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"name-from-org"``: "Jane Doe from Acme Cluster" / "Jane Doe at the University of X" / "Jane Doe of the Acme
    Agency" (after "of" only a titled person, "Dr Jane Doe", and a name with an organisation word,
    a gazetteer name or an acronym: "Bronze Label of the Acme Cluster" is no person): where a person works."""
    out: list[Statement] = []
    titled = {m.end() for m in title_re(lex).finditer(text)}
    for m in re.finditer(r"[ \t\n]+(from|at|of)[ \t\n]+(?:the[ \t\n]+)?(?=" + UPPER + ")", text):
        name = name_ending_at(text, m.start(), lex)
        if not name or (name.start not in titled and not starts_with_given_name(clean(text[name.start:name.end]), lex)):
            continue  # ("A Comprehensive Look at Cluster Funding": a heading, no person at an organisation)
        pos = m.end()
        if lex.org_type_nouns:
            # "from the French competitiveness cluster Pôle Mer": the name follows the kind of organisation.
            kind = _kind_before_org_re(lex.org_type_nouns).match(text[pos:pos + 80])
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
                name.start in titled or is_defined_acronym(text, clean(text[org.start:org.end]))
                or re.search(r"(?<![\w-])by[ \t\n]+$", text[max(0, name.start - 4):name.start]))):
            continue  # "Jane Doe of Brussels"; but "Dr Jane Doe of the Acme Agency", "Jane Doe of the ACA"
            # (an acronym the text defines), "coordinated by Jane Doe of the Acme Agency"
        if org and org_like(clean(text[org.start:org.end]), lex) or org and not valid_person_name(clean(text[org.start:org.end]), lex):
            out.append(Statement(name, "name-from-org", org=org))
    return out


def _initials_of(acronym: str, name: str) -> bool:
    return acronym.isupper() and acronym == "".join(w[0] for w in name.split() if w[0].isupper())


@lru_cache(maxsize=4)
def _kind_before_org_re(nouns: frozenset[str]) -> re.Pattern[str]:
    """The kind of organisation before its name, a noun of ``org_type_nouns.txt`` after at most a capitalised word and
    two lower-case ones ("from the French competitiveness cluster Pôle Mer"): compiled once, not at every match."""
    return re.compile(r"(?:[A-Z][\w-]+[ \t\n]+)?(?:[a-z][\w-]*[ \t\n]+){0,2}?(?:" + "|".join(re.escape(n) for n in nouns)
                      + r")[ \t]+(?=" + UPPER0 + ")")


_COPULA = re.compile(r"(?:,[ \t\n]+who)?[ \t\n]+(?:has[ \t\n]+been|had[ \t\n]+been|is|was|became|has[ \t\n]+become|will[ \t\n]+be|serves[ \t\n]+as|"
                     r"served[ \t\n]+as|works[ \t\n]+as|worked[ \t\n]+as)[ \t\n]+(?:(?:the|a|an)[ \t\n]+)?(?:new[ \t\n]+)?")


def copula_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"name-is-role"``: "Jane Doe has been cluster manager of the Acme ICT Cluster since 2015" / "Jane Doe, who is the
    new Director of Acme Agency,": a role (in any case) after a verb, with the organisation it is held in."""
    out: list[Statement] = []
    for m in _COPULA.finditer(text):
        found = _name_verb_role(text, m, lex)
        if not found:
            continue
        name, _, parsed = found
        if not parsed or parsed[2] is None or not org_like(clean(text[parsed[2].start:parsed[2].end]), lex):
            continue  # "Jane Doe was director for ten years", "… is Head of Innovation"
        out.append(Statement(name, "name-is-role", role=parsed[0], role_span=parsed[1], org=parsed[2]))
    return out


def as_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"name-as-role"``: "… of Jane Doe as Cluster Manager of the Year": a name before "as" + role title (no role row:
    these are mostly awards)."""
    out = []
    for m in re.finditer(r"[ \t\n]as[ \t\n]+(?:the[ \t\n]+|new[ \t\n]+)*(?=" + UPPER + ")", text):
        seg = text[m.end():m.end() + 60]
        if not lex.role_title_re.match(seg) and not word_then_title(seg, lex.role_title_re):
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


def role_change_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Elections and appointments, as board news and general-assembly reports write them: "Jane Roe
    was elected Treasurer", "John Doe was renewed as Vice-President of the Acme Cluster", "Ana Ruiz
    has been appointed as the new Secretary General", "Ole Berg takes over as Chair", "… succeeds Eva Lund, who becomes
    CTO" (a relative clause after the name). The verb phrases
    are data (``role_change_verbs.txt``); a role title must follow, the organisation is optional.

    Rule ``name-apposed-elected-role``: the same with an apposition between the name and the verb, a personnel move
    (:func:`~pipeline.extract.statement_moves.name_before_apposition`): "Jane Doe, until now project manager, becomes
    deputy director", "John Roe, previously head of Acme Lab, took over as cluster president"."""
    out: list[Statement] = []
    for m in lex.role_change_re.finditer(text):
        rule, found = "name-elected-role", _name_verb_role(text, m, lex)
        if not found and (apposed := name_before_apposition(text, m.start(), lex)) is not None:
            rule, found = "name-apposed-elected-role", _name_verb_role(text, m, lex, apposed[0])
        if not found and (who := _WHO_BEFORE.search(text, max(0, m.start() - 12), m.start())) is not None:
            # "… succeeds Jane Doe, who becomes CTO"; "the second co-founder, Jane Doe, becomes CTO"
            rule, found = "name-elected-role", _name_verb_role(text, m, lex, name_ending_at(text, who.start(), lex))
        if not found:
            continue
        name, role, parsed = found
        if parsed and parsed[2] is not None and person_name_at(text, parsed[2].start, lex) == parsed[2]:
            parsed = (parsed[0], parsed[1], None)  # "takes over as chair from Jane Doe": the predecessor, no organisation
        if parsed:
            out.append(Statement(name, rule, role=parsed[0], role_span=parsed[1], org=parsed[2]))
        else:
            out.append(Statement(name, rule, role=role.group(), role_span=Span(role.start(), role.end())))
    return out


_WHO_BEFORE = re.compile(r",(?:[ \t\n]+who)?$")
_EMPHASIS_BEFORE = re.compile(r"[*_]{1,2}$")


def _emphasised_name_before(text: str, pos: int, lex: Lexicon) -> Span | None:
    """The full name that Markdown emphasis closes at ``pos`` ("**Dr Jane Doe** takes over as …")."""
    em = _EMPHASIS_BEFORE.search(text, max(0, pos - 2), pos)
    return name_ending_at(text, em.start(), lex) if em else None
_BRACKET_BEFORE = re.compile(r"[ \t]*\([^()\n]{2,80}\)[ \t]*$")


def _name_verb_role(text: str, verb: re.Match[str], lex: Lexicon,
                    apposed: Span | None = None) -> tuple[Span, re.Match[str], tuple[str, Span, Span | None] | None] | None:
    """For "<name> <verb phrase> <role title> …": the name ending at the verb, the role title right
    after it and the parsed role segment (role, its span, organisation), or None without name or role (``apposed``: the
    name read before an apposition instead).
    Rule family "lower-case role" here too: the title may follow qualifiers or lower-case field words that open the
    role ("continues as vice chair", "is our new innovation consultant", "takes over as Events & Media Officer")."""
    role = lex.role_title_re.match(text, verb.end())
    if role is None:
        parsed = role_segment(text, verb.end(), segment_end(text, verb.end()), lex)
        if parsed is not None and parsed[1].start == verb.end():
            role = lex.role_title_re.search(text, parsed[1].start, parsed[1].end)
    name = (apposed or name_ending_at(text, verb.start(), lex) or _emphasised_name_before(text, verb.start(), lex)) if role else None
    bracket = _BRACKET_BEFORE.search(text, max(0, verb.start() - 90), verb.start()) if role and not name else None
    if bracket:
        # "Jane Roe (Acme Ltd) was elected treasurer": the bracket is her affiliation (role_orgs.py, name-bracket-org)
        name = name_ending_at(text, bracket.start(), lex)
    if not name:
        return None
    return name, role, role_segment(text, verb.end(), segment_end(text, verb.end()), lex)
