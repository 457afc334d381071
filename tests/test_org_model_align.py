"""The organisation model's training data (spike, docs/org-model.md): gold names and acronyms in the text."""
from __future__ import annotations

import spacy

from pipeline.event_model.train import doc_bin, examples
from pipeline.org_model.align import align_org_document


def _orgs(*pairs):
    return {"organisations": [{"name": n, "acronym": a} for n, a in pairs]}


def test_name_and_acronym_align_exactly_at_every_occurrence():
    text = "The European Cluster Collaboration Platform (ECCP) met. ECCP members and the ECCP board."
    al = align_org_document("d", text, _orgs(("European Cluster Collaboration Platform", "ECCP")))
    assert al.exact == ["European Cluster Collaboration Platform"] and not al.loose and not al.missing
    assert [text[s:e] for s, e in al.spans] == ["European Cluster Collaboration Platform", "ECCP", "ECCP", "ECCP"]


def test_exact_is_case_sensitive_and_word_bounded():
    al = align_org_document("d", "Members of ECCPX and eccp.", _orgs(("ECCP", None)))
    assert al.missing == ["ECCP"] and al.spans == []


def test_loose_pass_folds_line_breaks_dashes_and_case():
    text = "Signed by the Polish Cluster\nAssociation and Silesia–Automotive Cluster."
    al = align_org_document("d", text, _orgs(("polish cluster association", None), ("Silesia-Automotive Cluster", None)))
    assert al.loose == ["polish cluster association", "Silesia-Automotive Cluster"] and not al.exact
    assert [text[s:e] for s, e in al.spans] == ["Polish Cluster\nAssociation", "Silesia–Automotive Cluster"]


def test_a_one_word_name_has_no_loose_pass():
    al = align_org_document("d", "the Acme board", _orgs(("ACME", None)))
    assert al.missing == ["ACME"]


def test_overlapping_names_keep_the_longest_and_examples_follow_the_event_rule():
    text = "Acme Cluster Oy and Acme.\n\nNothing here.\n\nBeta Works."
    al = align_org_document("d", text, _orgs(("Acme Cluster Oy", None), ("Acme", None), ("Gamma GmbH", None)))
    assert [text[s:e] for s, e in al.spans] == ["Acme Cluster Oy", "Acme"]
    # a document with an unaligned gold organisation gives only its paragraphs with a span
    assert examples([al]) == [("Acme Cluster Oy and Acme.", [(0, 15), (20, 24)])]


def test_doc_bin_labels_default_to_event_and_take_org():
    nlp = spacy.blank("en")
    items = [("Acme Cluster Oy met.", [(0, 15)])]
    for label in ("EVENT", "ORG"):
        db = doc_bin(nlp, items, label) if label == "ORG" else doc_bin(nlp, items)
        (doc,) = db.get_docs(nlp.vocab)
        assert [(e.text, e.label_) for e in doc.ents] == [("Acme Cluster Oy", label)]
