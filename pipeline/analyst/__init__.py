"""The analyst's side of the outputs: a DuckDB database for BI tools and static review pages.

Both are built from the Parquet tables only (never from the runner's internals), so they can be
rebuilt at any time from an output folder: ``build_extras(output_dir)``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

Progress = Callable[[str, int, int, str], None]


@dataclass(frozen=True)
class Extras:
    database: Path
    review_index: Path
    n_review_pages: int


def build_extras(output_dir: Path, progress: Progress | None = None) -> Extras:
    """(Re)build ``knowledge.duckdb`` and ``review/`` in ``output_dir`` from its Parquet tables."""
    from pipeline.analyst.duckdb import build_database
    from pipeline.analyst.review import build_review

    database = build_database(output_dir, progress=progress)
    index, n_pages = build_review(output_dir, progress=progress)
    return Extras(database, index, n_pages)
