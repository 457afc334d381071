"""Organisation rules over capitalised runs, functions over one document context (:class:`pipeline.extract.org_context.OrgDoc`):
phrases headed by an organisation word (split into names at "and the", ...; a list of names one a line),
a phrase in brackets after a person's name, acronyms the text defines after a phrase ("Full Name (ACR)"),
and later uses of those acronyms or of capitals that spell a name found in the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.lexicon import key
from pipeline.extract.org_context import NAMES_AND, OrgDoc, compound_head, generic, is_headed, keeps_its_town, not_org, place_tail
from pipeline.extract.org_spans import add, run_at, trim
from pipeline.extract.org_bracket_acronyms import place_in_brackets
from pipeline.extract.org_initials import initials_match, spelt_over_and
from pipeline.extract.org_list_lines import is_list_code
from pipeline.extract.org_name_pairs import listed_names, name_after_and, portfolio_and_the, two_names
from pipeline.extract.org_quoted_names import quoted_part, quoted_patron
from pipeline.extract.org_units import unit_and_parent
from pipeline.extract.shapes import Span, cap_run_at, clean, is_acronym, is_short_name, valid_person_name
from pipeline.extract.statement_parts import UPPER, UPPER0
from pipeline.extract.world import country_codes

if TYPE_CHECKING:
    from pipeline.extract.org_resolve import Candidate

_BLANKS = re.compile(r"[ \t\n]*")
# Greek and Cyrillic capitals, accented Greek ones included ("Έβρου"): names in those scripts open a run too
_OTHER_SCRIPT_CAPS = "ΆΈ-ΊΌΎΏΑ-ΫЀ-Я"
_ACRONYM_DEF = re.compile(r"\(\s*#?([A-ZÀ-Þ" + _OTHER_SCRIPT_CAPS + r"][\w&.\-]{1,14}(?:[ \t][A-Z][\w&.\-]{1,20})?)\s*\)")
_IN_PLACE = re.compile(r"[ \t\n]+in[ \t\n]+([^\s,]+(?:[ \t][^\s,]+)?)$")
_RUN_START = re.compile(r"(?<![\w'’-])(?:" + UPPER0 + "|[" + _OTHER_SCRIPT_CAPS + "])")  # "Łódź Region Development Agency" too
_ELIDED_START = re.compile(r"(?<![\w'’-])([a-z]{1,4})['’](?=" + UPPER0 + ")")  # "l'Institut", "dell'Università"
_CAPITAL_BEFORE = re.compile(UPPER + r"\S*[ \t\n]+$")  # the word before an elided article is capitalised
_WORD_CAPITAL = re.compile(r"(?<![\w-])" + UPPER)
_PIECE_SPLIT = re.compile(NAMES_AND + r"(?:(?:of[ \t\n]+)?the[ \t\n]+)?|[ \t\n]+(?:(?:of|at)[ \t\n]+the|der)[ \t\n]+")
_LIST_COMMA = re.compile(r"[ \t]*,[ \t\n]*")  # family "a list of names" (org_name_pairs.listed_names)
_ACRONYM_USE = re.compile(r"(?<![\w-])(?<!\d/)#?([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?![\w-])")


def from_runs(ctx: OrgDoc) -> None:
    """Rule ``"pattern:org-head"`` (capitalised phrases headed by an organisation word); acronyms defined after a phrase.
    (A run in brackets right after a name, once ``"pattern:org-in-brackets"``, is no rule of its own any more: on the 21
    training sets it gave 2 facts, both wrong, and the other rules find the right ones.)"""
    t = ctx.text
    covered = 0
    for start, inside in _run_starts(ctx):
        if start < covered:
            continue
        run = run_at(ctx, start, list_heads=ctx.lex.org_suffixes)
        if not run:
            continue
        run = _names_a_line(ctx, run) or run
        run = _after_role_line(ctx, run) or run
        run = _before_place_line(ctx, run) or run
        pieces = name_pieces(ctx, run)  # once per run: it reads no candidate, so the adds below leave it the same
        if inside and not any(is_headed(ctx, clean(t[p.start:p.end])) for p in pieces):
            continue
        covered = run.end
        for piece in pieces:
            name = clean(t[piece.start:piece.end])
            if is_headed(ctx, name) and not not_org(ctx, name) and not _place_on_next_line(ctx, piece, name):
                add(ctx, piece, "pattern:org-head", 2)
        quoted = quoted_part(ctx, run, (pieces or [run])[-1])
        if quoted is not None:
            add(ctx, quoted, "pattern:quoted-name", 3)
        patron = quoted_patron(ctx, pieces[0]) if pieces else None
        if patron is not None:  # with the acronym the text defines after it: '"Acme Ion" University of X (AIUX)'
            acr = _ACRONYM_DEF.match(t, _BLANKS.match(t, patron.end).end())
            add(ctx, patron, "pattern:quoted-name", 3, acronym=acr.group(1) if acr and is_acronym(acr.group(1)) else None)
        # "Full Name (ACR)": the acronym names what the phrase names.
        d = _ACRONYM_DEF.match(t, _BLANKS.match(t, run.end).end())  # after the blanks, without copying the rest of the text
        if d and _defined_acronym(d.group(1), t[run.start:run.end]) and not _country_in_brackets(ctx, d.group(1)) \
                and (is_acronym(d.group(1)) or not place_in_brackets(ctx, d.group(1))):  # a short name is no place
            whole = Span(pieces[0].start, pieces[-1].end) if len(pieces) > 1 else None
            if whole is not None and initials_match(d.group(1), clean(t[whole.start:whole.end])) \
                    and not initials_match(d.group(1), clean(t[pieces[-1].start:pieces[-1].end])):
                _definition(ctx, whole, d)  # "Faculdade de Engenharia da Universidade do Porto (FEUP)": the acronym names both
            else:
                _definition(ctx, pieces[-1], d)
        elif d and re.fullmatch(r"[A-Z]{1,3}\d{1,2}", d.group(1)) and not_org(ctx, clean(t[run.start:run.end])):
            ctx.not_org_acronyms.add(d.group(1))  # "Smart Specialisation (S3)": S3 names no organisation


def _run_starts(ctx: OrgDoc) -> list[tuple[int, bool]]:
    """Where a capitalised run may open: a capital after no letter nor apostrophe, and (family "name after an
    elided article") a capital right after an elided article of ``[elided articles before a name]`` in
    data/org_name_words.txt, which French and Italian text glue to a name ("l'Institut Français du Textile",
    "d'Agence Régionale", "dell'Università di Bologna"): the name is read without its article. Each start comes with whether it
    follows an elided article after a capitalised word: there the article may be inside a name ("Distretto
    dell'Occhiale Dolomiti (DOD)", which the acronym rules read) or join a unit to its parent ("Dipartimento di
    Fisica dell'Università di Pisa"), and the run counts only when an organisation word heads a piece of it."""
    starts = [(m.start(), False) for m in _RUN_START.finditer(ctx.text)]
    starts += [(m.end(), bool(_CAPITAL_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())))
               for m in _ELIDED_START.finditer(ctx.text) if m.group(1) in ctx.words.elided_articles]
    return sorted(starts)


def _place_on_next_line(ctx: OrgDoc, piece: Span, name: str) -> bool:
    """"Chair of the Board, Acme Cluster\nGalway, March 2026": a place that closes the name only from the next
    line (a signature's place and date) is no part of it (family "place after the organisation word")."""
    words = name.split()
    return len(words) > 2 and place_tail(ctx, words) and "\n" in ctx.text[piece.start:piece.end].rstrip()[-len(words[-1]) - 3:]


def _definition(ctx: OrgDoc, piece: Span, d: re.Match[str]) -> None:
    """Rule ``"pattern:acronym-definition"``: "Full Name (ACR)": the shortest tail of the phrase the acronym spells, else the phrase
    when an organisation word heads it; a phrase that names a programme marks ACR as no organisation."""
    t = ctx.text
    acr = d.group(1)
    starts = [m.start() for m in _WORD_CAPITAL.finditer(t[piece.start:piece.end])]
    span = None
    for off in reversed(starts):
        if initials_match(acr, clean(t[piece.start + off:piece.end])):
            span = Span(piece.start + off, piece.end)
            break
    if span is None:
        span = spelt_over_and(ctx, piece, acr)
    name = clean(t[piece.start:piece.end])
    words = name.split()
    opens_with_role = any(ctx.lex.role_title_re.match(" ".join(words[i:])) for i in range(min(3, len(words))))
    ends_in_person = not is_headed(ctx, name) and any(  # not "Union of Rightist Forces (SPS)"
        valid_person_name(" ".join(words[-k:]), ctx.lex) for k in (2, 3) if len(words) >= k)
    if span is None and (opens_with_role or ends_in_person):
        # "Jane Doe (ECCP)", "Policy Officer Matej Zupan (DG GROW)", "Keynote by Jane Doe (ECCP)": where
        # a person works, not what the acronym stands for (a phrase opening with a role title or ending in a person's name)
        return
    if span is None and (is_headed(ctx, name) or len(name.split()) <= 4 and not generic(ctx, name)):
        span = piece
    if span is None or not_org(ctx, clean(t[span.start:span.end]), defined=True) or key(name) == key(acr) \
            or is_list_code(t, acr, ctx.lex.data_dir):  # "the audits in Slavonia (PP7)": a partner's code
        ctx.not_org_acronyms.add(acr)
        ctx.not_org_acronyms.add(acr.split("-")[0])
        return
    add(ctx, span, "pattern:acronym-definition", 3, acronym=acr)
    add(ctx, Span(d.start(1), d.end(1)), "pattern:acronym-definition", 3, acronym=acr)


def name_pieces(ctx: OrgDoc, run: Span) -> list[Span]:
    """Split a run into organisation names: at "and the", at "and" between two complete
    organisation names (another language's "and" of ``[and in other languages]`` in data/org_name_words.txt too,
    when an organisation word heads each side: "Občine Kamnik in Univerze v Ljubljani", or with an article after it:
    "Regione Acme e l'Agenzia Beta"), at a list's comma between two whole names ("Region Acme, Acme University and …":
    :func:`pipeline.extract.org_name_pairs.listed_names`), before German "der" and a name
    after a name of two words or more or a compound one (a unit
    of its parent: "Technologiezentrum Energie der Hochschule Acme", "Gründerzentrum der Universität Acme"; not after a
    bare head word: "Amt der Tiroler Landesregierung"),
    at "and" before a person's title (family "title after and": "the University of Acme and Prof.
    Jane Doe", "Acme Institute and Dr. John Roe", "Acme Chamber of Commerce and Mrs Jane Doe": the title opens a person's
    name, no part of the organisation's), before "of the <known organisation>" or "of the <ACRONYM>" (a unit of its parent:
    "Islands Commission of the CPMR"), and between a unit and its parent (:mod:`pipeline.extract.org_units`)."""
    t = ctx.text
    pieces = [run]
    out: list[Span] = []
    while pieces:
        p = pieces.pop(0)
        seg = t[p.start:p.end]
        split = None
        skip = 0
        for m in sorted([*_PIECE_SPLIT.finditer(seg), *ctx.words.and_the.finditer(seg), *ctx.words.and_split.finditer(seg),
                         *_LIST_COMMA.finditer(seg)], key=lambda m: m.start()):
            left, right = clean(seg[:m.start()]), clean(seg[m.end():])
            if not left or not right:
                continue
            if m.re is _LIST_COMMA:  # "… with Region Acme, Acme University and …": a list of names
                if listed_names(ctx, left, right):
                    split = m
                    break
                continue
            if m.re is ctx.words.and_split:  # "Občine Kamnik in Univerze v Ljubljani", "Δήμου Ξάνθης και του Πανεπιστημίου …"
                # the right side up to its own "and": "in" is English too ("Institute for Research in Biomedicine and
                # the Council on …" is no "Institute for Research" and a name that "Council" heads)
                nxt = min((x.start() for x in (*_PIECE_SPLIT.finditer(right), *ctx.words.and_split.finditer(right))),
                          default=len(right))
                if is_headed(ctx, left) and is_headed(ctx, right[:nxt].strip()):
                    split = m
                    break
                skip = name_after_and(ctx, left, seg[m.end():])  # "Regione Acme e l'Agenzia Beta", "… și de Asociația …"
                if skip >= 0:
                    split = m
                    break
                skip = 0
                continue
            conj = m.group().split()[0] == "and"
            if conj and "the" in m.group().split() and portfolio_and_the(ctx, left, right):
                continue  # "Department of Agriculture, Food and the Marine": the last field of one name
            # "Acme Network and Beta Cluster": two names; "Ministry for Science and Education": one; "Università di
            # Acme e la Camera di Commercio": two (the "and the" of another language, org_name_words.txt).
            if m.re is ctx.words.and_the and _elided_complement(ctx, left):
                continue  # "Agence pour l'Entreprise et l'Innovation": two complements of one name
            if m.re is ctx.words.and_the or conj and ("the" in m.group().split() or left.split()[-1] in ctx.lex.org_suffixes or compound_head(ctx.words, left.split()[-1])
                         or key(left) in ctx.lex.gazetteer_by_key or (len(left.split()) > 1 and place_tail(ctx, left.split()))
                         or right.split()[0].rstrip(".") in ctx.lex.person_titles or two_names(ctx, left, right)):
                split = m
                break
            if m.group().split() == ["der"] and len(left.split()) < 2 and not compound_head(ctx.words, left):
                continue  # "Amt der Tiroler Landesregierung": a bare head word before "der" is the name's own
            if not conj and (key(right) in ctx.lex.gazetteer_by_key or is_headed(ctx, right)
                             or (is_acronym(right) and right not in country_codes() and "the" in m.group().split())):
                split = m
                break
        if split:
            out.append(Span(p.start, p.start + split.start()))
            pieces.insert(0, Span(p.start + split.end() + skip, p.end))
        else:
            out.extend(unit_and_parent(ctx, p) or [p])  # "Faculty of Physics of Riga University": two names
    for i, p in enumerate(out):
        # "Odra Valley Technology Park in Wrocław", "… Institute in Yerseke (Netherlands)": the town is where it is,
        # not part of the name (but "Romanian Embassy in Chisinau" says which embassy: family "envoys")
        m = _IN_PLACE.search(t[p.start:p.end])
        if m and not keeps_its_town(ctx, clean(t[p.start:p.start + m.start()])) and (key(m.group(1)) in ctx.lex.cities or key(m.group(1)) in ctx.lex.countries or _country_after(ctx, p.end)) \
                and is_headed(ctx, clean(t[p.start:p.start + m.start()])):
            out[i] = Span(p.start, p.start + m.start())
    trimmed = [trim(ctx, p) for p in out]
    return [p for p in trimmed if p is not None]


def _country_after(ctx: OrgDoc, pos: int) -> bool:
    """"… Institute in Yerseke (Netherlands)": a bracketed country right after the town says it is one."""
    b = re.compile(r"[ \t]*\(([^()\n]{2,40})\)").match(ctx.text, pos)
    return b is not None and _country_in_brackets(ctx, b.group(1).strip())


def _name_line(ctx: OrgDoc, pos: int) -> Span | None:
    """The whole line starting at ``pos`` when it is one organisation-headed name (2+ capitalised
    words ending in an organisation word), else None."""
    t = ctx.text
    le = t.find("\n", pos)
    le = len(t) if le < 0 else le
    run = cap_run_at(t, pos, list_heads=ctx.lex.org_suffixes, single_line=True, joiners=ctx.words.joiners)
    if run is None or run.start != pos or t[run.end:le].strip(" \t,;."):
        return None
    words = clean(t[run.start:run.end]).split()
    return run if len(words) >= 2 and words[-1] in ctx.lex.org_suffixes else None


def _names_a_line(ctx: OrgDoc, run: Span) -> Span | None:
    """"Detroit Edison Company\nDuke Power Company\n...": a list of names, one a line. The run's first
    line and the next line are each a whole name ending in an organisation word: the first line alone
    (not "the Romanian Cluster\nAssociation (CLUSTERO), and", a name broken in running text)."""
    t = ctx.text
    ls = t.rfind("\n", 0, run.start) + 1
    nl = t.find("\n", run.start, run.end)
    if nl < 0 or t[ls:run.start].strip(" \t-•*–"):
        return None
    first = _name_line(ctx, run.start)
    if first is None or first.end > nl:
        return None
    # three such lines in a row (this one, then the next, and the one after or the one before it):
    # "European Cluster\nTransition Network" alone is one name wrapped after an organisation word
    after = [x for x in (_line_after(ctx, nl), None) if x is not None]
    nxt = _name_line(ctx, after[0]) if after else None
    if nxt is None:
        return None
    nl2 = t.find("\n", nxt.end)
    third = _name_line(ctx, _line_after(ctx, nl2)) if nl2 >= 0 and _line_after(ctx, nl2) is not None else None
    prev_start = t.rfind("\n", 0, max(0, ls - 1)) + 1 if ls > 0 else None
    prev = _name_line(ctx, prev_start + len(t[prev_start:ls]) - len(t[prev_start:ls].lstrip(" \t-•*–"))) \
        if prev_start is not None and ls - prev_start > 1 else None
    return first if third is not None or prev is not None else None


_DATE_AFTER_PLACE = re.compile(r",[ \t]+[^\n]{0,20}?\d")


def _before_place_line(ctx: OrgDoc, run: Span) -> Span | None:
    """Family "place after the organisation word": a run whose last line is a known town or country alone, before a
    comma and a date, after a capitalised word ("Contracting authority: Consiliul Județean Cluj\nCluj-Napoca,
    May 2031", "Câmara Municipal de Beja\nBeja, 3 de maio"), is a signature's place and date: the name ends at the
    break ("Chamber of Commerce of\nLisbon" is one name wrapped after "of", "University of South-Eastern\nNorway, with …"
    one wrapped after a capitalised word)."""
    t = ctx.text
    nl = t.rfind("\n", run.start, run.end)
    if nl < 0 or not _DATE_AFTER_PLACE.match(t, run.end):
        return None
    k = key(clean(t[nl + 1:run.end]))
    before = t[run.start:nl].split()
    if not before or not before[-1][:1].isupper() or not (k in ctx.lex.cities or k in ctx.lex.countries):
        return None
    end = nl
    while end > run.start and t[end - 1] in " \t":
        end -= 1
    return Span(run.start, end)


def _after_role_line(ctx: OrgDoc, run: Span) -> Span | None:
    """"Jane Doe\nHead of Research\nAcme Wood Centre": a run with a line that is a role title and its field
    (no organisation word and no "the" on that line: "President of the Acme\nCluster Association" is one name)
    runs on into the organisation on the next line; the name starts there."""
    t = ctx.text
    start, ls = None, run.start
    while True:
        nl = t.find("\n", ls, run.end)
        if nl < 0:
            break
        words = t[ls:nl].split()
        if ctx.lex.role_title_re.match(t, ls) and not any(w in ctx.lex.org_suffixes or w.lower() == "the" for w in words):
            start = _line_after(ctx, nl)
        ls = nl + 1
    return Span(start, run.end) if start is not None and start < run.end else None


def _line_after(ctx: OrgDoc, nl: int) -> int | None:
    """Start of the text of the line after the line break at ``nl`` (its list marker skipped)."""
    m = re.compile(r"\n[ \t]*(?:[-•*–][ \t]+)?").match(ctx.text, nl)
    return m.end() if m and m.end() < len(ctx.text) and ctx.text[m.end()] != "\n" else None


def _country_in_brackets(ctx: OrgDoc, acr: str) -> bool:
    """"BioVale (UK)", "Robotdalen (SE)": a country or its code after a name defines no acronym."""
    return acr in country_codes() or key(acr) in ctx.lex.countries


def from_acronym_uses(ctx: OrgDoc) -> None:
    """Rules ``"acronym:use"``, ``"acronym:initials"``: Stand-alone uses of acronyms known in this document ("#EOCIC", "the new ECCP website"),
    and capitals that spell a full name found in the text ("CEBR" for "Council of European BioRegions"); not capitals
    that open the name they would spell (the form of "UAB „Vėjo malūnas“", "AB „Kauno grūdai“")."""
    t = ctx.text
    known: dict[str, Candidate] = {}
    for c in ctx.cands:
        if c.acronym:
            known.setdefault(c.acronym, c)
        if c.entry and c.entry.acronym and " " not in c.entry.acronym:
            known.setdefault(c.entry.acronym, c)
    names = [(c, clean(t[c.span.start:c.span.end])) for c in ctx.cands if c.strength >= 2 and not c.acronym]
    for m in _ACRONYM_USE.finditer(t):
        acr = m.group(1)
        if not is_acronym(acr) or acr in ctx.not_org_acronyms or key(acr) in ctx.lex.not_org_names:
            continue
        if acr in known:
            add(ctx, Span(m.start(1), m.end(1)), "acronym:use", 3, entry=known[acr].entry, acronym=acr)
            continue
        for c, full in names:
            if initials_match(acr, full) and not full.startswith(acr + " "):  # "UAB „Vėjo malūnas“": its own form
                add(ctx, Span(m.start(1), m.end(1)), "acronym:initials", 2, acronym=acr)
                c.acronym = acr
                known[acr] = c
                break


def _defined_acronym(acr: str, phrase: str) -> bool:
    """"(ICNA)"; also two words when the second is in capitals or repeats a word of the phrase:
    "(DG GROW)", "Algarve Regional ... Commission (CCDR Algarve)"; and a short name
    (:func:`pipeline.extract.shapes.is_short_name`)."""
    first, _, second = acr.partition(" ")
    if not second:
        return is_acronym(acr) or is_short_name(acr, phrase)
    return is_acronym(first) and (second.isupper() or second in phrase.split())


def _elided_complement(ctx: OrgDoc, left: str) -> bool:
    """The part before "et l'", "e la" ends in a word after an elided article ("pour l'Entreprise"): the
    conjunction joins a second complement of the same name, not a second name."""
    last = left.split()[-1]
    return any(last.lower().startswith((a + "'", a + "’")) for a in ctx.words.elided_articles)
