"""Bad inputs: every class of broken file gives a readable error or a partial document, never a
silent loss, and a run over a folder mixing good and bad files still processes the good ones.

Real files come from ../shared/pdfs (MANIFEST.md row numbers in brackets); text fixtures are
generated here.
"""
from __future__ import annotations

import dataclasses
import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.errors import IngestError
from pipeline.ingest import UnsupportedFile, discover, ingest_document
from pipeline.records import IngestedDocument, SourceFile

ENCRYPTED = "encrypted_pw-test_backup4all.pdf"


def _source(path: Path, rel: str | None = None) -> SourceFile:
    data = path.read_bytes()
    fmt = {".pdf": "pdf", ".txt": "txt", ".md": "md", ".html": "html"}[path.suffix]
    return SourceFile(str(path), rel or path.name, fmt, len(data), hashlib.sha256(data).hexdigest())


def _ingest(path: Path, settings) -> IngestedDocument:
    return ingest_document(_source(path), path.read_bytes(), settings)


def _ingest_error(path: Path, settings) -> IngestError:
    with pytest.raises(IngestError) as info:
        _ingest(path, settings)
    assert info.value.message.strip(), "an error must say what happened"
    return info.value


def _page_of(doc: IngestedDocument, needle: str) -> int:
    at = doc.text.index(needle)
    return next(p.number for p in doc.pages if p.start <= at < p.end)


# --------------------------------------------------------------------------------------------
# encrypted
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [ENCRYPTED, "encrypted_pw-openpassword_libreoffice.pdf"])
def test_bad_input_encrypted_without_password_says_how_to_fix(shared_pdfs, settings, name):
    """[10] [11] pdfplumber raises an empty-message exception; ours names the setting and the file."""
    err = _ingest_error(shared_pdfs / name, settings)
    assert err.error_type == "encrypted"
    assert "CLUSTER_KB_PDF_PASSWORDS" in err.message and f"{name}=" in err.message


def test_bad_input_encrypted_wrong_password_is_reported(shared_pdfs, settings):
    wrong = dataclasses.replace(settings, pdf_passwords={ENCRYPTED: "not-it"})
    err = _ingest_error(shared_pdfs / ENCRYPTED, wrong)
    assert err.error_type == "encrypted" and "wrong" in err.message


def test_bad_input_encrypted_with_password_from_settings(shared_pdfs, settings):
    """[10] With the password, all 4 pages; page 4 holds only an image footer."""
    doc = _ingest(shared_pdfs / ENCRYPTED, dataclasses.replace(settings, pdf_passwords={ENCRYPTED: "test"}))
    assert doc.n_pages == 4 and "Backup4all" in doc.text
    assert [p.status for p in doc.pages][:3] == ["ok", "ok", "ok"]


def test_bad_input_encrypted_libreoffice_with_password(shared_pdfs, settings):
    name = "encrypted_pw-openpassword_libreoffice.pdf"
    doc = _ingest(shared_pdfs / name, dataclasses.replace(settings, pdf_passwords={name: "openpassword"}))
    assert doc.text.startswith("Lorem ipsum dolor sit amet")


def test_bad_input_empty_user_password_opens_without_asking(shared_pdfs, settings):
    """[12] Encrypted with an empty user password: not an "encrypted" error; without OCR the scan page needs OCR
    (with OCR: tests/test_ingest_ocr.py)."""
    err = _ingest_error(shared_pdfs / "encrypted-empty-userpw_epo-patent_scan-plus-blank-pages.pdf",
                        dataclasses.replace(settings, ocr=False))
    assert err.error_type == "no_text_layer"
    assert "OCR" in err.message and "page(s) 2 of 3" in err.message and "page(s) 1, 3 blank" in err.message


# --------------------------------------------------------------------------------------------
# no text layer
# --------------------------------------------------------------------------------------------
def test_bad_input_scanned_pdf_needs_ocr(shared_pdfs, settings):
    """[8] Images only on every page: an empty text must not count as success."""
    err = _ingest_error(shared_pdfs / "scanned-no-text_chinese-admin-notice.pdf", settings)
    assert err.error_type == "no_text_layer" and "OCR" in err.message


def test_bad_input_image_only_page_with_broken_info_is_found(shared_pdfs, settings):
    """[18] pdfplumber reports 0 pages; the pypdf cross-check finds the image page."""
    err = _ingest_error(shared_pdfs / "malformed-info-is-pagetree_cmyk-image.pdf", settings)
    assert err.error_type == "no_text_layer"


def test_bad_input_some_pages_without_text_layer_make_partial(tmp_path, settings):
    """A page with only an image among text pages: status no_text_layer and a page-level problem."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from PIL import Image

    img = tmp_path / "scan.png"
    Image.new("RGB", (200, 200), (120, 120, 120)).save(img)
    pdf = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    c.drawString(72, 700, "The first page has ordinary text about the cluster forum.")
    c.showPage()
    c.drawImage(ImageReader(str(img)), 72, 300, 400, 400)
    c.showPage()
    c.drawString(72, 700, "The third page has text again.")
    c.showPage()
    c.save()
    doc = _ingest(pdf, settings)
    assert [p.status for p in doc.pages] == ["ok", "no_text_layer", "ok"]
    assert [(p.error_type, p.page) for p in doc.problems] == [("no_text_layer", 2)]
    assert _page_of(doc, "third page") == 3


# --------------------------------------------------------------------------------------------
# damaged files
# --------------------------------------------------------------------------------------------
def test_bad_input_truncated_pdf(shared_pdfs, settings):
    """[14] Half a file: "truncated", not "not a PDF", and no partial output."""
    err = _ingest_error(shared_pdfs / "truncated-50pct_federal-register-2020-17221.pdf", settings)
    assert err.error_type == "truncated_pdf" and "truncated" in err.message


def test_bad_input_zero_byte_pdf(shared_pdfs, settings):
    """[13]"""
    err = _ingest_error(shared_pdfs / "empty_zero-bytes.pdf", settings)
    assert err.error_type == "empty_file"


def test_bad_input_not_a_pdf(tmp_path, settings):
    fake = tmp_path / "report.pdf"
    fake.write_text("<html><body>Sorry, this is an HTML error page</body></html>")
    assert _ingest_error(fake, settings).error_type == "not_a_pdf"


def test_bad_input_one_byte_missing_recovered(shared_pdfs, settings):
    """[16] pdfplumber silently finds 0 pages; the file is rebuilt with pypdf and its text recovered."""
    doc = _ingest(shared_pdfs / "corrupt-xref-offsets_one-byte-missing.pdf", settings)
    assert "This is a test document" in doc.text
    assert [p.error_type for p in doc.problems] == ["page_count_mismatch"]


def test_bad_input_corrupt_xref_41_of_90_pages(shared_pdfs, settings):
    """[17] pdfplumber returns 41 of 90 pages without complaint: all 90 are read and the doc is partial."""
    doc = _ingest(shared_pdfs / "corrupt-xref_nrc-nuclear-owners_41-of-90-pages.pdf", settings)
    assert doc.n_pages == 90 and len(doc.pages) == 90
    mismatch = [p for p in doc.problems if p.error_type == "page_count_mismatch"]
    assert len(mismatch) == 1 and "41 of 90" in mismatch[0].message
    assert _page_of(doc, "Owners of Nuclear Power Plants") == 1  # the cover pdfplumber skipped


def test_bad_input_failed_pages_keep_the_others(shared_pdfs, settings):
    """[1] Pages 1 and 4 raise inside pdfminer: recorded with their cause, the other 8 pages read."""
    doc = _ingest(shared_pdfs / "newsletter-2col_glider-express-2005-09_corrupt-p1-p4.pdf", settings)
    failed = [p for p in doc.problems if p.error_type == "page_failed"]
    assert sorted(p.page for p in failed) == [1, 4]
    assert all("Error" in p.message for p in failed)  # the unwrapped cause, e.g. AssertionError: Invalid octal
    assert [p.status for p in doc.pages].count("ok") >= 8
    assert any(p.error_type == "pdf_warning" for p in doc.problems)
    assert _page_of(doc, "EJECT!") == 2


def test_bad_input_corrupt_zlib_text_recovered_with_warning(shared_pdfs, settings):
    """[15] Corrupted Flate stream: text recovered, the parser warning passed through."""
    doc = _ingest(shared_pdfs / "corrupt-zlib_zen-of-python.pdf", settings)
    assert "Mai 30, 18 13:27" in doc.text[:100] and "Beautiful is better than ugly." in doc.text
    warnings = [p for p in doc.problems if p.error_type == "pdf_warning"]
    assert len(warnings) == 1 and "Data-loss while decompressing" in warnings[0].message and warnings[0].page == 1


def test_bad_input_parser_warnings_become_problems_not_console_noise(shared_pdfs, settings, caplog):
    import logging

    with caplog.at_level(logging.WARNING):
        doc = _ingest(shared_pdfs / "corrupt-zlib_zen-of-python.pdf", settings)
    assert [p.error_type for p in doc.problems] == ["pdf_warning"]
    assert not [r for r in caplog.records if r.name.startswith("pdfminer")]
    assert logging.getLogger("pdfminer").propagate and not logging.getLogger("pdfminer").handlers


def test_bad_input_circular_xobjects_finish(shared_pdfs, settings):
    """[19] Form XObjects referencing each other: finishes, text and warning kept."""
    doc = _ingest(shared_pdfs / "malformed-circular-xobjects.pdf", settings)
    assert "Hello world" in doc.text
    assert any(p.error_type == "pdf_warning" and "circular" in p.message for p in doc.problems)


def test_bad_input_unmapped_glyphs_stripped_and_flagged(shared_pdfs, settings):
    """[23] (cid:NN) placeholders are not content: removed, counted, flagged."""
    doc = _ingest(shared_pdfs / "font-unmapped-glyphs-cid_drawing.pdf", settings)
    assert "(cid:" not in doc.text
    flagged = [p for p in doc.problems if p.error_type == "low_text_quality"]
    assert len(flagged) == 1 and flagged[0].message.startswith("10 glyph")


def test_bad_input_large_pdf_accounts_for_every_page(shared_pdfs, settings):
    """[25] 179 pages, read page by page; page 101 has no text and is blank, not lost."""
    doc = _ingest(shared_pdfs / "large-179p_usaid-russia-democracy-report.pdf", settings)
    assert doc.n_pages == 179 and [p.number for p in doc.pages] == list(range(1, 180))
    assert doc.pages[100].status == "blank"
    assert sum(p.status == "ok" for p in doc.pages) == 178
    assert len(doc.text) > 400_000


# --------------------------------------------------------------------------------------------
# text files
# --------------------------------------------------------------------------------------------
def test_bad_input_binary_junk_with_txt_extension(tmp_path, settings):
    junk = tmp_path / "notes.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    assert _ingest_error(junk, settings).error_type == "binary_content"


def test_bad_input_control_byte_junk_without_nul(tmp_path, settings):
    junk = tmp_path / "dump.txt"
    junk.write_bytes(bytes(range(1, 256)) * 40)
    assert _ingest_error(junk, settings).error_type == "binary_content"


def test_bad_input_zero_byte_txt(tmp_path, settings):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    err = _ingest_error(empty, settings)
    assert err.error_type == "empty_file" and "0 bytes" in err.message


def test_bad_input_whitespace_only_txt(tmp_path, settings):
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n\t \n")
    assert _ingest_error(blank, settings).error_type == "no_text"


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "The “EU Cluster Conference” in Liège – 50 € per café; naïve façade, Zürich.\n"),
        ("latin-1", "Réunion des clusters à Málaga et São Paulo: coopération, 20 °C, £5 and ½ day.\n"),
        ("cp1250", "Spotkanie klastrów w Łodzi: współpraca i rozwój regionu łódzkiego. Zażółć gęślą jaźń.\n"),
        ("utf-8-sig", "Byte-order mark first: “quotes” stay.\n"),
    ],
)
def test_bad_input_legacy_encodings_decoded(tmp_path, settings, encoding, text):
    path = tmp_path / "legacy.txt"
    path.write_bytes((text * 3).encode(encoding))
    doc = _ingest(path, settings)
    assert doc.text.startswith(text.strip())


def test_bad_input_unsupported_extension_listed(tmp_path):
    (tmp_path / "minutes.xlsx").write_bytes(b"PK\x03\x04 not read")
    (tmp_path / "news.txt").write_text("Some news.")
    found = list(discover(tmp_path))
    assert [(type(f).__name__, f.rel_path) for f in found] == [("UnsupportedFile", "minutes.xlsx"), ("SourceFile", "news.txt")]
    assert isinstance(found[0], UnsupportedFile)


# --------------------------------------------------------------------------------------------
# end to end: one run over good and bad files
# --------------------------------------------------------------------------------------------
GOOD_TXT = """European Cluster Collaboration Platform news

The European Cluster Conference 2023 took place in Bilbao, Spain, on 15 May 2023.
Commissioner Thierry Breton opened the conference and said clusters drive the green transition.
"""

GOOD_MD = """# Cluster talk takeaways

The **matchmaking event** was organised by the [Basque cluster association](https://example.org).

- Clusters connect SMEs with research.
- Funding calls open in June 2024.
"""


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory, shared_pdfs):
    from pipeline.config import load_settings
    from pipeline.run import run

    root = tmp_path_factory.mktemp("mixed")
    inp, out = root / "raw_docs", root / "outputs"
    inp.mkdir()
    (inp / "news.txt").write_text(GOOD_TXT, encoding="utf-8")
    (inp / "talk.md").write_text(GOOD_MD, encoding="utf-8")
    (inp / "legacy.txt").write_bytes(GOOD_TXT.replace("took place", "– took place –").encode("cp1252"))
    (inp / "empty.txt").write_bytes(b"")
    (inp / "junk.txt").write_bytes(bytes(range(256)) * 20)
    (inp / "minutes.xlsx").write_bytes(b"PK\x03\x04")
    for name in (ENCRYPTED, "truncated-50pct_federal-register-2020-17221.pdf", "corrupt-xref-offsets_one-byte-missing.pdf",
                 "scanned-no-text_chinese-admin-notice.pdf"):
        shutil.copy(shared_pdfs / name, inp / name)
    settings = load_settings({"input_dir": inp, "output_dir": out, "progress": False, "n_process": 1}, environ={})
    summary = run(settings)
    documents = pd.read_parquet(out / "documents.parquet")
    texts = pd.read_parquet(out / "document_texts.parquet")
    documents = documents.merge(texts, on="doc_id", how="left")
    return summary, documents, pd.read_parquet(out / "errors.parquet")


def test_bad_input_run_processes_good_documents(mixed_run):
    summary, documents, _ = mixed_run
    status = dict(zip(documents.source_path, documents.status))
    assert status["news.txt"] == "ok" and status["talk.md"] == "ok" and status["legacy.txt"] == "ok"
    assert status["corrupt-xref-offsets_one-byte-missing.pdf"] == "partial"
    for failed in ("empty.txt", "junk.txt", ENCRYPTED, "truncated-50pct_federal-register-2020-17221.pdf",
                   "scanned-no-text_chinese-admin-notice.pdf"):
        assert status[failed] == "failed", failed
    assert summary.n_failed == 5 and summary.n_partial == 1 and summary.n_ok == 3
    assert summary.unsupported == ["minutes.xlsx"]


def test_bad_input_run_errors_table_rows(mixed_run):
    _, _, errors = mixed_run
    rows = {(r.source_path, r.stage, r.error_type) for r in errors.itertuples()}
    expected = {
        ("empty.txt", "ingest", "empty_file"),
        ("junk.txt", "ingest", "binary_content"),
        (ENCRYPTED, "ingest", "encrypted"),
        ("truncated-50pct_federal-register-2020-17221.pdf", "ingest", "truncated_pdf"),
        ("scanned-no-text_chinese-admin-notice.pdf", "ingest", "no_text_layer"),
        ("corrupt-xref-offsets_one-byte-missing.pdf", "ingest", "page_count_mismatch"),
        ("minutes.xlsx", "ingest", "unsupported_extension"),
    }
    assert expected <= rows
    assert not {r for r in rows if r[0] in ("news.txt", "talk.md", "legacy.txt")}
    assert errors.message.str.strip().str.len().min() > 10  # every row explains itself
    encrypted = errors[errors.error_type == "encrypted"].message.iloc[0]
    assert "CLUSTER_KB_PDF_PASSWORDS" in encrypted


def test_bad_input_run_keeps_legacy_text_readable(mixed_run):
    _, documents, _ = mixed_run
    row = documents[documents.source_path == "legacy.txt"].iloc[0]
    assert row.format == "txt" and "Bilbao, Spain, on 15 May 2023" in row.text and "– took place –" in row.text
    recovered = documents[documents.source_path == "corrupt-xref-offsets_one-byte-missing.pdf"].iloc[0]
    assert "This is a test document" in recovered.text and recovered.n_pages == 1


# --------------------------------------------------------------------------------------------
# error unwrapping
# --------------------------------------------------------------------------------------------
def test_bad_input_wrapped_parser_errors_are_unwrapped():
    """pdfplumber wraps parser failures with an empty message; the cause is what we report."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    from pipeline.ingest.pdf.diagnose import describe, is_password_error

    wrapped = PdfminerException(PDFPasswordIncorrect())
    assert is_password_error(wrapped)
    assert describe(PdfminerException(TypeError("'float' object is not iterable"))) == "TypeError: 'float' object is not iterable"


def test_bad_input_time_limit_inside_parser_is_not_swallowed():
    """The runner's per-document time limit fires inside pdfminer and comes back wrapped: it must
    stop the document, not be recorded as one failed page."""
    from pdfplumber.utils.exceptions import PdfminerException

    from pipeline.errors import DocumentTimeout
    from pipeline.ingest.pdf.diagnose import reraise_pipeline_error

    with pytest.raises(DocumentTimeout):
        reraise_pipeline_error(PdfminerException(DocumentTimeout("too slow")))
    reraise_pipeline_error(PdfminerException(ValueError("bad page")))  # anything else is the caller's to record
