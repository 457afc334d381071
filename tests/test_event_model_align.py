"""The alignment of gold event names with document text (training data of the event model) and the
paragraph cut the model reads; own sentences."""
from __future__ import annotations

from pipeline.event_model.align import align_document
from pipeline.event_model.train import examples
from pipeline.extract.event_model import paragraphs


def _spans(al):
    return [al.text[s:e] for s, e in al.spans]


def test_exact_names_align_at_every_occurrence():
    text = "The Baltic Timber Forum opens in May.\n\nSee you at the Baltic Timber Forum!"
    al = align_document("d.txt", text, [{"name": "Baltic Timber Forum"}])
    assert (al.exact, al.loose, al.missing) == (["Baltic Timber Forum"], [], [])
    assert _spans(al) == ["Baltic Timber Forum", "Baltic Timber Forum"]


def test_loose_forms_case_line_breaks_years_brackets_and_labels():
    text = ("Join the 2031 Alpine\nHydrogen Summit in Graz.\n\nWEBINAR: SOIL HEALTH FOR GROWERS\n\n"
            "The Danube Wine Days were a success.")
    al = align_document("d.txt", text, [
        {"name": "Alpine Hydrogen Summit 2031"},  # the year moved in front
        {"name": "Webinar: Soil health for growers"},  # capitals folded
        {"name": "Danube Wine Days (third edition, Pécs)"},  # the annotator's note in brackets
    ])
    assert al.exact == [] and al.missing == []
    assert _spans(al) == ["Alpine\nHydrogen Summit", "WEBINAR: SOIL HEALTH FOR GROWERS", "Danube Wine Days"]


def test_a_normalised_name_does_not_align():
    al = align_document("d.txt", "Growers met online to discuss irrigation.", [{"name": "Online meeting on irrigation"}])
    assert (al.exact, al.loose, al.missing, al.spans) == ([], [], ["Online meeting on irrigation"], [])


def test_overlapping_names_keep_the_longest():
    text = "The Nordic Battery Days Conference starts today."
    al = align_document("d.txt", text, [{"name": "Nordic Battery Days"}, {"name": "Nordic Battery Days Conference"}])
    assert _spans(al) == ["Nordic Battery Days Conference"]


def test_paragraphs_keep_offsets_and_read_line_breaks_as_spaces():
    text = "Title line\nsecond line\n\n  \n\nLast paragraph"
    assert list(paragraphs(text)) == [(0, "Title line second line"), (28, "Last paragraph")]


def test_examples_leave_out_empty_paragraphs_of_documents_with_unaligned_names():
    text = "The Baltic Timber Forum opens.\n\nNothing here."
    complete = align_document("a.txt", text, [{"name": "Baltic Timber Forum"}])
    partial = align_document("b.txt", text, [{"name": "Baltic Timber Forum"}, {"name": "Sawmill visit"}])
    assert examples([complete]) == [("The Baltic Timber Forum opens.", [(4, 23)]), ("Nothing here.", [])]
    assert examples([partial]) == [("The Baltic Timber Forum opens.", [(4, 23)])]


def test_titled_lines_align_as_label_and_quoted_title():
    """A titled line is one mention whether the annotator wrote its title alone or its label alone."""
    text = ("- 3 March 2031 | Webinar: \"Solar roofs on cold stores\"\n\n"
            "Workshop report: «Sharing forklifts between ports»\n\n"
            "Timber Academy – Module 4: \"Selling to public buyers\"\n\n"
            "Episode 7 – \"Hiring abroad\"\n\n"
            "Friday 6 May – Kaunas: \"Baltic Dairy Matchmaking\"\n\n"
            "The award went to \"Best Harbour Crane\" this year.")
    al = align_document("d.txt", text, [
        {"name": "Solar roofs on cold stores"},  # the title alone: the label holds an event word
        {"name": "Sharing forklifts between ports"},
        {"name": "Timber Academy – Module 4"},  # the label alone: the quoted title follows it
        {"name": "Hiring abroad"},  # "episode" is an event word too
        {"name": "Baltic Dairy Matchmaking"},  # a place before the colon is no label
        {"name": "Best Harbour Crane"},  # a quoted name in a sentence has no label
    ])
    assert _spans(al) == ['Webinar: "Solar roofs on cold stores"', "Workshop report: «Sharing forklifts between ports»",
                          'Timber Academy – Module 4: "Selling to public buyers"', 'Episode 7 – "Hiring abroad"',
                          "Baltic Dairy Matchmaking", "Best Harbour Crane"]


def test_a_span_that_opens_a_quote_takes_its_closing_quote():
    text = 'Online clinic: "Tariffs for first exporters" on Tuesday.\n\nThe „Harbour Night“ returns.'
    al = align_document("d.txt", text, [{"name": "Online clinic: Tariffs for first exporters"}, {"name": "Harbour Night"}])
    assert _spans(al) == ['Online clinic: "Tariffs for first exporters"', "Harbour Night"]
