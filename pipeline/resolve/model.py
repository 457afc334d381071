"""The resolution data model and the union-find that every entity type clusters with.

A *node* is one distinct (doc_id, name) pair of one entity type: exactly the granularity of the
``Resolution.ids`` contract. Rules link nodes with :meth:`Clusters.link`, which records the rule and
its evidence and refuses links that an analyst forbade (do-not-merge file) or that the entity type's
compatibility check rejects (e.g. two different conference years).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Hashable, Iterable


@dataclass
class Entity:
    entity_type: str  # person | organisation | event
    entity_id: str
    name: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict = field(default_factory=dict)
    doc_ids: set[str] = field(default_factory=set)
    n_mentions: int = 0
    key: str = field(default="", compare=False)  # the canonical key its id came from (entity index: id collisions)
    # its name, key and some attributes come from an analyst alias or a gazetteer entry, not from its names' counts
    anchored: bool = field(default=False, compare=False)

    def absorb(self, members: Iterable[tuple[str, str]], nodes: dict, id_of: dict[tuple[str, str], str]) -> None:
        """Take a cluster's nodes: each maps to this entity, counts its mentions, and a name that is not
        the canonical one becomes an alias."""
        for m in members:
            id_of[m] = self.entity_id
            self.doc_ids.add(m[0])
            self.n_mentions += nodes[m].n_mentions
            if m[1] != self.name:
                self.aliases.add(m[1])


def docs_by_name(members: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """For (doc_id, name) nodes: each name with the documents that use it."""
    out: dict[str, set[str]] = defaultdict(set)
    for doc_id, name in members:
        out[name].add(doc_id)
    return out


@dataclass
class Resolution:
    people: dict[str, Entity]
    organisations: dict[str, Entity]
    events: dict[str, Entity]
    # (doc_id, entity_type, name as in the mention record) -> entity_id
    ids: dict[tuple[str, str, str], str]
    merges: list[dict]


@dataclass
class Node:
    """One distinct name of one entity type in one document, with what the mentions said about it."""

    doc_id: str
    name: str
    n_mentions: int = 0
    attrs: list[dict] = field(default_factory=list)  # one dict per mention (type-specific keys)

    @property
    def key(self) -> tuple[str, str]:
        return (self.doc_id, self.name)


@dataclass(frozen=True)
class Link:
    a: Hashable
    b: Hashable
    rule: str
    detail: str


class Clusters:
    """Union-find over node keys with constraint checks and a log of the links that were made."""

    def __init__(self, keys: Iterable[Hashable], name_of: Callable[[Hashable], str],
                 forbidden: set[frozenset[str]] = frozenset(), fold: Callable[[str], str] = str) -> None:
        self.parent: dict[Hashable, Hashable] = {k: k for k in keys}
        self.members: dict[Hashable, list[Hashable]] = {k: [k] for k in self.parent}
        self.links: list[Link] = []
        self._name_of = name_of
        self._fold = fold
        # Do-not-merge pairs by folded name; checked on every link, so no rule can bridge them.
        self._forbidden = forbidden
        self._forbidden_names = {n for pair in forbidden for n in pair}
        self._links_by_node: dict[Hashable, list[Link]] | None = None
        self._indexed = 0

    def add(self, key: Hashable) -> None:
        if key not in self.parent:
            self.parent[key] = key
            self.members[key] = [key]

    def find(self, key: Hashable) -> Hashable:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def same(self, a: Hashable, b: Hashable) -> bool:
        return self.find(a) == self.find(b)

    def forbidden(self, a: Hashable, b: Hashable) -> bool:
        """True when joining the clusters of a and b would put a do-not-merge pair together."""
        if not self._forbidden:
            return False
        names_a = {self._fold(self._name_of(k)) for k in self.members[self.find(a)]} & self._forbidden_names
        names_b = {self._fold(self._name_of(k)) for k in self.members[self.find(b)]} & self._forbidden_names
        return any(frozenset((x, y)) in self._forbidden for x in names_a for y in names_b if x != y)

    def link(self, a: Hashable, b: Hashable, rule: str, detail: str = "",
             compatible: Callable[[list[Hashable], list[Hashable]], bool] | None = None, force: bool = False) -> bool:
        """Join the clusters of a and b; False (and nothing changes) when forbidden or incompatible."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force:
            if self.forbidden(a, b):
                return False
            if compatible is not None and not compatible(self.members[ra], self.members[rb]):
                return False
        # Deterministic root choice (smaller key wins) so results do not depend on link order.
        if repr(rb) < repr(ra):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra].extend(self.members.pop(rb))
        self.links.append(Link(a, b, rule, detail))
        return True

    def groups(self) -> list[list[Hashable]]:
        """Every cluster's member keys, each sorted, clusters in a deterministic order."""
        return sorted((sorted(m, key=repr) for m in self.members.values()), key=lambda m: repr(m[0]))

    def merge_rows(self, entity_type: str, entity_id: str, canonical_name: str, members: list[Hashable],
                   aliases: Iterable[str]) -> list[dict]:
        """One ``merges`` row per alias of a cluster: the most telling link that touched a node of that name."""
        if self._links_by_node is None or self._indexed != len(self.links):
            self._links_by_node = defaultdict(list)
            for link in self.links:
                self._links_by_node[link.a].append(link)
                self._links_by_node[link.b].append(link)
            self._indexed = len(self.links)
        by_node = self._links_by_node
        rows = []
        for alias in sorted(aliases):
            links = [link for m in members if self._name_of(m) == alias for link in by_node.get(m, ())]
            # An exact-duplicate link ("identical name") explains nothing about the alias: prefer any other.
            links.sort(key=lambda l: (l.detail == "identical name", l.rule, l.detail))
            if links:
                rows.append({"entity_type": entity_type, "entity_id": entity_id, "canonical_name": canonical_name,
                             "merged_name": alias, "rule": links[0].rule, "detail": links[0].detail})
        return rows


def most_common(values: Iterable, default=None):
    """The most frequent non-null value (ties: the smallest by repr), or ``default``."""
    counts: dict = defaultdict(int)
    for v in values:
        if v is not None and v != "":
            counts[v] += 1
    if not counts:
        return default
    return min(counts, key=lambda v: (-counts[v], repr(v)))


def unique_keys(entities: list[tuple[str, list]], make_id: Callable[[str], str]) -> list[str]:
    """Ids for (canonical key, members) pairs; two clusters that share a key get it extended by
    their first member so ids stay distinct and deterministic."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, (key, _) in enumerate(entities):
        by_key[key].append(i)
    ids = [""] * len(entities)
    for key, idxs in by_key.items():
        if len(idxs) == 1:
            ids[idxs[0]] = make_id(key)
            continue
        # The cluster seen in most documents keeps the plain key (it existed first in practice).
        ranked = sorted(idxs, key=lambda i: (-len({m[0] for m in entities[i][1]}), repr(sorted(entities[i][1], key=repr)[0])))
        ids[ranked[0]] = make_id(key)
        for i in ranked[1:]:
            first = sorted(entities[i][1], key=repr)[0]
            ids[i] = make_id(f"{key}|{first[0]}|{first[1]}")
    return ids
