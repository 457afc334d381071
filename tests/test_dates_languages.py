"""Dates of Central, Eastern and Southern European languages (dates_multilingual.py, dates_language_years.py):
year-first days (Hungarian, Latvian, Lithuanian), inflected month names dateparser lacks (date_month_forms.csv), range
words of those languages (date_range_words.csv) and bare years dated by a word or case ending (date_languages.csv).
Own sentences, exact rows."""
from __future__ import annotations

import pytest


def _rows(result):
    return [(d.text, d.start_date.isoformat(), d.end_date.isoformat(), d.rule) for d in result.dates]


@pytest.mark.parametrize("text, expected", [
    # Hungarian: year first, the day with a case ending or its dot
    ("A klaszter közgyűlése 2031. március 12-én Debrecenben ülésezett, és a tagok új elnököt választottak a "
     "következő három évre.",
     [("2031. március 12-én", "2031-03-12", "2031-03-12", "multilingual:year_first_day:hu")]),
    ("A nemzetközi konferenciát 2032. október 5–7. között rendezik meg Győrben, a tagvállalatok és az egyetemek "
     "részvételével.",
     [("2032. október 5–7.", "2032-10-05", "2032-10-07", "multilingual:year_first_day_range:hu")]),
    ("A közös projekt 2030. szeptember 1-jétől 2031. augusztus 31-ig tart, és a régió kilenc vállalkozása vesz részt "
     "benne a kamarával együtt.",
     [("2030. szeptember 1-jétől 2031. augusztus 31-ig", "2030-09-01", "2031-08-31",
       "multilingual:year_first_cross_month_range:hu")]),
    ("Az új képzési program 2033 februárjában indul a megyei iparkamara és a helyi egyetem közös szervezésében, a "
     "tagok számára ingyenesen.",
     [("2033 februárjában", "2033-02-01", "2033-02-28", "multilingual:year_first_month:hu")]),
    # Latvian: "<year>. gada <day>. <month>", the month in the locative, genitive or dative
    ("Biedrības kopsapulce notiks 2033. gada 14. aprīlī Valmierā, un tajā piedalīsies visi klastera uzņēmumi un "
     "partneri no reģiona.",
     [("2033. gada 14. aprīlī", "2033-04-14", "2033-04-14", "multilingual:year_first_day:lv")]),
    ("Pieteikumus uzņēmumi varēs iesniegt no 2032. gada 2. marta līdz 20. aprīlim, bet lēmumu par atbalstu "
     "pieņems vēlāk.",
     [("2032. gada 2. marta līdz 20. aprīlim", "2032-03-02", "2032-04-20",
       "multilingual:year_first_cross_month_range:lv")]),
    ("Jaunā mācību programma sāksies 2031. gada septembrī, un to finansēs no valsts budžeta un Eiropas fondu "
     "līdzekļiem.",
     [("2031. gada septembrī", "2031-09-01", "2031-09-30", "multilingual:year_first_month:lv")]),
    # Lithuanian: "<year> m. <month> <day> d."
    ("Klasterio narių susitikimas vyks 2033 m. spalio 9 d. Kaune, kartu su universiteto mokslininkais ir kitais "
     "partneriais.",
     [("2033 m. spalio 9 d.", "2033-10-09", "2033-10-09", "multilingual:year_first_day:lt")]),
    ("Paroda vyks 2034 m. gegužės 12–14 d. Vilniuje, o registracija prasidės tada, kai bus paskelbta visa "
     "renginio programa.",
     [("2034 m. gegužės 12–14 d.", "2034-05-12", "2034-05-14", "multilingual:year_first_day_range:lt")]),
    ("Klasterio narių susitikimas vyks nuo 2033 m. spalio 9 iki 11 d. Kaune, kartu su universiteto mokslininkais ir "
     "kitais partneriais.",
     [("2033 m. spalio 9 iki 11 d.", "2033-10-09", "2033-10-11", "multilingual:year_first_day_range:lt")]),
    # Slovenian: the genitive and locative months dateparser lacks; "do" between two days
    ("Skupščina grozda bo 14. marca 2033 v Celju, kjer bodo člani izvolili novo vodstvo in sprejeli letni program "
     "dela.",
     [("14. marca 2033", "2033-03-14", "2033-03-14", "multilingual:day:sl")]),
    ("Sejem bo potekal od 5. do 7. junija 2034 v Ljubljani, kjer se bodo predstavila tudi podjetja iz našega "
     "grozda.",
     [("5. do 7. junija 2034", "2034-06-05", "2034-06-07", "multilingual:day_range:sl")]),
    ("Nova razvojna strategija grozda bo veljala od septembra 2035 in bo zajela vse občine v regiji ter njihova "
     "podjetja.",
     [("septembra 2035", "2035-09-01", "2035-09-30", "multilingual:month:sl")]),
    # Croatian "do" between two days
    ("Sajam se održava od 12. do 15. svibnja 2033. u Zagrebu, a klaster će ondje imati zajednički štand s "
     "partnerima iz regije.",
     [("12. do 15. svibnja 2033", "2033-05-12", "2033-05-15", "multilingual:day_range:hr")]),
    # Croatian "godine" after a year, a season before it (a paragraph the identifier reads as Croatian after it); the
    # season "jeseni" is a year cue of every language since 2026-12-06 (date_year_cues.txt), read first by pattern:year
    ("Klaster je osnovan 2016. godine, a od jeseni 2032. surađuje i s regionalnim sveučilištem na novim razvojnim "
     "projektima.\n\nSajam se održava od 2. do 4. lipnja 2035. u Splitu, a klaster će ondje imati zajednički štand s "
     "tvrtkama iz regije.",
     [("2016", "2016-01-01", "2016-12-31", "multilingual:year:hr"),
      ("2032", "2032-01-01", "2032-12-31", "pattern:year"),
      ("2. do 4. lipnja 2035", "2035-06-02", "2035-06-04", "multilingual:day_range:hr")]),
    # Greek: the accusative month with "του" before the year; "και" between two days
    ("Η γενική συνέλευση του συνδέσμου πραγματοποιήθηκε τον Οκτώβριο του 2034 στη Θεσσαλονίκη με τη συμμετοχή "
     "των μελών.",
     [("Οκτώβριο του 2034", "2034-10-01", "2034-10-31", "multilingual:month:el")]),
    ("Η έκθεση θα γίνει στις 3 και 4 Ιουνίου 2035 στην Πάτρα, με επιχειρήσεις και ερευνητικά κέντρα από όλη "
     "την Ελλάδα.",
     [("3 και 4 Ιουνίου 2035", "2035-06-03", "2035-06-04", "multilingual:day_range:el")]),
    ("Ο σύνδεσμος θα παρουσιάσει το σχέδιο μέχρι το 2037, ενώ η επόμενη έκθεση θα γίνει τον Μάρτιο του 2036 στη "
     "Λάρισα με τα μέλη.",
     [("2037", "2037-01-01", "2037-12-31", "multilingual:year:el"),
      ("Μάρτιο του 2036", "2036-03-01", "2036-03-31", "multilingual:month:el")]),
    # two days joined by the language's "and" that are not consecutive are two dates (date_languages.csv "and")
    ("Sajam se održava od 12. do 15. svibnja 2033. u Zagrebu, a klaster će ondje imati zajednički štand s partnerima "
     "iz regije.\n\nTvrtke se mogu prijaviti do 3. i 4. ožujka, a sljedeći nastup bit će 2. i 9. studenoga 2033. u Beču.",
     [("12. do 15. svibnja 2033", "2033-05-12", "2033-05-15", "multilingual:day_range:hr"),
      ("3. i 4. ožujka", "2033-03-03", "2033-03-04", "multilingual:yearless_day_range:hr"),
      ("2", "2033-11-02", "2033-11-02", "multilingual:day_range:and:hr"),
      ("9. studenoga 2033", "2033-11-09", "2033-11-09", "multilingual:day_range:and:hr")]),
    ("Η έκθεση θα γίνει στις 3 και 10 Ιουνίου 2035 στην Πάτρα, με επιχειρήσεις και ερευνητικά κέντρα από όλη την "
     "Ελλάδα.",
     [("3", "2035-06-03", "2035-06-03", "multilingual:day_range:and:el"),
      ("10 Ιουνίου 2035", "2035-06-10", "2035-06-10", "multilingual:day_range:and:el")]),
    ("Paroda vyks 2034 m. gegužės 12 ir 19 d. Vilniuje, o registracija prasidės tada, kai bus paskelbta visa "
     "renginio programa.",
     [("2034 m. gegužės 12", "2034-05-12", "2034-05-12", "multilingual:year_first_day_range:and:lt"),
      ("19 d.", "2034-05-19", "2034-05-19", "multilingual:year_first_day_range:and:lt")]),
    ("Die Mitgliederversammlung des Netzwerks findet am 3. und 17. Juni 2031 in Kassel statt. Anmeldungen nehmen wir "
     "bis zum 20. Mai 2031 gern entgegen.",
     [("3", "2031-06-03", "2031-06-03", "multilingual:day_range:and:de"),
      ("17. Juni 2031", "2031-06-17", "2031-06-17", "multilingual:day_range:and:de"),
      ("20. Mai 2031", "2031-05-20", "2031-05-20", "multilingual:day:de")]),
    # a programme's year-less day heading over its first clock time: the time on the next line is no year
    ("A feira do mel decorre em Braga de 6 a 7 de maio de 2032, com produtores de toda a região e compradores.\n\n"
     "Quinta-feira, 6 de maio\n10h00 – Abertura\n\nSexta-feira, 7 de maio\n09h30 – Visitas",
     [("6 a 7 de maio de 2032", "2032-05-06", "2032-05-07", "multilingual:day_range:pt"),
      ("6 de maio", "2032-05-06", "2032-05-06", "multilingual:yearless_day:pt"),
      ("7 de maio", "2032-05-07", "2032-05-07", "multilingual:yearless_day:pt")]),
    ("Messa arrangeres i Tromsø 3. og 4. mars 2033, og alle medlemmene i klyngen er velkomne til å delta på begge "
     "dagene.\n\nTorsdag 3. mars\n11.00 Åpning\nFredag 4. mars\n09.00 Bedriftsbesøk",
     [("3. og 4. mars 2033", "2033-03-03", "2033-03-04", "multilingual:day_range:no"),
      ("3. mars", "2033-03-03", "2033-03-03", "multilingual:yearless_day:no"),
      ("4. mars", "2033-03-04", "2033-03-04", "multilingual:yearless_day:no")]),
    ("Les rencontres ont lieu à Nantes les 9 et 10 juin 2031 et réunissent les entreprises de la filière navale.\n\n"
     "Lundi 9 juin\n14h00 Ateliers\nMardi 10 juin\n9h30 Visites",
     [("9 et 10 juin 2031", "2031-06-09", "2031-06-10", "multilingual:day_range:fr"),
      ("9 juin", "2031-06-09", "2031-06-09", "multilingual:yearless_day:fr"),
      ("10 juin", "2031-06-10", "2031-06-10", "multilingual:yearless_day:fr")]),
])
def test_dates_of_other_languages(extract, text, expected):
    result = extract(text)
    assert _rows(result) == expected
    assert all(result.text[d.start:d.end] == d.text for d in result.dates)


@pytest.mark.parametrize("text, expected", [
    # Hungarian case endings and postpositions after the year; amounts are no years
    ("Az egyesület 2015-ben alakult, 2020 óta országos akkreditációval rendelkezik, és a tagjai 2 400 főt "
     "foglalkoztatnak.",
     [("2015", "2015-01-01", "2015-12-31", "multilingual:year:hu"),
      ("2020", "2020-01-01", "2020-12-31", "multilingual:year:hu")]),
    ("Az előkészítés 2032 őszén kezdődött, a közös honlapot pedig 2034-től a két szervezet együtt működteti a "
     "tagok számára.",
     [("2032", "2032-01-01", "2032-12-31", "multilingual:year:hu"),
      ("2034", "2034-01-01", "2034-12-31", "multilingual:year:hu")]),
    ("A tagvállalatok árbevétele tavaly meghaladta a 2030 millió forintot, és a klaszter 1 900 főt foglalkoztat "
     "a megyében.",
     []),
    ("Asociacija veikia nuo 2019 m., o iki 2030 metų ji planuoja padvigubinti narių skaičių ir eksportą į kitas "
     "šalis.",
     [("2019", "2019-01-01", "2019-12-31", "multilingual:year:lt"),
      ("2030", "2030-01-01", "2030-12-31", "multilingual:year:lt")]),
    ("Ο σύνδεσμος συμμετείχε στην έκθεση το 2031 και το 2033, μαζί με επιχειρήσεις και ερευνητικά κέντρα από όλη "
     "την Ελλάδα.",
     [("2031", "2031-01-01", "2031-12-31", "multilingual:year:el"),
      ("2033", "2033-01-01", "2033-12-31", "multilingual:year:el")]),
    # Latvian "gadā", "gada beigām"
    ("Klasteris tika dibināts 2019. gadā, un līdz 2030. gada beigām tas plāno dubultot biedru skaitu un eksporta "
     "apjomu.",
     [("2019", "2019-01-01", "2019-12-31", "multilingual:year:lv"),
      ("2030", "2030-01-01", "2030-12-31", "multilingual:year:lv")]),
    # Lithuanian "m."
    ("Asociacija įkurta 2018 m. ir šiuo metu vienija daugiau nei trisdešimt įmonių iš viso regiono bei kelis "
     "universitetus.",
     [("2018", "2018-01-01", "2018-12-31", "multilingual:year:lt")]),
    # Slovenian "leta", "v letih" and the list after it (the last year after "in", also English's cue)
    ("Forum bo od leta 2034 vsako drugo leto, prejšnja srečanja pa so bila v letih 2026, 2028 in 2030 v Mariboru "
     "in Kranju.",
     [("2034", "2034-01-01", "2034-12-31", "multilingual:year:sl"),
      ("2026", "2026-01-01", "2026-12-31", "multilingual:year:sl"),
      ("2028", "2028-01-01", "2028-12-31", "multilingual:year:sl"),
      ("2030", "2030-01-01", "2030-12-31", "pattern:year")]),
    # Greek "το" before the year
    ("Ο σύνδεσμος ιδρύθηκε το 2029 και έχει σήμερα σαράντα μέλη από όλη την περιφέρεια της Κεντρικής "
     "Μακεδονίας.",
     [("2029", "2029-01-01", "2029-12-31", "multilingual:year:el")]),
])
def test_bare_years_of_other_languages(extract, text, expected):
    assert _rows(extract(text)) == expected
