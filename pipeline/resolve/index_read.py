"""Reading a resolution back from the entity index (:mod:`pipeline.resolve.index`): the whole corpus's, or only what
one update changed (the groups it re-resolved and the entities a short path grew)."""
from __future__ import annotations

import sqlite3

from pipeline.resolve.blocking import ENTITY_TYPES
from pipeline.resolve.index_store import decode
from pipeline.resolve.model import Entity, Resolution

NodeKey = tuple[str, str]


def _entity(etype: str, eid: str, key: str, data: str) -> Entity:
    row = decode(data)
    return Entity(etype, eid, row["name"], set(row["aliases"]), row["attrs"], set(row["doc_ids"]), row["n_mentions"], key=key)


def read_resolution(db: sqlite3.Connection) -> Resolution:
    """The corpus's resolution as :func:`pipeline.resolve.resolve` would give it, read from the index."""
    by_type: dict[str, dict[str, Entity]] = {t: {} for t in ENTITY_TYPES}
    for etype, eid, key, data in db.execute("SELECT etype, eid, key, data FROM ents ORDER BY etype, eid"):
        by_type[etype][eid] = _entity(etype, eid, key, data)
    ids = {(d, etype, n): eid for etype, d, n, eid in db.execute("SELECT etype, doc_id, name, eid FROM nodes")}
    merges = [decode(data) for (data,) in db.execute("SELECT data FROM merges ORDER BY etype, grp, rowid")]
    return Resolution(by_type["person"], by_type["organisation"], by_type["event"], ids, merges)


def read_changed(db: sqlite3.Connection, changes: dict, published: dict[tuple[str, str, str], str] | None = None
                 ) -> tuple[Resolution, dict[str, set[NodeKey]]]:
    """After an update that did not rebuild (``changes``: per entity type the groups it stored, the names it withdrew
    with their published ids, the (group, id) of the entities a short path grew): the resolution of the groups it
    stored only (their entities, names' ids and merge rows, as :func:`read_resolution` reads them) and of the entities
    a short path grew or founded in a group it did not re-run (each alone: every other entity of its group is as the
    previous run left it, names and published id), and per entity type every name those groups and entities hold or
    the update withdrew. Every other group is as the previous run left it. ``published``: filled with each of those
    names' published id ((entity_type, doc_id, name) -> pid; a new name has none)."""
    by_type: dict[str, dict[str, Entity]] = {t: {} for t in ENTITY_TYPES}
    ids: dict[tuple[str, str, str], str] = {}
    merges: list[dict] = []
    names: dict[str, set[NodeKey]] = {}
    pids: dict[tuple[str, str, str], str] = {} if published is None else published
    for etype in ENTITY_TYPES:
        stored, withdrawn, grown = changes[etype]
        names[etype] = set(withdrawn)
        pids.update(((etype, d, n), pid) for (d, n), pid in withdrawn.items() if pid is not None)
        parts = [("grp", g) for g in sorted(stored)] + [("eid", eid) for g, eid in sorted(grown) if g not in stored]
        for column, value in parts:
            for eid, key, data in db.execute(f"SELECT eid, key, data FROM ents WHERE etype=? AND {column}=?", (etype, value)):
                by_type[etype][eid] = _entity(etype, eid, key, data)
            for d, n, eid, pid in db.execute(f"SELECT doc_id, name, eid, pid FROM nodes WHERE etype=? AND {column}=?", (etype, value)):
                ids[(d, etype, n)] = eid
                names[etype].add((d, n))
                if pid is not None and (d, n) not in withdrawn:  # a name withdrawn and added again: its published id
                    pids[(etype, d, n)] = pid
            merges += [decode(data) for (data,) in db.execute(f"SELECT data FROM merges WHERE etype=? AND {column}=? ORDER BY rowid",
                                                                (etype, value))]
    return Resolution(by_type["person"], by_type["organisation"], by_type["event"], ids, merges), names
