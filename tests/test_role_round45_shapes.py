"""Round 45 role shapes, sentences of our own, exact rows:

- family "card with contact lines" (statement_cards.py, rule line:name-over-role): a card's label, e-mail, web or
  phone lines under its role and organisation lines close the organisation lines and the card;
- family "signatures side by side on one line" (statement_signatures.py, rule line:signature-row): "Name, office
  Name, office" gives each office to the name before it;
- family "office before the name at a line's start" (statement_context.without_leading_title): "Formand Jane
  Eksempel, adm. direktør i …" gives the office and the apposition to the same person, whose name has no office in it;
- rules verb-name-as-role-language and as-role-verb-name (statement_appoint_languages.py, role_appoint_languages.txt);
- the English titles added in round 45 (role_titles.txt: host, alderman, principal, representative …) and the Greek
  genitive after a title (role_title_org_name.txt [links el]);
- a middle initial in an accented or Nordic capital ("Kasper Ø. Thygesen", shapes.person_name_at)."""
from __future__ import annotations

import pytest


def _rows(result):
    return {(r.person, r.role, r.rule) for r in result.roles if r.role}


CARD = "role:line:name-over-role"


@pytest.mark.parametrize("text, expected", [
    ("Contacts\n\nIlona Varga\n\nExport manager\nAcme Wood Cluster\nAsk about: fairs, buyer\nmissions\n\n"
     "Tomas Lind\n\nLogistics coordinator\nBeta Port Authority\nTel.: +46 31 000 000\n\n"
     "Marta Kowalska\n\nHead of Testing Lab\nGamma Institute\nmarta.kowalska@gamma.example\nwww.gamma.example\n",
     {("Ilona Varga", "Export manager", CARD), ("Tomas Lind", "Logistics coordinator", CARD),
      ("Marta Kowalska", "Head of Testing Lab", CARD)}),
])
def test_cards_with_contact_lines(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Aarhus, den 3. juni 2031\n\nJens Eksempel Holm, dirigent Lise Prøve Berg, referent\n",
     {("Jens Eksempel Holm", "dirigent", "role:line:signature-row"), ("Lise Prøve Berg", "referent", "role:apposition")}),
    ("Signed on 4 May 2031.\n\nJane Doe, Chair John Roe, Treasurer\n",
     {("Jane Doe", "Chair", "role:line:signature-row"), ("John Roe", "Treasurer", "role:apposition")}),
    ("Stuttgart, 2. Mai 2031\n\nAnna Beispiel, Vorsitzende Jan Muster, Schriftführer\n",
     {("Anna Beispiel", "Vorsitzende", "role:line:signature-row"), ("Jan Muster", "Schriftführer", "role:apposition")}),
])
def test_signatures_side_by_side(extract, text, expected):
    # the first office goes to the name before it (line:signature-row); the second is the apposition of the last name
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, person, office, job", [
    ("Formand Mette Eksempel, adm. direktør i Acme Maskiner A/S, aflagde beretning.", "Mette Eksempel", "Formand", "adm. direktør"),
    ("Kasserer Jonas Prøve, økonomichef i Beta Foder amba, fremlagde regnskabet.", "Jonas Prøve", "Kasserer", "økonomichef"),
    ("Styreleder Kari Nordmann, daglig leder i Gamma Fisk AS, ønsket velkommen.", "Kari Nordmann", "Styreleder", "daglig leder"),
])
def test_office_before_name_at_line_start(extract, text, person, office, job):
    rows = {(r.person, r.role) for r in extract(text).roles}
    assert (person, office) in rows
    assert any(p == person and r.startswith(job) for p, r in rows)
    assert all(p == person for p, _ in rows)


LANG, FIRST = "role:verb-name-as-role-language", "role:as-role-verb-name"


@pytest.mark.parametrize("text, expected", [
    ("A Direção nomeou a Eng.ª Rita Exemplo Santos como diretora executiva, com efeitos a 1 de maio.",
     {("Rita Exemplo Santos", "diretora executiva", LANG)}),
    ("Le conseil a nommé Marie Exemple comme trésorière pour deux ans.", {("Marie Exemple", "trésorière", LANG)}),
    ("Bestyrelsen valgte Jens Eksempel som formand.", {("Jens Eksempel", "formand", LANG)}),
    ("Het bestuur benoemde Jan Voorbeeld tot voorzitter.", {("Jan Voorbeeld", "voorzitter", LANG)}),
    ("Mødet var godt besøgt. Som næstformand valgtes Peter Hansen og Lise Berg.",
     {("Peter Hansen", "næstformand", FIRST), ("Lise Berg", "næstformand", FIRST)}),
    # a plural office gives each person the singular (SCHEMA; role_plural_forms.csv)
    ("Som suppleanter valgtes Maja Eksempel-Ruiz og Kasper Ø. Prøvesen.",
     {("Maja Eksempel-Ruiz", "suppleant", FIRST), ("Kasper Ø. Prøvesen", "suppleant", FIRST)}),
])
def test_appointments_in_other_languages(extract, text, expected):
    assert _rows(extract(text)) == expected


@pytest.mark.parametrize("text, person, role", [
    ("In this episode Femke Voorbeeld, host of the Acme Podcast, talks to two builders.", "Femke Voorbeeld", "host"),
    ("We met Joris Exemplaar, alderman for mobility in Acmestad.", "Joris Exemplaar", "alderman"),
    ("The prize went to Moira Example, former principal of Acme High School.", "Moira Example", "former principal"),
    ("Questions go to Lena Muster, financial controller of the agency.", "Lena Muster", "financial controller"),
    ("The panel (Omar Example, panellist) discussed ports.", "Omar Example", "panellist"),
])
def test_english_titles(extract, text, person, role):
    assert (person, role) in {(r.person, r.role) for r in extract(text).roles}


def test_greek_title_with_genitive_organisation(extract):
    r = extract("Την ομάδα υποδέχθηκαν ο Πρόεδρος της Ένωσης κ. Νικόλαος Παράδειγμα και η Διευθύντρια του Ινστιτούτου "
                "Μαρία Δοκιμή.")
    assert {(x.person, x.role) for x in r.roles} == {("Νικόλαος Παράδειγμα", "Πρόεδρος"), ("Μαρία Δοκιμή", "Διευθύντρια")}


@pytest.mark.parametrize("text, person, role", [
    ("Рада\n\n- Ганна Приклад – старший радник, Acme Agency\n", "Ганна Приклад", "старший радник"),
    ("Екип:\n- Мария Примерова – главен експерт, Acme ООД\n", "Мария Примерова", "главен експерт"),
    ("Ομάδα:\n- Νίκος Παράδειγμα – ανώτερος σύμβουλος, Acme Α.Ε.\n", "Νίκος Παράδειγμα", "ανώτερος σύμβουλος"),
])
def test_lower_case_field_words_in_any_script(extract, text, person, role):
    # family "lower-case role" (statement_parts.lower_case_role_field): the field word before a title in any script
    assert (person, role) in {(r.person, r.role) for r in extract(text).roles}


@pytest.mark.parametrize("text, person, role", [
    ("Команда\n\nк.т.н. Ірина Приклад\n\nЕкспертка з якості\n\nКонсультує учасників щодо вимог ЄС.\n",
     "Ірина Приклад", "Експертка з якості"),
    ("Правління\n\nд.е.н., професор Сергій Приклад\n\nЧлен правління\n\nАграрний університет\n",
     "Сергій Приклад", "Член правління"),
    ("Zespół\n\ndr hab. inż., prof. Jan Przykładowy\n\nKierownik laboratorium\n\nJan prowadzi badania od 2020 roku.\n",
     "Jan Przykładowy", "Kierownik laboratorium"),
])
def test_card_name_line_with_degrees(extract, text, person, role):
    # family "card name line with degrees and titles" (statement_lines._card_name_after_titles)
    assert (person, role) in {(r.person, r.role) for r in extract(text).roles}
