"""Organisation words of more languages as data (data/org_name_words.txt): front heads that open a name (Portuguese,
Galician, Welsh, Icelandic, Albanian, Cyrillic offices), lower-case heads of the languages that decline the name's
place before its head, which close the name (Lithuanian, Finnish, Estonian, Scandinavian: ``[closing lower heads]``),
and the Galician and Portuguese "and the" between two names. Sentences of our own."""
from __future__ import annotations

import pytest


def _orgs(result) -> list[tuple[str, str]]:
    return [(o.name, o.rule) for o in result.organisations]


@pytest.mark.parametrize("text, expected", [
    ("Parodoje dalyvavo Kauno valstybinė kolegija ir Alytaus miesto savivaldybė.",
     [("Kauno valstybinė kolegija", "pattern:lower-head-mid"), ("Alytaus miesto savivaldybė", "pattern:lower-head-mid")]),
    # a genitive head: the capitalised words after it are the next phrase's
    ("Mokymus surengė Užimtumo tarnybos Panevėžio skyrius.", [("Užimtumo tarnybos", "pattern:lower-head-mid")]),
    ("Hankkeessa ovat mukana Turun yliopisto ja Porin kaupunki.",
     [("Turun yliopisto", "pattern:lower-head-mid"), ("Porin kaupunki", "pattern:lower-head-mid")]),
    ("Prosjektet er støttet av Bodø kommune og Nordland fylkeskommune.",
     [("Bodø kommune", "pattern:lower-head-mid"), ("Nordland fylkeskommune", "pattern:lower-head-mid")]),
])
def test_closing_lower_heads(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("A feira contou co apoio do Concello de Ourense e da Deputación Provincial de Ourense.",
     [("Concello de Ourense", "pattern:org-head"), ("Deputación Provincial de Ourense", "pattern:org-head")]),
    ("A cerimónia teve o apoio do Município de Viseu e do Município de Tondela.",
     [("Município de Viseu", "pattern:org-head"), ("Município de Tondela", "pattern:org-head")]),
    ("Cafodd y gweithdy ei gynnal gan Prifysgol Aberystwyth yr wythnos diwethaf.",
     [("Prifysgol Aberystwyth", "pattern:org-head")]),
    ("Ráðstefnan var haldin í samstarfi við Háskólinn á Hólum í vor.", [("Háskólinn á Hólum", "pattern:org-head")]),
    ("Takimin e organizoi Bashkia Korçë me fermerët e zonës.", [("Bashkia Korçë", "pattern:org-head")]),
])
def test_front_heads_of_more_languages(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a patron in quotes right after a lower-case head is part of the name
    ("Лекция изнесе доц. Мария Петрова от Великотърновския университет „Св. Кирил и Методий“ пред студентите.",
     [("Великотърновския университет „Св. Кирил и Методий“", "pattern:lower-head-mid")]),
    ("Predavanje je održao profesor sa Šumarskog fakulteta „Ivo Andrić“ iz Banja Luke.",
     [("Šumarskog fakulteta „Ivo Andrić“", "pattern:lower-head-mid")]),
    # the Bulgarian university closes its name: the town after "в" is its seat
    ("Участваха експерти от Тракийския университет в Стара Загора и от Аграрния университет.",
     [("Тракийския университет", "pattern:lower-head-mid"), ("Аграрния университет", "pattern:lower-head-mid")]),
])
def test_quoted_patron_after_a_lower_head(extract, text, expected):
    assert [(o.name, o.rule) for o in extract(text).organisations] == expected


@pytest.mark.parametrize("text, expected", [
    # capitalised last heads (org_suffixes.txt) and compounds ([compound heads]) of Estonian, Icelandic, Swedish, Basque
    ("Õppepäeva korraldasid Kagu-Eesti Mööbliklaster ja Eesti Puitmajaliidu Liit.",
     [("Kagu-Eesti Mööbliklaster", "pattern:org-head"), ("Eesti Puitmajaliidu Liit", "pattern:org-head")]),
    ("Kohtumist toetas Pärnu Linnavalitsus koos Tartu Ülikool teadlastega.",
     [("Pärnu Linnavalitsus", "pattern:org-head"), ("Tartu Ülikool", "pattern:org-head")]),
    ("Verkefnið er unnið af Sjávarklasi Vestfjarða og bændum á svæðinu.", [("Sjávarklasi Vestfjarða", "pattern:org-head")]),
    ("Kursen ges av Yrkeshögskolan Gävleborg under hösten.", [("Yrkeshögskolan Gävleborg", "pattern:org-head")]),
    ("Ekitaldia antolatu zuten Gasteizko Udala eta Deustuko Unibertsitatea erakundeek.",
     [("Gasteizko Udala", "pattern:org-head"), ("Deustuko Unibertsitatea", "pattern:org-head")]),
])
def test_last_heads_of_more_languages(extract, text, expected):
    assert [(o.name, o.rule) for o in extract(text).organisations] == expected
