"""Text formats: plain text, Markdown and HTML become one normalised text with structure blocks."""
from __future__ import annotations

import hashlib

import pytest

from pipeline.ingest import ingest_document
from pipeline.ingest.html import read_html
from pipeline.ingest.markdown import read_markdown
from pipeline.ingest.textutil import normalise_text
from pipeline.records import SourceFile


def _ingest(name: str, data: bytes, settings):
    fmt = {"txt": "txt", "md": "md", "html": "html", "htm": "html"}[name.rsplit(".", 1)[1]]
    src = SourceFile(f"/virtual/{name}", name, fmt, len(data), hashlib.sha256(data).hexdigest())
    return ingest_document(src, data, settings)


def _blocks(text, blocks):
    return [(b.kind, b.level, text[b.start:b.end]) for b in blocks]


# --------------------------------------------------------------------------------------------
# plain text
# --------------------------------------------------------------------------------------------
def test_ingest_text_normalises_characters():
    raw = "Title\r\n\r\n\r\n\r\nThe \ufb01rst  line\u00a0here \r\n\u2022Bullet one\n\uf0b7 Bullet two\nzero\u200bwidth"
    assert normalise_text(raw) == "Title\n\nThe first line here\n• Bullet one\n• Bullet two\nzerowidth"


def test_ingest_text_txt_document(settings):
    doc = _ingest("news.txt", "Cluster news\n\nFirst paragraph.\n".encode(), settings)
    assert doc.text == "Cluster news\n\nFirst paragraph."
    assert doc.title == "Cluster news" and doc.fmt == "txt" and doc.blocks == () and doc.pages == ()
    assert doc.doc_id == hashlib.sha256("Cluster news\n\nFirst paragraph.\n".encode()).hexdigest()[:16]


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------
MARKDOWN = """# EU Cluster Talk 2024

Intro with **bold**, _emphasis_, `code` and a [link text](https://example.org/page) plus ![the logo](logo.png).

## Key messages

- First *message* about clusters
- Second message

1. Numbered item
2. Another one

A closing paragraph
over two lines.

<div class="banner">raw html banner</div>
"""


def test_ingest_text_markdown_blocks():
    text, blocks, title = read_markdown(MARKDOWN)
    assert title == "EU Cluster Talk 2024"
    assert _blocks(text, blocks) == [
        ("heading", 1, "EU Cluster Talk 2024"),
        ("paragraph", 0, "Intro with bold, emphasis, code and a link text plus the logo."),
        ("heading", 2, "Key messages"),
        ("list_item", 1, "First message about clusters"),
        ("list_item", 1, "Second message"),
        ("list_item", 1, "Numbered item"),
        ("list_item", 1, "Another one"),
        ("paragraph", 0, "A closing paragraph\nover two lines."),
    ]


def test_ingest_text_markdown_strips_syntax():
    text, _, _ = read_markdown(MARKDOWN)
    for syntax in ("**", "_emphasis_", "`", "](", "![", "https://example.org", "<div", "raw html banner", "#"):
        assert syntax not in text, syntax
    # List markers stay visible in the text; the block spans cover the item text only.
    assert "\n- First message about clusters\n- Second message" in text
    assert "\n1. Numbered item\n2. Another one" in text


def test_ingest_text_markdown_document_uses_first_heading_as_title(settings):
    doc = _ingest("talk.md", MARKDOWN.encode(), settings)
    assert doc.title == "EU Cluster Talk 2024" and doc.fmt == "md"
    assert [b.kind for b in doc.blocks][:3] == ["heading", "paragraph", "heading"]


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------
HTML = """<!DOCTYPE html>
<html><head><title>Cluster News | Site</title>
<style>.x { color: red }</style><script>var tracking = "SCRIPT-TEXT";</script></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">NAV-LINKS</a></nav>
<header>SITE-HEADER</header>
<h1>Forum in <em>Vienna</em></h1>
<p>The <b>forum</b> took place on <a href="/agenda">12 March 2024</a>.</p>
<!-- a comment that must not appear -->
<h2>Outcomes</h2>
<ul><li>Point <strong>one</strong></li><li>Point two<ul><li>Nested point</li></ul></li></ul>
<table><tr><td>Cell A</td><td>Cell B</td></tr></table>
<div hidden>HIDDEN-TEXT</div><aside>SIDEBAR-TEXT</aside><form><button>BUTTON-TEXT</button></form>
<footer>FOOTER-TEXT</footer>
<script>alert("SCRIPT-TEXT")</script><noscript>NOSCRIPT-TEXT</noscript>
</body></html>"""


def test_ingest_text_html_blocks():
    text, blocks, title = read_html(HTML)
    assert title == "Cluster News | Site"
    assert _blocks(text, blocks) == [
        ("heading", 1, "Forum in Vienna"),
        ("paragraph", 0, "The forum took place on 12 March 2024."),
        ("heading", 2, "Outcomes"),
        ("list_item", 1, "Point one"),
        ("list_item", 1, "Point two"),
        ("list_item", 2, "Nested point"),
        ("line", 0, "Cell A"),
        ("line", 0, "Cell B"),
    ]


@pytest.mark.parametrize("dropped", ["SCRIPT-TEXT", "color: red", "NAV-LINKS", "SITE-HEADER", "HIDDEN-TEXT", "SIDEBAR-TEXT",
                                     "BUTTON-TEXT", "FOOTER-TEXT", "NOSCRIPT-TEXT", "comment", "<", "/agenda"])
def test_ingest_text_html_drops_page_furniture(dropped):
    text, _, _ = read_html(HTML)
    assert dropped not in text


@pytest.mark.parametrize("aside, kept", [
    # a sidebar box with a heading of its own is read with the page: its dates, events and people count
    ("<aside><h3>Upcoming</h3><ul><li>12.05.2027 – Members' day, Linz</li></ul></aside>",
     [("heading", 3, "Upcoming"), ("list_item", 1, "12.05.2027 – Members' day, Linz")]),
    ("<aside class='contact'><h4>Questions?</h4><p>Mira Kolar, events officer</p></aside>",
     [("heading", 4, "Questions?"), ("paragraph", 0, "Mira Kolar, events officer")]),
    ("<aside><h2>Past events</h2><p>Wood Days 2026 – Kranj, 4–5 June 2026</p>"
     "<form><input type='email'><button>Subscribe</button></form></aside>",
     [("heading", 2, "Past events"), ("paragraph", 0, "Wood Days 2026 – Kranj, 4–5 June 2026")]),
    # without a heading it is page furniture (an advert, a share bar)
    ("<aside><p>Advertise with us – call today</p></aside>", []),
])
def test_ingest_text_html_titled_sidebar_box_is_kept(aside, kept):
    text, blocks, _ = read_html(f"<html><body><h1>News</h1>{aside}</body></html>")
    assert _blocks(text, blocks) == [("heading", 1, "News"), *kept]


BOILERPLATE_HTML = """<html><body>
<div class="site-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact</a></div>
<div id="mainMenu"><p>MENU-TEXT</p></div>
<div role="navigation">ROLE-NAV-TEXT</div>
<div class="cookie-banner">We use cookies. <a href="#">Accept all</a></div>
<p><a href="/">Start</a> › <a href="/a">Archive</a> › <a href="/b">Issue</a></p>
<p>Share: <a href="#">LinkedIn</a> | <a href="#">X</a></p>
<h2>News</h2>
<p>The forum met in <a href="/v">Vienna</a>, <a href="/g">Graz</a> and <a href="/l">Linz</a>.</p>
<ul><li><a href="/a">Acme Cluster</a></li><li><a href="/b">Beta Network</a></li><li><a href="/c">Gamma Hub</a></li></ul>
</body></html>"""


@pytest.mark.parametrize("dropped", ["Home", "News Contact", "MENU-TEXT", "ROLE-NAV-TEXT", "cookies", "Accept", "Start", "Archive"])
def test_ingest_text_html_drops_menus_written_with_plain_elements(dropped):
    text, _, _ = read_html(BOILERPLATE_HTML)
    assert dropped not in text


def test_ingest_text_html_keeps_links_inside_content():
    text, _, _ = read_html(BOILERPLATE_HTML)
    assert "The forum met in Vienna, Graz and Linz." in text
    assert "Acme Cluster" in text and "Gamma Hub" in text  # a list of links is content
    assert "News" in text  # the heading


def test_ingest_text_html_inline_markup_adds_no_spaces():
    text, _, _ = read_html("<p>See <a href='#'>the agenda</a>, then <b>register</b>!</p>")
    assert text == "See the agenda, then register!"


def test_ingest_text_html_title_falls_back_to_h1(settings):
    doc = _ingest("page.html", b"<html><body><h1>Matchmaking day</h1><p>Text.</p></body></html>", settings)
    assert doc.title == "Matchmaking day" and doc.fmt == "html"


def test_ingest_text_html_without_text_fails(settings):
    from pipeline.errors import IngestError

    with pytest.raises(IngestError) as info:
        _ingest("empty.html", b"<html><head><script>x()</script></head><body><nav>menu</nav></body></html>", settings)
    assert info.value.error_type == "no_text"


def test_ingest_text_html_page_wrapper_with_a_nav_class_is_kept():
    body = " ".join(["The cluster forum gathered many members from the region."] * 12)
    text, _, _ = read_html(f'<html><body><div class="page nav-collapsed"><p>{body}</p></div></body></html>')
    assert "The cluster forum gathered" in text


def test_ingest_text_html_header_with_title_and_publication_line_is_kept():
    html = ("<html><body><header><a href='/'><img src='logo.png'></a><nav><a href='/'>Home</a> <a href='/n'>News</a> "
            "<a href='/e'>Events</a></nav></header>"
            "<header><h1>Cluster Connect</h1><p class='issue'>Newsletter No. 14 &middot; Published 6 March 2024</p></header>"
            "<article><h2>News</h2><p>The forum met.</p></article></body></html>")
    text, blocks, _ = read_html(html)
    assert _blocks(text, blocks)[:2] == [("heading", 1, "Cluster Connect"), ("paragraph", 0, "Newsletter No. 14 · Published 6 March 2024")]
    assert "Home" not in text and "Events" not in text


def test_ingest_text_html_empty_cell_keeps_the_columns():
    html = ("<table><tr><th>Speaker</th><th>Organisation</th><th>Position</th></tr>"
            "<tr><td>Petr Svoboda</td><td>Moravian Engineering Network</td><td></td></tr>"
            "<tr><td>Eva Dvorak</td><td> </td><td>Policy Officer</td></tr>"
            "<tr><td></td><td></td><td></td></tr></table>")
    text, blocks, _ = read_html(html)
    cells = [text[b.start:b.end] for b in blocks]
    assert cells == ["Speaker", "Organisation", "Position", "Petr Svoboda", "Moravian Engineering Network", "–",
                     "Eva Dvorak", "–", "Policy Officer"]  # an all-empty row is layout: nothing


@pytest.mark.parametrize("cell", [
    "<h2>Forum news</h2><p>The forum met in Riga.</p>",  # a heading in the cell
    "<p>Dear members,</p><p>The forum met in Riga.</p>",  # two paragraphs
    "<ul><li>Ports need shore power.</li><li>Welders are scarce.</li></ul>",  # a list
])
def test_ingest_text_html_layout_cell_is_read_like_the_page(cell):
    html = f"<body><table class='wrapper' role='presentation'><tr><td>{cell}</td></tr></table></body>"
    text, blocks, _ = read_html(html)
    kinds = [b.kind for b in blocks]
    assert "line" not in kinds and len(blocks) == 2  # two blocks of the page, not one cell line


def test_ingest_text_markdown_table_keeps_empty_cells_as_dashes():
    from pipeline.ingest.markdown import read_markdown

    text, blocks, _ = read_markdown("| Time | Item | Speaker |\n|---|---|---|\n| 09:30 | Welcome | |\n| 10:00 | Keynote | Jane Doe |\n")
    assert [text[b.start:b.end] for b in blocks] == ["Time", "Item", "Speaker", "09:30", "Welcome", "–", "10:00", "Keynote", "Jane Doe"]
    assert {b.kind for b in blocks} == {"line"}


def test_ingest_text_markdown_break_tag_in_a_table_cell_starts_a_new_line():
    from pipeline.ingest.markdown import read_markdown

    text, _, _ = read_markdown("| Time | Session |\n|---|---|\n| 10:00 | **Panel**<br>Jane Roe, Chair<br/>John Poe, CEO |\n"
                               "| 11:00 | Lunch<BR>Terrace |\n")
    assert "Panel\nJane Roe, Chair\nJohn Poe, CEO" in text
    assert "Lunch\nTerrace" in text
    assert "<br" not in text.lower() and "PanelJane" not in text


# --------------------------------------------------------------------------------------------
# plain text saved from a PDF: words broken at line ends
# --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a word broken at the line end is one word again, and the rest of the next line joins its line
        ("The partners met in the harbour's ware-\nhouse on Friday.", "The partners met in the harbour's warehouse on Friday."),
        ("Das Treffen fand im Rat-\nhaus von Kempten statt.", "Das Treffen fand im Rathaus von Kempten statt."),
        ("Tulokset esitellään kevät-\nseminaarissa Lahdessa.", "Tulokset esitellään kevätseminaarissa Lahdessa."),
        # before a capital or a digit the hyphen belongs to the word
        ("the Franco-\nItalian border", "the Franco-Italian border"),
        ("after the COVID-\n19 years", "after the COVID-19 years"),
        # a compound's suspended part before "and" in any language stays as written
        ("Forschungs-\nund Entwicklungsprojekte", "Forschungs-\nund Entwicklungsprojekte"),
        ("small-\nand medium-sized firms", "small-\nand medium-sized firms"),
        ("kasvis-\nja perunatuotteet", "kasvis-\nja perunatuotteet"),
        # a dash after a space, a list's dash and a blank line are no broken words
        ("Agenda -\nday one", "Agenda -\nday one"),
        ("Partners:\n- Acme\n- Bolt", "Partners:\n- Acme\n- Bolt"),
        ("Ends with a hyphen-\n\nnext paragraph", "Ends with a hyphen-\n\nnext paragraph"),
    ],
)
def test_ingest_text_txt_mends_words_broken_at_line_ends(raw, expected, settings):
    assert _ingest("report-pdf.txt", raw.encode(), settings).text == expected
