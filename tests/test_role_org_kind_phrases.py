"""Family org-kind-anaphor in the language of the text (role_org_kind_phrases.py, data/role_org_kind_phrases.csv): a
role that names its organisation by the kind noun "cluster" alone, next to the office as the language writes it, is
held in the cluster the text named before ("La gerent del clúster, …", "La directrice du pôle, …", "Riaditeľka klastra
…", "Koordynator klastra …"). Texts of our own; exact rows."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("El Clúster Agroalimentari del Ripollès va celebrar ahir la seva assemblea anual a Ripoll amb una trentena "
     "d'empreses associades. La gerent del clúster, Marta Soler Vila, va presentar el pla d'activitats per a l'any "
     "vinent i el pressupost.",
     {("Marta Soler Vila", "gerent", "Clúster Agroalimentari del Ripollès")}),
    ("Le Pôle Bois Auvergne a tenu hier à Clermont son assemblée générale avec une trentaine d'entreprises adhérentes. "
     "La directrice du pôle, Claire Fabre, a présenté le programme d'actions de l'année prochaine.",
     {("Claire Fabre", "directrice", "Pôle Bois Auvergne")}),
    ("Drevársky klaster Liptov, z. z. p. o. usporiadal včera v Ružomberku valné zhromaždenie za účasti tridsiatich "
     "členských firiem z regiónu. Riaditeľka klastra Jana Kováčová predstavila plán činnosti na budúci rok a rozpočet "
     "združenia.",
     {("Jana Kováčová", "Riaditeľka klastra", "Drevársky klaster Liptov, z. z. p. o.")}),
    ("Śląski Klaster Drzewny zorganizował wczoraj w Katowicach walne zgromadzenie z udziałem trzydziestu firm "
     "członkowskich. Koordynator klastra Piotr Nowak przedstawił plan działań na przyszły rok oraz budżet.",
     {("Piotr Nowak", "Koordynator klastra", "Śląski Klaster Drzewny")}),
])
def test_role_of_the_cluster_in_the_text_language(extract, text, expected):
    rows = {(r.person, r.role, r.organisation) for r in extract(text).roles}
    assert rows == expected


def test_a_cluster_named_in_no_organisation_before_gives_none(extract):
    # the kind phrase, but no organisation with the noun named before it: no organisation guessed
    text = ("La jornada sobre envasos sostenibles va reunir ahir a Vic una trentena d'empreses del sector. La gerent del "
            "clúster, Marta Soler Vila, va presentar el programa de formació.")
    assert {(r.person, r.organisation) for r in extract(text).roles} == {("Marta Soler Vila", None)}

