"""Rule family "name words of other languages" (data/org_name_words.txt), the words added for Romanian, Galician,
Polish, Spanish/Portuguese/Italian centres, French university hospitals, Slavic lower-case heads and German/Danish compound heads; venues named
with "Centro" (not_organisations.txt [first words]); the civil-service honorifics of person_titles.txt; and a role in
brackets after a name in a text of another language (rule "name-paren-role", language_neutral_rules.txt).
Sentences of our own, exact rows."""
from __future__ import annotations

import pytest


def orgs(result) -> set[str]:
    return {o.name for o in result.organisations}


@pytest.mark.parametrize("text, expected", [
    # Romanian heads, and "pentru" inside the name
    ("The call is managed by the Agenția pentru Dezvoltare Regională Sud-Est in Brăila.",
     {"Agenția pentru Dezvoltare Regională Sud-Est"}),
    ("Pupils of the Colegiul Tehnic Traian Vuia visited the Spitalul Județean Arad last spring.",
     {"Colegiul Tehnic Traian Vuia", "Spitalul Județean Arad"}),
    # Galician and Polish heads
    ("The Axencia Galega de Calidade and the Concello de Lugo signed the charter.",
     {"Axencia Galega de Calidade", "Concello de Lugo"}),
    ("Engineers of the Politechnika Opolska met the Urząd Miasta Gdyni.",
     {"Politechnika Opolska", "Urząd Miasta Gdyni"}),
    # Dutch and German universities, schools and ministries in a text of their own language
    ("De studenten van de Universiteit Leiden werken al drie jaar samen met de Hogeschool Utrecht aan een nieuw "
     "project over circulaire bouwmaterialen in de regio.", {"Universiteit Leiden", "Hogeschool Utrecht"}),
    ("Die Forschung an der Universität Graz wurde vom Ministerie van Economische Zaken nicht gefördert, sagte sie "
     "bei der Eröffnung der neuen Halle am Montag.", {"Universität Graz", "Ministerie van Economische Zaken"}),
    # a French university hospital's acronym before its town
    ("Clinicians of the CHU de Rennes tested the device.", {"CHU de Rennes"}),
])
def test_org_name_words_romanian_galician_polish_dutch_german_heads(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The samples were tested at the Centro Tecnológico de la Piedra last year.",
     {"Centro Tecnológico de la Piedra"}),
    ("A grant from the Fondazione Marchetti per i Giovani Tessitori paid for the loom.",
     {"Fondazione Marchetti per i Giovani Tessitori"}),
    # venues named with "Centro": no organisation
    ("The fair takes place at the Centro de Congresos de Lugo, the dinner at the Centro Cultural Casa Verde.", set()),
])
def test_org_name_words_centres_and_italian_joiners(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Trainers from Gradbena šola Kranj and Dunajská inovačná aliancia joined the pilot.",
     {"Gradbena šola Kranj", "Dunajská inovačná aliancia"}),
    ("The pilot farm belongs to Roľnícke družstvo Horná Orava, the grant came from Ekološki sklad.",
     {"Roľnícke družstvo Horná Orava", "Ekološki sklad"}),
    ("The Salzburger Landesregierung and the Vestjysk Fødevarenetværk support the network.",
     {"Salzburger Landesregierung", "Vestjysk Fødevarenetværk"}),
])
def test_org_name_words_slavic_lower_heads_and_compound_heads(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, name, title", [
    ("The keynote was given by Ministerialrat Peter Gruber of the state.", "Peter Gruber", "Ministerialrat"),
    ("Greetings: Hofrätin Maria Steiner, head of the province's trade office.", "Maria Steiner", "Hofrätin"),
])
def test_person_titles_civil_service_honorifics_stay_out_of_the_name(extract, text, name, title):
    people = extract(text).people
    assert [p.name for p in people] == [name]
    assert people[0].title.rstrip(".") == title


def test_role_in_brackets_after_a_name_in_a_spanish_text(extract):
    text = ("La jornada reunió a empresas y centros de investigación de toda la comunidad. Participaron Elena "
            "Castro Ríos (directora técnica, Navales Ferrol S.L.) y Jorge Pazos Vidal (investigador, Universidade "
            "da Coruña), que presentaron los resultados del proyecto sobre el reciclaje de redes de pesca.")
    r = extract(text)
    assert sorted((x.person, x.role, x.organisation) for x in r.roles) == [
        ("Elena Castro Ríos", "directora técnica", "Navales Ferrol S.L."),
        ("Jorge Pazos Vidal", "investigador", "Universidade da Coruña"),
    ]


@pytest.mark.parametrize("text, expected", [
    # "et l'", "et le" between two names: two organisations, as "and the"
    ("Le projet est soutenu par la Région Grand Est et l'Agence Régionale de Santé.",
     {"Région Grand Est", "Agence Régionale de Santé"}),
    ("Les essais ont lieu avec l'Université de Rennes et le Pôle Mer Bretagne Atlantique.",
     {"Université de Rennes", "Pôle Mer Bretagne Atlantique"}),
    # a second complement of one name after an elided article stays in the name
    ("Elle a rejoint l'Agence pour l'Emploi et l'Apprentissage en mars.",
     {"Agence pour l'Emploi et l'Apprentissage"}),
])
def test_org_name_words_french_and_the_with_an_elided_article(extract, text, expected):
    assert orgs(extract(text)) == expected


def test_role_title_spanish_councillor_before_the_name(extract):
    text = ("Durante la inauguración habló la concejala de Turismo del Ayuntamiento de Soria, Ana Gil Pérez, que "
            "recordó la importancia de la cooperación entre las empresas de la provincia y los centros de formación.")
    r = extract(text)
    assert [(x.person, x.role) for x in r.roles] == [("Ana Gil Pérez", "concejala")]


def test_person_bracket_organisation_kept_in_a_polish_text(extract):
    text = ("Na spotkaniu w Poznaniu o współpracy z uczelniami mówili Anna Nowak (Meblotex) oraz Piotr Zieliński "
            "(Drewbud), a dyskusję poprowadziła dyrektor biura klastra.")
    r = extract(text)
    assert orgs(r) == {"Meblotex", "Drewbud"}
    assert {o.rule for o in r.organisations} == {"pattern:person-bracket"}
    assert sorted((x.person, x.organisation) for x in r.roles) == [("Anna Nowak", "Meblotex"), ("Piotr Zieliński", "Drewbud")]
