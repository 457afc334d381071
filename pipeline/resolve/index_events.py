"""The entity index's short paths for new event names: dated names placed in their (base name, year) editions,
names without year or edition number in their base name's recurring event, without re-resolving the whole group
of the base name (:mod:`pipeline.resolve.index`).

A base name's group holds every year and every mention of it (the commonest conference: thousands of names,
growing with the corpus), and the events rule reads all of them. But when the new documents bring only names
dated to one year, without an edition number, of base names the index already holds, only that year's editions
can change, and whether they do is decided by the distinct things the year's mentions say (their signatures,
:func:`.editions.edition_plan`), not by the mentions themselves:

* the base names are unchanged, so every name keeps its canonical base (the fuzzy variants and their blocks are
  unchanged), and the new names' canonical base is that of a stored name of the same base;
* the year's plan over the stored signatures and the new ones must give every stored signature the decision it
  had (found, join that founder, stand apart): then every stored name stays in its edition, and a new name
  joins the edition its signature joins (or founds or stands apart as a new entity);
* the steps that read all years (an edition number without a year joins the one dated edition with that number;
  an undated name joins the one dated edition of its own document; what is left undated is one entity) read
  the new names only through their own documents' undated or numbered names, and through the dated editions
  carrying an edition number: a new dated name with an edition number is placed only in a stored edition that
  already has a dated name of that number (so the editions a year-less name of that number may join are the
  same), and the grown edition's re-resolution below checks that the year-less and undated names it holds still
  join it;
* the id of an edition is its key ("base|year"), extended by its first name when editions share the key; the
  one seen in most documents keeps the plain key: only the edition that grows (or the new one) can overtake
  the one holding it, which is checked from the two entities' stored document counts and first names.

The edition that grows is then resolved again from its own names and the new ones, with the same rule code
(:func:`.events.resolve_events` told the canonical base): the same links, entity and merge rows as a whole
group. A new name without year or edition number whose document names no dated or numbered event of a base
starting with the same word (so the ``in_document`` step does not read it) joins what is left undated of its base
name (:func:`_attach_undated`): the one stored entity keyed by the canonical base alone, resolved again from its
own names and the new ones. Anything else (an analyst alias or do-not-merge pair for events, a changed or withdrawn document, a
stored decision that would move, a link the grown edition refuses, an edition overtaking the holder of its
key) returns None and the caller re-resolves the groups as before. Exact: tests compare with a whole-corpus
resolution (``tests/test_entity_index_events.py``).
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict

from pipeline.normalise import fold, stable_id
from pipeline.resolve.editions import Facts, edition_plan, signature_summary
from pipeline.resolve.events import resolve_events
from pipeline.resolve.index_store import decode, decode_attrs, encode, entity_row
from pipeline.resolve.model import Node

NodeKey = tuple[str, str]


def published_dates(db: sqlite3.Connection, doc_ids) -> dict:
    """doc_id -> published date of documents of the index."""
    from pipeline.result_codec import decode_info

    out = {}
    for d in sorted(doc_ids):
        (info,) = db.execute("SELECT info FROM docs WHERE doc_id=?", (d,)).fetchone()
        out[d] = decode_info(decode(info)).published_date
    return out


def _new_slices(db: sqlite3.Connection, new: set[NodeKey]) -> dict[str, tuple[str, int, list]]:
    """Each new name's slice ("canonical base|year") -> (canonical base, stored group, [(name, signature key,
    summary)]), for the names with a short path (dated to one year, no edition number, a stored base name)."""
    slices: dict[str, tuple[str, int, list]] = {}
    base_of: dict[str, tuple[str, int] | None] = {}
    for k in sorted(new):
        (sig,) = db.execute("SELECT sig FROM nodes WHERE etype='event' AND doc_id=? AND name=?", k).fetchone()
        keys = [key for (key,) in db.execute("SELECT key FROM keys WHERE etype='event' AND doc_id=? AND name=?", k)]
        if sig is None or len(keys) != 1 or not keys[0].startswith("b:"):
            continue
        sig_key, summary = signature_summary(sig)
        if keys[0] not in base_of:
            hit = db.execute("SELECT n.slice, n.grp FROM keys AS k CROSS JOIN nodes AS n ON n.etype=k.etype AND n.doc_id=k.doc_id "
                             "AND n.name=k.name WHERE k.etype='event' AND k.key=? AND n.slice IS NOT NULL LIMIT 1",
                             (keys[0],)).fetchone()
            base_of[keys[0]] = (hit[0].rsplit("|", 1)[0], hit[1]) if hit else None
        if base_of[keys[0]] is None:
            continue
        base, grp = base_of[keys[0]]
        year = next(iter(summary[0]))
        slices.setdefault(f"{base}|{year}", (base, grp, []))[2].append((k, sig_key, summary))
    return slices


def _targets(db: sqlite3.Connection, slice_key: str, news: list) -> dict[tuple, list[NodeKey]] | None:
    """The editions the new names of one slice go to: ("eid", stored entity) or ("new", signature) -> new names;
    None when a stored signature's decision would move."""
    stored: dict[tuple, tuple] = {}
    text_of: dict[tuple, str] = {}
    for (sig,) in db.execute("SELECT DISTINCT sig FROM nodes WHERE etype='event' AND slice=?", (slice_key,)):
        sig_key, summary = signature_summary(sig)
        stored[sig_key] = summary
        text_of[sig_key] = sig
    before = edition_plan(stored)
    after = edition_plan({**stored, **{sig_key: summary for _, sig_key, summary in news}})
    if any(after[s] != before[s] for s in stored):
        return None
    out: dict[tuple, list[NodeKey]] = defaultdict(list)
    for k, sig_key, _ in news:
        # the founder it joins, else its own signature's names (founding, or standing apart together)
        target = after[sig_key] if after[sig_key] is not None else sig_key
        if target in stored:
            (eid,) = db.execute("SELECT eid FROM nodes WHERE etype='event' AND slice=? AND sig=? LIMIT 1",
                                (slice_key, text_of[target])).fetchone()
            out[("eid", eid)].append(k)
        else:  # a new edition, or a new signature standing apart
            out[("new", target)].append(k)
    return out


def _nodes(db: sqlite3.Connection, where: str, args: tuple) -> dict[NodeKey, Node]:
    return {(d, n): Node(d, n, m, decode_attrs(a))
            for d, n, m, a in db.execute(f"SELECT doc_id, name, n_mentions, attrs FROM nodes WHERE etype='event' AND {where}", args)}


def attach_dated_events(db: sqlite3.Connection, data, new: set[NodeKey], grown: set[tuple[int, str]]) -> tuple[int, set[NodeKey]]:
    """Place those of the new event names ``new`` (just added, not resolved) that have a short path in their
    years' editions (see the module docstring); (names resolved, names placed). The others are left to the
    caller, whose re-run of their groups also takes in any group changed here that they reach (a placed name
    is stored in its group). ``grown`` gets the (group, id) of each edition grown or founded (the runner reads those
    back, not their groups)."""
    if data.event_aliases or data.overrides.forbidden("event", fold):
        return 0, set()
    n_nodes, placed = 0, set()
    for slice_key, (base, grp, news) in sorted(_new_slices(db, new).items()):
        writes = _attach_slice(db, data, slice_key, base, news)
        if writes is None:
            continue
        for new_eid, old_eid, ent, merges, first, nodes in writes:
            if old_eid:
                db.execute("DELETE FROM ents WHERE etype='event' AND eid=?", (old_eid,))
                db.execute("DELETE FROM merges WHERE etype='event' AND eid=?", (old_eid,))
            ent.entity_id = new_eid
            for m in merges:
                m["entity_id"] = new_eid
            db.execute("INSERT INTO ents VALUES ('event', ?, ?, ?, ?)", (new_eid, grp, slice_key, entity_row(ent, first)))
            db.executemany("INSERT INTO merges VALUES ('event', ?, ?, ?)", [(grp, encode(m), new_eid) for m in merges])
            db.executemany("UPDATE nodes SET grp=?, eid=?, slice=CASE WHEN sig IS NULL THEN NULL ELSE ? END "
                           "WHERE etype='event' AND doc_id=? AND name=?", [(grp, new_eid, slice_key, *k) for k in sorted(nodes)])
            n_nodes += len(nodes)
            grown.add((grp, new_eid))
        placed.update(k for k, _, _ in news)
    more, rest = _attach_undated(db, data, new, placed, grown)
    return n_nodes + more, placed | rest


def _attach_slice(db: sqlite3.Connection, data, slice_key: str, base: str, news: list) -> list[tuple] | None:
    """The editions of one slice that the new names ``news`` grow or found, resolved again from their own names:
    (id, stored id or None, entity, merge rows, first name, names); None when the slice has no short path."""
    targets = _targets(db, slice_key, news)
    if targets is None:
        return None
    results = []
    for target, names in sorted(targets.items(), key=repr):
        old_eid = target[1] if target[0] == "eid" else None
        nodes = _nodes(db, "eid=?", (old_eid,)) if old_eid else {}
        numbered = {frozenset(sig_key[0]) for k, sig_key, _ in news if k in names and sig_key[0]}
        if numbered and not numbered <= _dated_editions(data, nodes):
            return None  # a new dated edition number: the year-less names of that number may move
        for k in names:
            nodes.update(_nodes(db, "doc_id=? AND name=?", k))
        ents, ids, merges = resolve_events(nodes, data.synonyms, data.overrides, published_dates(db, {k[0] for k in nodes}),
                                           canon=lambda b: base)
        if len(ents) != 1 or set(ids) != set(nodes) or next(iter(ents.values())).key != slice_key:
            return None  # the grown edition refused a link
        results.append((old_eid, next(iter(ents.values())), merges, min(nodes, key=repr), nodes))
    ids = _ranked_ids(db, slice_key, results)
    return None if ids is None else [(new_eid, *result) for new_eid, result in zip(ids, results)]


def _ranked_ids(db: sqlite3.Connection, slice_key: str, results: list) -> list[str] | None:
    """The ids of the grown or new editions of one key (:func:`.model.unique_keys`), or None when one of them
    would take the plain key from the stored edition holding it (whose id would then change)."""
    plain = stable_id("evt", slice_key)
    rank = {i: (-len(ent.doc_ids), repr(first)) for i, (_, ent, _, first, _) in enumerate(results)}
    holder = next((i for i, r in enumerate(results) if r[0] == plain), None)
    if holder is None:
        row = db.execute("SELECT data FROM ents WHERE etype='event' AND eid=?", (plain,)).fetchone()
        if row is not None:
            held = decode(row[0])
            rank["held"] = (-len(held["doc_ids"]), repr(tuple(held["first"])))
            holder = "held"
        elif db.execute("SELECT 1 FROM ents WHERE etype='event' AND key=? LIMIT 1", (slice_key,)).fetchone():
            return None  # editions with this key but none holding it: not as the index stores them
    top = min(rank, key=rank.get)
    if holder is not None and top != holder:
        return None
    return [plain if i == top else stable_id("evt", f"{slice_key}|{first[0]}|{first[1]}")
            for i, (_, _, _, first, _) in enumerate(results)]


def _dated_editions(data, nodes: dict[NodeKey, Node]) -> set[frozenset]:
    """The edition numbers that the dated names of ``nodes`` carry (as the ``edition_number`` step keys them)."""
    facts = [Facts(n, data.synonyms) for n in nodes.values()]
    return {frozenset(f.editions) for f in facts if f.years and f.editions}


def _canonical_base(db: sqlite3.Connection, base: str) -> str | None:
    """The canonical base of the stored base name ``base``: that of the entity of a stored name of that base."""
    row = db.execute("SELECT e.key FROM keys AS k CROSS JOIN nodes AS n ON n.etype=k.etype AND n.doc_id=k.doc_id AND n.name=k.name "
                     "CROSS JOIN ents AS e ON e.etype=n.etype AND e.eid=n.eid WHERE k.etype='event' AND k.key=? "
                     "AND n.eid IS NOT NULL LIMIT 1", ("b:" + base,)).fetchone()
    return row[0].split("|")[0] if row else None


def _attach_undated(db: sqlite3.Connection, data, new: set[NodeKey], done: set[NodeKey], grown: set[tuple[int, str]]
                    ) -> tuple[int, set[NodeKey]]:
    """Place the new names without year or edition number of stored base names in their base's recurring event (what
    is left undated, one entity per canonical base), re-resolved from its own names and the new ones; (names
    resolved, names placed). A new name is undated and stays so when its document (new as a whole) has no dated or
    numbered name whose base starts with the same word (the fuzzy variants of a base do; else the ``in_document``
    step would read it). The recurring event is the one stored entity keyed by the canonical base alone: then every
    undated name of the base that no dated edition took is in it, and the re-resolution of its names with the new
    ones, if it gives one entity of that key, is exactly what the whole group gives them (a link refused by a new
    name's city or range moves a stored name: more than one entity, no short path); none stored: the new names
    found it. ``done``: the new names placed already (in their editions)."""
    nodes = {k: n for k in sorted(new) for k, n in _nodes(db, "doc_id=? AND name=?", k).items()}
    facts = {k: Facts(n, data.synonyms) for k, n in nodes.items()}
    dated_words = {(k[0], f.base.split()[0]) for k, f in facts.items() if f.base and (f.years or f.editions)}
    by_base: dict[str, list[NodeKey]] = defaultdict(list)
    for k, f in facts.items():
        if k in done or not f.base or f.years or f.editions or (k[0], f.base.split()[0]) in dated_words:
            continue
        keys = [key for (key,) in db.execute("SELECT key FROM keys WHERE etype='event' AND doc_id=? AND name=?", k)]
        cbase = _canonical_base(db, f.base) if keys == ["b:" + f.base] else None
        if cbase:
            by_base[cbase].append(k)
    n_nodes, placed = 0, set()
    for cbase, names in sorted(by_base.items()):
        held = db.execute("SELECT eid, grp FROM ents WHERE etype='event' AND key=?", (cbase,)).fetchall()
        plain = stable_id("evt", cbase)
        if len(held) > 1 or (held and held[0][0] != plain):
            continue
        if held:
            old_eid, grp = held[0]
        else:
            old_eid, (grp,) = None, db.execute("SELECT n.grp FROM keys AS k CROSS JOIN nodes AS n ON n.etype=k.etype AND "
                                               "n.doc_id=k.doc_id AND n.name=k.name WHERE k.etype='event' AND k.key=? AND "
                                               "n.grp IS NOT NULL LIMIT 1", ("b:" + facts[names[0]].base,)).fetchone()
        members = _nodes(db, "eid=?", (old_eid,)) if old_eid else {}
        members.update((k, nodes[k]) for k in names)
        ents, ids, merges = resolve_events(members, data.synonyms, data.overrides, published_dates(db, {k[0] for k in members}),
                                           canon=lambda b: cbase)
        if len(ents) != 1 or set(ids) != set(members) or plain not in ents:
            continue
        if old_eid:
            db.execute("DELETE FROM ents WHERE etype='event' AND eid=?", (old_eid,))
            db.execute("DELETE FROM merges WHERE etype='event' AND eid=?", (old_eid,))
        db.execute("INSERT INTO ents VALUES ('event', ?, ?, ?, ?)", (plain, grp, cbase, entity_row(ents[plain], min(members, key=repr))))
        db.executemany("INSERT INTO merges VALUES ('event', ?, ?, ?)", [(grp, encode(m), plain) for m in merges])
        db.executemany("UPDATE nodes SET grp=?, eid=? WHERE etype='event' AND doc_id=? AND name=?", [(grp, plain, *k) for k in names])
        grown.add((grp, plain))
        n_nodes += len(members)
        placed.update(names)
    return n_nodes, placed
