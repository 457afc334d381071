"""Rule family "no given name, an organisation's words": a cue rule's "person" that opens with no known given name and
has an organisation's or a place's words is none; sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, people", [
    # a compound ending in an organisation word, a front head of another language, an inner capital, a country
    ("The workshop was hosted by Holzbau-Cluster Kärnten (HCK) in Villach with Tanja Miklavčič (Slovenian Wood "
     "Cluster).\n", ["Tanja Miklavčič"]),
    ("Partners include the cluster AgroVerde Extremadura (Clúster Agroalimentario de Extremadura) and Lena Roth "
     "(Agrarnetz Baden).\n", ["Lena Roth"]),
    ("Speakers: Hanna Berg (Nordic Seafood Cluster) and, for the hosts, the chair of Portugal Seafood, Rui Matos.\n",
     ["Hanna Berg", "Rui Matos"]),
])
def test_organisation_words_without_a_given_name_are_no_person(extract, text, people):
    assert sorted(p.name for p in extract(text).people) == people


def test_organisation_shaped(rules):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people import organisation_shaped

    lex = load_lexicon(rules.data_dir)
    assert organisation_shaped("Holzbau-Cluster Kärnten", lex)
    assert organisation_shaped("AgroVerde Extremadura", lex)
    assert organisation_shaped("Malta Seafood", lex)
    # people: a known given name first, or no organisation or place word; a surname prefix is no brand's capital
    assert not organisation_shaped("Tanja Miklavčič", lex)
    assert not organisation_shaped("Líadan Ní Bhriain", lex)
    assert not organisation_shaped("Adaeze Okafor-McLeod", lex)
