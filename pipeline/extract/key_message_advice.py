"""Key messages that are advice: rule ``"advice_list"``.

Policy briefs, study summaries and conference conclusions list their recommendations under headings the
key-message headings do not name ("Policy options", "What national governments can do", a bare
numbered list after a paragraph). Such a list is known by its points: two or more list items in a row,
each advising someone within its first words ("Regional programmes should fund …", "Clusters must …",
"Authorities need to …": ``data/key_message_advice_words.txt``). Every point is a key message, with the
heading above the list (or the lead-in line right before it) as its section. A list under a heading or
lead-in that names plans ("Next steps", "Action plan": ``data/key_message_not_lead_ins.txt``) or a call's
conditions ("Who can apply", "Eligibility criteria", same file) is no advice to others, nor is a point whose
subject is the applicant or the visitor of an event ("Applicants must be SMEs", "Each proposal should …", "Visitors
should bring an ID": ``[not subjects]``), nor one whose advising word stands in a relative clause ("4 May: Cluster Day,
where members should present their projects"), and a
list with one point that does not advise (or asks: "Should clusters …?") is not such a list.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections
from pipeline.extract.key_message_inline import SENTENCE_END
from pipeline.records import Block

_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|where)\b", re.I)  # opens a relative clause
_ADVICE_WITHIN_WORDS = 14  # the advising verb comes with the point's subject, not deep in a long sentence


@lru_cache(maxsize=4)
def _advice_words(data_dir: Path) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(advising words, subjects whose "must" is a call's condition): data/key_message_advice_words.txt."""
    sections = data_sections(data_dir / "key_message_advice_words.txt")
    words, subjects = sections.get("words", []), sections.get("not subjects", [])
    return (re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I) if words else re.compile(r"(?!)"),
            re.compile(r"(?:" + "|".join(subjects) + r")\b", re.I) if subjects else re.compile(r"(?!)"))


def _advises(body: str, words: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    """The point advises within its first words, and is no question ("Who should fund the training?": a list
    of open questions asks, it does not advise) nor a call's condition ("Applicants must be SMEs …": its
    subject opens the point and is one of the ``[not subjects]``)."""
    advice, not_subjects = words
    lead = " ".join(body.split()[:_ADVICE_WITHIN_WORDS])
    m = advice.search(lead)
    if body.rstrip().endswith("?") or m is None or _RELATIVE.search(lead, 0, m.start()):
        return False  # a question, no advice, or advice in a relative clause ("Cluster Day, where members should …")
    return not_subjects.fullmatch(lead[:m.start()].strip()) is None


def _section(text: str, blocks: tuple[Block, ...], first: int) -> str:
    """The lead-in line right before the list, else the heading the list stands under."""
    if first > 0 and blocks[first - 1].kind != "list_item":
        before = " ".join(text[blocks[first - 1].start:blocks[first - 1].end].split()).lstrip("#* ")
        if blocks[first - 1].kind in ("heading", "line") or before.endswith(":"):
            return SENTENCE_END.split(before)[-1].rstrip(" :")
    return (blocks[first].section or "").strip()


def advice_lists(text: str, blocks: tuple[Block, ...], data_dir: Path,
                 plans: re.Pattern[str]) -> list[tuple[Block, str]]:
    """(list item, section) for every point of every advice list of the document, in order."""
    words = _advice_words(data_dir)
    out: list[tuple[Block, str]] = []
    k = 0
    while k < len(blocks):
        if blocks[k].kind != "list_item":
            k += 1
            continue
        end = k
        while end < len(blocks) and blocks[end].kind == "list_item":
            end += 1
        run = blocks[k:end]
        section = _section(text, blocks, k)
        if len(run) >= 2 and all(_advises(text[b.start:b.end], words) for b in run) and not plans.search(section):
            out.extend((b, section) for b in run)
        k = end
    return out
