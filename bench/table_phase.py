"""Peak memory and time of the table phase alone (resolution, tables, publication) as the corpus grows.

``python -m bench.table_phase --n 1000 5000``: for each N, writes N small distinct input files and a
*synthetic* cached result for each (people, organisations, events, dates and key messages drawn from
name pools that grow with N, so resolution sees many distinct entities), then runs the pipeline on
them in a child process. Every result comes from the cache, so spaCy is never loaded and what is
measured is exactly the part of a run whose memory grows with the corpus. Then one document is added
and the run repeated (the incremental table phase). Prints one JSON line per N (wall and CPU seconds:
on a shared machine CPU seconds vary less; buckets built and reused, the bucket layout); nothing is
kept unless ``--keep``; ``--profile DIR`` writes a cProfile of each add-one run.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FIRST = ["Anna", "Jonas", "Marta", "Pieter", "Ilse", "Tomas", "Elena", "Karel", "Sofia", "Matteo", "Ines", "Lukas"]
LAST = ["Berg", "Novak", "Rossi", "Jansen", "Kowalska", "Dubois", "Lind", "Horvat", "Silva", "Meyer", "Costa", "Nagy", "Weber"]
ORG = ["Cluster", "Network", "Association", "Platform", "Alliance", "Hub"]
FIELD = ["Robotics", "Photonics", "Textiles", "Food", "Maritime", "Aerospace", "Health", "Wood", "Energy", "Mobility"]
PLACE = ["Baltic", "Alpine", "Danube", "Nordic", "Iberian", "Adriatic", "Carpathian", "Rhine", "Atlantic", "Aegean"]

CHILD = """
import json, resource, sys
from pathlib import Path
from pipeline.config import load_settings
from pipeline.run import run
s = load_settings({"input_dir": Path(sys.argv[1]), "output_dir": Path(sys.argv[2]), "progress": False, "n_process": 1}, environ={})
if len(sys.argv) > 3:  # cProfile on the CPU clock (a shared machine's wall clock mostly measures the others)
    import cProfile, time
    profile = cProfile.Profile(time.process_time)
    r = profile.runcall(run, s)
    profile.dump_stats(sys.argv[3])
else:
    r = run(s)
print(json.dumps({"seconds": r.seconds, "processed": r.n_processed, "built": r.n_buckets_built, "reused": r.n_buckets_reused,
                  "bucket_chars": r.bucket_chars, "layout_changed": r.layout_changed,
                  "cpu": round(sum(getattr(resource.getrusage(resource.RUSAGE_SELF), f) for f in ("ru_utime", "ru_stime")), 2),
                  "spacy": "spacy" in sys.modules, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _result(i: int, n: int, sha: str, path: str):
    from pipeline.records import DateMention, DocumentInfo, DocumentResult, EventMention, KeyMessage, OrgMention, PersonMention, RoleMention, Sentence

    doc_id = sha[:16]
    k = max(n // 20, 10)  # name pools grow with the corpus
    people = [f"{FIRST[(i + j) % len(FIRST)]} {LAST[(i * 7 + j) % len(LAST)]}{(i + j) % k}" for j in range(6)]
    orgs = [f"{PLACE[(i + j) % len(PLACE)]} {FIELD[(i * 3 + j) % len(FIELD)]} {ORG[j % len(ORG)]} {(i // 3 + j) % k}" for j in range(5)]
    event = f"{PLACE[i % len(PLACE)]} {FIELD[i % len(FIELD)]} Forum {2015 + i % 10}"
    parts = [f"{p}, director of the {o}, spoke at the {event} on 3 May {2015 + i % 10}." for p, o in zip(people, orgs)]
    text = (" ".join(parts) + " ") * 12  # about 8 kB of text, like a short newsletter
    spans = []
    pos = 0
    for p, o in zip(people, orgs):
        ps = text.index(p, pos)
        os_ = text.index(o, ps)
        es = text.index(event, os_)
        spans.append((p, ps, o, os_, es))
        pos = es
    info = DocumentInfo(doc_id, path, "txt", sha, f"Newsletter {i}", "newsletter", dt.date(2015 + i % 10, 6, 1), "issue_line",
                        "en", None, len(text), "ok")
    return DocumentResult(
        info, text, sentences=tuple(Sentence(j * 200, j * 200 + 190) for j in range(len(text) // 200)),
        people=tuple(PersonMention(doc_id, ps, ps + len(p), p, p, "ner:PERSON") for p, ps, *_ in spans),
        organisations=tuple(OrgMention(doc_id, os_, os_ + len(o), o, o, "ner:ORG") for p, ps, o, os_, es in spans),
        events=tuple(EventMention(doc_id, es, es + len(event), event, event, "forum", "pattern:event") for *_, es in spans[:2]),
        dates=tuple(DateMention(doc_id, es + len(event) + 4, es + len(event) + 14, "3 May", dt.date(2015 + i % 10, 5, 3), None, "day",
                                "pattern:day") for *_, es in spans),
        roles=tuple(RoleMention(doc_id, ps, os_ + len(o), text[ps:os_ + len(o)], p, "director", "pattern:role", o)
                    for p, ps, o, os_, es in spans),
        key_messages=tuple(KeyMessage(doc_id, j + 1, j * 300, j * 300 + 100, text[j * 300:j * 300 + 100], "Key messages", "heading:key")
                           for j in range(4)),
    )


def _corpus(folder: Path, out: Path, n: int, start: int = 0) -> None:
    from pipeline.config import load_settings
    from pipeline.state import now_utc, save_result, settings_fingerprint

    s = load_settings({"input_dir": folder, "output_dir": out}, environ={})
    fp = settings_fingerprint(s)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        data = f"Synthetic newsletter number {i}.\n".encode()
        path = f"doc-{i:06d}.txt"
        (folder / path).write_bytes(data)
        save_result(out, fp, _result(i, start + n, hashlib.sha256(data).hexdigest(), path), now_utc())


def _child(docs: Path, out: Path, profile: Path | None = None) -> dict:
    extra = [str(profile)] if profile else []
    proc = subprocess.run([sys.executable, "-c", CHILD, str(docs), str(out), *extra], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--keep", type=Path, help="build each corpus in KEEP/n<N> and keep it, with a copy of the output "
                                              "after the full run (out.full), so an add-one can be timed again alone")
    ap.add_argument("--profile", type=Path, help="cProfile (CPU clock) each add-one run into PROFILE/add-one-<N>.prof "
                                                 "(read it with python -m pstats)")
    args = ap.parse_args(argv)
    for n in args.n:
        with tempfile.TemporaryDirectory(prefix="kb-table-phase-") as tmp:
            where = args.keep / f"n{n}" if args.keep else Path(tmp)
            docs, out = where / "docs", where / "out"
            _corpus(docs, out, n)
            full = _child(docs, out)
            if args.keep:
                shutil.copytree(out, where / "out.full", symlinks=True)
            _corpus(docs, out, 1, start=n)
            if args.profile:
                args.profile.mkdir(parents=True, exist_ok=True)
            add_one = _child(docs, out, args.profile / f"add-one-{n}.prof" if args.profile else None)
            print(json.dumps({"n": n, "full": full, "add_one": add_one}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
