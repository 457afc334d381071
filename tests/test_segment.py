"""Segment: block kinds, sections and exact spans on plain text, PDF-like text and Markdown hints."""
from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from pipeline.ingest.markdown import read_markdown
from pipeline.records import IngestedDocument
from pipeline.segment import segment_document


def _seg(text: str, blocks=()):
    return segment_document(IngestedDocument("d", "d.txt", "txt", "x", text, blocks=tuple(blocks)))


def _kinds(seg) -> list[tuple[str, str]]:
    t = seg.doc.text
    return [(b.kind, " ".join(t[b.start:b.end].split())) for b in seg.blocks]


def test_segment_bullets_without_space_and_lead_in_heading():
    text = ("Regional agencies met in Turin to compare support schemes for young companies across the regions.\n"
            "Main conclusions of the meeting:\n"
            "- Funding should be stable\n"
            "-Skills remain the first bottleneck\n"
            "- Data on clusters must be shared\n"
            "Read the full report online.")
    kinds = _kinds(_seg(text))
    assert ("heading", "Main conclusions of the meeting:") in kinds
    items = [t for k, t in kinds if k == "list_item"]
    assert items == ["Funding should be stable", "Skills remain the first bottleneck", "Data on clusters must be shared"]
    assert ("paragraph", "Read the full report online.") in kinds


def test_segment_one_paragraph_per_line_text():
    long1 = "The ministry presented a new strategy for clusters that will run for five years and support SMEs in all regions."
    long2 = "Participants welcomed the plan and asked for a clear timetable, regular monitoring and more funding for exchanges."
    seg = _seg(f"Ministry launches cluster strategy\n{long1}\n{long2}")
    kinds = _kinds(seg)
    assert kinds[0] == ("heading", "Ministry launches cluster strategy")
    assert [k for k, _ in kinds[1:]] == ["paragraph", "paragraph"]
    assert all(b.section == "Ministry launches cluster strategy" for b in seg.blocks[1:])


def test_segment_pdf_list_items_run_over_lines():
    text = ("Key findings\n"
            " Cluster managers need more training in digital tools and\n"
            "data skills to serve their members\n"
            " Regional funding remains fragmented")
    items = [t for k, t in _kinds(_seg(text)) if k == "list_item"]
    assert items == ["Cluster managers need more training in digital tools and data skills to serve their members",
                     "Regional funding remains fragmented"]


def test_segment_markdown_numbered_section_after_list_is_heading():
    md = ("## Key messages\n\n- Clusters drive the twin transition.\n- Skills are the main gap.\n\n"
          "1. News from the network\n\nThe network presented its new website and a call for members.\n")
    text, blocks, _ = read_markdown(md)
    seg = _seg(text, blocks)
    km = [t for k, t in _kinds(seg) if k == "list_item"]
    assert km == ["Clusters drive the twin transition.", "Skills are the main gap."]
    assert ("heading", "News from the network") in _kinds(seg)


@hsettings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "Upcoming events", "Date: 3-4 May 2021", "- first point", "-Second point", " lost bullet item",
    "A paragraph line that is reasonably long and ends here.", "continuation in lower case", "", "1. Numbered",
    "Key messages:", "Location: Riga, Latvia", "A heading Like This",
]), max_size=14))
def test_segment_spans_are_exact_and_ordered(lines):
    text = "\n".join(lines)
    seg = _seg(text)
    last = 0
    for b in seg.blocks:
        assert 0 <= b.start <= b.end <= len(text)
        assert b.start >= last
        body = text[b.start:b.end]
        assert body and body == body.strip(), (b, body)
        last = b.end
    for s in seg.sentences:
        assert 0 <= s.start < s.end <= len(text)


def test_segment_label_line_wraps_onto_lower_case_line():
    text = ("Nordic Cluster Forum\nDate: 4-5 May 2022\nAudience: policy makers, practitioners, cluster\n"
            "managers and experts\nhttps://www.example.eu/forum")
    kinds = _kinds(_seg(text))
    assert ("line", "Audience: policy makers, practitioners, cluster managers and experts") in kinds
    assert ("line", "Date: 4-5 May 2022") in kinds
    assert kinds[-1] == ("paragraph", "https://www.example.eu/forum")


def test_segment_numbered_section_title_is_heading_not_list_item():
    text = ("3. Findings\n\n"
            "The panel looked at twelve regional support schemes over the spring.\n\n"
            "4. Proposals\n\n"
            "The board listed the following proposals:\n"
            "1. Regions should pool their budgets.\n"
            "2. Agencies should publish their data.\n")
    seg = _seg(text)
    kinds = _kinds(seg)
    assert ("heading", "3. Findings") in kinds and ("heading", "4. Proposals") in kinds
    assert ("heading", "The board listed the following proposals:") in kinds
    assert [t for k, t in kinds if k == "list_item"] == ["Regions should pool their budgets.", "Agencies should publish their data."]
    lead_in = next(b for b in seg.blocks if seg.doc.text[b.start:b.end].startswith("The board"))
    assert lead_in.section == "4. Proposals"


@pytest.mark.parametrize("text", [
    "Priorities\n\n1. Digital\n2. Green\n3. Resilient\n",  # short numbered items one after the other
    "1. Members should share their data.\nThe agency agreed to host it.\n",  # a sentence, not a title
    "1. Regions with strong\nclusters grow faster\n",  # an item that wraps onto a lower-case line
])
def test_segment_numbered_items_stay_list_items(text):
    kinds = _kinds(_seg(text))
    assert kinds[-1][0] in ("list_item", "paragraph")
    assert not any(k == "heading" and t[:1].isdigit() for k, t in kinds)


def test_segment_short_title_chunk_heads_bullets_after_blank_line():
    text = ("Agencies from six regions met in Graz to compare their voucher schemes for young firms in detail.\n\n"
            "Main lessons\n\n"
            "• Vouchers work best when they are small\n"
            "• Rules must stay stable for years\n")
    kinds = _kinds(_seg(text))
    assert ("heading", "Main lessons") in kinds
    assert [t for k, t in kinds if k == "list_item"] == ["Vouchers work best when they are small", "Rules must stay stable for years"]


def test_segment_list_item_cut_after_dash_continues_in_next_chunk():
    text = ("Calendar\n\n"
            "• Alpine Mobility Days –\n\n"
            "4–5 May 2023, Lyon, France\n\n"
            "• Regional Board – 9 June 2023, online\n")
    items = [t for k, t in _kinds(_seg(text)) if k == "list_item"]
    assert items == ["Alpine Mobility Days – 4–5 May 2023, Lyon, France", "Regional Board – 9 June 2023, online"]


def test_segment_lower_case_lead_in_line_stays_in_its_paragraph():
    text = ("For these reasons the board\n"
            "confirms that the new scheme:\n\n"
            "(1) Is open to all regions,\n"
            "(2) Will not raise fees.\n")
    kinds = _kinds(_seg(text))
    assert kinds[0] == ("paragraph", "For these reasons the board confirms that the new scheme:")
    assert [k for k, _ in kinds[1:]] == ["list_item", "list_item"]


def test_segment_long_paragraph_after_dash_item_is_its_own_block():
    text = ("• Alpine Mobility Days –\n\n"
            "Members who want to present their projects at one of these events are invited to write to the secretariat.\n")
    kinds = _kinds(_seg(text))
    assert [k for k, _ in kinds] == ["list_item", "paragraph"]


def test_segment_labelled_decisions_are_list_items_under_their_numbered_section():
    from pipeline.segment import infer_blocks

    text = ("5. CONCLUSIONS AND DECISIONS\n\n"
            "D1. The group endorses the joint mission to India from 8 to 12 December 2025 (New Delhi and\n"
            "    Chennai) and asks the Secretariat to prepare it.\n"
            "D2. The mission will include a track on signalling.\n")
    blocks = infer_blocks(text)
    assert [(b.kind, text[b.start:b.end].split("\n")[0]) for b in blocks] == [
        ("heading", "5. CONCLUSIONS AND DECISIONS"),
        ("list_item", "The group endorses the joint mission to India from 8 to 12 December 2025 (New Delhi and"),
        ("list_item", "The mission will include a track on signalling."),
    ]
