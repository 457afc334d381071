"""Rule "pattern:lower-head": organisation names of languages that write the common words inside a name in
lower case, so that no capitalised run holds the whole name. Two shapes, both on one line:

- a lower-case organisation word between capitalised words: "Prehrambeni klaster Slavonija", "Lesarski grozd
  Notranjska", "Kauno technologijos universitetas", "Tekstilno-tehnološki fakultet" (the ``[lower heads]`` of
  data/org_name_words.txt; the name opens at the nearest capitalised word before it, over at most two
  lower-case words, and takes up to three capitalised words after it, also over a lower-case complement of at
  most two words: "Regionální agentura rozvoje Jihlava", "Drvni klaster za razvoj Slavonije");
- a front head, then lower-case words and joiners, then a capitalised name: "Agentúra regionálneho rozvoja
  Komárno", "Comunità di montagna della Carnia", "Agence de développement économique du canton du Jura"
  (the ``[front heads]``; at most four lower-case words that are not joiners, none an English function word).

A ``[closing lower heads]`` word (Lithuanian, Latvian, Estonian, Finnish, the Scandinavian "kommune") closes its name: the
languages that decline a name's place before its head ("Šiaulių valstybinė kolegija", "Užimtumo tarnybos Šiaulių
skyrius", "Oulun yliopisto") take no capitalised word after it. The capitalised words after the head go on over a place particle of ``[place particles]`` ("Zemědělské družstvo
Žďár nad Sázavou"). Rule "pattern:lower-head-bounded" is the same name as a whole entry of a list or a bracket:
punctuation right before it ("(", ":", ",", ";", a dash, an opening quote) and right after it (")", ",", ";", ".", a
dash, a closing quote: "Asociacija „Dzūkijos maisto klasteris“") or the line's end: "(Vysoká škola polytechnická Jihlava)", "ve spolupráci: Česká zemědělská univerzita v
Praze)", "proděkanka, Agronomická fakulta v Brně". Bounded so, it is language-neutral (language_neutral_rules.txt):
in running text of another language, where every word around a name is in lower case and a sentence's first word
is capitalised ("Na zakończenie wizyty klaster …"), only "pattern:lower-head" reads, and only English blocks keep it.
Rule "pattern:lower-head-mid" is the same name opened inside a sentence, after a lower-case word or a comma of the
same line ("… je predstavila Regionalna razvojna agencija za Koroško.", "… podpora, kterou poskytla Hrvatska
gospodarska komora", "s podporou Slovenská inovačná agentúra"): no sentence's first word can open it, so it is
language-neutral too. (Not a name that a front head opens: its lower-case words run on into the sentence's, "Distretto
nella Strategia regionale".)
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.data_files import data_sections, data_table, org_name_word_sections
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.org_context import OrgDoc, not_org
from pipeline.extract.org_spans import add
from pipeline.extract.org_quoted_names import quoted_part
from pipeline.extract.shapes import ORG_CONNECTORS, Span, clean, is_cap_word

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_GAP = re.compile(r"[ \t]+")
# what may stand right before and right after a name that is a whole entry of a list or a bracket
_OPENS_ENTRY = re.compile(r"[(:,;„“\"–—][ \t]*$")
_CLOSES_ENTRY = re.compile(r"[ \t]*(?:$|[),;–—“”\"»]|\.(?:\s|$))", re.M)
# what stands right before a name opened inside a sentence: a lower-case word or a comma, then blanks
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[^\w \t]")  # a word or one mark of punctuation
_BOUNDARY = frozenset(".;:)(")  # what closes a portfolio (a comma only after its "and")
_ROMAN = re.compile(r"[IVXLC]+")  # an ordinal before a head: "VIII kongresa klastera" (the congress of clusters)
_INSIDE_SENTENCE = re.compile(r"(?<![\w'’-])([^\W\d_]+|,)[ \t]+$")


@lru_cache(maxsize=4)
def _place_particles(data_dir: Path | None) -> frozenset[str]:
    """The one-word ``[place particles]`` of data/org_name_words.txt ("nad", "de", "am")."""
    words = data_sections(data_dir / "org_name_words.txt").get("place particles", []) if data_dir else []
    return frozenset(w for w in words if " " not in w)


@lru_cache(maxsize=4)
def _closing_heads(data_dir: Path | None) -> frozenset[str]:
    """The ``[closing lower heads]`` of data/org_name_words.txt ("kolegija", "tarnybos", "yliopisto", "kommune"): a
    head that closes its name, the capitalised words after it are the next phrase's."""
    return frozenset(org_name_word_sections(data_dir).get("closing lower heads", [])) if data_dir else frozenset()


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The words of ``text[start:end]`` separated by blanks only (a comma or a full stop ends the list)."""
    out: list[re.Match[str]] = []
    pos = start
    while pos < end:
        m = _WORD.match(text, pos, end)
        if not m:
            break
        out.append(m)
        gap = _GAP.match(text, m.end(), end)
        if not gap:
            break
        pos = gap.end()
    return out


def _is_joiner(ctx: OrgDoc, word: str) -> bool:
    return word in ctx.words.joiners or word in ORG_CONNECTORS


def _foreign_lower(ctx: OrgDoc, word: str) -> bool:
    """A lower-case word that may stand inside a foreign name: not an English function word."""
    return word.islower() and word not in STOP_WORDS and not _is_joiner(ctx, word)


def _caps_after(words: list[re.Match[str]], i: int, most: int = 3, particles: frozenset[str] = frozenset()) -> int:
    """Index after the capitalised words (at most ``most``) from ``i``, over a place particle between two of them
    ("Žďár nad Sázavou")."""
    j = i
    while j < len(words) and j - i < most and is_cap_word(words[j].group()):
        j += 1
        if j + 1 < len(words) and words[j].group() in particles and is_cap_word(words[j + 1].group()):
            j += 1
            most += 1
    return j


def lower_head_names(ctx: OrgDoc) -> list[Span]:
    """Spans of the two shapes in the module docstring."""
    t = ctx.text
    ow = ctx.words
    particles = _place_particles(ctx.lex.data_dir)
    closing = _closing_heads(ctx.lex.data_dir)
    out: list[Span] = []
    start = 0
    for line in t.split("\n"):
        end = start + len(line)
        pos = start
        while pos < end:
            first = _WORD.search(t, pos, end)
            if not first:
                break
            words = _words(t, first.start(), end)
            pos = words[-1].end() if words else first.end()
            for i, w in enumerate(words):
                word = w.group()
                if word in ow.front_heads and i + 1 < len(words):
                    j, lower = i + 1, 0
                    while j < len(words) and (_is_joiner(ctx, words[j].group()) or _foreign_lower(ctx, words[j].group())):
                        if words[j].group() in STOP_WORDS and words[j].group() not in ow.joiners:
                            break  # "… Società Cooperativa represents the recyclers of Prato": an English clause
                        if words[j].group() in ow.conjunctions and j + 1 < len(words) and is_cap_word(words[j + 1].group()):
                            break  # "Министерство на енергетиката и Община Габрово": "and" opens the next name
                        lower += not _is_joiner(ctx, words[j].group())
                        j += 1
                    k = _caps_after(words, j)
                    if 1 <= lower <= 4 and k > j:
                        out.append(Span(w.start(), words[k - 1].end()))
                elif word.islower() and word.split("-")[-1] in ow.anywhere_heads and i:
                    s = i - 1
                    while s > 0 and i - s < 3 and not is_cap_word(words[s].group()) and _foreign_lower(ctx, words[s].group()) \
                            and words[s].group() not in closing and words[s].group() not in ctx.words.conjunctions:
                        s -= 1  # not back over a closing head ("… akadēmijas Inženieru fakultātē notika klastera") or an "and" ("… oraz szkoły")
                    opener = words[s].group()
                    if not is_cap_word(opener) or opener.lower() in STOP_WORDS or _ROMAN.fullmatch(opener):
                        continue  # "the klaster", "our new klaster", "VIII kongresa klastera": no name opens it
                    caps = 0
                    while s > 1 and caps < 2 and is_cap_word(words[s - 1].group()) \
                            and words[s - 1].group().lower() not in STOP_WORDS:
                        s -= 1  # capitalised words before the head: "Kauņas Tehnoloģiju universitāte" (not a sentence's first)
                        caps += 1
                    k = i + 1 if word in closing else _caps_after(words, i + 1, particles=particles)
                    if word in closing:
                        pass  # "Užimtumo tarnybos Šiaulių skyrius": the head closes the name
                    elif k == i + 1 and i + 1 < len(words) and words[i + 1].group() in ow.conjunctions:
                        pass  # "Hrvatska gospodarska komora i Varaždinska županija": "and" opens the next name
                    elif k == i + 1:  # "agentura rozvoje Jihlava", "klaster za razvoj Pomurja": a lower-case complement, then the place
                        j = i + 1
                        while j < len(words) and j - i <= 2 and (_is_joiner(ctx, words[j].group()) or _foreign_lower(ctx, words[j].group())):
                            j += 1
                        k = _caps_after(words, j, particles=particles) if j > i + 1 else k
                        k = k if k > j else i + 1
                    out.append(Span(words[s].start(), words[k - 1].end() if k > i + 1 else w.end()))
        start = end + 1
    return out


def _given_name_after(ctx: OrgDoc, span: Span) -> int | None:
    """Where a person's name (a given name, then a capitalised word) closes the capitalised words after the span's
    lower-case head right before a comma: an office holder named after the body ("župan Krapinsko-zagorske županije
    Ivan Horvat, …"); not a patron inside the name ("… univerzity Alexandra Dubčeka v Trenčíne")."""
    if not ctx.text.startswith(",", span.end):
        return None
    words = _words(ctx.text, span.start, span.end)
    for prev, w in zip(words, words[1:]):
        if prev.group().islower() and is_cap_word(w.group()) and w.end() < span.end \
                and starts_with_given_name(ctx.text[w.start():span.end], ctx.lex):
            return w.start()
    return None


@lru_cache(maxsize=4)
def _noun_capital_heads(data_dir: Path | None) -> frozenset[str]:
    """The front heads of org_head_concepts.csv that only languages of ``[languages writing nouns in capitals]``
    (data/org_name_words.txt) give: "Verein", "Netzwerk", "Verband" (read once)."""
    if data_dir is None:
        return frozenset()
    langs = set(data_sections(data_dir / "org_name_words.txt").get("languages writing nouns in capitals", []))
    by_word: dict[str, set[str]] = {}
    for row in data_table(data_dir / "org_head_concepts.csv")[1]:
        if row["use"] == "front" and row["form"].split():
            by_word.setdefault(row["form"].split()[0], set()).add(row["language"])
    return frozenset(w for w, ls in by_word.items() if ls <= langs)


def _short_front_name(ctx: OrgDoc, span: Span) -> bool:
    """A front head's name whose head is followed by at most two lower-case words, then capitalised words to its end
    ("… iz Ministarstva privrede Republike Srbije", "sa Fakulteta tehničkih nauka Univerziteta"): too short to run on
    into the sentence's words, so it is read inside a sentence in any language, as "pattern:lower-head-mid". Not a head
    of only the languages that write every noun with a capital ("der Verein seit seiner Gründung": a preposition and a
    noun of the sentence)."""
    all_words = [w.group() for w in _words(ctx.text, span.start, span.end)]
    if all_words and all_words[0] in _noun_capital_heads(ctx.lex.data_dir):
        return False
    words = all_words[1:]
    lower = [w for w in words if not is_cap_word(w)]
    return 1 <= len(lower) <= 2 and all(not is_cap_word(w) for w in words[:len(lower)]) \
        and not any(_is_joiner(ctx, w) for w in lower)


def from_lower_heads(ctx: OrgDoc) -> None:
    """Rules "pattern:lower-head", "pattern:lower-head-bounded", "pattern:lower-head-mid" (module docstring): each
    span, unless it names no organisation; a person named right after the head is no part of it ("župan Krapinsko-
    zagorske županije Ivan Horvat, …": the name ends before the person); a patron or a brand in quotes right after it
    is part of it ("Югозападния университет „Неофит Рилски“", "Šumarski fakultet „Ivo Andrić“": family "quoted part of
    a name", :mod:`pipeline.extract.org_quoted_names`). A name opened inside a sentence that ends at its head
    before a joiner ("Hrvatska agencija za malo gospodarstvo, …") goes on in lower case beyond what the rule can
    bound: only "pattern:lower-head" (English blocks) reads it."""
    t = ctx.text
    for span in lower_head_names(ctx):
        person = next((p.start for p in ctx.person_spans if span.start < p.start < span.end), None) or _given_name_after(ctx, span)
        if person is not None:
            end = person
            while end > span.start and t[end - 1] in " \t\n":
                end -= 1
            span = Span(span.start, end)
            words = _words(t, span.start, span.end)
            while len(words) > 1 and words[-1].group().islower() and words[-1].group().split("-")[-1] not in ctx.words.anywhere_heads:
                words.pop()  # "Lietuvas mēbeļu klastera vadītāja Rūta …": the title before the person is no part of the name
            span = Span(span.start, words[-1].end()) if words else span
        quoted = quoted_part(ctx, span, span)
        if quoted is not None and quoted.start == span.start:  # "Югозападния университет „Неофит Рилски“"
            span = quoted
        form = ctx.lex.legal_forms.match(ctx.text, span.end)
        if form:  # "Plastikářský klastr, z.s.": the legal form closes the name
            span = Span(span.start, form.end())
        if not not_org(ctx, clean(ctx.text[span.start:span.end])):
            bounded = _OPENS_ENTRY.search(t, max(0, t.rfind("\n", 0, span.start) + 1), span.start) and _CLOSES_ENTRY.match(t, span.end)
            before = None if bounded else _INSIDE_SENTENCE.search(t, max(0, span.start - 40), span.start)
            nxt = _NEXT_WORD.match(t, span.end)
            inside = before is not None and (before.group(1) == "," or before.group(1).islower()) \
                and (t[span.start:span.end].split(None, 1)[0] not in ctx.words.front_heads or _short_front_name(ctx, span)) \
                and not (nxt and nxt.group(1) in ctx.words.joiners and nxt.group(1) not in ctx.words.conjunctions)
            add(ctx, span, "pattern:lower-head-bounded" if bounded else "pattern:lower-head-mid" if inside else "pattern:lower-head", 2)
    for span in portfolio_names(ctx):
        if not not_org(ctx, clean(t[span.start:span.end])):
            add(ctx, span, "pattern:head-complement", 2)


@lru_cache(maxsize=4)
def _portfolio_joiners(data_dir: Path | None) -> tuple[tuple[str, ...], ...]:
    """The ``[portfolio joiners]`` of data/org_name_words.txt as word tuples ("za", "do spraw")."""
    words = data_sections(data_dir / "org_name_words.txt").get("portfolio joiners", []) if data_dir else []
    return tuple(tuple(w.split()) for w in words)


def _portfolio_end(ctx: OrgDoc, toks: list[re.Match[str]], j: int) -> int | None:
    """Index after the lower-case portfolio that starts at token ``j`` (module docstring, "pattern:head-complement"), or
    None where no punctuation, line end or "and" before a capitalised name closes it within seven words. A comma
    before any "and" closes it where no "and" follows ("Inštitut za ekonomska raziskovanja, ki deluje …")."""
    words = after_and = 0
    and_seen = False
    last = first_comma = None

    def failed() -> int | None:
        return first_comma + 1 if first_comma is not None and not and_seen else None

    while j < len(toks):
        tok = toks[j].group()
        if tok in _BOUNDARY or (tok == "," and and_seen):
            break
        if tok == ",":
            if last is None:
                return None
            first_comma = last if first_comma is None else first_comma
            if j + 1 >= len(toks) or not toks[j + 1].group().islower():
                return first_comma + 1
            j += 1
            continue
        if not tok.islower() or (tok in STOP_WORDS and tok not in ctx.words.conjunctions):
            return failed()  # a capitalised word or an English clause: no portfolio of this shape
        if tok in ctx.words.conjunctions and last is not None:
            if j + 1 < len(toks) and is_cap_word(toks[j + 1].group()):
                break  # "… za privredu i Ministarstva …": "and" opens the next name
            and_seen, after_and = True, 0
            j += 1
            continue
        words += 1
        after_and += and_seen
        if words > 7 or after_and > 2:
            return failed()
        last = j
        j += 1
    if first_comma is not None and not and_seen:
        return first_comma + 1  # a list needs its "and": the comma closes the portfolio
    return last + 1 if last is not None and toks[last].group() not in ctx.words.conjunctions else None


def portfolio_names(ctx: OrgDoc) -> list[Span]:
    """Rule "pattern:head-complement": a head word of a name (a one-word front head, "Ministrstvo", "Inštitut", or a
    lower head after its capitalised opener, "Pokrajinskog sekretarijata"), a ``[portfolio joiners]`` word and a
    lower-case portfolio closed as :func:`_portfolio_end` says; the whole phrase is the name. Bounded by punctuation, it
    is language-neutral (language_neutral_rules.txt)."""
    t = ctx.text
    ow = ctx.words
    joiners = _portfolio_joiners(ctx.lex.data_dir)
    closing = _closing_heads(ctx.lex.data_dir)
    out: list[Span] = []
    start = 0
    for line in t.split("\n"):
        toks = list(_TOKEN.finditer(t, start, start + len(line)))
        start += len(line) + 1
        for i, m in enumerate(toks):
            word = m.group()
            front = word in ow.front_heads
            if not front and not (word.islower() and word in ow.anywhere_heads and word not in closing):
                continue
            joiner = next((jw for jw in joiners if tuple(x.group() for x in toks[i + 1:i + 1 + len(jw)]) == jw), None)
            if joiner is None:
                continue
            end = _portfolio_end(ctx, toks, i + 1 + len(joiner))
            if end is None:
                continue
            s = i
            if not front:
                s = i - 1
                while s > 0 and i - s < 3 and toks[s].group().islower() and _foreign_lower(ctx, toks[s].group()):
                    s -= 1
                opener = toks[s].group() if s >= 0 else ""
                if s < 0 or not is_cap_word(opener) or opener.lower() in STOP_WORDS or _ROMAN.fullmatch(opener):
                    continue
            out.append(Span(toks[s].start(), toks[end - 1].end()))
    return out
