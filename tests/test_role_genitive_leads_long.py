"""The organisation in the genitive before a Lithuanian or Latvian title may hold a proper name's genitive with its
capital ("Vilniaus universiteto Chemijos fakulteto docentė") or a company in quotes after its legal form ("UAB „…“
direktorius", "SIA „…“ valdes priekšsēdētājs"), and run up to six words, the title further than forty characters
after the name's comma (``role_genitive_lead.genitive_lead``; rules ``line:name-role`` and ``apposition``). Sentences
of our own; the rows are every role of the text."""
from __future__ import annotations

import pytest


def _rows(result) -> list[tuple]:
    return sorted((r.person, r.role, r.rule.split("+")[0]) for r in result.roles)


@pytest.mark.parametrize("text, expected", [
    ("Į valdybą kandidatuoja šie klasterio nariai:\n• Rimantas Jonaitis, UAB „Šiaulių metalas\" direktorius\n"
     "• Rūta Kazlauskienė, Vilniaus universiteto Chemijos fakulteto docentė\nBalsavimas vyks susirinkimo metu.",
     [("Rimantas Jonaitis", "UAB „Šiaulių metalas\" direktorius", "role:line:name-role"),
      ("Rūta Kazlauskienė", "Vilniaus universiteto Chemijos fakulteto docentė", "role:line:name-role")]),
    ("Valdē kandidē šādi biedri:\n• Jānis Bērziņš, SIA „Kurzemes koks\" valdes priekšsēdētājs\n"
     "• Ilze Ozola, Latvijas Universitātes Ķīmijas fakultātes docente\nBalsošana notiks sapulcē.",
     [("Ilze Ozola", "Latvijas Universitātes Ķīmijas fakultātes docente", "role:line:name-role"),
      ("Jānis Bērziņš", "SIA „Kurzemes koks\" valdes priekšsēdētājs", "role:line:name-role")]),
    # in prose, the title 54 characters after the comma
    ("Forumą atidarė Marius Kairys, Klaipėdos universiteto Jūros technologijų instituto direktorius. Diskusijoje "
     "dalyvavo dvylika įmonių.",
     [("Marius Kairys", "Klaipėdos universiteto Jūros technologijų instituto direktorius", "role:apposition")]),
])
def test_long_genitive_lead_before_the_title(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # an English sentence that merely ends in a title stays no role, however long
    "The forum was opened by Jane Doe, who thanked the Port of Klaipeda and its many partners director.",
    # a genitive phrase of seven words is a sentence, not a lead
    "Forumą atidarė Marius Kairys, kuris pristatė naujos uosto plėtros strategijos pirmosios dalies projekto direktorius.",
])
def test_no_role_from_a_long_clause(extract, text):
    assert _rows(extract(text)) == []
