"""The organisation of a role whose name carries no organisation word, and a name tied to its organisation by a
connector in another language. Exact role rows on sentences of our own.

- Family "brand after a connector" (statement_parts.brand_name): a title, a connector and capitalised words that close
  the apposition name the organisation even with no legal form, no organisation word and no acronym ("gerente de
  Marmedia", "inkoopmanager bij Veldhoven Optics"); not a place, nor a field of work the document also writes in lower
  case ("directora de Innovación" where the text speaks of "la innovación").
- Family "one-word organisation closing the apposition" (statement_apposition): "Jane Doe, CTO of Zentrix, said …":
  the sentence goes on in lower case after the role, so the one capitalised word after "of" is the organisation.
- Family "name-of-org" in other languages (person_org_connectors_languages.txt): "Jana Nováková z Acme s.r.o.", "Niko
  Virtanen från Acme ry", "Ivana Horvat iz …"; the people rule "name-before-connector" does not read those words, so a
  place's or a brand's "de" makes no person.
"""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("En la feria habló Antón Varela, gerente de Marmedia, sobre la exportación de boyas.",
     {("Antón Varela", "gerente", "Marmedia")}),
    ("Na de pauze sprak Sandra Kuipers, inkoopmanager bij Veldhoven Optics, over leveringszekerheid.",
     {("Sandra Kuipers", "inkoopmanager", "Veldhoven Optics")}),
    ("Zum Auftakt sprach Jens Keller, Geschäftsführer von Tiefbau Ruhr, über den Fachkräftemangel.",
     {("Jens Keller", "Geschäftsführer", "Tiefbau Ruhr")}),
    ("Selon Camille Ferrand, journaliste à Ouest-Éclair, le salon a attiré trois mille visiteurs.",
     {("Camille Ferrand", "journaliste", "Ouest-Éclair")}),
    ("Ha aperto i lavori Matteo Arnim, consulente presso Banca Sannita, con un saluto.",
     {("Matteo Arnim", "consulente", "Banca Sannita")}),
])
def test_brand_after_a_connector_is_the_organisation(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_a_field_the_text_writes_in_lower_case_stays_in_the_role(extract):
    r = extract("La innovación es la clave. El acto contó con Ana Ruiz, directora de Innovación, que presentó el plan.")
    assert _rows(r) == {("Ana Ruiz", "directora de Innovación", None)}
    assert [o.name for o in r.organisations] == []


@pytest.mark.parametrize("text, expected", [
    ("At the workshop Jane Doe, CTO of Zentrix, said the sensors were ready.", {("Jane Doe", "CTO", "Zentrix")}),
    ("Bo Lindqvist, chief engineer of Kalvia, explained the test results to the members.",
     {("Bo Lindqvist", "chief engineer", "Kalvia")}),
    ("The visit ended with Tom Reed, head of Kestrel, who showed the plant.", {("Tom Reed", "head", "Kestrel")}),
])
def test_one_word_organisation_closing_the_apposition(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a place after "of" is the role's, not an organisation; so is the place of a mayor's or an envoy's office in any
    # language (role_place_offices.txt), listed in no city list
    ("At the meeting Jane Doe, Mayor of Joensuu, said the port was ready.", {("Jane Doe", "Mayor of Joensuu", None)}),
    ("En el acto intervino Pedro Gil, alcalde de Tragacete, que dio la bienvenida.",
     {("Pedro Gil", "alcalde de Tragacete", None)}),
    ("Ha parlato Luca Neri, ambasciatore a Varsavia, della cooperazione con le imprese.",
     {("Luca Neri", "ambasciatore a Varsavia", None)}),
    # an organisation in the next segment is the organisation; the field stays in the role
    ("The panel heard Ruth Adler, Head of Procurement, Lenz Optics GmbH, on supply risks.",
     {("Ruth Adler", "Head of Procurement", "Lenz Optics GmbH")}),
])
def test_place_or_field_after_of_stays_in_the_role(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dr. Bernd Köhler z Bundesverband Keramik e.V. seznámil posluchače se zkušenostmi z Německa.",
     {("Bernd Köhler", "", "Bundesverband Keramik e.V.")}),
    ("Därefter presenterade Niko Virtanen från Oulun Teknologiakeskus Oy samarbetet över gränsen.",
     {("Niko Virtanen", "", "Oulun Teknologiakeskus Oy")}),
    ("Na panelu je govorila dr. Ivana Kovač iz Hrvatske gospodarske komore o izvozu.",
     {("Ivana Kovač", "", "Hrvatske gospodarske komore")}),
    ("Am Podium saß Maria Kottmann vom Europäischen Cluster Kolleg e.V. und diskutierte mit.",
     {("Maria Kottmann", "", "Europäischen Cluster Kolleg e.V.")}),
])
def test_name_tied_to_its_organisation_in_other_languages(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "El mercado se celebra en la Fira de Sant Miquel cada otoño, con productores locales.",
    "A feira decorre junto ao Paço dos Duques e recebe empresas da região.",
])
def test_a_romance_particle_before_a_capital_makes_no_person(extract, text):
    r = extract(text)
    assert [p.name for p in r.people] == []
    assert _rows(r) == set()
