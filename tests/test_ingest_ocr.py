"""OCR for PDF pages without a text layer (Tesseract through pytesseract)."""
from __future__ import annotations

import dataclasses
import hashlib
import io
import shutil

import pytest

from conftest import published_tables

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng …; .ci/run does it)")

SCAN_LINES = ["Nordic Cluster News", "",
              "Jane Doe, Director of the Nordic Cluster Agency, opened",
              "the Arctic Innovation Forum in Tromso on 14 May 2024.", "",
              "The Cluster Matchmaking Day 2024 takes place in Oslo",
              "on 3 June 2024."]


def scanned_page_pdf(lines: list[str], *, text_page: str | None = None) -> bytes:
    """A PDF whose (second, with ``text_page``) page is only an image of rendered text: no text layer."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=36)
    for i, line in enumerate(lines):
        draw.text((120, 150 + 60 * i), line, fill=0, font=font)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if text_page:
        c.drawString(72, 780, text_page)
        c.showPage()
    c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def _ingest(data: bytes, settings, name: str = "scan.pdf"):
    from pipeline.ingest import ingest_document
    from pipeline.records import SourceFile

    src = SourceFile(f"/virtual/{name}", name, "pdf", len(data), hashlib.sha256(data).hexdigest())
    return ingest_document(src, data, settings)


@needs_tesseract
def test_ingest_ocr_page_without_text_layer_is_read(settings):
    doc = _ingest(scanned_page_pdf(SCAN_LINES, text_page="A first page with a text layer."), settings)
    assert [(p.number, p.status) for p in doc.pages] == [(1, "ok"), (2, "ocr")]
    assert doc.problems == ()
    assert doc.text == ("A first page with a text layer.\n\nNordic Cluster News\n\n"
                        "Jane Doe, Director of the Nordic Cluster Agency, opened the Arctic Innovation Forum in Tromso on 14 May 2024.\n\n"
                        "The Cluster Matchmaking Day 2024 takes place in Oslo on 3 June 2024.")
    assert doc.text[doc.pages[1].start:doc.pages[1].end].startswith("Nordic Cluster News")


@needs_tesseract
def test_ingest_ocr_run_yields_facts_marked_ocr(run_pipeline, tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "scan.pdf").write_bytes(scanned_page_pdf(SCAN_LINES))
    run_pipeline(inp, tmp_path / "out")
    tables = published_tables(tmp_path / "out")
    (doc,) = tables["documents"]
    assert (doc["status"], doc["n_pages"], doc["n_pages_ocr"], doc["title"]) == ("ok", 1, 1, "Nordic Cluster News")
    people = {(m["text"], m["page"], m["rule"].endswith("+ocr")) for m in tables["mentions"] if m["entity_type"] == "person"}
    assert people == {("Jane Doe", 1, True)}
    assert sorted((d["start_date"].isoformat(), d["rule"].endswith("+ocr")) for d in tables["dates"]) == [
        ("2024-05-14", True), ("2024-06-03", True)]
    events = {e["name"]: (e["start_date"].isoformat(), e["city"]) for e in tables["events"]}
    assert events == {"Arctic Innovation Forum 2024": ("2024-05-14", "Tromsø"), "Cluster Matchmaking Day 2024": ("2024-06-03", "Oslo")}
    assert [(r["role"], r["rule"].endswith("+ocr")) for r in tables["roles"]] == [("Director", True)]
    assert not [e for e in tables["errors"] if e["doc_id"] == doc["doc_id"]]


def test_ingest_ocr_missing_tesseract_says_how_to_install(settings, monkeypatch):
    from pipeline.errors import IngestError
    from pipeline.ingest import ocr

    monkeypatch.setattr(ocr, "_installed_languages", lambda: None)
    with pytest.raises(IngestError) as info:
        _ingest(scanned_page_pdf(SCAN_LINES), settings)
    assert info.value.error_type == "no_text_layer"
    assert "Tesseract is not installed: install Tesseract (Debian/Ubuntu: apt-get install tesseract-ocr" in info.value.message
    doc = _ingest(scanned_page_pdf(SCAN_LINES, text_page="Some text first."), settings)
    assert [p.status for p in doc.pages] == ["ok", "no_text_layer"]
    assert [(p.error_type, p.page) for p in doc.problems] == [("no_text_layer", 2)]
    assert "OCR needed" in doc.problems[0].message and "apt-get install tesseract-ocr" in doc.problems[0].message
    # OCR switched off: as before, without the hint.
    off = _ingest(scanned_page_pdf(SCAN_LINES, text_page="Some text first."), dataclasses.replace(settings, ocr=False))
    assert "apt-get" not in off.problems[0].message


@needs_tesseract
def test_ingest_ocr_shared_scans_get_documented_statuses(shared_pdfs, settings):
    from pipeline.errors import IngestError

    def read(name):
        return _ingest((shared_pdfs / name).read_bytes(), settings, name)

    # [9] An invisible OCR layer is the text: no page is sent to OCR again.
    vicksburg = read("scanned-with-ocr-layer_siege-of-vicksburg.pdf")
    assert [p.status for p in vicksburg.pages] == ["ok"] * 6 and "Eichmond" in vicksburg.text
    # [12] The scanned page 2 is read by OCR, the blank pages 1 and 3 stay blank.
    patent = read("encrypted-empty-userpw_epo-patent_scan-plus-blank-pages.pdf")
    assert [p.status for p in patent.pages] == ["blank", "ocr", "blank"] and "WO 2003/036426" in patent.text
    # [8] Chinese text without Chinese OCR data: still "needs OCR", saying why.
    with pytest.raises(IngestError) as info:
        read("scanned-no-text_chinese-admin-notice.pdf")
    assert info.value.error_type == "no_text_layer"
    assert "OCR (eng+deu+fra+spa+ita) found no readable text on it: another script or language" in info.value.message
    # [18] One image page without text.
    with pytest.raises(IngestError) as info:
        read("malformed-info-is-pagetree_cmyk-image.pdf")
    assert info.value.error_type == "no_text_layer"
