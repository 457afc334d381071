"""Statement rules where the role and its organisation come before the name, the organisation said with the role:
"its"/"their"/"our" before the role ("Acme Cluster … . Its managing director, Jane Doe", "our export manager, Jane
Doe", "Jane Doe is our treasurer": rules ``its-role``, ``our-role``) and the organisation after "of"/"at" or before
the role ("the Chair of Acme, Jane Doe", "the ACA chairwoman, Jane Doe", "Acme Cluster's CEO, Jane Doe": rule
``role-of-org-name``). The other role-first shapes are in :mod:`pipeline.extract.statement_role_first`."""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span, cap_run_at, clean, person_name_at
from pipeline.extract.statement_apposed import OFFICE_TIME, OFFICE_TIME_WORDS, after_titles
from pipeline.extract.statement_context import is_defined_acronym, name_ending_at, org_before, possessive_before, subject_org
from pipeline.extract.statement_parts import UPPER, UPPER0, Statement, org_like, role_segment, role_titles_in

_COMMA_GAP = re.compile(r"[ \t\n]*,?[ \t\n]*")
_WORD_AND_SPACE = re.compile(r"\S+[ \t\n]+")
_COMMA_SPACE = re.compile(r",[ \t\n]+")
_NOT_ROLE_MODIFIERS = frozenset({"own", "and", "or", "the", "a", "an", "has", "had", "have", "is", "was", "will", "would", "to",
                                 "with", "by", "for", "of", "at", "in", "on", "as", "who", "which", "that"})


_IS_BEFORE = re.compile(r"[ \t\n]+(?:is|was|has[ \t\n]+been|remains|will[ \t\n]+be|becomes|became)[ \t\n]+$")
_ROLE_CLOSES = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$|and[ \t]|(?:who|since|and|for|at|in|with)(?![\w-]))")


def _name_is_before(text: str, our: int, role_end: int, lex: Lexicon) -> Span | None:
    """Family "name is our role" (rule ``our-role``): a full name, a copula, then "our" and the role, which closes the
    phrase ("Jane Doe is our innovation manager and …", "Since May, John Roe has been our treasurer."): the role of
    the name, with the speaker's organisation unnamed, as in "our treasurer, John Roe"."""
    verb = _IS_BEFORE.search(text, max(0, our - 24), our)
    if verb is None or not _ROLE_CLOSES.match(text, role_end) or lex.role_change_re.match(text, verb.start()):
        return None  # ("is our new …" is a change of office: role_change_verbs.txt, rule name-elected-role)
    return name_ending_at(text, verb.start(), lex)


def its_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rules ``"its-role"``, ``"our-role"``: "Acme Cluster, presented by its manager Jane Doe": the role of "its"/"their" belongs to the
    organisation that opens the sentence or list item (when it has an organisation word); a sentence
    opening with "Its managing director, Jane Doe, …" takes the one opening the sentence before.
    "our internationalisation manager, Jane Doe" and "Jane Doe is our internationalisation manager" (``_name_is_before``):
    the role, with no organisation named.
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
        gap = _COMMA_GAP.match(text, role.end())
        name = person_name_at(text, after_titles(text, gap.end(), lex), lex)  # "its rector, Prof. Jane Doe"
        if not name and m.group(1).lower() == "our":
            name = _name_is_before(text, m.start(), role.end(), lex)  # "Jane Doe is our innovation manager"
        if not name:
            continue
        rstart = m.end()
        if text[m.end():role.start()].split()[:1] and text[m.end():role.start()].split()[0] in ("new", "former", "current"):
            rstart = _WORD_AND_SPACE.match(text, m.end()).end()  # "its new director"
        role_text = clean(text[rstart:role.end()])
        if m.group(1).lower() == "our":
            out.append(Statement(name, "our-role", role=role_text, role_span=Span(rstart, role.end())))
            continue
        run = subject_org(text, m.start(), lex)  # (the sentence before: "… Acme Cluster was awarded … . Its director, Jane Doe")
        # Without an organisation word in that subject ("Founded in 2017, MedGate brings together … . Its
        # manager, Jane Doe"), the role is still stated, with no organisation.
        out.append(Statement(name, "its-role", role=role_text, role_span=Span(rstart, role.end()), org=run))
    return out


def _defined_acronym_before(text: str, pos: int) -> Span | None:
    """The acronym right before ``pos`` ("the SCA chairwoman") when the text defines it in brackets
    after a name ("Saxon Cluster Association (SCA)")."""
    m = re.search(r"(?<![\w-])([A-Z][A-Z0-9&]{1,9})[ \t\n]+$", text[max(0, pos - 16):pos])
    if not m or not is_defined_acronym(text, m.group(1)):
        return None
    base = max(0, pos - 16)
    return Span(base + m.start(1), base + m.end(1))


# a word of time between an organisation's possessive and the role ("Acme's current director, Jane Doe,")
_TIME_MODIFIER = re.compile(r"(?<=\s)(?:" + "|".join((*OFFICE_TIME_WORDS, "then")) + r")[ \t\n]+$")
# the comma (or dash) that closes a name before a role, perhaps with an article and up to three capitalised words of the
# role's field before its title ("…, Regional Minister for …", "…, Deputy Head of Unit for …")
_LEAD_FIELD = re.compile(r"(?:,|[ \t]+[–—])[ \t\n]+(?:(?:the|a|an)[ \t\n]+)?(?:" + UPPER + r"[\w'’-]*[ \t]+){0,3}$")


def role_of_org_statements(text: str, lex: Lexicon) -> list[Statement]:
    """"CEO of Acme, Jane Doe" / "the Commissioner for Research and Innovation, Jane Doe" / "the
    cluster manager of the Acme Cluster, Jane Doe" / "Acme Cluster's CEO, Jane Doe"; person titles may open the
    name ("the chair of the Supervisory Board, JUDr. Jane Doe")."""
    out: list[Statement] = []
    for m in role_titles_in(text, lex.role_title_re):
        mod = _TIME_MODIFIER.search(text, max(0, m.start() - 12), m.start())
        possessive = possessive_before(text, mod.start() if mod else m.start(), lex)  # "Acme's current CEO, Jane Doe"
        if possessive and re.match(r",[ \t\n]+", text[m.end():m.end() + 4]):
            # "Acme Cluster's CEO, Jane Doe, said": the organisation's possessive before the role.
            name = person_name_at(text, after_titles(text, _COMMA_SPACE.match(text, m.end()).end(), lex), lex)
            lead = re.search(r"(?:,|[ \t]+[–—])[ \t\n]+(?:(?:the|a|an)[ \t\n]+)?$", text[max(0, possessive.start - 12):possessive.start])
            if lead and name_ending_at(text, possessive.start - len(lead.group()), lex):
                continue  # "Jane Doe, Acme's CEO, John Roe": the role is Jane Doe's
            if name and re.match(r"[ \t]*(?:[.,;:()\n]|$)", text[name.end:name.end + 2]):
                out.append(Statement(name, "role-of-org-name", role=clean(m.group()), role_span=Span(m.start(), m.end()), org=possessive))
            continue
        comma = re.match(r",[ \t\n]+", text[m.end():m.end() + 4])
        named = org_before(text, m.start(), lex) or _defined_acronym_before(text, m.start()) if comma else None
        if named and re.search(r"(?<![\w-])the[ \t\n]+$", text[max(0, named.start - 6):named.start]):
            # "by the SCA chairwoman, Jane Doe": the organisation (a name with an organisation word, or
            # an acronym the text defines in brackets) between "the" and the role.
            name = person_name_at(text, after_titles(text, m.end() + comma.end(), lex), lex)
            lead = re.search(r"(?:,|[ \t]+[–—])[ \t\n]+the[ \t\n]+$", text[max(0, named.start - 12):named.start])
            if (name and re.match(r"[ \t]*(?:[.,;:()\n]|$)", text[name.end:name.end + 2])
                    and not (lead and name_ending_at(text, named.start - len(lead.group()), lex))):
                out.append(Statement(name, "role-of-org-name", role=clean(m.group()), role_span=Span(m.start(), m.end()), org=named))
            continue
        if not m.group()[0].isupper():
            # "the cluster manager of the Acme Cluster, Jane Doe": a role in lower case after "the".
            of = re.match(r"[ \t\n]+(?:of|at)[ \t\n]+(?:the[ \t\n]+)?(?=" + UPPER0 + ")", text[m.end():m.end() + 12])
            if not of or not re.search(r"(?<![\w-])the[ \t\n]+(?:" + OFFICE_TIME + r")?$",
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
        lead = _LEAD_FIELD.search(text, max(0, m.start() - 48), m.start())
        if lead and name_ending_at(text, m.start() - len(lead.group()), lex):
            # "Jane Doe, CEO of Acme, John Roe, …": the role is Jane Doe's; so is a role whose capitalised field words come
            # before the title ("Jane Doe, Regional Minister for Industry, Acme Region": "Acme Region" is no person)
            continue
        name = person_name_at(text, after_titles(text, end + after.end(), lex), lex)
        if not name or not re.match(r"[ \t]*(?:[.,;:()\n]|$)", text[name.end:name.end + 2]):
            continue
        parsed = role_segment(text, m.start(), end, lex)
        if parsed:
            role, rspan, org = parsed
            out.append(Statement(name, "role-of-org-name", role=role, role_span=rspan, org=org))
    return out
