"""Finding the document's own organisation (role_own_org.py ``own_organisation``) on pages not written in English: a
first line that opens with the organisation's name and then describes it after a dash is a letterhead whatever its
length, the text's calling its organisation "the cluster" in its own language (``data/role_org_kind_phrases.csv``:
"klyngens sekretariat", "la gerente del clúster", "managerul clusterului") counts as the English "the cluster" does,
and a press release's "About …" line is read in the languages of ``data/role_own_publisher.txt`` [about] ("Sobre o
…", "Über …", "À propos de …"). The own organisation's offices then hold it (family ``own-org``)."""
from __future__ import annotations

import pytest

CASES = [
    # Danish minutes: a long letterhead line after the title, "klyngens" in the text
    ("Referat af bestyrelsesmøde\n\nHedeland Robotklynge – foreningen for robotteknologi og automation i Sydjylland\n\n"
     "Mødet blev holdt i klyngens lokaler i Vejle. Hedeland Robotklynge har nu 61 medlemmer.\n\n"
     "Kasserer Jens Mølgaard fremlagde regnskabet.\n",
     {("Jens Mølgaard", "Kasserer", "Hedeland Robotklynge", "role:role-before-name-language+own-org")}),
    # Spanish news: "del clúster"
    ("Noticias\n\nClúster Agroalimentario del Duero – asociación de empresas de la alimentación de Soria y Burgos\n\n"
     "La asamblea del clúster se celebró en Soria. Clúster Agroalimentario del Duero cuenta con 80 socios.\n\n"
     "La tesorera Lucía Barrio presentó las cuentas.\n",
     {("Lucía Barrio", "tesorera", "Clúster Agroalimentario del Duero", "role:role-before-name-language+own-org")}),
    # Romanian: "clusterului"
    ("Comunicat\n\nClusterul Mobilei Transilvania – asociația producătorilor de mobilă din Bistrița-Năsăud\n\n"
     "Adunarea generală a clusterului a avut loc la Bistrița. Clusterul Mobilei Transilvania are 45 de membri.\n\n"
     "Vicepreședinte Vasile Rus a prezentat bugetul.\n",
     {("Vasile Rus", "Vicepreședinte", "Clusterul Mobilei Transilvania", "role:role-before-name-language+own-org")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_own_organisation_in_the_texts_language(extract, text, expected):
    got = {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles}
    assert got == expected


ABOUT = [
    ("Comunicado de imprensa\n\nLisboa, 3 de março de 2033\n\nA tesoureira Carla Neves apresentou as contas do ano.\n\n"
     "Sobre a Associação Oceano Azul\n\nA Associação Oceano Azul reúne 60 empresas.\n",
     "Carla Neves", "Associação Oceano Azul"),
    ("Pressemitteilung\n\nGraz, 3. März 2033\n\nDer Schatzmeister Florian Gruber stellte die Jahresrechnung vor.\n\n"
     "Über die Holzcluster Steiermark GmbH\n\nSeit 2010 vereint die Holzcluster Steiermark GmbH 90 Unternehmen.\n",
     "Florian Gruber", "Holzcluster Steiermark GmbH"),
    ("Communiqué de presse\n\nRennes, le 3 mars 2033\n\nLe trésorier Yann Le Goff a présenté les comptes.\n\n"
     "À propos de Breizh Mer Cluster\n\nBreizh Mer Cluster réunit 70 entreprises.\n",
     "Yann Le Goff", "Breizh Mer Cluster"),
]


@pytest.mark.parametrize("text, person, org", ABOUT)
def test_about_line_in_the_texts_language(extract, text, person, org):
    got = {(r.person, r.organisation) for r in extract(text).roles}
    assert (person, org) in got


def test_kind_phrase_needs_the_noun_in_the_name(extract):
    # "klyngens" counts only for a letterhead name that holds "klynge": a centre named once is no publisher
    text = ("Referat af bestyrelsesmøde\n\nHedeland Robotcenter – foreningen for robotteknologi i Sydjylland\n\n"
            "Mødet blev holdt i klyngens lokaler i Vejle.\n\nKasserer Jens Mølgaard fremlagde regnskabet.\n")
    got = {(r.person, r.organisation) for r in extract(text).roles}
    assert ("Jens Mølgaard", "Hedeland Robotcenter") not in got
