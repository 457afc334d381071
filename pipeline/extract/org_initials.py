"""What an acronym spells: the capitals of a name's words (:func:`initials_match`), and a name the acronym after it
spells only across another language's "and" (:func:`spelt_over_and`, family "acronym spelt over and")."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.shapes import Span, clean
from pipeline.normalise import fold

if TYPE_CHECKING:
    from pipeline.extract.org_context import OrgDoc

_NOT_LETTER = re.compile(r"[^A-Za-z]")


def initials_match(acr: str, full: str) -> bool:
    """"CEBR" spells "Council of European BioRegions" (capitals of each word, inner capitals too)."""
    acr = _NOT_LETTER.sub("", acr.split("-")[0]) if "-" in acr else _NOT_LETTER.sub("", acr)
    return len(acr) >= 3 and acr.upper() in _initials(full)


@lru_cache(maxsize=16384)  # from_acronym_uses tries every capitalised word against every name
def _initials(full: str) -> tuple[str, str]:
    """Upper-cased capitals of the capitalised words of ``full``, and their first letters."""
    letters = "".join(c for w in full.split() if w[0].isupper() for c in w if c.isupper())
    firsts = "".join(w[0] for w in full.split() if w[0].isupper())
    return _plain_upper(letters), _plain_upper(firsts)


def _plain_upper(letters: str) -> str:
    """Capitals without their accents, as acronyms write them ("ŁRDA" → "LRDA")."""
    return "".join((fold(c.lower()) or c).upper()[:1] for c in letters)


def spelt_over_and(ctx: OrgDoc, piece: Span, acr: str) -> Span | None:
    """Family "acronym spelt over and": a phrase the acronym after it spells only with the words before its "and"
    (English or another language's, ``[and in other languages]``), which ended the capitalised run: "Ettevõtluse ja
    Innovatsiooni Sihtasutus (EIS)", "Senter for Hav og Klima (SHK)", "Lapin Metsä ja Puu Klusteri (LMPK)". The name
    reaches back over the "and", then over capitalised words, joiners and suspended hyphens ("Metsä-") on the same
    line, to the nearest capitalised word from which the acronym spells it all; None when none does (then "Tartu
    Puiduklaster ja Pärnu Sadama Klaster (PSK)" stays the tail the acronym spells)."""
    t = ctx.text
    line_start = t.rfind("\n", 0, piece.start) + 1
    words = list(re.finditer(r"\S+", t[line_start:piece.start]))
    if len(words) < 2 or words[-1].group() not in ctx.words.suspended_ands:
        return None
    for w in reversed(words[max(0, len(words) - 8):-1]):
        word = w.group()
        if word[-1] in ",;:.!?()\"“”„«»":
            return None
        if word[0].isupper():
            span = Span(line_start + w.start(), piece.end)
            if initials_match(acr, clean(t[span.start:span.end])):
                return span
        elif word not in ctx.words.joiners and word not in ("of", "for") and not word.endswith("-"):
            return None
    return None
