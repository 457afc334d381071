"""Editions of one event base name: what a mention says (year, edition, city, dated range) and how the
mentions of one base name and year are clustered into editions (:func:`cluster_editions`), as a plan over
the distinct things they say (:func:`edition_plan`), so the entity index can tell from those alone whether
one more mention changes the editions already there (:mod:`pipeline.resolve.index_events`)."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict

from pipeline.normalise import fold
from pipeline.resolve.model import Clusters, Node

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15}
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ORDINAL_NUM = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")


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


class Facts:
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


def summary_of(f: Facts) -> tuple:
    """(years, editions, cities, start and end of the intersection of the dated ranges) of one node."""
    lo = max((r[0] for r in f.ranges), default=None)
    hi = min((r[1] for r in f.ranges), default=None)
    return (frozenset(f.years), frozenset(f.editions), frozenset(f.cities), lo, hi)


class Summaries:
    """What each cluster as a whole says (years, editions, cities, the intersection of its dated
    ranges), kept per root so a compatibility check costs O(1) however big the cluster."""

    def __init__(self, facts: dict, uf: Clusters):
        self.uf = uf
        self.by_root: dict = {k: summary_of(f) for k, f in facts.items()}

    @staticmethod
    def join(x, y):
        lo = max((v for v in (x[3], y[3]) if v is not None), default=None)
        hi = min((v for v in (x[4], y[4]) if v is not None), default=None)
        return (x[0] | y[0], x[1] | y[1], x[2] | y[2], lo, hi)

    @staticmethod
    def fits(x, y) -> bool:
        """Whether two clusters' summaries may join: at most one year, one edition and one city between
        them, and their dated ranges overlap. Builds no joined summary: the edition clustering asks this
        of the editions of a year, so it is the resolver's innermost step."""
        for i in (0, 1, 2):
            a, b = x[i], y[i]
            if len(a) > 1 or len(b) > 1 or (a and b and a != b):
                return False
        lo = x[3] if y[3] is None else y[3] if x[3] is None else max(x[3], y[3])
        if lo is None:
            return True
        hi = x[4] if y[4] is None else y[4] if x[4] is None else min(x[4], y[4])
        return lo <= hi

    def link(self, a, b, rule: str, detail: str) -> bool:
        ra, rb = self.uf.find(a), self.uf.find(b)
        if ra == rb:
            return True
        x, y = self.by_root[ra], self.by_root[rb]
        # The compatibility check first (it and the do-not-merge check are pure: either refusing means no link).
        if not self.fits(x, y) or not self.uf.link(a, b, rule, detail):
            return False
        self.by_root[self.uf.find(a)] = self.join(x, y)
        return True


def _width(summary) -> int:
    """Days a summary's dated range spans (0: one day); ranges before no range at all."""
    return (summary[4] - summary[3]).days if summary[3] is not None and summary[4] is not None else 1 << 30


def sound(summary) -> bool:
    """Whether a summary fits anything: at most one edition and one city, and a range that is not empty."""
    return len(summary[1]) <= 1 and len(summary[2]) <= 1 and not (
        summary[3] is not None and summary[4] is not None and summary[3] > summary[4])


def _order(sig):
    return (_width((None, *sig)), not sig[0], not sig[1], sorted(sig[0]), sorted(sig[1]),
            sig[2] or dt.date.min, sig[3] or dt.date.min)


def edition_plan(said: dict[tuple, tuple]) -> dict[tuple, tuple | None]:
    """The editions of one base name and year from what its mentions say, whatever their order or number.

    ``said``: each distinct signature (editions, cities, start, end) -> the summary of the mentions that say
    it. Signatures are taken from the most precise (a range of one day, then wider ranges, then no range;
    with an edition and a city before without) to the least, each in a fixed order of what it says. One that
    fits no edition founds one (maps to itself); one that fits exactly one edition (what its founding
    signature says) joins it (maps to that founder); one that fits several stands apart (None). A signature
    of one day is asked only the editions founded on that day: when it comes, every edition so far was
    founded by a one-day signature. So the result depends only on the set of signatures."""
    founders: list[tuple[tuple, tuple]] = []  # (what the founder says, its signature)
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    plan: dict[tuple, tuple | None] = {}
    for sig in sorted(said, key=_order):
        one_day = sig[2] if sig[2] is not None and sig[2] == sig[3] else None
        pool = by_day.get(one_day, []) if one_day is not None else range(len(founders))
        fits = [i for i in pool if Summaries.fits(founders[i][0], said[sig])]
        if not fits:
            founders.append((said[sig], sig))
            if one_day is not None:
                by_day[one_day].append(len(founders) - 1)
            plan[sig] = sig
        else:
            plan[sig] = founders[fits[0]][1] if len(fits) == 1 else None
    return plan


def cluster_editions(ks: list, summaries: Summaries, year: int) -> None:
    """Links the mentions of one base name and year into editions, whatever the order of ``ks``.

    The mentions are grouped by what they say (edition, city, dated range): mentions that say the
    same thing are one group, and :func:`edition_plan` decides from the groups alone which founds an
    edition, which joins one and which stands apart. So the fully dated mentions seed the editions,
    and one more mention founds or joins one edition without moving the others, as no choice depends
    on how big an edition is or on the order of documents. What one new edition can move are the
    less precise mentions that fitted only the edition already there ("the Forum 2024", undated):
    they now fit two and stand apart. A mention that contradicts itself (two editions or cities,
    ranges that do not meet) stays alone, as it fits nothing. Groups are linked in the plan's order
    (a link checks the edition as it has grown so far)."""
    groups: dict[tuple, list] = defaultdict(list)
    for k in ks:
        s = summaries.by_root[summaries.uf.find(k)]
        if sound(s):
            groups[(s[1], s[2], s[3], s[4])].append(k)
    said = {sig: summaries.by_root[summaries.uf.find(members[0])] for sig, members in groups.items()}
    plan = edition_plan(said)
    for sig in sorted(groups, key=_order):
        target = plan[sig]
        anchor = groups[target][0] if target is not None else groups[sig][0]
        for k in groups[sig]:
            summaries.link(anchor, k, "same_edition", f"same name and year {year}")


def edition_signature(node: Node, synonyms: dict[str, str]) -> str | None:
    """What a node says, as :func:`cluster_editions` groups it and the entity index stores it, when it is dated
    to one year and sound (else None): ``[year, editions, cities, start, end]`` (JSON)."""
    f = Facts(node, synonyms)
    s = summary_of(f)
    if not f.base or len(f.years) != 1 or not sound(s):
        return None
    sig = [next(iter(f.years)), sorted(f.editions), sorted(f.cities), s[3] and s[3].isoformat(), s[4] and s[4].isoformat()]
    return json.dumps(sig, ensure_ascii=False, separators=(",", ":"))


def signature_summary(sig: str) -> tuple[tuple, tuple]:
    """A stored signature's (signature as :func:`edition_plan` keys it, summary)."""
    year, editions, cities, lo, hi = json.loads(sig)
    lo = dt.date.fromisoformat(lo) if lo else None
    hi = dt.date.fromisoformat(hi) if hi else None
    key = (frozenset(editions), frozenset(cities), lo, hi)
    return key, (frozenset({year}), *key)
