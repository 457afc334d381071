"""People named in text of a language whose own spaCy pipeline is not installed, by the full shape of the name.

Rule family "foreign full name": the English-only people rules (the English model's PERSON entities, an apposition,
a name before a bracket) still read names in Spanish, Portuguese, Italian, Polish or German sentences, but their
facts from such blocks are dropped (:func:`languages.keep_language_neutral`), and with no pipeline for the
language (``settings.language_models``) nothing reads them again. A name they found comes back when its whole
shape says person, whatever the words around it: a known given name that is no place (``given_names.txt``), then
one to four capitalised name words or particles of ``name_particles.txt`` ("María José Sánchez de la Vega",
"Vito Santoro-Lacatena", "Ronny Hädrich"), no organisation, unit or type word, no word of ``not_person_words.txt``,
and no organisation or place already read there. Where the language's own pipeline is installed (French), that
pipeline's people stand alone.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Mapping

from pipeline.extract.given_names import full_person_name, starts_with_given_name
from pipeline.extract.languages import TextLanguages, stop_words
from pipeline.extract.lexicon import Lexicon
from pipeline.records import DocumentResult, PersonMention

RULE_SUFFIX = ":full-name"


def _without_opener(p: PersonMention, text: str, lang: str, lex: Lexicon) -> PersonMention:
    """The mention without a first word that is no given name, or a function word of the block's language, before a
    given name: a word of the sentence read onto the name ("Según Sophie Van den Broeck", "Segundo Rui Exemplo":
    "segundo" is a given name too, and Portuguese for "according to")."""
    words = p.name.split()
    if len(words) >= 3 and starts_with_given_name(words[1], lex) and (
            not starts_with_given_name(words[0], lex) or words[0].lower() in stop_words(lang)):
        # (a short mention's name is the full name it stands for, "Consiglio" for "Consiglio di Amministrazione":
        # only a mention whose own text holds the words is cut)
        at = p.text.find(words[1], len(words[0])) if p.text.startswith(words[0]) else -1
        if at < 0:
            return p
        start = p.start + at
        return replace(p, start=start, text=text[start:p.end], name=" ".join(words[1:]))
    return p


def restore_full_names(result: DocumentResult, before: tuple[PersonMention, ...], langs: TextLanguages,
                       models: Mapping[str, str], lex: Lexicon) -> DocumentResult:
    """``result`` with the people of ``before`` (the mentions before the English-only facts were dropped) that
    stand in a block of a language without an installed pipeline and have the full shape of a person's name."""
    kept = {(p.start, p.end) for p in result.people}
    taken = [(m.start, m.end) for m in (*result.people, *result.organisations, *result.locations)]
    back = []
    for p in before:
        if (p.start, p.end) in kept or p.rule.startswith("coref:"):
            continue
        lang = langs.at(p.start)
        if lang in ("en", "und") or models.get(lang) in _installed(models):
            continue
        p = _without_opener(p, result.text, lang, lex)
        if any(p.start < e and s < p.end for s, e in taken) or not full_person_name(p.name, lex):
            continue
        back.append(replace(p, rule=p.rule + RULE_SUFFIX))
        taken.append((p.start, p.end))
    if not back:
        return result
    return replace(result, people=tuple(sorted((*result.people, *back), key=lambda m: (m.start, m.end))))


def _installed(models: Mapping[str, str]) -> frozenset[str]:
    return _installed_names(tuple(sorted(models.values())))


@lru_cache(maxsize=8)
def _installed_names(names: tuple[str, ...]) -> frozenset[str]:
    """The pipelines of ``names`` that are installed."""
    import spacy

    return frozenset(name for name in names if spacy.util.is_package(name))
