"""Stage 6, write: the Parquet tables, published together in one atomic step.

Layout of an output folder::

    outputs/documents.parquet  -> .state/current/documents.parquet     (one symlink per table)
    outputs/.state/current     -> versions/<run-id>                    (the published set)
    outputs/.state/versions/<run-id>/*.parquet, manifest.json          (complete sets)
    outputs/.state/staging/<run-id>/                                   (a set being written)

A run writes the whole set into ``staging/<run-id>``, fsyncs it, renames it into ``versions/``
and then replaces the ``current`` symlink with ``os.replace`` (an atomic rename). Every table path
goes through ``current``, so at any instant every ``outputs/<table>.parquet`` belongs to the same
set: a reader, or a crash at any moment, sees the previous complete set or the new one, never a mix.
A reader that reads several tables over time and wants them from one set resolves ``current``
once (:func:`current_version`) and reads from that folder; the previous set is kept for that.

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
    for f in staging.iterdir():
        with f.open("rb") as fh:
            os.fsync(fh.fileno())
    _fsync_dir(staging)
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
