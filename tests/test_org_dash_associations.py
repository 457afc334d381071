"""Rule "pattern:dash-association" (org_dash_pairs.py, data/org_association_heads.txt): a brand, a dash and the
association, federation, consortium or forum that is its legal body name one organisation; units after a dash,
people before it and names of one everyday word stay as they were."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a signatory list: the brand with its legal form, the association's name in German
    ("Signatories: Waldkluster Hessen e.V. – Landesverband der Holzwirtschaft; Baltic Wood Network; Nordic Timber Cluster.",
     {("Waldkluster Hessen e.V. – Landesverband der Holzwirtschaft", None, "pattern:dash-association"),
      ("Baltic Wood Network", None, "pattern:org-head"), ("Nordic Timber Cluster", None, "pattern:org-head")}),
    # running text, the association's own connectors ("para a") and its acronym in brackets
    ("The kick-off was hosted by Cluster Vinho Douro – Associação para a Inovação Vitivinícola (CVD) in the town hall.",
     {("Cluster Vinho Douro – Associação para a Inovação Vitivinícola", "CVD", "pattern:dash-association"),
      ("Cluster Vinho Douro – Associação para a Inovação Vitivinícola", "CVD", "pattern:person-bracket")}),
    # in a sentence of another language (the rule reads shapes, not English cue words); "pattern:person-bracket" runs in
    # every language since it joined language_neutral_rules.txt and reads the same name, as in the English case above
    ("Sete empresas associadas do Cluster Vinho Douro – Associação para a Inovação Vitivinícola (CVD) participaram na feira.",
     {("Cluster Vinho Douro – Associação para a Inovação Vitivinícola", "CVD", "pattern:dash-association"),
      ("Cluster Vinho Douro – Associação para a Inovação Vitivinícola", "CVD", "pattern:person-bracket")}),
    # a forum whose name is wrapped over a line break, the sentence going on with its verb
    ("On the second day, lead partner Galician Shipbuilding Forum – Foro\nNaval Gallego presented the results of the survey.",
     {("Galician Shipbuilding Forum – Foro Naval Gallego", None, "pattern:dash-association")}),
    # list items of a letter's signatories, opened by "For"
    ("Our partners in the network are listed below.\n"
     "- For Clusters Slovenia – Association of Slovenian Clusters: Jana Kovač, president of the board\n"
     "- For Polish Clusters – Stowarzyszenie Klastrów Polskich: Adam Nowak, vice-president",
     {("Clusters Slovenia – Association of Slovenian Clusters", None, "pattern:dash-association"),
      ("Polish Clusters – Stowarzyszenie Klastrów Polskich", None, "pattern:dash-association")}),
])
def test_brand_and_its_association_are_one_organisation(extract, text, expected):
    assert {(o.name, o.acronym, o.rule) for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # a person before the dash is a speaker of the association, no brand of it
    ("Panel: Jane Novak – Association of Slovenian Clusters", {"Association of Slovenian Clusters"}),
    # a unit after the dash is another organisation
    ("The University of Rijeka – Faculty of Maritime Studies hosted the visit.",
     {"University of Rijeka", "Faculty of Maritime Studies"}),
    # an acronym before the dash is the name's acronym (rule "pattern:acronym-dash"), no brand
    ("The network ACMI – Associazione Cluster Manager Italiani met in Bologna.",
     {"Associazione Cluster Manager Italiani"}),
    # one everyday word before the dash names nothing
    ("Speakers – Association of Cluster Managers", {"Association of Cluster Managers"}),
])
def test_dash_association_leaves_people_units_and_labels(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # rule "pattern:dash-branch": an organisation, a dash and its branch or county chamber named by its place
    ("Plovdiv, TMC office\nJoint stand with Technical University of Veliko – Riverton Branch", {("Technical University of Veliko – Riverton Branch", "pattern:dash-branch")}),
    ("Before that she worked for the Chamber of Economy of Velaria – Northfield County Chamber as an adviser on food labels.", {("Chamber of Economy of Velaria – Northfield County Chamber", "pattern:dash-branch")}),
    ("Organisers: the Velarian Chamber of Economy – County Chamber Westport", {("Velarian Chamber of Economy – County Chamber Westport", "pattern:dash-branch")}),
])
def test_dash_branch_is_one_organisation(extract, text, expected):
    assert {(o.name, o.rule) for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # a faculty after the dash is a unit of its own; a head alone names no branch
    ("The University of Rijeka – Faculty of Maritime Studies hosted the visit.", {"University of Rijeka", "Faculty of Maritime Studies"}),
    ("The Nordic Clusters Alliance – Branch meetings start at noon.", {"Nordic Clusters Alliance"}),
])
def test_dash_branch_leaves_units_and_lone_heads(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected
