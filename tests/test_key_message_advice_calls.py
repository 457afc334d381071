"""A funding call named as a noun ("Two calls for cluster partnerships are currently open:", "Open calls for
proposals:") is no lead-in of key messages, though "calls for" is one as a verb ("The alliance calls for:"):
``key_message_not_lead_ins.txt``. Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "News from the platform\n\nTwo calls for cluster partnerships are currently open under the Single Market Programme:\n"
    "- Resilient value chains – consortia of at least three clusters must apply by 12 May\n"
    "- Green skills partnerships – four to six clusters should team up; deadline 30 June\n",
    "Funding news\n\nOpen calls for proposals:\n- Digital twins for SMEs – projects should involve at least two regions\n"
    "- Hydrogen valleys – grants of up to EUR 2 million\n",
    "Funding news\n\nThe following calls for applications close in June:\n- Skills for the blue economy – training "
    "providers must partner with a cluster\n- Circular textiles – regions should co-fund pilots\n",
])
def test_calls_as_nouns_announce_no_key_messages(extract, text):
    assert extract(text).key_messages == ()


def test_calls_for_as_a_verb_still_announces_them(extract):
    text = ("In its position paper the alliance calls for:\n- stable funding for cluster organisations\n"
            "- simpler rules for cross-border projects\n")
    assert [(k.text, k.rule) for k in extract(text).key_messages] == [
        ("stable funding for cluster organisations", "list_after_lead_in"),
        ("simpler rules for cross-border projects", "list_after_lead_in")]


# priorities set for a new board or a coming period are plans (key_message_not_lead_ins.txt)
@pytest.mark.parametrize("text", [
    "New board elected\n\nThe General Assembly also approved three priorities for the new board:\n"
    "1️⃣ more timber in public schools\n2️⃣ a regional label for local wood\n",
    "Annual meeting\n\nOur priorities for the coming year:\n- a joint stand at the Hannover fair\n"
    "- a training course for welders\n",
    "The network agreed on two priorities for its next term:\n- a common export brand\n- a shared test laboratory\n",
])
def test_priorities_for_a_new_board_are_plans(extract, text):
    assert extract(text).key_messages == ()
