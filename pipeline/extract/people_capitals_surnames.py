"""Rule ``"given-capitals-surname"``: a given name, then the surname in capitals, as a list entry or a table cell.

Composition annexes of expert groups, juries, boards and delegations, and the PDF text of their tables, write each
member as a given name and a surname in capitals ("Ines ÅBERG-LUND", "Tomás Ó CEALLAIGH", "Maaike van der HOEK",
"Renata COSTA PINTO"), one to an entry: at the start of a line (after a list marker and courtesy titles), in a
column of a table whose columns the PDF text keeps apart by runs of spaces ("Acme Cluster Forum     Ines ÅBERG-LUND
/ Lars MOE     Norway"), after a slash between a member and an alternate, after the bracketed acronym of the
organisation a row opens with ("Acme Cluster Forum (ACF) Ines ÅBERG-LUND /"), or in a cell after a bar. The statistical
model reads such names with the column before or after them, or not at all, and the title-case shapes of
:mod:`people_full_names` need surnames in title case.

At an entry start: one or two known given names (perhaps hyphenated: "Anna-Lena"), particles of
``name_particles.txt`` in lower case or capitals ("de", "VAN DER", the Irish "Ó"), then one to three surname words in
capitals, then a separator (a comma, a bracket, a dash, bar or slash between spaces, a column gap of two spaces or
more), the line's end, or a country that ends the line (the last column of a row kept apart by one space). At
least one surname word has the shape of :func:`shapes.is_capitals_surname` (four letters
or more, no known acronym or word); the others may be listed places too ("Hélène VAN DAMME", "Paulo AZEVEDO RAMOS").
No surname word may stand in the text without a capitalised word before it (:func:`shapes.used_as_acronym`: "the
CLUSTER", "(EISMEA)"), so a heading or an acronym in capitals after a first name is never read as a surname.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.extract.given_names import stated_name_opens_with_given_name
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.people_full_names import after_titles
from pipeline.extract.shapes import WORD, Span, is_name_word, used_as_acronym

RULE = "given-capitals-surname"

# where an entry starts
_ENTRY_START = re.compile(r"^(?:[ \t]*(?:[-•*–—►]|\d{1,2}[.)])(?=[ \t]))?[ \t]*"  # a line, after a list marker
                          r"|(?<=\S)[ \t]{2,}|(?<=\S)[ \t][-–—/][ \t]+"  # a column gap, a dash or slash between spaces
                          r"|(?<=\))[ \t]+|[|:;][ \t]*", re.M)  # after a bracket, a cell's bar, a colon or semicolon
# a given name (title case, perhaps hyphenated), perhaps a second one, then words up to the separator
_TITLE_WORD = r"[^\W\d_a-zß-ÿ][^\W\d_A-ZÀ-Þ]+(?:-[^\W\d_a-zß-ÿ][^\W\d_A-ZÀ-Þ]+)?"
_CANDIDATE = re.compile(r"(" + _TITLE_WORD + r"(?:[ ]" + _TITLE_WORD + r")?)"
                        r"((?:[ ][^\W\d_]+(?:['’-][^\W\d_]+)*){1,5})")
# what follows the name: a separator, a column gap, or the line's end
_AFTER = re.compile(r"[ \t]*(?:$|[,;:(]|[ \t][-–—|•·/](?:[ \t]|$))|[ \t]{2,}\S", re.M)


def capitals_surname_names(text: str, lex: Lexicon) -> list[Span]:
    """The names of a given name and a capitals surname that open a list entry or a table cell (see the module doc)."""
    out: list[Span] = []
    if lex.data_dir is None:
        return out
    for start in _ENTRY_START.finditer(text):
        m = _CANDIDATE.match(text, after_titles(text, start.end(), lex))  # ("Prof. Jane DOE")
        if m is None:
            continue
        given, words = m.group(1).split(), list(re.finditer(r"\S+", m.group(2)))
        for n in range(len(words), 0, -1):  # the longest run of words before a separator
            end = m.start(2) + words[n - 1].end()
            if ((_AFTER.match(text, end) or _country_ends_row(text, end, lex))
                    and _given_then_capitals(given, [w.group() for w in words[:n]], text, lex)):
                out.append(Span(m.start(), end))
                break
    return out


_REST_OF_LINE = re.compile(r"[ \t]+([^\n]+?)[ \t]*$", re.M)


def _country_ends_row(text: str, end: int, lex: Lexicon) -> bool:
    """The rest of the line after the name is a country: the last column of a table row whose columns the text
    keeps apart by one space only ("Lars MOEN Norway")."""
    m = _REST_OF_LINE.match(text, end)
    return m is not None and key(m.group(1)) in lex.countries


def _given_then_capitals(given: list[str], rest: list[str], text: str, lex: Lexicon) -> bool:
    """``given`` are known given names, ``rest`` particles then one to three capitals surname words."""
    # a given name in Greek or Cyrillic script is read in Latin letters ("Андрій САВЧУК", name_scripts.py)
    if not all(stated_name_opens_with_given_name(g, lex) and g.lower() not in lex.not_person_words and key(g) not in lex.countries
               and is_name_word(g) for g in given):
        return False
    k = 0
    while k < len(rest) - 1 and rest[k].lower() in lex.name_particles:
        k += 1  # "de", "VAN DER", "Ó"
    surname = rest[k:]
    if not 1 <= len(surname) <= 3 or not all(w.isupper() and len(w) > 1 and WORD.fullmatch(w) for w in surname):
        return False
    if not any(len(w) >= 4 and _VOWEL.search(w) for w in surname):
        return False  # "Anna ICT": three capitals are mostly an acronym
    for w in surname:
        low = w.lower()
        if (low in lex.not_person_words or low in STOP_WORDS or low in lex.gazetteer_by_key or low in lex.countries
                or low in lex.not_org_names or low in lex.org_suffixes or low in lex.org_type_nouns
                or used_as_acronym(w, text, lex.name_particles, lex.person_titles)):
            return False
    return True


_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÜĀ-ąАЕЄИІЇОУЮЯЁЫЭΑΕΗΙΟΥΩΆΈΉΊΌΎΏ]")  # Latin, Cyrillic, Greek
