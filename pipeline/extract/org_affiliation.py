"""Rule "pattern:person-bracket": the organisation in a bracket right after a person's name.

Attendance lists, photo captions, speaker lines and board lists write where a person works in a bracket
after the name: "Jana Horvat (Brightwave)", "Secretary: Ole LUND (Nordvik)", "from left: Eva Holm (Tarvio
Labs), Piet Smit (Deltares)". The bracket's first field is the organisation when it is a capitalised name of
at most six words that is no role title ("(Head of Unit, ...)": role statements read those), no place or
country ("(Linz)", "(Austria)"), no year or date, and not followed in the bracket by a field that is an
organisation ("(Space Programmes, Orbitale Italia S.p.A.)": the first field is a unit). The person is a spaCy PERSON entity, the person of a role
statement, or two to four words before the bracket that have a person's shape and open with a given name
(not a name closed by a legal form or an organisation word: "Nordøy Skipsverft AS (Hareid)" gives a town).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.shapes import Span, clean, is_cap_word, valid_person_name
from pipeline.extract.statement_parts import lower_case_words
from pipeline.extract.world import country_codes
from pipeline.records import Block

_BRACKET = re.compile(r"[ \t]*\(([^()\n]{2,80})\)")
_FIELD = re.compile(r"[^,;]+")
_MAX_WORDS = 6
_WORDS_BEFORE = re.compile(r"((?:[^\W\d_][\w'’.-]*[ \t]+){1,3}[^\W\d_][\w'’-]*)[ \t]*$")


_OPENING = re.compile(r"[ \t]*\(")


def listed_person_ends(text: str, lex: Lexicon, annotated: list[tuple[Block, Doc]], person_spans: list[Span],
                       mark: re.Pattern[str]) -> set[int]:
    """Where a person's name ends: the end of a role statement's person, of a spaCy PERSON entity of two words or
    more, or of two to four words before ``mark`` (a bracket, a comma) that have a person's shape and open with a
    given name."""
    ends = {p.end for p in person_spans}
    ends |= {block.start + ent.end_char for block, doc in annotated for ent in doc.ents if ent.label_ == "PERSON"
             and len(ent.text.split()) >= 2}
    ends |= {b.start() for b in mark.finditer(text) if person_shape_before(text, b.start(), lex)}
    return ends


def person_shape_before(text: str, end: int, lex: Lexicon) -> bool:
    """Two to four words right before ``end`` have a person's shape and open with a given name ("Jana Horvat")."""
    before = _WORDS_BEFORE.search(text, max(0, end - 60), end)
    words = before.group(1).split() if before else []
    return any(valid_person_name(" ".join(words[-n:]), lex) and starts_with_given_name(" ".join(words[-n:]), lex)
               for n in (2, 3, 4) if n <= len(words))


def person_bracket_orgs(text: str, lex: Lexicon, annotated: list[tuple[Block, Doc]], person_spans: list[Span]) -> list[Span]:
    """Spans of the organisations written in a bracket right after a person's name."""
    ends = listed_person_ends(text, lex, annotated, person_spans, _OPENING)
    lower = lower_case_words(text)
    out: list[Span] = []
    for end in sorted(ends):
        m = _BRACKET.match(text, end)
        if not m:
            continue
        last = _WORDS_BEFORE.search(text, max(0, end - 60), end)
        tail = last.group(1).split()[-2:] if last else []
        form = lex.legal_forms.search(text, max(0, end - 30), end)
        if tail and (tail[-1] in lex.org_suffixes or lex.legal_forms.search(" " + " ".join(tail) + " ")) or form and form.end() == end:
            continue  # "Vestfjord Marine AS (Hareid)", "Acme Talleres S.L. (Eibar, ES)": a company and its town, not a person
        field = _FIELD.match(text, m.start(1), m.end(1))
        if not field:
            continue
        raw = text[field.start():field.end()]
        name = clean(raw)
        words = name.split()
        if not words or len(words) > _MAX_WORDS or not is_cap_word(words[0]) or any(c.isdigit() for c in name):
            continue
        if lex.role_title_re.search(name) or key(name) in lex.countries or key(name) in lex.cities or name in country_codes():
            continue  # "(Medical Director)", "(Austria)", "(FR)"
        if all(w.lower() in lower or w.lower() in _CONNECTORS for w in words):
            continue  # "(Communications and Events)": words the text also writes in lower case, a field
        if any(not is_cap_word(w) and w.lower() not in _CONNECTORS for w in words):
            continue  # "(who chairs the board)": a clause, not a name
        rest = [f.strip() for f in m.group(1)[field.end() - m.start(1):].split(",") if f.strip()]
        if any(lex.legal_forms.search(" " + f + " ") or any(w in lex.org_suffixes for w in f.split()) for f in rest):
            continue  # "(Space Programmes, Orbitale Italia S.p.A.)": a unit or a field, then the organisation
        start = field.start() + len(raw) - len(raw.lstrip())
        out.append(Span(start, start + len(raw.strip())))
    return out


_CONNECTORS = frozenset({"of", "for", "and", "&", "de", "di", "du", "des", "del", "la", "le", "the", "van", "von", "der", "für", "i", "y", "e"})


# what separates a listed person from the organisation after the name: a dash, a bar or a comma
_PERSON_SEP = re.compile(r"[ \t]*(?:[–—|-]|,)[ \t]*")


def past_listed_person(text: str, span: Span, person_spans: list[Span]) -> Span:
    """Rule family "organisation after a listed person": in a list entry "KOVÁCS-NAGY, Eszter – Acme Kft." or
    "Jane Doe – Acme Cluster" a candidate that opens inside the person's name and runs on over the separator after
    it ("Eszter – Acme Kft.", a brand and its name to the dash rule) names the organisation after the separator."""
    for p in person_spans:
        if p.start <= span.start < p.end < span.end and (sep := _PERSON_SEP.match(text, p.end)) and sep.end() < span.end:
            return Span(sep.end(), span.end)
    return span
