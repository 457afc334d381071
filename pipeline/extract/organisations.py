"""Organisations: gazetteer names, capitalised phrases headed by an organisation word, acronyms the
text defines, organisation slots of role statements, and spaCy ORG entities that survive the
not-an-organisation rules (programmes, funding instruments, events, places, people).

Within a document every mention of one organisation gets the same ``name`` (the fullest form the
text uses) and ``acronym`` (when the text uses or defines one), in both directions: "DG GROW" and
"Directorate-General for Internal Market, ..." are one organisation once the text links them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.extract.lexicon import GazetteerEntry, Lexicon, key
from pipeline.extract.org_ner import NerAndKindRules
from pipeline.extract.shapes import Span, cap_run_at, clean, is_acronym, valid_person_name
from pipeline.extract.statement_parts import UPPER, UPPER0, lower_case_words
from pipeline.normalise import fold
from pipeline.records import Block, OrgMention

_ACRONYM_DEF = re.compile(r"\(\s*#?([A-Z][A-Za-z0-9&.\-]{1,14}(?:[ \t][A-Z][\w&.\-]{1,20})?)\s*\)")
_HEAD_SPLIT = re.compile(r"\s+(?:of|for|on)\s+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_NOT_LETTER = re.compile(r"[^A-Za-z]")
_TRAILING_YEARS = re.compile(r"(?:\s+(?:19|20)\d\d)+$")
_WEB = re.compile(r"https?:|www\.|@|\.eu\b|\.com\b")
_TRAILING_WORD = re.compile(r"[ \t\n]+([^\s,]+)$")
_LEADING_WORD = re.compile(r"([^\s,]+)[ \t\n]+")
_PLACE_LABEL = re.compile(r"(?:venue|location|place)\W{0,4}:\W{0,4}(?:the\s+)?$", re.I)
_EDITION_OF = re.compile(r"(?<![\w-])editions?[ \t\n]+of[ \t\n]+(?:(?:the|our|this|its|their)[ \t\n]+)?$", re.I)
_IN_PLACE = re.compile(r"[ \t\n]+in[ \t\n]+([^\s,]+(?:[ \t][^\s,]+)?)$")
_VERSION = re.compile(r"[ \t]+\d{1,2}\.\d{1,2}[ \t]+(?=[A-Z])")  # "Industry 4.0 Cluster"
_TO_PLACE = re.compile(r"[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")
_ENVOY_HEADS = frozenset({"Delegation", "Delegations", "Embassy", "Representation", "Consulate"})
_DATE_OR_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:19|20)\d\d\b")
_VERB_THE = re.compile(r"([A-Z][a-z]+)[ \t\n]+the[ \t\n]+(?=[A-Z])")
_RUN_START = re.compile(r"(?<![\w'’-])" + UPPER0)  # "Łódź Region Development Agency" too
_WORD_CAPITAL = re.compile(r"(?<![\w-])" + UPPER)
_PIECE_SPLIT = re.compile(r"[ \t\n]+(?:and|&)[ \t\n]+(?:the[ \t\n]+)?|[ \t\n]+(?:of|at)[ \t\n]+the[ \t\n]+")
# A lead-in line speaking of organisations and ending in a colon, right before a list
_LIST_LEAD = re.compile(r"(?im)^[^\n]*\b(?:organi[sz]ations|clusters|networks|companies|agencies|institutions|partners|members)"
                        r"\b[^\n]*:[ \t]*\n(?=[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+)")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+(?:the[ \t]+)?")
_AWARD_AS = re.compile(r"[ \t\n]+as[ \t\n]+(?:the[ \t\n]+)?((?:[A-Z][\w'’-]*[ \t\n]+){1,4})of[ \t\n]+the[ \t\n]+Year(?![\w-])")
_ACRONYM_USE = re.compile(r"(?<![\w-])#?([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?![\w-])")


def squash(text: str) -> str:
    """Key that ignores spacing and hyphens ("DirectorateGeneral" = "Directorate-General")."""
    return _NOT_ALNUM.sub("", key(text))


@dataclass
class _Cand:
    span: Span
    rule: str
    entry: GazetteerEntry | None = None
    acronym: str | None = None
    strength: int = 1  # 3 gazetteer / definition, 2 suffix / role slot, 1 spaCy


@dataclass
class OrgFinder(NerAndKindRules):
    """Collects candidates for one document, then resolves them into mentions."""

    text: str
    lex: Lexicon
    cands: list[_Cand] = field(default_factory=list)
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
        first = words[0].lower()
        lowered = " " + name.lower()
        head = _HEAD_SPLIT.split(name, maxsplit=1)[0].split()
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
        head = _HEAD_SPLIT.split(name, maxsplit=1)[0].split()
        return len(head) < len(words) and bool(head) and head[-1] in self.lex.org_suffixes

    def _head_end(self, span: Span) -> int:
        """Offset just after the organisation word that heads the phrase in ``span``."""
        seg = self.text[span.start:span.end]
        m = _HEAD_SPLIT.search(seg)
        return span.start + (m.start() if m else len(seg))

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
                head = _HEAD_SPLIT.split(clean(t[run.start:run.end]), maxsplit=1)[0].split()
                m = _TO_PLACE.match(t, run.end) if head and head[-1] in _ENVOY_HEADS else None
            nxt = cap_run_at(t, m.end(), **kw) if m else None
            if nxt is None or nxt.start != m.end():
                break
            run = Span(run.start, nxt.end)
        return run

    def add(self, span: Span | None, rule: str, strength: int, entry: GazetteerEntry | None = None, acronym: str | None = None) -> None:
        if span is None:
            return
        if strength < 3 and _PLACE_LABEL.search(self.text[max(0, span.start - 25):span.start]):
            return  # the name after "Venue:" is a place
        if strength < 3 and _EDITION_OF.search(self.text[max(0, span.start - 30):span.start]):
            return  # "the next edition of our Cluster Managers' Academy": a recurring event
        if strength < 3 and self._venue_line(span):
            return  # "- 12.06.2025, 09:30\n- Chamber of Crafts, Leipzig": where an event takes place
        self.cands.append(_Cand(span, rule, entry, acronym, strength))

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

    def from_runs(self) -> None:
        """Capitalised phrases headed by an organisation word; acronyms defined after a phrase."""
        t = self.text
        covered = 0
        for m in _RUN_START.finditer(t):
            if m.start() < covered:
                continue
            run = self.run_at(m.start(), list_heads=self.lex.org_suffixes)
            if not run:
                continue
            run = self._names_a_line(run) or run
            covered = run.end
            for piece in self._pieces(run):
                name = clean(t[piece.start:piece.end])
                if self.is_headed(name) and not self.not_org(name):
                    self.add(piece, "pattern:org-head", 2)
            inner = self._trim(run) if self._bracketed_after_name(run) else None  # "(CEO of Acme Hub)"
            if inner is not None:
                name = clean(t[inner.start:inner.end])
                if not self.not_org(name) and not valid_person_name(name, self.lex):
                    self.add(inner, "pattern:org-in-brackets", 2)
            # "Full Name (ACR)": the acronym names what the phrase names.
            d = _ACRONYM_DEF.match(t, run.end + len(t[run.end:]) - len(t[run.end:].lstrip(" \t\n")))
            if d and _defined_acronym(d.group(1), t[run.start:run.end]):
                self._definition(self._pieces(run)[-1], d)
            elif d and re.fullmatch(r"[A-Z]{1,3}\d{1,2}", d.group(1)) and self.not_org(clean(t[run.start:run.end])):
                self.not_org_acronyms.add(d.group(1))  # "Smart Specialisation (S3)": S3 names no organisation

    def _bracketed_after_name(self, run: Span) -> bool:
        """"- Jane Doe (Rail Cluster Catalonia)": the whole bracket after a name on a list line holds
        a phrase with an organisation word among its words (a place may follow it)."""
        t = self.text
        if not (t[run.start - 1:run.start] == "(" and t[run.end:run.end + 1] == ")"):
            return False
        ls = t.rfind("\n", 0, run.start) + 1
        if not re.search(r"[A-Z][\w'’-]+[ \t]*\($", t[ls:run.start]):
            return False
        words = clean(t[run.start:run.end]).split()
        heads = [i for i, w in enumerate(words) if w in self.lex.org_suffixes]
        return 2 <= len(words) <= 6 and bool(heads) and 0 < heads[-1] and len(words) - 1 - heads[-1] <= 2

    def _definition(self, piece: Span, d: re.Match[str]) -> None:
        """"Full Name (ACR)": the shortest tail of the phrase the acronym spells, else the phrase
        when an organisation word heads it; a phrase that names a programme marks ACR as no organisation."""
        t = self.text
        acr = d.group(1)
        starts = [m.start() for m in _WORD_CAPITAL.finditer(t[piece.start:piece.end])]
        span = None
        for off in reversed(starts):
            if _initials_match(acr, clean(t[piece.start + off:piece.end])):
                span = Span(piece.start + off, piece.end)
                break
        name = clean(t[piece.start:piece.end])
        words = name.split()
        opens_with_role = any(self.lex.role_title_re.match(" ".join(words[i:])) for i in range(min(3, len(words))))
        ends_in_person = not self.is_headed(name) and any(  # not "Union of Rightist Forces (SPS)"
            valid_person_name(" ".join(words[-k:]), self.lex) for k in (2, 3) if len(words) >= k)
        if span is None and (opens_with_role or ends_in_person):
            # "Jane Doe (ECCP)", "Policy Officer Matej Zupan (DG GROW)", "Keynote by Jane Doe (ECCP)": where
            # a person works, not what the acronym stands for (a phrase opening with a role title or ending in a person's name)
            return
        if span is None and (self.is_headed(name) or len(name.split()) <= 4 and not self.generic(name)):
            span = piece
        if span is None or self.not_org(clean(t[span.start:span.end]), defined=True) or key(name) == key(acr):
            self.not_org_acronyms.add(acr)
            self.not_org_acronyms.add(acr.split("-")[0])
            return
        self.add(span, "pattern:acronym-definition", 3, acronym=acr)
        self.add(Span(d.start(1), d.end(1)), "pattern:acronym-definition", 3, acronym=acr)

    def _pieces(self, run: Span) -> list[Span]:
        """Split a run into organisation names: at "and the", at "and" between two complete
        organisation names, and before "of the <known organisation>" (a unit of its parent)."""
        t = self.text
        pieces = [run]
        out: list[Span] = []
        while pieces:
            p = pieces.pop(0)
            seg = t[p.start:p.end]
            split = None
            for m in _PIECE_SPLIT.finditer(seg):
                left, right = clean(seg[:m.start()]), clean(seg[m.end():])
                if not left or not right:
                    continue
                conj = m.group().split()[0] in ("and", "&")
                # "Acme Network and Beta Cluster": two names; "Ministry for Science and Education": one.
                if conj and ("the" in m.group().split() or left.split()[-1] in self.lex.org_suffixes
                             or key(left) in self.lex.gazetteer_by_key):
                    split = m
                    break
                if not conj and (key(right) in self.lex.gazetteer_by_key or self.is_headed(right)):
                    split = m
                    break
            if split:
                out.append(Span(p.start, p.start + split.start()))
                pieces.insert(0, Span(p.start + split.end(), p.end))
            else:
                out.append(p)
        for i, p in enumerate(out):
            # "Odra Valley Technology Park in Wrocław": the town is where it is, not part of the name
            m = _IN_PLACE.search(t[p.start:p.end])
            if m and (key(m.group(1)) in self.lex.cities or key(m.group(1)) in self.lex.countries) \
                    and self.is_headed(clean(t[p.start:p.start + m.start()])):
                out[i] = Span(p.start, p.start + m.start())
        trimmed = [self._trim(p) for p in out]
        return [p for p in trimmed if p is not None]

    def _name_line(self, pos: int) -> Span | None:
        """The whole line starting at ``pos`` when it is one organisation-headed name (2+ capitalised
        words ending in an organisation word), else None."""
        t = self.text
        le = t.find("\n", pos)
        le = len(t) if le < 0 else le
        run = cap_run_at(t, pos, list_heads=self.lex.org_suffixes, single_line=True)
        if run is None or run.start != pos or t[run.end:le].strip(" \t,;."):
            return None
        words = clean(t[run.start:run.end]).split()
        return run if len(words) >= 2 and words[-1] in self.lex.org_suffixes else None

    def _names_a_line(self, run: Span) -> Span | None:
        """"Detroit Edison Company\nDuke Power Company\n...": a list of names, one a line. The run's first
        line and the next line are each a whole name ending in an organisation word: the first line alone
        (not "the Romanian Cluster\nAssociation (CLUSTERO), and", a name broken in running text)."""
        t = self.text
        ls = t.rfind("\n", 0, run.start) + 1
        nl = t.find("\n", run.start, run.end)
        if nl < 0 or t[ls:run.start].strip(" \t-•*–"):
            return None
        first = self._name_line(run.start)
        if first is None or first.end > nl:
            return None
        # three such lines in a row (this one, then the next, and the one after or the one before it):
        # "European Cluster\nTransition Network" alone is one name wrapped after an organisation word
        after = [x for x in (self._line_after(nl), None) if x is not None]
        nxt = self._name_line(after[0]) if after else None
        if nxt is None:
            return None
        nl2 = t.find("\n", nxt.end)
        third = self._name_line(self._line_after(nl2)) if nl2 >= 0 and self._line_after(nl2) is not None else None
        prev_start = t.rfind("\n", 0, max(0, ls - 1)) + 1 if ls > 0 else None
        prev = self._name_line(prev_start + len(t[prev_start:ls]) - len(t[prev_start:ls].lstrip(" \t-•*–"))) \
            if prev_start is not None and ls - prev_start > 1 else None
        return first if third is not None or prev is not None else None

    def _line_after(self, nl: int) -> int | None:
        """Start of the text of the line after the line break at ``nl`` (its list marker skipped)."""
        m = re.compile(r"\n[ \t]*(?:[-•*–][ \t]+)?").match(self.text, nl)
        return m.end() if m and m.end() < len(self.text) and self.text[m.end()] != "\n" else None

    def from_cues(self) -> None:
        """Names after "organised by", "in partnership with", ...: one organisation or a list."""
        t = self.text
        for m in self.lex.org_cues.finditer(t):
            pos = m.end()
            companies = bool(re.search(r"compan|firm", m.group(), re.I))  # "company visits to": no person follows
            for _ in range(12):
                run = self.run_at(pos)
                if not run:
                    break
                for piece in self._pieces(run):
                    name = clean(t[piece.start:piece.end])
                    if not (self.not_org(name, cued=True) or (" " not in name and self.generic(name))
                            or (valid_person_name(name, self.lex) and not companies)):
                        self.add(piece, "cue:organisation", 2)
                # "A Cluster from Innsbruck, B Cluster and C": a home town between two list items.
                nxt = re.match(r"\.?(?:\s*\([^()]{1,20}\)|\s*\([a-z][^()A-Z]{1,60}\)|[ \t\n]+(?:from|in)[ \t\n]+[A-Z][\w'’-]+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", t[run.end:])
                if not nxt:
                    break
                pos = run.end + nxt.end()

    def from_list_leads(self) -> None:
        """"Three cluster organisations presented their schemes:\n- Moda Lab Prato (Italy) runs ...": the
        items of a list whose lead-in line (ending in a colon) speaks of organisations open with one
        (a capitalised phrase at the item start, closed by a bracket, a comma, a dash or the line end, or
        followed by a lower-case word; not a topic whose words the text also writes in lower case)."""
        t = self.text
        lower: frozenset[str] | None = None
        for m in _LIST_LEAD.finditer(t):
            lower = lower if lower is not None else lower_case_words(t)
            pos = m.end()
            while True:
                item = _LIST_ITEM.match(t, pos)
                if not item:
                    break
                line_end = t.find("\n", item.end())
                line_end = len(t) if line_end < 0 else line_end
                pos = line_end + 1
                run = self.run_at(item.end(), single_line=True)
                if run is None or run.start != item.end():
                    continue
                pieces = self._pieces(run)
                if not pieces or pieces[0].start != run.start:
                    continue
                piece = pieces[0]
                after = t[piece.end:line_end]
                if not re.match(r"[ \t]*(?:\(|,|;|[–—-][ \t]|$|[a-z])", after):
                    continue
                name = clean(t[piece.start:piece.end])
                if len(name.split()) < 2 and not is_acronym(name):
                    continue  # one word: too weak a name
                kinds = any(w.lower() in self.lex.org_type_nouns for w in name.split())  # "Moda Lab Prato": no person
                if self.not_org(name, cued=True) or self.generic(name) or (valid_person_name(name, self.lex) and not kinds) \
                        or self.lex.role_title_re.match(name):
                    continue
                self.add(piece, "cue:list-lead", 2)

    def from_award_winners(self) -> None:
        """"the election of IOT4Industry as Cluster Partnership of the Year": what wins an award for an
        organisation kind (a phrase with an organisation word, not a role title: not "Cluster Manager of
        the Year") is an organisation."""
        t = self.text
        for m in _AWARD_AS.finditer(t):
            kind = clean(m.group(1))
            words = kind.split()
            if self.lex.role_title_re.search(kind) or not any(
                    w in self.lex.org_suffixes or w.lower() in self.lex.org_type_nouns for w in words):
                continue
            before = re.search(r"(?:[A-Z0-9][\w'’&.-]*[ \t]+){0,5}[A-Z0-9][\w'’&.-]*$", t[max(0, m.start() - 80):m.start()])
            if not before:
                continue
            span = self._trim(Span(m.start() - len(before.group()), m.start()))
            if span is None:
                continue
            name = clean(t[span.start:span.end])
            if self.not_org(name, cued=True) or self.generic(name) or valid_person_name(name, self.lex):
                continue
            self.add(span, "cue:award-winner", 2)

    def from_acronym_uses(self) -> None:
        """Stand-alone uses of acronyms known in this document ("#EOCIC", "the new ECCP website"),
        and capitals that spell a full name found in the text ("CEBR" for "Council of European BioRegions")."""
        t = self.text
        known: dict[str, _Cand] = {}
        for c in self.cands:
            if c.acronym:
                known.setdefault(c.acronym, c)
            if c.entry and c.entry.acronym and " " not in c.entry.acronym:
                known.setdefault(c.entry.acronym, c)
        names = [(c, clean(t[c.span.start:c.span.end])) for c in self.cands if c.strength >= 2 and not c.acronym]
        for m in _ACRONYM_USE.finditer(t):
            acr = m.group(1)
            if not is_acronym(acr) or acr in self.not_org_acronyms or key(acr) in self.lex.not_org_names:
                continue
            if acr in known:
                self.add(Span(m.start(1), m.end(1)), "acronym:use", 3, entry=known[acr].entry, acronym=acr)
                continue
            for c, full in names:
                if _initials_match(acr, full):
                    self.add(Span(m.start(1), m.end(1)), "acronym:initials", 2, acronym=acr)
                    c.acronym = acr
                    known[acr] = c
                    break

    # -- resolution -----------------------------------------------------------------------
    def mentions(self, doc_id: str, person_spans: list[Span]) -> list[OrgMention]:
        t = self.text
        for c in self.cands:
            # A phrase that extends a gazetteer name from its start names a part of it or a body
            # within it ("Commission Expert Group on Clusters"): it outranks the bare gazetteer match.
            if c.rule == "pattern:org-head" and any(
                    g.entry and g.span.start == c.span.start and self._head_end(c.span) > g.span.end for g in self.cands):
                c.strength = 3
            # "the AERDA Working Group on Industrial Ecosystems": a named body of the organisation whose
            # acronym opens the phrase (not "the ERCA Secretariat", one word: the organisation's own staff)
            # ... after "the", as a modifier: not a glossary line "SPS Union of Rightist Forces"
            if c.rule == "pattern:org-head" and re.search(r"(?<![\w-])the[ \t\n]+$", t[max(0, c.span.start - 5):c.span.start]) and any(
                    g.acronym and g.strength >= 3 and g.span.start == c.span.start and g.span.end < c.span.end
                    and len(t[g.span.end:c.span.end].split()) >= 2 for g in self.cands):
                c.strength = 3
            # "Algarve Regional Development and Coordination Commission": a one-word gazetteer form
            # ("Commission") heading a longer name is that name's organisation word, not the body it abbreviates.
            if c.rule in ("pattern:org-head", "role:organisation") and any(
                    g.entry and g.span.end == c.span.end and g.span.start > c.span.start
                    and " " not in t[g.span.start:g.span.end].strip()
                    and re.search(r"(?<![\w-])[A-Z][\w'’-]*[ \t]+$", t[c.span.start:g.span.start]) for g in self.cands):
                c.strength = 3  # ... but not "In the Commission": there the word names the body itself
        cands = sorted(self.cands, key=lambda c: (-c.strength, -(c.span.end - c.span.start), c.acronym is None, c.span.start))
        chosen: list[_Cand] = []
        person_names = {clean(t[p.start:p.end]) for p in person_spans}
        person_names = {n for n in person_names if " " in n}
        for c in cands:
            if any(p.start < c.span.end and c.span.start < p.end for p in person_spans) and c.strength < 3:
                continue
            if c.strength < 3 and any(clean(t[c.span.start:c.span.end]).startswith(n + " ") for n in person_names):
                continue  # "Jane Doe\nCluster manager of the year": a heading running into the next line
            if any(o.span.start < c.span.end and c.span.start < o.span.end for o in chosen):
                continue
            chosen.append(c)
        # Group: gazetteer entry, acronym, or name key.
        groups: dict[str, list[_Cand]] = {}
        alias: dict[str, str] = {}

        bags: dict[tuple[str, ...], str] = {}

        def gid(c: _Cand) -> str:
            name = clean(t[c.span.start:c.span.end])
            if c.entry:
                return c.entry.id
            if c.acronym and c.acronym in alias:
                return alias[c.acronym]
            if name in alias:
                return alias[name]  # "CCDR Algarve" again, as a statistical ORG: the defined acronym
            entry = self.lex.gazetteer_by_key.get(key(name))
            if entry:
                return entry.id
            # "European Cluster Observatory for Industrial Change" after "European Observatory for
            # Clusters and Industrial Change": the same words in another order
            k = "k:" + squash(name)
            return k if k in groups else bags.get(_word_bag(name)) or k

        for c in sorted(chosen, key=lambda c: -c.strength):
            g = gid(c)
            bag = _word_bag(clean(t[c.span.start:c.span.end]))
            if len(bag) >= 3:
                bags.setdefault(bag, g)
            if c.acronym:
                alias.setdefault(c.acronym, g)
                if alias[c.acronym] != g:
                    groups.setdefault(alias[c.acronym], []).extend(groups.pop(g, []))
                    g = alias[c.acronym]
            groups.setdefault(g, []).append(c)
        self._head_noun_mentions(groups, chosen)
        out: list[OrgMention] = []
        for g, members in groups.items():
            entry = next((m.entry for m in members if m.entry), None) or (self.lex.gazetteer.get(g) if g.startswith("org:") else None)
            surfaces = [clean(t[m.span.start:m.span.end]) for m in members]
            acronym = next((m.acronym for m in members if m.acronym), None)
            if entry and entry.acronym and any(s == entry.acronym for s in surfaces):
                acronym = entry.acronym
            candidates = [s for s in surfaces if s != acronym and not is_acronym(s.replace(" ", ""))] or surfaces
            # "Bio-\nMaterials" kept its line-end hyphen; the form the text writes without it wins.
            unbroken = {clean(t[m.span.start:m.span.end]) for m in members if not re.search(r"-[ \t]*\n", t[m.span.start:m.span.end])}
            name = max(candidates, key=lambda s: (len(s.replace("-", "")), s in unbroken))
            if entry and squash(name) == squash(entry.name):
                name = entry.name
            if acronym is None and entry and entry.acronym and re.search(r"(?<![\w-])" + re.escape(entry.acronym) + r"(?![\w-])", t):
                acronym = entry.acronym
            for m in members:
                if m.rule == "coref:head-noun" and squash(name) == squash(t[m.span.start:m.span.end]):
                    continue
                out.append(OrgMention(doc_id, m.span.start, m.span.end, t[m.span.start:m.span.end], name, m.rule,
                                      acronym=acronym, org_type=entry.org_type if entry else None,
                                      country=entry.country if entry else None))
        return sorted(out, key=lambda o: (o.start, o.end))


    def _head_noun_mentions(self, groups: dict[str, list[_Cand]], chosen: list[_Cand]) -> None:
        """"the Observatory", "the Platform": a later short reference to the one organisation of the
        document headed by that word. Several candidates (two observatories): no mention at all."""
        t = self.text
        heads: dict[str, set[str]] = {}
        for g, members in groups.items():
            for m in members:
                name = clean(t[m.span.start:m.span.end])
                words = _HEAD_SPLIT.split(name, maxsplit=1)[0].split()
                if len(name.split()) >= 2 and words and words[-1] in self.lex.org_suffixes:
                    heads.setdefault(words[-1], set()).add(g)
        for m in re.finditer(r"(?<![\w-])[Tt]he[ \t\n]+([A-Z][a-z]+)(?:['’]s)?(?![\w-])", t):
            owners = heads.get(m.group(1), set())
            s, e = m.start(1), m.end(1)
            if len(owners) != 1 or any(c.span.start < e and s < c.span.end for c in chosen):
                continue
            after = re.match(r"[ \t\n]+([A-Z]\w*)", t[e:e + 30])
            if after and after.group(1).lower() not in STOP_WORDS:
                continue  # "the Observatory Board": part of a longer name, not a reference
            groups[next(iter(owners))].append(_Cand(Span(s, e), "coref:head-noun", strength=1))


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


def _word_bag(name: str) -> tuple[str, ...]:
    """The name's words in alphabetical order, each as often as it occurs, without function words, case,
    hyphens or a plural "s" ("Clusters" = "Cluster")."""
    words = (_NOT_ALNUM.sub("", w.lower()) for w in re.split(r"[\s\-–]+", name))
    return tuple(sorted(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                        for w in words if w and w not in STOP_WORDS))


def _defined_acronym(acr: str, phrase: str) -> bool:
    """"(ICNA)"; also two words when the second is in capitals or repeats a word of the phrase:
    "(DG GROW)", "Algarve Regional ... Commission (CCDR Algarve)"."""
    first, _, second = acr.partition(" ")
    if not second:
        return is_acronym(acr)
    return is_acronym(first) and (second.isupper() or second in phrase.split())


def _initials_match(acr: str, full: str) -> bool:
    """"CEBR" spells "Council of European BioRegions" (capitals of each word, inner capitals too)."""
    acr = _NOT_LETTER.sub("", acr.split("-")[0]) if "-" in acr else _NOT_LETTER.sub("", acr)
    return len(acr) >= 3 and acr.upper() in _initials(full)


@lru_cache(maxsize=16384)  # from_acronym_uses tries every capitalised word against every name
def _initials(full: str) -> tuple[str, str]:
    """Upper-cased capitals of the capitalised words of ``full``, and their first letters."""
    letters = "".join(c for w in full.split() if w[0].isupper() for c in w if c.isupper())
    firsts = "".join(w[0] for w in full.split() if w[0].isupper())
    return _plain_upper(letters), _plain_upper(firsts)


def _plain_upper(letters: str) -> str:
    """Capitals without their accents, as acronyms write them ("ŁRDA" → "LRDA")."""
    return "".join((fold(c.lower()) or c).upper()[:1] for c in letters)


def extract_organisations(doc_id: str, text: str, annotated: list[tuple[Block, Doc]], lex: Lexicon,
                          role_org_spans: list[Span], person_spans: list[Span]) -> list[OrgMention]:
    """Organisation mentions of one document (``role_org_spans``: organisation slots of role statements)."""
    f = OrgFinder(text, lex)
    f.from_gazetteer(annotated)
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
