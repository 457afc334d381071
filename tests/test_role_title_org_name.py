"""Roles of documents not in English by their shape: the title, then the organisation in the genitive, then the name
(rule ``role-org-before-name-language``, statement_title_org_name.py: Slovenian, Croatian, Czech, Slovak, Polish), and
the Hungarian organisation with its article, then the office in the possessed form (rule ``org-possessive-title``,
statement_possessive_titles.py). Sentences of our own; exact rows."""
from __future__ import annotations

import pytest


def roles_of(result, person: str) -> set[tuple[str, str | None, str]]:
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


GENITIVE = "role:role-org-before-name-language"
POSSESSIVE = "role:org-possessive-title"


@pytest.mark.parametrize("text, person, expected", [
    # sl: the office, the organisation in the genitive, the name (after an academic title or not)
    ("Goste je pozdravil župan Občine Slovenj Gradec Jure Kos, ki je govoril o razvoju.",
     "Jure Kos", {("župan", "Občine Slovenj Gradec", "role:role-org-before-name-language")}),
    ("Srečanje je odprla direktorica RRA Podravje mag. Maja Lesjak in predstavila program.",
     "Maja Lesjak", {("direktorica", "RRA Podravje", "role:role-org-before-name-language")}),
    ("Na posvetu je govoril predsednik upravnega odbora Grozda lesarjev Peter Kralj.",
     "Peter Kralj", {("predsednik upravnega odbora", "Grozda lesarjev", "role:role-org-before-name-language")}),
    ("Pogovor je vodil novinar Radia Celje Luka Smole, ki je vprašal o vajeništvu.",
     "Luka Smole", {("novinar", "Radia Celje", "role:role-org-before-name-language")}),
    # hr: a county with its noun in lower case, a faculty after a long office, a company after its kind
    ("Skup je otvorio župan Varaždinske županije Ivan Perić i pozdravio goste.",
     "Ivan Perić", {("župan", "Varaždinske županije", "role:role-org-before-name-language")}),
    ("Na panelu je govorio prodekan za suradnju s gospodarstvom Fakulteta strojarstva dr. sc. Tomislav Šarić.",
     "Tomislav Šarić", {("prodekan za suradnju s gospodarstvom", "Fakulteta strojarstva", "role:role-org-before-name-language")}),
    ("Direktor tvrtke Lim-Tech d.o.o. Goran Hrastić potpisao je ugovor.",
     "Goran Hrastić", {("Direktor tvrtke", "Lim-Tech d.o.o.", "role:role-org-before-name-language")}),
    # the text's own cluster named by its kind only: the office, no organisation of its own
    ("O projektu je govorio predsjednik Klastera Marko Babić pred članovima.",
     "Marko Babić", {("predsjednik", None, "role:role-org-before-name-language")}),
    ("Rezultate je predstavila Voditeljica Klastera mr. sc. Ana Jurić.",
     "Ana Jurić", {("Voditeljica", None, "role:role-org-before-name-language")}),
    # cs, pl, sk
    ("Setkání zahájil ředitel Klastru Morava Jan Novák a představil nový projekt.",
     "Jan Novák", {("ředitel", "Klastru Morava", "role:role-org-before-name-language")}),
    ("Spotkanie otworzył prezes zarządu Klastra Drzewnego Adam Kowalski, który przedstawił plany.",
     "Adam Kowalski", {("prezes zarządu", "Klastra Drzewnego", "role:role-org-before-name-language")}),
    ("Podujatie otvorila riaditeľka Žilinského kraja Ing. Jana Horváthová spolu s partnermi.",
     "Jana Horváthová", {("riaditeľka", "Žilinského kraja", "role:role-org-before-name-language")}),
])
def test_title_organisation_name(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected


@pytest.mark.parametrize("text, person, expected", [
    # the organisation named elsewhere in its own case: that mention is the role's organisation
    ("Međimurska županija sufinancirala je nastup. Štand je otvorio župan Međimurske županije Matija Horvat.",
     "Matija Horvat", {("župan", "Međimurska županija", "role:role-org-before-name-language")}),
    ("Občina Ravne podpira projekt. Goste je pozdravil župan Občine Ravne Jure Kos, nato je govoril še minister.",
     "Jure Kos", {("župan", "Občina Ravne", "role:role-org-before-name-language")}),
    ("Klaster Morava má nové členy. Setkání zahájil ředitel Klastru Morava Jan Novák.",
     "Jan Novák", {("ředitel", "Klaster Morava", "role:role-org-before-name-language")}),
])
def test_organisation_in_its_own_case_elsewhere(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected


def test_clause_before_the_title_is_no_role_of_the_name_before(extract):
    result = extract("Pogovor je vodil Luka Smole, sodelovala je ravnateljica Gimnazije Velenje mag. Tina Golob.")
    assert roles_of(result, "Tina Golob") == {("ravnateljica", "Gimnazije Velenje", "role:role-org-before-name-language")}
    assert roles_of(result, "Luka Smole") == set()


@pytest.mark.parametrize("text", [
    # a verb or a preposition of place between the title and the name: no organisation read
    "Direktorica je v Mariboru Maja Novak predstavila program.",
    # a double given name after the title is no organisation and a name
    "Besedo je dobil gedeputeerde Henk Jan Mulder na vergadering.",
])
def test_no_organisation_read(extract, text):
    assert not [r for r in extract(text).roles if r.rule == GENITIVE]


@pytest.mark.parametrize("text, person, expected", [
    ("A rendezvényen felszólalt Dr. Szabó Katalin, a Dunántúli Faipari Klaszter elnöke is.",
     "Szabó Katalin", {("elnöke", "Dunántúli Faipari Klaszter", "role:org-possessive-title")}),
    ("Az ülést Nagy Péter, a Pannon Gépipari Klaszter projektirodájának vezetője nyitotta meg.",
     "Nagy Péter", {("projektirodájának vezetője", "Pannon Gépipari Klaszter", "role:org-possessive-title")}),
    ("A szlovák partner, a Pozsonyi Autóipari Klaszter (Bratislavský automobilový klaster) igazgatója, Ján Kováč "
     "levélben üdvözölte a résztvevőket.",
     "Ján Kováč", {("igazgatója", "Pozsonyi Autóipari Klaszter", "role:org-possessive-title")}),
])
def test_hungarian_organisation_then_possessed_office(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected


def test_hungarian_possessed_office_with_no_name_no_row(extract):
    assert not extract("A Dunántúli Faipari Klaszter elnöke levélben köszöntötte a tagokat.").roles


# the organisation's name with "és", after a place adjective in "-i", and a body named by a common noun
# (data/role_possessive_org_nouns.txt): the office as written, no organisation
@pytest.mark.parametrize("text, person, expected", [
    ("A fórumot Kiss Tamás, a Zala Vármegyei Kereskedelmi és Iparkamara titkára nyitotta meg.",
     "Kiss Tamás", {("titkára", "Zala Vármegyei Kereskedelmi és Iparkamara", POSSESSIVE)}),
    ("A döntést Nagy Gábor, a győri Rába Fémtechnika Kft. tulajdonosa is üdvözölte.",
     "Nagy Gábor", {("tulajdonosa", "Rába Fémtechnika Kft.", POSSESSIVE)}),
    ("Köszöntőt mond Tóth Eszter, az egyesület alelnöke.", "Tóth Eszter", {("alelnöke", None, POSSESSIVE)}),
    ("A tagokat Kovács Péter, a kamara elnöke és Szabó Anna, a cég tulajdonosa fogadta.",
     "Szabó Anna", {("tulajdonosa", None, POSSESSIVE)}),
])
def test_hungarian_possessed_office_more_shapes(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected


# the organisation's acronym in brackets between it and the name ("… asociace (NCA) Radek Čermák")
@pytest.mark.parametrize("text, person, expected", [
    ("Na akci vystoupí také předseda Národní klastrové asociace (NCA) Radek Čermák, který představí zkušenosti z krajů.",
     "Radek Čermák", {("předseda", "Národní klastrové asociace", GENITIVE)}),
    ("Konferenciu otvoril riaditeľ Žilinskej regionálnej agentúry (ŽRA) Peter Kováč, ktorý privítal hostí.",
     "Peter Kováč", {("riaditeľ", "Žilinskej regionálnej agentúry", GENITIVE)}),
    ("Na srečanju je spregovoril direktor Razvojne agencije Savinja (RAS) Marko Novak, ki je predstavil načrt.",
     "Marko Novak", {("direktor", "Razvojne agencije Savinja", GENITIVE)}),
    ("Spotkanie otworzył prezes Pomorskiej Agencji Rozwoju Regionalnego (PARR) Jan Kowalski, który przedstawił plany.",
     "Jan Kowalski", {("prezes", "Pomorskiej Agencji Rozwoju Regionalnego", GENITIVE)}),
])
def test_acronym_between_organisation_and_name(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected
