"""Family "form before a quoted name" (rule "legal-form-quoted", pipeline/extract/legal_forms.py) and family "quoted
name in its own language" (rule "pattern:quoted-name", pipeline/extract/org_names.py): a company, an association or a
school whose name in quotes keeps the lower-case words of its language. Sentences of our own."""
from __future__ import annotations

import pytest


def _orgs(result) -> list[tuple[str, str, str | None]]:
    return [(o.name, o.rule, o.acronym) for o in result.organisations]


@pytest.mark.parametrize("text, expected", [
    # Lithuanian companies and a public institution, lower-case words inside the quotes; no trailing "…, AB" reading
    ("Į klasterį įstojo UAB „Girių takas“, AB „Dubysos grūdai“ ir VšĮ „Verslo erdvė“.",
     [("UAB „Girių takas“", "legal-form-quoted", None), ("AB „Dubysos grūdai“", "legal-form-quoted", None),
      ("VšĮ „Verslo erdvė“", "legal-form-quoted", None)]),
    # the company after a person and a comma: not the whole sentence before ", UAB"
    ("Valdybos nare tapo Aistė Vaitkutė, UAB „Žalias stogas“ vadovė.",
     [("UAB „Žalias stogas“", "legal-form-quoted", None)]),
    # a small partnership, initials inside
    ("Parodoje dalyvavo MB „Ąžuolo dirbtuvės“ iš Anykščių.", [("MB „Ąžuolo dirbtuvės“", "legal-form-quoted", None)]),
    # a Latvian company in straight quotes, a lower-case word inside
    ('Biedrībai pievienojās SIA "Dzintara krasts" no Liepājas.', [('SIA "Dzintara krasts"', "legal-form-quoted", None)]),
    # Bulgarian sole trader with a dash inside the name, and an association
    ("В клъстера влязоха ЕТ „Мария Илиева – Шивашки цех“ и Сдружение „Иновации Видин“.",
     [("ЕТ „Мария Илиева – Шивашки цех“", "legal-form-quoted", None),
      ("Сдружение „Иновации Видин“", "legal-form-quoted", None)]),
    # Ukrainian companies in guillemets
    ("Меморандум підписали ТОВ «Карпатський ліс» і ПП «Гірська пасіка».",
     [("ТОВ «Карпатський ліс»", "legal-form-quoted", None), ("ПП «Гірська пасіка»", "legal-form-quoted", None)]),
])
def test_form_before_a_quoted_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a school's patron with "di" inside; a cluster's brand in its own language, lower case inside
    ("Gli allievi dell'Istituto Tecnico Agrario “Luigi di Sangro” hanno piantato gli ulivi.",
     [("Istituto Tecnico Agrario “Luigi di Sangro”", "pattern:quoted-name", None)]),
    ('Sajam je otvorio Klaster „Zlatna dolina" iz Požege.', [('Klaster „Zlatna dolina"', "pattern:quoted-name", None)]),
    ("Nagrodę odebrał Klaster Meblowy „Drewno i styl” z Mielca.",
     [("Klaster Meblowy „Drewno i styl”", "pattern:quoted-name", None)]),
])
def test_quoted_name_in_its_own_language(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an English title in quotes after a cluster stays the cluster's event, not part of its name
    ('The Acme Cluster "Smart skills for ports" webinar starts today.', [("Acme Cluster", "pattern:org-head", None)]),
    # quotes that open with a lower-case word, or hold more than six words, name nothing
    ("Jų šūkis skamba taip: UAB „mūsų ateitis“ ir AB „Kartu mes kuriame ateitį su jumis visais metais“.", []),
])
def test_no_name_without_a_quoted_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the association's word wraps a name that an organisation word heads: the text names that organisation
    ('© 2031 Biedrība "Baltic Wood Cluster" · Privātuma politika', [("Baltic Wood Cluster", "pattern:org-head", None)]),
    ("Posėdį surengė Asociacija „Dzūkijos maisto klasteris“ Alytuje.",
     [("Dzūkijos maisto klasteris", "pattern:lower-head-bounded", None)]),
    # a name without an organisation word stays whole with the association's word
    ("Партньор е Фондация „Зелени Родопи“ от Смолян.", [("Фондация „Зелени Родопи“", "legal-form-quoted", None)]),
])
def test_association_word_around_an_organisation_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ('Ligjëratën e mbajti një profesoreshë nga Universiteti "Fan Noli" Korçë, me studentët e saj.',
     [('Universiteti "Fan Noli" Korçë', "pattern:quoted-name", None)]),
    ('Our partner University "St. Naum Ohridski" Bitola hosted the workshop.',
     [('University "St. Naum Ohridski" Bitola', "pattern:quoted-name", None)]),
    ('Honey samples came from the Beekeepers\' Cluster "Zlatna Pčela" Veles this spring.',
     [('Beekeepers\' Cluster "Zlatna Pčela" Veles', "pattern:quoted-name", None)]),
    # no town after the quotes: the name ends with them
    ('The Wood Cluster "Drvo Plus" Prepared a new study.', [('Wood Cluster "Drvo Plus"', "pattern:quoted-name", None)]),
])
def test_town_after_the_quotes(extract, text, expected):
    assert _orgs(extract(text)) == expected
