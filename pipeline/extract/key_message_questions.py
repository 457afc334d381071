"""Key messages: the shapes of a heading or a lead-in that announce them without a key-message noun, and the shapes
of the lists that are no messages although a lead-in announces them (:mod:`pipeline.extract.key_messages` emits the
rows).

Rule "list_under_question_heading" (:func:`is_question_heading`): a position paper or a policy brief often asks
its demands as a question heading, "What do clusters need?", "What should regions change?", "Was brauchen die
Cluster?", "Co potrzebują klastry?", "Qu'attendent les pôles ?", "¿Qué necesitan los clústeres?", and lists the
answers below it. A short heading (at most twelve words) that ends in a question mark and holds a verb of needing,
wanting or asking of ``data/key_message_languages.csv`` (rows of kind ``question``, in every language of
``languages.csv``) announces the list right below it (perhaps after a lead-in that ends in a colon). Only a list
counts: an interview's question over an answer in prose ("What do members need most?" then a paragraph) gives
none, nor does a question with another verb ("Who can apply?", "How do I register?" over the steps) or one that the
verb opens ("Need help?", "Besoin d'aide ?", "Want to host a summit?": a help desk's or an invitation's line over
contacts), nor a programme row that opens with its time or date ("11:45 Panel: What do processors need?" over the
panellists).

Rule family "arrangements in an e-mail" (:func:`arrangements`): in an e-mail, a lead-in whose cue is a verb of
agreement or proposal (``key_message_languages.csv``, concepts ``agreed`` and ``proposes``), without a key-message noun ("Summary of what we agreed:", "To sum up what we agreed on
the phone:", "For day 2 I propose:"), announces the arrangements of a meeting or a visit (keynote, workshops,
budget, the day's visits): planning notes, not key messages. A lead-in of an e-mail that names conclusions,
recommendations or a counted noun ("The peers made three recommendations:") still announces them.

Rule family "plans, then a verb" (:func:`names_plans`): a lead-in that names plans (``key_message_not_lead_ins.txt``)
announces no key messages ("The board agreed on the following next steps:", "The partners endorsed a roadmap with
three priorities:"), unless a verb that announces them comes after the plans word ("We adopted the work programme for
2037 and agreed on three priorities, which I can summarise:", "The board approved the action plan and concluded
that:"): the list is what the later verb announces.
"""
from __future__ import annotations

import re

from pipeline.extract.key_message_inline import plans_pattern
from pipeline.extract.key_message_shapes import calendar_entries
from pipeline.extract.rules import Rules

_MAX_QUESTION_WORDS = 12
_MARKUP = re.compile(r"^[\W\d]+|[*_\s]+$")  # "## 3. ", "**…**" around a heading


def is_question_heading(heading: str, rules: Rules) -> bool:
    """True for a short question heading that asks what someone needs, wants or asks for ("What do clusters
    need?", "Was brauchen Cluster?", "Co potrzebują klastry?")."""
    bare = _MARKUP.sub("", heading)
    if not bare.endswith("?") or len(bare.split()) > _MAX_QUESTION_WORDS or calendar_entries([heading.lstrip("#* ")]):
        return False  # "11:45  Podiumsdiskussion: Was brauchen Verarbeiter …?": a programme row, its panel below
    m = rules.key_message_questions.search(bare)
    return m is not None and m.start() > 0  # "Need help?", "Besoin d'aide ?", "Want to host a summit?": a help desk


def arrangements(lead: str, fmt: str, rules: Rules) -> bool:
    """True for an e-mail's lead-in that names no key-message noun ("Summary of what we agreed", "For day 2 I
    propose"): planning notes follow, not key messages."""
    if fmt != "eml" or rules.key_message_arranging.search(lead) is None:
        return False
    return rules.key_message_headings.search(lead) is None and rules.key_message_counted.search(lead) is None


def names_plans(lead: str, rules: Rules) -> bool:
    """True when the lead-in ``lead`` names plans and no verb cue ("agreed on", "recommends", not a key-message noun:
    "three priorities", "the following priorities") comes after its last plans word."""
    plans = [m.end() for m in plans_pattern(rules.data_dir).finditer(lead)]
    if not plans:
        return False
    return not any(m.start() >= plans[-1] and rules.key_message_nouns.search(m.group()) is None
                   and rules.key_message_headings.search(m.group()) is None for m in rules.key_message_lead_ins.finditer(lead))
