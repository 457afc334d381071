"""Role titles of Latvian, Lithuanian, Estonian, Slovak, Slovenian, Croatian, Hungarian, Greek, Romanian and
Portuguese, and Nordic job titles of member organisations (``role_titles_languages.txt``).

No new shape: the titles give the role in the language-neutral shapes the other languages already use, a lower-case
title right before a full name (rule ``role-before-name-language``: "klastera vadītāja Jane Parauga", "predseda
predstavenstva Jana Príkladová") and a title after the name between commas (``apposition``: "Jane Eksempel,
institutleder, …"). Masculine and feminine forms are both listed; Greek romanised (a name in Greek script is no person the
pipeline reads yet, so its titles would name no one).
"""
from __future__ import annotations

import pytest


def roles_of(result, person: str) -> set[tuple[str, str | None, str]]:
    return {(r.role, r.organisation, r.rule) for r in result.roles if r.person == person}


BEFORE = "role:role-before-name-language"
AFTER = "role:apposition"


@pytest.mark.parametrize("text, person, expected", [
    # lv
    ("Sanāksmē runāja reģionālās attīstības ministre Dace Ozoliņa par jauno atbalsta programmu.",
     "Dace Ozoliņa", {("ministre", None, BEFORE)}),
    # "klastera vadītājs" (cluster manager) is one title of role_title_concepts.csv, as "valdes priekšsēdētājs" is
    ("Pasākumu atklāja klastera vadītājs Jānis Kalniņš, uzsverot sadarbības nozīmi.",
     "Jānis Kalniņš", {("klastera vadītājs", None, BEFORE)}),
    ("Pēc pārtraukuma Andris Bērziņš, valdes priekšsēdētājs, iepazīstināja ar gada pārskatu.",
     "Andris Bērziņš", {("valdes priekšsēdētājs", None, AFTER)}),
    # lt, et
    ("Konferencijoje kalbėjo klasterio vadovė Rūta Jankauskienė apie naujus projektus.",
     "Rūta Jankauskienė", {("klasterio vadovė", None, BEFORE)}),
    ("Po pertraukos Tomas Petrauskas, valdybos pirmininkas, pristatė metų ataskaitą.",
     "Tomas Petrauskas", {("valdybos pirmininkas", None, AFTER)}),
    ("Kohtumisel esines projektijuht Kadri Tamm uue programmi tutvustusega.",
     "Kadri Tamm", {("projektijuht", None, BEFORE)}),
    # da, sv, no: job titles of the members' staff
    ("På mødet fortalte Mette Lauridsen, institutleder, om de nye laboratorier.",
     "Mette Lauridsen", {("institutleder", None, AFTER)}),
    ("Under seminariet presenterade utvecklingschef Johan Lindqvist företagets nya process.",
     "Johan Lindqvist", {("utvecklingschef", None, BEFORE)}),
    ("Efter frokosten talte erhvervschef Anne Kjær om kommunens planer for havnen.",
     "Anne Kjær", {("erhvervschef", None, BEFORE)}),
    # sk
    ("Valné zhromaždenie viedol predseda predstavenstva Martin Kováč a privítal nových členov.",
     "Martin Kováč", {("predseda predstavenstva", None, BEFORE)}),
    ("Za partnera vystúpila Jana Horváthová, generálna riaditeľka, s prehľadom investícií.",
     "Jana Horváthová", {("generálna riaditeľka", None, AFTER)}),
    ("Prezentáciu pripravila vedúca Eva Polakovičová so svojím tímom.",
     "Eva Polakovičová", {("vedúca", None, BEFORE)}),
    # sl, hr
    ("Na dogodku je spregovorila direktorica Maja Novak o razvoju grozda.",
     "Maja Novak", {("direktorica", None, BEFORE)}),
    ("Skup je otvorio predsjednik uprave Ivan Horvat i pozdravio goste.",
     "Ivan Horvat", {("predsjednik uprave", None, BEFORE)}),
    ("Nakon stanke Ana Kovačević, voditeljica projekta, predstavila je rezultate.",
     "Ana Kovačević", {("voditeljica projekta", None, AFTER)}),
    # hu, a name in the given-name-first order of an international programme
    ("Az ülésen Katalin Szabó, projektvezető, bemutatta az új pályázatot.",
     "Katalin Szabó", {("projektvezető", None, AFTER)}),
    ("A találkozón felszólalt polgármester Anna Kovács a városházán.",
     "Anna Kovács", {("polgármester", None, BEFORE)}),
    ("A közgyűlésen Péter Nagy, alelnök, ismertette a pénzügyi beszámolót.",
     "Péter Nagy", {("alelnök", None, AFTER)}),
    # el, romanised as documents in Latin script write it
    ("The regional plan was presented by Nikos Georgiou, proedros, to the members.",
     "Nikos Georgiou", {("proedros", None, AFTER)}),
    ("The forum was opened by Maria Kostopoulou, antiperifereiarchis, in the old town hall.",
     "Maria Kostopoulou", {("antiperifereiarchis", None, AFTER)}),
    ("Greetings were brought by dimarchos Eleni Vlachou on behalf of the municipality.",
     "Eleni Vlachou", {("dimarchos", None, BEFORE)}),
    # pt
    ("Na sessão interveio a tesoureira Ana Ribeiro, que apresentou as contas do exercício.",
     "Ana Ribeiro", {("tesoureira", None, BEFORE)}),
    ("Na abertura, Pedro Almeida, presidente executivo, explicou a estratégia da empresa.",
     "Pedro Almeida", {("presidente executivo", None, AFTER)}),
    ("Participou também Sofia Marques, investigadora principal, no painel de encerramento.",
     "Sofia Marques", {("investigadora principal", None, AFTER)}),
    # ro
    ("Prezentarea a fost susținută de Elena Popa, ofițer de comunicare, la sediul asociației.",
     "Elena Popa", {("ofițer de comunicare", None, AFTER)}),
    ("Rezultatele au fost prezentate de Ioana Radu, coordonatoare de proiect, în fața membrilor.",
     "Ioana Radu", {("coordonatoare de proiect", None, AFTER)}),
    # a name opening its line, the role after it
    ("Mihai Stan, asistent administrativ, a întocmit procesul-verbal al ședinței.",
     "Mihai Stan", {("asistent administrativ", None, "role:line:name-role")}),
])
def test_more_language_titles(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected


@pytest.mark.parametrize("text", [
    # a title with no full name after it names no one
    "Ministrija plāno, ka direktors tiks iecelts līdz gada beigām.",
    "Η θέση του προέδρου παραμένει κενή μέχρι τις εκλογές.",
    "The post of proedros stays vacant until the elections in spring.",
])
def test_title_with_no_name_no_row(extract, text):
    assert not extract(text).roles


@pytest.mark.parametrize("text, person, expected", [
    # Swedish "för" joins an office to the organisation it is held in, as "of" does (role_org_connectors.txt)
    ("Vi träffade Sven Berg, ordförande för Norrlands Träkluster, i Umeå.",
     "Sven Berg", {("ordförande", "Norrlands Träkluster", "role:apposition")}),
    ("På stämman talade Lena Ek, vd för Västkust Marin AB, om exporten.",
     "Lena Ek", {("vd", "Västkust Marin AB", "role:apposition")}),
    ("Efter lunch berättade Karl Öberg, kassör för Mälardalens Energikluster, om budgeten.",
     "Karl Öberg", {("kassör", "Mälardalens Energikluster", "role:apposition")}),
])
def test_swedish_for_names_the_organisation(extract, text, person, expected):
    assert roles_of(extract(text), person) == expected
