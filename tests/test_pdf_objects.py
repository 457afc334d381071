"""The PDF reader's own character extraction equals pdfplumber's ``page.chars`` (restricted to the
keys the layout reader uses), on generated PDFs with the awkward cases and on the real test PDFs."""
from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from pipeline.ingest.pdf.objects import CHAR_KEYS, page_chars


def _plumber(page) -> tuple[list[dict], bool]:
    chars = [{k: c[k] for k in CHAR_KEYS} for c in page.chars]
    has_images = bool(page.images)
    page.close()
    return chars, has_images


def _assert_same(pdf: pdfplumber.PDF, max_pages: int = 40) -> int:
    n = 0
    for page in pdf.pages[:max_pages]:
        try:
            expected = _plumber(page)
        except Exception as exc:  # noqa: BLE001 - a page pdfplumber cannot read must fail the same way here
            with pytest.raises(type(exc)):
                page_chars(page)
            continue
        got = page_chars(page)
        page.close()
        assert got == expected, f"page {page.page_number}"
        n += len(got[0])
    return n


def _awkward_pdf() -> bytes:
    """Text in a form XObject (a figure), an image, rotated text, a bold font, and a second page
    whose MediaBox does not start at the origin."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(500, 700))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 650, "Cluster newsletter")
    c.setFont("Helvetica", 10)
    c.drawString(50, 620, "Plain body text on the page itself.")
    c.beginForm("box")
    c.setFont("Times-Roman", 9)
    c.drawString(60, 500, "Text inside a form XObject.")
    c.endForm()
    c.doForm("box")
    c.saveState()
    c.translate(400, 300)
    c.rotate(90)
    c.drawString(0, 0, "Rotated margin note")
    c.restoreState()
    from PIL import Image

    image = Image.new("RGB", (8, 8), (200, 30, 30))
    c.drawImage(ImageReader(image), 50, 100, width=40, height=40)
    c.showPage()
    c.setPageSize((500, 700))
    c.setFont("Helvetica", 11)
    c.drawString(80, 600, "Second page, shifted media box.")
    c.showPage()
    c.save()
    data = buf.getvalue()
    # Shift the second page's MediaBox away from the origin (pdfplumber then moves x0/x1 and top).
    return data.replace(b"/MediaBox [ 0 0 500 700 ]", b"/MediaBox [ 20 30 520 730 ]", 2).replace(
        b"/MediaBox [ 20 30 520 730 ]", b"/MediaBox [ 0 0 500 700 ]", 1)


def test_pdf_objects_equal_pdfplumber_on_awkward_generated_pdf():
    data = _awkward_pdf()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert pdf.pages[1].mediabox[0] == 20  # the shifted page is really there
        chars, has_images = page_chars(pdf.pages[0])
        text = "".join(c["text"] for c in chars)
        assert "Text inside a form XObject." in text and "Rotated margin note" in text
        assert has_images
        assert {c["upright"] for c in chars} == {True, False}
        assert _assert_same(pdf) > 100


def test_pdf_objects_equal_pdfplumber_on_shared_pdfs(shared_pdfs: Path):
    checked = 0
    for path in sorted(shared_pdfs.glob("*.pdf")):
        if path.stat().st_size == 0 or path.stat().st_size > 3_000_000:
            continue
        try:
            pdf = pdfplumber.open(path)
        except Exception:  # noqa: BLE001 - encrypted / unopenable files have no pages to compare
            continue
        with pdf:
            checked += _assert_same(pdf, max_pages=6)
    assert checked > 50_000
