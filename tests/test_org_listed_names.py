"""Families "a list of names" (a run carried over a list's comma holds two names), "two names joined by and" with
another language's "and" and an article after it, and an authority's name before "and"
(pipeline/extract/org_name_pairs.py: listed_names, name_after_and, authority_and_name)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The forum is organised with Region Halland, Dalmark University and the Fjordby Research Centre.",
     {"Region Halland", "Dalmark University", "Fjordby Research Centre"}),
    ("The prizes are supported by Município de Alvorada, Município da Serra Alta and the local press.",
     {"Município de Alvorada", "Município da Serra Alta"}),
    ("It works with the Université de Valmont, CNRS and two schools on research.", {"Université de Valmont", "CNRS"}),
    ("The study was funded by the Chamber of Commerce of Velmar, Velmar Craft Association and the bank.",
     {"Chamber of Commerce of Velmar", "Velmar Craft Association"}),
])
def test_a_list_of_names_is_split_at_its_commas(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # a unit and its parent, a name whose comma lists its fields: one name (or the unit rule's two)
    ("The Fenwick Chamber of Commerce, Enterprise and Industry met on Monday.", {"Fenwick Chamber of Commerce, Enterprise and Industry"}),
])
def test_a_comma_inside_one_name_stays(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    ("Agraïm la col·laboració de Fundació Caixa Pirineu i de la Cambra de Comerç de Tremp.",
     {"Fundació Caixa Pirineu", "Cambra de Comerç de Tremp"}),
    ("Cererile depuse de Clusterul Lemnului Vrancea și de Asociația Cluster Mobilitate Argeș au fost aprobate.",
     {"Clusterul Lemnului Vrancea", "Asociația Cluster Mobilitate Argeș"}),
    ("Lo stand collettivo è organizzato con la Regione Valdora e l'Agenzia Export Italia.",
     {"Regione Valdora", "Agenzia Export Italia"}),
])
def test_another_languages_and_with_an_article_joins_two_names(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    ("The vouchers are co-funded by the Marvale Region and Sviluppomarvale.", {"Marvale Region", "Sviluppomarvale"}),
    ("The pilot is supported by the Grand Lorval Region and Eurométropole de Lorval.", {"Grand Lorval Region"}),
])
def test_an_authority_and_a_name(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected
