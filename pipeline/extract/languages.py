"""The language of a document and of each of its blocks, and which facts non-English text may give.

A block of at least ``BLOCK_MIN_LETTERS`` letters gets its own language (py3langid, see
:mod:`pipeline.language`) when the model is sure of it; a shorter block (a heading, a name, a date
line) takes the language of the block before it, or the document's. Rules written for English (cue
words, role titles, event keywords, the English spaCy model's entities) produce no facts from blocks
in another language; the language-neutral rules listed in ``language_neutral_rules.txt`` (gazetteers,
acronyms, dates, titles) still do.
"""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable

from pipeline.data_files import data_lines
from pipeline.language import TextDetector, close_languages, detect, has_letters
from pipeline.records import DocumentResult, SegmentedDocument

BLOCK_MIN_LETTERS = 80  # shorter blocks (names, headings, list items) are too short to tell reliably
DOCUMENT_MIN_LETTERS = 40  # a whole document may be one short paragraph
MIXED_MIN_SHARE = 0.10  # a language is listed for a document when its blocks hold this share of its text
_FACTS = ("people", "organisations", "locations", "events", "dates", "roles", "key_messages")


MIN_STOP_WORD_SHARE = 0.15  # running text in a language is at least this share of its function words
# Languages that put their function words in endings (Turkish, Estonian, Finnish, Hungarian) and terse text (news
# listings, minutes) fall under that share; such a whole document still counts when its own function words are a
# clear share and outnumber English ones several times. Blocks keep the strict test: a contact line with a German
# ministry's name in an English page is English.
CLEAR_STOP_WORD_SHARE = 0.02
CLEAR_MIN_LETTERS = 250  # a sentence or two is too little to tell by so small a share
CLEAR_STOP_WORD_RATIO = 3.0
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def stop_words(code: str) -> frozenset[str]:
    """spaCy's stop-word list for a language (shipped with spaCy, no model needed); empty when it has none.

    Read from the language's ``stop_words.py`` alone (what its ``Defaults.stop_words`` holds, for every language
    spaCy ships): importing the language's class would load its tokenizer exceptions too (French: seconds)."""
    import importlib.util

    import spacy

    path = Path(spacy.__file__).parent / "lang" / code / "stop_words.py"
    if not code.isalpha() or not path.is_file():
        return frozenset()
    spec = importlib.util.spec_from_file_location(f"_stop_words_{code}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(getattr(module, "STOP_WORDS", ()))


def language_of(piece: str, min_letters: int = BLOCK_MIN_LETTERS, detector: Callable[[str], str | None] = detect,
                whole: bool = False) -> str | None:
    """The language of a block or text: the detector's answer, held to running text in that language.

    A Latin-script text counts as another language than English only when that language's function
    words make up a good share of it (and more than English ones): a list of names with diacritics
    ("Daiva Žemaitytė-Kairienė, Managing Director") is not Lithuanian text. ``whole``: ``piece`` is a whole
    document, held to the clear-share test as well (see ``CLEAR_STOP_WORD_SHARE``). ``detector``: :func:`detect`
    or a :class:`~pipeline.language.TextDetector`'s method (the same answers).
    """
    if not has_letters(piece, min_letters):
        return None
    lang = detector(piece)
    if lang in (None, "en"):
        return lang
    words = _WORD.findall(piece.lower())
    latin = sum(1 for w in words if max(w) < "\u0250")  # every letter Latin (below U+0250); a word is never empty
    stop = stop_words(lang)
    if not words or latin * 2 < len(words) or not stop:
        return lang  # another script, or no function-word list to check against: the detector decides
    en = stop_words("en")
    own = sum(w in stop for w in words) / len(words)
    english = sum(w in en for w in words) / len(words)
    if own <= english:
        return None
    if own >= MIN_STOP_WORD_SHARE:
        return lang
    if not whole or own < CLEAR_STOP_WORD_SHARE or not has_letters(piece, CLEAR_MIN_LETTERS):
        return None
    english_only = sum(w in en and w not in stop for w in words) / len(words)  # not "on", "a" in Estonian
    return lang if own >= CLEAR_STOP_WORD_RATIO * english_only else None


@dataclass(frozen=True)
class TextLanguages:
    document: str  # ISO 639-1, or "und"
    blocks: tuple[tuple[int, int, str], ...]  # (start, end, language) of each block
    shares: tuple[str, ...]  # languages of the text, most text first

    def at(self, offset: int) -> str:
        for start, end, lang in self.blocks:
            if start <= offset < end:
                return lang
        return self.document


def text_languages(seg: SegmentedDocument) -> TextLanguages:
    """The document's language and each block's."""
    text = seg.doc.text
    detector = TextDetector()  # the whole text's reading reuses its blocks'
    own = [(b.start, b.end, language_of(text[b.start:b.end], detector=partial(detector.part, b.start))) for b in seg.blocks]
    detected: dict[str, int] = {}
    for start, end, lang in own:
        if lang:
            detected[lang] = detected.get(lang, 0) + end - start
    # A text that mixes languages can leave the model unsure of the whole: its main language is the one
    # of most of its blocks.
    document = language_of(text, min_letters=DOCUMENT_MIN_LETTERS, detector=detector.whole, whole=True) or max(detected, key=detected.get, default="und")
    blocks = []
    chars: dict[str, int] = {}
    close = close_languages().get(document, frozenset())  # a Croatian report's paragraphs the model gives to Bosnian
    for (start, end, _), lang in zip(own, _short_blocks_languages([lang for _, _, lang in own], document)):
        lang = document if lang in close else lang
        blocks.append((start, end, lang))
        chars[lang] = chars.get(lang, 0) + (end - start)
    total = sum(chars.values()) or 1
    shares = tuple(lang for lang, n in sorted(chars.items(), key=lambda kv: -kv[1]) if n / total >= MIXED_MIN_SHARE)
    return TextLanguages(document, tuple(blocks), shares or (document,))


def _short_blocks_languages(own: list[str | None], document: str) -> list[str]:
    """Each block's language: its own, else (a heading, a name, a table cell: too short to tell) the language of the
    blocks around it when the one before and the next with a language agree, the one before at the end of the text,
    and the document's otherwise. A table read one cell a line, with one long cell in another language (a German
    ministry's name among English speakers), stays in the document's language after that cell."""
    after: list[str | None] = [None] * len(own)
    following = None
    for i in range(len(own) - 1, -1, -1):
        after[i] = following
        following = own[i] or following
    langs = []
    before = None
    for i, lang in enumerate(own):
        if lang:
            before = lang
        elif before and (after[i] is None or after[i] == before):
            lang = before
        langs.append(lang or document)
    return langs


@lru_cache(maxsize=4)
def neutral_rules(data_dir: Path) -> tuple[str, ...]:
    return data_lines(data_dir / "language_neutral_rules.txt")


@lru_cache(maxsize=4096)
def is_neutral(rule: str, patterns: tuple[str, ...]) -> bool:
    """``rule`` (less its "+ocr") matches one of ``patterns`` (``language_neutral_rules.txt``'s globs); a document's
    facts come from a few hundred rules, so each answer is kept."""
    base = rule.removesuffix("+ocr")
    return any(fnmatch.fnmatchcase(base, p) for p in patterns)


_CELL_RULES = "role:table:"  # rows of people tables read by their header (statement_tables.py, statement_columns.py)


def rule_runs_at(langs: TextLanguages, data_dir: Path) -> Callable[[str, int], bool]:
    """Whether a fact of a rule found at a text position survives :func:`keep_language_neutral`: anywhere in English
    text, and in another language's block for a rule of ``language_neutral_rules.txt``. The event stage asks it before
    it resolves overlapping names, so that an English-only rule's name ("VI edycja" read as a title row) does not
    take the place of a language-neutral rule's and then vanish."""
    if _all_english(langs):
        return lambda rule, start: True
    patterns = neutral_rules(data_dir)
    return lambda rule, start: langs.at(start) in ("en", "und") or is_neutral(rule, patterns)


def _all_english(langs: TextLanguages) -> bool:
    """The document and every block of it are in English (or of no language): every rule runs everywhere."""
    return all(lang in ("en", "und") for _, _, lang in langs.blocks) and langs.document in ("en", "und")


def keep_language_neutral(result: DocumentResult, langs: TextLanguages, data_dir: Path) -> DocumentResult:
    """``result`` without the facts English-only rules found in blocks that are not in English
    (:func:`rule_runs_at`)."""
    if _all_english(langs):
        return result
    patterns, runs = neutral_rules(data_dir), rule_runs_at(langs, data_dir)
    changed = {}
    for name in _FACTS:
        facts = getattr(result, name)
        changed[name] = tuple(f for f in facts if runs(f.rule, f.start))
    # A role's person, an event's organisers: what remains must still be there.
    people = {p.name for p in changed["people"]}
    orgs = {o.name for o in changed["organisations"]}
    # (a role kept in another language whose organisation an English-only rule found keeps the role alone; its
    # person may come back from the language's own model: roles_of_kept_people)
    # (a table row's organisation is its organisation cell as the header names it, not a rule's mention: kept)
    changed["roles"] = tuple(r if r.organisation is None or r.organisation in orgs or r.rule.startswith(_CELL_RULES)
                             else replace(r, organisation=None)
                             for r in changed["roles"] if (r.person in people or is_neutral(r.rule, patterns))
                             and (r.role or r.organisation in orgs or r.rule.startswith(_CELL_RULES)))
    changed["events"] = tuple(replace(e, organisers=tuple(o for o in e.organisers if o in orgs)) for e in changed["events"])
    changed["key_messages"] = tuple(replace(k, ordinal=i) for i, k in enumerate(changed["key_messages"], start=1))
    return replace(result, **changed)


def roles_of_kept_people(result: DocumentResult) -> DocumentResult:
    """``result`` with each role held by a person it names: a language-neutral role whose person the English-only
    rules found in another language's block goes to the person mention that opens its span (the language's
    own model reads "Rui Exemplo" where the rule read "Segundo Rui Exemplo"), or is dropped."""
    names = {p.name for p in result.people}
    roles = []
    for r in result.roles:
        if r.person in names:
            roles.append(r)
            continue
        # (where the row's span writes the person: an organisation named before the name may open the span)
        at = r.start + max(0, r.text.find(r.person))
        opener = next((p for p in result.people if at <= p.start < at + len(r.person) + 1 and p.end > at), None)
        if opener is not None:
            roles.append(replace(r, person=opener.name))
    return replace(result, roles=tuple(roles))


def language_summary(results, load=lambda r: r) -> dict[str, str]:
    """For each document not in English: its language(s) and what was extracted from it (the run summary).
    ``load`` gives a document's whole result where ``results`` are light views (the runner's, which hold
    only what resolution reads): it is called for the documents not in English only."""
    out = {}
    for r in sorted(results, key=lambda r: r.info.source_path):
        langs = r.info.languages or (r.info.language,)
        if all(lang in ("en", "und") for lang in langs):
            continue
        r = load(r)
        counts = [(len(getattr(r, name)), label) for name, label in (
            ("dates", "dates"), ("people", "person mentions"), ("organisations", "organisation mentions"),
            ("locations", "places"), ("events", "event mentions"), ("roles", "roles"), ("key_messages", "key messages"))]
        found = ", ".join(f"{n} {label}" for n, label in counts if n) or "nothing"
        out[r.info.source_path] = f"{'+'.join(langs)}: {found}"
    return out
