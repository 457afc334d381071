"""The whole span of a company name closed by its legal form (rule "legal-form"), sentences of our own:

- Turkish forms with the kind of business abbreviated inside them ("San. ve Tic. Ltd. Şti.", "Sanayi ve Ticaret
  A.Ş."), the Irish DAC, the Portuguese C.R.L., the Polish "Sp. z o.o. sp.k." and the Czech "p. o." (data/legal_forms.txt
  [forms]): a full stop inside the form ends neither the name nor the sentence;
- family "partners' company": "<Name> <and> <Name> <form>" of two partners or a family ("Kovács és Társa Bt.");
- family "person of a company": a person's full name and a joining word before the company are no part of it;
- family "role of an organisation in a cued list": "led by <person>, CEO of <company>" names the company alone.
"""
from __future__ import annotations

import pytest


def _rows(result):
    return [(o.name, o.rule) for o in result.organisations]


@pytest.mark.parametrize("text, expected", [
    ("Kümeye yeni katılan firmalar Sakarya Döküm San. ve Tic. Ltd. Şti., Gebze Kablo Sistemleri A.Ş. ve İzmit Plastik "
     "Ltd. Şti. oldu.",
     [("Sakarya Döküm San. ve Tic. Ltd. Şti.", "legal-form"), ("Gebze Kablo Sistemleri A.Ş.", "legal-form"),
      ("İzmit Plastik Ltd. Şti.", "legal-form")]),
    ("Heyet, Anadolu Motor Sanayi ve Ticaret A.Ş. fabrikasını ziyaret etti.",
     [("Anadolu Motor Sanayi ve Ticaret A.Ş.", "legal-form")]),
    ("The delegation visited Ege Tekstil Sanayi ve Ticaret A.Ş. in Izmir and Bursa Kalıp Ltd. Şti. the next day.",
     [("Ege Tekstil Sanayi ve Ticaret A.Ş.", "legal-form"), ("Bursa Kalıp Ltd. Şti.", "legal-form")]),
])
def test_turkish_forms_keep_their_inner_full_stops(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The award went to Achill Seafoods DAC and to Kerry Agritech DAC.",
     [("Achill Seafoods DAC", "legal-form"), ("Kerry Agritech DAC", "legal-form")]),
    ("O grupo inclui a Cooperativa Agrícola de Alijó, C.R.L. e a Adega de Favaios, C.R.L.",
     [("Cooperativa Agrícola de Alijó, C.R.L.", "legal-form"), ("Adega de Favaios, C.R.L.", "legal-form")]),
    ("Do klastra dołączyła spółka Metalbud Sp. z o.o. sp.k. z Kielc oraz firma Drewnex sp. z o.o. sp. k. z Radomia.",
     [("Metalbud Sp. z o.o. sp.k.", "legal-form"), ("Drewnex sp. z o.o. sp. k.", "legal-form")]),
    ("Zřizovatel: Krajská agentura pro rozvoj Karlovarska, p. o.",
     [("Krajská agentura pro rozvoj Karlovarska, p. o.", "legal-form")]),
    ("Za kraj se zapojila také Regionální rozvojová agentura Vysočina, p. o. a dvě školy.",
     [("Regionální rozvojová agentura Vysočina, p. o.", "legal-form")]),
])
def test_more_national_forms(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("A beszállító a Kovács és Társa Bt. volt.", [("Kovács és Társa Bt.", "legal-form")]),
    ("Die Planung übernahm Brunner und Partner GmbH aus Linz.", [("Brunner und Partner GmbH", "legal-form")]),
    ("La fornitura è di Rossi e Figli S.r.l. di Prato.", [("Rossi e Figli S.r.l.", "legal-form")]),
    ("Dostawcą jest firma Nowak i Synowie sp.j. z Radomia.", [("Nowak i Synowie sp.j.", "legal-form")]),
])
def test_partners_company(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Ergebnisse stellte Jonas Weber von Alpentech Sensorik GmbH vor.", [("Alpentech Sensorik GmbH", "legal-form")]),
    ("Les résultats ont été présentés par Marie Dubois de Forges Vosgiennes SAS hier.",
     [("Forges Vosgiennes SAS", "legal-form")]),
    ("Il premio è andato a Giulia Ferri di Tessiture Comasche S.r.l. e al suo gruppo.",
     [("Tessiture Comasche S.r.l.", "legal-form")]),
    ("A team from Max Planck Institute for Iron Research GmbH joined.",
     [("Max Planck Institute for Iron Research GmbH", "legal-form")]),
])
def test_person_before_company(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The mission was led by Paul Girard, President of AMRA and CEO of Élastiques du Forez SAS, and comprised nine "
     "people.", [("AMRA", "cue:organisation"), ("Élastiques du Forez SAS", "legal-form")]),
    ("The study tour was hosted by Jan Novák, Chair of CMC and Managing Director of Šumava Dřevo s.r.o., with eight "
     "members.", [("CMC", "cue:organisation"), ("Šumava Dřevo s.r.o.", "legal-form")]),
    ("The exchange was led by Eva Lind, Secretary of NTC and CEO of Ängel Textil AB, and comprised ten companies.",
     [("NTC", "cue:organisation"), ("Ängel Textil AB", "legal-form")]),
])
def test_role_of_company_in_a_cued_list(extract, text, expected):
    """Family "role of an organisation in a cued list" (org_cues): the role title and "of" are no part of the name."""
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Dél-Alföldi Gépipari Klaszter (DAGK) új tagokat vett fel. A klasztert a DAGK Nonprofit Kft. működteti.",
     [("Dél-Alföldi Gépipari Klaszter", "pattern:acronym-definition"),
      ("Dél-Alföldi Gépipari Klaszter", "pattern:acronym-definition"), ("DAGK Nonprofit Kft.", "legal-form")]),
    ("The Baltic Wood Cluster (BWC) grew again. The cluster is run by BWC Services GmbH in Kiel.",
     [("Baltic Wood Cluster", "pattern:acronym-definition"), ("Baltic Wood Cluster", "pattern:acronym-definition"),
      ("BWC Services GmbH", "legal-form")]),
    ("Świętokrzyski Klaster Drzewny (SKD) zrzesza 40 firm. Biuro klastra prowadzi SKD Sp. z o.o. w Kielcach.",
     [("Świętokrzyski Klaster Drzewny", "pattern:acronym-definition"),
      ("Świętokrzyski Klaster Drzewny", "pattern:acronym-definition"), ("SKD Sp. z o.o.", "legal-form")]),
    ("The Danube Wood Logistics Cluster (DWLC) was founded in 2031. The programme is managed by DWLC e.V. in Passau.",
     [("Danube Wood Logistics Cluster", "pattern:acronym-definition"),
      ("Danube Wood Logistics Cluster", "pattern:acronym-definition"), ("DWLC e.V.", "legal-form")]),
])
def test_company_named_after_a_defined_acronym(extract, text, expected):
    """Family "acronym inside a company name" (org_resolve): the cluster's operating company, whose name opens with
    the cluster's acronym, is a company of its own, not one more use of the acronym."""
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The energy group is led by Jon Iker Etxeberria Lasa of Ulma Forja S. Coop.; the talent group by Ane Zubia.",
     [("Ulma Forja S. Coop.", "legal-form")]),
    ("The visit was hosted by Pedro Luis Gómez Arana of Talleres Irizar S. Coop. and two engineers.",
     [("Talleres Irizar S. Coop.", "legal-form")]),
    ("The study was coordinated by Ane Miren Zubia Etxeberria of Mondragon Assembly S. Coop.; the survey by Iker Sola.",
     [("Mondragon Assembly S. Coop.", "legal-form")]),
    ("The pilot is coordinated by María José Ortega Ruiz of Cerámicas del Tajo S.L. and the regional agency.",
     [("Cerámicas del Tajo S.L.", "legal-form")]),
])
def test_person_of_company_in_a_cued_list(extract, text, expected):
    """Family "person of an organisation" (org_cues): a full name and "of" opening a cued item are no part of the name."""
    assert _rows(extract(text)) == expected
