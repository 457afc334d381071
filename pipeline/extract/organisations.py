"""Organisations: gazetteer names, capitalised phrases headed by an organisation word, acronyms the
text defines, organisation slots of role statements, and spaCy ORG entities that survive the
not-an-organisation rules (programmes, funding instruments, events, places, people).

Within a document every mention of one organisation gets the same ``name`` (the fullest form the
text uses) and ``acronym`` (when the text uses or defines one), in both directions: "DG GROW" and
"Directorate-General for Internal Market, ..." are one organisation once the text links them.

The rules are functions over one document context, :class:`pipeline.extract.org_context.OrgDoc`:
:mod:`pipeline.extract.org_names` (capitalised runs and acronyms; a quoted part of a name: :mod:`pipeline.extract.org_quoted_names`), :mod:`pipeline.extract.org_cues`
(cue phrases, lists, labelled lists, award winners), :mod:`pipeline.extract.org_lower_heads` (names that other
languages write with lower-case words inside), :mod:`pipeline.extract.org_authorities` (regional and local
authorities), :mod:`pipeline.extract.org_kind_after` ("the X network"), :mod:`pipeline.extract.org_ner` (spaCy ORG entities,
organisation-kind nouns), :mod:`pipeline.extract.org_units` (a unit and its parent: two names),
:mod:`pipeline.extract.org_bracket_acronyms` (an acronym in a bracket with the name in another language or the
country), :mod:`pipeline.extract.org_dash_pairs` (two names joined by a dash: one organisation),
:mod:`pipeline.extract.org_partnerships` (firms named after their partners, "Smits & Partners"),
:mod:`pipeline.extract.org_name_pairs` (two names joined by "and") and :mod:`pipeline.extract.org_resolve` (candidates into mentions);
:func:`extract_organisations` is the one place that runs them, in order.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.data_files import data_sections, phrase_alternation

from pipeline.extract.legal_forms import company_names, company_names_form_first, company_names_form_quoted, without_headed
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.org_affiliation import person_bracket_orgs
from pipeline.extract.org_authorities import from_authorities
from pipeline.extract.org_bracket_acronyms import from_bracketed_acronyms
from pipeline.extract.org_brands import bar_names, dash_short_forms
from pipeline.extract.org_context import NAMES_AND, OrgDoc, generic, is_headed, region_keys, role_phrase
from pipeline.extract.org_spans import add, run_at
from pipeline.extract.org_country import organisations_with_country
from pipeline.extract.org_cues import from_award_winners, from_cues, from_label_lists, from_list_leads, from_list_neighbours
from pipeline.extract.org_dash_pairs import from_dash_associations, from_dash_branches, from_dash_pairs, from_dash_places
from pipeline.extract.org_inflections import other_case_spans
from pipeline.extract.org_kind_after import from_name_kind
from pipeline.extract.org_lower_heads import from_lower_heads
from pipeline.extract.org_offices import from_network_offices
from pipeline.extract.org_names import from_acronym_uses, from_runs
from pipeline.extract.org_ner import from_ner, from_type_nouns, portfolio
from pipeline.extract.org_partnerships import from_partnerships
from pipeline.extract.org_person_fields import from_person_commas, from_person_lines
from pipeline.extract.org_units import unit_and_parent
from pipeline.extract.org_resolve import resolve_mentions, squash  # noqa: F401  (squash: re-exported)
from pipeline.extract.shapes import Span, clean
from pipeline.extract.soft_wraps import wrap_breaks
from pipeline.records import Block, OrgMention


def from_gazetteer(ctx: OrgDoc) -> None:
    """Rules ``"gazetteer"``, ``"ruler:pattern:*"``: names the gazetteer's entity ruler tagged (strength 3, from
    ``organisations.jsonl``), and the other shapes of ``entity_patterns.jsonl`` ("DG MARE", strength 2)."""
    for block, doc in ctx.annotated:
        for ent in doc.ents:
            if ent.label_ != "ORG" or not ent.ent_id_:
                continue
            s, e = block.start + ent.start_char, block.start + ent.end_char
            if _inside_other_name(ctx, s, e):
                continue
            entry = ctx.lex.gazetteer.get(ent.ent_id_) or ctx.lex.gazetteer_by_key.get(key(clean(ctx.text[s:e])))
            if entry:
                add(ctx, Span(s, e), "gazetteer", 3, entry=entry)
            else:  # a pattern of entity_patterns.jsonl ("DG MARE")
                add(ctx, Span(s, e), f"ruler:{ent.ent_id_}", 2)


_WORD_BEFORE = re.compile(r"(?:^|[^\w'’-])([A-Z][\w'’-]*)[ \t]+$")


@lru_cache(maxsize=4)
def _legal_act_re(data_dir: Path | None) -> re.Pattern[str]:
    words = data_sections(data_dir / "not_organisations.txt").get("legal act words", []) if data_dir else []
    return re.compile(r"[ \t]+(?:" + phrase_alternation(words) + r")(?![\w-])")


_NUMBER_SLASH_END = re.compile(r"\d/$")


def _inside_other_name(ctx: OrgDoc, s: int, e: int) -> bool:
    """Rule family "gazetteer word inside another name": a one-word form of the gazetteer, or a longer one that an
    organisation word opens, is the head of another body's name after a capitalised word ("Atlantic Arc Commission",
    "Ethiopian Investment Commission", "Nordic Council of Ministers": not the EU's "Council of Ministers"),
    the author of a legal act before a word of ``[legal act words]`` ("Commission Recommendation …"), or the
    end of a legal act's number ("2003/361/EC")."""
    t = ctx.text
    if _NUMBER_SLASH_END.search(t[max(0, s - 2):s]):
        return True
    if " " in t[s:e] and t[s:e].split()[0] not in ctx.lex.org_suffixes:
        return False
    before = _WORD_BEFORE.search(t, max(0, s - 40), s)
    if before and " " in t[s:e] and (before.group(1) in ctx.lex.org_suffixes or before.group(1).isupper()
                                     or key(before.group(1)) in ctx.lex.gazetteer_by_key):
        return False  # "the Commission Directorate-General for Energy", "EU Council of Ministers": the body itself
    if before and before.group(1).lower() not in STOP_WORDS and not t[s:e].isupper():
        return True
    return bool(_legal_act_re(ctx.lex.data_dir).match(t, e))


def from_role_slots(ctx: OrgDoc, role_org_spans: list[Span]) -> None:
    """The organisation slots of role statements ("X, CEO of <slot>"): the text says a person works there,
    so only names that can never be organisations (programme names, countries, cities, a role's field,
    a role phrase) are refused, not every phrase ending in "Initiative". A unit and its parent are two names
    ("Head of the Energy Department of the Province of Carinthia": :mod:`pipeline.extract.org_units`)."""
    lex = ctx.lex
    slots = [_before_title(ctx, _past_possessive(ctx, slot)) for slot in role_org_spans]
    read = []
    for span in [piece for slot in slots for piece in (unit_and_parent(ctx, slot) or [slot])]:
        name = clean(ctx.text[span.start:span.end])
        k = key(name)
        if name and k not in lex.not_org_names and k not in lex.countries and k not in lex.cities and k not in region_keys(lex.data_dir) \
                and not (" " not in name and generic(ctx, name)) and not portfolio(ctx, span, name) and not role_phrase(ctx, name):
            add(ctx, span, "role:organisation", 2)
            read.append((span.start, span.end))
    for start, end in other_case_spans(ctx.text, read):  # the slot's name in another case elsewhere (org_inflections.py)
        add(ctx, Span(start, end), "org-other-case", 2)


_AND_WORD = re.compile(NAMES_AND + r"([\w.-]+)")


def _before_title(ctx: OrgDoc, slot: Span) -> Span:
    """Family "title after and" (as :func:`pipeline.extract.org_names.name_pieces` reads a run): a slot that runs on
    over "and" into a person's title ends before it ("Jane Doe of the University of Acme and Prof. John Roe")."""
    for m in _AND_WORD.finditer(ctx.text, slot.start, slot.end):
        if m.group(1).rstrip(".") in ctx.lex.person_titles:
            return Span(slot.start, m.start())
    return slot


_ELIDED_NEXT = re.compile(r"[ \t]+[dDlL]['’][A-ZÀ-Þ]")


def _past_possessive(ctx: OrgDoc, slot: Span) -> Span:
    """Rule family "possessive inside a name" (data/org_name_words.txt, ``[possessives inside a name]``): a role's
    slot that stops at "People's", "Foundrymen's", "Marshal's" or before an elided article goes on over the rest of
    the name, as the organisation rules read it ("Vice-Chair of the Da Nang People's Committee", "Head of Unit at
    the Polish Foundrymen's Association", "President of the Provence-Alpes-Côte d'Azur Region")."""
    t = ctx.text
    last = t[:slot.end].rsplit(None, 1)[-1] if t[:slot.end].strip() else ""
    if not (last in ctx.words.possessives and t.startswith(("'s", "’s"), slot.end) or _ELIDED_NEXT.match(t, slot.end)):
        return slot
    run = run_at(ctx, slot.start, list_heads=ctx.lex.org_suffixes)
    return run if run is not None and run.start == slot.start and run.end > slot.end else slot


def extract_organisations(doc_id: str, text: str, annotated: list[tuple[Block, Doc]], lex: Lexicon,
                          role_org_spans: list[Span], person_spans: list[Span], blocks: Sequence[Block] = ()) -> list[OrgMention]:
    """Organisation mentions of one document (``role_org_spans``: organisation slots of role statements,
    rule ``"role:organisation"``: the organisation a person's role is held in, "Director of Acme Agency").
    With the document's ``blocks``, a company name that a paragraph or a list item wraps over a line break
    ("… of Porcelanas\nAtlântico, S.A.", "… Adria Digital Hub\nd.o.o.") is read whole by rule ``"legal-form"``."""
    ctx = OrgDoc(text, lex, annotated, person_spans)
    from_gazetteer(ctx)
    first, quoted = company_names_form_first(text, lex), company_names_form_quoted(text, lex)  # read once, used twice
    for span in company_names(text, lex, wraps=wrap_breaks(text, blocks), leading=frozenset(s.start for s in first + quoted)):
        add(ctx, span, "legal-form", 2)
    for span in first:
        add(ctx, span, "legal-form-first", 2)
    for span in without_headed(text, quoted, lex, lambda name: is_headed(ctx, name)):
        add(ctx, span, "legal-form-quoted", 3)
    for span in organisations_with_country(text, lex):
        add(ctx, span, "org-country", 2)
    for span in person_bracket_orgs(text, lex, annotated, person_spans):
        add(ctx, span, "pattern:person-bracket", 2)
    for span, rule, acronym in dash_short_forms(text, lex) + bar_names(text, lex):
        add(ctx, span, rule, 3, acronym=acronym)
    from_partnerships(ctx)
    from_runs(ctx)
    from_lower_heads(ctx)
    from_authorities(ctx)
    from_cues(ctx)
    from_type_nouns(ctx)
    from_name_kind(ctx)
    from_network_offices(ctx)
    from_list_leads(ctx)
    from_label_lists(ctx)
    from_award_winners(ctx)
    from_role_slots(ctx, role_org_spans)
    from_person_commas(ctx)
    from_ner(ctx)
    from_bracketed_acronyms(ctx)
    from_acronym_uses(ctx)
    from_dash_pairs(ctx)
    from_dash_associations(ctx)
    from_dash_places(ctx)
    from_dash_branches(ctx)
    from_person_lines(ctx)
    from_list_neighbours(ctx)
    return resolve_mentions(ctx, doc_id)
