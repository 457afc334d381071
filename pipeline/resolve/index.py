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

The storage (schema, row encoding) is :mod:`.index_store`, the graph walk :mod:`.index_graph`, the sized
blocks and their edges :mod:`.index_blocks`, and the short paths that place new names without re-running their
group: dated event names in their year's editions and undated ones in their base name's recurring event
:mod:`.index_events`, full person names in their stored person :mod:`.index_people`, plain organisation names in
their stored organisation :mod:`.index_orgs`, gazetteer names and acronym uses in theirs :mod:`.index_acronyms`.
What a short path changed is read back entity by entity, not by group (:meth:`EntityIndex.changed_resolution`).
"""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from pipeline.records import DocumentInfo, DocumentResult
from pipeline.resolve import document_nodes
from pipeline.resolve.blocking import ENTITY_TYPES, KEYS, ResolveData, block_limit
from pipeline.resolve.events import resolve_events
from pipeline.resolve.index_blocks import block_size, doc_members, read_node, resized
from pipeline.resolve.index_graph import NodeKey, closure, components, group_nodes, join_groups
from pipeline.resolve.editions import edition_signature
from pipeline.resolve.index_events import attach_dated_events, published_dates
from pipeline.resolve.index_acronyms import attach_org_names, definition_rows
from pipeline.resolve.index_orgs import org_counts
from pipeline.resolve.index_read import read_changed, read_resolution
from pipeline.resolve.index_people import attach_full_names, person_counts
from pipeline.resolve.index_store import SCHEMA_VERSION, decode, decode_attrs, encode, entity_row, info_row, open_db, write_errors
from pipeline.resolve.model import Entity, Node, Resolution
from pipeline.resolve.organisations import org_key, resolve_organisations
from pipeline.resolve.people import resolve_people

INDEX_FILE = "entity_index.sqlite"
_BATCH_NODES = 20_000  # a rebuild resolves whole components in batches of about this many names
# new names placed without their group's re-run
SHORT_PATHS = {"event": attach_dated_events, "person": attach_full_names, "organisation": attach_org_names}
COUNTS = {"person": person_counts, "organisation": org_counts}  # the aggregates those paths read, kept per entity


@dataclass
class IndexReport:
    """What an update did: how much was resolved again, against how much the index holds."""

    rebuilt: bool = False  # the index was (re)built from every document
    n_added_docs: int = 0
    n_removed_docs: int = 0
    nodes_resolved: dict[str, int] = field(default_factory=dict)  # entity type -> nodes re-resolved
    groups_resolved: dict[str, int] = field(default_factory=dict)  # entity type -> groups written
    nodes_total: dict[str, int] = field(default_factory=dict)
    attached: dict[str, int] = field(default_factory=dict)  # entity type -> new names placed without re-running their group


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


class EntityIndex:
    """One output folder's entity index (see the module docstring). Changes are kept in one
    transaction until :meth:`commit`."""

    def __init__(self, path: Path, data: ResolveData) -> None:
        self.path = path
        self.data = data
        self._db: sqlite3.Connection | None = None
        # After an update that re-resolved only what it touched: per entity type, the groups it stored, the
        # names it withdrew with their published ids, and the (group, entity id) of the entities a short path grew
        # or founded without re-running their group (see :meth:`changed_resolution`); None after a rebuild or
        # before any update.
        self.changes: dict[str, tuple[set[int], dict[NodeKey, str | None], set[tuple[int, str]]]] | None = None

    @property
    def db(self) -> sqlite3.Connection:
        # Opened on first use, so a runner can create the index before it forks worker processes.
        if self._db is None:
            self._db = open_db(self.path)
        return self._db

    # ---------------------------------------------------------------- validity
    def meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT v FROM meta WHERE k=?", (name,)).fetchone()
        return row[0] if row else None

    @write_errors
    def matches(self, table_fp: str, run_id: str) -> bool:
        """True when the index was written for the published set ``run_id`` with these rules and code."""
        return bool(run_id) and (self.meta("schema"), self.meta("fingerprint"), self.meta("run_id")) == (SCHEMA_VERSION, table_fp, run_id)

    @write_errors
    def reset(self) -> None:
        for table in ("meta", "docs", "nodes", "keys", "sized", "edges", "ents", "merges", "acrdefs"):
            self.db.execute(f"DELETE FROM {table}")

    @write_errors
    def commit(self, table_fp: str, run_id: str) -> None:
        """Make this run's changes durable, marked as belonging to the set about to be published as ``run_id``."""
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                            [("schema", SCHEMA_VERSION), ("fingerprint", table_fp), ("run_id", run_id)])
        self.db.commit()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()  # uncommitted changes are discarded
            self._db = None

    # ---------------------------------------------------------------- documents
    @write_errors
    def documents(self) -> dict[str, tuple[dt.datetime, DocumentInfo]]:
        """doc_id -> (processed_at, info) of every document in the index (no cache file is read)."""
        from pipeline.result_codec import decode_info

        return {d: (dt.datetime.fromisoformat(stamp), decode_info(decode(info)))
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
            # groups stored, names withdrawn -> published id, (group, id) of entities grown by a short path
            self._changes = {t: (set(), {}, set()) for t in ENTITY_TYPES}
            self._counts = [0, 0]  # documents added, withdrawn
        return self._touched

    @write_errors
    def withdraw(self, doc_ids: Iterable[str]) -> None:
        """Take documents' names out of the index (resolved again by :meth:`resolve_pending`)."""
        touched = self._pending()
        for d in sorted(set(doc_ids)):
            self._counts[1] += 1
            for etype in ENTITY_TYPES:
                nodes, groups, members = touched[etype]
                groups.update(g for (g,) in self.db.execute("SELECT grp FROM nodes WHERE etype=? AND doc_id=?", (etype, d)))
                members.update(doc_members(self.db, etype, d))
                self._changes[etype][1].update(((dd, n), pid) for dd, n, pid in self.db.execute(
                    "SELECT doc_id, name, pid FROM nodes WHERE etype=? AND doc_id=?", (etype, d)))
                self.db.execute("DELETE FROM keys WHERE etype=? AND doc_id=?", (etype, d))
                self.db.execute("DELETE FROM nodes WHERE etype=? AND doc_id=?", (etype, d))
            self.db.execute("DELETE FROM docs WHERE doc_id=?", (d,))
            self.db.execute("DELETE FROM acrdefs WHERE doc_id=?", (d,))

    @write_errors
    def add(self, stamp: dt.datetime, result: DocumentResult) -> None:
        """Put one document's names (a light view suffices) and info in the index; resolved by :meth:`resolve_pending`."""
        touched = self._pending()
        d = result.info.doc_id
        self._counts[0] += 1
        self.db.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?)", (d, stamp.isoformat(), info_row(result.info)))
        for etype, nodes in document_nodes(result).items():
            keys = KEYS[etype](nodes, self.data)
            self.db.executemany("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, NULL)",
                                [(etype, k[0], k[1], n.n_mentions, encode(n.attrs), org_key(k[1]) if etype == "organisation" else None,
                                  edition_signature(n, self.data.synonyms) if etype == "event" else None)
                                 for k, n in nodes.items()])
            self.db.executemany("INSERT INTO keys VALUES (?, ?, ?, ?)", [(etype, key, k[0], k[1]) for k in nodes for key in keys[k]])
            if etype == "organisation":
                self.db.executemany("INSERT OR REPLACE INTO acrdefs VALUES (?, ?, ?, ?)", definition_rows(nodes))
            touched[etype][0].update(nodes)
            touched[etype][2].update(doc_members(self.db, etype, d))

    @write_errors
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
            placed: set[NodeKey] = set()
            if etype in SHORT_PATHS and not rebuild and not groups - {None} and nodes:
                # new names placed in their stored entity (events: their year's editions), their groups not re-run
                # (unless the rest reach them)
                n_placed, placed = SHORT_PATHS[etype](self.db, self.data, nodes, self._changes[etype][2])
                report.attached[etype] = len(placed)
            seeds = set(nodes) - placed
            seeds |= group_nodes(self.db, etype, groups - {None})
            seeds |= resized(self.db, etype, members)
            self._drop_groups(etype, groups - {None})  # their nodes are all among the seeds again (or withdrawn)
            report.nodes_resolved[etype], report.groups_resolved[etype] = self._resolve_from(etype, seeds, rebuild, groups - {None})
            if placed:
                report.nodes_resolved[etype] += n_placed
            report.nodes_total[etype] = self.db.execute("SELECT COUNT(*) FROM nodes WHERE etype=?", (etype,)).fetchone()[0]

    def _resolve_from(self, etype: str, seeds: set[NodeKey], everything: bool, seed_groups: Iterable[int] = ()) -> tuple[int, int]:
        """Re-resolve every group ``seeds`` reach (and those whose ids collide with them); (nodes, groups) written.
        ``everything``: every node, in batches of whole components (memory holds one batch's resolution)."""
        if not seeds and not everything:
            return 0, 0
        nodes_in, node_keys, key_edges, grp_of = closure(self.db, etype, seeds, everything, seed_groups)
        if not everything:
            return self._resolve_set(etype, nodes_in, node_keys, key_edges, grp_of)
        parts: dict[tuple, list[NodeKey]] = defaultdict(list)
        for k, root in components(nodes_in, node_keys, key_edges).items():
            parts[root].append(k)
        del nodes_in
        done = [0, 0]
        batch: set[NodeKey] = set()
        for part in sorted(parts.values(), key=min):
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
            groups = join_groups(nodes, node_keys, key_edges, entities, id_of)
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
            extra, more_keys, more_edges, more_grp = closure(self.db, etype, group_nodes(self.db, etype, colliding), False, colliding)
            nodes_in |= extra
            node_keys.update(more_keys)
            key_edges.update(more_edges)
            grp_of.update(more_grp)
        self._store(etype, old_groups, entities, id_of, merges, groups, nodes)
        return len(nodes_in), len(set(groups.values()))

    def _read_nodes(self, etype: str, keys: set[NodeKey], grp_of: dict[NodeKey, int | None], loaded: dict[NodeKey, Node]) -> None:
        """Put ``keys``' nodes in ``loaded``: a stored group's with one query, a node outside every group alone."""
        wanted = keys - loaded.keys()
        groups = {grp_of[k] for k in wanted if grp_of.get(k) is not None}
        for g in sorted(groups):
            for d, n, n_mentions, attrs in self.db.execute("SELECT doc_id, name, n_mentions, attrs FROM nodes WHERE etype=? AND grp=?",
                                                           (etype, g)):
                if (d, n) in wanted:
                    loaded[(d, n)] = Node(d, n, n_mentions, decode_attrs(attrs))
        for k in sorted(wanted - loaded.keys()):
            loaded[k] = read_node(self.db, etype, *k)

    def _resolve_nodes(self, etype: str, keys: set[NodeKey], grp_of: dict[NodeKey, int | None], loaded: dict[NodeKey, Node]):
        self._read_nodes(etype, keys, grp_of, loaded)
        nodes: dict[NodeKey, Node] = {k: loaded[k] for k in sorted(keys)}
        overrides = self.data.overrides
        if etype == "person":
            return (*resolve_people(nodes, overrides), nodes)
        sizes: dict[str, int] = {}

        def size(block: str) -> int:
            if block not in sizes:
                sizes[block] = block_size(self.db, etype, block)
            return sizes[block]

        if etype == "organisation":
            return (*resolve_organisations(nodes, self.data.gazetteer, overrides,
                                           oversize=lambda block, n: size(block) > block_limit(etype)), nodes)
        published = published_dates(self.db, {k[0] for k in nodes})
        return (*resolve_events(nodes, self.data.synonyms, overrides, published,
                                oversize=lambda word, n: size("w:" + word) > block_limit(etype)), nodes)

    def _drop_groups(self, etype: str, groups: set) -> None:
        for g in groups:
            self.db.execute("DELETE FROM ents WHERE etype=? AND grp=?", (etype, g))
            self.db.execute("DELETE FROM merges WHERE etype=? AND grp=?", (etype, g))

    def _store(self, etype: str, old_groups: set, entities: dict[str, Entity], id_of: dict[NodeKey, str], merges: list[dict],
               groups: dict[NodeKey, tuple], nodes: dict[NodeKey, Node]) -> None:
        self._drop_groups(etype, old_groups)
        (top,) = self.db.execute("SELECT COALESCE(MAX(grp), 0) FROM nodes WHERE etype=?", (etype,)).fetchone()
        (top_ents,) = self.db.execute("SELECT COALESCE(MAX(grp), 0) FROM ents WHERE etype=?", (etype,)).fetchone()
        number: dict[tuple, int] = {}
        for root in sorted(set(groups.values()), key=repr):
            number[root] = max(top, top_ents) + 1 + len(number)
        stored, _, grown = self._changes[etype]
        stored -= old_groups
        stored.update(number.values())
        grown -= {x for x in grown if x[0] in old_groups}  # re-run whole: read back as a stored group
        # slice: a dated event name's (base name, year), i.e. its entity's key (:mod:`.index_events`)
        self.db.executemany("UPDATE nodes SET grp=?, eid=?, slice=CASE WHEN sig IS NULL THEN NULL ELSE ? END "
                            "WHERE etype=? AND doc_id=? AND name=?",
                            [(number[groups[k]], id_of[k], entities[id_of[k]].key, etype, *k) for k in sorted(groups)])
        group_of_entity: dict[str, int] = {}
        first: dict[str, tuple[str, str]] = {}
        members: dict[str, list[NodeKey]] = defaultdict(list)
        for k, eid in id_of.items():
            group_of_entity[eid] = number[groups[k]]
            members[eid].append(k)
            if eid not in first or repr(k) < repr(first[eid]):
                first[eid] = k
        self.db.executemany("INSERT INTO ents VALUES (?, ?, ?, ?, ?)",
                            [(etype, eid, group_of_entity[eid], ent.key,
                              entity_row(ent, first[eid], self._counts_of(etype, ent, members[eid], nodes)))
                             for eid, ent in sorted(entities.items())])
        self.db.executemany("INSERT INTO merges VALUES (?, ?, ?, ?)",
                            [(etype, group_of_entity[m["entity_id"]], encode(m), m["entity_id"]) for m in merges])

    def _counts_of(self, etype: str, ent: Entity, members: list[NodeKey], nodes: dict[NodeKey, Node]) -> dict | None:
        """The aggregates a short path reads of an entity named by its names, or (organisations without analyst
        aliases) by a gazetteer entry; None for any other."""
        if etype not in COUNTS or (ent.anchored and (etype != "organisation" or self.data.org_aliases)):
            return None
        return {**COUNTS[etype](members, nodes), **({"gazetteer": True} if ent.anchored else {})}

    # ---------------------------------------------------------------- the whole resolution
    def resolution(self) -> Resolution:
        """The corpus's resolution as :func:`pipeline.resolve.resolve` would give it, read from the index."""
        return read_resolution(self.db)

    def changed_resolution(self, published: dict[tuple[str, str, str], str] | None = None
                           ) -> tuple[Resolution, dict[str, set[NodeKey]]]:
        """After an update that did not rebuild (:attr:`changes`): what it changed, read back
        (:func:`.index_read.read_changed`)."""
        return read_changed(self.db, self.changes, published)

    # ---------------------------------------------------------------- published ids
    def is_published(self, etype: str, pid: str) -> bool:
        """Some name of the index holds the published id ``pid`` (before :meth:`set_published`: in the published set)."""
        return self.db.execute("SELECT 1 FROM nodes WHERE etype=? AND pid=? LIMIT 1", (etype, pid)).fetchone() is not None

    @write_errors
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


def open_index(output_dir: Path, data_dir: Path | None) -> EntityIndex:
    """The index of ``output_dir`` (its database is opened on first use)."""
    from pipeline.state import state_dir

    return EntityIndex(state_dir(output_dir) / INDEX_FILE, ResolveData.load(data_dir))
