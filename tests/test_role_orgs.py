"""The organisation of a stated role (pipeline/extract/role_orgs.py): after the role, as a line label
before the name, by a kind noun or "its", and a name's organisation in brackets. Exact role rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


# Family "org-after-role": the organisation right after the role (or after the name when the role
# comes first), joined by a comma or by "of/at/with" and up to three lower-case descriptor words.
@pytest.mark.parametrize("text, expected", [
    ("The panel closed with Mia Lenz, CTO of the sensor maker Lenz Optics GmbH.",
     {("Mia Lenz", "CTO", "Lenz Optics GmbH", "role:apposition+org-after-role")}),
    ("Contact: project officer Tomas Berg, Baltic Maritime Cluster, tomas@example.org",
     {("Tomas Berg", "project officer", "Baltic Maritime Cluster", "role:role-before-name+org-after-role")}),
    ("We met Ruth Adler, purchasing manager at the family-owned bakery Adler Backwaren GmbH, in Ulm.",
     {("Ruth Adler", "purchasing manager", "Adler Backwaren GmbH", "role:apposition+org-after-role")}),
])
def test_role_orgs_organisation_after_the_role(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "org-label-before-name": a line that opens with the organisation and a colon or dash.
@pytest.mark.parametrize("text, expected", [
    ("Questions about the call:\nDanube Food Cluster: Ana Petrović, communications manager, +381 00 000",
     {("Ana Petrović", "communications manager", "Danube Food Cluster", "role:apposition+org-label-before-name")}),
    ("Contacts:\nRhine Logistics Network – Jan de Vries, project officer",
     {("Jan de Vries", "project officer", "Rhine Logistics Network", "role:apposition+org-label-before-name")}),
    ("Press contacts:\n- Alpine Space Robotics Alliance: Lea Moser, press officer",
     {("Lea Moser", "press officer", "Alpine Space Robotics Alliance", "role:apposition+org-label-before-name")}),
])
def test_role_orgs_organisation_label_before_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "org-kind-anaphor": "the cluster's …", "the cluster manager", "… of the cluster('s …)", "its …".
@pytest.mark.parametrize("text, expected", [
    ("The Alpine Wood Cluster held its annual meeting in Graz. The cluster's executive director, Sabine Gruber, presented the budget.",
     {("Sabine Gruber", "executive director", "Alpine Wood Cluster", "role:the-role-name+org-kind-anaphor")}),
    ("Nordic Robotics Cluster news. The cluster manager, Lars Eriksen, opened the day.",
     {("Lars Eriksen", "cluster manager", "Nordic Robotics Cluster", "role:the-role-name+org-kind-anaphor")}),
    ("The Baltic Textile Network met in Riga. Maja Holm, head of the network's skills group, spoke next.",
     {("Maja Holm", "head", "Baltic Textile Network", "role:apposition+org-kind-anaphor")}),
    ("The delegation was hosted by the Thessaly Agrifood Network (TAN) in Larissa. Its president, Giorgos Papas, showed the new lab.",
     {("Giorgos Papas", "president", "Thessaly Agrifood Network", "role:its-role+org-kind-anaphor")}),
    # "its" names the subject, though the role's field is a kind noun ("cluster") the subject's name lacks
    ("The Tuscan Marble Association (TMA) has appointed Chiara Neri as its new cluster manager.",
     {("Chiara Neri", "cluster manager", "Tuscan Marble Association", "role:verb-name-as-role+org-kind-anaphor")}),
    ("The Lower Danube Logistics Platform named Ion Popa as its network coordinator for 2031.",
     {("Ion Popa", "network coordinator", "Lower Danube Logistics Platform", "role:verb-name-as-role+org-kind-anaphor")}),
])
def test_role_orgs_organisation_by_kind_noun_or_its(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_orgs_kind_noun_without_such_an_organisation_stays_empty(extract):
    # no organisation named "... Cluster" before: the role is kept without an organisation
    text = "Last year the cluster manager, Lars Eriksen, moved to Oslo."
    assert roles(extract(text)) == {("Lars Eriksen", "cluster manager", None, "role:the-role-name")}


# Family "name-bracket-org": a name's organisation in brackets, alone or before a country; and two more affiliations.
@pytest.mark.parametrize("text, expected", [
    ("Speakers were Piotr Nowak (Baltic Shipyards Sp. z o.o., Poland) and Eva Lind.",
     {("Piotr Nowak", "", "Baltic Shipyards Sp. z o.o.", "role:name-bracket-org")}),
    ("Present: Jana Horvat (Pomurje Dairy d.o.o.) – online; Marko Kranjc (Ljubljana Wood Cluster).",
     {("Jana Horvat", "", "Pomurje Dairy d.o.o.", "role:name-bracket-org"),
      ("Marko Kranjc", "", "Ljubljana Wood Cluster", "role:name-paren")}),
    ("In the photo: Ole Berg (Nordic Sensors AB) with the jury.",
     {("Ole Berg", "", "Nordic Sensors AB", "role:name-bracket-org")}),
    # families "name-comma-org" (a name, a comma and an organisation mention that ends the field) and "credit-org"
    # (a photo credit "© <organisation> / <photographer>")
    ("Inputs: Ana Berg, Baltic Food Cluster; two more guests joined online.",
     {("Ana Berg", "", "Baltic Food Cluster", "role:name-comma-org")}),
    ("Speakers: Marta Nowak, Silesian Energy Agency (Poland), and the host.",
     {("Marta Nowak", "", "Silesian Energy Agency", "role:name-comma-org")}),
    ("The last word went to Tom Berg, Oslo Ocean Hub.",
     {("Tom Berg", "", "Oslo Ocean Hub", "role:name-comma-org")}),
    ("The Nordic Wood Cluster (NWC) had a stand.\nPhoto: © NWC / Ola Nordmann",
     {("Ola Nordmann", "", "Nordic Wood Cluster", "role:credit-org")}),
    ("Members met in Riga.\n© Baltic Textile Network / Ieva Kalnina",
     {("Ieva Kalnina", "", "Baltic Textile Network", "role:credit-org")}),
    ("Our booth drew crowds.\nPictures: Tyrolean Ski Cluster / Max Huber",
     {("Max Huber", "", "Tyrolean Ski Cluster", "role:credit-org")}),
])
def test_role_orgs_organisation_in_brackets_comma_or_credit_after_a_name(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "org-before-role": an organisation (here an acronym the text defines) right before the role
# title or opening it.
@pytest.mark.parametrize("text, expected", [
    ("The Thessaly Food Innovation Cluster (TFIC) opened a call. Firms can register with TFIC project manager Vasiliki Karali.",
     {("Vasiliki Karali", "project manager", "Thessaly Food Innovation Cluster", "role:role-before-name+org-before-role")}),
    ("The Slovenian Food Hub (SFH) joins the project; SFH international officer Tilen Zagar will coordinate the visits.",
     {("Tilen Zagar", "international officer", "Slovenian Food Hub", "role:role-before-name+org-before-role")}),
    ("Questions go to Maria Rossi, ACN partnership manager. The Adriatic Cluster Network (ACN) replies within a week.",
     {("Maria Rossi", "ACN partnership manager", "Adriatic Cluster Network", "role:apposition+org-before-role")}),
])
def test_role_orgs_organisation_before_the_role(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "org-in-brackets": a role label before the name, the organisation in brackets after it.
@pytest.mark.parametrize("text, expected", [
    ("Board\nPresident: Yann Le Bris (Breizh Food Innov) – re-elected\nSecretary: Karim Benali (AeroLoire)",
     {("Yann Le Bris", "President", "Breizh Food Innov", "role:role-label+org-in-brackets"),
      ("Karim Benali", "Secretary", "AeroLoire", "role:role-label+org-in-brackets")}),
    ("Treasurer: Ana Ruiz (Ruiz Consulting S.L.)",
     {("Ana Ruiz", "Treasurer", "Ruiz Consulting S.L.", "role:role-label+org-in-brackets")}),
])
def test_role_orgs_organisation_in_brackets_after_a_labelled_name(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "name-of-org": "Name of the <descriptor> Organisation", no role.
@pytest.mark.parametrize("text, expected", [
    ("The panel with Julie Vander of the Walloon cluster Mecatech was lively.",
     {("Julie Vander", "", "Mecatech", "role:name-of-org")}),
    ("Lars Holm of the Danish cluster Fyn Robotics showed a gripper.",
     {("Lars Holm", "", "Fyn Robotics", "role:name-of-org")}),
    ("Then Sara Lind of the start-up Nordvolt Labs AB presented the pilot.",
     {("Sara Lind", "", "Nordvolt Labs AB", "role:name-of-org")}),
])
def test_role_orgs_name_of_organisation(extract, text, expected):
    assert roles(extract(text)) == expected


# A statement's organisation span that is no organisation ("the Management Board") gives way to one found.
def test_role_orgs_governing_body_then_organisation(extract):
    text = "The Gdansk Regional Development Agency (GRDA) hosted the day.\nWelcome: Karolina Mazur, President of the Management Board, GRDA"
    assert roles(extract(text)) == {("Karolina Mazur", "President", "Gdansk Regional Development Agency", "role:apposition+org-after-role")}


# A facilitator label states the role "Facilitator" (not "Moderator"), through person titles; the
# organisation after the name or in brackets is the role's.
@pytest.mark.parametrize("text, expected", [
    ("Workshop 1 – Water reuse. Facilitator: Anna Berg, Lund University",
     {("Anna Berg", "Facilitator", "Lund University", "role:cue:facilitator+org-after-role")}),
    ("- WG B: Energy costs – facilitator: Tom Reed, Baltic Food Cluster",
     {("Tom Reed", "Facilitator", "Baltic Food Cluster", "role:cue:facilitator+org-after-role")}),
    ("Round table on skills\nFacilitator – Dr. Ola Nordmann (Nordic Hub)",
     {("Ola Nordmann", "Facilitator", "Nordic Hub", "role:cue:facilitator+org-in-brackets")}),
    ("Moderation: Eva Lind", {("Eva Lind", "Moderator", None, "role:cue:moderation")}),
])
def test_role_orgs_facilitator_label(extract, text, expected):
    assert roles(extract(text)) == expected


# Rule "board-entry-role" (statement_board.py): "Name (Org) – Role" ending its line.
def test_roles_board_entry_with_role_after_the_dash(extract):
    text = ("New board\n- Elena Ruiz Soto (Frutas del Sur, S.L.) – President\n- Jorge Pinto (Norte Vinhos S.A.) – Vice-President\n"
            "- Ana Lopes (Universidade do Algarve) - Treasurer\n")
    assert roles(extract(text)) == {("Elena Ruiz Soto", "President", "Frutas del Sur, S.L.", "role:board-entry-role"),
                                    ("Jorge Pinto", "Vice-President", "Norte Vinhos S.A.", "role:board-entry-role"),
                                    ("Ana Lopes", "Treasurer", "Universidade do Algarve", "role:board-entry-role")}


@pytest.mark.parametrize("text", [
    "Present: Lena Berg (Nordic Hub) – online",  # no role after the dash
    "Karl Mayer (Mayer Holz GmbH) – Chair of the jury, said the entries were strong.",  # the line goes on
])
def test_roles_board_entry_role_needs_a_role_ending_the_line(extract, text):
    assert not [r for r in extract(text).roles if r.rule == "role:board-entry-role"]


# Family "org-after-role", long form: the role's field in lower case, then a connector and the organisation.
@pytest.mark.parametrize("text, expected", [
    ("The meeting was opened by Marco Ferri, Deputy Head of Unit in charge of clusters at DG GROW.",
     {("Marco Ferri", "Deputy Head of Unit", "DG GROW", "role:apposition+org-after-role")}),
    ("Lucia Arranz, head of regulatory affairs at the Spanish Association of Automotive Suppliers (SERNAUTO), led the workshop.",
     {("Lucia Arranz", "head of regulatory affairs", "Spanish Association of Automotive Suppliers", "role:line:name-role")}),
    ("The afternoon panel included Eva Holm, head of export promotion at the Swedish Trade Council (STC), and a banker.",
     {("Eva Holm", "head of export promotion", "Swedish Trade Council", "role:apposition")}),
])
def test_role_orgs_organisation_after_the_roles_field(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_orgs_no_organisation_across_a_relative_clause(extract):
    text = "Jan Novak, director who joined the Moravian Water Cluster in May, spoke."
    assert {(r.person, r.organisation) for r in extract(text).roles} == {("Jan Novak", None)}


# Family "own-org" (role_own_org.py): the document's own organisation, named on its letterhead or e-mail head and
# again in its text, holds the offices its minutes, reports and newsletters state without saying whose.
@pytest.mark.parametrize("text, expected", [
    ("Fjordland Seafood Network\nNotes of the board meeting, 4 March 2026\n\nPresent: Kari Nygaard (Treasurer)\n\n"
     "The Fjordland Seafood Network will renew its website.",
     {("Kari Nygaard", "Treasurer", "Fjordland Seafood Network", "role:name-paren-role+own-org")}),
    ("From: Danube Glass Cluster <office@glass.example>\nSubject: Spring update\n\nDear members,\n"
     "Treasurer Milan Stojković closed the accounts. The Danube Glass Cluster thanks all members.",
     {("Milan Stojković", "Treasurer", "Danube Glass Cluster", "role:role-before-name+own-org")}),
    ("SILESIAN FOUNDRY CLUSTER – ANNUAL REPORT 2026\n\nOur project officer, Ewa Nowicka, ran the skills academy. "
     "The Silesian Foundry Cluster now counts 80 members.",
     {("Ewa Nowicka", "project officer", "Silesian Foundry Cluster", "role:our-role+own-org")}),
    # named once, on the title line: what the document is about, not who writes it
    ("Rhine Hydrogen Alliance\n\nTreasurer Jonas Weber presented the accounts.",
     {("Jonas Weber", "Treasurer", None, "role:role-before-name")}),
    # a title that as often belongs to a member company is no own office
    ("Alpine Cork Network\nNews\n\nCEO Lara Pichler opened the new plant. The Alpine Cork Network welcomed her.",
     {("Lara Pichler", "CEO", None, "role:role-before-name")}),
])
def test_role_orgs_own_organisation_of_the_document(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "org-inside-role": the role as read runs on over its organisation, joined by a connector and
# descriptor words or by a comma; the role ends before the join.
@pytest.mark.parametrize("text, expected", [
    ("The debate was led by Marta Kowalczyk, director of the Polish cluster network KlasterPL, who stressed the need for skills.",
     {("Marta Kowalczyk", "director", "KlasterPL", "role:apposition+org-inside-role")}),
    ("On the panel sat Henrik Dahl, CEO of the Swedish company Dahl Sensors AB, and two researchers.",
     {("Henrik Dahl", "CEO", "Dahl Sensors AB", "role:apposition+org-inside-role")}),
    ("The guests were received by Dr. Elena Marin, Deputy County President for Tourism of the Region of Dalmatia, in Split.",
     {("Elena Marin", "Deputy County President for Tourism", "Region of Dalmatia", "role:apposition+org-inside-role")}),
    ("Frank Janssens\nChairman, Flanders Robotics Cluster vzw",
     {("Frank Janssens", "Chairman", "Flanders Robotics Cluster vzw", "role:line:name-over-role+org-inside-role")}),
])
def test_role_orgs_organisation_inside_the_role_as_read(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "org-after-role": the organisation may end its field at a list separator, "and" or after an
# abbreviated legal form.
@pytest.mark.parametrize("text, expected", [
    ("Speaker: Dr. Eva Horak, partner, Horak & Partners advokátní kancelář s.r.o. Members attend for free.",
     {("Eva Horak", "partner", "Horak & Partners advokátní kancelář s.r.o.", "role:apposition+org-after-role")}),
    ("Project coordinator: Lena Roth, AFTC · Communication manager: Tom Wei, WARR",
     {("Lena Roth", "Project coordinator", "AFTC", "role:role-label+org-after-role"),
      ("Tom Wei", "Communication manager", "WARR", "role:role-label+org-after-role")}),
    ("Chair: Paul Okafor, Lagos Business School / Nigerian Economic Summit Group",
     {("Paul Okafor", "Chair", "Lagos Business School", "role:role-label+org-after-role")}),
])
def test_role_orgs_organisation_ends_at_a_separator(extract, text, expected):
    assert roles(extract(text)) == expected


# Family "org-in-brackets" in prose: a role before the name, the person's organisation in brackets after it.
@pytest.mark.parametrize("text, expected", [
    ("Workshop 2 – Port logistics – facilitator: Jonas Berg (Nordic Port Alliance)",
     {("Jonas Berg", "Facilitator", "Nordic Port Alliance", "role:cue:facilitator+org-in-brackets")}),
    ("The auditor, Mihai Popa (Popa Audit SRL), confirmed the accounts.",
     {("Mihai Popa", "auditor", "Popa Audit SRL", "role:the-role-name+org-in-brackets")}),
    ("The report was written with co-author Lucía Marín Soto (Instituto Aragonés de Fomento) last spring.",
     {("Lucía Marín Soto", "co-author", "Instituto Aragonés de Fomento", "role:role-before-name+org-in-brackets")}),
])
def test_role_orgs_organisation_in_brackets_after_a_role_first_name(extract, text, expected):
    assert roles(extract(text)) == expected
