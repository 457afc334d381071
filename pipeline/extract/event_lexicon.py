"""The event vocabulary, read from the data folder once per process: keywords with their event
type (``data/event_keywords.txt``), announcement triggers (``data/event_triggers.txt``), plus
ordinal words and the folding used to tell whether two names denote the same event."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_sections, phrase_alternation
from pipeline.extract.doc_cues import MONTH
from pipeline.normalise import fold

ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                 "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}
_WORD_OF = {v: k for k, v in ORDINAL_WORDS.items()}
# Ordinals written as a word in a name up to this one ("Twelfth"); higher ones in figures, as texts write a body's
# meetings and a series' editions ("the 14th Board meeting", "16th meeting: 18 September"), read back by ordinal_value.
_SPELLED_UP_TO = 12
# Capitalised words that open a sentence rather than a name.
NOT_NAME_START = ("The", "A", "An", "This", "That", "These", "Those", "Our", "Its", "Their", "His", "Her", "It", "In", "On",
                  "At", "For", "From", "With", "By", "As", "To", "And", "Or", "But", "If", "When", "During", "After",
                  "Before", "Under", "Over", "All", "Each", "Every", "Some", "More", "Most", "Register", "Join", "Visit",
                  "See", "Watch", "Save", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                  "Today", "Tomorrow", "Yesterday")
_FUNCTION = r"(?:of|for|the|and|in|on|at|to|with|a|an|by|from|or|as|is|are|was|were|be|its|their|our|this|that)"
# Words the same event is written with in different ways.
_SAME = {"eu": "european", "europe": "european", "kickoff": "kick off"}


_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")


def ordinal_value(word: str) -> int | None:
    """'third' / 'Third' / '3rd' → 3; None for anything else."""
    w = word.lower()
    if w in ORDINAL_WORDS:
        return ORDINAL_WORDS[w]
    m = _ORDINAL.fullmatch(w)
    return int(m.group(1)) if m else None


def ordinal_word(n: int) -> str:
    """3 → 'Third'; above twelve in figures, 14 → '14th', 21 → '21st'."""
    if n in _WORD_OF and n <= _SPELLED_UP_TO:
        return _WORD_OF[n].capitalize()
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


_YEAR = re.compile(r"(?:19|20)\d\d")


def fold_tokens(name: str) -> tuple[frozenset[str], frozenset[int], frozenset[int]]:
    """(content words, years, ordinals) of an event name, for grouping mentions of one event."""
    words, years, ordinals = set(), set(), set()
    for tok in fold(name).split():
        tok = _SAME.get(tok, tok)
        if _YEAR.fullmatch(tok):
            years.add(int(tok))
        elif ordinal_value(tok):
            ordinals.add(ordinal_value(tok))
        elif tok not in {"the", "of", "for", "and", "on", "in", "a", "an", "to", "at", "by", "with"}:
            for part in tok.split():
                words.add(_singular(part))
    return frozenset(words), frozenset(years), frozenset(ordinals)


@dataclass(frozen=True)
class EventLexicon:
    keywords: dict[tuple[str, ...], tuple[str, str]]  # singular lower-case words -> (keyword, event type)
    generic: frozenset[str]  # words that do not make a keyword a name ("Upcoming Events", "Next Webinar")
    max_words: int
    lower_pattern: re.Pattern[str]
    trigger_pattern: re.Pattern[str]
    anaphor_pattern: re.Pattern[str]  # "the event", "the two-day conference"
    labels: frozenset[str] = frozenset()  # "date", "location", ...: detail-line labels under an announcement
    row_not_event: frozenset[str] = frozenset()  # "deadline", "call", ...: a listed title with one is no event
    row_notes: tuple[str, ...] = ()  # "save the date", "read the summary": notes after a listed edition's date
    list_headings: frozenset[str] = frozenset()  # "editions", "events": a heading over a list of events
    date_leads: tuple[str, ...] = ()  # "spring", "early": between "in" and an event's year ("in spring 2027")
    past_edition: re.Pattern[str] = re.compile("(?!)")  # "after its first edition": a later date is an earlier edition's
    # The first word of any keyword as a whole word of lower-case text, in every form ``lookup`` reads (a
    # one-word keyword also as "-s" / "-ies" plural): a text without a match holds no keyword, so no name in it has one.
    keyword_stems: re.Pattern[str] = re.compile("")
    # Articles of other languages (``[openers]`` of event_keywords_languages.txt): "El Blue Ports Day" names "Blue Ports Day"
    openers: frozenset[str] = frozenset()
    # a calendar legend's marks of a row not held on its day ("[X]" cancelled, "[M]" moved): event_row_status_marks.txt
    row_marks: re.Pattern[str] = re.compile("(?!)")
    # "Related news", "Lue myös": a heading over dated headlines, not events (event_news_list_headings.txt)
    news_headings: frozenset[str] = frozenset()

    def lookup(self, words: list[str]) -> tuple[str, str] | None:
        """(keyword, type) when ``words`` spell a keyword (any case, plural allowed on the last word)."""
        low = [w.lower() for w in words]
        hit = self.keywords.get(tuple(low))
        if hit is None and low:
            hit = self.keywords.get(tuple(low[:-1] + [_singular(low[-1])]))
        return hit

    def type_of(self, keyword: str) -> str:
        return self.keywords.get(tuple(keyword.split()), (keyword, "other"))[1]

    @staticmethod
    def singular(phrase: str) -> str:
        words = phrase.split()
        return " ".join(words[:-1] + [_singular(words[-1])]) if words else phrase


@lru_cache(maxsize=8)
def load_event_lexicon(data_dir: Path) -> EventLexicon:
    """Keywords, lower-case-capable keywords and triggers from the data folder."""
    keywords: dict[tuple[str, ...], tuple[str, str]] = {}
    lower_ok: list[str] = []
    for line in data_lines(data_dir / "event_keywords.txt"):
        cols = [c.strip() for c in line.split("\t")]
        keyword = " ".join(cols[0].lower().split())
        etype = cols[1] if len(cols) > 1 and cols[1] else "other"
        keywords[tuple(keyword.split())] = (keyword, etype)
        if len(cols) > 2 and cols[2] == "any":
            lower_ok.append(keyword)
    sp = r"(?:[ \t]+(?:\n[ \t]*)?|[ \t]*\n[ \t]*)"
    not_start = "|".join(NOT_NAME_START)
    cap = rf"(?=[A-Z])(?!(?:{not_start})\b)(?:[A-Z][\w’'-]*)"  # the look-ahead first: a cheap test at every position
    low = rf"(?!{_FUNCTION}\b)[a-z][\w-]*"
    kws = phrase_alternation(lower_ok, space=sp)
    lower_pattern = re.compile(
        rf"(?P<coord>(?:{cap},{sp})*{cap},?{sp}and{sp})?(?P<cap>{cap}(?:{sp}{cap}){{0,4}}){sp}(?P<mods>(?:{low}{sp}){{0,2}}?)"
        rf"(?P<kw>(?:{kws})s?)(?![\w-])")
    triggers = phrase_alternation((" ".join(t.split()) for t in data_lines(data_dir / "event_triggers.txt")), space=r"\s+", empty="")
    date_words = phrase_alternation((" ".join(t.split()) for t in data_lines(data_dir / "event_name_date_leads.txt")),
                                    space=r"\s+", empty="(?!)")
    trigger_pattern = re.compile(
        rf"(?i:\b(?:{triggers or '(?!)'}))\s+(?:the\s+)?(?P<name>[A-Z][^,.;:\n()]*?)"
        rf"(?=\s*(?:[,.;:(\n]|\s(?:{date_words})\s+(?:\d|{MONTH}\s)|$))")
    max_words = max((len(k) for k in keywords), default=1)
    generic = frozenset(w.lower() for w in data_lines(data_dir / "event_generic_words.txt"))
    heads = phrase_alternation({k[0] for k in keywords if len(k) == 1} | {"event"})
    anaphor_pattern = re.compile(rf"\b[Tt]he{sp}(?:[a-z]+-day{sp})?(?P<kw>{heads})(?![\w-])(?!{sp}[A-Z])")
    labels = frozenset(" ".join(w.lower().split()) for w in data_lines(data_dir / "announcement_labels.txt"))
    row_not_event = frozenset(w.strip().lower() for w in data_lines(data_dir / "event_row_not_event_words.txt"))
    row_notes = tuple(" ".join(w.lower().split()) for w in data_lines(data_dir / "event_row_notes.txt"))
    list_headings = frozenset(w.strip().lower() for w in data_lines(data_dir / "event_list_headings.txt"))
    date_leads = tuple(sorted(w.strip().lower() for w in data_lines(data_dir / "event_date_leads.txt")))
    past = phrase_alternation((" ".join(w.split()) for w in data_lines(data_dir / "event_past_edition_cues.txt")), space=r"\s+")
    past_edition = re.compile(rf"(?i:\b(?:{past})\b)")
    firsts = {k[0] for k in keywords}
    firsts |= {k[0] + "s" for k in keywords if len(k) == 1} | {k[0][:-1] + "ies" for k in keywords if len(k) == 1 and k[0].endswith("y")}
    keyword_stems = re.compile(rf"(?<![\w’'-])(?:{phrase_alternation(firsts) or '(?!)'})(?![\w’'-])")
    openers = frozenset(data_sections(data_dir / "event_keywords_languages.txt").get("openers", []))
    marks = sorted((re.escape(m) for m in data_lines(data_dir / "event_row_status_marks.txt")), key=len, reverse=True)
    row_marks = re.compile("|".join(marks) or "(?!)", re.I)
    news = frozenset(" ".join(w.lower().split()) for w in data_lines(data_dir / "event_news_list_headings.txt"))
    return EventLexicon(keywords, generic, max_words, lower_pattern, trigger_pattern, anaphor_pattern, labels, row_not_event,
                        row_notes, list_headings, date_leads, past_edition, keyword_stems, openers, row_marks, news)
