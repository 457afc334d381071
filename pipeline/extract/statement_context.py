"""What stands around a name or a role title, for the statement rules of :mod:`statement_role_first`
and :mod:`statement_name_first`: the capitalised phrase ending at a position, the person's name
ending at it, the organisation named before a role title ("Acme Cluster's Chair", "DG GROW Director",
"Acme Province, represented by …"), the organisation "its" refers to, and acronyms the text defines."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, org_name_word_sections
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.shapes import ORG_CONNECTORS, WORD, Span, cap_run_at, clean, person_name_at, valid_person_name
from pipeline.extract.statement_parts import org_like, org_word


_RUN_BEFORE = re.compile(r"(?:[A-Z0-9][\w&'’.-]*|of|for|and|&|the|de|on)(?:[ \t]+(?:[A-Z0-9][\w&'’.-]*|of|for|and|&|the|de|on))*$")


def run_before(text: str, end: int) -> Span | None:
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


_POSSESSIVE_END = re.compile(r"['’]s[ \t]+$")


def possessive_before(text: str, pos: int, lex: Lexicon | None = None) -> Span | None:
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
        run = run_before(text, word.end)
        if run and run.start < word.start and org_word(clean(text[run.start:run.end]), lex):
            return run
    return word


_REPRESENTED_BY = re.compile(r",[ \t\n]+represented[ \t\n]+by[ \t\n]+(?:(?:the|its|their)[ \t\n]+)?$")


def represented_org(text: str, pos: int, lex: Lexicon) -> Span | None:
    """"The Province of Limburg, represented by Deputy … Jane Doe": the body before ", represented by"
    is the organisation of the role written after it."""
    m = _REPRESENTED_BY.search(text, max(0, pos - 40), pos)
    if not m:
        return None
    run = run_before(text, m.start())
    if run and org_like(clean(text[run.start:run.end]), lex) and not valid_person_name(clean(text[run.start:run.end]), lex):
        return run
    return None


def org_before(text: str, pos: int, lex: Lexicon) -> Span | None:
    """The organisation named right before a role title: "Acme Cluster's Chair", or "Acme Cluster
    President" / "DG GROW Director" (a name with an organisation word, or a gazetteer name)."""
    pos_org = possessive_before(text, pos, lex)
    if pos_org:
        return pos_org
    gap = re.search(r"[ \t]+$", text[max(0, pos - 5):pos])
    if not gap:
        return None
    run = run_before(text, pos - len(gap.group()))
    if run is None or lex.role_title_re.search(text, run.start, run.end):
        return None
    # The longest tail of the phrase that names an organisation ("Yesterday DG GROW Director" → "DG GROW");
    # an acronym alone is no organisation here: "ICT Manager", "R&D Director".
    for w in re.finditer(r"\S+", text[run.start:run.end]):
        tail = Span(run.start + w.start(), run.end)
        if text[tail.start].isupper() and org_named(clean(text[tail.start:tail.end]), lex):
            return tail
    return None


@lru_cache(maxsize=4)
def _tail_cues(data_dir: Path | None) -> tuple[frozenset[str], frozenset[str]]:
    """(organisation words of other languages, lower-case joiners of other languages): data/person_name_tail_cues.txt
    and the [front heads] / [lower heads] of data/org_name_words.txt."""
    if data_dir is None:
        return frozenset(), frozenset()
    cues = data_sections(data_dir / "person_name_tail_cues.txt")
    names = org_name_word_sections(data_dir)
    words = {w.lower() for w in [*cues.get("org words", []), *names.get("front heads", []), *names.get("lower heads", [])]}
    return frozenset(words), frozenset(cues.get("joiners", []))


_WORD_BEFORE = re.compile(r"(?:^|(?<=[ \t]))([^\W\d_][\w'’-]*)[ \t]+(?:([^\W\d_][\w'’-]*)[ \t]+)?$")


def end_of_org_name(text: str, span: Span, lex: Lexicon) -> bool:
    """Rule family "end of an organisation's name": a person-shaped phrase that is the end of a longer name of
    another language ("Klaster Motoryzacyjny Opolszczyzna", "Műszaki és Gazdaságtudományi Egyetem", "Acme Kluster
    Elkartea"): it holds an organisation word of another language, or follows one on its line, or follows a
    joiner of another language ("w", "és") right after a capitalised word (data/person_name_tail_cues.txt)."""
    org_words, joiners = _tail_cues(lex.data_dir)
    if any(w.lower() in org_words for w in text[span.start:span.end].split()):
        return True
    line = text[text.rfind("\n", 0, span.start) + 1:span.start]
    m = _WORD_BEFORE.search(line)
    if m is None:
        return False
    last, first = (m.group(2), m.group(1)) if m.group(2) else (m.group(1), None)
    if last.lower() in org_words and last[0].isupper():
        return True
    return first is not None and last in joiners and first[0].isupper()


_ELIDED_PREFIX = re.compile(r"([^\W\d_]{1,4})['’](?=[A-ZÀ-Þ])")


@lru_cache(maxsize=4)
def elided_articles(data_dir: Path | None) -> frozenset[str]:
    """org_name_words.txt's ``[elided articles before a name]`` ("d", "l", "dell"), lower case."""
    return frozenset(w.lower() for w in org_name_word_sections(data_dir).get("elided articles before a name", ())) if data_dir else frozenset()


def name_ending_at(text: str, end: int, lex: Lexicon) -> Span | None:
    """The longest person-shaped name that ends exactly at ``end`` (up to four words back); none when it is the
    end of an organisation's name (:func:`end_of_org_name`)."""
    left = text[max(0, end - 90):end]
    base = end - len(left)
    elided = elided_articles(lex.data_dir)
    # family "name after an elided article": a name glued to an elided preposition or article ("et d'Inès Haddad,
    # chargée de communication", "dell'ing. …") starts after its apostrophe too
    starts = []
    for m in list(WORD.finditer(left))[-5:]:
        starts.append(m.start())
        e = _ELIDED_PREFIX.match(m.group())
        if e and e.group(1).lower() in elided:
            starts.append(m.start() + e.end())
    for st in starts:
        span = person_name_at(text, base + st, lex)
        if span and span.end == end and end_of_org_name(text, span, lex):
            return None
        if span and span.end == end:
            words = text[span.start:span.end].split()
            if len(set(words)) < len(words):
                continue  # "Five questions to Jane Doe\nJane Doe has been …" folded into one line
            nl = text.rfind("\n", span.start, span.end)
            if nl != -1 and person_name_at(text, nl + 1, lex) == Span(nl + 1, end):
                continue  # the line above ends with something else ("…, Acme Heights\nJane Doe, CEO")
            return without_leading_title(text, span, lex)
    return None


def without_leading_title(text: str, span: Span | None, lex: Lexicon) -> Span | None:
    """Rule family "office before the name at a line's start": a capitalised office that opens the line is no word of
    the name read there ("Formand Mette Holm, adm. direktør i Acme A/S, …", "Kasserer Jan Berg, økonomichef …",
    "Styreleder Kari Nordmann, daglig leder …"): the name starts after it, so the line's apposition and the office
    before the name (rule ``role-before-name-language``) both go to the same person."""
    if span is None:
        return None
    m = lex.role_title_re.match(text, span.start, span.end)
    if m is None or m.end() >= span.end or not text[m.end():m.end() + 1].isspace():
        return span
    k = m.end() + len(text[m.end():span.end]) - len(text[m.end():span.end].lstrip(" \t"))
    rest = person_name_at(text, k, lex)
    return rest if rest is not None and rest.end == span.end else span


def subject_org(text: str, pos: int, lex: Lexicon) -> Span | None:
    """The organisation "its" refers to at ``pos``: the one (with an organisation word) opening the
    sentence, or, when the sentence opens at ``pos``, the previous one."""
    sent = _sentence_start(text, pos)
    if not text[sent:pos].strip(" \t\n") and sent > 1:
        sent = _sentence_start(text, sent - 1)
    run = cap_run_at(text, _LEAD.match(text, sent).end(), list_heads=lex.org_suffixes)
    if run and run.end <= pos and org_word(clean(text[run.start:run.end]), lex):
        return run
    return None


def org_named(name: str, lex: Lexicon) -> bool:
    return key(name) in lex.gazetteer_by_key or any(w in lex.org_suffixes for w in name.split())


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence (or list item, or line) holding ``pos``."""
    return max(text.rfind(c, 0, pos) for c in (".", ";", ":", "\n", "!", "?")) + 1


_LEAD = re.compile(r"[ \t\n]*(?:[-•*–—►✓➢]|\d{1,2}[.)])?[ \t\n]*(?:the[ \t\n]+|The[ \t\n]+)?")


def is_defined_acronym(text: str, word: str) -> bool:
    """``word`` is an acronym ("SCA") the text defines in brackets after a name ("… Association (SCA)")."""
    if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", word):
        return False
    # re.search(r"[a-z][ \t]+\(WORD\)") without a regex scan of the whole text per word: find "(WORD)",
    # then look back over the spaces before it.
    pos = text.find("(" + word + ")")
    while pos >= 0:
        j = pos - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < pos - 1 and j >= 0 and "a" <= text[j] <= "z":
            return True
        pos = text.find("(" + word + ")", pos + 1)
    return False
