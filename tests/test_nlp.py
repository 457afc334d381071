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


def test_nlp_batched_pipe_equals_one_text_at_a_time(nlp, root):
    """nlp.pipe runs the tagging components batch-wise on the chosen texts only; the result must
    be what calling the pipeline on each text alone gives."""
    texts = [p.replace("\n", " ") for path in sorted((root / "raw_docs").glob("*.md"))
             for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()][:120]
    assert len(texts) > 40

    def sig(doc):
        return ([(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents],
                [(t.tag_, t.pos_, t.is_sent_start) for t in doc])

    piped = [sig(d) for d in nlp.pipe(texts, batch_size=16)]
    assert piped == [sig(nlp(t)) for t in texts]
    assert any(pos for _, toks in piped for _, pos, _ in toks) and any(not toks[0][1] for _, toks in piped)


def test_nlp_gazetteer_ruler_equals_spacy_entity_ruler_with_token_patterns(nlp, settings, root):
    """The phrase-matcher ruler gives the entities spaCy's own EntityRuler gives when every
    gazetteer form is a token pattern (ORTH as written, LOWER for multi-word forms)."""
    import spacy
    import srsly

    from pipeline.nlp import ENTITY_PATTERN_FILES, gazetteer_patterns

    reference = spacy.load(settings.spacy_model, exclude=["lemmatizer", "parser", "tagger", "attribute_ruler"])
    patterns = [p for name in ENTITY_PATTERN_FILES for p in srsly.read_jsonl(settings.data_dir / name)]
    for p in gazetteer_patterns(nlp, settings.data_dir):
        tokens = [t.text for t in reference.tokenizer(p["pattern"])]
        key = "LOWER" if p.get("case") == "lower" else "ORTH"
        patterns.append({"label": p["label"], "id": p["id"],
                         "pattern": [{key: t.lower() if key == "LOWER" else t} for t in tokens]})
    reference.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True}).add_patterns(patterns)
    texts = [p.replace("\n", " ") for path in sorted((root / "raw_docs").iterdir())
             for p in path.read_text(encoding="utf-8", errors="replace").split("\n\n") if p.strip()]
    texts += ["The directorate-general for internal market, industry, entrepreneurship and SMEs and the "
              "European Commission's Enterprise Europe Network (EEN) met the european commission; the een and "
              "the commission did not."]

    def ents(doc):
        return [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents]

    ours = [ents(d) for d in nlp.pipe(texts)]
    assert ours == [ents(d) for d in reference.pipe(texts)]
    assert sum(1 for doc in ours for *_, ent_id in doc if ent_id) > 30


def test_nlp_gazetteer_ruler_user_phrase_pattern_matches_as_written(settings, tmp_path):
    """A string pattern an analyst adds to entity_patterns.jsonl matches the text as written."""
    import shutil

    from pipeline.nlp import build_nlp

    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data)
    with (data / "entity_patterns.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"label": "ORG", "pattern": "Alpine Wood Cluster", "id": "pattern:awc"}\n')
    nlp = build_nlp(settings.spacy_model, data)
    hits = [(e.text, e.ent_id_) for e in nlp("The Alpine Wood Cluster and the alpine wood cluster met.").ents if e.ent_id_]
    assert hits == [("Alpine Wood Cluster", "pattern:awc")]


def test_nlp_pos_rules_give_the_attribute_rulers_parts_of_speech(settings):
    """The table look-up that stands in for the attribute ruler sets the same ``pos`` on every token,
    with the parser's labels unset (the pipeline's layout) and set (rules that test ``DEP`` then fire)."""
    import spacy

    from pipeline.pos_rules import PosRules

    texts = ["There is a workshop on the new cluster strategy, but we haven't seen the agenda yet.",
             "She said that the forum, which opens in May, doesn't need more than two speakers.",
             "Is it true?  They'd have met   the partners if the fair had not been postponed."]
    for exclude in (["lemmatizer", "parser"], ["lemmatizer"]):
        full = spacy.load(settings.spacy_model, exclude=exclude)
        ruler = full.get_pipe("attribute_ruler")
        fast = PosRules.from_ruler(ruler)
        assert fast is not None
        for doc in full.pipe(texts, disable=["attribute_ruler", "ner"]):
            assert [t.pos_ for t in fast(doc.copy())] == [t.pos_ for t in ruler(doc.copy())]
