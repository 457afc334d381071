"""Organisation rules over cue phrases, functions over one document context (:class:`pipeline.extract.org_context.OrgDoc`):
names after "organised by", "in partnership with", ... (one or a list), the items of a list whose
lead-in line speaks of organisations, and what wins an award for an organisation kind.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_sections, phrase_alternation
from pipeline.extract.given_names import full_person_name, starts_with_given_name
from pipeline.extract.lexicon import key
from pipeline.extract.org_context import NAMES_AND, OrgDoc, generic, not_org
from pipeline.extract.org_spans import add, run_at, trim
from pipeline.extract.org_names import name_pieces
from pipeline.extract.shapes import Span, clean, is_acronym, valid_person_name
from pipeline.extract.statement_parts import lower_case_words

# A lead-in line speaking of organisations and ending in a colon, right before a list
_LIST_LEAD = re.compile(r"(?im)^[^\n]*\b(?:organi[sz]ations|clusters|networks|companies|agencies|institutions|partners|members)"
                        r"\b[^\n]*:[ \t]*\n(?=[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+)")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+(?:the[ \t]+)?")
_AWARD_AS = re.compile(r"[ \t\n]+as[ \t\n]+(?:the[ \t\n]+)?((?:[A-Z][\w'’-]*[ \t\n]+){1,4})of[ \t\n]+the[ \t\n]+Year(?![\w-])")


_NEXT_ITEM = re.compile(r"\.?(?:\s*\([^()]{1,20}\)|\s*\([a-z][^()A-Z]{1,60}\)|[ \t\n]+(?:from|in)[ \t\n]+[A-Z][\w'’-]+)?"
                        r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")


def from_cues(ctx: OrgDoc) -> None:
    """Names after "organised by", "in partnership with", ...: one organisation or a list."""
    t = ctx.text
    for m in ctx.lex.org_cues.finditer(t):
        pos = m.end()
        companies = bool(re.search(r"compan|firm", m.group(), re.I))  # "company visits to": no person follows
        for item in range(12):
            run = run_at(ctx, pos)
            if not run:
                break
            parts = _closing_and(t, run)
            if len(parts) == 2 and all(valid_person_name(clean(t[p.start:p.end]), ctx.lex) for p in parts):
                parts = []  # "Members of the board are Jane Doe and John Smith": people
            elif item == 0:
                parts = [run]  # "European Research and Innovation Agency" alone is one name
            for piece in (_after_role_of(ctx, p) for part in parts for p in name_pieces(ctx, part)):
                name = clean(t[piece.start:piece.end])
                if not (not_org(ctx, name, cued=True) or (" " not in name and generic(ctx, name))
                        or (valid_person_name(name, ctx.lex) and not companies)):
                    add(ctx, piece, "cue:organisation", 2)
            # "A Cluster from Innsbruck, B Cluster and C": a home town between two list items.
            nxt = _NEXT_ITEM.match(t, run.end)  # at an offset: a copy of the rest of the text per item is quadratic
            if not nxt:
                break
            pos = nxt.end()


_OF_AFTER_ROLE = re.compile(r"[ \t]+(?:of|at|for)[ \t]+(?:the[ \t]+)?(?=[^\W\d_])")


def _after_role_of(ctx: OrgDoc, piece: Span) -> Span:
    """Family "role of an organisation in a cued list": an item that opens with a role title and "of"/"at"/"for"
    ("led by Jane Doe, President of AMRA and CEO of Caoutchoucs du Forez SAS", "chaired by the Director at Nordlys
    Robotics AS") names the organisation after them: the role is no part of its name; so does an item that opens
    with a person's full name and "of"/"at" ("led by Jon Iker Etxeberria Lasa of Ulma Forja S. Coop.", family
    "person of an organisation": :func:`given_names.full_person_name`)."""
    t = ctx.text
    role = ctx.lex.role_title_re.match(t, piece.start)
    of = _OF_AFTER_ROLE.match(t, role.end()) if role and t[piece.start].isupper() else None
    if of is None:
        of = _OF_AFTER_ROLE.search(t, piece.start, piece.end)
        of = of if of and full_person_name(t[piece.start:of.start()], ctx.lex) else None
    return Span(of.end(), piece.end) if of and of.end() < piece.end and t[of.end()].isupper() else piece


def from_list_leads(ctx: OrgDoc) -> None:
    """"Three cluster organisations presented their schemes:\n- Moda Lab Prato (Italy) runs ...": the
    items of a list whose lead-in line (ending in a colon) speaks of organisations open with one
    (a capitalised phrase at the item start, closed by a bracket, a comma, a dash or the line end, or
    followed by a lower-case word; not a topic whose words the text also writes in lower case)."""
    t = ctx.text
    lower: frozenset[str] | None = None
    for m in _LIST_LEAD.finditer(t):
        lower = lower if lower is not None else lower_case_words(t)
        pos = m.end()
        while True:
            item = _LIST_ITEM.match(t, pos)
            if not item:
                break
            line_end = t.find("\n", item.end())
            line_end = len(t) if line_end < 0 else line_end
            pos = line_end + 1
            run = run_at(ctx, item.end(), single_line=True)
            if run is None or run.start != item.end():
                continue
            pieces = name_pieces(ctx, run)
            if not pieces or pieces[0].start != run.start:
                continue
            piece = pieces[0]
            after = t[piece.end:line_end]
            if not re.match(r"[ \t]*(?:\(|,|;|[–—-][ \t]|$|[a-z])", after):
                continue
            name = clean(t[piece.start:piece.end])
            if len(name.split()) < 2 and not is_acronym(name):
                continue  # one word: too weak a name
            kinds = any(w.lower() in ctx.lex.org_type_nouns for w in name.split())  # "Moda Lab Prato": no person
            if not_org(ctx, name, cued=True) or generic(ctx, name) or (valid_person_name(name, ctx.lex) and not kinds) \
                    or ctx.lex.role_title_re.match(name) or _people_pair(ctx, name):
                continue
            add(ctx, piece, "cue:list-lead", 2)


@lru_cache(maxsize=4)
def _list_label(data_dir: Path | None) -> re.Pattern[str]:
    """A line opened by a label of ``[list labels]`` (data/org_evidence.txt), perhaps in bold, with a year or a word
    or two after it, then a colon (built once)."""
    labels = data_sections(data_dir / "org_evidence.txt").get("list labels", []) if data_dir else []
    if not labels:
        return re.compile(r"(?!)")
    return re.compile(r"(?im)^[ \t\-•*_]*(?:" + phrase_alternation((w.lower() for w in labels), r"[ \t]+") + r")"
                      r"(?:[ \t]+(?:\d{4}|\(?[\w'’-]+\)?)){0,2}[ \t*_]*:[ \t*_]*(?=\S)")


@lru_cache(maxsize=4)
def _degrees(data_dir: Path | None) -> frozenset[str]:
    """The degrees of data/person_degrees.txt without their last full stop ("Ph.D", "CSc", "MBA"), read once."""
    return frozenset(w.rstrip(".") for w in data_lines(data_dir / "person_degrees.txt")) if data_dir else frozenset()


@lru_cache(maxsize=4)
def _item_split(conjunctions: frozenset[str]) -> re.Pattern[str]:
    """Where a labelled list's items split: commas, semicolons, middle dots, bars and "and" in English or another
    language of ``[and in other languages]`` (data/org_name_words.txt: "Neue Mitglieder: A, B und C GmbH")."""
    ands = phrase_alternation(sorted(conjunctions | {"and"}), r"[ \t]+")
    return re.compile(r"[ \t]*(?:[,;·•|]|[ \t](?:" + ands + r")[ \t])[ \t]*")
_ITEM_TAIL = re.compile(r"[ \t]*\([^()]{1,40}\)[ \t.]*$|[ \t.]+$")
_ITEM_JOINERS = frozenset({"of", "for", "de", "di", "du", "des", "der", "and"})
_LABEL_ITEM = re.compile(r"(?:the[ \t]+)?([^\W_][\w'’&.+/-]*(?:[ \t]+(?:[^\W_][\w'’&.+/-]*|&|of|for|de|di|du|des|der|and)){0,5})")


def from_label_lists(ctx: OrgDoc) -> None:
    """Rule ``"cue:label-list"``: a line that a label of ``[list labels]`` (data/org_evidence.txt: "Partners", "Members",
    "Sponsors", "Organisers", "Exhibitors") opens before a colon lists organisations, the items split at commas,
    semicolons, middle dots, bars and "and" ("Partners 2031: Norvatek · Aalborg Port · Brightmill Foods", "Sponsors:
    Ecoprint, Tarvio and the Acme Bank", "**Members:** Helvion; Quorra"): each item that is a capitalised name of up
    to six words is one, also a one-word brand no organisation word marks ("Energinet"), unless it is a person, a
    place, a role title or a name that never names an organisation (a bracket after it, its country or acronym, is
    no part of it)."""
    t = ctx.text
    for m in _list_label(ctx.lex.data_dir).finditer(t):
        le = t.find("\n", m.end())
        le = len(t) if le < 0 else le
        pos = m.end()
        for part in _item_split(ctx.words.conjunctions).split(t[m.end():le]):
            start = t.find(part, pos, le) if part else -1
            if start < 0:
                continue
            pos = start + len(part)
            core = _ITEM_TAIL.sub("", part)
            item = _LABEL_ITEM.fullmatch(core)
            if not item or not (item.group(1)[:1].isupper() or item.group(1)[:1].isdigit() and re.search(r"[A-Z]", item.group(1))):
                continue  # "Ecoprint", "50Hertz Transmission"
            span = Span(start + item.start(1), start + item.end(1))
            name = clean(t[span.start:span.end])
            if name.rstrip(".") in _degrees(ctx.lex.data_dir):
                continue  # "– Ing. Jana Novak, Ph.D.; …": a person's degree after a comma
            if any(w[:1].islower() and w not in _ITEM_JOINERS for w in name.split()):
                continue  # "… and AS Tallinna Sadam joined in May": a sentence after the label, no list item
            k = key(name)
            if (not name or k in ctx.lex.cities or k in ctx.lex.countries or not_org(ctx, name, cued=True) or generic(ctx, name)
                    or ctx.lex.role_title_re.fullmatch(name) or full_person_name(name, ctx.lex)
                    or (valid_person_name(name, ctx.lex) and starts_with_given_name(name, ctx.lex))):
                continue
            add(ctx, span, "cue:label-list", 2)


@lru_cache(maxsize=4)
def _neighbour_separator(conjunctions: frozenset[str]) -> re.Pattern[str]:
    """The separator between two items of a list on one line: a comma, a semicolon or a middle dot, perhaps with
    "and" of any language of ``[and in other languages]`` (data/org_name_words.txt) after it, or that "and" alone;
    a bracket (a country, a town) may close the item before it (built once)."""
    ands = phrase_alternation(sorted(conjunctions | {"and"}), r"[ \t]+")
    return re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*[,;·][ \t]*(?:(?:" + ands + r")[ \t]+)?|[ \t]+(?:" + ands
                      + r")[ \t]+)(?:the[ \t]+)?")


_NEIGHBOUR_END = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[.;:)]?[ \t]*$|[.;)][ \t]+)", re.M)
_NEIGHBOUR_ITEM = re.compile(r"[^\W\d_][\w'’&.+/-]*(?:[ \t]+(?:[^\W_][\w'’&.+/-]*|&|of|for|de|di|du|des|der|van|von)){0,5}")
_MAX_ITEMS = 16
_ENGLISH_WORD = re.compile(r"(?<![\w-])(?:the|and|of|with|from|for|at|by|to|in)(?![\w-])")


def from_list_neighbours(ctx: OrgDoc) -> None:
    """Rule ``"cue:list-neighbour"``: a list on one line of at least three items joined by commas, semicolons, middle
    dots or "and" (in any language of ``[and in other languages]``: "og", "en", "e", "i", "und") of which two or more
    are organisations another rule found by their shape (a legal form, an organisation word, the gazetteer) names
    organisations in its other items too: the brands no organisation word marks ("Riopele S.A., Coelima, Lameirinho
    and Tintex Textiles", "Buyers: Acme Foods Ltd, Brightmill and Norvatek GmbH", "samen met Acme B.V., Van Dijk
    Logistiek en Stichting Delta"). Such an item is a capitalised name of up to six words, closed by the next
    separator or the line's end; not a person, a place, a role title, an everyday word or a name that never names
    an organisation."""
    t = ctx.text
    known = sorted({(c.span.start, c.span.end) for c in ctx.cands if c.strength >= 2}, key=lambda s: (s[0], -s[1]))
    if len(known) < 2:
        return
    starts = {}
    for s, e in known:
        starts.setdefault(s, e)
    sep = _neighbour_separator(ctx.words.conjunctions)
    seen: set[int] = set()
    places: list[tuple[int, int]] | None = None
    for s, e in known:
        if s in seen:
            continue
        le = t.find("\n", e)
        le = len(t) if le < 0 else le
        items: list[tuple[int, int, bool]] = [(s, e, True)]
        items[:0] = _items_before(ctx, sep, s, known)
        pos = e
        while len(items) < _MAX_ITEMS:
            m = sep.match(t, pos, le)
            if m is None:
                break
            nxt = m.end()
            if nxt in starts:
                items.append((nxt, starts[nxt], True))
                seen.add(nxt)
                pos = starts[nxt]
                continue
            item = _NEIGHBOUR_ITEM.match(t, nxt, le)
            if item is None or not t[nxt].isupper():
                break
            end = _capitalised_end(ctx, nxt, item.end())
            cut = sep.search(t, nxt, end)  # "Coelima, Lameirinho": the item ends at the next separator
            end = cut.start() if cut else end
            while end > nxt and t[end - 1] in ".":
                end -= 1
            if any(ks < end and ke > nxt for ks, ke in known):
                break
            if not (sep.match(t, end, le) or _NEIGHBOUR_END.match(t, end)):
                break
            items.append((nxt, end, False))
            pos = end
        items = _without_fields(ctx, items)
        if sum(k for _, _, k in items) < 2 or len(items) < 3 or all(k for _, _, k in items):
            continue
        if places is None:
            places = [(b.start + e.start_char, b.start + e.end_char) for b, doc in ctx.annotated
                      for e in doc.ents if e.label_ in ("GPE", "LOC")]
        spans = [Span(a, b) for a, b, k in items if not k]
        english = _ENGLISH_WORD.search(t, t.rfind("\n", 0, items[0][0]) + 1, le)  # the model's places on an English line only:
        if any(_not_a_brand(ctx, sp, places if english else []) for sp in spans):  # it reads another language's brands as places
            continue  # "Acme CLG, Business Park, Athlone", "Head of Unit, Health Technologies, DG GROW": an address, an affiliation
        for sp in spans:
            if not _everyday(ctx, sp):
                add(ctx, sp, "cue:list-neighbour", 1)


_WORD_START = re.compile(r"(?<![\w'’&.+/-])[^\W\d_]")


def _items_before(ctx: OrgDoc, sep: re.Pattern[str], s: int, known: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The unknown items that open a list before its first known one ("Deutsche Telekom IT Solutions Slovakia, Ness KE
    and Cloudfix s.r.o."), back to the line's start, a colon or a lower-case word."""
    t = ctx.text
    ls = t.rfind("\n", 0, s) + 1
    out: list[tuple[int, int, bool]] = []
    end = s
    while len(out) < _MAX_ITEMS:
        cut = None  # the separator right before ``end``: tried at the few positions one can start at
        for back in range(1, 12):
            p = end - back
            if p < ls:
                break
            m = sep.match(t, p, end)
            if m and m.end() == end and (p == ls or t[p - 1] not in " \t"):
                cut = p
        if cut is None:
            break
        first = None
        for w in _WORD_START.finditer(t, max(ls, cut - 120), cut):
            if t[w.start()].isupper() and _NEIGHBOUR_ITEM.fullmatch(t, w.start(), cut) and _capitalised_end(ctx, w.start(), cut) == cut:
                first = w.start()
                break
        inner = None
        for inner in sep.finditer(t, first or 0, cut) if first is not None else ():
            pass
        if inner is not None:
            first = inner.end()  # "Antreprenoriatului și Turismului": two items
        if first is None or any(ks < cut and ke > first for ks, ke in known):
            break
        out.insert(0, (first, cut, False))
        end = first
    return out


def _capitalised_end(ctx: OrgDoc, start: int, end: int) -> int:
    """Where the capitalised words from ``start`` end (a joiner may stand between two of them): "TAB Mobility" of
    "TAB Mobility plant in …"."""
    last = start
    for w in re.finditer(r"\S+", ctx.text[start:end]):
        word = w.group()
        if word[:1].isupper() or word[:1].isdigit() or word in ("&", "+"):
            last = start + w.end()
        elif not (word in _ITEM_JOINERS or word in ctx.words.joiners):
            break
    return last


_OF_FOR = re.compile(r"[ \t](?:of|for)[ \t]")


def _without_fields(ctx: OrgDoc, items: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The items less the one-word ones right after a head and its complement: further fields of that name
    ("Ministerul Economiei, Antreprenoriatului și Turismului")."""
    out: list[tuple[int, int, bool]] = []
    fields = False
    for item in items:
        if item[2]:
            fields = _opens_a_portfolio(ctx, item)
        elif fields and " " not in ctx.text[item[0]:item[1]].strip():
            continue
        else:
            fields = False
        out.append(item)
    return out


def _opens_a_portfolio(ctx: OrgDoc, item: tuple[int, int, bool]) -> bool:
    """A head and its complement ("Ministry of Economy", "Ministerul Economiei", "Faculty of Civil Engineering"): the
    one-word items after it may be further fields of the same name."""
    name = clean(ctx.text[item[0]:item[1]])
    first = name.split()[0] if name.split() else ""
    return bool(_OF_FOR.search(name)) or (" " in name and (first in ctx.words.front_heads or first in ctx.lex.org_suffixes))


def _not_a_brand(ctx: OrgDoc, span: Span, places: list[tuple[int, int]]) -> bool:
    """An item that makes its list an address, a person's affiliation line or a sentence: a place, a number, a
    role title, a person, a lower-case word."""
    name = clean(ctx.text[span.start:span.end])
    words = name.split()
    k = key(name)
    return (not words or len(words) > 6 or any(c.isdigit() for c in name) or k in ctx.lex.cities or k in ctx.lex.countries
            or any(not (w[:1].isupper() or w in _ITEM_JOINERS or w in ctx.words.joiners) for w in words)
            or bool(ctx.lex.role_title_re.match(name)) or full_person_name(name, ctx.lex)
            or (valid_person_name(name, ctx.lex) and starts_with_given_name(name, ctx.lex))
            or any(p.start < span.end and p.end > span.start for p in ctx.person_spans)
            or any(a < span.end and b > span.start for a, b in places))


def _everyday(ctx: OrgDoc, span: Span) -> bool:
    """An item that is no name of its own: everyday words, a word the text writes in lower case, a heading in capitals,
    a name that never names an organisation."""
    name = clean(ctx.text[span.start:span.end])
    words = name.split()
    return (not_org(ctx, name, cued=True) or generic(ctx, name)
            or (len(words) == 1 and not is_acronym(name) and name.lower() in ctx.lower_words)
            or (len(words) > 1 and name.isupper()))


def _people_pair(ctx: OrgDoc, name: str) -> bool:
    """Family "two people joined by and": a list item that opens with two people's names ("- Jane Doe and John Roe,
    Acme Moulds Lda.", "- Ana Vidal and Paul Amsel (Beta Cluster)") names its people first, no organisation."""
    parts = re.split(NAMES_AND, name)
    return len(parts) == 2 and all(valid_person_name(p, ctx.lex) and starts_with_given_name(p, ctx.lex) for p in parts)


def from_award_winners(ctx: OrgDoc) -> None:
    """"the election of IOT4Industry as Cluster Partnership of the Year": what wins an award for an
    organisation kind (a phrase with an organisation word, not a role title: not "Cluster Manager of
    the Year") is an organisation."""
    t = ctx.text
    for m in _AWARD_AS.finditer(t):
        kind = clean(m.group(1))
        words = kind.split()
        if ctx.lex.role_title_re.search(kind) or not any(
                w in ctx.lex.org_suffixes or w.lower() in ctx.lex.org_type_nouns for w in words):
            continue
        before = re.search(r"(?:[A-Z0-9][\w'’&.-]*[ \t]+){0,5}[A-Z0-9][\w'’&.-]*$", t[max(0, m.start() - 80):m.start()])
        if not before:
            continue
        span = trim(ctx, Span(m.start() - len(before.group()), m.start()))
        if span is None:
            continue
        name = clean(t[span.start:span.end])
        if not_org(ctx, name, cued=True) or generic(ctx, name) or valid_person_name(name, ctx.lex):
            continue
        add(ctx, span, "cue:award-winner", 2)



def _closing_and(text: str, run: Span) -> list[Span]:
    """The run split at its last "and" (never "&": family "ampersand inside a name"): a list's last two items read as one capitalised run
    ("…, AgriFood Lithuania and Plastipolis"). Callers keep the run whole where it opens the list."""
    seg = text[run.start:run.end]
    m = None
    for m in re.finditer(NAMES_AND + r"(?:the[ \t\n]+)?", seg):
        pass
    if m is None:
        return [run]
    return [Span(run.start, run.start + m.start()), Span(run.start + m.end(), run.end)]
