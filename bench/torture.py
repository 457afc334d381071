"""``make torture`` / ``python -m bench.torture --out DIR``: the robustness battery of issue 12.

Generates every awkward case of the issue into one input folder (a file name that is not UTF-8, a
3.5 MB text without line breaks, 100 KB of nested Markdown markers, a PDF bomb, 20,000 nested
``<div>``s, UTF-16/UTF-32 without a byte-order mark, files whose bytes are not what their name says,
cache entries that are truncated or a pickle), copies every shared PDF (``../shared/pdfs``) beside
them, runs the real pipeline **once** over the folder (``python -m pipeline extract``, as an analyst
would) and reads the ``documents`` and ``errors`` tables back from Parquet: one report row per input
file with its case, size, expected and actual outcome and how long it took (``processing_seconds``).

Then three scenarios that need more than one run: disk full (a size-limited tmpfs) and a read-only
output folder (a read-only bind mount), both in a private mount namespace (``unshare``), and the
redirect property (a corpus grown in several orders: every id ever published exists or redirects),
through the helper of ``tests/test_redirects.py``.

Writes ``DIR/report.md`` and ``DIR/report.json``; exit code 0 when every file and scenario had its
expected outcome, 1 otherwise. Not a test: ``tests/test_torture.py`` runs a reduced form.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import pickle
import platform
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from bench import hostile
from bench.measure import ROOT, measure

SHARED_PDFS = ROOT.parent / "shared" / "pdfs"
NOT_A_DOCUMENT = "-"  # expected status of a file that gets no documents row (unsupported, duplicate)


@dataclass(frozen=True)
class Case:
    """One input file: its name (bytes: it may not be UTF-8), what it is, and what must happen to it."""

    name: bytes
    case: str
    status: str  # expected documents.status, or NOT_A_DOCUMENT
    errors: tuple[str, ...]  # expected error kinds (errors.error_type) for the file, sorted
    build: Callable[[], bytes]


# What each shared PDF must give: documents.status and the error kinds recorded for it (MANIFEST.md
# says what each file exercises). Where Tesseract is not installed, NO_OCR_EXPECTED replaces a row.
SHARED_EXPECTED: dict[str, tuple[str, tuple[str, ...]]] = {
    "blank-page-4_chelsea-transport-plan-fr_65p.pdf": ("ok", ()),
    "corrupt-xref-offsets_one-byte-missing.pdf": ("partial", ("page_count_mismatch",)),
    "corrupt-xref_nrc-nuclear-owners_41-of-90-pages.pdf": ("partial", ("low_text_quality", "page_count_mismatch", "pdf_warning")),
    "corrupt-zlib_zen-of-python.pdf": ("partial", ("pdf_warning",)),
    "empty_zero-bytes.pdf": ("failed", ("empty_file",)),
    "encrypted-empty-userpw_epo-patent_scan-plus-blank-pages.pdf": ("ok", ()),  # page 2 read by OCR
    "encrypted_pw-openpassword_libreoffice.pdf": ("failed", ("encrypted",)),
    "encrypted_pw-test_backup4all.pdf": ("failed", ("encrypted",)),
    "font-arabic-rtl_habibi-rotated-4ways.pdf": ("ok", ()),
    "font-cjk-cid_chinese-contract.pdf": ("ok", ()),
    "font-ligatures_earth-science.pdf": ("ok", ()),
    "font-unmapped-glyphs-cid_drawing.pdf": ("partial", ("low_text_quality",)),
    "large-179p_usaid-russia-democracy-report.pdf": ("ok", ()),
    "malformed-circular-xobjects.pdf": ("partial", ("pdf_warning",)),
    "malformed-info-is-pagetree_cmyk-image.pdf": ("failed", ("no_text_layer",)),  # an image OCR finds no words in
    "multicol-2_arxiv-paper_creativity-in-ml.pdf": ("ok", ()),
    "multicol-2_latex-lorem-ipsum.pdf": ("ok", ()),
    "multicol-3_federal-register-2020-17221.pdf": ("ok", ()),
    "newsletter-2col_glider-express-2005-09_corrupt-p1-p4.pdf": ("partial", ("page_failed", "pdf_warning")),
    "newsletter-multicol_heads-up-nida_error-p24.pdf": ("partial", ("page_failed", "pdf_warning")),
    "rotated-90_nics-background-checks-2015-11.pdf": ("ok", ()),
    "scanned-no-text_chinese-admin-notice.pdf": ("failed", ("no_text_layer",)),  # Chinese: no OCR language for it
    "scanned-with-ocr-layer_siege-of-vicksburg.pdf": ("ok", ()),
    "table_nics-background-checks-2015-11.pdf": ("ok", ()),
    "truncated-50pct_federal-register-2020-17221.pdf": ("failed", ("truncated_pdf",)),
}
NO_OCR_EXPECTED: dict[str, tuple[str, tuple[str, ...]]] = {
    "encrypted-empty-userpw_epo-patent_scan-plus-blank-pages.pdf": ("failed", ("no_text_layer",)),
}


def _planted(kind: str) -> Callable[[], bytes]:
    """Ordinary text; its cache entry is replaced by a bad one before the run (see :func:`plant_cache_entries`)."""
    return lambda: f"Cache check ({kind}): Lena Marsh met Tomas Vidal in Aarhus on 4 March 2025.\n".encode()


def cases(*, small: bool = False, with_30mb: bool = False) -> list[Case]:
    """Every generated case; ``small`` shrinks the cases whose size is not the point (the big text) for tests."""
    one_line = 60_000 if small else 3_500_000
    out = [
        Case(b"caf\xe9 report.txt", "file name not valid UTF-8 (Latin-1)", "ok", (),
             lambda: "Café report: Ines Carvalho opened the Atlantic Food Forum 2025 in Porto.\n".encode()),
        Case(b"one-line-%s.txt" % (b"60kb" if small else b"3.5mb"), f"{_size(one_line)} text without line breaks", "ok", (),
             lambda: hostile.prose(one_line).encode()),
        Case(b"nested-markers.md", "100 KB of nested Markdown markers (> [ ![ ` *)", "ok", (),
             lambda: hostile.nested_markdown(100_000)),
        Case(b"bomb-1gb.pdf", "one-page PDF whose content stream inflates to 1 GB", "failed", ("content_too_large",),
             lambda: hostile.pdf_bomb(1024)),
        Case(b"deep-20000-divs.html", "20,000 nested <div>s", "ok", (), lambda: hostile.deep_html(20_000)),
        *(Case(f"{enc}-no-bom.txt".encode(), f"{enc.upper()} text without a byte-order mark", "ok", (),
               lambda enc=enc: hostile.WIDE_TEXT.encode(enc)) for enc in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")),
        Case(b"really-a-pdf.txt", ".txt file that is really a PDF", "ok", ("format_mismatch",),
             lambda: hostile.small_pdf(["Tomas Vidal joined the Adriatic Marine Network in Split on 17 June 2024."])),
        Case(b"really-html.pdf", "HTML page named .pdf", "ok", ("format_mismatch",),
             lambda: hostile.html_page("Cluster brief", "Lena Marsh spoke in Aarhus on 4 March 2025.")),
        Case(b"legacy.doc", "legacy Word .doc (unsupported type)", NOT_A_DOCUMENT, ("unsupported_extension",), lambda: hostile.OLE2),
        Case(b"cached-truncated.txt", "its cache entry truncated (must be a cache miss)", "ok", (), _planted("truncated")),
        Case(b"cached-pickle.txt", "its cache entry a pickle that would run code", "ok", (), _planted("pickle")),
    ]
    if with_30mb:
        out.append(Case(b"report-30mb.txt", "30 MB plain-text report (paragraphs)", "ok", (),
                        lambda: hostile.prose(30_000_000, paragraph_every=8).encode()))
    return out


def ocr_available() -> bool:
    """Whether this machine's runs read scanned pages (Tesseract installed with a configured language, OCR on)."""
    from pipeline.config import load_settings
    from pipeline.ingest.ocr import ocr_languages

    settings = load_settings({})
    return settings.ocr and ocr_languages(settings.ocr_languages) is not None


def shared_pdf_cases(folder: Path = SHARED_PDFS, *, ocr: bool | None = None) -> list[Case]:
    """Every PDF of the shared test set, with its expected outcome."""
    if ocr is None:
        ocr = ocr_available()
    out = []
    for path in sorted(folder.glob("*.pdf")):
        status, errors = (NO_OCR_EXPECTED if not ocr else {}).get(path.name) or SHARED_EXPECTED.get(path.name, ("?", ()))
        out.append(Case(path.name.encode(), "shared PDF", status, errors, lambda path=path: path.read_bytes()))
    return out


# --------------------------------------------------------------------------------------------
# the one run
# --------------------------------------------------------------------------------------------
class _RunsCode:
    """A pickle payload that would create ``marker`` when unpickled (the cache must never unpickle)."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def plant_cache_entries(inp: Path, out: Path, marker: Path) -> list[str]:
    """Put a truncated entry and a pickle where the cache entries of ``cached-truncated.txt`` and
    ``cached-pickle.txt`` belong under this code's fingerprint; returns the planted files' paths."""
    from pipeline.config import load_settings
    from pipeline.ingest import discover
    from pipeline.records import FailedDocument, Problem
    from pipeline.state import now_utc, save_result, settings_fingerprint

    settings = load_settings({"input_dir": inp, "output_dir": out})
    fp = settings_fingerprint(settings)
    planted = []
    for src in discover(inp):
        if src.rel_path not in ("cached-truncated.txt", "cached-pickle.txt"):
            continue
        placeholder = FailedDocument(src.rel_path, src.fmt, src.sha256, Problem("ingest", "planted", "replaced below"))
        save_result(out, fp, placeholder, now_utc())
        (entry,) = (out / ".state" / "docs").rglob(f"{src.sha256}.{src.fmt}.json")
        good = entry.read_bytes()
        entry.write_bytes(good[: len(good) // 2] if "truncated" in src.rel_path else pickle.dumps(_RunsCode(str(marker))))
        planted.append(str(entry))
    return planted


@dataclass
class FileOutcome:
    file: str  # as the tables show it (bytes that are not UTF-8 written \xNN)
    case: str
    size: int
    expected: str  # "status: kind, kind"
    status: str  # documents.status, or NOT_A_DOCUMENT
    format: str | None
    errors: list[str]  # error kinds recorded for the file, sorted
    message: str  # the first error's message (or "")
    seconds: float | None  # documents.processing_seconds
    n_document_rows: int
    ok: bool


def readable(name: bytes) -> str:
    """A file name as the tables show it (``source_path``)."""
    from pipeline.ingest.names import readable_name

    return readable_name(os.fsdecode(name))


def _outcome(case: Case, docs: list[dict], errors: list[dict]) -> FileOutcome:
    shown = readable(case.name)
    mine = [d for d in docs if d["source_path"] == shown]
    errs = [e for e in errors if e["source_path"] == shown]
    kinds = sorted({e["error_type"] for e in errs})
    status = mine[0]["status"] if len(mine) == 1 else NOT_A_DOCUMENT if not mine else f"{len(mine)} rows"
    accounted = len(mine) == 1 or (not mine and bool(errs))
    return FileOutcome(shown, case.case, 0, _expected(case), status, mine[0]["format"] if mine else None, kinds,
                       errs[0]["message"] if errs else "", mine[0]["processing_seconds"] if mine else None, len(mine),
                       accounted and status == case.status and tuple(kinds) == case.errors)


def _expected(case: Case) -> str:
    return case.status + (": " + ", ".join(case.errors) if case.errors else "")


def run_battery(work: Path, *, small: bool = False, with_30mb: bool = False, extra_args: tuple[str, ...] = (),
                env: dict[str, str] | None = None, pdfs: Path = SHARED_PDFS) -> dict:
    """Build the input folder under ``work``, run the pipeline once over it; returns the report as a dict."""
    import pyarrow.parquet as pq

    inp, out = work / "input", work / "outputs"
    shutil.rmtree(inp, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    inp.mkdir(parents=True)
    all_cases = cases(small=small, with_30mb=with_30mb) + (shared_pdf_cases(pdfs) if pdfs.is_dir() else [])
    sizes = {}
    for case in all_cases:
        data = case.build()
        (inp / os.fsdecode(case.name)).write_bytes(data)
        sizes[case.name] = len(data)
    marker = work / "pickle-code-ran"
    marker.unlink(missing_ok=True)
    args = ["-m", "pipeline", "extract", "--input", str(inp), "--output", str(out), "--quiet", *extra_args]
    with _environment(env or {}):
        planted = plant_cache_entries(inp, out, marker)
        started = dt.datetime.now(dt.timezone.utc)
        measured = measure(args, interval=1.0)  # PSS sampling reads smaps: not too often on a shared machine
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    errors = pq.read_table(out / "errors.parquet").to_pylist()
    files = []
    for case in all_cases:
        row = _outcome(case, docs, errors)
        row.size = sizes[case.name]
        files.append(row)
    from pipeline.result_codec import CacheEntryRejected, decode_result

    def rewritten(path: str) -> bool:
        with contextlib.suppress(OSError, CacheEntryRejected):
            return decode_result(Path(path).read_bytes())[1] is not None
        return False

    cache = {"planted": len(planted), "rewritten_as_valid": sum(rewritten(p) for p in planted), "pickle_ran": marker.exists()}
    return {
        "started": started.isoformat(timespec="seconds"), "machine": _machine(), "command": "python " + " ".join(args),
        "exit_code": measured.returncode, "expected_exit_code": 1, "wall_seconds": round(measured.seconds, 1),
        "peak_mb": round(measured.peak_mb), "summary": measured.output.get("stdout", ""),
        "files": [asdict(f) for f in files], "cache": cache,
        "n_documents_rows": len(docs), "n_input_files": len(all_cases),
    }


@contextlib.contextmanager
def _environment(env: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        yield
    finally:
        for k, v in saved.items():
            os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)


def _machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{platform.node()}: {os.cpu_count()} CPUs, load average {load} at the start (shared with other work)"


# --------------------------------------------------------------------------------------------
# scenarios: disk full, read-only outputs (private mount namespace), redirects
# --------------------------------------------------------------------------------------------
@dataclass
class Scenario:
    name: str
    ok: bool | None  # None: not run (the reason says why)
    detail: str
    seconds: float = 0.0
    steps: list[str] = field(default_factory=list)


SMALL_DOCS = {
    "first.txt": "Cluster news, 3 March 2025\n\nLena Marsh, director of the Nordic Battery Cluster, opened the plan in Aarhus.\n",
    "second.txt": "Members' update\n\nThe Adriatic Marine Network welcomed Tomas Vidal in Split on 17 June 2024.\n",
}
NEW_DOC = ("added.txt", "Forum note\n\nInes Carvalho opened the Atlantic Food Forum 2025 in Porto on 2 May 2025.\n")


def _umount(path: Path, wait: float = 15.0) -> None:
    """Unmount a bind mount, waiting while the failed run's last processes still hold a file in it ("target is
    busy": seen under load, when a pool worker's exit lags its parent's)."""
    deadline = time.monotonic() + wait
    while True:
        done = subprocess.run(["umount", str(path)], capture_output=True, text=True)
        if done.returncode == 0:
            return
        if "busy" not in done.stderr or time.monotonic() > deadline:
            raise subprocess.CalledProcessError(done.returncode, done.args, done.stdout, done.stderr)
        time.sleep(0.5)


def _cli(inp: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "extract", "--input", str(inp), "--output", str(out), "--quiet"],
                          cwd=ROOT, capture_output=True, text=True)


def _tables(out: Path) -> dict[str, list[dict]]:
    """Every published table, rows in order, without the columns that vary between runs."""
    import pyarrow.parquet as pq

    from pipeline.schemas import TABLES

    volatile = {"processed_at", "occurred_at", "processing_seconds"}
    return {t.name: [{k: v for k, v in r.items() if k not in volatile} for r in pq.read_table(out / f"{t.name}.parquet").to_pylist()]
            for t in TABLES}


def _write_error_steps(work: Path, kind: str) -> list[str]:
    """Inside a private mount namespace: publish, make the output folder fail (``kind``: disk-full or
    read-only), run again, check; then undo it and check the next run recovers. Returns the steps, each
    "ok: …"; raises AssertionError on the first that does not hold."""
    docs, out = work / "docs", work / "out"
    shutil.rmtree(work, ignore_errors=True)
    docs.mkdir(parents=True)
    out.mkdir()
    steps = []
    if kind == "disk-full":
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(out)], check=True)
        steps.append("output folder on a 64 MB tmpfs")
    for name, text in SMALL_DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    first = _cli(docs, out)
    assert first.returncode == 0, first.stderr[-2000:]
    before = _tables(out)
    current = os.readlink(out / ".state" / "current")
    steps.append(f"first run published {len(before['documents'])} documents (exit 0)")
    (docs / NEW_DOC[0]).write_text(NEW_DOC[1], encoding="utf-8")
    if kind == "disk-full":
        filler = out / "filler"
        # Room for one more cache entry (the size of the first run's largest), not for the tables.
        room = max(p.stat().st_size for p in (out / ".state" / "docs").rglob("*.json")) // 4096 * 4096 + 8192
        with open(filler, "wb", buffering=0) as f:  # unbuffered: a failed write leaves nothing to flush
            with contextlib.suppress(OSError):
                while True:  # until the disk is full
                    f.write(b"\0" * (1 << 16))
                    f.flush()
            f.truncate(max(0, f.tell() - room))
        free_kb = shutil.disk_usage(out).free // 1024
        steps.append(f"disk filled up to {free_kb} KB")
    else:
        subprocess.run(["mount", "--bind", str(out), str(out)], check=True)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(out)], check=True)
        steps.append("output folder remounted read-only")
    failing = _cli(docs, out)
    want = "No space left on device" if kind == "disk-full" else "Read-only file system"
    assert failing.returncode == 4, (failing.returncode, failing.stderr[-2000:])
    assert "error: cannot write to the output folder" in failing.stderr and want in failing.stderr, failing.stderr[-2000:]
    steps.append(f"second run: exit 4, {failing.stderr.strip().splitlines()[-1][:160]!r}")
    assert os.readlink(out / ".state" / "current") == current and _tables(out) == before
    steps.append("published tables readable and unchanged")
    cached = any((out / ".state" / "docs").rglob("*.json")) and len(list((out / ".state" / "docs").rglob("*.json"))) > len(SMALL_DOCS)
    steps.append(f"the new document's result {'was' if cached else 'was not'} cached before the failure")
    if kind == "disk-full":
        filler.unlink()
        assert not (out / ".state" / "staging").exists() or not any((out / ".state" / "staging").iterdir())
    else:
        _umount(out)
    recovered = _cli(docs, out)
    assert recovered.returncode == 0, recovered.stderr[-2000:]
    after = _tables(out)
    status = {d["source_path"]: d["status"] for d in after["documents"]}
    assert status == {**{d["source_path"]: d["status"] for d in before["documents"]}, NEW_DOC[0]: "ok"}, status
    undone = "space freed" if kind == "disk-full" else "writable again"
    steps.append(f"{undone}, the next run: exit 0, {len(after['documents'])} documents published")
    return steps


_NAMESPACE_ENV = "CLUSTER_KB_TORTURE_NAMESPACE"  # set by write_error_scenario for the process it starts in the namespace


def write_error_scenario(kind: str, work: Path) -> Scenario:
    """Disk full or read-only outputs, for real, in a private mount namespace (``unshare``; no root needed
    where user namespaces are allowed). Not run, with the reason, where namespaces are not available."""
    label = {"disk-full": "disk full (size-limited tmpfs)", "read-only": "read-only output folder (bind mount)"}[kind]
    unshare = shutil.which("unshare")
    started = time.monotonic()
    if unshare is None:
        return Scenario(label, None, "not run: `unshare` (util-linux) is not installed; tests/test_output_errors.py covers it with a patched writer")
    cmd = [unshare, "--mount", "--map-root-user", "--propagation", "private", sys.executable, "-m", "bench.torture",
           "--inside", kind, "--out", str(work)]
    probe = subprocess.run([unshare, "--mount", "--map-root-user", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return Scenario(label, None, f"not run: no private mount namespace here ({probe.stderr.strip()[:200]}); "
                                     "tests/test_output_errors.py covers it with a patched writer")
    # unshare execs python in its own process: the parent the namespaced process sees is this one.
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env={**os.environ, _NAMESPACE_ENV: str(os.getpid())})
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    try:
        steps = json.loads(lines[-1])["steps"] if lines else []
    except (json.JSONDecodeError, KeyError):
        steps = []
    ok = done.returncode == 0
    detail = "; ".join(steps) if ok else f"FAILED: {done.stderr.strip()[-1500:]}"
    return Scenario(label, ok, detail, round(time.monotonic() - started, 1), steps)


def redirect_scenario(work: Path, n_orders: int) -> Scenario:
    """Grow a corpus in ``n_orders`` orders with real runs (``tests/test_redirects.grow_in_orders``)."""
    from pipeline.config import load_settings
    from pipeline.run import run

    sys.path.insert(0, str(ROOT / "tests"))
    from test_redirects import GROWING, grow_in_orders

    def run_pipeline(input_dir: Path, output_dir: Path, **overrides):
        return run(load_settings({"input_dir": input_dir, "output_dir": output_dir, "progress": False, **overrides}, environ={}))

    label = f"published ids never disappear ({len(GROWING)} documents grown in {n_orders} orders)"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    started = time.monotonic()
    try:
        n_runs, n_redirects, n_kept = grow_in_orders(run_pipeline, work, n_orders)
    except AssertionError as exc:
        return Scenario(label, False, f"FAILED: {exc}", round(time.monotonic() - started, 1))
    detail = (f"{n_runs} runs: after each, every id ever published exists or redirects to one that does; "
              f"{n_redirects} redirects, {n_kept} ids kept that a clean run would derive differently")
    return Scenario(label, True, detail, round(time.monotonic() - started, 1))


# --------------------------------------------------------------------------------------------
# report
# --------------------------------------------------------------------------------------------
def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.0f} KB" if n >= 1e3 else f"{n} B"


def markdown_report(report: dict) -> str:
    files = report["files"]
    n_ok = sum(f["ok"] for f in files)
    lines = [
        "# Robustness battery (`make torture`)", "",
        f"Run {report['started']} on {report['machine']}.", "",
        f"One run: `{report['command']}`: exit code {report['exit_code']} (expected {report['expected_exit_code']}), "
        f"{report['wall_seconds']:.0f} s wall clock, peak memory {report['peak_mb']} MB (PSS of the process tree). "
        f"{len(files)} input files, {n_ok} with the expected outcome.", "",
        "`seconds` is `documents.processing_seconds` (ingest to extract, without loading the model); `-`: the file is not "
        "a document (no row in `documents`, only in `errors`).", "",
        "| file | case | size | expected | status | format | error kinds | seconds | as expected |",
        "|---|---|---:|---|---|---|---|---:|---|",
    ]
    for f in files:
        seconds = "-" if f["seconds"] is None else f"{f['seconds']:.1f}"
        lines.append(f"| `{_cell(f['file'])}` | {_cell(f['case'])} | {_size(f['size'])} | {_cell(f['expected'])} | {f['status']} "
                     f"| {f['format'] or '-'} | {', '.join(f['errors']) or '-'} | {seconds} | {'yes' if f['ok'] else '**NO**'} |")
    cache = report["cache"]
    lines += ["", f"Cache entries planted before the run: {cache['planted']} (one truncated, one pickle); rewritten as valid "
                  f"entries by the run: {cache['rewritten_as_valid']}; the pickle's code ran: {'**YES**' if cache['pickle_ran'] else 'no'}."]
    if report.get("scenarios"):
        lines += ["", "## Scenarios", "", "| scenario | outcome | seconds | what happened |", "|---|---|---:|---|"]
        for s in report["scenarios"]:
            outcome = "not run" if s["ok"] is None else "as expected" if s["ok"] else "**FAILED**"
            lines.append(f"| {_cell(s['name'])} | {outcome} | {s['seconds']:.0f} | {_cell(s['detail'])} |")
    lines += ["", "## Messages", "", "The first `errors` message of each file that has one:", ""]
    lines += [f"- `{_cell(f['file'])}`: {_cell(f['message'])}" for f in files if f["message"]]
    if report["summary"]:
        lines += ["", "## The run's summary", "", "```", report["summary"].strip(), "```"]
    return "\n".join(lines) + "\n"


def passed(report: dict) -> bool:
    return (report["exit_code"] == report["expected_exit_code"] and all(f["ok"] for f in report["files"])
            and report["cache"]["rewritten_as_valid"] == report["cache"]["planted"] and not report["cache"]["pickle_ran"]
            and all(s["ok"] is not False for s in report.get("scenarios", ())))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.torture", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "work" / "torture", help="work folder (input, outputs, report)")
    p.add_argument("--with-30mb", action="store_true", help="add the 30 MB text (about an hour on a shared 2-core machine)")
    p.add_argument("--small", action="store_true", help="the reduced battery the tests run (a 60 KB one-line text)")
    p.add_argument("--orders", type=int, default=10, help="orders in which the redirect scenario grows its corpus")
    p.add_argument("--no-scenarios", action="store_true", help="only the one run over the files")
    p.add_argument("--inside", choices=["disk-full", "read-only"], help=argparse.SUPPRESS)  # in the private mount namespace
    args, extra = p.parse_known_args(argv)
    if args.inside:
        if os.environ.get(_NAMESPACE_ENV) != str(os.getppid()):  # never mount in the machine's own namespace
            p.error("--inside runs only in the private mount namespace write_error_scenario starts")
        print(json.dumps({"steps": _write_error_steps(args.out, args.inside)}))
        return 0
    work = args.out.resolve()
    report = run_battery(work, small=args.small, with_30mb=args.with_30mb, extra_args=tuple(extra))
    if not args.no_scenarios:
        scenarios = [write_error_scenario("disk-full", work / "disk-full"), write_error_scenario("read-only", work / "read-only"),
                     redirect_scenario(work / "redirects", args.orders)]
        report["scenarios"] = [asdict(s) for s in scenarios]
    (work / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    (work / "report.md").write_text(markdown_report(report), encoding="utf-8")
    print(f"report: {work / 'report.md'}")
    return 0 if passed(report) else 1


if __name__ == "__main__":
    sys.exit(main())
