"""Rule ``the-role-name`` with Portuguese "a" (``role_articles.txt``, section ``[before another language's title]``):
an article that is also an English word leads in only before a title of ``role_titles_languages.txt`` that
``role_titles.txt`` lacks ("a vice-presidente da Câmara, Name,", "com a Secretária Regional, Dra. Name");
before an English title "a" stays the English article and gives no row.
"""
from __future__ import annotations

import pytest


def rows(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Na sessão de encerramento, a vice-presidente da Câmara Municipal de Viseu, Carolina Antunes Frade, "
     "agradeceu aos associados.",
     {("Carolina Antunes Frade", "vice-presidente", "Câmara Municipal de Viseu", "role:the-role-name+org-after-role")}),
    ("• 3 de maio, 10h00 – Visita às instalações com a Secretária Regional, Dra. Helena Borges Medeiros\n",
     {("Helena Borges Medeiros", "Secretária Regional", None, "role:the-role-name")}),
    ("O painel contou com a diretora executiva, Rosa Pimentel Lage, que apresentou o plano de atividades.",
     {("Rosa Pimentel Lage", "diretora executiva", None, "role:the-role-name")}),
])
def test_portuguese_a_before_a_title_of_another_language(extract, text, expected):
    assert rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "It is a director, Tom Evers, who decides on the budget of the network every year.",
    "She worked for years as a consultant, Jana Doerfel recalled at the meeting in Linz.",
])
def test_english_a_before_an_english_title_no_row(extract, text):
    assert not [r for r in extract(text).roles if r.rule.startswith("role:the-role-name")]
