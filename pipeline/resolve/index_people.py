"""The entity index's short path for new full person names: attach them to the one stored person they name
without re-resolving that person's group (:mod:`pipeline.resolve.index`).

A common person is one entity named in hundreds of documents, and its group holds every one of those names: the
group re-run reads and resolves all of them (growing with the corpus) to add one. But the people rules
(:func:`.people.resolve_people`) decide an entity's fields from aggregates that can be kept per entity, and a new
full name that only shares its name key with stored names changes them in a way that can be computed from those
aggregates alone (:func:`person_counts`: documents per spelling, documents per name key, title counts, stored in
the entity's row). A new full name ``c`` (all new names of one name key ``pk`` together) is attached when:

* no analyst alias or do-not-merge row for people exists (then no link is refused or forced);
* ``c``'s keys are its name key and, at most, surname keys of its own document that only ``c`` (of the full
  names) and short names holding no other key share, each of which the surname rule links to ``c`` (its only
  candidate, the initial fitting): those short names are attached with ``c``;
* the first name (by (doc_id, name)) holding the key ``pk`` is a stored one, ``m0``: the ``same_key`` links go
  from it to every other name of the key, so the stored links stay and the new ones are ``m0`` -> ``c``;
* the entity ``E`` of ``m0`` (every stored name of the key is in it: no link is refused) keeps its canonical key
  (documents per key, then key), its display name (:func:`.people.display_rank` with documents per spelling)
  and its id (the plain id of its key, held by no other entity), and none of the new names' documents is one
  of ``E``'s (documents come and go whole).

Then ``E`` gets the new names, documents and mentions, its title is the most common over the updated title
counts, and the merge rows of the names the new links touch become the better of the stored row and the new links
by the rows' own order (:func:`.index_attach.merge_links`). Anything else is left to the group re-run (which
also takes in a group changed here if the other names reach it: the new names are stored in it). Exact: tests
compare with a whole-corpus resolution (``tests/test_entity_index_people.py``).
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict

from pipeline.normalise import stable_id
from pipeline.resolve.index_attach import grow, same_key_link, sole_holder, stored_entity
from pipeline.resolve.index_store import decode_attrs
from pipeline.resolve.model import Node
from pipeline.resolve.people import display_rank, is_short, name_tokens, person_key, surname_keys

NodeKey = tuple[str, str]


def person_counts(members: list[NodeKey], nodes: dict[NodeKey, Node]) -> dict:
    """What the short path needs of one person entity (its members ``members``), kept in its stored row:
    documents per spelling ("names"), documents per name key of its full names ("keys"), and how often each title
    was said ("titles", [title, count] pairs; None when a title is not text, which the row could not keep)."""
    names = Counter(k[1] for k in members)
    key_docs: dict[str, set[str]] = defaultdict(set)
    for d, name in members:
        if not is_short(name):
            key_docs[person_key(name)].add(d)
    titles = Counter(a.get("title") for m in members for a in nodes[m].attrs if a.get("title") not in (None, ""))
    return {"names": dict(names), "keys": {k: len(v) for k, v in key_docs.items()},
            "titles": None if any(not isinstance(t, str) for t in titles) else sorted([t, c] for t, c in titles.items())}


def attach_full_names(db: sqlite3.Connection, data, new: set[NodeKey], grown: set[tuple[int, str]]) -> tuple[int, set[NodeKey]]:
    """Attach those of the new person names ``new`` (just added, not resolved) that have a short path to their
    stored entity (see the module docstring); (names resolved, names placed). ``grown`` gets the (group, id) of
    each entity changed (the runner reads them back, not their groups)."""
    if data.person_aliases or data.overrides.forbidden("person", person_key):
        return 0, set()
    by_key: dict[str, list[NodeKey]] = defaultdict(list)
    for k in sorted(new):
        if not is_short(k[1]) and person_key(k[1]):
            by_key[person_key(k[1])].append(k)
    placed: set[NodeKey] = set()
    for pk, fulls in sorted(by_key.items()):
        plan = _plan(db, new, pk, fulls)
        if plan is None:
            continue
        grp, eid, nodes = plan
        grown.add((grp, eid))
        db.executemany("UPDATE nodes SET grp=?, eid=? WHERE etype='person' AND doc_id=? AND name=?",
                       [(grp, eid, *k) for k in sorted(nodes)])
        placed.update(nodes)
    return len(placed), placed


def _keys(db: sqlite3.Connection, k: NodeKey) -> set[str]:
    return {key for (key,) in db.execute("SELECT key FROM keys WHERE etype='person' AND doc_id=? AND name=?", k)}


def _node(db: sqlite3.Connection, k: NodeKey) -> Node:
    m, attrs = db.execute("SELECT n_mentions, attrs FROM nodes WHERE etype='person' AND doc_id=? AND name=?", k).fetchone()
    return Node(k[0], k[1], m, decode_attrs(attrs))


def _shorts(db: sqlite3.Connection, new: set[NodeKey], c: NodeKey) -> list[NodeKey] | None:
    """The short names of ``c``'s document that the surname rule links to ``c`` and that hold no other key, when
    ``c``'s keys beyond its name key are only theirs; else None."""
    out: list[NodeKey] = []
    for key in sorted(_keys(db, c) - {"k:" + person_key(c[1])}):
        if not key.startswith(f"s:{c[0]}:"):
            return None
        for k in sorted(set(db.execute("SELECT doc_id, name FROM keys WHERE etype='person' AND key=?", (key,))) - {c}):
            if k not in new or not is_short(k[1]) or _keys(db, k) != {key}:
                return None
            toks = name_tokens(k[1])
            surname = "".join(toks) if len(k[1].split()) == 1 else toks[-1]
            initial = toks[0] if len(k[1].split()) > 1 else None
            if surname not in surname_keys(c[1]) or (initial is not None and not name_tokens(c[1])[0].startswith(initial)):
                return None  # not linked to c: it stays apart, an entity of its own
            out.append(k)
    return out


def _plan(db: sqlite3.Connection, new: set[NodeKey], pk: str, fulls: list[NodeKey]) -> tuple[int, str, list[NodeKey]] | None:
    """Attach the new full names ``fulls`` of the name key ``pk`` (and their short names) to their stored entity,
    written to ``ents`` and ``merges``; (group, entity id, names placed), or None (nothing written)."""
    first = db.execute("SELECT doc_id, name FROM keys WHERE etype='person' AND key=? ORDER BY doc_id, name LIMIT 1",
                       ("k:" + pk,)).fetchone()
    if first is None or tuple(first) in new:
        return None  # a new key, or a new name first: the same_key links would go from it
    m0 = tuple(first)
    shorts: dict[NodeKey, list[NodeKey]] = {}
    for c in fulls:
        got = _shorts(db, new, c)
        if got is None:
            return None
        shorts[c] = got
    placed = sorted([*fulls, *(s for c in fulls for s in shorts[c])])
    got = stored_entity(db, "person", m0, placed)
    if got is None or got[3]["counts"]["titles"] is None:
        return None
    grp, eid, key, row = got
    nodes = {k: _node(db, k) for k in placed}
    # the entity's aggregates with the new names
    names, key_docs = dict(row["counts"]["names"]), dict(row["counts"]["keys"])
    titles = Counter({t: c for t, c in row["counts"]["titles"]})
    for k, n in nodes.items():
        names[k[1]] = names.get(k[1], 0) + 1
        titles.update(a.get("title") for a in n.attrs if a.get("title") not in (None, ""))
    key_docs[pk] = key_docs.get(pk, 0) + len({c[0] for c in fulls})
    if any(not isinstance(t, str) for t in titles):
        return None
    if min(key_docs, key=lambda x: (-key_docs[x], x)) != key or eid != stable_id("per", key) or not sole_holder(db, "person", key):
        return None  # the canonical key (hence the id) would change, or is shared
    pool = [n for n in names if not is_short(n)] or list(names)
    if min(pool, key=lambda n: display_rank(n, names[n])) != row["name"]:
        return None  # the display name would change, and with it every merge row
    links = [same_key_link(m0, c) for c in fulls]
    links += [(c, s, "surname_in_document", f"the only {s[1]} in doc {s[0]}") for c in fulls for s in shorts[c]]
    row["attrs"]["title"] = min(titles, key=lambda t: (-titles[t], repr(t))) if titles else None  # most_common
    row["counts"] = {"names": names, "keys": key_docs, "titles": sorted([t, c] for t, c in titles.items())}
    grow(db, "person", grp, eid, row, nodes, links)
    return grp, eid, placed
