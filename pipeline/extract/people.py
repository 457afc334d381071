"""People: who is named in a document, with titles, across line breaks, and later short mentions.

Sources, strongest first:
1. the statements of :mod:`pipeline.extract.statements` (cue rules on the text);
2. spaCy PERSON entities of person shape (and ORG entities opening with a double given name);
   full names that open a line of a list or table, or stand before "of" / "at" and an organisation
   (:mod:`pipeline.extract.people_full_names`);
3. repeats of a full name, and short mentions: a surname or first name of a full name found in the
   same document, and a title + surname ("Commissioner Doe") without a full name.

Every candidate passes the person-shape rules (:func:`shapes.valid_person_name`), so organisations,
places and products are not taken for people.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.data_files import phrase_alternation
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.org_brands import names_an_org
from pipeline.extract.people_capitals_surnames import RULE as CAPITALS_SURNAME_RULE, capitals_surname_names
from pipeline.extract.people_name_edges import (conjoined_surname, given_name_word, name_head_owner, pair_written,
                                                rest_of_name, two_conjoined_names, without_org_tail)
from pipeline.extract.people_full_names import (CAPITALS_FIRST_RULE, CONNECTOR_RULE, RULE as LINE_NAME_RULE, line_opening_names,
                                                names_before_connector, surname_first_names)
from pipeline.extract.shapes import Span, clean, is_capitals_surname, is_name_word, used_as_acronym, valid_person_name
from pipeline.extract.span_index import SpanIndex, phrase_spans
from pipeline.extract.statement_context import end_of_org_name
from pipeline.extract.statements import Statement, lower_case_words, find_statements
from pipeline.extract.world import subdivision_names
from pipeline.records import Block, PersonMention

__all__ = ["extract_people", "find_statements", "model_person_span", "organisation_shaped", "Statement"]


@lru_cache(maxsize=8)  # asked at every name a model tags: built once per title list
def _titles_prefix(person_titles: tuple[str, ...]) -> re.Pattern[str]:
    """Person titles ("Dr", "Prof") or greetings ("Hi") at the start of a span, each perhaps with its full stop."""
    return re.compile(r"(?:(?:" + phrase_alternation(person_titles, space=r"\ ") + r")\.?\s+)+")


def model_person_span(text: str, start: int, end: int, lex: Lexicon, *, min_words: int = 1) -> Span | None:
    """The person a statistical model tagged at ``text[start:end]`` (English or another language's
    pipeline), without titles and possessive, when it has a person's shape; else None."""
    start, end = _whole_model_name(text, start, end, lex)
    surface = text[start:end]
    # spaCy includes titles, greetings and possessives in PERSON spans now and then.
    m = _titles_prefix(lex.person_titles + lex.person_greetings).match(surface)
    greeted = bool(m) and surface.split()[0] in lex.person_greetings
    if m:
        start += m.end()
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    name = clean(text[start:end])
    # The model alone calls title-case headings people ("Secondhand Smoke"); a word the text
    # also writes in lower case is an ordinary word, not a name.
    lower = lower_case_words(text)
    if any(w.lower() in lower and w.lower() not in lex.name_particles for w in name.split()):
        return None
    if any(is_capitals_surname(w, lex) and used_as_acronym(w, text, titles=lex.person_titles) for w in name.split()[1:]):
        return None  # "Fraunhofer IKTS": the capitals are an acronym the text uses alone too
    if not valid_person_name(name, lex, min_words=min_words):
        return None
    if end_of_org_name(text, Span(start, end), lex):
        return None  # "Műszaki és Gazdaságtudományi Egyetem": the end of an organisation's name of another language
    if (len(name.split()) >= 2 or greeted) and not starts_with_given_name(name, lex):
        return None  # "Supply Chains", "Comprehensive Look": a title-case heading the model calls a person;
        # "Liebe Mitglieder", "Dear Colleagues": a greeting to a group
    return Span(start, end)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([^\W\d_][\w'’-]*)[ \t]+$")


def _whole_model_name(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Rule family "name the model cut short": spaCy's span of a name of several parts may stop at a particle
    ("Joris Van" of "Joris Van den Bossche", "Carmelo Lo" of "Carmelo Lo Bianco") or start at the second given name
    ("Paula Leal" of "Ana Paula Leal", "Marie Dubois" of "Anne Marie Dubois"). The span runs on over particles to the
    next capitalised word, and back over a given name (with a lower-case particle after it: "Maria da Graça Leal")
    right before it on its line."""
    words = text[start:end].split()
    while words and words[-1].lower() in lex.name_particles and (m := _NEXT_WORD.match(text, end)):
        word = m.group(1)
        if not (word[0].isupper() or word.lower() in lex.name_particles) or "\n" in m.group():
            break
        end, words = m.end(), [*words, word]
    if (after := conjoined_surname(text, end, lex)) is not None:
        end = after  # "Jordi Vilanova| i Puig": the model stops at the conjunction of a double surname
    left = text[max(0, start - 40):start]
    m = _WORD_BEFORE.search(left)
    if m and m.group(1).lower() in lex.name_particles and m.group(1)[0].islower():
        before = _WORD_BEFORE.search(left, 0, m.start())
        m = before if before and given_name_word(before.group(1), lex) else None
    elif m and not given_name_word(m.group(1), lex):
        m = None
    if m is not None:
        start -= len(left) - m.start()
    return start, end




def _double_given_name(name: str, lex: Lexicon) -> bool:
    """The name opens with a hyphenated pair of given names ("Pierre-Yves Lachenal", "Pieter-Jan Verhoeven")."""
    parts = name.split()[0].split("-") if name.split() else []
    return 2 <= len(name.split()) <= 3 and len(parts) == 2 and all(
        p[:1].isupper() and starts_with_given_name(p, lex) for p in parts)


_SURNAME_PART = re.compile(r"[^\W\d_](?:[’']?[^\W\d_])*")


def _given_name_and_surnames(name: str, lex: Lexicon) -> bool:
    """The name is a given name and one or two surnames, perhaps double-barrelled ("Hanna Kowalska-Ortiz", "Rodrigo
    Almeida Farinha", "Jorge Baptista-N'Guessan"), which the small model often calls an organisation: two or three
    words, the first a known given name, the others capitalised name words (no word in capitals, no organisation
    suffix, type noun or unit word)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not starts_with_given_name(words[0], lex) or words[0].lower() in lex.not_person_words:
        return False
    if any(w.lower() in lex.org_suffixes or w.lower() in lex.org_type_nouns or w.lower() in lex.unit_words for w in words):
        return False
    parts = [p for w in words[1:] for p in w.split("-")]
    return all(p[:1].isupper() and not p.isupper() and _SURNAME_PART.fullmatch(p) for p in parts)


def _ner_candidates(text: str, annotated: list[tuple[Block, Doc]], lex: Lexicon) -> list[tuple[Span, str]]:
    """Rule ``"ner:PERSON"``: spaCy's PERSON entities that have the shape of a person's name (its NORP entities, read
    as names once, gave one fact on the 21 training sets, a wrong one, and are no longer read). Rule ``"ner:ORG"``: an ORG entity of two or three words that opens with a
    hyphenated pair of given names ("Pierre-Yves Lachenal", "Anne-Sophie Meert"), or a given name with one or two surnames
    ("Lejla Hodžić-Brandt", "Rodrigo Almeida Farinha"), which the small model often calls an organisation; it passes the same
    person-shape checks."""
    out = []
    for block, doc in annotated:
        for ent in doc.ents:
            if ent.ent_id_ or ent.label_ not in ("PERSON", "ORG"):
                continue
            if ent.label_ == "ORG" and not (_double_given_name(ent.text, lex) or _given_name_and_surnames(ent.text, lex)):
                continue
            span = model_person_span(text, block.start + ent.start_char, block.start + ent.end_char, lex)
            if span is not None:
                out.append((span, f"ner:{ent.label_}"))
    return out


# a brand written in one word with a capital inside it ("AgroNova", "ClusterHub"): three lower-case letters, then a capital
# (not "McLeod", "MacInnes", "DeVries": a surname's prefix is shorter)
_INNER_CAPITAL = re.compile(r"[^\W\d_A-ZÀ-Þ]{3}[A-ZÀ-Þ]")


def organisation_shaped(name: str, lex: Lexicon) -> bool:
    """Rule family "no given name, an organisation's words": a cue rule's "person" of two words or more that opens
    with no known given name is an organisation or a place when it has an organisation word, a compound ending in one
    or a front head of another language (:func:`org_brands.names_an_org`: "Kunststoff-Cluster Steiermark", "Vestjysk
    Vindklynge", "Distretto della Ceramica di Sassuolo"), a country or a listed city among its words ("Malta Food",
    "North Macedonia", "Novi Sad"), is a region's name ("Castilla y León"), or has a brand's inner capital ("AgroNova
    Andalucía", "ClusterHub Oberösterreich"). A name opening with a given name keeps the person-shape checks alone."""
    words = name.split()
    if len(words) < 2 or starts_with_given_name(name, lex):
        return False
    return (names_an_org(name, lex) or name in subdivision_names() or key(name) in lex.countries
            or any(key(w) in lex.countries or key(w) in lex.listed_cities for w in words) or bool(_INNER_CAPITAL.search(name)))


def line_name(text: str, s: int, e: int, lex: Lexicon) -> str:
    """Rule family "one-line name": a name read across a line break into the next or previous line of a
    list, agenda or caption ("Green Transition Fund\nEwa Lind", "Jane Doe\nCommunications", "University
    of Szeged\nTamás Rigó") is the part on one line that is a full name by itself (two words or more,
    opening with a given name); a name wrapped over two lines ("Jane\nDoe") stays whole."""
    name = clean(text[s:e])
    if "\n" not in text[s:e]:
        return name
    parts = [clean(p) for p in text[s:e].split("\n")]
    full = [p for p in parts if len(p.split()) >= 2 and valid_person_name(p, lex) and starts_with_given_name(p, lex)]
    if len(full) == 1 and len(parts) == 2 and full[0] == parts[0] and _wrapped_surname(text, s, e, parts[1], lex):
        return name  # "…, and Montserrat Gil\nCordero, president of …": a prose line wrapped inside the name
    return full[0] if len(full) == 1 else name


_AFTER_WRAPPED_SURNAME = re.compile(r"[ \t]*[,(]")


def _wrapped_surname(text: str, s: int, e: int, word: str, lex: Lexicon) -> bool:
    """Rule family "surname wrapped to the next line": the one word after the break is the name's last surname when
    the name's line is running text (words before the name on it) and a comma or a bracket follows the word ("…, and
    Ana Gil\nCordero, president of …", "our former vice-president, Rui Medeiros\nTavares, who …"); a place ("Dr. Ana
    Gil\nUtrecht, May 2031"), a word that is never a name's and a word the text writes in lower case are none."""
    if text[text.rfind("\n", 0, s) + 1:s].strip() == "":
        return False
    if not _AFTER_WRAPPED_SURNAME.match(text, e) and not pair_written(text, text[s:e].split()[-2], word):
        return False
    return (is_name_word(word) and word.lower() not in lex.not_person_words and key(word) not in lex.listed_cities
            and key(word) not in lex.countries and word.lower() not in lower_case_words(text))


def surname_owner(name: str, full_names) -> str | None:
    """Rule family "surname of several words": a name of two words or more that is the end of exactly one
    longer full name of the document ("Ní Bhriain", "Nic Dhonncha", "Dal Pozzo Ferri" after "Síle Ní Bhriain",
    "Aoife Nic Dhonncha", "Ottavia Dal Pozzo Ferri") is that person's surname used alone: it stands for the
    full name, not for a second person."""
    words = name.split()
    owners = {f for f in full_names if len(f.split()) > len(words) and f.split()[-len(words):] == words}
    return next(iter(owners)) if len(owners) == 1 else None


def extract_people(doc_id: str, text: str, annotated: list[tuple[Block, Doc]], lex: Lexicon,
                   statements: list[Statement], org_spans: list[Span]) -> list[PersonMention]:
    """Person mentions of one document; ``org_spans`` (organisation names found) veto weak candidates.

    After the statement and NER candidates, later mentions of a person found: ``"coref:full_name"`` (the
    full name again, where no rule took it), ``"coref:surname"`` ("Doe said") and ``"coref:first_name"``
    ("as Jane put it"), when exactly one person of the document has that surname or given name."""
    orgs = SpanIndex((o.start, o.end) for o in org_spans)

    def overlaps_org(s: Span) -> bool:
        return orgs.overlaps(s.start, s.end)

    found: dict[tuple[int, int], tuple[str, str | None]] = {}
    found_index = SpanIndex()
    for st in statements:
        found.setdefault((st.person.start, st.person.end), (st.rule, st.title))
        found_index.add(st.person.start, st.person.end)
    for span in surname_first_names(text, lex):  # before the model, which reads the given name alone ("KOVAČ Ivan")
        if not overlaps_org(span) and not found_index.overlaps(span.start, span.end):
            found[(span.start, span.end)] = (CAPITALS_FIRST_RULE, None)
            found_index.add(span.start, span.end)
    one_line_orgs = SpanIndex((o.start, o.end) for o in org_spans if "\n" not in text[o.start:o.end])
    for span in capitals_surname_names(text, lex):  # (an organisation read across a table's line break is no veto)
        crossing = [(s, e) for (s, e) in found if s < span.end and span.start < e]
        if not one_line_orgs.overlaps(span.start, span.end) and all(
                span.start <= s and e <= span.end and e - s < span.end - span.start for (s, e) in crossing):
            found[(span.start, span.end)] = (CAPITALS_SURNAME_RULE, None)  # "Prof. Hélène" cut short by a cue rule
            found_index.add(span.start, span.end)
    for span, rule in _ner_candidates(text, annotated, lex):
        if overlaps_org(span) or found_index.covers(span.start, span.end):
            continue
        found.setdefault((span.start, span.end), (rule, None))
        found_index.add(span.start, span.end)
    for rule, spans in ((LINE_NAME_RULE, line_opening_names(text, lex)), (CONNECTOR_RULE, names_before_connector(text, lex))):
        for span in spans:  # rules "line-name", "name-before-connector": no other rule read a person there
            if not overlaps_org(span) and not found_index.overlaps(span.start, span.end):
                found[(span.start, span.end)] = (rule, None)
                found_index.add(span.start, span.end)
    for (s, e), value in list(found.items()):  # "Jan de Wit| van de Gemeente Emmen", "Ana Ruiz| y |Marta Gil"
        if (cut := without_org_tail(text, s, e, lex)) != e or (pair := two_conjoined_names(text, s, e, lex)):
            del found[(s, e)]
            for span in ([(s, cut)] if cut != e else pair):
                found.setdefault(span, value)
    # Full names (two or more words) anchor the short forms.
    names = {(s, e): line_name(text, s, e, lex) for (s, e) in found}
    full = {name: name for name in names.values() if len(name.split()) >= 2}
    tails = {name: owner for name in full if (owner := surname_owner(name, full))}
    ends: dict[str, list[int]] = {}
    for (s, e), name in names.items():
        ends.setdefault(name, []).append(e)
    heads = {name: owner for name in full if (owner := name_head_owner(name, full, text, ends.get(name)))}
    full = {name: name for name in full if name not in tails and name not in heads}
    for name in full:  # "Ní Mhurchú said": the surname with its particle, found by no rule of its own
        words = name.split()
        for i in range(1, len(words) - 1):
            if words[i].lower() in lex.name_particles and (owner := surname_owner(" ".join(words[i:]), full)):
                tails.setdefault(" ".join(words[i:]), owner)
    by_last: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for name in full:
        parts = name.split()
        by_last.setdefault(parts[-1], set()).add(name)
        by_first.setdefault(parts[0], set()).add(name)
    mentions: list[PersonMention] = []
    taken = SpanIndex()
    for (s, e), (rule, title) in sorted(found.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if taken.covers(s, e):
            continue
        name = names[(s, e)]
        if name in heads:  # "Ana Sousa| Reis lembrou": the span runs on over the surnames left
            e = rest_of_name(text, e, name, heads[name]) or e
        name = tails.get(heads.get(name, name), heads.get(name, name))
        if len(name.split()) == 1:
            owners = by_last.get(name) or by_first.get(name) or set()
            if len(owners) == 1:
                name = next(iter(owners))
            elif not title:
                continue  # a lone word that is no known person's name
        mentions.append(PersonMention(doc_id, s, e, text[s:e], name, rule, title))
        taken.add(s, e)
    lower = lower_case_words(text)
    # Repeats of a full name the rules above missed, then short mentions: "Doe said", "As Jane remarked".
    for name, owner in [*full.items(), *tails.items()]:  # (full names first: "Ní Bhriain" inside "Síle Ní Bhriain" is taken)
        for s, e in phrase_spans(text, name.split(), gap="line"):
            if not taken.overlaps(s, e) and not overlaps_org(Span(s, e)):
                mentions.append(PersonMention(doc_id, s, e, text[s:e], owner, "coref:full_name"))
                taken.add(s, e)
    for token, owners, kind in [(t, o, "surname") for t, o in by_last.items()] + [(t, o, "first_name") for t, o in by_first.items()]:
        if len(owners) != 1 or token.lower() in lex.not_person_words or len(token) < 3 or token.lower() in lower:
            continue  # "Mark your calendars": a name word the text also uses as an ordinary word
        owner = next(iter(owners))
        for s, e in phrase_spans(text, [token]):
            if taken.covers(s, e) or overlaps_org(Span(s, e)):
                continue
            mentions.append(PersonMention(doc_id, s, e, text[s:e], owner, f"coref:{kind}"))
            taken.add(s, e)
    return sorted(mentions, key=lambda p: (p.start, p.end))
