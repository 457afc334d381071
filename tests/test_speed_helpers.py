"""Helpers made faster without changing what they return: each is checked against the plain form it replaced
on varied inputs (names in several scripts, acronyms, hyphens, possessives, PDF-doubled letters, empty text)."""
from __future__ import annotations

import re

import numpy as np

from pipeline.extract.event_names import _WORD, _Tok, _tokens
from pipeline.extract.shapes import SYLLABLE_PAIR, WORD, is_name_word
from pipeline.language import _identifier

_WORDS = ["Anna", "anna", "ANNA", "Jean-Luc", "Jean-luc", "Ji-hoon", "O'Neil", "O’Neil", "d'Ursel", "Šermukšnytė-Alešiūnienė",
          "TThhee", "NASA", "NASAfunded", "Commission's", "Commission’s", "A", "Ó", "X-Ray", "3D", "", "-", "Anna-", "Łódź",
          "Ńaś", "Αθήνα", "Москва", "Maria'", "McDonald", "MacLeod", "DeVries", "van", "Van", "UK-based", "Ab"]


def _is_name_word_before(word: str) -> bool:
    """``is_name_word`` as it was written before it was cached (patterns compiled at each call)."""
    if not WORD.fullmatch(word) or word.endswith(("'s", "’s")) or re.match(r"[A-Z]{2}[a-z]", word):
        return False
    if SYLLABLE_PAIR.fullmatch(word):
        return True
    for part in re.split(r"-", word):
        core = part.replace("'", "").replace("’", "")
        if not core or not core[0].isupper():
            return False
        if len(core) > 1 and core.isupper():
            return False
    return len(word) >= 2


def test_is_name_word_same_answers_as_before() -> None:
    for word in _WORDS:
        assert is_name_word(word) == _is_name_word_before(word), word
        assert is_name_word(word) == _is_name_word_before(word), word  # the cached answer too


def test_tokens_are_the_named_tuples_they_were() -> None:
    for text in ["", "The 3rd Baltic Forum, 12–14 May 2025 (Riga)", "Rencontre d’affaires: l'Économie & co.", "日本 の会議 2024"]:
        toks = _tokens(text)
        assert all(type(t) is _Tok for t in toks)
        assert toks == [_Tok(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        assert all(t.start == t[0] and t.end == t[1] and t.text == t[2] for t in toks)


def test_language_table_cast_once_gives_the_same_scores() -> None:
    ident = _identifier()
    table16 = ident._full_model[0][:, [i for i, c in enumerate(ident._full_model[2]) if c in set(ident.nb_classes)]]
    assert ident.nb_ptc.dtype == np.float32 and np.array_equal(ident.nb_ptc, table16.astype(np.float32))
    rng = np.random.default_rng(7)
    for n in (1, 2, 17, 400, 2500):
        idx = rng.choice(table16.shape[0], n, replace=False).astype(np.intp)
        counts = np.log1p(rng.integers(1, 40, n).astype(np.float32))
        assert np.array_equal(counts @ table16[idx], counts @ ident.nb_ptc[idx])
