"""Organisation names whose edges other languages' spelling cut or hid: two words joined by an en dash ("Galați–Brăila"),
a suspended hyphen before a word for "and" ("Akku- ja Mineraaliklusteri"), a company's name in quotes before its legal
form ("„Дъбрава Мебел“ ООД"), legal forms written with a blank or in lower case ("o. z.", "nv"), a plural noun for a
company's people before it ("Representatives of … Kft."), and a name with its brand in quotes in text that is not
in English."""
from __future__ import annotations

import pytest

from pipeline.extract.shapes import cap_run_at


def _orgs(result) -> set[tuple[str, str]]:
    return {(o.name, o.rule) for o in result.organisations}


EN_DASH_BETWEEN_TWO_WORDS_IS_INSIDE_THE_NAME = [
    ("Last spring the Saar–Lor–Lux Logistics Association opened an office in Metz.",
     {("Saar–Lor–Lux Logistics Association", "pattern:org-head")}),
    ("Our partners in the Rhine–Neckar Metropolitan Region hosted the second study visit.",
     {("Rhine–Neckar Metropolitan Region", "pattern:authority")}),
    ("The Vienna–Bratislava Twin City Association met in Hainburg.",
     {("Vienna–Bratislava Twin City Association", "pattern:org-head")}),
    ("Nr. | Cluster | Oraș\n4 | Clusterul Agricol Vaslui–Bârlad | Vaslui",
     {("Clusterul Agricol Vaslui–Bârlad", "pattern:org-head")}),
]


WORD_FOR_AND_AFTER_A_SUSPENDED_HYPHEN_IS_INSIDE_THE_NAME = [
    ("The workshop was run by Oulun Puu- ja Rakennusklusteri ry and two schools.",
     {("Oulun Puu- ja Rakennusklusteri ry", "legal-form")}),
    ("The sensors come from Linzer Holz- und Bautechnik GmbH, a family firm.",
     {("Linzer Holz- und Bautechnik GmbH", "legal-form")}),
    ("The study was led by the Bundesverband Holz- und Kunststoffverarbeitung in Berlin.",
     {("Bundesverband Holz- und Kunststoffverarbeitung", "pattern:org-head")}),
    ("A speaker from the Wirtschafts- und Innovationsagentur Nordhessen presented the fund.",
     {("Wirtschafts- und Innovationsagentur Nordhessen", "pattern:org-head")}),
    ("The new members are Kaunas Bio- ir Maisto Klasteris and a Latvian agency.",
     {("Kaunas Bio- ir Maisto Klasteris", "pattern:org-head")}),
]


NO_NAME_ENDS_AT_A_SUSPENDED_HYPHEN = [
    # a bar line's side that would end at the hyphen is no name; the legal form reads the whole one
    ("Uutiset | Oulun Puu- ja Rakennusklusteri ry", {("Oulun Puu- ja Rakennusklusteri ry", "legal-form")}),
    ("Organiser: Lapin Kala- ja Riistaklusteri ry", {("Lapin Kala- ja Riistaklusteri ry", "legal-form")}),
    # "un" (Latvian) is no listed "and": the name is read from its last part, never "Rīgas Koka-"
    ("Posted by Rīgas Koka- un Mēbeļu Klasteris on Monday.", {("Mēbeļu Klasteris", "pattern:org-head")}),
]


COMPANY_NAME_IN_QUOTES_BEFORE_ITS_LEGAL_FORM = [
    ("В изложението участваха „Боров Дом“ ЕООД, „Мебели Янтра“ ООД и „Стил Габрово“ АД, които показаха нови модели.",
     {("„Боров Дом“ ЕООД", "legal-form"), ("„Мебели Янтра“ ООД", "legal-form"), ("„Стил Габрово“ АД", "legal-form")}),
    ("Договорът беше подписан от „Дунав Вуд“ ООД.", {("„Дунав Вуд“ ООД", "legal-form")}),
    ("Contractul a fost semnat cu „Lemn Verde Bihor” S.R.L. din Oradea.", {("„Lemn Verde Bihor” S.R.L.", "legal-form")}),
    ("Компанія «Дніпро Агро» ТОВ уклала договір з університетом.", {("«Дніпро Агро» ТОВ", "legal-form")}),
]


LEGAL_FORMS_WITH_A_BLANK_OR_IN_LOWER_CASE = [
    ("The audit was done by Consultores del Ebro, S.L.P. in Zaragoza.", {("Consultores del Ebro, S.L.P.", "legal-form")}),
    ("The trails are kept by Tatranský turistický klaster, o. z. since 2019.",
     {("Tatranský turistický klaster, o. z.", "pattern:lower-head-mid")}),
    ("The lock is run by De Schelde Haven nv and the city.", {("De Schelde Haven nv", "legal-form")}),
    ("The façade panels were made by Kempense Bouw bv last year.", {("Kempense Bouw bv", "legal-form")}),
]


PEOPLE_OF_A_COMPANY_ARE_NO_PART_OF_ITS_NAME = [
    ("Representatives of Tisza Gépgyártó Kft. visited the laboratory.", {("Tisza Gépgyártó Kft.", "legal-form")}),
    ("Engineers from Nordhavn Robotics ApS installed the new line.", {("Nordhavn Robotics ApS", "legal-form")}),
    ("The staff of Lumen Optik GmbH welcomed the students.", {("Lumen Optik GmbH", "legal-form")}),
]


NAME_WITH_ITS_BRAND_IN_QUOTES_IN_TEXT_OF_ANOTHER_LANGUAGE = [
    ("Asociația a fost fondată în anul 2019 de membrii Clusterului, iar Clusterul Mobilei Bihor „Lemn Viu” a primit "
     "finanțare pentru un nou proiect de cercetare.", {("Clusterul Mobilei Bihor „Lemn Viu”", "pattern:quoted-name")}),
    ("Проектът се изпълнява от Клъстер „Мебели Север“ заедно с общината и местните училища в региона.",
     {("Клъстер „Мебели Север“", "pattern:quoted-name")}),
    ("Projekt realizuje Klaster Medyczny „Zdrowe Serce” we współpracy z uczelniami i szpitalami z całego regionu.",
     {("Klaster Medyczny „Zdrowe Serce”", "pattern:quoted-name")}),
]


@pytest.mark.parametrize("text, kw, expected", [
    ("the Galați–Brăila Port Alliance met", {"dash_words": True}, "Galați–Brăila Port Alliance"),
    ("the Galați–Brăila Port Alliance met", {}, "Galați"),
    ("the Holz- und Bautechnik Verband met", {"suspended": frozenset({"und"})}, "Holz- und Bautechnik Verband"),
    ("the Holz- und bald more", {"suspended": frozenset({"und"})}, "Holz-"),
])
def test_cap_run_reads_dash_words_and_suspended_hyphens_only_when_asked(text, kw, expected):
    run = cap_run_at(text, 4, **kw)
    assert text[run.start:run.end] == expected


ROMANIAN_AND_INSIDE_A_NAME_AND_BETWEEN_TWO = [
    ("Nr. | Cluster | Oraș\n12 | Clusterul Sticlei și Porțelanului Mediaș | Mediaș",
     {("Clusterul Sticlei și Porțelanului Mediaș", "pattern:org-head")}),
    ("The letter was signed by the Direcția Generală Comerț Exterior și Investiții in Bucharest.",
     {("Direcția Generală Comerț Exterior și Investiții", "pattern:org-head")}),
    ("Contact: Serviciul Clustere și Inovare, Ministerul Economiei",
     {("Serviciul Clustere și Inovare", "pattern:org-head"), ("Ministerul Economiei", "pattern:org-head")}),
    # two names that each an organisation word opens stay two
    ("The partners are Clusterul Textil Banat și Agenția pentru Dezvoltare Regională Vest.",
     {("Clusterul Textil Banat", "pattern:org-head"), ("Agenția pentru Dezvoltare Regională Vest", "pattern:org-head")}),
]


ESTONIAN_NAMES_BEFORE_THEIR_FORM_HOLD_NO_LOWER_CASE_WORD = [
    ("Seminari korraldasid Tartu Puitmaja MTÜ ja Tartu linn koostöös ülikooliga.", {("Tartu Puitmaja MTÜ", "legal-form")}),
    ("Eile külastati Pärnu Kalatööstus AS tehast ning seejärel Lääne Saag OÜ tootmishoonet.",
     {("Pärnu Kalatööstus AS", "legal-form"), ("Lääne Saag OÜ", "legal-form")}),
    ("Messil esinesid Rakvere Mööbel OÜ ja Viljandi Puit MTÜ esindajad.",
     {("Rakvere Mööbel OÜ", "legal-form"), ("Viljandi Puit MTÜ", "legal-form")}),
    ("Lepingu allkirjastas Rakvere Mööbel OÜ eile Tallinnas.", {("Rakvere Mööbel OÜ", "legal-form")}),
]


A_REGION_ALONE_IS_NO_ORGANISATION = [
    ("Delegates came from Trøndelag, Pirkanmaa and the Vorarlberg Chamber of Commerce.",
     {("Vorarlberg Chamber of Commerce", "pattern:org-head")}),
    ("The cluster signed an agreement with Zuid-Holland last year.", set()),
    ("Vorarlberg hosted the second meeting of the network.", set()),
]


A_HEADING_ON_WHAT_A_BODY_SAID_NAMES_NO_ORGANISATION = [
    ("4. Recommendations of the Board for next year", set()),
    ("Resolutions of the General Assembly of the Nordic Wood Cluster", {("Nordic Wood Cluster", "pattern:org-head")}),
    ("The Composition of the Supervisory Council changed in May.", set()),
]


A_LOWER_CASE_WORD_BEFORE_A_BRACKETED_COUNTRY_IS_NO_NAME = [
    ("Anna Berg – Board member (co-opted, Sweden); Head of Sales, Nordvik Tools AB", {("Nordvik Tools AB", "legal-form")}),
    ("Two seats went to observers (observer, Spain) and to members.", set()),
    ("The partners include eCluster (Ireland) and Wood+ (Austria).", {("eCluster", "org-country"), ("Wood+", "org-country")}),
]


SHAPES = {
    "en dash between two words is inside the name": EN_DASH_BETWEEN_TWO_WORDS_IS_INSIDE_THE_NAME,
    "word for and after a suspended hyphen is inside the name": WORD_FOR_AND_AFTER_A_SUSPENDED_HYPHEN_IS_INSIDE_THE_NAME,
    "no name ends at a suspended hyphen": NO_NAME_ENDS_AT_A_SUSPENDED_HYPHEN,
    "company name in quotes before its legal form": COMPANY_NAME_IN_QUOTES_BEFORE_ITS_LEGAL_FORM,
    "legal forms with a blank or in lower case": LEGAL_FORMS_WITH_A_BLANK_OR_IN_LOWER_CASE,
    "people of a company are no part of its name": PEOPLE_OF_A_COMPANY_ARE_NO_PART_OF_ITS_NAME,
    "name with its brand in quotes in text of another language": NAME_WITH_ITS_BRAND_IN_QUOTES_IN_TEXT_OF_ANOTHER_LANGUAGE,
    "romanian and inside a name and between two": ROMANIAN_AND_INSIDE_A_NAME_AND_BETWEEN_TWO,
    "estonian names before their form hold no lower case word": ESTONIAN_NAMES_BEFORE_THEIR_FORM_HOLD_NO_LOWER_CASE_WORD,
    "a region alone is no organisation": A_REGION_ALONE_IS_NO_ORGANISATION,
    "a heading on what a body said names no organisation": A_HEADING_ON_WHAT_A_BODY_SAID_NAMES_NO_ORGANISATION,
    "a lower case word before a bracketed country is no name": A_LOWER_CASE_WORD_BEFORE_A_BRACKETED_COUNTRY_IS_NO_NAME,
}


@pytest.mark.parametrize("shape, text, expected",
                         [(shape, text, expected) for shape, rows in SHAPES.items() for text, expected in rows])
def test_organisation_name_shapes(extract, shape, text, expected):
    assert _orgs(extract(text)) == expected, shape
