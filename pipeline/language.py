"""The language of a text: py3langid (langid.py's model, shipped in the wheel; no download).

``detect`` returns an ISO 639-1 code, or None for a text too short to tell (under ``MIN_LETTERS``
letters) or one the model is unsure of. Used by ingest (which Tesseract language to OCR a page in) and
by extract (``documents.language``, and whether the English-only rules run on a block).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable
import numpy as np

from pipeline.config import DATA_DIR
from pipeline.data_files import data_lines
from pipeline.language_walk import Walk, scores_walked, walk_bytes, walk_with_parts

MIN_LETTERS = 40
SAMPLE_CHARS = 20000  # the model reads at most this much of a text
MIN_PROBABILITY = 0.80
# The languages a document is told apart among: Europe's, and the main other scripts (so that a Chinese or
# Arabic text is named, not forced into a European language). The full model knows ~100, many of them
# close dialects (Aragonese, Extremaduran) that split a short Spanish text's probability.
CANDIDATES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "no", "cs", "sk", "sl", "hr", "sr", "bs",
              "hu", "ro", "bg", "el", "et", "lv", "lt", "ga", "mt", "lb", "ca", "eu", "gl", "is", "sq", "mk", "ru",
              "uk", "be", "tr", "ar", "he", "fa", "hi", "zh", "ja", "ko")
# Languages the model tells apart badly, one group a line (``data/language_close_groups.txt``: Croatian, Bosnian and
# Serbian in Latin script): a text is in the group's language the model ranks first when the group's probabilities
# together reach MIN_PROBABILITY (a Croatian report read as hr 0.74, bs 0.26 is Croatian, not unknown).
CLOSE_GROUPS_FILE = DATA_DIR / "language_close_groups.txt"
# ISO 639-1 → Tesseract's language data name, for the languages OCR is set up for.
TESSERACT_CODES = {"en": "eng", "de": "deu", "fr": "fra", "es": "spa", "it": "ita", "nl": "nld", "pt": "por", "pl": "pol"}


@lru_cache(maxsize=1)
def _identifier():
    from pipeline.language_model import load_identifier

    identifier = load_identifier(norm_probs=True)  # the model unpacked once per machine (language_model.py)
    identifier.set_languages(list(CANDIDATES))
    # The model's table is float16; every score casts the rows it takes to float32 before the product. Cast once:
    # the same numbers (float16 → float32 is exact), and the rows are taken from a contiguous table.
    identifier.nb_ptc = np.ascontiguousarray(identifier.nb_ptc, dtype=np.float32)
    return identifier


@lru_cache(maxsize=1)
def _walkable() -> bool:
    """py3langid exposes the internals :mod:`pipeline.language_walk` reads (0.4.x, as locked); otherwise every
    text is read by :func:`detect` alone, slower but with the same answers."""
    ident = _identifier()
    return all(hasattr(ident, a) for a in ("_encode", "_rowbase", "_sparse_score", "_alias_pairs", "_norm_probs",
                                           "tk_nextmove", "tk_output"))


def has_letters(text: str, n: int) -> bool:
    """``text`` holds at least ``n`` letters; stops counting at the n-th (a long block is not walked whole)."""
    if n <= 0:
        return True
    for ch in text:
        if ch.isalpha():
            n -= 1
            if n == 0:
                return True
    return False


def detect(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when the text is too short or the model unsure."""
    sample = text[:SAMPLE_CHARS]
    if not has_letters(sample, MIN_LETTERS):
        return None
    ranked = _identifier().rank(sample)
    return _confident(ranked[0][0], ranked)


class TextDetector:
    """:func:`detect` over the parts of one text (its blocks), then over the whole text, the whole reusing the
    parts' reading: same answers as :func:`detect`, with about half the work (see :mod:`pipeline.language_walk`)."""

    def __init__(self) -> None:
        self.walks: dict[int, Walk] = {}  # start offset of a part -> its walk

    def part(self, start: int, piece: str) -> str | None:
        """:func:`detect` of ``piece``, the part of the text at ``start``."""
        if not _walkable():
            return detect(piece)
        sample = piece[:SAMPLE_CHARS]
        if not has_letters(sample, MIN_LETTERS):
            return None
        walk = walk_bytes(_identifier(), _identifier()._encode(sample))
        self.walks[start] = walk
        return _decision(walk.data, walk.emitted)

    def whole(self, text: str) -> str | None:
        """:func:`detect` of the whole text, after :meth:`part` of its parts."""
        if not _walkable():
            return detect(text)
        sample = text[:SAMPLE_CHARS]
        if not has_letters(sample, MIN_LETTERS):
            return None
        data = _identifier()._encode(sample)
        return _decision(data, walk_with_parts(_identifier(), sample, data, self.walks))


def _decision(data: bytes, emitted: list[int]) -> str | None:
    ident = _identifier()
    scores = scores_walked(ident, data, emitted)
    return _confident(ident.nb_classes[int(scores.argmax())], zip(ident.nb_classes, scores.tolist()))


@lru_cache(maxsize=1)
def close_languages() -> dict[str, frozenset[str]]:
    """Each language of a close group (``CLOSE_GROUPS_FILE``) → the other languages of its group."""
    groups = [frozenset(line.split()) for line in data_lines(CLOSE_GROUPS_FILE)]
    return {code: group - {code} for group in groups for code in group}


def _confident(code: str, probabilities: Iterable[tuple[str, float]]) -> str | None:
    """``code`` (the model's first) when it, with the languages close to it, reaches ``MIN_PROBABILITY``.
    ``probabilities``: (language, probability) pairs; a language may come twice (the model's aliases: its two
    Serbian classes, one of them emptied into the other), so they are added, not looked up."""
    group = close_languages().get(code, frozenset()) | {code}
    probability = sum(p for c, p in probabilities if c in group)
    return code if probability >= MIN_PROBABILITY else None
