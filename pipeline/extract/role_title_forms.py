"""Rule family "definite role title": the role titles as a language with a suffixed definite article writes them
when they name a known office ("председателят", "координаторот", "ministri", "kryetarja", "directorul",
"președintele", "direktøren", "zuzendaria"). The endings are data (``role_title_definite_endings.csv``, a row for
each language of ``languages.csv``), applied to the one-word titles of that language: the lexicon then matches the
definite forms a text writes ("заместник-директорът Иван Петров", "Analistja e Institutit …, Dr. Ana …"), and the rule
"the role, Name" (statement_apposed.py) reads such a form as a title with its own article."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table

# A title word that takes the ending: letters (a hyphenated compound too: "заместник-директор"), no abbreviation
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# vowels of the scripts the languages with a suffixed article write (Latin, Cyrillic); any other letter is a consonant
_VOWELS = frozenset("aeiouyăâîëäöüåæøáéíóúýαεηιουωаеиоуъюяѝ")


@lru_cache(maxsize=4)
def _endings(data_dir: Path) -> dict[str, list[tuple[str, str]]]:
    """language → its (after, definite) rows of ``role_title_definite_endings.csv`` ("-" rows left out)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in data_table(data_dir / "role_title_definite_endings.csv")[1]:
        if row["after"] != "-":
            out.setdefault(row["language"], []).append((row["after"], row["definite"]))
    return out


def definite_forms(title: str, rows: list[tuple[str, str]]) -> set[str]:
    """The definite forms of one-word ``title`` by a language's ``rows`` ("координатор" → {"координаторот"}): the rows
    of the longest ending the title has ("председател" takes "-тел" → "председателят", "председателя"; "ministër"
    takes "-ër" → "ministri"), else those of a final consonant; none for a title of several words, an abbreviation or
    a title in capitals."""
    if not _WORD.fullmatch(title) or title.isupper() or len(title) < 3:
        return set()
    low = title.lower()
    ending = max((after for after, _ in rows if after != "consonant" and low.endswith(after) and len(low) > len(after) + 1),
                 key=len, default=None)
    if ending is not None:
        out = {title[:len(title) - len(ending)] + definite for after, definite in rows if after == ending}
    else:
        out = {title + definite for after, definite in rows if after == "consonant" and low[-1] not in _VOWELS}
    return out - {title}


def language_definite_forms(data_dir: Path, by_language: dict[str, set[str]]) -> dict[str, set[str]]:
    """language → the definite forms of its one-word titles in ``by_language`` ("координатор" → "координаторот"), the
    forms it lists already among them ("kryetarja" of "kryetare")."""
    endings = _endings(data_dir)
    return {lang: {f for t in titles for f in definite_forms(t, endings[lang])}
            for lang, titles in by_language.items() if lang in endings}


@lru_cache(maxsize=4)
def genitive_links(data_dir: Path | None) -> tuple[str, ...]:
    """The links of ``role_title_org_name.txt`` (``[links]`` and every ``[links <language>]``: "на", Albanian "i",
    "e", "të", "së"): the words that join a title to what it is of, in the languages with no "of"."""
    from pipeline.data_files import data_sections

    sections = data_sections(data_dir / "role_title_org_name.txt") if data_dir else {}
    return tuple(w for name, words in sections.items() if name == "links" or name.startswith("links ") for w in words)


@lru_cache(maxsize=8)
def definite_gap_re(data_dir: Path | None, linked: bool = False) -> re.Pattern[str]:
    """What a definite title is of before the comma of "the role, Name": perhaps one lower-case word that qualifies
    it, a link (:func:`genitive_links`) and up to 60 characters with no punctuation ("kryetarja e dhomës, ",
    "претседателот на комората, ", "ministrja shqiptare e Bujqësisë, "), perhaps with an acronym in brackets. With
    ``linked``, the title ends with its link already ("градоначалникот на | Општина Струмица, ")."""
    from pipeline.data_files import phrase_alternation

    links = genitive_links(data_dir)
    if not links:
        return re.compile(r"(?!)")
    tail = r"[ \t\n]+[^,;:.()\n]{1,60}?(?:[ \t\n]*\([^()\n]{1,20}\))?,[ \t\n]+"
    if linked:
        return re.compile(tail)
    return re.compile(r"(?:[ \t]+(?-i:[^\W\d_A-ZÀ-ÞА-Я]+))?[ \t\n]+(?i:" + phrase_alternation(links) + r")" + tail)


@lru_cache(maxsize=4)
def compound_title_pattern(data_dir: Path | None) -> str:
    """Rule family "compound role title": the pattern (case-insensitive, no closing boundary) of one word that is at
    least three letters and then a head of ``role_title_compound_heads.csv`` ("hållbarhetschef", "processledare",
    "projektisuunnittelija", "főosztályvezető", "Nachhaltigkeitsreferent"), unless it ends in a word of
    ``role_title_compound_not_titles.txt`` ("Halbleiter", "halvledare"). The languages that write closed compounds
    build an office from any field and a head; listing every field would never end. Empty when nothing is listed.

    The word is taken whole and its end is looked at behind it, one look-behind per length of head (the heads of a
    length as a prefix tree, three letters before them): a few tests at each word, where a head tried at every letter
    of the word would cost as much as the whole title pattern; the word is taken possessively (no backtracking)."""
    from pipeline.data_files import data_lines, phrase_trie

    if data_dir is None:
        return ""
    heads = {row["head"].lower() for row in data_table(data_dir / "role_title_compound_heads.csv")[1] if row["head"] != "-"}
    if not heads:
        return ""
    by_length: dict[int, list[str]] = {}
    for h in heads:
        by_length.setdefault(len(h), []).append(h)
    ends = "|".join(rf"(?<=[^\W\d_]{{3}}{phrase_trie(hs)})" for _, hs in sorted(by_length.items()))
    not_titles = "".join(rf"(?<!{re.escape(w.lower())})" for w in data_lines(data_dir / "role_title_compound_not_titles.txt"))
    shortest = min(by_length) + 3  # a word shorter than three letters and the shortest head is tried no further
    return rf"(?<![\w-])[^\W\d_]{{{shortest},}}+(?![\w-])(?:{ends}){not_titles}"


def base_forms(data_dir: Path, by_language: dict[str, frozenset[str]]) -> dict[str, str]:
    """Lower-case definite form → its title, for the languages ``role_title_definite_roles.csv`` writes in the base
    form ("klusterchefen" → "klusterchef"; ``by_language``: the listed titles by language), less the forms another
    language lists as titles of their own."""
    base_languages = {row["language"] for row in data_table(data_dir / "role_title_definite_roles.csv")[1] if row["role"] == "base"}
    endings = _endings(data_dir)
    out: dict[str, str] = {}
    for lang, titles in by_language.items():
        for t in sorted(titles, key=len, reverse=True) if lang in base_languages else ():
            for f in definite_forms(t, endings.get(lang, [])):
                out[f.lower()] = t  # the shortest title wins: "styrelederen" is "styreleder"'s, not plural "styreledere"'s
    others = {t.lower() for lang, titles in by_language.items() if lang not in base_languages for t in titles}
    return {f: t for f, t in out.items() if f not in others}


def base_title(role: str, forms: dict[str, str]) -> str:
    """Rule family "base form of a definite title": ``role`` with a first word that is the definite form of a title of
    a language whose roles are written in the base form (``forms``, :func:`base_forms`: Swedish, Danish, Norwegian,
    Icelandic) given as that title, its first letter's case kept ("klusterchefen" → "klusterchef", "Direktøren for
    klyngen" → "Direktør for klyngen"); any other role as it is."""
    first, sep, rest = role.partition(" ")
    base = forms.get(first.lower())
    if base is None:
        return role
    base = base[:1].upper() + base[1:] if first[:1].isupper() else base[:1].lower() + base[1:]
    return base + sep + rest


@lru_cache(maxsize=4)
def _case_endings(data_dir: Path) -> dict[str, list[tuple[str, tuple[str, ...], bool, bool]]]:
    """language → its (ending, case endings, opens, head last) rows of ``role_title_case_endings.csv``, the longest
    ending first ("_": any ending in a consonant, last)."""
    out: dict[str, list[tuple[str, tuple[str, ...], bool, bool]]] = {}
    for row in data_table(data_dir / "role_title_case_endings.csv")[1]:
        out.setdefault(row["lang"], []).append((row["ending"], tuple(row["cases"].split()), row["opens"] == "yes", row["head"] == "last"))
    for rows in out.values():
        rows.sort(key=lambda r: -len(r[0]) if r[0] != "_" else 0)
    return out


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def case_forms(title: str, rows: list[tuple[str, tuple[str, ...], bool, bool]]) -> dict[str, bool]:
    """Rule family "role title in a case": the other cases of ``title`` by its language's ``rows`` (form → whether the
    case marks "as" by itself): the head (the title's first word, or its last where the language puts the head last:
    "hallituksen puheenjohtaja", "valdes priekšsēdētājs") takes the cases of the longest ending it has (every row of
    that ending), else those of a final consonant, in the head's script; the other words are lower case and stay
    ("ověřovatel zápisu" → "ověřovatele zápisu", "předsedkyně" → "předsedkyní", "puheenjohtaja" → "puheenjohtajana").
    None for a head of fewer than four letters, an abbreviation or a capitalised word beside the head (a name)."""
    if not rows:
        return {}
    words = title.split(" ")
    at = len(words) - 1 if rows[0][3] else 0
    head = words[at]
    others = words[:at] + words[at + 1:]
    if not _WORD.fullmatch(head) or head.isupper() or len(head) < 4 or any(not w.islower() for w in others):
        return {}
    low = head.lower()
    ending = next((e for e, _, _, _ in rows if e != "_" and low.endswith(e) and len(low) > len(e) + 2), None)
    if ending is None and low[-1] in _VOWELS:
        return {}
    stem = head[:len(head) - len(ending)] if ending else head
    out: dict[str, bool] = {}
    for e, cases, opens, _ in rows:
        for c in cases if e == (ending or "_") else ():
            if _cyrillic(c[0]) != _cyrillic(low[-1]):
                continue
            form = " ".join(words[:at] + [stem + c] + words[at + 1:])
            out[form] = out.get(form, False) or opens
    out.pop(title, None)
    return out


def language_case_forms(data_dir: Path, by_language: dict[str, frozenset[str]]) -> dict[str, dict[str, bool]]:
    """language → the case forms of its listed titles in the base case (:func:`case_forms`: form → whether it opens an
    "as" phrase), for the languages of ``role_title_case_endings.csv``. A listed title that is a case form of another
    listed one ("předsedou" of "předseda") is no base: it takes no cases of its own, and keeps its "opens" mark."""
    endings = _case_endings(data_dir)
    out: dict[str, dict[str, bool]] = {}
    for lang, titles in by_language.items():
        if lang not in endings:
            continue
        every = {t: case_forms(t, endings[lang]) for t in titles}
        inflected = {f for forms in every.values() for f in forms}
        forms: dict[str, bool] = {}
        for t, made in every.items():
            for f, opens in made.items() if t not in inflected else ():
                forms[f] = forms.get(f, False) or opens
        out[lang] = forms
    return out
