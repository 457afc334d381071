"""The own organisation's offices in every language (``[office concepts]`` of ``data/role_own_offices.txt``: the
forms of ``data/role_title_concepts.csv`` of the concepts it names, read by role_own_offices.py, family ``own-org``):
in a cluster's own newsletter, minutes or team page a cluster manager, project manager, communication officer,
treasurer or secretary stated with no organisation of its own holds the post in the cluster, in whatever language the
title is written, as "cluster manager" does in English. Titles that as often belong to a member company (a managing
director, the chair of a company's board) are not concerned."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


CASES = [
    # Estonian: the cluster manager and a project manager before their names
    ("Saaremaa Puiduklaster MTÜ – uudiskiri\n\n"
     "Klastrijuht Mari Tamm tutvustas liikmetele uut arengukava. Projektijuht Karl Saar koordineerib koolitusi.\n\n"
     "Saaremaa Puiduklaster MTÜ · Tallinna 5, Kuressaare\n",
     {("Mari Tamm", "Klastrijuht", "Saaremaa Puiduklaster MTÜ", "role:role-before-name-language+own-org"),
      ("Karl Saar", "Projektijuht", "Saaremaa Puiduklaster MTÜ", "role:role-before-name-language+own-org")}),
    # Portuguese: the team's posts in brackets after the names
    ("Associação Cluster Pedra Natural – Notícias\n\n"
     "A equipa técnica mantém-se: Rita Lobo Antunes (gestora de projetos) e Nuno Serrão Vaz (tesoureiro).\n\n"
     "Associação Cluster Pedra Natural · Rua Direita 8, Estremoz\n",
     {("Rita Lobo Antunes", "gestora de projetos", "Associação Cluster Pedra Natural", "role:name-paren-role+own-org"),
      ("Nuno Serrão Vaz", "tesoureiro", "Associação Cluster Pedra Natural", "role:name-paren-role+own-org")}),
    # Finnish: a communications manager after a comma, in the cluster's own news
    ("Järvi-Suomen Vesiklusteri ry – ajankohtaista\n\n"
     "Lisätietoja antaa Liisa Kettunen, viestintäpäällikkö.\n\n"
     "Järvi-Suomen Vesiklusteri ry · Kauppakatu 9, Kuopio\n",
     {("Liisa Kettunen", "viestintäpäällikkö", "Järvi-Suomen Vesiklusteri ry", "role:apposition+own-org")}),
    # Turkish: the project manager before the name
    ("Konya Makine Kümelenmesi Derneği – Duyuru\n\n"
     "Toplantıyı Proje Yöneticisi Elif Karaca açtı.\n\n"
     "Konya Makine Kümelenmesi Derneği · Selçuklu, Konya\n",
     {("Elif Karaca", "Proje Yöneticisi", "Konya Makine Kümelenmesi Derneği", "role:role-before-name-language+own-org")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_own_office_in_any_language_is_held_in_the_own_organisation(extract, text, expected):
    assert _rows(extract(text)) == expected


def test_a_member_companys_managing_director_is_not_the_clusters(extract):
    # "toimitusjohtaja" (managing director) as often heads a member company: no office of the cluster's concepts
    text = ("Järvi-Suomen Vesiklusteri ry – ajankohtaista\n\n"
            "Uudeksi jäseneksi liittyi putkiliike, jonka toimitusjohtaja Pekka Rautio esitteli yrityksen.\n\n"
            "Järvi-Suomen Vesiklusteri ry · Kauppakatu 9, Kuopio\n")
    got = {(r.person, r.organisation) for r in extract(text).roles}
    assert ("Pekka Rautio", "Järvi-Suomen Vesiklusteri ry") not in got


def test_a_member_companys_board_chair_is_not_the_clusters(extract):
    # "valdes priekšsēdētājs" (chair of the management board) heads a member company in a members' catalogue
    text = ("Vidzemes Koka Klasteris – biedru katalogs\n\n"
            "Mežmalas Mēbeles\n"
            "Kontaktpersona: Jānis Ozoliņš, valdes priekšsēdētājs\n\n"
            "Vidzemes Koka Klasteris · Rīgas iela 3, Cēsis\n")
    got = {(r.person, r.organisation) for r in extract(text).roles}
    assert ("Jānis Ozoliņš", "Vidzemes Koka Klasteris") not in got
