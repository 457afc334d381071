"""The entity index's graph (see :mod:`pipeline.resolve.index`): nodes (a document's name) joined by shared
blocking keys and by the edges of sized blocks; the closure of a set of nodes read from the database, and
connected components (a group is one component, or several whose entities' canonical keys collide)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Iterable

from pipeline.resolve.blocking import key_of_member, member_of_key
from pipeline.resolve.model import Entity, Node

NodeKey = tuple[str, str]


def key_nodes(db: sqlite3.Connection, etype: str, key: str) -> set[NodeKey]:
    return set(db.execute("SELECT doc_id, name FROM keys WHERE etype=? AND key=?", (etype, key)))


def group_nodes(db: sqlite3.Connection, etype: str, groups: set) -> set[NodeKey]:
    out: set[NodeKey] = set()
    for g in groups:
        out.update(db.execute("SELECT doc_id, name FROM nodes WHERE etype=? AND grp=?", (etype, g)))
    return out


def edge_neighbours(db: sqlite3.Connection, etype: str, key: str) -> list[str]:
    """The keys an edge joins ``key`` to (every stored edge is of a usable block)."""
    member = member_of_key(etype, key)
    if member is None:
        return []
    rows = db.execute("SELECT b FROM edges WHERE etype=? AND a=? UNION SELECT a FROM edges WHERE etype=? AND b=?",
                           (etype, member, etype, member))
    return sorted(key_of_member(etype, m) for (m,) in rows)


def closure(db: sqlite3.Connection, etype: str, seeds: set[NodeKey], everything: bool, seed_groups: Iterable[int] = ()
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
        for d, n, g in db.execute("SELECT doc_id, name, grp FROM nodes WHERE etype=?", (etype,)):
            nodes.add((d, n))
            grp_of[(d, n)] = g
        for key, d, n in db.execute("SELECT key, doc_id, name FROM keys WHERE etype=?", (etype,)):
            node_keys[(d, n)].append(key)
        by_member: dict[str, list[str]] = defaultdict(list)
        for a, b in db.execute("SELECT DISTINCT a, b FROM edges WHERE etype=?", (etype,)):
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
        members = set(db.execute("SELECT doc_id, name FROM nodes WHERE etype=? AND grp=?", (etype, g)))
        fresh = {k for k in members if k not in grp_of}
        for k in fresh:
            grp_of[k] = g
            node_keys[k] = []
        for d, n, key in db.execute(
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
            row = db.execute("SELECT grp FROM nodes WHERE etype=? AND doc_id=? AND name=?", (etype, *k)).fetchone()
            grp_of[k] = row[0] if row else None
            node_keys[k] = [key for (key,) in db.execute("SELECT key FROM keys WHERE etype=? AND doc_id=? AND name=?", (etype, *k))]
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
            key_edges[key] = edge_neighbours(db, etype, key)
            keys.update(key_edges[key])  # an edge's other end: looked up
        pending = sorted(keys - seen_keys)
        while pending:
            key = pending.pop()
            if key in seen_keys:
                continue
            seen_keys.add(key)
            new_nodes |= key_nodes(db, etype, key)
            key_edges[key] = edge_neighbours(db, etype, key)
            pending.extend(k2 for k2 in key_edges[key] if k2 not in seen_keys)
        frontier = new_nodes - nodes
    return nodes, node_keys, key_edges, grp_of


def join_groups(nodes: dict[NodeKey, Node], node_keys: dict[NodeKey, list[str]], key_edges: dict[str, list[str]],
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
    return components(nodes, node_keys, key_edges, joins)


def components(nodes, node_keys: dict[NodeKey, list[str]], key_edges: dict[str, list[str]],
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
