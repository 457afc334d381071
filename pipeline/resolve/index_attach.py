"""What the entity index's short paths for people and organisations (:mod:`.index_people`, :mod:`.index_orgs`)
share: the stored entity a new name joins, its row grown by the new names, and its merge rows given new links."""
from __future__ import annotations

import sqlite3
from collections import defaultdict

from pipeline.resolve.index_store import decode, encode
from pipeline.resolve.model import Node

NodeKey = tuple[str, str]
SAME_KEY = "same name up to case, diacritics, hyphens or spacing"  # a same_key link's evidence between two spellings


def same_key_link(m0: NodeKey, c: NodeKey) -> tuple:
    """The ``same_key`` link from a key's first name ``m0`` to ``c``, as the resolvers make it."""
    return (m0, c, "same_key", "identical name" if c[1] == m0[1] else SAME_KEY)


def stored_entity(db: sqlite3.Connection, etype: str, m0: NodeKey, placed: list[NodeKey]) -> tuple[int, str, str, dict] | None:
    """(group, id, key, decoded row) of the stored entity of ``m0``, when it keeps aggregates and holds none of the
    documents of the names ``placed`` (documents come and go whole); else None."""
    grp, eid = db.execute("SELECT grp, eid FROM nodes WHERE etype=? AND doc_id=? AND name=?", (etype, *m0)).fetchone()
    got = db.execute("SELECT key, data FROM ents WHERE etype=? AND eid=?", (etype, eid)).fetchone()
    if got is None:
        return None
    row = decode(got[1])
    if not row.get("counts") or set(row["doc_ids"]) & {k[0] for k in placed}:
        return None
    return grp, eid, got[0], row


def sole_holder(db: sqlite3.Connection, etype: str, key: str) -> bool:
    """No other entity has the canonical key ``key`` (else their ids are ranked against each other)."""
    return db.execute("SELECT COUNT(*) FROM ents WHERE etype=? AND key=?", (etype, key)).fetchone()[0] == 1


def grow(db: sqlite3.Connection, etype: str, grp: int, eid: str, row: dict, nodes: dict[NodeKey, Node], links: list[tuple]) -> None:
    """Store the entity ``eid``'s row with the new names ``nodes`` (its name, attributes and counts already set)
    and its merge rows with the new ``links``."""
    row["aliases"] = sorted(set(row["aliases"]) | {k[1] for k in nodes} - {row["name"]})
    row["doc_ids"] = sorted(set(row["doc_ids"]) | {k[0] for k in nodes})
    row["n_mentions"] += sum(n.n_mentions for n in nodes.values())
    row["first"] = list(min([tuple(row["first"]), *nodes], key=repr))
    db.execute("UPDATE ents SET data=? WHERE etype=? AND eid=?", (encode(row), etype, eid))
    merge_links(db, etype, grp, eid, row["name"], links)


def merge_links(db: sqlite3.Connection, etype: str, grp: int, eid: str, name: str, links: list[tuple]) -> None:
    """New ``links`` (a, b, rule, detail) in the stored entity ``eid`` of group ``grp``, displayed as ``name``: each
    name they touch (other than ``name``) gets the most telling of its stored merge row and those links, as
    :meth:`.model.Clusters.merge_rows` orders them."""
    stored = {}
    for rowid, data in db.execute("SELECT rowid, data FROM merges WHERE etype=? AND eid=?", (etype, eid)):
        m = decode(data)
        stored[m["merged_name"]] = (rowid, m)
    touching: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a, b, rule, detail in links:
        for alias in {a[1], b[1]} - {name}:
            touching[alias].append((rule, detail))
    for alias, found in sorted(touching.items()):
        if alias in stored:
            found.append((stored[alias][1]["rule"], stored[alias][1]["detail"]))
        rule, detail = min(found, key=lambda l: (l[1] == "identical name", l[0], l[1]))
        m = {"entity_type": etype, "entity_id": eid, "canonical_name": name, "merged_name": alias, "rule": rule, "detail": detail}
        if alias in stored:
            db.execute("UPDATE merges SET data=? WHERE rowid=?", (encode(m), stored[alias][0]))
        else:
            db.execute("INSERT INTO merges VALUES (?, ?, ?, ?)", (etype, grp, encode(m), eid))
