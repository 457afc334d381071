"""The entity index's storage: its SQLite schema, how a value is written to and read from a row, and how
SQLite's write failures reach the runner (:mod:`pipeline.resolve.index` is the index itself)."""

from __future__ import annotations

import datetime as dt
import errno
import functools
import json
import sqlite3
from pathlib import Path

from pipeline.records import DocumentInfo

SCHEMA_VERSION = "6"  # 2: fuzzy blocks stored as edges; 3: each name's published id (pid); 4: event signatures
# (sig, slice), merge rows by entity, each entity's first member; 5: person entities' counts, keys ordered by node;
# 6: acronym definitions (acrdefs), gazetteer organisations' counts and every organisation's acronym counts

TABLES = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS docs (doc_id TEXT PRIMARY KEY, stamp TEXT, info TEXT);
CREATE TABLE IF NOT EXISTS nodes (etype TEXT, doc_id TEXT, name TEXT, n_mentions INTEGER, attrs TEXT, okey TEXT,
                                  grp INTEGER, eid TEXT, pid TEXT, sig TEXT, slice TEXT,
                                  PRIMARY KEY (etype, doc_id, name)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS nodes_grp ON nodes (etype, grp);
CREATE INDEX IF NOT EXISTS nodes_pid ON nodes (etype, pid);
CREATE INDEX IF NOT EXISTS nodes_okey ON nodes (etype, okey);
CREATE INDEX IF NOT EXISTS nodes_eid ON nodes (etype, eid);
CREATE INDEX IF NOT EXISTS nodes_slice ON nodes (etype, slice, sig);
CREATE TABLE IF NOT EXISTS keys (etype TEXT, key TEXT, doc_id TEXT, name TEXT);
CREATE INDEX IF NOT EXISTS keys_key ON keys (etype, key, doc_id, name);
CREATE INDEX IF NOT EXISTS keys_node ON keys (etype, doc_id, name, key);
CREATE TABLE IF NOT EXISTS sized (etype TEXT, member TEXT, block TEXT, PRIMARY KEY (etype, member, block)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sized_block ON sized (etype, block);
CREATE TABLE IF NOT EXISTS edges (etype TEXT, a TEXT, b TEXT, block TEXT, PRIMARY KEY (etype, a, b, block)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_b ON edges (etype, b);
CREATE INDEX IF NOT EXISTS edges_block ON edges (etype, block);
CREATE TABLE IF NOT EXISTS ents (etype TEXT, eid TEXT, grp INTEGER, key TEXT, data TEXT);
CREATE INDEX IF NOT EXISTS ents_grp ON ents (etype, grp);
CREATE INDEX IF NOT EXISTS ents_key_grp ON ents (etype, key, grp);
CREATE INDEX IF NOT EXISTS ents_eid ON ents (etype, eid);
CREATE TABLE IF NOT EXISTS merges (etype TEXT, grp INTEGER, data TEXT, eid TEXT);
CREATE INDEX IF NOT EXISTS merges_grp ON merges (etype, grp);
CREATE INDEX IF NOT EXISTS merges_eid ON merges (etype, eid);
CREATE TABLE IF NOT EXISTS acrdefs (akey TEXT, fkey TEXT, doc_id TEXT, name TEXT, PRIMARY KEY (akey, fkey, doc_id, name)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS acrdefs_doc ON acrdefs (doc_id);
"""


def open_db(path: Path) -> sqlite3.Connection:
    """The index database at ``path`` with its tables (a damaged file, or one of another schema, is deleted and
    started again: the index is derived data)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite3.connect(path)
        old = db.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").fetchone() and \
            db.execute("SELECT v FROM meta WHERE k='schema'").fetchone()
        if old and old[0] != SCHEMA_VERSION:
            db.close()
            path.unlink()
            db = sqlite3.connect(path)
        db.executescript(TABLES)
    except sqlite3.DatabaseError:
        path.unlink(missing_ok=True)
        db = sqlite3.connect(path)
        db.executescript(TABLES)
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def write_errors(method):
    """SQLite's "disk is full" / "readonly database" as the OSError the runner reports (exit code 4)."""
    @functools.wraps(method)
    def wrapped(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if "full" in text:
                raise OSError(errno.ENOSPC, "No space left on device", str(self.path)) from exc
            if "readonly" in text or "unable to open" in text:
                raise OSError(errno.EROFS, "Read-only file system", str(self.path)) from exc
            raise
    return wrapped


def encode(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                      default=lambda v: {"$date": v.isoformat()} if isinstance(v, dt.date) else str(v))


def _date_hook(d: dict):
    return dt.date.fromisoformat(d["$date"]) if len(d) == 1 and "$date" in d else d


def decode(text: str):
    # Most rows hold no date: without a hook json decodes in C alone (the entity tables read every entity).
    return json.loads(text, object_hook=_date_hook) if '"$date"' in text else json.loads(text)


def decode_attrs(text: str) -> list[dict]:
    """A node's attrs (a list of flat dicts, one per mention), as :func:`decode` gives them: dates
    revived by one walk instead of a hook called for every dict (an event group holds thousands)."""
    if '"$date"' not in text:
        return json.loads(text)
    value = json.loads(text)
    if not isinstance(value, list):
        return decode(text)
    for attrs in value:
        if not isinstance(attrs, dict):
            return decode(text)
        for k, v in attrs.items():
            if isinstance(v, (dict, list)):
                if isinstance(v, dict) and len(v) == 1 and isinstance(v.get("$date"), str):
                    attrs[k] = dt.date.fromisoformat(v["$date"])
                else:  # nested: the general path
                    return decode(text)
    return value


def entity_row(ent, first: tuple[str, str], counts: dict | None = None) -> str:
    """An entity's stored data; ``first``: its first member (by ``repr``), which ranks clusters sharing a key;
    ``counts``: the aggregates a short path reads (people: :func:`.index_people.person_counts`)."""
    row = {"name": ent.name, "aliases": sorted(ent.aliases), "attrs": ent.attrs, "doc_ids": sorted(ent.doc_ids),
           "n_mentions": ent.n_mentions, "first": list(first)}
    if counts is not None:
        row["counts"] = counts
    return encode(row)


def info_row(info: DocumentInfo) -> str:
    from pipeline.result_codec import encode_info

    return encode(encode_info(info))
