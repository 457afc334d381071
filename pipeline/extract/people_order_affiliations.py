"""Family ``name-bracket-org`` for the people :mod:`people_name_orders` adds after the role stage: a name written
family name first ("Szabó Levente (Acme Kft.) javasolta …", "Tóth Bálint (Acme Zrt.), Kiss Anna (Beta Bt.)") or in
Greek or Cyrillic script, followed by an organisation mention in brackets, is that person's affiliation (rule
``role:name-bracket-org``, no role), as :mod:`role_orgs` reads it for the names found before it. Those names come
after the role stage, so its bracket family never saw them."""
from __future__ import annotations

import re

from pipeline.records import OrgMention, PersonMention, RoleMention

_BRACKET = re.compile(r"[ \t]*\n?[ \t]*\([ \t]*")  # (a line may break before the bracket)
_CLOSE = re.compile(r"[ \t]*(?:[,;)]|[–—]|-[ \t])")  # the bracket closes, or a list or dash follows the name


def bracket_affiliations(doc_id: str, text: str, people: list[PersonMention], orgs: tuple[OrgMention, ...],
                         roles: tuple[RoleMention, ...]) -> list[RoleMention]:
    """An affiliation row for each of ``people`` whose name an organisation mention follows in brackets, unless a row
    of ``roles`` already ties the person to that organisation (a statement of the role stage that read the name)."""
    starts = {o.start: o for o in orgs}
    tied = {(r.person, r.organisation) for r in roles}
    out = []
    for p in people:
        bracket = _BRACKET.match(text, p.end)
        org = starts.get(bracket.end()) if bracket else None
        if org is not None and _CLOSE.match(text, org.end) and (p.name, org.name) not in tied:
            out.append(RoleMention(doc_id, p.start, org.end, text[p.start:org.end], p.name, "", "role:name-bracket-org", org.name))
    return out
