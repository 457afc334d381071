"""Rule family "one name in two cases": languages that decline names write one organisation in several cases
("Međimurska županija" and "župan Međimurske županije", "Univerza v Mariboru" and "Univerze v Mariboru",
"Πανεπιστήμιο Θεσσαλίας" and "του Πανεπιστημίου Θεσσαλίας", "Banskobystrický samosprávny kraj" and "predseda
Banskobystrického samosprávneho kraja", "Region Norrbotten" and "Region Norrbottens ordförande"). Two names of a
document whose words pair up one by one, each pair equal or differing only in its ending (:func:`same_stem`), are
one organisation (:func:`merge_inflected`, called by :func:`pipeline.extract.org_resolve.resolve_mentions`); a
name may close with a legal form the other lacks ("Stredoslovenský drevársky klaster, z. z. p. o." and
"Stredoslovenského drevárskeho klastra"). The organisation is named by the form the text writes in its base case
(:func:`base_forms`): of two such forms, the one with fewer letters (a case ending adds letters more often than it
takes any: "-ého" for "-ý", "-ának" after "Tagozat", the s-genitive; with as many letters, "Međimurska županija" and
"Međimurske županije", the role's slot has already taken the other form: statement_title_org_name.py). Where the text writes a name
only in a case, it stays as written (the training sets' gold keeps "Ministerstva životního prostředí" where no
nominative occurs): nothing here guesses a nominative.

Rule ``"org-other-case"`` (:func:`other_case_spans`, called by
:func:`pipeline.extract.organisations.from_role_slots`): the organisation a role's slot reads in a case ("predseda
Banskobystrického samosprávneho kraja Jana Vzorová") is found elsewhere in the text in another case
("partnermi boli Banskobystrický samosprávny kraj (BBSK)"), word by word with the same stems, in half the words or more
(a head declines with its adjectives) and in fewer letters
(the base case, not a third case: "Inovacijų agentūrai" is no base form of "Inovacijų agentūros atstovė"): that span is
a mention of the same organisation, even where no other rule read it. One pattern for all the slots of a document,
one scan of the text."""
from __future__ import annotations

import re
from typing import Callable

from pipeline.extract.lexicon import key

_STEM = 4  # the letters a declined word keeps at least, where its ending changes
_CUT = 3  # the letters of a word's end a case may change ("-ý" / "-ého", "-a" / "-ě")
_ADD = 4  # the letters a case may add ("Tagozat" / "Tagozatának", "kraj" / "kraja")
# a name's closing legal form in the shape of short dotted words after a comma ("…, z. z. p. o.", "…, a. s.")
_DOTTED_FORM = re.compile(r",[ \t]*(?:\w{1,4}\.[ \t]*)+\w{0,4}\.?$")
_WORD_END = re.compile(r"(?<=\w)(?=[ \t,])")


def same_stem(a: str, b: str) -> bool:
    """``a`` and ``b`` (folded words) are one word in two cases: equal, or sharing a beginning of at least four
    letters after which the shorter has at most three letters and the longer at most four, or of three letters
    with one letter changed ("рада" / "ради") or at most four added ("kraj" / "kraja")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    p = 0
    while p < len(short) and short[p] == long_[p]:
        p += 1
    if not short[:1].isalpha() or len(long_) - p > _ADD:
        return False
    if p == len(short):
        return p >= 3
    return p >= 3 and (p >= _STEM and len(short) - p <= _CUT or len(short) - p == 1)  # "рада" / "ради"


def inflected_pair(a: str, b: str) -> bool:
    """``a`` and ``b`` (folded names of two words or more) are one name in two cases."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) >= 2 and wa != wb and all(same_stem(x, y) for x, y in zip(wa, wb))


def without_legal_form(name: str, legal_forms: re.Pattern[str]) -> str:
    """``name`` without the legal form that closes it (``legal_forms``, or short dotted words after a comma)."""
    m = _DOTTED_FORM.search(name)
    if m:
        return name[:m.start()]
    dotted = name if name.endswith(".") else name + "."  # a name as cleaned lost the form's last full stop ("sp. z o.o")
    for m in _WORD_END.finditer(name):
        form = legal_forms.match(dotted, m.start())
        if form and form.end() >= len(dotted) - 1:
            return name[:m.start()]
    return name


def merge_inflected(groups: dict[str, list], name_of: Callable[[list], str], core: Callable[[str], str] = lambda s: s) -> None:
    """Join the groups whose names are one name in two cases (module docstring); gazetteer groups ("org:…") stay.
    ``name_of`` gives a group's name from its members, ``core`` that name without its legal form. Names are
    compared within a bucket of the same word count and first letters, not every pair."""
    buckets: dict[tuple, list[tuple[str, str]]] = {}
    for g, members in list(groups.items()):
        if g.startswith("org:") or not members:
            continue
        k = key(core(name_of(members)))
        words = k.split()
        if len(words) < 2:
            continue
        bucket = buckets.setdefault((len(words), *(w[:3] for w in words)), [])
        target = next((g2 for k2, g2 in bucket if inflected_pair(k, k2) and g2 in groups), None)
        if target is not None:
            groups[target].extend(groups.pop(g))
        else:
            bucket.append((k, g))


def base_forms(names: list[str], core: Callable[[str], str] = lambda s: s) -> list[str]:
    """The names of one organisation less those written in a case of another of them (module docstring): of two
    names that are one name in two cases, the one with more letters goes (with as many letters both stay)."""
    folded = {n: key(core(n)) for n in names}
    return [n for n in names
            if not any(_letters(folded[m]) < _letters(folded[n]) and inflected_pair(folded[n], folded[m]) for m in names)]


def _word_pattern(word: str) -> str:
    if len(word) <= 3 or not word[:1].isalpha() or word.isupper():
        return re.escape(word)
    # (one letter more cut than a case changes: Hungarian lengthens a stem's last vowel, "Tagozata" / "Tagozatának")
    return re.escape(word[:max(3, len(word) - _ADD)]) + r"\w{0,%d}" % (_CUT + _ADD)


def other_case_spans(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rule ``"org-other-case"`` (module docstring): where the text writes the names at ``names`` (spans of two
    words or more) elsewhere in another case with fewer letters. One alternation of the names' stems, one scan of ``text``."""
    raw = {" ".join(text[s:e].split()) for s, e in names}
    raw = sorted(n for n in raw if len(n.split()) >= 2)
    if not raw:
        return []
    folded = {key(n) for n in raw}
    alternation = "|".join(r"[ \t\n]+".join(_word_pattern(w) for w in n.split()) for n in raw)
    out = []
    for m in re.finditer(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", text):
        k = key(m.group())
        if k not in folded and any(_letters(k) < _letters(f) and inflected_pair(k, f) and _declined(k, f) for f in folded):
            out.append((m.start(), m.end()))
    return out


def _declined(a: str, b: str) -> bool:
    """Half the words or more of ``a`` and ``b`` differ, as a head and its adjectives decline together; one word of
    several changed is more often another language's form of the name ("Startup Centre …" beside "Startup Centrum
    …") than a case."""
    wa, wb = a.split(), b.split()
    return 2 * sum(x != y for x, y in zip(wa, wb)) >= len(wa)


def _letters(name: str) -> int:
    return len(name.replace(" ", ""))
