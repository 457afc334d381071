"""A file's format comes from its bytes: magic numbers decide, the extension only between text kinds."""
from __future__ import annotations

import io

import pytest

from conftest import published_tables

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504

MAIL = (b"From: Cluster Desk <desk@example.org>\r\nTo: members@example.org\r\nSubject: News\r\n"
        b"Date: Tue, 3 Sep 2024 09:00:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n")


def pdf_bytes(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780
    for line in lines:
        c.drawString(72, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("data, expected", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
    (b"\n\n%PDF-1.4 after junk", "pdf"),
    (b"<!DOCTYPE html>\n<html><body><p>x</p></body></html>", "html"),
    (b"\xef\xbb\xbf  <!-- saved page -->\n<HTML lang=en><p>x</p></HTML>", "html"),
    (OLE2, "doc"),
    (b"PK\x03\x04 not a real archive", "zip"),
    (MAIL, "eml"),
    # A memo with mail-like labels but no header mail software writes is text.
    (b"From: Jane\nTo: the team\nSubject: minutes\n\nWe met.", None),
    (b"Date: 3 June 2024\nLocation: Brussels\n\nThe forum opened.", None),
    (b"# Cluster news\n\nThe <html> tag is mentioned here.", None),
    (b"Plain text about clusters.", None),
])
def test_sniff_format_from_magic_bytes(data, expected):
    from pipeline.ingest.sniff import sniff_format

    assert sniff_format(data) == expected


def test_sniff_discover_reads_formats_from_bytes(tmp_path):
    from pipeline.ingest import UnsupportedFile, discover

    (tmp_path / "report.txt").write_bytes(pdf_bytes(["A PDF named as text."]))
    (tmp_path / "page.pdf").write_bytes(b"<!doctype html><html><title>T</title><p>Hi.</p></html>")
    (tmp_path / "notes.pdf").write_bytes(b"Just some notes about clusters.")
    (tmp_path / "old.doc").write_bytes(OLE2)
    (tmp_path / "old.txt").write_bytes(OLE2)
    (tmp_path / "scan").write_bytes(pdf_bytes(["No extension at all."]))
    (tmp_path / "table.csv").write_bytes(b"a,b\n1,2\n")
    found = {f.rel_path: (type(f).__name__, f.fmt) for f in discover(tmp_path)}
    assert found == {
        "notes.pdf": ("SourceFile", "txt"),
        "old.doc": ("UnsupportedFile", ".doc"),
        "old.txt": ("SourceFile", "doc"),
        "page.pdf": ("SourceFile", "html"),
        "report.txt": ("SourceFile", "pdf"),
        "scan": ("SourceFile", "pdf"),
        "table.csv": ("UnsupportedFile", ".csv"),
    }
    assert not any(isinstance(f, UnsupportedFile) and f.rel_path == "scan" for f in discover(tmp_path))


def test_sniff_run_records_what_was_read(run_pipeline, tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "report.txt").write_bytes(pdf_bytes(["Jane Doe opened the Cluster Forum in Vienna on 3 June 2024."]))
    (inp / "page.pdf").write_bytes(b"<!doctype html><html><head><title>Cluster Brief</title></head><body>"
                                   b"<p>John Roe spoke in Lyon on 5 May 2023.</p></body></html>")
    (inp / "old.doc").write_bytes(OLE2)
    (inp / "old.txt").write_bytes(OLE2)
    summary = run_pipeline(inp, tmp_path / "out")
    tables = published_tables(tmp_path / "out")
    docs = {d["source_path"]: d for d in tables["documents"]}
    assert {p: (d["format"], d["status"]) for p, d in docs.items()} == {
        "report.txt": ("pdf", "ok"), "page.pdf": ("html", "ok"), "old.txt": ("doc", "failed")}
    assert docs["page.pdf"]["title"] == "Cluster Brief"
    texts = {t["doc_id"]: t["text"] for t in tables["document_texts"]}
    assert texts[docs["report.txt"]["doc_id"]] == "Jane Doe opened the Cluster Forum in Vienna on 3 June 2024."
    errors = {(e["source_path"], e["error_type"]): e["message"] for e in tables["errors"]}
    assert errors[("report.txt", "format_mismatch")] == (
        "the file is named as plain text but its bytes are a PDF: read as a PDF")
    assert errors[("page.pdf", "format_mismatch")] == (
        "the file is named as a PDF but its bytes are an HTML page: read as an HTML page")
    assert errors[("old.txt", "unsupported_format")].startswith("a legacy Word (.doc) or other OLE2 Office file: not read; save it as .docx")
    assert errors[("old.doc", "unsupported_extension")] == (
        "not read: legacy Word (.doc) files are not supported; save it as .docx (Word: File > Save As) or as PDF to have it processed")
    assert summary.unsupported == ["old.doc"]
    dates = {(d["doc_id"], d["start_date"].isoformat()) for d in tables["dates"]}
    assert (docs["report.txt"]["doc_id"], "2024-06-03") in dates and (docs["page.pdf"]["doc_id"], "2023-05-05") in dates
