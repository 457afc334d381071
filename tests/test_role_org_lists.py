"""Whose organisation a listed person belongs to when the list is laid out over lines (role_orgs.py,
role_own_org.py, statement_name_first.py): a bracket wrapped onto the next line, a photo credit inside a
caption or footer line, a line label that names the organisation of every person it lists, and a line
listing the document's own team. Exact role rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


# A bracket after a name wrapped by a plain-text or PDF line break: before the bracket or once inside it.
@pytest.mark.parametrize("text, expected", [
    ("The workshop in Tartu closed with a panel on timber housing. On the panel: Dr. Kadri Lepik (Senior Researcher,\n"
     "Estonian Wood Construction Cluster) and guests from Latvia.",
     {("Kadri Lepik", "Senior Researcher", "Estonian Wood Construction Cluster", "role:name-paren-role")}),
    ("The steering group confirmed the two new auditors for 2028 and 2029, Jonas Petrauskas and Greta Weber\n"
     " (Hohenlohe Dairy eG), at the end of the meeting.",
     {("Greta Weber", "", "Hohenlohe Dairy eG", "role:name-bracket-org")}),
    ("Speakers at the closing session in Gdansk included Tomasz Wrona (Baltic Cable Works Sp. z o.o.) and Mette Lund\n"
     "(Vestjysk Vind A/S), who spoke about port capacity.",
     {("Tomasz Wrona", "", "Baltic Cable Works Sp. z o.o.", "role:name-bracket-org"),
      ("Mette Lund", "", "Vestjysk Vind A/S", "role:name-bracket-org")}),
])
def test_role_orgs_bracket_wrapped_over_a_line_break(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "credit-org": a credit after a sentence or a separator on its line, or after "©" anywhere.
@pytest.mark.parametrize("text, expected", [
    ("The Upper Austria Plastics Cluster (UAPC) visited four recycling plants in Linz.\n\n"
     "Participants at the sorting line of the second plant. Photos: UAPC / Franz Leitner",
     {("Franz Leitner", "", "Upper Austria Plastics Cluster", "role:credit-org")}),
    ("The Aegean Marine Network (AMN) held its annual forum on Syros with 120 guests.\n\n"
     "The two presidents at the signing table. © AMN / Nikos Petridis",
     {("Nikos Petridis", "", "Aegean Marine Network", "role:credit-org")}),
    ("The Silesian Energy Cluster (SEC) welcomed eight new members in March.\n\n"
     "Contact: office@sec.example | Photo: SEC / Anna Kowal",
     {("Anna Kowal", "", "Silesian Energy Cluster", "role:credit-org")}),
])
def test_role_orgs_credit_inside_a_caption_line(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "org-label-before-name": the organisation labels a line that lists several names, for every one of them,
# whether or not a role is stated; a bracket or a country may stand before the colon.
@pytest.mark.parametrize("text, expected", [
    ("The FIBRENET partners met in Porto on 4 May 2028 for their fourth meeting.\n\n"
     "Participants:\n- Portuguese Textile Cluster (lead partner): Ana Sousa, Rui Matos (CEO)\n",
     {("Ana Sousa", "", "Portuguese Textile Cluster", "role:org-label-before-name"),
      ("Rui Matos", "CEO", "Portuguese Textile Cluster", "role:name-paren-role+org-label-before-name")}),
    ("The FIBRENET partners met in Porto on 4 May 2028 for their fourth meeting.\n\n"
     "Participants:\n- Lodz University of Technology (LUT), Poland: Dr. Marta Zielinska and Piotr Nowak\n",
     {("Marta Zielinska", "", "Lodz University of Technology", "role:org-label-before-name"),
      ("Piotr Nowak", "", "Lodz University of Technology", "role:org-label-before-name")}),
    ("Press contacts\nHarbour Logistics Alliance: Sven Olsen, +47 000 00 000\n",
     {("Sven Olsen", "", "Harbour Logistics Alliance", "role:org-label-before-name")}),
])
def test_role_orgs_label_names_the_organisation_of_each_listed_person(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "own-team": a line labelled as the organisation's own team, in a document the organisation writes about itself.
@pytest.mark.parametrize("text, expected", [
    ("Alpine Timber Cluster – Annual Report 2027\n\nThe Alpine Timber Cluster ran 14 events in 2027.\n\n"
     "Team: Dr. Lukas Moser (director), Eva Steiner (internationalisation)\n",
     {("Lukas Moser", "director", "Alpine Timber Cluster", "role:name-paren-role+own-team"),
      ("Eva Steiner", "", "Alpine Timber Cluster", "role:own-team")}),
    ("Danube Food Network – Newsletter 3/2028\n\nThe Danube Food Network welcomed six members.\n\n"
     "Executive team: Mira Kos (CEO), Jan Horak\n(Head of Projects)\n",
     {("Mira Kos", "CEO", "Danube Food Network", "role:name-paren-role+own-team"),
      ("Jan Horak", "Head of Projects", "Danube Food Network", "role:name-paren-role+own-team")}),
    ("Nordic Battery Cluster – Board notes\n\nThe board of the Nordic Battery Cluster met online.\n\n"
     "Cluster office: Ola Berg (managing director), Siri Dahl (notes)\n",
     {("Ola Berg", "managing director", "Nordic Battery Cluster", "role:name-paren-role+own-team"),
      ("Siri Dahl", "", "Nordic Battery Cluster", "role:own-team")}),
])
def test_role_orgs_own_team_line(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_orgs_own_team_needs_the_label_and_leaves_a_stated_organisation(extract):
    text = ("Alpine Timber Cluster – Annual Report 2027\n\nThe Alpine Timber Cluster ran 14 events in 2027.\n\n"
            "Team: Lukas Moser (director), Eva Steiner (Tyrol Wood Institute)\n\nGuests: Paul Gruber (projects)\n")
    got = roles(extract(text))
    assert ("Eva Steiner", "", "Tyrol Wood Institute", "role:name-paren") in got
    assert not [r for r in got if r[0] in ("Paul Gruber",) or (r[0] == "Eva Steiner" and r[3] == "role:own-team")]
