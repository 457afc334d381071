"""Rule ``name-comma-of-org`` (statement_name_of_org.py): a full name, a comma, an article contracted with "of" and the
organisation, which closes the phrase, in the lists of speakers of Portuguese, Spanish, Italian and French texts.
Sentences of our own; exact rows."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("No painel estiveram Carla Mendes, do Centro de Formação Profissional de Évora, e Rui Tavares, da Associação "
     "Empresarial de Sines.",
     {("Carla Mendes", "", "Centro de Formação Profissional de Évora", "role:name-comma-of-org"),
      ("Rui Tavares", "", "Associação Empresarial de Sines", "role:name-comma-of-org")}),
    ("En la mesa participaron Lucía Álvarez, del Clúster de la Energía de Aragón, y otros socios.",
     {("Lucía Álvarez", "", "Clúster de la Energía de Aragón", "role:name-comma-of-org")}),
    ("Sono intervenuti Marco Bassi, della Regione Veneto, e Giulia Conti, dell'ateneo.",
     {("Marco Bassi", "", "Regione Veneto", "role:name-comma-of-org")}),
    ("La table ronde a réuni Claire Dubois, du Pôle Véhicule du Futur, et deux chefs d'entreprise.",
     {("Claire Dubois", "", "Pôle Véhicule du Futur", "role:name-comma-of-org")}),
])
def test_name_comma_of_the_organisation(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


@pytest.mark.parametrize("text", [
    # the words after the article go on in lower case: no organisation's name closes there
    "Falou Carla Mendes, da associação alemã de fornecedores, sobre o mercado.",
    # no person before the comma
    "O relatório final, do Centro de Formação Profissional de Évora, foi aprovado.",
])
def test_no_organisation_after_the_name(extract, text):
    assert not [r for r in extract(text).roles if r.rule == "role:name-comma-of-org"]
