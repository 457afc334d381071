"""Every concept of ``data/event_noun_concepts.csv`` (the generic event nouns) has a form in every language of
``data/languages.csv``: the next unseen document in a language the blind sets have not shown yet finds its
general assembly, board meeting, study visit or dinner read like those of the languages they have."""
from __future__ import annotations

from pathlib import Path

from pipeline.data_files import language_gaps
from pipeline.extract.event_nouns import foreign_event_nouns
from pipeline.language_coverage import lexicon

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"
CONCEPTS = ("general_assembly", "annual_general_meeting", "board_meeting", "members_meeting", "committee_meeting",
            "conference", "final_conference", "kick_off_meeting", "review_meeting", "forum", "congress", "seminar",
            "workshop", "webinar", "training", "info_day", "open_day", "round_table", "panel", "fair", "study_visit",
            "company_visit", "business_mission", "b2b_meetings", "networking_event", "dinner", "lunch",
            "award_ceremony", "hackathon", "competition_final", "summer_school", "festival", "reception", "excursion",
            "guided_tour", "social_evening", "tasting", "signing_ceremony", "opening_ceremony")
# concepts of the nouns read before the table existed, kept for the languages they were found in
OLDER = ("session", "days", "week", "presentation")


def test_event_noun_concepts_cover_every_language():
    pairs = lexicon("event_noun_concepts.csv", DATA).pairs(DATA)
    assert {c for c, _ in pairs} == set(CONCEPTS) | set(OLDER)
    assert language_gaps(DATA, [(c, lang) for c, lang in pairs if c in CONCEPTS]) == {}


def test_event_noun_concepts_leave_english_forms_to_the_english_rules():
    forms = {n.form for n in foreign_event_nouns(DATA)}
    assert {"training", "seminar", "forum", "workshop", "panel", "final"}.isdisjoint(forms)
    assert {"styremøte", "assembleias gerais", "vuosikokouksessa", "valnom zhromaždení"} <= forms
