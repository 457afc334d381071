"""Events across documents: one row per edition of a (possibly recurring) event.

The *base name* of an event mention is its folded name without years, edition words ("the sixth
edition of", "7th"), a leading article or plural endings, with token synonyms from
``token_synonyms.csv`` applied ("EU" → "european"). Its *year* comes from the name or, failing
that, from its dates. Rules:
- ``same_edition``: same base name (or a fuzzy variant of it, ratio ≥ 95 within blocks) and the same
  year → one event, provided nothing contradicts it: editions, cities and day/month dates must agree
  (overlapping ranges). Different years or different edition numbers never merge. When the
  mentions of a name and year disagree, the fully dated ones seed the editions and the others join
  the one edition they fit (none or several: they stand apart), independently of the order of documents
  (:func:`_cluster_editions`).
- ``edition_number``: a mention with an edition number but no year joins the one dated edition
  carrying that number.
- ``in_document``: an undated mention ("the Conference", "the European Cluster Conference") joins
  the one dated edition of the same base name in its own document.
Undated mentions that remain share one entity per base name (the recurring event as such).
The id key is ``base name|year`` (``base name|edN`` when only the edition is known, ``base name``
when neither is).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from typing import Callable

from rapidfuzz import fuzz

from pipeline.data_files import data_table
from pipeline.normalise import fold, stable_id
from pipeline.resolve.model import Clusters, Entity, Node, docs_by_name, most_common, unique_keys
from pipeline.resolve.overrides import Overrides

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15}
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ORDINAL_NUM = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}
_MAX_BLOCK = 300  # fuzzy base-name comparisons only inside blocks smaller than this


def load_token_synonyms(data_dir: Path | None) -> dict[str, str]:
    """``token_synonyms.csv`` (token,replacement): folded tokens treated as the same in event names."""
    if data_dir is None:
        return {}
    rows = data_table(data_dir / "token_synonyms.csv")[1]
    return {fold(r["token"]): fold(r["replacement"]) for r in rows if r.get("token") and r.get("replacement")}


def _oversize(word: str, n: int) -> bool:
    return n > _MAX_BLOCK


def similar_bases(a: str, b: str) -> bool:
    """The fuzzy base-name test of two base names of one block, ``a`` sorting first: ``a`` is long
    enough (15 characters) and the rapidfuzz ratio reaches 95. A pure function of the two names: the
    entity index stores the pairs that pass as edges (:mod:`.blocking`), so it must agree with this loop."""
    return len(a) >= 15 and fuzz.ratio(a, b) >= 95


def _stem(token: str) -> str:
    return token[:-1] if len(token) > 3 and token.endswith("s") and not token.endswith("ss") else token


def analyse_name(name: str, synonyms: dict[str, str]) -> tuple[str, int | None, int | None]:
    """(base name, year in the name, edition number in the name)."""
    tokens = fold(name).split()
    years = [int(t) for t in tokens if _YEAR.match(t)]
    edition = None
    base = []
    for t in tokens:
        if _YEAR.match(t):
            continue
        m = _ORDINAL_NUM.match(t)
        if m:
            edition = int(m.group(1))
            continue
        if t in _ORDINALS:
            edition = _ORDINALS[t]
            continue
        if t in ("edition", "annual"):
            continue
        base.append(_stem(synonyms.get(t, t)))
    while base and base[0] in ("the", "of", "a", "an"):
        base = base[1:]
    return " ".join(base), (years[0] if len(set(years)) == 1 else None), edition


class _Facts:
    """What the mentions of one node say: year, edition, cities, dated ranges."""

    def __init__(self, node: Node, synonyms: dict[str, str]):
        self.base, name_year, name_edition = analyse_name(node.name, synonyms)
        a = node.attrs
        self.editions = {x["edition"] for x in a if x.get("edition")} or ({name_edition} if name_edition else set())
        date_years = {x["start_date"].year for x in a if x.get("start_date")}
        self.years = {name_year} if name_year else (date_years if len(date_years) == 1 else set())
        self.cities = {fold(x["city"]) for x in a if x.get("city")}
        self.ranges = [(x["start_date"], x.get("end_date") or x["start_date"]) for x in a
                       if x.get("start_date") and x.get("date_precision") in ("day", "month")]


class _Summaries:
    """What each cluster as a whole says (years, editions, cities, the intersection of its dated
    ranges), kept per root so a compatibility check costs O(1) however big the cluster."""

    def __init__(self, facts: dict, uf: Clusters):
        self.uf = uf
        self.by_root: dict = {}
        for k, f in facts.items():
            lo = max((r[0] for r in f.ranges), default=None)
            hi = min((r[1] for r in f.ranges), default=None)
            self.by_root[k] = (frozenset(f.years), frozenset(f.editions), frozenset(f.cities), lo, hi)

    @staticmethod
    def _join(x, y):
        lo = max((v for v in (x[3], y[3]) if v is not None), default=None)
        hi = min((v for v in (x[4], y[4]) if v is not None), default=None)
        return (x[0] | y[0], x[1] | y[1], x[2] | y[2], lo, hi)

    @staticmethod
    def _fits(x, y) -> bool:
        """Whether two clusters' summaries may join: at most one year, one edition and one city between
        them, and their dated ranges overlap. Builds no joined summary: the "first compatible cluster"
        loop asks this of every earlier cluster of a year, so it is the resolver's innermost step."""
        for i in (0, 1, 2):
            a, b = x[i], y[i]
            if len(a) > 1 or len(b) > 1 or (a and b and a != b):
                return False
        lo = x[3] if y[3] is None else y[3] if x[3] is None else max(x[3], y[3])
        if lo is None:
            return True
        hi = x[4] if y[4] is None else y[4] if x[4] is None else min(x[4], y[4])
        return lo <= hi

    def compatible(self, xs: list, ys: list) -> bool:
        return self._fits(self.by_root[self.uf.find(xs[0])], self.by_root[self.uf.find(ys[0])])

    def link(self, a, b, rule: str, detail: str) -> bool:
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            return True
        x, y = self.by_root[ra], self.by_root[rb]
        # The compatibility check first (it and the do-not-merge check are pure: either refusing means no link).
        if not self._fits(x, y) or not self.uf.link(a, b, rule, detail):
            return False
        self.by_root[self.uf.find(a)] = self._join(x, y)
        return True


def _width(summary) -> int:
    """Days a summary's dated range spans (0: one day); ranges before no range at all."""
    return (summary[4] - summary[3]).days if summary[3] is not None and summary[4] is not None else 1 << 30


def _sound(summary) -> bool:
    """Whether a summary fits anything: at most one edition and one city, and a range that is not empty."""
    return len(summary[1]) <= 1 and len(summary[2]) <= 1 and not (
        summary[3] is not None and summary[4] is not None and summary[3] > summary[4])


def _cluster_editions(ks: list, summaries: _Summaries, year: int) -> None:
    """Links the mentions of one base name and year into editions, whatever the order of ``ks``.

    The mentions are grouped by what they say (edition, city, dated range): mentions that say the
    same thing are one group. Groups are taken from the most precise (a range of one day, then
    wider ranges, then no range; with an edition and a city before without) to the least, each in a
    fixed order of what it says. A group that fits no edition founds one; a group that fits exactly
    one edition (what its founding group says) joins it; a group that fits several stays an entity
    of its own. So the fully dated mentions seed the editions, and one more mention founds or joins
    one edition without moving the others, as no choice depends on how big an edition is or on the
    order of documents. What one new edition can move are the less precise mentions that fitted
    only the edition already there ("the Forum 2024", undated): they now fit two and stand apart.
    A mention that contradicts itself (two editions or cities, ranges that do not meet) stays
    alone, as it fits nothing. A group of one day is asked only the editions founded on that day:
    when it comes, every edition so far was founded by a one-day group."""
    groups: dict[tuple, list] = defaultdict(list)
    for k in ks:
        s = summaries.by_root[summaries.uf.find(k)]
        if _sound(s):
            groups[(s[1], s[2], s[3], s[4])].append(k)

    def order(sig):
        return (_width((None, *sig)), not sig[0], not sig[1], sorted(sig[0]), sorted(sig[1]),
                sig[2] or dt.date.min, sig[3] or dt.date.min)

    founders: list[tuple[tuple, tuple]] = []  # (what the founding group says, one of its mentions)
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for sig in sorted(groups, key=order):
        ks_sig = groups[sig]
        said = summaries.by_root[summaries.uf.find(ks_sig[0])]
        one_day = sig[2] if sig[2] is not None and sig[2] == sig[3] else None
        pool = by_day.get(one_day, []) if one_day is not None else range(len(founders))
        fits = [i for i in pool if summaries._fits(founders[i][0], said)]
        anchor = founders[fits[0]][1] if len(fits) == 1 else ks_sig[0]
        if not fits:
            founders.append((said, anchor))
            if one_day is not None:
                by_day[one_day].append(len(founders) - 1)
        for k in ks_sig:
            summaries.link(anchor, k, "same_edition", f"same name and year {year}")


def resolve_events(nodes: dict[tuple[str, str], Node], synonyms: dict[str, str], overrides: Overrides,
                   published: dict[str, dt.date | None], oversize: Callable[[str, int], bool] | None = None
                   ) -> tuple[dict[str, Entity], dict, list[dict]]:
    """Entities, (doc_id, name) -> id, and merge rows for event nodes; ``published`` maps doc_id → date.

    ``oversize(word, n)``: whether the fuzzy block of the ``n`` base names starting with ``word`` is
    skipped (default: more than ``_MAX_BLOCK``); the entity index passes the corpus-wide size."""
    if oversize is None:
        oversize = _oversize
    facts = {k: _Facts(n, synonyms) for k, n in nodes.items()}
    uf = Clusters(nodes, name_of=lambda k: k[1], forbidden=overrides.forbidden("event", fold), fold=fold)

    aliases = overrides.alias_map("event", fold)
    for k in sorted(nodes):
        canonical = aliases.get(fold(k[1]))
        if canonical:
            anchor = ("", canonical)
            if anchor not in uf.parent:
                uf.add(anchor)
                facts[anchor] = _Facts(Node("", canonical), synonyms)
            uf.link(anchor, k, "alias_file", f"aliases.csv: {k[1]} -> {canonical}", force=True)
    summaries = _Summaries(facts, uf)
    for root in {uf.find(k) for k in facts}:
        members = uf.members[root]
        joined = summaries.by_root[members[0]]
        for m in members[1:]:
            joined = summaries._join(joined, summaries.by_root[m])
        summaries.by_root[root] = joined

    # Base names: exact, then fuzzy variants within blocks of the same first word.
    bases = sorted({f.base for f in facts.values() if f.base})
    canon_base = {b: b for b in bases}
    blocks: dict[str, list] = defaultdict(list)
    for b in bases:
        blocks[b.split()[0]].append(b)
    for word, members in blocks.items():
        if oversize(word, len(members)):
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if canon_base[b] == b and similar_bases(a, b):
                    canon_base[b] = canon_base[a]
    by_base: dict[str, list] = defaultdict(list)
    for k in sorted(nodes):
        if facts[k].base:
            by_base[canon_base[facts[k].base]].append(k)

    for base, members in sorted(by_base.items()):
        dated = [k for k in members if facts[k].years]
        by_year: dict[int, list] = defaultdict(list)
        for k in dated:
            by_year[next(iter(facts[k].years))].append(k)
        for year, ks in sorted(by_year.items()):
            _cluster_editions(ks, summaries, year)
        by_edition: dict[frozenset, set] = defaultdict(set)
        by_doc: dict[str, set] = defaultdict(set)
        for t in members:
            if facts[t].years and facts[t].editions:
                by_edition[frozenset(facts[t].editions)].add(uf.find(t))
        for k in (k for k in members if not facts[k].years and facts[k].editions):
            targets = {uf.find(t) for t in by_edition.get(frozenset(facts[k].editions), ())}
            if len(targets) == 1:
                summaries.link(next(iter(targets)), k, "edition_number", f"edition {next(iter(facts[k].editions))}")
        for t in members:
            if facts[t].years or facts[t].editions:
                by_doc[t[0]].add(t)
        undated = [k for k in members if not facts[k].years and not facts[k].editions]
        for k in undated:
            targets = {uf.find(t) for t in by_doc.get(k[0], ())}
            if len(targets) == 1:
                summaries.link(next(iter(targets)), k, "in_document", f"the only dated {base} in doc {k[0]}")
        # What is left undated stands for the recurring event: one entity per base name.
        dated_roots = {uf.find(t) for ts in by_doc.values() for t in ts}
        rest = [k for k in undated if uf.find(k) not in dated_roots]
        for other in rest[1:]:
            summaries.link(rest[0], other, "same_key", "identical name" if other[1] == rest[0][1] else "same base name, undated")

    return _entities(nodes, uf, facts, canon_base, published)


def _entities(nodes, uf: Clusters, facts, canon_base, published) -> tuple[dict[str, Entity], dict, list[dict]]:
    groups = [g for g in uf.groups() if any(m in nodes for m in g)]
    keyed: list[tuple[str, list]] = []
    for g in groups:
        real = [m for m in g if m in nodes]
        anchor = next((m for m in g if m not in nodes), None)
        fs = [facts[m] for m in g]
        years = set().union(*(f.years for f in fs))
        editions = set().union(*(f.editions for f in fs))
        if anchor is not None:
            base = canon_base.get(facts[anchor].base, facts[anchor].base) or fold(anchor[1])
        else:
            base = most_common(canon_base.get(f.base, f.base) for f in fs if f.base) or fold(real[0][1])
        if years:
            key = f"{base}|{min(years)}"
        elif editions:
            key = f"{base}|ed{min(editions)}"
        else:
            key = base
        keyed.append((key, real))
    ids = unique_keys(keyed, lambda key: stable_id("evt", key))

    entities: dict[str, Entity] = {}
    id_of: dict[tuple[str, str], str] = {}
    merges: list[dict] = []
    for (key, real), eid, g in zip(keyed, ids, groups):
        anchor = next((m for m in g if m not in nodes), None)
        names_docs = docs_by_name(real)
        mentions_by_name: dict[str, int] = defaultdict(int)
        for m in real:
            mentions_by_name[m[1]] += nodes[m].n_mentions
        name = anchor[1] if anchor else re.sub(r"^(?:the|The)\s+", "", _display_name(names_docs, mentions_by_name))
        ent = Entity("event", eid, name, key=key)
        attrs = [a for m in real for a in nodes[m].attrs]
        ent.attrs = _event_attrs(attrs, [facts[m] for m in real])
        ent.absorb(real, nodes, id_of)
        ent.attrs["status"] = event_status(ent.attrs.get("start_date"), ent.attrs.get("end_date"),
                                           [published.get(d) for d in ent.doc_ids],
                                           ent.attrs.get("date_precision"))
        entities[eid] = ent
        merges += uf.merge_rows("event", eid, name, real, ent.aliases)
    return entities, id_of, merges


def _display_name(docs_by_name: dict[str, set], mentions_by_name: dict[str, int]) -> str:
    # A name that carries its year reads best ("European Cluster Conference 2019"), then the one
    # most documents use, without a leading article, then the most mentioned, then the shortest.
    def rank(n: str):
        return (not re.search(r"\b(?:19|20)\d\d\b", n), n.lower().startswith("the "), -len(docs_by_name[n]),
                -mentions_by_name[n], len(n), n)
    return min(docs_by_name, key=rank)


def _event_attrs(attrs: list[dict], fs: list[_Facts]) -> dict:
    out = {
        "event_type": most_common(a.get("event_type") for a in attrs if a.get("event_type") != "other") or most_common(a.get("event_type") for a in attrs),
        "city": most_common(a.get("city") for a in attrs),
        "country": most_common(a.get("country") for a in attrs),
        "edition": most_common(e for f in fs for e in f.editions),
        "start_date": None, "end_date": None, "date_precision": None,
    }
    dated = [a for a in attrs if a.get("start_date")]
    if dated:
        best = min(_PRECISION_RANK.get(a.get("date_precision"), 3) for a in dated)
        pool = [a for a in dated if _PRECISION_RANK.get(a.get("date_precision"), 3) == best]
        start, end, precision = most_common((a["start_date"], a.get("end_date") or a["start_date"], a.get("date_precision")) for a in pool)
        out.update(start_date=start, end_date=end, date_precision=precision)
    else:
        years = set().union(*(f.years for f in fs)) if fs else set()
        if len(years) == 1:
            # A year from the name ("EU Cluster Conference 2019") is a date of year precision.
            year = next(iter(years))
            out.update(start_date=dt.date(year, 1, 1), end_date=dt.date(year, 12, 31), date_precision="year")
    return out


def event_status(start: dt.date | None, end: dt.date | None, doc_dates: list[dt.date | None],
                 precision: str | None = "day") -> str | None:
    """upcoming | ongoing | past as seen from the latest dated document mentioning the event."""
    known = [d for d in doc_dates if d is not None]
    if start is None or not known:
        return None
    ref = max(known)
    end = end or start
    if ref < start:
        return "upcoming"
    if ref > end:
        return "past"
    # Inside a month- or year-precision range we cannot tell; only a dated range is "ongoing".
    return "ongoing" if precision in (None, "day") else None
