"""What the last listing of the input folder found, so an unchanged file is not read and hashed again.

Every run lists the input folder and needs each file's format and SHA-256 (the document's id). For a
corpus of thousands of newsletters, reading every byte of every file on every run is the part of a
re-run that grows with the corpus. ``<output>/.state/input_stats.json`` keeps, per file, what its
``stat`` said (size, mtime, ctime, inode, device) with the format and hash found then; a file whose
``stat`` is identical is taken as unchanged, as ``git status`` and ``rsync`` do.

Two guards keep that exact: ctime is in the key (a program can put an old mtime back, never an old
ctime), and an entry whose mtime or ctime is not at least :data:`_RACY_NS` older than the listing
that stored it is never trusted ("racy git": a file rewritten within the same clock tick as that
listing could keep its stat). ``--full`` never uses it. The file is a cache: missing, damaged or
from another layout, everything is read again.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Iterable

from pipeline.records import SourceFile

STATS_FILE = "input_stats.json"
_VERSION = 1
_RACY_NS = 2_000_000_000  # 2 s: coarser than any file system's timestamp granularity we meet (FAT: 2 s)


def _key(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


class InputStats:
    """The stored listing (``known`` is :func:`pipeline.ingest.discover`'s look-up) and the new one."""

    def __init__(self, path: Path, use: bool) -> None:
        self.path = path
        self.started_ns = time.time_ns()
        self.old: dict[str, list] = {}
        self.old_started_ns = 0
        self.seen: dict[str, list[int]] = {}
        if use:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("version") == _VERSION:
                    self.old, self.old_started_ns = dict(data["files"]), int(data["listed_at_ns"])
            except (OSError, ValueError, TypeError, KeyError, AttributeError):
                self.old = {}

    def known(self, rel_path: str, st: os.stat_result) -> tuple[str, str] | None:
        key = _key(st)
        self.seen[rel_path] = key
        entry = self.old.get(rel_path)
        if not (isinstance(entry, list) and len(entry) == 3 and entry[0] == key and all(isinstance(x, str) for x in entry[1:])):
            return None
        if max(st.st_mtime_ns, st.st_ctime_ns) > self.old_started_ns - _RACY_NS:
            return None
        return entry[1], entry[2]

    def save(self, sources: Iterable[SourceFile]) -> None:
        """Store this listing's files (attachments and unreadable files are not kept: always looked at)."""
        files = {s.rel_path: [self.seen[s.rel_path], s.fmt, s.sha256] for s in sources
                 if s.member is None and s.fmt != "eml" and s.rel_path in self.seen}
        payload = {"version": _VERSION, "listed_at_ns": self.started_ns, "files": dict(sorted(files.items()))}
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:  # a cache: a read-only or full output folder only costs reading the inputs again
            tmp.unlink(missing_ok=True)
