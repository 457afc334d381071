"""Rule ``"role-before-name-language+org-genitive-lead"``, family "organisation in the genitive before a title before the
name": Estonian, Lithuanian, Latvian, Finnish and the Scandinavian languages write the organisation first, in the
genitive, then the title and the name, with no connector and no comma: "Tartu Ülikooli teadur Jane Näide", "Saare
Piimatööstuse juht Jaan Kask", "Maksu- ja Tolliameti spetsialist Jane Näide", "Kauno technologijos universiteto docentė
Jane Pavyzdė", "Acme Eesti AS-i (AE) arendusjuht Jaan Kask", and a quoted company after its legal form: "UAB „Acme
sprendimai“ direktorius Jonas Pavyzdys"; Danish, Norwegian and Swedish in the s-genitive: "Norrlands Träklusters
ordförande Jane Doe", "Acme AB:s vd Jane Doe" (the name ends before the colon). The words of a unit may stand between
the organisation and the title; they belong to the role as the text states it: "Majandusministeeriumi tööstuspoliitika
osakonna nõunik" (the lower-case words after the last capitalised one, when no organisation head closes them),
"Ekonomikos ministerijos Pramonės politikos skyriaus vedėjas" and "Acme agentūros Klasterių skyriaus vedėja" (the words
after the last organisation head, or after the first head that a capitalised word follows).

The shape is language-independent: a run of words on the title's line, opened by a capitalised word and closed by the
title, that no punctuation interrupts. A lower-case word before a capitalised one ends the run (a verb, "ja", "ir":
"… Jane Näide ja Rakvere Ametikooli direktor Jaan Kask" starts at "Rakvere"), unless it is an organisation head (the
name before a unit: "ministerijos Pramonės") or a conjunction after a hyphenated word ("Maksu- ja Tolliameti"). The
head words are the inflected and compound forms of ``org_head_concepts.csv`` and the legal forms of ``org_suffixes.txt``.
A single word with no head ("Põlva vallavanem": a place, the mayor of its municipality) names no organisation, nor do
words with no head that open with a given name (a name before its card's title: "Dr. Jane Näide projektijuht"), nor
does a country before a kind noun ("Läti puitehitusklastri juht": the Latvian cluster's head) or a capital that only
opens the sentence ("Kolegijos atstovė Jane Näide", "Reisi juhtis klastri juht …"); function words of
``role_field_stops.txt`` do not open the run. Only the titles of the languages that write the organisation so take
such a lead (``role_genitive_lead_languages.csv``, one row a language of ``languages.csv``): German capitalises its
nouns, so "Zum Abschluss dankte Ehrenpräsidentin Jane Doe" has a capitalised run before the title that names nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, data_table, org_head_words
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon, key, role_titles_of, title_key
from pipeline.extract.shapes import Span

_MAX_WORDS = 7  # words of the organisation and its unit before the title
_REACH = 160  # characters back from the title
_MAX_ENDING = 3  # letters of a case ending after a head's stem ("yliopist|on", "keskus|e" → "kesku|se")
_TOKEN = re.compile(r"\S+")
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"'”»)]*[ \t]+)[ \t*_>-]*$")
# a word, perhaps hyphenated or cut before "ja" ("Maksu-"), perhaps opening or closing a quoted name ("UAB „Acme"), perhaps
# an abbreviation's case ending after a colon ("AB:s", "Oy:n")
_WORD = re.compile(r"[„“\"«‚]?[^\W\d_][\w'’]*(?:-[\w'’]+)*(?::[^\W\d_]{1,3})?-?[“”\"»‘’]?")
_CLOSING_QUOTE = ("“", "”", '"', "»", "‘", "’")
_ACRONYM = re.compile(r"\([A-ZÀ-ÖØ-ÞĀ-Ž0-9&.-]{2,12}\)")


@lru_cache(maxsize=4)
def _head_stems(data_dir: Path) -> tuple[frozenset[str], tuple[str, ...]]:
    """(legal forms as written, lower-case head stems): a head of five letters or more loses its last letter, so its
    inflected forms share the stem ("ministeerium" → "ministeeriumi", "kolegija" → "kolegijos")."""
    heads = org_head_words(data_dir)
    words = {w.lower() for use in ("last", "lower", "closing", "compound") for phrase in heads.get(use, ()) for w in phrase.split()[-1:]}
    stems = tuple(sorted({w[:-1] if len(w) >= 5 else w for w in words if len(w) >= 3}))
    return frozenset(data_lines(data_dir / "org_suffixes.txt")), stems


def _is_head(word: str, data_dir: Path | None) -> bool:
    """An organisation head in any of its forms: a legal form ("AS", "AS-i", "UAB"), a word that closes on a head stem
    and at most three letters of ending ("Tehnikaülikooli", "kolegijos", "Arenguagentuur"), or the closing word of a
    quoted name ("sprendimai“")."""
    if data_dir is None:
        return False
    if word.endswith(_CLOSING_QUOTE):
        return True  # a quoted name closes with its quote: UAB „Acme sprendimai“
    legal, stems = _head_stems(data_dir)
    w = word.rstrip("-").lstrip("„“\"«‚")
    if w in legal or w.split("-")[0] in legal or w.split(":")[0] in legal:
        return True
    low = w.lower()
    for stem in stems:
        at = low.rfind(stem)
        # (a short stem only opens the word: "liit" is no head inside "tööstuspoliitika")
        if at >= 0 and (at == 0 or len(stem) >= 5) and len(low) - at - len(stem) <= _MAX_ENDING:
            return True
    return False


@lru_cache(maxsize=4)
def _lead_titles(data_dir: Path) -> frozenset[str]:
    """The titles of the languages that ``role_genitive_lead_languages.csv`` marks ``yes``, as :func:`title_key` reads them."""
    langs = [r["lang"] for r in data_table(data_dir / "role_genitive_lead_languages.csv")[1] if r["lead"] == "yes"]
    return frozenset(title_key(t) for t in role_titles_of(data_dir, langs))


def genitive_org_before(text: str, q: int, title: str, lex: Lexicon) -> tuple[Span, int] | None:
    """Rule ``"role-before-name-language+org-genitive-lead"`` (see the module doc): (the organisation's span, the role's
    new start) for ``title``, a title of a language of ``role_genitive_lead_languages.csv``, whose role starts at ``q``;
    or None."""
    if lex.data_dir is None or title_key(title) not in _lead_titles(lex.data_dir):
        return None
    line = max(text.rfind("\n", 0, q) + 1, q - _REACH)
    tokens = list(_TOKEN.finditer(text, line, q))
    run: list[re.Match[str]] = []
    acronym_at = None  # index in run of the first word after a bracketed acronym
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i].group()
        if _ACRONYM.fullmatch(tok) and acronym_at is None:
            acronym_at = len(run)  # ("Acme Arenduskeskuse (AA) juhataja": the words after the bracket are the role's)
            continue
        if not _WORD.fullmatch(tok) or len(run) >= _MAX_WORDS:
            break
        if run and tok[:1].islower() and run[-1].group()[:1].isupper() and not _is_head(tok, lex.data_dir):
            before = tokens[i - 1].group() if i > 0 else ""
            if not before.endswith("-"):
                break  # "… ja Rakvere", "dalyvavo Ekonomikos": outside the name
        run.append(tokens[i])
    run.reverse()
    if acronym_at is not None:
        acronym_at = len(run) - acronym_at
    while run and (run[0].group()[:1].islower() or run[0].group().lower() in lex.role_field_stops):
        run.pop(0)
        acronym_at = None if acronym_at is None else acronym_at - 1
    if not run or _SENTENCE_START.search(text, max(0, run[0].start() - 4), run[0].start()) and (
            len(run) == 1 or run[1].group()[:1].islower() and not _is_head(run[1].group(), lex.data_dir)):
        return None  # the sentence's own capital: "Reisi juhtis klastri juht …", "Kolegijos atstovė …"
    words = [m.group() for m in run]
    end = acronym_at if acronym_at is not None and acronym_at > 0 else len(words)
    heads = [k for k in range(end) if _is_head(words[k], lex.data_dir)]
    if heads:
        # the words after the last head are the unit's ("ministerijos | Pramonės politikos"), and so are those after a
        # head that a capitalised word follows ("agentūros | Klasterių skyriaus vedėja": a unit's name, then its noun)
        end = next((k + 1 for k in heads if k + 1 < end and words[k + 1][:1].isupper()), heads[-1] + 1)
    else:
        caps = [k for k in range(end) if words[k][:1].isupper()]
        if not caps:
            return None
        end = caps[-1] + 1  # the lower-case words after the last capitalised one ("… | tööstuspoliitika osakonna")
    if not heads and (end == 1 or starts_with_given_name(" ".join(words[:end]), lex)):
        return None  # one word and no head, a place ("Põlva vallavanem"); a person's name ("Jane Näide projektijuht …")
    if all(key(w) in lex.countries for w in words[:end] if w[:1].isupper()):
        return None  # a country's and a kind noun: "Läti puitehitusklastri juht" (the Latvian cluster's), no name
    unit = max(end, acronym_at or 0)
    last = run[end - 1]
    colon = last.group().find(":")  # ("Acme AB:s vd": the name ends before its case ending)
    return Span(run[0].start(), last.start() + colon if colon > 0 else last.end()), run[unit].start() if unit < len(run) else q
