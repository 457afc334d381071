"""Key messages: headings that are unfinished lead-ins, lettered and section-numbered points, decisions headings
in other languages, pointers to other chapters, and a list item wrapped after ";" (sentences of our own)."""
from __future__ import annotations

import pytest

from pipeline.records import IngestedDocument
from pipeline.segment import segment_document


def _rows(kms):
    return [(k.text, k.section, k.rule) for k in kms]


# Rule family "heading lead-in": a heading that a lead-in phrase ends is completed by the list below it.
@pytest.mark.parametrize("text, section, points", [
    ("Joint statement\n\nSix port clusters met in Gdynia in May.\n\nWe ask the national ministries to\n"
     "- fund shore power in small ports\n- train crane drivers across borders\n",
     "We ask the national ministries to", ["fund shore power in small ports", "train crane drivers across borders"]),
    ("Joint statement\n\nSix port clusters met in Gdynia in May.\n\nWe call on every region to\n"
     "1. Open its vouchers to firms from the neighbouring regions.\n2. Publish its calls in English.\n",
     "We call on every region to", ["Open its vouchers to firms from the neighbouring regions", "Publish its calls in English"]),
    ("Forum report\n\nThe forum ran for two days.\n\nParticipants concluded that\n"
     "- small ports lag behind on digital tools\n- skills are scarcer than money\n",
     "Participants concluded that", ["small ports lag behind on digital tools", "skills are scarcer than money"]),
    ("Position\n\nThe alliance represents 900 firms.\n\nOur members therefore urge\n"
     "- a single portal for all calls\n- shorter payment periods for small firms\n",
     "Our members therefore urge", ["a single portal for all calls", "shorter payment periods for small firms"]),
])
def test_key_messages_heading_that_a_lead_in_ends(extract, text, section, points):
    assert _rows(extract(text).key_messages) == [(p, section, "list_after_lead_in") for p in points]


@pytest.mark.parametrize("text", [
    "Newsletter\n\nRead more below.\n\nRecommended reading\n- a guide to shore power in small ports\n- a study of welding skills\n",
    "Newsletter\n\nRead more below.\n\nClusters call for stronger support\n- a guide to shore power in small ports\n"
    "- a study of welding skills\n",
    "Minutes\n\nThe board met on Monday.\n\nThe board asked the secretariat to\n- book the rooms for the June meeting\n"
    "- send the minutes to all members\n",
])
def test_key_messages_heading_without_a_closing_lead_in_gives_none(extract, text):
    assert extract(text).key_messages == ()


# Rule family "labelled points": capital letters and the section's own numbers ("3.1") label the points.
@pytest.mark.parametrize("text, section, points", [
    ("Workshop notes\n\nThe group met twice.\n\nConclusions\n\nA. Small ports need shared charging points.\n"
     "B. Crane drivers should be trained in two languages.\nC. The group will meet again in spring.\n\nContact\n\nWrite to us.",
     "Conclusions", ["Small ports need shared charging points", "Crane drivers should be trained in two languages",
                     "The group will meet again in spring"]),
    ("Peer review\n\n2. Method\n\nThe peers visited four firms.\n\n3. Recommendations\n3.1 Fund the cluster teams for five years.\n"
     "3.2 Ask each cluster for a project pipeline, not for member counts.\n3.3 Keep the first call open and light.\n\n"
     "4. Follow-up\n\nThe region reports back in autumn.",
     "3. Recommendations", ["Fund the cluster teams for five years", "Ask each cluster for a project pipeline, not for member counts",
                            "Keep the first call open and light"]),
    ("Study summary\n\nKey findings\n\nA) Most firms test robots before they buy them.\nB) Few farms share their machines.\n\n"
     "About the study\n\nThe study ran in 2026.",
     "Key findings", ["Most firms test robots before they buy them", "Few farms share their machines"]),
])
def test_key_messages_lettered_and_section_numbered_points(extract, text, section, points):
    assert _rows(extract(text).key_messages) == [(p, section, "labelled_points_under_key_heading") for p in points]


def test_key_messages_section_numbered_subheadings_are_no_points(extract):
    text = ("Report\n\n3. Findings\n\n3.1 Survey\n\nThe survey reached 300 firms in four regions over the spring of 2026.\n\n"
            "3.2 Interviews\n\nTwenty managers were interviewed by phone and most of them asked for simpler rules.\n")
    assert extract(text).key_messages == ()


# A meeting's decisions under a heading in the language of the minutes.
@pytest.mark.parametrize("heading", ["Besluiten", "Beschlüsse", "Décisions prises", "Решения", "Otsused", "Hotărâri", "Erabakiak"])
def test_key_messages_decisions_headings_in_other_languages(extract, heading):
    text = (f"Verslag\n\nDe vergadering begint om tien uur.\n\n{heading}\n1. Het budget wordt goedgekeurd.\n"
            "2. De bijdrage blijft gelijk.\n\nVaria\n\nGeen.")
    assert _rows(extract(text).key_messages) == [
        ("Het budget wordt goedgekeurd", heading, "list_under_key_heading"), ("De bijdrage blijft gelijk", heading, "list_under_key_heading")]


# Rule family "pointers": a short point that sends the reader to another chapter is navigation, not a message.
@pytest.mark.parametrize("pointer", [
    "The recommendations are set out in chapter 7 of the full report.",
    "See section 4 for the detailed results per region.",
    "Read the full study on the network's website.",
])
def test_key_messages_pointer_to_another_chapter_is_no_point(extract, pointer):
    text = ("Evaluation\n\n5 Conclusions\n\nThe scheme reached more firms than planned. Most of them were small.\n\n"
            f"Reporting took too much time. Managers spent a fifth of their week on it.\n\n{pointer}\n")
    assert [k.text for k in extract(text).key_messages] == [
        "The scheme reached more firms than planned. Most of them were small",
        "Reporting took too much time. Managers spent a fifth of their week on it"]


# A list item wrapped onto an indented line that opens in lower case goes on, even after a ";".
@pytest.mark.parametrize("text, first", [
    ("Lessons learnt\n\n- Buyers trust machines they have seen at work;\n  fairs convince far fewer of them.\n"
     "- Short loans show no savings.\n", "Buyers trust machines they have seen at work; fairs convince far fewer of them."),
    ("Lessons learnt\n\n1. Regions that pooled their budgets moved faster;\n   the others lost a year.\n"
     "2. Mentors matter more than money.\n", "Regions that pooled their budgets moved faster; the others lost a year."),
    ("Lessons learnt\n\n• Data sharing needs a contract:\n  oral promises were forgotten.\n• Visits beat webinars.\n",
     "Data sharing needs a contract: oral promises were forgotten."),
])
def test_segment_item_wrapped_after_semicolon_continues(text, first):
    seg = segment_document(IngestedDocument("d", "d.txt", "txt", "x", text))
    items = [" ".join(text[b.start:b.end].split()) for b in seg.blocks if b.kind == "list_item"]
    assert items[0] == first and len(items) == 2


# Headings in plain text and PDF summaries, and what is not a key message under one: (text, every key_messages row)
SHAPES = [
    # Rule family "framed headings": a plain-text heading between lines of dashes or equals signs, over its list.
    ("STUDY SUMMARY\n\n-----------------------------\nKEY FINDINGS\n-----------------------------\n"
     "1. Most bakeries buy flour from one mill.\n2. Energy costs doubled in two years.\n\n"
     "-----------------------------\nAbout us\nThe guild has 40 members.",
     [("Most bakeries buy flour from one mill", "KEY FINDINGS", "list_under_key_heading"),
      ("Energy costs doubled in two years", "KEY FINDINGS", "list_under_key_heading")]),
    ("Port survey 2030\n\n==============================\nCONCLUSIONS\n==============================\n\n"
     "- Ports must share shore power.\n- Ferries need one timetable.\n\nContact: info@ports.example",
     [("Ports must share shore power", "CONCLUSIONS", "list_under_key_heading"),
      ("Ferries need one timetable", "CONCLUSIONS", "list_under_key_heading")]),
    ("Studie\n\n------------------------------\nHLAVNÍ ZJIŠTĚNÍ\n------------------------------\n"
     "1. Polovina firem nemá vlastní zkušebnu.\n2. Mladí technici odcházejí do Brna.\n",
     [("Polovina firem nemá vlastní zkušebnu", "HLAVNÍ ZJIŠTĚNÍ", "list_under_key_heading"),
      ("Mladí technici odcházejí do Brna", "HLAVNÍ ZJIŠTĚNÍ", "list_under_key_heading")]),
    ("Programme\n\n-----------------------------\n09:00 Welcome\n10:00 Panel", []),
    # Rule family "meeting narrative": paragraphs that tell who said what are no key messages, whatever the heading.
    ("What we heard\n\nAna Novak recalled that most pilots continued after the grant ended.\n\n"
     "Ivo Bilić said the county wants better data on jobs.", []),
    ("Key takeaways\n\nThe bakery case drew most questions. Marta Horvat explained that the ovens had to be replaced "
     "twice.\n\nPetra Kovač presented the survey of forty members.", []),
    ("Main outcomes\n\nNordic Ferry Lines presented a year of data from two electric ferries.\n\n"
     "Charging at the quay was enough on most days.", []),
    # a common noun or a group as the subject, and verbs that state a finding: messages
    ("Key takeaways\n\nRegions warned against schemes that favour large firms.\n\n"
     "Pilots with five Danish SMEs showed that costs fall quickly.",
     [("Regions warned against schemes that favour large firms", "Key takeaways", "paragraphs_under_key_heading"),
      ("Pilots with five Danish SMEs showed that costs fall quickly", "Key takeaways", "paragraphs_under_key_heading")]),
    # A plain line of up to ten words right above a list is its heading when the key-message words open it.
    ("Interview\n\nKey points of the new regional strategy (as agreed in May)\n- One contact desk for all firms in the county\n"
     "- Calls for projects open twice a year\n\nThank you.",
     [("One contact desk for all firms in the county", "Key points of the new regional strategy (as agreed in May)", "list_under_key_heading"),
      ("Calls for projects open twice a year", "Key points of the new regional strategy (as agreed in May)", "list_under_key_heading")]),
    ("Survey report\n\nMain findings of the 2030 survey of members\n1. Most members export to Austria.\n"
     "2. Few members train apprentices.\n\nMethod\nWe asked everyone.",
     [("Most members export to Austria", "Main findings of the 2030 survey of members", "list_under_key_heading"),
      ("Few members train apprentices", "Main findings of the 2030 survey of members", "list_under_key_heading")]),
    ("Workshop\n\nRecommendations of the working group on skills and training\n- Schools should open their labs to firms.\n"
     "- Firms should host teachers for a week.\n\nContact us.",
     [("Schools should open their labs to firms", "Recommendations of the working group on skills and training", "list_under_key_heading"),
      ("Firms should host teachers for a week", "Recommendations of the working group on skills and training", "list_under_key_heading")]),
    ("Report\n\nThe event gathered people from many regions and countries\n- Ana from Split\n- Ivo from Rijeka", []),
    # Rule family "intro under a heading": a paragraph closed by a colon hands the heading's list on, whatever its length.
    ("Key messages\n\nThe two rapporteurs, Dr. Lena Vos (Delta Institute) and Marc Olsen (Harbour Tech, a testing centre for "
     "marine engines), summed up the three days in three messages, which the closing plenary endorsed without a vote:\n\n"
     "- Ports need one permit desk.\n- Ferries should share charging points.\n- Training must start in schools.\n\nPhotos",
     [("Ports need one permit desk", "Key messages", "list_under_key_heading"),
      ("Ferries should share charging points", "Key messages", "list_under_key_heading"),
      ("Training must start in schools", "Key messages", "list_under_key_heading")]),
    ("Conclusions\n\nAfter a morning of site visits in the valley and an afternoon of debate in the town hall of the host "
     "municipality, chaired by the deputy mayor, the members of the network agreed on two conclusions:\n\n"
     "1. Sawmills should pool their dryers.\n2. The region should fund a timber test lab.",
     [("Sawmills should pool their dryers", "Conclusions", "list_under_key_heading"),
      ("The region should fund a timber test lab", "Conclusions", "list_under_key_heading")]),
    ("Main findings\n\nThe survey ran from January to March and drew 212 answers from firms of all sizes in the four "
     "provinces, of which almost half came from companies with fewer than ten employees:\n\n"
     "- Most firms export to one country only.\n- Half of them cannot find welders.",
     [("Most firms export to one country only", "Main findings", "list_under_key_heading"),
      ("Half of them cannot find welders", "Main findings", "list_under_key_heading")]),
    # none: a long paragraph closed by a colon that announces plans
    ("Conclusions\n\nAfter a long day of debate in the town hall, chaired by the deputy mayor, the board adopted the "
     "following work plan for the next two years of the network:\n\n- a study visit\n- a joint stand", []),
    # Rule family "ordinal series by paragraph": "First, …" opens a paragraph whose other sentences explain it.
    ("Our takeaways\n\nFirst, skills come before machines. Two speakers said the same. Schools were praised.\n\n"
     "Second, borders help rather than hinder. Firms in both countries agreed.\n\nThird, count contracts, not events. "
     "The cluster will report on this.",
     [("skills come before machines", "Our takeaways", "ordinal_sentences_under_key_heading"),
      ("borders help rather than hinder", "Our takeaways", "ordinal_sentences_under_key_heading"),
      ("count contracts, not events", "Our takeaways", "ordinal_sentences_under_key_heading")]),
    ("Lessons learnt\n\nFirstly, pilots need a year. Most ran late by three months.\n\nSecondly, farmers trust "
     "neighbours. Visits to farms worked best.",
     [("pilots need a year", "Lessons learnt", "ordinal_sentences_under_key_heading"),
      ("farmers trust neighbours", "Lessons learnt", "ordinal_sentences_under_key_heading")]),
    ("Recap\n\nThe panel drew two conclusions.\n\nFirst, small ports must cooperate. The smallest have no engineer.\n\n"
     "Finally, funding must be simpler. Forms take weeks.",
     [("small ports must cooperate", "The panel drew two conclusions", "ordinal_sentences_after_lead_in"),
      ("funding must be simpler", "The panel drew two conclusions", "ordinal_sentences_after_lead_in")]),
]


@pytest.mark.parametrize("text, points", SHAPES)
def test_key_messages_heading_shapes(extract, text, points):
    assert [(k.text, k.section, k.rule) for k in extract(text).key_messages] == points


# Rule "ordinal_sentences_under_key_heading": the sentence that introduces the series may end in a colon over a blank
# line ("… in three conclusions:\n\nFirst, …"); it is no point, and the openers are left out.
@pytest.mark.parametrize("heading, intro, openers", [
    ("Conclusions", "The programme committee sums up the two days in three conclusions:", ("First", "Second", "Finally")),
    ("Lessons learnt", "The jury gave the young firms this advice:", ("Firstly", "Secondly", "Lastly")),
    ("Recommendations", "The reviewers make three recommendations to the board:", ("First", "Second", "Third")),
])
def test_ordinal_paragraphs_after_a_colon_lead_in(extract, heading, intro, openers):
    points = ["small suppliers need one shared quality engineer", "the export desk should open two days a week",
              "the board should meet the vocational schools once a year"]
    paragraphs = "\n\n".join(f"{o}, {p}." for o, p in zip(openers, points))
    text = f"Forum report\n\nThe forum met in Győr in May 2031.\n\n{heading}\n\n{intro}\n\n{paragraphs}\n\nNext forum\n\nIn Brno.\n"
    assert [(k.text, k.section) for k in extract(text).key_messages] == [(p, heading) for p in points]


# A list whose points open with the words of a series in order ("1. First, …", "- Secondly, …") has them left out.
@pytest.mark.parametrize("marks, openers", [
    (("1.", "2.", "3."), ("First", "Second", "Finally")),
    (("-", "-", "-"), ("Firstly", "Secondly", "Thirdly")),
    (("a)", "b)", "c)"), ("First of all", "Second", "Lastly")),
])
def test_series_openers_left_out_of_list_points(extract, marks, openers):
    points = ["members need access to real test sites", "the cluster will focus on two fields only",
              "a third of the budget must come from services"]
    items = "\n".join(f"{m} {o}, {p}" for m, o, p in zip(marks, openers, points))
    text = f"Assembly report\n\nForty members attended.\n\nConclusions\n\n{items}\n\nContact\n\nThe cluster office.\n"
    assert [k.text for k in extract(text).key_messages] == points


# ... but a list only one of whose points opens so is no series: each point keeps its words
def test_one_point_opening_with_first_keeps_it(extract):
    text = ("Assembly report\n\nForty members attended.\n\nConclusions\n\n- First, the fee stays the same for small firms\n"
            "- The board meets the region in June\n- Members want a shared test bench\n\nContact\n\nThe cluster office.\n")
    assert [k.text for k in extract(text).key_messages] == [
        "First, the fee stays the same for small firms", "The board meets the region in June", "Members want a shared test bench"]


# A line of dashes that closes a section in plain text is no part of the last point above it.
def test_dash_rule_after_the_last_ordinal_paragraph(extract):
    text = ("FORUM NOTES\n\n--------------------\nConclusions\n--------------------\n\nThe committee drew two conclusions.\n\n"
            "First, clusters should share their test sites.\n\nFinally, the region should fund one export desk.\n\n"
            "--------------------\nProgramme\n--------------------\n\n09:00 Welcome\n")
    assert [k.text for k in extract(text).key_messages] == [
        "clusters should share their test sites", "the region should fund one export desk"]


# A lead-in whose verb of agreeing or deciding takes "the following" or "as follows" before its colon
@pytest.mark.parametrize("lead", ["The board agreed the following:", "The general assembly decided as follows:",
                                  "Members approved the following:", "The steering group resolved as follows:"])
def test_verb_with_the_following_before_the_colon(extract, lead):
    points = ["the membership fee stays at 150 euros per year", "the cluster applies to the national scheme in May"]
    items = "\n".join(f"- {p}" for p in points)
    text = f"Weekly digest\n\nThe cluster board met on Tuesday in the town hall.\n\n{lead}\n{items}\n\nOther news\n\nNone this week.\n"
    assert [(k.text, k.section) for k in extract(text).key_messages] == [(p, lead.rstrip(":")) for p in points]


# A lead-in that announces what someone learnt
@pytest.mark.parametrize("lead", ["A few things I learned along the way, which I leave to my successor:",
                                  "Three lessons we learnt in Bilbao:", "What the partners have learned from the pilots:"])
def test_lead_in_of_what_someone_learnt(extract, lead):
    points = ["Members join for the services and stay for each other", "Keep the fee low for the smallest firms"]
    items = "\n".join(f"- {p}" for p in points)
    text = f"Farewell\n\nAfter nine years I hand over the cluster office in June.\n\n{lead}\n{items}\n\nKind regards,\nMaeve\n"
    assert [k.text for k in extract(text).key_messages] == points
