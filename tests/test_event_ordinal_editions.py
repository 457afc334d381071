"""A series' editions by their ordinal: headings "<ordinal> <edition noun> – <date>" on the series' page
(``pattern:event_ordinal_heading``) and numbered editions listed with their year and place ("5. Fachtag 2030 (Hof)",
``pattern:event_numbered_foreign``). Pages of our own."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize("name, rule, text, expected", [
    ("dny.md", "pattern:event_ordinal_heading",
     "# Dřevařské dny Jihlava – přehled ročníků\n\nDřevařské dny Jihlava jsou setkání zpracovatelů dřeva z Vysočiny a "
     "jejich partnerů, každý rok s jiným hlavním tématem a exkurzí.\n\n"
     "## V. ročník – 8.–9. října 2031 (připravujeme)\n\n- **Místo:** Jihlava, Hotel Gustav Mahler\n\n"
     "## IV. ročník – 10.–11. října 2030\n\nDvě stě účastníků, dvacet přednášek.\n\n"
     "## III. ročník – 2029\n\nKvůli rekonstrukci sálu se konal v Třebíči, 4.–5. října 2029.\n",
     [("V. ročník Dřevařské dny Jihlava 2031", dt.date(2031, 10, 8), dt.date(2031, 10, 9)),
      ("IV. ročník Dřevařské dny Jihlava 2030", dt.date(2030, 10, 10), dt.date(2030, 10, 11)),
      ("III. ročník Dřevařské dny Jihlava 2029", dt.date(2029, 10, 4), dt.date(2029, 10, 5))]),
    ("salone.md", "pattern:event_ordinal_heading",
     "# Salone del Legno Alpino: le edizioni\n\nIl Salone del Legno Alpino riunisce ogni anno segherie, carpentieri e "
     "progettisti delle valli alpine per due giornate di incontri e dimostrazioni.\n\n"
     "## XII edizione – 15 ottobre 2032\n\nBelluno, padiglione nord.\n\n"
     "## XI edizione – 17 ottobre 2031\n\nFeltre, centro congressi.\n",
     [("XII edizione Salone del Legno Alpino 2032", dt.date(2032, 10, 15), dt.date(2032, 10, 15)),
      ("XI edizione Salone del Legno Alpino 2031", dt.date(2031, 10, 17), dt.date(2031, 10, 17))]),
    ("rencontres.md", "pattern:event_ordinal_heading",
     "# Rencontres du Bois Breton : les éditions\n\nLes rencontres réunissent chaque année les scieries, les charpentiers "
     "et les architectes de la région autour d'un thème.\n\n"
     "## 5e édition – 12 mai 2034\n\nÀ Rennes, au couvent des Jacobins.\n\n"
     "## 4e édition – 9 mai 2033\n\nÀ Brest.\n",
     [("5e édition Rencontres du Bois Breton 2034", dt.date(2034, 5, 12), dt.date(2034, 5, 12)),
      ("4e édition Rencontres du Bois Breton 2033", dt.date(2033, 5, 9), dt.date(2033, 5, 9))]),
])
def test_ordinal_edition_headings(extract_file, name, rule, text, expected):
    events = extract_file(name, text).events
    assert [(e.name, e.start_date, e.end_date) for e in events if e.rule == rule] == expected


@pytest.mark.parametrize("name, text", [
    # one such heading alone is no list of editions
    ("one.md", "# Harbour Robotics Days\n\nThe days bring port operators and robot makers together.\n\n"
               "## 3rd edition – 12 May 2034\n\nHeld in Gdynia.\n"),
    # a page whose title names no series (a date in it): the headings say nothing of which series
    ("report.md", "# Report 2034\n\nThe report covers the year of the cluster.\n\n"
                  "## 3rd edition – 12 May 2034\n\nHeld in Gdynia.\n\n## 2nd edition – 9 May 2033\n\nHeld in Gdańsk.\n"),
])
def test_ordinal_edition_headings_not_events(extract_file, name, text):
    assert [e for e in extract_file(name, text).events if e.rule == "pattern:event_ordinal_heading"] == []


@pytest.mark.parametrize("text, expected", [
    ("Der Fachtag findet jedes Jahr im Frühjahr statt und bringt Betriebe und Hochschulen der Region zusammen.\n\n"
     "Frühere Fachtage: 5. Fachtag 2030 (Hof), 4. Fachtag 2029 (Bayreuth), 3. Fachtag 2028.\n",
     [("5. Fachtag 2030", dt.date(2030, 1, 1), "Hof"), ("4. Fachtag 2029", dt.date(2029, 1, 1), "Bayreuth"),
      ("3. Fachtag 2028", dt.date(2028, 1, 1), None)]),
    ("Das Kongressprogramm wird im Herbst veröffentlicht, die Anmeldung beginnt im Jänner.\n\n"
     "Bisherige Kongresse:\n- 2. Fachkongress 2031 (Linz)\n- 1. Fachkongress 2030 (Graz)\n",
     [("2. Fachkongress 2031", dt.date(2031, 1, 1), "Linz"), ("1. Fachkongress 2030", dt.date(2030, 1, 1), "Graz")]),
])
def test_numbered_editions_listed_with_year(extract, text, expected):
    events = extract(text).events
    assert [(e.name, e.start_date, e.city) for e in events if e.rule == "pattern:event_numbered_foreign"] == expected
