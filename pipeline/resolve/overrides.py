"""Analyst overrides read from the data folder: forced aliases and do-not-merge pairs.

``aliases.csv`` (columns ``entity_type,name,canonical_name``): every mention named ``name`` (matched
after folding case, diacritics, hyphens and spacing) belongs to the entity named ``canonical_name``,
whatever the automatic rules say; ``canonical_name`` also becomes that entity's name and key.

``do_not_merge.csv`` (columns ``entity_type,name_a,name_b``): no rule may put a mention named
``name_a`` and one named ``name_b`` in the same entity (an alias row still can: it is explicit).

Both files are optional; lines starting with ``#`` are comments. ``entity_type`` is person,
organisation or event.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pipeline.data_files import data_table
from pipeline.errors import UsageError

ENTITY_TYPES = ("person", "organisation", "event")


class OverrideFileError(UsageError):
    """An aliases / do-not-merge file has a row that cannot be read (the analyst must fix it: exit code 2)."""


@dataclass(frozen=True)
class Overrides:
    aliases: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # type -> ((name, canonical), ...)
    do_not_merge: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # type -> ((a, b), ...)

    def alias_map(self, entity_type: str, key: Callable[[str], str]) -> dict[str, str]:
        """Folded alias name -> canonical name, for one entity type."""
        rows = self.aliases.get(entity_type, ())
        # The canonical name itself belongs to its entity too (an explicit alias row wins).
        out = {key(canonical): canonical for _, canonical in rows if key(canonical)}
        out.update({key(name): canonical for name, canonical in rows if key(name)})
        return out

    def forbidden(self, entity_type: str, key: Callable[[str], str]) -> set[frozenset[str]]:
        return {frozenset((key(a), key(b))) for a, b in self.do_not_merge.get(entity_type, ()) if key(a) != key(b)}


def _rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    if not path.exists():
        return []
    header, rows = data_table(path)
    if any(c not in header for c in columns):
        raise OverrideFileError(f"{path.name}: the header must name the columns {', '.join(columns)}")
    out = []
    for n, row in enumerate(rows, start=2):
        values = {c: (row.get(c) or "").strip() for c in columns}
        if values["entity_type"] not in ENTITY_TYPES or not all(values.values()):
            raise OverrideFileError(f"{path.name} row {n}: need {', '.join(columns)} with entity_type one of {', '.join(ENTITY_TYPES)}")
        out.append(values)
    return out


def load_overrides(data_dir: Path | None) -> Overrides:
    """The override files of ``data_dir`` (empty overrides when there is no folder or no file)."""
    if data_dir is None:
        return Overrides()
    aliases: dict[str, list] = {}
    for row in _rows(data_dir / "aliases.csv", ("entity_type", "name", "canonical_name")):
        aliases.setdefault(row["entity_type"], []).append((row["name"], row["canonical_name"]))
    dnm: dict[str, list] = {}
    for row in _rows(data_dir / "do_not_merge.csv", ("entity_type", "name_a", "name_b")):
        dnm.setdefault(row["entity_type"], []).append((row["name_a"], row["name_b"]))
    return Overrides({k: tuple(v) for k, v in aliases.items()}, {k: tuple(v) for k, v in dnm.items()})
