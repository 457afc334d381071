"""Rule "pattern:dash-pair": an organisation written as a brand, a dash and its legal or descriptive name, where the
brand is longer than the one or two words of :mod:`pipeline.extract.org_brands` ("Business Lower Styria – Steiermark
Standortagentur GmbH", "Invest Northern Moravia – Moravskoslezské investice a.s."): the whole phrase is one
organisation's fullest name, as partner lists, organiser lines and footers write it.

Both sides are candidates of other rules (no acronym, no governing body), each on one line, with nothing but the
dash between them (a wrapped text may break the line after the dash: "hosted by Business Lower Styria –\nSteiermark
Standortagentur GmbH") or the dash and an article that opens the descriptive name ("LogiWal – the Logistics Cluster
of Wallonia", "Nordia – the Baltic Food Network": ``[articles after a dash]`` of data/org_name_words.txt); exactly one
of them names an organisation by itself (an organisation word of ``org_suffixes.txt``, a front head of another
language or a legal form). Two sides that both do are two organisations: a parent and its unit ("University of
Rijeka – Faculty of Maritime Studies"), a cluster and a member ("Acme Cluster – Beta GmbH").
A chain of three or more names joined by dashes is a list, not one name.

Rule "pattern:dash-place" (:func:`from_dash_places`): a name, a dash and the place it serves ("Agricultural
University – Plovdiv"), family "place after the organisation word" written with a dash.

Rule "pattern:dash-branch" (:func:`from_dash_branches`): an organisation, a dash and its branch or county chamber
named by its place ("Technical University of Acme – Riverton Branch", "Chamber of Economy – Northfield County Chamber").

Rule "pattern:dash-association" (:func:`from_dash_associations`): a brand, a dash and the association, federation,
consortium or forum that is its legal body ("Clusters Portugal – Associação Nacional de Clusters"), where both sides
may name an organisation by themselves.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.data_files import data_lines, data_sections, phrase_alternation
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import key
from pipeline.extract.org_brands import named_after_dash, names_an_org
from pipeline.extract.org_context import OrgDoc, generic, not_org, place_tail
from pipeline.extract.org_spans import add
from pipeline.extract.shapes import Span, clean, is_acronym, valid_person_name

_DASH_BETWEEN = re.compile(r"[ \t]+[–—-](?:[ \t]+|[ \t]*\n[ \t]*(?=\S))")  # the line may wrap after the dash
_DASH_BEFORE = re.compile(r"[ \t]+[–—-][ \t]+$")


def from_dash_pairs(ctx: OrgDoc) -> None:
    """Rule ``"pattern:dash-pair"`` (module docstring), over the candidates the other rules proposed."""
    t = ctx.text
    by_start: dict[int, list[Span]] = {}
    for c in ctx.cands:
        by_start.setdefault(c.span.start, []).append(c.span)
    ends = {c.span.end for c in ctx.cands}
    sides = {(c.span.start, c.span.end) for c in ctx.cands if _side(ctx, c.span)}
    for a in (Span(s, e) for s, e in sorted(sides)):
        gap = _DASH_BETWEEN.match(t, a.end)
        prev = _DASH_BEFORE.search(t, max(0, a.start - 4), a.start)
        if gap is None or (prev and prev.start() in ends):
            continue  # no dash after it, or the second name of a chain
        art = _article_after_dash(ctx, gap.end())
        seconds = by_start.get(gap.end(), []) + (by_start.get(art, []) if art else [])
        for b in sorted({s for s in seconds if (s.start, s.end) in sides}, key=lambda s: s.end):
            nxt = _DASH_BETWEEN.match(t, b.end)
            if nxt and nxt.end() in by_start:
                continue  # "Acme Cluster – Beta Agency – Gamma Network": a list of names
            if names_an_org(" ".join(t[a.start:a.end].split()), ctx.lex) != names_an_org(" ".join(t[b.start:b.end].split()), ctx.lex):
                # (not ``clean``: "… a.s." keeps the full stop its legal form ends in)
                add(ctx, Span(a.start, b.end), "pattern:dash-pair", 3)


@lru_cache(maxsize=4)
def _dash_articles(data_dir: Path | None) -> re.Pattern[str] | None:
    """The ``[articles after a dash]`` of data/org_name_words.txt, then a blank, as a pattern."""
    words = data_sections(data_dir / "org_name_words.txt").get("articles after a dash", []) if data_dir else []
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")[ \t]+") if words else None


def _article_after_dash(ctx: OrgDoc, pos: int) -> int | None:
    """Where the name after an article at ``pos`` starts ("– the Logistics Cluster of Wallonia"), else None."""
    pattern = _dash_articles(ctx.lex.data_dir)
    m = pattern.match(ctx.text, pos) if pattern else None
    return m.end() if m else None


def _side(ctx: OrgDoc, span: Span) -> bool:
    name = clean(ctx.text[span.start:span.end])
    return ("\n" not in ctx.text[span.start:span.end] and not is_acronym(name.replace(" ", ""))
            and _DASH_BETWEEN.search(ctx.text, span.start, span.end) is None)


_BRAND_BEFORE = re.compile(r"(?:^|(?<=[\s(,;:]))((?:[^\W\d_][\w&+.'’-]*[ \t]+){0,4}[^\W\d_][\w&+.'’-]*)$")
_AND_THE = re.compile(r"[ \t\n]+and[ \t\n]+the[ \t\n]+")
_ACRONYM_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z0-9&-]{1,11})[ \t]*\)")


@lru_cache(maxsize=4)
def association_heads(data_dir: Path | None) -> frozenset[str]:
    """The words of ``data/org_association_heads.txt``, as written."""
    return frozenset(data_lines(data_dir / "org_association_heads.txt")) if data_dir else frozenset()


def from_dash_associations(ctx: OrgDoc) -> None:
    """Rule ``"pattern:dash-association"`` (family "brand and its association"): a cluster's brand, a dash and the
    association, federation, consortium or forum that is its legal body, as member lists, signatory lines and
    partner tables write it ("Cluster Têxtil do Norte – Associação para a Inovação Têxtil", "Clusterplattform
    Deutschland e.V. – Bundesverband der Cluster", "Blue Cluster – Foro Marítimo", a line wrapped anywhere in the
    second name): one organisation named by the whole phrase, with the acronym in brackets after it. The second
    name opens with a word of ``org_association_heads.txt``; units, agencies and companies after a dash are as
    often another organisation and are left to ``from_dash_pairs``. The brand before the dash is a candidate of
    another rule, else one to five capitalised words opening a line, a list item or a clause, neither a place, a
    person, a not-organisation name nor everyday words; a chain of names joined by dashes is a list."""
    t = ctx.text
    heads = association_heads(ctx.lex.data_dir)
    if not heads:
        return
    ends: dict[int, list[Span]] = {}
    for c in ctx.cands:
        if "\n" not in t[c.span.start:c.span.end]:
            ends.setdefault(c.span.end, []).append(c.span)
    for m in _DASH_BETWEEN.finditer(t):
        word = re.match(r"[^\W\d_][\w-]*", t[m.end():m.end() + 30])
        if word is None or word.group() not in heads:
            continue
        named = named_after_dash(t, m.end(), ctx.lex, single_line=False, head_known=True)
        if named is None:
            continue
        cut = _AND_THE.search(t, named.start, named.end)  # "… Fórum Oceano and the Marine Institute": two names
        end = cut.start() if cut else named.end
        brand = _brand(ctx, m.start(), ends.get(m.start(), []))
        if brand is None or _DASH_BETWEEN.match(t, end) or _DASH_BEFORE.search(t, max(0, brand - 4), brand):
            continue  # "A – B – C": a list of names
        acr = _ACRONYM_AFTER.match(t, end)
        acronym = acr.group(1) if acr and is_acronym(acr.group(1)) else None
        add(ctx, Span(brand, end), "pattern:dash-association", 3, acronym=acronym)


def _brand(ctx: OrgDoc, dash: int, cands: list[Span]) -> int | None:
    """Where the brand before the dash at ``dash`` starts: the longest candidate ending there, else the capitalised
    words before it on its line (a leading capitalised stop word dropped: "For Acme Cluster")."""
    t = ctx.text
    if cands:
        start = min(c.start for c in cands)
        return None if is_acronym(clean(t[start:dash])) else start
    ls = t.rfind("\n", 0, dash) + 1
    m = _BRAND_BEFORE.search(t, ls, dash)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group(1)))
    k = len(words)
    while k and (words[k - 1].group()[:1].isupper() or (k < len(words) and words[k - 1].group() in ctx.words.joiners)):
        k -= 1  # the capitalised words before the dash ("lead partner Acme Forum"), joiners inside ("Terra do Sul")
    words = words[k:]
    while words and (not words[0].group()[:1].isupper() or words[0].group().lower() in STOP_WORDS):
        words = words[1:]
    if not words:
        return None
    start = m.start(1) + words[0].start()
    name = clean(t[start:dash])
    if is_acronym(name):
        return None  # "ACME – Associazione …": an acronym and its name (org_brands, rule "pattern:acronym-dash")
    k = key(name)
    own = name.split()[-1] in association_heads(ctx.lex.data_dir)  # "Basque Maritime Forum – Foro …": a forum, no event
    if (k in ctx.lex.cities or k in ctx.lex.countries or (not own and not_org(ctx, name)) or (" " not in name and generic(ctx, name))
            or ctx.lex.role_title_re.fullmatch(name) or (valid_person_name(name, ctx.lex) and starts_with_given_name(name, ctx.lex))):
        return None
    return start


# one or two capitalised words of a place, in Latin, Cyrillic or Greek letters ("– Plovdiv", "– Пловдив", "– Žilina"): a
# word with a full stop ("Plovdiv. Its") ends the sentence, not the place; an acronym in brackets may follow the name
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽȘȚА-ЯЀ-ЏΑ-ΩΆΈΉΊΌΎΏ"
_PLACE_AFTER_DASH = re.compile(r"[ \t]+[–—](?:[ \t]+|[ \t]*\n[ \t]*)((?:[" + _UP + r"][\w'’-]*[ \t]+)?[" + _UP + r"][\w'’-]*)"
                               r"(?=[ \t]*(?:$|\n|[,.;:)|]|\([ \t]*[" + _UP + r"][\w&-]{1,11}[ \t]*\)|[ \t]+(?:and|or|[^\W\d_A-Z" + _UP[3:] + r"]+)\b))")

_PLACE_ACRONYM = re.compile(r"[ \t]*\([ \t]*([" + _UP + r"][\w&-]{1,11})[ \t]*\)")


def from_dash_places(ctx: OrgDoc) -> None:
    """Rule ``"pattern:dash-place"`` (family "place after the organisation word", :func:`org_context.place_tail`,
    written with a dash): "the Agricultural University – Plovdiv, which joined", "Automotive Cluster – Central
    Slovakia", "| Packaging Cluster – Flanders |": a name that ends in an organisation word (or one a university,
    college or hospital heads: "University of Economics – Varna", "Технически университет – Варна",
    :func:`_town_after_dash`; or a lower-case organisation word of another language closes before a country:
    "Košický automobilový klaster – Slovensko"), a dash and the city, country or region it serves (in Latin,
    Cyrillic or Greek letters), then the end of the name (a line end, punctuation, a table bar, a lower-case word or
    the name's acronym in brackets, which the whole name takes: "Automotive Cluster – Slovakia (ACS)"), is one
    organisation's name with its place. Not after a name the gazetteer knows ("Enterprise Europe
    Network – Bulgaria" is its office there), nor before a list of places ("Acme Cluster – Zaragoza · Logroño").
    A wrapped text may break the line once inside the name or after the dash ("the Agricultural\nUniversity –
    Plovdiv", "the Agricultural University –\nPlovdiv")."""
    t = ctx.text
    for c in list(ctx.cands):
        if c.entry is not None or t.count("\n", c.span.start, c.span.end) > 1:
            continue
        m = _PLACE_AFTER_DASH.match(t, c.span.end)
        if m is None:
            continue
        name = clean(t[c.span.start:c.span.end])
        words, place = name.split(), m.group(1)
        if len(words) >= 2 and (place_tail(ctx, words + [place.split()[-1]]) or _town_after_dash(ctx, name, place)
                                or _country_after_lower_head(ctx, words, place)):
            acr = _PLACE_ACRONYM.match(t, m.end(1))  # "Automotive Cluster – Slovakia (ACS)": the whole name's acronym
            # (one that opens with the name's first letter: "… при Универзитетот … – Скопје (ФЗНХ)" abbreviates the faculty before it)
            acronym = acr.group(1) if acr and is_acronym(acr.group(1)) and _opens_like(acr.group(1), name) else c.acronym
            add(ctx, Span(c.span.start, m.end(1)), "pattern:dash-place", max(c.strength, 2), acronym=acronym)


def _opens_like(acronym: str, name: str) -> bool:
    """The acronym's first letter is the name's ("ACS", "Automotive Cluster – Slovakia"), accents aside."""
    return key(acronym[:1]) == key(name.lstrip("„“\"'(")[:1])


def _town_after_dash(ctx: OrgDoc, name: str, place: str) -> bool:
    """Family "named with the town" written with a dash: a university, college or hospital (``[heads named with
    their town]`` of data/org_name_words.txt) heading the name before the dash and the city it is in after it
    ("University of Economics – Varna", "Medical University – Pleven") is one name; a place after a dash names
    which of its kind, and without it the name often says none ("University of Economics")."""
    head = ctx.words.head_split.split(name, maxsplit=1)[0].split()
    k = key(place)
    # (any word of the head: a language that puts the noun first or second, "Професионална гимназия по туризъм – Шумен")
    return "–" not in name and "—" not in name and any(w in ctx.words.town_heads for w in head) and k in ctx.lex.cities \
        and key(name) not in ctx.lex.gazetteer_by_key


def _lower_headed(ctx: OrgDoc, name: str) -> bool:
    """A name of two words or more that a lower-case organisation word of another language heads ("Hrvatska
    gospodarska komora", "Gospodarska zbornica Slovenije", ``[lower heads]`` of data/org_name_words.txt)."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and any(w in ctx.words.anywhere_heads for w in words)


def _country_after_lower_head(ctx: OrgDoc, words: list[str], place: str) -> bool:
    """A name that a lower-case organisation word of another language closes (``[lower heads]`` that head a name
    wherever they stand: "Košický automobilový klaster", "Pomurski lesni grozd"), a dash and the country it serves
    ("– Slovensko", "– Slovenija") is one name, as "Automotive Cluster – Slovakia" is with an English head."""
    return words[-1] in ctx.words.anywhere_heads and key(place) in ctx.lex.countries


@lru_cache(maxsize=4)
def _branch_after_dash(data_dir: Path | None) -> re.Pattern[str] | None:
    """A dash, one to three capitalised words and a head of ``[branch heads after a dash]`` (data/org_name_words.txt),
    then one capitalised word at most ("– Riverton Branch"), or the head and one capitalised word ("– County Chamber
    Northfield"); a head alone ("– Branch meetings") names no branch."""
    heads = data_sections(data_dir / "org_name_words.txt").get("branch heads after a dash", []) if data_dir else []
    if not heads:
        return None
    word, head = r"[" + _UP + r"][\w'’-]*", "(?:" + phrase_alternation(heads, r"[ \t]+") + ")"
    return re.compile(r"[ \t]+[–—-][ \t]+(?:(?:" + word + r"[ \t]+){1,3}" + head + r"(?:[ \t]+" + word + r")?|"
                      + head + r"[ \t]+" + word + r")(?![\w'’-])")


def from_dash_branches(ctx: OrgDoc) -> None:
    """Rule ``"pattern:dash-branch"`` (family "unit of its parent", written with a dash): an organisation, a dash and
    its branch or regional chamber named by its place, as event listings, speaker lines and CVs write it ("with the
    Technical University of Acme – Riverton Branch", "worked for the Chamber of Economy – Northfield County Chamber
    as an adviser", "Organisers: the Chamber of Economy – County Chamber Westport", "Hrvatska gospodarska komora –
    Županijska komora Split", "Food Safety Agency – Regional Directorate Ruse"), is one organisation: the branch
    is no organisation without its parent's name. The name before the dash names an organisation by itself (an
    organisation word, a front head, a lower-case organisation word of another language or a legal form), on one line; a faculty or an institute after a dash stays a
    unit of its own (``from_dash_pairs``)."""
    t = ctx.text
    pattern = _branch_after_dash(ctx.lex.data_dir)
    if pattern is None:
        return
    for c in list(ctx.cands):
        name = clean(t[c.span.start:c.span.end])
        if "\n" in t[c.span.start:c.span.end] or not (names_an_org(name, ctx.lex) or _lower_headed(ctx, name)):
            continue
        m = pattern.match(t, c.span.end)
        if m is not None:
            add(ctx, Span(c.span.start, m.end()), "pattern:dash-branch", 3, acronym=c.acronym)

