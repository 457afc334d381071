"""Family ``org-subject-of-move`` (role_orgs.py): the organisation that takes a newcomer is the subject of the
sentence that names the move, before its verb, for a move rule that found no organisation after the role:
"Acme Ltd has appointed Jane Doe as CEO" (rule verb-name-as-role), "Acme Ltd (Graz) appointed John Roe as CTO",
"The Acme Association, which runs the test site, has a new chair: Ana Ruiz" (rule org-has-new-role), and "At Acme
Ltd, Jon Roe takes over as head of sales" (the organisation opens the sentence after "At" or "In": rules
name-elected-role, name-joined-as-role).

Family ``own-team-joined``: a newcomer who joins "us", "the team" or the organisation's own office ("the cluster
office", "the secretariat": ``role_own_team_labels.txt``), or who "joined on 3 May as …" with nothing named between,
joins the document's own organisation ("Jane Doe, who joins us on 7 April as events manager", "John Roe has joined
the cluster office as project manager")."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.statement_parts import Statement
from pipeline.records import OrgMention

_REACH = 250
# what may stand between the subject organisation and its verb: emphasis, a bracket ("(Szczecin)", "(AA)"), a
# relative clause between commas (", which supplies radiators to small satellites,"), an adverb ("unanimously")
_BETWEEN = re.compile(r"[*_]{0,2}(?:[ \t]*\([^()\n]{1,60}\))?(?:,[ \t\n]+which[ \t\n][^,;.]{1,200},)?(?:[ \t\n]+[a-z]+ly)?[ \t\n]+$")
_HAS_NEW_BEFORE = re.compile(r"(?:has|have|has[ \t\n]+got|gets)[ \t\n]+(?:a|an)[ \t\n]+new[ \t\n]+$")
# "At Acme Ltd, " opening a sentence, a line or a list item, right before the name (perhaps a person title)
_AT_ORG_BEFORE = re.compile(r"(?:^|[\n.!?:])[ \t]*(?:[-•*][ \t]+)?[*_]{0,2}(?:At|In)[ \t]+(?:the[ \t]+)?[*_]{0,2}$")
_COMMA_BEFORE_NAME = re.compile(r"[*_]{0,2},[ \t]+[*_]{0,2}(?:(?:Dr|Prof|Mr|Ms|Mrs|Ing)\.?[ \t]+)?[*_]{0,2}$")
_APPOINTING = frozenset({"verb-name-as-role", "verb-name-role", "org-has-new-role"})
_TAKING = frozenset({"name-elected-role", "name-joined-as-role", "name-apposed-elected-role", "name-apposed-joined-as-role"})


@lru_cache(maxsize=4)
def _appoint_before_re(data_dir: Path | None) -> re.Pattern[str]:
    """A verb of appointment of ``role_appoint_verbs.txt`` right before a name (person titles, emphasis between)."""
    verbs = data_lines(data_dir / "role_appoint_verbs.txt") if data_dir else ()
    return re.compile(r"(?<![\w-])(?i:" + phrase_alternation(verbs, r"[ \t\n]+") + r")[ \t\n]+[*_]{0,2}"
                      r"(?:(?:Dr|Prof|Mr|Ms|Mrs|Ing)\.?[ \t]+)?[*_]{0,2}$")


def move_org(text: str, st: Statement, ending_at: Callable[[int], OrgMention | None], data_dir: Path | None,
             own: OrgMention | None) -> tuple[OrgMention | None, str]:
    """(the organisation of the move ``st`` states, its family): ``org-subject-of-move`` or ``own-team-joined``."""
    subject = subject_of_move(text, st, ending_at, data_dir)
    if subject is not None or own is None or st.role_span is None or st.rule not in _JOINING:
        return subject, "org-subject-of-move"
    between = text[st.person.end:st.role_span.start]
    return (own if _joins_own_re(data_dir).match(between) else None), "own-team-joined"


_JOINING = frozenset({"name-joined-as-role", "name-apposed-joined-as-role"})
# what may follow the joining verb besides the own team: a date ("on 3 January", "in May", "from 1 April 2031")
_DATE_WORDS = r"(?:[ \t\n]+(?:on|in|from|since)(?:[ \t\n]+[\w]+){1,3})?"


@lru_cache(maxsize=4)
def _joins_own_re(data_dir: Path | None) -> re.Pattern[str]:
    """The words between a name and its role in "<Name>, who joins us on 7 April as …", "<Name> has joined the
    cluster office as …", "<Name> joined on 3 May as …": the verb, "us" / "the team" / an own-team label or nothing,
    a date, "as"."""
    labels = data_lines(data_dir / "role_own_team_labels.txt") if data_dir else ()
    verbs = data_lines(data_dir / "role_join_verbs.txt") if data_dir else ()
    own = r"(?:[ \t\n]+(?:us|(?:the|our)[ \t\n]+(?:" + phrase_alternation(labels, r"[ \t\n]+") + r")))?"
    return re.compile(r"[*_]{0,2}(?:,[ \t\n]+who)?[ \t\n]+(?i:" + phrase_alternation(verbs, r"[ \t\n]+") + r")" + own + _DATE_WORDS
                      + r",?[ \t\n]+as[ \t\n]+(?:(?:its|their|our|the|an|a)[ \t\n]+)?(?:(?:new|first|next|interim|acting)[ \t\n]+)?$")


def subject_of_move(text: str, st: Statement, ending_at: Callable[[int], OrgMention | None],
                    data_dir: Path | None) -> OrgMention | None:
    """The organisation mention that is the subject of the move ``st`` states, or None."""
    floor = max(0, st.person.start - _REACH)
    if st.rule in _APPOINTING:
        if st.rule == "org-has-new-role" and st.role_span is not None:
            verb = _HAS_NEW_BEFORE.search(text, max(0, st.role_span.start - 20), st.role_span.start)
        else:
            verb = _appoint_before_re(data_dir).search(text, max(0, st.person.start - 60), st.person.start)
        between = _BETWEEN.search(text, floor, verb.start()) if verb else None
        return ending_at(between.start()) if between else None
    if st.rule in _TAKING:
        comma = _COMMA_BEFORE_NAME.search(text, max(0, st.person.start - 20), st.person.start)
        org = ending_at(comma.start()) if comma else None
        if org is not None and _AT_ORG_BEFORE.search(text, max(0, org.start - 20), org.start):
            return org
    return None
