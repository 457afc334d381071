"""People across documents.

Rules, in order:
- ``same_key``: the same full name up to case, diacritics, hyphens, spacing and line breaks
  ("Šermukšnytė-Alešiūnienė" = "Sermuksnyte-Alesiuniene"); this key is also the person's id key.
- ``surname_in_document``: a one-word mention (a surname, or a title + surname whose title the
  extractor removed) or an initial + surname joins the one full name of the same document that ends
  with it; when two people of that document share the surname it stays apart.
A short name never links across documents: "Smith" in one document says nothing about "Smith" in
another. Unlinked short names get a document-scoped key.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from pipeline.normalise import fold, stable_id
from pipeline.resolve.model import Clusters, Entity, Node, docs_by_name, most_common, unique_keys
from pipeline.resolve.overrides import Overrides


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """The matching key of a person's name: folded, without spaces or hyphens."""
    return fold(name).replace(" ", "")


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """A name's folded words (accents and case folded), in order."""
    return tuple(fold(name).split())


def is_short(name: str) -> bool:
    """A surname alone ("Engelmann", "Šermukšnytė-Alešiūnienė") or an initial + surname ("U. Engelmann")."""
    raw = name.split()
    if len(raw) == 1:
        return True
    toks = name_tokens(name)
    return len(toks) >= 2 and all(len(t) == 1 for t in toks[:-1])


def surname_keys(name: str) -> set[str]:
    """Keys of every proper tail of a full name: the surnames a short mention may use."""
    toks = name_tokens(name)
    return {"".join(toks[i:]) for i in range(1, len(toks))}


def display_rank(name: str, n_docs: int) -> tuple:
    """How a spelling ranks as a person's display name (smallest first), given the documents that use it."""
    # Prefer a well-formed spelling (not all capitals, no line-break debris such as "- "), then
    # the one that keeps diacritics and hyphens (the fullest form), then the commonest.
    non_ascii = sum(1 for ch in name if ord(ch) > 127)
    malformed = any(len(w) > 2 and w.isupper() for w in name.split()) or "- " in name or " -" in name
    return (malformed, -non_ascii, -name.count("-"), -n_docs, name)


def resolve_people(nodes: dict[tuple[str, str], Node], overrides: Overrides) -> tuple[dict[str, Entity], dict, list[dict]]:
    """Entities, (doc_id, name) -> id, and merge rows for person nodes."""
    aliases = overrides.alias_map("person", person_key)
    uf = Clusters(nodes, name_of=lambda k: k[1], forbidden=overrides.forbidden("person", person_key), fold=person_key)
    anchors: dict[str, tuple[str, str]] = {}  # canonical key -> virtual anchor node

    full = sorted(k for k in nodes if not is_short(k[1]) and person_key(k[1]))
    short = sorted(k for k in nodes if is_short(k[1]) and person_key(k[1]))

    # Analyst aliases first: forced, so a do-not-merge row cannot undo an explicit alias.
    for k in sorted(nodes):
        canonical = aliases.get(person_key(k[1]))
        if canonical:
            anchor = anchors.setdefault(person_key(canonical), ("", canonical))
            uf.add(anchor)
            uf.link(anchor, k, "alias_file", f"aliases.csv: {k[1]} -> {canonical}", force=True)

    by_key: dict[str, list] = defaultdict(list)
    for k in full:
        by_key[person_key(k[1])].append(k)
    for key, members in by_key.items():
        for other in members[1:]:
            same_text = other[1] == members[0][1]
            uf.link(members[0], other, "same_key", "identical name" if same_text else "same name up to case, diacritics, hyphens or spacing")

    full_by_doc: dict[str, list] = defaultdict(list)
    for k in full:
        full_by_doc[k[0]].append(k)
    for k in short:
        toks = name_tokens(k[1])
        surname = "".join(toks) if len(k[1].split()) == 1 else toks[-1]
        initial = toks[0] if len(k[1].split()) > 1 else None
        candidates = {person_key(f[1]): f for f in full_by_doc.get(k[0], ())
                      if surname in surname_keys(f[1]) and (initial is None or name_tokens(f[1])[0].startswith(initial))}
        if len(candidates) == 1:
            (target,) = candidates.values()
            uf.link(target, k, "surname_in_document", f"the only {k[1]} in doc {k[0]}")

    groups = [g for g in uf.groups() if any(m in nodes for m in g)]
    keyed: list[tuple[str, list]] = []
    for g in groups:
        real = [m for m in g if m in nodes]
        anchor = next((m for m in g if m not in nodes), None)
        longs = [m for m in real if not is_short(m[1])]
        if anchor is not None:
            key = person_key(anchor[1])
        elif longs:
            docs_per_key: dict[str, set] = defaultdict(set)
            for m in longs:
                docs_per_key[person_key(m[1])].add(m[0])
            key = min(docs_per_key, key=lambda x: (-len(docs_per_key[x]), x))
        else:
            # An unlinked short name: only meaningful inside its document.
            key = f"{real[0][0]}:{person_key(real[0][1])}"
        keyed.append((key, real))
    ids = unique_keys(keyed, lambda key: stable_id("per", key))

    entities: dict[str, Entity] = {}
    id_of: dict[tuple[str, str], str] = {}
    merges: list[dict] = []
    for (key, real), eid, g in zip(keyed, ids, groups):
        anchor = next((m for m in g if m not in nodes), None)
        names_docs = docs_by_name(real)
        longs = [n for n in names_docs if not is_short(n)]
        if anchor is not None:
            name = anchor[1]
        else:
            pool = longs or list(names_docs)
            name = min(pool, key=lambda n: display_rank(n, len(names_docs[n])))
        ent = Entity("person", eid, name, key=key, anchored=anchor is not None)
        ent.absorb(real, nodes, id_of)
        ent.attrs["title"] = most_common(a.get("title") for m in real for a in nodes[m].attrs)
        entities[eid] = ent
        merges += uf.merge_rows("person", eid, name, real, ent.aliases)
    return entities, id_of, merges
