"""``model:event-ner``: event names found by the statistical EVENT recogniser trained on the training
sets' gold events (:mod:`pipeline.event_model`), one more candidate source beside the rules.

The recogniser reads the document paragraph by paragraph (blank-line separated, line breaks read as
spaces: the cut it was trained on). Its spans enter the event pipeline with the lowest priority (a
span a rule already covers is the rule's), and only when they pass the filter the fold measurement
chose: the name holds an event keyword of ``data/event_keywords.txt`` (so a prize, a project or a
programme the model tags is not an event), a generic event noun of ``data/event_generic_heads.txt`` or
another language's event noun in any of its forms (``data/event_noun_concepts.csv``: "walnego zgromadzenia",
"vuosikokouksessa"), and it has at least two words. The keyword gives the event type, as for rule names;
dates, places and organisers are attached by the same code as for them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from pipeline.data_files import phrase_alternation, phrase_trie
from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at
from pipeline.extract.event_generic import load_generic_lexicon
from pipeline.extract.event_lexicon import EventLexicon, load_event_lexicon
from pipeline.extract.event_nouns import foreign_event_nouns
from pipeline.extract.places import Gazetteer

RULE = "model:event-ner"
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# Opening quote -> the closing quotes that answer it, for a span whose edge falls inside a quoted title.
_CLOSING = {"“": "”", "„": "“”", "«": "»"}
# The recogniser reads a paragraph's lines as one: a span runs on into the next item of a list ("next
# meetings\n- 6th Steering Committee: online", "on critical raw materials.\n2") or along a contents
# line's dot leaders ("Study visit to Wrocław ....... 2"); the name ends where they start.
# A number opening a line is an item only with its "." or ")" or alone at the span's end ("\n18 members
# joined" is a hard-wrapped sentence).
# An elided article or preposition before another language's noun ("l'assemblea", "dell'assemblea", "d'informació").
_ELIDED = re.compile(r"^\w{1,4}['’](?=\w)")
# Between two words of another language's event noun form: what name_foreign's word split skips, and an elided
# article before the next word ("walne zgromadzenie", "assemblea dell'generale" as name_foreign reads it).
_FORM_GAP = r"[^\w’'-]+(?:\w{1,4}['’](?=\w))?"
_RUN_ON = re.compile(r"[ \t]*\n[ \t]*(?:[-•*▪–—]|\d{1,3}[.)](?=\s)|\d{1,3}[ \t]*$)|[ \t]*\.{4,}")


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, paragraph with line breaks as spaces) of each non-blank paragraph of ``text``."""
    start = 0
    for m in [*_PARAGRAPH.finditer(text), None]:
        end = m.start() if m else len(text)
        if text[start:end].strip():
            yield start, text[start:end].replace("\n", " ")
        start = m.end() if m else len(text)


def model_folder(data_dir: Path) -> Path | None:
    """``data/event_model/`` when it holds a trained model, else None."""
    folder = data_dir / "event_model"
    return folder if (folder / "config.cfg").exists() else None


@lru_cache(maxsize=4)
def load_event_model(path: Path):
    """The trained recogniser (once per process); None when the folder holds none."""
    if not (path / "config.cfg").exists():
        return None
    import spacy

    return spacy.load(path)


@dataclass(frozen=True)
class EventHeads:
    """The generic event nouns (``data/event_generic_heads.txt``) as the model filter reads them."""
    nouns: dict[tuple[str, ...], str]  # lower-case singular words -> event type
    max_words: int
    # an event keyword's first word or a noun's last word (singular or plural) as a whole word, or the last word
    # of another language's noun form: a paragraph without one holds no name the filter keeps, so the recogniser
    # need not read it
    keep: re.Pattern[str]
    # the other languages' event nouns in the forms prose uses (data/event_noun_concepts.csv through
    # foreign_event_nouns: no English form), lower-case words -> event type
    foreign: dict[tuple[str, ...], str] = field(default_factory=dict)
    foreign_words: int = 1


@lru_cache(maxsize=8)
def load_event_heads(data_dir: Path) -> EventHeads:
    """The generic event nouns of English and the event nouns of the other languages, read once per process."""
    glex = load_generic_lexicon(data_dir)
    # a ceremonial act's noun ("opening", "signing") names an event only with "of" and its object: no model name by it
    heads = {h: t for h, t in glex.heads.items() if h not in glex.of_only}
    nouns = {tuple(EventLexicon.singular(h).split()): etype for h, etype in heads.items()}
    lasts = {w[-1] for w in nouns} | {w[-1] + "s" for w in nouns}
    foreign: dict[tuple[str, ...], str] = {}
    for noun in foreign_event_nouns(data_dir):
        foreign.setdefault(tuple(noun.form.split()), noun.type)
    stems = load_event_lexicon(data_dir).keyword_stems.pattern
    # another language's noun may follow an elided article ("l'assemblea"): only a letter or hyphen before it stops it.
    # A form of two or more words is looked for whole, as name_foreign reads a name (its words apart by anything but a
    # word character, each perhaps behind an elided article; the first word's start untested, as a span may open
    # inside "x-walne"): its last word alone sent every paragraph that writes "generale" or "soci" to the recogniser.
    single = {w[0] for w in foreign if len(w) == 1}
    whole = {" ".join(w) for w in foreign if len(w) > 1}
    keep = re.compile(rf"{stems}|(?<![\w’'-])(?:{phrase_alternation(lasts) or '(?!)'})(?![\w’'-])"
                      rf"|(?<![\w-])(?:{phrase_trie(single)})(?![\w’'-])"
                      rf"|{phrase_trie(whole, space=_FORM_GAP)}(?![\w’'-])")
    return EventHeads(nouns, max((len(w) for w in nouns), default=1), keep, foreign,
                      max((len(w) for w in foreign), default=1))


def name_head(heads: EventHeads, name: str) -> tuple[str, str] | None:
    """(noun, event type) of the last generic event noun in ``name`` ("return visit of Czech firms to Graz"
    -> ("return visit", "other")), None when it has none."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", name)]
    hit, i = None, 0
    while i < len(words):
        step = 1
        for n in range(min(heads.max_words, len(words) - i), 0, -1):
            key = tuple(EventLexicon.singular(" ".join(words[i:i + n])).split())
            if key in heads.nouns:  # the longest noun at this word ("return visit", not "visit")
                hit, step = (" ".join(key), heads.nouns[key]), n
                break
        i += step
    return hit


def name_foreign(heads: EventHeads, name: str) -> tuple[str, str] | None:
    """(noun form, event type) of the first event noun of another language in ``name``, in any of its listed forms
    ("Walne zgromadzenie członków" -> ("walne zgromadzenie", "other"), "l'assemblea generale dei soci" ->
    ("assemblea generale", "other")), None when it has none."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", name)]
    for seq in (words, [_ELIDED.sub("", w) for w in words]):
        for i in range(len(seq)):
            for n in range(min(heads.foreign_words, len(seq) - i), 0, -1):
                if (key := tuple(seq[i:i + n])) in heads.foreign:
                    return " ".join(key), heads.foreign[key]
    return None


def model_spans(nlp, text: str, keep: re.Pattern[str] | None = None,
                select: Callable[[int, str], bool] | None = None) -> list[tuple[int, int]]:
    """Document offsets of every span the recogniser finds in ``text``; with ``keep``, only in the
    paragraphs whose lower-case text it matches (the others are not read: a paragraph without an event keyword
    can give no candidate); with ``select``, only in the paragraphs it accepts (given the paragraph's offset and
    text: the organisation model's test of :func:`pipeline.extract.org_model.may_hold_name`)."""
    out: list[tuple[int, int]] = []
    kept = [(s, p) for s, p in paragraphs(text)
            if (keep is None or keep.search(p.lower())) and (select is None or select(s, p))]
    starts, texts = zip(*kept) if kept else ((), ())
    for start, doc in zip(starts, nlp.pipe(texts, batch_size=64)):
        out.extend((start + e.start_char, start + e.end_char) for e in doc.ents)
    return out


def close_quote(text: str, start: int, end: int) -> int:
    """The end of the span ``text[start:end]``, taken past the quote that closes a quote it opened.

    The recogniser's edge around a quoted title (``Webinar: "Title"``) moves from one training run to the
    next; the mention's text (its provenance) should not, so a span that opens a quote it does not close
    ends after the closing quote when that quote follows at once."""
    if end >= len(text):
        return end
    span, after = text[start:end], text[end]
    if after == '"':
        return end + 1 if span.count('"') % 2 else end
    for opening, closing in _CLOSING.items():
        if after in closing and span.count(opening) > sum(span.count(c) for c in closing):
            return end + 1
    return end


def span_end(text: str, start: int, end: int) -> int:
    """Where a recogniser span ``text[start:end]`` ends: before a list item or dot leaders it runs into."""
    run_on = _RUN_ON.search(text, start, end)
    return end if run_on is None else start + len(text[start:run_on.start()].rstrip(" \t.,;:"))


def name_keyword(lex: EventLexicon, name: str) -> tuple[str, str] | None:
    """(keyword, event type) of the last event keyword in ``name``, None when it has none."""
    words = re.findall(r"[\w’'-]+", name)
    hit = None
    for i in range(len(words)):
        found = keyword_at(lex, words, i)
        if found is not None:
            hit = found[1:]
    return hit


def place_after_colon(text: str, start: int, end: int, gaz: Gazetteer | None) -> int:
    """Where a span ``text[start:end]`` ends when it runs past a colon into a known place: "4th partner
    meeting: Rovaniemi", "Final workshop: Vilnius" (a list item "<meeting>: <place>, <date>" says where,
    not which meeting); a colon before a title ("Webinar: Heat pumps in district heating") stays."""
    colon = text.find(": ", start, end)
    if gaz is None or colon < 0:
        return end
    after = re.split(r"[,(]| \d", text[colon + 2:end], maxsplit=1)[0].strip()
    return colon if after and gaz.place(after) != (None, None) else end


def model_candidates(ctx: DocContext, lex: EventLexicon, nlp, gaz: Gazetteer | None = None,
                     heads: EventHeads | None = None) -> list[Candidate]:
    """The recogniser's spans that name an event: at least two words, one of them an event keyword (or,
    with ``heads``, a generic event noun or another language's event noun); a span that runs on into a list item or dot leaders ends before
    them, one that runs past a colon into a known place ends at the colon."""
    out: list[Candidate] = []
    if nlp is None:
        return out
    for start, end in model_spans(nlp, ctx.text, lex.keyword_stems if heads is None else heads.keep):
        end = span_end(ctx.text, start, close_quote(ctx.text, start, end))
        end = place_after_colon(ctx.text, start, end, gaz)
        name = clean_event_name(ctx.text[start:end])
        if len(name.split()) < 2:
            continue
        hit = name_keyword(lex, name)
        if hit is not None:
            out.append(Candidate(start, end, name, RULE, hit[0], hit[1]))
        elif heads is not None and (noun := name_head(heads, name) or name_foreign(heads, name)) is not None:
            # no keyword: as a described event's phrase ("Return visit of Polish clusters to Leipzig"), or another
            # language's event noun in the case of its sentence ("Walnego Zgromadzenia Członków Klastra")
            out.append(Candidate(start, end, name[:1].upper() + name[1:], RULE, None, noun[1]))
    return out
