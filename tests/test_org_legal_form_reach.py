"""Company names with a legal form where other rules stood in their way: text in another language than English
(the legal-form rules are language-neutral), a person read in or next to the name, a role title inside a table
row; and the one-word modifier before a kind noun and its name ("the Walloon cluster Mecatech")."""
from __future__ import annotations

import pytest

from pipeline.extract.legal_forms import company_names
from pipeline.extract.lexicon import load_lexicon
from pipeline.extract.org_resolve import legal_form_span
from pipeline.extract.shapes import Span


@pytest.fixture(scope="session")
def lex(settings):
    return load_lexicon(settings.data_dir)


def _orgs(result) -> set[tuple[str, str]]:
    return {(o.name, o.rule) for o in result.organisations}


@pytest.mark.parametrize("text, expected", [
    ("Wczoraj w Gliwicach odbyło się spotkanie członków klastra. Nagrodę za innowację otrzymała spółka Kowal Serwis "
     "sp. z o.o., a wyróżnienie trafiło do firmy Tarnica Energia S.A. z Rybnika.",
     {("Kowal Serwis sp. z o.o.", "legal-form"), ("Tarnica Energia S.A.", "legal-form")}),
    ("Na feira deste ano estiveram presentes a Tecelagem Rio Minho, Lda. e a Confecções Ribeira S.A., que "
     "apresentaram as suas novas coleções de tecidos para o mercado europeu.",
     {("Tecelagem Rio Minho, Lda.", "legal-form"), ("Confecções Ribeira S.A.", "legal-form")}),
    ("Na zasedání představenstva se za společnost Strojírny Vltava a.s. zúčastnil její ředitel, který představil "
     "plán investic do výroby a spolupráce s univerzitou.", {("Strojírny Vltava a.s.", "legal-form")}),
    ("Al convegno hanno partecipato anche i rappresentanti di Frantoio Colle Verde S.r.l. e di Cantina Lago Scuro "
     "S.r.l., che hanno presentato i loro progetti di ricerca.",
     {("Frantoio Colle Verde S.r.l.", "legal-form"), ("Cantina Lago Scuro S.r.l.", "legal-form")}),
])
def test_legal_form_names_in_text_of_another_language(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, orgs, people", [
    ("The auditor, Goran Horvat of Adria Audit d.o.o., signed the accounts.",
     {("Adria Audit d.o.o.", "legal-form")}, ["Goran Horvat"]),
    ("The keynote came from Dr. Lena Richter of\nNordwind Analytik GmbH on the first day.",
     {("Nordwind Analytik GmbH", "legal-form")}, ["Lena Richter"]),
    ("Questions were answered by Pavel Dvořák from Moravia Valves s.r.o. after the session.",
     {("Moravia Valves s.r.o.", "legal-form")}, ["Pavel Dvořák"]),
])
def test_person_tied_to_a_company_is_no_part_of_its_name(extract, text, orgs, people):
    r = extract(text)
    assert _orgs(r) == orgs
    assert [p.name for p in r.people] == people


@pytest.mark.parametrize("text, name, person, expected", [
    # the person covers every word but the form, or runs on past the name: the form wins
    ("Host: Lumora Wallonie ASBL, the network.", "Lumora Wallonie ASBL", "Lumora Wallonie", "Lumora Wallonie ASBL"),
    ("VP Sales, Nordvik Mineral AB\nKaja Lind - CTO", "Nordvik Mineral AB", "Nordvik Mineral AB\nKaja Lind",
     "Nordvik Mineral AB"),
    ("President of Tamura Marine Engineering Co., Ltd., said", "Tamura Marine Engineering Co., Ltd.",
     "Marine Engineering Co", "Tamura Marine Engineering Co., Ltd."),
    # the person opens the span and is tied to the company: the name starts after the connecting word
    ("said Jan Berg, Acme Tools GmbH, today", "Jan Berg, Acme Tools GmbH", "Jan Berg", "Acme Tools GmbH"),
    # the person opens the span before other words: no name
    ("Karin Tamm Chairwoman Vesi Tehnika AS", "Karin Tamm Chairwoman Vesi Tehnika AS", "Karin Tamm", None),
])
def test_legal_form_outranks_a_person_reading(lex, text, name, person, expected):
    s, p = text.index(name), text.index(person)
    out = legal_form_span(text, Span(s, s + len(name)), [(p, p + len(person))], lex.legal_forms)
    assert (text[out.start:out.end] if out else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("Karin Tamm Chair Tallinna Vesi Tehnika AS", ["Tallinna Vesi Tehnika AS"]),
    ("Ivo Saar Treasurer Pärnu Kalatööstus AS", ["Pärnu Kalatööstus AS"]),
    ("Ana Horvat Vice-Chair Jadran Brodogradnja d.d.", ["Jadran Brodogradnja d.d."]),
    ("Dag Moen, Chief Investment Officer of Nordvik Energy Fund AS, spoke.", ["Nordvik Energy Fund AS"]),
])
def test_role_title_inside_a_table_row_ends_the_part_before_the_company(lex, text, expected):
    assert [text[s.start:s.end] for s in company_names(text, lex)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Julia Weber of the Walloon cluster Mecatech showed the pilot line.", {"Mecatech"}),
    ("Partners include the Bavarian network Bayern Photonics and the Tyrolean agency Standortagentur Tirol.",
     {"Bayern Photonics", "Standortagentur Tirol"}),
    ("She spoke for the Basque maritime cluster Foro Marítimo Vasco about offshore wind.", {"Foro Marítimo Vasco"}),
    # no name after the kind noun: the capitalised word is the name
    ("The workshop was hosted by the Mecatech cluster in Liège.", {"Mecatech"}),
])
def test_modifier_before_a_kind_noun_and_its_name_is_no_organisation(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    ("Organisée par AD'OCC et la Région, la visite a réuni vingt entreprises.", []),
    ("Hosted by Invest Sud AD'OCC in Montpellier.", []),
    ("The order went to Balkan Sensors AD, Sofia.", ["Balkan Sensors AD"]),
])
def test_legal_form_is_no_word_before_an_apostrophe(lex, text, expected):
    assert [text[s.start:s.end] for s in company_names(text, lex)] == expected


@pytest.mark.parametrize("text, expected", [
    ("She joins from the Fraunhofer Institute for Laser Optics Systems ILOS in Jena.",
     {("Fraunhofer Institute for Laser Optics Systems", "ILOS")}),
    ("| Ana Lind | Kokkola Region Development Company KOSEK | Partner |", {("Kokkola Region Development Company", "KOSEK")}),
    ("The study was led by the Nordic Institute for Marine Robotics NIMR last year.",
     {("Nordic Institute for Marine Robotics", "NIMR")}),
    # not after a lower-case word, not a legal form
    ("Support came from the Croatian Cluster for ICT in Zagreb.", {("Croatian Cluster for ICT", None)}),
    ("The pilot was built by Nordvik Analytics AB in Umeå.", {("Nordvik Analytics AB", None)}),
])
def test_acronym_after_the_name_without_brackets(extract, text, expected):
    assert {(o.name, o.acronym) for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    ("The visit was hosted by Business Lower Styria – Steiermark Standortagentur GmbH in Graz.",
     {("Business Lower Styria – Steiermark Standortagentur GmbH", "pattern:dash-pair")}),
    ("The fair was organised by Invest Northern Moravia – Moravskoslezské investice a.s. in Ostrava.",
     {("Invest Northern Moravia – Moravskoslezské investice a.s.", "pattern:dash-pair")}),
    ("The study visit was hosted by Danube Wood Valley – Holzverband Donau GmbH and Acme Agency.",
     {("Danube Wood Valley – Holzverband Donau GmbH", "pattern:dash-pair"), ("Acme Agency", "pattern:org-head")}),
    # a wrapped line may break after the dash
    ("The peer visit was hosted by Business Lower Styria –\nSteiermark Standortagentur GmbH.",
     {("Business Lower Styria – Steiermark Standortagentur GmbH", "pattern:dash-pair")}),
    ("This year's fair was organised by Invest Northern Moravia –\nMoravskoslezské investice a.s. again.",
     {("Invest Northern Moravia – Moravskoslezské investice a.s.", "pattern:dash-pair")}),
    ("The study visit was hosted by Danube Wood Valley –\nHolzverband Donau GmbH last spring.",
     {("Danube Wood Valley – Holzverband Donau GmbH", "pattern:dash-pair")}),
    # both sides name an organisation: a parent and its unit, two organisations
    ("Speakers came from the University of Rijeka – Faculty of Maritime Studies and the port.",
     {("University of Rijeka", "pattern:org-head"), ("Faculty of Maritime Studies", "pattern:org-head")}),
    # a timetable line: one side names no organisation
    ("10:00 Welcome – Acme Cluster", {("Acme Cluster", "pattern:org-head")}),
    # an article opens the descriptive name after the dash
    ("The awards were organised by PortLink – the Freight Cluster of Flanders, which has 120 members.",
     {("PortLink – the Freight Cluster of Flanders", "pattern:dash-pair")}),
    ("The second workshop was hosted by Nordia – the Baltic Food Network in Riga.",
     {("Nordia – the Baltic Food Network", "pattern:dash-pair")}),
    ("Jana Novak, director of AgroLink – the Agrifood Cluster of Navarre, opened the day.",
     {("AgroLink – the Agrifood Cluster of Navarre", "pattern:dash-pair")}),
    # both sides name an organisation: two
    ("The visit was hosted by the Acme Cluster – the Beta Network joined it later.",
     {("Acme Cluster", "pattern:org-head"), ("Beta Network", "pattern:org-head")}),
])
def test_two_names_joined_by_a_dash_are_one_organisation(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, orgs, people", [
    ("Jens Lund of Nordic Design\nCluster (Denmark) showed how small firms export.", {"Nordic Design Cluster"}, ["Jens Lund"]),
    ("The talk by Maria Kowalska from Silesian Textile Cluster was well received.", {"Silesian Textile Cluster"},
     ["Maria Kowalska"]),
    ("Anna Berg at Lund University Hospital presented the trial.", {"Lund University Hospital"}, ["Anna Berg"]),
    # no person before "of": the name's own words
    ("The Max Planck Institute of Colloids and Interfaces joined.", {"Max Planck Institute of Colloids and Interfaces"}, []),
])
def test_person_of_an_organisation_opens_no_name(extract, text, orgs, people):
    r = extract(text)
    assert {o.name for o in r.organisations} == orgs
    assert [p.name for p in r.people] == people


@pytest.mark.parametrize("text, expected", [
    ("La délégation bretonne a été reçue à Pampelune par des entreprises locales et par la Région Bretagne, qui "
     "finance le programme depuis deux ans.", {("Région Bretagne", "pattern:org-head")}),
    ("Il convegno si è svolto a Bari con il sostegno della Regione Puglia e delle imprese del territorio, che hanno "
     "presentato i loro progetti.", {("Regione Puglia", "pattern:org-head")}),
    ("Spotkanie zorganizował Klaster Obróbki Drewna we współpracy z lokalnymi firmami, które przedstawiły swoje "
     "nowe produkty i plany na przyszły rok.", {("Klaster Obróbki Drewna", "pattern:org-head")}),
])
def test_organisation_headed_names_in_text_of_another_language(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the Italian simplified limited company, the Austrian registered sole trader
    ("The tasting was hosted by Birreria Monte Coglians S.r.l.s. and the bakery Forno Stadler e.U. from Graz.",
     {("Birreria Monte Coglians S.r.l.s.", "legal-form"), ("Forno Stadler e.U.", "legal-form")}),
    # the Slovak non-profit organisation and the Czech association written with spaces, lower-case words inside
    ("Members: Inovačné centrum Tatry, n.o. and Vodní klastr Morava, z. s. signed the charter.",
     {("Inovačné centrum Tatry, n.o.", "legal-form"), ("Vodní klastr Morava, z. s.", "legal-form")}),
    ("The report was written by Institut pro městský rozvoj, z. ú. for the Ostrava region.",
     {("Institut pro městský rozvoj, z. ú.", "legal-form")}),
    # the Belgian international non-profit association of the networks seated in Brussels
    ("The position paper of Baltic Ports Europe AISBL was sent to the members.",
     {("Baltic Ports Europe AISBL", "legal-form")}),
])
def test_forms_cleanco_lacks(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the form opens the next line of a hard-wrapped paragraph
    ("Three companies joined the cluster in March: the sensor maker Adria Digital Hub\n"
     "d.o.o. from Rijeka, a food lab from Osijek and a software studio from Zagreb.\n"
     "The board welcomed them at its spring meeting in the port of Rijeka last week.",
     {("Adria Digital Hub d.o.o.", "legal-form")}),
    # the name breaks after "&", a line shorter than fifty characters in a narrow column
    ("The accounts for 2031 were checked by Horvat Kovač &\n"
     "Partneri d.o.o. and approved by the general\n"
     "assembly in April, with the work plan for 2032.",
     {("Horvat Kovač & Partneri d.o.o.", "legal-form")}),
    # a list item wrapped inside the company's name
    ("- 2030, Split: the start-up prize went to the drone maker Jadran\n"
     "  Aerial Systems d.o.o. for its harbour survey of the old town.\n"
     "- 2031, Bari: the start-up prize went to a port software team.",
     {("Jadran Aerial Systems d.o.o.", "legal-form")}),
])
def test_company_name_wrapped_over_a_line_break(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a short line of a contact block the segmenter may read as a paragraph: its break ends the name
    ("For questions about the programme, the registration and the travel grants, please contact:\n\n"
     "Jana Novak, Projektleiterin Export\nAdria Sensors d.o.o., Split\n",
     {"Adria Sensors d.o.o."}),
    # lines that are not wrapped: each line is its own
    ("Contact\nLars Berg\nKestrel Data AB\n", {"Kestrel Data AB"}),
])
def test_short_line_before_a_company_is_no_part_of_its_name(extract, text, expected):
    assert {o.name for o in extract(text).organisations} == expected


def test_wrap_breaks_are_the_breaks_of_full_lines():
    from pipeline.extract.soft_wraps import wrap_breaks
    from pipeline.segment import infer_blocks
    text = ("Members met in Graz to agree on the new work plan of the network\n"
            "and on the budget for the next two years of joint projects.\n\n"
            "Jana Novak\nAdria Sensors d.o.o.\n")
    assert sorted(wrap_breaks(text, infer_blocks(text))) == [text.index("\nand")]
