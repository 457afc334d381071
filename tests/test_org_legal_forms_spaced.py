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
