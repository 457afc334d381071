"""Rule family "organisation evidence" (org_evidence.py): a statistical ORG tag is kept as an organisation
only when the text gives a sign of one; headings, projects, places and people tagged ORG are dropped."""
from __future__ import annotations

import pytest

from pipeline.extract.lexicon import load_lexicon
from pipeline.extract.org_evidence import org_evidence
from pipeline.extract.shapes import Span


@pytest.fixture(scope="session")
def lex(settings):
    return load_lexicon(settings.data_dir)


def _evidence(lex, text: str, name: str, others: tuple[str, ...] = ()) -> str | None:
    s = text.index(name)
    spans = [Span(text.index(o), text.index(o) + len(o)) for o in others]
    return org_evidence(text, lex, Span(s, s + len(name)), name, spans)


@pytest.mark.parametrize("text, name, others, expected", [
    # an organisation word or a legal form inside the name
    ("Visitors toured Hochschule Tallberg Universität last spring.", "Hochschule Tallberg Universität", (), "name-word"),
    ("A grant went to Verdano Foods JSC for its plant.", "Verdano Foods JSC", (), "name-word"),
    ("The delegation met Kritoplast I.K.E. in the morning.", "Kritoplast I.K.E.", (), "name-word"),
    ("Students of the Faculté des Sciences de Brest presented.", "Faculté des Sciences de Brest", (), "name-word"),
    ("The study was financed by Stichting Groene Haven in 2024.", "Stichting Groene Haven", (), "name-word"),
    ("Guests came from Universitatea Tehnică Banat last week.", "Universitatea Tehnică Banat", (), "name-word"),
    ("Support came from the Agence Régionale du Numérique last year.", "Agence Régionale du Numérique", (), "name-word"),
    # a bracket right after a capitalised name
    ("Panel: Jana Horvat (Brightwave) and two guests.", "Brightwave", (), "bracket"),
    ("The speaker was Ole Lund (Vestmark, Denmark) this time.", "Vestmark", (), "bracket"),
    ("Research came from the Nordic Materials Agency (Normat) last year.", "Normat", (), "bracket"),
    # right after a person's name, or after a role title and "at" or a comma
    ("Dr. Karl Maier, Brightwave, opened the session.", "Brightwave", (), "affiliation"),
    ("The chair was Paula Ortiz of Lumentis, who spoke briefly.", "Lumentis", (), "affiliation"),
    ("She works as head of procurement at Tessaro in Turin.", "Tessaro", (), "affiliation"),
    # an organisation cue or a label opening the line
    ("Last year she joined Solvexa as an engineer.", "Solvexa", (), "cue"),
    ("Host: Vento Labs Noord", "Vento Labs Noord", (), "cue"),
    ("The webinar was organised by Baltiqa with local support.", "Baltiqa", (), "cue"),
    ("Three firms became members of Quintor this year.", "Quintor", (), "cue"),
    ("He studied at Tarnova Politecnica before moving to Riga.", "Tarnova Politecnica", (), "cue"),
    # next to a noun for a kind of organisation
    ("Tarvio, a software company based in Linz, presented its tool.", "Tarvio", (), "kind"),
    ("Marenta is one of the oldest clusters in Austria.", "Marenta", (), "kind"),
    ("A pilot ran with the research centre Norvatek Québec in May.", "Norvatek Québec", (), "kind"),
    ("Helvion has been the leading manufacturer of pumps since 1990.", "Helvion", (), "kind"),
    # an item of a list next to another organisation
    ("Partners were Acme Cluster, Norvatek and Beta Agency.", "Norvatek", ("Acme Cluster", "Beta Agency"), "list"),
    ("We will follow this with Lumora and the Regional Energy Agency.", "Lumora", ("Regional Energy Agency",), "list"),
    ("Signatories: Quorra; Delta Textile Network; Ostrava Hub.", "Quorra", ("Delta Textile Network",), "list"),
])
def test_org_evidence_signs_of_an_organisation(lex, text, name, others, expected):
    assert _evidence(lex, text, name, others) == expected


@pytest.mark.parametrize("text, name", [
    # title-case headings and labels
    ("Media contact: the press office answers within a day.", "Media"),
    ("Foreword from the Chair", "Foreword"),
    ("Commissioned by: the regional government", "Commissioned"),
    # projects
    ("The Interreg project Lumora ended with a conference in Ghent.", "Lumora"),
    ("Tarvio is a Joint Cluster Initiative of six clusters.", "Tarvio"),
    ("The partners of Brightflow met in Porto for the kick-off meeting.", "Brightflow"),
    # places and people
    ("Companies from Overijssel and Limburg took part.", "Overijssel"),
    ("The cluster policy of Wallonia relies on strong managers.", "Wallonia"),
    ("The audience thanked Agata Nowak for her talk.", "Agata Nowak"),
    ("Jane Doe (Marie-Claire Dubois) joined later.", "Marie-Claire Dubois"),
])
def test_org_evidence_none_for_headings_projects_places_people(lex, text, name):
    assert _evidence(lex, text, name) is None


@pytest.mark.parametrize("name, expected", [
    # a body alone, of an organisation, after its acronym, or in a heading: not an organisation
    ("Board of Directors", True),
    ("The Supervisory Board", True),
    ("Management Board", True),
    ("Board of Trelleborg Food Cluster", True),
    ("Board of Directors of Vesta Polymers asbl", True),
    ("Council of the Alliance", True),
    ("Secretariat of NDCA", True),
    ("NDCA Communication Team", True),
    ("Minutes of the Board", True),
    ("Dear Board", True),
    ("Election of the Board", True),
    # a committee or group named by its task alone, a heading about one
    ("Organising Committee", True),
    ("Audit and Finance Committee", True),
    ("Working Group", True),
    ("The Steering Group", True),
    ("Vorstand", True),
    ("Nominations for the Board", True),
    ("Tasks of the Council", True),
    ("Function in the Steering Group", True),
    # a body whose name says whose it is: an organisation
    ("Fryslân Water Board", False),
    ("Danish Board of Business Development", False),
    ("Council of the European Union", False),
    ("Regional Council of Lapland", False),
    ("General Assembly of Bács-Kiskun County", False),
    ("Interreg Europe Joint Secretariat", False),
    ("Working Group on Internationalisation", False),
    ("Adriatic Thematic Steering Group", False),
])
def test_org_bodies_governing_body(lex, name, expected):
    from pipeline.extract.org_bodies import governing_body
    from pipeline.extract.org_context import OrgDoc, is_headed

    ctx = OrgDoc("", lex)
    assert governing_body(name, lex.data_dir, lex.org_suffixes,
                          lambda n: is_headed(ctx, n) or bool(lex.legal_forms.search(n + " "))) is expected


@pytest.mark.parametrize("text, expected", [
    ("The Organising Committee of the Tidewater Robotics Days thanked the Lumen Port Authority for the venue.",
     {"Lumen Port Authority"}),
    ("Minutes: the Audit Committee reviewed the accounts and the Nomination Committee proposed two names to the "
     "Vardal Wood Cluster.", {"Vardal Wood Cluster"}),
    ("Our Working Group met twice in spring, and the Steering Group approved the work plan of the Kelda Water Network.",
     {"Kelda Water Network"}),
    ("Nominations for the Board\nCandidates from the Orvik Food Cluster may apply until 3 May.", {"Orvik Food Cluster"}),
])
def test_org_bodies_committees_named_by_their_task(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


def test_org_bodies_board_is_not_listed_but_its_organisation_is(extract):
    r = extract("The Board of Directors of Trelleborg Food Cluster met on 3 May 2024. "
                "The Management Board approved the budget.")
    assert {o.name for o in r.organisations} == {"Trelleborg Food Cluster"}


@pytest.mark.parametrize("text, expected", [
    # legal forms written before the name (Baltic companies)
    ("New members: UAB Saulėtas Kelias, SIA Zaļā Enerģija and AS Tallinna Sadam joined in May.",
     {("UAB Saulėtas Kelias", "legal-form-first"), ("SIA Zaļā Enerģija", "legal-form-first"), ("AS Tallinna Sadam", "legal-form-first")}),
    ("The contract went to SIA Baltijas Koks, a sawmill in Liepāja.", {("SIA Baltijas Koks", "legal-form-first")}),
    ("Shuttle buses were run by AB Vilniaus Vandenys during the forum.", {("AB Vilniaus Vandenys", "legal-form-first")}),
    ("AS PART OF THE PLAN, THE BOARD MET.", set()),
])
def test_organisations_legal_form_before_the_name(extract, text, expected):
    assert {(o.name, o.rule) for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # the organisation in a bracket right after a person's name; not a place, a country, a role or a clause
    ("Panel: Jana Horvat (Brightwave), Tomas Lind (Nordvik Cluster) and Eva Holm, CEO of Tarvio.",
     {"Brightwave", "Nordvik Cluster", "Tarvio"}),
    ("From left: Petra Novak (Solvexa Labs), Karl Maier (Linz) and Ana Ruiz (Head of Unit, Delta Agency).",
     {"Solvexa Labs", "Delta Agency"}),
    ("Secretary: Pierre DUVAL (Maritima Ouest) was re-elected; Marta Costa (Portugal) abstained.", {"Maritima Ouest"}),
    ("The speakers were Olaf Berg (who chairs the board) and Lena Roth (Quintor Systems).", {"Quintor Systems"}),
    ("Speakers: Maria Rossi (Space Programmes, Orbitale Italia S.p.A.) and Jan Berg (Norvik Labs, Sweden).",
     {"Orbitale Italia S.p.A.", "Norvik Labs"}),
    ("Board: Dr. Nora Quinn (Medical Director, Lough Vale Diagnostics Ltd), Sean Daly (Communications and Events) "
     "and Ida Berg (FR); our communications and events team grew.", {"Lough Vale Diagnostics Ltd"}),
    ("New members: Vestfjord Marine AS (Hareid) and Karin Lunde (Fjordlys) joined.", {"Vestfjord Marine AS", "Fjordlys"}),
])
def test_organisations_in_a_bracket_after_a_person(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # a capitalised stop word after "the" opens the name ("the Three Seas ...", "the Can Tho ...")
    ("Its secretariat is hosted by the Three Rivers Wood Cluster in Opole.", {"Three Rivers Wood Cluster"}),
    ("The delegation met the Can Tho Department of Industry on Monday.", {"Can Tho Department of Industry"}),
    ("Members joined the Five Valleys Tourism Association last year.", {"Five Valleys Tourism Association"}),
])
def test_organisations_name_opening_with_a_stop_word(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text", [
    # spaCy ORG tags with no sign of an organisation: places, headings, projects
    "Visitors from Overijssel and Wallonia met the press. Media contact: Anna Berg.",
    "The Interreg project Lumora ended. Lumora is co-funded by the Interreg Europe programme.",
    "Foreword\nThe year brought new members and two study visits.",
])
def test_organisations_statistical_tags_without_evidence_are_dropped(extract, text):
    assert [o.name for o in extract(text).organisations] == []


@pytest.mark.parametrize("text, expected", [
    # a bare body in the organisation slot of a role is no organisation; the organisation after it is
    ("Welcome: Karolina Nowak, President of the Management Board, Baltic Wood Cluster, opened the day.",
     {"Baltic Wood Cluster"}),
    ("Closing words: Dr. Ivo Marin, Chair of the Supervisory Board, Adria Nautical Cluster.", {"Adria Nautical Cluster"}),
    ("The minutes were signed by Ana Kralj, Secretary of the Executive Committee, Drava Food Network.", {"Drava Food Network"}),
])
def test_org_bodies_bare_body_in_a_role_slot(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # family "place in brackets": after a company or an organisation's name, "(Town, Country)" places it
    ("New members:\n- Ferros Vascos S.L. (Azpeitia, ES)\n- Weber & Kroll GmbH (Aalen, DE)",
     {"Ferros Vascos S.L.", "Weber & Kroll GmbH"}),
    ("The Silesian Glass Cluster (Tarnowskie, Poland) and Orbis Lab (Romania) signed.",
     {"Silesian Glass Cluster", "Orbis Lab"}),
    # a name after "in" with a bracketed country is a town; a region of ISO 3166-2 is a place
    ("The lead partner is the Marine Food Institute in Vlissingen (Netherlands), with Kelpwise (Ireland).",
     {"Marine Food Institute", "Kelpwise"}),
    ("Pilot regions:\n- Drenthe (NL): a dairy heat network\n- Harghita (RO): wood chips for schools", set()),
])
def test_organisations_place_in_brackets(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # family "line field": a heading in capitals runs into the name on the next line; the name starts there
    ("CLUSTERLINK NEWS\nNetwork of Baltic Cluster Organisations · Issue 4 · May 2026\n\nThe issue opens with a report.",
     {"Network of Baltic Cluster Organisations"}),
    ("ANNEX: ORGANISATIONS ON THE STAGE\nGozo Marine Cluster Foundation · University of Gozo",
     {"Gozo Marine Cluster Foundation", "University of Gozo"}),
    ("3. WORK IN GROUPS\nGroup A looked at indicators; group B at data sources.", set()),
])
def test_organisations_heading_in_capitals_is_no_part_of_a_name(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # family "bar name": a menu's language switch, a cookie or e-mail footer, a heading's label in capitals
    ("Home About Contact FR | EN\nThe Brightwave Photonics Cluster met in Lille.", {"Brightwave Photonics Cluster"}),
    ("We use cookies on this site. Accept | Decline", set()),
    ("SEMINAR | Circular Bioplastics\nThe seminar takes place online.", set()),
    ("Unsubscribe | Update your preferences", set()),
    ("Posted by Lumenhub | Light Valley", {"Lumenhub | Light Valley"}),
])
def test_organisations_bar_lines_that_name_nothing(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    # family "dash short form": a brand with its own connector, a description after a second dash
    ("New members: Contas do Norte – Sociedade de Consultores Agrícolas, Lda., and two farms.",
     {"Contas do Norte – Sociedade de Consultores Agrícolas, Lda."}),
    ("Members:\n- Ferrox – Equipamentos Metálicos, S.A. – steel frames for greenhouses\n- Vidrolux – Vidros Técnicos, S.A. – glass",
     {"Ferrox – Equipamentos Metálicos, S.A.", "Vidrolux – Vidros Técnicos, S.A."}),
    # a lower-case word of running text may stand before the short form; a name's own connector may not
    ("She studied at the ČVT – Technical University of Pardubice.", {"ČVT – Technical University of Pardubice"}),
])
def test_organisations_dash_short_forms_in_running_text(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected
