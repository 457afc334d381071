"""Family ``org-next-line`` of :mod:`pipeline.extract.role_orgs`: the organisation on the line under a role that
ends its line, in a signature, a press contact or a contact card.

Such blocks give the name, the role and the organisation a line each, or the name and the role on one line and the
organisation under them, with no word joining them: "Best regards,\\nJane Doe\\nEvents Officer\\nAcme Cluster\\nMain
Street 1", "Jane Doe, project manager\\nAcme Systems GmbH, Graz", "Jane Doe | Deputy manager\\nAcme Food Network (AFN) |
Lund". A role that ends its line, stated after a name that opens that line or stands alone on the line above it
(person titles and a short label such as "Contact:" may come first), is held in the organisation mention that opens
the next line and ends its field there (what ``closes`` accepts: a comma, a bracket, a bar, a dash, the line's end).
"""
from __future__ import annotations

import re
from typing import Callable

from pipeline.extract.shapes import Span
from pipeline.records import OrgMention

_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
# before the name on its line: a list mark, a short label ("Contact:", "Press contact:"), person titles ("Dr.", "Mag.",
# "Prof. Dr.-Ing.")
_NAME_LEAD = re.compile(r"[ \t]*(?:[-–—•*]|\d{1,2}[.)])?[ \t]*(?:[^\n:.,;]{1,30}:[ \t]*)?(?:[A-Z][\w.-]*\.[ \t]*)*")
_NAME_ALONE = re.compile(r"[ \t,]*(?:\([^()\n]{0,40}\))?[ \t,]*")  # the rest of a name's own line: perhaps a bracket
_NAME_ROLE_GAP = re.compile(r"[ \t]*(?:[,|·]|[–—]|-(?=[ \t]))[ \t]*")  # "Jane Doe, CEO", "Jane Doe | CEO", "Jane Doe – CEO"


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def org_on_next_line(text: str, person: Span, role: Span, starting_at: Callable[[int], OrgMention | None],
                     closes: Callable[[OrgMention], bool]) -> OrgMention | None:
    """Family ``org-next-line`` (see the module doc): ``starting_at`` gives the organisation mention that starts at a
    position, ``closes`` whether what follows a mention ends its field."""
    if role.start < person.end:
        return None
    gap = _LINE_BREAK.match(text, role.end)
    if gap is None:
        return None
    role_line, name_line = _line_start(text, role.start), _line_start(text, person.start)
    if name_line == role_line:
        if not _NAME_ROLE_GAP.fullmatch(text, person.end, role.start):
            return None
    elif (name_line != _line_start(text, role_line - 1) or text[role_line:role.start].strip()
          or not _NAME_ALONE.fullmatch(text, person.end, role_line - 1)):
        return None
    if not _NAME_LEAD.fullmatch(text, name_line, person.start):
        return None
    org = starting_at(gap.end())
    return org if org is not None and closes(org) else None
