"""People, organisations and places in text that is not in English, from that language's spaCy pipeline.

Used only where a pipeline for the block's language is installed (``settings.language_models``, e.g.
``fr=fr_core_news_sm``); its person and place entities become mentions with the rule ``ner:<label>:<language>``
("ner:PER:fr"). Without one, such blocks keep only the language-neutral facts. Its ORG entities are not
used: on the training sets 11 of the 12 they added were wrong ("Press", "Publié", "Union européenne",
agreements, fragments of ministries' names) and none was a name no other rule found.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Mapping

from pipeline.extract.languages import TextLanguages
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.people import model_person_span
from pipeline.records import DocumentResult, LocationMention, PersonMention

_PERSON = {"PER", "PERSON"}
_PLACE = {"LOC", "GPE"}


@lru_cache(maxsize=8)
def _pipeline(name: str):
    """The installed pipeline ``name`` (only what NER needs), or None when it is not installed."""
    import spacy

    if not spacy.util.is_package(name):
        return None
    nlp = spacy.load(name)
    keep = {"tok2vec", "ner", "transformer"}
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
    return nlp


def add_foreign_entities(result: DocumentResult, langs: TextLanguages, models: Mapping[str, str],
                         lex: Lexicon | None = None) -> DocumentResult:
    """``result`` with the named entities of the non-English blocks whose language has an installed pipeline.

    With the ``lex`` icon, a person entity must pass the person-shape checks the English model's entities
    pass (:func:`people.model_person_span`: no title, no word the text writes in lower case, a given name
    first), so "Policy Officer", "are limited" or "Occitanie Region" in a French block are no people."""
    by_lang: dict[str, list[tuple[int, int]]] = {}
    for start, end, lang in langs.blocks:
        if lang not in ("en", "und") and models.get(lang):
            by_lang.setdefault(lang, []).append((start, end))
    if not by_lang:
        return result
    text, doc_id = result.text, result.info.doc_id
    taken = [(m.start, m.end) for m in (*result.people, *result.organisations, *result.locations)]
    people, places = list(result.people), list(result.locations)
    for lang, spans in by_lang.items():
        nlp = _pipeline(models[lang])
        if nlp is None:
            continue
        for (start, _), doc in zip(spans, nlp.pipe(text[s:e] for s, e in spans)):
            for ent in doc.ents:
                s, e = start + ent.start_char, start + ent.end_char
                if any(s < te and ts < e for ts, te in taken):
                    continue
                name, rule = " ".join(ent.text.split()), f"ner:{ent.label_}:{lang}"
                if ent.label_ in _PERSON and len(name.split()) >= 2:
                    if lex is not None:
                        span = model_person_span(text, s, e, lex, min_words=2)
                        if span is None:
                            continue
                        s, e, name = span.start, span.end, " ".join(text[span.start:span.end].split())
                    people.append(PersonMention(doc_id, s, e, text[s:e], name, rule))
                elif ent.label_ in _PLACE:
                    places.append(LocationMention(doc_id, s, e, text[s:e], rule))
                else:
                    continue
                taken.append((s, e))

    def ordered(items):
        return tuple(sorted(items, key=lambda m: (m.start, m.end)))

    return replace(result, people=ordered(people), locations=ordered(places))
