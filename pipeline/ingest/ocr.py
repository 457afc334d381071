"""OCR for PDF pages without a text layer: Tesseract (Debian ``tesseract-ocr``) through pytesseract.

The PDF reader marks a page that holds images but no text ``no_text_layer``; such pages are
rendered with pypdfium2 and read with Tesseract in the installed languages of ``settings.ocr_languages``
(English, German, French, Spanish, Italian by default). A page that already has a text layer, even an
invisible one laid over a scan by an earlier OCR, is never sent to OCR. OCR text takes the page's place
in the document text (page numbers and offsets stay consistent), the page's status becomes ``ocr``, and
facts found on it carry ``+ocr`` in their rule (see :mod:`pipeline.extract.provenance`).

Where Tesseract is not installed, or OCR finds no readable words (another script, a photo), the page
stays "needs OCR" as before, with a message saying why and how to install what is missing.
"""
from __future__ import annotations

import shutil
from dataclasses import replace
from functools import lru_cache

from pipeline.errors import IngestError
from pipeline.ingest.textutil import normalise_text
from pipeline.records import IngestedDocument, Page, Problem

INSTALL_HINT = ("install Tesseract (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu "
                "tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-ita) and run again with --full")
_DPI = 300
_MIN_CONFIDENCE = 60.0  # mean word confidence below this: the page is not readable in these languages
_MIN_WORDS = 3


@lru_cache(maxsize=1)
def _installed_languages() -> tuple[str, ...] | None:
    """Tesseract's installed languages, or None when Tesseract (or pytesseract) is missing."""
    if shutil.which("tesseract") is None:
        return None
    try:
        import pytesseract

        return tuple(pytesseract.get_languages(config=""))
    except (ImportError, OSError, RuntimeError):
        return None


def ocr_languages(wanted: str) -> str | None:
    """The ``+``-joined languages of ``wanted`` that are installed, or None when OCR is not possible."""
    installed = _installed_languages()
    if not installed:
        return None
    usable = [lang for lang in wanted.split("+") if lang in installed]
    return "+".join(usable) if usable else None


def _page_text(image, languages: str) -> tuple[str, float, int]:
    """(text, mean word confidence, number of words) of one rendered page."""
    import pytesseract

    data = pytesseract.image_to_data(image, lang=languages, output_type=pytesseract.Output.DICT)
    paragraphs: dict[tuple[int, int], dict[int, list[str]]] = {}
    confidences: list[float] = []
    for word, conf, block, par, line in zip(data["text"], data["conf"], data["block_num"], data["par_num"], data["line_num"]):
        if not str(word).strip():
            continue
        confidences.append(float(conf))
        paragraphs.setdefault((block, par), {}).setdefault(line, []).append(str(word))
    parts = []
    for lines in paragraphs.values():
        joined = ""
        for words in lines.values():
            line = " ".join(words)
            # A word hyphenated at the line end ("inno-" / "vation") is mended.
            if joined.endswith("-") and line[:1].islower():
                joined = joined[:-1] + line
            else:
                joined = f"{joined} {line}".strip()
        parts.append(joined)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return normalise_text("\n\n".join(parts)), mean, len(confidences)


def _ocr(data: bytes, numbers: list[int], languages: str, password: str | None) -> dict[int, tuple[str, float, int] | None]:
    """Each page in ``numbers`` read in the first of ``languages`` (English where installed), then again in
    the page's own language when that is another installed one (detected on the first reading)."""
    import os

    import pypdfium2

    from pipeline.language import TESSERACT_CODES, detect

    # Tesseract's OpenMP threads fight over a busy machine's cores (3x slower here); pages are one at a time.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    usable = languages.split("+")
    first = "eng" if "eng" in usable else usable[0]
    pdf = pypdfium2.PdfDocument(data, password=password)
    try:
        out = {}
        for number in numbers:
            page = pdf[number - 1]
            if not _has_image(page):
                out[number] = None  # no image to read: a blank page
                page.close()
                continue
            image = page.render(scale=_DPI / 72).to_pil()
            found = _page_text(image, first)
            own = TESSERACT_CODES.get(detect(found[0]) or "")
            if _readable(found) and own and own != first and own in usable:
                again = _page_text(image, own)
                found = again if _readable(again) else found
            out[number] = found
            page.close()
        return out
    finally:
        pdf.close()


def _has_image(page) -> bool:
    import pypdfium2.raw as pdfium_c

    return any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3))


def _readable(found: tuple[str, float, int]) -> bool:
    _, confidence, n_words = found
    return n_words >= _MIN_WORDS and confidence >= _MIN_CONFIDENCE


_NOT_READABLE = ("another script or language than those installed (add its tesseract-ocr-<lang> package and the "
                 "setting ocr_languages), or no text")


def _unreadable_message(number: int, found: tuple[str, float, int], languages: str) -> str:
    return (f"page {number} has images but no text layer; OCR ({languages}) found no readable text (mean word "
            f"confidence {found[1]:.0f} over {found[2]} words): {_NOT_READABLE}")


def with_ocr(doc: IngestedDocument, data: bytes, wanted: str, max_pages: int, password: str | None = None) -> IngestedDocument:
    """``doc`` with its ``no_text_layer`` pages read by OCR where possible (the others keep their problem)."""
    scanned = [p.number for p in doc.pages if p.status == "no_text_layer"]
    if not scanned:
        return doc
    languages = ocr_languages(wanted)
    if languages is None:
        return replace(doc, problems=tuple(_with_hint(p) for p in doc.problems))
    found = _ocr(data, scanned[:max_pages], languages, password)
    texts = {p.number: doc.text[p.start:p.end] for p in doc.pages}
    statuses = {p.number: p.status for p in doc.pages}
    problems = [p for p in doc.problems if not (p.error_type == "no_text_layer" and p.page in found)]
    for number, result in found.items():
        if result is None:
            statuses[number] = "blank"
        elif _readable(result):
            texts[number], statuses[number] = result[0], "ocr"
        else:
            problems.append(Problem("ingest", "no_text_layer", _unreadable_message(number, result, languages), number))
    if len(scanned) > max_pages:
        problems.append(Problem("ingest", "no_text_layer", f"only the first {max_pages} scanned pages were read by OCR "
                                f"(setting ocr_max_pages); page(s) from {scanned[max_pages]} on still need OCR"))
    return _rebuilt(doc, texts, statuses, problems)


def _with_hint(problem: Problem) -> Problem:
    if problem.error_type != "no_text_layer":
        return problem
    return replace(problem, message=f"{problem.message}; Tesseract OCR is not installed: {INSTALL_HINT}")


def _rebuilt(doc: IngestedDocument, texts: dict[int, str], statuses: dict[int, str], problems: list[Problem]) -> IngestedDocument:
    """The document text re-assembled from page texts (pages joined by a blank line, as the PDF reader does)."""
    parts: list[str] = []
    pages: list[Page] = []
    offset = 0
    for number in sorted(texts):
        if number > 1:
            parts.append("\n\n")
            offset += 2
        parts.append(texts[number])
        pages.append(Page(number, offset, offset + len(texts[number]), statuses[number]))
        offset += len(texts[number])
    text = "".join(parts)
    title = doc.title
    if not (doc.title and doc.title.strip() and doc.text.strip()):
        title = next((line.strip()[:300] for line in text.splitlines() if line.strip()), None)
    return replace(doc, text=text, pages=tuple(pages), problems=tuple(problems), title=title, blocks=())


def ocr_scanned_pdf(data: bytes, *, doc_id: str, source, wanted: str, max_pages: int, password: str | None,
                    error: IngestError) -> IngestedDocument:
    """A PDF whose every page lacks a text layer, read by OCR; re-raises ``error`` (with how to install
    Tesseract, or why OCR found nothing) when no page becomes readable."""
    import pypdfium2

    if ocr_languages(wanted) is None:
        raise IngestError(f"{error.message.split('; it needs OCR')[0]}; it needs OCR, and Tesseract is not installed: "
                          f"{INSTALL_HINT}", error_type=error.error_type) from error
    pdf = pypdfium2.PdfDocument(data, password=password)
    try:
        n_pages = len(pdf)
        metadata = {k: str(v) for k, v in pdf.get_metadata_dict(skip_empty=True).items()}
    finally:
        pdf.close()
    shell = IngestedDocument(doc_id=doc_id, source_path=source.rel_path, fmt="pdf", content_sha256=source.sha256,
                             text="\n\n".join([""] * n_pages), title=None, n_pages=n_pages, metadata=metadata,
                             pages=tuple(Page(n, 2 * (n - 1), 2 * (n - 1), "no_text_layer") for n in range(1, n_pages + 1)),
                             problems=tuple(Problem("ingest", "no_text_layer", f"page {n} has images but no text layer", n)
                                            for n in range(1, n_pages + 1)))
    doc = with_ocr(shell, data, wanted, max_pages, password)
    if not any(p.status == "ocr" for p in doc.pages):
        raise IngestError(f"{error.message.split('; it needs OCR')[0]}; OCR ({ocr_languages(wanted)}) found no readable "
                          f"text on it: {_NOT_READABLE}", error_type=error.error_type) from error
    return doc


def read_pdf_with_ocr(data: bytes, *, doc_id: str, source, password: str | None, settings) -> IngestedDocument:
    """The PDF reader, then OCR for its pages without a text layer (``settings.ocr``)."""
    from pipeline.ingest.pdf import read_pdf
    from pipeline.ingest.pdf.limits import PdfLimits

    limits = PdfLimits.from_mb(settings.pdf_max_stream_mb, settings.pdf_max_content_mb)
    try:
        doc = read_pdf(data, doc_id=doc_id, source=source, password=password, limits=limits)
    except IngestError as exc:
        if exc.error_type != "no_text_layer" or not settings.ocr:
            raise
        return ocr_scanned_pdf(data, doc_id=doc_id, source=source, wanted=settings.ocr_languages,
                               max_pages=settings.ocr_max_pages, password=password, error=exc)
    return with_ocr(doc, data, settings.ocr_languages, settings.ocr_max_pages, password) if settings.ocr else doc
