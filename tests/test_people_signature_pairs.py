"""Rule "line:signature-pair": two signatures side by side, the names on one line, the offices on the next; lists of our
own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The assembly closed at 17:40.\n\nMarta Oliveira Jonas Lindqvist\nPresident Treasurer\n",
     [("Jonas Lindqvist", "Treasurer", "role:line:signature-pair"), ("Marta Oliveira", "President", "role:line:signature-pair")]),
    ("With kind regards,\n\nKatarzyna Nowak-Zielińska Pieter van Dam\nSecretary General Chair\n\nAnnex: agenda\n",
     [("Katarzyna Nowak-Zielińska", "Secretary General", "role:line:signature-pair"),
      ("Pieter van Dam", "Chair", "role:line:signature-pair")]),
    ("Signed in Tampere on 3 May 2031\n\nAila Koskinen Henrik Dahl\nChairwoman Vice-President\n",
     [("Aila Koskinen", "Chairwoman", "role:line:signature-pair"), ("Henrik Dahl", "Vice-President", "role:line:signature-pair")]),
])
def test_two_signatures_side_by_side(extract, text, expected):
    result = extract(text)
    assert sorted(p.name for p in result.people) == sorted(name for name, _, _ in expected)
    assert sorted((r.person, r.role, r.rule) for r in result.roles) == expected


@pytest.mark.parametrize("text", [
    # one name over two roles; two names over one role; a line that is no pair of full names
    "Marta Oliveira\nPresident Treasurer\n",
    "Marta Oliveira Jonas Lindqvist\nPresident of the board\n",
    "Green Hydrogen Valley Days\nPresident Treasurer\n",
])
def test_signature_pair_needs_two_names_over_two_roles(rules, text):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.statement_signatures import signature_pair_statements

    assert signature_pair_statements(text, load_lexicon(rules.data_dir)) == []
