"""The headings and labels over an organisation's own people in every language (data/role_own_headings_languages.csv,
role_own_headings.py): a staff section's heading ("Biuro klastra", "Unser Team", "Secretaría técnica") and a line's
team label ("Administrasjonen:"), or either part of a bilingual heading ("Direction / Management"), give its people the document's own organisation (families own-team-section and
own-team of role_orgs.py), as "Meet the team" and "Team:" do in English."""
from __future__ import annotations

import pytest

from pipeline.data_files import language_gaps
from pipeline.extract.role_own_headings import own_heading_rows, own_heading_words


def test_own_headings_cover_every_language(settings):
    rows = own_heading_rows(settings.data_dir)
    assert language_gaps(settings.data_dir, [(r["concept"], r["lang"]) for r in rows]) == {}
    assert all(r["kind"] in {"team", "page"} and r["form"] == r["form"].strip().lower() for r in rows)


def test_own_heading_words_keep_the_english_lists(settings):
    team = own_heading_words(settings.data_dir, "role_own_team_headings.txt")
    assert {"meet the team", "biuro klastra", "unser team"} - set(team) == {"meet the team"}  # "meet" is the regex's
    assert "staff" in team and "zarząd" not in team
    assert {"board", "zarząd", "styret"} <= set(own_heading_words(settings.data_dir, "role_own_page_headings.txt"))


CASES = [
    ("Wielkopolski Klaster Drzewny\n\nWielkopolski Klaster Drzewny zrzesza czterdzieści firm meblarskich z regionu. "
     "Wielkopolski Klaster Drzewny powstał w 2030 roku w Poznaniu.\n\nBiuro klastra\n\n"
     "- Anna Nowak, koordynatorka projektów\n- Piotr Lis, specjalista ds. szkoleń\n",
     {("Anna Nowak", "koordynatorka projektów", "Wielkopolski Klaster Drzewny", "role:line:name-role+own-team-section"),
      ("Piotr Lis", "specjalista ds. szkoleń", "Wielkopolski Klaster Drzewny", "role:line:name-role+own-team-section")}),
    ("Alpenholz Cluster Tirol\n\nDer Alpenholz Cluster Tirol verbindet 60 Betriebe der Holzbranche. Alpenholz Cluster "
     "Tirol wurde 2029 gegründet.\n\nUnser Team\n\n- Lisa Huber, Projektmanagerin\n- Jonas Berger, Referent für Weiterbildung\n",
     {("Lisa Huber", "Projektmanagerin", "Alpenholz Cluster Tirol", "role:line:name-role+own-team-section"),
      ("Jonas Berger", "Referent für Weiterbildung", "Alpenholz Cluster Tirol", "role:line:name-role+own-team-section")}),
    ("Secretaría técnica\n\nClúster Agroalimentario del Duero reúne a 50 empresas. El Clúster Agroalimentario del Duero "
     "nació en 2027.\n\n- Lucía Gómez, gerente\n- Mario Ruiz, técnico de proyectos\n",
     {("Lucía Gómez", "gerente", "Clúster Agroalimentario del Duero", "role:line:name-role+own-team-section"),
      ("Mario Ruiz", "técnico de proyectos", "Clúster Agroalimentario del Duero", "role:line:name-role+own-team-section")}),
    ("Fjordmat Klynge – nyhetsbrev 2/2033\n\nFjordmat Klynge samler 45 matbedrifter langs kysten. Fjordmat Klynge ble "
     "etablert i 2028.\n\nAdministrasjonen: Ingrid Moe, daglig leder; Per Aas, prosjektleder.\n",
     {("Ingrid Moe", "daglig leder", "Fjordmat Klynge", "role:apposition+own-team"),
      ("Per Aas", "prosjektleder", "Fjordmat Klynge", "role:apposition+own-team")}),
    # a bilingual heading: either part across the slash ("Direction / Management", "Zespół / Our team")
    ("Rhône Textile Cluster\n\nRhône Textile Cluster fédère 90 entreprises. Rhône Textile Cluster est basé à Lyon.\n\n"
     "Direction / Management\n\nMarie Fabre\nDirectrice générale\nm.fabre@example.org\n\n"
     "Paul Morel\nChargé de mission textiles techniques\np.morel@example.org\n",
     {("Marie Fabre", "Directrice générale", "Rhône Textile Cluster", "role:line:name-over-role+own-team-section"),
      ("Paul Morel", "Chargé de mission textiles techniques", "Rhône Textile Cluster", "role:line:name-over-role+own-team-section")}),
    ("Klaster Drzewny Podkarpacie\n\nKlaster Drzewny Podkarpacie skupia 35 firm. Klaster Drzewny Podkarpacie działa od "
     "2028 roku.\n\nZespół / Our team\n\n- Jan Wrona, specjalista ds. projektów\n- Ewa Mazur, specjalistka ds. szkoleń\n",
     {("Jan Wrona", "specjalista ds. projektów", "Klaster Drzewny Podkarpacie", "role:line:name-role+own-team-section"),
      ("Ewa Mazur", "specjalistka ds. szkoleń", "Klaster Drzewny Podkarpacie", "role:line:name-role+own-team-section")}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_own_team_heading_or_label_in_any_language(extract, text, expected):
    assert {(r.person, r.role, r.organisation, r.rule) for r in extract(text).roles} == expected
