"""Roles of Catalan, Maltese, Estonian and Finnish texts by their titles (the ``[ca]``, ``[mt]`` and ``[fi et lt]`` sections of
role_titles_languages.txt): Catalan "the role of the organisation, Sr./Sra./Dra. Name" (rule ``the-role-name``, with the
Spanish and Catalan courtesy titles of person_titles.txt); Maltese titles after a hyphenated article ("il-lettur",
"tal-Kap Eżekuttiv": role_title_articles.txt); Estonian titles before the name, after the organisation in the genitive
("Acme Eesti ostujuht Jane Näide", rule ``role-before-name-language``). Sentences of our own; exact rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


LANGUAGE = "role:role-before-name-language"
GENITIVE = "role:role-before-name-language+org-genitive-lead"  # the organisation before the title (role_genitive_org.py)


@pytest.mark.parametrize("text, expected", [
    ("En el seu discurs, el president de la cooperativa, Sr. Jaume Roca i Puig, va recordar els inicis del projecte.",
     {("Jaume Roca i Puig", "president", None, "role:the-role-name")}),
    ("La gerent del clúster, Dra. Marta Vidal Soler, va agrair la feina dels voluntaris i dels patrocinadors.",
     {("Marta Vidal Soler", "gerent", None, "role:the-role-name")}),
    ("L'acte va comptar amb la presència de l'alcalde de Manresa, Sr. Jordi Solà Bosch, i de diversos empresaris.",
     {("Jordi Solà Bosch", "alcalde", None, "role:the-role-name")}),
])
def test_role_catalan_role_then_courtesy_title_and_name(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # rule family "field list": the items after the role's field are the field's, no organisation
    ("La jornada la va obrir Sra. Anna Puig i Roca, consellera d'Empresa, Treball i Comerç, davant de dos-cents assistents.",
     {("Anna Puig i Roca", "consellera d'Empresa", None, "role:apposition")}),
    ("Hi va intervenir Pere Soler i Mas, conseller d'Acció Climàtica, Alimentació i Agenda Rural, que va parlar de l'aigua.",
     {("Pere Soler i Mas", "conseller d'Acció Climàtica", None, "role:apposition")}),
    # one organisation after the role, then another person: the organisation stays
    ("The panel heard Mary Byrne, Director, Acme, and John Roe, CEO, Beta Foods, on the new rules.",
     {("Mary Byrne", "Director", "Acme", "role:apposition"), ("John Roe", "CEO", "Beta Foods", "role:apposition")}),
])
def test_role_field_list_after_the_role_names_no_organisation(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Skont il-lettur Dr. Paul Farrugia tal-Università, l-istudenti tgħallmu ħafna mill-proġett.",
     {("Paul Farrugia", "lettur", None, LANGUAGE)}),
    ("Is-sieħeb ewlieni kien l-aġenzija nazzjonali, taħt it-tmexxija tal-Kap Eżekuttiv Dr. Joanna Vella, li ppreżentat ir-riżultati.",
     {("Joanna Vella", "Kap Eżekuttiv", None, LANGUAGE)}),
    ("Il-laqgħa ġiet indirizzata mill-koordinatur Mark Camilleri, li spjega l-pjan tal-ħidma għas-sena d-dieħla.",
     {("Mark Camilleri", "koordinatur", None, LANGUAGE)}),
])
def test_role_maltese_title_after_its_article(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Paneelis rääkisid Saare Piimatööstuse juht Tiit Kask ja Coop Eesti ostujuht Kadri Mägi, kes tutvustas uusi tooteid.",
     {("Tiit Kask", "juht", "Saare Piimatööstuse", GENITIVE), ("Kadri Mägi", "ostujuht", "Coop Eesti", GENITIVE)}),
    ("Seminaril esineb Maksu- ja Tolliameti spetsialist Katrin Tamm, kes räägib ekspordi dokumentidest.",
     {("Katrin Tamm", "spetsialist", "Maksu- ja Tolliameti", GENITIVE)}),
    ("Aitäh meie meeskonnale: projektijuht Triin Lepp ja turundusjuht Marko Saar tegid suure töö.",
     {("Triin Lepp", "projektijuht", None, LANGUAGE), ("Marko Saar", "turundusjuht", None, LANGUAGE)}),
    ("Konverentsi avas Põlva vallavanem Tõnu Kallas, kes rääkis piirkonna ettevõtlusest.",
     {("Tõnu Kallas", "vallavanem", None, LANGUAGE)}),
])
def test_role_estonian_title_before_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_hyphenated_article_opens_no_title_inside_a_word(extract):
    # "-" inside an English compound is no Maltese article: "full-time director" stays one role phrase
    text = "The board hired Jane Doe as full-time director of the Acme Cluster in Valletta last spring."
    assert roles(extract(text)) == {("Jane Doe", "full-time director", "Acme Cluster", "role:verb-name-as-role+org-after-role")}


@pytest.mark.parametrize("text, expected", [
    # Finnish honorary and civil-service titles before the name, the organisation after a comma
    ("Paneelissa keskustelevat opetusneuvos Päivi Virtanen, Opetushallitus, ja toimitusjohtaja Mikko Laine.",
     {("Päivi Virtanen", "opetusneuvos", "Opetushallitus", "role:role-before-name-language+org-after-role"),
      ("Mikko Laine", "toimitusjohtaja", None, LANGUAGE)}),
    ("Tilaisuuden avasi kauppaneuvos Jukka Heikkinen, joka kertoi yrityksen historiasta.",
     {("Jukka Heikkinen", "kauppaneuvos", None, LANGUAGE)}),
    ("Rahoitushaun ohjeet esitteli ylitarkastaja Sanna Korhonen ja kysymyksiin vastasi projektipäällikkö Ville Mäkinen.",
     {("Sanna Korhonen", "ylitarkastaja", None, LANGUAGE), ("Ville Mäkinen", "projektipäällikkö", None, LANGUAGE)}),
])
def test_role_finnish_title_before_the_name(extract, text, expected):
    assert roles(extract(text)) == expected
