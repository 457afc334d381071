"""Stage 6, write: the Parquet tables, published together in one atomic step.

Layout of an output folder::

    outputs/documents.parquet  -> .state/current/documents.parquet     (one symlink per table)
    outputs/.state/current     -> versions/<run-id>                    (the published set)
    outputs/.state/versions/<run-id>/*.parquet, manifest.json          (complete sets)
    outputs/.state/versions/<run-id>/mentions.parquet/part-<bucket>.parquet   (mention-level tables: parts)
    outputs/.state/staging/<run-id>/                                   (a set being written)

A run writes the whole set into ``staging/<run-id>``, fsyncs it, renames it into ``versions/``
and then replaces the ``current`` symlink with ``os.replace`` (an atomic rename). Every table path
goes through ``current``, so at any instant every ``outputs/<table>.parquet`` belongs to the same
set: a reader, or a crash at any moment, sees the previous complete set or the new one, never a mix.
A reader that reads several tables over time and wants them from one set resolves ``current``
once (:func:`current_version`) and reads from that folder; the previous set is kept for that.

Mention-level tables are folders of parts (:data:`DATASET_TABLES`), so that a run writes only the
parts, and the single-file tables, whose rows changed (:class:`TableWriter`); the others are hard
links to the previous set's files, which keeps every version folder complete on its own.

Why symlinks rather than renaming each file into place: N renames are N steps, and a crash or a
reader between two of them sees tables from two runs.
"""
from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    import pyarrow as pa

STATE = ".state"
CURRENT = "current"
VERSIONS = "versions"
STAGING = "staging"


def _state(output_dir: Path) -> Path:
    return output_dir / STATE


def current_version(output_dir: Path) -> Path | None:
    """The folder of the published set (resolved once, so it stays one set), or None before the first run."""
    link = _state(output_dir) / CURRENT
    try:
        target = os.readlink(link)
    except (FileNotFoundError, OSError):
        return None
    folder = (link.parent / target).resolve()
    return folder if folder.is_dir() else None


def new_staging(output_dir: Path, run_id: str) -> Path:
    """An empty folder to write one complete set of tables (and the manifest) into."""
    folder = _state(output_dir) / STAGING / run_id
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    return folder


def write_table(folder: Path, name: str, table: "pa.Table") -> Path:
    """One table as ``<folder>/<name>.parquet``."""
    import pyarrow.parquet as pq  # here, so that a run with nothing to write never imports pyarrow

    path = folder / f"{name}.parquet"
    pq.write_table(table, path, compression="zstd")
    return path


# Mention-level tables: a folder ``<name>.parquet/`` of parts, one per document bucket (the first two
# hex digits of doc_id; rows without a doc_id in ``part-none``), so a run rewrites only the buckets
# whose rows changed. pyarrow, pandas, DuckDB, Spark, Power BI and Tableau read such a folder as one
# table (parts in name order). The other tables stay single files.
DATASET_TABLES = ("documents", "document_texts", "mentions", "roles", "dates", "key_messages", "event_organisers", "errors")
PARTS_INDEX = "parts.json"  # in a version folder: content digest of every table file and part
_BUCKET_CHARS = 2


def _digest(table: "pa.Table") -> str:
    import hashlib

    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return hashlib.sha256(sink.getvalue()).hexdigest()


def _buckets(table: "pa.Table") -> dict[str, "pa.Table"]:
    """The table's rows by document bucket (row order kept within each), named ``part-<bucket>.parquet``."""
    import pyarrow.compute as pc

    if table.num_rows == 0:
        return {"part-empty.parquet": table}
    keys = pc.utf8_slice_codeunits(table["doc_id"], 0, _BUCKET_CHARS).to_pylist()
    rows: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        rows.setdefault(f"part-{key if key is not None else 'none'}.parquet", []).append(i)
    return {name: table.take(idx) for name, idx in sorted(rows.items())}


class TableWriter:
    """Writes a set's tables into a staging folder, hard-linking every file or part whose content is
    unchanged since ``previous`` (the published set) instead of writing it again."""

    def __init__(self, staging: Path, previous: Path | None) -> None:
        self.staging = staging
        self.previous = previous
        self.digests: dict[str, str] = {}
        self.old: dict[str, str] = {}
        self.n_written = self.n_linked = 0
        if previous is not None:
            import json

            with contextlib.suppress(OSError, ValueError):
                self.old = json.loads((previous / PARTS_INDEX).read_text(encoding="utf-8"))

    def write(self, name: str, table: "pa.Table") -> Path:
        """``<staging>/<name>.parquet``: a folder of parts for DATASET_TABLES, else one file."""
        if name not in DATASET_TABLES:
            self._put(f"{name}.parquet", table)
            return self.staging / f"{name}.parquet"
        folder = self.staging / f"{name}.parquet"
        folder.mkdir()
        for part, rows in _buckets(table).items():
            self._put(f"{name}.parquet/{part}", rows)
        return folder

    def _put(self, rel: str, table: "pa.Table") -> None:
        digest = self.digests[rel] = _digest(table)
        target = self.staging / rel
        if self.previous is not None and self.old.get(rel) == digest:
            with contextlib.suppress(OSError):
                os.link(self.previous / rel, target)
                self.n_linked += 1
                return
        write_table(target.parent, target.name[: -len(".parquet")], table)
        self.n_written += 1

    def finish(self) -> None:
        import json

        (self.staging / PARTS_INDEX).write_text(json.dumps(self.digests, indent=0, sort_keys=True), encoding="utf-8")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _symlink_atomic(target: str, link: Path) -> None:
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, link)


def publish(output_dir: Path, staging: Path, table_names: Iterable[str]) -> Path:
    """Make the set in ``staging`` the published one, in one atomic step; returns its folder."""
    for folder, _, files in os.walk(staging):
        for name in files:
            with open(os.path.join(folder, name), "rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(Path(folder))
    versions = _state(output_dir) / VERSIONS
    versions.mkdir(parents=True, exist_ok=True)
    final = versions / staging.name
    os.replace(staging, final)
    _fsync_dir(versions)

    # Table links go through `current`: made before the switch they dangle (first run) or point at
    # the previous set, so creating them changes nothing a reader can see.
    legacy: list[str] = []
    for name in table_names:
        link = output_dir / f"{name}.parquet"
        target = f"{STATE}/{CURRENT}/{name}.parquet"
        if link.is_symlink():
            if os.readlink(link) != target:
                _symlink_atomic(target, link)
        elif link.exists():
            legacy.append(name)  # a plain file from the old layout: replaced right after the switch
        else:
            _symlink_atomic(target, link)

    _symlink_atomic(f"{VERSIONS}/{final.name}", _state(output_dir) / CURRENT)  # the switch
    _fsync_dir(_state(output_dir))
    for name in legacy:
        _symlink_atomic(f"{STATE}/{CURRENT}/{name}.parquet", output_dir / f"{name}.parquet")
    _fsync_dir(output_dir)
    return final


def clean_stale(output_dir: Path, keep_previous: str | None = None) -> None:
    """Remove half-written sets (a crashed run's staging) and sets older than current and ``keep_previous``.

    Only called while holding the output folder's lock, so nothing being written is removed.
    """
    state = _state(output_dir)
    shutil.rmtree(state / STAGING, ignore_errors=True)
    current = current_version(output_dir)
    keep = {current.name if current else None, keep_previous}
    versions = state / VERSIONS
    if versions.is_dir():
        for folder in versions.iterdir():
            if folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)
    (state / "manifest.json").unlink(missing_ok=True)  # the pre-versions layout kept it here
    for stray in state.glob(".*.tmp"):
        stray.unlink(missing_ok=True)
    for stray in output_dir.glob(".*.tmp"):
        stray.unlink(missing_ok=True)


def drop_unpublished_links(output_dir: Path, table_names: Iterable[str]) -> None:
    """Remove links to tables the published set does not have (a table dropped from the contract)."""
    names = set(table_names)
    for link in output_dir.glob("*.parquet"):
        if link.is_symlink() and link.stem not in names and os.readlink(link).startswith(f"{STATE}/{CURRENT}/"):
            link.unlink()
