"""Published ids never disappear: keep an entity's id across runs, and redirect the ids that retire.

Resolution gives every entity an id from its canonical key (:mod:`pipeline.resolve`), which depends
only on the corpus. When documents are added, changed or deleted, two entities may merge, one may
split, or an entity's key may change (a full name becomes known, a more common spelling wins);
its key-derived id would then change under a dashboard that stored it. So each published set keeps
its *id history* (which mention names each published id held, and when each id was first
published), and the next run maps the new resolution onto it:

1. A published id stays with its *heir*: the entity that now holds most of its mention names
   (ties: the entity whose key-derived id it is). An entity heir to several takes the one it holds
   most of, then its own key-derived one, then the earliest published, then the smallest.
2. Every other entity gets its key-derived id, or, when an heir holds that id now, an id derived
   from it.

So ids follow the mentions, not the keys: when one new document reorders clusters that share a
canonical key (their key-derived ids are ranked by size, :func:`.model.unique_keys`), each cluster
keeps the id it had instead of taking its neighbour's, and the rows of the documents naming them do
not change.

A published id that no entity keeps gets a row in ``entity_redirects``: ``merged`` (its mentions
are now all in one entity that kept another id), ``split`` (its mentions are spread over several
entities; it points at the one with most), ``documents_changed`` (none of its mentions remain, but
its names now belong to an entity), ``withdrawn`` (every document naming it was deleted: no
``new_id``). Earlier redirects are re-pointed when their target retires, and dropped when their id
comes back, so a redirect always points at an id that exists.

Pure: history in, history out; the runner stores it with each published set.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass, field, replace

from pipeline.normalise import stable_id
from pipeline.resolve.model import Resolution

ENTITY_TABLES = (("person", "people"), ("organisation", "organisations"), ("event", "events"))


@dataclass
class IdHistory:
    """What earlier published sets said about entity ids."""

    # (entity_type, doc_id, name) -> the id that mention name had in the previous published set
    nodes: dict[tuple[str, str, str], str] = field(default_factory=dict)
    # (entity_type, entity_id) -> when it was first published (every id ever published, live or retired)
    first_published: dict[tuple[str, str], dt.datetime] = field(default_factory=dict)
    # entity_redirects rows of the previous published set
    redirects: list[dict] = field(default_factory=list)


def _heirs(old_nodes: dict[str, list[tuple[str, str]]], new_id_of: dict[tuple[str, str], str]) -> dict[str, dict[str, int]]:
    """For each old id: how many of its mention names each new (key-derived) id now holds."""
    out: dict[str, dict[str, int]] = {}
    for old, nodes in old_nodes.items():
        now = [new_id_of[n] for n in nodes if n in new_id_of]
        if not now:
            continue
        if now.count(now[0]) == len(now):  # the usual case, one heir: no Counter (thousands of ids per run)
            out[old] = {now[0]: len(now)}
        else:
            out[old] = dict(Counter(now))
    return out


def _best(counts: dict[str, int], prefer: str | None = None) -> str:
    return min(counts, key=lambda x: (-counts[x], x != prefer, x))


def _derived(nid: str, taken: set[str]) -> str:
    """An id for an entity whose key-derived id ``nid`` another entity holds (it inherited it): derived
    from ``nid``, so the same in every run that sees the same resolution and history."""
    prefix = nid.split("_", 1)[0]
    salt = 1
    while (cand := stable_id(prefix, f"{nid}|{salt}")) in taken:
        salt += 1
    return cand


class NeedsWholeCorpus(Exception):
    """A published id lost every mention name: where its names went is looked up among every name."""


class _Taken:
    """Ids given so far, and those ``held`` by entities left out (a set, or :class:`Held` asking the index)."""

    def __init__(self, ids: set[str], held: Container[str]) -> None:
        self.ids, self.held = ids, held

    def __contains__(self, x: object) -> bool:
        return x in self.ids or x in self.held

    def add(self, x: str) -> None:
        self.ids.add(x)


class Held:
    """The published ids of one entity type that entities outside the changed groups keep: published before
    (``live``: asked of the entity index, one indexed look-up per id) and not among ``replaced``. Never empty as
    far as :func:`_assign` knows (an id that lost every name then needs the whole corpus)."""

    def __init__(self, live: Callable[[str], bool], replaced: set[str]) -> None:
        self.live, self.replaced = live, replaced

    def __contains__(self, x: object) -> bool:
        return x not in self.replaced and isinstance(x, str) and self.live(x)

    def __bool__(self) -> bool:
        return True


def _assign(etype: str, new_ids: list[str], new_id_of: dict[tuple[str, str], str], history: IdHistory,
            now: dt.datetime, old_nodes: dict[str, list[tuple[str, str]]], held: Container[str] = frozenset()
            ) -> tuple[dict[str, str], list[dict]]:
    """(key-derived id -> published id, redirect rows of ids retired now) for one entity type.
    ``old_nodes``: this type's published ids -> their mention names. ``held``: ids that entities left out of
    ``new_ids`` keep (with their names: out of ``new_id_of`` and ``old_nodes``). Of ``history`` only
    ``first_published`` is read."""
    heirs = _heirs(old_nodes, new_id_of)

    inherited: dict[str, list[str]] = defaultdict(list)
    for old, counts in heirs.items():
        inherited[_best(counts, prefer=old)].append(old)
    final: dict[str, str] = {}
    for nid, olds in sorted(inherited.items()):  # 1. the heir of a published id keeps it
        final[nid] = min(olds, key=lambda o: (-heirs[o][nid], o != nid, history.first_published.get((etype, o), now), o))
    taken = _Taken(set(final.values()), held)
    for nid in new_ids:  # 2. its key-derived id, unless an heir holds it now
        if nid not in final:
            final[nid] = nid if nid not in taken else _derived(nid, taken)
            taken.add(final[nid])

    live = set(final.values())
    names_now: dict[str, Counter] | None = None  # built only when an id lost every mention name (rare)
    rows = []
    for old in sorted(set(old_nodes) - live):
        counts = heirs.get(old)
        if counts:
            target, reason = final[_best(counts)], ("split" if len(counts) > 1 else "merged")
        else:
            if names_now is None:
                if held:
                    raise NeedsWholeCorpus(old)
                names_now = defaultdict(Counter)
                for (_, name), nid in new_id_of.items():
                    names_now[name][final[nid]] += 1
            by_name: Counter = Counter()
            for _, name in old_nodes[old]:
                by_name.update(names_now.get(name, {}))
            target, reason = (_best(by_name), "documents_changed") if by_name else (None, "withdrawn")
        rows.append({"entity_type": etype, "old_id": old, "new_id": target, "reason": reason,
                     "first_published": history.first_published.get((etype, old), now), "retired_at": now})
    return final, rows


def _carried_over(previous: list[dict], retired_now: dict[tuple[str, str], dict], live: set[tuple[str, str]]) -> list[dict]:
    """Earlier redirects, re-pointed through ids retired now; dropped when their id is live again."""
    out = []
    for row in previous:
        key = (row["entity_type"], row["old_id"])
        if key in live or key in retired_now:
            continue
        target = row["new_id"]
        seen = set()
        while target is not None and (row["entity_type"], target) in retired_now and target not in seen:
            seen.add(target)
            target = retired_now[(row["entity_type"], target)]["new_id"]
        out.append({**row, "new_id": target})
    return out


def _with_carried_over(redirects: list[dict], history: IdHistory, live: set[tuple[str, str]]) -> list[dict]:
    """This run's redirect rows and the earlier ones (:func:`_carried_over`), by type and old id."""
    retired_now = {(r["entity_type"], r["old_id"]): r for r in redirects}
    return sorted(redirects + _carried_over(history.redirects, retired_now, live), key=lambda r: (r["entity_type"], r["old_id"]))


def _with_ids(resolution: Resolution, mapping: dict[tuple[str, str], str]) -> Resolution:
    """``resolution`` with each (type, key-derived id) of ``mapping`` replaced by its published id."""
    ids = {(doc_id, t, name): mapping.get((t, eid), eid) for (doc_id, t, name), eid in resolution.ids.items()}
    entities = {}
    for etype, attr in ENTITY_TABLES:
        # An entity whose id stays is passed on as it is (a copy of each cost a second per 20,000 entities).
        entities[attr] = {mapping[(etype, eid)]: ent if mapping[(etype, eid)] == eid else replace(ent, entity_id=mapping[(etype, eid)])
                          for eid, ent in getattr(resolution, attr).items()}
    merges = [{**m, "entity_id": mapping.get((m["entity_type"], m["entity_id"]), m["entity_id"])} for m in resolution.merges]
    return Resolution(entities["people"], entities["organisations"], entities["events"], ids, merges)


def stabilise_ids(resolution: Resolution, history: IdHistory, now: dt.datetime) -> tuple[Resolution, list[dict], IdHistory]:
    """The resolution with published ids kept, the ``entity_redirects`` rows, and the history to store."""
    mapping: dict[tuple[str, str], str] = {}
    redirects: list[dict] = []
    # Grouped by type once (not once per type): these hold every mention name of the corpus.
    new_ids_of: dict[str, dict[tuple[str, str], str]] = {etype: {} for etype, _ in ENTITY_TABLES}
    for (doc_id, t, name), eid in resolution.ids.items():
        if t in new_ids_of:
            new_ids_of[t][(doc_id, name)] = eid
    old_nodes: dict[str, dict[str, list[tuple[str, str]]]] = {etype: defaultdict(list) for etype, _ in ENTITY_TABLES}
    for (t, doc_id, name), eid in history.nodes.items():
        if t in old_nodes:
            old_nodes[t][eid].append((doc_id, name))
    for etype, attr in ENTITY_TABLES:
        final, rows = _assign(etype, sorted(getattr(resolution, attr)), new_ids_of[etype], history, now, old_nodes[etype])
        mapping.update({(etype, k): v for k, v in final.items()})
        redirects += rows
    live = {(etype, eid) for (etype, _), eid in mapping.items()}
    redirects = _with_carried_over(redirects, history, live)

    stable = _with_ids(resolution, mapping)
    ids = stable.ids

    first = dict(history.first_published)
    for key in sorted(live):
        first.setdefault(key, now)
    nodes = {(t, doc_id, name): eid for (doc_id, t, name), eid in ids.items() if t in {e for e, _ in ENTITY_TABLES}}
    return stable, redirects, IdHistory(nodes, first, redirects)


class PublishedIds(Mapping):
    """``Resolution.ids`` ((doc_id, entity_type, name) -> id) read from an id history's nodes, not copied."""

    def __init__(self, nodes: dict[tuple[str, str, str], str]) -> None:
        self.nodes = nodes

    def __getitem__(self, key: tuple[str, str, str]) -> str:
        return self.nodes[(key[1], key[0], key[2])]

    def __iter__(self):
        return ((d, t, n) for t, d, n in self.nodes)

    def __len__(self) -> int:
        return len(self.nodes)


@dataclass
class Delta:
    """What :func:`stabilise_delta` gives: the changed entities with published ids, the whole ``entity_redirects``,
    each changed or withdrawn name's id now (None: withdrawn), when the ids published for the first time now were
    first published (``now``; every other id keeps the history's), and per type the published ids whose entity rows
    the changed ones replace."""

    resolution: Resolution
    redirects: list[dict]
    ids: dict[tuple[str, str, str], str | None]  # (entity_type, doc_id, name) -> published id now
    first_added: dict[tuple[str, str], dt.datetime]
    replaced: dict[str, set[str]]


def stabilise_delta(changed: Resolution, names: dict[str, set[tuple[str, str]]], published: Mapping[tuple[str, str, str], str],
                    held: Callable[[str, set[str]], Container[str]], history: IdHistory, now: dt.datetime) -> Delta:
    """:func:`stabilise_ids` for an update that re-resolved some groups only (:meth:`.index.EntityIndex.changed_resolution`):
    ``changed`` holds those groups' entities, ids and merges, ``names`` per type every name they hold or the update
    withdrew, ``published`` each of those names' published id (absent: a new name). Every other entity is the one
    the published set had, with its names, so it keeps its id; and each published id's names were all in one group,
    so the ids those groups had are heirs of these groups only. ``held(etype, replaced)``: the ids the other entities
    keep (:class:`Held`); of ``history`` only ``first_published`` and ``redirects`` are read (not its names).
    :class:`NeedsWholeCorpus` when an id lost every name. Reads and returns only the changed names' ids."""
    mapping: dict[tuple[str, str], str] = {}
    redirects: list[dict] = []
    new_ids_of: dict[str, dict[tuple[str, str], str]] = {etype: {} for etype, _ in ENTITY_TABLES}
    for (doc_id, t, name), eid in changed.ids.items():
        new_ids_of[t][(doc_id, name)] = eid
    replaced: dict[str, set[str]] = {}
    held_of: dict[str, Container[str]] = {}
    for etype, attr in ENTITY_TABLES:
        old_nodes: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for d, n in sorted(names[etype]):
            old = published.get((etype, d, n))
            if old is not None:
                old_nodes[old].append((d, n))
        replaced[etype] = set(old_nodes)
        held_of[etype] = held(etype, replaced[etype])
        final, rows = _assign(etype, sorted(getattr(changed, attr)), new_ids_of[etype], history, now, old_nodes, held_of[etype])
        mapping.update({(etype, k): v for k, v in final.items()})
        redirects += rows
    given = {(etype, eid) for (etype, _), eid in mapping.items()}
    redirects = _with_carried_over(redirects, history, _Live(given, held_of))

    stable = _with_ids(changed, mapping)
    # (the held ids were live before: they have one)
    first = {key: now for key in sorted(given) if key not in history.first_published}
    ids: dict[tuple[str, str, str], str | None] = {(etype, d, n): None for etype in names for d, n in names[etype]}
    ids.update({(t, doc_id, name): eid for (doc_id, t, name), eid in stable.ids.items()})
    return Delta(stable, redirects, ids, first, replaced)


class _Live:
    """(entity_type, id) pairs live in the new set: given now, or held by the entities left out."""

    def __init__(self, given: set[tuple[str, str]], held: dict[str, Container[str]]) -> None:
        self.given, self.held = given, held

    def __contains__(self, key: object) -> bool:
        return key in self.given or (isinstance(key, tuple) and key[0] in self.held and key[1] in self.held[key[0]])


def stabilise_changed(changed: Resolution, names: dict[str, set[tuple[str, str]]], history: IdHistory, now: dt.datetime
                      ) -> tuple[Resolution, list[dict], IdHistory, dict[str, set[str]]]:
    """:func:`stabilise_delta` with the whole published ``history`` in memory (its names give the published ids and
    the held ones): the changed entities, the whole ``entity_redirects``, the whole new history, and per type the
    published ids whose entity rows the changed ones replace."""
    live_before: dict[str, set[str]] = {etype: set() for etype, _ in ENTITY_TABLES}
    for (t, _, _), eid in history.nodes.items():
        live_before[t].add(eid)
    delta = stabilise_delta(changed, names, history.nodes, lambda etype, replaced: live_before[etype] - replaced, history, now)
    nodes = dict(history.nodes)
    for key, eid in delta.ids.items():
        if eid is None:
            nodes.pop(key, None)
        else:
            nodes[key] = eid
    first = {**history.first_published, **delta.first_added}
    return delta.resolution, delta.redirects, IdHistory(nodes, first, delta.redirects), delta.replaced
