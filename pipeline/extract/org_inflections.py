"""Rule family "one name in two cases": languages that decline names write one organisation in several cases
("Međimurska županija" and "župan Međimurske županije", "Univerza v Mariboru" and "Univerze v Mariboru",
"Πανεπιστήμιο Θεσσαλίας" and "του Πανεπιστημίου Θεσσαλίας"): two names of a document whose words pair up one by one,
each pair equal or differing only in a short ending (a shared beginning of all but the last two letters of the
shorter word, five letters at least, and at most two letters more; the first words so, two short words of three letters
at most may differ: the linking article that agrees with the case, "Klasteri i Mollës" and "Klasterin e Mollës"), are one organisation (:func:`merge_inflected`,
called by :func:`pipeline.extract.org_resolve.resolve_mentions`)."""
from __future__ import annotations

from typing import Callable

from pipeline.extract.lexicon import key

_STEM = 5  # the letters a declined word keeps whatever its ending
_ENDING = 2  # the letters an ending may change or add
_ARTICLE = 3  # a linking article inside a name agrees with the case: "Klasteri i Mollës", "Klasterin e Mollës"


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
    return len(wa) == len(wb) >= 2 and wa != wb and _same_word(wa[0], wb[0]) \
        and all(_same_word(x, y) or len(x) <= _ARTICLE >= len(y) for x, y in zip(wa, wb))


def merge_inflected(groups: dict[str, list], name_of: Callable[[list], str]) -> None:
    """Join the groups whose names are one name in two cases (module docstring); a gazetteer group ("org:…") takes in
    a group that writes its name in another case ("Inovacijų agentūra" and "Inovacijų agentūrai") and is never moved.
    ``name_of`` gives a group's name from its members. Names are compared within a bucket of the same word count
    and first letters, not every pair."""
    buckets: dict[tuple, list[tuple[str, str]]] = {}
    for g, members in sorted(groups.items(), key=lambda item: not item[0].startswith("org:")):
        if not members:
            continue
        k = key(name_of(members))
        words = k.split()
        if len(words) < 2:
            continue
        bucket = buckets.setdefault((len(words), *(w[:_STEM - 1] if len(w) > _ARTICLE else "" for w in words)), [])
        target = None if g.startswith("org:") else next((g2 for k2, g2 in bucket if inflected_pair(k, k2) and g2 in groups), None)
        if target is not None:
            groups[target].extend(groups.pop(g))
        else:
            bucket.append((k, g))
