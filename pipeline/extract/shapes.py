"""Word-shape helpers shared by the people, organisation and role rules.

They work on the document text itself (offsets are document offsets). A name may run over a single
line break (PDF wrapping) but never over a blank line.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.span_index import phrase_spans

# A word: letters with inner apostrophes / hyphens ("O'Neil", "Šermukšnytė-Alešiūnienė").
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*")
# Words that join the parts of an organisation name.
# A comma list inside a name closes with "and" or its word in the languages names are left in ("Ministerium für
# Wirtschaft, Verkehr und Tourismus", "Ministère de l'Économie, des Finances et de la Relance"), and sits after
# "for", "of", "on" or their words ("für", "de", "di").
_LIST_CLOSERS = frozenset({"and", "&", "und", "et", "y", "e"})
_LIST_INSIDE = frozenset({"for", "of", "on", "für", "de", "di", "del", "du", "des", "della"})
ORG_CONNECTORS = frozenset({"of", "for", "and", "&", "the", "de", "on", "in", "du", "des", "la", "für", "und", "y", "e", "et", "di", "del", "della"})
# a middle initial, also an accented or Nordic capital ("Kasper Ø. Thygesen", "Jan Č. Novák")
_INITIAL = re.compile(r"[^\W\d_]\.(?=[ \t]+[^\W\d_])")  # (capitals only: checked where it is used)
SEP = re.compile(r"[ \t]*\n?[ \t]*")  # at most one line break between the words of a name


@dataclass(frozen=True)
class Span:
    start: int
    end: int


# a romanised given name of two syllables joined by a hyphen: "Ji-hoon", "Soo-yeon" (rule "family name first")
SYLLABLE_PAIR = re.compile(r"[A-Z][a-z]{1,3}-[a-z]{2,4}")


_DOUBLED = re.compile(r"[A-Z]{2}[a-z]")  # PDF-doubled letters ("TThhee") or an acronym glued to a word


@lru_cache(maxsize=65536)  # pure, and the rules test the same words many times per document
def is_name_word(word: str) -> bool:
    """Capitalised word, not an acronym; every hyphen part capitalised ("Alešiūnienė"); no
    possessive, no punctuation, no PDF-doubled letters ("TThhee")."""
    if not WORD.fullmatch(word) or word.endswith(("'s", "’s")) or _DOUBLED.match(word):
        return False
    if SYLLABLE_PAIR.fullmatch(word):
        return True  # a romanised given name ("Ji-hoon"): the second syllable in lower case
    parts = word.split("-")
    for part in parts:
        core = part.replace("'", "").replace("’", "")
        if not core or not core[0].isupper():
            return False
        if len(core) > 1 and core.isupper():
            return False
    return len(word) >= 2


# a vowel of the Latin, Cyrillic and Greek capitals ("KOWALSKA", "САВЧУК", "ΠΑΠΑΔΟΠΟΥΛΟΣ")
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÜĀ-ąАЕЄИІЇОУЮЯЁЫЭΑΕΗΙΟΥΩΆΈΉΊΌΎΏ]")


def is_capitals_surname(word: str, lex: Lexicon, *, short: bool = False) -> bool:
    """A surname written in capitals after a given name, as French, Belgian and many event lists
    write them ("Marie LE BARZIC", "Jean-Luc DUPONT", "Anna KOWALSKA-NOWAK"): letters and hyphens,
    four letters or more with a vowel (three-letter capitals are mostly acronyms: "ISI", "ESA"), and not an acronym or word the lexicon knows (CEO, EU,
    INTERREG, a gazetteer acronym, a country). Rule family "capitals surname, short or joined": joined to a title-case
    one ("Ioana STAN-Popescu") by its capitals part; with ``short`` (after a double given name: "Jean-Marc ROY") three
    letters; in these shapes only listed cities veto (GeoNames has "Marin", "Pop")."""
    parts = word.split("-")
    joined = len(parts) > 1 and parts[0].isupper() and all(is_name_word(p) for p in parts[1:])
    if joined:
        word = parts[0]  # "STAN-Popescu"
    if len(word) < (3 if short else 4) or not word.isupper() or not WORD.fullmatch(word) or not _VOWEL.search(word):
        return False
    low = word.lower()
    cities = lex.listed_cities if joined or len(word) == 3 else lex.cities
    return not (low in lex.not_person_words or low in STOP_WORDS or low in lex.gazetteer_by_key or low in lex.not_org_names
                or low in lex.countries or low in cities)


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


def used_as_acronym(word: str, text: str, particles: frozenset[str] = frozenset(), titles: tuple[str, ...] = ()) -> bool:
    """The text writes ``word`` (capitals) somewhere without a capitalised word before it ("the IKTS
    team", "(IKTS)", a line of its own): an acronym, not a surname in capitals. Words of ``particles`` (lower
    case) right before it are skipped: "Ana de KEIZER", "Seán Ó MAOLÁIN" write the surname after a capitalised word.
    A courtesy title of ``titles`` with its full stop before it is such a word ("Prof. KOLLMANN said", "Dr. NOWAK":
    the surname used alone after a title, as people are named a second time), and so is a middle initial ("Jan M. NOWAK")."""
    for start, _ in phrase_spans(text, [word]):
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        while before and before.group(1).lower() in particles:
            before = _WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())
        if before is None and (abbr := _ABBREVIATION_BEFORE.search(text, max(0, start - 40), start)) \
                and ((len(abbr.group(1)) == 1 and abbr.group(1).isupper()) or abbr.group(1).lower() in title_keys(titles)):
            continue  # "Prof. KOLLMANN", "Joseph M. AZZOPARDI": a title or a middle initial before it
        if not before or not before.group(1)[0].isupper() or before.group(1).lower() in STOP_WORDS:
            return True  # ("The IKTS team": a capital after a full stop is no given name)
    return False


_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.-])([^\W\d_][\w'’-]*)\.[ \t]+$")  # "Prof. ", "Dr. " (not "Dr.-Ing. ")


@lru_cache(maxsize=4)
def title_keys(titles: tuple[str, ...]) -> frozenset[str]:
    """The courtesy titles of ``person_titles.txt`` in lower case, for look-ups."""
    return frozenset(t.lower() for t in titles)


def _one_given_name(text: str, words: list[tuple[int, int]]) -> bool:
    """The words so far are one given name ("Jean-Luc") and perhaps capital particles ("Marie LE")."""
    return all(text[s:e].isupper() for s, e in words[1:])


_NAME_END = re.compile(r"[ \t]*(?:[,;()\n]|\.(?:\s|$)|$)")


def _demonym_surname(text: str, words: list[tuple[int, int]], m: re.Match[str], lex: Lexicon) -> bool:
    """Rule family "demonym surname": a demonym of ``countries.csv`` ("Moldovan", "French", "Welsh") after a given name
    on the same line is a surname, in capitals ("Ioana-Cristina MOLDOVAN has …") or in title case where the name
    ends with it (a comma, bracket, full stop or line end next: "Dr. Ioana Moldovan,", "Dawn French (BBC)"); before
    a noun ("Maria German experts") it stays an adjective."""
    w = m.group()
    if w.lower() not in lex.demonyms or "\n" in text[words[0][0]:m.start()] or not _one_given_name(text, words):
        return False
    if w.isupper():
        return len(w) >= 4
    return is_name_word(w) and _NAME_END.match(text, m.end()) is not None


def _surname_after_particle(text: str, words: list[tuple[int, int]], m: re.Match[str], lex: Lexicon) -> bool:
    """Rule family "ordinary word after a particle": a street or venue word ("Calle", "Rua") after a lower-case particle
    that ends the name (a comma, bracket, full stop or line end next) is its last surname ("Ana Ortega de la Calle,")."""
    before, w = text[words[-1][0]:words[-1][1]], m.group()
    return (len(words) >= 3 and before.islower() and before in lex.name_particles and is_name_word(w)
            and w not in lex.org_suffixes and w.lower() not in STOP_WORDS and _NAME_END.match(text, m.end()) is not None)


def person_name_at(text: str, pos: int, lex: Lexicon, *, min_words: int = 2, max_words: int = 4) -> Span | None:
    """The person-shaped name starting at ``pos`` (2–4 capitalised words, particles allowed), or None."""
    words: list[tuple[int, int]] = []
    i = pos
    n_core = 0  # words that are not particles (they count toward ``max_words``)
    while n_core < max_words:
        initial = _INITIAL.match(text, i)
        if initial and words and text[i].isupper():
            # A middle initial ("Jane Q. Doe"): part of the name when a name word follows, or a surname in capitals
            # after one given name ("Joseph M. AZZOPARDI").
            nxt = WORD.match(text, SEP.match(text, i + 2).end())
            if nxt and ((is_name_word(nxt.group()) and nxt.group().lower() not in lex.not_person_words)
                        or (len(words) == 1 and is_capitals_surname(nxt.group(), lex) and not used_as_acronym(nxt.group(), text, titles=lex.person_titles))):
                words.append((i, i + 2))
                n_core += text[i:i + 2].lower() not in lex.name_particles
                i = SEP.match(text, i + 2).end()
                continue
        m = WORD.match(text, i)
        if not m:
            break
        w = m.group()
        if words and "\n" in text[words[-1][1]:i] and text.startswith(":", m.end()):
            break  # "Jane Doe\nPosition: Director": a label on the next line
        if len(words) >= 2 and "\n" in text[words[-1][1]:i]:
            # "Capt Jane Doe\nMoral Leadership Officer", "Jane Doe\nCommunications": the next line, up to a comma, is a
            # role line or a line of areas of work (role_departments.txt)
            nl = text.find("\n", i)
            line = text[i:nl if nl != -1 else len(text)].split(",")[0]
            if len(line.split()) <= 5 and (lex.role_title_re.search(line) or lex.department_role_re.fullmatch(line.strip())):
                break
        if w.lower() in lex.name_particles and words and particle_shape(w):
            pass  # (a capital "I" is a numeral or an initial: "Hatch (Edwin I.)")
        elif words and particle_surname(w, lex):
            pass
        elif (words and is_capitals_surname(w, lex, short=len(words) == 1 and "-" in text[words[0][0]:words[0][1]])
              and _one_given_name(text, words) and "\n" not in text[words[0][0]:m.start()]
              and not used_as_acronym(w, text, titles=lex.person_titles)):
            pass  # (one given name on the same line: "Pôle Mer Bretagne\nAnna KOWALSKA" is no name)
        elif words and _demonym_surname(text, words, m, lex):
            pass
        elif words and _surname_after_particle(text, words, m, lex):
            pass
        elif not is_name_word(w) or w.lower() in lex.not_person_words:
            if words and w in lex.org_suffixes and "\n" not in text[words[-1][1]:i]:
                return None  # "Tyrol Mechatronics Cluster": the words name an organisation
            break
        words.append((m.start(), m.end()))
        n_core += w.lower() not in lex.name_particles
        sep = SEP.match(text, m.end())
        if not sep or sep.end() == m.end() or "\n\n" in text[m.end():sep.end()]:
            break
        i = sep.end()
    while words and (text[words[-1][0]:words[-1][1]].lower() in lex.name_particles
                     or text[words[-1][0]:words[-1][1]].lower() in lex.country_words):
        words.pop()
    if len(words) < min_words:
        return None
    return Span(words[0][0], words[-1][1])


def particle_shape(word: str) -> bool:
    """A listed particle written as one: in lower case, two letters or more, or one accented capital (the
    Irish "Ó" of "Pádraig Ó Laoghaire"); a capital "I" or "A" alone is a numeral or an initial."""
    return len(word) > 1 or word.islower() or not word.isascii()


_ELIDED = re.compile(r"[dDlL]['’][A-ZÀ-Þ][^\W\d_]+")  # "d'Ursel", "D'Alessio", "l'Estrange"
# Family "Irish initial mutation inside a name": after the article ("na", "an"), Irish writes a capitalised word with
# the prefix of eclipsis or of h/t ("Comhairle Contae Dhún na nGall", "Údarás na hÉireann", "Cumann na bhFeirmeoirí"):
# the word is a capitalised word of the name. After the preposition "i" the place is the seat, not the name
# ("Údarás na Gaeltachta i nGaoth Dobhair").
_MUTATION_ARTICLES = frozenset({"na", "an"})
_MUTATED = re.compile(r"(?:n|t|h|m|g|d|bh|bp|dt|gc|mb|ng)-?[A-ZÁÉÍÓÚ][^\W\d_]+")


def particle_surname(word: str, lex: Lexicon) -> bool:
    """Rule family "particle surname": a surname joined to its particle by a hyphen or an apostrophe
    ("Hoekstra-de Vries", "Jansen-van der Berg" read word by word, "d'Ursel", "D'Alessio"): the
    hyphenated parts are name words or particles of ``name_particles.txt``, the first a name word."""
    if _ELIDED.fullmatch(word):
        return True
    parts = word.split("-")
    return (len(parts) > 1 and is_name_word(parts[0]) and any(p.lower() in lex.name_particles for p in parts[1:])
            and all(is_name_word(p) or p.lower() in lex.name_particles for p in parts[1:]))


def valid_person_name(name: str, lex: Lexicon, *, min_words: int = 2) -> bool:
    """A cleaned candidate name passes the person-shape rules."""
    words = name.split()
    # (particles do not count toward the five words: "María José Sánchez de la Vega")
    core = [w for w in words if not (w.lower() in lex.name_particles and w[:1].islower())]
    if not (min_words <= len(words) and len(core) <= 5) or any(ch.isdigit() for ch in name):
        return False
    if name.lower() in lex.cities or lex.gazetteer_by_key.get(name.lower()):
        return False
    short = len(words) == 2 and "-" in words[0]  # "Jean-Marc ROY"
    caps = [i for i, w in enumerate(words) if i and is_capitals_surname(w, lex, short=short)]
    if caps and not all(w.isupper() or i in caps for i, w in enumerate(words) if i):
        return False  # one given name, then the surname in capitals: "Pôle Mer Bretagne Anna KOWALSKA" is none
    for i, w in enumerate(words):
        if w.lower() in lex.name_particles and particle_shape(w):
            continue
        if i in caps or (i and particle_surname(w, lex)):
            continue
        if not is_name_word(w) or w.lower() in lex.not_person_words:
            return False
    return words[0].lower() not in lex.name_particles and words[-1].lower() not in lex.country_words


_SPLIT_WORD = re.compile(r"(\w)-[ \t]*\n[ \t]*([a-zà-ÿ])")
_BROKEN_HYPHEN = re.compile(r"(\w)-\s*\n\s*(\w)")


@lru_cache(maxsize=65536)  # pure, and the rules clean the same spans many times per document
def clean(text: str) -> str:
    """Folded whitespace, PDF line-end hyphenation kept as a hyphen, outer punctuation removed."""
    text = _SPLIT_WORD.sub(r"\1\2", text)  # "Enter-\nprise": a word split by the PDF
    text = _BROKEN_HYPHEN.sub(r"\1-\2", text)  # "Directorate-\nGeneral": a real hyphen
    return " ".join(text.split()).strip(" ,;:.()#")


def strip_possessive(start: int, end: int, text: str) -> int:
    """End offset without a trailing possessive ("Commission's" → "Commission")."""
    if text[start:end].endswith(("'s", "’s")):
        return end - 2
    return end


_SLASH_WORD = re.compile(r"/[^\W\d_a-zà-ÿ][^\W\d_]{2,}(?![/\w])")  # "/Kunststoffe" after a word of a name (not "/EN/DE")
_RUN_TOKEN = re.compile(r"[^\W_][\w'’&.+-]*|&")
_DASH_TOKEN = re.compile(r"[^\W_][\w'’&.+-]*(?:–[^\W\d_][\w'’&.+-]*)*|&")  # "Galați–Brăila": one word of a name
_NEXT_CAP = re.compile(r"[ \t]+[A-ZÀ-Þ]")
_LINE_END_SPLIT = re.compile(r"-[ \t]*\n[ \t]*[a-zà-ÿ][\w'’-]*")


def is_cap_word(word: str) -> bool:
    """Starts with a capital or a digit followed by capitals ("IOT4Industry", "3D", "AgriFood", "PROPLAST")."""
    return bool(word) and (word[0].isupper() or (word[0].isdigit() and any(c.isupper() for c in word)))


def cap_run_at(text: str, pos: int, *, list_heads: frozenset[str] | None = None, single_line: bool = False,
               max_words: int = 14, joiners: frozenset[str] = frozenset(),
               possessives: frozenset[str] = frozenset(), dash_words: bool = False,
               suspended: frozenset[str] = frozenset()) -> Span | None:
    """The capitalised phrase starting at ``pos``: capitalised words joined by connectors
    (of, for, and, &, the, ...), and comma lists closed by "and" ("for Internal Market, Industry,
    Entrepreneurship and SMEs") when ``list_heads`` (organisation words) is given and the list sits
    inside a name: after for/of/on, or closed by an organisation word ("A, B and C Unit"). Stops at a possessive, a lower-case word, a blank line or a
    sentence end. Trailing connectors are dropped. ``joiners``: more lower-case connectors, as written
    ("din", "v", "degli": the organisation rules' data/org_name_words.txt); with them, a word after an elided
    article ("l'Économie", "d'Attractivité") goes on a name too. ``possessives``: words whose "'s" belongs to the
    name when a capitalised word follows ("People's Committee", "Foundrymen's Association": the organisation
    rules' data/org_name_words.txt); any other possessive ends the run. ``dash_words``: two words joined by an en dash
    without blanks are one word ("Galați–Brăila", "EU–Japan"). ``suspended``: the words for "and" that go on a name after a
    word with a suspended hyphen, before a capitalised word ("Puu- ja Rakennusklusteri", "Wirtschafts- und Sozialrat")."""
    token = _DASH_TOKEN if dash_words else _RUN_TOKEN
    words: list[tuple[int, int, str]] = []
    i = pos
    pending_comma = False
    while len(words) < max_words:
        m = token.match(text, i)
        if not m:
            break
        w = m.group().rstrip(".")
        end = m.start() + len(w)
        split = _LINE_END_SPLIT.match(text, end - 1) if w.endswith("-") else None
        if split:  # "Enter-\nprise": one word broken at a line end
            end = split.end()
            w = w[:-1] + split.group().split()[-1]
        if w.endswith(("'s", "’s")) and not (w[:-2] in possessives and _NEXT_CAP.match(text, end)):
            if is_cap_word(w):
                words.append((m.start(), end - 2, w[:-2]))
            break
        slash = _SLASH_WORD.match(text, end) if end == m.end() and is_cap_word(w) and len(w) > 2 else None
        if slash:  # "Cluster Chemie/Kunststoffe Mitteldeutschland": two capitalised words joined by a slash are one
            end, w = slash.end(), w + slash.group()
        if is_cap_word(w) or (joiners and words and (_ELIDED.fullmatch(w)  # "de l'Économie", "d'Attractivité"
                                                  or (words[-1][2] in _MUTATION_ARTICLES and words[-1][2] in joiners and _MUTATED.fullmatch(w)))):  # "na nGall"
            words.append((m.start(), end, w))
        elif words and (w.lower() in ORG_CONNECTORS or w in joiners
                        or w in suspended and words[-1][2].endswith("-") and _NEXT_CAP.match(text, end)):
            words.append((m.start(), end, w.lower()))
        else:
            break
        if end < m.end():  # a full stop ended the word: sentence end
            break
        j = end
        sep = SEP.match(text, j)
        if sep is None:
            break
        if "\n\n" in text[j:sep.end()] or (single_line and "\n" in text[j:sep.end()]):
            break
        if sep.end() == j:
            if list_heads is not None and text.startswith(",", j):
                k = SEP.match(text, j + 1)
                nxt = _RUN_TOKEN.match(text, k.end()) if k else None
                if nxt and is_cap_word(nxt.group()) and not pending_comma:
                    words.append((j, j + 1, ","))
                    i = k.end()
                    continue
            break
        i = sep.end()
    # A comma list must close with "and" before the run ends, else cut at the first comma.
    toks = [w for _, _, w in words]
    if "," in toks:
        first = toks.index(",")
        closing = next((k for k in range(first, len(toks)) if toks[k] in _LIST_CLOSERS), None)
        items = " ".join(toks).split(",")
        inside = any(w in _LIST_INSIDE for w in toks[:first]) or toks[-1] in (list_heads or ())
        # an item opened by an organisation word is another organisation ("Gobierno de Aragón, Department of Economy")
        unit = list_heads is not None and any(item.split() and item.split()[0] in list_heads for item in items[1:])
        if closing is None or not inside or unit or any(len(item.split()) > 4 for item in items[1:-1]):
            words = words[:first]
        elif "," in toks[closing:]:
            words = words[:closing + toks[closing:].index(",")]
    while words and (words[-1][2] in ORG_CONNECTORS or words[-1][2] in joiners or words[-1][2] == ","):
        words.pop()
    if not words:
        return None
    return Span(words[0][0], words[-1][1])


def is_acronym(word: str) -> bool:
    """Mostly capitals, at least two ("EISMEA", "DG", "CeBR")."""
    caps = sum(1 for c in word if c.isupper())
    return caps >= 2 and caps >= len([c for c in word if c.isalpha()]) * 0.6


_SHORT_PART = re.compile(r"[A-ZÀ-Þ](?:[a-zß-ÿ]+|[A-ZÀ-Þ]*(?![a-zß-ÿ]))|[a-zß-ÿ]+")


def is_short_name(word: str, phrase: str) -> bool:
    """Family "short name in brackets": an organisation's short name written like an acronym in brackets after its
    full name, though not in capitals: parts clipped from the name's words and run together, or joined by a
    hyphen or a dot ("Kestrel University of Technology (KesTech)", "Mécanique Alpes Rhône (MécaAR)", "Université
    de Valmont (UValmont)", "Adriatic Cluster Alliance for the Blue Economy (ACA-Blue)", "Water Technology Cluster
    Dravia (WaterTech.dr)"). The word has two capitals or more, or a hyphen or a dot inside, and one part of three
    letters or more opens a word of the name; a capitalised word alone ("(Germany)") is none."""
    parts = _SHORT_PART.findall(word)
    if "".join(parts) != re.sub(r"[.-]", "", word) or not (sum(c.isupper() for c in word) >= 2 or re.search(r"\w[.-]\w", word)):
        return False
    words = [_fold(w.lower()) for w in re.split(r"[\s-]+", phrase) if w]
    return any(len(p) >= 3 and any(w.startswith(_fold(p.lower())) for w in words) for p in parts)


def _fold(word: str) -> str:
    """Lower case without accents ("Mécanique" → "mecanique")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
