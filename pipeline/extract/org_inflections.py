"""Rule family "one name in two cases": languages that decline names write one organisation in several cases
("Međimurska županija" and "župan Međimurske županije", "Univerza v Mariboru" and "Univerze v Mariboru",
"Πανεπιστήμιο Θεσσαλίας" and "του Πανεπιστημίου Θεσσαλίας"): two names of a document whose words pair up one by one,
each pair equal or differing only in a short ending (a shared beginning of all but the last two letters of the
shorter word, five letters at least, and at most two letters more), are one organisation (:func:`merge_inflected`,
called by :func:`pipeline.extract.org_resolve.resolve_mentions`)."""
from __future__ import annotations

from typing import Callable

from pipeline.extract.lexicon import key

_STEM = 5  # the letters a declined word keeps whatever its ending
_ENDING = 2  # the letters an ending may change or add


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < _STEM or len(long_) - len(short) > _ENDING:
        return False
    keep = max(_STEM - 1, len(short) - _ENDING)
    return long_[:keep] == short[:keep]


def inflected_pair(a: str, b: str) -> bool:
    """``a`` and ``b`` (folded names of two words or more) are one name in two cases."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) >= 2 and wa != wb and all(_same_word(x, y) for x, y in zip(wa, wb))


def merge_inflected(groups: dict[str, list], name_of: Callable[[list], str]) -> None:
    """Join the groups whose names are one name in two cases (module docstring); gazetteer groups ("org:…") stay.
    ``name_of`` gives a group's name from its members. Names are compared within a bucket of the same word count
    and first letters, not every pair."""
    buckets: dict[tuple, list[tuple[str, str]]] = {}
    for g, members in list(groups.items()):
        if g.startswith("org:") or not members:
            continue
        k = key(name_of(members))
        words = k.split()
        if len(words) < 2:
            continue
        bucket = buckets.setdefault((len(words), *(w[:_STEM - 1] for w in words)), [])
        target = next((g2 for k2, g2 in bucket if inflected_pair(k, k2) and g2 in groups), None)
        if target is not None:
            groups[target].extend(groups.pop(g))
        else:
            bucket.append((k, g))
