"""Organisation names as the text's case writes them (family "head word in a case"): the head words of
org_head_concepts.csv declined by the endings of org_head_case_endings.csv (data_files.declined_forms), the Albanian
joiners of org_name_words.txt inside a name, one name in two cases with a different linking article
(org_inflections), a unit and its parent in the genitive and a front head after a front head's lower-case words
(org_lower_heads), a name and the same name with its town (org_resolve), "and" before a front head (org_names) and a
town closing a name's line (org_line_tails.closed_at_line_end). Sentences of our own."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.data_files import declined_forms, language_gaps, org_head_words
from pipeline.language_coverage import lexicon

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"


def _orgs(result) -> list[tuple[str, str]]:
    return [(o.name, o.rule) for o in result.organisations]


def test_case_endings_cover_every_language():
    assert language_gaps(DATA, lexicon("org_head_case_endings.csv", DATA).pairs(DATA)) == {}


@pytest.mark.parametrize("word, endings, expected", [
    ("Klasteri", (("i", ("it", "in")),), ["Klasterit", "Klasterin"]),
    ("universitetas", (("as", ("o", "ui")),), ["universiteto", "universitetui"]),
    ("Кластер", (("*", ("от",)), ("а", ("ата",))), ["Кластерот"]),
    ("Агенција", (("*", ("от",)), ("а", ("ата",))), ["Агенцијата"]),
    ("ry", (("*", ("n",)),), []),  # too short to decline
])
def test_declined_forms(word, endings, expected):
    assert declined_forms(word, endings) == expected


def test_declined_heads_feed_the_readers():
    words = org_head_words(DATA)
    assert {"Klasterit", "Agjencisë", "Кластерот", "Міністерстві"} <= set(words["front"])
    assert {"universiteto", "klasteriu"} <= set(words["closing"])
    assert "institute" not in words["closing"]  # Lithuanian "institutas" in the locative is an English word
    assert "centra" not in words["closing"] and "centra" in words["lower"]  # Latvian closes, Slovene takes a place
    assert "podjetja" not in words["lower"]  # a declined word for a company puts a name in apposition


@pytest.mark.parametrize("text, expected", [
    # Albanian: a declined front head and the linking articles, "and" and "for" inside the name
    ("Në panel foli drejtuesi i Klasterit Turistik të Vlorës për sezonin e ri.",
     [("Klasterit Turistik të Vlorës", "pattern:org-head")]),
    ("Takimi u mbështet nga Shoqata e Prodhuesve të Mjaltit dhe nga Bashkia Berat.",
     [("Shoqata e Prodhuesve të Mjaltit", "pattern:org-head"), ("Bashkia Berat", "pattern:org-head")]),
    ("Raporti u përgatit nga Instituti për Zhvillim Rural dhe u prezantua në Tiranë.",
     [("Instituti për Zhvillim Rural", "pattern:org-head")]),
    ("Ftesa u dërgua nga Dhoma e Tregtisë dhe Industrisë Durrës për anëtarët e saj.",
     [("Dhoma e Tregtisë dhe Industrisë Durrës", "pattern:org-head")]),
    # Macedonian and Bulgarian definite forms
    ("Представници на Кластерот Полог и Општината Тетово присуствуваа.",
     [("Кластерот Полог", "pattern:org-head"), ("Општината Тетово", "pattern:org-head")]),
    # Lithuanian instrumental, Slovene and Croatian genitives
    ("Projektą remia Šiaulių miesto savivaldybės administracija kartu su Lietuvos inovacijų centru.",
     [("Šiaulių miesto savivaldybės administracija", "pattern:lower-head-mid"),
      ("Lietuvos inovacijų centru", "pattern:lower-head-mid")]),
    ("Na delavnici so sodelovali predstavniki Šolskega centra Ptuj in drugi gostje.",
     [("Šolskega centra Ptuj", "pattern:lower-head-mid")]),
    ("Savjet je održan u prostorijama Klastera drvne industrije Vinkovci uz goste iz Zagreba.",
     [("Klastera drvne industrije Vinkovci", "pattern:lower-head")]),
    # a front head after a front head's lower-case words opens the next name
    ("Зустріч відбулася у Міністерстві аграрної політики за участі Університету Полтава.",
     [("Університету Полтава", "pattern:org-head")]),
    ("Нарада пройшла в Агентстві регіонального розвитку разом з Інститутом Чернігів.",
     [("Інститутом Чернігів", "pattern:org-head")]),
    ("Sastanak je bio u Ministarstvu gospodarstva s predstavnicima Sveučilišta Rijeka.",
     [("Sveučilišta Rijeka", "pattern:org-head")]),
    # one name in two cases whose linking article differs is one organisation
    ("Sot ishte ditë e mirë për Klasterin e Verës dhe Rrushit Përmet. Klasteri i Verës dhe Rrushit Përmet falënderon.",
     [("Klasterin e Verës dhe Rrushit Përmet", "pattern:org-head")] * 2),
    ("Ju urojmë Shoqatën e Bletarëve Elbasan! Shoqata e Bletarëve Elbasan u themelua në vitin 2030.",
     [("Shoqatën e Bletarëve Elbasan", "pattern:org-head")] * 2),
    ("Mirënjohje të veçantë për Agjencinë e Turizmit Shkodër. Agjencia e Turizmit Shkodër ka zyrë të re.",
     [("Agjencinë e Turizmit Shkodër", "pattern:org-head")] * 2),
    # a lower head, then a front head: the unit and its parent in the genitive are one name
    ("Predavanje je imel docent z Ekonomske fakultete Univerze v Mariboru in gostje.",
     [("Ekonomske fakultete Univerze v Mariboru", "pattern:lower-head-mid")]),
    ("Rad je predstavio asistent s Mašinskog fakulteta Univerziteta u Tuzli na konferenciji.",
     [("Mašinskog fakulteta Univerziteta u Tuzli", "pattern:lower-head")]),
    ("Na skupu je govorio profesor Šumarskog fakulteta Sveučilišta u Zagrebu o šumama.",
     [("Šumarskog fakulteta Sveučilišta u Zagrebu", "pattern:lower-head-mid")]),
    # a name and the same name with its town are one organisation
    ("Partnerët: Bashkia Fier, Universiteti „Ismail Qemali“ Vlorë dhe Bashkia Berat.\nLektore, Universiteti „Ismail Qemali“",
     [("Bashkia Fier", "pattern:org-head"), ("Universiteti „Ismail Qemali“ Vlorë", "pattern:quoted-name"),
      ("Bashkia Berat", "pattern:org-head"), ("Universiteti „Ismail Qemali“ Vlorë", "pattern:quoted-name")]),
    ("Učesnici su bili Univerzitet „Džon Nezbit“ Beograd i drugi. Univerzitet „Džon Nezbit“ je bio domaćin.",
     [("Univerzitet „Džon Nezbit“ Beograd", "pattern:quoted-name")] * 2),
    ('Members: Honey Cluster "Medena" Veles and others. The Honey Cluster "Medena" hosted the visit.',
     [('Honey Cluster "Medena" Veles', "pattern:quoted-name")] * 2),
    # another language's "and" before a front head opens the next name after a town no head word heads
    ("Učesnici su Univerzitet „Nikola Tesla“ Niš i Opština Svrljig.",
     [("Univerzitet „Nikola Tesla“ Niš", "pattern:quoted-name"), ("Opština Svrljig", "pattern:org-head")]),
    ("Partneri su Veleučilište „Marko Marulić“ Knin i Općina Kijevo.",
     [("Veleučilište „Marko Marulić“", "pattern:quoted-name"), ("Općina Kijevo", "pattern:org-head")]),
    ("Partnerët janë Shkolla „Ali Demi“ Vlorë dhe Bashkia Himarë.",
     [("Shkolla „Ali Demi“ Vlorë", "pattern:quoted-name"), ("Bashkia Himarë", "pattern:org-head")]),
    # a lower-case kind before a quoted name an organisation word heads says what the quoted organisation is
    ("Klasteris įstojo į Europos medienos klasterių tinklą „Wood Cluster Alliance“.",
     [("Wood Cluster Alliance", "pattern:org-head")]),
    ("Sutartis pasirašyta su Lietuvos inžinerijos asociacija „Baltic Robotics Cluster“ vakar.",
     [("Baltic Robotics Cluster", "pattern:org-head")]),
    ("Līgumu parakstīja Latvijas kokrūpniecības federācija „Wood Cluster Latvia“ pagājušajā nedēļā.",
     [("Wood Cluster Latvia", "pattern:org-head")]),
    # a gazetteer name in another case joins the gazetteer's organisation and keeps its name
    ("Projektą finansuoja Inovacijų agentūra. Dėkojame Inovacijų agentūrai už paramą.",
     [("Inovacijų agentūra", "gazetteer"), ("Inovacijų agentūra", "pattern:lower-head")]),
    ("Paraiškos teikiamos Inovacijų agentūrai. Inovacijų agentūra jas įvertins per mėnesį.",
     [("Inovacijų agentūra", "pattern:lower-head-mid"), ("Inovacijų agentūra", "gazetteer")]),
    ("Konsultavo Inovacijų agentūros ekspertai. Inovacijų agentūra skyrė finansavimą.",
     [("Inovacijų agentūra", "pattern:lower-head"), ("Inovacijų agentūra", "gazetteer")]),
])
def test_names_as_the_text_declines_them(extract, text, expected):
    assert _orgs(extract(text)) == expected
