"""Organisation rules over spaCy ORG entities and over organisation-kind nouns, functions
over one document context (:class:`pipeline.extract.org_context.OrgDoc`): the statistical ORG tags that survive the
not-an-organisation tests, and "the Dutch network Acme Noord" (a name after "network", "cluster", ...).
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.data_files import phrase_alternation
from pipeline.extract.lexicon import key
from pipeline.extract.org_context import NAMES_AND, OrgDoc, generic, is_headed, not_org
from pipeline.extract.org_spans import add, carry_on, trim
from pipeline.extract.role_title_at import title_after_comma, title_closes, title_then_comma_closes
from pipeline.extract.org_evidence import org_evidence
from pipeline.extract.shapes import ORG_CONNECTORS, Span, cap_run_at, clean, is_acronym, is_cap_word, valid_person_name
from pipeline.extract.span_index import phrase_spans
from pipeline.extract.statement_parts import lower_case_words


_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[ \t\n]+$", re.I)


_PLACE_COMMA = re.compile(r"([^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2}),[ \t]+(?=[^\W\d_])")


def _past_place(ctx: OrgDoc, span: Span) -> Span:
    """Family "place before the name": an entity that opens with a town or a country and a comma is the name after
    them, where a meeting's line or an address gives the place first ("Kalisz, Kalisz Business Support Centre",
    "Tartu, Estonian University of Life Sciences", "Vienna, Austrian Economic Chamber")."""
    m = _PLACE_COMMA.match(ctx.text, span.start, span.end)
    if m is None or (key(m.group(1)) not in ctx.lex.cities and key(m.group(1)) not in ctx.lex.countries):
        return span
    return Span(m.end(), span.end)


_BRACKETED = re.compile(r"\s*\(([^()]{2,30})\)")  # matched at an offset: no copy of the rest of the text per name
_LOWER_WORD_NEXT = re.compile(r"[ \t\n]+[a-z]{3,}")


def from_ner(ctx: OrgDoc) -> None:
    """spaCy ORG entities that survive the not-an-organisation tests (strength 1)."""
    annotated = ctx.annotated
    lower = lower_case_words(ctx.text)
    first = annotated[0][0] if annotated else None
    for block, doc in annotated:
        for ent in doc.ents:
            if ent.label_ != "ORG" or ent.ent_id_:
                continue
            s, e = block.start + ent.start_char, block.start + ent.end_char
            span = trim(ctx, _past_place(ctx, Span(s, e)))
            if span is None:
                continue
            if ctx.text[span.start:span.end].endswith(("'s", "’s")):
                span = Span(span.start, span.end - 2)
            name = clean(ctx.text[span.start:span.end])
            words = name.split()
            if name.endswith(("-", "'", "’")):
                continue  # "Odra Valley Techno-" (a word broken at a line end), "Cluster Managers'" (a modifier)
            if not words or not_org(ctx, name) or len(words) > 8 or ctx.lex.role_title_re.fullmatch(name):
                continue
            if _BRACKETED.match(ctx.text, span.end) and key(_BRACKETED.match(ctx.text, span.end).group(1)) in ctx.lex.countries:
                continue  # "Oradea (Romania)": a place
            if re.fullmatch(r"[A-Z]{2,}(?:-[A-Z]{2,})+", name) and all(p in _known_acronyms(ctx) for p in name.split("-")):
                continue  # "the NAIC-ERMEC study visit": two organisations' acronyms, a joint activity
            if generic(ctx, name) or name in ctx.not_org_acronyms or name.split("-")[0] in ctx.not_org_acronyms:
                continue  # "Cluster Associations and Networks", "Energy", "ESCP" defined for a programme
            if not is_cap_word(words[0]) or re.search(r"[/“”\"<>|=:]|\.html?\b", name):
                continue  # "Webinar: Exporting to ...": a label and a title, not a name
            if any(not is_cap_word(w) and w.lower() not in ORG_CONNECTORS for w in words) or "%" in name:
                continue  # a sentence fragment, not a name
            if re.match(r"[”\"’']?[ \t\n]+(?:[a-z]+[ \t\n]+)?(?:programmes?|programs?|scheme|call|instrument|fund|initiative|project)\b", ctx.text[span.end:span.end + 40]):
                continue  # "the ClusterXchange pilot scheme": a programme's name
            if "," in name and not is_headed(ctx, name):
                continue  # "Innovation, Research, Culture": a list of fields
            if len(words) > 1 and name.isupper():
                continue  # a shouted heading ("FUNDING OPPORTUNITIES")
            if len(words) == 1 and not is_acronym(name) and name.lower() in lower:
                continue  # a capitalised ordinary word ("Administration", "Protecting")
            if re.search(r"(?<![\w-])(?:programmes?|programs?|initiatives?|schemes?|calls?|instruments?|funds?|projects?)"
                         r"[ \t\n]+(?:such[ \t\n]+as|like|including)[ \t\n]+(?:the[ \t\n]+)?$",
                         ctx.text[max(0, span.start - 60):span.start], re.I):
                continue  # "other initiatives such as the BSR Innovation Express": a programme
            if _modifier_or_places(ctx, span, name) or portfolio(ctx, span, name):
                continue
            if re.match(r"[ \t]*[;:,–—-]?[ \t]*(?:application[ \t]+|submission[ \t]+)?deadlines?\b", ctx.text[span.end:span.end + 40], re.I):
                continue  # "Expanding Academia-Enterprise Collaborations; deadline 19 September": a call
            if _ORDINAL_BEFORE.search(ctx.text[max(0, span.start - 20):span.start]):
                continue  # "Third Cross-Border Digital Health ...": an edition of an event
            if part_of_longer_name(ctx, span) or shouted_word(ctx, span, name) or title_cased_phrase(ctx, name):
                continue
            if valid_person_name(name, ctx.lex) and next_to_role(ctx, span):
                continue  # "our internationalisation manager, Petar Iliev", "Editor: Jane Doe, Communications Officer"
            if (block is first and block.kind == "heading" and clean(ctx.text[block.start:block.end]) == name
                    and ctx.text.count(name) == 1 and not is_headed(ctx, name)):
                continue  # "Cluster Connect Iberia" as a newsletter's masthead: the publication's name
            if org_evidence(ctx.text, ctx.lex, span, name, _other_rules_spans(ctx)) is None:
                continue  # a heading, project, event, place or person the model tags as ORG (org_evidence.py)
            add(ctx, carry_on(ctx, span), "ner:ORG", 1)  # "Delegation of the European Union" + " to the Republic of Korea"


def _other_rules_spans(ctx: OrgDoc) -> list[Span]:
    """Where the organisation rules other than the statistical tagger found names (for list evidence)."""
    return [c.span for c in ctx.cands if c.strength >= 2]


def _known_acronyms(ctx: OrgDoc) -> set[str]:
    """Acronyms the document defines or the gazetteer gives for a name found so far."""
    return {c.acronym for c in ctx.cands if c.acronym} | {c.entry.acronym for c in ctx.cands if c.entry and c.entry.acronym}


def part_of_longer_name(ctx: OrgDoc, span: Span) -> bool:
    """"Saxon–Czech Cluster Exchange Week": the tagged words run on (same line) into a word that ends
    no organisation name (an event, a programme, a label), so they are part of that name."""
    m = re.match(r"[ \t]+([A-Z][\w-]*)", ctx.text[span.end:span.end + 30])
    return bool(m) and m.group(1).lower() in ctx.lex.not_org_last


def shouted_word(ctx: OrgDoc, span: Span, name: str) -> bool:
    """"5. CONCLUSIONS AND DECISIONS": one upper-case word of an all-capitals line that the text
    never writes outside such lines is a heading word, not an acronym ("ERCA" recurs in the text)."""
    if " " in name or not name.isupper() or len(name) < 4:
        return False
    line_start = ctx.text.rfind("\n", 0, span.start) + 1
    line_end = ctx.text.find("\n", span.end)
    line = ctx.text[line_start:len(ctx.text) if line_end < 0 else line_end]
    if line != line.upper():
        return False
    for ms, me in phrase_spans(ctx.text, [name]):
        ls = ctx.text.rfind("\n", 0, ms) + 1
        le = ctx.text.find("\n", me)
        other = ctx.text[ls:len(ctx.text) if le < 0 else le]
        if other != other.upper():
            return False
    return True


def title_cased_phrase(ctx: OrgDoc, name: str) -> bool:
    """"Health Clusters" when the text also writes "health clusters": a capitalised common phrase
    (a table cell, a title), not a name."""
    words = name.split()
    if len(words) < 2 or name == name.lower() or any(is_acronym(w) for w in words):
        return False
    return next(phrase_spans(ctx.text, name.lower().split(" "), gap="any"), None) is not None


def next_to_role(ctx: OrgDoc, span: Span) -> bool:
    """A person's name with a role title right before ("our internationalisation manager, X")
    or right after ("X, Communications Officer")."""
    before = ctx.text[max(0, span.start - 60):span.start]
    after = ctx.text[span.end:span.end + 60]
    return title_then_comma_closes(before, ctx.lex.role_title_re) or title_after_comma(after, ctx.lex.role_title_re)


# "for"/"of" after a role title, then the fields listed before the name ("Minister for Enterprise, Trade and …")
_FIELD_BEFORE = re.compile(r"[ \t\n]+(for|of)[ \t\n]+(?:the[ \t\n]+)?(?P<fields>(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
                           r"(?:[ \t]*,[ \t]+|[ \t]+(?:and|&)[ \t]+))*)$")
_LAST_FIELD = re.compile(r"[ \t]+(?:and|&)[ \t]+$")  # the name is the list's last field ("… Trade and <Employment>")
_AND_INSIDE = re.compile(r" (?:and|&) ")  # or its last two ("…, <Trade and Employment>")
# what closes a portfolio: the line's end, a sentence's full stop, a bracket
_FIELD_CLOSED = re.compile(r"[ \t]*(?:\n|$|\.(?:\s|$)|\()")


def portfolio(ctx: OrgDoc, span: Span, name: str) -> bool:
    """"the Director for Industrial Transformation at DG GROW", "Head of Decarbonisation at the X
    Network", "Commissioner for Internal Market, Jane Doe", "Minister for Economy and Employment" at a line's end: the
    field of a role title, not where the person works (only for names that no organisation word heads)."""
    if is_headed(ctx, name) or is_acronym(name.replace(" ", "")):
        return False
    before = ctx.text[max(0, span.start - 80):span.start]
    m = _FIELD_BEFORE.search(before)
    if not m or not title_closes(before[:m.start()], ctx.lex.role_title_re):
        return False
    after = ctx.text[span.end:span.end + 40]
    if re.match(r"[ \t\n]+(?:at|in|within)[ \t\n]+(?:the[ \t\n]+)?[A-Z]", after):
        return True
    fields = m.group("fields")
    if (m.group(1) == "for" and (not fields or _AND_INSIDE.search(name)) or _LAST_FIELD.search(fields)) \
            and _FIELD_CLOSED.match(after):
        # family "portfolio closing the line": "Minister for Economy and Employment" at a line's or a sentence's end or
        # before a bracket, "Minister for Enterprise, Trade and Employment (tbc)", "Minister for Climate, Energy and
        # Utilities.": the last field of the title's list (after "and") names no organisation; after a comma alone
        # it is where the person works ("Head of Food Safety, Acme Seafood Humber", "Head of Unit, Fund for Research
        # and Innovation" after "of": a name holding "and" is a field only in a "for" list)
        return True
    if m.group(1) == "for":
        return bool(re.match(r"[ \t]*,[ \t\n]*[A-Z]", after))
    # "Head of International Projects, ERRC": an organisation after the comma is where the person works
    c = re.match(r"[ \t]*,[ \t]*(?:the[ \t]+)?(?=[A-Z])", after)
    run = cap_run_at(ctx.text, span.end + c.end(), single_line=True) if c else None
    nxt = clean(ctx.text[run.start:run.end]) if run else ""
    return bool(nxt) and (is_acronym(nxt) or is_headed(ctx, nxt) or key(nxt) in ctx.lex.gazetteer_by_key)


def _modifier_or_places(ctx: OrgDoc, span: Span, name: str) -> bool:
    """"the Alpine corridors": one word used as an adjective before a lower-case noun;
    "in Crete and Attica": single-word names joined by "and" after a place preposition, or
    names that are all known places."""
    t = ctx.text
    words = name.split()
    if len(words) == 1 and not is_acronym(name) and re.search(r"(?<![\w-])the[ \t\n]+$", t[max(0, span.start - 5):span.start], re.I) \
            and _LOWER_WORD_NEXT.match(t, span.end):
        return True
    parts = [p.strip() for p in re.split(r",|\band\b|&", name) if p.strip()]
    if len(parts) < 2 or any(w in ctx.lex.org_suffixes for w in words):
        return False
    if all(key(p) in ctx.lex.cities or key(p) in ctx.lex.countries for p in parts):
        return True
    return all(len(p.split()) == 1 and not is_acronym(p) for p in parts) and bool(
        re.search(r"(?<![\w-])(?:in|across|between|from|to)[ \t\n]+$", t[max(0, span.start - 10):span.start]))


@lru_cache(maxsize=4)
def _type_noun_re(nouns: frozenset[str]) -> re.Pattern[str]:
    """A lower-case organisation-kind noun and the blanks after it, before a capital or digit (built once)."""
    return re.compile(r"(?<![\w-])(?:" + phrase_alternation(nouns, space=r"\ ") + r")[ \t]+(?=[A-Z0-9])")


def from_type_nouns(ctx: OrgDoc) -> None:
    """Rule ``"pattern:type-noun"``: "the French competitiveness cluster Pôle Mer Bretagne": a capitalised phrase right after a
    lower-case organisation-kind noun names that organisation, whatever a statistical tagger says."""
    if not ctx.lex.org_type_nouns:
        return
    t = ctx.text
    for m in _type_noun_re(ctx.lex.org_type_nouns).finditer(t):
        run = cap_run_at(t, m.end())
        if run:
            # "the network Vento Noord and Jane Doe": the name ends before "and"
            cut = re.search(NAMES_AND, t[run.start:run.end])  # not at "&": "the law firm Smits & Partners"
            run = Span(run.start, run.start + cut.start()) if cut else run
        span = trim(ctx, run) if run else None
        if span is None or span.start != m.end():
            continue  # "the cluster The ...": a sentence word, not a name
        name = clean(t[span.start:span.end])
        first = name.split()[0]
        if (not_org(ctx, name) or generic(ctx, name) or ctx.lex.role_title_re.match(name)
                or first.lower().rstrip(".") in {p.lower().rstrip(".") for p in ctx.lex.person_titles}):
            continue
        add(ctx, span, "pattern:type-noun", 2)

