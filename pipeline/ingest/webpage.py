"""Saved web pages: trafilatura for the page's metadata and as a second main-text extractor.

The text and its blocks come from the hand-written HTML reader (:mod:`pipeline.ingest.html`), which
keeps what trafilatura's main-content extraction was measured to drop on the eval pages: event
calendars and listings in lists, image captions, publication lines ("Posted on …", "News · 6 March
2026 · Joensuu") and paragraphs of event cards. trafilatura gives:

- the title (``og:title``, the ``<title>`` without the site's name, the main heading), which replaces
  the ``<title>`` element as the document's title;
- the author (``documents.author``);
- the publication date (htmldate), used only when the page marks one in its markup (a ``<meta>``
  publication date, JSON-LD ``datePublished``, a ``<time>`` marked as publication time), since htmldate
  otherwise guesses from dates in the text, such as an event listing's first date; it ranks below every
  date cue the text states;
- the main text when the hand-written reader finds almost nothing (a page whose content sits in
  elements it drops as boilerplate).
"""
from __future__ import annotations

import logging
import re

from pipeline.records import Block

# The page states its own publication date in markup (what htmldate reads first).
_PUBLICATION_MARKUP = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|og:published_time|datePublished|date|dc\.date"""
    r"""|dc\.date\.issued|dcterms\.(?:created|issued|date)|pubdate|publish[-_]?date|publication[-_]?date|sailthru\.date"""
    r"""|parsely-pub-date)["'\s>]|"datePublished"\s*:|<time\b[^>]*\bpubdate\b""", re.I)
_MIN_OWN_TEXT = 0.25  # the hand-written reader's text below this share of trafilatura's: use trafilatura's
_MAX_CHARS = 5_000_000  # a larger page is read by the hand-written reader only (trafilatura's cost grows fast)
_MIN_FALLBACK_WORDS = 30  # less is a menu or a caption, not a page's content
_AUTHOR_PUNCTUATION = " —–-·|;,:"


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()).strip(_AUTHOR_PUNCTUATION) if value else ""
    return text or None


def read_web_page(raw: str) -> tuple[str, tuple[Block, ...], str | None, dict[str, str]]:
    """Return (text, blocks, title, metadata) of an HTML page; metadata may hold ``author`` and ``html_date``."""
    import trafilatura

    from pipeline.ingest.html import read_html

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # it logs every page it finds too short
    text, blocks, own_title = read_html(raw)
    if len(raw) > _MAX_CHARS:
        return text, blocks, own_title, {}
    try:
        found = trafilatura.bare_extraction(raw, with_metadata=True, include_tables=True, include_comments=False,
                                            favor_recall=True, date_extraction_params={"extensive_search": False,
                                                                                       "original_date": True})
    except (ValueError, TypeError, AttributeError, RecursionError):  # a page lxml/trafilatura cannot parse
        found = None
    if found is None:
        return text, blocks, own_title, {}
    metadata: dict[str, str] = {}
    if author := _clean(found.author):
        metadata["author"] = author
    if found.date and _PUBLICATION_MARKUP.search(raw):
        metadata["html_date"] = str(found.date)[:10]
    main_text = found.text or ""
    if len(main_text.split()) >= _MIN_FALLBACK_WORDS and len(text.strip()) < _MIN_OWN_TEXT * len(main_text.strip()):
        html_main = trafilatura.extract(raw, output_format="html", include_tables=True, include_comments=False,
                                        favor_recall=True)
        if html_main:
            text, blocks, _ = read_html(html_main)
            metadata["main_text"] = "trafilatura"
    title = " ".join(str(found.title or "").split())
    return text, blocks, title or own_title, metadata
