"""Roles of Bulgarian, Greek and Hungarian texts by their shape. Bulgarian and Greek (the Greek-script titles of
``[el]``): titles with the definite article, the organisation in the genitive after "на" or "του" (rules
``apposition``, ``the-role-name``, ``role-before-name-language`` and ``role-org-before-name-language`` with the
``[bg]`` titles of role_titles_languages.txt), the name in Cyrillic or Greek script read in Latin letters for its
given name (given_names.stated_name_opens_with_given_name); the role's own words, then the name, with no organisation
between (statement_title_org_name.py, also Slovenian and Croatian). Hungarian: the title right after the name, no
comma (rule ``name-then-title-language``, statement_title_after_name.py). Sentences of our own; exact rows."""
from __future__ import annotations

import pytest


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


GENITIVE = "role:role-org-before-name-language"


@pytest.mark.parametrize("text, expected", [
    # the title with its article, the organisation's noun in lower case, the name
    ("На срещата в Русе изпълнителният директор на сдружението Надежда Колева-Маринова представи новите услуги.",
     {("Надежда Колева-Маринова", "изпълнителният директор на сдружението", None, GENITIVE)}),
    ("Поздравления към участниците отправи заместник-министърът на земеделието и храните Борислав Сотиров.",
     {("Борислав Сотиров", "заместник-министърът на земеделието и храните", None, GENITIVE)}),
    # a company's name in quotation marks after "на"
    ("Управителят на „Балкан Текстил“ ООД Веселин Дочев разказа за първите поръчки от Румъния.",
     {("Веселин Дочев", "Управителят", "„Балкан Текстил“ ООД", GENITIVE)}),
    # a board of the organisation ("съвет", [bodies]) belongs to the role, an engineer's title before the name
    ("Писмото беше подписано от председателя на Управителния съвет на асоциацията инж. Даниела Горанова и изпратено.",
     {("Даниела Горанова", "председателя на Управителния съвет на асоциацията", None, GENITIVE)}),
    ("Досегашният председател на Управителния съвет г-н Веселин Дочев представи отчета за дейността през годината.",
     # (the whole office is one title of role_title_concepts.csv: the title rule reads it, same row)
     {("Веселин Дочев", "председател на Управителния съвет", None, "role:role-before-name-language")}),
    # two people of one sentence, each with a title before the name
    ("На събитието в Пловдив говориха ректорът на университета Огнян Бакалов и кметът на Асеновград Веселин Дочев.",
     {("Огнян Бакалов", "ректорът на университета", None, GENITIVE), ("Веселин Дочев", "кметът", "Асеновград", GENITIVE)}),
])
def test_role_bulgarian_title_before_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Форумът беше открит от Мариана Янева, председател на сдружението, която благодари на партньорите от Гърция.",
     {("Мариана Янева", "председател на сдружението", None, "role:apposition")}),
    ("В проекта участват доц. д-р Пламена Стоева, ректор на Аграрния университет, и Огнян Бакалов, кмет на община Елхово.",
     {("Пламена Стоева", "ректор на Аграрния университет", None, "role:apposition"),
      ("Огнян Бакалов", "кмет на община Елхово", None, "role:apposition")}),
    # an office with its article right before the name
    ("Юлия Станева-Петкова пое поста в началото на 2034 г., а техническият директор Пламен Илиев отговаря за лабораторията.",
     {("Пламен Илиев", "техническият директор", None, "role:role-before-name-language")}),
])
def test_role_bulgarian_title_after_the_name_and_with_its_article(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the role's own words in the genitive, then the name, no organisation (sl, hr)
    ("Na okrogli mizi je sodelovala tudi vodja kadrovske službe Petra Kolenc, ki je predstavila program štipendiranja.",
     {("Petra Kolenc", "vodja kadrovske službe", None, GENITIVE)}),
    ("Razstavo je odprl predsednik upravnega odbora Marjan Pušnik, nato pa so obiskovalci obiskali delavnice.",
     {("Marjan Pušnik", "predsednik upravnega odbora", None, "role:role-before-name-language")}),  # one listed title
    ("Na sastanku je govorio i voditelj razvojnog odjela Hrvoje Matić, koji je predstavio nove proizvode tvrtke.",
     {("Hrvoje Matić", "voditelj razvojnog odjela", None, GENITIVE)}),
])
def test_role_genitive_words_then_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the title right after a family-name-first name, the organisation in brackets after it
    ("A tavaszi közgyűlésen Szabó-Kertész Levente alelnök (Példa Gépgyártó Kft.) számolt be a klaszter pénzügyeiről.",
     {("Szabó-Kertész Levente", "alelnök", "Példa Gépgyártó Kft.", "role:name-then-title-language")}),
    # two names, each with its title, joined by "és"
    ("A horvát partnert Marija Kovačević elnök és Tomislav Babić klasztermenedzser képviselte a pécsi találkozón.",
     {("Marija Kovačević", "elnök", None, "role:name-then-title-language"), ("Tomislav Babić", "klasztermenedzser", None, "role:name-then-title-language")}),
    ("A fórumon Kertész Gabriella polgármester szerint a város új ipari parkja 2036-ra készül el.",
     {("Kertész Gabriella", "polgármester", None, "role:name-then-title-language")}),
    # a compound ending with a listed title ("kórház|igazgató"), after a courtesy title
    ("A díjat Dr. Fazekas-Molnár Tibor kórházigazgató vette át a debreceni ünnepségen.",
     {("Fazekas-Molnár Tibor", "kórházigazgató", None, "role:name-then-title-language")}),
])
def test_role_hungarian_title_after_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


def test_role_hungarian_title_word_in_english_prose_is_no_role(extract):
    # a Hungarian title after a word that is no name
    text = "Jane Doe said the cluster elnök would attend the meeting next spring in Budapest with the other partners."
    assert roles(extract(text)) == set()


@pytest.mark.parametrize("text, expected", [
    # Greek-script titles in the accusative after a name in the accusative, the Greek doctor's title before it; the
    # genitive article "του" joins the office to its organisation (role_org_connectors.txt), a name that closes the
    # apposition (statement_parts.brand_name)
    ("Στη συνάντηση μιλήσαμε με τη Δρ. Σοφία Αλεξίου-Βλάχου, πρόεδρο του Συνδέσμου Επιχειρήσεων Λάρισας, για τις εξαγωγές.",
     {("Σοφία Αλεξίου-Βλάχου", "πρόεδρο", "Συνδέσμου Επιχειρήσεων Λάρισας", "role:apposition")}),
    ("Η συνάντηση έγινε με τον Δημήτρη Σταθόπουλο, αντιπρύτανη του Πανεπιστημίου Πατρών, στο γραφείο του.",
     {("Δημήτρη Σταθόπουλο", "αντιπρύτανη", "Πανεπιστημίου Πατρών", "role:apposition")}),
    # the title right before the name
    ("Στο λιμάνι γνωρίσαμε τον γενικό διευθυντή Νίκο Καλογεράκη και τους συνεργάτες του από την Κρήτη.",
     {("Νίκο Καλογεράκη", "γενικό διευθυντή", None, "role:role-before-name-language")}),
    # "the role of the organisation, Name" with the Greek article and the genitive article as connector
    ("Στην εκδήλωση μίλησε ο πρόεδρος του συνδέσμου, Γιώργος Παπαδάκης, για τα νέα έργα της περιοχής.",
     {("Γιώργος Παπαδάκης", "πρόεδρος", None, "role:the-role-name")}),
    ("Στην εκδήλωση ο πρόεδρος του Συνδέσμου Επιχειρήσεων, Γιώργος Παπαδάκης, μίλησε για τα νέα έργα.",
     {("Γιώργος Παπαδάκης", "πρόεδρος", "Συνδέσμου Επιχειρήσεων", "role:the-role-name+org-after-role")}),
])
def test_role_greek_titles(extract, text, expected):
    assert roles(extract(text)) == expected
