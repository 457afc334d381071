"""Rule ``role-before-name-language+org-genitive-lead`` (role_genitive_org.py): the organisation in the genitive before
another language's title before the name ("Rakvere Ametikooli direktor Jane Näide"), with a unit's words between that
stay in the role, a bracketed acronym after the organisation, and the shapes that name no organisation (a place before
a mayor's title, a country before a kind noun, the sentence's own capital). Sentences of our own; exact rows."""
from __future__ import annotations

import pytest

from pipeline.data_files import data_table, language_gaps

GENITIVE = "role:role-before-name-language+org-genitive-lead"
LANGUAGE = "role:role-before-name-language"


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


@pytest.mark.parametrize("text, expected", [
    # Estonian: after a verb, after "ja" that closes the name before, a hyphen and "ja" inside the name
    ("Seminaril esines Viljandi Kutseõppekeskuse direktor Jaan Sepp uue õppekavaga.",
     {("Jaan Sepp", "direktor", "Viljandi Kutseõppekeskuse", GENITIVE)}),
    ("Arutelus osalesid Hiiu Kalatööstuse juhataja Toomas Lepp ja Acme Baltic turundusjuht Kadri Lill.",
     {("Toomas Lepp", "juhataja", "Hiiu Kalatööstuse", GENITIVE), ("Kadri Lill", "turundusjuht", "Acme Baltic", GENITIVE)}),
    ("Töötoa juhatas Maa- ja Ruumiameti nõunik Katrin Saar, kes näitas uusi kaarte.",
     {("Katrin Saar", "nõunik", "Maa- ja Ruumiameti", GENITIVE)}),
    # Lithuanian, Latvian and Finnish
    ("Pasitarime kalbėjo Kauno technologijos universiteto docentė Rasa Petrauskienė ir kiti.",
     {("Rasa Petrauskienė", "docentė", "Kauno technologijos universiteto", GENITIVE)}),
    ("Sanāksmē runāja Rīgas Tehniskās universitātes docente Ilze Bērziņa par inženieriem.",
     {("Ilze Bērziņa", "docente", "Rīgas Tehniskās universitātes", GENITIVE)}),
    ("Tilaisuudessa puhui Kainuun liiton kehittämispäällikkö Anna Virtanen maakunnan tulevaisuudesta.",
     {("Anna Virtanen", "kehittämispäällikkö", "Kainuun liiton", GENITIVE)}),
    # the Scandinavian s-genitive; an abbreviation's case ending after a colon stays out of the name
    ("Mötet öppnades av Norrlands Träklusters ordförande Anna Berg, som hälsade alla välkomna.",
     {("Anna Berg", "ordförande", "Norrlands Träklusters", GENITIVE)}),
    ("Konferencen blev åbnet af Fyns Fødevareklynges direktør Mette Holm i går.",
     {("Mette Holm", "direktør", "Fyns Fødevareklynges", GENITIVE)}),
    ("Igår talade Acme Energi AB:s vd Karin Sjö på stämman.",
     {("Karin Sjö", "vd", "Acme Energi AB", GENITIVE)}),
    ("Tilaisuudessa puhui Acme Energia Oy:n kehitysjohtaja Jussi Laine uusista hankkeista.",
     {("Jussi Laine", "kehitysjohtaja", "Acme Energia Oy", GENITIVE)}),
])
def test_role_organisation_in_the_genitive_before_the_title(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit between the organisation and the title: lower-case words with no organisation head, or the words after
    # the organisation's head, are the role's
    ("Kohtumisel osales Keskkonnaministeeriumi metsanduse osakonna juhataja Peeter Kivi, kes tutvustas uut kava.",
     {("Peeter Kivi", "metsanduse osakonna juhataja", "Keskkonnaministeeriumi", GENITIVE)}),
    ("Forume kalbėjo Susisiekimo ministerijos Transporto politikos skyriaus vedėjas Tomas Žukas ir kiti svečiai.",
     {("Tomas Žukas", "Transporto politikos skyriaus vedėjas", "Susisiekimo ministerijos", GENITIVE)}),
    # a bracketed acronym after the organisation; a legal form in its case ("AS-i")
    ("Kohtumisel osalesid Tartu Linnavalitsuse (TLV) arendusjuht Peeter Kask ja Acme Eesti AS-i juhatuse liige Mari Mets.",
     {("Peeter Kask", "arendusjuht", "Tartu Linnavalitsuse", GENITIVE), ("Mari Mets", "juhatuse liige", "Acme Eesti AS-i", GENITIVE)}),
    ("Pristatyme kalbėjo Acme agentūros Klasterių skyriaus vedėja Jurgita Kazlauskienė apie finansavimą.",
     {("Jurgita Kazlauskienė", "Klasterių skyriaus vedėja", "Acme agentūros", GENITIVE)}),
    # a quoted company after its legal form, the unit's words after the closing quote
    ("Diskusijoje dėl plano UAB „Vėjo technika“ gamybos direktorius Jonas Kazlauskas pasiūlė naują grafiką.",
     {("Jonas Kazlauskas", "gamybos direktorius", "UAB „Vėjo technika“", GENITIVE)}),
    ("Arutelul võttis sõna OÜ „Puidukoda“ juhataja Mart Sepp, kes kiitis koostööd.",
     {("Mart Sepp", "juhataja", "OÜ „Puidukoda“", GENITIVE)}),
])
def test_role_genitive_organisation_with_its_unit_or_acronym(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a place before a mayor's title, a country before a kind noun, a capital that only opens the sentence
    ("Konverentsi avas Põlva vallavanem Tõnu Kallas, kes rääkis piirkonna ettevõtlusest.",
     {("Tõnu Kallas", "vallavanem", None, LANGUAGE)}),
    ("Peaesinejaks on Soome metsaklastri juht Mikko Laine, kes räägib koostööst.",
     {("Mikko Laine", "juht", None, LANGUAGE)}),
    # German capitalises its nouns: the run before its title names nothing (role_genitive_lead_languages.csv)
    ("Am Ende dankte Ehrenvorsitzende Petra Vogel allen Gästen für ihr Kommen.",
     {("Petra Vogel", "Ehrenvorsitzende", None, LANGUAGE)}),
    ("Efter mötet tackade styrelsens ordförande Per Ek alla medlemmar.",
     {("Per Ek", "styrelsens ordförande", None, LANGUAGE)}),
    ("Üritust juhtis klastri juht Kadri Lill, kes tänas kõiki.",
     {("Kadri Lill", "klastri juht", None, LANGUAGE)}),
    # a person's name before the title, as on a card read as one line
    ("Kohal olid Kadri Lepp arendusjuht Jaan Tamm ja teised.",
     {("Jaan Tamm", "arendusjuht", None, LANGUAGE)}),
])
def test_role_genitive_lead_that_names_no_organisation(extract, text, expected):
    assert roles(extract(text)) == expected


def test_genitive_lead_languages_cover_every_language(settings):
    rows = data_table(settings.data_dir / "role_genitive_lead_languages.csv")[1]
    assert language_gaps(settings.data_dir, [(r["concept"], r["lang"]) for r in rows]) == {}
    assert all(r["lead"] in {"yes", "no"} and (r["lead"] == "no") == (not r["example"]) for r in rows)
