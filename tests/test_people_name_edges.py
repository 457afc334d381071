"""Names read with the wrong extent (people.name_head_owner, people._wrapped_surname, person_titles.txt,
not_person_words.txt): a name cut before its last surname, a double surname wrapped to the next line and written
again later, titles of other languages before a name, a label after it, and the words of bodies, programmes and
policy areas read as people; sentences of our own."""
from __future__ import annotations

import pytest


def names(result) -> list[str]:
    return sorted({p.name for p in result.people})


@pytest.mark.parametrize("text, expected", [
    # the model stops a name of three words one word short where the name opens a sentence
    ("The jury was chaired by Dr. Lucía Pardo Ibarra, rector of the college.\n\nLucía Pardo Ibarra recalled that the "
     "award started in 2029 with four entries.\n", ["Lucía Pardo Ibarra"]),
    ("Opening words came from Prof. Tomás Rebelo Sequeira, head of the lab.\nTomás Rebelo Sequeira said the lab "
     "would double its staff.\n", ["Tomás Rebelo Sequeira"]),
    ("Our guest speaker, Dr. Maren Kohl Pedersen, runs the harbour lab.\nMaren Kohl Pedersen explained how the "
     "harbour measures its emissions.\n", ["Maren Kohl Pedersen"]),
])
def test_name_cut_before_its_last_surname(extract, text, expected):
    assert names(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a double surname without a hyphen wrapped to the next line, written again side by side later
    ("The forum was opened by the head of the regional agency, mag. Vesna Kralj\nOblak and by the mayor.\n\n"
     "Mag. Kralj Oblak stressed the shortage of welders.\n", ["Vesna Kralj Oblak"]),
    ("Thanks go to the treasurer of the association, Dr. Pedro Luna\nGaldós and to all volunteers.\n\n"
     "Dr. Luna Galdós closed the accounts in March.\n", ["Pedro Luna Galdós"]),
    ("The study was led by the faculty's dean, Prof. Inês Amaral\nBrito and two assistants.\n\n"
     "Prof. Amaral Brito presented the results.\n", ["Inês Amaral Brito"]),
])
def test_double_surname_wrapped_and_written_again(extract, text, expected):
    assert names(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # titles of other languages before the name, never part of it
    ("The second panel heard Prof. Doutora Beatriz Vilaça Monteiro, president of the polytechnic.\n",
     ["Beatriz Vilaça Monteiro"]),
    ("Contacto técnico: Eng.a Joana Carvalhal Rebelo, responsável pela qualidade.\n", ["Joana Carvalhal Rebelo"]),
    ("The evaluation was led by Ec. Corina Văduva and checked by the cluster's auditor.\n", ["Corina Văduva"]),
])
def test_titles_of_other_languages(extract, text, expected):
    found = extract(text).people
    assert names(extract(text)) == expected
    assert all(not p.text.startswith(("Doutor", "Eng", "Ec")) for p in found)


@pytest.mark.parametrize("text, expected", [
    # a label after the name on a signature or approval line
    ("Valencia, 3 March 2036\n\nThe Chair: Rosalía Ferrer Olmos Approved: the Board of the association\n",
     ["Rosalía Ferrer Olmos"]),
    ("Prepared by the secretariat. Author: Henrik Dalby Signed: 4 May 2035\n", ["Henrik Dalby"]),
    ("The Treasurer: Elżbieta Marczak Verified: the auditors of the cluster\n", ["Elżbieta Marczak"]),
])
def test_label_after_the_name(extract, text, expected):
    assert names(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # bodies, offices, programmes and policy areas of other languages that open or close like a name
    "The plan was endorsed by Consiliul Județean Alba in its June session.\n",
    "Press enquiries: Ufficio Stampa e Comunicazione, stampa@acme.example\n",
    "The visit was funded under the Regional Mentoring Scheme of the Baltic Network (BN).\n",
    "Guidance from the Directorate for Health and Food Safety (DG SANTE) was presented.\n",
    "Organised by Pomorski Związek Pracodawców – Employers of Pomerania (PZP)\n",
])
def test_bodies_programmes_and_areas_are_no_people(extract, text):
    assert names(extract(text)) == []


@pytest.mark.parametrize("text, expected", [
    # a particle before the front head of an organisation's name of another language ends the name
    ("Op het podium sprak wethouder Anouk Brinkman van de Gemeente Emmen over de nieuwe haven.\n", "Anouk Brinkman"),
    ("All'incontro è intervenuto l'assessore Marco Neri della Regione Umbria con una relazione.\n", "Marco Neri"),
    ("Gisteren opende gedeputeerde Sanne Visser van de Provincie Groningen de beurs in Assen.\n", "Sanne Visser"),
])
def test_particle_before_an_organisation_ends_the_name(extract, text, expected):
    assert expected in names(extract(text))
    assert not any(p.name.endswith(("Emmen", "Gemeente", "Umbria", "Regione", "Groningen", "Provincie"))
                   for p in extract(text).people)


@pytest.mark.parametrize("text, expected", [
    # a short capitals surname after a double given name; a capitals surname joined to a title-case one
    ("Evaluation team: Dr. Vlad-Mihai DAN (team leader), Ec. Sorina BUCUR-Ionescu (expert)\n",
     ["Sorina BUCUR-Ionescu", "Vlad-Mihai DAN"]),
    ("Jury: Prof. Jean-Marc ROY (chair) and Dr. Oana MARIN-Vlase (secretary)\n", ["Jean-Marc ROY", "Oana MARIN-Vlase"]),
    ("Rapporteurs: Dr. Ana-Maria POP (Cluj) and Prof. Radu IONESCU-Brad (Iași)\n", ["Ana-Maria POP", "Radu IONESCU-Brad"]),
])
def test_short_or_joined_capitals_surname(extract, text, expected):
    assert names(extract(text)) == expected


@pytest.mark.parametrize("text, span, name", [
    # the model's span stops at the conjunction of a double surname; a second given name after it is a second person
    ("From the Catalan centre, Ferran Soler i Pujol will attend online.\n", "Ferran Soler", "Ferran Soler i Pujol"),
    ("Our thanks go to Núria Puig i Ferrer, who coordinated the tasting.\n", "Núria Puig", "Núria Puig i Ferrer"),
    ("The essay by Luis Ortega y Gasset was read aloud.\n", "Luis Ortega", "Luis Ortega y Gasset"),
    ("Signed by Pere Casals i Marta Vidal for the board.\n", "Pere Casals", "Pere Casals"),
])
def test_model_name_runs_on_over_a_conjoined_surname(rules, text, span, name):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people import model_person_span

    s = text.index(span)
    found = model_person_span(text, s, s + len(span), load_lexicon(rules.data_dir))
    assert found is not None and text[found.start:found.end] == name


@pytest.mark.parametrize("text, expected", [
    # two people joined by a one-letter conjunction are two people
    ("The meeting was chaired by Ana Ruiz y Marta Gil from the cluster board.\n", ["Ana Ruiz", "Marta Gil"]),
    ("Contact persons: Ana Ruiz y Marta Gil (Navarra Food Cluster)\n", ["Ana Ruiz", "Marta Gil"]),
    ("The panel was moderated by Joan Batlle i Serra, director of the Girona Wood Cluster.\n", ["Joan Batlle i Serra"]),
])
def test_two_people_joined_by_a_conjunction(extract, text, expected):
    assert names(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an ordinary word (a street or venue word) after a particle closes the name as its last surname
    ("Contact: Dra. Beatriz Ortega de la Calle, head of the pilot plant (WP2 leader)\n", ["Beatriz Ortega de la Calle"]),
    ("Contacto: Dr. Rui Meireles da Rua, coordenador do laboratório\n", ["Rui Meireles da Rua"]),
    ("Speaker: Prof. Elena Martín de la Plaza (University of Burgos)\n", ["Elena Martín de la Plaza"]),
])
def test_ordinary_word_after_a_particle_ends_the_name(extract, text, expected):
    assert names(extract(text)) == expected


# Rule family "title before a surname in capitals": a surname the text also writes alone after a courtesy title ("Prof.
# KOLLMANN invited …") or after a middle initial is no acronym, so the full name keeps it.
@pytest.mark.parametrize("text, expected", [
    ("Experts:\n- Prof. Dr. Henrike SCHALLMOSER, Tyrol Innovation Agency, Austria\n\nLater, Prof. SCHALLMOSER invited the "
     "team to Innsbruck.\n", ["Henrike SCHALLMOSER"]),
    ("The report was written by Dr. Paolo BRUNETTI and Ana Reis.\nDr. BRUNETTI presented it in May.\n",
     ["Ana Reis", "Paolo BRUNETTI"]),
    ("Authors: Prof. Mario G. VELLACOTT (Island Studies Institute)\n", ["Mario G. VELLACOTT"]),
    ("The study was led by Dr. Helena P. KORHONEN of the forest institute.\n", ["Helena P. KORHONEN"]),
])
def test_capitals_surname_after_title_or_initial(extract, text, expected):
    assert names(extract(text)) == expected


# The Portuguese particle "do" inside a name ("Maria do Céu", "João do Carmo"); never at a name's end.
@pytest.mark.parametrize("text, expected", [
    ("The panel heard Maria do Rosário Fontes, director of the wine commission.\n", ["Maria do Rosário Fontes"]),
    ("Speakers: João do Carmo Pires (University of Évora) and Rita Alves.\n", ["João do Carmo Pires", "Rita Alves"]),
    ("The closing words came from Dr. Inês do Vale Moura, mayor of the town.\n", ["Inês do Vale Moura"]),
])
def test_portuguese_particle_do(extract, text, expected):
    assert names(extract(text)) == expected


# Rule family "demonym surname": a demonym of countries.csv after a given name is a surname, in capitals or where the
# name ends with it; before a noun it stays an adjective.
@pytest.mark.parametrize("text, expected", [
    ("Interview with Dr. Ioana-Maria MOLDOVAN, head of the medtech cluster.\n", ["Ioana-Maria MOLDOVAN"]),
    ("The keynote was given by Dr. Bianca Moldovan, rector of the university.\n", ["Bianca Moldovan"]),
    ("Photos: Gareth WELSH (Cardiff Marine Cluster)\n", ["Gareth WELSH"]),
    ("Maria met German experts in the harbour of Rostock.\n", []),
])
def test_demonym_surname(extract, text, expected):
    assert names(extract(text)) == expected
