"""Family "the role, Name" with a word of when the office is held (data/role_office_time_words.csv): before the title
after its article ("Den afgående formand"), after the title before the comma where a language puts its adjective after
the noun ("La presidenta saliente"), or opening the sentence in a language without articles ("Nowy prezes"). The word
is no part of the role."""
from __future__ import annotations

import pytest


def _rows(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Den afgående formand, Birgitte Holm, gennemgik året.", {("Birgitte Holm", "formand", None, "role:the-role-name")}),
    ("De nieuwe voorzitter, Pieter Jansen, opende de vergadering.",
     {("Pieter Jansen", "voorzitter", None, "role:the-role-name")}),
    ("Der scheidende Vorsitzende, Klaus Berger, zog Bilanz.", {("Klaus Berger", "Vorsitzende", None, "role:the-role-name")}),
    ("The outgoing chair, Birgitte Holm, reviewed the year.", {("Birgitte Holm", "chair", None, "role:the-role-name")}),
])
def test_time_word_between_article_and_title(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La presidenta saliente, Ana Ruiz, repasó el año.", {("Ana Ruiz", "presidenta", None, "role:the-role-name")}),
    ("Le président sortant, Jean Martin, a présenté le bilan.", {("Jean Martin", "président", None, "role:the-role-name")}),
    ("Il presidente uscente, Marco Rossi, ha presentato il bilancio.",
     {("Marco Rossi", "presidente", None, "role:the-role-name")}),
])
def test_time_word_after_the_title(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nowy prezes, Jan Kowalski, przedstawił plan.", {("Jan Kowalski", "prezes", None, "role:the-role-name")}),
    ("Odstupujúci predseda, Ján Novák, zhodnotil rok.", {("Ján Novák", "predseda", None, "role:the-role-name")}),
])
def test_time_word_opening_the_sentence_leads_in(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_time_word_inside_a_sentence_is_no_lead_in(extract):
    # mid-sentence, a bare "nowy prezes" after a name and a comma is no apposition of the next name
    assert {r for r in _rows(extract("Spotkanie otworzył Adam Nowak, nowy prezes, Jan Kowalski zamknął.")) if r[3] == "role:the-role-name"} == set()
