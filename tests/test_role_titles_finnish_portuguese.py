"""Finnish and Portuguese role titles (``role_titles_languages.txt``, sections ``[fi et lt]`` and ``[es pt]``).

Finnish writes the field of a title into the same word ("kehitys|päällikkö", "liiketoiminta|johtaja"), so each
compound is a title of its own; Portuguese names the cluster's manager "gestor"/"gestora" and a post "diretora de
projetos". The titles give the role in the language-neutral shapes: after the name ("Name, title, Organisation",
"Name, title, e-mail") and right before a full name (rule ``role-before-name-language``). A title with no name
after it gives no row.
"""
from __future__ import annotations

import pytest


def roles_of(result, person: str) -> set[tuple[str, str | None, str]]:
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


@pytest.mark.parametrize("text, person, expected", [
    # fi: a board list, a contact line, a title before the name in running text
    ("Yhdistyksen hallitus vuodelle 2031 valittiin kevätkokouksessa.\n\nJäsenet\n"
     "- Anneli Väisänen, kehityspäällikkö, Kuopion Konetekniikka Oy\n",
     "Anneli Väisänen", {("kehityspäällikkö", "Kuopion Konetekniikka Oy", "role:line:name-role")}),
    ("Lisätietoja ohjelmasta ja ilmoittautumisesta: Pekka Hirvonen, projektipäällikkö, pekka.hirvonen@esimerkki.example",
     "Pekka Hirvonen", {("projektipäällikkö", None, "role:apposition")}),
    ("Seminaarin avasi tutkimusjohtaja Sanna Kiviniemi, joka kertoi uusista yhteishankkeista yritysten kanssa.",
     "Sanna Kiviniemi", {("tutkimusjohtaja", None, "role:role-before-name-language")}),
    # pt: a contact line, a title before the name, a staff list line
    ("Para mais informações sobre o programa e as inscrições: Rita Sousa Prado, gestora de cluster, "
     "rita.prado@exemplo.example",
     "Rita Sousa Prado", {("gestora de cluster", None, "role:apposition")}),
    ("A sessão de abertura contou com a intervenção do diretor de projetos Nuno Faria Costa, que apresentou os "
     "resultados do primeiro ano.",
     "Nuno Faria Costa", {("diretor de projetos", None, "role:role-before-name-language")}),
    ("A equipa técnica da associação reforçou-se este ano com duas novas pessoas.\n"
     "- Carla Medeiros Pacheco – gestora\n",
     "Carla Medeiros Pacheco", {("gestora", None, "role:line:name-role")}),
])
def test_finnish_and_portuguese_titles(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected


@pytest.mark.parametrize("text", [
    # the title with no name after it: the clause goes on about the office
    "Uusi toiminnanjohtaja aloittaa tehtävässään maaliskuussa ja vastaa myös klusterin kansainvälisistä hankkeista.",
    "A nova gestora inicia funções em abril e assume também a coordenação dos projetos europeus do cluster.",
    # the title before a name of a place, not of a person
    "Hankkeen vetäjänä toimii kehityspäällikkö Porin toimistossa, joka kokoaa yritysten tarpeet yhteen.",
])
def test_title_with_no_person_after_it_no_row(extract, text):
    assert not extract(text).roles
