"""``python -m bench``: build the scaled corpus, measure, write bench/results/latest.json and bench/RESULTS.md."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench.corpus import STATS_FILE, build_corpus, one_more_document
from bench.measure import ROOT, Measured, measure

WORK = ROOT / "bench" / "work"
RESULTS = ROOT / "bench" / "results"


CODE = WORK / "code"  # a frozen copy of pipeline/ and bench/: every measurement runs the same code


def _snapshot() -> str:
    """Copy the code under test, so edits made while the bench runs cannot change what is measured."""
    shutil.rmtree(CODE, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "work", "results")
    for package in ("pipeline", "bench"):
        shutil.copytree(ROOT / package, CODE / package, ignore=ignore)
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()


def _probe(*args: str) -> Measured:
    return measure(["-m", "bench.probes", *args], cwd=CODE)


def _pipeline(inp: Path, out: Path, *extra: str) -> Measured:
    return _probe("pipeline", str(inp), str(out), *extra)


def _words(out: Path) -> int:
    import pyarrow.parquet as pq

    return sum(len(t.split()) for t in pq.read_table(out / "document_texts.parquet", columns=["text"])["text"].to_pylist() if t)


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--docs", type=int, nargs="+", default=None, metavar="N",
                   help="corpus sizes to measure, e.g. --docs 1000 5000 (default: --n and --scale × --n)")
    p.add_argument("--n", type=int, default=60, help="without --docs: the small corpus size N; the big one is --scale × N (default 60)")
    p.add_argument("--scale", type=int, default=4)
    p.add_argument("--repeat", type=int, default=None,
                   help="runs of the compared full run (--compare-at) and of bare spaCy; the fastest of each counts (default 2, 1 with --docs)")
    p.add_argument("--processes", type=int, default=0, help="worker processes for the pipeline and for bare spaCy (0 = auto)")
    p.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="run every pipeline run through this executor (dask: a LocalCluster of --processes workers)")
    p.add_argument("--vs-dask", action="store_true",
                   help="also time a full run on a Dask LocalCluster, next to the local one (at --compare-at)")
    p.add_argument("--compare-at", type=int, default=None, metavar="N",
                   help="the corpus size (one of the sizes) at which the full run is compared with bare spaCy and "
                        "with Dask (default: the largest); a smaller one saves about 2 x its full-run time per comparison")
    p.add_argument("--stage-docs", type=int, default=100, metavar="K",
                   help="documents in the one-process stage profile: the first K of the smallest corpus (default 100)")
    args = p.parse_args(argv)
    sizes = sorted(set(args.docs)) if args.docs else [args.n, args.n * args.scale]
    repeat = args.repeat if args.repeat is not None else (1 if args.docs else 2)
    n_big = sizes[-1]
    n_cmp = args.compare_at or n_big
    if n_cmp not in sizes:
        p.error(f"--compare-at {n_cmp} is not one of the sizes {sizes}")
    proc_args = ["--processes", str(args.processes)] if args.processes else []
    run_args = proc_args + (["--executor", "dask"] if args.executor == "dask" else [])

    corpora, outs = {}, {}
    for n in sizes:
        _say(f"building the corpus: {n} documents (one in ten a PDF) …")
        corpora[n] = WORK / f"corpus-{n}"
        outs[n] = WORK / f"out-{n}"
        shutil.rmtree(outs[n], ignore_errors=True)
        build_corpus(ROOT / "raw_docs", corpora[n], n)
    commit = _snapshot()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "pipeline"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    r: dict = {"sizes": sizes, "n_small": sizes[0], "n_big": n_big, "cpus": len(os.sched_getaffinity(0)),
               "python": sys.version.split()[0], "executor": args.executor,
               "measured_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
               "load_average_at_start": os.getloadavg(),
               "commit": commit + ("+uncommitted changes" if dirty else "")}

    one = WORK / "corpus-1"
    shutil.rmtree(one, ignore_errors=True)
    one.mkdir()
    (one / "zz-added.txt").write_text(one_more_document(ROOT / "raw_docs", n_big), encoding="utf-8")
    shutil.rmtree(WORK / "out-one", ignore_errors=True)
    _say("one-document run …")
    m_one = _pipeline(one, WORK / "out-one", *run_args)

    per_size = []
    for n in sizes:
        per_size.append(_measure_size(n, corpora[n], outs[n], run_args, m_one, repeat if n == n_cmp else 1,
                                      (one / "zz-added.txt").read_text(encoding="utf-8")))
    r["per_size"] = per_size
    big = per_size[-1]
    cmp = per_size[sizes.index(n_cmp)]
    r["n_compare"] = n_cmp

    # The headline ratio: the compared corpus's full runs next to bare spaCy over the same texts; the fastest of each counts.
    bares, leans = [], []
    n_process = cmp["n_process"]
    for i in range(repeat):
        _say(f"bare spaCy nlp.pipe over the same texts ({n_cmp} documents), {n_process} process(es) ({i + 1}/{repeat}) …")
        bares.append(_probe("spacy", str(outs[n_cmp]), str(n_process)))
        _say(f"bare spaCy again, with only the components the pipeline loads ({i + 1}/{repeat}) …")
        leans.append(_probe("spacy", str(outs[n_cmp]), str(n_process), "lean"))
    m_spacy, m_spacy_lean = min(bares, key=lambda m: m.seconds), min(leans, key=lambda m: m.seconds)
    words = cmp["words"]
    r["repeat"] = repeat
    r["all_seconds"] = {"full_run": cmp["all_full_seconds"], "bare_spacy": [m.seconds for m in bares],
                        "bare_spacy_lean": [m.seconds for m in leans]}
    r["full_run"] = {"documents": n_cmp, "words": words, "seconds": cmp["full_seconds"], "words_per_second": words / cmp["full_seconds"],
                     "n_process": n_process}
    r["bare_spacy"] = {"seconds": m_spacy.seconds, "in_process_seconds": m_spacy.output["seconds"],
                       "words_per_second": words / m_spacy.seconds, "n_process": n_process, "cpu_seconds": m_spacy.cpu_seconds}
    r["full_run_cpu_seconds"] = cmp["full_cpu_seconds"]
    r["end_to_end_vs_spacy_cpu"] = m_spacy.cpu_seconds / cmp["full_cpu_seconds"]
    r["end_to_end_vs_spacy"] = m_spacy.seconds / cmp["full_seconds"]
    r["bare_spacy_lean"] = {"seconds": m_spacy_lean.seconds, "words_per_second": words / m_spacy_lean.seconds}
    r["end_to_end_vs_spacy_lean"] = m_spacy_lean.seconds / cmp["full_seconds"]

    # The runs above went through run(), which does not build the analyst extras (DuckDB file, review
    # pages): the first CLI call builds them, the second is the analyst's unchanged re-run.
    cli = ["-m", "pipeline", "extract", "--input", str(corpora[n_big]), "--output", str(outs[n_big]), "-q"]
    cli_extras = measure(cli, cwd=CODE)
    cli_noop = measure(cli, cwd=CODE)
    r["noop_rerun"] = {"seconds": big["noop_seconds"], "in_process_seconds": big["noop_in_process_seconds"],
                       "spacy_loaded": big["noop_spacy_loaded"], "cli_seconds": cli_noop.seconds,
                       "cli_building_extras_seconds": cli_extras.seconds}
    r["add_one"] = {"seconds": big["add_seconds"], "one_document_run_seconds": m_one.seconds,
                    "one_document_in_process_seconds": m_one.output["seconds"], "ratio": big["add_ratio"],
                    "cpu_seconds": big["add_cpu_seconds"], "one_document_cpu_seconds": m_one.cpu_seconds,
                    "cpu_ratio": big["add_cpu_ratio"]}
    r["memory"] = {"n_small_peak_mb": per_size[0]["peak_mb"], "n_big_peak_mb": big["peak_mb"],
                   "ratio": big["peak_mb"] / per_size[0]["peak_mb"],
                   "n_small_own_mb": per_size[0]["peak_own_mb"], "n_big_own_mb": big["peak_own_mb"],
                   "own_ratio": big["peak_own_mb"] / per_size[0]["peak_own_mb"]}

    if args.vs_dask and args.executor != "dask":
        _say(f"full run of the {n_cmp}-document corpus on a Dask LocalCluster …")
        dask_out = WORK / "out-dask"
        shutil.rmtree(dask_out, ignore_errors=True)
        m_dask = _pipeline(corpora[n_cmp], dask_out, "--full", *proc_args, "--executor", "dask")
        r["dask"] = {"seconds": m_dask.seconds, "local_seconds": cmp["full_seconds"], "ratio": m_dask.seconds / cmp["full_seconds"],
                     "cpu_seconds": m_dask.cpu_seconds, "cpu_ratio": m_dask.cpu_seconds / cmp["full_cpu_seconds"],
                     "peak_mb": m_dask.peak_mb}

    _say("PDF ingest vs bare pdfplumber …")
    m_ingest = _probe("pdf-ingest", str(corpora[n_cmp]))
    m_bare = _probe("pdf-bare", str(corpora[n_cmp]))
    if m_ingest.output["files"]:  # a corpus of fewer than ten documents has none
        r["pdf"] = {"files": m_ingest.output["files"], "pages": m_ingest.output["pages"],
                    "pages_per_second": m_ingest.output["pages"] / m_ingest.output["seconds"],
                    "bare_pdfplumber_pages_per_second": m_bare.output["pages"] / m_bare.output["seconds"]}
        r["pdf"]["ratio"] = r["pdf"]["pages_per_second"] / r["pdf"]["bare_pdfplumber_pages_per_second"]

    k = min(args.stage_docs, sizes[0])
    stage_corpus = corpora[sizes[0]]
    if k < sizes[0]:  # the first k documents of a corpus are the same whatever its size
        stage_corpus = WORK / f"corpus-{k}"
        build_corpus(ROOT / "raw_docs", stage_corpus, k)
    _say(f"stage profile over {k} documents, one process …")
    r["stages"] = _probe("stages", str(stage_corpus)).output

    r["load_average_at_end"] = os.getloadavg()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(r, indent=1), encoding="utf-8")
    report = render(r)
    path = ROOT / "bench" / "RESULTS.md"
    path.write_text(with_history(report, path.read_text(encoding="utf-8") if path.exists() else ""), encoding="utf-8")
    print(report)
    return 0


def with_history(report: str, old: str) -> str:
    """The new report first, then what RESULTS.md held: its earlier ``make bench`` report under a heading of its own,
    then its dated sections. A run never deletes a measurement (it used to overwrite the file, dated sections and all)."""
    head, sep, rest = old.partition("\n## ")
    earlier = head.split("\n", 1)[1] if head.startswith("# ") and "\n" in head else ("" if head.startswith("# ") else head)
    out = report.rstrip("\n") + "\n"
    if earlier.strip():
        out += "\n## The `make bench` run before it\n\n" + earlier.strip("\n") + "\n"
    return out + ("\n## " + rest if sep else "")


_ENTITY_TABLES = ("people", "organisations", "events")


def _measure_size(n: int, corpus: Path, out: Path, run_args: list[str], m_one: Measured, repeat: int, added_text: str) -> dict:
    """Full run (``repeat`` times, the fastest counts; memory from the first), no-op re-run and adding the
    one-document run's document."""
    fulls = []
    for i in range(repeat):
        _say(f"full run, {n} documents ({i + 1}/{repeat}) …")
        fulls.append(_pipeline(corpus, out, "--full", *run_args))
    full = min(fulls, key=lambda m: m.seconds)
    _say(f"no-op re-run, {n} documents …")
    noop = _pipeline(corpus, out, *run_args)
    _say(f"adding one document to the {n}-document corpus …")
    added = corpus / "zz-added.txt"
    added.write_text(added_text, encoding="utf-8")
    try:
        add = _pipeline(corpus, out, *run_args)
    finally:
        added.unlink()
    stats = json.loads((corpus / STATS_FILE).read_text(encoding="utf-8"))
    return {"documents": n, "pdfs": stats["pdfs"], "generated_distinct": stats["distinct"],
            "resolved_entities": {t: full.output["rows"].get(t, 0) for t in _ENTITY_TABLES},
            "words": _words(out), "n_process": full.output["n_process"], "status": full.output,
            "full_seconds": full.seconds, "all_full_seconds": [m.seconds for m in fulls], "peak_mb": fulls[0].peak_mb,
            "peak_own_mb": fulls[0].peak_own_mb,
            "full_cpu_seconds": full.cpu_seconds, "add_cpu_seconds": add.cpu_seconds, "noop_cpu_seconds": noop.cpu_seconds,
            "noop_seconds": noop.seconds, "noop_in_process_seconds": noop.output["seconds"],
            "noop_spacy_loaded": noop.output["spacy_loaded"], "noop_peak_mb": noop.peak_mb,
            "add_seconds": add.seconds, "add_processed": add.output["processed"], "add_peak_mb": add.peak_mb,
            "add_ratio": add.seconds / m_one.seconds, "add_cpu_ratio": add.cpu_seconds / m_one.cpu_seconds}


def _secs(values: list[float]) -> str:
    return " / ".join(f"{v:.1f} s" for v in values)


def render(r: dict) -> str:
    """The closing note: every figure next to its target."""
    def mark(ok: bool) -> str:
        return "met" if ok else "**missed**"

    f, s, n, a, m, st = r["full_run"], r["bare_spacy"], r["noop_rerun"], r["add_one"], r["memory"], r["stages"]
    stages = ", ".join(f"{name} {seconds:.1f}" for name, seconds in st["stages"].items())
    sizes = r["per_size"]
    pdf = r.get("pdf")
    pdf_rows = (f"| PDF pages/s, our ingest ({pdf['files']} PDFs, {pdf['pages']} pages, 1 process) | {pdf['pages_per_second']:.1f} | | |\n"
                f"| PDF pages/s, bare pdfplumber `extract_text` | {pdf['bare_pdfplumber_pages_per_second']:.1f} | | |\n"
                f"| PDF ingest vs bare pdfplumber | {pdf['ratio']:.2f}× | | |\n") if pdf else ""
    size_rows = "\n".join(
        f"| {z['documents']:,} ({z['pdfs']} PDF{'' if z['pdfs'] == 1 else 's'}) | {z['words']:,} | "
        f"{z['generated_distinct']['people']:,} / {z['generated_distinct']['organisations']:,} / "
        f"{z['generated_distinct']['events']:,} / {z['generated_distinct']['places']:,} | "
        f"{z['resolved_entities']['people']:,} / {z['resolved_entities']['organisations']:,} / {z['resolved_entities']['events']:,} | "
        f"{z['full_seconds']:.1f} s ({z['words'] / z['full_seconds']:,.0f} words/s) | {z['noop_seconds']:.2f} s | "
        f"{z['add_seconds']:.2f} s ({z['add_ratio']:.2f}×; CPU {z['add_cpu_seconds']:.1f} s, {z['add_cpu_ratio']:.2f}×) | "
        f"{z['peak_mb']:.0f} MB |" for z in sizes)
    dask = r.get("dask")
    dask_row = (f"| Dask LocalCluster full run, {r['full_run']['documents']:,} documents, next to the local one | {dask['seconds']:.1f} s vs "
                f"{dask['local_seconds']:.1f} s: {dask['ratio']:.2f}× the time, {dask['cpu_ratio']:.2f}× the CPU time (peak {dask['peak_mb']:.0f} MB) | | |\n") if dask else ""
    executor = " Every pipeline run went through `--executor dask` (a LocalCluster)." if r.get("executor") == "dask" else ""
    big, small = r["n_big"], r["n_small"]
    return f"""# Benchmark results (`make bench`)

Measured {r['measured_at']} at commit `{r['commit']}` on {r['cpus']} CPU(s), Python {r['python']}.{executor} Corpora of
{", ".join(f"{z['documents']:,}" for z in sizes)} documents generated by `bench/corpus.py` from `raw_docs/` (years, months,
cities and paragraph order varied, plus 3–6 news items a document naming people, roles, organisations,
events, places and dates drawn from large pools by a Zipf law; one document in ten a PDF, half of those
two-column; the smaller corpora are the first documents of the larger). Every pipeline run is a separate
process, timed wall-clock from start to exit (interpreter start and imports included); memory is the peak
of the summed PSS over the process tree; CPU time is user + system time of the process tree (comparable
when the machine is busy; load average {r['load_average_at_start'][0]:.1f} at the start, {r['load_average_at_end'][0]:.1f} at the end, on
{r['cpus']} CPUs). The machine is shared with other work, so wall-clock figures vary by ±20 % or more:
the {f['documents']:,}-document corpus's full run and bare spaCy run {r['repeat']} time(s) each and the fastest counts (all: full run
{_secs(r['all_seconds']['full_run'])}, bare spaCy {_secs(r['all_seconds']['bare_spacy'])}, like-for-like {_secs(r['all_seconds']['bare_spacy_lean'])}).

Per corpus (distinct entities: what the generator put in, people / organisations / events / places,
next to the rows of the resolved `people` / `organisations` / `events` tables; adding one document is
next to a one-document run of that document, {a['one_document_run_seconds']:.2f} s):

| documents | words | distinct entities put in | resolved entities | full run | no-op re-run | add one document | peak memory |
|---|---|---|---|---|---|---|---|
{size_rows}

| measure | figure | target | |
|---|---|---|---|
| full run, {f['documents']:,} documents, {f['words']:,} words | {f['seconds']:.1f} s, {f['words_per_second']:,.0f} words/s ({f['n_process']} processes) | | |
| bare spaCy `nlp.pipe`, same texts, model, processes | {s['seconds']:.1f} s, {s['words_per_second']:,.0f} words/s | | |
| end-to-end vs bare spaCy (speed ratio) | {r['end_to_end_vs_spacy']:.2f}× | ≥ 1.0× | {mark(r['end_to_end_vs_spacy'] >= 1.0)} |
| the same in CPU time (bare spaCy {s['cpu_seconds']:.0f} s, full run {r['full_run_cpu_seconds']:.0f} s of CPU) | {r['end_to_end_vs_spacy_cpu']:.2f}× | | |
| bare spaCy with only the components the pipeline loads (no parser, lemmatizer; senter) | {r['bare_spacy_lean']['seconds']:.1f} s, {r['bare_spacy_lean']['words_per_second']:,.0f} words/s | | |
| end-to-end vs that like-for-like bare spaCy | {r['end_to_end_vs_spacy_lean']:.2f}× | | |
{dask_row}{pdf_rows}| no-op re-run, {big:,} documents (`run()`; spaCy loaded: {n['spacy_loaded']}) | {n['seconds']:.2f} s (inside the run: {n['in_process_seconds']:.2f} s) | < 1 s | {mark(n['seconds'] < 1)} |
| first CLI run after those (`python -m pipeline extract`: nothing to extract, builds the DuckDB file and review pages) | {n['cli_building_extras_seconds']:.2f} s | | |
| no-op re-run through the CLI (nothing changed, analyst extras kept) | {n['cli_seconds']:.2f} s | < 1 s | {mark(n['cli_seconds'] < 1)} |
| add one document to the {big:,}-document corpus | {a['seconds']:.2f} s | | |
| one-document run | {a['one_document_run_seconds']:.2f} s | | |
| add one / one-document run | {a['ratio']:.2f}× | ≤ 1.5× | {mark(a['ratio'] <= 1.5)} |
| the same in CPU time (add one {a['cpu_seconds']:.1f} s, one-document run {a['one_document_cpu_seconds']:.1f} s of CPU) | {a['cpu_ratio']:.2f}× | | |
| peak memory, {small:,} documents | {m['n_small_peak_mb']:.0f} MB | | |
| peak memory, {big:,} documents | {m['n_big_peak_mb']:.0f} MB | | |
| memory {big:,} / {small:,} | {m['ratio']:.2f}× | ≤ 1.2× | {mark(m['ratio'] <= 1.2)} |
| the same as the trees' own memory (USS + shared once: {m['n_small_own_mb']:.0f} MB → {m['n_big_own_mb']:.0f} MB; not lowered by other processes sharing the libraries) | {m['own_ratio']:.2f}× | ≤ 1.2× | {mark(m['own_ratio'] <= 1.2)} |

Where a document's time goes (one process, the first {st['documents']} documents, seconds): {stages}; bare
`nlp.pipe` over the same texts: {st['bare_spacy']:.1f} s. Everything except `nlp` is work bare spaCy does not do.

Raw figures: `bench/results/latest.json` (not committed). Re-run with `make bench` (`ARGS="--n 60 --processes 2"`;
the issue's sizes: `ARGS="--docs 1000 5000"`, about 75 minutes on 2 cores, or with
`--compare-at 1000` (bare spaCy and Dask next to the 1,000-document run) about 45 minutes; `--executor dask` runs everything on a
Dask LocalCluster, `--vs-dask` adds one Dask full run of the compared corpus next to the local one).
"""


if __name__ == "__main__":
    sys.exit(main())
