"""Given names, for telling a person from a title-case heading ("Supply Chains", "Comprehensive
Look") or a place or organisation that the statistical model calls a person.

The names are those of the ``gender-guesser`` package (Jörg Michael's list of about 45,000 given
names of Europe and beyond, with their spellings), read lazily once per process (about 1 s, 30 MB).
``names-dataset`` was measured as well and is too heavy for this job (1.9 GB of memory and 90 s to
load). ``data/given_names.txt`` is the analyst's override: names to add, and names to drop.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.name_scripts import romanised, script_of
from pipeline.extract.shapes import SYLLABLE_PAIR, is_name_word, particle_shape, particle_surname
from pipeline.normalise import fold


@lru_cache(maxsize=4)
def given_names(data_dir: Path) -> frozenset[str]:
    """Folded given names: gender-guesser's list with ``given_names.txt`` applied."""
    import gender_guesser.detector as gg

    sections = data_sections(data_dir / "given_names.txt")
    names = {fold(n) for n in gg.Detector(case_sensitive=False).names}
    names |= {fold(n) for n in sections.get("given names", [])}
    return frozenset(names - {fold(n) for n in sections.get("not given names", [])})


@lru_cache(maxsize=4)
def family_names_first(data_dir: Path) -> frozenset[str]:
    """Folded family names written before the given name (``[family names first]`` of ``given_names.txt``)."""
    return frozenset(fold(n) for n in data_sections(data_dir / "given_names.txt").get("family names first", []))


def starts_with_given_name(name: str, lex: Lexicon) -> bool:
    """The name's first word (or the first part of a hyphenated one: "Jean-Luc") is a given name. Rule
    "family name first": a listed family name before a given name of two syllables ("Park Ji-hoon") counts too."""
    if lex.data_dir is None:
        return True  # a lexicon built by hand, without files: nothing to check against
    words = name.split()
    first = words[0] if words else ""
    known = given_names(lex.data_dir)
    if len(words) == 2 and SYLLABLE_PAIR.fullmatch(words[1]) and fold(first) in family_names_first(lex.data_dir):
        return True
    return fold(first) in known or fold(first.split("-")[0]) in known


def stated_name_opens_with_given_name(name: str, lex: Lexicon) -> bool:
    """:func:`starts_with_given_name` for a name a role statement reads, in any script: a first word in Greek or
    Cyrillic script is read in Latin letters ("изпълнителният директор Мария Петрова", :func:`script_given_name`).
    (The people rules keep the Latin-only check: a name in another script is the name-order rules' to read and to
    match with the Latin-script person a bilingual page names, :mod:`people_name_orders`.)"""
    first = name.split()[0] if name.split() else ""
    script = script_of(first)
    if script is not None and lex.data_dir is not None:
        return script_given_name(first, script, lex.data_dir)
    return starts_with_given_name(name, lex)


def ends_with_given_name(name: str, lex: Lexicon) -> bool:
    """The name of two or three words is written family name first, as Hungarian writes every name ("Horváth Dániel",
    "Kovács-Tóth Réka"): its last word is a given name and its first is none."""
    words = name.split()
    if lex.data_dir is None or not 2 <= len(words) <= 3:
        return False
    known = given_names(lex.data_dir)
    return fold(words[-1]) in known and fold(words[0].split("-")[0]) not in known


def script_given_name(word: str, script: str, data_dir: Path) -> bool:
    """``word`` (a name part in Greek or Cyrillic script, perhaps hyphenated) is a given name read in Latin letters
    (:func:`name_scripts.romanised`: "Мария" is "maria", the genitive "Γιώργου" is "giorgos")."""
    known = given_names(data_dir)
    return any(r in known for r in romanised(word.split("-")[0], script, data_dir))


def full_person_name(name: str, lex: Lexicon) -> bool:
    """Rule family "full name shape": ``name`` is a known given name (no country, no word of ``not_person_words.txt``)
    and one to four capitalised surname words, perhaps with lower-case particles of ``name_particles.txt``
    ("María José Sánchez de la Vega", "Vito Santoro-Lacatena", "Gwenaëlle Le Goff"), and no organisation, unit or
    type word, no country: nothing that could be another thing's name."""
    words = name.split()
    core = [w for w in words if not (w.lower() in lex.name_particles and w[0].islower())]
    if not 2 <= len(core) <= 5 or words[-1].lower() in lex.name_particles:
        return False
    first = words[0]
    if key(name) in lex.cities or first.lower() in lex.name_particles:
        return False  # "Santa Maria da Feira", "Le Havre": a place
    if (not is_name_word(first) or first.lower() in lex.not_person_words or key(first) in lex.countries
            or not starts_with_given_name(first, lex)):
        return False
    for w in words[1:]:
        low = w.lower()
        if low in lex.name_particles and (w[0].islower() or len(w) == 1 and particle_shape(w)):
            continue  # (and the Irish "Ó" of "Colm Ó Ceallaigh", one accented capital)
        if low in lex.org_suffixes or low in lex.org_type_nouns or low in lex.unit_words or low in lex.not_person_words:
            return False
        if low in lex.country_words or key(w) in lex.countries:
            return False
        if not (is_name_word(w) or particle_surname(w, lex)):
            return False
    return True
