"""Austrian academic titles before a name ("DI", "Univ.-Prof.", "Dr. techn."): never part of the name, never a person
of their own; sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, people", [
    ("The plant tour was led by DI Verena Hölzl-Ortner, head of production.\n", ["Verena Hölzl-Ortner"]),
    ("The members of the jury are listed below in alphabetical order.\n\nUniv.-Prof. Dipl.-Ing. Dr. techn. Konrad Aigner\n"
     "Head of rail vehicle research, TU Graz\n",
     ["Konrad Aigner"]),
    ("Keynote: Univ.-Prof. Dr. Elke Pirker (Montanuniversität Leoben) on hydrogen steel.\n", ["Elke Pirker"]),
])
def test_austrian_titles_before_a_name(extract, text, people):
    assert sorted(p.name for p in extract(text).people) == people
