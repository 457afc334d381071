"""Rule family ``predecessor``: the person a newcomer succeeds held the office the newcomer takes.

News of an appointment or election names the predecessor after a verb of succession
(``data/role_succession_verbs.txt``): "The board appointed Jane Doe as managing director of Acme Cluster. She
succeeds John Roe, who retires", "Ana Ruiz was elected chair … and replaces Tom Lee as chair of the network",
"Acme welcomes Ana Ruiz as cluster manager, succeeding Tom Lee". The predecessor gets

- the office stated after the name ("succeeds Tom Lee as chair of the network"), its organisation found by the
  role-organisation families (:mod:`role_orgs`); or else
- the office of the newcomer's appointment statement (rules of :data:`APPOINTMENTS`) in the same or the previous
  sentence, with its organisation: the appointment, not an apposition that says where the newcomer works now
  ("elected Jane Doe, CEO of Beta Ltd, as president … She succeeds John Roe": John Roe was president, not CEO).

Precedence: an office stated after the name wins over the newcomer's; without either, no row.

Rule ``predecessor-new-office``: the predecessor's own office after the handover, as a relative clause right after
the name states it ("She succeeds John Roe, who led the board since 2018 and was named honorary chair", "… who now
becomes honorary chairman", "He follows John Roe (Beta Oy), who stays on the board as vice chair", "… who remains on
the board as treasurer"): the last role title after a verb of election or change (``data/role_change_verbs.txt``) or
after "as" in that clause, with the organisation of the office handed over (the same board); a row besides the
``predecessor`` one.

Rule ``successor``, the mirror: "Our cluster manager, Jane Doe, retired in May. Her successor, John Roe, started in
June", "His successor, Dr. John Roe, joins from Beta Ltd": the successor takes the office of the last role stated
with its person in the same or the previous sentence, before "successor".
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span
from pipeline.extract.statement_apposed import after_titles
from pipeline.extract.statement_parts import Statement, role_segment, segment_end
from pipeline.records import PersonMention

# Statement rules that say a person takes an office (not where the person works now).
APPOINTMENTS = frozenset({"name-elected-role", "verb-name-as-role", "verb-name-role", "name-joined-as-role", "name-as-role", "name-is-role",
                          "board-entry", "name-apposed-elected-role", "name-apposed-joined-as-role"})
_AS = re.compile(r"[ \t\n]*,?[ \t\n]+as[ \t\n]+(?:(?:the|its|their|our)[ \t\n]+)?")
_SENTENCE_END = re.compile(r"[.!?](?=[ \t\n]+[A-Z\"“])|\n[ \t]*\n")
_REACH = 400  # characters back for the newcomer's appointment: the same or the previous sentence


@lru_cache(maxsize=4)
def _verb_re(data_dir: Path | None) -> re.Pattern[str]:
    verbs = data_lines(data_dir / "role_succession_verbs.txt") if data_dir else ()
    return re.compile(r"(?<![\w-])(?i:" + phrase_alternation(verbs, r"[ \t\n]+") + r")[ \t\n]+")


def _sentence_start(text: str, pos: int, back: int) -> int:
    """The start of the sentence ``back`` sentences before the one holding ``pos`` (0 = its own)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, pos - _REACH), pos)]
    return ends[-1 - back] if len(ends) > back else max(0, pos - _REACH)


def _appointment_before(statements: list[Statement], verb: int, floor: int) -> Statement | None:
    """The last appointment statement with a role stated between ``floor`` and the verb."""
    found = [st for st in statements if st.rule.split("+")[0] in APPOINTMENTS and st.role and st.role_span
             and floor <= st.person.start < verb]
    return max(found, key=lambda st: st.person.start, default=None)


# what the office was for the one who held it, not the office ("our founding cluster manager", "the outgoing chair")
_HOLDER_WORDS = re.compile(r"^(?i:founding|former|outgoing|retiring|long-serving|previous|first|new|incoming)[ \t\n]+")


def _office(role: str) -> str:
    return _HOLDER_WORDS.sub("", role)


_SUCCESSOR = re.compile(r"(?<![\w-])(?i:his|her|their)[ \t\n]+(?i:successor)[ \t\n]*,?[ \t\n]+")


def _successor_statements(statements: list[Statement], text: str, starts: dict[int, PersonMention],
                          lex: Lexicon) -> list[Statement]:
    """Rule ``successor`` (see the module doc)."""
    out: list[Statement] = []
    for m in _SUCCESSOR.finditer(text):
        person = starts.get(after_titles(text, m.end(), lex))
        floor = _sentence_start(text, m.start(), 1)
        held = [st for st in statements if st.role and st.role_span and floor <= st.person.start < m.start()
                and floor <= st.role_span.start < m.start()]
        if person is not None and held:
            last = max(held, key=lambda st: st.person.start)
            out.append(Statement(Span(person.start, person.end), "successor", role=_office(last.role), role_span=last.role_span, org=last.org))
    return out


# the predecessor's relative clause: perhaps a bracket (the affiliation), a comma, "who"
_WHO = re.compile(r"(?:[ \t\n]*\([^()\n]{1,80}\))?[ \t\n]*,[ \t\n]+who[ \t\n]+")
_AS_WORD = re.compile(r"(?<![\w-])as[ \t\n]+(?:(?:the|its|their)[ \t\n]+)?")
_CLAUSE_REACH = 250
# the clause ends with its sentence, at a semicolon or where the next list item starts ("…, who did not stand again;\n- elected …")
_CLAUSE_END = re.compile(_SENTENCE_END.pattern + r"|;|\n[ \t]*(?:[-•*–—]|\d{1,2}[.)])[ \t]")


def _new_office(text: str, name: Span, org: Span | None, lex: Lexicon) -> Statement | None:
    """Rule ``predecessor-new-office`` (see the module doc) for the predecessor named at ``name``; ``org``: the
    organisation of the office handed over."""
    who = _WHO.match(text, name.end)
    if who is None:
        return None
    stop = _CLAUSE_END.search(text, who.end(), who.end() + _CLAUSE_REACH)
    end = stop.start() if stop else min(len(text), who.end() + _CLAUSE_REACH)
    leads = [m.end() for m in lex.role_change_re.finditer(text, who.end(), end)] + [m.end() for m in _AS_WORD.finditer(text, who.end(), end)]
    for lead in sorted(leads, reverse=True):
        parsed = role_segment(text, lead, min(end, segment_end(text, lead)), lex)
        if parsed is not None and parsed[1].start == lead:
            role, role_span, stated = parsed
            return Statement(name, "predecessor-new-office", role=role, role_span=role_span, org=stated or org)
    return None


def predecessor_statements(statements: list[Statement], text: str, people: list[PersonMention],
                           lex: Lexicon) -> list[Statement]:
    """One statement (rule ``predecessor``) per person named after a verb of succession, one (rule ``successor``) per
    person named after "her successor" (see the module doc);
    ``statements`` have their organisations filled (:func:`role_orgs.with_role_organisations`)."""
    starts = {p.start: p for p in people}
    out: list[Statement] = []
    for m in _verb_re(lex.data_dir).finditer(text):
        person = starts.get(after_titles(text, m.end(), lex))
        if person is None:
            continue
        name = Span(person.start, person.end)
        stated = _AS.match(text, person.end)
        parsed = role_segment(text, stated.end(), segment_end(text, stated.end()), lex) if stated else None
        if parsed is not None:
            role, role_span, org = parsed
            out.append(Statement(name, "predecessor", role=role, role_span=role_span, org=org))
            continue
        newcomer = _appointment_before(statements, m.start(), _sentence_start(text, m.start(), 1))
        if newcomer is not None:
            out.append(Statement(name, "predecessor", role=_office(newcomer.role), role_span=newcomer.role_span, org=newcomer.org))
        now = _new_office(text, name, newcomer.org if newcomer is not None else None, lex)
        if now is not None:
            out.append(now)
    return out + _successor_statements(statements, text, starts, lex)
