"""The parent's work of a full run, from a bench output's cached results, with its memory phase by phase.

``python -m bench.parent_phase SOURCE_OUT CORPUS WORK_OUT [--process K] [--processes N] [--interval S]``:
copies only the result cache of ``SOURCE_OUT`` (``.state/docs``) into a fresh ``WORK_OUT`` (no entity index,
no published set: as a ``--full`` run finds its output folder in ``make bench``) and runs the pipeline on
``CORPUS`` there in a child process. Every document comes from the cache, so what runs is what a full run's
parent does once its workers are done: the documents' views into a new entity index, its rebuild, id
stabilisation, the tables bucket by bucket, the id history, publication. ``--process K`` first drops K
documents' cached results, so the run processes them in a pool of N workers (default 2) forked from a parent
that loaded spaCy and the rules for them, as a full run's parent does (what it keeps of them is in every
later phase's figure); their ``processing_seconds`` and stamps then differ from another run's.

Prints one JSON line: the child's peak own memory (RSS: one process) and, per phase (load, resolve,
stabilise, tables, entity tables, history, publish), its RSS on entry and its peak, sampled in the
child every ``--interval`` seconds; and the run's CPU seconds. Tables land in ``WORK_OUT`` (compare
them between two codes' runs).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import functools, json, resource, sys, threading, time
from pathlib import Path
import psutil

phase, peaks, entry = ["start"], {}, {}
me = psutil.Process()
stop = threading.Event()

def sample():
    while not stop.is_set():
        rss = me.memory_info().rss
        peaks[phase[0]] = max(peaks.get(phase[0], 0), rss)
        stop.wait(INTERVAL)

def enter(name):
    rss = me.memory_info().rss
    peaks[phase[0]] = max(peaks.get(phase[0], 0), rss)
    phase[0] = name
    entry.setdefault(name, rss)
    peaks[name] = max(peaks.get(name, 0), rss)

def labelled(name, fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        enter(name)
        return fn(*a, **k)
    return wrapper

INTERVAL = float(sys.argv[4])
threading.Thread(target=sample, daemon=True).start()
from pipeline.config import load_settings
import pipeline.run as runner
import pipeline.run.publish as publish
import pipeline.run.streaming as streaming
import pipeline.state as state
import pipeline.write as write
from pipeline.resolve.index import EntityIndex

s = load_settings({"input_dir": Path(sys.argv[1]), "output_dir": Path(sys.argv[2]), "progress": False, "n_process": int(sys.argv[3])}, environ={})
enter("load")
EntityIndex.resolve_pending = labelled("resolve", EntityIndex.resolve_pending)
streaming.stabilised = labelled("stabilise", streaming.stabilised)
streaming.write_document_tables = labelled("tables", streaming.write_document_tables)
write.TableWriter.write = labelled("entity tables", write.TableWriter.write)
state.write_id_history = labelled("history", state.write_id_history)
write.publish = labelled("publish", write.publish)
r = runner.run(s, lambda stage, *_: stage == "documents" and phase[0] != "documents" and enter("documents"))
enter("end")
stop.set()
ru = resource.getrusage(resource.RUSAGE_SELF)
mb = lambda b: round(b / 2**20, 1)
import pipeline
print(json.dumps({"code": str(Path(pipeline.__file__).parent), "peak_mb": round(ru.ru_maxrss / 1024, 1), "cpu": round(ru.ru_utime + ru.ru_stime, 1), "seconds": round(r.seconds, 1),
                  "processed": r.n_processed, "reused": r.n_reused, "rows": r.rows,
                  "phases": {p: {"entry_mb": mb(entry.get(p, 0)), "peak_mb": mb(peaks.get(p, 0))} for p in entry}}))
"""


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.parent_phase", description=__doc__.split("\n\n")[0])
    p.add_argument("source_out", type=Path)
    p.add_argument("corpus", type=Path)
    p.add_argument("work_out", type=Path)
    p.add_argument("--process", type=int, default=0, help="documents to process (their cached results dropped)")
    p.add_argument("--processes", type=int, default=2, help="worker processes for them")
    p.add_argument("--interval", type=float, default=0.05)
    args = p.parse_args(argv)
    shutil.rmtree(args.work_out, ignore_errors=True)
    shutil.copytree(args.source_out / ".state" / "docs", args.work_out / ".state" / "docs")
    for cached in sorted((args.work_out / ".state" / "docs").glob("*/*.json"))[:args.process]:
        cached.unlink()
    done = subprocess.run([sys.executable, "-c", CHILD, str(args.corpus), str(args.work_out), str(args.processes),
                           str(args.interval)], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        print(done.stderr[-3000:], file=sys.stderr)
        return done.returncode
    print(done.stdout.strip().splitlines()[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
