"""Rules "script-name" and "family-name-first" (people_name_orders.py): people in Greek and Cyrillic script, read
through a transliteration against the given names, and Hungarian names written family name first. Our own sentences,
through the real segment, spaCy and extract stages; each test expects the exact people rows."""
from __future__ import annotations

import pytest


def _people(result) -> list[tuple[str, str]]:
    """Every person the document names, with the rule of its first mention."""
    first: dict[str, str] = {}
    for p in sorted(result.people, key=lambda m: m.start):
        first.setdefault(p.name, p.rule)
    return sorted(first.items())


GREEK = [
    # nominative, a hyphenated family name (after the doctor's title "Δρ.", person_titles.txt, the rule "title"
    # reads it first; with none, the script rule)
    ("Η Δρ. Σοφία Αλεξίου-Βλάχου, διευθύντρια του συνεταιρισμού, παρουσίασε τα αποτελέσματα της χρονιάς στους "
     "εκπροσώπους των μελών στη Λάρισα. Η συνάντηση κράτησε τρεις ώρες και ακολούθησε συζήτηση για τις εξαγωγές.",
     [("Σοφία Αλεξίου-Βλάχου", "title")]),
    ("Η Σοφία Αλεξίου-Βλάχου παρουσίασε τα αποτελέσματα της χρονιάς στους εκπροσώπους των μελών στη Λάρισα. Η "
     "συνάντηση κράτησε τρεις ώρες και ακολούθησε συζήτηση για τις εξαγωγές.",
     [("Σοφία Αλεξίου-Βλάχου", "script-name:greek")]),
    # the genitive of a byline ("Νίκου" of "Νίκος")
    ("Κείμενο του Νίκου Παπαθανασίου για την εφημερίδα της περιοχής. Οι επιχειρήσεις του κλάδου ζητούν "
     "περισσότερη στήριξη για την κατάρτιση των εργαζομένων και για νέες επενδύσεις.",
     [("Νίκου Παπαθανασίου", "script-name:greek")]),
    # an accusative across a line break ("Δημήτρη" of "Δημήτρης")
    ("Συναντήσαμε τον Δημήτρη\nΚαλογεράκη στο γραφείο του συνδέσμου στο Ηράκλειο, όπου μας μίλησε για τα "
     "σχέδια της νέας χρονιάς και για τη συνεργασία με τα πανεπιστήμια της Κρήτης.",
     [("Δημήτρη Καλογεράκη", "script-name:greek")]),
]


@pytest.mark.parametrize("text,expected", GREEK)
def test_greek_names_are_read_in_their_cases(extract, text, expected):
    assert _people(extract(text)) == expected


def test_greek_municipality_is_no_person(extract):
    text = ("Η εκδήλωση έγινε στο κτίριο του Δήμου Καβάλας με πολλούς επισκέπτες από όλη την περιοχή. Οι "
            "συμμετέχοντες συζήτησαν για την ενέργεια, τις μεταφορές και τις νέες θέσεις εργασίας.")
    assert _people(extract(text)) == []


CYRILLIC = [
    ("Иван Стоянов, управител на клъстера, откри срещата в Пловдив пред членовете на сдружението. "
     "Той представи плана за следващата година и новите услуги за малките фирми.",
     [("Иван Стоянов", "script-name:cyrillic")]),
    ("Новия проект на асоциацията представи Мария Петрова пред журналисти в София. Проектът ще продължи "
     "три години и ще обхване над четиридесет предприятия от региона.",
     [("Мария Петрова", "script-name:cyrillic")]),
    ("Срещата беше открита от Христо Димитров, председател на управителния съвет, който благодари на "
     "партньорите от Румъния и Гърция за подкрепата през последните години.",
     [("Христо Димитров", "script-name:cyrillic")]),
]


@pytest.mark.parametrize("text,expected", CYRILLIC)
def test_cyrillic_names_are_read(extract, text, expected):
    assert _people(extract(text)) == expected


HUNGARIAN = [
    # after a comma, hyphenated family name
    ("A klaszter elnöke, Kertész-Varga Ildikó bemutatta az új stratégiát a tagoknak Győrben. A tagok egyhangúlag "
     "elfogadták a tervet, amely a következő három évre szól.",
     [("Kertész-Varga Ildikó", "family-name-first:hu")]),
    # a byline: a line start, a separator after the name
    ("Szerző: Pintér Gábor | Olvasási idő: 3 perc\n\nA régió élelmiszeripari vállalkozásai közös képzési programot "
     "indítanak, amelyet a megyei kamara is támogat.",
     [("Pintér Gábor", "family-name-first:hu")]),
    # a list entry after a courtesy title and emphasis marks
    ("Az új elnökség tagjai:\n- **dr. Pásztor Bence**, egyetemi docens\n- **Sárközi Réka**, ügyvezető igazgató\n"
     "Az elnökség megbízatása négy évre szól, és a közgyűlés választotta meg.",
     [("Pásztor Bence", "family-name-first:hu"), ("Sárközi Réka", "family-name-first:hu")]),
]


@pytest.mark.parametrize("text,expected", HUNGARIAN)
def test_hungarian_family_name_first(extract, text, expected):
    assert _people(extract(text)) == expected


def test_hungarian_sentence_opener_before_a_given_name_is_no_family_name(extract):
    text = ("Tavaly Péter is részt vett a találkozón a tagokkal együtt. A rendezvényen több mint száz vállalkozás "
            "képviselője jelent meg, és a szervezők elégedettek voltak.")
    assert _people(extract(text)) == []


def test_english_text_keeps_given_name_first(extract):
    text = "Dear Anna, thank you for the report. Director Anna Lindqvist will present it at the cluster meeting in Malmö."
    people = extract(text).people
    assert sorted({p.name for p in people}) == ["Anna Lindqvist"]
    assert not [p for p in people if p.rule.startswith(("script-name", "family-name-first"))]


def test_greek_name_on_a_bilingual_page_is_the_latin_named_person(extract):
    text = ("Ο πρόεδρος του δικτύου, κ. Σπυρίδων Αναστασίου, καλωσόρισε τους συμμετέχοντες στην Καλαμάτα και "
            "παρουσίασε το πρόγραμμα της ημέρας για τις επιχειρήσεις του κλάδου.\n\n"
            "The network's president, Spyridon Anastasiou, welcomed the participants in Kalamata and presented the "
            "programme of the day for the companies of the sector.")
    people = extract(text).people
    assert sorted({p.name for p in people}) == ["Spyridon Anastasiou"]
    assert [p.text for p in people if p.rule == "script-name:greek"] == ["Σπυρίδων Αναστασίου"]
