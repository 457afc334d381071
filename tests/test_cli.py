"""The command line: extract writes the analyst extras, says what to do, keeps its exit codes."""
from __future__ import annotations

import shutil

import duckdb
import pyarrow.parquet as pq

from pipeline.cli import EXIT_OK, EXIT_USAGE, main


def test_cli_extract_writes_tables_database_and_review_pages(copy_of_raw_docs, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["extract", "--input", str(copy_of_raw_docs), "--output", str(out)])
    stdout = capsys.readouterr().out
    assert code == EXIT_OK
    assert (out / "review" / "index.html").is_file()
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert docs
    con = duckdb.connect(str(out / "knowledge.duckdb"), read_only=True)
    assert con.sql("select count(*) from documents").fetchall() == [(len(docs),)]
    con.close()
    # the summary table: status counts, rows per table, where to look next
    lines = [line.split() for line in stdout.splitlines()]
    for status in ("ok", "partial", "failed"):
        assert [status, str(sum(d["status"] == status for d in docs))] in [x[:2] for x in lines]
    assert any(line.split()[:1] == ["key_messages"] for line in stdout.splitlines())
    assert "review pages" in stdout and str(out / "knowledge.duckdb") in stdout

    # A re-run that changes no table still brings the extras back.
    shutil.rmtree(out / "review")
    (out / "knowledge.duckdb").unlink()
    assert main(["extract", "--input", str(copy_of_raw_docs), "--output", str(out), "--quiet"]) == EXIT_OK
    assert capsys.readouterr().out == ""  # --quiet: nothing unless a document failed
    assert (out / "review" / "index.html").is_file() and (out / "knowledge.duckdb").is_file()


def test_cli_empty_input_folder_says_what_to_do(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    code = main(["extract", "--input", str(tmp_path / "in"), "--output", str(tmp_path / "out"), "-q"])
    err = capsys.readouterr().err
    assert code == EXIT_OK
    assert "is empty: put PDF, TXT, MD or HTML files there" in err


def test_cli_only_unsupported_files_are_named(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "table.xlsx").write_bytes(b"PK\x03\x04")
    main(["extract", "--input", str(tmp_path / "in"), "--output", str(tmp_path / "out"), "-q"])
    assert "no documents this pipeline reads (1 other file(s) skipped)" in capsys.readouterr().err


def test_cli_missing_input_folder_is_a_usage_error(tmp_path, capsys):
    code = main(["extract", "--input", str(tmp_path / "missing"), "--output", str(tmp_path / "out")])
    assert code == EXIT_USAGE
    assert "does not exist: create it and put PDF, TXT, MD or HTML files there" in capsys.readouterr().err


def test_cli_every_option_is_documented_in_the_readme(root):
    from pipeline.cli import _parser

    readme = (root / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in _parser()._actions if a.dest == "command")
    for command in ("extract", "rules", "query"):
        for action in sub.choices[command]._actions:
            long = [o for o in action.option_strings if o.startswith("--") and o != "--help"]
            if long:
                assert any(o in readme for o in long), f"{command} {long[0]} is not mentioned in README.md"


def test_cli_unchanged_rerun_keeps_the_extras_and_rebuilds_missing_ones(copy_of_raw_docs, tmp_path):
    out = tmp_path / "out"
    args = ["extract", "--input", str(copy_of_raw_docs), "--output", str(out), "--quiet"]
    assert main(args) == EXIT_OK
    database, index = out / "knowledge.duckdb", out / "review" / "index.html"
    before = (database.stat().st_mtime_ns, index.stat().st_mtime_ns)
    assert main(args) == EXIT_OK  # nothing changed: neither is rebuilt
    assert (database.stat().st_mtime_ns, index.stat().st_mtime_ns) == before
    index.unlink()
    assert main(args) == EXIT_OK  # a missing piece is rebuilt
    assert index.exists() and database.exists()
    (copy_of_raw_docs / "first-cluster-policy-forum.txt").unlink()
    assert main(args) == EXIT_OK  # a new table set: rebuilt
    assert database.stat().st_mtime_ns != before[0]
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("select count(*) from documents").fetchone()[0] == 4


def test_cli_unchanged_rerun_does_not_load_duckdb_pyarrow_or_spacy(copy_of_raw_docs, tmp_path):
    """A no-op re-run through the CLI stays under a second: it checks the extras' stamp without importing
    duckdb, pyarrow, pandas or spaCy (a fresh interpreter, so the test's own imports do not count)."""
    import subprocess
    import sys

    out = tmp_path / "out"
    args = ["extract", "--input", str(copy_of_raw_docs), "--output", str(out), "--quiet"]
    assert main(args) == EXIT_OK
    probe = ("import sys; from pipeline.cli import main; rc = main(sys.argv[1:]); "
             "print(rc, sorted(m for m in ('duckdb', 'pyarrow', 'pandas', 'spacy') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-2] == f"{EXIT_OK} []"
