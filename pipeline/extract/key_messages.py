"""Key messages: the points listed under a key-messages / conclusions / takeaways heading."""
from __future__ import annotations

from pipeline.extract.rules import Rules
from pipeline.normalise import clean_name
from pipeline.records import KeyMessage, SegmentedDocument


def extract_key_messages(seg: SegmentedDocument, rules: Rules) -> list[KeyMessage]:
    text = seg.doc.text
    out: list[KeyMessage] = []
    for block in seg.blocks:
        if block.kind != "list_item" or not block.section:
            continue
        if not rules.key_message_headings.search(block.section):
            continue
        body = text[block.start:block.end]
        stripped_end = block.end - (len(body) - len(body.rstrip(" .;")))
        out.append(KeyMessage(seg.doc.doc_id, len(out) + 1, block.start, stripped_end, clean_name(text[block.start:stripped_end]), block.section, "list_under_key_heading"))
    return out
