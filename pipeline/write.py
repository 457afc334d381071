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


# Mention-level tables: a folder ``<name>.parquet/`` of parts, one per document bucket (the first
# k hex digits of doc_id; rows without a doc_id in ``part-none``), so a run rewrites only the buckets
# whose rows changed. pyarrow, pandas, DuckDB, Spark, Power BI and Tableau read such a folder as one
# table (parts in name order). The other tables stay single files.
DATASET_TABLES = ("documents", "document_texts", "mentions", "roles", "dates", "key_messages", "event_organisers", "errors")
ID_NODES_NAME = "id_history_nodes"  # the id history's names (pipeline.state.write_id_history): parts by bucket too
PARTS_INDEX = "parts.json"  # in a version folder: content digest of every table file and part
# k grows with the corpus so that a bucket holds at most this many documents on average: 1 digit
# (16 buckets) up to 16 x this, 2 digits (256) up to 256 x this, and so on. Rebuilding a bucket costs
# reading its documents' full results back (a few ms each); every part costs a file (about 10 ms to
# write and fsync in a full run, a hard link and an fsync in an incremental one), so more digits
# than needed would cost small corpora thousands of files. Measured: bench/RESULTS.md.
DOCS_PER_BUCKET = 400


def bucket_chars(n_documents: int) -> int:
    """Hex digits of doc_id that name a bucket, for a corpus of ``n_documents``: a pure function of
    the size, so an incremental run and a full rebuild lay out the same corpus the same way."""
    k = 1
    while k < 16 and n_documents > DOCS_PER_BUCKET * 16 ** k:  # a doc_id has 16 hex digits
        k += 1
    return k


def _digest(table: "pa.Table") -> str:
    import hashlib

    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return hashlib.sha256(sink.getvalue()).hexdigest()


def _intact(path: Path) -> bool:
    """A Parquet file whose footer (schema, row groups) reads: a truncated file does not, and is never linked
    into a new set. Reads only the footer (a few kB), for the single-file tables a run takes over unchanged."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pq.read_metadata(path)
    except (OSError, pa.ArrowException):
        return False
    return True


def bucket_of(doc_id: str | None, chars: int = 1) -> str:
    """The part a document's rows go to: the first ``chars`` hex digits of its doc_id, or ``none``."""
    return doc_id[:chars] if doc_id else "none"


def _buckets(table: "pa.Table", chars: int) -> dict[str, "pa.Table"]:
    """The table's rows by document bucket (row order kept within each)."""
    rows: dict[str, list[int]] = {}
    for i, doc_id in enumerate(table["doc_id"].to_pylist()):
        rows.setdefault(bucket_of(doc_id, chars), []).append(i)
    return {bucket: table.take(idx) for bucket, idx in sorted(rows.items())}


def _part(name: str, bucket: str) -> str:
    return f"{name}.parquet/part-{bucket}.parquet"


class TableWriter:
    """Writes a set's tables into a staging folder, hard-linking every file or part whose content is
    unchanged since ``previous`` (the published set) instead of writing it again.

    Mention-level tables are written a bucket of documents at a time (:meth:`write_bucket`), and a
    bucket whose inputs are unchanged (same digest as in the previous set) is taken over whole
    without building its rows at all (:meth:`reuse_bucket`).
    """

    def __init__(self, staging: Path, previous: Path | None, chars: int = 1) -> None:
        self.staging = staging
        self.previous = previous
        self.chars = chars  # hex digits of doc_id naming a bucket (:func:`bucket_chars`)
        self.index: dict[str, dict] = {"files": {}, "rows": {}, "buckets": {}, "layout": {"bucket_chars": chars}}
        self.old: dict[str, dict] = {"files": {}, "rows": {}, "buckets": {}, "layout": {}}
        self.n_written = 0
        self.linked: set[str] = set()  # files that are hard links to the previous set's (already durable)
        # The previous set's files found unreadable (a truncated or damaged table): written again even when their
        # rows are unchanged, never linked (a reader of the caller adds to it; :func:`_intact` checks each file linked).
        self.unreadable: set[str] = set()
        if previous is not None:
            import json

            with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
                old = json.loads((previous / PARTS_INDEX).read_text(encoding="utf-8"))
                self.old = {k: dict(old.get(k, {})) for k in self.old}
        # A set from before the layout was recorded had one digit. A change of layout rebuilds every bucket
        # once (no bucket name of one layout is a bucket of another; "none" does not depend on it).
        self.old_chars: int | None = None if previous is None else self.old["layout"].get("bucket_chars", 1)
        self.old_parts: dict[str, list[str]] = {}  # bucket -> its parts in the previous set
        for rel in self.old["files"]:
            if "/part-" in rel and rel.split(".parquet/", 1)[0] in DATASET_TABLES:
                self.old_parts.setdefault(rel.rsplit("/part-", 1)[1][: -len(".parquet")], []).append(rel)

    @property
    def n_linked(self) -> int:
        """Files taken over from the previous set (hard links)."""
        return len(self.linked)

    @property
    def layout_changed(self) -> bool:
        """The previous set's buckets were named by another number of digits: every bucket is rebuilt."""
        return self.old_chars is not None and self.old_chars != self.chars

    def rows(self, name: str) -> int:
        """Rows written so far to table ``name`` (all its parts)."""
        return sum(n for rel, n in self.index["rows"].items() if rel == f"{name}.parquet" or rel.startswith(f"{name}.parquet/"))

    def write(self, name: str, table: "pa.Table") -> Path:
        """``<staging>/<name>.parquet``: a folder of parts for DATASET_TABLES, else one file."""
        if name not in DATASET_TABLES:
            self._put(f"{name}.parquet", table)
            return self.staging / f"{name}.parquet"
        for bucket, rows in _buckets(table, self.chars).items():
            self._put(_part(name, bucket), rows)
        self.finish_dataset(name, table.schema)
        return self.staging / f"{name}.parquet"

    def write_bucket(self, bucket: str, digest: str, tables: dict[str, "pa.Table"]) -> None:
        """One bucket's rows of every mention-level table (each table holds only that bucket's rows)."""
        self.index["buckets"][bucket] = digest
        for name, table in tables.items():
            if table.num_rows:
                self._put(_part(name, bucket), table)

    def reuse_bucket(self, bucket: str, digest: str) -> bool:
        """Take over a bucket's parts from the previous set when its inputs' digest is unchanged."""
        if self.previous is None or self.old["buckets"].get(bucket) != digest:
            return False
        parts = self.old_parts.get(bucket, [])
        if not all((self.previous / rel).is_file() for rel in parts):
            return False
        for rel in parts:
            (self.staging / rel).parent.mkdir(exist_ok=True)
            if not self._link(rel):
                return False
            self.index["files"][rel] = self.old["files"][rel]
            self.index["rows"][rel] = self.old["rows"].get(rel, 0)
        self.index["buckets"][bucket] = digest
        return True

    def put_part(self, name: str, bucket: str, table: "pa.Table") -> None:
        """One bucket's part of a table written in parts (linked when its content is unchanged)."""
        self._put(_part(name, bucket), table)

    def link_part(self, name: str, bucket: str) -> bool:
        """Take over one bucket's part of ``name`` from the previous set as it is (the caller knows its rows are
        unchanged), when the previous set has it in this layout and it is intact."""
        rel = _part(name, bucket)
        if (self.previous is None or self.layout_changed or rel not in self.old["files"] or rel in self.unreadable
                or not (self.previous / rel).is_file()):
            return False
        (self.staging / rel).parent.mkdir(exist_ok=True)
        if not self._link(rel):
            return False
        self.index["files"][rel] = self.old["files"][rel]
        self.index["rows"][rel] = self.old["rows"].get(rel, 0)
        return True

    def finish_dataset(self, name: str, schema: "pa.Schema") -> None:
        """A table without any row is still one readable part carrying the columns."""
        if not any(rel.startswith(f"{name}.parquet/") for rel in self.index["files"]):
            self._put(_part(name, "empty"), schema.empty_table())

    def _link(self, rel: str) -> bool:
        try:
            os.link(self.previous / rel, self.staging / rel)  # type: ignore[operator]
        except OSError:
            return False
        self.linked.add(rel)
        return True

    def _put(self, rel: str, table: "pa.Table") -> None:
        digest = self.index["files"][rel] = _digest(table)
        self.index["rows"][rel] = table.num_rows
        target = self.staging / rel
        target.parent.mkdir(exist_ok=True)
        if (self.previous is not None and self.old["files"].get(rel) == digest and rel not in self.unreadable
                and _intact(self.previous / rel) and self._link(rel)):
            return
        write_table(target.parent, target.name[: -len(".parquet")], table)
        self.n_written += 1

    def finish(self) -> None:
        import json

        (self.staging / PARTS_INDEX).write_text(json.dumps(self.index, indent=0, sort_keys=True), encoding="utf-8")


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


def publish(output_dir: Path, staging: Path, table_names: Iterable[str], durable: Iterable[str] = ()) -> Path:
    """Make the set in ``staging`` the published one, in one atomic step; returns its folder.

    ``durable``: files of the set (paths relative to ``staging``) that are hard links to an earlier
    published set's files, whose content was fsynced when that set was published: only their new
    folder entries need to be (each folder is). An incremental run of a big corpus links thousands
    of parts; opening and fsyncing each again cost about 3 ms a part on this machine.
    """
    skip = set(durable)
    for folder, _, files in os.walk(staging):
        rel_folder = os.path.relpath(folder, staging)
        for name in files:
            if (name if rel_folder == "." else f"{rel_folder}/{name}") in skip:
                continue
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
