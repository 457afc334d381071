"""Key messages: points under key-message headings, in order, up to the end of the list."""
from __future__ import annotations

import pytest

from pipeline.extract.key_messages import is_key_message_heading


@pytest.mark.parametrize("heading, expected", [
    ("Key messages", True),
    ("Main takeaways from the summit", True),
    ("Key conclusions of the 2nd Regional Innovation Forum:", True),
    ("Recommendations", True),
    ("Upcoming events", False),
    ("Agenda of the meeting", False),
    ("of providing its key findings and recommendations", False),
    ("This edition summarises the outcomes of several recent conferences on cluster policy in Europe", False),
])
def test_key_messages_heading_rule(rules, heading, expected):
    assert is_key_message_heading(heading, rules) is expected


def test_key_messages_points_in_order_with_section(extract):
    text = ("Summit report\n\n"
            "The summit gathered 300 participants from 20 countries over two days in Vienna and online.\n\n"
            "Main takeaways:\n"
            "- Clusters should pool resources for skills.\n"
            "- Public funding must be long-term;\n"
            "-Cross-border projects need simpler rules\n\n"
            "Further reading is available on the website.")
    result = extract(text)
    assert [k.text for k in result.key_messages] == [
        "Clusters should pool resources for skills", "Public funding must be long-term", "Cross-border projects need simpler rules"]
    assert [k.ordinal for k in result.key_messages] == [1, 2, 3]
    assert {k.section for k in result.key_messages} == {"Main takeaways"}
    for k in result.key_messages:
        assert result.text[k.start:k.end].replace("\n", " ").startswith(k.text[:20])


def test_key_messages_multi_line_pdf_points(extract):
    text = ("Key findings\n"
            " Cluster managers need more training in digital tools and\n"
            "data skills to serve their members\n"
            " Regional funding remains fragmented\n\n"
            "About the study\n\nThe study was run by an independent team.")
    assert [k.text for k in extract(text).key_messages] == [
        "Cluster managers need more training in digital tools and data skills to serve their members",
        "Regional funding remains fragmented"]


def test_key_messages_none_without_such_heading(extract):
    text = "Upcoming events\n\n- Cluster Days, 4 May 2022\n- Innovation Forum, 9 June 2022\n"
    assert extract(text).key_messages == ()


def test_key_messages_short_paragraphs_without_bullets(extract):
    text = ("Key messages\n\nClusters must cooperate across borders.\n\nFunding should be stable over ten years.\n\n"
            "About us\n\nWe are a network of regional agencies working on industrial change in Europe.")
    result = extract(text)
    assert [k.text for k in result.key_messages] == ["Clusters must cooperate across borders", "Funding should be stable over ten years"]
    assert {k.rule for k in result.key_messages} == {"paragraphs_under_key_heading"}


def test_key_messages_prose_section_gives_none(extract):
    long = ("The study looked at two hundred clusters in twelve countries. It found that most of them depend on public money. "
            "Few have a plan for the years after their funding ends, and many lack staff with the right skills. ")
    text = f"Key findings\n\n{long}\n\nShort closing line.\n\nContact\n\nWrite to us."
    assert extract(text).key_messages == ()
