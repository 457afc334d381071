"""``model:org-ner``: the trained ORG recogniser (pipeline/data/org_model/, docs/org-model.md) as the lowest-priority
organisation source beside the rules; own sentences, the shipped artifact (fixed, so its output is deterministic)."""
from __future__ import annotations


import pytest

from pipeline.config import DATA_DIR, load_settings
from pipeline.extract.org_model import Tag, clean_name, keep_name, may_hold_name, model_folder


def _rows(result):
    return [(o.name, o.rule, o.text) for o in result.organisations]


@pytest.mark.parametrize("text, rules_rows, model_rows", [
    ("Members of the cluster:\n- Lesna industrija Mozirje\n- Zemgales plānošanas reģions\n- Rēzeknes Tehnoloģiju akadēmija",
     [("Tehnoloģiju akadēmija", "pattern:lower-head", "Tehnoloģiju akadēmija")],
     [("Lesna industrija Mozirje", "model:org-ner", "Lesna industrija Mozirje"),
      ("Zemgales plānošanas reģions", "model:org-ner", "Zemgales plānošanas reģions")]),
    ("- Cluster Lemn Mobilă Nord-Est\n- Clusterul de Turism Bucovina",
     [("Clusterul de Turism Bucovina", "pattern:org-head", "Clusterul de Turism Bucovina")],
     [("Cluster Lemn Mobilă Nord-Est", "model:org-ner", "Cluster Lemn Mobilă Nord-Est")]),
])
def test_model_names_organisations_the_rules_leave(extract_with_org_model, extract, text, rules_rows, model_rows):
    assert _rows(extract(text)) == rules_rows
    assert _rows(extract_with_org_model(text)) == rules_rows + model_rows


@pytest.mark.parametrize("text, rows", [
    ("Speakers came from Trentino Sviluppo, Eurac Research and Sundsvalls kommun.",
     [("Eurac Research", "ner:ORG", "Eurac Research"), ("Sundsvalls kommun", "pattern:lower-head-mid", "Sundsvalls kommun")]),
    ("Partners: Snaga Maribor, Ambition North Wales and Port of Mostyn.",
     [("Snaga Maribor", "cue:label-list", "Snaga Maribor"), ("Port of Mostyn", "cue:label-list", "Port of Mostyn")]),
])
def test_a_name_a_rule_finds_stays_the_rules(extract_with_org_model, extract, text, rows):
    assert _rows(extract(text)) == rows
    assert _rows(extract_with_org_model(text)) == rows


@pytest.mark.parametrize("text, name", [
    # a French or Italian article or preposition that loses its vowel is the sentence's, not the name's
    ("La delegazione ha visitato l'Oleificio Colle Verde e poi il porto.", "Oleificio Colle Verde"),
    ("Les résultats ont été présentés par l’Agence régionale AD’INNO aux membres.", "Agence régionale AD’INNO"),
    ("Un accord a été signé avec d'Arlon Métal Recherche pour trois ans.", "Arlon Métal Recherche"),
])
def test_an_elided_article_is_no_part_of_the_name(extract_with_org_model, extract, text, name):
    assert _rows(extract(text)) == []
    assert _rows(extract_with_org_model(text)) == [(name, "model:org-ner", name)]


@pytest.mark.parametrize("text", ["Grant per SME: up to EUR 10,000.", "Steering Committee members met online.",
                                  "The Alpine Timber Summit 2031 takes place in Graz.", "Jane Doe presented the results."])
def test_no_organisation_no_row(extract_with_org_model, text):
    assert _rows(extract_with_org_model(text)) == []


def test_the_filter():
    text = "x"
    keep = lambda name, covered=(), held=frozenset(): keep_name(Tag(name, 10, 10 + len(name)), text, list(covered), set(held), DATA_DIR)
    assert keep("Lesna industrija Mozirje")
    assert not keep("Mozirje")  # one word
    assert not keep("SAMAAN AIKAAN")  # all capitals
    assert not keep("lesna industrija")  # no capital
    assert not keep("Baltic Cluster Conference")  # an event keyword
    assert not keep("Horizon Europe Programme")  # the rules' not-an-organisation check
    assert not keep("Lesna industrija Mozirje", covered=[(5, 12)])  # a rule mention overlaps it
    assert not keep("Jane Doe Smith", held={"jane doe smith"})  # a person, place or event the document holds


@pytest.mark.parametrize("name, kept", [
    ("Fakulteta za strojništvo", True),  # a function word inside the name
    ("Strojni grozd Savinjske in", False),  # the Slovenian "and" that goes on in the sentence
    ("Handelshögskolan i", False),
    ("Ministerium für Wirtschaft Thüringen für", False),
    ("Cluster Agroalimentar do Norte e", False),
])
def test_the_filter_drops_a_name_that_ends_in_a_function_word(name, kept):
    from pipeline.extract.languages import stop_words

    stops = stop_words("en") | stop_words("sl") | stop_words("sv") | stop_words("de") | stop_words("pt")
    assert keep_name(Tag(name, 10, 10 + len(name)), "x", [], set(), DATA_DIR, stops) is kept


@pytest.mark.parametrize("span, name", [
    ("(Lesna industrija Mozirje)", "Lesna industrija Mozirje"),
    ("Port of Mostyn.", "Port of Mostyn"),
    ("Adria Digital d.o.o.", "Adria Digital d.o.o."),
    ("– Zemgales plānošanas\nreģions,", "Zemgales plānošanas reģions"),
])
def test_clean_name(span, name):
    tag = clean_name(span, 0, len(span))
    assert tag is not None and tag.name == name and " ".join(span[tag.start:tag.end].split()) == name


@pytest.mark.parametrize("span, name", [
    ("dell'Università di Acme", "Università di Acme"),
    ("(l’ESTIA Technopole)", "ESTIA Technopole"),
    ("L'Oréal Italia", "L'Oréal Italia"),  # a capital article opens the name
    ("l'innovazione Acme", "l'innovazione Acme"),  # no capital after it: no article of a name
    ("O'Neill Partners", "O'Neill Partners"),
])
def test_clean_name_without_an_elided_article(span, name):
    tag = clean_name(span, 0, len(span), frozenset({"l", "d", "dell"}))
    assert tag is not None and tag.name == name and span[tag.start:tag.end] == name


def test_the_setting_switches_the_model_off():
    assert model_folder(DATA_DIR) is not None
    assert load_settings({}, environ={}).org_model is True
    assert load_settings({}, environ={"CLUSTER_KB_ORG_MODEL": "0"}).org_model is False


def _may_hold(text: str, covered: tuple[tuple[int, int], ...] = ()) -> bool:
    mask = bytearray(len(text))
    for s, e in covered:
        mask[s:e] = b"\x01" * (e - s)
    return may_hold_name(text, mask, 0, text.replace("\n", " "))


@pytest.mark.parametrize("text, covered, read", [
    ("The cluster met the mayor on a rainy day.", (), False),  # only the capital that opens the sentence
    ("Our partners came from Lubelski Park and elsewhere.", (), True),  # a capital inside the sentence
    ("Membres :\n- Lubelski park naukowy\n- 2. Klaster wód", (), False),  # capitals that open a line or an item
    ("We thanked Anna Kowalska for her work.", ((11, 24),), False),  # its only inner capitals a rule's mention
    ("The mission ended at the dairy of l'Odet.", (), True),  # a capital after an elided article
    ("It joined Klaster Morski. Then it grew.", ((10, 24),), False),  # covered, then a sentence's opening capital
    ("1. Politechnika Świętokrzyska", (), True),  # the item's second word
])
def test_the_model_reads_a_paragraph_only_where_an_uncovered_capital_stands_inside_a_sentence(text, covered, read):
    """The org model reads a paragraph only when it holds a capitalised word no rule mention covers and that does not
    open a sentence or a line: a kept name has two words, a capital and no covered character."""
    assert _may_hold(text, covered) is read
