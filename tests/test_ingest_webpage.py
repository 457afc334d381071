"""Saved web pages: trafilatura's title, author and publication date; the hand-written reader's text."""
from __future__ import annotations

from conftest import published_tables

ARTICLE = """<!doctype html><html><head>
<title>Cluster Week opens in Porto | Iberian Cluster Portal</title>
<meta name="author" content="Rita Costa">
<meta property="article:published_time" content="2024-04-18T08:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/events">Events</a></nav>
<main><article>
<h1>Cluster Week opens in Porto</h1>
<p>Rui Almeida, Director of the Atlantic Sea Cluster, opened the Blue Economy Cluster Week in Porto on 16 April 2024.
Some 300 participants from 20 countries joined the first day of debates on ports, fisheries and offshore energy.</p>
<figure><img src="a.jpg"><figcaption>From left: Ana Lopes and Rui Almeida at the opening.</figcaption></figure>
<h2>Next dates</h2>
<ul><li>3 June 2024 – Ocean Skills Day, Vigo</li><li>9 July 2024 – Port Tech Forum, Lisbon</li></ul>
</article></main>
<footer>© Iberian Cluster Portal · Privacy</footer>
</body></html>"""

EVENT_LISTING = """<html><head><title>Events | Alpine Cluster Portal</title></head><body>
<h1>Upcoming events</h1>
<div class="event"><h3>Green Hydrogen Day</h3><ul><li class="date">Tue 4 Mar 2025</li><li>Innsbruck</li></ul></div>
<div class="event"><h3>Wood Cluster Summit</h3><ul><li class="date">12 May 2025</li><li>Bolzano</li></ul></div>
</body></html>"""

# Everything sits in an element the hand-written reader takes for navigation (a wrapper named "menu").
ALL_IN_MENU = """<html><head><title>Forum report</title></head><body><div class="menu-layout">
<p>The Baltic Cluster Forum took place in Tallinn on 2 October 2024 and gathered cluster managers from the whole region,
who discussed joint projects on digital skills, logistics and clean energy with the national agencies.</p>
<p>Liis Tamm, Head of the Estonian Cluster Agency, presented the new regional support scheme for cluster organisations.</p>
</div></body></html>"""


def test_ingest_webpage_metadata_from_trafilatura():
    from pipeline.ingest.webpage import read_web_page

    text, blocks, title, metadata = read_web_page(ARTICLE)
    assert title == "Cluster Week opens in Porto"
    assert metadata == {"author": "Rita Costa", "html_date": "2024-04-18"}
    # The text is the hand-written reader's: caption and date list kept, navigation and footer not.
    assert text.startswith("Cluster Week opens in Porto\n\nRui Almeida, Director of the Atlantic Sea Cluster")
    assert "\n\nFrom left: Ana Lopes and Rui Almeida at the opening.\n\n" in text
    assert text.endswith("Next dates\n\n- 3 June 2024 – Ocean Skills Day, Vigo\n- 9 July 2024 – Port Tech Forum, Lisbon")
    assert "Home" not in text and "Privacy" not in text
    assert all(text[b.start:b.end].strip() for b in blocks)


def test_ingest_webpage_no_date_guessed_from_an_event_listing():
    from pipeline.ingest.webpage import read_web_page

    text, _, title, metadata = read_web_page(EVENT_LISTING)
    assert metadata == {} and title == "Upcoming events"
    assert "Green Hydrogen Day\n\n- Tue 4 Mar 2025\n- Innsbruck" in text


def test_ingest_webpage_trafilatura_text_when_own_reader_finds_little():
    from pipeline.ingest.html import read_html
    from pipeline.ingest.webpage import read_web_page

    assert read_html(ALL_IN_MENU)[0] == ""
    text, blocks, title, metadata = read_web_page(ALL_IN_MENU)
    assert metadata == {"main_text": "trafilatura"} and title == "Forum report"
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]
    assert text.startswith("The Baltic Cluster Forum took place in Tallinn on 2 October 2024")
    assert text.endswith("Liis Tamm, Head of the Estonian Cluster Agency, presented the new regional support scheme for cluster organisations.")


def test_ingest_webpage_run_documents_row(run_pipeline, tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "porto.html").write_text(ARTICLE, encoding="utf-8")
    run_pipeline(inp, tmp_path / "out")
    tables = published_tables(tmp_path / "out")
    (doc,) = tables["documents"]
    assert (doc["title"], doc["author"], doc["published_date"].isoformat(), doc["published_date_source"], doc["format"]) == (
        "Cluster Week opens in Porto", "Rita Costa", "2024-04-18", "html_metadata", "html")
    text = tables["document_texts"][0]["text"]
    # Offsets stay those of the published text.
    assert all(text[m["start_char"]:m["end_char"]] == m["text"] for m in tables["mentions"])
    # the caption's people are people too ("From left: Ana Lopes and Rui Almeida at the opening.")
    assert {m["text"] for m in tables["mentions"] if m["entity_type"] == "person"} == {"Ana Lopes", "Rui Almeida"}
