"""The entity index's short path for new plain organisation names: attach them to the one stored organisation
whose name key they share, without re-resolving its group (:mod:`pipeline.resolve.index`).

As for people (:mod:`.index_people`), the organisation rules (:func:`.organisations.resolve_organisations`) decide
an entity's fields from aggregates kept in its stored row (:func:`org_counts`: documents per spelling, which
spellings are acronyms, documents per name key of its full names, counts of each organisation type and country).
A new name ``c`` (all new names of one name key ``key`` together) is attached when:

* no analyst alias or do-not-merge row for organisations exists;
* ``c``'s only key is its name key (no gazetteer or alias anchor, no acronym defined or used, no one-word name of
  its document that the head-noun rule could tie to it; a one-word name's own head-noun key that no other name of its
  document holds ties nothing: :func:`live_keys`), it is not an acronym and none of its mentions gives one:
  it brings no definition, and the acronym, head-noun and gazetteer steps do not read it;
* no name of the key is an acronym (then the ``same_key`` step links every name of the key), and the first name
  (by (doc_id, name)) of the key is a stored one, ``m0``: the ``same_key`` links go from it, and it stays the name
  whose spelling the fuzzy rule compares (so the key's fuzzy blocks and edges are unchanged);
* the entity ``E`` of ``m0`` is named by its names (no gazetteer entry), keeps its display name (best name key by
  documents, then :func:`.organisations.display_rank`), hence its key and its id (the plain id of its key, held by
  no other entity), and none of the new names' documents is one of ``E``'s.

Then ``E`` gets the new names, documents and mentions, its type and country are the most common over the updated
counts (the acronym is unchanged: ``c`` brings none), and the merge rows of ``m0``'s and ``c``'s names take the new
``same_key`` links (:func:`.index_attach.merge_links`). Anything else is left to the group re-run. Exact: tests
compare with a whole-corpus resolution (``tests/test_entity_index_orgs.py``).
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict

from pipeline.normalise import fold, stable_id
from pipeline.resolve.index_attach import grow, same_key_link, sole_holder, stored_entity
from pipeline.resolve.index_store import decode_attrs
from pipeline.resolve.model import Node
from pipeline.resolve.organisations import display_rank, is_acronym_node, looks_like_acronym, org_key

NodeKey = tuple[str, str]
ATTRS = ("org_type", "country")


def org_counts(members: list[NodeKey], nodes: dict[NodeKey, Node]) -> dict:
    """What the short paths need of one organisation entity (members ``members``; named by its names or a gazetteer
    entry: :mod:`.index_acronyms`), kept in its stored row: documents per spelling ("names"), the spellings that are
    acronyms ("acronyms"), documents per name key of the other spellings ("keys"), and [value, count] pairs of each
    attribute of :data:`ATTRS` and of the acronyms its mentions give or its names are ("acr"; None when a value is
    not text)."""
    names = Counter(k[1] for k in members)
    acronyms = {n for n in names if looks_like_acronym(n)} | {m[1] for m in members if is_acronym_node(nodes[m])}
    key_docs: dict[str, set[str]] = defaultdict(set)
    for d, name in members:
        if name not in acronyms:
            key_docs[org_key(name)].add(d)
    out = {"names": dict(names), "acronyms": sorted(acronyms), "keys": {k: len(v) for k, v in key_docs.items()}}
    for attr in ATTRS:
        values = Counter(a.get(attr) for m in members for a in nodes[m].attrs if a.get(attr) not in (None, ""))
        out[attr] = None if any(not isinstance(v, str) for v in values) else sorted([v, c] for v, c in values.items())
    given = Counter(a.get("acronym") for m in members for a in nodes[m].attrs if a.get("acronym") not in (None, ""))
    given.update(m[1] for m in members if looks_like_acronym(m[1]))
    out["acr"] = None if any(not isinstance(v, str) for v in given) else sorted([v, c] for v, c in given.items())
    return out


def attach_plain_names(db: sqlite3.Connection, data, new: set[NodeKey], grown: set[tuple[int, str]]) -> tuple[int, set[NodeKey]]:
    """Attach those of the new organisation names ``new`` that have a short path to their stored entity (see the
    module docstring); (names resolved, names placed). ``grown`` gets the (group, id) of each entity changed."""
    if data.org_aliases or data.overrides.forbidden("organisation", org_key):
        return 0, set()
    by_key: dict[str, list[NodeKey]] = defaultdict(list)
    for k in sorted(new):
        by_key[org_key(k[1])].append(k)
    placed: set[NodeKey] = set()
    for key, names in sorted(by_key.items()):
        plan = _plan(db, new, key, names) if key else None
        if plan is None:
            continue
        grp, eid = plan
        grown.add((grp, eid))
        db.executemany("UPDATE nodes SET grp=?, eid=? WHERE etype='organisation' AND doc_id=? AND name=?",
                       [(grp, eid, *k) for k in sorted(names)])
        placed.update(names)
    return len(placed), placed


def org_node(db: sqlite3.Connection, k: NodeKey) -> Node:
    """The stored organisation name ``k``."""
    m, attrs = db.execute("SELECT n_mentions, attrs FROM nodes WHERE etype='organisation' AND doc_id=? AND name=?", k).fetchone()
    return Node(k[0], k[1], m, decode_attrs(attrs))


def live_keys(db: sqlite3.Connection, k: NodeKey) -> set[str]:
    """The keys of the organisation name ``k`` but its head-noun keys that no other name of its document holds: such a
    key is a one-word name's own ("IOT4Industry"), and with no longer name of the document using the word the
    head-noun rule links nothing through it."""
    keys = {x for (x,) in db.execute("SELECT key FROM keys WHERE etype='organisation' AND doc_id=? AND name=?", k)}
    return {x for x in keys if not x.startswith(f"h:{k[0]}:") or db.execute(
        "SELECT COUNT(*) FROM keys WHERE etype='organisation' AND key=? AND doc_id=?", (x, k[0])).fetchone()[0] > 1}


def _plain(db: sqlite3.Connection, k: NodeKey, key: str) -> Node | None:
    """The new name ``k`` when it has a short path (its only live key is its name key, no acronym), else None."""
    keys = live_keys(db, k)
    node = org_node(db, k)
    if keys != {"k:" + key} or is_acronym_node(node) or any(a.get("acronym") for a in node.attrs):
        return None
    return node


def _plan(db: sqlite3.Connection, new: set[NodeKey], key: str, names: list[NodeKey]) -> tuple[int, str] | None:
    """Attach the new names ``names`` of the name key ``key`` to their stored entity, written to ``ents`` and
    ``merges``; (group, entity id), or None (nothing written)."""
    first = db.execute("SELECT doc_id, name FROM nodes WHERE etype='organisation' AND okey=? ORDER BY doc_id, name LIMIT 1",
                       (key,)).fetchone()
    if first is None or tuple(first) in new:
        return None  # a new key, or a new name first: the same_key links and the fuzzy rule's spelling would move
    if db.execute("SELECT 1 FROM keys WHERE etype='organisation' AND key=? LIMIT 1", ("d:" + key,)).fetchone():
        return None  # a name of the key is an acronym (or defines one): the acronym step decides its links
    nodes = {k: _plain(db, k, key) for k in names}
    if any(n is None for n in nodes.values()):
        return None
    m0 = tuple(first)
    got = stored_entity(db, "organisation", m0, names)
    if got is None or got[3]["counts"].get("gazetteer") or any(got[3]["counts"].get(a) is None for a in (*ATTRS, "acr")):
        return None  # (a gazetteer entity: :mod:`.index_acronyms`)
    grp, eid, ent_key, row = got
    counts = row["counts"]
    # the entity's aggregates with the new names
    spellings, acronyms, key_docs = dict(counts["names"]), set(counts["acronyms"]), dict(counts["keys"])
    values = {a: Counter({v: c for v, c in counts[a]}) for a in ATTRS}
    for k, n in nodes.items():
        spellings[k[1]] = spellings.get(k[1], 0) + 1
        for a in ATTRS:
            values[a].update(x.get(a) for x in n.attrs if x.get(a) not in (None, ""))
    key_docs[key] = key_docs.get(key, 0) + len({k[0] for k in names if k[1] not in acronyms})
    if any(not isinstance(v, str) for a in ATTRS for v in values[a]) or not key_docs:
        return None
    best = min(key_docs, key=lambda x: (-key_docs[x], x))
    name = min((n for n in spellings if n not in acronyms and org_key(n) == best), key=lambda n: display_rank(n, spellings[n]))
    if name != row["name"] or (org_key(name) or fold(name)) != ent_key or eid != stable_id("org", ent_key):
        return None  # the display name (hence the key, the id and every merge row) would change
    if not sole_holder(db, "organisation", ent_key):
        return None  # clusters sharing the key: their ids are ranked against each other
    for a in ATTRS:
        row["attrs"][a] = min(values[a], key=lambda v: (-values[a][v], repr(v))) if values[a] else None  # most_common
    row["counts"] = {**counts, "names": spellings, "acronyms": sorted(acronyms), "keys": key_docs,
                     **{a: sorted([v, c] for v, c in values[a].items()) for a in ATTRS}}
    grow(db, "organisation", grp, eid, row, nodes, [same_key_link(m0, c) for c in names])
    return grp, eid
