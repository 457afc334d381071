"""Legal forms cleanco lacks (data/legal_forms.txt [forms]): the Slovak and Czech forms written with spaces as their
registers print them ("a. s.", "k. s.", "v. o. s.", "š. p.", "n. o.", "o. z."), the Irish "Teo." (Teoranta) and the
Austrian "FlexCo"; the form stays on the name as written (rule "legal-form"). Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Členmi sú Píla Hronec, a. s., Drevoplast Detva k. s. a Lesy Horehronia, š. p. od roku 2030.",
     [("Píla Hronec, a. s.", "legal-form"), ("Drevoplast Detva k. s.", "legal-form"), ("Lesy Horehronia, š. p.", "legal-form")]),
    ("Vo výbore sú zástupcovia firiem Stavby Liptov v. o. s. a Drevodom Orava a. s. z Tvrdošína.",
     [("Stavby Liptov v. o. s.", "legal-form"), ("Drevodom Orava a. s.", "legal-form")]),
    ("Ar an bpainéal bhí Bia Mara Inis Teo. agus Éisc Árann Teo. araon.",
     [("Bia Mara Inis Teo.", "legal-form"), ("Éisc Árann Teo.", "legal-form")]),
    ("The members include Nordvik Timber Teo. and several schools.", [("Nordvik Timber Teo.", "legal-form")]),
    ("Mitglieder sind Alpenchip FlexCo und Murtal Sensorik GmbH.",
     [("Alpenchip FlexCo", "legal-form"), ("Murtal Sensorik GmbH", "legal-form")]),
])
def test_spaced_and_national_legal_forms(extract, text, expected):
    assert [(o.name, o.rule) for o in extract(text).organisations] == expected


@pytest.mark.parametrize("text, expected", [
    # the Slovenian economic interest grouping (GIZ), the form most Slovenian clusters are registered in, after a comma
    # as the register writes it: part of the name the organisation-word rules read
    ("Sestanka so se udeležili predstavniki grozda Lesni grozd Podravje, GIZ in podjetja Kovinar d.o.o.",
     [("Lesni grozd Podravje, GIZ", "pattern:lower-head-mid"), ("Kovinar d.o.o.", "legal-form")]),
    ("POMURSKI PREHRANSKI GROZD, GIZ\nZapisnik 4. seje upravnega odbora\n",
     [("POMURSKI PREHRANSKI GROZD, GIZ", "legal-form")]),
    ("Pogodbo je podpisal Kovinski grozd Savinja, GIZ, ki združuje 30 podjetij.",
     [("Kovinski grozd Savinja, GIZ", "pattern:lower-head-mid")]),
])
def test_slovenian_interest_grouping(extract, text, expected):
    assert [(o.name, o.rule) for o in extract(text).organisations] == expected
