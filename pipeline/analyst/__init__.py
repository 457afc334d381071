"""The analyst's side of the outputs: a DuckDB database for BI tools and static review pages.

Both are built from the Parquet tables only (never from the runner's internals), so they can be
rebuilt at any time from an output folder: ``build_extras(output_dir)``.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

Progress = Callable[[str, int, int, str], None]


@dataclass(frozen=True)
class Extras:
    database: Path
    review_index: Path
    n_review_pages: int


_STAMP = Path(".state") / "extras.stamp"
# Named here, not in the modules that build them, so that a no-op re-run checks the extras without
# importing duckdb and pyarrow (about half of a no-op CLI run's time).
DATABASE_NAME = "knowledge.duckdb"
REVIEW_DIR = "review"
_PACKAGE = Path(__file__).resolve().parents[1]


def _stamp(output_dir: Path) -> str:
    """What the extras are built from: the published table set, where the folder is (the database
    holds absolute paths) and the code that builds them."""
    from pipeline import __version__

    h = hashlib.sha256()
    h.update(__version__.encode())
    h.update(os.path.realpath(output_dir / ".state" / "current").encode())
    h.update(str(output_dir.resolve()).encode())
    for path in sorted([*(_PACKAGE / "analyst").glob("*.py"), _PACKAGE / "schemas.py"]):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def build_extras(output_dir: Path, progress: Progress | None = None) -> Extras:
    """(Re)build ``knowledge.duckdb`` and ``review/`` in ``output_dir`` from its Parquet tables.

    When the published set, the folder and the building code are the ones the extras were last built
    from and both are still there, nothing is rebuilt (a no-op re-run stays cheap).
    """
    stamp = _stamp(output_dir)
    stamp_path = output_dir / _STAMP
    database, index = output_dir / DATABASE_NAME, output_dir / REVIEW_DIR / "index.html"
    if database.exists() and index.exists() and stamp_path.exists() and stamp_path.read_text(encoding="utf-8") == stamp:
        return Extras(database, index, sum(1 for p in index.parent.glob("*.html") if p.name != "index.html"))

    from pipeline.analyst.duckdb import build_database
    from pipeline.analyst.review import build_review

    stamp_path.unlink(missing_ok=True)
    database = build_database(output_dir, progress=progress)
    index, n_pages = build_review(output_dir, progress=progress)
    stamp_path.write_text(stamp, encoding="utf-8")
    return Extras(database, index, n_pages)
