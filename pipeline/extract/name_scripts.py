"""Name parts in Greek and Cyrillic script read in Latin letters, so that the given-name list (Latin script) knows them.

A word is read through anyascii's transliteration after the romanisation digraphs of ``name_transliteration.csv``
("ου" is "ou"), in the form it has or with an inflected ending brought back to the nominative a name list holds (the
genitive "Γιώργου" and accusative "Σταύρο" of "Γιώργος", "Σταύρος"). Both the name-order rules
(:mod:`people_name_orders`) and the given-name check of the role statements (:func:`given_names.starts_with_given_name`:
"изпълнителният директор на клъстера Мария Петрова") read names through it.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table
from pipeline.normalise import fold

GREEK_UP, GREEK_LOW = "Α-ΩΆΈΉΊΌΎΏΪΫ", "α-ωάέήίόύώϊϋΐΰς"
CYRILLIC_UP, CYRILLIC_LOW = "А-ЯЀ-ЏҐЄІЇ", "а-яѐ-џґєії"


@lru_cache(maxsize=4)
def _readings(data_dir: Path) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """script -> kind -> [(text, reading)] of ``name_transliteration.csv``."""
    out: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for row in data_table(data_dir / "name_transliteration.csv")[1]:
        out.setdefault(row["script"], {}).setdefault(row["kind"], []).append((row["text"], row["reading"] or ""))
    return out


@lru_cache(maxsize=8192)
def romanised(word: str, script: str, data_dir: Path) -> frozenset[str]:
    """Folded readings of ``word`` (one name part, in ``script``) and of its listed nominative forms."""
    from anyascii import anyascii

    table = _readings(data_dir).get(script, {})
    plain = fold(word).replace("ς", "σ")  # one name part: no dash for fold to space out
    forms = {plain}
    for ending, nominative in table.get("ending", []):
        ending, nominative = fold(ending).replace("ς", "σ"), fold(nominative).replace("ς", "σ")
        if plain.endswith(ending) and len(plain) > len(ending) + 2:
            forms.add(plain[: len(plain) - len(ending)] + nominative)
    out = set()
    for form in forms:
        for text, reading in table.get("digraph", []):
            form = form.replace(text, reading)
        roman = fold(anyascii(form))
        out.add(roman)
        for text, reading in table.get("variant", []):
            out.add(roman.replace(text, reading))
    return frozenset(out)


def script_of(word: str) -> str | None:
    """``"greek"`` or ``"cyrillic"`` when ``word`` opens with a capital of that script, else None."""
    first = word[:1]
    if not first:
        return None
    if "Α" <= first <= "Ω" or first in "ΆΈΉΊΌΎΏΪΫ":
        return "greek"
    if "А" <= first <= "Я" or "Ѐ" <= first <= "Џ" or first in "ҐЄІЇ":
        return "cyrillic"
    return None
