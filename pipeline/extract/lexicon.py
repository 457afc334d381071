"""The domain vocabulary behind people, role and organisation extraction, read from ``data/``.

Files (one entry a line, ``#`` comments; see README "Adding domain knowledge"):
``organisations.jsonl`` (gazetteer), ``org_suffixes.txt``, ``not_organisations.txt``,
``role_titles.txt`` (and ``role_title_concepts.csv``, ``role_titles_languages.txt``), ``person_titles.txt``, ``person_greetings.txt``, ``not_person_words.txt``, ``org_cues.txt``,
``org_type_nouns.txt``, ``org_unit_words.txt`` and the
place gazetteers ``cities.csv`` / ``countries.csv`` (shared with event extraction). Loaded once per data folder and shared by the extract modules.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import (data_lines, data_records, data_sections, data_table, org_suffix_words,
                                 phrase_alternation, phrase_trie)
from pipeline.extract.places import place_names
from pipeline.extract.role_title_forms import base_forms, compound_title_pattern, language_case_forms, language_definite_forms
from pipeline.normalise import fold


_LEADING_THE = re.compile(r"^the\s+")


@lru_cache(maxsize=65536)  # pure, and the extract rules key the same names many times per document
def key(text: str) -> str:
    """Matching key for names: folded, without a leading "the"."""
    return _LEADING_THE.sub("", fold(text))


@dataclass(frozen=True)
class GazetteerEntry:
    """One organisation of ``organisations.jsonl``."""

    id: str
    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    org_type: str | None
    country: str | None

    def surfaces(self) -> tuple[str, ...]:
        """Every form the text may use: name, acronym, aliases."""
        forms = [self.name, *self.aliases]
        if self.acronym:
            forms.append(self.acronym)
        return tuple(dict.fromkeys(re.sub(r"^the\s+", "", f, flags=re.I) for f in forms))


@dataclass(frozen=True)
class Lexicon:
    gazetteer: dict[str, GazetteerEntry]  # id -> entry
    gazetteer_by_key: dict[str, GazetteerEntry]  # key(surface) -> entry
    org_suffixes: frozenset[str]
    not_org_names: frozenset[str]  # keys
    not_org_last: frozenset[str]  # lower-case words
    not_org_first: frozenset[str]
    role_titles: tuple[str, ...]  # longest first
    role_title_re: re.Pattern[str]
    person_titles: tuple[str, ...]
    person_greetings: tuple[str, ...]  # "Hi", "Hallo": before a name in a letter, never part of it
    not_person_words: frozenset[str]  # lower-case words
    cities: dict[str, str]  # key(city) -> country
    countries: frozenset[str]  # keys
    country_words: frozenset[str]  # one-word country names: never a surname ("Scale-Up Denmark")
    org_cues: re.Pattern[str]  # "organised by", "in partnership with", ...
    defined_last_ok: frozenset[str] = frozenset()  # last words an acronym definition lifts ("Initiative")
    cued_last_ok: frozenset[str] = frozenset()  # last words an organisation cue lifts ("Region")
    programme_last: frozenset[str] = frozenset()  # last words that block even "Department of ... Program"
    org_type_nouns: frozenset[str] = frozenset()  # "cluster", "network": "the network Acme Noord"
    unit_words: frozenset[str] = frozenset()  # "Sector", "Unit": parts of an organisation
    listed_cities: frozenset[str] = frozenset()  # keys of cities.csv alone (GeoNames adds the rest to ``cities``)
    place_lead_words: frozenset[str] = frozenset()  # "in", "from": a GeoNames-only city after one is a place
    legal_forms: re.Pattern[str] = re.compile(r"(?!)")  # ", S.L.", " GmbH": cleanco's forms and legal_forms.txt
    name_particles: frozenset[str] = frozenset()  # "von", "zu", "degli": nameparser's prefixes and name_particles.txt
    data_dir: Path | None = None  # where the files came from (the lazily read lists key on it)
    role_change_re: re.Pattern[str] = re.compile(r"(?!)")  # " was elected (as) (the new) ": role_change_verbs.txt
    role_field_stops: frozenset[str] = frozenset()  # "said", "today": never the field of a lower-case role ("call manager")
    board_entry_verbs: tuple[str, ...] = ()  # "re-elected": "Jane Roe (Acme) – re-elected as President"
    portfolio_titles: frozenset[str] = frozenset()  # lower-case "minister": its "of" names a portfolio, not an organisation
    department_role_re: re.Pattern[str] = re.compile(r"(?!)")  # "communication and events": role_departments.txt, a whole segment
    work_field_re: re.Pattern[str] = re.compile(r"(?!)")  # "Cluster Services" after "Head of": role_departments.txt, [field heads]
    demonyms: frozenset[str] = frozenset()  # "moldovan", "french": countries.csv's demonyms, also surnames after a given name
    work_field_words: frozenset[str] = frozenset()  # "sme", "services": [field heads] and [field modifiers], lower case
    # the titles of role_titles_languages.txt that role_titles.txt lacks, lower case, one space between words
    # ("geschäftsführer", "daglig leder", "diretora executiva"): the language-neutral "role-before-name-language"
    language_role_titles: frozenset[str] = frozenset()
    # the definite forms of the titles of languages with a suffixed article ("kryetarja", "директорът", "directorul";
    # role_title_forms.py), lower case: a title opening with one carries its own article ("the role, Name")
    definite_role_words: frozenset[str] = frozenset()
    # the case forms of titles that mark "as" by themselves (instrumental, essive, translative: "předsedou",
    # "puheenjohtajana", "prezesem zarządu"; role_title_case_endings.csv), lower case: such a title may open a sentence
    # before a passive verb and the name (statement_appoint_languages.py)
    case_role_openers: frozenset[str] = frozenset()
    # one word of a closed compound ending in an office ("hållbarhetschef"; role_title_forms.compound_title_pattern)
    compound_title_re: re.Pattern[str] = re.compile(r"(?!)")

    def language_title(self, title: str) -> bool:
        """Whether ``title`` is a title of another language than English: one of ``language_role_titles`` or a closed
        compound ending in an office's head (rule family "compound role title": "processledare", "yliopettaja")."""
        return title_key(title) in self.language_role_titles or bool(self.compound_title_re.fullmatch(title))


def gazetteer_id(name: str) -> str:
    return "org:" + re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def read_gazetteer(data_dir: Path) -> list[GazetteerEntry]:
    """Entries of ``organisations.jsonl`` (blank lines and ``#`` comments allowed)."""
    entries = []
    for rec in data_records(data_dir / "organisations.jsonl"):
        entries.append(GazetteerEntry(
            id=gazetteer_id(rec["name"]), name=rec["name"], acronym=rec.get("acronym"),
            aliases=tuple(rec.get("aliases") or ()), org_type=rec.get("org_type"), country=rec.get("country"),
        ))
    return entries


def _cities(data_dir: Path) -> dict[str, str]:
    """key(city or other spelling) -> country: ``cities.csv`` first, then GeoNames (``places.py``)."""
    out: dict[str, str] = {}
    for name, _, country in place_names(data_dir).cities:
        out.setdefault(key(name), country)
    return out


def _countries(data_dir: Path) -> tuple[set[str], set[str]]:
    """(keys of country names in every listed language, demonyms): ``countries.csv`` and ISO 3166."""
    names = place_names(data_dir)
    return {key(n) for n, _ in names.countries}, {d.lower() for d, _ in names.demonyms}


@lru_cache(maxsize=4)
def load_lexicon(data_dir: Path) -> Lexicon:
    """Everything the people / organisation / role rules need, from one data folder."""
    gaz = read_gazetteer(data_dir)
    by_key: dict[str, GazetteerEntry] = {}
    for e in gaz:
        for s in e.surfaces():
            by_key.setdefault(key(s), e)
    not_orgs = data_sections(data_dir / "not_organisations.txt")
    by_language = role_titles_by_language(data_dir)
    english_roles = by_language.get("en", set())
    language_roles = {t for lang, titles in by_language.items() if lang != "en" for t in titles}
    roles = sorted(english_roles | language_roles, key=len, reverse=True)
    # a title opens a word, or follows a hyphenated article (Maltese "il-koordinatur": role_title_articles.txt); the
    # single-character look-behind "-" first, so that inside a word only one test is made
    articles = "".join(rf"|(?<=\b{re.escape(a)})" for a in data_lines(data_dir / "role_title_articles.txt"))
    opens = rf"(?:(?<![\w-])|(?<=-)(?:(?!){articles}))"
    # a word of a closed compound whose head is an office ("hållbarhetschef", "projektisuunnittelija") is a title too
    compound = compound_title_pattern(data_dir)
    listed = opens + phrase_trie(roles, space=r"\s+") if roles else r"(?!)"
    role_re = re.compile(r"(?:" + listed + (r"|" + compound if compound else "") + r")(?![\w-])", re.I)
    titles = tuple(sorted(set(data_lines(data_dir / "person_titles.txt")), key=len, reverse=True))
    cities = _cities(data_dir)
    country_names, demonyms = _countries(data_dir)
    countries = {key(c) for c in cities.values()} | country_names
    suffixes = frozenset(org_suffix_words(data_dir))
    words = {w.lower() for w in data_lines(data_dir / "not_person_words.txt")}
    words |= {s.lower() for s in suffixes}
    for r in roles:
        words |= {w.lower() for w in r.split() if len(w) > 2 and w[0].isupper()}
    listed_words = set(words)
    words |= demonyms
    words |= {t.lower().rstrip(".") for t in titles if " " not in t}  # "Dr" alone is nobody's name
    greetings = tuple(data_lines(data_dir / "person_greetings.txt"))
    words |= {g.lower() for g in greetings}  # "Hi Claude": a greeting is no part of a name
    departments = data_sections(data_dir / "role_departments.txt")
    return Lexicon(
        gazetteer={e.id: e for e in gaz},
        gazetteer_by_key=by_key,
        org_suffixes=suffixes,
        not_org_names=frozenset(key(n) for n in not_orgs.get("names", [])),
        not_org_last=frozenset(w.lower() for w in not_orgs.get("last words", [])),
        not_org_first=frozenset(w.lower() for w in not_orgs.get("first words", [])),
        role_titles=tuple(roles),
        role_title_re=role_re,
        person_titles=titles,
        person_greetings=greetings,
        not_person_words=frozenset(words),
        demonyms=frozenset(demonyms - listed_words),
        cities=cities,
        countries=frozenset(countries),
        # European countries only: "Jordan" or "Chad" may well end a person's name.
        country_words=frozenset(k for k in (key(n) for n in place_names(data_dir).european_countries) if " " not in k),
        org_cues=_phrase_re(data_lines(data_dir / "org_cues.txt")),
        defined_last_ok=frozenset(w.lower() for w in not_orgs.get("defined last words", [])),
        cued_last_ok=frozenset(w.lower() for w in not_orgs.get("cued last words", [])),
        programme_last=frozenset(w.lower() for w in not_orgs.get("programme last words", [])),
        org_type_nouns=frozenset(w.lower() for w in data_lines(data_dir / "org_type_nouns.txt")),
        unit_words=frozenset(data_lines(data_dir / "org_unit_words.txt")),
        listed_cities=frozenset(key(n) for n in place_names(data_dir).listed) & frozenset(cities),
        place_lead_words=frozenset(w.lower() for w in data_lines(data_dir / "place_lead_words.txt")),
        legal_forms=_legal_form_re(data_sections(data_dir / "legal_forms.txt")),
        name_particles=_name_particles(data_sections(data_dir / "name_particles.txt")),
        data_dir=data_dir,
        role_change_re=_role_change_re(data_lines(data_dir / "role_change_verbs.txt")),
        role_field_stops=frozenset(w.lower() for w in data_lines(data_dir / "role_field_stops.txt")),
        board_entry_verbs=tuple(data_lines(data_dir / "board_entry_verbs.txt")),
        portfolio_titles=frozenset(t.lower() for t in data_lines(data_dir / "role_portfolio_titles.txt")) | _portfolio_forms(data_dir),
        department_role_re=_department_role_re(departments),
        work_field_re=_work_field_re(departments),
        work_field_words=frozenset(w.lower() for w in departments.get("field heads", []) + departments.get("field modifiers", [])),
        language_role_titles=frozenset(title_key(t) for t in language_roles) - {title_key(t) for t in english_roles},
        compound_title_re=re.compile(compound + r"(?![\w-])", re.I) if compound else re.compile(r"(?!)"),
        definite_role_words=frozenset(f.lower() for forms in definite_titles_by_language(data_dir).values() for f in forms)
        - {title_key(t) for t in english_roles},
        case_role_openers=frozenset(title_key(f) for forms in case_titles_by_language(data_dir).values() for f, opens in forms.items() if opens),
    )


def _portfolio_forms(data_dir: Path) -> frozenset[str]:
    """The forms of the concepts "minister" and "diplomat" of ``role_title_concepts.csv`` in every language, lower case
    ("ministrja", "генералния консул"): what they are of is a portfolio or a country ("zëvendësministri i Kosovës",
    "консул на България"), not an organisation."""
    return frozenset(row["form"].lower() for row in _role_title_concept_rows(data_dir) if row["concept"] in ("minister", "diplomat"))


def _phrase_re(phrases: list[str]) -> re.Pattern[str]:
    if not phrases:
        return re.compile(r"(?!)")
    # "members ... include": "..." stands for up to four words ("Members of our network include").
    alts = phrase_alternation(phrases, space=r"\s+").replace(r"\s+\.\.\.\s+", r"\s+(?:[\w'’-]+\s+){0,4}?")
    return re.compile(r"(?<![\w-])(?:" + alts + r")\s+(?:the\s+)?", re.I)



def _role_change_re(phrases: list[str]) -> re.Pattern[str]:
    """ " was elected ", " has been appointed as the new ": a verb phrase, then "as", "the", "new"."""
    if not phrases:
        return re.compile(r"(?!)")
    alts = phrase_alternation(phrases, space=r"[ \t]*\n?[ \t]*")
    return re.compile(r"[ \t\n]+(?:" + alts + r")[ \t\n]+(?:as[ \t\n]+)?(?:(?:the|a|an|its|our)[ \t\n]+)?(?:new[ \t\n]+)?", re.I)


def _department_role_re(sections: dict[str, list[str]]) -> re.Pattern[str]:
    """Rule family "department role": a whole segment of areas of work of ``role_departments.txt`` ("communication",
    "finance and administration", "member services & events"), each perhaps after one or two joined modifiers
    ("EU and international projects"; an area of ``[modified areas]`` only so); use with ``fullmatch``."""
    if not sections.get("areas"):
        return re.compile(r"(?!)")
    area = "(?:" + phrase_alternation(sections["areas"], space=r"[ \t]+") + ")"
    mod = "(?:" + phrase_alternation(sections.get("modifiers", []), space=r"[ \t]+") + ")"
    mods = rf"{mod}(?:[ \t]+(?:and|&)[ \t]+{mod})?[ \t]+"
    modified = "(?:" + phrase_alternation(sections.get("modified areas", []), space=r"[ \t]+") + ")"
    item = rf"(?:(?:{mods})?{area}|{mods}{modified})"
    ands = phrase_alternation(sections.get("joiners", []) or ["and"], space=r"[ \t]+")  # "and" of every language
    joiner = rf"(?:[ \t]*,[ \t]*(?:(?:{ands})[ \t]+)?|[ \t]+(?:{ands})[ \t]+|[ \t]*&[ \t]*)"
    return re.compile(rf"{item}(?:{joiner}{item}){{0,3}}", re.I)


def _work_field_re(sections: dict[str, list[str]]) -> re.Pattern[str]:
    """Rule family "field of work after of": a name of up to four words of ``[field heads]`` and ``[field modifiers]``
    of ``role_departments.txt`` (perhaps joined by "and" or "&"), the last a field head ("Cluster Services",
    "Business Development", "Downstream & Earth Observation"); use with ``fullmatch``."""
    if not sections.get("field heads"):
        return re.compile(r"(?!)")
    head = "(?:" + phrase_alternation(sections["field heads"]) + ")"
    word = "(?:" + phrase_alternation(sections["field heads"] + sections.get("field modifiers", [])) + ")"
    return re.compile(rf"(?:{word}(?:[ \t]+(?:and|&)[ \t]+|[ \t]*&[ \t]*|[ \t]+)){{0,3}}{head}", re.I)


def title_key(title: str) -> str:
    """A role title as :attr:`Lexicon.language_role_titles` holds it: lower case, one space between words."""
    return " ".join(title.lower().split())


@lru_cache(maxsize=4)
def _role_title_concept_rows(data_dir: Path) -> tuple[dict[str, str], ...]:
    """The rows of ``role_title_concepts.csv`` (concept, language, form), read once a process."""
    return tuple(data_table(data_dir / "role_title_concepts.csv")[1])


@lru_cache(maxsize=8)
def office_titles_re(data_dir: Path | None, file: str) -> re.Pattern[str]:
    """The titles a data file names by concept (its ``[concepts]``: concept ids of role_title_concepts.csv, every
    language's forms taken) and by form (its ``[titles]``), as whole words, any case: the one reader of such files
    (role_org_item_outside.txt, role_place_offices.txt)."""
    if data_dir is None:
        return re.compile(r"(?!)")
    sections = data_sections(data_dir / file)
    concepts = {c.strip() for c in sections.get("concepts", [])}
    forms = {row["form"] for row in _role_title_concept_rows(data_dir) if row["concept"] in concepts}
    forms.update(sections.get("titles", []))
    return re.compile(r"(?<![\w-])(?:" + phrase_alternation(forms, r"[ \t\n]+") + r")(?![\w-])", re.I) if forms else re.compile(r"(?!)")


@lru_cache(maxsize=4)
def _listed_titles_by_language(data_dir: Path) -> dict[str, frozenset[str]]:
    """language code → the role titles the data files list (see :func:`role_titles_by_language`)."""
    out: dict[str, set[str]] = {"en": set(data_lines(data_dir / "role_titles.txt"))}
    for row in _role_title_concept_rows(data_dir):
        out.setdefault(row["language"], set()).add(row["form"])
    for section, lines in data_sections(data_dir / "role_titles_languages.txt").items():
        for lang in section.split():
            out.setdefault(lang, set()).update(lines)
    return {lang: frozenset(titles) for lang, titles in out.items()}


@lru_cache(maxsize=4)
def definite_titles_by_language(data_dir: Path) -> dict[str, frozenset[str]]:
    """language code → the definite forms the endings make of its listed one-word titles (role_title_forms.py:
    "координатор" → "координаторот"), computed once for the title pattern and ``Lexicon.definite_role_words``."""
    return {lang: frozenset(forms) for lang, forms in language_definite_forms(data_dir, _listed_titles_by_language(data_dir)).items()}


@lru_cache(maxsize=4)
def case_titles_by_language(data_dir: Path) -> dict[str, dict[str, bool]]:
    """language code → the case forms the endings make of its listed titles (role_title_forms.language_case_forms:
    "předseda" → "předsedou", "ověřovatel zápisu" → "ověřovatele zápisu"; form → whether it opens an "as" phrase),
    computed once for the title pattern and ``Lexicon.case_role_openers``."""
    return language_case_forms(data_dir, _listed_titles_by_language(data_dir))


@lru_cache(maxsize=4)
def definite_base_titles(data_dir: Path) -> dict[str, str]:
    """Lower-case definite form → its title, in the languages whose roles are written in the base form
    (role_title_forms.base_forms: "klusterchefen" → "klusterchef"), computed once."""
    return base_forms(data_dir, _listed_titles_by_language(data_dir))


@lru_cache(maxsize=4)
def role_titles_by_language(data_dir: Path) -> dict[str, set[str]]:
    """language code → its role titles: the forms of ``role_title_concepts.csv`` (concept × language), English's
    ``role_titles.txt`` ("en") and the titles of ``role_titles_languages.txt`` (a section of several languages, "[es
    pt]", gives its titles to each), with their definite forms (:func:`definite_titles_by_language`). The one loader
    of role titles: the role readers take their words from here."""
    definite = definite_titles_by_language(data_dir)
    cases = case_titles_by_language(data_dir)
    return {lang: set(titles) | definite.get(lang, frozenset()) | set(cases.get(lang, ()))
            for lang, titles in _listed_titles_by_language(data_dir).items()}


def role_titles_of(data_dir: Path, sections) -> set[str]:
    """The titles of the languages that ``sections`` name (lines such as "hu" or "sl hr": each a space-separated list of
    language codes), lower case."""
    by_language = role_titles_by_language(data_dir)
    return {t.lower() for section in sections for lang in section.split() for t in by_language.get(lang, ())}


def _name_particles(sections: dict[str, list[str]]) -> frozenset[str]:
    """nameparser's surname prefixes that stand as words ("von", "degli"; not "al-" or "d'"), with the
    file's ``[particles]`` added and its ``[not particles]`` removed."""
    from nameparser.config import CONSTANTS

    blocked = {w.lower() for w in sections.get("not particles", [])}
    words = {p for p in CONSTANTS.prefixes if p.isalpha() and p.islower()} | {w.lower() for w in sections.get("particles", [])}
    return frozenset(words - blocked)


def _legal_form_re(sections: dict[str, list[str]]) -> re.Pattern[str]:
    """One pattern for the legal form closing a company name: cleanco's dotted forms in any case
    ("S.L.", "d.o.o."), its forms of four letters or more capitalised or in capitals ("Sarl", "GMBH"),
    the file's ``[forms]`` and ``[short forms]`` as written, less its ``[not forms]``."""
    from cleanco.termdata import terms_by_country, terms_by_type

    blocked = {f.lower() for f in sections.get("not forms", [])}
    forms = {t.strip() for v in [*terms_by_type.values(), *terms_by_country.values()] for t in v}
    dotted: set[str] = set()
    plain: set[str] = set(sections.get("short forms", [])) | set(sections.get("forms", []))
    for form in forms:
        if form.lower() in blocked or any(0x80 <= ord(c) < 0xA0 for c in form):  # a mis-encoded cleanco entry
            continue
        if "." in form:
            dotted.add(form)
        elif len(re.sub(r"\W", "", form)) >= 4:
            plain |= {form.upper(), form[:1].upper() + form[1:]}

    def alt(forms: set[str]) -> str:  # a form of two words may wrap at a line's end ("ek.\nför.")
        return phrase_alternation(forms, space=r"(?:[ \t]+|[ \t]*\n[ \t]*)", empty="")

    # The file's forms of two words or more go first: "Coop. Agricolă", "Unipessoal Lda." are tried before cleanco's
    # "Coop." and "Lda." could close the name one word early.
    words = {f for f in plain if " " in f}
    return re.compile(r"(?:,[ \t]*|[ \t]+)(?:" + (alt(words) + "|" if words else "") + r"(?i:" + alt(dotted) + r")|" + alt(plain - words)
                      + r")(?!\w|\.\w|['’]\w)")
