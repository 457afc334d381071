"""Rule "pattern:partnership": a firm named after its partners, "<Surname> & <Surname>" ("Huber & Steiner",
"Ó Dálaigh & Keane Chartered Accountants", "Kaya & Van Dijk Advocaten"), "<Surname> & Partners" ("Smits &
Partners", "Rainer & Söhne", "Horak & syn, s.r.o."), as law, audit, architecture and consulting practices and
family firms are written. Such a name has no organisation word; the ampersand between two surnames is what
makes it a firm (family "ampersand inside a name", :data:`pipeline.extract.org_context.NAMES_AND`).

Taken: the word before "&" is a capitalised word that is no everyday word, place, organisation word or acronym
(after up to two name particles: "Ó", "Van"), and the word after it is a partner word of
``data/org_partnership_words.txt`` or such a word again (after its particles: "Van Dijk"); the name goes on over
the profession words of that file ("Chartered Accountants", "Advocaten") and a legal form ("BV", ", s.r.o.").
Two bare surnames need a cue word of that file before them ("the architects Huber & Steiner", "the auditors,
Nolan & Burke"): without a partner word, a profession word, a legal form or a cue, "Wood & Furniture",
"Space & Defence" are sectors. Not taken: two words inside a longer capitalised name ("Baltic Maritime & Islands Cluster": the name's own rules
read it), two given names ("Anna & Jan"), two places ("Norrbotten & Västerbotten"), fields and headings
("Research & Innovation", "News & Events": everyday words). Places are the analyst's listed cities and
the countries and ISO subdivisions (a surname may be some small town's name in GeoNames: "Burke").
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.data_files import data_sections
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.org_context import OrgDoc, generic
from pipeline.extract.org_spans import add
from pipeline.extract.shapes import Span, is_acronym
from pipeline.extract.world import subdivision_names

_AMPERSAND = re.compile(r"[ \t]+&[ \t]+")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)$")
_WORD_AFTER = re.compile(r"[ \t]*,?[ \t]*([^\W\d_][\w'’.-]*)")
_CAP_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]*)[ \t]+$")
_CAP_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ0-9]")
_CUE_BEFORE = re.compile(r"(?<![\w-])([a-z]+)[ \t]*,?[ \t]+$")


@lru_cache(maxsize=4)
def partnership_words(data_dir: Path | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(partner words, profession words, cue words) of ``data/org_partnership_words.txt``, as written."""
    sections = data_sections(data_dir / "org_partnership_words.txt") if data_dir else {}
    return tuple(frozenset(sections.get(k, [])) for k in ("partner words", "profession words", "cue words"))  # type: ignore[return-value]


def _surname(ctx: OrgDoc, word: str) -> bool:
    """A capitalised word that may be a surname: no everyday word, place, organisation word or acronym."""
    lex = ctx.lex
    k = key(word)
    return (word[:1].isupper() and len(word) >= 2 and not is_acronym(word) and not generic(ctx, word)
            and word not in lex.org_suffixes and k not in lex.listed_cities and k not in lex.countries
            and word not in subdivision_names() and k not in lex.not_org_names)


def _particle(lex: Lexicon, word: str) -> bool:
    return word.lower() in lex.name_particles or word in ("Ó", "O'", "Mac", "Mc")


def from_partnerships(ctx: OrgDoc) -> None:
    """Rule ``"pattern:partnership"`` (module docstring): one candidate per "<Surname> & <Surname or partner word>"."""
    t, lex = ctx.text, ctx.lex
    partners, professions, cues = partnership_words(lex.data_dir)
    for amp in _AMPERSAND.finditer(t):
        left = _WORD_BEFORE.search(t, max(0, amp.start() - 40), amp.start())
        if not left or not _surname(ctx, left.group(1)):
            continue
        start = left.start(1)
        for _ in range(2):  # "Ó Dálaigh", "Van Acker": particles before the surname
            prev = re.search(r"([^\W\d_][\w'’]*)[ \t]+$", t[max(0, start - 12):start])
            if not prev or not _particle(lex, prev.group(1)):
                break
            start -= len(prev.group())
        words = list(_words_after(t, amp.end()))
        if not words:
            continue
        i = 0
        while i < len(words) - 1 and _particle(lex, words[i].group(1)) and words[i].group(1) not in partners:
            i += 1  # "Van Dijk"
        right = words[i].group(1).rstrip(".") if words[i].group(1) not in partners else words[i].group(1)
        if right not in partners and not (_surname(ctx, right) or right in professions):
            continue
        end = words[i].start(1) + len(right)
        for w in words[i + 1:]:  # "Chartered Accountants", "Advocaten"
            if w.group(1).rstrip(".,") not in professions or "," in t[end:w.start(1)]:
                break
            end = w.start(1) + len(w.group(1).rstrip(".,"))
        form = lex.legal_forms.match(t, end)
        if form:  # "Peeters & Partners BV", "Horak & syn, s.r.o."
            end = form.end()
        cue = _CUE_BEFORE.search(t, max(0, start - 30), start)
        if right not in partners and end == words[i].start(1) + len(right) and right not in professions \
                and not (cue and cue.group(1) in cues):
            continue  # "Anna & Jan", "Wood & Furniture": no partner word, profession word, legal form or cue says a firm
        before = _CAP_BEFORE.search(t, max(0, start - 40), start)
        if (before and before.group(1).lower() not in STOP_WORDS) or (not form and _CAP_AFTER.match(t, end)):
            continue  # "Baltic Maritime & Islands Cluster": two words inside a longer name (other rules read it)
        add(ctx, Span(start, end), "pattern:partnership", 2)


def _words_after(text: str, pos: int, limit: int = 4):
    """The next few words on the line from ``pos``, each a match whose group 1 is the word."""
    for n in range(limit):
        m = _WORD_AFTER.match(text, pos)
        if not m or (n == 0 and m.start(1) != pos):
            return
        yield m
        pos = m.end()
