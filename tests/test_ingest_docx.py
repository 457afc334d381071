"""Word documents: .docx read through mammoth's semantic HTML (headings, lists, tables kept)."""
from __future__ import annotations

import io

import pytest

from conftest import published_tables

docx = pytest.importorskip("docx", reason="python-docx (a test dependency) builds the Word files")


def newsletter_docx(*, title: str | None = "Cluster Letter No. 4") -> bytes:
    d = docx.Document()
    if title:
        d.core_properties.title = title
    d.add_heading("Cluster Letter", level=1)
    d.add_paragraph("Jane Doe, Director of the Alpine Cluster Network, opened the Green Cluster Forum in Graz on 12 March 2024.")
    d.add_heading("Key messages", level=2)
    d.add_paragraph("Clusters need stable regional funding.", style="List Bullet")
    d.add_paragraph("Skills partnerships work best across borders.", style="List Bullet")
    d.add_paragraph("Register for the matchmaking days.", style="List Number")
    table = d.add_table(rows=2, cols=2)
    for (row, col), value in {(0, 0): "Date", (0, 1): "Event", (1, 0): "5 June 2024", (1, 1): "Cluster Matchmaking Days"}.items():
        table.cell(row, col).text = value
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_ingest_docx_keeps_headings_lists_and_tables():
    from pipeline.ingest.docx import read_docx

    text, blocks, title = read_docx(newsletter_docx())
    assert title == "Cluster Letter No. 4"
    assert [(b.kind, b.level, text[b.start:b.end]) for b in blocks] == [
        ("heading", 1, "Cluster Letter"),
        ("paragraph", 0, "Jane Doe, Director of the Alpine Cluster Network, opened the Green Cluster Forum in Graz on 12 March 2024."),
        ("heading", 2, "Key messages"),
        ("list_item", 1, "Clusters need stable regional funding."),
        ("list_item", 1, "Skills partnerships work best across borders."),
        ("list_item", 1, "Register for the matchmaking days."),
        ("line", 0, "Date"), ("line", 0, "Event"), ("line", 0, "5 June 2024"), ("line", 0, "Cluster Matchmaking Days"),
    ]
    assert "\n- Clusters need stable regional funding.\n- Skills partnerships" in text
    assert "\n1. Register for the matchmaking days." in text
    # Without a title in its properties, the first heading is the title.
    assert read_docx(newsletter_docx(title=None))[2] == "Cluster Letter"


def test_ingest_docx_run_extracts_rows(run_pipeline, tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "letter.docx").write_bytes(newsletter_docx())
    (inp / "broken.docx").write_bytes(newsletter_docx()[:900])
    run_pipeline(inp, tmp_path / "out")
    tables = published_tables(tmp_path / "out")
    docs = {d["source_path"]: d for d in tables["documents"]}
    assert {p: (d["format"], d["status"]) for p, d in docs.items()} == {"letter.docx": ("docx", "ok"), "broken.docx": ("zip", "failed")}
    assert docs["letter.docx"]["title"] == "Cluster Letter No. 4"
    doc_id = docs["letter.docx"]["doc_id"]
    assert [(k["ordinal"], k["text"], k["section"]) for k in tables["key_messages"]] == [
        (1, "Clusters need stable regional funding", "Key messages"),
        (2, "Skills partnerships work best across borders", "Key messages"),
        (3, "Register for the matchmaking days", "Key messages"),
    ]
    assert sorted((d["text"], d["start_date"].isoformat()) for d in tables["dates"] if d["doc_id"] == doc_id) == [
        ("12 March 2024", "2024-03-12"), ("5 June 2024", "2024-06-05")]
    assert [p["name"] for p in tables["people"]] == ["Jane Doe"]
    assert [(r["role"]) for r in tables["roles"]] == ["Director"]
    events = {e["name"]: e for e in tables["events"]}
    assert set(events) == {"Green Cluster Forum 2024", "Cluster Matchmaking Days 2024"}
    assert (events["Green Cluster Forum 2024"]["start_date"].isoformat(), events["Green Cluster Forum 2024"]["city"]) == ("2024-03-12", "Graz")
    errors = {(e["source_path"], e["error_type"]) for e in tables["errors"]}
    assert ("broken.docx", "unsupported_format") in errors
