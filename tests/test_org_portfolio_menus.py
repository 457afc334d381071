"""Families "a portfolio closed by and the" (org_name_pairs.portfolio_and_the), "menu row" (org_spans._before_cell_gap),
"bar name" on consent lines, language switches, section labels and bylines (org_brands.bar_names), and the career,
account and visit cues of "organisation evidence" (data/org_evidence.txt)."""
from __future__ import annotations

import pytest

from pipeline.extract.lexicon import load_lexicon
from pipeline.extract.org_evidence import org_evidence
from pipeline.extract.shapes import Span


@pytest.mark.parametrize("text, expected", [
    ("The trial was funded by the Department of Agriculture, Food and the Marine last year.",
     {"Department of Agriculture, Food and the Marine"}),
    ("Officials of the Ministry of Culture, Heritage and the Gaeltacht visited the harbour.",
     {"Ministry of Culture, Heritage and the Gaeltacht"}),
    ("We met the Ministry of Agriculture, Rural Development and the Environment in Nicosia.",
     {"Ministry of Agriculture, Rural Development and the Environment"}),
    # a list of names stays a list: an acronym or a gazetteer name after "and the"
    ("The Department of Finance, Enterprise Ireland and the IDA signed the plan.",
     {"Department of Finance", "Enterprise Ireland", "IDA"}),
])
def test_a_portfolio_closed_by_and_the_is_one_name(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    ("Tallmark Food Cluster – Events\n\nFront page   Cluster   Members   Services   Events   News   Contact   FI | EN\n"
     "The Tallmark Food Cluster met in May.\n", {"Tallmark Food Cluster"}),
    ("Clúster Agroalimentario de Valdera\nInicio  Quiénes somos  Socios  Proyectos  Noticias  Contacto\n"
     "El Clúster Agroalimentario de Valdera organiza la jornada.\n", {"Clúster Agroalimentario de Valdera"}),
    ("Home   About   Members   News   Contact\n\nThe Norrvik Timber Cluster welcomed two new members.\n",
     {"Norrvik Timber Cluster"}),
])
def test_a_menu_row_ends_a_name(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    ("Tento web používá soubory cookies. Souhlasím | Nastavení\n\nThe Brněnský Dřevo Cluster met.\n",
     {"Brněnský Dřevo Cluster"}),
    ("Diese Website verwendet Cookies. Einverstanden | Datenschutzerklärung\n\nDer Holzcluster Lausa tagte.\n",
     {"Holzcluster Lausa"}),
    ("Tämä sivusto käyttää evästeitä. Hyväksyn | Asetukset\n\nThe Kainu Battery Cluster met.\n", {"Kainu Battery Cluster"}),
    ("Gaeilge | English\n\nThe Lough Marine Cluster met in Sligo.\n", {"Lough Marine Cluster"}),
    ("Suomi | Svenska\n\nThe Vaasa Energy Cluster met.\n", {"Vaasa Energy Cluster"}),
    ("Ledennieuws | Twente Robotics Cluster\n\nThe Twente Robotics Cluster met.\n", {"Twente Robotics Cluster"}),
    ("News | Baltic Wood Cluster\n\nThe Baltic Wood Cluster met in Riga.\n", {"Baltic Wood Cluster"}),
    ("Geplaatst op 3 mei 2031 door Femke ter Horst | Leestijd 4 minuten\n\nThe Delta Water Cluster met.\n",
     {"Delta Water Cluster"}),
    ("Posted by Jan van Dijk | Reading time 3 min\n\nThe Delta Water Cluster met.\n", {"Delta Water Cluster"}),
])
def test_no_bar_name_on_consent_lines_switches_sections_and_bylines(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.fixture(scope="module")
def lex(settings):
    return load_lexicon(settings.data_dir)


@pytest.mark.parametrize("text, name", [
    ("Before that she spent eleven years with Norrvik Energy Systems in Oslo.", "Norrvik Energy Systems"),
    ("Michael worked for Tavistock Grain Trading before he came here.", "Tavistock Grain Trading"),
    ("He joins from Kestrel Robotics, where he led sales.", "Kestrel Robotics"),
    ("The accounts were audited by Fenmoor Accountancy in May.", "Fenmoor Accountancy"),
    ("The site is operated by Nordhaven Power all year.", "Nordhaven Power"),
    ("The study was published by Arvale Insights in March.", "Arvale Insights"),
    ("Volunteers from Kestrel Robotics helped at the desk.", "Kestrel Robotics"),
    ("At its meeting the board of Velmoor Energy confirmed the director.", "Velmoor Energy"),
    ("Day 2: company visits to Brightmill Foods and the port.", "Brightmill Foods"),
    ("Photo: Brannock Visuals", "Brannock Visuals"),
])
def test_career_account_and_visit_cues_are_evidence(lex, text, name):
    s = text.index(name)
    assert org_evidence(text, lex, Span(s, s + len(name)), name, []) == "cue"


@pytest.mark.parametrize("text, name, expected", [
    ("The panel met the editor of the trade magazine Stahlwelt Industrie.", "Stahlwelt Industrie", "kind"),
    ("Nordbank Regional, a savings bank in Kiel, joined the fund.", "Nordbank Regional", "kind"),
    ("The broadcaster Radio Kaskad filmed the visit.", "Radio Kaskad", "kind"),
])
def test_media_and_bank_kinds_are_evidence(lex, text, name, expected):
    s = text.index(name)
    assert org_evidence(text, lex, Span(s, s + len(name)), name, []) == expected


@pytest.mark.parametrize("text, expected", [
    ("Partners 2031: Norvatek · Ørbo · 50Kraft Transmission · Velmoor Campus\n",
     {"Norvatek", "Ørbo", "50Kraft Transmission", "Velmoor Campus"}),
    ("**Sponsors:** Ecoprint, Tarvio and the Acme Bank.\n", {"Ecoprint", "Tarvio", "Acme Bank"}),
    ("Exhibitors (2031): Helvion (Denmark); Quorra Systems; Brightmill Foods\n", {"Helvion", "Quorra Systems", "Brightmill Foods"}),
    # people, places and countries on such a line are no organisations
    ("Members: Jane Doe (chair), John Smith, Anna Berg\n", set()),
    ("Partners: Italy, Spain and Portugal\n", set()),
    ("Partners: Velmoor Energy Cluster – Ing. Jana Novak, Ph.D.; Tarvio, MBA\n", {"Velmoor Energy Cluster", "Tarvio"}),
])
def test_a_labelled_line_lists_organisations(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    ("Der Holzcluster Lausa e.V. ist ein Verein seit seiner Gründung im Jahr 2010.", {"Holzcluster Lausa e.V."}),
    ("Das Projekt wird vom Netzwerk mit allen Partnern getragen und vom Verband seit Jahren begleitet.", set()),
    ("Podršku je pružio predstavnik iz Ministarstva privrede Republike Srbije.", {"Ministarstva privrede Republike Srbije"}),
])
def test_a_german_front_head_opens_no_name_over_lower_case_words(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected
