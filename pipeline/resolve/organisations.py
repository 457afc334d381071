"""Organisations across documents.

Rules, in order:
- ``alias_file``: analyst aliases (forced).
- ``gazetteer``: a name, acronym or alias of an entry in ``organisations.jsonl`` ("the Commission"
  → European Commission).
- ``same_key``: the same name up to case, diacritics, hyphens, spacing and a leading "the"
  ("DirectorateGeneral for …" = "Directorate-General for …").
- ``acronym``: an acronym and the full name it stands for, from the definitions seen in any document
  ("Directorate-General for … (DG GROW)"); an acronym defined differently by two documents is
  linked only inside each defining document.
- ``head_noun_in_document``: a one-word name ("the Observatory") and the only longer name of the
  same document that ends with that word (and no other name there uses the word).
- ``fuzzy_name``: spelling variants of long names (rapidfuzz ratio ≥ 93 within blocks sharing a
  first or last significant word; numbers must agree, and every word only one name has must be a
  variant of a word of the other: codes such as "A-10" / "B-10" never are).
The id key is the folded full name (the gazetteer's name when the entity is in the gazetteer), or
the acronym when no full name is known.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from rapidfuzz import fuzz

from pipeline.data_files import data_records
from pipeline.normalise import fold as _fold, stable_id
from pipeline.resolve.model import Clusters, Entity, Node, docs_by_name, most_common, unique_keys
from pipeline.resolve.overrides import Overrides

_STOP = {"the", "of", "for", "and", "&", "de", "in", "on", "a", "an", "to", "la", "le", "des", "du", "und", "fur"}
_FUZZY_MIN = 93
_FUZZY_MIN_LEN = 12
_MAX_BLOCK = 100  # a block bigger than this is a stop-word-like token: skip it to stay near-linear
fold = lru_cache(maxsize=65536)(_fold)  # names recur across documents and rules


@lru_cache(maxsize=65536)
def org_key(name: str) -> str:
    """Matching key: folded, leading article dropped, '&' as 'and', spaces and hyphens removed."""
    toks = fold(name).replace("&", " and ").split()
    if toks and toks[0] == "the":
        toks = toks[1:]
    return "".join(toks)


@lru_cache(maxsize=1 << 16)
def looks_like_acronym(name: str) -> bool:
    """"DG GROW", "EOCIC", "EU-JAMRAI", "ECCP": upper-case letters (and digits), no long lower-case word.
    Cached: a group re-resolved when one document comes asks it of every mention of a few hundred names."""
    stripped = name.strip()
    if len(stripped) > 20:
        return False
    letters = [c for c in stripped if c.isalpha()]
    if not letters:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper >= 2 and upper / len(letters) >= 0.6 and not re.search(r"[a-z]{4,}", stripped)


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    org_type: str | None
    country: str | None


def load_gazetteer(data_dir: Path | None) -> list[GazetteerEntry]:
    """Entries of ``organisations.jsonl`` (an empty list when it is absent)."""
    if data_dir is None:
        return []
    out = []
    for row in data_records(data_dir / "organisations.jsonl"):
        if not row.get("name"):
            continue
        out.append(GazetteerEntry(row["name"], row.get("acronym") or None, tuple(row.get("aliases") or ()),
                                  row.get("org_type") or None, row.get("country") or None))
    return out


def significant_words(name: str) -> list[str]:
    """The folded words of a name that tell it apart: no stop words ("the", "of", "und"), none under three letters."""
    return [t for t in fold(name).split() if t not in _STOP and len(t) > 2]


def _words_pair_up(a: str, b: str) -> bool:
    """Every content word one name has and the other lacks is a spelling variant of a word of the
    other (both at least 4 letters, ratio ≥ 75): "Democracy"/"Democratic" yes, "A-10"/"B-10" or
    "CDH"/"SDUR" (codes) no. Function words ("for"/"of") may differ freely."""
    ta, tb = set(significant_words(a)) - _STOP, set(significant_words(b)) - _STOP
    only_a, only_b = ta - tb, tb - ta
    short = [t for t in fold(a).split() + fold(b).split() if t not in _STOP and len(t) <= 2]
    if len(only_a) != len(only_b) or set(short) - (set(fold(a).split()) & set(fold(b).split())):
        return False
    return all(len(x) >= 4 and any(len(y) >= 4 and fuzz.ratio(x, y) >= 75 for y in only_b) for x in only_a)


def _oversize(block: str, n: int) -> bool:
    return n > _MAX_BLOCK


def fuzzy_blocks(name: str, key: str, acronym: bool) -> list[str]:
    """The fuzzy blocks a name group joins when ``name`` is its first (sorted) node: first and last significant word."""
    if acronym or len(key) < _FUZZY_MIN_LEN:
        return []
    sig = significant_words(name)
    return ["f:" + sig[0], "l:" + sig[-1]] if sig else []


def fuzzy_name_score(a: str, b: str) -> float:
    """The ``fuzzy_name`` test of two names in one block (each the first node of its name key): the
    rapidfuzz ratio of their folded forms when it reaches ``_FUZZY_MIN``, their numbers agree and their
    words pair up; else 0. A pure function of the two names: the entity index stores the pairs that
    pass as the edges of the "can be linked" graph (:mod:`.blocking`), so it must agree with this loop."""
    if _digits(a) != _digits(b) or not _words_pair_up(a, b):
        return 0
    return fuzz.ratio(fold(a), fold(b), score_cutoff=_FUZZY_MIN)


def is_acronym_node(node: Node) -> bool:
    """An acronym-like name, or a name a mention gives as its own acronym."""
    return looks_like_acronym(node.name) or any(a.get("acronym") == node.name for a in node.attrs)


def _digits(name: str) -> list[str]:
    return re.findall(r"\d+", name)


def resolve_organisations(nodes: dict[tuple[str, str], Node], gazetteer: list[GazetteerEntry],
                          overrides: Overrides, oversize: Callable[[str, int], bool] | None = None
                          ) -> tuple[dict[str, Entity], dict, list[dict]]:
    """Entities, (doc_id, name) -> id, and merge rows for organisation nodes.

    ``oversize(block, n)``: whether a fuzzy block of ``n`` names is skipped; by default when ``n`` exceeds
    ``_MAX_BLOCK``. The entity index resolves part of a corpus and passes the block's corpus-wide size."""
    if oversize is None:
        oversize = _oversize
    uf = Clusters(nodes, name_of=lambda k: k[1], forbidden=overrides.forbidden("organisation", org_key), fold=org_key)
    keys = {k: org_key(k[1]) for k in nodes}
    acronym_nodes = {k for k in nodes if is_acronym_node(nodes[k])}

    # 1. Analyst aliases, forced.
    anchors: dict[str, tuple[str, str]] = {}
    aliases = overrides.alias_map("organisation", org_key)
    for k in sorted(nodes):
        canonical = aliases.get(keys[k])
        if canonical:
            anchor = anchors.setdefault(org_key(canonical), ("", canonical))
            uf.add(anchor)
            uf.link(anchor, k, "alias_file", f"aliases.csv: {k[1]} -> {canonical}", force=True)

    # 2. Gazetteer: every name form of an entry points at one anchor node.
    gaz_anchor: dict[str, tuple[str, str]] = {}
    gaz_of_anchor: dict[tuple[str, str], GazetteerEntry] = {}
    for entry in gazetteer:
        anchor = ("~gazetteer", entry.name)
        gaz_of_anchor[anchor] = entry
        for form in (entry.name, *entry.aliases, *([entry.acronym] if entry.acronym else [])):
            gaz_anchor.setdefault(org_key(form), anchor)
    # A document that defines an acronym its own way ("Executive Committee (EC)") overrides the
    # gazetteer's meaning of that acronym inside that document.
    local_meaning = {(k[0], org_key(a["acronym"])): keys[k] for k in sorted(nodes) for a in nodes[k].attrs
                     if a.get("acronym") and org_key(a["acronym"]) != keys[k]}
    for k in sorted(nodes):
        anchor = gaz_anchor.get(keys[k])
        own = local_meaning.get((k[0], keys[k]))
        if anchor and (own is None or gaz_anchor.get(own) == anchor):
            uf.add(anchor)
            uf.link(anchor, k, "gazetteer", f"organisations.jsonl: {anchor[1]}")

    # 3. Same key.
    by_key: dict[str, list] = defaultdict(list)
    for k in sorted(nodes):
        if keys[k]:
            by_key[keys[k]].append(k)
    for key, members in by_key.items():
        if any(m in acronym_nodes for m in members):
            continue  # the same acronym may stand for different bodies: step 4 decides
        for other in members[1:]:
            uf.link(members[0], other, "same_key", "identical name" if other[1] == members[0][1] else "same name up to case, diacritics, hyphens or spacing")

    # 4. Acronyms: definitions from every document (a mention with both a name and an acronym).
    definitions: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # acronym key -> full key -> doc ids
    full_node_of: dict[tuple[str, str], tuple[str, str]] = {}  # (doc, full key) -> node
    for k in sorted(nodes):
        for a in nodes[k].attrs:
            acr = a.get("acronym")
            if acr and org_key(acr) != keys[k] and k not in acronym_nodes:
                definitions[org_key(acr)][keys[k]].add(k[0])
                full_node_of.setdefault((k[0], keys[k]), k)
    for entry in gazetteer:
        if entry.acronym:
            definitions[org_key(entry.acronym)][org_key(entry.name)].add("")
    full_nodes_by_key = {key: members for key, members in by_key.items()}
    # The evidence of a corpus-wide definition, once per acronym: it lists every defining document,
    # and was joined again for each use of the acronym (quadratic in its documents).
    where_defined: dict[str, str] = {}
    for k in sorted(acronym_nodes):
        defs = definitions.get(keys[k], {})
        local = [fk for fk, docs in defs.items() if k[0] in docs]
        if len(local) == 1:
            target = full_node_of[(k[0], local[0])]
            uf.link(target, k, "acronym", f"defined in doc {k[0]}")
        elif len(defs) == 1:
            (fk, docs), = defs.items()
            target = full_nodes_by_key.get(fk, [None])[0] or gaz_anchor.get(fk)
            if target is not None:
                if keys[k] not in where_defined:
                    where_defined[keys[k]] = ", ".join(f"doc {d}" for d in sorted(docs) if d) or "the gazetteer"
                uf.link(target, k, "acronym", f"defined in {where_defined[keys[k]]}")
    # Acronyms no document defines for themselves are one organisation per acronym (when the
    # corpus defines it two ways, an undefined use cannot be attributed and stays with its kind).
    undefined: dict[str, list] = defaultdict(list)
    for k in sorted(acronym_nodes):
        defs = definitions.get(keys[k], {})
        if not any(k[0] in docs for docs in defs.values()) and len(defs) != 1:
            undefined[keys[k]].append(k)
    for members in undefined.values():
        for other in members[1:]:
            uf.link(members[0], other, "same_key", "identical name" if other[1] == members[0][1] else "same acronym")

    # 5. A one-word name and the one longer name of its document that starts or ends with that word.
    by_doc: dict[str, list] = defaultdict(list)
    for k in sorted(nodes):
        by_doc[k[0]].append(k)
    for doc_id, members in by_doc.items():
        for k in members:
            words = [t for t in fold(k[1]).split() if t != "the"]
            if len(words) != 1 or k in acronym_nodes:
                continue
            word = words[0]
            # Every longer name using the word counts, so "the Observatory" stays alone in a
            # document naming two observatories, whichever word of their names it is.
            using = {keys[o] for o in members if o not in acronym_nodes and len(significant_words(o[1])) > 1 and word in fold(o[1]).split()}
            # Only as the head noun (the last word): "Google" is not "Google DeepDream".
            longer = {keys[o]: o for o in members if o not in acronym_nodes and len(significant_words(o[1])) > 1
                      and fold(o[1]).split()[-1] == word}
            if len(longer) == 1 and len(using) == 1:
                (target,) = longer.values()
                uf.link(target, k, "head_noun_in_document", f"the only '{target[1]}' in doc {doc_id}")

    # 6. Fuzzy spelling variants inside blocks (first and last significant word).
    blocks: dict[str, set] = defaultdict(set)
    for key, members in by_key.items():
        rep = members[0]
        for block in fuzzy_blocks(rep[1], key, rep in acronym_nodes):
            blocks[block].add(key)
    seen_pairs: set = set()
    for block in sorted(blocks):
        members = sorted(blocks[block])
        if oversize(block, len(members)):
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if (a, b) in seen_pairs:
                    continue
                seen_pairs.add((a, b))
                na, nb = by_key[a][0], by_key[b][0]
                if uf.same(na, nb):
                    continue
                score = fuzzy_name_score(na[1], nb[1])
                if score:
                    uf.link(na, nb, "fuzzy_name", f"ratio {score:.0f}")

    return _entities(nodes, uf, keys, acronym_nodes, gaz_of_anchor)


def display_rank(name: str, n_docs: int) -> tuple:
    """How a spelling of the entity's best name key ranks as its display name (smallest first), given the documents
    that use it: the spelling with the most separators ("Directorate-General" rather than "DirectorateGeneral"),
    not led by "the", then the commonest."""
    return (name.lower().startswith("the "), -name.count("-"), -len(re.findall(r"[\s\-]", name)), -n_docs, name)


def _entities(nodes, uf: Clusters, keys, acronym_nodes, gaz_of_anchor) -> tuple[dict[str, Entity], dict, list[dict]]:
    groups = [g for g in uf.groups() if any(m in nodes for m in g)]
    keyed: list[tuple[str, list]] = []
    names: list[str] = []
    gaz_entries: list[GazetteerEntry | None] = []
    anchored: list[bool] = []  # named by an analyst alias or a gazetteer entry
    for g in groups:
        real = [m for m in g if m in nodes]
        alias_anchor = next((m for m in g if m not in nodes and m[0] == ""), None)
        gaz = next((gaz_of_anchor[m] for m in g if m in gaz_of_anchor), None)
        names_docs = docs_by_name(real)
        fulls = [n for n in names_docs if not looks_like_acronym(n)
                 and not any(m[1] == n and m in acronym_nodes for m in real)]
        if alias_anchor is not None:
            name = alias_anchor[1]
        elif gaz is not None:
            name = gaz.name
        elif fulls:
            docs_by_key: dict[str, set] = defaultdict(set)
            for n in fulls:
                docs_by_key[org_key(n)] |= names_docs[n]
            best_key = min(docs_by_key, key=lambda x: (-len(docs_by_key[x]), x))
            # Display: the spelling of that key with the most separators ("Directorate-General"
            # rather than "DirectorateGeneral"), then the commonest.
            name = min((n for n in fulls if org_key(n) == best_key), key=lambda n: display_rank(n, len(names_docs[n])))
        else:
            name = min(names_docs, key=lambda n: (-len(names_docs[n]), n))
        keyed.append((org_key(name) or fold(name), real))
        names.append(name)
        gaz_entries.append(gaz)
        anchored.append(alias_anchor is not None or gaz is not None)
    ids = unique_keys(keyed, lambda key: stable_id("org", key))

    entities: dict[str, Entity] = {}
    id_of: dict[tuple[str, str], str] = {}
    merges: list[dict] = []
    for (key, real), eid, name, gaz, anchor in zip(keyed, ids, names, gaz_entries, anchored):
        ent = Entity("organisation", eid, name, key=key, anchored=anchor)
        attrs = [a for m in real for a in nodes[m].attrs]
        acronyms = [a.get("acronym") for a in attrs] + [m[1] for m in real if looks_like_acronym(m[1])]
        ent.attrs = {
            "acronym": (gaz.acronym if gaz and gaz.acronym else None) or most_common(acronyms),
            "org_type": (gaz.org_type if gaz else None) or most_common(a.get("org_type") for a in attrs),
            "country": (gaz.country if gaz else None) or most_common(a.get("country") for a in attrs),
        }
        ent.absorb(real, nodes, id_of)
        entities[eid] = ent
        merges += uf.merge_rows("organisation", eid, name, real, ent.aliases)
    return entities, id_of, merges
