"""Family "profile card" (statement_lines.py, rule ``line:name-over-role``): a social-media post's name line ends with
the connection degree or the author's mark ("Jan Peeters • 2e", "Jane Doe • 3rd+", "Ana Ruiz · Autora") and the
headline under it is the person's role and organisation, in any language (``language_neutral_rules.txt``). And a Dutch
name ends before "van de Provincie" / "van de Gemeente" (``not_person_words.txt``). Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Wat een mooie dag in Zwolle met alle leden van het netwerk.\n\nOpmerkingen\n\nJan Peeters • 2e\n"
     "Directeur bij Acme Kunststoffen B.V.\nMooi initiatief, tot volgend jaar!\nVind ik leuk • Reageren",
     {("Jan Peeters", "Directeur", "Acme Kunststoffen B.V.", "role:line:name-over-role")}),
    ("Great week in Porto with our partners.\n\nComments\n\nMaria Santos • 3rd+\nProject Manager at Acme Cluster\n"
     "Thank you for the warm welcome!",
     {("Maria Santos", "Project Manager", "Acme Cluster", "role:line:name-over-role")}),
    ("Obrigada a todos pela participação no encontro.\n\nAna Ribeiro · Autora\nDiretora executiva da Associação Acme\n"
     "Até para o ano!",
     {("Ana Ribeiro", "Diretora executiva", "Associação Acme", "role:line:name-over-role")}),
])
def test_profile_card_headline_is_the_role(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected


@pytest.mark.parametrize("text, person", [
    ("Op maandag opende gedeputeerde Karin Jansen van de Provincie Overijssel de beurs.", "Karin Jansen"),
    ("Ook wethouder Pieter de Graaf van de Gemeente Assen sprak de gasten toe.", "Pieter de Graaf"),
    ("De prijs werd uitgereikt door gedeputeerde Henk Jan Smit van de Provincie Groningen.", "Henk Jan Smit"),
])
def test_dutch_name_ends_before_the_province(extract, text, person):
    assert [p.name for p in extract(text).people] == [person]
