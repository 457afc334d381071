"""Events: named conferences, forums, cluster weeks, matchmaking events, talks, webinars, ... with dates,
place, organisers and edition.

Where names come from (the ``rule`` column says which):

- ``pattern:event_name``: a capitalised phrase containing an event keyword from
  ``data/event_keywords.txt`` ("European Cluster Conference", "Future Week Denmark", "EU Clusters
  Talk", "Side Events for European Cluster Partnerships"); the keyword must follow a capitalised
  modifier or open the name with a complement ("Side Event for ...").
- ``pattern:event_lower``: a capitalised modifier, up to two lower-case words and a keyword marked
  ``any`` ("EEN matchmaking event", "Romanian cluster week"); coordinated modifiers give one event
  each ("German, French and Romanian cluster weeks").
- ``pattern:event_trigger``: the phrase after an announcement trigger (``data/event_triggers.txt``:
  "Register for X, Berlin, on ...").
- ``pattern:announcement``: a title followed by "Date: ..." / "Location: ..." lines.
- ``pattern:event_anaphor``: "the Conference", "the Forum" → the latest named event with that keyword.

Attributes: a date in the same sentence right after the name (or the only event of a sentence that
starts with a date); for a title in a heading, the first day date of its section; place from a
"Location:" line, a gazetteer city/country in the sentence, or the name ("Future Week Denmark");
organisers after "(co-)organised by"; edition from "the 7th edition of", "the third X".

Mentions of one event in a document share one name: mentions are grouped by their folded content
words ("EU" = "European", plurals folded); a shorter name contained in exactly one longer one joins
it; a year or edition that contradicts a group starts a new one. The group's name is its fullest
surface form, with the edition as an ordinal word ("Third European Cluster Policy Forum") or the
year ("European Cluster Conference 2019") so that events with the same series name stay apart.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.extract.event_lexicon import NOT_NAME_START, EventLexicon, fold_tokens, load_event_lexicon, ordinal_value, ordinal_word
from pipeline.extract.places import Gazetteer, load_gazetteer
from pipeline.extract.rules import Rules
from pipeline.records import Block, DateMention, EventMention, SegmentedDocument

_WORD = re.compile(r"[^\W_](?:[\w&]|[-’'](?=\w))*|[^\w\s]")
_SOFT_GAP = re.compile(r"[ \t]*(?:\n[ \t]*)?")
_CONNECTORS = {"of", "for", "the", "and", "on", "de", "du", "des", "la", "le", "der", "di", "del", "&", "–", "—", "-", "/"}
_NOT_NAME_START = {w.lower() for w in NOT_NAME_START}
_LEADING_POS = {"VERB", "AUX", "ADV", "ADP", "DET", "PRON", "SCONJ", "CCONJ", "INTJ", "PART"}
_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Za-z ]{1,20})[ \t]*:[ \t]*(?P<value>.*)$", re.S)
_DATE_LABELS = {"date", "dates", "when", "period"}
_PLACE_LABELS = {"location", "venue", "place", "where", "city"}
_ORGANISED_BY = re.compile(r"\b(?:co-?)?organi[sz]ed\s+by\s+(?P<orgs>.+?)(?=\s+(?:that|which|who|under|in\s+collaboration|in\s+partnership|"
                           r"with\s+the\s+support|and\s+supported|to|on|in\s+(?:\d|[A-Z][a-z]+\s*[,.(]))\b|[.;:(]|,\s+(?![A-Z])|$)", re.S)
_EDITION_BEFORE = re.compile(r"(?P<ord>\w+)\s+(?:edition|meeting|session|instalment)\s+of\s+(?:the\s+)?$", re.I)
_MAX_DATE_GAP = 130


@dataclass
class _Mention:
    start: int
    end: int
    name: str  # surface name, cleaned
    rule: str
    keyword: str | None
    event_type: str
    edition: int | None = None
    year: int | None = None  # a year written in the name
    dates: DateMention | None = None
    city: str | None = None
    country: str | None = None
    organisers: tuple[str, ...] = ()
    anaphor: bool = False
    tokens: frozenset[str] = field(default_factory=frozenset)


@dataclass
class _Tok:
    start: int
    end: int
    text: str

    @property
    def word(self) -> bool:
        return self.text[0].isalnum()


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _soft(text: str, a: _Tok, b: _Tok) -> bool:
    """Only spaces and at most one line break between two tokens."""
    return _SOFT_GAP.fullmatch(text, a.end, b.start) is not None


def _is_cap(t: _Tok) -> bool:
    return t.word and (t.text[0].isupper() or t.text[0].isdigit() and bool(re.fullmatch(r"(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)", t.text))) \
        and t.text.lower() not in _NOT_NAME_START


def _title_case(name: str) -> str:
    """An all-capitals title as an analyst writes it ("EUROPEAN CLUSTER WEEK" → "European Cluster Week")."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return name
    small = {"of", "for", "the", "and", "on", "in", "de"}
    words = name.lower().split(" ")
    return " ".join(w if i and w in small else (w[:1].upper() + w[1:]) for i, w in enumerate(words))


def _clean(name: str) -> str:
    name = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", name)
    name = " ".join(name.replace("“", " ").replace("”", " ").replace('"', " ").split()).strip(" ,;:.’'")
    name = re.sub(r"[’']s$", "", name)
    return _title_case(name)


class _DocContext:
    """Lookups over one document: sentences, spaCy tokens by offset, dates by offset."""

    def __init__(self, seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], dates: list[DateMention]):
        self.text = seg.doc.text
        self.sent_starts = [s.start for s in seg.sentences]
        self.sentences = seg.sentences
        self.pos: dict[int, tuple[str, str, bool]] = {}
        for block, doc in annotated:
            for tok in doc:
                self.pos[block.start + tok.idx] = (tok.pos_, tok.ent_type_, tok.is_sent_start or tok.i == 0)
        self.dates = sorted((d for d in dates if not d.rule.startswith("relative:")), key=lambda d: d.start)
        self.date_starts = [d.start for d in self.dates]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, start) - 1
        if i >= 0 and self.sentences[i].end >= start:
            s = self.sentences[i]
            return s.start, max(s.end, min(end, len(self.text)))
        ls = self.text.rfind("\n\n", 0, start)
        le = self.text.find("\n\n", end)
        return (0 if ls < 0 else ls + 2), (len(self.text) if le < 0 else le)

    def dates_between(self, start: int, end: int) -> list[DateMention]:
        i = bisect.bisect_left(self.date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].start < end:
            out.append(self.dates[i])
            i += 1
        return out


# --------------------------------------------------------------------------------------------
# finding names
# --------------------------------------------------------------------------------------------
def _runs(text: str, toks: list[_Tok]) -> list[tuple[int, int]]:
    """Maximal capitalised phrases (token index ranges, inclusive) joined by connectors."""
    runs = []
    i, n = 0, len(toks)
    while i < n:
        if not _is_cap(toks[i]):
            i += 1
            continue
        last, k = i, i + 1
        while k < n and _soft(text, toks[k - 1], toks[k]):
            if _is_cap(toks[k]):
                last = k
            elif toks[k].text not in _CONNECTORS:
                break
            k += 1
        runs.append((i, last))
        i = last + 1
    return runs


def _keyword_at(lex: EventLexicon, words: list[str], i: int) -> tuple[int, str, str] | None:
    """(length, keyword, event type) of the longest keyword starting at words[i]."""
    for length in range(min(lex.max_words, len(words) - i), 0, -1):
        hit = lex.lookup(words[i:i + length])
        if hit is not None:
            return length, hit[0], hit[1]
    return None


def _split_coordination(toks: list[_Tok], a: int, b: int, lex: EventLexicon) -> list[tuple[int, int]]:
    """Split a run at "and (the)" when a new noun phrase starts there (a second name, or "the X")."""
    parts, start = [], a
    for k in range(a + 1, b):
        if toks[k].text != "and":
            continue
        right_words = [t.text for t in toks[k + 1:b + 1]]
        if toks[k + 1].text == "the" or any(_keyword_at(lex, right_words, j) for j in range(len(right_words))):
            parts.append((start, k - 1))
            start = k + 2 if toks[k + 1].text == "the" else k + 1
    parts.append((start, b))
    return [(x, y) for x, y in parts if x <= y]


def _strip_leading(ctx: _DocContext, toks: list[_Tok], a: int, b: int) -> int:
    """Drop sentence-initial verbs and function words before a name ("Register for X")."""
    while a <= b:
        t = toks[a]
        pos, _, _ = ctx.pos.get(t.start, ("", "", False))
        if t.text in _CONNECTORS or t.text.lower() in _NOT_NAME_START or (pos in _LEADING_POS and not t.text.isupper()):
            a += 1
            continue
        break
    return a


def _names_from_runs(ctx: _DocContext, toks: list[_Tok], lex: EventLexicon, gaz: Gazetteer) -> list[_Mention]:
    text = ctx.text
    out = []
    for ra, rb in _runs(text, toks):
        parts = _split_coordination(toks, ra, rb, lex)
        template: tuple[str, int] | None = None  # "Side Events for" + second conjunct
        for pa, pb in parts:
            words = [t.text for t in toks[pa:pb + 1]]
            hits = [(j, *h) for j in range(len(words)) if (h := _keyword_at(lex, words, j))]
            if not hits:
                if template and all(_is_cap(t) or t.text in _CONNECTORS for t in toks[pa:pb + 1]):
                    name = f"{template[0]} {_clean(text[toks[pa].start:toks[pb].end])}"
                    out.append(_Mention(toks[pa].start, toks[pb].end, name, "pattern:event_name", template[1], lex.type_of(template[1])))
                continue
            j, length, keyword, etype = hits[-1]
            kw_start, kw_end = pa + j, pa + j + length - 1
            end = kw_end
            rest = toks[kw_end + 1:pb + 1]
            if rest and rest[0].text in ("for", "of", "on"):
                end = pb  # complement: "Side Event for European Cluster Partnerships"
            else:
                # "Future Week Denmark", "Cluster Conference 2019": a year, a place, or more of the title
                # on the keyword's line (the next line of a PDF may start something else).
                for k in range(kw_end + 1, pb + 1):
                    t = toks[k]
                    same_line = "\n" not in text[toks[kw_end].end:t.start]
                    if t.text in _CONNECTORS or not (same_line or re.fullmatch(r"(?:19|20)\d\d", t.text) or gaz.place(t.text) != (None, None)):
                        break
                    end = k
            start = _strip_leading(ctx, toks, pa, kw_start)
            first_kw = pa + hits[0][0]
            start = min(start, first_kw)
            glued = re.match(r"[A-Z]?[a-z]+(?=[A-Z]{2})", toks[start].text)  # "ArticleEU" (words run together)
            s_char = toks[start].start + (glued.end() if glued else 0)
            # The keyword must follow a capitalised modifier directly, or open the name with a complement.
            directly = kw_start > start and _is_cap(toks[kw_start - 1])
            if not directly and end == kw_end:
                if kw_start > 0 and toks[kw_start - 1].text.lower() == "the" and _soft(text, toks[kw_start - 1], toks[kw_start]):
                    out.append(_Mention(toks[kw_start].start, toks[kw_end].end, text[toks[kw_start].start:toks[kw_end].end],
                                        "pattern:event_anaphor", keyword, etype, anaphor=True))
                continue
            words_in = [t.text.lower() for t in toks[start:end + 1] if t.word and t.text not in _CONNECTORS]
            kw_words = {w.lower() for h in hits for w in words[h[0]:h[0] + h[1]]}
            if all(w in lex.generic or w in kw_words or ordinal_value(w) or re.fullmatch(r"(?:19|20)\d\d", w) for w in words_in):
                continue  # "Upcoming Events", "the Third Conference"
            name = _clean(text[s_char:toks[end].end])
            out.append(_Mention(s_char, toks[end].end, name, "pattern:event_name", keyword, etype))
            if end > kw_end and rest and rest[0].text in ("for", "of", "on"):
                template = (_clean(text[s_char:toks[kw_end + 1].end]), keyword)
    return out


def _names_lower(ctx: _DocContext, lex: EventLexicon) -> list[_Mention]:
    """'EEN matchmaking event', 'German, French and Romanian cluster weeks'."""
    out = []
    for m in lex.lower_pattern.finditer(ctx.text):
        head, kw = m.group("cap"), m.group("kw")
        cap_start = m.start("cap")
        pos, ent, sent_start = ctx.pos.get(cap_start, ("", "", False))
        line_start = ctx.text.rfind("\n", 0, cap_start) + 1
        at_start = sent_start or not ctx.text[line_start:cap_start].strip()
        if head.split()[0].lower() in _NOT_NAME_START or (at_start and not head.isupper() and not ent and len(head.split()) == 1):
            continue
        singular = lex.singular(kw)
        plural = kw.lower() != singular.lower()
        coord = m.group("coord")
        if plural and not coord:
            continue  # "EU cluster events": a class of events, not one
        keyword, etype = lex.lookup(singular.lower().split()) or (singular.lower(), "other")
        mods = " ".join(m.group("mods").split())
        tail = " ".join(x for x in (mods, singular) if x)
        out.append(_Mention(cap_start, m.end(), _clean(f"{head} {tail}"), "pattern:event_lower", keyword, etype))
        if coord:
            for w in re.finditer(r"[A-Z][\w’'-]*", coord):
                out.append(_Mention(m.start("coord") + w.start(), m.start("coord") + w.end(), _clean(f"{w.group()} {tail}"),
                                    "pattern:event_lower", keyword, etype))
    return out


def _names_triggered(ctx: _DocContext, lex: EventLexicon) -> list[_Mention]:
    out = []
    for m in lex.trigger_pattern.finditer(ctx.text):
        name = _clean(m.group("name"))
        if 1 <= len(name.split()) <= 10 and name[:1].isupper():
            words = name.split()
            hits = [h for j in range(len(words)) if (h := _keyword_at(lex, words, j))]
            keyword, etype = (hits[-1][1], hits[-1][2]) if hits else (None, "other")
            out.append(_Mention(m.start("name"), m.start("name") + len(m.group("name").rstrip()), name, "pattern:event_trigger", keyword, etype))
    return out


def _announcements(seg: SegmentedDocument, ctx: _DocContext, gaz: Gazetteer, lex: EventLexicon) -> list[_Mention]:
    """Title block, then "Date: ..." and "Location: ..." lines."""
    text, blocks = ctx.text, seg.blocks
    out = []
    for i, b in enumerate(blocks):
        lm = _LABEL.match(text[b.start:b.end])
        if b.kind != "line" or not lm or lm.group("label").strip().lower() not in _DATE_LABELS:
            continue
        j = i - 1
        while j >= 0 and _skippable(text, blocks[j]):
            j -= 1
        if j < 0:
            continue
        title_block = blocks[j]
        title = _clean(text[title_block.start:title_block.end].replace("/", " / "))
        title = " ".join(title.split())
        if not title or len(title.split()) > 16 or title.endswith((".", ":")) or not title[:1].isupper():
            continue
        dates = ctx.dates_between(b.start, b.end)
        city = country = None
        k = i + 1
        while k < len(blocks) and (blocks[k].kind == "line" or _continuation(text, blocks[k])):
            pm = _LABEL.match(text[blocks[k].start:blocks[k].end])
            if pm and pm.group("label").strip().lower() in _PLACE_LABELS:
                city, country = _place_value(pm.group("value"), gaz)
                break
            k += 1
        words = title.split()
        hits = [h for j2 in range(len(words)) if (h := _keyword_at(lex, words, j2))]
        keyword, etype = (hits[-1][1], hits[-1][2]) if hits else (None, "other")
        out.append(_Mention(title_block.start, title_block.end, title, "pattern:announcement", keyword, etype,
                            dates=dates[0] if dates else None, city=city, country=country))
    return out


def _skippable(text: str, b: Block) -> bool:
    body = text[b.start:b.end].strip()
    return b.kind == "line" and _LABEL.match(body) is not None or _continuation(text, b) or bool(re.fullmatch(r"(?:https?://|www\.)\S+", body))


def _continuation(text: str, b: Block) -> bool:
    body = text[b.start:b.end].strip()
    return bool(body) and (body[0].islower() or bool(re.match(r"(?:https?://|www\.)", body)))


def _place_value(value: str, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """"Berlin, Germany" → as written; "Sofia" → (Sofia, Bulgaria); "Romania" → (None, Romania)."""
    parts = [p.strip() for p in value.split("\n")[0].split(",") if p.strip()]
    if not parts:
        return None, None
    if len(parts) >= 2:
        city, _ = gaz.place(parts[0])
        return (city or parts[0]), parts[-1]
    city, country = gaz.place(parts[0])
    return city, country


# --------------------------------------------------------------------------------------------
# attributes
# --------------------------------------------------------------------------------------------
def _edition_and_base(ctx: _DocContext, m: _Mention) -> None:
    """Edition from a leading ordinal or "the 7th edition of"; the written year; tokens for grouping."""
    words = m.name.split()
    if words and ordinal_value(words[0]) and len(words) > 1:
        m.edition = ordinal_value(words[0])
        m.name = " ".join(words[1:])
    before = ctx.text[max(0, m.start - 60):m.start]
    eb = _EDITION_BEFORE.search(before)
    if eb and ordinal_value(eb.group("ord")):
        m.edition = m.edition or ordinal_value(eb.group("ord"))
    else:
        prev = re.search(r"(\w+)[ \t]*\n?[ \t]*$", before)
        if prev and ordinal_value(prev.group(1)):
            m.edition = m.edition or ordinal_value(prev.group(1))
        lead = re.search(r"\b((?:19|20)\d\d)[ \t]*\n?[ \t]*$", before)  # "the 2019 EU Cluster Conference"
        if lead and m.rule == "pattern:event_name":
            m.year = int(lead.group(1))
    years = re.findall(r"\b((?:19|20)\d\d)\b", m.name)
    if years:
        m.year = int(years[-1])
        m.name = " ".join(re.sub(r"\b(?:19|20)\d\d\b", " ", m.name).split()).strip(" –-,")
    m.tokens = fold_tokens(m.name)[0]


def _unquoted(text: str) -> str:
    return re.sub(r"“[^”]*”|\"[^\"]*\"", "", text)


def _attach_date(ctx: _DocContext, m: _Mention, starts: list[int]) -> None:
    """The date right after the name in its sentence ("X on 14-16 May 2019", "X, which took place in
    Brussels on ..."), or a day/month date opening a sentence that names only this event."""
    if m.dates is not None or m.anaphor:
        return
    s, e = ctx.sentence(m.start, m.end)
    others = [p for p in starts if s <= p < e and p != m.start]
    after = ctx.dates_between(m.end, min(e, m.end + _MAX_DATE_GAP))
    if after:
        raw_gap = ctx.text[m.end:after[0].start]
        gap = _unquoted(raw_gap)
        quoted_inside = len(gap) != len(raw_gap)
        blocked = any(m.end <= p < after[0].start for p in others) and not quoted_inside
        closes_quote = "”" in gap or gap.count('"') % 2 == 1  # the name sits inside a quoted title
        if not blocked and not closes_quote and len(gap) <= 80 and not re.search(r"\band\b|;", gap):
            m.dates = after[0]
            return
    before = [d for d in ctx.dates_between(s, m.start) if d.end <= m.start and d.precision in ("day", "month")]
    if before and not others:
        m.dates = before[-1]


def _attach_place(ctx: _DocContext, gaz: Gazetteer, m: _Mention, starts: list[int]) -> None:
    if m.city or m.country or m.anaphor:
        return
    s, e = ctx.sentence(m.start, m.end)
    nxt = min([p for p in starts if p > m.start and p < e] + [e])
    lo = m.start if any(s <= p < m.start for p in starts) else s
    found = [gaz.place(x.group()) for x in gaz.pattern.finditer(ctx.text, lo, nxt)]
    cities = [f for f in found if f[0]]
    if cities:
        m.city, m.country = cities[0]
        return
    countries = [f for f in found if f[1]]
    if countries:
        m.country = countries[0][1]
        return
    first = m.name.split()[0].lower() if m.name.split() else ""
    if first in gaz.demonyms:
        m.country = gaz.demonyms[first]


def _attach_organisers(ctx: _DocContext, m: _Mention, starts: list[int]) -> None:
    """"X organised by A and the B" → (A, B): names as written, without "the" and a trailing (ACRONYM)."""
    s, e = ctx.sentence(m.start, m.end)
    om = _ORGANISED_BY.search(ctx.text, m.end, e)
    if om is None or om.start() - m.end > 60 or any(m.end <= p < om.start() for p in starts):
        return
    names = []
    for part in re.split(r",\s+|\s+and\s+(?=(?:the\s+)?[A-Z])", om.group("orgs")):
        part = re.sub(r"^(?:the)\s+", "", " ".join(part.split()))
        part = re.sub(r"\s*\([^)]*\)?$", "", part).strip(" ,.")
        if part[:1].isupper():
            names.append(part)
    m.organisers = tuple(names)


def _heading_section_attrs(seg: SegmentedDocument, ctx: _DocContext, gaz: Gazetteer, m: _Mention) -> None:
    """An event named by a heading takes the first day/month date and city of the text below it."""
    heading = next((b for b in seg.blocks if b.kind == "heading" and b.start <= m.start < b.end), None)
    if heading is None or len(m.name.split()) < 0.6 * len(ctx.text[heading.start:heading.end].split()):
        return
    body = [b for b in seg.blocks if b.section_start == heading.start and b.kind != "heading"][:4]
    if not body:
        return
    if m.dates is None:
        dated = [d for b in body for d in ctx.dates_between(b.start, b.end) if d.precision in ("day", "month")]
        m.dates = dated[0] if dated else None
    if not (m.city or m.country):
        cities = [gaz.place(x.group()) for b in body for x in gaz.pattern.finditer(ctx.text, b.start, b.end)]
        cities = [c for c in cities if c[0]]
        if cities:
            m.city, m.country = cities[0]


# --------------------------------------------------------------------------------------------
# one name per event in the document
# --------------------------------------------------------------------------------------------
@dataclass
class _Group:
    tokens: frozenset[str]
    keyword: str | None
    members: list[_Mention]
    years: set[int] = field(default_factory=set)
    editions: set[int] = field(default_factory=set)

    def compatible(self, m: _Mention, years: set[int]) -> bool:
        if self.years and years and not self.years & years:
            return False
        if self.editions and m.edition and m.edition not in self.editions:
            return False
        return m.tokens <= self.tokens or (self.tokens < m.tokens and len(m.tokens - self.tokens) <= 1)


def _mention_years(m: _Mention) -> set[int]:
    years = {m.year} if m.year else set()
    if m.dates is not None and m.dates.start_date:
        years.add(m.dates.start_date.year)
    return years


def _group(mentions: list[_Mention]) -> list[_Group]:
    groups: list[_Group] = []
    for m in mentions:
        years = _mention_years(m)
        if m.anaphor:
            cands = [g for g in groups if g.keyword == m.keyword and (not m.edition or m.edition in g.editions or not g.editions)]
            if cands:
                max(cands, key=lambda g: g.members[-1].start).members.append(m)
            continue
        cands = [g for g in groups if g.compatible(m, years)]
        exact = [g for g in cands if g.tokens == m.tokens]
        pool = exact or cands
        if not pool:
            g = _Group(m.tokens, m.keyword, [])
            groups.append(g)
        else:
            g = max(pool, key=lambda g: (len(g.members), g.members[-1].start))
            g.tokens = g.tokens | m.tokens
        g.members.append(m)
        g.years |= years
        if m.edition:
            g.editions.add(m.edition)
    return groups


def _canonical(g: _Group) -> tuple[str, DateMention | None, str | None, str | None, int | None]:
    named = [m for m in g.members if not m.anaphor]
    counts: dict[str, int] = {}
    for m in named:
        counts[m.name] = counts.get(m.name, 0) + 1

    def score(name: str) -> tuple:
        words = name.split()
        caps = sum(1 for w in words if w[:1].isupper()) / max(len(words), 1)
        return (len(fold_tokens(name)[0]), caps, counts[name])

    base = max(counts, key=score)
    dated = [m.dates for m in named if m.dates is not None]
    rank = {"day": 0, "month": 1, "year": 2}
    date = min(dated, key=lambda d: rank.get(d.precision, 3)) if dated else None
    written = [m.year for m in named if m.year]
    edition = min(g.editions) if g.editions else None
    if written:
        name = f"{base} {written[0]}"
    elif edition:
        name = f"{ordinal_word(edition)} {base}"
    elif date is not None and date.start_date:
        name = f"{base} {date.start_date.year}"
    else:
        name = base
    place = next(((m.city, m.country) for m in named if m.city or m.country), (None, None))
    return name, date, place[0], place[1], edition


def _dated_sentence(ctx: _DocContext, g: _Group) -> DateMention | None:
    """For an event whose name gives only its year ("Cluster Conference 2018"), a day or month date of
    that year in a sentence that mentions it."""
    written = {m.year for m in g.members if m.year}
    for m in g.members:
        s, e = ctx.sentence(m.start, m.end)
        for d in ctx.dates_between(s, e):
            if d.precision in ("day", "month") and d.start_date and d.start_date.year in written:
                return d
    return None


def extract_events(seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], rules: Rules,
                   dates: list[DateMention]) -> list[EventMention]:
    """Event mentions of one document, each carrying its event's name and attributes."""
    lex = load_event_lexicon(rules.data_dir)
    gaz = load_gazetteer(rules.data_dir)
    ctx = _DocContext(seg, annotated, dates)
    toks = _tokens(ctx.text)
    # Priority when two candidates overlap: announcement > trigger > capitalised name > lower case > anaphor.
    candidates = (_announcements(seg, ctx, gaz, lex) + _names_triggered(ctx, lex) + _names_from_runs(ctx, toks, lex, gaz)
                  + _names_lower(ctx, lex))
    kept: list[_Mention] = []
    for m in candidates:
        if m.name and not any(k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    for m in kept:
        _edition_and_base(ctx, m)
    kept = [m for m in kept if m.anaphor or m.tokens]
    starts = [m.start for m in kept if not m.anaphor]
    for m in kept:
        _attach_date(ctx, m, starts)
        _heading_section_attrs(seg, ctx, gaz, m)
        _attach_place(ctx, gaz, m, starts)
        _attach_organisers(ctx, m, starts)
    out: list[EventMention] = []
    for g in _group(kept):
        name, date, city, country, edition = _canonical(g)
        if date is None or date.precision == "year":
            date = _dated_sentence(ctx, g) or date
        etype = next((m.event_type for m in g.members if m.keyword), "other")
        for m in g.members:
            out.append(EventMention(
                seg.doc.doc_id, m.start, m.end, ctx.text[m.start:m.end], name, etype, m.rule,
                start_date=date.start_date if date else None, end_date=date.end_date if date else None,
                date_precision=date.precision if date else None, city=city, country=country,
                organisers=m.organisers, edition=edition))
    out.sort(key=lambda e: (e.start, e.end))
    return out
