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
    ("The board agreed on three priority recommendations:", True),  # a lead-in: the pattern anywhere
    ("The board agreed on three priority recommendations", False),  # no colon: a sentence, not a lead-in
    ("The board discussed the following points:", False),
    ("Main lessons from the pilot", True),
    ("Key points", True),
    ("Points of contact", False),
    ("4. DECISIONS", True),  # minutes: the meeting's main outcomes
    ("Main decisions taken", True),
    ("The board postponed its decisions on the budget until June", False),
    ("Market demands", False),  # a topic, not the network's demands
    ("What we learned from the pilots", True),
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


def test_key_messages_under_numbered_section_and_lead_in(extract):
    text = ("Regional voucher exchange\n\n"
            "1. Context\n\n"
            "Agencies from nine regions compared their voucher schemes for young firms in Graz.\n\n"
            "2. Conclusions\n\n"
            "The agencies agreed on the following points:\n"
            "1. Vouchers should stay below ten thousand euros.\n"
            "2. Regions should accept vouchers from their neighbours.\n\n"
            "3. Next steps\n\n"
            "The group meets again in the autumn.")
    result = extract(text)
    assert [k.text for k in result.key_messages] == [
        "Vouchers should stay below ten thousand euros", "Regions should accept vouchers from their neighbours"]
    assert [k.ordinal for k in result.key_messages] == [1, 2]  # listed once, not for the section and its lead-in


def test_key_messages_lead_in_with_keyword_needs_colon_and_list(extract):
    text = ("Voucher exchange\n\n"
            "1. Programme\n\n"
            "The agencies presented the following schemes:\n"
            "1. Graz runs a design voucher.\n"
            "2. Lyon runs a testing voucher.\n")
    assert extract(text).key_messages == ()


def test_key_messages_pdf_heading_line_then_bullets_after_blank_line(extract):
    text = ("Agencies from six regions met in Graz to compare their voucher schemes for young firms in detail.\n\n"
            "Main findings\n\n"
            "• Vouchers work best when they are small\nand quick to grant.\n\n"
            "• Rules must stay stable for years.\n\n"
            "The next meeting will be held in the spring.")
    assert [k.text for k in extract(text).key_messages] == [
        "Vouchers work best when they are small and quick to grant", "Rules must stay stable for years"]


def test_key_messages_heading_pattern_on_a_line_block_right_before_items(rules):
    from pipeline.extract.key_messages import extract_key_messages
    from pipeline.records import Block, IngestedDocument, SegmentedDocument

    text = "Main findings\nVouchers work best when small.\nRules must stay stable.\nContact: the secretariat"
    blocks = (Block("line", 0, 13), Block("list_item", 14, 44), Block("list_item", 45, 68), Block("line", 69, 93))
    doc = IngestedDocument("d", "d.txt", "txt", "x", text)
    kms = extract_key_messages(SegmentedDocument(doc=doc, blocks=blocks, sentences=()), rules)
    assert [k.text for k in kms] == ["Vouchers work best when small", "Rules must stay stable"]
    # A line with the pattern but no list right below it announces nothing.
    blocks = (Block("line", 0, 13), Block("paragraph", 14, 68), Block("line", 69, 93))
    assert extract_key_messages(SegmentedDocument(doc=doc, blocks=blocks, sentences=()), rules) == []


def test_key_messages_labelled_decisions_in_minutes(extract):
    """"D1." ... "D3." under "CONCLUSIONS AND DECISIONS": one point each, wrapped and indented lines
    folded, labels dropped; the action points after the next heading are not points."""
    text = ("MINUTES OF THE 3RD MEETING\n\n"
            "The group discussed the work plan for the coming year in detail with all members.\n\n\n"
            "4. CONCLUSIONS AND DECISIONS\n\n"
            "D1. The group endorses the joint mission to Chile from 3 to 7 March 2026 (Santiago and\n"
            "    Valparaíso) and asks the Secretariat to prepare it.\n"
            "D2. The mission will include a track on mining equipment.\n"
            "D3. The group will meet online, except for one physical meeting per year linked to the\n"
            "    General Assembly.\n\n\n"
            "5. ACTION POINTS\n\n"
            "A1. Circulate the concept note.\n"
            "A2. Survey the members.\n")
    assert [k.text for k in extract(text).key_messages] == [
        "The group endorses the joint mission to Chile from 3 to 7 March 2026 (Santiago and Valparaíso) "
        "and asks the Secretariat to prepare it",
        "The mission will include a track on mining equipment",
        "The group will meet online, except for one physical meeting per year linked to the General Assembly"]


# --- lead-in sentences and inline enumerations (list_after_lead_in, inline_after_lead_in) -------------
@pytest.mark.parametrize("body, expected", [
    ("The study covered forty clusters in nine countries. The authors recommend:", "The authors recommend"),
    ("Our federation keeps advocating for:", "Our federation keeps advocating for"),
    ("At the close of the day, the most important outcomes were:", "At the close of the day, the most important outcomes were"),
    ("Delegates agreed that:", "Delegates agreed that"),
    ("The mayors called for:", "The mayors called for"),
    ("The strategy has four pillars:", "The strategy has four pillars"),
    ("The board discussed the following points:", None),  # no lead-in phrase: an agenda, not messages
    ("Register here:", None),
    ("The authors recommend a second edition.", None),  # no colon: nothing is announced
])
def test_key_messages_lead_in_rule(rules, body, expected):
    from pipeline.extract.key_messages import lead_in

    assert lead_in(body, rules) == expected


def test_key_messages_list_after_lead_in_rows(extract):
    text = ("Ports and clusters\n\n"
            "A survey of port clusters in the Baltic was finished this spring. The authors recommend:\n"
            "1. Shared shore power standards.\n"
            "2. A joint training budget for crane operators.\n\n"
            "Delegates agreed that:\n"
            "- freight data must be open to members;\n"
            "- regional hubs need a single contact point.\n\n"
            "The team thanked all partners for their time.")
    rows = [(k.ordinal, k.section, k.text, k.rule) for k in extract(text).key_messages]
    assert rows == [
        (1, "The authors recommend", "Shared shore power standards", "list_after_lead_in"),
        (2, "The authors recommend", "A joint training budget for crane operators", "list_after_lead_in"),
        (3, "Delegates agreed that", "freight data must be open to members", "list_after_lead_in"),
        (4, "Delegates agreed that", "regional hubs need a single contact point", "list_after_lead_in"),
    ]


def test_key_messages_list_cut_off_at_end_of_text(extract):
    text = ("Fisheries forum\n\nThe forum ended with a short debate. The main conclusions were:\n"
            "- Quotas need regional data\n- Small boats need their own fund and")
    assert [k.text for k in extract(text).key_messages] == ["Quotas need regional data", "Small boats need their own fund and"]


@pytest.mark.parametrize("sentence, section, points", [
    ("The panel closed with three messages: (1) skills come first, (2) funding must last ten years and (3) data needs trust.",
     "The panel closed with three messages", ["skills come first", "funding must last ten years", "data needs trust"]),
    ("The study recommends a) a single help desk, b) simpler forms, and c) faster payments.",
     "The study recommends", ["a single help desk", "simpler forms", "faster payments"]),
    ("The key findings are: most firms lack data staff; few use public labs; almost none share machines.",
     "The key findings are", ["most firms lack data staff", "few use public labs", "almost none share machines"]),
    ("The alliance is advocating for stable cluster budgets, for lighter reporting and for an open door to Ukraine.",
     "The alliance is advocating for", ["stable cluster budgets", "lighter reporting", "an open door to Ukraine"]),
])
def test_key_messages_inline_enumeration_after_lead_in(extract, sentence, section, points):
    text = f"Notes from the meeting\n\nThe meeting took place online with thirty members.\n\n{sentence}\n\nContact us for details."
    rows = [(k.section, k.text, k.rule) for k in extract(text).key_messages]
    assert rows == [(section, p, "inline_after_lead_in") for p in points]


@pytest.mark.parametrize("sentence", [
    "The agenda has three parts: (1) welcome, (2) pitches and (3) networking.",  # no lead-in phrase
    "The network meets twice a year, in spring and in autumn, for two days.",
    "The study recommends (see page 4) stronger links.",  # one bracket is not an enumeration
])
def test_key_messages_no_inline_points_without_lead_in_and_items(extract, sentence):
    text = f"Notes\n\nThe meeting took place online with thirty members.\n\n{sentence}\n\nContact us."
    assert extract(text).key_messages == ()


@pytest.mark.parametrize("heading", ["Results", "Key facts", "Pillars", "What we learned", "What we've learnt", "Our asks", "Key demands"])
def test_key_messages_more_heading_words(extract, heading):
    # (points that state something: under "Results" or "Key facts" a tally without a verb gives none, see below)
    text = f"Project report\n\nThe project ran for three years in five regions of the Alps.\n\n{heading}\n- Ten pilots ran\n- Six regions joined the network\n"
    rows = [(k.section, k.text) for k in extract(text).key_messages]
    assert rows == [(heading, "Ten pilots ran"), (heading, "Six regions joined the network")]


@pytest.mark.parametrize("text, section, points", [
    ("Wrap-up\n\nIn the last session the mayors asked for faster permits, for one regional contact desk, and for "
     "shared test beds.", "In the last session the mayors asked for",
     ["faster permits", "one regional contact desk", "shared test beds"]),
    ("Wrap-up\n\nThe members argued for a simpler label, for open data on members and for a yearly review. "
     "Nothing else was decided.", "The members argued for",
     ["a simpler label", "open data on members", "a yearly review"]),
    ("Wrap-up\n\nYoung founders pressed for cheaper office space, for mentors from industry, and for faster "
     "payments by public buyers.", "Young founders pressed for",
     ["cheaper office space", "mentors from industry", "faster payments by public buyers"]),
])
def test_key_messages_inline_series_after_request_verbs(extract, text, section, points):
    result = extract(text)
    assert [k.text for k in result.key_messages] == points
    assert {k.section for k in result.key_messages} == {section}
    assert {k.rule for k in result.key_messages} == {"inline_after_lead_in"}


def test_key_messages_no_series_after_a_single_request(extract):
    assert extract("News\n\nThe board asked for comments by Friday and for a short answer.").key_messages == ()


@pytest.mark.parametrize("text, points", [
    ("Recap\n\nThe panel argued for shorter calls, for one portal and for lighter audits. Ines added a fourth point "
     "from the chat: small clusters need model contracts. Thanks to all.",
     ["shorter calls", "one portal", "lighter audits", "small clusters need model contracts"]),
    ("Recap\n\nThe speakers called for stable budgets, for skills funds and for open data. The chair raised one "
     "further recommendation: regions should pool their test sites.",
     ["stable budgets", "skills funds", "open data", "regions should pool their test sites"]),
    ("Recap\n\nWe call on ministers to act on three points: (1) fund the hubs, (2) publish one calendar, and (3) "
     "simplify reports. A final message came from the floor: keep the network alive.",
     ["fund the hubs", "publish one calendar", "simplify reports", "keep the network alive"]),
])
def test_key_messages_point_added_after_inline_points(extract, text, points):
    result = extract(text)
    assert [k.text for k in result.key_messages] == points
    assert result.key_messages[-1].rule == "added_point"


@pytest.mark.parametrize("text, points", [
    ("Next steps\n\nWe ask the ministries to act on three points: (1) align programmes with regional "
     "strategies, (2) open a small joint fund, and (3) accept labels from neighbouring countries.",
     ["align programmes with regional strategies", "open a small joint fund", "accept labels from neighbouring countries"]),
    ("Outcome\n\nThe network set out two requests: (a) a yearly meeting with the managing authority and (b) a "
     "shared data portal.", ["a yearly meeting with the managing authority", "a shared data portal"]),
    ("Outcome\n\nParticipants put forward four ideas: (1) mentoring, (2) a skills map, (3) joint stands, and (4) a "
     "common newsletter.", ["mentoring", "a skills map", "joint stands", "a common newsletter"]),
])
def test_key_messages_inline_after_counted_points(extract, text, points):
    assert [k.text for k in extract(text).key_messages] == points


@pytest.mark.parametrize("text, points", [
    ("A framework in three pillars\n\n- Pillar 1 – Governance: every region names a lead cluster.\n"
     "- Pillar 2 – Data: clusters share member data every year.\n- Pillar 3: regions fund joint projects.\n\nMore text.",
     ["every region names a lead cluster", "clusters share member data every year", "regions fund joint projects"]),
    ("Recommendations\n\n- Recommendation 1: keep the cluster budget stable.\n- Recommendation 2 – Skills: fund "
     "trainers in every region.\n\nMore text.", ["keep the cluster budget stable", "fund trainers in every region"]),
    ("Key findings\n\n1. Language matters: firms answer surveys in their own language.\n2. Skills remain the "
     "bottleneck: few firms find engineers.\n\nMore text.",  # a clause before the colon is part of the point
     ["Language matters: firms answer surveys in their own language", "Skills remain the bottleneck: few firms find engineers"]),
])
def test_key_messages_numbered_label_is_not_part_of_the_point(extract, text, points):
    assert [k.text for k in extract(text).key_messages] == points


@pytest.mark.parametrize("text, points", [
    ("II. FINDINGS\n\n4. The delegates noted that:\n   (a) clusters react fast in crises;\n   (b) budgets differ a lot.\n\n"
     "III. NEXT\n\nText.", ["clusters react fast in crises", "budgets differ a lot"]),
    ("Conclusions\n\n1. The board agreed that:\n - members share one calendar;\n - the label is renewed.\n\nEnd.",
     ["members share one calendar", "the label is renewed"]),
    ("Recommendations\n\n2. The jury recommends:\n   – to the regions: to fund hubs;\n   – to the clusters: to share data.\n\nEnd.",
     ["to the regions: to fund hubs", "to the clusters: to share data"]),
])
def test_key_messages_numbered_lead_in_is_not_a_point(extract, text, points):
    assert [k.text for k in extract(text).key_messages] == points


@pytest.mark.parametrize("text, points", [
    ("LESSONS LEARNT\n\nThree lessons stand out:\n\n 1. Customers want a single contact\n    person for all tests.\n"
     " 2. Winter test tracks must be\n    planned three years ahead.\n 3. Start-ups buy short\n    test sprints\n\n"
     "                       page 8\n-------------\n", ["Customers want a single contact person for all tests",
                                                     "Winter test tracks must be planned three years ahead",
                                                     "Start-ups buy short test sprints"]),
    ("Key findings\n\n- Regions with a cluster law fund their clusters\n  for longer periods.\n- Most clusters lack data\n"
     "  on their members.\n\nPage 2 of 5\n", ["Regions with a cluster law fund their clusters for longer periods",
                                           "Most clusters lack data on their members"]),
    ("Takeaways\n\n1. Shared labs pay off when\n   members book them early;\n2. Joint stands at fairs cut costs\n\n- 4 -\n",
     ["Shared labs pay off when members book them early", "Joint stands at fairs cut costs"]),
])
def test_key_messages_hanging_indent_and_page_markers(extract, text, points):
    assert [k.text for k in extract(text).key_messages] == points


@pytest.mark.parametrize("text", [
    "Board notes\n\nThe board agreed on the following next steps:\n- send the survey in May\n- book the venue\n\nEnd.",
    "Board notes\n\nParticipants agreed on three points for the work plan: (1) a survey, (2) a new website and (3) a "
    "members' day.",
    "Board notes\n\nThe partners agreed on the follow-up:\n1. Minutes within a week\n2. A call in June\n\nEnd.",
    "Kick-off notes\n\nThe consortium agreed on its first calendar:\n- Webinar for members: 3 March\n- Open call: May to July\n\nEnd.",
    "Project news\n\nThe steering group adopted the following schedule:\n1. Survey of firms: spring\n2. Pilot visits: autumn\n\nEnd.",
    "Project news\n\nThe partners endorsed a roadmap with three priorities:\n- a shared lab in 2026\n- a joint stand at fairs\n\nEnd.",
])
def test_key_messages_lead_in_naming_plans_gives_none(extract, text):
    assert extract(text).key_messages == ()


@pytest.mark.parametrize("text", [
    "Results\n\n- Nordic Water Cluster (Finland)\n- AgriFood Lithuania\n- Tecnalia Research & Innovation\n\nEnd.",
    "Key facts\n\n- 164 B2B meetings\n- 97 organisations\n- 12 countries\n\nEnd.",
    "Main outcomes\n\n1. Gold label: Basque Energy Cluster\n2. Silver label: Cluster Digital Wallonia\n\nEnd.",
])
def test_key_messages_lists_of_names_or_figures_give_none(extract, text):
    assert extract(text).key_messages == ()


# Rule family "title item": plain-text reports number their section headings like their points, so a
# heading may be read as one more list item; it ends the list above it and may start a list of its own.
@pytest.mark.parametrize("text, points", [
    ("Minutes of the spring meeting\n\n"
     "3. Budget\n- The treasurer presented the accounts.\n"
     "4. MAIN DECISIONS\n"
     "- Fees for start-up members are halved from next year.\n"
     "- The office moves to the science park in autumn.\n"
     "5. CLOSING\nThe chair closed the meeting at noon.\n",
     ["Fees for start-up members are halved from next year", "The office moves to the science park in autumn"]),
    ("Workshop report\n\n"
     "1. KEY FINDINGS\n"
     "  1. Few ports offer shore power to small ferries.\n"
     "  2. Ship owners wait for a common charging standard.\n"
     "2. NEXT STEPS\n"
     "  1. The network will draft a standard by March.\n\n"
     "Contact: office@example.org\n",
     ["Few ports offer shore power to small ferries", "Ship owners wait for a common charging standard"]),
    ("Forum report\n\n"
     "- Session II on logistics\n"
     "- CONCLUSIONS / SCHLUSSFOLGERUNGEN\n"
     "--------------------------------\n"
     "- Rail freight needs night slots that clusters can bundle.\n"
     "- Customs data should be shared once, not per border.\n"
     "- WHAT COMES NEXT\n"
     "- A pilot corridor opens in spring.\n",
     ["Rail freight needs night slots that clusters can bundle", "Customs data should be shared once, not per border"]),
])
def test_key_messages_title_item_heading_in_a_list(extract, text, points):
    assert [k.text for k in extract(text).key_messages] == points


# Rule family "grouped points": one list of recommendations split into groups by short lead-ins.
@pytest.mark.parametrize("text, points", [
    ("Policy recommendations\n\n"
     "For cluster organisations:\n- Offer one service desk for export questions.\n\n"
     "For regional governments:\n- Fund cluster managers for five years.\n- Measure outcomes, not events.\n\n"
     "About this paper\n\nIt was written by two researchers.\n",
     ["Offer one service desk for export questions", "Fund cluster managers for five years", "Measure outcomes, not events"]),
    ("Our recommendations\n\n"
     "Short term:\n1. Publish the map of test beds.\n2. Open the voucher call to start-ups.\n"
     "Long term:\n1. Create a permanent cluster fund.\n\n"
     "Thanks to all who took part in the survey and the interviews last spring.\n",
     ["Publish the map of test beds", "Open the voucher call to start-ups", "Create a permanent cluster fund"]),
    ("Key messages\n\n"
     "Member States should:\n- align their cluster programmes.\n"
     "The Commission should:\n- keep a cluster strand in the budget.\n"
     "Next steps:\n- a follow-up webinar in June.\n",
     ["align their cluster programmes", "keep a cluster strand in the budget"]),
])
def test_key_messages_grouped_points_under_one_heading(extract, text, points):
    assert [k.text for k in extract(text).key_messages] == points


# Lead-ins that announce lists of things done or people chosen, not messages, under a results-like heading;
# and activity-report highlights, which are news, not messages.
@pytest.mark.parametrize("text", [
    "Results\n\nThree agreements were signed at the closing session:\n- Cluster A and University B (joint lab)\n"
    "- Cluster C and Port D (data sharing)\n\nEnd.",
    "Main outcomes\n\nThe following members were elected to the board:\n- Jane Roe for the software companies\n"
    "- John Doe for the research institutes\n\nEnd.",
    "Outcomes\n\nThe winners of this year's awards are:\n- a start-up that recycles wind blades\n"
    "- a cluster that trains welders online\n\nEnd.",
    "Activity report\n\nThe manager presented the year. Highlights:\n- twelve new members joined the network;\n"
    "- the summer school had record attendance;\n\nThe report was approved.",
    # rule family "calendar entries": every item opens with its date, even after a lead-in that recommends
    "Call for vouchers\n\nWe strongly recommend attending one of the info sessions before applying:\n"
    "- Mon 3 March – online, 10:00–11:00, in French\n- Thu 13 March – Liège, chamber of commerce, with short clinics\n",
    "Workshop\n\nRecommendations\n- 14 May: webinar on shared test sites for the members\n"
    "- 2 June: visit to the port of Gdynia with the partners\n",
    "Forum\n\nParticipants agreed on the following recommendations:\n- 05.06. – first meeting of the new working group\n"
    "- 19.06. – second meeting of the working group in Turin\n",    # … or its time of day: a programme proposed or recommended in a message
    "Hello Marta,\n\nFor the second day in Namur I propose:\n\n- 09:30 welcome at our offices and a tour of the lab\n"
    "- 11:00 visit of the sawmill in the valley\n- 14h00 lunch with the members of the board\n\nBest regards",
    "Study trip\n\nWe recommend the following programme:\n- 10.15–11.00 presentation of the regional cluster strategy\n"
    "- 11.30–12.30 guided walk through the new logistics hub\n",
    "Key takeaways\n\n- 9:00 coffee and registration in the hall\n- 9:30 opening words by the mayor of the town\n",
])
def test_key_messages_lists_of_other_things_give_none(extract, text):
    assert extract(text).key_messages == ()


# Rule family "numbered section item": a mixed-case numbered section heading that segment reads as a
# list item, recognised because the numbering breaks around it.
@pytest.mark.parametrize("text, section, points", [
    ("Report of the Baltic Cluster Forum\n\n2. Programme\nThe forum had four sessions.\n\n3. Key conclusions\n"
     "1. Small regions need simpler funding rules for joint projects.\n2. Skills programmes work best when companies co-design them.\n"
     "3. Data sharing between clusters should become routine.\n\n4. Next steps\nThe secretariat will publish the report in May.\n",
     "Key conclusions", ["Small regions need simpler funding rules for joint projects",
                         "Skills programmes work best when companies co-design them",
                         "Data sharing between clusters should become routine"]),
    ("Notes of the members' day\n\n1. Welcome\n2. Main takeaways\n1. Members want more joint trade-fair stands abroad.\n"
     "2. The voucher scheme is too slow for start-ups.\n3. Training on AI should start with shop-floor staff.\n3. Any other business\n",
     "Main takeaways", ["Members want more joint trade-fair stands abroad", "The voucher scheme is too slow for start-ups",
                        "Training on AI should start with shop-floor staff"]),
    ("Workshop summary\n\n4. Recommendations\n1. Open the voucher scheme to micro-firms.\n2. Publish calls in English as well.\n"
     "5. Acknowledgements\nWe thank the hosts.\n",
     "Recommendations", ["Open the voucher scheme to micro-firms", "Publish calls in English as well"]),
])
def test_key_messages_numbered_section_heading_read_as_list_item(extract, text, section, points):
    _assert_points(extract(text).key_messages, section, points)


def _assert_points(kms, section, points):
    """The points' texts in order, all under ``section``."""
    assert [k.text for k in kms] == points
    assert {k.section for k in kms} == {section}


def test_key_messages_short_numbered_points_are_not_section_headings(extract):
    # numbering runs on (1, 2, 3): the short items are points, not headings
    text = "Forum outcomes\n\nKey messages\n1. Energy autonomy matters.\n2. Talent retention\n3. Funding for cross-island projects\n"
    assert [k.text for k in extract(text).key_messages] == ["Energy autonomy matters", "Talent retention",
                                                            "Funding for cross-island projects"]


def test_key_messages_numbered_section_after_bullet_points_ends_the_list(extract):
    text = ("Workshop notes\n\n2. Main messages\n• Regions should share one indicator set\n• Surveys must stay short for firms\n"
            "3. Open questions (for the next meeting)\n- Who hosts the shared database?\n- How often should data be collected?\n")
    kms = extract(text).key_messages
    assert [k.text for k in kms] == ["Regions should share one indicator set", "Surveys must stay short for firms"]


# Rule "advice_list": a list whose every point advises someone ("should", "must", "need to"), whatever its heading.
@pytest.mark.parametrize("text, expected", [
    ("Policy options\n\n1. Port authorities should publish their investment plans through clusters.\n"
     "2. Regional programmes should fund shared testing sites for five years.\n",
     [("Port authorities should publish their investment plans through clusters", "Policy options"),
      ("Regional programmes should fund shared testing sites for five years", "Policy options")]),
    ("What ministries can do\n\n- Ministries must pay cluster grants within sixty days.\n"
     "- Managing authorities need to accept one joint application.\n- Auditors should check results, not receipts.\n",
     [("Ministries must pay cluster grants within sixty days", "What ministries can do"),
      ("Managing authorities need to accept one joint application", "What ministries can do"),
      ("Auditors should check results, not receipts", "What ministries can do")]),
    ("The study ends with a short chapter.\n\n- Cluster managers should meet their peers across the border twice a year.\n"
     "- Every region should name one contact person for joint projects.\n",
     [("Cluster managers should meet their peers across the border twice a year", ""),  # no heading above
      ("Every region should name one contact person for joint projects", "")]),
])
def test_key_messages_advice_list(extract, text, expected):
    assert [(k.text, k.section) for k in extract(text).key_messages] == expected
    assert {k.rule for k in extract(text).key_messages} == {"advice_list"}


@pytest.mark.parametrize("text", [
    "Next steps\n\n- The secretariat should circulate the draft by May.\n- Partners must confirm their budgets.\n",
    "Action plan\n\n1. The board should adopt the budget in March.\n2. Members need to pay the fee by April.\n",
    "Tips\n\n- Applicants should read the guide.\n- Send the form by e-mail.\n",  # one point gives no advice
    "Open questions\n\n- Should regions pay for the managers' training?\n- Who should own the shared data?\n",
])
def test_key_messages_no_advice_list_of_plans_or_mixed_points(extract, text):
    assert extract(text).key_messages == ()


# Rule family "heading in parts": one version of a heading in several languages, or the part after the
# subject, names key messages.
@pytest.mark.parametrize("heading, expected", [
    ("Schlussfolgerungen des Forums / Forummets konklusioner / Conclusions of the Forum", True),
    ("Konklusioner | Conclusions", True),
    ("Conclusiones / Résultats du séminaire", True),
    ("Riga Offshore Supply Days 2027: main messages", True),
    ("Webinar recap: key takeaways for SME managers", True),
    ("15:30 – Closing session and conclusions", False),  # an agenda line
    ("Riga Offshore Supply Days 2027: programme and speakers", False),
    ("Anmeldung / Registration / Tilmelding", False),
])
def test_key_messages_heading_in_parts(rules, heading, expected):
    assert is_key_message_heading(heading, rules) is expected


def test_key_messages_key_facts_table_cells_are_no_messages(extract):
    text = ("Key facts\n\nOpening\n\n1 October 2026\n\nBudget\n\n€600,000\n\n"
            "Who can apply\n\nSMEs registered in a Member State\n")
    assert extract(text).key_messages == ()


# Rule family "figure lists": under "Results" / "Key facts", a tally of outputs without a verb is no message;
# the same heading over statements gives its points.
@pytest.mark.parametrize("text", [
    "Results\n\n- 4 demonstrators, 900 tonnes of straw processed in 2026\n- 2 regional roadmaps adopted (Tyrol, Styria)\n"
    "- A handbook for farm advisers in five languages\n\nThe project ends in June.",
    "Key facts\n\n- 57 members in three countries\n- Annual turnover of about EUR 2 million\n- Active in two Interreg projects\n\nEnd.",
    "Results\n\n- 22 company visits, 9 follow-up meetings agreed\n- One joint proposal planned under the next call\n"
    "- A partnership charter signed on 4 May\n\nEnd.",
])
def test_key_messages_tally_of_outputs_gives_none(extract, text):
    assert extract(text).key_messages == ()


@pytest.mark.parametrize("text, points", [
    ("Results\n\n- 31 bakeries tested the new ovens in two regions\n- The recipe database is open to every member\n\nEnd.",
     ["31 bakeries tested the new ovens in two regions", "The recipe database is open to every member"]),
    ("Key facts\n\n- Nine ports reached a shore-power share of 40 %\n- Costs fell from EUR 60 to EUR 35 per berth\n\nEnd.",
     ["Nine ports reached a shore-power share of 40 %", "Costs fell from EUR 60 to EUR 35 per berth"]),
    ("Main results\n\n- Five regions have added cluster services to their plans\n- Two pilots received an innovation award\n\nEnd.",
     ["Five regions have added cluster services to their plans", "Two pilots received an innovation award"]),
    ("Results\n\n- Member exports increased by 14 % in two years\n- Energy use dropped from 80 to 65 kWh per tonne\n\nEnd.",
     ["Member exports increased by 14 % in two years", "Energy use dropped from 80 to 65 kWh per tonne"]),
])
def test_key_messages_results_that_state_something_give_points(extract, text, points):
    assert [k.text for k in extract(text).key_messages] == points


@pytest.mark.parametrize("heading, expected", [
    ("What we heard", True),
    ("WHAT WE HEARD FROM THE VALLEY", True),
    ("What we found in the survey", True),
    ("Key learnings from the pilots", True),
    ("What members said", False),  # quotations, not messages
    ("What we do", False),
])
def test_key_messages_what_we_heard_headings(rules, heading, expected):
    assert is_key_message_heading(heading, rules) is expected


# A call's conditions for applicants are no advice, whatever "must" they hold; plans under a heading are no messages.
@pytest.mark.parametrize("text", [
    "Who can apply\n\n- Applicants must be start-ups younger than five years.\n- Each applicant should send one pitch deck.\n\nEnd.",
    "Open call\n\nTo be eligible, companies must:\n- be registered in a partner region;\n- employ fewer than 250 people.\n\nEnd.",
    "Selection criteria\n\n1. Proposals must show a clear market.\n2. Teams should include a technical lead.\n\nEnd.",
    "Expected outcomes\n\n- A regional map of test sites\n- Twenty trained cluster managers\n\nEnd.",
    "Next steps and recommendations\n\n- Book the venue for the spring meeting.\n- Send the survey to all members.\n\nEnd.",
    "About the review\n\nThe goals of our lessons-learnt review are:\n- To compare the pilots in four regions\n"
    "- To improve the next call\n\nEnd.",  # objectives of an exercise, not its lessons
])
def test_key_messages_conditions_and_plans_give_none(extract, text):
    assert extract(text).key_messages == ()


def test_key_messages_advice_list_still_found_beside_conditions(extract):
    text = "What regions can do\n\n- Regions should pay grants within sixty days.\n- Agencies must publish calls a year ahead.\n\nEnd."
    assert [k.text for k in extract(text).key_messages] == [
        "Regions should pay grants within sixty days", "Agencies must publish calls a year ahead"]


def test_key_messages_paragraph_points_end_at_the_next_title_line(extract):
    text = ("Forum report\n\nThe forum met in Porto.\n\nConclusions\n\n"
            "Ports need one data standard for cargo.\n\n"
            "Small shipyards should share their welding trainers.\n\n"
            "What comes next\n\nThe partners meet again in Gdańsk.")
    assert [k.text for k in extract(text).key_messages] == [
        "Ports need one data standard for cargo", "Small shipyards should share their welding trainers"]


def test_key_messages_title_line_over_short_paragraphs(extract):
    text = ("Workshop notes\n\nKey takeaways\nBakers lack night-shift staff.\n\nMills want longer contracts.\n\n"
            "Contact\n\nWrite to the cluster office.")
    rows = [(k.section, k.text) for k in extract(text).key_messages]
    assert rows == [("Key takeaways", "Bakers lack night-shift staff"), ("Key takeaways", "Mills want longer contracts")]


@pytest.mark.parametrize("text", [
    "Meeting notes\n\nThe meeting had three parts. First, the chair welcomed the guests. Second, the treasurer "
    "presented the accounts.",  # no lead-in: a narrative, not points
    "Meeting notes\n\nThe agenda had three points. First, the budget. Second, the new members.",  # plans word
    "Notes\n\nThe report makes three recommendations. First, regions should fund managers.",  # one point only
])
def test_key_messages_ordinal_sentences_need_a_lead_in_and_two_points(extract, text):
    assert extract(text).key_messages == ()


@pytest.mark.parametrize("text,section,points", [
    ("Position paper\n\nThe network calls on the Commission and the Member States to:\n\n1. Fund shared test beds for ten years.\n"
     "2. Let small firms join calls without a co-financing share.\n\nAbout us",
     "The network calls on the Commission and the Member States to",
     ["Fund shared test beds for ten years", "Let small firms join calls without a co-financing share"]),
    ("Our demands\nThe three alliances called upon regional ministers to:\n- Simplify the reporting of vouchers\n- Open training budgets to clusters\n",
     "The three alliances called upon regional ministers to",
     ["Simplify the reporting of vouchers", "Open training budgets to clusters"]),
    ("Statement\n\nWe call on national agencies, ports and universities to:\n\n- share their data on freight\n- train crane operators together\n",
     "We call on national agencies, ports and universities to",
     ["share their data on freight", "train crane operators together"]),
])
def test_key_messages_call_on_addressee_to_lead_in(extract, text, section, points):
    _assert_points(extract(text).key_messages, section, points)


def test_key_messages_call_on_without_colon_gives_none(extract):
    text = "News\n\nThe network calls on members to register before May. Registration is free.\n\n- Venue: Graz\n- Fee: none\n"
    assert extract(text).key_messages == ()


# A verb of an infinitive or a relative clause is not the point's own: under "Results" such points still tally outputs.
@pytest.mark.parametrize("text", [
    "Results\n\n- A cooperation letter with a Slovak cluster, to be signed in Bratislava in May\n"
    "- An invitation for four members to a trade fair in Lyon\n\nEnd.",
    "Results\n\n- 48 business meetings, of which 12 are judged promising by the companies\n"
    "- 3 distribution agreements signed with local importers\n\nEnd.",
    "Two concrete results came out of the visit:\n- A joint stand with a partner who will host the next mission\n"
    "- A training exchange for welders between the two regions\n\nThe delegation flew home on Friday.",
])
def test_key_messages_tally_with_verbs_of_infinitives_or_relative_clauses_gives_none(extract, text):
    assert extract(text).key_messages == ()


# Rule family "marked points": a glyph that segment does not read as a bullet opens the indented line, and a short title in a
# paragraph of its own ("KEY MESSAGES (agreed by the group)") right above the list is its heading.
@pytest.mark.parametrize("text, section", [
    ("Meeting report\n\nThe group met online.\n\nKEY MESSAGES (as agreed by the whole group)\n > Ports need shore power before 2030.\n"
     " > Welders should be trained across borders.\n\nACTIONS\n A1 Chair to write to the ministry\n", "KEY MESSAGES (as agreed by the whole group)"),
    ("Workshop notes\n\nKey takeaways\n » Ports need shore power before 2030.\n » Welders should be trained across borders.\n\nEnd of notes.",
     "Key takeaways"),
    ("Summary\n\nMain conclusions\n → Ports need shore power before 2030.\n → Welders should be trained across borders.\n\nEnd of notes.",
     "Main conclusions"),
])
def test_key_messages_marked_points_under_a_title_paragraph(extract, text, section):
    got = [(k.text, k.section) for k in extract(text).key_messages]
    assert got == [("Ports need shore power before 2030", section), ("Welders should be trained across borders", section)]


@pytest.mark.parametrize("heading, expected", [
    ("Main points discussed", False),  # what a meeting talked about, not what it concluded
    ("Key points raised by the secretariat", False),
    ("Main points of the discussion", False),
    ("Key points", True),
    ("Agreed positions", True),
    ("Common position of the clusters", True),
    ("Joint position on the new regulation", True),
    ("Messages clés du forum", True),
    ("Kernbotschaften", True),
    ("Lecciones aprendidas", True),
])
def test_key_messages_discussion_and_position_headings(rules, heading, expected):
    assert is_key_message_heading(heading, rules) is expected


def test_key_messages_discussion_lead_in_announces_none(extract):
    text = ("Board meeting\n\nThe main points discussed were:\n- The budget is on track for the first quarter.\n"
            "- Two new members joined the cluster.\n\nThe meeting closed at noon.")
    assert extract(text).key_messages == ()


# Key messages known by their place run in every language: a list under a heading of key_message_headings.txt.
@pytest.mark.parametrize("text, section, points", [
    ("Compte rendu\n\nLa rencontre a réuni les pôles de la région pendant deux jours à Lyon.\n\nRecommandations\n"
     "1. Garantir un financement stable des pôles sur plusieurs années.\n2. Simplifier les dossiers de candidature des PME.\n\n"
     "Suites\n\nLe prochain rendez-vous aura lieu au printemps.", "Recommandations",
     ["Garantir un financement stable des pôles sur plusieurs années", "Simplifier les dossiers de candidature des PME"]),
    ("Bericht\n\nDas Treffen der Cluster fand zwei Tage lang in Linz statt und war gut besucht.\n\nEmpfehlungen\n"
     "- Die Länder sollen die Clusterarbeit mehrjährig finanzieren.\n- Die Anträge für kleine Firmen müssen kürzer werden.\n\n"
     "Ausblick\n\nDas nächste Treffen folgt im Herbst.", "Empfehlungen",
     ["Die Länder sollen die Clusterarbeit mehrjährig finanzieren", "Die Anträge für kleine Firmen müssen kürzer werden"]),
    ("Informe\n\nEl foro reunió a los clústeres de la región durante dos días en Valencia con mucho público.\n\nConclusiones\n"
     "- Los clústeres necesitan una financiación estable.\n- Las pymes piden convocatorias más sencillas.\n\n"
     "Próximos pasos\n\nLa próxima reunión será en otoño.", "Conclusiones",
     ["Los clústeres necesitan una financiación estable", "Las pymes piden convocatorias más sencillas"]),
])
def test_key_messages_under_a_heading_in_another_language(extract, text, section, points):
    result = extract(text)
    assert [(k.text, k.section, k.rule) for k in result.key_messages] == [(p, section, "list_under_key_heading") for p in points]


@pytest.mark.parametrize("heading, expected", [
    ("Take-home messages", True),
    ("Key take-aways from the fair", True),
    ("Main take-aways", True),
    ("Lessons from the pilot regions", True),
    ("Lessons for future missions", True),
    ("Policy messages", True),
    ("Headline messages of the study", True),
    ("Messages to policy makers", True),
    ("What we ask for", True),
    ("Our requests to the ministry", True),
    ("Our proposals", True),
    ("Messages from the sponsors", False),
    ("Lessons", False),  # a course's lessons: the word alone names no lessons drawn
])
def test_key_messages_heading_vocabulary(rules, heading, expected):
    assert is_key_message_heading(heading, rules) is expected


@pytest.mark.parametrize("lead_in", [
    "The participants concluded:", "Members agreed:", "The study concludes:", "The network asks:",
    "Clusters therefore propose:",
])
def test_key_messages_verb_before_colon_is_a_lead_in(extract, lead_in):
    text = (f"Round table\n\nForty cluster managers met in Graz for two days.\n\n{lead_in}\n"
            "- Regions need shared test sites for small firms.\n- Training budgets follow the needs of industry.\n\nLunch followed.")
    got = [(k.text, k.section, k.rule) for k in extract(text).key_messages]
    assert got == [("Regions need shared test sites for small firms", lead_in.rstrip(":"), "list_after_lead_in"),
                   ("Training budgets follow the needs of industry", lead_in.rstrip(":"), "list_after_lead_in")]


@pytest.mark.parametrize("text", [
    "Main outcomes\n\n- 45 B2B meetings with local buyers\n- 3 letters of intent signed with distributors\n"
    "- A cooperation agreement with the regional agency\n\nEnd.",
    "Outcomes\n\n- A joint pilot with the port, to start in spring\n- An invitation to the trade fair for six members\n\nEnd.",
    "Key outcomes of the visit\n\n- Two study trips for teachers\n- One shared application under the next call\n\nEnd.",
])
def test_key_messages_outcomes_that_tally_outputs_give_none(extract, text):
    assert extract(text).key_messages == ()


# Rule "advice_list": practical instructions to those who come to an event, and advice words in a relative clause of an
# events list, are no recommendations.
@pytest.mark.parametrize("text", [
    "Forum 2027\n\nThe forum takes place in Graz on 4 May 2027.\n\nPractical information\n"
    "- Visitors should bring an ID card to the venue.\n- You must register before 1 May to receive a badge.\n",
    "Exhibitor guide\n\n- Exhibitors must set up their stands by 8:00.\n- Exhibitors should remove all material by 18:00.\n",
    "Getting there\n\n- Guests should take tram 5 from the main station.\n- Drivers must park at the P3 car park behind the hall.\n",
    "Newsletter\n\nUpcoming events:\n- 4 May 2027: Cluster Day in Graz, where members should present their projects\n"
    "- 12 June 2027: Study visit to Lyon, which all partners must book early\n",
])
def test_key_messages_instructions_and_event_lists_are_no_advice(extract, text):
    assert extract(text).key_messages == ()


# Roman numbers: inline "i) … ii) …" after a lead-in, and "I. … II. …" line labels under a heading (segment reads no list
# there); a word of a series opening an inline item ("firstly, …; secondly, …") is not part of the point.
@pytest.mark.parametrize("text, points, rule", [
    ("Round table\n\nThe forum closed with three key messages: i) ports need shore power; ii) rules must be simpler; "
     "iii) data should be shared.", ["ports need shore power", "rules must be simpler", "data should be shared"], "inline_after_lead_in"),
    ("Round table\n\nThe jury made two recommendations (i) regions fund test sites and (ii) calls accept short proposals.",
     ["regions fund test sites", "calls accept short proposals"], "inline_after_lead_in"),
    ("Round table\n\nThe study makes three recommendations: firstly, regions should fund managers; secondly, calls "
     "should be shorter; finally, data should be shared.",
     ["regions should fund managers", "calls should be shorter", "data should be shared"], "inline_after_lead_in"),
    ("Round table\n\nKEY MESSAGES\nI. Ports need shore power.\nII. Rules must be simpler.\nIII. Data should be shared.\n",
     ["Ports need shore power", "Rules must be simpler", "Data should be shared"], "labelled_points_under_key_heading"),
    ("Round table\n\nMain findings\nI) Few ports have shore power.\nII) Most shipyards lack welders.\n",
     ["Few ports have shore power", "Most shipyards lack welders"], "labelled_points_under_key_heading"),
])
def test_key_messages_roman_numbers_and_series_words(extract, text, points, rule):
    assert [(k.text, k.rule) for k in extract(text).key_messages] == [(p, rule) for p in points]


PORT_POINTS = "- Ports need shore power before 2030.\n- Welders are scarce in every region.\n\nThe next meeting is in June."


# Rule family "intro under a heading": a short paragraph between a key-message heading and its list introduces it,
# whatever punctuation closes it; and a sentence closing in a full stop that says it announces the list below
# ("the following", "these", "as follows": data/key_message_announcers.txt) is a lead-in.
@pytest.mark.parametrize("text, section, rule", [
    ("Report\n\nKey messages\nThe working group agreed on the following points.\n" + PORT_POINTS, "Key messages", "list_under_key_heading"),
    ("Report\n\nConclusions\n\nAfter a long debate, the mayors settled on two conclusions, which the chair will send to the "
     "ministry.\n\n" + PORT_POINTS, "Conclusions", "list_under_key_heading"),
    ("Report\n\nMain findings\n\nThe survey reached 300 firms. Two findings stand out\n\n" + PORT_POINTS, "Main findings",
     "list_under_key_heading"),
    ("Report\n\nThe forum gathered 200 people in Split.\n\nThe participants adopted these conclusions.\n\n" + PORT_POINTS,
     "The participants adopted these conclusions", "list_after_lead_in"),
    ("Report\n\nThe main findings of the survey are as follows.\n" + PORT_POINTS, "The main findings of the survey are as follows",
     "list_after_lead_in"),
])
def test_key_messages_intro_sentence_before_the_list(extract, text, section, rule):
    got = [(k.text, k.section, k.rule) for k in extract(text).key_messages]
    assert got == [("Ports need shore power before 2030", section, rule), ("Welders are scarce in every region", section, rule)]


@pytest.mark.parametrize("text", [
    "Report\n\nConclusions\n\nThe next steps are listed below.\n\n" + PORT_POINTS,  # plans
    "Report\n\nConclusions\n\nThe day was long. Lunch was served at noon. Then the mayors met the press.\n\n" + PORT_POINTS,
    "Report\n\nThe forum gathered 200 people in Split.\n\nThe participants adopted two conclusions.\n\n" + PORT_POINTS,
    "Report\n\nThe following speakers took part.\n" + PORT_POINTS,  # no lead-in phrase
])
def test_key_messages_no_intro_before_the_list(extract, text):
    assert extract(text).key_messages == ()


# Rule family "calendar entries": one dated item among statements does not make a calendar.
def test_key_messages_one_dated_point_among_statements_stays(extract):
    text = ("Forum\n\nParticipants agreed on the following recommendations:\n"
            "- Regions should fund shared test sites for small firms\n- 14 May is the last day for every port to report its needs\n")
    assert [k.text for k in extract(text).key_messages] == [
        "Regions should fund shared test sites for small firms", "14 May is the last day for every port to report its needs"]


def test_key_messages_one_timed_point_among_statements_stays(extract):
    text = ("Forum\n\nParticipants agreed on the following recommendations:\n"
            "- Regions should fund shared test sites for small firms\n- 9.30 million euros should go to the skills academy\n")
    assert [k.text for k in extract(text).key_messages] == [
        "Regions should fund shared test sites for small firms", "9.30 million euros should go to the skills academy"]


# A paragraph's list number or letter is no part of its point: Word's numbered or lettered paragraphs that ingest
# keeps as paragraphs ("1. …", "a) …", "D1. …", a typed "• …" with a blank line between them), read by rule "paragraphs_under_key_heading"
@pytest.mark.parametrize("numbers", [("1.", "2.", "3."), ("1)", "2)", "3)"), ("(1)", "(2)", "(3)"), ("a)", "b)", "c)"),
                                     ("(a)", "(b)", "(c)"), ("D1.", "D2.", "D3."), ("i)", "ii)", "iii)"), ("•", "•", "•")])
def test_key_messages_numbered_word_paragraphs(tmp_path, settings, rules, numbers):
    import docx

    from pipeline.extract.key_messages import extract_key_messages
    from pipeline.ingest import discover, ingest_document, read_bytes
    from pipeline.segment import segment_document

    points = ("The fee for 2031 stays at EUR 400 for small firms", "The cluster will apply for the gold label this year",
              "The board will meet again in the spring in Ostrava")
    d = docx.Document()
    d.add_heading("Minutes of the general assembly", level=1)
    d.add_heading("Decisions of the assembly", level=2)
    for number, point in zip(numbers, points):
        d.add_paragraph(f"{number} {point}.")
    d.add_heading("Next meeting", level=2)
    d.add_paragraph("The board will set the date of the next assembly.")
    d.save(tmp_path / "minutes.docx")
    (source,) = [s for s in discover(tmp_path) if s.rel_path == "minutes.docx"]
    seg = segment_document(ingest_document(source, read_bytes(source), settings))
    assert [(k.text, k.section) for k in extract_key_messages(seg, rules)] == [(p, "Decisions of the assembly") for p in points]


# ... but a capital and a full stop opening such a paragraph is a person's initial, part of the point
def test_key_messages_word_paragraphs_opening_with_an_initial(tmp_path, settings, rules):
    import docx

    from pipeline.extract.key_messages import extract_key_messages
    from pipeline.ingest import discover, ingest_document, read_bytes
    from pipeline.segment import segment_document

    points = ("K. Novak will send the call for speakers to all members", "P. Horak will book the hall for the assembly")
    d = docx.Document()
    d.add_heading("Minutes of the board", level=1)
    d.add_heading("Decisions", level=2)
    for point in points:
        d.add_paragraph(f"{point}.")
    d.add_heading("Next meeting", level=2)
    d.add_paragraph("The board meets again in June.")
    d.save(tmp_path / "board.docx")
    (source,) = [s for s in discover(tmp_path) if s.rel_path == "board.docx"]
    seg = segment_document(ingest_document(source, read_bytes(source), settings))
    assert [(k.text, k.section) for k in extract_key_messages(seg, rules)] == [(p, "Decisions") for p in points]
