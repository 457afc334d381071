"""The entity index's short path for new organisation names that the gazetteer or an acronym ties to a stored
organisation: attach them without re-resolving its group (:mod:`pipeline.resolve.index`).

A gazetteer entry (the European Commission, a platform known by its acronym) or a common acronym is one group of
every document naming it, and an acronym's meaning is read from every document's definitions, so such names
went to the group re-run, which grows with the corpus. But the links a new name ``k`` gets are decided by few
stored facts, kept in the index: the definitions of each acronym (table ``acrdefs``: acronym key, full-name key,
defining document and name, :func:`definition_rows`), the first name of each name key, the keys of that name, and
the entity's aggregates (:func:`.index_orgs.org_counts`, gazetteer entities included). ``k`` (no analyst alias or
do-not-merge row for organisations; its document defines nothing and has no one-word name its head-noun rule could
tie to it; ``k`` is not the first name of its name key, whose first name ``m0`` is a stored one) is attached:

* **gazetteer**: when ``k``'s keys are only its name key, the gazetteer anchor ``A`` of that key and, for an
  acronym, the acronym key and the entry's full names (of ``A`` too). The gazetteer step links ``k`` to ``A``
  first; every later link the rules try with ``k`` (``same_key`` from ``m0``, an acronym use's link to the first
  name of its one definition, or from the first use no document defines) goes to a name the gazetteer step already
  put in ``A``'s entity (it holds ``A``'s key and no document meaning of its own), so it records nothing. The entity
  keeps its name, key and id; its acronym, type and country are the entry's or the most common over the counts.
* **an acronym the gazetteer does not know**, used without definition in ``k``'s document, when ``m0`` is an
  acronym too (so the ``same_key`` step already skipped the key): if the corpus defines it one way, the acronym
  step links ``k`` to the first name of that full-name key (``acronym``, "defined in doc …"); else (no definition
  or several) to the first use no document defines (``same_key``, "same acronym"), a stored one. ``k`` was alone
  before that link, and the definitions are unchanged (``k`` defines nothing), so no other link moves.

Then the entity (whose display name, key and id the new acronym cannot change: its full names are unchanged; for
an entity named by its acronyms, the commonest spelling is recomputed from the counts and must stay) gets ``k``'s
name, document and mentions, and the merge rows the new link touches (:func:`.index_attach.merge_links`).
Anything else (a new definition, a new key, ``k`` first of its key, a document meaning of its own, a stored name
outside the anchor's entity) is left to the group re-run, which also re-runs a group changed here if the other
new names reach it. Exact: tests compare with a whole-corpus resolution (``tests/test_entity_index_acronyms.py``).
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict

from pipeline.normalise import fold, stable_id
from pipeline.resolve.index_attach import grow, sole_holder, stored_entity
from pipeline.resolve.index_orgs import ATTRS, attach_plain_names, live_keys, org_node
from pipeline.resolve.model import Node
from pipeline.resolve.organisations import is_acronym_node, looks_like_acronym, org_key

NodeKey = tuple[str, str]
_UNDEFINED_SCAN = 64  # names of an acronym key read to find its first use no document defines


def definition_rows(nodes: dict[NodeKey, Node]) -> list[tuple[str, str, str, str]]:
    """(acronym key, full-name key, doc_id, name) of each acronym definition one document's organisation names give,
    as the acronym step reads them: a name that is not an acronym giving an acronym of another key."""
    rows = set()
    for k, n in nodes.items():
        if is_acronym_node(n):
            continue
        key = org_key(k[1])
        rows.update((org_key(a["acronym"]), key, k[0], k[1]) for a in n.attrs if a.get("acronym") and org_key(a["acronym"]) != key)
    return sorted(rows)


def definitions(db: sqlite3.Connection, data, akey: str) -> dict[str, set[str]]:
    """Full-name key -> defining doc_ids of the acronym key ``akey`` over the corpus ("" for the gazetteer)."""
    out: dict[str, set[str]] = defaultdict(set)
    for fkey, d in db.execute("SELECT fkey, doc_id FROM acrdefs WHERE akey=?", (akey,)):
        out[fkey].add(d)
    for full in data.gaz_acronyms.get(akey, ()):
        out[full].add("")
    return out


def attach_org_names(db: sqlite3.Connection, data, new: set[NodeKey], grown: set[tuple[int, str]]) -> tuple[int, set[NodeKey]]:
    """The organisation short paths: plain names (:func:`.index_orgs.attach_plain_names`), then gazetteer names and
    acronyms (see the module docstring); (names resolved, names placed). ``grown`` gets the (group, id) of each
    entity changed."""
    n_plain, placed = attach_plain_names(db, data, new, grown)
    if data.org_aliases or data.overrides.forbidden("organisation", org_key):
        return n_plain, placed
    entries = {e.name: e for e in data.gazetteer}
    for k in sorted(new - placed):
        plan = _plan(db, data, new, k, entries)
        if plan is None:
            continue
        grp, eid, row, node, link = plan
        db.execute("UPDATE nodes SET grp=?, eid=? WHERE etype='organisation' AND doc_id=? AND name=?", (grp, eid, *k))
        grow(db, "organisation", grp, eid, row, {k: node}, [link])
        grown.add((grp, eid))
        placed.add(k)
    return len(placed), placed


def _keys(db: sqlite3.Connection, k: NodeKey) -> set[str]:
    return {key for (key,) in db.execute("SELECT key FROM keys WHERE etype='organisation' AND doc_id=? AND name=?", k)}


def _first(db: sqlite3.Connection, key: str) -> NodeKey | None:
    row = db.execute("SELECT doc_id, name FROM nodes WHERE etype='organisation' AND okey=? ORDER BY doc_id, name LIMIT 1",
                     (key,)).fetchone()
    return tuple(row) if row else None


def _in_anchor_first(db: sqlite3.Connection, k: NodeKey, anchor: str) -> bool:
    """The stored name ``k`` is linked to the gazetteer anchor ``anchor`` by the gazetteer step (before any other): it
    holds the anchor's key, and its document gives its name key no meaning of its own (as an acronym)."""
    keys = _keys(db, k)
    return "g:" + anchor in keys and f"m:{k[0]}:{org_key(k[1])}" not in keys


def _first_undefined(db: sqlite3.Connection, key: str, defining: set[str]) -> NodeKey | None:
    """The first use of the acronym key ``key`` that no document defines (none within the first names read: None)."""
    for d, n in db.execute("SELECT doc_id, name FROM nodes WHERE etype='organisation' AND okey=? ORDER BY doc_id, name LIMIT ?",
                           (key, _UNDEFINED_SCAN)):
        if d not in defining and "d:" + key in _keys(db, (d, n)):
            return (d, n)
    return None


def _plan(db: sqlite3.Connection, data, new: set[NodeKey], k: NodeKey, entries: dict) -> tuple | None:
    """(group, entity id, its row updated, ``k``'s node, ``k``'s new link) when ``k`` has a short path, else None."""
    key = org_key(k[1])
    node = org_node(db, k)
    acronym = is_acronym_node(node)
    if not key or any(a.get("acronym") and org_key(a["acronym"]) != key for a in node.attrs):
        return None  # it defines an acronym
    anchor = data.gaz_anchor.get(key)
    wanted = {"k:" + key} | ({"g:" + anchor} if anchor else set())
    if acronym:
        wanted.add("d:" + key)
        for full in data.gaz_acronyms.get(key, ()):
            wanted |= {"k:" + full} | ({"g:" + data.gaz_anchor[full]} if full in data.gaz_anchor else set())
    if live_keys(db, k) != wanted or sum(x.startswith("g:") for x in wanted) != bool(anchor) or (not anchor and not acronym):
        return None
    m0 = _first(db, key)
    if m0 is None or m0 in new or (acronym and "d:" + key not in _keys(db, m0)):
        return None  # a new key or first name, or an acronym of a key whose same_key links it would undo
    if anchor:
        # (an acronym's key has an acronym, m0: the same_key step skips it, and the acronym step decides)
        target = _gazetteer_target(db, data, new, key, anchor) if acronym else m0 if _in_anchor_first(db, m0, anchor) else None
        if target is None:
            return None
        link = (("~gazetteer", anchor), k, "gazetteer", f"organisations.jsonl: {anchor}")
    else:
        got = _acronym_link(db, data, new, k, key)
        if got is None:
            return None
        target, link = got
    got = stored_entity(db, "organisation", target, [k])
    if got is None or any(got[3]["counts"].get(a, None) is None for a in (*ATTRS, "acr")):
        return None
    grp, eid, ent_key, row = got
    entry = entries.get(row["name"]) if row["counts"].get("gazetteer") else None
    if (anchor and (entry is None or entry.name != anchor)) or (not anchor and row["counts"].get("gazetteer") and entry is None):
        return None
    if not _grown_counts(row, k, node, acronym, entry) or eid != stable_id("org", ent_key) or not sole_holder(db, "organisation", ent_key):
        return None
    return grp, eid, row, node, link


def _gazetteer_target(db: sqlite3.Connection, data, new: set[NodeKey], key: str, anchor: str) -> NodeKey | None:
    """For a new use of the acronym key ``key`` of the gazetteer anchor ``anchor``: a stored name of the anchor's entity
    when the acronym step's link for it goes to a name the gazetteer step linked to the anchor, else None."""
    defs = definitions(db, data, key)
    if len(defs) == 1:
        (fk,) = defs
        target = _first(db, fk)
        if target is None:
            return _first(db, key) if data.gaz_anchor.get(fk) == anchor else None  # linked to the anchor itself
    else:
        target = _first_undefined(db, key, set().union(*defs.values()))
    if target is None or target in new or not _in_anchor_first(db, target, anchor):
        return None
    return target


def _acronym_link(db: sqlite3.Connection, data, new: set[NodeKey], k: NodeKey, key: str) -> tuple[NodeKey, tuple] | None:
    """For a new use of an acronym the gazetteer does not know: (the stored name the acronym step links it to, the
    link), or None."""
    defs = definitions(db, data, key)
    if len(defs) == 1:
        ((fk, docs),) = defs.items()
        target = _first(db, fk)
        link = (target, k, "acronym", "defined in " + (", ".join(f"doc {d}" for d in sorted(docs) if d) or "the gazetteer"))
    else:
        target = _first_undefined(db, key, set().union(*defs.values()))
        link = (target, k, "same_key", "identical name" if target and target[1] == k[1] else "same acronym")
    if target is None or target in new:
        return None
    return target, link


def _grown_counts(row: dict, k: NodeKey, node: Node, acronym: bool, entry) -> bool:
    """Put the new name ``k`` into the entity's counts and attributes (``entry``: its gazetteer entry); False when its
    display name (hence key and id) might change or a value is not text."""
    counts = row["counts"]
    names, acronyms, key_docs = Counter(counts["names"]), set(counts["acronyms"]), dict(counts["keys"])
    if acronym and k[1] in names and k[1] not in acronyms:
        return False  # a full spelling would become an acronym's
    names[k[1]] += 1
    if acronym:
        acronyms.add(k[1])
    elif k[1] not in acronyms:
        key_docs[org_key(k[1])] = key_docs.get(org_key(k[1]), 0) + 1
    values = {a: Counter({v: c for v, c in counts[a]}) for a in (*ATTRS, "acr")}
    for a in ATTRS:
        values[a].update(x.get(a) for x in node.attrs if x.get(a) not in (None, ""))
    values["acr"].update(x.get("acronym") for x in node.attrs if x.get("acronym") not in (None, ""))
    if looks_like_acronym(k[1]):
        values["acr"][k[1]] += 1
    if any(not isinstance(v, str) for c in values.values() for v in c):
        return False
    if entry is None:
        fulls = [n for n in names if n not in acronyms]
        if fulls:
            best = min(key_docs, key=lambda x: (-key_docs[x], x))
            if best != org_key(row["name"]) or k[1] not in acronyms:
                return False  # (an acronym leaves the full names' ranks as they were)
        elif min(names, key=lambda n: (-names[n], n)) != row["name"]:
            return False
    common = {a: min(c, key=lambda v: (-c[v], repr(v))) if c else None for a, c in values.items()}  # most_common
    row["attrs"]["acronym"] = (entry.acronym if entry else None) or common["acr"]
    row["attrs"]["org_type"] = (entry.org_type if entry else None) or common["org_type"]
    row["attrs"]["country"] = (entry.country if entry else None) or common["country"]
    row["counts"] = {**counts, "names": dict(names), "acronyms": sorted(acronyms), "keys": key_docs,
                     **{a: sorted([v, c] for v, c in values[a].items()) for a in values}}
    return True
