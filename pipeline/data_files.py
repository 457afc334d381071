"""The one reader of the analyst-editable files in ``pipeline/data/``.

Every list, table and gazetteer there shares the same conventions: UTF-8, blank lines ignored,
lines starting with ``#`` are comments, a missing file means "nothing listed". Plain lists may be
split into ``[section]`` groups; tables are CSV with a header row; gazetteers are JSON Lines. The
extraction and resolution modules compile what they read; they never open a data file themselves.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

_SECTION = re.compile(r"\[(.+)\]")


def data_lines(path: Path) -> tuple[str, ...]:
    """The non-blank, non-comment lines of ``path``, stripped; empty when the file is absent."""
    if not path.exists():
        return ()
    lines = (raw.strip() for raw in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def data_sections(path: Path) -> dict[str, list[str]]:
    """Lines grouped under ``[section]`` headers (lines before any header go to ``names``)."""
    out: dict[str, list[str]] = {"names": []}
    current = "names"
    for line in data_lines(path):
        m = _SECTION.fullmatch(line)
        if m:
            current = m.group(1).strip().lower()
            out.setdefault(current, [])
        else:
            out.setdefault(current, []).append(line)
    return out


def data_table(path: Path) -> tuple[tuple[str, ...], list[dict[str, str]]]:
    """(header, rows) of a CSV data file; ``((), [])`` when the file is absent or empty."""
    reader = csv.DictReader(data_lines(path))
    rows = list(reader)
    return tuple(reader.fieldnames or ()), rows


def data_rows(path: Path) -> list[list[str]]:
    """The rows of a CSV data file without a fixed header (each row a list of fields)."""
    return list(csv.reader(data_lines(path)))


def data_records(path: Path) -> list[dict]:
    """The JSON objects of a JSON Lines data file, one per line."""
    return [json.loads(line) for line in data_lines(path)]


def phrase_alternation(phrases, space: str = r"[ \t]+", empty: str = r"(?!)") -> str:
    """Listed phrases as one regex alternation, each taken literally except that a space matches ``space``.

    Longest first, so that where one phrase starts another ("board", "board of directors") the longer
    one wins; ``empty`` (by default a pattern that never matches) when nothing is listed.
    """
    alts = {re.escape(p).replace(r"\ ", space) for p in phrases if p}
    return by_first_letter(sorted(alts, key=lambda a: (-len(a), a))) or empty


def by_first_letter(alternatives: list[str]) -> str:
    """``"|".join(alternatives)`` for escaped phrases, those opening with the same ASCII letter (either case)
    gathered behind one look-ahead for it, in their order.

    The same matches in the same order of preference (two alternatives that open with different letters
    never both match at one place), but ``re`` walks a long alternation one alternative at a time at every
    position it tries (under ``re.I`` without even a first-character check): grouped, it tries only the
    alternatives of the letter there. Returned as joined when an alternative opens otherwise.
    """
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        first = alt[:1]
        if not ("a" <= first.lower() <= "z") or alt[1:2] in ("?", "*", "+", "{", "|"):
            return "|".join(alternatives)  # not a literal letter (or a letter that may be absent)
        groups.setdefault(first.lower(), []).append(alt)
    if len(groups) < 2:
        return "|".join(alternatives)
    return "|".join(f"(?=[{k}{k.upper()}])(?:{'|'.join(v)})" for k, v in groups.items())
