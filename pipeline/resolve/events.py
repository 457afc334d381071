"""Events across documents: one row per edition of a (possibly recurring) event.

The *base name* of an event mention is its folded name without years, edition words ("the sixth
edition of", "7th"), a leading article or plural endings, with token synonyms from
``token_synonyms.csv`` applied ("EU" → "european"). Its *year* comes from the name or, failing
that, from its dates. Rules:
- ``same_edition``: same base name (or a fuzzy variant of it, ratio ≥ 95 within blocks) and the same
  year → one event, provided nothing contradicts it: editions, cities and day/month dates must agree
  (overlapping ranges). Different years or different edition numbers never merge. When the
  mentions of a name and year disagree, the fully dated ones seed the editions and the others join
  the one edition they fit (none or several: they stand apart), independently of the order of documents
  (:func:`.editions.cluster_editions`).
- ``edition_number``: a mention with an edition number but no year joins the one dated edition
  carrying that number.
- ``in_document``: an undated mention ("the Conference", "the European Cluster Conference") joins
  the one dated edition of the same base name in its own document.
Undated mentions that remain share one entity per base name (the recurring event as such).
The id key is ``base name|year`` (``base name|edN`` when only the edition is known, ``base name``
when neither is).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from typing import Callable

from rapidfuzz import fuzz

from pipeline.data_files import data_table
from pipeline.normalise import fold, stable_id
from pipeline.resolve.editions import Facts, Summaries, analyse_name, cluster_editions
from pipeline.resolve.model import Clusters, Entity, Node, docs_by_name, most_common, unique_keys
from pipeline.resolve.overrides import Overrides

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}
_MAX_BLOCK = 300  # fuzzy base-name comparisons only inside blocks smaller than this


def load_token_synonyms(data_dir: Path | None) -> dict[str, str]:
    """``token_synonyms.csv`` (token,replacement): folded tokens treated as the same in event names."""
    if data_dir is None:
        return {}
    rows = data_table(data_dir / "token_synonyms.csv")[1]
    return {fold(r["token"]): fold(r["replacement"]) for r in rows if r.get("token") and r.get("replacement")}


def _oversize(word: str, n: int) -> bool:
    return n > _MAX_BLOCK


def similar_bases(a: str, b: str) -> bool:
    """The fuzzy base-name test of two base names of one block, ``a`` sorting first: ``a`` is long
    enough (15 characters) and the rapidfuzz ratio reaches 95. A pure function of the two names: the
    entity index stores the pairs that pass as edges (:mod:`.blocking`), so it must agree with this loop."""
    return len(a) >= 15 and fuzz.ratio(a, b) >= 95


def resolve_events(nodes: dict[tuple[str, str], Node], synonyms: dict[str, str], overrides: Overrides,
                   published: dict[str, dt.date | None], oversize: Callable[[str, int], bool] | None = None,
                   canon: Callable[[str], str] | None = None) -> tuple[dict[str, Entity], dict, list[dict]]:
    """Entities, (doc_id, name) -> id, and merge rows for event nodes; ``published`` maps doc_id → date.

    ``oversize(word, n)``: whether the fuzzy block of the ``n`` base names starting with ``word`` is
    skipped (default: more than ``_MAX_BLOCK``); the entity index passes the corpus-wide size.
    ``canon``: each base name's canonical base as the whole corpus gives it, when already known (the
    entity index re-resolving a few editions, :mod:`.index_events`): the fuzzy step is skipped."""
    if oversize is None:
        oversize = _oversize
    facts = {k: Facts(n, synonyms) for k, n in nodes.items()}
    uf = Clusters(nodes, name_of=lambda k: k[1], forbidden=overrides.forbidden("event", fold), fold=fold)

    aliases = overrides.alias_map("event", fold)
    for k in sorted(nodes):
        canonical = aliases.get(fold(k[1]))
        if canonical:
            anchor = ("", canonical)
            if anchor not in uf.parent:
                uf.add(anchor)
                facts[anchor] = Facts(Node("", canonical), synonyms)
            uf.link(anchor, k, "alias_file", f"aliases.csv: {k[1]} -> {canonical}", force=True)
    summaries = Summaries(facts, uf)
    for root in {uf.find(k) for k in facts}:
        members = uf.members[root]
        joined = summaries.by_root[members[0]]
        for m in members[1:]:
            joined = Summaries.join(joined, summaries.by_root[m])
        summaries.by_root[root] = joined

    # Base names: exact, then fuzzy variants within blocks of the same first word.
    bases = sorted({f.base for f in facts.values() if f.base})
    canon_base = {b: b for b in bases}
    blocks: dict[str, list] = defaultdict(list)
    for b in bases:
        blocks[b.split()[0]].append(b)
    for word, members in blocks.items():
        if canon is not None:
            canon_base.update((b, canon(b)) for b in members)
            continue
        if oversize(word, len(members)):
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if canon_base[b] == b and similar_bases(a, b):
                    canon_base[b] = canon_base[a]
    by_base: dict[str, list] = defaultdict(list)
    for k in sorted(nodes):
        if facts[k].base:
            by_base[canon_base[facts[k].base]].append(k)

    for base, members in sorted(by_base.items()):
        dated = [k for k in members if facts[k].years]
        by_year: dict[int, list] = defaultdict(list)
        for k in dated:
            by_year[next(iter(facts[k].years))].append(k)
        for year, ks in sorted(by_year.items()):
            cluster_editions(ks, summaries, year)
        by_edition: dict[frozenset, set] = defaultdict(set)
        by_doc: dict[str, set] = defaultdict(set)
        for t in members:
            if facts[t].years and facts[t].editions:
                by_edition[frozenset(facts[t].editions)].add(uf.find(t))
        for k in (k for k in members if not facts[k].years and facts[k].editions):
            targets = {uf.find(t) for t in by_edition.get(frozenset(facts[k].editions), ())}
            if len(targets) == 1:
                summaries.link(next(iter(targets)), k, "edition_number", f"edition {next(iter(facts[k].editions))}")
        for t in members:
            if facts[t].years or facts[t].editions:
                by_doc[t[0]].add(t)
        undated = [k for k in members if not facts[k].years and not facts[k].editions]
        for k in undated:
            targets = {uf.find(t) for t in by_doc.get(k[0], ())}
            if len(targets) == 1:
                summaries.link(next(iter(targets)), k, "in_document", f"the only dated {base} in doc {k[0]}")
        # What is left undated stands for the recurring event: one entity per base name.
        dated_roots = {uf.find(t) for ts in by_doc.values() for t in ts}
        rest = [k for k in undated if uf.find(k) not in dated_roots]
        for other in rest[1:]:
            summaries.link(rest[0], other, "same_key", "identical name" if other[1] == rest[0][1] else "same base name, undated")

    return _entities(nodes, uf, facts, canon_base, published)


def _entities(nodes, uf: Clusters, facts, canon_base, published) -> tuple[dict[str, Entity], dict, list[dict]]:
    groups = [g for g in uf.groups() if any(m in nodes for m in g)]
    keyed: list[tuple[str, list]] = []
    for g in groups:
        real = [m for m in g if m in nodes]
        anchor = next((m for m in g if m not in nodes), None)
        fs = [facts[m] for m in g]
        years = set().union(*(f.years for f in fs))
        editions = set().union(*(f.editions for f in fs))
        if anchor is not None:
            base = canon_base.get(facts[anchor].base, facts[anchor].base) or fold(anchor[1])
        else:
            base = most_common(canon_base.get(f.base, f.base) for f in fs if f.base) or fold(real[0][1])
        if years:
            key = f"{base}|{min(years)}"
        elif editions:
            key = f"{base}|ed{min(editions)}"
        else:
            key = base
        keyed.append((key, real))
    ids = unique_keys(keyed, lambda key: stable_id("evt", key))

    entities: dict[str, Entity] = {}
    id_of: dict[tuple[str, str], str] = {}
    merges: list[dict] = []
    for (key, real), eid, g in zip(keyed, ids, groups):
        anchor = next((m for m in g if m not in nodes), None)
        names_docs = docs_by_name(real)
        mentions_by_name: dict[str, int] = defaultdict(int)
        for m in real:
            mentions_by_name[m[1]] += nodes[m].n_mentions
        name = anchor[1] if anchor else re.sub(r"^(?:the|The)\s+", "", _display_name(names_docs, mentions_by_name))
        ent = Entity("event", eid, name, key=key)
        attrs = [a for m in real for a in nodes[m].attrs]
        ent.attrs = _event_attrs(attrs, [facts[m] for m in real])
        ent.absorb(real, nodes, id_of)
        ent.attrs["status"] = event_status(ent.attrs.get("start_date"), ent.attrs.get("end_date"),
                                           [published.get(d) for d in ent.doc_ids],
                                           ent.attrs.get("date_precision"))
        entities[eid] = ent
        merges += uf.merge_rows("event", eid, name, real, ent.aliases)
    return entities, id_of, merges


def _display_name(docs_by_name: dict[str, set], mentions_by_name: dict[str, int]) -> str:
    # A name that carries its year reads best ("European Cluster Conference 2019"), then the one
    # most documents use, without a leading article, then the most mentioned, then the shortest.
    def rank(n: str):
        return (not re.search(r"\b(?:19|20)\d\d\b", n), n.lower().startswith("the "), -len(docs_by_name[n]),
                -mentions_by_name[n], len(n), n)
    return min(docs_by_name, key=rank)


def _event_attrs(attrs: list[dict], fs: list[Facts]) -> dict:
    out = {
        "event_type": most_common(a.get("event_type") for a in attrs if a.get("event_type") != "other") or most_common(a.get("event_type") for a in attrs),
        "city": most_common(a.get("city") for a in attrs),
        "country": most_common(a.get("country") for a in attrs),
        "edition": most_common(e for f in fs for e in f.editions),
        "start_date": None, "end_date": None, "date_precision": None,
    }
    dated = [a for a in attrs if a.get("start_date")]
    if dated:
        best = min(_PRECISION_RANK.get(a.get("date_precision"), 3) for a in dated)
        pool = [a for a in dated if _PRECISION_RANK.get(a.get("date_precision"), 3) == best]
        start, end, precision = most_common((a["start_date"], a.get("end_date") or a["start_date"], a.get("date_precision")) for a in pool)
        out.update(start_date=start, end_date=end, date_precision=precision)
    else:
        years = set().union(*(f.years for f in fs)) if fs else set()
        if len(years) == 1:
            # A year from the name ("EU Cluster Conference 2019") is a date of year precision.
            year = next(iter(years))
            out.update(start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31), date_precision="year")
    return out


def event_status(start: dt.date | None, end: dt.date | None, doc_dates: list[dt.date | None],
                 precision: str | None = "day") -> str | None:
    """upcoming | ongoing | past as seen from the latest dated document mentioning the event."""
    known = [d for d in doc_dates if d is not None]
    if start is None or not known:
        return None
    ref = max(known)
    end = end or start
    if ref < start:
        return "upcoming"
    if ref > end:
        return "past"
    # Inside a month- or year-precision range we cannot tell; only a dated range is "ongoing".
    return "ongoing" if precision in (None, "day") else None
