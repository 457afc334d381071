"""py3langid's reading of a text, kept so that a whole text's reading can reuse its blocks' readings.

py3langid turns a text into counts of byte n-grams by walking a finite automaton over its UTF-8 bytes
(one state per step; a step may emit one feature), then scores the counts. A document's language is read
for each block and again for the whole text (the whole is not the sum of its blocks: n-grams across a
block's edge, the 20,000-character sample), which walked every byte twice. The automaton is
deterministic, so two walks over the same bytes that are in the same state at the same byte go on
identically: the whole text's walk enters a block's bytes in the state the text before leaves it, steps
until it is in the state the block's own walk (started fresh) had there, and from then on takes that
walk's features and end state as they are. The features come in the same order with the same counts, so
the scores are the same numbers; a block whose bytes differ from the whole text's (a text lowered or
normalised as a whole, a block cut by the sample) or that does not fall into step within ``SYNC_BYTES``
is walked again as before.

The scoring after the walk (``classify_walked``) follows py3langid 0.4's ``LanguageIdentifier._decide`` and
``classify`` (pinned in requirements.lock); ``tests/test_languages.py`` checks it gives ``classify``'s answers.
"""
from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass

import numpy as np

SYNC_BYTES = 16  # steps the whole text's walk takes into a block to fall into step with the block's own walk


@dataclass(frozen=True)
class Walk:
    data: bytes  # the bytes walked (the text as the model reads it)
    emitted: list[int]  # the feature of each step that emits one, in order
    marks: tuple[tuple[int, int], ...]  # (state, features emitted so far) after each of the first SYNC_BYTES bytes
    end: int  # the state after the last byte


def walk_bytes(ident, data: bytes, state: int = 0) -> Walk:
    """The automaton's walk over ``data`` from ``state`` (py3langid's ``visit_counts``, with its steps kept)."""
    nm, rowbase, out = ident.tk_nextmove, ident._rowbase, ident.tk_output
    emitted: list[int] = []
    append = emitted.append
    marks = []
    for letter in data[:SYNC_BYTES]:
        state = nm[rowbase[state] + letter]
        f = out[state]
        if f >= 0:
            append(f)
        marks.append((state, len(emitted)))
    return Walk(data, emitted, tuple(marks), _step(ident, data[SYNC_BYTES:], state, emitted))


def _step(ident, data: bytes, state: int, emitted: list[int]) -> int:
    nm, rowbase, out = ident.tk_nextmove, ident._rowbase, ident.tk_output
    append = emitted.append
    for letter in data:
        state = nm[rowbase[state] + letter]
        f = out[state]
        if f >= 0:
            append(f)
    return state


def walk_with_parts(ident, sample: str, data: bytes, parts: dict[int, Walk]) -> list[int]:
    """The features of the walk over ``data`` (``sample`` as the model reads it), taken from ``parts`` (walks of
    ``sample[start:…]`` by start offset) where the walk falls into step with them."""
    emitted: list[int] = []
    if sample.isupper() or not unicodedata.is_normalized("NFC", sample):
        _step(ident, data, 0, emitted)  # read as a whole, the text is not its parts' bytes
        return emitted
    state, pos, chars, offset = 0, 0, 0, 0  # walked up to byte pos; char offset ``chars`` is byte ``offset``
    for start in sorted(parts):
        if start >= len(sample):
            break
        walk = parts[start]
        offset += len(sample[chars:start].encode("utf8", errors="surrogatepass"))
        chars = start
        if offset < pos or data[offset:offset + len(walk.data)] != walk.data:
            continue
        state = _step(ident, data[pos:offset], state, emitted)
        pos = offset
        for i, (mark, n_emitted) in enumerate(walk.marks):
            state = _step(ident, data[pos:pos + 1], state, emitted)
            pos += 1
            if state == mark:  # in step: the rest of the part is its own walk
                emitted.extend(walk.emitted[n_emitted:])
                state, pos = walk.end, offset + len(walk.data)
                break
    _step(ident, data[pos:], state, emitted)
    return emitted


def classify_walked(ident, data: bytes, emitted: list[int]) -> tuple[str, float]:
    """(language, probability) from a walk's features: py3langid's ``classify`` after its walk."""
    scores = scores_walked(ident, data, emitted)
    i = int(scores.argmax())
    conf = float(scores[i])
    if ident.min_confidence is not None and conf < ident.min_confidence:
        return "und", conf
    return ident.nb_classes[i], conf


def scores_walked(ident, data: bytes, emitted: list[int]) -> np.ndarray:
    """Every language's score (probability, with ``norm_probs``) from a walk's features, in ``ident.nb_classes``
    order: py3langid's ``rank`` after its walk."""
    visits = Counter(emitted) if emitted else None
    if visits:
        scores = ident._sparse_score(visits, ident.nb_ptc)
    else:
        scores = np.full(len(ident.nb_classes), 0.0 if ident._norm_probs else float(np.finfo(np.float32).min), dtype=np.float32)
    if ident._norm_probs:
        scores *= 1.0 / math.sqrt(len(data) or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
    for i, j in ident._alias_pairs:
        if ident._norm_probs:
            scores[i] += scores[j]
            scores[j] = 0.0
        else:
            scores[i] = max(scores[i], scores[j])
            scores[j] = float(np.finfo(np.float32).min)
    return scores
