"""One organisation written in two cases (org_inflections.py): the forms join into one organisation named by the form
the text writes in its base case, the role's organisation takes that name, and a role's slot in a case finds the base
form elsewhere in the text (rule "org-other-case"). A name the text writes only in a case stays as written. Sentences
of our own; exact rows."""
from __future__ import annotations

import re

import pytest

from pipeline.extract.org_inflections import base_forms, inflected_pair, other_case_spans, same_stem, without_legal_form

GENITIVE = "role:role-org-before-name-language"
GENITIVE_LEAD = "role:role-before-name-language+org-genitive-lead"


def orgs(result) -> list[tuple[str, str, str]]:
    return [(o.text, o.name, o.rule) for o in result.organisations]


def roles(result) -> list[tuple[str, str, str | None, str]]:
    return [(r.person, r.role, r.organisation, r.rule) for r in result.roles]


@pytest.mark.parametrize("a, b, same", [
    ("banskobystrickeho", "banskobystricky", True),  # sk adjective "-ého" / "-ý"
    ("klastra", "klaster", True),  # a fleeting vowel
    ("kraja", "kraj", True),  # an ending added to a short word
    ("tagozatanak", "tagozata", True),  # hu: a suffix of four letters
    ("ради", "рада", True),  # uk: one letter changed in a short word
    ("norrbottens", "norrbotten", True),  # the s-genitive
    ("lesni", "kovinski", False),
    ("region", "regionalnih", False),  # five letters more: no case ending
    ("nord", "norm", True),  # (short words: one letter may change; the other words of the name must pair too)
])
def test_same_stem(a, b, same):
    assert same_stem(a, b) is same


@pytest.mark.parametrize("a, b, pair", [
    ("trnavskeho samospravneho kraja", "trnavsky samospravny kraj", True),
    ("zasavski lesni grozd", "zasavski kovinski grozd", False),  # another organisation of the same kind
    ("klaster morava", "klaster morava", False),  # the same form is no pair
    ("grozda", "grozd", False),  # one word: a front head in a case is no name (tests/test_role_title_org_name.py)
])
def test_inflected_pair(a, b, pair):
    assert inflected_pair(a, b) is pair


@pytest.mark.parametrize("names, expected", [
    (["Trnavského samosprávneho kraja", "Trnavský samosprávny kraj"], ["Trnavský samosprávny kraj"]),
    (["Magyar Mérnöki Kamara Tagozatának", "Magyar Mérnöki Kamara Tagozata"], ["Magyar Mérnöki Kamara Tagozata"]),
    # as many letters: both stay (the fullest name of the two is taken, as before)
    (["Občini Kamnik", "Občine Kamnik"], ["Občini Kamnik", "Občine Kamnik"]),
    # a legal form the other lacks does not count
    (["Podkarpackiego Klastra Drzewnego", "Podkarpacki Klaster Drzewny, sp. z o.o."],
     ["Podkarpacki Klaster Drzewny, sp. z o.o."]),
])
def test_base_forms(names, expected):
    assert base_forms(names, lambda n: without_legal_form(n, re.compile(r",[ \t]*sp\. z o\.o\.$"))) == expected


@pytest.mark.parametrize("name, core", [
    ("Stredoslovenský drevársky klaster, z. z. p. o.", "Stredoslovenský drevársky klaster"),
    ("Biomasa Hron, a. s.", "Biomasa Hron"),
    ("Zasavski lesni grozd", "Zasavski lesni grozd"),
])
def test_without_legal_form(name, core):
    assert without_legal_form(name, re.compile(r"(?!)")) == core


@pytest.mark.parametrize("text, slot, expected", [
    ("Členom je Žilinský inovačný klaster. Stretnutie viedol riaditeľ Žilinského inovačného klastra Ján Malý.",
     "Žilinského inovačného klastra", ["Žilinský inovačný klaster"]),
    # one word of four changed: the English form of a bilingual page, no case
    ("Hostí privítala riaditeľka Startup Centrum Prešov Eva Malá. In English: Startup Centre Prešov welcomes you.",
     "Startup Centrum Prešov", []),
    # a third case of as many letters is no base form
    ("Padėka Regiono plėtros agentūrai. Kalbėjo Regiono plėtros agentūros atstovė Ona Petraitė.",
     "Regiono plėtros agentūros", []),
])
def test_other_case_spans(text, slot, expected):
    start = text.index(slot)
    assert [text[s:e] for s, e in other_case_spans(text, [(start, start + len(slot))])] == expected


@pytest.mark.parametrize("text, expected_orgs, expected_roles", [
    # sk: the base form with its acronym, the genitive after the title
    ("Projekt podporil Trnavský samosprávny kraj (TTSK). Na stretnutí vystúpil predseda Trnavského samosprávneho kraja "
     "Ing. Peter Novák.",
     [("Trnavský samosprávny kraj", "Trnavský samosprávny kraj", "pattern:acronym-in-brackets"),
      ("TTSK", "Trnavský samosprávny kraj", "pattern:acronym-in-brackets"),
      ("Trnavského samosprávneho kraja", "Trnavský samosprávny kraj", "role:organisation")],
     [("Peter Novák", "predseda", "Trnavský samosprávny kraj", GENITIVE)]),
    # cs: the genitive first, the nominative after, in as many letters: the role's slot takes the nominative
    ("Zasedání řídil předseda Olomoucké rozvojové agentury Petr Malý. Olomoucká rozvojová agentura má dvanáct "
     "zaměstnanců.",
     # (the genitive's head is a case of org_head_case_endings.csv: a name of its own rule, named by the nominative)
     [("Olomoucké rozvojové agentury", "Olomoucká rozvojová agentura", "pattern:lower-head-mid"),
      ("Olomoucká rozvojová agentura", "Olomoucká rozvojová agentura", "pattern:lower-head")],
     [("Petr Malý", "předseda", "Olomoucká rozvojová agentura", GENITIVE)]),
    ("Проєкт підтримала Львівська обласна рада. Голова Львівської обласної ради Іван Петренко відкрив форум.",
     [("Львівська обласна рада", "Львівська обласна рада", "role:organisation")],
     [("Іван Петренко", "Голова", "Львівська обласна рада", GENITIVE)]),
    # pl: the base form closed by a legal form
    ("Spotkanie otworzył prezes Podkarpackiego Klastra Drzewnego Adam Nowak. Podkarpacki Klaster Drzewny, sp. z o.o. "
     "zrzesza firmy.",
     [("Podkarpackiego Klastra Drzewnego", "Podkarpacki Klaster Drzewny, sp. z o.o.", "role:organisation"),
      ("Podkarpacki Klaster Drzewny, sp. z o.o.", "Podkarpacki Klaster Drzewny, sp. z o.o.", "legal-form")],
     [("Adam Nowak", "prezes", "Podkarpacki Klaster Drzewny, sp. z o.o.", GENITIVE)]),
    # sv, fi: the genitive that leads the title
    ("Region Jämtland stöder projektet. Region Jämtlands ordförande Anna Berg öppnade mötet.",
     [("Region Jämtland", "Region Jämtland", "pattern:authority"),
      ("Region Jämtlands", "Region Jämtland", "pattern:authority")],
     [("Anna Berg", "ordförande", "Region Jämtland", GENITIVE_LEAD)]),
    ("Hanketta rahoittaa Pohjois-Savon liitto. Pohjois-Savon liiton johtaja Matti Virtanen avasi tilaisuuden.",
     [("Pohjois-Savon liitto", "Pohjois-Savon liitto", "pattern:lower-head-mid"),
      ("Pohjois-Savon liiton", "Pohjois-Savon liitto", "pattern:lower-head")],
     [("Matti Virtanen", "johtaja", "Pohjois-Savon liitto", GENITIVE_LEAD)]),
    # sr: as many letters in both cases: the role's slot takes the form written elsewhere
    ("Скуп је подржала Нишка регионална агенција. Госте је поздравио директор Нишке регионалне агенције Марко Петровић.",
     [("Нишка регионална агенција", "Нишка регионална агенција", "role:organisation")],
     [("Марко Петровић", "директор", "Нишка регионална агенција", GENITIVE)]),
    # hr: as many letters in both cases
    ("Sajam je podržala Karlovačka županija. Štand je otvorio župan Karlovačke županije Ivan Kovač.",
     [("Karlovačka županija", "Karlovačka županija", "pattern:lower-head-mid"),
      ("Karlovačke županije", "Karlovačka županija", "pattern:lower-head-mid")],
     [("Ivan Kovač", "župan", "Karlovačka županija", GENITIVE)]),
])
def test_case_forms_named_by_the_base_case(extract, text, expected_orgs, expected_roles):
    result = extract(text)
    assert orgs(result) == expected_orgs
    assert roles(result) == expected_roles


@pytest.mark.parametrize("text, expected_orgs, expected_roles", [
    ("Akci podpořil také Jihočeský hospodářský svaz. Hosty přivítal předseda Jihočeského hospodářského svazu Ing. "
     "Pavel Černý.",
     [("Jihočeský hospodářský svaz", "Jihočeský hospodářský svaz", "org-other-case"),
      ("Jihočeského hospodářského svazu", "Jihočeský hospodářský svaz", "role:organisation")],
     [("Pavel Černý", "předseda", "Jihočeský hospodářský svaz", GENITIVE)]),
    ("Форум підтримав Буковинський меблевий кластер. Учасників привітав голова Буковинського меблевого кластера "
     "Петро Гуцул.",
     [("Буковинський меблевий кластер", "Буковинський меблевий кластер", "org-other-case"),
      ("Буковинського меблевого кластера", "Буковинський меблевий кластер", "role:organisation")],
     [("Петро Гуцул", "голова", "Буковинський меблевий кластер", GENITIVE)]),
    ("Na podujatí sa zúčastnil aj Košický samosprávny kraj. Hostí privítal predseda Košického samosprávneho kraja "
     "Ing. Rastislav Trnka.",
     [("Košický samosprávny kraj", "Košický samosprávny kraj", "org-other-case"),
      ("Košického samosprávneho kraja", "Košický samosprávny kraj", "role:organisation")],
     [("Rastislav Trnka", "predseda", "Košický samosprávny kraj", GENITIVE)]),
])
def test_role_slot_finds_its_base_form(extract, text, expected_orgs, expected_roles):
    result = extract(text)
    assert orgs(result) == expected_orgs
    assert roles(result) == expected_roles


@pytest.mark.parametrize("text, expected_orgs", [
    # only the genitive in the text: kept as written, no nominative guessed
    ("Na konferenciji je govoril predsednik Gorenjskega gospodarskega združenja Tomaž Hribar.",
     [("Gorenjskega gospodarskega združenja", "Gorenjskega gospodarskega združenja", "pattern:lower-head-mid")]),
    # two organisations of one kind and place: two names
    ("Na sejmu sta razstavljala Zasavski lesni grozd in Zasavski kovinski grozd.",
     [("Zasavski lesni grozd", "Zasavski lesni grozd", "pattern:lower-head-mid"),
      ("Zasavski kovinski grozd", "Zasavski kovinski grozd", "pattern:lower-head-mid")]),
    ("The Nordic Battery Cluster and the Nordic Batteries Network signed a letter of intent.",
     [("Nordic Battery Cluster", "Nordic Battery Cluster", "pattern:org-head"),
      ("Nordic Batteries Network", "Nordic Batteries Network", "pattern:org-head")]),
])
def test_no_base_form_guessed_or_joined(extract, text, expected_orgs):
    assert orgs(extract(text)) == expected_orgs
