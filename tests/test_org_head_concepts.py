"""Organisation head words by concept and language (data/org_head_concepts.csv, read by data_files.org_head_words into
the readers of org_name_words.txt and org_suffixes.txt): a municipality, a school, a chamber, a park … named in the
language of the document, with the head where that language puts it. Also the Irish initial mutation inside a name
(shapes._MUTATED) and the English "in <town>" after a name another language's front head opens
(org_spans.line_fields). Sentences of our own."""
from __future__ import annotations

import pytest


def _orgs(result) -> list[tuple[str, str]]:
    return [(o.name, o.rule) for o in result.organisations]


@pytest.mark.parametrize("text, expected", [
    # front heads: the head opens the name (Slovak, Polish, German, Irish, Portuguese)
    ("Na stretnutí sa zúčastnili zástupcovia, ktorých pozvalo Mesto Poprad a Obec Hrabušice.",
     [("Mesto Poprad", "pattern:org-head"), ("Obec Hrabušice", "pattern:org-head")]),
    ("Spotkanie zorganizowały Gmina Dobczyce oraz Urząd Miasta Krakowa w marcu.",
     [("Gmina Dobczyce", "pattern:org-head"), ("Urząd Miasta Krakowa", "pattern:org-head")]),
    ("Die Veranstaltung unterstützten der Kreis Lippe und die Stadt Bielefeld.",
     [("Kreis Lippe", "pattern:org-head"), ("Stadt Bielefeld", "pattern:org-head")]),
    ("Bhí ionadaithe ó Oifig Fiontair Áitiúil Chorcaí ag an gcruinniú.",
     [("Oifig Fiontair Áitiúil Chorcaí", "pattern:org-head")]),
    ("Membros fundadores: Polo Tecnológico de Lisboa e Câmara Municipal de Oeiras.",
     [("Polo Tecnológico de Lisboa", "pattern:org-head"), ("Câmara Municipal de Oeiras", "pattern:org-head")]),
])
def test_front_heads_by_concept(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # last heads: the head closes the name (Turkish, English)
    ("Katıldı: Ege Üniversitesi ve İzmir Ticaret Odası temsilcileri.",
     [("Ege Üniversitesi", "pattern:org-head"), ("İzmir Ticaret Odası", "pattern:org-head")]),
    ("Members include the Wexford Farmers Cooperative and the Dingle Fishing Co-operative.",
     [("Wexford Farmers Cooperative", "pattern:org-head"), ("Dingle Fishing Co-operative", "pattern:org-head")]),
    ("Katılımcılar arasında Ankara Üniversitesi ve Bursa Ticaret Odası vardı.",
     [("Ankara Üniversitesi", "pattern:org-head"), ("Bursa Ticaret Odası", "pattern:org-head")]),
])
def test_last_heads_by_concept(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # lower-case heads that close the name (Norwegian, Finnish, Estonian) and compound endings (Norwegian, German)
    ("Elevene fra Stord videregående skole besøkte Bergen kommune i mai.",
     [("Stord videregående skole", "pattern:lower-head-mid"), ("Bergen kommune", "pattern:lower-head-mid")]),
    ("Tapahtuman järjestivät Tampereen yliopisto ja Pirkanmaan liitto.",
     [("Tampereen yliopisto", "pattern:lower-head-mid"), ("Pirkanmaan liitto", "pattern:lower-head-mid")]),
    ("Seminari korraldasid Tallinna Tehnikaülikool ja Harku vald koostöös.",
     [("Tallinna Tehnikaülikool", "pattern:org-head"), ("Harku vald", "pattern:lower-head-mid")]),
    ("Møtet ble holdt i Kunnskapsparken Sogndal sammen med Forskningsparken Ås.",
     [("Kunnskapsparken Sogndal", "pattern:org-head"), ("Forskningsparken Ås", "pattern:org-head")]),
    ("Gefördert wurde das Projekt vom Landratsamt Ebersberg im Jahr 2030.", [("Landratsamt Ebersberg", "pattern:org-head")]),
])
def test_lower_and_compound_heads_by_concept(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # Irish eclipsis and h-prefix after "na": the mutated word is the name's
    ("Bhuail an coiste le Cumann Tráchtála na hÉireann agus le Ceardchumann na bhFeirmeoirí.",
     [("Cumann Tráchtála na hÉireann", "pattern:org-head"), ("Ceardchumann na bhFeirmeoirí", "pattern:org-head")]),
    ("Labhair stiúrthóir Braisle Mhara Dhún na nGall ag an ócáid.", [("Braisle Mhara Dhún na nGall", "pattern:org-head")]),
    ("Thug ionadaí ó Oifig na nOibreacha Poiblí caint ar an bplean.", [("Oifig na nOibreacha Poiblí", "pattern:org-head")]),
    ("Bhí ionadaithe ó Comharchumann na nOileán agus ó Ollscoil na Gaillimhe ann.",
     [("Comharchumann na nOileán", "pattern:org-head"), ("Ollscoil na Gaillimhe", "pattern:org-head")]),
])
def test_irish_initial_mutation_inside_a_name(extract, text, expected):
    assert _orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an English "in <town>" after a name opened by another language's front head is the sentence's
    ("The students trained at the Lycée Victor Hugo in Besançon last spring.", [("Lycée Victor Hugo", "pattern:org-head")]),
    ("The delegation met the Stichting Groene Haven in Vlissingen on Tuesday.", [("Stichting Groene Haven", "pattern:org-head")]),
    ("Our partners at the Fundación Mar Cantábrico in Santander hosted the visit.",
     [("Fundación Mar Cantábrico", "pattern:org-head")]),
])
def test_english_in_town_after_a_front_headed_name(extract, text, expected):
    assert _orgs(extract(text)) == expected
