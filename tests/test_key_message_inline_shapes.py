"""Key messages enumerated inline in prose: after a lead-in in the present tense, and under a key-message heading
without a lead-in of their own; lead-ins that announce planned actions give none."""
from __future__ import annotations

import pytest

# (text, every key_messages row (text, section, rule)), one row per point, in order
INLINE = [
    # a review or a study states its conclusions in the present tense ("concludes that", "find that", "notes that")
    ("3. Conclusions of the peer review\n\nAfter two days of interviews, the peers conclude that (1) the network is well run, "
     "(2) its fees are too low, and (3) the board should include more start-ups.\n\nThe board accepted the conclusions.",
     [("the network is well run", "After two days of interviews, the peers conclude that", "inline_after_lead_in"),
      ("its fees are too low", "After two days of interviews, the peers conclude that", "inline_after_lead_in"),
      ("the board should include more start-ups", "After two days of interviews, the peers conclude that", "inline_after_lead_in")]),
    ("Review\n\nThe evaluators find that (a) members value the test lab; (b) the website is out of date.",
     [("members value the test lab", "The evaluators find that", "inline_after_lead_in"),
      ("the website is out of date", "The evaluators find that", "inline_after_lead_in")]),
    ("Summary\n\nOur study notes that (1) exports grew by a third and (2) half of the members hired new staff.",
     [("exports grew by a third", "Our study notes that", "inline_after_lead_in"),
      ("half of the members hired new staff", "Our study notes that", "inline_after_lead_in")]),
    # under a key-message heading, numbered items in a sentence without a lead-in: the heading is their section
    ("Conclusions\n\nIn the view of the visiting team, (1) the cluster is too dependent on one funder, (2) its members trust "
     "each other, and (3) the regional agency should join the board.\n\nContact us.",
     [("the cluster is too dependent on one funder", "Conclusions", "inline_under_key_heading"),
      ("its members trust each other", "Conclusions", "inline_under_key_heading"),
      ("the regional agency should join the board", "Conclusions", "inline_under_key_heading")]),
    ("Zaključci\n\nNakon rasprave: (1) klaster treba više članova, (2) općine trebaju zajednički ured.",
     [("klaster treba više članova", "Zaključci", "inline_under_key_heading"),
      ("općine trebaju zajednički ured", "Zaključci", "inline_under_key_heading")]),
    ("Recomendações\n\nEm síntese, a) as empresas devem partilhar dados; b) o governo deve simplificar os apoios.",
     [("as empresas devem partilhar dados", "Recomendações", "inline_under_key_heading"),
      ("o governo deve simplificar os apoios", "Recomendações", "inline_under_key_heading")]),
    # the last of ";"-separated items loses its "and"
    ("Wrap-up\n\nThe jury agreed on three points: grants should be smaller; calls should open twice a year; and reports "
     "should be shorter.",
     [("grants should be smaller", "The jury agreed on three points", "inline_after_lead_in"),
      ("calls should open twice a year", "The jury agreed on three points", "inline_after_lead_in"),
      ("reports should be shorter", "The jury agreed on three points", "inline_after_lead_in")]),
    # numbered points written as sentences of their own, each opened by the next marker: under a heading, after a lead-in
    ("5. Recommendations\n\nThe evaluators met the board on 3 March. (1) The cluster should charge a yearly fee. (2) The "
     "board should meet four times a year. (3) A part-time manager should be hired.\n\nThe board will answer in May.",
     [("The cluster should charge a yearly fee", "5. Recommendations", "inline_under_key_heading"),
      ("The board should meet four times a year", "5. Recommendations", "inline_under_key_heading"),
      ("A part-time manager should be hired", "5. Recommendations", "inline_under_key_heading")]),
    ("Findings\n\nForty members replied to the survey. (a) Most members export. (b) Few of them share staff, and none shares a lab.",
     [("Most members export", "Findings", "inline_under_key_heading"),
      ("Few of them share staff, and none shares a lab", "Findings", "inline_under_key_heading")]),
    ("Visit report\n\nOn the last day the experts made the following recommendations. (1) Universities should open their "
     "labs to members. (2) The region should fund a shared clean room. Lunch was served at the port.",
     [("Universities should open their labs to members", "On the last day the experts made the following recommendations",
       "inline_after_lead_in"),
      ("The region should fund a shared clean room", "On the last day the experts made the following recommendations",
       "inline_after_lead_in")]),
    # none: numbered sentences that describe a work plan
    ("Conclusions\n\nThe work plan for next year is short. (1) Audits start in May. (2) Training follows in June.", []),
    # none: plans under a conclusions heading, an imperative "note that", actions a board proposes after citing findings
    ("Conclusions\n\nThe work plan has three parts: (1) audits, (2) training and (3) a final event.", []),
    ("Practical information\n\nPlease note that (1) the venue opens at 9:00 and (2) lunch is provided.", []),
    ("Update\n\nIn the light of these findings the board proposes three actions for next year: a shared lab; a joint stand at "
     "the fair; and a course for quality managers.", []),
    ("Key findings\n\n- Few firms recycle their scrap.\n- Testing takes too long.\n\nThe board agreed on the following actions:\n"
     "- open a shared lab\n- hire a testing engineer",
     [("Few firms recycle their scrap", "Key findings", "list_under_key_heading"),
      ("Testing takes too long", "Key findings", "list_under_key_heading")]),
]


@pytest.mark.parametrize("text,points", INLINE)
def test_key_messages_inline_shapes(extract, text, points):
    assert [(k.text, k.section, k.rule) for k in extract(text).key_messages] == points
