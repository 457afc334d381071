"""Family "named with the town" (org_context.keeps_its_town, data/org_name_words.txt [heads named with their town]):
a university or hospital named by everyday words and nationalities only keeps "in <town>"; a name with a word of
its own, a park or a secretariat ends before it, and an embassy keeps it (family "envoys")."""
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
