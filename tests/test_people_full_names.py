"""Rule "line-name" (a full name that opens a line of a list, table or programme) and rule family "foreign full
name" (a person an English-only rule read in a sentence of a language without its own pipeline, kept when the
whole name has a person's shape); sentences of our own."""
from __future__ import annotations

import pytest


def people(result) -> list[tuple[str, str]]:
    return [(p.name, p.rule) for p in result.people]


@pytest.mark.parametrize("text, expected", [
    ("PRESENT\n- Leonor Baptista Reis - Acme Cork Cluster, secretary\n- Ruairí de Búrca - Tidewater Ltd (online)\n",
     [("Leonor Baptista Reis", "line-name"), ("Ruairí de Búrca", "line-name")]),
    ("Programme\n\n14:10  Best practice from members\n       Henrike Wollschläger-Brandt – what our pilots taught us\n",
     [("Henrike Wollschläger-Brandt", "line-name")]),
    ("Olwen Pryce-Hartigan • 3rd\nCommunity lead at the Severn Robotics Hub\n\nGreat turnout at our robot picnic!",
     [("Olwen Pryce-Hartigan", "line-name")]),
])
def test_people_line_opening_full_name(extract, rules, text, expected):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_full_names import line_opening_names

    # the rule reads exactly these names, and the document's people are exactly they (whichever rule came first)
    assert [text[s.start:s.end] for s in line_opening_names(text, load_lexicon(rules.data_dir))] == [n for n, _ in expected]
    assert [name for name, _ in people(extract(text))] == [n for n, _ in expected]


@pytest.mark.parametrize("text", [
    # an organisation word, a country, a sentence after the name: no line-opening person
    "Partners\n- Maria Stella Foundation - Bari\n- Victoria Port Authority - Malta\n",
    "Attendees were welcome.\nJohan Portugal - guest\n",
    "Hanna Lindqvist opened the workshop with a short talk on recycling.\n",
    # a greeting before a given name and the line's first comma (e-mails): no name holds a greeting
    "Hi Claude, the slides are in the shared folder.\n",
    "Hallo Matthias, anbei das Protokoll vom Dienstag.\n",
    "Hello Ingrid, see you at the stand on Thursday.\n",
])
def test_people_line_opening_name_needs_the_full_shape(extract, rules, text):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_full_names import line_opening_names

    assert line_opening_names(text, load_lexicon(rules.data_dir)) == []
    assert [p for p in extract(text).people if p.rule == "line-name"] == []


@pytest.mark.parametrize("text, expected", [
    ("En la inauguración intervino la alcaldesa de la ciudad, Rocío Méndez de la Fuente, que agradeció el apoyo de "
     "las empresas asociadas y anunció una nueva convocatoria de ayudas para proyectos de innovación en el puerto.",
     ["Rocío Méndez de la Fuente"]),
    ("Nel corso della giornata ha preso la parola anche Lorenzo Castellani-Berti, responsabile dei progetti europei "
     "del consorzio, che ha illustrato i risultati del primo anno di attività con le imprese del territorio.",
     ["Lorenzo Castellani-Berti"]),
    ("Segundo Joana Ribeiro Tavares, coordenadora do projeto, as empresas participantes reduziram o consumo de água "
     "em quase um terço durante os dois anos de trabalho conjunto com a universidade e os parceiros regionais.",
     ["Joana Ribeiro Tavares"]),
])
def test_people_full_name_in_a_language_without_its_pipeline(extract, text, expected):
    assert [p.name for p in extract(text).people] == expected
    assert all(p.rule.endswith(":full-name") for p in extract(text).people)


@pytest.mark.parametrize("text, expected", [
    ("Wiceprezesem została Pani Halina Borowiec-Kwiatek, a skarbnikiem Pan Witold Zaręba.",
     [("Halina Borowiec-Kwiatek", "Pani"), ("Witold Zaręba", "Pan")]),
    ("The opening words came from Mme Solène Garnier-Petit, mayor of the host town.",
     [("Solène Garnier-Petit", "Mme")]),
    ("A sessão foi moderada pela Dra. Inês Barros Teixeira e encerrada pela Eng.ª Marta Quintela.",
     [("Inês Barros Teixeira", "Dra"), ("Marta Quintela", "Eng.ª")]),
])
def test_people_courtesy_titles_of_other_languages(extract, text, expected):
    assert [(p.name, p.title) for p in extract(text).people] == expected


@pytest.mark.parametrize("text, expected", [
    ("The morning was busy. Henrietta Lindblom-Ekdahl of Nordic Pulp Labs AB showed the new pilot dryer.",
     ["Henrietta Lindblom-Ekdahl"]),
    ("Several partners spoke, and Bartosz Wierzbicki of the Pomeranian agrifood cluster Agro Pomorze closed the day.",
     ["Bartosz Wierzbicki"]),
    ("Questions went to Clodagh Ní Bhraonáin at Westport Marine Services, who answered each in turn.",
     ["Clodagh Ní Bhraonáin"]),
])
def test_people_full_name_before_connector(extract, rules, text, expected):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_full_names import names_before_connector

    assert [text[s.start:s.end] for s in names_before_connector(text, load_lexicon(rules.data_dir))] == expected
    assert [p.name for p in extract(text).people] == expected


@pytest.mark.parametrize("text", [
    "The Silver Label of the European Secretariat was renewed.",
    "The University of Turku and the Port of Naantali signed a letter.",
    "Santa Maria of the Angels hosted the dinner at Turku Castle.",
])
def test_people_no_full_name_before_connector(rules, text):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_full_names import names_before_connector

    assert names_before_connector(text, load_lexicon(rules.data_dir)) == []
