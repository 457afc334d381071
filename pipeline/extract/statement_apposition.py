"""The appositive reader of the statement rules: the role (and organisation) stated right after a name, "Jane Doe, CEO,
Acme", "Jane Doe – CEO of Acme", past the degrees after the name; the role phrase itself is read by
:func:`pipeline.extract.statement_parts.role_segment`."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.shapes import Span, cap_run_at, clean, person_name_at
from pipeline.extract.statement_parts import ROLE_SEP, UPPER, brand_name, org_like, org_word, role_segment, segment_end


def _next_segment_run(text: str, e: int, nxt_sep: int | None) -> Span | None:
    """The capitalised phrase opening the segment after ``e`` (on the same line)."""
    k = nxt_sep if nxt_sep is not None else e + 1
    while k < len(text) and text[k] in " \t":
        k += 1
    return cap_run_at(text, k, single_line=True)


_SPACES = re.compile(r"[ \t]*")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")


@lru_cache(maxsize=4)
def _degrees_re(data_dir) -> re.Pattern[str]:
    """Degrees after a name and the comma that closes each ("Ph.D., ", "CSc., MBA, "): data/person_degrees.txt."""
    words = data_lines(data_dir / "person_degrees.txt") if data_dir else ()
    return re.compile(r"(?:(?:" + phrase_alternation(words) + r")[ \t]*,[ \t]*)*")


@lru_cache(maxsize=4)
def _holder_verb_re(data_dir) -> re.Pattern[str]:
    """A verb of ``role_holder_verbs.txt`` ("is", "je", "jest") between spaces and a capital: a holder's name follows
    (perhaps after one lower-case word, the office's genitive: "riaditeľkou klastra je Mgr. …")."""
    verbs = data_lines(data_dir / "role_holder_verbs.txt") if data_dir else ()
    return re.compile(r"(?:[ \t]+(?-i:[a-zß-ÿā-ž]+))?[ \t]+(?:" + phrase_alternation(verbs, r"[ \t]+") + r")[ \t]+(?=(?-i:[^\W\d_a-zà-ÿ]))", re.I) if verbs else re.compile(r"(?!)")


def apposition(text: str, name: Span, lex: Lexicon) -> tuple[str, Span, Span | None] | None:
    """Role (and organisation) stated right after a name: "Jane Doe, CEO, Acme" / "Jane Doe – CEO of Acme"; past the
    degrees after the name ("Jane Doe, Ph.D., HR Director, Acme s.r.o.")."""
    sep = ROLE_SEP.match(text, name.end)
    if not sep or sep.end() == name.end:
        return None
    s = _degrees_re(lex.data_dir).match(text, sep.end()).end() if sep.group().strip() == "," else sep.end()
    e = segment_end(text, s)
    nxt_sep = None
    if sep.group().strip() in ("–", "—", "-", "|"):
        # "Jane Doe – Cluster Manager – Acme Cluster": the same dash (or bar) ends the role.
        dash = re.compile(r"[ \t]+" + re.escape(sep.group().strip()) + r"[ \t]+").search(text, s, e)
        if dash:
            e, nxt_sep = dash.start(), dash.end()
    parsed = role_segment(text, s, e, lex)
    area_only = parsed is not None and not lex.role_title_re.search(text, s, e)  # "Communications" (rule family "department role")
    if (not parsed or area_only) and text[e:e + 1] == "\n" and nxt_sep is None:
        # "Editor: Jane Doe, Communications\nOfficer, Acme": a role wrapped at a line end (a PDF's
        # line block); the first line's part is a few capitalised words, no organisation's name.
        first = clean(text[s:e])
        k = _SPACES.match(text, e + 1).end()  # after the spaces and tabs, without copying the rest of the text
        if (first and len(first.split()) <= 3 and all(w[0].isupper() for w in first.split()) and not org_word(first, lex)
                and lex.role_title_re.match(text, k)):
            e = segment_end(text, k)
            parsed = role_segment(text, s, e, lex)
    if not parsed:
        return None
    role, rspan, org = parsed
    last = list(lex.role_title_re.finditer(text, rspan.start, rspan.end))[-1:]
    if last and _holder_verb_re(lex.data_dir).match(text, last[0].end(), rspan.end + 1):
        return None  # "Jana Príkladová, riaditeľom klastra je Mgr. Eva Vzorová": the office is the next name's (the-role-is-name)
    if last and not text[rspan.start:last[0].start()].strip(" \t").istitle():
        # "Jane Doe, technical director Jan Novak and …": a role in lower case right before a full name is
        # that person's (the comma ends a list item); "Jane Doe, Social Policy Director\nJohn Roe" is not
        nxt = re.match(r"[ \t]+", text[last[0].end():last[0].end() + 3])
        follower = person_name_at(text, last[0].end() + nxt.end(), lex) if nxt else None
        if follower and starts_with_given_name(clean(text[follower.start:follower.end]), lex):
            return None
    more = e < len(text) and (text[e] == "," or nxt_sep is not None)
    if org is not None and more and not org_like(clean(text[org.start:org.end]), lex) and not _clause_goes_on(text, e, nxt_sep, org, role, lex):
        # "Head of Innovation, Acme": "of Innovation" belongs to the role, the next segment is the organisation.
        role, rspan, org = clean(text[s:e]), Span(s, e), None
    elif org is not None and more and org.end == e and not org_word(clean(text[org.start:org.end]), lex):
        # "Head of International Projects, ACME": a field with no organisation word, then a segment
        # that reads as an organisation's name (organisation word, gazetteer name, acronym, two capitalised words).
        nxt = _next_segment_run(text, e, nxt_sep)
        nname = clean(text[nxt.start:nxt.end]) if nxt else ""
        # (two or more capitalised words do: "Head of Digital Services, Flanders Make", "Head of Supply Chain, Acme Oy")
        if (nxt and len(nname) > 2 and org_like(nname, lex) and key(nname) not in lex.countries and key(nname) not in lex.cities
                and re.match(r"[ \t]*(?:[,;.)\n]|$)", text[nxt.end:nxt.end + 2])):
            role, rspan, org = clean(text[s:e]), Span(s, e), None
    if org is None and more:
        # "Name, Role, Organisation[, Parent]": the next segment names the organisation.
        k = nxt_sep if nxt_sep is not None else e + 1
        while k < len(text) and text[k] in " \t":
            k += 1
        if text[k:k + 1] == "\n" and text[k + 1:k + 2] != "\n":
            k += 1  # "Name, Role,\nOrganisation": the organisation wrapped onto the next line
        run = cap_run_at(text, k, single_line=True)
        if run and (run.end >= len(text) or text[run.end] in ",;.\n)" or text[run.end:run.end + 1].isspace()
                    and (not _LOWER_NEXT.match(text, run.end) or org_word(clean(text[run.start:run.end]), lex))):
            # A lower-case word after the name ends it only when it is an organisation's name
            # ("…, Acme Cluster presented"), not the start of a field ("Clusters and Social economy").
            org = None if _field_list_goes_on(text, rspan, run) else _past_a_field(text, run, lex)
    return role, rspan, org


def _clause_goes_on(text: str, e: int, nxt_sep: int | None, org: Span, role: str, lex: Lexicon) -> bool:
    """Rule family "one-word organisation closing the apposition": "Jane Doe, CTO of Zentrix, said …", "Ana Ruiz,
    gerente de Marmedia, habló …": the segment after the role opens in lower case (the sentence goes on), so no
    organisation follows and the one capitalised word after the connector is the organisation, unless it is a place
    of the city or country lists ("Mayor of Joensuu, said") or a field of work."""
    name = clean(text[org.start:org.end])
    k = _SPACES.match(text, nxt_sep if nxt_sep is not None else e + 1).end()
    return org.end == e and text[k:k + 1].islower() and brand_name(name, role, lex, text)


# the items after a field's first one: more capitalised items after commas, then "and" (or its word in the languages
# cluster documents are written in) before the last ("…, Ramaderia, Pesca i Alimentació")
_FIELD_LIST_REST = re.compile(r"(?:,[ \t]+" + UPPER + r"[\w'’-]*)*[ \t]+(?:and|&|i|y|e|et|und)[ \t]+" + UPPER)


def _field_list_goes_on(text: str, rspan: Span, run: Span) -> bool:
    """Rule family "field list": the role ends with a capitalised field ("consellera d'Agricultura", "Minister for
    Agriculture") and the next segment is one word that goes on as a comma list closed by "and" or its word ("…,
    Ramaderia, Pesca i Alimentació", "…, Fisheries and Food"): the list is the field's, no organisation."""
    last = text[rspan.start:rspan.end].split()[-1:]
    return (bool(last) and last[0][-1:].isalpha() and re.split(r"['’]", last[0])[-1][:1].isupper()
            and " " not in text[run.start:run.end] and _FIELD_LIST_REST.match(text, run.end) is not None)


def _past_a_field(text: str, run: Span, lex: Lexicon) -> Span:
    """Rule family "field, then organisation": "Jane Doe, Senior Manager, Cluster Policy, Acme Agency", "Head of
    Unit, Defence Industry, DG DEFIS", "Director, Business Development, Acme GmbH": a segment with no organisation
    word (nor a gazetteer name or an acronym) followed by one that has one, ending its field, is the role's field;
    the organisation is the second. ``run`` itself otherwise."""
    if org_word(clean(text[run.start:run.end]), lex) or text[run.end:run.end + 1] != ",":
        return run
    nxt = _next_segment_run(text, run.end, None)
    name = clean(text[nxt.start:nxt.end]) if nxt else ""
    if (nxt and org_word(name, lex) and key(name) not in lex.countries and key(name) not in lex.cities
            and re.match(r"[ \t]*(?:[,;.)\n]|[–—]|$)", text[nxt.end:nxt.end + 2])):
        return nxt
    return run
