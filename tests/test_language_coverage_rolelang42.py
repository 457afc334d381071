"""Coverage of ``pipeline/data/role_title_concepts.csv``: every role concept in every language of ``languages.csv``,
no form listed a second time in ``role_titles.txt`` or ``role_titles_languages.txt``, all read by the one loader
(:func:`pipeline.extract.lexicon.role_titles_by_language`); and the prefix-tree pattern the titles are compiled into
(:func:`pipeline.data_files.phrase_trie`) matches what the plain alternation matched."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.data_files import data_lines, data_sections, data_table, language_gaps, phrase_alternation, phrase_trie

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data"
CONCEPTS = {"chair", "vice_chair", "board_member", "supervisory_board_member", "honorary_member", "managing_director",
            "director", "cluster_manager", "project_manager", "coordinator", "secretary_general", "secretary", "treasurer",
            "auditor", "communication_officer", "founder", "head_of_unit", "representative", "expert", "researcher",
            "professor", "mayor", "minister", "general_assembly_chair", "rector", "diplomat", "owner", "regional_head",
            "journalist", "engineer", "architect",
            "accountant", "trainer", "interpreter", "moderator"}


def _rows() -> list[dict[str, str]]:
    return data_table(DATA / "role_title_concepts.csv")[1]


def test_role_title_concepts_cover_every_language():
    assert language_gaps(DATA, [(r["concept"], r["language"]) for r in _rows()]) == {}


def test_role_title_concepts_are_the_listed_ones():
    assert {r["concept"] for r in _rows()} == CONCEPTS


def test_role_title_concepts_forms_are_listed_once():
    table = {(r["language"], " ".join(r["form"].lower().split())) for r in _rows()}
    english = {("en", t.lower()) for t in data_lines(DATA / "role_titles.txt")}
    others = {(lang, t.lower()) for section, titles in data_sections(DATA / "role_titles_languages.txt").items()
              for lang in section.split() for t in titles}
    assert table & english == set()
    assert table & others == set()
    assert len(_rows()) == len({(r["concept"], r["language"], r["form"].lower()) for r in _rows()})


def test_role_title_concepts_are_read_by_the_role_pattern():
    from pipeline.extract.lexicon import load_lexicon, role_titles_by_language

    lex = load_lexicon(DATA)
    by_language = role_titles_by_language(DATA)
    for row in _rows()[::37]:  # a spread of rows of every language
        assert row["form"] in by_language[row["language"]]
        assert lex.role_title_re.fullmatch(row["form"]), row


@pytest.mark.parametrize("text", [
    "Jane Doe, Vice-Chair of the Board, and John Roe, Chair, met the Director General and the director.",
    "Predsedom predstavenstva je Ing. Jana Príkladová; riaditeľkou klastra je Eva Vzorová, bývalá riaditeľka.",
    "Ο αντιπρόεδρος και η πρόεδρος του δσ, με τον γενικό διευθυντή, adm. direktør og klyngechefen.",
    "",
    "x" * 300 + " CEO " + "ř" * 50,
])
def test_phrase_trie_matches_as_the_alternation(text):
    phrases = [*data_lines(DATA / "role_titles.txt"), *(r["form"] for r in _rows())]
    trie = re.compile(r"(?<![\w-])" + phrase_trie(phrases, space=r"\s+") + r"(?![\w-])", re.I)
    alternation = re.compile(r"(?<![\w-])(?:" + phrase_alternation(phrases, space=r"\s+") + r")(?![\w-])", re.I)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in alternation.finditer(text)]


def test_phrase_trie_of_nothing_matches_nothing():
    assert re.compile(phrase_trie([])).search("anything") is None
