"""The language of a text: py3langid (langid.py's model, shipped in the wheel; no download).

``detect`` returns an ISO 639-1 code, or None for a text too short to tell (under ``MIN_LETTERS``
letters) or one the model is unsure of. Used by ingest (which Tesseract language to OCR a page in) and
by extract (``documents.language``, and whether the English-only rules run on a block).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from pipeline.language_walk import Walk, classify_walked, walk_bytes, walk_with_parts

MIN_LETTERS = 40
SAMPLE_CHARS = 20000  # the model reads at most this much of a text
MIN_PROBABILITY = 0.80
# The languages a document is told apart among: Europe's, and the main other scripts (so that a Chinese or
# Arabic text is named, not forced into a European language). The full model knows ~100, many of them
# close dialects (Aragonese, Extremaduran) that split a short Spanish text's probability.
CANDIDATES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "no", "cs", "sk", "sl", "hr", "sr", "bs",
              "hu", "ro", "bg", "el", "et", "lv", "lt", "ga", "mt", "lb", "ca", "eu", "gl", "is", "sq", "mk", "ru",
              "uk", "be", "tr", "ar", "he", "fa", "hi", "zh", "ja", "ko")
# ISO 639-1 → Tesseract's language data name, for the languages OCR is set up for.
TESSERACT_CODES = {"en": "eng", "de": "deu", "fr": "fra", "es": "spa", "it": "ita", "nl": "nld", "pt": "por", "pl": "pol"}


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
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
    code, probability = _identifier().classify(sample)
    return code if probability >= MIN_PROBABILITY else None


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
    code, probability = classify_walked(_identifier(), data, emitted)
    return code if probability >= MIN_PROBABILITY else None
