"""Earlier editions of a series recounted in a sentence of its history (``pattern:event_series_history``): the
sentence's cue ("first held", "started", "has since been held", "since then"), an event noun before the first
place and year, each "<Place> (<year>)", "in <Place> in <year>", "<year> in <Place>" an edition. Pages of our own
wording."""
from __future__ import annotations

import datetime as dt

D = dt.date


def _history(result) -> set[tuple]:
    return {(e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events if e.rule == "pattern:event_series_history"}


def test_first_held_then_in_years_and_places_named_after_the_page_event(extract):
    text = ("Baltic Ferry Logistics Summit 2031\n\n"
            "The Baltic Ferry Logistics Summit 2031 takes place in Gdańsk on 4–5 June 2031.\n\n"
            "The summit was first held in 2028 in Rostock (150 participants), then in 2029 in Klaipėda "
            "and in 2030 in Tallinn, where 310 people came.\n")
    assert _history(extract(text)) == {
        ("Baltic Ferry Logistics Summit 2028", D(2028, 1, 1), D(2028, 12, 31), "Rostock", "pattern:event_series_history"),
        ("Baltic Ferry Logistics Summit 2029", D(2029, 1, 1), D(2029, 12, 31), "Klaipėda", "pattern:event_series_history"),
        ("Baltic Ferry Logistics Summit 2030", D(2030, 1, 1), D(2030, 12, 31), "Tallinn", "pattern:event_series_history")}


def test_started_and_since_held_with_places_in_brackets(extract):
    text = ("Call for papers: Danube Wine Tourism Forum 2033\n\n"
            "Proposals for the Danube Wine Tourism Forum 2033 (Novi Sad, 9 May 2033) are welcome until 1 March.\n\n"
            "About the forum\n\n"
            "The forum started in 2030 in Vukovar and has since been held in Osijek (2031) and Szeged (2032).\n")
    assert {r[:3] + r[4:] for r in _history(extract(text))} == {
        ("Danube Wine Tourism Forum 2030", D(2030, 1, 1), D(2030, 12, 31), "pattern:event_series_history"),
        ("Danube Wine Tourism Forum 2031", D(2031, 1, 1), D(2031, 12, 31), "pattern:event_series_history"),
        ("Danube Wine Tourism Forum 2032", D(2032, 1, 1), D(2032, 12, 31), "pattern:event_series_history")}


def test_the_series_named_in_the_sentence_and_a_since_then_sentence(extract):
    text = ("Annual report 2030 of the Silesian Glass Cluster\n\n"
            "The cluster grew to 84 members in 2030.\n\n"
            "The Silesian Glass Days started in 2026 as an online meeting; the first edition on site was held in "
            "Katowice in 2027. Since then, the event has moved around the region: Gliwice (2028) and Opole (2029).\n")
    assert {r[:1] + r[3:] for r in _history(extract(text))} == {
        ("Silesian Glass Days 2027", "Katowice", "pattern:event_series_history"),
        ("Silesian Glass Days 2028", "Gliwice", "pattern:event_series_history"),
        ("Silesian Glass Days 2029", "Opole", "pattern:event_series_history")}


def test_a_history_without_an_event_or_a_place_names_no_edition(extract):
    text = ("Tyrol Alpine Materials Cluster – who we are\n\n"
            "The cluster was launched in 2019 in Innsbruck by eleven companies. "
            "Our members have since been held up as examples. The cluster started in 2020 in March a mentoring scheme.\n\n"
            "The Alpine Materials Forum started in 2021 with 40 participants.\n")
    assert _history(extract(text)) == set()



def test_a_sentence_about_the_coming_edition_names_no_earlier_one(extract):
    # the history is only a clause: the sentence says where the coming edition takes place
    for text in ("The Adriatic Boat Forum, first held in Split in 2029, will take place in Rijeka this autumn.",
                 "The Moselle Wine Days, which started in Trier in 2027, returns to Bernkastel in May.",
                 "First organised in Tartu in 2030, the Nordic Food Summit will be held in Pärnu next June."):
        assert _history(extract(text)) == set()


def test_earlier_editions_recounted_in_other_languages(extract):
    # the cue phrases of event_history_cues.txt in the other languages, and an edition or event noun of any language
    pt = ("Jornadas do Vinho Verde 2040\n\n"
          "As Jornadas do Vinho Verde decorrem a 12 de maio de 2040 em Barcelos. "
          "As edições anteriores realizaram-se em Braga (2037), Guimarães (2038) e Chaves (2039).\n")
    assert {r[:2] + r[3:] for r in _history(extract(pt))} == {
        ("Jornadas do Vinho Verde 2037", D(2037, 1, 1), "Braga", "pattern:event_series_history"),
        ("Jornadas do Vinho Verde 2038", D(2038, 1, 1), "Guimarães", "pattern:event_series_history"),
        ("Jornadas do Vinho Verde 2039", D(2039, 1, 1), "Chaves", "pattern:event_series_history")}
    sv = ("Klusterdagen 2041\n\n"
          "Klusterdagen hålls den 14 oktober 2041 i Kalmar. Det är den femte upplagan; tidigare klusterdagar har "
          "hållits i Växjö (2038), Jönköping (2039) och Karlskrona (2040).\n")
    assert {r[:1] + r[3:] for r in _history(extract(sv))} == {
        ("Klusterdagen 2038", "Växjö", "pattern:event_series_history"),
        ("Klusterdagen 2039", "Jönköping", "pattern:event_series_history"),
        ("Klusterdagen 2040", "Karlskrona", "pattern:event_series_history")}
    de = ("Fachtag Holzbau Hessen 2036\n\n"
          "Der Fachtag Holzbau Hessen findet am 3. März 2036 in Marburg statt. Die bisherigen Ausgaben fanden in "
          "Kassel (2034) und Fulda (2035) statt.\n")
    assert {r[:1] + r[3:] for r in _history(extract(de))} == {
        ("Fachtag Holzbau Hessen 2034", "Kassel", "pattern:event_series_history"),
        ("Fachtag Holzbau Hessen 2035", "Fulda", "pattern:event_series_history")}


def test_an_earlier_cue_in_another_language_without_an_event_names_no_edition(extract):
    # "tidigare" before places and years, but no event or edition noun: a company's history, no series
    text = ("Nytt medlemsföretag\n\n"
            "Företaget har tidigare haft kontor i Umeå (2031) och Luleå (2033) men flyttar nu till Skellefteå.\n")
    assert _history(extract(text)) == set()


def test_another_series_history_in_a_newsletter_item_names_no_edition_of_the_page_event(extract):
    # the page is about a webinar; an item of its own block tells the history of another series: no edition of the
    # webinar, and none named after it
    text = ("Webinar Nuove regole per gli imballaggi 2036\n\n"
            "Il webinar Nuove regole per gli imballaggi si terrà il 4 marzo 2036 online.\n\n"
            "Dalle imprese associate\n\n"
            "Le edizioni precedenti della Giornata del legno si sono svolte a Cosenza (2033) e a Crotone (2034).\n")
    assert _history(extract(text)) == set()
