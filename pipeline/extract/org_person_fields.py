"""Rules "pattern:person-comma" and "pattern:person-line": the organisation in the comma field after a listed
person's name, and on the line after it in a table written one cell a line.

Speaker lines, programme items, attendance and member lists write where a person works as a field after the name,
a role field perhaps between them: "Lars Berg, Nordvik Marine", "– Ana Dobre, state secretary, Ministerul Mediului",
"Moderator: Jane Roe, Head of Sales, Acme Ltd (Leeds)", "Eva Holm, Tarvio Labs; Piet Smit, Deltares". The line
(or its part up to a semicolon, a bracket, a bar, a dash or a full stop) is split at its commas; a legal form in a
field of its own stays with the name before it ("Acme strojárne, a. s."). Past the person's degrees (data/
person_degrees.txt) and at most one role field (a role title of ``role_titles*.txt`` or a field opening in lower case)
the next field is the organisation when it is a name of at most eight words opening with a capital, whose words are
capitalised (joiners aside) or which an organisation word or a legal form marks ("Ministarstvo poljoprivrede"); not a
person (rule family "a listed person is no organisation": "Jane Roe, John Smith"), a place, a role title, an everyday
word or a name that never names an organisation. The fields after it may only be places ("…, Nordvik Marine, Bergen,
Norway"), organisations' own fields are left to the other rules. The person is one a role statement or spaCy reads, or two to four words with a person's shape that open with a
given name (as for "pattern:person-bracket", org_affiliation.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines
from pipeline.extract.given_names import full_person_name, starts_with_given_name
from pipeline.extract.lexicon import key
from pipeline.extract.org_affiliation import listed_person_ends, person_shape_before
from pipeline.extract.org_context import OrgDoc, generic, is_headed, not_org, region_keys, role_phrase
from pipeline.extract.org_spans import add
from pipeline.extract.org_units import unit_and_parent
from pipeline.extract.shapes import Span, clean, valid_person_name

# where the person's entry ends: a line end, a semicolon, a bracket, a bar, a slash between spaces, a dash between
# spaces, a full stop before a space or the line's end
_ENTRY_END = re.compile(r"\n|;|[ \t]*\(|[ \t]\|[ \t]|[ \t]/[ \t]|[ \t][–—-][ \t]|\.(?=[ \t]+[^\W\d_a-z]|[ \t]*$)", re.M)
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_JOINERS = frozenset({"of", "for", "and", "&", "de", "di", "du", "des", "del", "della", "la", "le", "the", "van", "von",
                      "der", "den", "für", "i", "y", "e", "och", "og", "en", "und", "do", "da", "dos", "das", "za", "na",
                      "v", "ve", "w", "z", "pro", "per", "al", "el", "et", "à", "a", "au", "aux", "d'", "l'"})
_MAX_WORDS = 8
_MAX_ENTRY = 200


@lru_cache(maxsize=4)
def _degrees(data_dir: Path | None) -> frozenset[str]:
    """The degrees of data/person_degrees.txt without their last full stop ("Ph.D", "CSc", "MBA"), read once."""
    return frozenset(w.rstrip(".") for w in data_lines(data_dir / "person_degrees.txt")) if data_dir else frozenset()


def _fields(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma fields of text[start:end] as offsets, stripped."""
    out = []
    pos = start
    for m in _COMMA.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(s, e) for s, e in ((s, len(text[:e].rstrip()) if e > s else e) for s, e in out) if e > s]


def _place(ctx: OrgDoc, name: str) -> bool:
    k = key(name)
    return k in ctx.lex.cities or k in ctx.lex.countries or k in region_keys(ctx.lex.data_dir)


def _is_name(ctx: OrgDoc, name: str) -> bool:
    """A field that names an organisation by its shape (see the module's docstring)."""
    words = name.split()
    if not words or len(words) > _MAX_WORDS or not words[0][:1].isupper() or any(c.isdigit() for c in name):
        return False
    if any(c in name for c in "@:/\"“”„«»") or name.rstrip(".") in _degrees(ctx.lex.data_dir):
        return False
    capitalised = all(w[:1].isupper() or w.lower() in _JOINERS or w in ("&", "+") for w in words)
    marked = is_headed(ctx, name) or bool(ctx.lex.legal_forms.search(" " + name + " "))
    if not (capitalised or marked):
        return False  # "Stadtwerke dankt allen": a sentence, not a name
    if _place(ctx, name) or not_org(ctx, name) or generic(ctx, name) or role_phrase(ctx, name):
        return False
    if ctx.lex.role_title_re.search(name) and not ctx.lex.legal_forms.search(" " + name + " "):
        return False  # "Senior Adviser", "Acme's CEO", "Šiaulių klasterio direktorė" (a role after its organisation)
    if len(words) == 1 and starts_with_given_name(name, ctx.lex) and not marked:
        return False  # "Ivana Horvat, Stefan\nDimitrov": the next person's given name, the surname on the next line
    if any(c in name for c in "()"):
        return False
    bare = " ".join(w for w in words if w.rstrip(".") not in _degrees(ctx.lex.data_dir))  # "Jana Roe MSc"
    if full_person_name(bare, ctx.lex) or (valid_person_name(bare, ctx.lex) and starts_with_given_name(bare, ctx.lex)):
        return False  # "Jane Roe, John Smith": a list of people
    if any(w.lower() in ctx.words.conjunctions | {"and"} and words[i + 1][:1].isupper() for i, w in enumerate(words[1:-1], 1)):
        return False  # "John Smith and Mary Roe", "Primăria X și Consiliul Y": two names, read by the list rules
    return True


_FIRST_WORD = re.compile(r"[ \t]*([^\W\d_][\w'’-]*)")


def _wrapped_role(ctx: OrgDoc, name: str, text: str, pos: int) -> bool:
    """The next line's first word closes a role title with ``name`` ("Production" + "Manager")."""
    m = _FIRST_WORD.match(text, pos)
    if m is None:
        return False
    title = ctx.lex.role_title_re.search(name + " " + m.group(1))
    return title is not None and title.end() == len(name) + 1 + len(m.group(1))


def _role_field(ctx: OrgDoc, field: str) -> bool:
    """A field that says the person's role: a role title, or a phrase opening in lower case ("state secretary")."""
    return field[:1].islower() or bool(ctx.lex.role_title_re.match(field))


def _overlaps(spans: list[tuple[int, int]], starts: list[int], longest: int, s: int, e: int) -> bool:
    """A person's span (``spans`` sorted, ``starts`` their starts) overlaps [s, e): only the spans that start in
    reach are looked at (bisect), so a part with many people costs a look-up each, not a scan of all of them."""
    lo, hi = bisect_left(starts, s - longest), bisect_left(starts, e)
    return any(spans[j][1] > s for j in range(lo, hi))


def _org_fields(ctx: OrgDoc, start: int, end: int) -> list[tuple[int, int]]:
    """The comma fields of text[start:end] from the organisation's on: a legal form in a field of its own joined to the
    name before it ("Acme strojárne, a. s."), degrees dropped, and one role field at the front passed over
    ("state secretary, Ministerul Mediului"); the first field left is the organisation's, the others its places."""
    t, forms = ctx.text, ctx.lex.legal_forms
    fields: list[tuple[int, int]] = []
    for s, e in _fields(t, start, end):
        form = t[s:e].strip()
        if fields and (forms.fullmatch(" " + form) or t.startswith(".", e) and forms.fullmatch(" " + form + ".")):
            fields[-1] = (fields[-1][0], e + (not forms.fullmatch(" " + form)))  # "Acme strojárne, a. s.": the form stays with its name
        else:
            fields.append((s, e))
    fields = [f for f in fields if t[f[0]:f[1]].rstrip(".") not in _degrees(ctx.lex.data_dir)]
    if fields and _role_field(ctx, t[fields[0][0]:fields[0][1]]):
        fields = fields[1:]
    return fields


def from_person_commas(ctx: OrgDoc) -> None:
    """Rule ``"pattern:person-comma"`` (see the module's docstring)."""
    t = ctx.text
    people = {q.end: q for q in ctx.person_spans}
    spans = sorted((q.start, q.end) for q in ctx.person_spans)
    starts = [a for a, _ in spans]
    longest = max((b - a for a, b in spans), default=0)
    for person_end in sorted(listed_person_ends(t, ctx.lex, ctx.annotated, ctx.person_spans, _COMMA)):
        first = _COMMA.match(t, person_end)
        if first is None:
            continue
        q = people.get(person_end)
        if not (person_shape_before(t, person_end, ctx.lex) or q is not None and valid_person_name(clean(t[q.start:q.end]), ctx.lex)):
            continue  # "Campus Bornholm, Rønne", "Hotel Studnička, Oravská Lesná": spaCy's person, a place's shape
        stop = _ENTRY_END.search(t, first.end(), min(len(t), first.end() + _MAX_ENTRY))
        end = stop.start() if stop else min(len(t), first.end() + _MAX_ENTRY)
        if stop is None and end < len(t):
            continue  # no end of the entry within reach: running prose
        fields = _org_fields(ctx, first.end(), end)
        if not fields:
            continue
        s, e = fields[0]
        name = t[s:e].strip()
        if _overlaps(spans, starts, longest, s, e):
            continue
        if not _is_name(ctx, name) or not all(_place(ctx, clean(t[a:b])) for a, b in fields[1:]):
            continue
        if len(fields) == 1 and t.startswith("\n", e) and _wrapped_role(ctx, name, t, e + 1):
            continue  # "Tuomas Kettunen, Production\nManager": a role title wrapped over the line's end
        for piece in unit_and_parent(ctx, Span(s, e)) or [Span(s, e)]:  # "Institute … of Lund Polytechnic": two names
            add(ctx, piece, "pattern:person-comma", 2)


_LINE = re.compile(r"[^\n]*\S[^\n]*")
_BULLET = re.compile(r"[ \t]*(?:[-•*–·]+[ \t]+)?")
_BLANK = re.compile(r"[ \t]*\n[ \t]*\n\s*")


def _person_line(ctx: OrgDoc, start: int, end: int) -> bool:
    """The line (past a bullet, up to a degree after a comma) is a person's name with its titles ("Ing. Jana Nováková,
    Ph.D.")."""
    t = ctx.text
    comma = t.find(",", start, end)
    core_end = len(t[:comma if comma >= 0 else end].rstrip())
    words = t[start:core_end].split()
    if not 2 <= len(words) <= 7 or not person_shape_before(t, core_end, ctx.lex):
        return False
    if _role_field(ctx, t[start:core_end]):
        return False  # "Chief Technology Officer, Acme Design": a role in capitals, no name
    n = len(words)
    return all(w.rstrip(".") in ctx.lex.person_titles or w in ctx.lex.person_titles or w[:1].isupper() for w in words[:n])


def from_person_lines(ctx: OrgDoc) -> None:
    """Rule ``"pattern:person-line"``: a table the text writes one cell a line (a board, a member list, a list of
    candidates: "Chair / Jana Nováková / Acme s.r.o. / 2031") gives a person's organisation on the line after the
    person's name, each a line of its own between blank lines (not a paragraph a PDF's column wraps: "Maria Roe\nQuality
    manager, Acme S.A.\nTrack A"). The line is such a name of at most eight words (see :func:`_is_name`); the column is one of
    organisations when at least two person lines are followed by one and another rule read one of them by its shape
    (a legal form, an organisation word, the gazetteer)."""
    t = ctx.text
    lines = [(m.start(), m.end()) for m in _LINE.finditer(t)]
    pairs: list[Span] = []
    for (ps, pe), (ns, ne), after in zip(lines, lines[1:], [*lines[2:], (len(t), len(t))]):
        if not (_BLANK.fullmatch(t, pe, ns) and (after[0] == len(t) or _BLANK.fullmatch(t, ne, after[0]))):
            continue  # cells apart by blank lines, not a paragraph wrapped in a PDF's column
        ps = _BULLET.match(t, ps).end()
        if pe - ps > 80 or not _person_line(ctx, ps, pe):
            continue
        ns = _BULLET.match(t, ns).end()
        cell_end = ns + len(t[ns:ne].split("(", 1)[0].rstrip())  # "Acme S.r.l. (Rossano, CS)": the town in a bracket is no part of it
        if ne - ns > 100 or _person_line(ctx, ns, ne):
            continue
        # the cell's comma fields as in "pattern:person-comma": "Vice President Procurement, Acme SAS" (a role field
        # first), "Acme Cluster, Katowice" (a place after it)
        fields = _org_fields(ctx, ns, cell_end)
        if not fields or not all(_place(ctx, clean(t[a:b])) for a, b in fields[1:]):
            continue
        s, e = fields[0]
        if not _is_name(ctx, t[s:e].strip()):
            continue
        pairs.append(Span(s, e))
    if len(pairs) < 2:
        return
    known = {(c.span.start, c.span.end) for c in ctx.cands if c.strength >= 2}
    if not any(any(ks >= p.start and ke <= p.end for ks, ke in known) for p in pairs):
        return
    for p in pairs:
        for piece in unit_and_parent(ctx, p) or [p]:
            add(ctx, piece, "pattern:person-line", 2)
