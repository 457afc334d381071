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
