"""(kept as measured; see bench/RESULTS.md, "Adding one document on the whole-run bench corpus") Re-measure add-one at N on an existing bench output (per-document results cached), with the code of CODE.

usage: python bench/addone_rerun.py CODE WORK N [N ...]
CODE: a folder holding pipeline/ and bench/ (measured code); WORK: bench/work of the clone holding corpus-N,
out-N and corpus-1 (zz-added.txt). For each N: a table rebuild from the cache (first run with this code), a
no-op re-run, then adding zz-added.txt; and one one-document run. Prints JSON.
"""
import json, shutil, sys
from pathlib import Path

code, work = Path(sys.argv[1]), Path(sys.argv[2])
sys.path.insert(0, str(code))
from bench.measure import measure  # noqa: E402


def run(inp, out, *extra):
    m = measure(["-m", "bench.probes", "pipeline", str(inp), str(out), *extra], cwd=code)
    return {"seconds": round(m.seconds, 2), "cpu": round(m.cpu_seconds, 2), "peak_mb": round(m.peak_mb), "rc": m.returncode,
            "processed": m.output.get("processed"), "out": {k: m.output.get(k) for k in ("n_buckets_built", "n_buckets_reused", "nodes_resolved", "built", "reused") if k in m.output}}


res = {}
one = work / "corpus-1"
shutil.rmtree(work / "out-one-b", ignore_errors=True)
res["one_doc"] = run(one, work / "out-one-b")
res["one_doc_again_fresh"] = (shutil.rmtree(work / "out-one-b", ignore_errors=True), run(one, work / "out-one-b"))[1]
text = (one / "zz-added.txt").read_text(encoding="utf-8")
for n in map(int, sys.argv[3:]):
    corpus, out = work / f"corpus-{n}", work / f"out-{n}"
    r = {"rebuild_from_cache": run(corpus, out), "noop": run(corpus, out)}
    added = corpus / "zz-added.txt"
    added.write_text(text, encoding="utf-8")
    try:
        r["add_one"] = run(corpus, out)
    finally:
        added.unlink()
    r["remove_one"] = run(corpus, out)
    r["add_cpu_ratio"] = round(r["add_one"]["cpu"] / res["one_doc"]["cpu"], 2)
    r["add_wall_ratio"] = round(r["add_one"]["seconds"] / res["one_doc"]["seconds"], 2)
    res[n] = r
    print(json.dumps({n: r}), flush=True)
print(json.dumps(res, indent=1))
