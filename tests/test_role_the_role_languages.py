"""Rule family "the role, Name" in the other languages of cluster documents (``the-role-name``, statement_apposed.py):
an article of ``role_articles.txt``, a role title of ``role_titles_languages.txt``, perhaps what the role is of after
a connector of ``role_org_connectors.txt`` ("del clúster", "da Indústria"), a comma and the full name. The rule is
language-neutral (``language_neutral_rules.txt``): the role stays with the name in a block that is not in English."""
from __future__ import annotations

import pytest


def person_roles(result, person: str) -> set[tuple[str, str | None]]:
    return {(r.role, r.organisation) for r in result.roles if r.person == person}


@pytest.mark.parametrize("text, person, expected", [
    ("En la jornada de Almería intervino la gerente del clúster hortofrutícola, Marta Ortega Ruiz, que presentó "
     "los resultados de la campaña y las nuevas ayudas para las cooperativas de la provincia.",
     "Marta Ortega Ruiz", {("gerente", None)}),
    ("Ha aperto i lavori il presidente del consorzio, Giuseppe Russo Ferrara, che ha ricordato i venti anni di "
     "attività e ringraziato le imprese socie per il loro impegno nella filiera del legno.",
     "Giuseppe Russo Ferrara", {("presidente", None)}),
    ("A sessão de encerramento contou com o Secretário de Estado da Indústria, Dr. João Pedro Lameiras, que "
     "anunciou um novo programa de apoio às empresas exportadoras da região centro.",
     "João Pedro Lameiras", {("Secretário de Estado", None)}),
    ("Beim Empfang in Graz sprach der Geschäftsführer des Netzwerks, Markus Pichler, über die neuen Projekte "
     "mit den Partnern aus Slowenien und über die Förderung durch das Land Steiermark.",
     "Markus Pichler", {("Geschäftsführer", None)}),
    ("Le programme a été présenté par l'administratrice du réseau, Claire Fontaine, devant une centaine "
     "d'entreprises venues de toute la région pour découvrir les nouveaux services.",
     "Claire Fontaine", {("administratrice", None)}),
])
def test_the_role_name_in_other_languages(extract, text, person, expected):
    assert person_roles(extract(text), person) == expected


@pytest.mark.parametrize("text", [
    # no name after the comma: the clause goes on about the role's holder
    "La gerente del clúster, que llegó a la asociación en mayo, agradeció a las empresas su participación en la feria.",
    # "dell'" is "of the", no article before the title: the name is the assessore's neighbour, not an assessore
    "La visita dell'assessore, Paolo Bianchi e due colleghi del comune hanno accompagnato il gruppo in cantiere.",
])
def test_the_role_name_in_other_languages_left_alone(extract, text):
    assert not [r for r in extract(text).roles if r.rule.startswith("role:the-role-name")]


def test_the_role_name_past_what_the_role_is_of_and_its_acronym(extract):
    # what the role is of, after a connector, may end with its acronym in brackets before the comma
    result = extract("The project officer from the Nordic Innovation Agency (NIA), Dr. Lea Brandt, explained the "
                     "reporting rules to the partners.")
    assert {r.role for r in result.roles if r.person == "Lea Brandt" and r.rule.startswith("role:the-role-name")} == {"project officer"}


# Rule family "another language's connector" (statement_parts.role_segment): an apposition too long for a role goes on
# after a connector of role_org_connectors.txt; the role ends there and the organisation's name follows.
@pytest.mark.parametrize("text, person, expected", [
    ("La journée a été ouverte par Mme Isabelle Marchetti, vice-présidente de la Région Grand Est chargée de "
     "l'innovation et du numérique, devant deux cents participants.",
     "Isabelle Marchetti", {("vice-présidente", "Région Grand Est")}),
    ("Il convegno è stato aperto da Paolo Benedetti, assessore della Regione Marche con delega alle attività "
     "produttive e al turismo, insieme ai soci del distretto.",
     "Paolo Benedetti", {("assessore", "Regione Marche")}),
    ("Het rapport werd voorgesteld door Sofie Claes, directeur van Vlaamse Maritieme Cluster sinds de "
     "hervorming van vorig jaar, tijdens de ledenvergadering.",
     "Sofie Claes", {("directeur", "Vlaamse Maritieme Cluster")}),
])
def test_long_apposition_ends_at_another_languages_connector(extract, text, person, expected):
    assert person_roles(extract(text), person) == expected


@pytest.mark.parametrize("text, person, role", [
    ("The managing director, ir. Sander Vos, presented the accounts for the year.", "Sander Vos", "managing director"),
    ("Our thanks go to the treasurer, ir. Lotte Jacobs (Jacobs Bouw NV), who closed the books in March.",
     "Lotte Jacobs", "treasurer"),
])
def test_the_role_name_past_the_dutch_engineers_title(extract, text, person, role):
    # "ir." (person_titles.txt) is a title before the name, not part of it
    result = extract(text)
    assert person in {p.name for p in result.people}
    assert role in {r.role for r in result.roles if r.person == person}


@pytest.mark.parametrize("text, expected", [
    # the article contracted with "of" ("do", "da", "del", "della"): a list of speakers, each role before its own name
    ("A sessão contou com intervenções do presidente da Câmara Municipal de Sintra, Rui Manuel Costa, da presidente "
     "da direção do cluster, Ana Sofia Lopes, e do vice-presidente da CCDR Norte, Dr. Paulo Jorge Reis.",
     {("Rui Manuel Costa", "presidente", "Câmara Municipal de Sintra", "role:the-role-name+org-after-role"),
      # "presidente da direção" (chair of the board) is one title of role_title_concepts.csv, as gold writes it
      ("Ana Sofia Lopes", "presidente da direção", None, "role:the-role-name"),
      ("Paulo Jorge Reis", "vice-presidente", None, "role:the-role-name")}),
    ("Siguieron las palabras del alcalde de Gijón, Luis Fernández Prieto, y de la gerente, Marta Ortega Ruiz.",
     {("Luis Fernández Prieto", "alcalde", None, "role:the-role-name"),
      ("Marta Ortega Ruiz", "gerente", None, "role:the-role-name")}),
    ("Dopo i saluti del sindaco di Pordenone, Marco Zanin, e l'intervento della direttrice del distretto, Anna Bassi, "
     "si è aperto il dibattito.",
     {("Marco Zanin", "sindaco", None, "role:the-role-name"),
      ("Anna Bassi", "direttrice", None, "role:the-role-name")}),
])
def test_contracted_article_before_the_role(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


# A capitalised title of another language that opens its sentence needs no article.
@pytest.mark.parametrize("text, person, expected", [
    ("Samarbeidet startet i fjor. Daglig leder i verftet, Ingvild Strøm-Olsen, forteller at de har to nye forespørsler.",
     "Ingvild Strøm-Olsen", {("Daglig leder", None)}),
    ("Klustret växer. Verksamhetsledare för klustret, Anna Berg, berättar att tolv nya företag har anslutit sig.",
     "Anna Berg", {("Verksamhetsledare", None)}),
    ("De agenda is klaar. Gedeputeerde van de Provincie Utrecht, Jan de Vries, sprak de leden toe over de nieuwe plannen.",
     "Jan de Vries", {("Gedeputeerde", "Provincie Utrecht")}),
    ("Klyngen vokser. Klyngechef i Aalborg, Søren Kirk, fortæller om de nye projekter.",
     "Søren Kirk", {("Klyngechef", None)}),
])
def test_title_opening_its_sentence_needs_no_article(extract, text, person, expected):
    assert person_roles(extract(text), person) == expected


def test_an_english_title_opening_its_sentence_still_needs_one(extract):
    assert person_roles(extract("The board met in May. Chair, Jane Doe, opened the meeting."), "Jane Doe") == set()
