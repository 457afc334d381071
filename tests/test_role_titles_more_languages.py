"""Roles in the languages role_titles_languages.txt added last: Icelandic (``[is]``), Welsh (``[cy]``), Basque
(``[eu]``), Albanian (``[sq]``), Serbian and Ukrainian in Cyrillic (``[sr mk uk]``), and the Lithuanian, Estonian,
Slovenian, Croatian, Dutch and Galician forms added to their sections, read by the apposition after a name ("Name,
title, Organisation", "Name, title of the organisation"); and the family "organisation in the genitive before the
title" (role_genitive_lead.py: "Jane Pavyzdė, Inovacijų agentūros atstovė"). Sentences of our own; exact rows."""
from __future__ import annotations

import pytest

APPOSITION = "role:apposition"


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    ("Á málþinginu talaði Helga Jónsdóttir, framkvæmdastjóri, Orkuklasinn, um nýjar leiðir.",
     {("Helga Jónsdóttir", "framkvæmdastjóri", "Orkuklasinn", APPOSITION)}),
    ("Fundarstjóri var Gunnar Pétursson, bæjarstjóri á Ísafirði.",
     {("Gunnar Pétursson", "bæjarstjóri á Ísafirði", None, APPOSITION)}),
    ("Á fundinum talaði Katrín Jónsdóttir, formaður stjórnar Sjávarklasans, um nýsköpun í greininni.",
     {("Katrín Jónsdóttir", "formaður stjórnar Sjávarklasans", None, APPOSITION)}),
    ("Nánari upplýsingar veitir Anna Guðmundsdóttir, verkefnastjóri, í síma 555 0000.",
     {("Anna Guðmundsdóttir", "verkefnastjóri", None, APPOSITION)}),
])
def test_role_icelandic_title_after_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # Lithuanian, Estonian and Latvian: what the role is held in comes first, in the genitive (role_genitive_lead.py)
    ("Renginį vedė Aistė Vaitkutė, Lietuvos radijo žurnalistė.",
     {("Aistė Vaitkutė", "Lietuvos radijo žurnalistė", None, APPOSITION)}),
    ("Ettekande tegi Mari Tamm, Tartu ülikooli teadur, kes rääkis metsast.",
     {("Mari Tamm", "Tartu ülikooli teadur", None, APPOSITION)}),
    ("Avasõnad ütles Jaan Kask, Eesti Kaubandus-Tööstuskoja esindaja.",
     {("Jaan Kask", "Eesti Kaubandus-Tööstuskoja esindaja", None, APPOSITION)}),
    # an English title takes no such lead: a clause before it is no role
    ("We thanked Jane Doe, Acme said director of the board.", set()),
    # the title must close the segment: a name after it holds it, not the name before the comma
    ("Diskusijoje dalyvavo Tomas Petraitis, Šiaulių valstybinės kolegijos direktorė dr. Ona Jonaitienė ir kiti.",
     {("Ona Jonaitienė", "direktorė", None, "role:role-before-name-language+org-genitive-lead")}),
    ("Ettekande tegi Mari Tamm, Tartu ülikooli teadur Jaan Kask ja teised.",
     {("Jaan Kask", "teadur", "Tartu ülikooli", "role:role-before-name-language+org-genitive-lead")}),
])
def test_role_baltic_organisation_in_the_genitive_before_the_title(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Na sesiji je govorila Maja Kovač, generalna sekretarka Gospodarske zbornice Slovenije.",
     # the organisation in the genitive after the title is the role's organisation (role_orgs.py, org-inside-role)
     {("Maja Kovač", "generalna sekretarka", "Gospodarske zbornice Slovenije", APPOSITION + "+org-inside-role")}),
    ("Uvodnu riječ održao je Ivan Horvat, član uprave, Končar d.d.",
     {("Ivan Horvat", "član uprave", "Končar d.d.", "role:apposition+org-after-role")}),
    ("Форум је отворио Никола Јовановић, председник Привредне коморе Србије.",
     {("Никола Јовановић", "председник", "Привредне коморе Србије", APPOSITION + "+org-inside-role")}),
    ("Fjalën e hapjes e mbajti Arta Krasniqi, drejtoreshë e Odës Ekonomike.",
     {("Arta Krasniqi", "drejtoreshë e Odës Ekonomike", None, APPOSITION)}),
])
def test_role_south_slavic_and_albanian_title_after_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Op de bijeenkomst sprak Sanne Jansen, communicatieadviseur bij Gemeente Utrecht, over de campagne.",
     {("Sanne Jansen", "communicatieadviseur", "Gemeente Utrecht", "role:apposition")}),
    ("De raad bestaat uit Pieter Bakker, adviserend lid, en Eva Smit, penningmeester.",
     {("Pieter Bakker", "adviserend lid", None, APPOSITION), ("Eva Smit", "penningmeester", None, APPOSITION)}),
    ("Interveu tamén Xoán Pérez Lago, xerente do Clúster da Madeira de Galicia.",
     {("Xoán Pérez Lago", "xerente", "Clúster da Madeira de Galicia", "role:apposition+org-inside-role")}),
    ("A xornada abriuna Carmen Souto Rey, conselleira de Mar, e pechouna o alcalde.",
     {("Carmen Souto Rey", "conselleira de Mar", None, APPOSITION)}),
    ("Hitzaldia eman zuen Miren Etxeberria, zuzendaria, Basque Food Cluster, gaiari buruz.",
     {("Miren Etxeberria", "zuzendaria", "Basque Food Cluster", APPOSITION)}),
])
def test_role_dutch_galician_basque_title_after_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_welsh_speaker_list(extract):
    text = ("Siaradwyr:\n- Gareth Jones, cadeirydd, Clwstwr Bwyd Gogledd Cymru\n"
            "- Megan Hughes, swyddog prosiect, Prifysgol Aberystwyth\n- Dafydd Evans, rheolwr, Menter Môn\n")
    assert {(p, r, o) for p, r, o, _ in roles(extract(text))} == {
        ("Gareth Jones", "cadeirydd", "Clwstwr Bwyd Gogledd Cymru"), ("Megan Hughes", "swyddog prosiect", "Prifysgol Aberystwyth"),
        ("Dafydd Evans", "rheolwr", "Menter Môn")}


@pytest.mark.parametrize("text, expected", [
    # Galician articles with "with" and "by" in them lead in a title English lacks (role_articles.txt)
    ("O acto contou co xerente do clúster, Xosé Lois Rivas, e coa alcaldesa de Lugo, Paula Alvarellos.",
     {("Xosé Lois Rivas", "xerente", None, "role:the-role-name"), ("Paula Alvarellos", "alcaldesa", None, "role:the-role-name")}),
    ("O informe foi presentado pola directora xeral de Emprego, Marta Iglesias Souto, na sede da Xunta.",
     {("Marta Iglesias Souto", "directora xeral", None, "role:the-role-name")}),
    # a portfolio of fields listed with commas up to "e"/"y" (role_portfolio_conjunctions.txt) is the role's
    ("Asistiu a conselleira de Cultura, Educación e Universidade, Carmen Pomar Tojo, á inauguración.",
     {("Carmen Pomar Tojo", "conselleira", None, "role:the-role-name")}),
    ("En el acto intervino la consejera de Economía, Hacienda y Empleo, Marta Ruiz Gil, que cerró la jornada.",
     {("Marta Ruiz Gil", "consejera", None, "role:the-role-name")}),
    # an English "and" lists no portfolio: the name after the first comma holds the role
    ("The event was opened by the head of Sales, Jane Doe, and John Roe.",
     {("Jane Doe", "head", None, "role:the-role-name")}),
])
def test_role_galician_articles_and_romance_portfolios(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_lithuanian_board_list_with_quoted_companies(extract):
    # a leading legal form and the company's name in quotation marks are one name (legal_forms.py, "legal-form-first")
    text = ("Nauja valdyba:\n• Dr. Petras Jonaitis – pirmininko pavaduotojas, Vilniaus universitetas, Chemijos fakultetas\n"
            "• Ona Kazlauskienė – valdybos narė, UAB „Medžio gaminiai“, Kaunas\n"
            "• Jonas Petraitis – valdybos narys, AB „Baldai“, Klaipėda\n")
    assert {(p, r, o) for p, r, o, _ in roles(extract(text))} == {
        ("Petras Jonaitis", "pirmininko pavaduotojas", "Vilniaus universitetas"),
        ("Ona Kazlauskienė", "valdybos narė", "UAB „Medžio gaminiai“"), ("Jonas Petraitis", "valdybos narys", "AB „Baldai“")}


@pytest.mark.parametrize("text, expected", [
    ("Sutartį pasirašė UAB „Saulės energija“ ir kitos įmonės.", {"UAB „Saulės energija“"}),
    ("Projektą vykdo AB \"Vilniaus baldai\" kartu su partneriais.", {"AB \"Vilniaus baldai\""}),
    ("Līgumu parakstīja SIA „Zaļā enerģija“ valde.", {"SIA „Zaļā enerģija“"}),
])
def test_org_leading_legal_form_and_quoted_name(extract, text, expected):
    assert {o.name for o in extract(text).organisations if o.rule == "legal-form-quoted"} == expected


def test_role_catalan_name_with_i_is_no_portfolio(extract):
    # "i" inside a Catalan name is no portfolio's "and": the plain gap before the name is tried first
    text = "La gerent de la fundació, Núria Vila i Mas, va presentar el programa als socis."
    assert roles(extract(text)) == {("Núria Vila i Mas", "gerent", None, "role:the-role-name")}


def test_role_irish_title_after_a_councillor(extract):
    # "Cllr" is a title before the name (person_titles.txt), no part of it
    text = "Fáilte:\n- Cllr Nóra Ní Bhriain, Cathaoirleach, Comhairle Contae Chorcaí\n- Seán Ó Briain, Stiúrthóir, Údarás Forbartha\n"
    assert {(p, r, o) for p, r, o, _ in roles(extract(text))} == {
        ("Nóra Ní Bhriain", "Cathaoirleach", "Comhairle Contae Chorcaí"), ("Seán Ó Briain", "Stiúrthóir", "Údarás Forbartha")}
