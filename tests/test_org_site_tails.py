"""Rule family "a company and its site" (org_line_tails.site_tail_end, ``[site words after a comma]`` of
data/org_name_words.txt) and family "company noun before a name" (legal_forms._after_company_noun,
``[company nouns before a name]`` of data/legal_forms.txt): a company's town, site or branch after its name and the
word for a company before it are no part of the name."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a legal form, then a comma and the town or the site (a table cell, a signature)
    ("Participants\n\nIvana Petrović, production manager, Brevik Stone sh.p.k., Durrës\n", {"Brevik Stone sh.p.k."}),
    ("Contact: Olle Berg, plant manager, Nordkalk Mineral AB, Kalix plant\n", {"Nordkalk Mineral AB"}),
    # a legal form, then "in" and the town
    ('"Orders doubled this year," said Gareth Hughes, owner of Hughes Sheet Metal Ltd in Little Harwood.',
     {"Hughes Sheet Metal Ltd"}),
    ("The visitors saw the new press line of Bergmann Blechtechnik GmbH in Oberpullendorf.", {"Bergmann Blechtechnik GmbH"}),
    # no legal form: a comma and a site word in lower case
    ("Contact person: Olena Marchuk, credit officer, Karpaty Savings Bank, Mukachevo branch\n", {"Karpaty Savings Bank"}),
    ("Speakers: Tomas Lind, director, Baltic Dairy Cooperative, Klaipėda factory\n", {"Baltic Dairy Cooperative"}),
])
def test_site_after_a_company_is_no_part_of_its_name(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    ("Firma Novak Folie s.r.o. dodala do klastru nový stroj.", {"Novak Folie s.r.o."}),
    ("Kompanija Morava Precision d.o.o. je postala član klastera.", {"Morava Precision d.o.o."}),
    ("Start-ups Brightloop GmbH and Vellum Labs GmbH joined the cluster this spring.", {"Brightloop GmbH", "Vellum Labs GmbH"}),
    # a German article opening the sentence, before the name or before the word for a company
    ("Der Textilcluster Oberau e.V. hat seinen Vorstand gewählt.", {"Textilcluster Oberau e.V."}),
    ("Die Investitions- und Marketinggesellschaft Oberau mbH hat zwei Preise vergeben.", {"Investitions- und Marketinggesellschaft Oberau mbH"}),
    ("Die Firma Kessler Folien GmbH wurde ausgezeichnet.", {"Kessler Folien GmbH"}),
    ("Der Agrotech Cluster Osnabrück vereint über 140 Unternehmen.", {"Agrotech Cluster Osnabrück"}),
])
def test_company_noun_is_no_part_of_the_name(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # a comma inside a name, and a capitalised word after the comma: no site
    ("The Gozo Chamber of Commerce, Enterprise and Industry met on Monday.", {"Gozo Chamber of Commerce, Enterprise and Industry"}),
    ("Tessaly Robotics Ltd, Harbour Road 4, Cork", {"Tessaly Robotics Ltd"}),
])
def test_names_that_keep_their_comma(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected
