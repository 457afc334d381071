"""Key messages: the points listed under a key-messages / conclusions / takeaways heading.

A heading qualifies when one of the patterns in ``data/key_message_headings.txt`` occurs among its
first words ("Key conclusions of the forum:", "Main takeaways") and the heading is short; a long
sentence that merely mentions "outcomes" is not such a heading. A lead-in ending in ":" qualifies
with the pattern anywhere ("The participants agreed on the following recommendations:"), and a lead-in
right under a qualifying heading ("5. Recommendations") is skipped, so the list counts once. A short
plain line or paragraph (six words at most besides a remark in brackets, no closing punctuation) with the pattern directly above list items
counts as a heading (PDF and plain text: "KEY MESSAGES (agreed by the working group)"), and so does one of up to ten words
that the key-message words open ("Key points of the new cluster guidelines (as summarised by the region)"); lines of dashes around a plain-text
heading are not part of it and do not separate it from its list (``key_message_titles.past_rules``). The points are the list items that
follow it (an introductory line ending in ":" may come first), in order, up to the end of the list:
the first paragraph or heading after the items ends it. A point that runs over several lines in PDF
text is one list item already (segment joins soft-wrapped lines); its line breaks are folded.
Without list markup, two or more short paragraphs (at most two sentences each) up to the next
heading are the points; a section with any longer paragraph, or with a paragraph that enumerates numbered items
inline, or that tells who said what ("Ana Novak recalled that …": ``key_message_shapes.is_account``), is prose and gives none. Numbered items inline in a sentence of the section that has no lead-in of its own
("In the view of the visiting team, (1) …, (2) …") are the points (``inline_under_heading``, rule
``"inline_under_key_heading"``).
Labelled points ("D1. The group endorses ...", "C2) ..." in minutes: a capital, a number and a full
stop or bracket opening a line) are read from the section text itself, whatever blocks the wrapped,
indented lines became: each runs to the next label, a blank line or the next heading; the label is
not part of the point.

Without a heading, a lead-in sentence announces the list (``list_after_lead_in``): the last sentence
of a block that ends in ":" and holds a phrase from ``data/key_message_lead_ins.txt`` or a heading
word ("The report recommends:", "... is advocating for:", "the most important outcomes were:",
"Participants agreed that:"); the list items below it are the points and the lead-in is their
section. Inside a sentence with such a lead-in, an inline enumeration gives one point per item
(``inline_after_lead_in``): numbered items "(1) ... (2) ... (3) ..." or "a) ... b) ...", items
separated by ";" after the colon, or items that repeat the lead-in's preposition ("advocating for
stronger clusters, for a stable budget and for simpler rules"); the markers and the repeated
preposition are not part of the point. A sentence of the same paragraph that adds one more point after
a colon ("Martin added a fourth point: ...", phrases in ``data/key_message_added_points.txt``) gives that
point too (``added_point``).

A numbered item that is itself a lead-in ("4. Participants noted that:" above "(a) ... (b) ..." in
conclusions and minutes) introduces the points below it and is not one (``key_message_lists.list_points``). A point that opens
with a numbered label ("Pillar 1 – Mandate: ...", "Recommendation 2: ...", "Action B – Skills: ...") is
the text after the label (``key_message_shapes.without_label``). A list under a heading none of whose items is a statement
(names of winners under "Results", bare figures under "Key facts": ``is_statement``) gives no points. A lead-in that names plans ("The board agreed on the
following next steps:", words in ``data/key_message_not_lead_ins.txt``) announces no key messages unless a verb that
announces them follows the plans word (``key_message_questions.names_plans``); under
a heading, such a lead-in ("Four agreements were signed:") ends the heading's list. A question heading that asks what
someone needs ("What do clusters need?") gives the list below it (``key_message_questions``).

A list item that is a section heading (``title_item``: "6. MAIN OUTCOMES" numbered like the points) ends
the list above it and may be a key-message heading itself, and so does a numbered section heading in mixed
case that breaks the numbering (``numbered_section_item``: "3. Key messages" over "1. ..."); short group lead-ins ("For SMEs:", "Short
term:") split one list into groups that all belong to it (``key_message_lists.list_points``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from pipeline.extract.key_message_advice import advice_lists
from pipeline.extract.key_message_inline import (SENTENCE_END, added_point, announcers_pattern, inline_points, inline_under_heading,
                                                 ordinal_points, past_series_openers, plans_pattern)
from pipeline.extract.key_message_lists import (addressee_pattern, colon_lead_heading, is_lead_in, list_follows, list_points,
                                                paragraph_points, title_tail)
from pipeline.extract.key_message_questions import arrangements, is_question_heading, names_plans
from pipeline.extract.key_message_shapes import (calendar_entries, is_pointer, is_statement, labelled_points, names_only_figures,
                                                 point_end, run_in_points, without_label, without_results_tallies)
from pipeline.extract.key_message_titles import (numbered_section_item, past_rules, title_item, without_furniture,
                                                 without_rules)
from pipeline.extract.rules import Rules
from pipeline.normalise import clean_name
from pipeline.records import Block, KeyMessage, SegmentedDocument

_MAX_HEADING_WORDS = 15
_BRACKETED = re.compile(r"\([^()]*\)")  # "(agreed by the working group)" after a title
_HEADING_PARTS = re.compile(r"[ \t]+[/|][ \t]+|:[ \t]+(?=\S)")  # "A / B", "A | B", "A: B" (a dash opens agenda items)
_KEYWORD_WITHIN_WORDS = 4  # the heading pattern must start among the heading's first words


def is_key_message_heading(heading: str, rules: Rules) -> bool:
    """True for a short heading that announces key messages, conclusions, takeaways, ...

    The pattern must open the heading (among its first words), except in a lead-in that ends in ":"
    ("The participants agreed on the following recommendations:"), which announces its list anywhere."""
    words = heading.split()
    if not words or len(words) > _MAX_HEADING_WORDS:
        return False
    if not re.sub(r"^[\W\d]+", "", heading)[:1].isupper():
        return False  # "of providing its key findings": a sentence fragment, not a heading
    # Rule family "heading in parts": the versions of a heading in several languages ("Schlussfolgerungen /
    # Konklusioner / Conclusions of the Forum", "Conclusions | Conclusiones") or a subject, then what is said
    # of it ("Ventspils Port Summit: main messages"): one part is enough. Not after a dash: "16:00 – Closing
    # plenary and conclusions" is an agenda line.
    return any(_opens_with_key_words(part, rules) for part in _HEADING_PARTS.split(heading))


def _opens_with_key_words(heading: str, rules: Rules) -> bool:
    m = rules.key_message_headings.search(heading)
    if m is None:
        # Rule data "counted key messages": a heading opening with a number word and a key-message noun ("Three
        # ideas to take home", "Tres ideas para levar do foro", "Kolme oppia seminaarista"); a sentence that holds
        # them before its colon is a lead-in, not a heading
        m = rules.key_message_counted.search(heading)
        return m is not None and len(heading[:m.start()].split()) < _KEYWORD_WITHIN_WORDS and not plans_pattern(rules.data_dir).search(heading[:m.end()])
    if plans_pattern(rules.data_dir).search(heading[:m.end()]):
        return False  # "Expected results", "Next steps and recommendations": plans first ("Conclusions and next steps" is kept)
    return len(heading[:m.start()].split()) < _KEYWORD_WITHIN_WORDS or heading.rstrip().endswith(":")


_MAX_LEAD_IN_WORDS = 30


def lead_in(body: str, rules: Rules, heading: bool = False) -> str | None:
    """The lead-in that closes ``body`` when it announces key messages: its last sentence, ending in ":"
    and holding a lead-in phrase or a heading word ("The report recommends:"), without the colon. A last
    sentence ending in a full stop announces a list when it also says so ("The participants agreed on the
    following recommendations.": ``data/key_message_announcers.txt``).

    Rule family "heading lead-in": a heading (``heading``) that a lead-in phrase ends is an unfinished sentence
    that its list completes ("We call on the European institutions to", "The network recommends", "Participants
    concluded that" over a list): it reads as if it ended in ":". A heading in which the phrase does not end the
    heading ("Recommended reading", "Clusters call for stronger support") is a title, not a lead-in."""
    body = " ".join(body.split())
    if heading and body and body[-1] not in ".:;,!?" and _ends_with_lead_in(body, rules):
        body += ":"
    last = SENTENCE_END.split(body)[-1]
    if not body.endswith(":") and not (body.endswith(".") and announcers_pattern(rules.data_dir).search(last)):
        return None
    if len(last.split()) > _MAX_LEAD_IN_WORDS:
        return None
    if not (rules.key_message_lead_ins.search(last) or rules.key_message_headings.search(last)):
        return None
    if names_plans(last, rules):
        return None  # "The board agreed on the following next steps:", "a roadmap with three priorities:": plans
    return last.rstrip(" :.")


def _ends_with_lead_in(heading: str, rules: Rules) -> bool:
    """A lead-in phrase runs to the end of ``heading`` (read as if a colon closed it)."""
    closed = heading + ":"
    return any(m.end() == len(heading) for m in rules.key_message_lead_ins.finditer(closed))


_MAX_INTRO_SENTENCES = 2


def _intro_before_list(blocks: tuple[Block, ...], k: int, text: str, rules: Rules) -> bool:
    """Rule family "intro under a heading": ``blocks[k]``, right under a key-message heading, is a paragraph that
    introduces the list right below it: without a colon a short one ("After a long debate, the group agreed on four
    conclusions, which the chair will send to the ministry.": at most two sentences of at most 30 words each), with a
    colon closing it one of any length ("The two rapporteurs, A (University of X) and B (Y), summed up the forum in
    four messages that the plenary endorsed:"); in both, naming no plans ("The next steps are listed below.")."""
    if k + 1 >= len(blocks) or blocks[k + 1].kind != "list_item":
        return False
    body = " ".join(text[blocks[k].start:blocks[k].end].split())
    if blocks[k].kind not in ("paragraph", "line") and not (blocks[k].kind == "heading" and body.endswith(":")):
        return False  # a paragraph ending in ":" over a list may have become a heading
    sentences = SENTENCE_END.split(body)
    if body.endswith(":"):
        # "The rapporteurs, A (X) and B (Y), summarised the two days in five messages, which …:": a colon closing the
        # paragraph hands it to the list whatever its length; only a last sentence that names plans does not
        return plans_pattern(rules.data_dir).search(sentences[-1]) is None
    return (len(sentences) <= _MAX_INTRO_SENTENCES and all(len(s.split()) <= _MAX_LEAD_IN_WORDS for s in sentences)
            and plans_pattern(rules.data_dir).search(body) is None)


def _lead_in_line(blocks: tuple[Block, ...], k: int, text: str, rules: Rules) -> int | None:
    """The end of ``blocks[k]`` when it is a lead-in line right under a key-message heading: one sentence closed by a
    colon ("The working group agreed on the following findings at its meeting of 19 February:", "Les participants
    ont validé les conclusions suivantes :"), naming no plans; else None."""
    if k >= len(blocks) or blocks[k].kind not in ("paragraph", "line", "heading"):
        return None
    body = " ".join(text[blocks[k].start:blocks[k].end].split())
    if not body.endswith(":") or len(SENTENCE_END.split(body)) > 1 or len(body.split()) > _MAX_LEAD_IN_WORDS:
        return None
    return None if plans_pattern(rules.data_dir).search(body) else blocks[k].end


_MAX_TITLED_LINE_WORDS = 6
_MAX_OPENED_TITLE_WORDS = 10


def _title_length(heading: str, rules: Rules) -> bool:
    """A plain line over a list is short enough to be its title: six words at most, or ten when the key-message words
    open it ("Key points of the new cluster guidelines", "Main findings of the 2030 survey of members")."""
    n = len(heading.split())
    return n <= _MAX_TITLED_LINE_WORDS or (n <= _MAX_OPENED_TITLE_WORDS and rules.key_message_headings.match(heading) is not None)


def extract_key_messages(seg: SegmentedDocument, rules: Rules) -> list[KeyMessage]:
    """One row per point under a key-message heading or after a key-message lead-in, in document order.

    Under a heading of ``key_message_headings.txt``: ``"list_under_key_heading"`` (a bulleted or numbered list),
    ``"paragraphs_under_key_heading"`` (short paragraphs, one point each) and ``"labelled_points_under_key_heading"``
    ("Pillar 1 – Mandate: …" lines, the label left out). The document's title (its first block, "Topic: diagnosis and
    recommendations") heads its byline and team, not paragraph points."""
    text = seg.doc.text
    out: list[KeyMessage] = []
    taken: set[int] = set()  # a list under "5. Recommendations" and its lead-in is listed once
    for i, block in enumerate(seg.blocks):
        heading = " ".join(without_rules(text[block.start:block.end]).split())  # "-----\nMAIN FINDINGS" in plain text
        first = past_rules(seg.blocks, i + 1, text)  # the block after the heading and a line of dashes under it
        if block.kind != "list_item" and (tail := title_tail(seg.blocks, first, text, heading)) is not None:
            heading, first = f"{heading} {tail}", first + 1  # "KEY CONCLUSIONS OF THE 3RD FORUM (PÉCS," / "2033)" over a list
        nxt = seg.blocks[first] if first < len(seg.blocks) else None
        # PDF text may leave "Key conclusions" as a plain line, plain text "KEY MESSAGES (agreed by the working group)"
        # as a paragraph; the list right below it makes such a short title without closing punctuation a heading (a
        # remark in brackets is not counted in its length).
        titled_line = (block.kind == "line" or (block.kind == "paragraph" and heading[-1:] not in ".!?:;,")) \
            and list_follows(seg.blocks, first, text) and _title_length(_BRACKETED.sub("", heading), rules)
        # ... and so do short paragraphs right below it ("Key takeaways" over one sentence a paragraph)
        line_over_paragraphs = block.kind == "line" and nxt is not None and nxt.kind == "paragraph" and len(heading.split()) <= 6
        if (title := title_item(text, block) or numbered_section_item(text, seg.blocks, i)) is not None:
            heading, titled_line = title, True  # "6. MAIN OUTCOMES", "3. Key messages" read as a list item
        # "What do clusters need?" over a list: rule "list_under_question_heading" (key_message_questions)
        question = block.kind != "list_item" and list_follows(seg.blocks, first, text) and is_question_heading(heading, rules)
        if question and not is_key_message_heading(heading, rules):
            out.extend(_question_points(seg, first, heading, taken, len(out)))
            continue
        if not ((block.kind == "heading" or titled_line or line_over_paragraphs) and is_key_message_heading(heading, rules)):
            if block.kind in ("heading", "paragraph", "line"):
                out.extend(_after_lead_in(seg, i, rules, taken, len(out)))
            continue
        labelled = labelled_points(seg, i, rules.data_dir) if block.kind in ("heading", "line") else []
        if not labelled and block.kind in ("heading", "line") and (intro := _lead_in_line(seg.blocks, first, text, rules)) is not None:
            labelled = labelled_points(seg, i, rules.data_dir, intro)  # "The group agreed on the following findings:" over "4.1 …", "4.2 …"
        if labelled:
            for s, e in labelled:
                if s in taken:
                    continue
                taken.add(s)
                e = point_end(text, s, e)
                point = clean_name(text[s:e])
                if point:
                    out.append(KeyMessage(seg.doc.doc_id, len(out) + 1, s, e, point, heading.rstrip(" :"), "labelled_points_under_key_heading"))
            continue
        if block.kind in ("heading", "line") and (ordinal := _ordinal_under_heading(seg, i, heading.rstrip(" :"), rules)):
            for s, e in ordinal:
                if s not in taken and (point := clean_name(text[s:e])):
                    taken.add(s)
                    out.append(KeyMessage(seg.doc.doc_id, len(out) + 1, s, e, point, heading.rstrip(" :"), "ordinal_sentences_under_key_heading"))
            continue
        level, plans = (block.level if block.kind == "heading" else None), plans_pattern(rules.data_dir)
        addressees = addressee_pattern(rules.data_dir)
        items, rule = list_points(seg.blocks, first, text, plans, level, rules.key_message_headings, addressees), "list_under_key_heading"
        if not items and block.kind in ("heading", "line") and _intro_before_list(seg.blocks, first, text, rules):
            items = list_points(seg.blocks, first + 1, text, plans, level, rules.key_message_headings, addressees)  # "The group agreed on four points."
        if not items and block.kind in ("heading", "line") and (run_in := run_in_points(seg, i)):
            for s, e in run_in:  # "Visibility. Two in three buyers …" / "Timing. Large buyers …": rule family "run-in titles"
                e = point_end(text, s, e)
                if s not in taken and is_statement(text[s:e]) and (point := clean_name(text[s:e])):
                    taken.add(s)
                    out.append(KeyMessage(seg.doc.doc_id, len(out) + 1, s, e, point, heading.rstrip(" :"), "run_in_points_under_key_heading"))
            continue
        # a document's title "Topic: diagnosis and recommendations" (its first block) over its byline and team: no points
        if not items and block.kind in ("heading", "line") and (i > 0 or ":" not in heading.rstrip(" :")):
            section_start = block.start if block.kind == "heading" else block.section_start
            items, rule = paragraph_points(seg.blocks, first, text, section_start, rules), "paragraphs_under_key_heading"
            if not items and (lead := colon_lead_heading(seg.blocks, first, text)) is not None:
                items = paragraph_points(seg.blocks, first + 1, text, lead.start, rules)  # "The General Assembly:" over its decisions
        if not items and block.kind in ("heading", "line"):
            for s, e in inline_under_heading(text, block.end, _section_end(seg.blocks, i), rules):
                if s not in taken and (point := clean_name(text[s:e])):
                    taken.add(s)
                    out.append(KeyMessage(seg.doc.doc_id, len(out) + 1, s, e, point, heading.rstrip(" :"), "inline_under_key_heading"))
        if items and not any(is_statement(text[b.start:b.end]) for b in items):
            continue  # "Results" over the winners' names, "Key facts" over bare figures: no messages
        bodies = [" ".join(text[b.start:b.end].split()) for b in items]
        if names_only_figures(heading, bodies, rules.data_dir) or calendar_entries(bodies):
            continue  # "Results" over "5 pilots", "A guide in six languages": a tally of outputs; dated sessions
        spans = [(without_label(text, b.start, end), end) for b in items for end in (point_end(text, b.start, b.end),)]
        for item, (start, end) in zip(items, past_series_openers(text, spans, rules)):  # "1. First, …", "2. Second, …"
            if item.start in taken:
                continue
            taken.add(item.start)
            point = clean_name(without_furniture(text, start, end))
            if point:
                out.append(KeyMessage(seg.doc.doc_id, len(out) + 1, start, end, point, heading.rstrip(" :"), rule))
    for item, section in advice_lists(text, seg.blocks, rules.data_dir, plans_pattern(rules.data_dir)):
        end = point_end(text, item.start, item.end)
        point = clean_name(text[item.start:end])
        if point and item.start not in taken and not any(k.start <= item.start < k.end for k in out):
            taken.add(item.start)
            out.append(KeyMessage(seg.doc.doc_id, 0, item.start, end, point, section, "advice_list"))
    kept = without_results_tallies([k for k in sorted(out, key=lambda k: k.start) if not is_pointer(k.text, rules.data_dir)], rules.data_dir)
    return [replace(k, ordinal=n) for n, k in enumerate(kept, start=1)]


def _question_points(seg: SegmentedDocument, first: int, heading: str, taken: set[int], done: int) -> list[KeyMessage]:
    """The list under a question heading that asks what someone needs ("What do clusters need?"), after a lead-in."""
    text, out = seg.doc.text, []
    items = [b for b in list_points(seg.blocks, first, text) if b.start not in taken]
    if any(is_statement(text[b.start:b.end]) for b in items):
        for b in items:
            end = point_end(text, b.start, b.end)
            if point := clean_name(text[without_label(text, b.start, end):end]):
                taken.add(b.start)
                out.append(KeyMessage(seg.doc.doc_id, done + len(out) + 1, b.start, end, point, heading.lstrip("# ").rstrip(" :"), "list_under_question_heading"))
    return out


def _section_end(blocks: tuple[Block, ...], i: int) -> int:
    """Where the section under the heading ``blocks[i]`` ends: the start of the next heading (or of the last block's end)."""
    return next((b.start for b in blocks[i + 1:] if b.kind == "heading"), blocks[-1].end)


def _ordinal_under_heading(seg: SegmentedDocument, i: int, heading: str, rules: Rules) -> list[tuple[int, int]]:
    """Rule "ordinal_sentences_under_key_heading": the points of a key-message heading written as sentences
    opened "First, …", "Second, …", "Finally, …" (``data/key_message_ordinal_openers.txt``) in the paragraphs
    below it, after an optional sentence that introduces them ("The jury drew three conclusions."). That
    sentence is no point and the openers are left out; two points at least, the first opened by "First"."""
    blocks = seg.blocks
    stop = next((k for k in range(i + 1, len(blocks)) if blocks[k].kind not in ("paragraph", "line")), len(blocks))
    if stop == i + 1:
        return []
    found = ordinal_points(seg.doc.text, blocks[i + 1].start, blocks[stop - 1].end, rules, heading)
    return [span for _, spans in found for span in spans]


def _after_lead_in(seg: SegmentedDocument, i: int, rules: Rules, taken: set[int], done: int) -> list[KeyMessage]:
    """Points announced by a lead-in sentence in ``seg.blocks[i]``: the list right below it, or an inline
    enumeration in the same sentence (see the module doc)."""
    text, block = seg.doc.text, seg.blocks[i]
    out: list[KeyMessage] = []

    def add(s: int, e: int, section: str, rule: str) -> None:
        point = clean_name(text[s:e])
        if point and s not in taken:
            taken.add(s)
            out.append(KeyMessage(seg.doc.doc_id, done + len(out) + 1, s, e, point, section, rule))

    # inline points of the block's sentences first (document order), then the list its closing lead-in announces
    def under() -> bool:  # asked only where a series of "that" items may be
        return block.kind != "heading" and block.section is not None and is_key_message_heading(block.section, rules)

    # Rule family "summing-up paragraph": a paragraph right after the points its section's heading gave ("What these
    # recommendations have in common … They ask for X, for Y and for Z") restates them; its enumeration is no new point
    prev = seg.blocks[i - 1] if i > 0 else None
    restates = (block.kind == "paragraph" and prev is not None and prev.section_start == block.section_start
                and any(prev.start <= t < prev.end for t in taken)
                # not a paragraph that opens with a key-message heading of its own ("Policy recommendations\na) …")
                and not is_key_message_heading(text[block.start:block.end].split("\n", 1)[0].strip(" :"), rules))
    for section, spans in [] if restates else inline_points(text, block.start, block.end, rules, under):
        for s, e in spans:
            add(s, e, section, "inline_after_lead_in")
        if (extra := added_point(text, spans[-1][1], block.end, rules.data_dir)) is not None:
            add(*extra, section, "added_point")
    # "The report makes three recommendations. First, … Second, …": in this paragraph and the ones right after it
    stop = next((k for k in range(i, len(seg.blocks)) if seg.blocks[k].kind not in ("paragraph", "line")), len(seg.blocks))
    for section, spans in ordinal_points(text, block.start, seg.blocks[stop - 1].end, rules) if stop > i else []:
        for s, e in spans:
            add(s, e, section, "ordinal_sentences_after_lead_in")
    lead = lead_in(text[block.start:block.end], rules, heading=block.kind == "heading")
    if lead is None or arrangements(lead, seg.doc.fmt, rules):
        return out  # "Summary of what we agreed:" in an e-mail: planning notes
    items = list_points(seg.blocks, past_rules(seg.blocks, i + 1, text), text, plans_pattern(rules.data_dir),
                        addressees=addressee_pattern(rules.data_dir))
    bodies = [" ".join(text[b.start:b.end].split()) for b in items]
    if any(map(is_statement, bodies)) and not calendar_entries(bodies):  # "Tue 29 February – online", names alone
        for item in items:
            end = point_end(text, item.start, item.end)
            add(without_label(text, item.start, end), end, lead, "list_after_lead_in")
    return out
