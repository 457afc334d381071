"""Rule family "surname wrapped to the next line" (people.line_name): a hard-wrapped prose line that breaks inside a
name of three words keeps the whole name; sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("The panel brought together the port director and, for the fishermen's guild, Beatriz Lobo\nCarrasco, "
     "president of the guild since 2029.\n", "Beatriz Lobo Carrasco"),
    ("We thank our former treasurer, Tiago Moura\nFigueira, who left the board in May after six years.\n",
     "Tiago Moura Figueira"),
    ("The afternoon closed with a keynote on furnace fuels by Helena Sarmento\nValadares, head of exports at "
     "Vidreira do Lis.\n", "Helena Sarmento Valadares"),
])
def test_surname_wrapped_to_the_next_line(extract, text, name):
    assert [p.name for p in extract(text).people] == [name]


@pytest.mark.parametrize("text, span, name", [
    # a name alone on its line over a role line; a place and a date after a signature; no comma or bracket after
    ("Press contact\nKerstin Albers-Nuñez\nCommunications\n", "Kerstin Albers-Nuñez\nCommunications", "Kerstin Albers-Nuñez"),
    ("Signed in the name of the board by Dr. Ana Gil\nUtrecht, May 2031\n", "Ana Gil\nUtrecht", "Ana Gil"),
    ("Chair of the meeting: Tanel Saar\nMinutes taken by Mari Kask\n", "Tanel Saar\nMinutes", "Tanel Saar"),
])
def test_line_name_keeps_a_list_line_apart(rules, text, span, name):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people import line_name

    s = text.index(span)
    assert line_name(text, s, s + len(span), load_lexicon(rules.data_dir)) == name
