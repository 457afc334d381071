"""The language of a text: py3langid (langid.py's model, shipped in the wheel; no download).

``detect`` returns an ISO 639-1 code, or None for a text too short to tell (under ``MIN_LETTERS``
letters) or one the model is unsure of. Used by ingest (which Tesseract language to OCR a page in) and
by extract (``documents.language``, and whether the English-only rules run on a block).
"""
from __future__ import annotations

from functools import lru_cache

MIN_LETTERS = 40
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
    return identifier


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
    sample = text[:20000]
    if not has_letters(sample, MIN_LETTERS):
        return None
    code, probability = _identifier().classify(sample)
    return code if probability >= MIN_PROBABILITY else None
