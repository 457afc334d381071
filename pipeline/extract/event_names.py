"""Event names written as names: capitalised phrases with an event keyword, lower-case keywords after a
capitalised modifier, names after an announcement trigger, and "the conference" anaphors.

Every finder returns :class:`~pipeline.extract.event_context.Candidate` records (span, cleaned name,
rule, keyword); :mod:`event_candidates` runs them with the other finders, and attributes and the
one-name-per-event grouping are added by ``events``.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.extract.event_context import Candidate, DocContext, clean_event_name, keyword_at, possessor
from pipeline.extract.event_lexicon import NOT_NAME_START, EventLexicon, ordinal_value
from pipeline.extract.places import Gazetteer

# A word, "&" and inner hyphens or apostrophes kept; a plural possessive keeps its apostrophe, so that
# "Members' Day", "Suppliers’ Day" and "Harvesters' Open Day" stay one capitalised name.
_WORD = re.compile(r"[^\W_](?:[\w&]|[-’'](?=\w))*(?:(?<=[a-z]s)[’'](?![\w’']))?|[^\w\s]")
_SOFT_GAP = re.compile(r"[ \t]*(?:\n[ \t]*)?")
_CONNECTORS = {"of", "for", "the", "and", "on", "de", "du", "des", "la", "le", "der", "di", "del", "&", "–", "—", "-", "/"}
_NOT_NAME_START = {w.lower() for w in NOT_NAME_START}
_IN_REVIEW = re.compile(r"[ \t]+(?:in|at)[ \t]+(?:a[ \t]+)?(?:review|brief|numbers|pictures|focus|glance)\b", re.I)
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
_LEADING_POS = {"VERB", "AUX", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "INTJ", "PART"}


class _Tok(NamedTuple):  # a tuple: made for every word of every document, so cheap to build
    start: int
    end: int
    text: str

    @property
    def word(self) -> bool:
        return self.text[0].isalnum()


def _tokens(text: str) -> list[_Tok]:
    new = tuple.__new__  # what ``_Tok(start, end, text)`` calls, without its Python-level ``__new__`` per word
    return [new(_Tok, (m.start(), m.end(), m.group())) for m in _WORD.finditer(text)]


_SECTION_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\.?[ \t]+")  # "2. ", "IV. "
# what opens a heading line: the text's start or a blank line, then at most a section number ("2. ", "IV.")
_HEADING_START = re.compile(rf"(?:\A|\n[ \t]*\n)[ \t]*(?:{_SECTION_NUMBER.pattern})?$")


def _soft(text: str, a: _Tok, b: _Tok) -> bool:
    """Only spaces and at most one line break between two tokens."""
    return _SOFT_GAP.fullmatch(text, a.end, b.start) is not None


_YEAR_OR_ORDINAL = re.compile(r"(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)")


def _is_cap(t: _Tok) -> bool:
    return t.word and (t.text[0].isupper() or t.text[0].isdigit() and bool(_YEAR_OR_ORDINAL.fullmatch(t.text))) \
        and t.text.lower() not in _NOT_NAME_START


# --------------------------------------------------------------------------------------------
# finding names
# --------------------------------------------------------------------------------------------
def _block_ends_name(text: str, here, there) -> bool:
    """Whether the block break between two tokens ends a name: a list line, or a heading over the next
    block that cannot be the first line of a wrapped name (one word, capitals, a section number:
    "PROGRAMME" / "2. Sessions" over "Day 1 …"). A short title-case line over a sentence ("The Baltic
    Wood" / "Forum takes place …") is read as a heading by the segmenter but may be a wrapped name."""
    if here is None or here is there or here.kind not in ("heading", "list_item"):
        return False
    if here.kind == "list_item" or (there is not None and there.kind == "list_item"):
        return True
    line = text[here.start:here.end].strip()
    return len(line.split()) == 1 or line.isupper() or _SECTION_NUMBER.match(line) is not None


def _runs(text: str, toks: list[_Tok], block_at=None) -> list[tuple[int, int]]:
    """Maximal capitalised phrases (token index ranges, inclusive) joined by connectors."""
    runs = []
    i, n = 0, len(toks)
    while i < n:
        if not _is_cap(toks[i]):
            i += 1
            continue
        last, k = i, i + 1
        while k < n and _soft(text, toks[k - 1], toks[k]):
            if k - 1 > i and _YEAR_TOKEN.fullmatch(toks[k - 1].text) and "\n" in text[toks[k - 1].end:toks[k].start]:
                break  # a year ends its line's name ("... Conference 2024\nConference summary", "October 2023\nCECA ...")
            if k - 1 == i and "\n" in text[toks[i].end:toks[k].start] and _HEADING_START.search(text, max(0, toks[i].start - 24), toks[i].start):
                break  # a one-word heading over the next line ("2. Programme\nDay 1 – Linz", "Sessions\nDay 2")
            if block_at is not None and _block_ends_name(text, block_at(toks[k - 1].start), block_at(toks[k].start)):
                break  # a heading, a masthead or a list line ends its name ("PROGRAMME" over "Day 1 – ...")
            if _is_cap(toks[k]):
                last = k
            elif toks[k].text not in _CONNECTORS:
                break
            k += 1
        runs.append((i, last))
        i = last + 1
    return runs


def _split_coordination(toks: list[_Tok], a: int, b: int, lex: EventLexicon) -> list[tuple[int, int]]:
    """Split a run at "and (the)" when a new noun phrase starts there (a second name, or "the X")."""
    parts, start = [], a
    for k in range(a + 1, b):
        if toks[k].text != "and":
            continue
        right_words = [t.text for t in toks[k + 1:b + 1]]
        if toks[k + 1].text == "the" or any(keyword_at(lex, right_words, j) for j in range(len(right_words))):
            parts.append((start, k - 1))
            start = k + 2 if toks[k + 1].text == "the" else k + 1
    parts.append((start, b))
    return [(x, y) for x, y in parts if x <= y]


def _strip_leading(ctx: DocContext, toks: list[_Tok], a: int, b: int, openers: frozenset[str] = frozenset()) -> int:
    """Drop sentence-initial verbs and function words before a name ("Register for X"), and another
    language's article ("El Blue Ports Supplier Day reunió ...")."""
    while a <= b:
        t = toks[a]
        pos, _, _ = ctx.pos.get(t.start, ("", "", False))
        if t.text in _CONNECTORS or t.text.lower() in _NOT_NAME_START or t.text in openers or (pos in _LEADING_POS and not t.text.isupper()):
            a += 1
            continue
        break
    return a


_LABEL_WORDS = {"save", "the", "date", "invitation", "reminder", "news", "update", "new", "registration", "now",
                "open", "agenda", "programme", "program", "announcement", "subject", "re", "fw", "fwd"}


def _to_place(gaz: Gazetteer, rest: list[_Tok]) -> int:
    """Tokens of "to <known place>" right after a keyword ("Mission to South Korea"), else 0."""
    if len(rest) < 2 or rest[0].text != "to":
        return 0
    for n in (3, 2, 1):
        if len(rest) > n and gaz.place(" ".join(t.text for t in rest[1:1 + n])) != (None, None):
            return n + 1
    return 0


def _after_label(toks: list[_Tok], a: int, kw: int) -> int:
    """Skip a label before a dash ("SAVE THE DATE - EU Cluster Mission", "Invitation – Baltic Forum")."""
    for k in range(a + 1, kw):
        if toks[k].text in ("-", "–", "—") and all(t.text.lower() in _LABEL_WORDS for t in toks[a:k]):
            return k + 1
    return a


def _after_dates(ctx: DocContext, toks: list[_Tok], a: int, kw: int) -> int:
    """Skip tokens that belong to a date and the dash after it ("14-16 May 2024 – Iberian Cluster Forum")."""
    k = a
    while k < kw:
        inside = any(d.start <= toks[k].start < d.end for d in ctx.dates_between(max(0, toks[k].start - 60), toks[k].end))
        if not (inside or (k > a and not toks[k].word) or (k > a and toks[k].text in _CONNECTORS)):
            break
        k += 1
    return k if k > a and any(d.start <= toks[a].start < d.end for d in ctx.dates_between(max(0, toks[a].start - 60), toks[a].end)) else a


_YEAR = re.compile(r"(?:19|20)\d\d")


def names_from_runs(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """Capitalised phrases holding an event keyword ("European Cluster Conference 2019", "Side Event for
    European Cluster Partnerships", "Cluster Mission to South Korea") and "the Conference" anaphors."""
    text = ctx.text
    toks = _tokens(text)
    out = []
    for ra, rb in _runs(text, toks, ctx.block_at):
        parts = _split_coordination(toks, ra, rb, lex)
        template: tuple[str, int] | None = None  # "Side Events for" + second conjunct
        for pa, pb in parts:
            words = [t.text for t in toks[pa:pb + 1]]
            hits = [(j, *h) for j in range(len(words)) if (h := keyword_at(lex, words, j))]
            if not hits:
                if template and all(_is_cap(t) or t.text in _CONNECTORS for t in toks[pa:pb + 1]):
                    name = f"{template[0]} {clean_event_name(text[toks[pa].start:toks[pb].end])}"
                    out.append(Candidate(toks[pa].start, toks[pb].end, name, "pattern:event_name", template[1], lex.type_of(template[1])))
                continue
            j, length, keyword, etype = hits[-1]
            kw_start, kw_end = pa + j, pa + j + length - 1
            end = kw_end
            rest = toks[kw_end + 1:pb + 1]
            to_place = _to_place(gaz, toks[kw_end + 1:kw_end + 5]) if kw_end == pb else 0
            if rest and rest[0].text in ("for", "of", "on"):
                end = pb  # complement: "Side Event for European Cluster Partnerships"
            elif to_place:
                end = kw_end + to_place  # destination: "Cluster Mission to South Korea"
            else:
                # "Future Week Denmark", "Cluster Conference 2019": only a year or a place may follow the
                # keyword ("Meeting Summaries", "Campaign Director" are not events).
                for k in range(kw_end + 1, pb + 1):
                    t = toks[k]
                    if t.text in _CONNECTORS or not (re.fullmatch(r"(?:19|20)\d\d", t.text) or gaz.place(t.text) != (None, None)):
                        break
                    if "\n" in text[toks[k - 1].end:t.start]:
                        break  # a place on the next line is where the event is ("Annual Meeting\nOlomouc, Czechia")
                    end = k
                if end == kw_end and rest and rest[0].text not in _CONNECTORS and "\n" not in text[toks[kw_end].end:rest[0].start]:
                    continue  # the phrase goes on after the keyword on the same line: not an event name
                if end == kw_end and _IN_REVIEW.match(text, toks[kw_end].end):
                    continue  # "ECCP Week in Review", "Year in brief": a digest's title, not an event
            start = _strip_leading(ctx, toks, pa, kw_start, lex.openers)
            start = _after_dates(ctx, toks, start, kw_start)
            start = _after_label(toks, start, pa + hits[0][0])
            first_kw = pa + hits[0][0]
            start = min(start, first_kw)
            # "Summary of the Cluster Policy Webinar", "Highlights of the European Cluster Conference":
            # the name starts after the last "of (the)" that comes before every keyword.
            ofs = [k for k in range(start, first_kw) if toks[k].text == "of"]
            if ofs:
                after_of = ofs[-1] + 1 + (toks[ofs[-1] + 1].text == "the")
                if after_of < first_kw:
                    start = after_of
            s_char = toks[start].start
            # The keyword must follow a capitalised modifier directly, or open the name with a complement.
            directly = kw_start > start and _is_cap(toks[kw_start - 1])
            if not directly and end == kw_end:
                if kw_start > 0 and toks[kw_start - 1].text.lower() == "the" and _soft(text, toks[kw_start - 1], toks[kw_start]):
                    out.append(Candidate(toks[kw_start].start, toks[kw_end].end, text[toks[kw_start].start:toks[kw_end].end],
                                        "pattern:event_anaphor", keyword, etype, anaphor=True))
                continue
            words_in = [t.text.lower() for t in toks[start:end + 1] if t.word and t.text not in _CONNECTORS]
            kw_words = {w.lower() for h in hits for w in words[h[0]:h[0] + h[1]]}
            if all(w in lex.generic or w in kw_words or ordinal_value(w) or _YEAR.fullmatch(w) for w in words_in):
                owner = possessor(ctx, toks[start].start)
                if owner is None:
                    continue  # "Upcoming Events", "the Third Conference"
                # "AERDA will present the paper at its Annual Forum": the forum of the sentence's subject
                name = f"{owner} {clean_event_name(text[s_char:toks[end].end])}"
                out.append(Candidate(s_char, toks[end].end, name, "pattern:event_name", keyword, etype))
                continue
            name = clean_event_name(text[s_char:toks[end].end])
            out.append(Candidate(s_char, toks[end].end, name, "pattern:event_name", keyword, etype))
            if end > kw_end and rest and rest[0].text in ("for", "of", "on"):
                template = (clean_event_name(text[s_char:toks[kw_end + 1].end]), keyword)
    return out


def names_lower(ctx: DocContext, lex: EventLexicon, gaz: Gazetteer) -> list[Candidate]:
    """A capitalised modifier before a lower-case keyword: 'EEN matchmaking event', 'German, French and Romanian cluster weeks'."""
    out = []
    for m in lex.lower_pattern.finditer(ctx.text):
        head, kw = m.group("cap"), m.group("kw")
        cap_start = m.start("cap")
        pos, ent, sent_start = ctx.pos.get(cap_start, ("", "", False))
        line_start = ctx.text.rfind("\n", 0, cap_start) + 1
        at_start = sent_start or not ctx.text[line_start:cap_start].strip()
        # One capitalised word opening a sentence is a name only when its shape or the gazetteer
        # says so ("Clusters4Ukraine webinar", "EEN matchmaking event", "Danish cluster week"), not
        # when it is an ordinary word ("Joint launch event").
        plain_word = re.fullmatch(r"[A-Z][a-z’'-]+", head) is not None
        known = head.lower() in gaz.demonyms or gaz.place(head) != (None, None)
        if head.split()[0].lower() in _NOT_NAME_START or (
                at_start and len(head.split()) == 1 and plain_word and not known and not ent and pos != "PROPN"):
            continue
        singular = lex.singular(kw)
        plural = kw.lower() != singular.lower()
        coord = m.group("coord")
        if plural and not coord:
            continue  # "EU cluster events": a class of events, not one
        keyword, etype = lex.lookup(singular.lower().split()) or (singular.lower(), "other")
        mods = " ".join(m.group("mods").split())
        tail = " ".join(x for x in (mods, singular) if x)
        end = m.end()
        compl = None if coord else _LINE_COMPLEMENT.match(ctx.text, end)
        if compl:  # "I3 info session for\ncluster organisations" closing its line (a calendar entry's title)
            tail, end = f"{tail} {' '.join(compl.group(1).split())}", compl.end(1)
        out.append(Candidate(cap_start, end, clean_event_name(f"{head} {tail}"), "pattern:event_lower", keyword, etype))
        if coord:
            for w in re.finditer(r"[A-Z][\w’'-]*", coord):
                out.append(Candidate(m.start("coord") + w.start(), m.start("coord") + w.end(), clean_event_name(f"{w.group()} {tail}"),
                                    "pattern:event_lower", keyword, etype))
    return out


# A lower-case complement that ends its line: "... info session for\ncluster organisations\n".
_LINE_COMPLEMENT = re.compile(r"((?:[ \t]*\n?[ \t]*)(?:for|on|about)(?:[ \t]+(?:\n[ \t]*)?|[ \t]*\n[ \t]*)"
                              r"[a-z][\w’'-]*(?:[ \t]+[a-z][\w’'-]*){0,4})[ \t]*(?=\n|$)")


def anaphors_lower(ctx: DocContext, lex: EventLexicon) -> list[Candidate]:
    """"the event", "the three-day conference": refer back to the latest event (of that kind)."""
    out = []
    for m in lex.anaphor_pattern.finditer(ctx.text):
        word = m.group("kw").lower()
        keyword = None if word == "event" else (lex.lookup([word]) or (word, "other"))[0]
        out.append(Candidate(m.start("kw"), m.end("kw"), m.group("kw"), "pattern:event_anaphor", keyword,
                             lex.type_of(keyword) if keyword else "other", anaphor=True))
    return out


def names_triggered(ctx: DocContext, lex: EventLexicon) -> list[Candidate]:
    """The capitalised phrase after an announcement trigger ("Register for X, Berlin, on ...")."""
    out = []
    for m in lex.trigger_pattern.finditer(ctx.text):
        name = clean_event_name(m.group("name"))
        if 1 <= len(name.split()) <= 10 and name[:1].isupper():
            words = name.split()
            hits = [h for j in range(len(words)) if (h := keyword_at(lex, words, j))]
            keyword, etype = (hits[-1][1], hits[-1][2]) if hits else (None, "other")
            out.append(Candidate(m.start("name"), m.start("name") + len(m.group("name").rstrip()), name, "pattern:event_trigger", keyword, etype))
    return out
