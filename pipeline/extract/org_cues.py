"""Organisation rules over cue phrases, mixed into :class:`pipeline.extract.organisations.OrgFinder`:
names after "organised by", "in partnership with", ... (one or a list), the items of a list whose
lead-in line speaks of organisations, and what wins an award for an organisation kind.
"""
from __future__ import annotations

import re

from pipeline.extract.shapes import Span, clean, is_acronym, valid_person_name
from pipeline.extract.statement_parts import lower_case_words

# A lead-in line speaking of organisations and ending in a colon, right before a list
_LIST_LEAD = re.compile(r"(?im)^[^\n]*\b(?:organi[sz]ations|clusters|networks|companies|agencies|institutions|partners|members)"
                        r"\b[^\n]*:[ \t]*\n(?=[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+)")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+(?:the[ \t]+)?")
_AWARD_AS = re.compile(r"[ \t\n]+as[ \t\n]+(?:the[ \t\n]+)?((?:[A-Z][\w'’-]*[ \t\n]+){1,4})of[ \t\n]+the[ \t\n]+Year(?![\w-])")


_NEXT_ITEM = re.compile(r"\.?(?:\s*\([^()]{1,20}\)|\s*\([a-z][^()A-Z]{1,60}\)|[ \t\n]+(?:from|in)[ \t\n]+[A-Z][\w'’-]+)?"
                        r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")


class CueRules:
    """Needs the finder's ``text``, ``lex``, ``not_org``, ``generic``, ``_trim``, ``run_at``,
    ``_pieces`` and ``add``."""

    def from_cues(self) -> None:
        """Names after "organised by", "in partnership with", ...: one organisation or a list."""
        t = self.text
        for m in self.lex.org_cues.finditer(t):
            pos = m.end()
            companies = bool(re.search(r"compan|firm", m.group(), re.I))  # "company visits to": no person follows
            for item in range(12):
                run = self.run_at(pos)
                if not run:
                    break
                parts = _closing_and(t, run)
                if len(parts) == 2 and all(valid_person_name(clean(t[p.start:p.end]), self.lex) for p in parts):
                    parts = []  # "Members of the board are Jane Doe and John Smith": people
                elif item == 0:
                    parts = [run]  # "European Research and Innovation Agency" alone is one name
                for piece in (p for part in parts for p in self._pieces(part)):
                    name = clean(t[piece.start:piece.end])
                    if not (self.not_org(name, cued=True) or (" " not in name and self.generic(name))
                            or (valid_person_name(name, self.lex) and not companies)):
                        self.add(piece, "cue:organisation", 2)
                # "A Cluster from Innsbruck, B Cluster and C": a home town between two list items.
                nxt = _NEXT_ITEM.match(t, run.end)  # at an offset: a copy of the rest of the text per item is quadratic
                if not nxt:
                    break
                pos = nxt.end()

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


def _closing_and(text: str, run: Span) -> list[Span]:
    """The run split at its last "and" / "&": a list's last two items read as one capitalised run
    ("…, AgriFood Lithuania and Plastipolis"). Callers keep the run whole where it opens the list."""
    seg = text[run.start:run.end]
    m = None
    for m in re.finditer(r"[ \t\n]+(?:and|&)[ \t\n]+(?:the[ \t\n]+)?", seg):
        pass
    if m is None:
        return [run]
    return [Span(run.start, run.start + m.start()), Span(run.start + m.end(), run.end)]
