"""Statement rules for a role given to a name by a verb: appointments and elections ("The board appoints Jane Doe as
managing director", "elected John Roe treasurer"), joining a team ("Jane Doe joined Acme as project manager") and
holding, starting or leaving an office ("John Roe stepped down as chair"), with the helpers other statement rules
share: the full name at a position (:func:`name_at`) and the role title after it (:func:`role_at`). Split from
``statement_apposed.py`` (roles apposed to a name), which keeps the verb-phrase pattern both use."""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span, cap_run_at, clean, person_name_at
from pipeline.extract.statement_apposed import EMPHASIS, MAX_FIELD_WORDS, after_titles, verb_phrases_re
from pipeline.extract.statement_context import name_ending_at
from pipeline.extract.statement_moves import name_before_apposition
from pipeline.extract.statement_parts import Statement, lower_case_role_field

_AS_ROLE = re.compile(r"[ \t\n]+as[ \t\n]+(?:(?:its|their|our|the|an|a)[ \t\n]+)?(?:(?:new|first|next|interim|acting)[ \t\n]+)?")
# the name's organisation in brackets before "as" ("elected Jane Doe (Acme Cluster) as treasurer")
NAME_BRACKET = re.compile(r"[ \t]*\([^()\n]{2,80}\)")
# a second appointment in the same sentence ("… as vice-president and John Roe (Beta Ltd) as treasurer")
_AND_NEXT = re.compile(r"(?:[ \t\n]+(?:of|for)(?:[ \t\n]+[a-z][\w-]*){1,3})?[ \t\n]*(?:\([^()\n]{2,80}\)[ \t\n]*)?(?:,[ \t\n]+(?:and[ \t\n]+)?|[ \t\n]+and[ \t\n]+)")


def name_at(text: str, pos: int, lex: Lexicon) -> tuple[Span, int] | None:
    """The full name at ``pos`` (person titles and emphasis marks before it skipped: "**Dr. Jane Doe**") and where
    it ends with its emphasis marks and the bracket that may follow it ("Jane Doe (Acme Cluster)")."""
    name = person_name_at(text, after_titles(text, EMPHASIS.match(text, pos).end(), lex), lex)
    if not name:
        return None
    end = EMPHASIS.match(text, name.end).end()
    bracket = NAME_BRACKET.match(text, end)
    return name, bracket.end() if bracket else end


# the role right after the name, with no "as" (rule verb-name-role): one space, and after the role the clause goes
# on with punctuation, "and", a preposition of its organisation or term, or the line's end
_NAME_ROLE_GAP = re.compile(r"[ \t]+(?:(?:its|their|our|the)[ \t]+)?(?:(?:new|first|next|interim|acting)[ \t]+)?")
_AFTER_BARE_ROLE = re.compile(r"[ \t]*(?:[.,;:)]|\n|$|(?:and|of|for|at|in|from|until|since|with)(?![\w-]))")


def _name_as_role(text: str, pos: int, lex: Lexicon) -> Statement | None:
    """ "Jane Doe as managing director", "**Dr. Jane Doe** (Acme) as its new Treasurer" at ``pos``: the name
    (:func:`name_at`), "as" and a role title with up to two lower-case field words before it.

    Rule ``verb-name-role``, family "appoints Name role" (no "as"): the role title right after the name, the clause
    going on after it with punctuation, "and" or a preposition ("the assembly appointed Jane Doe honorary president.",
    "the board elected John Roe vice-chair and Ana Ruiz treasurer", "members named Jon Roe treasurer for two years")."""
    found = name_at(text, pos, lex)
    gap = _AS_ROLE.match(text, _past_apposition(text, found[1], lex)) if found else None
    role = role_at(text, gap.end(), lex) if gap else None
    if role:
        return Statement(found[0], "verb-name-as-role", role=clean(text[role.start:role.end]), role_span=role)
    bare = _NAME_ROLE_GAP.match(text, found[1]) if found and found[1] == found[0].end else None
    role = role_at(text, bare.end(), lex) if bare and text[bare.end():bare.end() + 1].isalpha() else None
    if role is None or not _AFTER_BARE_ROLE.match(text, role.end):
        return None
    return Statement(found[0], "verb-name-role", role=clean(text[role.start:role.end]), role_span=role)


_APPOSITION = re.compile(r",[ \t\n]+([^;:!?()\n]{2,100}?),(?=[ \t\n]+as[ \t\n])")
_SENTENCE_INSIDE = re.compile(r"[.!?][ \t\n]+[A-Z]")


def _past_apposition(text: str, pos: int, lex: Lexicon) -> int:
    """``pos`` past an apposition between the name and "as": a comma, what the person is now (lower-case words or
    a role title first) and a comma ("elected Jane Doe, CEO of Beta Ltd, as president", "appointed John Roe, owner
    of the joinery Roe & Sons, s.r.o., as chair", "named Ana Ruiz, until now project manager, as director");
    ``pos`` itself when none stands there."""
    m = _APPOSITION.match(text, pos)
    if m is None or _SENTENCE_INSIDE.search(m.group(1)):
        return pos
    lead = m.group(1)
    return m.end() if lead[:1].islower() or lex.role_title_re.match(lead) else pos


def role_at(text: str, pos: int, lex: Lexicon) -> Span | None:
    """The role at ``pos``: a role title with up to two lower-case field words before it ("managing director",
    "project manager for exports" → "project manager")."""
    words = list(re.finditer(r"[^\s,.;:()]+", text[pos:pos + 80]))
    for k in range(min(MAX_FIELD_WORDS, len(words)) + 1):
        role = lex.role_title_re.match(text, pos + (words[k].start() if k < len(words) else len(text)))
        if role and (k == 0 or lower_case_role_field([w.group() for w in words[:k]], lex)):
            return Span(pos, role.end())
    return None


def verb_name_as_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``verb-name-as-role``, family "appoints Name as role": an active verb of appointment or election
    (``role_appoint_verbs.txt``: "appoints", "has elected", "named", "welcomes", "proposed"), a full name (person
    titles and emphasis marks before it skipped), perhaps the name's organisation in brackets, "as" (perhaps "its
    new") and a role title with up to two lower-case field words before it ("The board appoints Jane Doe as managing
    director", "members elected John Roe as their new Treasurer", "Acme welcomes Ana Ruiz as project assistant",
    "has appointed Dr. Jane Doe as its new director"). One verb may govern several appointments: "elected Jane Doe
    (Acme) as vice-president and John Roe (Beta Ltd) as treasurer" gives both (the bracket is the name's affiliation:
    role_orgs.py, family name-bracket-org). The passive, name-first form is ``name-elected-role`` (role_change_verbs.txt)."""
    out: list[Statement] = []
    for v in verb_phrases_re(lex.data_dir, "role_appoint_verbs.txt", r"(?<![\w-])", r"[ \t\n]+").finditer(text):
        st = _name_as_role(text, v.end(), lex)
        while st is not None:
            out.append(st)
            nxt = _AND_NEXT.match(text, st.role_span.end)
            st = _name_as_role(text, nxt.end(), lex) if nxt else None
    return out


# after a verb of joining: up to eight words that are not a sentence's end (the organisation joined, a date), "as"
# (an acronym in brackets among them: "moved to the Acme Agency (AA) as adviser")
_JOINED_AS = r"(?![\w-])((?:[ \t\n]+(?!as[ \t\n])(?:[^\s.;:!?()]+|\([A-Z][\w&-]{1,11}\))){0,8}?)" + _AS_ROLE.pattern


_THE_NAME = re.compile(r"(?:the[ \n](?=[*_]{0,2}[A-Z])(?![*_]{0,2}(?:The|A|An)[ \t\n]))?")  # "joined the Acme Cluster": "the" before a name
_AS_THE = re.compile(r"[ \t\n]+as[ \t\n]+the[ \t\n]")
# "Jane Doe, who has joined …", "John Roe, who will act …": a relative clause between the name and its verb
_WHO_BEFORE = re.compile(r",[ \t\n]+who$")


def _name_before_verb(text: str, pos: int, lex: Lexicon) -> Span | None:
    """The full name that ends at ``pos`` (a verb's start), or before ", who" there ("Jane Doe, who joined …")."""
    who = _WHO_BEFORE.search(text, max(0, pos - 24), pos)
    return name_ending_at(text, who.start() if who else pos, lex)


def name_joined_as_role_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``name-joined-as-role``, family "Name joined Org as role": a full name, a verb of joining a team
    (``role_join_verbs.txt``), up to eight words (the organisation or team joined, a date) and "as" with a role
    title, up to two lower-case field words before it ("Jane Doe joined Acme on 3 May as project manager", "John
    Roe joins the secretariat as communications officer", "Our team has grown: Ana Ruiz has joined as export
    adviser", "Jane Doe, who joined the team in May as press officer"). A capitalised name right after the verb (perhaps
    after "the") is the organisation ("joined Acme Cluster", "joined the Acme Cluster"); "the team", "us" name none (role_orgs.py may find the document's own).

    Rule ``name-tenure-as-role``, family "Name held, starts or leaves an office as role": the same shape after a verb
    of holding, starting or leaving an office (``role_tenure_verbs.txt``: "served", "has led", "stepped down", "starts",
    "will act", "leaves"; "as" not followed by "the", which as often opens a clause): "Jane Doe stepped down as
    managing director of Acme", "John Roe, who has led the network as chair since 2020, retires", "Ana Ruiz starts as
    community manager in May", "Jon Roe will stay on the board as an adviser". Whatever comes between the verb and
    "as" is no organisation of the role (role_orgs.py reads the one after the role)."""
    out: list[Statement] = []
    for v, name, role, through in _verb_then_as_role(text, lex, "role_join_verbs.txt", apposed=True):
        lead = v.start(1) + len(v.group(1)) - len(v.group(1).lstrip())
        lead = EMPHASIS.match(text, _THE_NAME.match(text, lead).end()).end()  # "has joined (the) **Acme Ltd** as CTO"
        org = cap_run_at(text, lead, list_heads=lex.org_suffixes, single_line=True) if v.group(1).strip() else None
        org = org if org is not None and org.end <= v.end(1) and not re.search(r"\d", text[org.start:org.end]) else None
        rule = "name-apposed-joined-as-role" if through else "name-joined-as-role"
        out.append(Statement(name, rule, role=clean(text[role.start:role.end]), role_span=role, org=org))
    for v, name, role, _ in _verb_then_as_role(text, lex, "role_tenure_verbs.txt"):
        if not _AS_THE.match(text, v.end(1)):  # "Jane Doe left early, as the chair had asked": a clause's "as the"
            out.append(Statement(name, "name-tenure-as-role", role=clean(text[role.start:role.end]), role_span=role))
    return out


def _verb_then_as_role(text: str, lex: Lexicon, file: str, apposed: bool = False):
    """(the verb's match, the name before it, the role after "as", whether the name stands before an apposition) for each verb of ``data/<file>`` with a full name
    before it (:func:`_name_before_verb`; with ``apposed``, perhaps before an apposition: rule
    ``name-apposed-joined-as-role``, "Jane Doe, previously head of sales at Acme, has joined Beta Ltd as CTO") and a
    role title after its "as"."""
    for v in verb_phrases_re(lex.data_dir, file, r"[ \t\n]+", _JOINED_AS).finditer(text):
        name, through = _name_before_verb(text, v.start(), lex), False
        if name is None and apposed and (found := name_before_apposition(text, v.start(), lex)) is not None:
            name, through = found[0], True
        role = role_at(text, v.end(), lex) if name else None
        if role:
            yield v, name, role, through
