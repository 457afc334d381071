"""Where a role title stands, asked of the one compiled title pattern (``Lexicon.role_title_re``).

The role-title pattern is a prefix tree of some 100 KB (every title of ``role_title_concepts.csv``,
``role_titles.txt`` and ``role_titles_languages.txt`` in every form). Eight rules used to embed it in a pattern of
their own ("a title, a comma and the line's end", "up to three capitalised words, a title and "of"", "a title in the
plural"), and ``re`` compiled each copy in every process: 3.7 of a one-document run's 13 s. These helpers ask the same
questions of the one compiled pattern, at the few places where a title can start or end, with the same answers: a
title that ends at a place is a full match of the title pattern between a word start and that place
(:func:`title_ends_at`); the titles that start at a place are tried longest first, as the prefix tree and ``re``'s
backtracking try them (:func:`title_ends_from`).

A step of its own, so it is tested as one: ``tests/test_role_title_at.py`` holds each helper to the pattern it
replaced, on sentences of many shapes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# where the title pattern may open: a word start, or a word after a hyphen (a Maltese article, "il-koordinatur");
# the pattern's own look-behind decides
_STARTS = re.compile(r"(?<![\w-])(?=\w)|(?<=-)(?=\w)")
_PLAIN_STARTS = re.compile(r"(?<![\w-])(?=\w)")
_WORD_CHAR = re.compile(r"[\w-]")
# a plural "s" closing a word: where a title in the plural may end
_PLURAL_S = re.compile(r"(?<=\w)s(?![\w-])", re.I)
_LAST_TOKEN = re.compile(r"\S+$")
# "<title>, " at a window's end; " at (the) " or ", " at a window's end (the affiliation of a role title)
_COMMA_END = re.compile(r"[ \t]*,[ \t\n]*$")
_AFFILIATION_TAILS = (re.compile(r"[ \t]+at[ \t\n]+(?:the[ \t\n]+)?$", re.I), re.compile(r"[ \t]*,[ \t]*$"))
_WORD_BEFORE = re.compile(r"[ \t]+[\w'’&-]+$")
# after a name: a comma, up to two capitalised words ("X, Senior Communications Officer"); the words under re.I as
# the pattern they come from was compiled
_COMMA_AFTER = re.compile(r"[ \t]*,[ \t\n]*")
_QUALIFIER_WORD = re.compile(r"[A-Z][\w-]*[ \t\n]+", re.I)
_CAP_WORD_THEN_SPACE = re.compile(r"[A-Z]\w+[ \t\n]+")
_QUALIFIER_BEFORE_OF = re.compile(r"[A-Z][\w'’-]*[ \t]+", re.I)


def _ends_of(text: str) -> tuple[int, ...]:
    """Where ``$`` matches in ``text``."""
    n = len(text)
    return (n, n - 1) if text.endswith("\n") else (n,)  # the string's end, or just before a newline that ends it


def title_ends_at(text: str, end: int, title_re: re.Pattern[str], *, starts: re.Pattern[str] = _STARTS) -> int | None:
    """The first (leftmost) place where a role title starts that ends exactly at ``end`` of ``text``, or None: what
    ``re.search("(?:<title>)$", text[:end])`` finds. The title's closing look-ahead sees the string's end there, as it
    did in a pattern that ended with ``$``."""
    for m in starts.finditer(text, 0, end):
        if title_re.fullmatch(text, m.start(), end):
            return m.start()
    return None


def title_closes(text: str, title_re: re.Pattern[str]) -> bool:
    """``re.search("(?:<title>)$", text)``: a role title closes the text ("… the Director for")."""
    return any(title_ends_at(text, e, title_re) is not None for e in _ends_of(text))


def title_closes_line(text: str, title_re: re.Pattern[str]) -> bool:
    """``re.search("(?:<title>)[ \\t]*$", text)``: a role title closes the text, spaces after it aside ("Jane Doe\\n
    Senior Projects Manager")."""
    return any(title_ends_at(text, len(text[:e].rstrip(" \t")), title_re) is not None for e in _ends_of(text))


def title_then_comma_closes(text: str, title_re: re.Pattern[str]) -> bool:
    """``re.search("(?:<title>)[ \\t]*,[ \\t\\n]*$", text)``: the text ends with a role title and a comma ("our
    internationalisation manager, ")."""
    m = _COMMA_END.search(text)
    return bool(m) and title_ends_at(text, m.start(), title_re) is not None


def title_then_affiliation_closes(text: str, title_re: re.Pattern[str]) -> bool:
    """``re.search("(?:<title>)(?:[ \\t]+[\\w'’&-]+){0,3}?(?:[ \\t]+at[ \\t\\n]+(?:the[ \\t\\n]+)?|[ \\t]*,[ \\t]*)$",
    text, re.I)``: a role title, up to three more words, then "at (the)" or a comma close the text ("Director at
    the ", "Head of Unit, ")."""
    for tail in _AFFILIATION_TAILS:
        m = tail.search(text)
        if not m:
            continue
        end = m.start()
        for _ in range(4):  # the title right before the tail, or up to three words between
            if title_ends_at(text, end, title_re) is not None:
                return True
            word = _WORD_BEFORE.search(text, 0, end)
            if not word:
                break
            end = word.start()
    return False


def title_ends_from(text: str, start: int, title_re: re.Pattern[str], endpos: int | None = None) -> Iterator[int]:
    """The ends of the role titles that start at ``start``, longest first: the order in which a pattern that embeds
    the title pattern tries them when what follows fails. ``endpos`` bounds the text as ``Pattern.match`` does."""
    stop = len(text) if endpos is None else endpos
    limit = stop
    while limit > start:
        m = title_re.match(text, start, limit)
        if not m or m.end() <= start:
            return
        end = m.end()
        # bounded at ``limit``, the title's closing look-ahead saw the string's end: the real next character decides
        if end == stop or not _WORD_CHAR.match(text, end):
            yield end
        limit = end - 1


def title_after_comma(text: str, title_re: re.Pattern[str]) -> bool:
    """``re.match("[ \\t]*,[ \\t\\n]*(?:[A-Z][\\w-]*[ \\t\\n]+){0,2}(?:<title>)(?![\\w-])", text, re.I)``: a comma,
    then a role title, up to two capitalised words before it ("X, Communications Officer", "X, Senior Policy
    Officer")."""
    m = _COMMA_AFTER.match(text)
    if not m:
        return False
    at = m.end()
    for _ in range(3):  # the title right after the comma, or after one or two words
        if title_re.match(text, at):
            return True
        if not (w := _QUALIFIER_WORD.match(text, at)):
            return False
        at = w.end()
    return False


def word_then_title(text: str, title_re: re.Pattern[str]) -> bool:
    """``re.match("[A-Z]\\w+[ \\t\\n]+(?i:<title>)", text)``: a capitalised word, then a role title ("Cluster
    Manager")."""
    m = _CAP_WORD_THEN_SPACE.match(text)
    return bool(m) and title_re.match(text, m.end()) is not None


def title_then_of(text: str, start: int, end: int, title_re: re.Pattern[str], of_re: re.Pattern[str]) -> int | None:
    """Where the name after a role title starts, or None: what ``re.match("(?:[A-Z][\\w'’-]*[ \\t]+){0,3}?(?:<title>)"
    + of, text[start:end], re.I)`` ends at, ``of_re`` being the connector ("of", "at", a comma, "Geschäftsführer
    der ") with the capital after it. Fewer qualifying words first, longer titles first, as the lazy pattern tried
    them."""
    at = start
    for _ in range(4):  # the title at the start, or after one to three qualifying words
        for title_end in title_ends_from(text, at, title_re, end):
            if conn := of_re.match(text, title_end, end):
                return conn.end()
        if not (w := _QUALIFIER_BEFORE_OF.match(text, at, end)):
            return None
        at = w.end()
    return None


@lru_cache(maxsize=4)
def _listed(role_titles: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], int]:
    """The listed titles as the prefix tree keys them (lower case, one space between words), their last words, and
    the longest one's length in characters."""
    keys = frozenset(" ".join(t.lower().split()) for t in role_titles if t.strip())
    return keys, frozenset(k.rsplit(" ", 1)[-1] for k in keys), max((len(k) for k in keys), default=0)


def plural_titles(text: str, role_titles: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of every listed role title written in the plural with an "s" ("managers", "Vice-Presidents",
    "board members"), left to right and not overlapping, the longest at a place: what
    ``re.finditer("(?<![\\w-])" + <listed titles> + "s(?![\\w-])", text, re.I)`` finds. The end includes the "s"."""
    keys, last_words, longest = _listed(role_titles)
    if not keys:
        return []
    found: list[tuple[int, int]] = []
    for s in _PLURAL_S.finditer(text):
        q = s.start()
        last = _LAST_TOKEN.search(text, max(0, q - longest), q)
        if last is None or last.group().lower() not in last_words:
            continue  # the word before the "s" ends no title: most words in "s"
        # the title's words may stand further apart than one space: twice the longest title's length back
        for m in _PLAIN_STARTS.finditer(text, max(0, q - 2 * longest), q):
            if " ".join(text[m.start():q].lower().split()) in keys:
                found.append((m.start(), q + 1))
    # as finditer takes them: the leftmost start, there the longest; then on after the match
    found.sort(key=lambda se: (se[0], -se[1]))
    out: list[tuple[int, int]] = []
    last = 0
    for p, e in found:
        if p >= last:
            out.append((p, e))
            last = e
    return out
