"""People read by the full shape of their name (:func:`given_names.full_person_name`) where the model misses them.

Rule ``"line-name"``: a full name that opens a line of a list, a table or a programme, before the line's first
separator or its end.

Attendee and apologies lists ("- Jane Doe - Acme Cluster, project manager"), table cells ("| Jane Doe | Director |"
is a line a cell), programme lines ("Jane Doe, Leiterin Nachhaltigkeit, Acme GmbH"), social posts ("Jane Doe • 2nd")
and signatures name a person at the start of a line, where the statistical model often reads the name with what
follows into an organisation, or not at all, and the line rules find no role title to anchor it. The words up to the
first separator (a comma, a dash or bar between spaces, an opening bracket, a colon, a bullet, a semicolon) or the
line's end, after a list marker and courtesy titles, are a person when they have the full shape of a person's name
(:func:`given_names.full_person_name`: a known given name, then capitalised surnames and particles, no organisation,
type or unit word, no country). The rule reads names only, so it runs on lines in every language.

Rule ``"name-before-connector"``: a full name right before a word of ``person_org_connectors.txt`` ("of", "at") and
a capitalised word, perhaps after "the" ("Jane Doe of the Danish cluster Acme presented", "Jane Doe of Acme NV"),
which the model reads with the organisation as one ORG or with the word before it: the longest run of up to five
words before the connector, on its line, that has the full shape of a person's name.

Rule ``"surname-first-capitals"``: participant, attendance and jury lists of European events write the surname
first, in capitals, then one given name ("NOWAK-LIS Ewa | Acme Cluster", "VAN DER BERGH Joost (Acme BV)",
"Apologies: KRÁL Jiří; ...", "KOVÁCS-NAGY, Eszter – Acme Kft."). At the start of a line, a table cell or a list item
after a colon or semicolon: one to three capitals surname words (:func:`shapes.is_capitals_surname`, capitals
particles of ``name_particles.txt`` before them), perhaps a comma, then a known given name (perhaps hyphenated), then
a separator or the line's end; or a listed Korean family name in capitals before a given name of two syllables ("Mr.
KANG Min-jae, Director"). Each capitals
surname word must stand before that same given name wherever the text writes it, so a heading or an acronym in
capitals ("CLUSTER Days", "EDIH Anna" lists aside) is never read as a surname.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.given_names import family_names_first, full_person_name, given_names
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import SYLLABLE_PAIR, WORD, Span, is_capitals_surname
from pipeline.extract.statement_parts import BULLET, title_re
from pipeline.normalise import fold

RULE = "line-name"
CONNECTOR_RULE = "name-before-connector"
CAPITALS_FIRST_RULE = "surname-first-capitals"

# what may follow the name on its line: the line's end or a separator
_AFTER_NAME = re.compile(r"[ \t]*(?:$|,|;|:|\(|[ \t][-–—|•·/][ \t])", re.M)
# the name: up to six words of letters, apostrophes, hyphens (particles included), on one line
_NAME = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,6}")


def line_opening_names(text: str, lex: Lexicon) -> list[Span]:
    """The full names that open a line (see the module doc)."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        b = BULLET.match(line)
        at = after_titles(text, start + (b.end() if b else 0), lex)
        m = _NAME.match(text, at, start + len(line))
        if m is None:
            continue
        span = _name_before_separator(text, m.start(), m.end(), start + len(line), lex)
        if span is not None:
            out.append(span)
    return out


def _name_before_separator(text: str, start: int, end: int, line_end: int, lex: Lexicon) -> Span | None:
    """The longest run of the words at ``text[start:end]`` that is a full name followed by a separator."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for n in range(len(words), 1, -1):
        e = start + words[n - 1].end()
        if _AFTER_NAME.match(text, e, line_end) is None and e != line_end:
            continue
        if full_person_name(text[start:e], lex):
            return Span(start, e)
    return None


def names_before_connector(text: str, lex: Lexicon) -> list[Span]:
    """The full names right before a connector to an organisation (see the module doc)."""
    out: list[Span] = []
    if lex.data_dir is None:
        return out
    for m in _connector_re(lex.data_dir).finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        words = list(_WORD.finditer(text, line_start, m.start()))[-5:]
        for k in range(len(words) - 1):
            if full_person_name(text[words[k].start():m.start()], lex):
                out.append(Span(words[k].start(), m.start()))
                break
    return out


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# where a list entry starts: a line (after a list number or bullet), a table cell, an item after a colon or semicolon
_ENTRY_START = re.compile(r"(?:^|(?<=[|;:]))[ \t]*(?:(?:\d{1,3}[.)]?|[-•*–—])[ \t]+)?", re.M)
# a surname word in capitals, perhaps hyphenated or with an elided particle ("EGGER-STADLER", "N'DIAYE")
_CAPITALS = r"[^\W\d_a-zß-ÿ]+(?:['’-][^\W\d_a-zß-ÿ]+)*"
# capitals words, then a title-case word, perhaps after a comma ("KOVÁCS-NAGY, Eszter"): the candidate surname-first name
_CAPITALS_THEN_WORD = re.compile(r"((?:" + _CAPITALS + r"[ \t]+){0,3}" + _CAPITALS + r")(?:,[ \t]*|[ \t]+)([^\W\d_][\w'’-]*)")


def surname_first_names(text: str, lex: Lexicon) -> list[Span]:
    """The surname-first names in capitals that open a list entry (rule "surname-first-capitals", see the module doc)."""
    out: list[Span] = []
    if lex.data_dir is None:
        return out
    for start in _ENTRY_START.finditer(text):
        span = surname_first_at(text, after_titles(text, start.end(), lex), lex)  # ("Dr. PARK Ji-hoon")
        if span is not None:
            out.append(span)
    return out


def after_titles(text: str, at: int, lex: Lexicon) -> int:
    """Where the name starts after courtesy titles at ``at`` on its line ("Dr Jane Doe", "Prof. Dr. Jane Doe")."""
    while (t := title_re(lex).match(text, at)) is not None and "\n" not in text[at:t.end()]:
        at = t.end()
    return at


def surname_first_at(text: str, pos: int, lex: Lexicon) -> Span | None:
    """The surname-first name in capitals at ``pos``, before a separator or the line's end ("KRÁL Jiří |"), else None."""
    m = _CAPITALS_THEN_WORD.match(text, pos)
    if lex.data_dir is None or m is None or _AFTER_NAME.match(text, m.end()) is None:
        return None
    words, given = m.group(1).split(), m.group(2)
    k = 0
    while k < len(words) - 1 and words[k].lower() in lex.name_particles:
        k += 1  # (capitals particles open the surname: "DE LUCA", "VAN DEN BERG")
    core = words[k:]
    if given.isupper():
        return None
    if len(core) == 1 and _family_name_first(core[0], given, lex):
        return Span(m.start(), m.end())  # ("Dr. PARK" alone later is the same person)
    if len(core) > 2 or not all(is_capitals_surname(w, lex) for w in core):
        return None
    known = given_names(lex.data_dir)
    if fold(given) not in known and fold(given.split("-")[0]) not in known:
        return None
    if any(_stands_alone(w, given, text) for w in core):
        return None
    return Span(m.start(), m.end())


def _family_name_first(word: str, given: str, lex: Lexicon) -> bool:
    """Rule family "family name first" in capitals: a listed Korean family name ("PARK", "LEE", ``[family names
    first]`` of ``given_names.txt``) before a romanised given name of two syllables ("Ji-hoon")."""
    return lex.data_dir is not None and bool(SYLLABLE_PAIR.fullmatch(given)) and fold(word) in family_names_first(lex.data_dir)


def _stands_alone(word: str, given: str, text: str) -> bool:
    """``word`` (capitals) occurs in the text somewhere not in a name before ``given``: an acronym or a heading word."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text):
        rest = _CAPITALS_RUN.match(text, m.end())
        if rest is None or rest.group(1) != given:
            return True
    return False


# the rest of a capitals surname up to the given name after it: "-STADLER Miriam", " BERG Pieter", ", Eszter"
_CAPITALS_RUN = re.compile(r"(?:[ \t]+" + _CAPITALS + r")*(?:,[ \t]*|[ \t]+)([^\W\d_][\w'’-]*)")


@lru_cache(maxsize=4)
def _connector_re(data_dir: Path) -> re.Pattern[str]:
    """A connector of ``person_org_connectors.txt`` after a word and a space, before a capitalised word (perhaps after "the")."""
    words = data_lines(data_dir / "person_org_connectors.txt")
    return re.compile(r"(?<=[^\W\d_])[ \t]+(?:" + phrase_alternation(words) + r")[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")
