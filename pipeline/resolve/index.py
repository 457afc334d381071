"""The persistent entity index: resolution kept between runs, updated with only what changed.

Stored in ``<output>/.state/entity_index.sqlite`` (stdlib :mod:`sqlite3`: indexed look-ups by key
without loading the corpus), per entity type:

* ``nodes``: every (doc_id, name) of the corpus with what its mentions said (attrs), the *group* it
  was resolved in, its entity id (key-derived) and its published id (``pid``, the id history of the
  published set: :mod:`.redirects`; NULL for a name added since, until the runner stores the new ids);
* ``keys``: each node's blocking keys (:mod:`.blocking`);
* ``sized``: which sized block (fuzzy blocks) each organisation name key / event base name is in,
  so a block's corpus-wide size is one ``COUNT``;
* ``edges``: the pairs of members of a usable sized block that pass the resolver's pair test
  (:func:`.blocking.pair_passes`), kept only while their block is usable: a member's edges are
  computed against its blocks' members (at most the block limit) when a document adding or
  withdrawing one of its names may change it, and a block's edges appear or go when it crosses its
  limit;
* ``ents`` and ``merges``: each group's entities (with their canonical key) and merge rows, i.e. the
  evidence of every merge.

A *group* is one connected component of the graph of blocking keys and edges, or several when their
entities' canonical keys collide (two clusters with one key get ids ranked against each other, see
:func:`.model.unique_keys`, so they are resolved together). An update withdraws the removed
documents' nodes, adds the new documents' nodes, and re-resolves, with the unchanged rule code,
only the groups those nodes touch (plus the ends of edges that came or went); every other
group keeps its entities and ids untouched. The result is exactly a whole-corpus :func:`resolve`:
the tests compare them.

The index is trusted only when it was written for the published set of the same table fingerprint
(``meta``: fingerprint and run id, committed just before the set is published); anything else
(first run, rule/data/code change, a crash between commit and publish, a damaged file) rebuilds it.
"""
from __future__ import annotations

import datetime as dt
import errno
import gc
import json
import sqlite3
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from pipeline.records import DocumentInfo, DocumentResult
from pipeline.resolve import document_nodes
from pipeline.resolve.blocking import (ENTITY_TYPES, KEYS, ResolveData, block_limit, key_of_member, member_of_key,
                                       pair_passes, sized_blocks)
from pipeline.resolve.events import resolve_events
from pipeline.resolve.model import Entity, Node, Resolution
from pipeline.resolve.organisations import org_key, resolve_organisations
from pipeline.resolve.people import resolve_people

INDEX_FILE = "entity_index.sqlite"
_SCHEMA_VERSION = "3"  # 2: fuzzy blocks stored as edges; 3: each name's published id (pid)
_BATCH_NODES = 20_000  # a rebuild resolves whole components in batches of about this many names
NodeKey = tuple[str, str]

_TABLES = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS docs (doc_id TEXT PRIMARY KEY, stamp TEXT, info TEXT);
CREATE TABLE IF NOT EXISTS nodes (etype TEXT, doc_id TEXT, name TEXT, n_mentions INTEGER, attrs TEXT, okey TEXT,
                                  grp INTEGER, eid TEXT, pid TEXT, PRIMARY KEY (etype, doc_id, name)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS nodes_grp ON nodes (etype, grp);
CREATE INDEX IF NOT EXISTS nodes_pid ON nodes (etype, pid);
CREATE INDEX IF NOT EXISTS nodes_okey ON nodes (etype, okey);
CREATE TABLE IF NOT EXISTS keys (etype TEXT, key TEXT, doc_id TEXT, name TEXT);
CREATE INDEX IF NOT EXISTS keys_key ON keys (etype, key);
CREATE INDEX IF NOT EXISTS keys_node ON keys (etype, doc_id, name);
CREATE TABLE IF NOT EXISTS sized (etype TEXT, member TEXT, block TEXT, PRIMARY KEY (etype, member, block)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sized_block ON sized (etype, block);
CREATE TABLE IF NOT EXISTS edges (etype TEXT, a TEXT, b TEXT, block TEXT, PRIMARY KEY (etype, a, b, block)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS edges_b ON edges (etype, b);
CREATE INDEX IF NOT EXISTS edges_block ON edges (etype, block);
CREATE TABLE IF NOT EXISTS ents (etype TEXT, eid TEXT, grp INTEGER, key TEXT, data TEXT);
CREATE INDEX IF NOT EXISTS ents_grp ON ents (etype, grp);
CREATE INDEX IF NOT EXISTS ents_key_grp ON ents (etype, key, grp);
CREATE TABLE IF NOT EXISTS merges (etype TEXT, grp INTEGER, data TEXT);
CREATE INDEX IF NOT EXISTS merges_grp ON merges (etype, grp);
"""


@dataclass
class IndexReport:
    """What an update did: how much was resolved again, against how much the index holds."""

    rebuilt: bool = False  # the index was (re)built from every document
    n_added_docs: int = 0
    n_removed_docs: int = 0
    nodes_resolved: dict[str, int] = field(default_factory=dict)  # entity type -> nodes re-resolved
    groups_resolved: dict[str, int] = field(default_factory=dict)  # entity type -> groups written
    nodes_total: dict[str, int] = field(default_factory=dict)


def _write_errors(method):
    """SQLite's "disk is full" / "readonly database" as the OSError the runner reports (exit code 4)."""
    import functools

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


@contextmanager
def _cyclic_gc_paused(pause: bool):
    """CPython's cyclic garbage collector off while an update re-resolves a few groups. The resolvers
    allocate many small objects and leave few reference cycles, and the collector, triggered by
    allocation counts, spent about a sixth of an add-one's CPU (5.3 s with it, 4.4 s without, on the
    5,000-document bench corpus) scanning them again and again. Not for a rebuild, whose batches
    would keep any cycles until the end."""
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _encode(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                      default=lambda v: {"$date": v.isoformat()} if isinstance(v, dt.date) else str(v))


def _date_hook(d: dict):
    return dt.date.fromisoformat(d["$date"]) if len(d) == 1 and "$date" in d else d


def _decode(text: str):
    # Most rows hold no date: without a hook json decodes in C alone (the entity tables read every entity).
    return json.loads(text, object_hook=_date_hook) if '"$date"' in text else json.loads(text)


def _decode_attrs(text: str) -> list[dict]:
    """A node's attrs (a list of flat dicts, one per mention), as :func:`_decode` gives them: dates
    revived by one walk instead of a hook called for every dict (an event group holds thousands)."""
    if '"$date"' not in text:
        return json.loads(text)
    value = json.loads(text)
    if not isinstance(value, list):
        return _decode(text)
    for attrs in value:
        if not isinstance(attrs, dict):
            return _decode(text)
        for k, v in attrs.items():
            if isinstance(v, (dict, list)):
                if isinstance(v, dict) and len(v) == 1 and isinstance(v.get("$date"), str):
                    attrs[k] = dt.date.fromisoformat(v["$date"])
                else:  # nested: the general path
                    return _decode(text)
    return value


def _info_row(info: DocumentInfo) -> str:
    from pipeline.result_codec import encode_info

    return _encode(encode_info(info))


class EntityIndex:
    """One output folder's entity index (see the module docstring). Changes are kept in one
    transaction until :meth:`commit`."""

    def __init__(self, path: Path, data: ResolveData) -> None:
        self.path = path
        self.data = data
        self._db: sqlite3.Connection | None = None
        # After an update that re-resolved only what it touched: per entity type, the groups it stored and the
        # names it withdrew with their published ids (see :meth:`changed_resolution`); None after a rebuild or
        # before any update.
        self.changes: dict[str, tuple[set[int], dict[NodeKey, str | None]]] | None = None

    @property
    def db(self) -> sqlite3.Connection:
        # Opened on first use, so a runner can create the index before it forks worker processes.
        if self._db is None:
            self._db = self._open(self.path)
        return self._db

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(path)
            db.executescript(_TABLES)
        except sqlite3.DatabaseError:  # a damaged file: the index is derived data, start again
            path.unlink(missing_ok=True)
            db = sqlite3.connect(path)
            db.executescript(_TABLES)
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    # ---------------------------------------------------------------- validity
    def meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT v FROM meta WHERE k=?", (name,)).fetchone()
        return row[0] if row else None

    @_write_errors
    def matches(self, table_fp: str, run_id: str) -> bool:
        """True when the index was written for the published set ``run_id`` with these rules and code."""
        return bool(run_id) and (self.meta("schema"), self.meta("fingerprint"), self.meta("run_id")) == (_SCHEMA_VERSION, table_fp, run_id)

    @_write_errors
    def reset(self) -> None:
        for table in ("meta", "docs", "nodes", "keys", "sized", "edges", "ents", "merges"):
            self.db.execute(f"DELETE FROM {table}")

    @_write_errors
    def commit(self, table_fp: str, run_id: str) -> None:
        """Make this run's changes durable, marked as belonging to the set about to be published as ``run_id``."""
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                            [("schema", _SCHEMA_VERSION), ("fingerprint", table_fp), ("run_id", run_id)])
        self.db.commit()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()  # uncommitted changes are discarded
            self._db = None

    # ---------------------------------------------------------------- documents
    @_write_errors
    def documents(self) -> dict[str, tuple[dt.datetime, DocumentInfo]]:
        """doc_id -> (processed_at, info) of every document in the index (no cache file is read)."""
        from pipeline.result_codec import decode_info

        return {d: (dt.datetime.fromisoformat(stamp), decode_info(_decode(info)))
                for d, stamp, info in self.db.execute("SELECT doc_id, stamp, info FROM docs")}

    def update(self, added: Iterable[tuple[dt.datetime, DocumentResult]], removed: Iterable[str], rebuild: bool = False) -> IndexReport:
        """Withdraw ``removed`` doc_ids, add ``added`` results (light views suffice), re-resolve what they touch."""
        if rebuild:
            self.reset()
        self.withdraw(removed)
        for stamp, result in added:
            self.add(stamp, result)
        return self.resolve_pending(rebuild)

    def _pending(self) -> dict[str, tuple[set, set, set]]:
        if not hasattr(self, "_touched"):
            self._touched = {t: (set(), set(), set()) for t in ENTITY_TYPES}  # nodes, groups, sized-block members
            self._changes = {t: (set(), {}) for t in ENTITY_TYPES}  # groups stored, names withdrawn -> published id
            self._counts = [0, 0]  # documents added, withdrawn
        return self._touched

    @_write_errors
    def withdraw(self, doc_ids: Iterable[str]) -> None:
        """Take documents' names out of the index (resolved again by :meth:`resolve_pending`)."""
        touched = self._pending()
        for d in sorted(set(doc_ids)):
            self._counts[1] += 1
            for etype in ENTITY_TYPES:
                nodes, groups, members = touched[etype]
                groups.update(g for (g,) in self.db.execute("SELECT grp FROM nodes WHERE etype=? AND doc_id=?", (etype, d)))
                members.update(self._members(etype, d))
                self._changes[etype][1].update(((dd, n), pid) for dd, n, pid in self.db.execute(
                    "SELECT doc_id, name, pid FROM nodes WHERE etype=? AND doc_id=?", (etype, d)))
                self.db.execute("DELETE FROM keys WHERE etype=? AND doc_id=?", (etype, d))
                self.db.execute("DELETE FROM nodes WHERE etype=? AND doc_id=?", (etype, d))
            self.db.execute("DELETE FROM docs WHERE doc_id=?", (d,))

    @_write_errors
    def add(self, stamp: dt.datetime, result: DocumentResult) -> None:
        """Put one document's names (a light view suffices) and info in the index; resolved by :meth:`resolve_pending`."""
        touched = self._pending()
        d = result.info.doc_id
        self._counts[0] += 1
        self.db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)", (d, stamp.isoformat(), _info_row(result.info)))
        for etype, nodes in document_nodes(result).items():
            keys = KEYS[etype](nodes, self.data)
            self.db.executemany("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL)",
                                [(etype, k[0], k[1], n.n_mentions, _encode(n.attrs), org_key(k[1]) if etype == "organisation" else None)
                                 for k, n in nodes.items()])
            self.db.executemany("INSERT INTO keys VALUES (?, ?, ?, ?)", [(etype, key, k[0], k[1]) for k in nodes for key in keys[k]])
            touched[etype][0].update(nodes)
            touched[etype][2].update(self._members(etype, d))

    @_write_errors
    def resolve_pending(self, rebuild: bool = False) -> IndexReport:
        """Re-resolve what the added and withdrawn documents touch (``rebuild``: everything, in parts)."""
        touched = self._pending()
        report = IndexReport(rebuilt=rebuild, n_added_docs=self._counts[0], n_removed_docs=self._counts[1])
        with _cyclic_gc_paused(not rebuild):
            self._resolve_touched(touched, report, rebuild)
        self.changes = None if rebuild else self._changes
        del self._touched, self._changes
        return report

    def _resolve_touched(self, touched: dict, report: IndexReport, rebuild: bool) -> None:
        for etype in ENTITY_TYPES:
            nodes, groups, members = touched[etype]
            seeds = set(nodes)
            seeds |= self._group_nodes(etype, groups - {None})
            seeds |= self._resized(etype, members)
            self._drop_groups(etype, groups - {None})  # their nodes are all among the seeds again (or withdrawn)
            report.nodes_resolved[etype], report.groups_resolved[etype] = self._resolve_from(etype, seeds, rebuild, groups - {None})
            report.nodes_total[etype] = self.db.execute("SELECT COUNT(*) FROM nodes WHERE etype=?", (etype,)).fetchone()[0]

    # ---------------------------------------------------------------- sized blocks
    def _members(self, etype: str, doc_id: str) -> set[str]:
        rows = self.db.execute("SELECT key FROM keys WHERE etype=? AND doc_id=?", (etype, doc_id))
        return {m for (key,) in rows if (m := member_of_key(etype, key)) is not None}

    def _node(self, etype: str, doc_id: str, name: str) -> Node:
        n_mentions, attrs = self.db.execute("SELECT n_mentions, attrs FROM nodes WHERE etype=? AND doc_id=? AND name=?",
                                            (etype, doc_id, name)).fetchone()
        return Node(doc_id, name, n_mentions, _decode_attrs(attrs))

    def _rep(self, etype: str, member: str) -> tuple[str, str] | None:
        """An organisation name key's first (sorted) node: its spelling is what the fuzzy rule compares."""
        return self.db.execute("SELECT doc_id, name FROM nodes WHERE etype=? AND okey=? ORDER BY doc_id, name LIMIT 1",
                               (etype, member)).fetchone()

    def _member_blocks(self, etype: str, member: str) -> list[str]:
        if etype == "organisation":
            rep = self._rep(etype, member)
            return sized_blocks(etype, member, self._node(etype, *rep) if rep else None)
        present = self.db.execute("SELECT 1 FROM keys WHERE etype=? AND key=? LIMIT 1", (etype, key_of_member(etype, member))).fetchone()
        return sized_blocks(etype, member, None) if present else []

    def block_size(self, etype: str, block: str) -> int:
        return self.db.execute("SELECT COUNT(*) FROM sized WHERE etype=? AND block=?", (etype, block)).fetchone()[0]

    def _resized(self, etype: str, members: set[str]) -> set[NodeKey]:
        """Bring ``members``' sized-block rows and edges up to date; the nodes at the ends of every edge
        that came or went (the groups that may join or split)."""
        limit = block_limit(etype)
        before: dict[str, int] = {}
        for m in sorted(members):
            old = {b for (b,) in self.db.execute("SELECT block FROM sized WHERE etype=? AND member=?", (etype, m))}
            new = set(self._member_blocks(etype, m))
            if old == new:
                continue
            for b in old | new:
                before.setdefault(b, self.block_size(etype, b))
            self.db.execute("DELETE FROM sized WHERE etype=? AND member=?", (etype, m))
            self.db.executemany("INSERT INTO sized VALUES (?, ?, ?)", [(etype, m, b) for b in sorted(new)])
        old_edges: set[tuple[str, str, str]] = set()
        pairs: set[tuple[str, str, str]] = set()  # (a, b, block) to test, a < b
        # A touched member's first name (hence its test) may have changed: test its pairs again.
        for m in sorted(members):
            old_edges.update(self.db.execute("SELECT a, b, block FROM edges WHERE etype=? AND a=?", (etype, m)))
            old_edges.update(self.db.execute("SELECT a, b, block FROM edges WHERE etype=? AND b=?", (etype, m)))
            self.db.execute("DELETE FROM edges WHERE etype=? AND (a=? OR b=?)", (etype, m, m))
            for (b,) in self.db.execute("SELECT block FROM sized WHERE etype=? AND member=?", (etype, m)).fetchall():
                if self.block_size(etype, b) <= limit:
                    pairs.update((min(m, x), max(m, x), b) for x in self._block_members(etype, b) if x != m)
        for b, size in before.items():
            now = self.block_size(etype, b)
            if size <= limit < now:  # no longer usable: its edges go
                old_edges.update(self.db.execute("SELECT a, b, block FROM edges WHERE etype=? AND block=?", (etype, b)))
                self.db.execute("DELETE FROM edges WHERE etype=? AND block=?", (etype, b))
            elif now <= limit < size:  # usable again: every pair of it
                ms = sorted(self._block_members(etype, b))
                pairs.update((x, y, b) for i, x in enumerate(ms) for y in ms[i + 1:])
        new_edges = self._passing(etype, pairs)
        self.db.executemany("INSERT OR IGNORE INTO edges VALUES (?, ?, ?, ?)", [(etype, *e) for e in sorted(new_edges)])
        seeds: set[NodeKey] = set()
        for a, b, _ in old_edges ^ new_edges:
            seeds |= self._key_nodes(etype, key_of_member(etype, a)) | self._key_nodes(etype, key_of_member(etype, b))
        return seeds

    def _block_members(self, etype: str, block: str) -> list[str]:
        return [m for (m,) in self.db.execute("SELECT member FROM sized WHERE etype=? AND block=?", (etype, block))]

    def _passing(self, etype: str, pairs: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
        """The (a, b, block) of ``pairs`` whose members pass the resolver's pair test (each pair tested once)."""
        names: dict[str, str] = {}

        def name(member: str) -> str:
            if member not in names:
                rep = self._rep(etype, member) if etype == "organisation" else None
                names[member] = rep[1] if rep else member
            return names[member]

        verdict: dict[tuple[str, str], bool] = {}
        out = set()
        for a, b, block in sorted(pairs):
            if (a, b) not in verdict:
                verdict[(a, b)] = pair_passes(etype, name(a), name(b))
            if verdict[(a, b)]:
                out.add((a, b, block))
        return out

    # ---------------------------------------------------------------- components
    def _key_nodes(self, etype: str, key: str) -> set[NodeKey]:
        return set(self.db.execute("SELECT doc_id, name FROM keys WHERE etype=? AND key=?", (etype, key)))

    def _group_nodes(self, etype: str, groups: set) -> set[NodeKey]:
        out: set[NodeKey] = set()
        for g in groups:
            out.update(self.db.execute("SELECT doc_id, name FROM nodes WHERE etype=? AND grp=?", (etype, g)))
        return out

    def _edge_neighbours(self, etype: str, key: str) -> list[str]:
        """The keys an edge joins ``key`` to (every stored edge is of a usable block)."""
        member = member_of_key(etype, key)
        if member is None:
            return []
        rows = self.db.execute("SELECT b FROM edges WHERE etype=? AND a=? UNION SELECT a FROM edges WHERE etype=? AND b=?",
                               (etype, member, etype, member))
        return sorted(key_of_member(etype, m) for (m,) in rows)

    def _closure(self, etype: str, seeds: set[NodeKey], everything: bool, seed_groups: Iterable[int] = ()
                 ) -> tuple[set[NodeKey], dict[NodeKey, list[str]], dict[str, list[str]], dict[NodeKey, int | None]]:
        """Every node connected to ``seeds`` (through keys and edges, and through the groups it touches);
        with each node's keys, each reached key's edge neighbours (keys) and each node's stored group.
        A stored group's nodes and keys are read with one query each, not one query per node (``seed_groups``:
        groups whose nodes are among ``seeds``, read that way first)."""
        node_keys: dict[NodeKey, list[str]] = defaultdict(list)
        key_edges: dict[str, list[str]] = {}
        grp_of: dict[NodeKey, int | None] = {}
        if everything:
            nodes = set()
            for d, n, g in self.db.execute("SELECT doc_id, name, grp FROM nodes WHERE etype=?", (etype,)):
                nodes.add((d, n))
                grp_of[(d, n)] = g
            for key, d, n in self.db.execute("SELECT key, doc_id, name FROM keys WHERE etype=?", (etype,)):
                node_keys[(d, n)].append(key)
            by_member: dict[str, list[str]] = defaultdict(list)
            for a, b in self.db.execute("SELECT DISTINCT a, b FROM edges WHERE etype=?", (etype,)):
                by_member[a].append(key_of_member(etype, b))
                by_member[b].append(key_of_member(etype, a))
            for keys in node_keys.values():
                for key in keys:
                    m = member_of_key(etype, key)
                    if m is not None:
                        key_edges[key] = by_member.get(m, [])
            return nodes, node_keys, key_edges, grp_of

        def load_group(g: int) -> set[NodeKey]:
            # CROSS JOIN: nodes first (by group), then each node's keys; a plain JOIN let SQLite scan every key of the type.
            members = set(self.db.execute("SELECT doc_id, name FROM nodes WHERE etype=? AND grp=?", (etype, g)))
            fresh = {k for k in members if k not in grp_of}
            for k in fresh:
                grp_of[k] = g
                node_keys[k] = []
            for d, n, key in self.db.execute(
                    "SELECT k.doc_id, k.name, k.key FROM nodes AS n CROSS JOIN keys AS k ON k.etype=n.etype AND k.doc_id=n.doc_id "
                    "AND k.name=n.name WHERE n.etype=? AND n.grp=?", (etype, g)):
                if (d, n) in fresh:
                    node_keys[(d, n)].append(key)
            return members

        nodes: set[NodeKey] = set()
        seen_keys: set[str] = set()
        seen_groups: set = set(seed_groups)
        for g in sorted(seen_groups):
            load_group(g)
        frontier = set(seeds)
        while frontier:
            nodes |= frontier
            for k in sorted(frontier - grp_of.keys()):  # a node outside every group read so far (a new name)
                row = self.db.execute("SELECT grp FROM nodes WHERE etype=? AND doc_id=? AND name=?", (etype, *k)).fetchone()
                grp_of[k] = row[0] if row else None
                node_keys[k] = [key for (key,) in self.db.execute("SELECT key FROM keys WHERE etype=? AND doc_id=? AND name=?", (etype, *k))]
            # A stored group is closed: every node sharing a key with one of its nodes, or joined to it
            # by an edge, was in it when it was stored, and what came since (added names, edges that
            # came or went) is among the seeds. So the other nodes of a key are looked up only for
            # keys of nodes outside every stored group (the new names); every key's edges are.
            keys: set[str] = set()
            grouped_keys: set[str] = set()
            for k in frontier:
                (keys if grp_of[k] is None else grouped_keys).update(node_keys[k])
            groups = {grp_of[k] for k in frontier if grp_of[k] is not None} - seen_groups
            seen_groups |= groups
            new_nodes: set[NodeKey] = set()
            for g in sorted(groups):
                new_nodes |= load_group(g)
            for key in sorted(grouped_keys - keys - seen_keys):
                seen_keys.add(key)
                key_edges[key] = self._edge_neighbours(etype, key)
                keys.update(key_edges[key])  # an edge's other end: looked up
            pending = sorted(keys - seen_keys)
            while pending:
                key = pending.pop()
                if key in seen_keys:
                    continue
                seen_keys.add(key)
                new_nodes |= self._key_nodes(etype, key)
                key_edges[key] = self._edge_neighbours(etype, key)
                pending.extend(k2 for k2 in key_edges[key] if k2 not in seen_keys)
            frontier = new_nodes - nodes
        return nodes, node_keys, key_edges, grp_of

    def _resolve_from(self, etype: str, seeds: set[NodeKey], everything: bool, seed_groups: Iterable[int] = ()) -> tuple[int, int]:
        """Re-resolve every group ``seeds`` reach (and those whose ids collide with them); (nodes, groups) written.
        ``everything``: every node, in batches of whole components (memory holds one batch's resolution)."""
        if not seeds and not everything:
            return 0, 0
        nodes_in, node_keys, key_edges, grp_of = self._closure(etype, seeds, everything, seed_groups)
        if not everything:
            return self._resolve_set(etype, nodes_in, node_keys, key_edges, grp_of)
        components: dict[tuple, list[NodeKey]] = defaultdict(list)
        for k, root in _components(nodes_in, node_keys, key_edges).items():
            components[root].append(k)
        del nodes_in
        done = [0, 0]
        batch: set[NodeKey] = set()
        for part in sorted(components.values(), key=min):
            batch.update(part)
            if len(batch) >= _BATCH_NODES:
                done = [a + b for a, b in zip(done, self._resolve_set(etype, batch, node_keys, key_edges, grp_of))]
                batch = set()
        if batch or not done[0]:
            done = [a + b for a, b in zip(done, self._resolve_set(etype, batch, node_keys, key_edges, grp_of))]
        return done[0], done[1]

    def _resolve_set(self, etype: str, nodes_in: set[NodeKey], node_keys: dict[NodeKey, list[str]],
                     key_edges: dict[str, list[str]], grp_of: dict[NodeKey, int | None]) -> tuple[int, int]:
        """Resolve ``nodes_in`` (whole components) with the stored groups their entity keys collide with; store them.
        ``grp_of``: each node's stored group as the closure read it (nothing is stored in between)."""
        loaded: dict[NodeKey, Node] = {}
        while True:
            entities, id_of, merges, nodes = self._resolve_nodes(etype, nodes_in, grp_of, loaded)
            groups = self._groups(nodes, node_keys, key_edges, entities, id_of)
            # Ids of clusters sharing a canonical key are ranked against each other: a stored group
            # outside this set with such a key is resolved again with it.
            old_groups = {grp_of[k] for k in nodes_in} - {None}
            colliding: set = set()
            for ent in entities.values():
                # (no DISTINCT: SQLite would then scan the type's entities by group instead of using the key index)
                colliding.update(g for (g,) in self.db.execute("SELECT grp FROM ents WHERE etype=? AND key=?", (etype, ent.key))
                                 if g not in old_groups)
            if not colliding:
                break
            extra, more_keys, more_edges, more_grp = self._closure(etype, self._group_nodes(etype, colliding), False, colliding)
            nodes_in |= extra
            node_keys.update(more_keys)
            key_edges.update(more_edges)
            grp_of.update(more_grp)
        self._store(etype, old_groups, entities, id_of, merges, groups)
        return len(nodes_in), len(set(groups.values()))

    def _read_nodes(self, etype: str, keys: set[NodeKey], grp_of: dict[NodeKey, int | None], loaded: dict[NodeKey, Node]) -> None:
        """Put ``keys``' nodes in ``loaded``: a stored group's with one query, a node outside every group alone."""
        wanted = keys - loaded.keys()
        groups = {grp_of[k] for k in wanted if grp_of.get(k) is not None}
        for g in sorted(groups):
            for d, n, n_mentions, attrs in self.db.execute("SELECT doc_id, name, n_mentions, attrs FROM nodes WHERE etype=? AND grp=?",
                                                           (etype, g)):
                if (d, n) in wanted:
                    loaded[(d, n)] = Node(d, n, n_mentions, _decode_attrs(attrs))
        for k in sorted(wanted - loaded.keys()):
            loaded[k] = self._node(etype, *k)

    def _resolve_nodes(self, etype: str, keys: set[NodeKey], grp_of: dict[NodeKey, int | None], loaded: dict[NodeKey, Node]):
        self._read_nodes(etype, keys, grp_of, loaded)
        nodes: dict[NodeKey, Node] = {k: loaded[k] for k in sorted(keys)}
        overrides = self.data.overrides
        if etype == "person":
            return (*resolve_people(nodes, overrides), nodes)
        sizes: dict[str, int] = {}

        def size(block: str) -> int:
            if block not in sizes:
                sizes[block] = self.block_size(etype, block)
            return sizes[block]

        if etype == "organisation":
            return (*resolve_organisations(nodes, self.data.gazetteer, overrides,
                                           oversize=lambda block, n: size(block) > block_limit(etype)), nodes)
        published = {}
        for d in sorted({k[0] for k in nodes}):
            (info,) = self.db.execute("SELECT info FROM docs WHERE doc_id=?", (d,)).fetchone()
            from pipeline.result_codec import decode_info

            published[d] = decode_info(_decode(info)).published_date
        return (*resolve_events(nodes, self.data.synonyms, overrides, published,
                                oversize=lambda word, n: size("w:" + word) > block_limit(etype)), nodes)

    @staticmethod
    def _groups(nodes: dict[NodeKey, Node], node_keys: dict[NodeKey, list[str]], key_edges: dict[str, list[str]],
                entities: dict[str, Entity], id_of: dict[NodeKey, str]) -> dict[NodeKey, tuple]:
        """node -> its group's root: components of the key graph, joined where entity keys collide
        (and, defensively, where one entity spans components)."""
        joins: list[tuple[NodeKey, NodeKey]] = []
        first_of: dict[str, NodeKey] = {}
        for k, eid in id_of.items():
            if eid in first_of:
                joins.append((first_of[eid], k))
            first_of.setdefault(eid, k)
        by_key: dict[str, NodeKey] = {}
        for eid, ent in entities.items():
            if eid in first_of:
                if ent.key in by_key:
                    joins.append((by_key[ent.key], first_of[eid]))
                by_key.setdefault(ent.key, first_of[eid])
        return _components(nodes, node_keys, key_edges, joins)

    def _drop_groups(self, etype: str, groups: set) -> None:
        for g in groups:
            self.db.execute("DELETE FROM ents WHERE etype=? AND grp=?", (etype, g))
            self.db.execute("DELETE FROM merges WHERE etype=? AND grp=?", (etype, g))

    def _store(self, etype: str, old_groups: set, entities: dict[str, Entity], id_of: dict[NodeKey, str], merges: list[dict],
               groups: dict[NodeKey, tuple]) -> None:
        self._drop_groups(etype, old_groups)
        (top,) = self.db.execute("SELECT COALESCE(MAX(grp), 0) FROM nodes WHERE etype=?", (etype,)).fetchone()
        (top_ents,) = self.db.execute("SELECT COALESCE(MAX(grp), 0) FROM ents WHERE etype=?", (etype,)).fetchone()
        number: dict[tuple, int] = {}
        for root in sorted(set(groups.values()), key=repr):
            number[root] = max(top, top_ents) + 1 + len(number)
        stored = self._changes[etype][0]
        stored -= old_groups
        stored.update(number.values())
        self.db.executemany("UPDATE nodes SET grp=?, eid=? WHERE etype=? AND doc_id=? AND name=?",
                            [(number[groups[k]], id_of[k], etype, *k) for k in sorted(groups)])
        group_of_entity: dict[str, int] = {}
        for k, eid in id_of.items():
            group_of_entity[eid] = number[groups[k]]
        self.db.executemany("INSERT INTO ents VALUES (?, ?, ?, ?, ?)",
                            [(etype, eid, group_of_entity[eid], ent.key,
                              _encode({"name": ent.name, "aliases": sorted(ent.aliases), "attrs": ent.attrs,
                                       "doc_ids": sorted(ent.doc_ids), "n_mentions": ent.n_mentions}))
                             for eid, ent in sorted(entities.items())])
        self.db.executemany("INSERT INTO merges VALUES (?, ?, ?)",
                            [(etype, group_of_entity[m["entity_id"]], _encode(m)) for m in merges])

    # ---------------------------------------------------------------- the whole resolution
    def resolution(self) -> Resolution:
        """The corpus's resolution as :func:`pipeline.resolve.resolve` would give it, read from the index."""
        by_type: dict[str, dict[str, Entity]] = {t: {} for t in ENTITY_TYPES}
        for etype, eid, key, data in self.db.execute("SELECT etype, eid, key, data FROM ents ORDER BY etype, eid"):
            row = _decode(data)
            by_type[etype][eid] = Entity(etype, eid, row["name"], set(row["aliases"]), row["attrs"], set(row["doc_ids"]),
                                         row["n_mentions"], key=key)
        ids = {(d, etype, n): eid for etype, d, n, eid in self.db.execute("SELECT etype, doc_id, name, eid FROM nodes")}
        merges = [_decode(data) for (data,) in self.db.execute("SELECT data FROM merges ORDER BY etype, grp, rowid")]
        return Resolution(by_type["person"], by_type["organisation"], by_type["event"], ids, merges)

    def changed_resolution(self, published: dict[tuple[str, str, str], str] | None = None
                           ) -> tuple[Resolution, dict[str, set[NodeKey]]]:
        """After an update that did not rebuild (:attr:`changes`): the resolution of the groups it stored only
        (their entities, names' ids and merge rows, as :meth:`resolution` reads them), and per entity type
        every name those groups hold or the update withdrew. Every other group is as the previous run left it.
        ``published``: filled with each of those names' published id ((entity_type, doc_id, name) -> pid; a new
        name has none)."""
        by_type: dict[str, dict[str, Entity]] = {t: {} for t in ENTITY_TYPES}
        ids: dict[tuple[str, str, str], str] = {}
        merges: list[dict] = []
        names: dict[str, set[NodeKey]] = {}
        pids: dict[tuple[str, str, str], str] = {} if published is None else published
        for etype in ENTITY_TYPES:
            stored, withdrawn = self.changes[etype]
            names[etype] = set(withdrawn)
            pids.update(((etype, d, n), pid) for (d, n), pid in withdrawn.items() if pid is not None)
            for g in sorted(stored):
                for eid, key, data in self.db.execute("SELECT eid, key, data FROM ents WHERE etype=? AND grp=?", (etype, g)):
                    row = _decode(data)
                    by_type[etype][eid] = Entity(etype, eid, row["name"], set(row["aliases"]), row["attrs"], set(row["doc_ids"]),
                                                 row["n_mentions"], key=key)
                for d, n, eid, pid in self.db.execute("SELECT doc_id, name, eid, pid FROM nodes WHERE etype=? AND grp=?", (etype, g)):
                    ids[(d, etype, n)] = eid
                    names[etype].add((d, n))
                    if pid is not None and (d, n) not in withdrawn:  # a name withdrawn and added again: its published id
                        pids[(etype, d, n)] = pid
                merges += [_decode(data) for (data,) in self.db.execute("SELECT data FROM merges WHERE etype=? AND grp=? ORDER BY rowid",
                                                                        (etype, g))]
        return Resolution(by_type["person"], by_type["organisation"], by_type["event"], ids, merges), names

    # ---------------------------------------------------------------- published ids
    def is_published(self, etype: str, pid: str) -> bool:
        """Some name of the index holds the published id ``pid`` (before :meth:`set_published`: in the published set)."""
        return self.db.execute("SELECT 1 FROM nodes WHERE etype=? AND pid=? LIMIT 1", (etype, pid)).fetchone() is not None

    @_write_errors
    def set_published(self, ids: dict[tuple[str, str, str], str | None]) -> None:
        """Store names' published ids ((entity_type, doc_id, name) -> id; None: the name is gone), committed with the index."""
        self.db.executemany("UPDATE nodes SET pid=? WHERE etype=? AND doc_id=? AND name=?",
                            [(pid, *k) for k, pid in sorted(ids.items()) if pid is not None])

    def published_rows(self, lo: str, hi: str | None) -> list[tuple[str, str, str, str]]:
        """(entity_type, doc_id, name, published id) of the names of documents with lo <= doc_id < hi (None: no bound),
        sorted: one bucket of the id history."""
        rows = []
        for etype in sorted(ENTITY_TYPES):
            if hi is None:
                cur = self.db.execute("SELECT etype, doc_id, name, pid FROM nodes WHERE etype=? AND doc_id>=?", (etype, lo))
            else:
                cur = self.db.execute("SELECT etype, doc_id, name, pid FROM nodes WHERE etype=? AND doc_id>=? AND doc_id<?", (etype, lo, hi))
            rows += cur.fetchall()
        rows.sort()
        return rows

    def document_published_ids(self, doc_id: str) -> dict[tuple[str, str, str], str]:
        """(doc_id, entity_type, name) -> published id of one document's names."""
        return {(doc_id, t, n): pid for t, n, pid in self.db.execute("SELECT etype, name, pid FROM nodes WHERE doc_id=? AND etype IN "
                                                                      "('person', 'organisation', 'event')", (doc_id,))}


def _components(nodes, node_keys: dict[NodeKey, list[str]], key_edges: dict[str, list[str]],
                joins: Iterable[tuple[NodeKey, NodeKey]] = ()) -> dict[NodeKey, tuple]:
    """node -> root of its connected component through shared keys, edges and ``joins``: the element
    (``("n", doc_id, name)`` or ``("k", key)``) of the component with the smallest ``repr``. Linked
    without comparing reprs (one per element at the end): the same roots, at a fraction of the cost."""
    parent: dict = {}

    def find(x):
        root = parent.setdefault(x, x)
        while root != parent[root]:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb

    for k in nodes:
        node = ("n",) + k
        find(node)
        for key in node_keys.get(k, ()):
            union(node, ("k", key))
            for other in key_edges.get(key, ()):
                union(("k", key), ("k", other))
    for a, b in joins:
        union(("n",) + a, ("n",) + b)
    smallest: dict = {}
    for x in parent:
        r = find(x)
        text = repr(x)
        if r not in smallest or text < smallest[r][0]:
            smallest[r] = (text, x)
    return {k: smallest[find(("n",) + k)][1] for k in nodes}


def open_index(output_dir: Path, data_dir: Path | None) -> EntityIndex:
    """The index of ``output_dir`` (its database is opened on first use)."""
    from pipeline.state import state_dir

    return EntityIndex(state_dir(output_dir) / INDEX_FILE, ResolveData.load(data_dir))
