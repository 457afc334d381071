"""Entity resolution alone: what adding one document costs as the corpus grows.

``python -m bench.resolve_phase --zipf --n 1000 5000 20000`` builds, for each N, the entity index
(:mod:`pipeline.resolve.index`) of N *synthetic* document results whose people, organisations and
events are drawn from large pools by a Zipf law (:class:`bench.corpus.Pools`: a few names recur in
a fixed share of the documents, most are rare), with the variants real newsletters write: a surname
alone or with an initial next to the full name, capitals; an organisation with and without its
acronym, the acronym alone, a leading "the", a legal form, a misspelling; an event with an ordinal
edition, without its year, with a leading "the", a misspelling, with dates and a city. Organisation
names share first and last words ("Baltic Food Cluster", "Baltic Maritime Cluster"), so fuzzy
blocks fill up as in a real archive. The first N documents of a larger corpus are those of the
smaller one. Then the same three new documents are added one at a time, each as one index update.

``--only event`` keeps only the added documents' event mentions (one resolver's update alone).

Per N it prints one JSON line: the CPU seconds of the rebuild and of each add-one update, the nodes
(distinct names of a document) each add-one re-resolved, per entity type, how many names of the
earlier documents got another entity id from it (``ids_moved``), and the distribution of
group sizes in nodes (largest, 99th percentile; a group is a component of the "shares a key or an
edge" graph) per entity type. ``--cache OUTPUT`` measures the same on a real output folder's cached
results instead (light views, as the runner reads them); its three added documents are copies of
cached ones under new ids. spaCy is never loaded and no table is written: this is the resolution
part of an incremental run only (``bench.table_phase`` times the whole table phase).
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import re
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.corpus import Pools, _acronym

STAMP = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.timezone.utc)
LEGAL_FORMS = ["GmbH", "e.V.", "Ltd", "S.A.", "AB", "Oy", "z.s."]
ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"]


def _typo(name: str, rng: random.Random) -> str:
    """One letter dropped from the longest word (a spelling variant the fuzzy rules should catch)."""
    words = name.split()
    i = max(range(len(words)), key=lambda j: len(words[j]))
    w = words[i]
    if len(w) < 7:
        return name
    at = rng.randrange(2, len(w) - 2)
    words[i] = w[:at] + w[at + 1:]
    return " ".join(words)


def zipf_result(i: int, pools: Pools):
    """Synthetic document ``i``: people, organisations (with roles) and events drawn by a Zipf law, with variants."""
    from pipeline.records import DocumentInfo, DocumentResult, EventMention, OrgMention, PersonMention, RoleMention

    rng = random.Random(i)
    doc_id = f"{i:016x}"
    year = 2016 + i % 12
    people: list[str] = []
    for _ in range(rng.randint(4, 9)):
        p = pools.draw(rng, pools.people, 0.8)
        r = rng.random()
        people.append(p.upper() if r < 0.04 else p)
        if r > 0.8:  # the surname alone, or an initial and the surname, later in the same document
            first, *_, last = p.split()
            people.append(last if r > 0.9 else f"{first[0]}. {last}")
    orgs: list[tuple[str, str | None]] = []
    for _ in range(rng.randint(3, 7)):
        o = pools.draw(rng, pools.organisations, 0.9)
        r = rng.random()
        if r < 0.25:
            orgs.append((o, _acronym(o)))  # "Baltic Food Cluster (BFC)"
        elif r < 0.35:
            orgs.append((_acronym(o), None))
        elif r < 0.45:
            orgs.append((f"the {o}", None))
        elif r < 0.52:
            orgs.append((f"{o} {rng.choice(LEGAL_FORMS)}", None))
        elif r < 0.57:
            orgs.append((_typo(o, rng), None))
        else:
            orgs.append((o, None))
    events = []
    for _ in range(rng.randint(1, 4)):
        e = pools.draw(rng, pools.events, 0.9)
        r = rng.random()
        city = pools.draw(rng, pools.cities) if r > 0.5 else None
        has_year = re.search(r"\b20\d\d\b", e)
        start = dt.date(int(has_year.group()) if has_year else year, rng.randrange(1, 13), rng.randrange(1, 28)) if r > 0.3 else None
        edition = None
        if r < 0.1:
            edition = rng.randrange(1, 11)
            e = f"{ORDINALS[edition - 1]} {e}"
        elif r < 0.2:
            e = re.sub(r"\s*\b20\d\d\b", "", e)
            start = None
        elif r < 0.3:
            e = f"the {e}"
        elif r < 0.35:
            e = _typo(e, rng)
        events.append((e, start, edition, city))
    info = DocumentInfo(doc_id, f"doc-{i:06d}.txt", "txt", doc_id * 4, f"Newsletter {i}", "newsletter",
                        dt.date(year, 1 + i % 12, 1), "issue_line", "en", None, 1000, "ok")
    roles = [(p, o) for p, (o, _) in zip(people, orgs) if rng.random() < 0.5]
    return DocumentResult(
        info, "",
        people=tuple(PersonMention(doc_id, 0, 1, p, p, "ner:PERSON", None) for p in people),
        organisations=tuple(OrgMention(doc_id, 0, 1, o, o, "ner:ORG", acr) for o, acr in orgs),
        roles=tuple(RoleMention(doc_id, 0, 1, "", p, rng.choice(["director", "chair"]), "pattern:role", o) for p, o in roles),
        events=tuple(EventMention(doc_id, 0, 1, e, e, "conference", "pattern:event", start, start, "day" if start else None,
                                  city, None, (), edition) for e, start, edition, city in events))


def group_sizes(db: sqlite3.Connection) -> dict[str, dict]:
    """Per entity type: groups, and the largest and 99th-percentile group size in nodes."""
    out = {}
    for etype in ("person", "organisation", "event"):
        sizes = sorted(Counter(g for (g,) in db.execute("SELECT grp FROM nodes WHERE etype=?", (etype,))).values(), reverse=True)
        out[etype] = {"groups": len(sizes), "largest": sizes[0] if sizes else 0,
                      "p99": sizes[len(sizes) // 100] if sizes else 0}
    return out


def _cpu() -> float:
    return time.process_time()


def measure(results, new_docs, path: Path) -> dict:
    from pipeline.resolve import DEFAULT_DATA_DIR
    from pipeline.resolve.blocking import ResolveData
    from pipeline.resolve.index import EntityIndex

    index = EntityIndex(path, ResolveData.load(DEFAULT_DATA_DIR))
    t = _cpu()
    index.update(((STAMP, r) for r in results), [], rebuild=True)
    rebuild = _cpu() - t
    sizes = group_sizes(index.db)
    adds = []
    for r in new_docs:
        ids = dict(((etype, d, n), eid) for etype, d, n, eid in index.db.execute("SELECT etype, doc_id, name, eid FROM nodes"))
        t = _cpu()
        report = index.update([(STAMP, r)], [])
        cpu = _cpu() - t
        moved = sum(1 for etype, d, n, eid in index.db.execute("SELECT etype, doc_id, name, eid FROM nodes")
                    if ids.get((etype, d, n), eid) != eid)
        adds.append({"cpu": round(cpu, 3), "nodes": report.nodes_resolved, "ids_moved": moved,
                     "attached": getattr(report, "attached", {})})
    index.close()
    return {"rebuild_cpu": round(rebuild, 2), "groups": sizes, "add_one": adds}


def _cached(output: Path):
    """Every document result cached in ``output`` (light views), whatever the fingerprint it was cached under."""
    from pipeline.records import DocumentResult
    from pipeline.result_codec import RESOLUTION_FIELDS, decode_result

    for path in sorted((output / ".state" / "docs").glob("*/*.json")):
        result = decode_result(path.read_bytes(), RESOLUTION_FIELDS)[1]
        if isinstance(result, DocumentResult):
            yield result


def _renamed(result, n: int):
    info = dataclasses.replace(result.info, doc_id=f"ffff{n:012x}")
    fields = {f: tuple(dataclasses.replace(m, doc_id=info.doc_id) for m in getattr(result, f))
              for f in ("people", "organisations", "events", "roles")}
    return dataclasses.replace(result, info=info, **fields)


def only(result, types: list[str] | None):
    """``result`` with the mentions of the entity types ``types`` only (None: all), to time one resolver's update."""
    if not types:
        return result
    keep = {"people": "person" in types, "organisations": "organisation" in types, "events": "event" in types,
            "roles": "person" in types and "organisation" in types}
    return dataclasses.replace(result, **{f: getattr(result, f) if k else () for f, k in keep.items()})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zipf", action="store_true", help="synthetic Zipf-law corpora (the default)")
    ap.add_argument("--n", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--cache", type=Path, help="a real output folder: resolve its cached results instead")
    ap.add_argument("--only", nargs="+", choices=["person", "organisation", "event"],
                    help="the added documents keep only these entity types' mentions (the corpus is unchanged)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kb-resolve-phase-") as tmp:
        if args.cache:
            results = list(_cached(args.cache))
            new = [only(_renamed(results[j * 997 % len(results)], j), args.only) for j in range(3)]
            print(json.dumps({"cache": str(args.cache), "n": len(results), **measure(results, new, Path(tmp) / "c.sqlite")}), flush=True)
            return 0
        pools = Pools.build(7)
        for n in args.n:
            new = [only(zipf_result(10**9 + j, pools), args.only) for j in range(3)]
            row = measure((zipf_result(i, pools) for i in range(n)), new, Path(tmp) / f"n{n}.sqlite")
            print(json.dumps({"zipf": n, **row}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
