"""Role titles of ``role_title_concepts.csv`` (24 concepts in the 37 languages of languages.csv) read by the existing
role rules, in the shapes prose writes them: after the name ("Name, title, …", rule ``apposition``), before it (rule
``role-before-name-language``), after an appointment verb in the case the language asks for (rule
``name-elected-role``: Slavic instrumental, Finnish translative, Latvian "par" + accusative), and the office first,
then a copula and its holder (rule ``the-role-is-name``: "Predsedom predstavenstva je Ing. …"). Also a short
abbreviated title word ("adm. direktør") and the Irish "Ó" in a full name. Sentences of our own; exact rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Na sjednici je govorila Ivana Horvat, potpredsjednica udruge, a zatim Marko Babić, član nadzornog odbora.",
     {("Ivana Horvat", "potpredsjednica udruge", None, "role:apposition"),
      ("Marko Babić", "član nadzornog odbora", None, "role:apposition")}),
    ("Il-laqgħa fetħitha Maria Borg, president tal-bord, flimkien ma' Joseph Camilleri, segretarju ġenerali.",
     {("Maria Borg", "president tal-bord", None, "role:apposition"),
      ("Joseph Camilleri", "segretarju ġenerali", None, "role:apposition")}),
    ("Ag an gcruinniú labhair Colm Ó Ceallaigh, comhalta boird, faoin straitéis nua.",
     {("Colm Ó Ceallaigh", "comhalta boird", None, "role:apposition")}),
    ("Mötet öppnades av Karin Lindgren, klusterchef, som presenterade årets resultat.",
     {("Karin Lindgren", "klusterchef", None, "role:apposition")}),
])
def test_role_concept_title_after_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Klyngen ledes af klyngechef Mette Ravnkilde, der har været ansat siden 2030.",
     {("Mette Ravnkilde", "klyngechef", None, "role:role-before-name-language")}),
    ("Na konferencji przemawiała koordynatorka klastra Ewa Zielińska o współpracy z uczelniami.",
     {("Ewa Zielińska", "koordynatorka klastra", None, "role:role-before-name-language")}),
    ("Zasedání zahájila místopředsedkyně Jana Horáková krátkým projevem.",
     {("Jana Horáková", "místopředsedkyně", None, "role:role-before-name-language")}),
    ("Toplantıyı yönetim kurulu başkanı Ahmet Yılmaz açtı.",
     {("Ahmet Yılmaz", "yönetim kurulu başkanı", None, "role:role-before-name-language")}),
])
def test_role_concept_title_before_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peter Kováčik sa stal predsedom predstavenstva.",
     {("Peter Kováčik", "predsedom predstavenstva", None, "role:name-elected-role")}),
    ("Anna Wiśniewska została prezeską zarządu.",
     {("Anna Wiśniewska", "prezeską zarządu", None, "role:name-elected-role")}),
    ("Liisa Virtanen valittiin hallituksen puheenjohtajaksi.",
     {("Liisa Virtanen", "hallituksen puheenjohtajaksi", None, "role:name-elected-role")}),
    ("Mari Tamm valiti juhatuse esimeheks.",
     {("Mari Tamm", "juhatuse esimeheks", None, "role:name-elected-role")}),
    ("Anna Kalniņa kļuva par valdes priekšsēdētāju.",
     {("Anna Kalniņa", "valdes priekšsēdētāju", None, "role:name-elected-role")}),
])
def test_role_concept_title_after_an_appointment_verb(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Predsedom predstavenstva je Ing. Pavol Mrázik, PhD., riaditeľkou klastra je Mgr. Eva Baloghová.",
     {("Pavol Mrázik", "Predsedom predstavenstva", None, "role:the-role-is-name"),
      ("Eva Baloghová", "riaditeľkou klastra", None, "role:the-role-is-name")}),
    ("Předsedou správní rady je Ing. Tomáš Veselý.",
     {("Tomáš Veselý", "Předsedou správní rady", None, "role:the-role-is-name")}),
    ("Prezesem zarządu jest Anna Kowalska.",
     {("Anna Kowalska", "Prezesem zarządu", None, "role:the-role-is-name")}),
    ("Formand er Jens Kristian Holm.",
     {("Jens Kristian Holm", "Formand", None, "role:the-role-is-name")}),
])
def test_role_concept_office_first_then_its_holder(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Generalforsamlingen valgte Søren Kjeldsen, adm. direktør i Vestjysk Energi A/S, som ny formand.",
     {("Søren Kjeldsen", "adm. direktør", "Vestjysk Energi A/S", "role:apposition+org-inside-role")}),
    ("Bestyrelsen foreslår som nye medlemmer:\n- Karsten Mølgaard Holm, adm. direktør, Fynsk Brint ApS\n"
     "- Lene Dybdahl, økonomichef, Odense Kommune",
     {("Karsten Mølgaard Holm", "adm. direktør", "Fynsk Brint ApS", "role:line:name-role"),
      ("Lene Dybdahl", "økonomichef", "Odense Kommune", "role:line:name-role")}),
    # a full stop that ends a sentence still ends the role
    ("We thank Jane Doe, CEO. The meeting then closed.", {("Jane Doe", "CEO", None, "role:apposition")}),
])
def test_role_concept_abbreviated_title_word(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative word of another language opens a clause, no role field ("der" Norwegian "where")
    ("Programmet startet i Villa Suso, der Álavas varaordfører for økonomisk utvikling ønsket velkommen.", set()),
    # an English plural title is the plural rule's: one singular role each
    ("Co-founders: Rita Exemplo and Hugo Amostra", {("Rita Exemplo", "Co-founder", None, "role:shared-plural-role"),
                                                   ("Hugo Amostra", "Co-founder", None, "role:shared-plural-role")}),
])
def test_role_concept_no_role_read_into_other_words(extract, text, expected):
    assert roles(extract(text)) == expected
