"""Stage 4, extract: mention-level facts from one annotated document.

``extract_document`` is the only entry point the runner uses. Each fact family lives in its own
module and is a function of the segmented document, the spaCy docs of its blocks and the domain
rules; none of them sees a file path.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.extract.date_row_years import YearRows
from pipeline.extract.event_org_heads import drop_organisations_read_as_events
from pipeline.extract.org_place_joints import with_place_joints
from pipeline.extract.provenance import mark_ocr_facts
from pipeline.extract.rules import Rules, load_rules
from pipeline.records import Block, DocumentResult, SegmentedDocument

__all__ = ["extract_document", "load_rules", "Rules"]


def extract_document(seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], rules: Rules) -> DocumentResult:
    """All mention-level facts of one document (entity ids are assigned later, across documents)."""
    from pipeline.extract import (date_headings, event_foreign_generic, dates, dates_multilingual, doc_anchors, doc_cues, foreign_names, foreign_ner, key_messages, languages,
                                  metadata, parties, people_name_orders, relative_dates)

    info = metadata.document_info(seg, annotated, rules)
    # Year-less and relative dates are read against the publication date, else an issue month or version date.
    cues = doc_cues.load_doc_cues(rules.data_dir)
    anchor = doc_anchors.anchor_date(seg.doc.text, info.published_date, info.published_date_source, cues)
    rows = YearRows.of(seg.doc.text)  # "2032 – Adria, 8–9 November": the rows of years, read once for both date readers
    date_mentions = dates.extract_dates(seg, annotated, rules, anchor, doc_anchors.report_year(seg.doc.text, cues),
                                        date_headings.heading_years(seg.doc.text, cues), rows)
    langs = languages.text_languages(seg)
    info = replace(info, language=langs.document, languages=langs.shares)
    other = dates_multilingual.extract_dates_multilingual(seg, langs, date_mentions, rules.data_dir, anchor, rows)
    date_mentions = rows.without_absorbed_years([*dates_multilingual.without_superseded(date_mentions, other), *other])
    date_mentions = sorted([*date_mentions, *relative_dates.extract_relative_dates(seg.doc.doc_id, seg.doc.text, anchor, date_mentions)],
                           key=lambda d: (d.start, d.end))
    from pipeline.extract.events import extract_events

    own = metadata.own_date_mentions(seg.doc.text, info, date_mentions, rules.data_dir)  # the document's own dates are no event's
    events = extract_events(seg, annotated, rules, [d for d in date_mentions if all(d is not o for o in own)], anchor,
                            languages.rule_runs_at(langs, rules.data_dir))
    people, orgs, roles, locations = parties.extract_parties(seg, annotated, rules)
    events = drop_organisations_read_as_events(events, orgs, rules.data_dir)
    messages = key_messages.extract_key_messages(seg, rules)
    result = DocumentResult(
        info=info,
        text=seg.doc.text,
        pages=seg.doc.pages,
        blocks=seg.blocks,
        sentences=seg.sentences,
        people=tuple(people),
        organisations=tuple(orgs),
        locations=tuple(locations),
        events=tuple(events),
        dates=tuple(date_mentions),
        roles=tuple(roles),
        key_messages=tuple(messages),
        problems=seg.doc.problems,
    )
    before = result.people
    result = languages.keep_language_neutral(result, langs, rules.data_dir)
    result = replace(result, events=event_foreign_generic.keep_own_language(result.events, langs, rules.data_dir))
    from pipeline.extract.lexicon import load_lexicon

    lex = load_lexicon(rules.data_dir)
    result = foreign_ner.add_foreign_entities(result, langs, rules.language_models, lex)
    result = foreign_names.restore_full_names(result, before, langs, rules.language_models, lex)
    result = people_name_orders.add_name_orders(result, langs, lex)
    result = languages.roles_of_kept_people(result)
    if rules.org_model is not None:  # the organisation recogniser, last: a span any rule mention covers is the rule's
        from pipeline.extract.org_model import add_model_organisations

        result = add_model_organisations(result, rules.org_model, rules.data_dir)
    result = with_place_joints(result, rules.data_dir)  # "Obec Kamenice" → "Obec Kamenice nad Lipou"
    return mark_ocr_facts(result)
