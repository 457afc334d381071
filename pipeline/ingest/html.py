"""HTML → normalised text with heading / paragraph / list-item blocks (BeautifulSoup + lxml).

Scripts, styles, navigation, footers, forms and hidden elements are dropped, and so are site headers
(a <header> is kept when it holds a heading, a <time> or a publication line) and untitled sidebars (an
<aside> is kept when it is a titled box: "Upcoming events", "Past events", "Related news"), and so is
boilerplate written with plain elements: a ``role`` of navigation / menu / banner / contentinfo, a class or
id that says nav / menu / breadcrumb / cookie banner, and a run of three or more short links with nothing
but separators between them ("Home News Events Contact"). Headings, paragraphs, list items and table cells
are kept in document order; an empty cell of a row with content is written as "–" so that the cells after
it keep their columns. A cell holding a heading, a list, a table or several paragraphs is layout (an e-mail
newsletter's wrapper table): its content is read like the page's.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from pipeline.ingest.builder import TextBuilder
from pipeline.ingest.textutil import normalise_text
from pipeline.records import Block

_DROP = {"script", "style", "noscript", "nav", "footer", "form", "iframe", "svg", "button", "template", "head", "select", "menu"}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_PARAGRAPHS = {"p", "blockquote", "pre", "dd", "dt", "figcaption", "caption", "address", "summary"}
_CELLS = {"td", "th"}
_LISTS = {"ul", "ol"}


_BOILERPLATE_ROLES = {"navigation", "menu", "menubar", "banner", "contentinfo", "search"}
_BOILERPLATE_WORDS = {"nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "cookie", "cookies",
                      "consent", "skip", "topbar", "social", "share", "sharing"}
_CLASS_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # "site-nav", "mainMenu", "NAVBAR"
_LINK_SEPARATORS = re.compile(r"[\s|·•/»«›‹><–—:-]*")


def _boilerplate(el: Tag) -> bool:
    """Navigation, menus, cookie banners and link bars marked up with ordinary elements."""
    if (el.get("role") or "").strip().lower() in _BOILERPLATE_ROLES:
        return True
    names = " ".join(el.get("class") or []) + " " + str(el.get("id") or "")
    if any(w.lower() in _BOILERPLATE_WORDS for w in _CLASS_WORDS.findall(names)):
        # A page wrapper can carry such a class too ("page nav-collapsed"): only a short element, or
        # one that is mostly links, is a menu.
        words = len(el.get_text(" ").split())
        link_words = sum(len(a.get_text(" ").split()) for a in el.find_all("a"))
        if words < 80 or link_words * 2 >= words:
            return True
    return _link_bar(el)


def _link_bar(el: Tag) -> bool:
    """Three or more short links (three words at most) and nothing else but separators: a menu.
    Lists and tables are left alone (a list of partner links is content)."""
    if el.name in _HEADINGS or el.name in _LISTS or el.name in ("table", "tbody", "tr"):
        return False
    links = el.find_all("a")
    if len(links) < 3 or any(len(a.get_text(" ").split()) > 3 for a in links):
        return False
    for s in el.find_all(string=True):
        if isinstance(s, Comment) or s.find_parent("a") is not None:
            continue
        if not _LINK_SEPARATORS.fullmatch(s):
            return False
    return True


_DATED = re.compile(r"\b(?:published|posted|updated|issue|no\.)\b|\b(?:19|20)\d\d\b", re.I)


def _header_with_content(el: Tag) -> bool:
    """A <header> is the site's banner (logo, menu: dropped) unless it holds the page's heading or a
    publication line ("<h1>Cluster Connect</h1><p>No. 14 · Published 6 March 2024</p>"), which are kept;
    menus inside it are still dropped."""
    if el.find(list(_HEADINGS)) is not None or el.find("time") is not None:
        return True
    return bool(_DATED.search(el.get_text(" ")))


def _titled_box(el: Tag) -> bool:
    """An <aside> is page furniture (an advert, a share bar: dropped) unless it is a box with a heading of its own:
    a sidebar of upcoming or past events, calls and deadlines, related news with their dates, a contact. Analysts
    read those boxes as part of the page (their dates, events and people); menus, forms and link bars inside them are
    still dropped."""
    return el.find(list(_HEADINGS)) is not None


_BLOCKISH = ["p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "section", "article", "blockquote",
             "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "figcaption", "pre"]


def _text_of(el: Tag) -> str:
    # Keep <br> as line breaks. Inline markup adds no space ("<a>12 March</a>." stays "12 March."),
    # block-level children still separate words.
    for br in el.find_all("br"):
        br.replace_with("\n")
    for inner in el.find_all(_BLOCKISH):
        inner.insert_before(" ")
        inner.insert_after(" ")
    return normalise_text(el.get_text("")).strip()


EMPTY_CELL = "–"


def _row_has_text(cell: Tag) -> bool:
    """The cell's row holds some text (a row of empty spacer cells is layout, not data)."""
    row = cell.find_parent("tr")
    return row is not None and any(c.get_text(strip=True) for c in row.find_all(list(_CELLS), recursive=False))


def _span_of(cell: Tag) -> int:
    """How many columns the cell covers (``colspan``, 1 to 20)."""
    try:
        return max(1, min(20, int(str(cell.get("colspan") or 1).strip())))
    except ValueError:
        return 1


def _layout_cell(cell: Tag) -> bool:
    """A table cell that holds a page rather than a value: a heading, a list, a table or two paragraphs of its
    own (e-mail newsletters wrap their whole content in ``<table><tr><td>``)."""
    if cell.find(list(_HEADINGS) + list(_LISTS) + ["table"]) is not None:
        return True
    return len(cell.find_all("p", limit=2)) >= 2


def _walk(el: Tag, out: TextBuilder, depth: int) -> None:
    loose: list[str] = []

    def flush() -> None:
        text = " ".join("".join(loose).split())
        if text:
            out.add_block("paragraph", text)
        loose.clear()

    for child in el.children:
        if isinstance(child, NavigableString):
            if child.__class__.__name__ in ("Comment", "Doctype", "ProcessingInstruction", "CData", "Declaration"):
                continue
            loose.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name.lower()
        if name in _DROP or child.get("hidden") is not None or child.get("aria-hidden") == "true" or _boilerplate(child):
            continue
        if name == "header" and not _header_with_content(child):
            continue
        if name == "aside" and not _titled_box(child):
            continue
        if name in {"a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub", "abbr", "time", "code", "mark", "cite", "q", "s", "font", "label"}:
            loose.append(_text_of(child))
            continue
        if name == "br":
            loose.append("\n")
            continue
        flush()
        if name in _HEADINGS:
            out.add_block("heading", _text_of(child), level=_HEADINGS[name])
        elif name in _LISTS:
            ordered = name == "ol"
            number = int(child.get("start", 1) or 1) if ordered else 0
            for li in child.find_all("li", recursive=False):
                nested = [n.extract() for n in li.find_all(list(_LISTS), recursive=False)]
                marker = f"{number}. " if ordered else "- "
                number += 1
                out.add_block("list_item", _text_of(li), level=depth + 1, marker=marker)
                for sub in nested:
                    wrapper = BeautifulSoup("<div></div>", "lxml").div
                    wrapper.append(sub)
                    _walk(wrapper, out, depth + 1)
        elif name in _PARAGRAPHS:
            out.add_block("paragraph", _text_of(child))
        elif name in _CELLS and _layout_cell(child):
            _walk(child, out, depth)  # an e-mail newsletter laid out in a table: the cell holds the page
        elif name in _CELLS:
            text = _text_of(child)
            if text:
                out.add_block("line", text)
            elif _row_has_text(child):
                # An empty cell of a row with content: a dash keeps the cells after it in their
                # columns for rules that read a table one cell per block (as Markdown tables write "–")
                for _ in range(_span_of(child)):
                    out.add_block("line", EMPTY_CELL)
        else:
            _walk(child, out, depth)
    flush()


# Real pages nest a few dozen elements deep. Deeper than this (20,000 nested <div>s), the walk below
# would recurse past Python's limit and test every level's whole subtree (quadratic): an element at
# this depth keeps its text as one paragraph instead, found without recursion.
MAX_HTML_DEPTH = 120


def flatten_deep_nesting(root: Tag, max_depth: int = MAX_HTML_DEPTH) -> None:
    """Replace the content of every element at ``max_depth`` that has child elements by its text."""
    stack = [(root, 0)]
    cut: list[Tag] = []
    while stack:
        el, depth = stack.pop()
        for child in el.children:
            if isinstance(child, Tag):
                if depth + 1 >= max_depth and child.find(True) is not None:
                    cut.append(child)
                else:
                    stack.append((child, depth + 1))
    for el in cut:
        text = el.get_text(" ")
        el.clear()
        el.append(NavigableString(text))


def read_html(raw: str) -> tuple[str, tuple[Block, ...], str | None]:
    """Return (text, blocks, title): title from <title>, else the first <h1>."""
    soup = BeautifulSoup(raw, "lxml")
    title_el = soup.find("title")
    title = " ".join(title_el.get_text(" ").split()) if title_el else None
    if not title:
        h1 = soup.find("h1")
        title = " ".join(h1.get_text(" ").split()) if h1 else None
    root = soup.body or soup
    flatten_deep_nesting(root)
    out = TextBuilder()
    _walk(root, out, 0)
    return out.text(), out.blocks(), title or None
