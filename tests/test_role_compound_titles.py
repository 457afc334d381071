"""Rule family "compound role title" (role_title_forms.compound_title_pattern, role_title_compound_heads.csv): the
languages that write closed compounds build an office from any field and a head ("hållbarhetschef", "processledare",
"projektisuunnittelija", "Innovationsreferentin", "clustervoorzitter"), so a word of three letters or more and then a
head is a role title wherever a listed one is, unless role_title_compound_not_titles.txt names its ending
("Leistungshalbleiter", "marknadsledare"). And rule family "base form of a definite title"
(role_title_forms.base_title, role_title_definite_roles.csv): a Nordic office named by its definite title gives the
title itself ("klusterchefen Maria Holm" → "klusterchef"), while the Balkan languages keep it as written."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.data_files import data_table, language_gaps
from pipeline.extract.lexicon import definite_base_titles, load_lexicon
from pipeline.extract.role_title_forms import base_title

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("file", ["role_title_compound_heads.csv", "role_title_definite_roles.csv"])
def test_every_concept_in_every_language(file):
    rows = data_table(DATA / file)[1]
    assert language_gaps(DATA, {(row["concept"], row["language"]) for row in rows}) == {}


@pytest.mark.parametrize("word, is_title", [
    ("hållbarhetschef", True), ("upphandlingsstrateg", True), ("förpackningsansvarig", True),
    ("yliopettaja", True), ("projektisuunnittelija", True), ("Nachhaltigkeitsreferent", True),
    ("főosztályvezető", True), ("Clustervoorzitter", True), ("komercdirektors", True), ("verkefnastjóri", True),
    ("Chemieprofessorin", True), ("keemiaprofessor", True), ("taloustieteen", False), ("taloustieteenprofessori", True),
    # the head alone is no compound (a listed title all the same), nor a word hyphenated onto it; semiconductors and market leaders are no offices
    ("chef", False), ("Projektleiter-Team", False), ("Leistungshalbleiter", False), ("halvledare", False),
    ("félvezető", False), ("marknadsledare", False), ("derechef", False),
    # a German president of a body ("Bezirkstagspräsident", "Kammerpräsidentin", "Regierungspräsident")
    ("Bezirkstagspräsident", True), ("Kammerpräsidentin", True), ("Regierungspräsident", True),
])
def test_a_compound_ending_in_an_office_is_a_title(word, is_title):
    lex = load_lexicon(DATA)
    assert bool(lex.compound_title_re.fullmatch(word)) is is_title
    if is_title:
        assert lex.role_title_re.fullmatch(word) and lex.language_title(word)


# the compound title after the name (apposition) and before it (role-before-name-language), in five languages
@pytest.mark.parametrize("text, expected", [
    ("Vid mötet talade Karin Berglund, innovationschef, Umeå kommun, om nya satsningar på vätgas.",
     {("Karin Berglund", "innovationschef", "Umeå kommun", "role:apposition+org-after-role")}),
    ("Rapporten skrevs av Johan Lindholm, processledare på Skogsklustret Norr.",
     {("Johan Lindholm", "processledare", "Skogsklustret Norr", "role:apposition")}),
    ("Kontakt: Petra Aalto, hankesuunnittelija, Oulun ammattikorkeakoulu, puh. 040 765 4321",
     {("Petra Aalto", "hankesuunnittelija", "Oulun ammattikorkeakoulu", "role:apposition+org-after-role")}),
    ("Seminariet leddes av marknadsansvarig Eva Nyström från Biobränsle Syd AB.",
     {("Eva Nyström", "marknadsansvarig", None, "role:role-before-name-language")}),
    ("Tutkimuksen teki projektisuunnittelija Mikko Salonen (Lapin ammattikorkeakoulu).",
     {("Mikko Salonen", "projektisuunnittelija", "Lapin ammattikorkeakoulu", "role:role-before-name-language+org-in-brackets")}),
    ("Der Workshop wurde von Innovationsreferentin Sabine Hofer (Wirtschaftsagentur Tirol) eröffnet.",
     {("Sabine Hofer", "Innovationsreferentin", "Wirtschaftsagentur Tirol", "role:role-before-name-language+org-in-brackets")}),
    ("Het woord was aan clustervoorzitter Pieter de Graaf, die de nieuwe leden verwelkomde.",
     {("Pieter de Graaf", "clustervoorzitter", None, "role:role-before-name-language")}),
    # a chair of a field ("professor" heads the compound)
    ("Der Chemieprofessor Klaus Berger sprach über neue Werkstoffe.",
     {("Klaus Berger", "Chemieprofessor", None, "role:role-before-name-language")}),
    ("Tartu Ülikooli keemiaprofessor Mari Tamm rääkis uutest materjalidest.",
     {("Mari Tamm", "keemiaprofessor", None, "role:role-before-name-language")}),
    ("Die Kammerpräsidentin Maria Huber eröffnete den Abend im Zollhaus.",
     {("Maria Huber", "Kammerpräsidentin", None, "role:role-before-name-language")}),
    ("Der Bezirkstagspräsident der Oberpfalz, Alois Kernhofer, sprach von einem gut begründeten Papier.",
     {("Alois Kernhofer", "Bezirkstagspräsident", None, "role:the-role-name")}),
])
def test_compound_title_reads_as_a_role(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Die Firma produziert Leistungshalbleiter für Elektroautos in Dresden.",
    "Företaget är marknadsledare Anders Olsson sa i går.",
    "Bolaget tillverkar effekthalvledare i Lund sedan 2019, sa Maria Ek.",
])
def test_a_listed_ending_is_no_office(extract, text):
    assert roles(extract(text)) == set()


# a Nordic definite title before the name: the role is the title itself, its case kept
@pytest.mark.parametrize("text, expected", [
    ("Mötet öppnades av klusterchefen Maria Holm, som välkomnade alla deltagare.",
     {("Maria Holm", "klusterchef", None, "role:role-before-name-language")}),
    ("Styrelederen Kari Nordmann ønsket velkommen til årsmøtet i Bergen.",
     {("Kari Nordmann", "Styreleder", None, "role:role-before-name-language")}),
    ("På konferencen talte projektlederen Mette Sørensen om nye samarbejder.",
     {("Mette Sørensen", "projektleder", None, "role:role-before-name-language")}),
    ("Skrifstofustjórinn Jón Gunnarsson tók á móti gestunum í Reykjavík.",
     {("Jón Gunnarsson", "Skrifstofustjóri", None, "role:role-before-name-language")}),
])
def test_nordic_definite_title_gives_its_base_form(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("role, expected", [
    ("klusterchefen", "klusterchef"),
    ("Direktøren for klyngen", "Direktør for klyngen"),
    ("styrelederen", "styreleder"),  # the singular's form, not the plural "styreledere"'s
    ("директорот", "директорот"),  # Macedonian, Albanian, Romanian keep the definite title as written
    ("drejtori", "drejtori"),
    ("Directorul", "Directorul"),
    ("Project Manager", "Project Manager"),
])
def test_base_title(role, expected):
    assert base_title(role, definite_base_titles(DATA)) == expected
