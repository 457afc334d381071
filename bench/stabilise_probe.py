"""How much of ``resolution()`` and ``stabilise_ids`` an add-one needs (see bench/RESULTS.md, branch res13).

usage: python bench/stabilise_probe.py OUT RESULT
  OUT: a bench output folder (its .state/entity_index.sqlite and published id history are read; nothing is written);
  RESULT: a cached document result (.state/docs/<fp>/<sha>.<fmt>.json) added to a copy of the index.
Prints CPU seconds of each part of ``EntityIndex.resolution()`` and of ``stabilise_ids`` on the whole corpus, the
share of the corpus in the groups the update stored, and checks on real data what an incremental version would
rely on: every entity of an untouched group keeps the id the published set gave its names, every published id's
names lie in one group, and the touched groups' ids computed from those groups alone equal the whole run's.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path


def main(out: Path, result_file: Path) -> None:
    from pipeline.resolve import DEFAULT_DATA_DIR
    from pipeline.resolve.blocking import ResolveData
    from pipeline.resolve.index import EntityIndex
    from pipeline.resolve.index_store import decode as _decode
    from pipeline.resolve.model import Entity
    from pipeline.resolve.redirects import stabilise_ids
    from pipeline.result_codec import RESOLUTION_FIELDS, decode_result
    from pipeline.state import load_id_history
    from pipeline.write import current_version

    stamp, result = decode_result(result_file.read_bytes(), RESOLUTION_FIELDS)
    folder = Path(tempfile.mkdtemp())
    try:
        shutil.copy(out / ".state" / "entity_index.sqlite", folder / "index.sqlite")
        index = EntityIndex(folder / "index.sqlite", ResolveData.load(DEFAULT_DATA_DIR))
        stored: dict[str, set] = defaultdict(set)
        dropped: dict[str, set] = defaultdict(set)
        store = index._store

        def spy(etype, old_groups, entities, id_of, merges, groups):
            dropped[etype] |= old_groups
            store(etype, old_groups, entities, id_of, merges, groups)
            stored[etype] |= {g for (g,) in index.db.execute("SELECT DISTINCT grp FROM nodes WHERE etype=?", (etype,))
                              if g not in before[etype]}

        before = {t: {g for (g,) in index.db.execute("SELECT DISTINCT grp FROM nodes WHERE etype=?", (t,))}
                  for t in ("person", "organisation", "event")}
        index._store = spy
        t0 = time.process_time()
        index.add(stamp, result)
        index.resolve_pending()
        t1 = time.process_time()
        print(f"index update {t1 - t0:.2f} s CPU")

        # resolution(), part by part (the same statements)
        t = time.process_time()
        rows = list(index.db.execute("SELECT etype, eid, key, data FROM ents ORDER BY etype, eid"))
        t_sql = time.process_time() - t
        t = time.process_time()
        ents = {}
        for etype, eid, key, data in rows:
            row = _decode(data)
            ents[(etype, eid)] = Entity(etype, eid, row["name"], set(row["aliases"]), row["attrs"], set(row["doc_ids"]),
                                        row["n_mentions"], key=key)
        t_dec = time.process_time() - t
        t = time.process_time()
        ids = {(d, e, n): eid for e, d, n, eid in index.db.execute("SELECT etype, doc_id, name, eid FROM nodes")}
        t_ids = time.process_time() - t
        t = time.process_time()
        merges = [_decode(data) for (data,) in index.db.execute("SELECT data FROM merges ORDER BY etype, grp, rowid")]
        t_mer = time.process_time() - t
        t = time.process_time()
        resolution = index.resolution()
        t_all = time.process_time() - t
        print(f"resolution() {t_all:.2f} s: entities read {t_sql:.2f} + decoded {t_dec:.2f} ({len(rows)}), "
              f"ids {t_ids:.2f} ({len(ids)}), merges {t_mer:.2f} ({len(merges)})")

        t = time.process_time()
        history = load_id_history(current_version(out))
        t_hist = time.process_time() - t
        now = max(history.first_published.values())
        t = time.process_time()
        stable, redirects, new_history = stabilise_ids(resolution, history, now)
        t_stab = time.process_time() - t
        print(f"load_id_history {t_hist:.2f} s ({len(history.nodes)} names); stabilise_ids {t_stab:.2f} s")

        # The branch's path: only the touched groups read back and matched; entity tables spliced.
        import pyarrow.parquet as pq

        from pipeline.resolve.redirects import stabilise_changed
        from pipeline.tables import ENTITY_TABLES, entity_tables, entity_tables_changed

        t = time.process_time()
        full_tables = entity_tables(stable)
        t_tab = time.process_time() - t
        t = time.process_time()
        changed, names = index.changed_resolution()
        t_cr = time.process_time() - t
        t = time.process_time()
        d_stable, d_redirects, d_history, replaced = stabilise_changed(changed, names, history, now)
        t_sc = time.process_time() - t
        t = time.process_time()
        previous = {name: pq.read_table(current_version(out) / f"{name}.parquet") for name in ENTITY_TABLES}
        d_tables = entity_tables_changed(previous, d_stable, replaced)
        t_dt = time.process_time() - t
        same = (d_redirects == redirects and d_history.nodes == new_history.nodes
                and d_history.first_published == new_history.first_published
                and all(d_tables[n].equals(full_tables[n]) for n in ENTITY_TABLES))
        print(f"whole corpus: resolution() {t_all:.2f} + stabilise_ids {t_stab:.2f} + entity tables {t_tab:.2f} s; "
              f"touched groups: changed_resolution() {t_cr:.2f} + stabilise_changed {t_sc:.2f} + tables spliced "
              f"{t_dt:.2f} s; same ids, history, redirects and tables: {same}")

        # What the update touched
        touched_nodes = {}
        for etype in stored:
            gs = sorted(stored[etype])
            touched_nodes[etype] = {(d, n) for g in gs for d, n in index.db.execute(
                "SELECT doc_id, name FROM nodes WHERE etype=? AND grp=?", (etype, g))}
            n_ents = sum(index.db.execute("SELECT COUNT(*) FROM ents WHERE etype=? AND grp=?", (etype, g)).fetchone()[0] for g in gs)
            total = index.db.execute("SELECT COUNT(*) FROM nodes WHERE etype=?", (etype,)).fetchone()[0]
            print(f"{etype}: groups stored {len(gs)} (dropped {len(dropped[etype])}), names in them "
                  f"{len(touched_nodes[etype])} of {total}, entities {n_ents}")

        # Checks: untouched names keep their published id; a published id's names lie in one group.
        group_of = {(e, d, n): g for e, d, n, g in index.db.execute("SELECT etype, doc_id, name, grp FROM nodes")}
        moved = sum(1 for (d, e, n), eid in stable.ids.items()
                    if (d, n) not in touched_nodes.get(e, ()) and history.nodes.get((e, d, n)) != eid)
        spans = defaultdict(set)
        for (e, d, n), eid in history.nodes.items():
            if (e, d, n) in group_of:
                spans[(e, eid)].add(group_of[(e, d, n)])
        multi = sum(1 for gs in spans.values() if len(gs) > 1)
        print(f"untouched names whose id moved: {moved}; published ids spanning groups: {multi}; "
              f"redirects {len(redirects)}")
        index.close()
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
