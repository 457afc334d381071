"""People the English rules cannot read: names in Greek or Cyrillic script, and names written family name first.

Rule ``"script-name:<script>"``: a Greek or Cyrillic text ("η Δρ. Ελένη Παππά-Λιάκου, πρόεδρος …", "Иван Петров,
управител на …") names people with capitalised words of its own script, which the English model and the Latin-script
shapes of :mod:`people_full_names` never read. A run of two to four capitalised words of one script (a hyphenated
part may be Latin: "Αντωνίου-Schneider"), its first or second word a given name, is a person from that given name on
(at most three words): the given name is read in Latin letters (:mod:`name_scripts`: the genitive "Γιώργου" and
accusative "Σταύρο" of "Γιώργος", "Σταύρος") against the given names of :func:`given_names.given_names`. No word may be a place, a country or a word of ``not_person_words.txt``.

Rule ``"family-name-first:<language>"``: in blocks of a language of ``family_name_first_languages.txt`` (Hungarian),
people are written family name first ("Bognár Péter", "Horváth-Sipos Judit", "dr. Kiss-Varga Ildikó"): one or two
capitalised family names (perhaps hyphenated; many are given names too: "Lukács Bence", "Simon Erika"), then one or
two known given names, and no capitalised name word after them. The family name may not be a word of the language's stop words, a place or a
country, and the mention must not be the start of a sentence unless a separator or the line's end follows the name
(a capitalised sentence opener before a given name, "Tavaly Péter …", is no family name).

A name in another script that a Latin-script person of the document also bears (same given name, family names
that read alike: "Ευδοκία Παπαθανασίου" on a bilingual page that also writes "Evdokia Papathanasiou") is a mention of
that person, not another one. Both rules are additive, after the English-only facts of other-language blocks were dropped: a name already read as a
person is not read again, and an organisation that an English-only rule read over the name and its separator
("Bognár Péter | Olvasási idő") gives way to the person. A name such a rule adds with an organisation in brackets
after it gets its affiliation row (:mod:`people_order_affiliations`: "Szabó Levente (Acme Kft.)").
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines
from pipeline.extract.given_names import given_names, script_given_name
from pipeline.extract.languages import TextLanguages, stop_words
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.people_order_affiliations import bracket_affiliations
from pipeline.extract.name_scripts import CYRILLIC_LOW, CYRILLIC_UP, GREEK_LOW, GREEK_UP, romanised
from pipeline.normalise import fold
from pipeline.records import DocumentResult, PersonMention

SCRIPT_RULE = "script-name"
ORDER_RULE = "family-name-first"

_LATIN_PART = r"[A-Z][a-z]+"


def _word(up: str, low: str) -> str:
    return rf"[{up}][{low}]+(?:-(?:[{up}][{low}]+|{_LATIN_PART}))*"


_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # between the words of a name: spaces, or one line break
_SCRIPTS = {"greek": _word(GREEK_UP, GREEK_LOW), "cyrillic": _word(CYRILLIC_UP, CYRILLIC_LOW)}
_RUNS = {s: re.compile(rf"(?<![\w-]){w}(?:{_GAP}{w}){{1,3}}(?![\w-])") for s, w in _SCRIPTS.items()}
_WORDS = re.compile(r"\S+")
_ANY_SCRIPT = re.compile(rf"[{GREEK_UP}{GREEK_LOW}{CYRILLIC_UP}{CYRILLIC_LOW}]")
_LATIN_UP, _LATIN_LOW = "A-ZÀ-ÖØ-ÞŐŰĀ-Ž", "a-zß-öø-ÿőűā-ž"
_LATIN_WORD = rf"[{_LATIN_UP}][{_LATIN_LOW}]+(?:-[{_LATIN_UP}][{_LATIN_LOW}]+)*"
_LATIN_RUN = re.compile(rf"(?<![\w-]){_LATIN_WORD}(?:{_GAP}{_LATIN_WORD}){{1,3}}(?![\w-])")
_SEPARATOR_AFTER = re.compile(r"[*_\"'”»]*[ \t]*(?:[,;:|()\[\]–—•/]|-[ \t]|$)", re.M)
_OPENING_MARKS = " \t*_#>\"'„“«"
_SENTENCE_ENDS = ".!?…\n:-–—•|"


def _clear_word(word: str, lex: Lexicon) -> bool:
    """No place, country, or word listed as no part of a person's name."""
    low = word.lower()
    return not (key(word) in lex.cities or key(word) in lex.countries or low in lex.not_person_words
                or low in lex.org_type_nouns or low in lex.org_suffixes)


def _mention(doc_id: str, text: str, words: list[re.Match[str]], base: int, rule: str) -> PersonMention:
    """The mention of ``words`` (matches in a run that starts at ``base``), its name on one line."""
    start, end = base + words[0].start(), base + words[-1].end()
    return PersonMention(doc_id, start, end, text[start:end], " ".join(w.group() for w in words), rule)


def _script_people(doc_id: str, text: str, lex: Lexicon) -> list[PersonMention]:
    found = []
    for script, run in _RUNS.items():
        for m in run.finditer(text):
            words = list(_WORDS.finditer(m.group()))
            at = next((i for i in (0, 1) if i < len(words) - 1 and script_given_name(words[i].group(), script, lex.data_dir)),
                      None)
            if at is None:
                continue
            name_words = words[at: at + 3]
            if (name_words[0].group().lower() not in lex.not_person_words
                    and all(_clear_word(w.group(), lex) for w in name_words[1:])):
                found.append(_mention(doc_id, text, name_words, m.start(), f"{SCRIPT_RULE}:{script}"))
    return found


def _same_person(name: str, script: str, latin: set[str], lex: Lexicon) -> str | None:
    """The person of ``latin`` (names the document writes in Latin script) that ``name`` writes in its own script: a
    bilingual page names "Ευδοκία Παπαθανασίου" and "Evdokia Papathanasiou", one person. Same given name (one of its
    readings) and a family name whose reading opens with the first five letters of the Latin one's."""
    words = name.split()
    given = romanised(words[0].split("-")[0], script, lex.data_dir)
    family = {r[:5] for r in romanised(words[-1].split("-")[0], script, lex.data_dir)}
    for other in sorted(latin):
        parts = other.split()
        if len(parts) >= 2 and fold(parts[0].split("-")[0]) in given and fold(parts[-1])[:5] in family:
            return other
    return None


@lru_cache(maxsize=4)
def family_name_first_languages(data_dir: Path) -> frozenset[str]:
    return frozenset(data_lines(data_dir / "family_name_first_languages.txt"))


@lru_cache(maxsize=4)
def _title_words(titles: tuple[str, ...], language_titles: frozenset[str]) -> frozenset[str]:
    return frozenset(t.lower() for t in (*titles, *language_titles) if " " not in t)


@lru_cache(maxsize=4)
def _courtesy(person_titles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t.lower().rstrip(".") for t in person_titles)


def _titles(lex: Lexicon) -> frozenset[str]:
    """One-word role titles of both title lists, lower case ("elnök", "director")."""
    return _title_words(lex.role_titles, lex.language_role_titles)


def _sentence_start(text: str, at: int, lex: Lexicon) -> bool:
    """``at`` opens a sentence, a line or a list item (after quotes and emphasis marks); a courtesy title's full stop
    ("dr. Kiss Anna") is no sentence end."""
    i = at
    while i > 0 and text[i - 1] in _OPENING_MARKS:
        i -= 1
    if i == 0:
        return True
    if text[i - 1] not in _SENTENCE_ENDS:
        return False
    if text[i - 1] == ".":
        before = text[max(0, i - 12): i - 1].split()
        return not before or before[-1].lower().lstrip("(*_") not in _courtesy(lex.person_titles)
    return True


def _order_people(doc_id: str, text: str, langs: TextLanguages, lex: Lexicon) -> list[PersonMention]:
    languages = family_name_first_languages(lex.data_dir)
    known = given_names(lex.data_dir)
    found = []
    for start, end, lang in langs.blocks:
        if lang not in languages:
            continue
        stops = stop_words(lang)
        for m in _LATIN_RUN.finditer(text, start, end):
            words = list(_WORDS.finditer(m.group()))
            given = 0
            while given < min(2, len(words) - 1) and all(fold(p) in known for p in words[-1 - given].group().split("-")):
                given += 1
            family = [w.group() for w in words[: len(words) - given]]
            if not given or not 1 <= len(family) <= 2 or any(w.group().lower() in lex.not_person_words for w in words):
                continue
            if any(w.lower() in stops or not _clear_word(w, lex) for w in family):
                continue
            if family[0].lower() in _titles(lex):
                continue  # a title that opens a sentence, "Elnök Bognár Péter": the title-first rules read it
            if _sentence_start(text, m.start(), lex) and not _SEPARATOR_AFTER.match(text, m.end()):
                continue
            found.append(_mention(doc_id, text, words, m.start(), f"{ORDER_RULE}:{lang}"))
    return found


def add_name_orders(result: DocumentResult, langs: TextLanguages, lex: Lexicon) -> DocumentResult:
    """``result`` with the people of the two rules that no person mention covers yet; organisation mentions that
    open with such a name and go on past a separator give way."""
    text = result.text
    found = _script_people(result.info.doc_id, text, lex) if _ANY_SCRIPT.search(text) else []
    if any(lang in family_name_first_languages(lex.data_dir) for _, _, lang in langs.blocks):
        found += _order_people(result.info.doc_id, text, langs, lex)
    if not found:
        return result
    people = list(result.people)
    spans = [(p.start, p.end) for p in people]
    latin = {p.name for p in people}
    new = []
    for p in found:
        if any(p.start < e and s < p.end for s, e in spans):
            continue
        if p.rule.startswith(SCRIPT_RULE):
            p = replace(p, name=_same_person(p.name, p.rule.split(":")[1], latin, lex) or p.name)
        new.append(p)
        spans.append((p.start, p.end))
    if not new:
        return result
    orgs = tuple(o for o in result.organisations
                 if not any(o.start == p.start and o.end > p.end and _SEPARATOR_AFTER.match(text, p.end) for p in new))
    roles = (*result.roles, *bracket_affiliations(result.info.doc_id, text, new, orgs, result.roles))  # "Szabó Levente (Acme Kft.)"
    return replace(result, people=tuple(sorted((*people, *new), key=lambda m: (m.start, m.end))), organisations=orgs, roles=roles)
