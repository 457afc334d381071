"""The role-title questions of role_title_at.py give what the patterns they replaced gave.

Eight rules used to embed the 100 KB role-title pattern in a pattern of their own, each compiled in every process;
role_title_at.py asks the same questions of the one compiled pattern. Each helper is held here to the pattern it
replaced (built as it was, from the real lexicon), on windows and sentences of many shapes, and to exact answers on a
few of them."""
from __future__ import annotations

import re

import pytest

from pipeline.config import DATA_DIR
from pipeline.data_files import data_sections, phrase_alternation, phrase_trie
from pipeline.extract.lexicon import load_lexicon
from pipeline.extract.org_modifiers import past_role_of
from pipeline.extract.role_title_at import (
    plural_titles,
    title_after_comma,
    title_closes,
    title_closes_line,
    title_then_affiliation_closes,
    title_then_comma_closes,
    word_then_title,
)


@pytest.fixture(scope="module")
def lex():
    return load_lexicon(DATA_DIR)


@pytest.fixture(scope="module")
def old(lex):
    """The replaced patterns, as their modules built them."""
    role = lex.role_title_re.pattern
    words = data_sections(DATA_DIR / "org_name_words.txt").get("of after a role", [])
    of = "of|at|for|in" + ("|" + phrase_alternation(words, space=r"[ \t\n]+") if words else "")
    return {
        "comma_closes": re.compile(r"(?:" + role + r")[ \t]*,[ \t\n]*$", re.I),
        "after_comma": re.compile(r"[ \t]*,[ \t\n]*(?:[A-Z][\w-]*[ \t\n]+){0,2}(?:" + role + r")(?![\w-])", re.I),
        "closes": re.compile(r"(?:" + role + r")$", re.I),
        "line": re.compile(r"(?:" + role + r")[ \t]*$", re.I),
        "affiliation": re.compile(r"(?:" + role + r")(?:[ \t]+[\w'’&-]+){0,3}?(?:[ \t]+at[ \t\n]+(?:the[ \t\n]+)?|[ \t]*,[ \t]*)$", re.I),
        "word_then": re.compile(r"[A-Z]\w+[ \t\n]+(?i:" + role + ")"),
        "role_of": re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){0,3}?(?:" + role + r")(?:[ \t\n]+(?:" + of
                              + r")[ \t\n]+(?:the[ \t\n]+)?|,[ \t\n]+)(?=[A-Z])", re.I),
        "plural": re.compile(r"(?<![\w-])" + phrase_trie(lex.role_titles, r"\s+") + r"s(?![\w-])", re.I),
    }


# windows that end where a name would start (the text before a name)
BEFORE = [
    "Our internationalisation manager, ",
    "said the Head of Unit, ",
    "the Director for",
    "Senior International Projects Manager",
    "Senior International Projects Manager  \t",
    "Jane Doe\nCluster Manager\n",
    "Director at the ",
    "Head of Unit, ",
    "Managing Director of the Board at ",
    "Chief Executive Officer of Nordic Wood at ",
    "project manager and wood expert at ",
    "the new Geschäftsführerin, ",
    "sagte Geschäftsführer ",
    "il-koordinatur tal-proġett, ",
    "our hållbarhetschef, ",
    "the halvledare, ",
    "President,\n",
    "Secretary General at\nthe ",
    "an engineer at a small firm, ",
    "the weather in Graz, ",
    "welcome to the ",
    "Minister for Enterprise, Trade and ",
    "Vice-President of the Region, ",
    "formand for bestyrelsen, ",
    "predsjednik uprave, ",
    "Prof. Dr. ",
    "",
    ",",
    "manager",
    "Managers, ",
]

# texts that follow a name
AFTER = [
    ", Communications Officer at Acme",
    ", Senior Policy Officer",
    ",\nDeputy Head of Unit",
    ", Acme Robotics CEO",
    ", Acme Robotics Ltd, CEO",
    ", the chair",
    " and Jane Roe",
    ", directrice générale",
    ", Geschäftsführer der Acme GmbH",
    ", projektisuunnittelija",
    ", Graz",
    "",
]

# spans that may open with a role title before an organisation's name
SPANS = [
    "CEO of Brno Robotics Hub",
    "Export Manager at Acme Cluster",
    "International Projects Manager at the Nordic Cluster",
    "State Secretary in the Ministry of Economy",
    "Managing Director, Acme Cluster",
    "Geschäftsführer der Acme GmbH",
    "CEO van Acme BV",
    "directora de Acme Sistemas",
    "Head of Unit for Clusters at DG GROW",
    "Senior Project Manager of Wood Cluster",
    "Board Member of Acme",
    "Acme Robotics",
    "President of\nAcme e.V.",
    "ceo of Acme Lda.",
    "Director of Finance of Acme",
    "Cluster Manager, Innovation Norway",
]

PLURAL = [
    "the auditors, Jane Doe and John Roe, were elected",
    "Vice-Presidents: Jane Doe and John Roe",
    "the two cluster managers, Ann Lee and Bo Kim, opened",
    "Jane Doe (Acme) and John Roe (Beta) were elected vice-chairs.",
    "Board members are Jane Doe and John Roe; the board members met twice.",
    "The managers of the managing directors' offices and the project managers met.",
    "Our Deputy Heads of Unit and the heads, the coordinators and the Secretaries General",
    "the process of managers' meetings, businesses and bosses",
    "Managerss and presidentss",
    "nothing here",
]


@pytest.mark.parametrize("text", BEFORE)
def test_window_endings_answer_as_the_patterns_did(lex, old, text):
    r = lex.role_title_re
    assert title_then_comma_closes(text, r) == bool(old["comma_closes"].search(text))
    assert title_closes(text, r) == bool(old["closes"].search(text))
    assert title_closes_line(text, r) == bool(old["line"].search(text))
    assert title_then_affiliation_closes(text, r) == bool(old["affiliation"].search(text))


@pytest.mark.parametrize("text", AFTER)
def test_after_a_name_answers_as_the_pattern_did(lex, old, text):
    assert title_after_comma(text, lex.role_title_re) == bool(old["after_comma"].match(text))


@pytest.mark.parametrize("text", SPANS + [s[2:] for s in AFTER])
def test_word_then_title_and_role_of_answer_as_the_patterns_did(lex, old, text):
    assert word_then_title(text, lex.role_title_re) == bool(old["word_then"].match(text))
    padded = "Read: " + text + " today"
    for start, end in ((6, 6 + len(text)), (6, len(padded))):
        m = old["role_of"].match(padded, start, end)
        assert past_role_of(padded, start, end, lex) == (m.end() if m else None)


@pytest.mark.parametrize("text", PLURAL)
def test_plural_titles_are_what_the_pattern_found(lex, old, text):
    assert plural_titles(text, lex.role_titles) == [(m.start(), m.end()) for m in old["plural"].finditer(text)]


def test_exact_answers(lex):
    r = lex.role_title_re
    assert title_then_comma_closes("Our internationalisation manager, ", r)
    assert not title_then_comma_closes("the weather in Graz, ", r)
    assert title_then_affiliation_closes("project manager and wood expert at ", r)
    assert title_after_comma(", Senior Policy Officer", r)
    assert not title_after_comma(", Graz", r)
    text = "CEO of Brno Robotics Hub"
    assert past_role_of(text, 0, len(text), lex) == len("CEO of ")
    assert past_role_of("Acme Robotics", 0, 13, lex) is None
    text = "the auditors, Jane Doe and John Roe"
    assert plural_titles(text, lex.role_titles) == [(4, 12)]
