"""Stage 3, nlp: the spaCy pipeline, built once per process and run with ``nlp.pipe`` in batches.

The unit spaCy sees is a block (heading, paragraph, list item, line). Its text is the document
text with line breaks turned into spaces, which keeps every character offset identical, so
``block.start + span.start_char`` is an offset into the document text.

Domain rules (entity ruler patterns from ``data/``) are added here; extraction-specific matchers
live in the extract stage.
"""
from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc
from spacy.util import minibatch

from pipeline.data_files import data_lines, data_records, phrase_alternation
from pipeline.pos_rules import PosRules
from pipeline.records import Block, SegmentedDocument

ENTITY_PATTERN_FILES = ("entity_patterns.jsonl",)


def build_nlp(model: str, data_dir: Path) -> Language:
    """Load the configured spaCy pipeline and add our rule components (once per process)."""
    try:
        nlp = _load_lean(model)
    except OSError as exc:
        from pipeline.errors import UsageError

        raise UsageError(
            f"spaCy pipeline {model!r} is not installed. Run `make setup`, or set CLUSTER_KB_SPACY_MODEL "
            "to an installed pipeline name or path."
        ) from exc
    patterns: list[dict] = []
    for name in ENTITY_PATTERN_FILES:
        patterns.extend(data_records(data_dir / name))
    patterns.extend(gazetteer_patterns(nlp, data_dir))
    if patterns:
        # Before the statistical NER, so it predicts around gazetteer names instead of cutting them
        # ("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs").
        ruler = nlp.add_pipe("gazetteer_ruler", before="ner" if "ner" in nlp.pipe_names else None)
        ruler.add_patterns(patterns)
    _tag_only_where_needed(nlp, data_dir)
    return nlp


# Extraction reads entities, part-of-speech tags and sentence starts, never dependency arcs or lemmas.
# Where the pipeline ships the small sentence recogniser ("senter", as en_core_web_* do), it stands in
# for the parser: same NER output, about a quarter less CPU per text.
UNUSED_COMPONENTS = ("lemmatizer",)
REPLACED_BY_SENTER = "parser"


def _load_lean(model: str) -> Language:
    """The configured pipeline without the components extraction does not read."""
    nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    if "senter" in nlp.component_names and REPLACED_BY_SENTER in nlp.pipe_names:
        nlp.remove_pipe(REPLACED_BY_SENTER)
        nlp.enable_pipe("senter")
    return nlp  # a pipeline without a senter keeps its parser for sentence starts


# Part-of-speech tags cost more than half of the model's time (the shared tok2vec plus the tagger and
# the attribute ruler) and only the event-name rules read them, around event words. So those three
# components run only on blocks that contain an event word (data/event_keywords.txt); NER, the
# sentence recogniser and the entity ruler do not depend on them and run on every block.
POS_COMPONENTS = ("tok2vec", "tagger", "attribute_ruler")


def _event_word_pattern(data_dir: Path) -> re.Pattern[str] | None:
    words = {line.split("\t")[0].strip().lower() for line in data_lines(data_dir / "event_keywords.txt")}
    words.discard("")
    if not words:
        return None
    # Whole words, and their plural or genitive forms ("conferences", "forum's").
    return re.compile(r"(?<![\w])(?:" + phrase_alternation(words, space=r"\ ") + r")", re.I)


@Language.factory("pos_where_needed", default_config={"components": list(POS_COMPONENTS), "trigger": None})
def _make_pos_where_needed(nlp: Language, name: str, components: list[str], trigger: str | None):
    return PosWhereNeeded([nlp.get_pipe(c) for c in components], re.compile(trigger, re.I) if trigger else None)


class PosWhereNeeded:
    """Runs the part-of-speech components on the texts that match ``pattern`` (all when None).

    ``pipe`` keeps spaCy's batching: per batch, the matching docs go through each component's own
    ``pipe`` together, as they would in the plain pipeline; the others pass untouched, in order.
    """

    def __init__(self, procs: list, pattern: re.Pattern[str] | None):
        self.procs = procs
        self.pattern = pattern

    def _needed(self, doc: Doc) -> bool:
        return self.pattern is None or self.pattern.search(doc.text) is not None

    def __call__(self, doc: Doc) -> Doc:
        if self._needed(doc):
            for proc in self.procs:
                doc = proc(doc)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(stream, size=batch_size):
            chosen = [i for i, doc in enumerate(batch) if self._needed(doc)]
            if chosen:
                docs = [batch[i] for i in chosen]
                for proc in self.procs:
                    docs = list(proc.pipe(docs, batch_size=len(docs)) if hasattr(proc, "pipe") else map(proc, docs))
                for i, doc in zip(chosen, docs):
                    batch[i] = doc
            yield from batch


def _tag_only_where_needed(nlp: Language, data_dir: Path) -> None:
    present = [c for c in POS_COMPONENTS if c in nlp.pipe_names]
    if present != [c for c in POS_COMPONENTS if c in nlp.component_names] or "tagger" not in present:
        return  # another pipeline layout: leave it as it is
    pattern = _event_word_pattern(data_dir)
    where = nlp.add_pipe("pos_where_needed", last=True,
                         config={"components": present, "trigger": pattern.pattern if pattern else None})
    for c in present:
        nlp.disable_pipe(c)
    if "attribute_ruler" in present:
        # Its part-of-speech rules by table look-up (the same tags, a fraction of the token matcher's time).
        i = present.index("attribute_ruler")
        where.procs[i] = PosRules.from_ruler(where.procs[i]) or where.procs[i]


def _surface_variants(surface: str) -> set[str]:
    """A name as PDFs and writers spell it: "Directorate-General", "DirectorateGeneral", "Directorate General"."""
    forms = {surface}
    if re.search(r"\w-\w", surface):
        forms.add(re.sub(r"(?<=\w)-(?=\w)", "", surface))
        forms.add(re.sub(r"(?<=\w)-(?=\w)", " ", surface))
    return forms


def gazetteer_patterns(nlp: Language, data_dir: Path) -> list[dict]:
    """Ruler patterns (label ORG, id = gazetteer id) for every form of every gazetteer entry.

    Multi-word forms match case-insensitively (``"case": "lower"``); one-word forms and acronyms
    ("EEN", "Commission") only as written, so ordinary words ("commission" as a noun) are not taken
    for names.
    """
    from pipeline.extract.lexicon import read_gazetteer

    out: list[dict] = []
    for entry in read_gazetteer(data_dir):
        for surface in entry.surfaces():
            for form in _surface_variants(surface):
                exact = len(nlp.tokenizer(form)) == 1 or form.isupper()
                out.append({"label": "ORG", "pattern": form, "id": entry.id, **({} if exact else {"case": "lower"})})
    return out


@Language.factory("gazetteer_ruler", default_config={"validate": False})
def _make_gazetteer_ruler(nlp: Language, name: str, validate: bool) -> "GazetteerRuler":
    return GazetteerRuler(nlp, name, validate=validate)


class GazetteerRuler(EntityRuler):
    """spaCy's EntityRuler (overwriting the entities it overlaps, longest match first) whose phrase
    patterns are matched with two PhraseMatchers, one on the text as written and one on its lower
    case (patterns with ``"case": "lower"``), instead of as token patterns: the token Matcher
    walked every pattern at every token and took a tenth of the model's time. Token patterns
    (``entity_patterns.jsonl``) still go to the Matcher.
    """

    def __init__(self, nlp: Language, name: str, validate: bool = False):
        super().__init__(nlp, name, phrase_matcher_attr=None, validate=validate, overwrite_ents=True)
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER", validate=validate)

    def __len__(self) -> int:
        return super().__len__() + len(self.lower_matcher)

    def add_patterns(self, patterns: list[dict]) -> None:
        super().add_patterns([p for p in patterns if not isinstance(p["pattern"], str)])
        # Phrase patterns need tokens only: made here with the tokenizer, where the base class would
        # run every component before the ruler over them.
        for entry in patterns:
            if not isinstance(entry["pattern"], str):
                continue
            label = entry["label"]
            if "id" in entry:
                label = self._create_label(entry["label"], entry["id"])
                self._ent_ids[self.matcher._normalize_key(label)] = (entry["label"], entry["id"])
            matcher = self.lower_matcher if entry.get("case") == "lower" else self.phrase_matcher
            matcher.add(label, [self.nlp.make_doc(entry["pattern"])])

    def match(self, doc: Doc):
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = list(self.matcher(doc)) + list(self.phrase_matcher(doc)) + list(self.lower_matcher(doc))
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


# spaCy's tokenizer peels prefixes and suffixes off a run without spaces one at a time, at a cost
# that grows faster than the run's length: 5,000 "[" took 14 s, 20,000 over 200 s (Markdown bracket
# junk, base64). No word is this long, so a longer run is cut for spaCy by a space every this many
# characters (the text and its offsets are untouched).
MAX_RUN_CHARS = 200
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN_CHARS + 1))


def _cut_run(m: re.Match[str]) -> str:
    chars = list(m.group())
    every = slice(MAX_RUN_CHARS, None, MAX_RUN_CHARS + 1)
    chars[every] = " " * len(chars[every])
    return "".join(chars)


def block_text(text: str, block: Block) -> str:
    """The block's text as spaCy sees it: same length, line breaks as spaces, runs without a space cut
    every :data:`MAX_RUN_CHARS` characters (one character becomes a space)."""
    out = text[block.start:block.end].replace("\n", " ")
    return _LONG_RUN.sub(_cut_run, out) if len(out) > MAX_RUN_CHARS else out


NLP_KINDS = ("heading", "paragraph", "list_item", "line")
# A long block that is nearly all punctuation (100 KB of Markdown "[" or ">" markers, ASCII art, a
# run of dashes) holds no name, date or event, yet costs spaCy one token per character: not sent.
_JUNK_MIN_CHARS = 1000
_JUNK_MAX_ALNUM = 0.2


def has_words(text: str) -> bool:
    """False for a long text with (almost) no letters or digits."""
    return len(text) < _JUNK_MIN_CHARS or sum(map(str.isalnum, text)) >= _JUNK_MAX_ALNUM * len(text)


def annotate_documents(
    nlp: Language, docs: Iterable[SegmentedDocument], batch_size: int = 64
) -> Iterator[tuple[SegmentedDocument, list[tuple[Block, Doc]]]]:
    """Run spaCy over every block of every document, streaming one document's results at a time."""
    pending: dict[int, SegmentedDocument] = {}
    order: list[int] = []

    def units() -> Iterator[tuple[str, tuple[int, int]]]:
        for i, seg in enumerate(docs):
            pending[i] = seg
            order.append(i)
            for j, block in enumerate(seg.blocks):
                if block.kind in NLP_KINDS:
                    text = block_text(seg.doc.text, block)
                    if has_words(text):
                        yield text, (i, j)

    current: int | None = None
    bucket: list[tuple[Block, Doc]] = []
    for sdoc, (i, j) in nlp.pipe(units(), as_tuples=True, batch_size=batch_size):
        if current is not None and i != current:
            # Documents without any block between current and i are finished too.
            while order and order[0] != i:
                k = order.pop(0)
                yield pending.pop(k), (bucket if k == current else [])
                bucket = []
        current = i
        bucket.append((pending[i].blocks[j], sdoc))
    while order:
        k = order.pop(0)
        yield pending.pop(k), (bucket if k == current else [])
        bucket = []
