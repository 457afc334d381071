"""The robustness battery (bench/torture.py) in its reduced form: every generated case of issue 12 and
every shared PDF in one real `pipeline extract` run, the outcome of each file read back from Parquet
and checked exactly, and the report listing every file. Then disk full and read-only outputs for
real, in a private mount namespace (skipped, with the reason, where there is none).

Reduced: the text without line breaks is 60 KB instead of 3.5 MB (in 20,000-character parts, so the
part path runs too); every other case is full size. Times are reported, never asserted.
"""
from __future__ import annotations

import pytest

from bench import torture
from bench.torture import NOT_A_DOCUMENT


@pytest.fixture(scope="module")
def battery(tmp_path_factory, shared_pdfs):
    work = tmp_path_factory.mktemp("torture")
    # A generous time limit: on a machine shared with other work the 179-page PDF can pass its default one.
    report = torture.run_battery(work, small=True, pdfs=shared_pdfs, env={"CLUSTER_KB_PART_CHARS": "20000"},
                                 extra_args=("--timeout", "1800"))
    (work / "report.md").write_text(torture.markdown_report(report), encoding="utf-8")
    return work, report


def test_torture_run_finishes_with_exit_code_1(battery):
    _, report = battery
    assert report["exit_code"] == 1  # some documents failed (the bomb, broken PDFs); the run itself did not


def test_torture_every_file_has_exactly_one_row(battery, shared_pdfs):
    _, report = battery
    expected_files = {torture.readable(c.name) for c in torture.cases(small=True) + torture.shared_pdf_cases(shared_pdfs)}
    assert {f["file"] for f in report["files"]} == expected_files
    assert len(expected_files) == len(torture.cases(small=True)) + len(list(shared_pdfs.glob("*.pdf")))
    for f in report["files"]:
        if f["status"] == NOT_A_DOCUMENT:
            assert f["n_document_rows"] == 0 and f["errors"], f  # recorded with a reason
        else:
            assert f["n_document_rows"] == 1, f
    assert report["n_documents_rows"] == sum(f["status"] != NOT_A_DOCUMENT for f in report["files"])


def test_torture_generated_cases_have_their_outcomes(battery):
    _, report = battery
    got = {f["file"]: (f["status"], f["format"], tuple(f["errors"])) for f in report["files"] if f["case"] != "shared PDF"}
    assert got == {
        "caf\\xe9 report.txt": ("ok", "txt", ()),
        "one-line-60kb.txt": ("ok", "txt", ()),
        "nested-markers.md": ("ok", "md", ()),
        "bomb-1gb.pdf": ("failed", "pdf", ("content_too_large",)),
        "deep-20000-divs.html": ("ok", "html", ()),
        "utf-16-le-no-bom.txt": ("ok", "txt", ()),
        "utf-16-be-no-bom.txt": ("ok", "txt", ()),
        "utf-32-le-no-bom.txt": ("ok", "txt", ()),
        "utf-32-be-no-bom.txt": ("ok", "txt", ()),
        "really-a-pdf.txt": ("ok", "pdf", ("format_mismatch",)),
        "really-html.pdf": ("ok", "html", ("format_mismatch",)),
        "legacy.doc": (NOT_A_DOCUMENT, None, ("unsupported_extension",)),
        "cached-truncated.txt": ("ok", "txt", ()),
        "cached-pickle.txt": ("ok", "txt", ()),
    }
    assert report["cache"] == {"planted": 2, "rewritten_as_valid": 2, "pickle_ran": False}


def test_torture_shared_pdfs_have_their_outcomes(battery):
    _, report = battery
    shared = [f for f in report["files"] if f["case"] == "shared PDF"]
    assert len(shared) == 25
    assert [f["file"] for f in shared if not f["ok"]] == []
    counts = {s: sum(f["status"] == s for f in shared) for s in ("ok", "partial", "failed")}
    scanned_page_read = torture.ocr_available()  # the encrypted patent's scanned page 2
    assert counts == ({"ok": 12, "partial": 7, "failed": 6} if scanned_page_read else {"ok": 11, "partial": 7, "failed": 7})
    assert {f["file"]: f["errors"] for f in shared if f["status"] == "failed"} == {
        "empty_zero-bytes.pdf": ["empty_file"],
        "encrypted_pw-openpassword_libreoffice.pdf": ["encrypted"],
        "encrypted_pw-test_backup4all.pdf": ["encrypted"],
        "malformed-info-is-pagetree_cmyk-image.pdf": ["no_text_layer"],
        "scanned-no-text_chinese-admin-notice.pdf": ["no_text_layer"],
        "truncated-50pct_federal-register-2020-17221.pdf": ["truncated_pdf"],
    } | ({} if scanned_page_read else {"encrypted-empty-userpw_epo-patent_scan-plus-blank-pages.pdf": ["no_text_layer"]})


def test_torture_every_document_has_its_processing_time(battery):
    _, report = battery
    seconds = [f["seconds"] for f in report["files"] if f["status"] != NOT_A_DOCUMENT]
    assert seconds and all(s is not None and s >= 0 for s in seconds)
    assert all(f["seconds"] is None for f in report["files"] if f["status"] == NOT_A_DOCUMENT)


def test_torture_report_lists_every_file(battery):
    work, report = battery
    text = (work / "report.md").read_text(encoding="utf-8")
    for f in report["files"]:
        assert f"| `{f['file']}` |" in text, f["file"]
    assert torture.passed(report)


@pytest.mark.parametrize("kind", ["disk-full", "read-only"])
def test_torture_output_folder_that_cannot_be_written(kind, tmp_path):
    scenario = torture.write_error_scenario(kind, tmp_path / kind)
    if scenario.ok is None:
        pytest.skip(scenario.detail)
    assert scenario.ok, scenario.detail
    assert any(step.startswith("second run: exit 4") for step in scenario.steps)
    assert "published tables readable and unchanged" in scenario.steps


def test_torture_case_names_are_unique_and_one_is_not_utf8():
    names = [c.name for c in torture.cases(with_30mb=True)]
    assert len(set(names)) == len(names)
    assert torture.readable(b"caf\xe9 report.txt") == "caf\\xe9 report.txt" and b"caf\xe9 report.txt" in names
