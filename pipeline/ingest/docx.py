"""Word (.docx) → normalised text, through mammoth's semantic HTML and the HTML reader.

mammoth maps Word's paragraph styles to HTML: Heading 1–6 to ``<h1>``–``<h6>``, Word lists to
``<ul>``/``<ol>`` (nested by list level), tables to ``<table>``; so headings, lists and tables come out
as the same blocks as a web page's, and segmentation and key-message sections work as for HTML. The
title is the document's own (File > Properties), else the HTML path's (the first heading).
"""
from __future__ import annotations

import io
import re
import zipfile

from pipeline.errors import IngestError
from pipeline.records import Block

# Word's "Title" and "Subtitle" paragraph styles are headings of the document, not body text.
_STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='Subtitle'] => h2:fresh
"""
_CORE_TITLE = re.compile(rb"<dc:title>([^<]*)</dc:title>")


def _core_title(data: bytes) -> str | None:
    """The title in the document's properties (docProps/core.xml), when one was set."""
    import html

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            core = zf.read("docProps/core.xml") if "docProps/core.xml" in zf.namelist() else b""
    except (zipfile.BadZipFile, KeyError, OSError):
        return None
    m = _CORE_TITLE.search(core)
    title = " ".join(html.unescape(m.group(1).decode("utf-8", "replace")).split()) if m else ""
    return title or None


def read_docx(data: bytes) -> tuple[str, tuple[Block, ...], str | None]:
    """Return (text, blocks, title) of a .docx file; raises IngestError when it cannot be read."""
    import mammoth

    from pipeline.ingest.html import read_html

    try:
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=_STYLE_MAP)
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(f"the Word document could not be read ({type(exc).__name__}: {exc}); damaged file?",
                          error_type="corrupt_docx") from exc
    text, blocks, html_title = read_html(f"<html><body>{result.value}</body></html>")
    return text, blocks, _core_title(data) or html_title
