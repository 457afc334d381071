"""Organisations: gazetteer names, capitalised phrases headed by an organisation word, acronyms the
text defines, organisation slots of role statements, and spaCy ORG entities that survive the
not-an-organisation rules (programmes, funding instruments, events, places, people).

Within a document every mention of one organisation gets the same ``name`` (the fullest form the
text uses) and ``acronym`` (when the text uses or defines one), in both directions: "DG GROW" and
"Directorate-General for Internal Market, ..." are one organisation once the text links them.

The finder's rules live in mixins: :mod:`pipeline.extract.org_names` (capitalised runs and acronyms),
:mod:`pipeline.extract.org_cues` (cue phrases, lists, award winners), :mod:`pipeline.extract.org_ner`
(spaCy ORG entities, organisation-kind nouns) and :mod:`pipeline.extract.org_resolve` (candidates into mentions).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.extract.legal_forms import company_names, company_names_form_first
from pipeline.extract.org_affiliation import person_bracket_orgs
from pipeline.extract.org_bodies import governing_body
from pipeline.extract.org_brands import bar_names, dash_short_forms
from pipeline.extract.org_country import organisations_with_country
from pipeline.extract.lexicon import GazetteerEntry, Lexicon, key
from pipeline.extract.org_cues import CueRules
from pipeline.extract.org_names import NameRunRules
from pipeline.extract.org_ner import NerAndKindRules
from pipeline.extract.org_resolve import HEAD_SPLIT, MentionResolution, Candidate, squash  # noqa: F401  (squash: re-exported)
from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.shapes import Span, cap_run_at, clean, valid_person_name
from pipeline.records import Block, OrgMention

_TRAILING_YEARS = re.compile(r"(?:\s+(?:19|20)\d\d)+$")
_WEB = re.compile(r"https?:|www\.|@|\.eu\b|\.com\b")
_TRAILING_WORD = re.compile(r"[ \t\n]+([^\s,]+)$")
_LEADING_WORD = re.compile(r"([^\s,]+)[ \t\n]+")
_PLACE_LABEL = re.compile(r"(?:venue|location|place)\W{0,4}:\W{0,4}(?:the\s+)?$", re.I)
_EDITION_OF = re.compile(r"(?<![\w-])editions?[ \t\n]+of[ \t\n]+(?:(?:the|our|this|its|their)[ \t\n]+)?$", re.I)
_VERSION = re.compile(r"[ \t]+\d{1,2}\.\d{1,2}[ \t]+(?=[A-Z])")  # "Industry 4.0 Cluster"
_TO_PLACE = re.compile(r"[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")
_ENVOY_HEADS = frozenset({"Delegation", "Delegations", "Embassy", "Representation", "Consulate"})
_DATE_OR_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:19|20)\d\d\b")
_ON_OBJECT = re.compile(r"[ \t\n]+(?:on|via|under|through|in)[ \t\n]+(?=[A-Z])(\S)")
_DAY_OR_MONTH = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                           r"September|October|November|December")
_ROLE_POSSESSIVE = re.compile(r"(?<![\w-])([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)['’]s[ \t]+")
_SESSION_CODE = re.compile(r"[A-Z](?:\d{1,2}\.?|\.)[ \t]+(?=[A-Z])")  # "A3 ", "B. ", "C1. ": a session's code at a line start
# A capitalised word after a lower-case "the" opens a name even when it is a stop word ("the Three Seas ...");
# these words never do ("the The", "the Our" are typos or headings run together).
_AFTER_THE = re.compile(r"(?<![\w-])the[ \t\n]+$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "that", "those", "our", "its", "their", "his", "her", "my", "your",
                          "next", "new", "first", "last", "other", "every", "each", "all", "both", "some", "several"})
_VERB_THE = re.compile(r"([A-Z][a-z]+)[ \t\n]+the[ \t\n]+(?=[A-Z])")


@dataclass
class OrgFinder(NameRunRules, CueRules, MentionResolution, NerAndKindRules):
    """Collects candidates for one document, then resolves them into mentions."""

    text: str
    lex: Lexicon
    cands: list[Candidate] = field(default_factory=list)
    not_org_acronyms: set[str] = field(default_factory=set)

    @property
    def _role_line_end(self) -> re.Pattern[str]:
        return _role_line_end(self.lex.role_title_re.pattern)

    @property
    def _role_of(self) -> re.Pattern[str]:
        return _role_of(self.lex.role_title_re.pattern)

    # -- rules ----------------------------------------------------------------------------
    def not_org(self, name: str, *, defined: bool = False, cued: bool = False) -> bool:
        """Programmes, funding instruments, events, venues, places: never organisations.

        A blocked last word (other than a programme word) does not count when an organisation word
        heads the name before of/for ("Federal Ministry for Climate Action"), nor, for the words the data file lists, when the
        text defines an acronym for the name (``defined``) or names it after an organisation cue (``cued``)."""
        name = _TRAILING_YEARS.sub("", name)  # "European Cluster Conference 2020"
        k = key(name)
        words = name.split()
        if not words or k in self.lex.not_org_names or k in self.lex.cities or k in self.lex.countries:
            return True
        if len(words) == 1 and name.rstrip(".") in self.lex.person_titles:
            return True  # "Ing.", "Mgr.": a person's title read alone
        if len(words) > 1 and all(key(w) in self.lex.not_org_names for w in words):
            return True  # "Facebook LinkedIn X WhatsApp": a share line, every word a not-organisation name
        first = words[0].lower()
        lowered = " " + name.lower()
        head = HEAD_SPLIT.split(name, maxsplit=1)[0].split()
        org_headed = (len(head) < len(words) and bool(head) and head[-1] in self.lex.org_suffixes
                      and words[-1].lower() not in self.lex.programme_last)
        if not org_headed and any(" " in w and lowered.endswith(" " + w) for w in self.lex.not_org_last):
            return True  # "Tivoli Congress Center": a venue
        last = words[-1]
        lifted = org_headed or (defined and last.lower() in self.lex.defined_last_ok) or (cued and last.lower() in self.lex.cued_last_ok)
        # A lower-case last word is a description, not a name ending: "Bioeconomy region" is a name.
        if (last[0].isupper() or last in ("programme", "program")) and last.lower() in self.lex.not_org_last and not lifted:
            return True
        if first in self.lex.not_org_first:
            return True
        if len(words) > 1 and (key(words[0]) in self.lex.not_org_names or key(words[0].split("-")[0]) in self.lex.not_org_names):
            return True  # "INNOSUP-1 Cluster", "COSME Partnership"
        if words[0] in self.not_org_acronyms or words[0].split("-")[0] in self.not_org_acronyms:
            return True
        if len(head) < len(words) and head and head[-1][0].isupper() and head[-1].lower() in self.lex.not_org_last:
            return True  # "Palace of Parliament", "Programme for ..."
        if self.lex.role_title_re.fullmatch(name):
            return True  # "Head of Unit"
        return bool(_WEB.search(name)) or not any(c.isupper() for c in name)

    def generic(self, name: str) -> bool:
        """Only everyday words, nationalities and the like ("Cluster Associations", "Romanian-Hungarian")."""
        parts = [p for w in name.split() for p in w.split("-") if p]
        return all(p.lower() in STOP_WORDS or p.lower() in self.lex.not_person_words or p.lower().rstrip("s") in self.lex.not_person_words
                   for p in parts)

    def is_headed(self, name: str) -> bool:
        """Ends in an organisation word, or its head before of/for/on does ("Ministry of Finance")."""
        words = name.split()
        if len(words) < 2:
            return False  # "Clusters", "Park": a bare organisation word names nothing
        if words[-1] in self.lex.org_suffixes:
            return True
        head = HEAD_SPLIT.split(name, maxsplit=1)[0].split()
        return len(head) < len(words) and bool(head) and head[-1] in self.lex.org_suffixes

    def _trim(self, span: Span) -> Span | None:
        """Drop leading sentence words ("Then the ...") and trailing function words ("Acme\nThe")."""
        s, e = span.start, span.end
        while True:
            m = _TRAILING_WORD.search(self.text[s:e])
            if not m or m.group(1).lower() not in STOP_WORDS:
                break
            e = s + m.start()
        while True:
            m = _LEADING_WORD.match(self.text[s:e])
            if not m:
                break
            w = m.group(1)
            if w[:1].isupper() and w.lower() not in _DETERMINERS and _AFTER_THE.search(self.text, max(0, s - 5), s):
                break  # "by the Three Seas Cluster Association", "with the Can Tho Department": a name's first word
            if w.lower() in STOP_WORDS or w.lower() in ("the",) or (w.lower() in self.lex.not_person_words and w.lower() in ("next", "new", "first", "key", "main")):
                s += m.end()
            else:
                break
        # "CEO of Brno Robotics Hub", "Export Manager at Acme Cluster": a role title and its
        # preposition open no name; the organisation starts after them
        role = self._role_of.match(self.text, s, e)
        if role and role.end() < e:
            s = role.end()
        # "Contact the Indo-European Rail Business Council": a verb opening a line or sentence, then "the"
        verb = _VERB_THE.match(self.text, s, e)
        if verb and verb.group(1) not in self.lex.org_suffixes:
            s = verb.end()
        return Span(s, e) if e > s else None

    def _line_fields(self, s: int, e: int) -> tuple[int, int]:
        """Rule family "line field": a capitalised run carried over a line break into the next field of a
        list, agenda or board table ends at that break. The next line opens with a person's title or a
        role title or an initial ("…Water Institute\nTreasurer: Jane Doe", "…Voivodeship\nDr. Jane Doe") or
        with a label or a date ("…Pipe Systems\nBoard members: …", "…Tools GmbH\nFri 13 March"); a line opened by a capitalised article or pronoun
        ("Finances\nThe Board approved …") starts the name after it. A closing "on LinkedIn", "on Monday",
        "under Horizon Europe" or "in <city or country>" and a second column (three spaces) are no part of it."""
        t = self.text
        for on in reversed(list(_ON_OBJECT.finditer(t, s, e))):
            obj = clean(t[on.start(1):e])
            if key(obj) in self.lex.not_org_names or _DAY_OR_MONTH.fullmatch(obj) or (
                    on.group().split()[0] == "in" and (key(obj) in self.lex.cities or key(obj) in self.lex.countries)):
                # "Follow the Acme Cluster on LinkedIn", "… Cluster under Horizon Europe", "… Cluster on Monday",
                # "Faculty of Maritime Studies in Split", "Acme Plus in Rzeszów in June": no part of the name
                e = on.start()
        owner = _ROLE_POSSESSIVE.search(t, max(0, s - 40), s)
        first = t[s:e].split(None, 1)[0] if t[s:e].strip() else ""
        if owner and owner.end() == s and first in self.lex.org_suffixes and self.lex.role_title_re.fullmatch(owner.group(1)):
            s = owner.start()  # "Marshal's Office of the X Voivodeship", "the Mayor's Office": the office is named by its head
        gap = re.search(r"[ \t]{3,}|\t", t[s:e])
        if gap:  # "Chair of the Board        Dr. Jane Doe": two columns of a signature line
            e = s + gap.start()
        nl = t.rfind("\n", s, e)
        if nl != -1:
            tail = t[nl + 1:e].strip()
            first = tail.split()[0].rstrip(".") if tail else ""
            line_end = t.find("\n", e)
            rest = t[e:len(t) if line_end < 0 else line_end]
            if first and (first in self.lex.person_titles or re.fullmatch(r"[A-Z]", first) or self.lex.role_title_re.fullmatch(tail)
                          or re.match(r"[ \t]*[\w' -]{0,25}:|[ \t]+\d", rest)) and t[s:nl].strip():
                e = s + len(t[s:nl].rstrip())
        for m in re.finditer(r"\n[ \t]*(?:The|A|An|Our|This|These|Its|Their)[ \t]+(?=[A-Z])", t[s:e]):
            s = s + m.end()
        lines = t[s:e].split("\n")
        head = clean(lines[0])
        if len(lines) > 1 and (self.lex.role_title_re.fullmatch(head) or (valid_person_name(head, self.lex)
                                                                         and starts_with_given_name(head, self.lex))):
            # "Jane Doe\nCommunications\nAcme Cluster e.V.": a signature block's name line, then role or
            # field lines of one word or a role title; the organisation is on the line after them
            k = 1
            while k < len(lines) - 1 and (self.lex.role_title_re.fullmatch(clean(lines[k])) or len(lines[k].split()) == 1):
                k += 1
            s += sum(len(x) + 1 for x in lines[:k])
        code = _SESSION_CODE.match(t, s, e)
        if code and not t[t.rfind("\n", 0, s) + 1:s].strip(" \t-•*–"):
            # "A3  Cluster excellence clinic", "B. Data sharing": an agenda item's code, then its title
            s = code.end() if " " in t[code.end():e].strip() else e
        return s, e

    def _coordinated(self, span: Span) -> list[Span]:
        """Rule family "coordinated names": "A and B" / "A & B" read as one run is two names when A is a
        whole organisation's name (an organisation word or a legal form in it, two words or more) and B is
        one too (headed by an organisation word, or closed by a legal form): "Acme Cluster Latvia and
        Nordic Food Network", "the Province of X and X Sviluppo S.p.A.". When B is a person's name
        ("the University of X and Jane Doe"), only A is kept. Returns the parts, or [] for one name
        ("Chamber of Commerce and Industry", "Ministry of Economy and Innovation": B is a field)."""
        t = self.text
        for m in re.finditer(r"[ \t\n]+(?:and|&)[ \t\n]+", t[span.start:span.end]):
            a = Span(span.start, span.start + m.start())
            b = Span(span.start + m.end(), span.end)
            an, bn = clean(t[a.start:a.end]), clean(t[b.start:b.end])
            if re.match(r"Co\b", bn):
                continue  # "Acme Logistik GmbH & Co. KG": one legal form
            if len(an.split()) < 2 or not (any(w in self.lex.org_suffixes for w in an.split()) or self.lex.legal_forms.search(an)):
                continue
            if valid_person_name(bn, self.lex) and starts_with_given_name(bn, self.lex):
                return [a]
            form = self.lex.legal_forms.search(t, b.start, min(len(t), b.end + 1))  # ("S.p.A." before a full stop)
            if self.is_headed(bn) or (form and form.end() >= b.end and len(bn.split()) >= 2):
                return [a, b]
        return []

    def run_at(self, pos: int, **kw) -> Span | None:
        """:func:`cap_run_at`, carried on over a version number inside a name ("Navarra Industry 4.0
        Cluster") and, after a diplomatic body, over "to (the) <place>" ("Delegation of the European
        Union to the Republic of Korea")."""
        t = self.text
        run = cap_run_at(t, pos, **kw)
        if run is not None and "\n" in t[run.start:run.end]:
            # "Jane Doe\nSenior Projects Manager\nAcme Cluster": a signature block; a line ending in a
            # role title ends a field, and the name starts on the next line
            for nl in reversed([m.start() for m in re.finditer("\n", t[run.start:run.end])]):
                if self._role_line_end.search(t[run.start:run.start + nl]):
                    run = cap_run_at(t, run.start + nl + 1, **kw)
                    break
        return self.carry_on(run, **kw) if run is not None else None

    def carry_on(self, run: Span, **kw) -> Span:
        """``run`` carried on over "4.0 Cluster" and, after a diplomatic body, over "to (the) <place>"."""
        t = self.text
        while True:
            m = _VERSION.match(t, run.end)
            if m is None:
                head = HEAD_SPLIT.split(clean(t[run.start:run.end]), maxsplit=1)[0].split()
                m = _TO_PLACE.match(t, run.end) if head and head[-1] in _ENVOY_HEADS else None
            nxt = cap_run_at(t, m.end(), **kw) if m else None
            if nxt is None or nxt.start != m.end():
                break
            run = Span(run.start, nxt.end)
        return run

    def add(self, span: Span | None, rule: str, strength: int, entry: GazetteerEntry | None = None, acronym: str | None = None) -> None:
        if span is None:
            return
        cut = Span(*self._line_fields(span.start, span.end))
        if cut != span and (cut.end <= cut.start or self.generic(clean(self.text[cut.start:cut.end]))):
            return  # "Finances\nThe Board": what is left names nothing
        span = cut
        if governing_body(clean(self.text[span.start:span.end]), self.lex.data_dir, self.lex.org_suffixes,
                          lambda n: self.is_headed(n) or bool(self.lex.legal_forms.search(n + " ")),
                          alone_only=rule == "role:organisation"):
            # "the Management Board", "the Board of Acme asbl", "Notes of the Board" (org_bodies.py); next to a
            # person ("Jane Doe, ACME Secretariat") a body that names its organisation stays, as written
            return
        if strength < 3:
            parts = self._coordinated(span)
            if parts:
                for part in parts:
                    self.add(part, rule, strength, entry, acronym)
                return
        if strength < 3 and _PLACE_LABEL.search(self.text[max(0, span.start - 25):span.start]):
            return  # the name after "Venue:" is a place
        if strength < 3 and _EDITION_OF.search(self.text[max(0, span.start - 30):span.start]):
            return  # "the next edition of our Cluster Managers' Academy": a recurring event
        if strength < 3 and self._venue_line(span):
            return  # "- 12.06.2025, 09:30\n- Chamber of Crafts, Leipzig": where an event takes place
        self.cands.append(Candidate(span, rule, entry, acronym, strength))

    def role_phrase(self, name: str) -> bool:
        """"Executive Director", "Consultant on Social Services", "Manager of Local Development Project":
        a role title, alone or with its field, that no organisation word heads (not "Economist Intelligence Unit")."""
        m = self.lex.role_title_re.match(name)
        if not m:
            return False
        rest = name[m.end():]
        return not rest.strip() or (bool(re.match(r"[ \t]+(?:of|on|for|in)[ \t]", rest)) and not self.is_headed(name))

    def _venue_line(self, span: Span) -> bool:
        """The name is a line of its own with only its town after it ("Chamber of Crafts, Leipzig"),
        right under a line with a date or a time: the place line of an event entry."""
        t = self.text
        ls = t.rfind("\n", 0, span.start) + 1
        le = t.find("\n", span.end)
        le = len(t) if le < 0 else le
        if t[ls:span.start].strip(" \t-•*–") or "\n" in t[span.start:span.end]:
            return False
        m = re.fullmatch(r"[ \t]*,[ \t]*([^\W\d][\w' .-]*?)(?:[ \t]*[,(][ \t]*([^\W\d][\w .-]*?)\)?)?[ \t]*", t[span.end:le])
        if not m or key(m.group(1)) not in self.lex.cities or (m.group(2) and key(m.group(2)) not in self.lex.countries):
            return False
        prev = t[:ls].rstrip().rsplit("\n", 1)[-1]
        return bool(_DATE_OR_TIME.search(prev))

    def from_gazetteer(self, annotated: list[tuple[Block, Doc]]) -> None:
        """Rules ``"gazetteer"``, ``"ruler:pattern:*"``: Gazetteer names (``organisations.jsonl``) and the shapes of ``entity_patterns.jsonl`` as the entity ruler tagged them."""
        for block, doc in annotated:
            for ent in doc.ents:
                if ent.label_ != "ORG" or not ent.ent_id_:
                    continue
                s, e = block.start + ent.start_char, block.start + ent.end_char
                entry = self.lex.gazetteer.get(ent.ent_id_) or self.lex.gazetteer_by_key.get(key(clean(self.text[s:e])))
                if entry:
                    self.add(Span(s, e), "gazetteer", 3, entry=entry)
                else:  # a pattern of entity_patterns.jsonl ("DG MARE")
                    self.add(Span(s, e), f"ruler:{ent.ent_id_}", 2)


@lru_cache(maxsize=4)
def _role_line_end(role_pattern: str) -> re.Pattern[str]:
    """A role title closing a line ("Senior International Projects Manager")."""
    return re.compile(r"(?:" + role_pattern + r")[ \t]*$", re.I)


@lru_cache(maxsize=4)
def _role_of(role_pattern: str) -> re.Pattern[str]:
    """A role title (up to three capitalised words may qualify it) and "of/at/for (the)" before a
    capitalised word: "CEO of ", "International Projects Manager at the "."""
    return re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){0,3}?(?:" + role_pattern + r")[ \t\n]+(?:of|at|for)[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])",
                      re.I)


def extract_organisations(doc_id: str, text: str, annotated: list[tuple[Block, Doc]], lex: Lexicon,
                          role_org_spans: list[Span], person_spans: list[Span]) -> list[OrgMention]:
    """Organisation mentions of one document (``role_org_spans``: organisation slots of role statements,
    rule ``"role:organisation"``: the organisation a person's role is held in, "Director of Acme Agency")."""
    f = OrgFinder(text, lex)
    f.from_gazetteer(annotated)
    for span in company_names(text, lex):
        f.add(span, "legal-form", 2)
    for span in company_names_form_first(text, lex):
        f.add(span, "legal-form-first", 2)
    for span in organisations_with_country(text, lex):
        f.add(span, "org-country", 2)
    for span in person_bracket_orgs(text, lex, annotated, person_spans):
        f.add(span, "pattern:person-bracket", 2)
    for span, rule, acronym in dash_short_forms(text, lex) + bar_names(text, lex):
        f.add(span, rule, 3, acronym=acronym)
    f.from_runs()
    f.from_cues()
    f.from_type_nouns()
    f.from_list_leads()
    f.from_award_winners()
    for span in role_org_spans:
        name = clean(text[span.start:span.end])
        # The text says this is where a person works: only names that can never be organisations
        # (programme names, countries, cities) are refused, not every phrase ending in "Initiative".
        k = key(name)
        if name and k not in lex.not_org_names and k not in lex.countries and k not in lex.cities \
                and not (" " not in name and f.generic(name)) and not f.portfolio(span, name) and not f.role_phrase(name):
            f.add(span, "role:organisation", 2)
    f.from_ner(annotated)
    f.from_acronym_uses()
    return f.mentions(doc_id, person_spans)
