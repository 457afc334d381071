"""Stage 6, write: Parquet tables into the output folder.

Tables are first written to a staging folder inside the output folder, then moved into place.
"""
from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


def write_tables(tables: dict[str, pa.Table], output_dir: Path) -> dict[str, Path]:
    """Write every table as ``<name>.parquet``; returns the published paths."""
    output_dir.mkdir(parents=True, exist_ok=True)
    staging = output_dir / f".staging-{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        for name, table in tables.items():
            path = staging / f"{name}.parquet"
            pq.write_table(table, path, compression="zstd")
            with path.open("rb") as fh:
                os.fsync(fh.fileno())
        published: dict[str, Path] = {}
        for name in tables:
            target = output_dir / f"{name}.parquet"
            os.replace(staging / f"{name}.parquet", target)
            published[name] = target
        return published
    finally:
        shutil.rmtree(staging, ignore_errors=True)
