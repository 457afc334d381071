"""``model:event-ner``: the trained EVENT recogniser (pipeline/data/event_model/) as one more event source
beside the rules; own sentences, the shipped artifact (fixed, so its output is deterministic)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.config import DATA_DIR, load_settings
from pipeline.extract.event_lexicon import load_event_lexicon
from pipeline.extract.event_model import (
    close_quote, load_event_heads, model_folder, name_foreign, name_head, name_keyword, place_after_colon, span_end)
from pipeline.extract.places import load_gazetteer


def _rows(result):
    return [(e.name, e.rule, e.text, e.start_date) for e in result.events]


@pytest.mark.parametrize("text, row", [
    ('Webinar: "Carbon accounting for small foundries"',
     ("Webinar: Carbon accounting for small foundries", "model:event-ner", 'Webinar: "Carbon accounting for small foundries"', None)),
    ('Webinar: "Selling wooden toys online"\n14 May 2031, 10:00 CET',
     ("Webinar: Selling wooden toys online 2031", "model:event-ner", 'Webinar: "Selling wooden toys online"', dt.date(2031, 5, 14))),
    ('Info session: "Vouchers for first-time exporters"',  # (the 23-set model did not tag this one)
     ("Info session: Vouchers for first-time exporters", "model:event-ner", 'Info session: "Vouchers for first-time exporters"', None)),
    ('Workshop: "Heat pumps for bakeries"',
     ("Workshop: Heat pumps for bakeries", "model:event-ner", 'Workshop: "Heat pumps for bakeries"', None)),
    ('Online webinar: "Heat pumps for bakeries"',  # (the 25-set model of 2026-12-03 cut it at the opening quote)
     ("Online webinar: Heat pumps for bakeries", "model:event-ner", 'Online webinar: "Heat pumps for bakeries"', None)),
    ('Info day – "Selling cheese to Japan"\n3 June 2031, online',
     ("Info day – Selling cheese to Japan 2031", "model:event-ner", 'Info day – "Selling cheese to Japan"', dt.date(2031, 6, 3))),
    ('Online info session: "How to apply for the export voucher"',
     ("Online info session: How to apply for the export voucher", "model:event-ner",
      'Online info session: "How to apply for the export voucher"', None)),
    ('Webinar – "Recycled fibres in technical textiles"',
     ("Webinar – Recycled fibres in technical textiles", "model:event-ner", 'Webinar – "Recycled fibres in technical textiles"', None)),
])
def test_model_names_titled_events_the_rules_leave(extract_with_event_model, extract, text, row):
    assert _rows(extract(text)) == []  # the rules alone find nothing here
    assert _rows(extract_with_event_model(text)) == [row]


@pytest.mark.parametrize("text, row", [
    ("The cluster will host the Baltic Drone Testing Days in Tartu on 5 May 2031.",
     ("Baltic Drone Testing Days 2031", "pattern:event_name", "Baltic Drone Testing Days", dt.date(2031, 5, 5))),
    ("A hackathon on open port data will take place in Rotterdam on 14 October 2030.",
     ("Hackathon on open port data 2030", "pattern:event_described", "hackathon on open port data", dt.date(2030, 10, 14))),
])
def test_a_name_a_rule_finds_stays_the_rules(extract_with_event_model, text, row):
    assert _rows(extract_with_event_model(text)) == [row]


def test_no_event_no_row(extract_with_event_model):
    assert _rows(extract_with_event_model("Our cluster signed a memorandum with the regional development agency on 3 March 2031.")) == []


def test_a_span_without_an_event_keyword_is_no_event():
    lex = load_event_lexicon(DATA_DIR)
    assert name_keyword(lex, "Horizon Europe Cluster Action") is None  # a programme, not an event
    assert name_keyword(lex, "Green Ports Alliance") is None
    assert name_keyword(lex, "Webinar: Selling wooden toys online") == ("webinar", "webinar")


def test_the_setting_switches_the_model_off():
    assert model_folder(DATA_DIR) is not None
    assert load_settings({}, environ={}).event_model is True
    assert load_settings({}, environ={"CLUSTER_KB_EVENT_MODEL": "0"}).event_model is False


@pytest.mark.parametrize("text, cut, expected", [
    ('Webinar: "Heat pumps for bakeries" on Friday', 'Webinar: "Heat pumps for bakeries', 'Webinar: "Heat pumps for bakeries"'),
    ("Workshop „Digitale Zwillinge im Mittelstand“ am 3. März", "Workshop „Digitale Zwillinge im Mittelstand", "Workshop „Digitale Zwillinge im Mittelstand“"),
    ("Info day “Blue economy vouchers” in Gdańsk", "Info day “Blue economy vouchers", "Info day “Blue economy vouchers”"),
    ("Atelier « Chaînes courtes » à Lyon", "Atelier « Chaînes courtes", "Atelier « Chaînes courtes"),  # French space before »: kept as cut
    ('Webinar: "Heat pumps for bakeries" on Friday', 'Webinar: "Heat pumps for bakeries"', 'Webinar: "Heat pumps for bakeries"'),
    ('Demo Day 2031 "Robots" in Linz', "Demo Day 2031", "Demo Day 2031"),
])
def test_model_span_takes_the_quote_its_title_opened(text, cut, expected):
    # the recogniser's edge round a quoted title moves between trainings; the mention text does not
    assert text[:close_quote(text, 0, len(cut))] == expected


@pytest.mark.parametrize("paragraph, read", [
    ("The members met at two General Assemblies in Graz.", True),  # plural of a multi-word keyword's first word
    ("Three webinars on hydrogen valleys are planned.", True),  # plural of a one-word keyword
    ("The cluster joined the Hannover Messe pavilion.", True),  # another language's keyword, mid-sentence
    ("Our data platform now covers 40 bakeries.", False),  # "day" inside "data" is no keyword
    ("Membership fees stay unchanged; the budget was approved.", False),
])
def test_model_reads_only_paragraphs_that_can_hold_an_event_keyword(paragraph, read):
    lex = load_event_lexicon(DATA_DIR)
    assert (lex.keyword_stems.search(paragraph.lower()) is not None) is read


@pytest.mark.parametrize("text, name", [
    ("Dates of the next sessions\n- Board: 4 May 2031", "Dates of the next sessions"),  # the next list item
    ("a seminar on bio-based glues.\n3. Members' news", "a seminar on bio-based glues"),  # a numbered item
    ("a seminar on bio-based glues.\n3", "a seminar on bio-based glues"),  # a page or item number alone
    ("Study tour to Tartu\nOn 4 May 2031 a delegation of\n18 members", "Study tour to Tartu\nOn 4 May 2031 a delegation of\n18 members"),
    ("Trade fair visit to Poznań ........ 4", "Trade fair visit to Poznań"),  # a contents line's leaders
    ("the autumn workshop on\nfood safety", "the autumn workshop on\nfood safety"),  # a wrapped line stays
])
def test_a_span_ends_before_a_list_item_or_dot_leaders(text, name):
    assert text[:span_end(text, 0, len(text))] == name


@pytest.mark.parametrize("text, name", [
    ("4th partner meeting: Rovaniemi, Finland", "4th partner meeting"),  # "<meeting>: <place>, <country>"
    ("Final workshop: Vilnius, November 2031", "Final workshop"),
    ("Second consortium meeting: Lisbon (PT)", "Second consortium meeting"),
    ("Webinar: Heat pumps for dairy farms", "Webinar: Heat pumps for dairy farms"),  # a title after the colon stays
    ("Study tour: Tartu and its harbour", "Study tour: Tartu and its harbour"),  # more than a place
])
def test_a_span_ends_before_a_colon_and_a_known_place(text, name):
    assert text[:place_after_colon(text, 0, len(text), load_gazetteer(DATA_DIR))] == name


def test_event_folds_hold_out_every_training_set_once():
    """``make event-folds`` measures the model on every training set, each held out by exactly one fold."""
    from pathlib import Path

    from pipeline.event_model.align import training_sets
    from pipeline.event_model.folds import FOLDS

    root = Path(__file__).resolve().parent.parent
    held = [s for fold in FOLDS for s in fold]
    assert sorted(held) == sorted(name for name, _, _ in training_sets(root))


# The model retrained on 27 sets (64 wide) and on 29 sets tagged 3 of these 8 sentences exactly (the 23-set one, 96 wide, the
# first three); the 31-set model (blind25 and blind26 added) tagged 4: the delegation to Osaka and Kyoto, the return visit to
# Leipzig, the trade mission to Nairobi and the study visit to Vienna. Retrained on 35 sets (blind27 to blind30 added), the
# 64-wide model tagged 3 (the return visits to Leipzig and Porto, the study visit to Vienna); the 48-wide, 3-deep model
# shipped then tagged 2: the trade mission to Nairobi and the study visit to Vienna (nothing in the other sentences). Retrained
# on 43 sets (blind31 to blind38 added; same 48-wide, 3-deep shape), it tags 4: those two, the delegation to Osaka and Kyoto and
# the return visit to Porto. Retrained on 47 sets (blind39 to blind42 added; same shape), it tags 6: those, less the delegation
# to Osaka and Kyoto, and the return visit to Leipzig, the fact-finding mission to Taiwan and the delegation to Seoul.
# Retrained on 59 sets (blind43 to blind54 added; same shape), it tags 3: the return visits to Leipzig and Porto and the study
# visit to Vienna (nothing in the other five sentences: no wrong row). Retrained on 79 sets (blind55 to blind74 added; same
# shape), it tags 4 exactly: the follow-up visit to Turin, the trade mission to Nairobi, the study visit to Vienna and the
# delegation to Seoul; the return visit to Leipzig with "next spring" inside the name; nothing in the other three sentences.
# Retrained on 83 sets (blind75 to blind78 added; same shape), it tags 3 exactly: the trade mission to Nairobi and the return
# visits to Leipzig (without "next spring" now) and Porto; the study visit of Czech bakers without "to Vienna"; nothing in
# the other four sentences (Osaka and Kyoto, Turin, Taiwan, Seoul).
# Retrained on 117 sets (blind79 to blind112 added; same shape), it tags 3 exactly: the trade mission to Nairobi, the
# study visit of Czech bakers to Vienna (now with its destination) and the return visit to Porto; the return visit of Polish
# clusters without "to Leipzig"; nothing in the other four sentences (Osaka and Kyoto, Turin, Taiwan, Seoul).
# Retrained on 122 sets (blind113 to blind117 added; same shape), it tags 5 exactly: the return visit of Polish clusters
# to Leipzig (its destination back) and the fact-finding mission to Taiwan come in beside the three before; nothing in
# the other three sentences (Osaka and Kyoto, Turin, Seoul).
# The untagged stay as strict expected failures, so a retrain that tags them shows.
_NOT_TAGGED = pytest.mark.xfail(strict=True, reason="the 122-set model (48 wide) does not tag it")


@pytest.mark.parametrize("text, row", [
    # a generic event noun of data/event_generic_heads.txt counts as the keyword: visits, delegations, missions
    pytest.param("Last year the cluster led a Finnish business delegation to Osaka and Kyoto.",
                 ("Finnish business delegation to Osaka and Kyoto", "model:event-ner", "Finnish business delegation to Osaka and Kyoto", None),
                 marks=_NOT_TAGGED),
    pytest.param("Members also asked for a follow-up visit of Basque partners to Turin.",
                 ("Follow-up visit of Basque partners to Turin", "model:event-ner", "follow-up visit of Basque partners to Turin", None),
                 marks=_NOT_TAGGED),
    ("The programme ends with a return visit of Polish clusters to Leipzig next spring.",
     ("Return visit of Polish clusters to Leipzig", "model:event-ner", "return visit of Polish clusters to Leipzig", None)),
    ("Our members joined a trade mission to Nairobi.",
     ("trade mission to Nairobi", "model:event-ner", "trade mission to Nairobi", None)),
    ("The board approved a study visit of Czech bakers to Vienna.",
     ("study visit of Czech bakers to Vienna", "model:event-ner", "study visit of Czech bakers to Vienna", None)),
    ("Members welcomed the return visit of Danish designers to Porto.",
     ("Return visit of Danish designers to Porto", "model:event-ner", "return visit of Danish designers to Porto", None)),
    ("Twelve firms took part in a fact-finding mission to Taiwan.",
     ("Fact-finding mission to Taiwan", "model:event-ner", "fact-finding mission to Taiwan", None)),
    pytest.param("A delegation of Irish seafood exporters will travel to Seoul.",
                 ("Delegation of Irish seafood exporters", "model:event-ner", "delegation of Irish seafood exporters", None),
                 marks=_NOT_TAGGED),
])
def test_model_names_visits_and_delegations_by_their_noun(extract_with_event_model, extract, text, row):
    assert _rows(extract(text)) == []  # the rules alone find nothing here (no date, no place in the sentence)
    assert _rows(extract_with_event_model(text)) == [row]


def test_a_generic_event_noun_is_the_keyword_of_a_span_without_one():
    heads = load_event_heads(DATA_DIR)
    assert name_head(heads, "return visit of Polish clusters to Leipzig") == ("return visit", "other")
    assert name_head(heads, "Finnish business delegations to Osaka") == ("delegation", "other")
    assert name_head(heads, "Green Ports Alliance") is None


@pytest.mark.parametrize("name, noun", [
    ("Regionalna konferencji klastrów drzewnych", ("konferencji", "conference")),  # pl, a case form
    ("Walne zgromadzenie członków stowarzyszenia", ("walne zgromadzenie", "other")),  # pl, two words
    ("l'assemblea generale dei soci del consorzio", ("assemblea generale", "other")),  # it, after an elided article
    ("Nordjysk træindustris konferencen om biobrændsel", ("konferencen", "conference")),  # da, definite suffix
    ("Faipari klaszterek konferenciára", ("konferenciára", "conference")),  # hu, a case ending
    ("Projekt współpracy zagranicznej klastrów", None),  # pl, a project: no event noun
    ("Green Hydrogen Partnership", None),  # no event noun of any language
    ("Programul Operațional Regional", None),
])
def test_another_languages_event_noun_in_any_listed_form_keeps_a_span(name, noun):
    """A span with no English keyword nor generic noun is an event when it holds another language's event noun in
    one of the forms data/event_noun_concepts.csv lists (cases, definite suffixes), as the model tags them."""
    assert name_foreign(load_event_heads(DATA_DIR), name) == noun


@pytest.mark.parametrize("paragraph, read", [
    ("W czwartek odbyło się walne zgromadzenie członków klastra.", True),  # pl
    ("Durante l'assemblea dei soci è stato approvato il bilancio.", True),  # it, after an elided article
    ("Konferenciát tartottunk a faipari vállalkozásoknak.", True),  # hu, a case form opening the paragraph
    ("Der Haushalt wurde einstimmig beschlossen.", False),  # no event noun of any language
    ("Roczne walne,\nzgromadzenie odbędzie się w maju.", True),  # pl, a form's words apart by a comma and a line
    ("La entrega de los diplomas fue en marzo.", False),  # es: "entrega" of "entrega de premios" alone is no form
    ("Il direttore generale ha firmato il contratto.", False),  # it: "generale" of "assemblea generale" alone
    ("El informe anual se publicó en junio.", False),  # es: "anual" of "asamblea general anual" alone
])
def test_model_reads_paragraphs_with_another_languages_event_noun(paragraph, read):
    assert (load_event_heads(DATA_DIR).keep.search(paragraph.lower()) is not None) is read


def test_event_folds_rules_column_leaves_out_the_shipped_models_own_events(tmp_path):
    """(a) of ``make event-folds`` is the rules alone: an event whose every mention in a document is the shipped
    model's (which has seen the held-out sets) is left out; one a rule also named stays."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.event_model.folds import rule_predictions

    pq.write_table(pa.Table.from_pylist([{"doc_id": "d1", "source_path": "/x/news.txt"},
                                         {"doc_id": "d2", "source_path": "/x/call.md"}]), tmp_path / "documents.parquet")
    pq.write_table(pa.Table.from_pylist([
        {"event_id": e, "name": n, "start_date": None, "end_date": None, "date_precision": None}
        for e, n in (("e1", "Baltic Drone Days"), ("e2", "Webinar: Heat pumps for bakeries"), ("e3", "Study visit to Tartu"))]),
        tmp_path / "events.parquet")
    pq.write_table(pa.Table.from_pylist([
        {"doc_id": d, "entity_type": "event", "entity_id": e, "text": "", "rule": r}
        for d, e, r in (("d1", "e1", "pattern:event_name"), ("d1", "e2", "model:event-ner"),
                        ("d1", "e3", "model:event-ner"), ("d1", "e3", "pattern:event_described"),
                        ("d2", "e2", "model:event-ner"), ("d2", "e1", "model:event-ner"))]), tmp_path / "mentions.parquet")
    preds = rule_predictions(tmp_path)
    assert [e.name for e in preds["news.txt"].events] == ["Baltic Drone Days", "Study visit to Tartu"]
    assert preds["call.md"].events == []
