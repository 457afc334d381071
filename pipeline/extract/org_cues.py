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


_ITEM_SPLIT = re.compile(r"[ \t]*(?:[,;·•|]|[ \t]and[ \t])[ \t]*")
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
        for part in _ITEM_SPLIT.split(t[m.end():le]):
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
