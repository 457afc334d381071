"""Key messages enumerated inside a sentence, and the plans words that keep a lead-in from announcing any.

Rules ``"inline_after_lead_in"`` and ``"added_point"`` (:mod:`pipeline.extract.key_messages` emits them): inside
a sentence with a key-message lead-in, an inline enumeration gives one point per item (:func:`inline_points`):
numbered items "(1) ... (2) ... (3) ...", "a) ... b) ..." or "i) ... ii) ...", items separated by ";" after the colon,
or items that repeat the lead-in's preposition ("advocating for stronger clusters, for a stable budget and for simpler
rules"), without a word of a series that opens an item ("firstly, …; secondly, …"); a sentence that adds one more
point after a colon ("Martin added a fourth point: ...") gives that point too (:func:`added_point`). :func:`plans_pattern` reads the words that make a lead-in announce plans, not messages
("the board proposes three actions for next year: …"). A lead-in may state its conclusions in the present tense of a
review or a study ("the review team concludes that (1) … (2) …"), and in other languages (``data/key_message_languages.csv``).

Rule ``"inline_under_key_heading"`` (:func:`inline_under_heading`): under a key-message heading, numbered items inline
in a sentence that has no lead-in of its own are points too; the heading is their section.

Numbered sentences (:func:`numbered_sentences`, for both rules): the items may be sentences of their own, each opened by
the next marker ("… agreed on the following. (1) The cluster should … . (2) The region should … ."); each runs to the
next marker, the last to the end of its sentence.

Rule ``"ordinal_sentences_after_lead_in"`` (:func:`ordinal_points`): a sentence with a key-message lead-in
("The report makes three recommendations.", "The panel had two key messages.") followed by sentences that
open with the words of a series ("First, …", "Second, …", "Third, …" or "Firstly, …", and "Finally, …" for
the last: ``data/key_message_ordinal_openers.txt``), in the same paragraph or in the paragraphs right after
it: each such sentence is a point, without its opening word; two at least, the first opened by "First". When the
series' sentences open paragraphs ("First, skills come before equipment. Two speakers …\n\nSecond, the border is an
asset. …"), the sentences after each one in its paragraph explain it and are skipped: the point is the opening sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable
from pathlib import Path

from pipeline.data_files import data_lines, data_sections
from pipeline.extract.key_message_shapes import ROMAN
from pipeline.extract.rules import Rules

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


_SPACE_RUN = re.compile(r"\s*")
_MARKER = re.compile(r"(?:(?<=\s)|(?<=:)|^)(?:\((?P<a>\d{1,2}|[a-h]|[ivx]{1,4})\)|(?P<b>\d{1,2}|[a-h]|[ivx]{1,4})\))(?=\s)")
_ITEM_TRIM = re.compile(r"(?:[\s,;]+(?:and|or)?)+$")
_ITEM_LEAD = re.compile(r"(?:and|or)\s+(?=\S)")


@lru_cache(maxsize=4)
def _series_words(data_dir: Path) -> tuple[frozenset[str], frozenset[str], str, re.Pattern[str], re.Pattern[str]]:
    """(the repeated prepositions, the repeated "that" words, the "and" alternation, the hints of each) of
    data/key_message_series_words.txt. What any series of
    items holds (", for " / ", and to " / ", att " / " und dass "): a sentence without the hint, without two ")"
    (numbered items) and without both ":" and ";" (items after the colon) enumerates nothing inline."""
    sections = data_sections(data_dir / "key_message_series_words.txt")
    repeated, that = ([w.lower() for w in sections.get(k, [])] for k in ("repeated", "that"))
    ands = "|".join(re.escape(w) for w in sections.get("and", [])) or "(?!)"
    hints = [re.compile(rf"(?:,|\s(?:{ands}))\s+(?:(?:{ands})\s+)?(?:{words})(?:\s|(?<=')\S)", re.I)
             for words in ("|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) or "(?!)" for ws in (repeated, that))]
    return frozenset(repeated), frozenset(that), ands, hints[0], hints[1]


def _sequence(labels: list[str]) -> bool:
    """1, 2, 3 ... or a, b, c ... or i, ii, iii ...: an enumeration, not stray brackets."""
    first = labels[0]
    if first.isdigit():
        return [int(x) if x.isdigit() else -1 for x in labels] == list(range(int(first), int(first) + len(labels))) and first == "1"
    return labels in ([chr(ord("a") + k) for k in range(len(labels))], [r.lower() for r in ROMAN[:len(labels)]])


_RULE_LINE = re.compile(r"\n[ \t]*[-=_*~]{3,}[ \t]*(?=\n|$)")


def _trimmed(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span ``text[s:e]`` without surrounding space, a trailing "and"/"or" and punctuation, and without a line of
    dashes that closes its section in plain text and all after it ("… a small secretariat.\n\n------")."""
    if (rule := _RULE_LINE.search(text, s, e)) is not None:
        e = rule.start()
    body = text[s:e]
    s += len(body) - len(body.lstrip())
    if (lead := _ITEM_LEAD.match(text, s, e)) is not None:
        s = lead.end()  # "…; and a training module": the last item of a series
    body = _ITEM_TRIM.sub("", text[s:e].rstrip(" \n\t.;,:"))
    return (s, s + len(body)) if body.strip() else None


def _asked(flag: bool | Callable[[], bool]) -> bool:
    return flag() if callable(flag) else flag


_OPENER = re.compile(r"[\s,]*(\w+'?)\s*")  # the first word after a lead-in's cue ("rekommenderar att …")


@lru_cache(maxsize=256)
def _series_pattern(data_dir: Path, word: str) -> re.Pattern[str]:
    """The repeated ``word`` after a comma or an "and" (", for ", " and that ", ", och att "): where a series' next item opens."""
    ands = _series_words(data_dir)[2]
    return re.compile(rf"(?:,\s+(?:(?:{ands})\s+)?|\s+(?:{ands})\s+){re.escape(word)}\s*(?<=\s|')", re.I)


def _may_enumerate(text: str, s: int, e: int, data_dir: Path, under_heading: bool | Callable[[], bool]) -> bool:
    """Whether ``text[s:e]`` has what one of ``inline_points``' item shapes needs (see ``_series_words``)."""
    words = _series_words(data_dir)
    return (text.count(")", s, e) >= 2 or (text.find(":", s, e) >= 0 and text.find(";", s, e) >= 0)
            or words[3].search(text, s, e) is not None or (words[4].search(text, s, e) is not None and _asked(under_heading)))


# a sentence ends at its full stop, and a lead-in ending in a colon ends at the blank line under it ("… in three
# conclusions:\n\nFirst, …")
_SPAN_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|(?<=:)[ \t]*\n(?:[ \t]*\n)+[ \t]*(?=[A-Z(])")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]`` (split by ``_SPAN_END``)."""
    out, pos = [], start
    for sentence in _SPAN_END.split(text[start:end]):
        s = text.index(sentence, pos)
        pos = s + len(sentence)
        out.append((s, pos))
    return out


def numbered_items(text: str, start: int, end: int) -> tuple[int, list[tuple[int, int] | None]] | None:
    """(start of the first marker, item spans) of the numbered items "(1) … (2) …" / "a) … b) …" in
    ``text[start:end]``; None without two markers in sequence."""
    marks = list(_MARKER.finditer(text, start, end))
    if len(marks) < 2 or not _sequence([m.group("a") or m.group("b") for m in marks]):
        return None
    return marks[0].start(), [_trimmed(text, m.end(), marks[k + 1].start() if k + 1 < len(marks) else end)
                              for k, m in enumerate(marks)]


def numbered_sentences(text: str, start: int, end: int) -> tuple[int, list[tuple[int, int]]] | None:
    """(start of the first marker, item spans) of a run of sentences of ``text[start:end]`` that each open with the
    next marker of an enumeration ("… agreed on the following. (1) The cluster should … . (2) The region should …";
    "(a) …. (b) …."): each item runs to the next marker, the last one to the end of its sentence. None without two."""
    if text.count(")", start, end) < 2:
        return None  # the cheap test first
    opened = [(s, e, m) for s, e in sentence_spans(text, start, end) if (m := _MARKER.match(text, s, e)) is not None]
    run: list[tuple[int, int, re.Match[str]]] = []
    for item in opened:
        labels = [m.group("a") or m.group("b") for _, _, m in [*run, item]]
        if _sequence(labels):
            run.append(item)
        elif len(run) >= 2:
            break
        else:
            run = [item] if _sequence(labels[-1:]) else []
    if len(run) < 2:
        return None
    stops = [s for s, _, _ in run[1:]] + [run[-1][1]]
    spans = [_trimmed(text, m.end(), stop) for (_, _, m), stop in zip(run, stops)]
    return (run[0][0], [sp for sp in spans if sp is not None]) if None not in spans else None


def inline_under_heading(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """Rule ``"inline_under_key_heading"``: item spans of the sentences of ``text[start:end]`` (the section under a
    key-message heading) that enumerate numbered items inline ("Having weighed the evidence, we are clear: (1) …,
    (2) …, and (3) …", "In short: a) …; b) …") without a lead-in of their own (a sentence with one gives
    ``"inline_after_lead_in"`` rows): the heading says what the items are. Two items at least; none when the words
    before the first item name plans ("The work plan has three parts: (1) …")."""
    out: list[tuple[int, int]] = []
    for s, e in sentence_spans(text, start, end):
        if text.count(")", s, e) < 2:
            continue  # the cheap test first
        numbered = numbered_items(text, s, e)
        if numbered is None or None in numbered[1]:
            continue
        first, spans = numbered
        if rules.key_message_lead_ins.search(text, s, first) or rules.key_message_headings.search(text, s, first):
            continue  # its own lead-in
        if plans_pattern(rules.data_dir).search(text, s, first) is None:
            out.extend(spans)  # type: ignore[arg-type]
    if not out and (run := numbered_sentences(text, start, end)) is not None:
        first, spans = run  # "(1) …. (2) …." as sentences of their own: the heading says what they are
        opening = text.rfind("\n", start, first) + 1 or start
        if plans_pattern(rules.data_dir).search(text, opening, first) is None:
            out.extend(spans)
    return out


def inline_points(text: str, start: int, end: int, rules: Rules,
                  under_heading: bool | Callable[[], bool] = False) -> list[tuple[str, list[tuple[int, int]]]]:
    """(lead-in, item spans) for each sentence of ``text[start:end]`` that enumerates key messages inline
    after a lead-in: numbered items, ";"-separated items after the colon, or items repeating the
    lead-in's preposition (see the module doc), or, in the section of a key-message heading (``under_heading``, asked only
    where such a series may be),
    items that each open with the same "that" ("Panelen rekommenderar att …, att … och att …"). Two items at least."""
    out = []
    for s, e in sentence_spans(text, start, end):
        after = _SPACE_RUN.match(text, e, end).end()  # (no copy of the rest of the block for each sentence)
        numbered_next = text[e - 1:e] in ".:" and _MARKER.match(text, after) is not None  # "… the following. (1) …"
        if not numbered_next and not _may_enumerate(text, s, e, rules.data_dir, under_heading):
            continue  # the cheap test first: the lead-in patterns are long alternations
        cue = rules.key_message_lead_ins.search(text, s, e) or rules.key_message_headings.search(text, s, e)
        if cue is None:
            continue
        spans: list[tuple[int, int] | None] = []
        section_end = None
        if (numbered := numbered_items(text, cue.end(), e)) is not None:
            section_end, spans = numbered
        elif numbered_next and (run := numbered_sentences(text, after, end)) is not None:
            section_end, spans = e - 1, list(run[1])  # "The peers agreed on the following. (1) …. (2) …."
        else:
            colon = text.find(":", cue.end(), e)
            body_start = colon + 1 if colon >= 0 else cue.end()
            parts = [p for p in re.finditer(r"[^;]+", text[body_start:e])]
            repeated, that = _series_words(rules.data_dir)[:2]
            prep, lead_end = cue.group().split()[-1].lower(), body_start
            if colon < 0 and prep not in repeated and (opener := _OPENER.match(text, body_start, e)) is not None \
                    and opener.group(1).lower() in that and _asked(under_heading):
                prep, body_start = opener.group(1).lower(), opener.end()  # "rekommenderar att …, att …" under "Rekommendationer"
            series = list(_series_pattern(rules.data_dir, prep).finditer(text[body_start:e])) \
                if prep in repeated or (prep in that and _asked(under_heading)) else []
            if colon >= 0 and len(parts) >= 2:
                section_end = colon
                spans = [_trimmed(text, body_start + p.start(), body_start + p.end()) for p in parts]
            elif len(series) >= 2:
                section_end = lead_end
                cuts = [body_start] + [body_start + m.end() for m in series]
                stops = [body_start + m.start() for m in series] + [e]
                spans = [_trimmed(text, a, b) for a, b in zip(cuts, stops)]
        items = [_past_opener(text, sp, rules) for sp in spans if sp is not None]
        if section_end is not None and plans_pattern(rules.data_dir).search(text, s, section_end):
            continue  # the lead-in names plans ("three points for the work plan:"); a point may ("... contracts won by SMEs")
        if section_end is not None and len(items) >= 2 and len(items) == len(spans):
            out.append((" ".join(text[s:section_end].split()).rstrip(" :"), items))
    return out



def past_series_openers(text: str, spans: list[tuple[int, int]], rules: Rules) -> list[tuple[int, int]]:
    """The points of a list (``spans``, in order) without the words of a series that open them, where they open with
    one in order ("1. First, members need …", "2. Second, the cluster will …", "3. Finally, …"): the first two
    points at least, the first opened by the series' first word (data/key_message_ordinal_openers.txt). A list
    that is no such series comes back as it is."""
    series, closing = _ordinal_openers(rules.data_dir)
    found = []
    for k, (s, e) in enumerate(spans):
        m = series[k].match(text, s, e) if k < len(series) else None
        if m is None and k >= 1:
            m = closing.match(text, s, e)
        if m is None or m.end() >= e:
            break
        found.append(m.end())
    if len(found) < 2:
        return spans
    return [(found[k], e) if k < len(found) else (s, e) for k, (s, e) in enumerate(spans)]


def _past_opener(text: str, span: tuple[int, int], rules: Rules) -> tuple[int, int]:
    """An inline item without the word of a series that opens it ("firstly, regions should …; secondly, …")."""
    series, closing = _ordinal_openers(rules.data_dir)
    s, e = span
    m = next((m for p in (*series, closing) if (m := p.match(text, s, e)) is not None and m.end() < e), None)
    return (m.end(), e) if m else span


def _pattern_file(path: Path) -> re.Pattern[str]:
    """One case-insensitive whole-word alternation of the regular expressions in ``path`` (never matches without any)."""
    lines = data_lines(path)
    return re.compile(r"\b(?:" + "|".join(lines) + r")\b", re.I) if lines else re.compile(r"(?!)")


@lru_cache(maxsize=4)
def _added_point_cues(data_dir: Path) -> re.Pattern[str]:
    return _pattern_file(data_dir / "key_message_added_points.txt")


@lru_cache(maxsize=4)
def announcers_pattern(data_dir: Path) -> re.Pattern[str]:
    """Words that make a sentence closing in a full stop announce a list ("the following", "these", "as follows"):
    data/key_message_announcers.txt."""
    return _pattern_file(data_dir / "key_message_announcers.txt")


_DETERMINERS = ("", "the ", "our ", "its ", "their ")


@lru_cache(maxsize=4)
def plans_pattern(data_dir: Path) -> re.Pattern[str]:
    """Words that make a lead-in announce plans ("next steps", "follow-up", "agenda"): data/key_message_not_lead_ins.txt;
    not where a yardstick phrase goes before them ("measured against the action plan", "in line with our work
    programme": data/key_message_plan_yardsticks.txt), since a plan measured against is not what the lead-in announces."""
    lines = data_lines(data_dir / "key_message_not_lead_ins.txt")
    if not lines:
        return re.compile(r"(?!)")
    behind = "".join(f"(?<!{re.escape(y.lower())} {d})" for y in data_lines(data_dir / "key_message_plan_yardsticks.txt")
                     for d in _DETERMINERS)
    words = "(?:" + "|".join(lines) + r")\b"
    return re.compile(rf"\b(?={words}){behind}{words}", re.I)  # the yardsticks looked at only where a plans word starts


def added_point(text: str, start: int, end: int, data_dir: Path) -> tuple[int, int] | None:
    """(start, end) of one more point added after inline points, in the sentences of ``text[start:end]``:
    "Martin added a fourth point from the chat: X.", "The chair raised one further recommendation: X."
    (phrases in ``data/key_message_added_points.txt``); the point is the rest of that sentence after its colon."""
    cues = _added_point_cues(data_dir)
    m = cues.search(text, start, end)
    if m is None:
        return None
    colon = text.find(":", m.end(), end)
    if colon < 0 or re.search(r"[.!?]\s", text[m.end():colon]):
        return None
    stop = re.compile(r"[.!?](?=\s+[A-Z]|\s*$)").search(text, colon + 1, end)
    return _trimmed(text, colon + 1, stop.start() if stop else end)


@lru_cache(maxsize=4)
def _ordinal_openers(data_dir: Path) -> tuple[list[re.Pattern[str]], re.Pattern[str]]:
    """(one opener per place of the series, the closing openers): data/key_message_ordinal_openers.txt."""
    sections = data_sections(data_dir / "key_message_ordinal_openers.txt")
    series = [re.compile(rf"(?:{w})[ \t]*,[ \t]*", re.I) for w in sections.get("series", [])]
    closing = sections.get("closing", [])
    return series, re.compile(r"(?:" + "|".join(closing) + r")[ \t]*,[ \t]*", re.I) if closing else re.compile(r"(?!)")


def ordinal_points(text: str, start: int, end: int, rules: Rules,
                   heading: str | None = None) -> list[tuple[str, list[tuple[int, int]]]]:
    """(lead-in, point spans) for each lead-in sentence of ``text[start:end]`` followed by sentences opened
    "First, …", "Second, …", …, "Finally, …" (see the module doc).

    Under a key-message heading (``heading``: "Conclusions" over "The panel drew three conclusions." and
    "First, …" paragraphs) the heading says what the points are: the sentence before "First, …" needs no cue
    (or the series opens the section), it is not a point, and the heading is the points' section."""
    series, closing = _ordinal_openers(rules.data_dir)
    spans = ([(start, start)] if heading is not None else []) + sentence_spans(text, start, end)
    out = []
    k = 0
    while k + 1 < len(spans):
        s, e = spans[k]
        # The cheap test first: the next sentence must open a series ("First, ..."); the lead-in cue
        # patterns are long alternations, searched only before such a sentence.
        if not series or series[0].match(text, spans[k + 1][0]) is None:
            k += 1
            continue
        cue = heading is not None or rules.key_message_lead_ins.search(text, s, e) or rules.key_message_headings.search(text, s, e)
        if cue is None or plans_pattern(rules.data_dir).search(text, s, e):
            k += 1
            continue
        points: list[tuple[int, int]] = []
        by_paragraph = _opens_line(text, spans[k + 1][0])
        j, idx = 0, k + 1
        while idx < len(spans):
            ps, pe = spans[idx]
            m = series[j].match(text, ps) if j < len(series) else None
            last = m is None and j >= 1 and (m := closing.match(text, ps)) is not None
            if m is None:
                if by_paragraph and points and not _opens_line(text, ps):
                    idx += 1  # the point's explanation, up to the paragraph that opens the next one
                    continue
                break
            if (sp := _trimmed(text, m.end(), pe)) is not None:
                points.append(sp)
            j, idx = j + 1, idx + 1
            if last:
                break
        if len(points) >= 2:
            out.append((heading or " ".join(text[s:e].split()).rstrip(" .:"), points))
            k = idx
        else:
            k += 1
    return out


def _opens_line(text: str, pos: int) -> bool:
    """The sentence at ``pos`` opens a line (a paragraph or a list item), not a sentence inside one."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1  # (no slice of the text before it: a long document asks this for each series it reads)
    return pos == 0 or text[pos - 1] == "\n"
