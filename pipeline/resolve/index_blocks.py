"""The entity index's sized blocks and their edges (see :mod:`pipeline.resolve.index`): which sized block (fuzzy
block) each organisation name key / event base name is in, and the pairs of members of a usable block that pass
the resolver's pair test, kept up to date as documents add or withdraw names."""

from __future__ import annotations

import sqlite3

from pipeline.resolve.blocking import block_limit, key_of_member, member_of_key, pair_passes, sized_blocks
from pipeline.resolve.index_graph import NodeKey, key_nodes
from pipeline.resolve.index_store import decode_attrs
from pipeline.resolve.model import Node


def doc_members(db: sqlite3.Connection, etype: str, doc_id: str) -> set[str]:
    rows = db.execute("SELECT key FROM keys WHERE etype=? AND doc_id=?", (etype, doc_id))
    return {m for (key,) in rows if (m := member_of_key(etype, key)) is not None}


def read_node(db: sqlite3.Connection, etype: str, doc_id: str, name: str) -> Node:
    n_mentions, attrs = db.execute("SELECT n_mentions, attrs FROM nodes WHERE etype=? AND doc_id=? AND name=?",
                                        (etype, doc_id, name)).fetchone()
    return Node(doc_id, name, n_mentions, decode_attrs(attrs))


def first_node(db: sqlite3.Connection, etype: str, member: str) -> tuple[str, str] | None:
    """An organisation name key's first (sorted) node: its spelling is what the fuzzy rule compares."""
    return db.execute("SELECT doc_id, name FROM nodes WHERE etype=? AND okey=? ORDER BY doc_id, name LIMIT 1",
                           (etype, member)).fetchone()


def member_blocks(db: sqlite3.Connection, etype: str, member: str) -> list[str]:
    if etype == "organisation":
        rep = first_node(db, etype, member)
        return sized_blocks(etype, member, read_node(db, etype, *rep) if rep else None)
    present = db.execute("SELECT 1 FROM keys WHERE etype=? AND key=? LIMIT 1", (etype, key_of_member(etype, member))).fetchone()
    return sized_blocks(etype, member, None) if present else []


def block_size(db: sqlite3.Connection, etype: str, block: str) -> int:
    return db.execute("SELECT COUNT(*) FROM sized WHERE etype=? AND block=?", (etype, block)).fetchone()[0]


def resized(db: sqlite3.Connection, etype: str, members: set[str]) -> set[NodeKey]:
    """Bring ``members``' sized-block rows and edges up to date; the nodes at the ends of every edge
    that came or went (the groups that may join or split)."""
    limit = block_limit(etype)
    before: dict[str, int] = {}
    for m in sorted(members):
        old = {b for (b,) in db.execute("SELECT block FROM sized WHERE etype=? AND member=?", (etype, m))}
        new = set(member_blocks(db, etype, m))
        if old == new:
            continue
        for b in old | new:
            before.setdefault(b, block_size(db, etype, b))
        db.execute("DELETE FROM sized WHERE etype=? AND member=?", (etype, m))
        db.executemany("INSERT INTO sized VALUES (?, ?, ?)", [(etype, m, b) for b in sorted(new)])
    old_edges: set[tuple[str, str, str]] = set()
    pairs: set[tuple[str, str, str]] = set()  # (a, b, block) to test, a < b
    # A touched member's first name (hence its test) may have changed: test its pairs again.
    for m in sorted(members):
        old_edges.update(db.execute("SELECT a, b, block FROM edges WHERE etype=? AND a=?", (etype, m)))
        old_edges.update(db.execute("SELECT a, b, block FROM edges WHERE etype=? AND b=?", (etype, m)))
        db.execute("DELETE FROM edges WHERE etype=? AND (a=? OR b=?)", (etype, m, m))
        for (b,) in db.execute("SELECT block FROM sized WHERE etype=? AND member=?", (etype, m)).fetchall():
            if block_size(db, etype, b) <= limit:
                pairs.update((min(m, x), max(m, x), b) for x in block_members(db, etype, b) if x != m)
    for b, size in before.items():
        now = block_size(db, etype, b)
        if size <= limit < now:  # no longer usable: its edges go
            old_edges.update(db.execute("SELECT a, b, block FROM edges WHERE etype=? AND block=?", (etype, b)))
            db.execute("DELETE FROM edges WHERE etype=? AND block=?", (etype, b))
        elif now <= limit < size:  # usable again: every pair of it
            ms = sorted(block_members(db, etype, b))
            pairs.update((x, y, b) for i, x in enumerate(ms) for y in ms[i + 1:])
    new_edges = passing(db, etype, pairs)
    db.executemany("INSERT OR IGNORE INTO edges VALUES (?, ?, ?, ?)", [(etype, *e) for e in sorted(new_edges)])
    seeds: set[NodeKey] = set()
    for a, b, _ in old_edges ^ new_edges:
        seeds |= key_nodes(db, etype, key_of_member(etype, a)) | key_nodes(db, etype, key_of_member(etype, b))
    return seeds


def block_members(db: sqlite3.Connection, etype: str, block: str) -> list[str]:
    return [m for (m,) in db.execute("SELECT member FROM sized WHERE etype=? AND block=?", (etype, block))]


def passing(db: sqlite3.Connection, etype: str, pairs: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    """The (a, b, block) of ``pairs`` whose members pass the resolver's pair test (each pair tested once)."""
    names: dict[str, str] = {}

    def name(member: str) -> str:
        if member not in names:
            rep = first_node(db, etype, member) if etype == "organisation" else None
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
