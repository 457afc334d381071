"""Family "named with the town" (org_context.keeps_its_town, data/org_name_words.txt [heads named with their town]):
a university or hospital named by everyday words and nationalities only keeps "in <town>"; a name with a word of
its own, a park or a secretariat ends before it, and an embassy keeps it (family "envoys"), as a nation's chamber
abroad does; with a dash the city stays on a university's name ("pattern:dash-place"). Family "adjective, not a
name": "<town>-based" and an English demonym before a name in another language open no name."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The seven partners were the Technical University in Zvolen, Masaryk University in Brno and the Slovak "
     "University of Technology in Bratislava.",
     {"Technical University in Zvolen", "Masaryk University", "Slovak University of Technology in Bratislava"}),
    ("Partners: Technical University in Kosice; Kysuce Wood Cluster",
     {"Technical University in Kosice", "Kysuce Wood Cluster"}),
    ("Students of the Czech Technical University in Prague joined the Odra Valley Technology Park in Wrocław for a week.",
     {"Czech Technical University in Prague", "Odra Valley Technology Park"}),
    ("The Romanian Embassy in Chisinau hosted the reception with the Joint Secretariat in Vienna.",
     {"Romanian Embassy in Chisinau", "Joint Secretariat"}),
])
def test_generic_university_names_keep_their_town(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # rule "pattern:dash-place": a name ending in an organisation word, a dash and the place it serves
    ("New members include Agrobotix Ltd and the Agricultural University – Plovdiv, which joined in March.",
     {("Agrobotix Ltd", "legal-form"), ("Agricultural University – Plovdiv", "pattern:dash-place")}),
    ("The report gathers contributions from the East Slovak Energy Cluster and the Automotive Cluster – Central Slovakia.",
     {("East Slovak Energy Cluster", "pattern:org-head"), ("Automotive Cluster – Central Slovakia", "pattern:dash-place")}),
    ("The Marine Cluster – Brest hosted the visit in May.", {("Marine Cluster – Brest", "pattern:dash-place")}),
    # a name the gazetteer knows stays itself (an office in that country), a list of places is no name's
    ("Register with the Enterprise Europe Network – Bulgaria | register |", {("Enterprise Europe Network", "gazetteer")}),
    ("Ebro Valley Mobility Cluster – Zaragoza · Logroño · Pamplona", {("Ebro Valley Mobility Cluster", "pattern:org-head")}),
])
def test_name_dash_place_is_one_name(extract, text, expected):
    assert {(o.name, o.rule) for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # family "named with the town" written with a dash: a university or hospital and the city it is in
    ("The chair thanked the Vardar University of Economics – Bitola, which hosted the meeting.",
     {("Vardar University of Economics – Bitola", "pattern:dash-place")}),
    ("Lecturers came from the Medical University – Pleven. Its students joined later.",
     {("Medical University – Pleven", "pattern:dash-place")}),
    # a wrapped text breaks the line inside the name or after the dash
    ("She holds a PhD in remote sensing from the Medical\nUniversity – Pleven, where she still teaches.",
     {("Medical University – Pleven", "pattern:dash-place")}),
    ("The visit was led by Dr. Ana Ilieva from the Technical College –\nRuse, who runs the pilot.",
     {("Technical College – Ruse", "pattern:dash-place")}),
])
def test_university_dash_town_is_one_name(extract, text, expected):
    assert {(o.name, o.rule) for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # a nation's chamber abroad keeps the town or country it works in, as an embassy does
    ("Anna Berg moved to the Swedish Chamber of Commerce in Singapore last year.",
     {"Swedish Chamber of Commerce in Singapore"}),
    ("Export support comes from the Polish Chamber of Commerce in Norway and from Fjordhaven Cluster.",
     {"Polish Chamber of Commerce in Norway", "Fjordhaven Cluster"}),
    ("Our partner, the Austrian Chamber of Commerce in Milan, booked the hall.",
     {"Austrian Chamber of Commerce in Milan"}),
    # no demonym, or no place after "in": the chamber ends before it
    ("The meeting was held at the Chamber of Commerce in September.", {"Chamber of Commerce"}),
])
def test_chamber_abroad_keeps_its_place(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # family "adjective, not a name" before a name: "<town>-based" says where it is
    ("We met the Gdansk-based Baltvent Sp. z o.o. on the second day.", {"Baltvent Sp. z o.o."}),
    ("Prizes went to the Timisoara-based Bega Valley Food Cluster and to a start-up.", {"Bega Valley Food Cluster"}),
    ("Porto-based Douro Robotics Association opened the session.", {"Douro Robotics Association"}),
    # a word that is no place stays on the name
    ("The Brussels-based network of water clusters met the Bio-based Industries Consortium.",
     {"Bio-based Industries Consortium"}),
])
def test_town_based_opens_no_name(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # family "adjective, not a name": an English demonym before a name its own language's organisation word opens
    ("Jefe de Servicio, Chilean Ministerio de Agricultura", {"Ministerio de Agricultura"}),
    ("Giulia Neri, project officer at the Italian Distretto Agroalimentare Veneto, presented the plan.",
     {"Distretto Agroalimentare Veneto"}),
    ("Rui Costa, board member of the Portuguese Associação Empresarial de Braga, spoke first.",
     {"Associação Empresarial de Braga"}),
    # before an English name the demonym is the name's own word
    ("Anna Nowak, director of the Polish Cluster Association, spoke first.", {"Polish Cluster Association"}),
])
def test_demonym_before_a_name_in_its_language(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


def test_quoted_patron_keeps_the_acronym_defined_after_it(extract):
    # rule "pattern:quoted-name", the patron in quotes before the name: the acronym after it is the name's
    text = 'Staff of the "Vasile Alecsandri" University of Bacau\n(UVAB) and already works for 19 companies.'
    assert {(o.name, o.acronym) for o in extract(text).organisations} == {('"Vasile Alecsandri" University of Bacau', "UVAB")}
