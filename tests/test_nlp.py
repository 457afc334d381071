"""The spaCy pipeline with our rule components: gazetteer names as ORG entities with their id."""
from __future__ import annotations

from pipeline.extract.lexicon import gazetteer_id


def test_nlp_gazetteer_names_are_org_entities_with_ids(nlp):
    doc = nlp("Officials of the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs met.")
    ents = [(e.text, e.label_, e.ent_id_) for e in doc.ents]
    name = "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"
    assert (name, "ORG", gazetteer_id(name)) in ents


def test_nlp_gazetteer_acronym_matches_case_sensitively(nlp):
    doc = nlp("The EEN advisers helped. Een is not an acronym here.")
    assert [e.text for e in doc.ents if e.ent_id_] == ["EEN"]


def test_nlp_pdf_joined_variant_matches(nlp):
    doc = nlp("The DirectorateGeneral for Regional and Urban Policy published a report.")
    assert any(e.ent_id_ == gazetteer_id("Directorate-General for Regional and Urban Policy") for e in doc.ents)


def test_nlp_block_text_keeps_offsets(nlp):
    from pipeline.nlp import block_text
    from pipeline.records import Block

    text = "Intro\nEnterprise Europe\nNetwork advisers"
    block = Block("paragraph", 6, len(text))
    doc = nlp(block_text(text, block))
    (ent,) = [e for e in doc.ents if e.ent_id_]
    assert text[block.start + ent.start_char:block.start + ent.end_char] == "Enterprise Europe\nNetwork"


def test_nlp_entity_patterns_file_adds_rule_entities(nlp):
    doc = nlp("Officials from DG QWERTY attended.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [("DG QWERTY", "ORG", "pattern:dg-acronym")]


def test_nlp_part_of_speech_only_where_an_event_word_is(nlp, settings):
    from pipeline.nlp import POS_COMPONENTS, build_nlp

    # The same pipeline with the tagging components back in place, run on every text.
    full = build_nlp(settings.spacy_model, settings.data_dir)
    full.remove_pipe("pos_where_needed")
    for name in POS_COMPONENTS:
        full.enable_pipe(name)
    with_event = "Registration for the regional matchmaking event in Lyon closes on 3 March 2025."
    without = "Maria Keller, director of the Alpine Wood Cluster, presented the new strategy in Lyon."
    tagged, untagged = nlp(with_event), nlp(without)
    assert [t.pos_ for t in tagged] == [t.pos_ for t in full(with_event)]
    assert all(t.pos_ == "" for t in untagged)
    # Entities and sentence starts never depend on the tags.
    for text, doc in ((with_event, tagged), (without, untagged)):
        ref = full(text)
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [(e.start_char, e.end_char, e.label_) for e in ref.ents]
        assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in ref]
