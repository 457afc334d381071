"""python -m pipeline query: SQL over the output tables, printed as a table."""
from __future__ import annotations

import pyarrow.parquet as pq

from pipeline.cli import EXIT_OK, EXIT_USAGE, main
from pipeline.query import format_frame, run_query


def test_query_prints_a_table_of_the_result(analyst_run, capsys):
    code = main(["query", "select source_path, status from documents order by source_path", "--output", str(analyst_run)])
    out = capsys.readouterr().out
    n = pq.read_table(analyst_run / "documents.parquet").num_rows
    assert code == EXIT_OK
    assert out.splitlines()[0].split() == ["source_path", "status"]
    assert "hostile-news.txt" in out
    assert f"({n} rows)" in out


def test_query_sees_the_analyst_views(analyst_run):
    df = run_query("select * from document_overview", analyst_run)
    assert len(df) == pq.read_table(analyst_run / "documents.parquet").num_rows
    assert {"n_person_mentions", "n_key_messages", "errors"} <= set(df.columns)


def test_query_bad_sql_exits_2_with_the_reason(analyst_run, capsys):
    code = main(["query", "selec name from people", "--output", str(analyst_run)])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "the SQL could not run" in err and "selec" in err

    code = main(["query", "select nonexistent_column from people", "--output", str(analyst_run)])
    assert code == EXIT_USAGE
    assert "nonexistent_column" in capsys.readouterr().err


def test_query_missing_outputs_says_run_make_extract(tmp_path, capsys):
    code = main(["query", "select 1", "--output", str(tmp_path / "nowhere")])
    assert code == EXIT_USAGE
    assert "run `make extract` first" in capsys.readouterr().err


def test_query_csv_output(analyst_run, capsys):
    code = main(["query", "select doc_id, status from documents order by doc_id", "--output", str(analyst_run), "--csv"])
    lines = capsys.readouterr().out.splitlines()
    assert code == EXIT_OK
    assert lines[0] == "doc_id,status"
    assert len(lines) == 1 + pq.read_table(analyst_run / "documents.parquet").num_rows


def test_query_format_cuts_rows_and_says_so(analyst_run):
    df = run_query("select * from range(120) t(n)", analyst_run)
    text = format_frame(df, max_rows=10, max_width=60)
    assert "110 more rows (120 in all" in text
    assert format_frame(df.head(0), 10, 60) == "(no rows; columns: n)"
