"""Blocking keys: which resolution nodes a rule can ever compare, so a corpus splits into independent parts.

Every rule of :mod:`.people`, :mod:`.organisations` and :mod:`.events` only links two nodes that share
a key given here (the same name key, the same gazetteer or alias anchor, the same acronym, the same
base name, a document-scoped key for the in-document rules). The connected components of the
"shares a key" graph are therefore resolved independently: resolving each component on its own,
with the same rules in the same sorted order, gives exactly the clusters of a whole-corpus run. The
entity index (:mod:`.index`) re-resolves only the components a run's added or removed nodes touch.

Two rules compare inside *sized blocks* that are skipped when too big (fuzzy organisation names
by first or last significant word, fuzzy event base names by first word). Inside a usable block
they link only the pairs that pass a pure pair test (:func:`.organisations.fuzzy_name_score` on the
two name keys' first names, :func:`.events.similar_bases` on two base names; :func:`pair_passes`).
So a block does not connect its members: only those pairs do, as *edges* between the two keys
(``k:<org key>``, ``b:<base name>``). Components are taken over keys and the edges of usable
blocks; a block's corpus-wide size is kept by the index and handed to the resolver, so a component
sees the same skip decision as a whole-corpus run.

Why a component resolved alone gives exactly the whole-corpus clusters: (1) every link a rule
makes is between two nodes that share a key or whose keys are joined by an edge (the fuzzy rules
test exactly the pairs of usable blocks and link only those that pass the pair test, which are the
edges), so no link crosses components; (2) every check a link depends on (do-not-merge pairs, event
compatibility, "already in one cluster") reads only the two clusters it joins, which lie in the
component; (3) the rules visit nodes, blocks and pairs in sorted order, and restricting a sorted
sequence to a component keeps its relative order, so the order-dependent steps (each event
mention's "first compatible cluster of its year", the chain ``canon_base[b] = canon_base[a]`` of
the first earlier base ``a`` that passes the test with ``b``, an organisation pair visited in its
first usable shared block) take the same decisions: the pair ``a`` that sets ``canon_base[b]`` and
the pairs before it that set ``canon_base[a]`` are all edges, hence in the component.

Document-scoped keys are computed per document from all of that document's nodes (a document's
nodes always come and go together), and only where an in-document rule can apply, so that two
names sharing a document do not tie their entities' components together for nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.normalise import fold
from pipeline.resolve.events import analyse_name, load_token_synonyms, similar_bases
from pipeline.resolve.model import Node
from pipeline.resolve.organisations import (GazetteerEntry, significant_words, fuzzy_blocks, fuzzy_name_score, is_acronym_node,
                                            load_gazetteer, org_key)
from pipeline.resolve.overrides import Overrides, load_overrides
from pipeline.resolve.people import surname_keys, name_tokens, is_short, person_key

NodeKey = tuple[str, str]
ENTITY_TYPES = ("person", "organisation", "event")
# Sized blocks: (limit, resolver's name of a block). Organisation blocks are "f:word" / "l:word".
ORG_BLOCK_LIMIT = 100
EVENT_BLOCK_LIMIT = 300


@dataclass
class ResolveData:
    """Domain data every resolver reads (one load per run), with the lookups the keys need."""

    overrides: Overrides
    gazetteer: list[GazetteerEntry]
    synonyms: dict[str, str]
    person_aliases: dict[str, str] = field(default_factory=dict)
    org_aliases: dict[str, str] = field(default_factory=dict)
    event_aliases: dict[str, str] = field(default_factory=dict)
    gaz_anchor: dict[str, str] = field(default_factory=dict)  # org key of a name form -> gazetteer entry name
    gaz_acronyms: dict[str, list[str]] = field(default_factory=dict)  # acronym key -> full-name keys the gazetteer gives it

    @classmethod
    def load(cls, data_dir: Path | None) -> "ResolveData":
        data = cls(load_overrides(data_dir), load_gazetteer(data_dir), load_token_synonyms(data_dir))
        data.person_aliases = data.overrides.alias_map("person", person_key)
        data.org_aliases = data.overrides.alias_map("organisation", org_key)
        data.event_aliases = data.overrides.alias_map("event", fold)
        for entry in data.gazetteer:
            for form in (entry.name, *entry.aliases, *([entry.acronym] if entry.acronym else [])):
                data.gaz_anchor.setdefault(org_key(form), entry.name)
            if entry.acronym:
                data.gaz_acronyms.setdefault(org_key(entry.acronym), []).append(org_key(entry.name))
        return data


def person_keys(nodes: dict[NodeKey, Node], data: ResolveData) -> dict[NodeKey, set[str]]:
    """Keys of one document's person nodes: name key, alias anchor, surname within the document."""
    out: dict[NodeKey, set[str]] = {k: set() for k in nodes}
    surnames: dict[str, list[NodeKey]] = {}
    for k in nodes:
        pk = person_key(k[1])
        if not pk:
            continue
        if (canonical := data.person_aliases.get(pk)):
            out[k].add("a:" + person_key(canonical))
        if is_short(k[1]):
            toks = name_tokens(k[1])
            surname = "".join(toks) if len(k[1].split()) == 1 else toks[-1]
            out[k].add(f"s:{k[0]}:{surname}")
            surnames.setdefault(surname, []).append(k)
        else:
            out[k].add("k:" + pk)
    for k in nodes:
        if person_key(k[1]) and not is_short(k[1]):
            out[k].update(f"s:{k[0]}:{s}" for s in surname_keys(k[1]) if s in surnames)
    return out


def organisation_keys(nodes: dict[NodeKey, Node], data: ResolveData) -> dict[NodeKey, set[str]]:
    """Keys of one document's organisation nodes: name key, alias and gazetteer anchors, acronym
    definitions (corpus-wide and the document's own), head noun within the document."""
    out: dict[NodeKey, set[str]] = {k: set() for k in nodes}
    keys = {k: org_key(k[1]) for k in nodes}
    acronym = {k: is_acronym_node(n) for k, n in nodes.items()}
    present = set(keys.values())
    defined_here: set[str] = set()
    for k, n in nodes.items():
        for a in n.attrs:
            if a.get("acronym") and org_key(a["acronym"]) != keys[k]:
                defined_here.add(org_key(a["acronym"]))
    one_words: set[str] = set()
    for k in nodes:
        words = [t for t in fold(k[1]).split() if t != "the"]
        if len(words) == 1 and not acronym[k]:
            one_words.add(words[0])
    for k, n in nodes.items():
        key, keyset = keys[k], out[k]
        if key:
            keyset.add("k:" + key)
        if (canonical := data.org_aliases.get(key)):
            keyset.add("a:" + org_key(canonical))
        if (anchor := data.gaz_anchor.get(key)):
            keyset.add("g:" + anchor)
        if key in defined_here:  # the document's own meaning of an acronym (against the gazetteer's)
            keyset.add(f"m:{k[0]}:{key}")
        for a in n.attrs:
            acr = a.get("acronym")
            if acr and org_key(acr) != key:
                if org_key(acr) in present:
                    keyset.add(f"m:{k[0]}:{org_key(acr)}")
                if not acronym[k]:
                    keyset.add("d:" + org_key(acr))  # a definition, read corpus-wide
        if acronym[k]:
            keyset.add("d:" + key)
            for full in data.gaz_acronyms.get(key, ()):
                keyset.add("k:" + full)
                if (anchor := data.gaz_anchor.get(full)):
                    keyset.add("g:" + anchor)
        if not acronym[k]:
            words = fold(k[1]).split()
            if len(significant_words(k[1])) > 1:
                keyset.update(f"h:{k[0]}:{w}" for w in set(words) & one_words)
            plain = [t for t in words if t != "the"]
            if len(plain) == 1:
                keyset.add(f"h:{k[0]}:{plain[0]}")
    return out


def event_bases(node: Node, data: ResolveData) -> set[str]:
    """The base names an event node brings into the corpus: its own and its alias anchor's."""
    bases = {analyse_name(node.name, data.synonyms)[0]}
    if (canonical := data.event_aliases.get(fold(node.name))):
        bases.add(analyse_name(canonical, data.synonyms)[0])
    return {b for b in bases if b}


def event_keys(nodes: dict[NodeKey, Node], data: ResolveData) -> dict[NodeKey, set[str]]:
    """Keys of one document's event nodes: base names (own and alias anchor's), alias anchor."""
    out: dict[NodeKey, set[str]] = {}
    for k, n in nodes.items():
        keyset = {"b:" + b for b in event_bases(n, data)}
        if (canonical := data.event_aliases.get(fold(k[1]))):
            keyset.add("a:" + canonical)
        out[k] = keyset
    return out


KEYS = {"person": person_keys, "organisation": organisation_keys, "event": event_keys}


def sized_blocks(etype: str, member: str, rep: Node | None) -> list[str]:
    """The sized blocks a member (an organisation name key, an event base name) belongs to.

    ``rep`` is the first node (sorted) of an organisation name key: its spelling decides the blocks."""
    if etype == "organisation":
        return fuzzy_blocks(rep.name, member, is_acronym_node(rep)) if rep is not None else []
    if etype == "event":
        return ["w:" + member.split()[0]]
    return []


def block_limit(etype: str) -> int:
    return ORG_BLOCK_LIMIT if etype == "organisation" else EVENT_BLOCK_LIMIT


def member_of_key(etype: str, key: str) -> str | None:
    """The sized-block member a key stands for ("k:<org key>", "b:<base name>"), else None."""
    if etype == "organisation" and key.startswith("k:"):
        return key[2:]
    if etype == "event" and key.startswith("b:"):
        return key[2:]
    return None


def key_of_member(etype: str, member: str) -> str:
    return ("k:" if etype == "organisation" else "b:") + member


def pair_passes(etype: str, a: str, b: str) -> bool:
    """Whether two members of one usable sized block are an edge: the resolver's own pair test.

    ``a`` and ``b`` are what the test reads (an organisation name key's first (sorted) name, an event
    base name), ``a`` for the member that sorts first: neither test is symmetric."""
    if etype == "organisation":
        return bool(fuzzy_name_score(a, b))
    return similar_bases(a, b)
