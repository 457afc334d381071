"""Family ``own-team-list`` of :mod:`pipeline.extract.role_orgs`: a list of the document's own staff after a lead-in.

A newsletter or annual report of an organisation lists its staff after a sentence that names them its team and ends
with a colon: "In 2033 the management team consisted of:\\n- Jane Doe, Deputy Director\\n- John Roe, Innovation
Manager", "The Acme team now counts seven people:\\n👉 Jane Doe – Communications", "Two colleagues have joined the team
in Graz:\\n* Jane Doe is our new Project Manager …". A person on the list (the lines right under the lead-in, a list's
wrapped lines too, up to a blank line; one blank line may follow the lead-in) stated with a role and no organisation of
their own works for the document's own organisation. The lead-in says "the", "our" or a capitalised name before
"team", perhaps with a word of ``data/role_own_team_lead_ins.txt`` between ("the management team"); not "project
team" or "teams".
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation

_LIST_REACH = 12  # lines from the lead-in to the person's: one list, not the rest of the page


@lru_cache(maxsize=4)
def _lead_in_re(data_dir: Path | None) -> re.Pattern[str]:
    words = data_lines(data_dir / "role_own_team_lead_ins.txt") if data_dir else ()
    qualifier = r"(?:(?i:" + phrase_alternation(words, r"[ \t]+") + r")[ \t]+)?" if words else ""
    return re.compile(r"(?:(?<![\w-])(?i:the|our)|(?<![\w-])[A-Z][\w&-]*)[ \t]+" + qualifier + r"(?i:team)(?![\w-])[^\n:]*:[ \t]*$")


def under_team_lead_in(text: str, pos: int, data_dir: Path | None) -> bool:
    """The name at ``pos`` is on a list of the own staff right under a team lead-in (see the module doc)."""
    lead_in = _lead_in_re(data_dir)
    end = text.rfind("\n", 0, pos)
    blank = False
    for _ in range(_LIST_REACH):
        if end < 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if lead_in.search(line):
            return True
        if not line.strip():
            if blank:
                return False
            blank = True  # (a blank line ends the list, but for one right under the lead-in)
        elif blank:
            return False
        end = start - 1
    return False
