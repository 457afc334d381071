"""What the id history costs an add-one at N names, whole (res13) and following the change (res14), on a synthetic
history (see bench/RESULTS.md, branch res14).

usage: python bench/idhistory_probe.py NAMES DOCS
Writes a published set's id history of NAMES names over DOCS documents (ids shared by about five names each) into a
temporary folder with :func:`pipeline.state.write_id_history`, then times (CPU, median of three): reading it whole
and without the names; the O(corpus) work ``stabilise_changed`` did around the delta (the live-id sets, the copy of
every name's id, the whole comparison ``docs_with_changed_ids``); and writing the next set's history whole, or only
the bucket of one added document with every other part linked.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _cpu(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main(n_names: int, n_docs: int) -> None:
    from pipeline.run.streaming import docs_with_changed_ids
    from pipeline.state import load_id_history, write_id_history
    from pipeline.write import TableWriter, bucket_chars, bucket_of

    now = dt.datetime(2026, 12, 3, tzinfo=dt.timezone.utc)
    docs = [hashlib.sha256(str(i).encode()).hexdigest()[:16] for i in range(n_docs)]
    types = ("person", "organisation", "event")
    nodes = {(types[i % 3], docs[i % n_docs], f"name {i}"): f"{types[i % 3][0]}_{i // 5:08x}" for i in range(n_names)}
    first = {(t, e): now for (t, _, _), e in nodes.items()}
    root = Path(tempfile.mkdtemp())
    try:
        chars = bucket_chars(n_docs)
        published = root / "v1"
        published.mkdir()
        w = TableWriter(published, None, chars)
        write_id_history(w, first, {}, nodes)
        w.finish()
        whole = _cpu(lambda: load_id_history(published))
        light = _cpu(lambda: load_id_history(published, nodes=False))
        history = load_id_history(published)
        added = hashlib.sha256(b"added").hexdigest()[:16]
        new_nodes = dict(history.nodes)
        new_nodes[("person", added, "new name")] = "p_new"

        def around_delta():
            live = {t: set() for t in types}
            for (t, _, _), e in history.nodes.items():
                live[t].add(e)
            copy = dict(history.nodes)
            copy[("person", added, "new name")] = "p_new"
            from pipeline.resolve.redirects import IdHistory
            docs_with_changed_ids(history, IdHistory(copy, first, []))

        around = _cpu(around_delta)
        runs = iter(range(100))

        bucket = bucket_of(added, chars)
        rows = sorted((*k, e) for k, e in new_nodes.items() if bucket_of(k[1], chars) == bucket)  # the index's work in a run
        light_first = load_id_history(published, nodes=False).first_published

        def write(changed_only: bool) -> None:
            staging = root / f"v2-{next(runs)}"
            staging.mkdir()
            writer = TableWriter(staging, published, chars)
            if changed_only:
                write_id_history(writer, light_first, {("person", "p_new"): now}, None, lambda b: rows, {bucket_of(d, chars) for d in docs} | {bucket}, {bucket})
            else:
                write_id_history(writer, first, {}, new_nodes)
            writer.finish()

        write_whole = _cpu(lambda: write(False))
        write_changed = _cpu(lambda: write(True))
        print(f"{n_names} names, {n_docs} documents, {16 ** chars} buckets: read whole {whole:.2f} s, without names {light:.2f} s; "
              f"live-id sets + copy + comparison {around:.2f} s; write whole {write_whole:.2f} s, one bucket {write_changed:.2f} s")
    finally:
        shutil.rmtree(root)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(int(sys.argv[1]), int(sys.argv[2]))
