"""``model:org-ner``: organisation names found by the statistical ORG recogniser trained on the training sets' gold
organisations (:mod:`pipeline.org_model`; measured in docs/org-model.md), one more candidate source beside the rules,
with the lowest priority.

The recogniser reads the document paragraph by paragraph (the event model's cut, :func:`pipeline.extract.event_model.paragraphs`).
Its span becomes an organisation mention only when it passes the filter chosen on 28 training sets the model had not
seen (docs/org-model.md): no mention the rules made (organisation, person, place or event) overlaps it and its name is
no person, place or event the document's tables hold ("uncovered": a span a rule covers is the rule's); it has a
capitalised word, at least two words, and is not written all in capitals; the rules' own not-an-organisation check
(:func:`pipeline.extract.org_context.not_org`: programmes, places, venues ...) lets it pass; it holds no event keyword
or event noun of any language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from pipeline.evaluate.scoring import match_key
from pipeline.extract.event_model import load_event_model, model_spans
from pipeline.extract.languages import stop_words
from pipeline.extract.org_context import org_words
from pipeline.records import DocumentResult, OrgMention

RULE = "model:org-ner"
_EDGE = " \t\n,;:()[]{}\"“”„'‘’«»•·|*–—-/"
_ELIDED = re.compile(r"([a-z]{1,4})['’](?=\w)")  # "l'", "dell’" before the name's first letter


@dataclass
class Tag:
    """One model span of one document: its cleaned name and where the name stands."""

    name: str
    start: int
    end: int


def clean_name(text: str, start: int, end: int, elided: frozenset[str] = frozenset()) -> Tag | None:
    """The span without the blanks, quotes, brackets and list marks at its edges, without a lower-case article of
    ``elided`` glued to its first capital ("l'INSA Toulouse", "dell'Università di Pisa", "d’Ester Technopole": the
    French, Italian and Catalan article or preposition that loses its vowel belongs to the sentence, never to the
    name; "L'Oréal" keeps its capital one) and without a sentence's full stop (not "d.o.o." nor "Ltd."); None when
    nothing is left."""
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip(_EDGE))
    glued = _ELIDED.match(raw, lead)
    if glued and glued.group(1) in elided and raw[glued.end()].isupper():
        lead = glued.end()
    stripped = raw[lead:].rstrip(_EDGE)
    name = " ".join(stripped.split())
    if name.endswith(".") and not re.search(r"\.\w+\.$|\b\w{1,4}\.$", name):
        name, stripped = name[:-1], stripped[:-1]
    return Tag(name, start + lead, start + lead + len(stripped)) if match_key(name) else None


def model_folder(data_dir: Path) -> Path | None:
    """``data/org_model/`` when it holds a trained model, else None."""
    folder = data_dir / "org_model"
    return folder if (folder / "config.cfg").exists() else None


@lru_cache(maxsize=4)
def name_checks(data_dir: Path) -> tuple[Callable[[str], bool], Callable[[str, str], bool]]:
    """(event word: the name holds an event keyword or event noun of any language; not an organisation: the rules'
    :func:`pipeline.extract.org_context.not_org` on the name in its document's text)."""
    from pipeline.extract.event_lexicon import load_event_lexicon
    from pipeline.extract.event_model import load_event_heads, name_foreign, name_head, name_keyword
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.org_context import OrgDoc, not_org

    lex = load_lexicon(data_dir)
    elex, heads = load_event_lexicon(data_dir), load_event_heads(data_dir)

    def event_word(n: str) -> bool:
        return name_keyword(elex, n) is not None or name_head(heads, n) is not None or name_foreign(heads, n) is not None

    return event_word, lambda n, text: not_org(OrgDoc(text, lex), n)


def keep_name(tag: Tag, text: str, covered: list[tuple[int, int]], held_keys: set[str], data_dir: Path,
              stops: frozenset[str] = frozenset()) -> bool:
    """The chosen filter (docs/org-model.md): ``covered`` are the spans of every mention the rules made, ``held_keys``
    the keys of the people, places and events the rules named in the document. A name whose last word is a lower-case
    word of ``stops`` (the function words of the document's language and of English) is a piece of a sentence, cut
    before the words that would end it ("Handelshögskolan vid", "Cluster Vinhos do Dão e", "… Baden-Württemberg für":
    none of the 12 such model spans of 80 training sets names an organisation of their gold)."""
    event_word, not_an_org = name_checks(data_dir)
    words = tag.name.split()
    return (len(words) >= 2 and any(w[:1].isupper() for w in words) and tag.name.upper() != tag.name
            and not (words[-1].islower() and words[-1] in stops)
            and not any(s < tag.end and tag.start < e for s, e in covered) and match_key(tag.name) not in held_keys
            and not event_word(tag.name) and not not_an_org(tag.name, text))


# What may stand before a capitalised word that opens a sentence or a line (a list mark, an item number, a quote).
_LINE_LEAD = re.compile(r"(?:^|[.!?]|\n)[\s\-–—•*▪·>#|\d.)(\"“„«'‘]*$")
# A word: letters, digits, dots and hyphens after a non-letter (an apostrophe too: "l'Odet", "dell'Adriatico").
_CAPITAL_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_][\w.-]*")


def may_hold_name(text: str, covered: bytearray, start: int, para: str) -> bool:
    """Whether the paragraph at ``start`` can give a name the filter keeps: it holds a capitalised word that no rule
    mention covers (``covered``: one byte a character of ``text``, 1 inside a mention) and that does not open a
    sentence or a line. A kept name has two words or more, a capital and no covered character; a paragraph whose
    only uncovered capitals open its sentences and lines (prose whose names the rules already hold) is not read:
    the recogniser reads every paragraph otherwise, about a seventh of a bare spaCy pass."""
    for m in _CAPITAL_WORD.finditer(para):
        if not m.group()[0].isupper() or covered[start + m.start()]:
            continue
        at = start + m.start()
        # twelve characters before the word; "x" stands for more text before them, so that "^" is the text's start
        if not _LINE_LEAD.search(("x" if at > 12 else "") + text[max(0, at - 12):at]):
            return True
    return False


def add_model_organisations(result: DocumentResult, model: Path | None, data_dir: Path) -> DocumentResult:
    """The document's result with the model's organisation mentions that pass :func:`keep_name` (rule ``model:org-ner``)."""
    nlp = load_event_model(model) if model else None
    if nlp is None or not result.text.strip():
        return result
    text = result.text
    others = [*result.people, *result.locations, *result.events]
    covered = [(m.start, m.end) for m in (*result.organisations, *others)]
    held = {match_key(m.text) for m in others} | {match_key(p.name) for p in result.people}
    # a name the rules already hold as an organisation (measured so: only names no rule organisation matches count)
    orgs = {k for o in result.organisations for k in (match_key(o.name), match_key(o.acronym), match_key(o.text)) if k}
    mask = bytearray(len(text))
    for s, e in covered:
        mask[s:e] = b"\x01" * (e - s)
    added: list[OrgMention] = []
    elided = org_words(data_dir).elided_articles
    stops = stop_words("en") | (stop_words(result.info.language) if result.info.language else frozenset())
    for s, e in model_spans(nlp, text, select=lambda start, para: may_hold_name(text, mask, start, para)):
        tag = clean_name(text, s, e, elided)
        if tag is None or match_key(tag.name) in orgs or not keep_name(tag, text, covered, held, data_dir, stops):
            continue
        added.append(OrgMention(result.info.doc_id, tag.start, tag.end, text[tag.start:tag.end], tag.name, RULE))
        covered.append((tag.start, tag.end))
        orgs.add(match_key(tag.name))
    return replace(result, organisations=(*result.organisations, *added)) if added else result
