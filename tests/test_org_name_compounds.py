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


@pytest.mark.parametrize("text, expected", [
    ("Last spring the Saar–Lor–Lux Logistics Association opened an office in Metz.",
     {("Saar–Lor–Lux Logistics Association", "pattern:org-head")}),
    ("Our partners in the Rhine–Neckar Metropolitan Region hosted the second study visit.",
     {("Rhine–Neckar Metropolitan Region", "pattern:authority")}),
    ("The Vienna–Bratislava Twin City Association met in Hainburg.",
     {("Vienna–Bratislava Twin City Association", "pattern:org-head")}),
    ("Nr. | Cluster | Oraș\n4 | Clusterul Agricol Vaslui–Bârlad | Vaslui",
     {("Clusterul Agricol Vaslui–Bârlad", "pattern:org-head")}),
])
def test_en_dash_between_two_words_is_inside_the_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
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
])
def test_word_for_and_after_a_suspended_hyphen_is_inside_the_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a bar line's side that would end at the hyphen is no name; the legal form reads the whole one
    ("Uutiset | Oulun Puu- ja Rakennusklusteri ry", {("Oulun Puu- ja Rakennusklusteri ry", "legal-form")}),
    ("Organiser: Lapin Kala- ja Riistaklusteri ry", {("Lapin Kala- ja Riistaklusteri ry", "legal-form")}),
    # "un" (Latvian) is no listed "and": the name is read from its last part, never "Rīgas Koka-"
    ("Posted by Rīgas Koka- un Mēbeļu Klasteris on Monday.", {("Mēbeļu Klasteris", "pattern:org-head")}),
])
def test_no_name_ends_at_a_suspended_hyphen(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("В изложението участваха „Боров Дом“ ЕООД, „Мебели Янтра“ ООД и „Стил Габрово“ АД, които показаха нови модели.",
     {("„Боров Дом“ ЕООД", "legal-form"), ("„Мебели Янтра“ ООД", "legal-form"), ("„Стил Габрово“ АД", "legal-form")}),
    ("Договорът беше подписан от „Дунав Вуд“ ООД.", {("„Дунав Вуд“ ООД", "legal-form")}),
    ("Contractul a fost semnat cu „Lemn Verde Bihor” S.R.L. din Oradea.", {("„Lemn Verde Bihor” S.R.L.", "legal-form")}),
    ("Компанія «Дніпро Агро» ТОВ уклала договір з університетом.", {("«Дніпро Агро» ТОВ", "legal-form")}),
])
def test_company_name_in_quotes_before_its_legal_form(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The audit was done by Consultores del Ebro, S.L.P. in Zaragoza.", {("Consultores del Ebro, S.L.P.", "legal-form")}),
    ("The trails are kept by Tatranský turistický klaster, o. z. since 2019.",
     {("Tatranský turistický klaster, o. z.", "pattern:lower-head-mid")}),
    ("The lock is run by De Schelde Haven nv and the city.", {("De Schelde Haven nv", "legal-form")}),
    ("The façade panels were made by Kempense Bouw bv last year.", {("Kempense Bouw bv", "legal-form")}),
])
def test_legal_forms_with_a_blank_or_in_lower_case(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Representatives of Tisza Gépgyártó Kft. visited the laboratory.", {("Tisza Gépgyártó Kft.", "legal-form")}),
    ("Engineers from Nordhavn Robotics ApS installed the new line.", {("Nordhavn Robotics ApS", "legal-form")}),
    ("The staff of Lumen Optik GmbH welcomed the students.", {("Lumen Optik GmbH", "legal-form")}),
])
def test_people_of_a_company_are_no_part_of_its_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Asociația a fost fondată în anul 2019 de membrii Clusterului, iar Clusterul Mobilei Bihor „Lemn Viu” a primit "
     "finanțare pentru un nou proiect de cercetare.", {("Clusterul Mobilei Bihor „Lemn Viu”", "pattern:quoted-name")}),
    ("Проектът се изпълнява от Клъстер „Мебели Север“ заедно с общината и местните училища в региона.",
     {("Клъстер „Мебели Север“", "pattern:quoted-name")}),
    ("Projekt realizuje Klaster Medyczny „Zdrowe Serce” we współpracy z uczelniami i szpitalami z całego regionu.",
     {("Klaster Medyczny „Zdrowe Serce”", "pattern:quoted-name")}),
])
def test_name_with_its_brand_in_quotes_in_text_of_another_language(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, kw, expected", [
    ("the Galați–Brăila Port Alliance met", {"dash_words": True}, "Galați–Brăila Port Alliance"),
    ("the Galați–Brăila Port Alliance met", {}, "Galați"),
    ("the Holz- und Bautechnik Verband met", {"suspended": frozenset({"und"})}, "Holz- und Bautechnik Verband"),
    ("the Holz- und bald more", {"suspended": frozenset({"und"})}, "Holz-"),
])
def test_cap_run_reads_dash_words_and_suspended_hyphens_only_when_asked(text, kw, expected):
    run = cap_run_at(text, 4, **kw)
    assert text[run.start:run.end] == expected


@pytest.mark.parametrize("text, expected", [
    ("Nr. | Cluster | Oraș\n12 | Clusterul Sticlei și Porțelanului Mediaș | Mediaș",
     {("Clusterul Sticlei și Porțelanului Mediaș", "pattern:org-head")}),
    ("The letter was signed by the Direcția Generală Comerț Exterior și Investiții in Bucharest.",
     {("Direcția Generală Comerț Exterior și Investiții", "pattern:org-head")}),
    ("Contact: Serviciul Clustere și Inovare, Ministerul Economiei",
     {("Serviciul Clustere și Inovare", "pattern:org-head"), ("Ministerul Economiei", "pattern:org-head")}),
    # two names that each an organisation word opens stay two
    ("The partners are Clusterul Textil Banat și Agenția pentru Dezvoltare Regională Vest.",
     {("Clusterul Textil Banat", "pattern:org-head"), ("Agenția pentru Dezvoltare Regională Vest", "pattern:org-head")}),
])
def test_romanian_and_inside_a_name_and_between_two(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Seminari korraldasid Tartu Puitmaja MTÜ ja Tartu linn koostöös ülikooliga.", {("Tartu Puitmaja MTÜ", "legal-form")}),
    ("Eile külastati Pärnu Kalatööstus AS tehast ning seejärel Lääne Saag OÜ tootmishoonet.",
     {("Pärnu Kalatööstus AS", "legal-form"), ("Lääne Saag OÜ", "legal-form")}),
    ("Messil esinesid Rakvere Mööbel OÜ ja Viljandi Puit MTÜ esindajad.",
     {("Rakvere Mööbel OÜ", "legal-form"), ("Viljandi Puit MTÜ", "legal-form")}),
    ("Lepingu allkirjastas Rakvere Mööbel OÜ eile Tallinnas.", {("Rakvere Mööbel OÜ", "legal-form")}),
])
def test_estonian_names_before_their_form_hold_no_lower_case_word(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Delegates came from Trøndelag, Pirkanmaa and the Vorarlberg Chamber of Commerce.",
     {("Vorarlberg Chamber of Commerce", "pattern:org-head")}),
    ("The cluster signed an agreement with Zuid-Holland last year.", set()),
    ("Vorarlberg hosted the second meeting of the network.", set()),
])
def test_a_region_alone_is_no_organisation(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("4. Recommendations of the Board for next year", set()),
    ("Resolutions of the General Assembly of the Nordic Wood Cluster", {("Nordic Wood Cluster", "pattern:org-head")}),
    ("The Composition of the Supervisory Council changed in May.", set()),
])
def test_a_heading_on_what_a_body_said_names_no_organisation(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Anna Berg – Board member (co-opted, Sweden); Head of Sales, Nordvik Tools AB", {("Nordvik Tools AB", "legal-form")}),
    ("Two seats went to observers (observer, Spain) and to members.", set()),
    ("The partners include eCluster (Ireland) and Wood+ (Austria).", {("eCluster", "org-country"), ("Wood+", "org-country")}),
])
def test_a_lower_case_word_before_a_bracketed_country_is_no_name(extract, text, expected):
    assert _orgs(extract(text)) == expected
