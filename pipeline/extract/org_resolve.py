"""Organisation candidates and how one document's candidates (:class:`pipeline.extract.org_context.OrgDoc`)
resolve into mentions: overlapping candidates give way to the stronger and longer one, and the chosen
ones are grouped into organisations (gazetteer entry, acronym, name key, the same words in another
order), each group taking the fullest name the text uses and its acronym; "the Observatory" joins the
one organisation of the document headed by that word.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.data_files import org_head_case_only
from pipeline.extract.lexicon import GazetteerEntry, key
from pipeline.extract.org_inflections import base_forms, merge_inflected, without_legal_form
from pipeline.extract.shapes import Span, clean, is_acronym
from pipeline.extract.span_index import SpanIndex, phrase_spans
from pipeline.extract.world import country_codes
from pipeline.records import OrgMention

if TYPE_CHECKING:
    from pipeline.extract.org_context import OrgDoc

HEAD_SPLIT = re.compile(r"\s+(?:of|for|on)\s+")  # "Ministry | of | Finance": where a name's head ends
# letters and digits of the key; Greek and Cyrillic letters too, else every name in those scripts squashes to ""
_NOT_ALNUM = re.compile(r"[^a-z0-9\u0370-\u03ff\u0400-\u04ff]")


def squash(text: str) -> str:
    """Key that ignores spacing and hyphens ("DirectorateGeneral" = "Directorate-General")."""
    return _NOT_ALNUM.sub("", key(text))


@dataclass
class Candidate:
    """One rule's proposal of an organisation name at a span, before the document's candidates are resolved into mentions."""

    span: Span
    rule: str
    entry: GazetteerEntry | None = None
    acronym: str | None = None
    strength: int = 1  # 3 gazetteer / definition, 2 suffix / role slot, 1 spaCy


def _head_end(ctx: OrgDoc, span: Span) -> int:
    """Offset just after the organisation word that heads the phrase in ``span``."""
    seg = ctx.text[span.start:span.end]
    m = HEAD_SPLIT.search(seg)
    return span.start + (m.start() if m else len(seg))


_HYPHEN_BREAK = re.compile(r"-[ \t]*\n")
_CAP_WORD_END = re.compile(r"(?<![\w-])[A-Z][\w'’-]*[ \t]+$")


_THE_END = re.compile(r"(?<![\w-])the[ \t\n]+$")


def resolve_mentions(ctx: OrgDoc, doc_id: str) -> list[OrgMention]:
    """The document's candidates resolved into mentions: overlaps give way, groups share one name and acronym."""
    person_spans = ctx.person_spans
    t = ctx.text
    # The candidates a rule below compares with, by where they start or end (read live: strengths change).
    by_start: dict[int, list[Candidate]] = {}
    by_end: dict[int, list[Candidate]] = {}
    for g in ctx.cands:
        by_start.setdefault(g.span.start, []).append(g)
        by_end.setdefault(g.span.end, []).append(g)
    for c in ctx.cands:
        # A phrase that extends a gazetteer name from its start names a part of it or a body
        # within it ("Commission Expert Group on Clusters"): it outranks the bare gazetteer match.
        if c.rule == "pattern:org-head" and any(
                g.entry and g.span.start == c.span.start and _head_end(ctx, c.span) > g.span.end for g in by_start[c.span.start]):
            c.strength = 3
        # "the AERDA Working Group on Industrial Ecosystems": a named body of the organisation whose
        # acronym opens the phrase (not "the ERCA Secretariat", one word: the organisation's own staff)
        # ... after "the", as a modifier: not a glossary line "SPS Union of Rightist Forces"
        if c.rule == "pattern:org-head" and _THE_END.search(t[max(0, c.span.start - 5):c.span.start]) and any(
                g.acronym and g.strength >= 3 and g.span.start == c.span.start and g.span.end < c.span.end
                and len(t[g.span.end:c.span.end].split()) >= 2 for g in by_start[c.span.start]):
            c.strength = 3
        # "Algarve Regional Development and Coordination Commission": a one-word gazetteer form
        # ("Commission") heading a longer name is that name's organisation word, not the body it abbreviates.
        if c.rule in ("pattern:org-head", "role:organisation") and any(
                g.entry and g.span.end == c.span.end and g.span.start > c.span.start
                and " " not in t[g.span.start:g.span.end].strip()
                and _CAP_WORD_END.search(t[c.span.start:g.span.start]) for g in by_end[c.span.end]):
            c.strength = 3  # ... but not "In the Commission": there the word names the body itself
        # "the BWC Services GmbH", "DIDL e.V.": a company whose name opens with an acronym the text defined, then a
        # capitalised word or the form (the cluster's own operating company or association, family "acronym inside a
        # company name") is that company, not one more use of the acronym; not "MSEK a Třinecké železárny, a.s." (an
        # "and" after the acronym: two names)
        if c.rule in LEGAL_FORM_RULES and any(
                g.rule == "acronym:use" and g.span.end < c.span.end and (t[g.span.end:g.span.end + 2].strip()[:1].isupper()
                                                                         or ctx.lex.legal_forms.match(t, g.span.end))
                for g in by_start[c.span.start]):
            c.strength = 3
    cands = sorted(ctx.cands, key=lambda c: (-c.strength, -(c.span.end - c.span.start), c.acronym is None, c.span.start))
    chosen: list[Candidate] = []
    person_names = {clean(t[p.start:p.end]) for p in person_spans}
    person_names = {n for n in person_names if " " in n}
    persons = SpanIndex((p.start, p.end) for p in person_spans)
    taken = SpanIndex()
    person_list = [(p.start, p.end) for p in person_spans]
    for c in cands:
        if c.rule in LEGAL_FORM_RULES:
            past = legal_form_span(t, c.span, [person_list[n] for n in persons.overlapping(c.span.start, c.span.end)],
                                ctx.lex.legal_forms)
            if past is None:
                continue
            c.span = past
        elif persons.overlaps(c.span.start, c.span.end) and c.strength < 3:
            continue
        if c.strength < 3 and c.rule not in LEGAL_FORM_RULES and _starts_with_any(clean(t[c.span.start:c.span.end]), person_names):
            continue  # "Jane Doe\nCluster manager of the year": a heading running into the next line
        if taken.overlaps(c.span.start, c.span.end):
            continue
        chosen.append(c)
        taken.add(c.span.start, c.span.end)
    # Group: gazetteer entry, acronym, or name key.
    groups: dict[str, list[Candidate]] = {}
    alias: dict[str, str] = {}

    bags: dict[tuple[str, ...], str] = {}

    def gid(c: Candidate) -> str:
        name = clean(t[c.span.start:c.span.end])
        if c.entry:
            return c.entry.id
        if c.acronym and c.acronym in alias:
            return alias[c.acronym]
        if name in alias:
            return alias[name]  # "CCDR Algarve" again, as a statistical ORG: the defined acronym
        entry = ctx.lex.gazetteer_by_key.get(key(name))
        if entry:
            return entry.id
        # "European Cluster Observatory for Industrial Change" after "European Observatory for
        # Clusters and Industrial Change": the same words in another order
        k = "k:" + squash(name)
        return k if k in groups else bags.get(_word_bag(name)) or k

    for c in sorted(chosen, key=lambda c: -c.strength):
        g = gid(c)
        bag = _word_bag(clean(t[c.span.start:c.span.end]))
        if len(bag) >= 3:
            bags.setdefault(bag, g)
        if c.acronym:
            alias.setdefault(c.acronym, g)
            if alias[c.acronym] != g:
                groups.setdefault(alias[c.acronym], []).extend(groups.pop(g, []))
                g = alias[c.acronym]
        groups.setdefault(g, []).append(c)
    _head_noun_mentions(ctx, groups, taken)
    _merge_short_forms(ctx, groups)
    def core(name: str) -> str:  # "Stredoslovenský drevársky klaster, z. z. p. o." and its genitive: one name
        return without_legal_form(name, ctx.lex.legal_forms)
    merge_inflected(groups, lambda ms: max((clean(t[m.span.start:m.span.end]) for m in ms), key=len), core)  # "Univerze v Mariboru"
    aliases = _merge_bracketed_native_names(ctx, groups)
    out: list[OrgMention] = []
    written: dict[str, bool] = {}

    def used(acronym: str) -> bool:  # once per acronym, not per group: a whole-text search
        if acronym not in written:
            written[acronym] = next(phrase_spans(t, [acronym]), None) is not None
        return written[acronym]

    for g, members in groups.items():
        entry = next((m.entry for m in members if m.entry), None) or (ctx.lex.gazetteer.get(g) if g.startswith("org:") else None)
        surfaces = [clean(t[m.span.start:m.span.end]) for m in members]
        acronym = next((m.acronym for m in members if m.acronym), None)
        if entry and entry.acronym and any(s == entry.acronym for s in surfaces):
            acronym = entry.acronym
        candidates = [s for s in surfaces if s != acronym and not is_acronym(s.replace(" ", ""))] or surfaces
        candidates = [s for s in candidates if s not in aliases] or candidates  # the name outside the brackets
        if len(set(candidates)) > 1:  # one name in two cases: the base case names it (org_inflections.py)
            candidates = base_forms(candidates, core) or candidates
        # "Bio-\nMaterials" kept its line-end hyphen; the form the text writes without it wins.
        unbroken = {clean(t[m.span.start:m.span.end]) for m in members if not _HYPHEN_BREAK.search(t[m.span.start:m.span.end])}
        cased = org_head_case_only(ctx.lex.data_dir) if ctx.lex.data_dir else frozenset()
        # (of two as long, the form without a head word in a case: "Olomoucká rozvojová agentura", not "… agentury")
        name = max(candidates, key=lambda s: (len(s.replace("-", "")), not any(w.lower() in cased for w in s.split()), s in unbroken))
        if entry and squash(name) == squash(entry.name):
            name = entry.name
        elif _ends_in_dotted_form(name, [t[m.span.start:m.span.end] for m in members], ctx.lex.legal_forms,
                                  [t[m.span.end:m.span.end + 4] for m in members]):
            name += "."  # "Brač Aquaculture d.o.o.": the form's last full stop is part of the name
        if acronym is None and entry and entry.acronym and used(entry.acronym):
            acronym = entry.acronym
        if acronym is None and entry is None:
            name, acronym = trailing_acronym(name, ctx.lex.org_suffixes, ctx.lex.legal_forms)
        for m in members:
            if m.rule == "coref:head-noun" and squash(name) == squash(t[m.span.start:m.span.end]):
                continue
            out.append(OrgMention(doc_id, m.span.start, m.span.end, t[m.span.start:m.span.end], name, m.rule,
                                  acronym=acronym, org_type=entry.org_type if entry else None,
                                  country=entry.country if entry else None))
    return sorted(out, key=lambda o: (o.start, o.end))


_TRAILING_ACRONYM = re.compile(r"(?P<name>\S+(?:[ \t]+\S+){2,}?)[ \t]+(?P<acronym>[A-Z][A-Z0-9]{1,5})")
_ROMAN = re.compile(r"[IVXL]+")


def trailing_acronym(name: str, heads: frozenset[str], legal_forms: re.Pattern[str]) -> tuple[str, str | None]:
    """Rule family "acronym after the name without brackets": "Fraunhofer Institute for Solar Energy Systems ISE",
    "Vaasa Region Development Company VASEK" (a table cell, a wrapped line) are the name and its acronym. Only after
    three or more words that hold an organisation word (``org_suffixes.txt``) and end in a capitalised word written
    in lower case (not "Council of the EU", "Cluster for ICT" or a name in capitals), never a legal form ("… AB"),
    a country's code or a Roman number. Else ``(name, None)``."""
    m = _TRAILING_ACRONYM.fullmatch(name)
    if m is None:
        return name, None
    words, acronym = m.group("name").split(), m.group("acronym")
    last = words[-1]
    if (not last[:1].isupper() or last.isupper() or not any(w in heads for w in words) or _ROMAN.fullmatch(acronym)
            or acronym in country_codes() or legal_forms.fullmatch(" " + acronym)):
        return name, None
    return m.group("name"), acronym


LEGAL_FORM_RULES = frozenset({"legal-form", "legal-form-first", "legal-form-quoted"})
_PERSON_TO_ORG = re.compile(r"[ \t]*(?:,|[ \t]of|[ \t]at|[ \t]from)[ \t\n]+")


def legal_form_span(text: str, span: Span, people: list[tuple[int, int]], legal_forms: re.Pattern[str]) -> Span | None:
    """Rule family "a legal form outranks a person reading": a name closed or opened by a legal form is an
    organisation's even where a people rule read a person inside it ("Seto Marine Engineering Co., Ltd."), in all
    of its words but the form ("ClusterLink Wallonie ASBL") or across the line break after it ("Boliden Mineral
    AB\nKatrin Raudsepp"). A person that opens the span and is tied to the company by "of", "at", "from" or a
    comma ("Goran Horvat of Adria Audit d.o.o.") is no part of it: the name starts after the connecting word; a
    person opening the span before other words ("Jane Doe Chair Acme AS", a table row) leaves no name."""
    for ps, pe in sorted(people):
        if ps > span.start or pe >= span.end:
            continue  # inside the name, or running past its end
        m = _PERSON_TO_ORG.match(text, pe)
        if m and m.end() < span.end:
            span = Span(m.end(), span.end)
        elif not legal_forms.match(text, pe):
            return None
    return span


_DASH_PARTS = re.compile(r"[ \t]+[–—|][ \t]+")


def _merge_short_forms(ctx: OrgDoc, groups: dict[str, list[Candidate]]) -> None:
    """Rule family "short form of a fuller name": a name the document also writes with its legal form
    ("Acme Digital Cluster" and "Acme Digital Cluster CLG", "Ebro Territorial" and "Ebro Territorial
    S.L.") or as one side of a brand with a dash or a bar ("Makrotech" and "Makrotech – Basque
    Precision Manufacturing Cluster", "AquaHub" and "AquaHub | Zeeland") is that organisation: its
    mentions join the fuller name's group (gazetteer entries are never merged)."""
    t = ctx.text
    names = {g: max((clean(t[m.span.start:m.span.end]) for m in ms), key=len) for g, ms in groups.items() if ms}
    order = list(names)
    # Look-ups instead of comparing every pair (a big part has thousands of names): the fuller names
    # that start with the short one (a sorted range), and the brand sides ("A – B") by squashed text.
    by_text = sorted((full, n) for n, full in enumerate(names.values()))
    texts = [full for full, _ in by_text]
    sides: dict[str, list[int]] = {}
    for n, full in enumerate(names.values()):
        parts = _DASH_PARTS.split(full)
        if len(parts) == 2:
            for part in parts:
                sides.setdefault(squash(part), []).append(n)
    for g, short in names.items():
        if g.startswith("org:") or g not in groups:
            continue
        lo, hi = bisect_left(texts, short), bisect_right(texts, short + "\U0010ffff")
        candidates = sorted({n for _, n in by_text[lo:hi]} | set(sides.get(squash(short), ())))
        for n in candidates:  # in the groups' order: the first fuller name wins
            g2 = order[n]
            if g2 != g and g2 in groups and _short_form_of(short, names[g2], ctx.lex.legal_forms):
                groups[g2].extend(groups.pop(g))
                break


def _head_noun_mentions(ctx: OrgDoc, groups: dict[str, list[Candidate]], chosen: SpanIndex) -> None:
    """Rule ``"coref:head-noun"``: "the Observatory", "the Platform": a later short reference to the one organisation of the
    document headed by that word. Several candidates (two observatories): no mention at all."""
    t = ctx.text
    heads: dict[str, set[str]] = {}
    for g, members in groups.items():
        for m in members:
            name = clean(t[m.span.start:m.span.end])
            words = HEAD_SPLIT.split(name, maxsplit=1)[0].split()
            if len(name.split()) >= 2 and words and words[-1] in ctx.lex.org_suffixes:
                heads.setdefault(words[-1], set()).add(g)
    for m in re.finditer(r"(?<![\w-])[Tt]he[ \t\n]+([A-Z][a-z]+)(?:['’]s)?(?![\w-])", t):
        owners = heads.get(m.group(1), set())
        s, e = m.start(1), m.end(1)
        if len(owners) != 1 or chosen.overlaps(s, e):
            continue
        after = re.match(r"[ \t\n]+([A-Z]\w*)", t[e:e + 30])
        if after and after.group(1).lower() not in STOP_WORDS:
            continue  # "the Observatory Board": part of a longer name, not a reference
        groups[next(iter(owners))].append(Candidate(Span(s, e), "coref:head-noun", strength=1))



def _merge_bracketed_native_names(ctx: OrgDoc, groups: dict[str, list[Candidate]]) -> set[str]:
    """Rule family "native name in brackets": "Pirkanmaa Textile Cluster (Tekstiiliklusteri Pirkanmaa ry)",
    "Nyírség Agri-Food Cluster (Nyírségi Élelmiszeripari Klaszter)", "Plzeň Water Cluster (Vodní klastr
    Plzeň, z.s.)": a name in brackets right after another, written in the organisation's own language (an
    organisation word of another language in it, data/org_name_words.txt, or a legal form closing it), is the
    same organisation. Its group joins the outer name's group; returns the bracketed names, which never
    become the group's name."""
    t = ctx.text
    ow = ctx.words
    native = ow.anywhere_heads | {w.lower() for w in ow.front_heads}
    group_of = {id(m): g for g, ms in groups.items() for m in ms}
    by_end = {m.span.end: m for ms in groups.values() for m in ms}
    aliases: set[str] = set()
    for g, members in list(groups.items()):
        for c in members:
            name = clean(t[c.span.start:c.span.end])
            words = name.lower().replace(",", " ").split()
            if len(words) < 2 or not (set(words) & native or ctx.lex.legal_forms.search(name + " ")):
                continue
            m = re.search(r"\([ \t]*$", t[max(0, c.span.start - 3):c.span.start])
            if not m:
                continue
            opening = max(0, c.span.start - 3) + m.start()
            k = opening
            while k > 0 and t[k - 1] in " \t\n":
                k -= 1
            outer = by_end.get(k)
            if outer is None or id(outer) not in group_of or group_of[id(outer)] == g or g not in groups:
                continue
            target = group_of[id(outer)]
            if target.startswith("org:") and g.startswith("org:"):
                continue  # two gazetteer entries stay two organisations
            moved = groups.pop(g)
            groups[target].extend(moved)
            for x in moved:
                group_of[id(x)] = target
            aliases.add(name)
            break
    return aliases


def _short_form_of(short: str, full: str, legal_forms: re.Pattern[str]) -> bool:
    """``full`` is ``short`` with a legal form after it, or a brand written "A – B" / "A | B" with
    ``short`` as one side."""
    if len(full) <= len(short):
        return False
    if full.startswith(short):
        rest = full[len(short):]
        if legal_forms.fullmatch(rest) or legal_forms.fullmatch(rest + "."):
            return True
    parts = re.split(r"[ \t]+[–—|][ \t]+", full)
    return len(parts) == 2 and any(squash(p) == squash(short) for p in parts)


def _ends_in_dotted_form(name: str, surfaces: list[str], legal_forms: re.Pattern[str], after: list[str]) -> bool:
    """The name ends in a legal form written with full stops ("S.p.A.", "a.s.", "p. o.", "Ltd. Şti.", "ek. för."), the
    last one cut by ``clean`` with the sentence's punctuation; a form of one word whose only full stop may end a
    sentence ("Lda.", "Zrt.") keeps it where the sentence goes on after it in a lower-case word of any script ("Acme,
    Lda. and ...", "Acme Zrt. és …", "(Acme, Lda.)") or a footer's separator follows ("Acme Lda. · Rua 1"), not before
    a new sentence."""
    dotted = name + "."
    m = legal_forms.search(dotted)
    if m is None or m.end() != len(dotted) or not any(s.rstrip().endswith(name.split()[-1] + ".") for s in surfaces):
        return False
    if "." in name.split()[-1] or "." in m.group()[:-1]:  # "d.o.o.", "p. o.", "Ltd. Şti.": the form's own full stops
        return True
    return any(re.match(r"[,;:)\]]|[ \t]+[·•|–—][ \t]", a) or a[:1] in " \t" and a.strip()[:1].islower() for a in after)


def _starts_with_any(name: str, names: set[str]) -> bool:
    """Some ``n`` in ``names`` has ``name.startswith(n + " ")``: looked up at each space of ``name``."""
    i = name.find(" ")
    while i >= 0:
        if name[:i] in names:
            return True
        i = name.find(" ", i + 1)
    return False


_WORD_GAP = re.compile(r"[\s\-–]+")


def _word_bag(name: str) -> tuple[str, ...]:
    """The name's words in alphabetical order, each as often as it occurs, without function words, case,
    hyphens or a plural "s" ("Clusters" = "Cluster")."""
    words = (_NOT_ALNUM.sub("", w.lower()) for w in _WORD_GAP.split(name))
    return tuple(sorted(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                        for w in words if w and w not in STOP_WORDS))
