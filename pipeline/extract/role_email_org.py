"""Family ``org-of-email`` of :mod:`pipeline.extract.role_orgs`: the organisation a contact's e-mail address names.

Contact lines, signatures and press contacts give a person, often a role, and an e-mail address, but not the
organisation in words: "Contact: Jane Doe, events manager, events@acme.example", "Press contact: John Roe –
press@acme-cluster.example", "Jane Doe, project officer<br>jane.doe@acmecluster.example". The address's domain
names the organisation: its first label, folded ("acme-cluster" → "acmecluster"), or the label's first part before a
hyphen ("acme-tamega" → "acme"), is the acronym or the whole name of an organisation the document mentions
("ACME", "Acme Cluster"), or opens its name when it is at least six letters long ("acmecluster" for "Acme Cluster
e.V."). The address must follow the name on its line or the next one, or, in a contact card (a staff directory's
entry: the name, the role, lines on the person's work, then the address), open a line of the name's block before a blank
line, with no other person named between; the organisation the document states in words ("Jane Doe, Acme Ltd, jane@acme.example") always comes first, so the
address is read only where no other family found one.
"""
from __future__ import annotations

import re

from pipeline.extract.shapes import Span
from pipeline.normalise import fold
from pipeline.records import OrgMention

_EMAIL = re.compile(r"[\w.+-]+@([\w-]+)\.[\w.-]*\w")
_REACH = 200  # characters after the name in which its address may stand
_CARD_REACH = 500  # characters after the name in which a card's address line may stand
# an address that opens its line, perhaps after a label ("E-mail: ", "✉ ")
_ADDRESS_LINE = re.compile(r"\n[ \t]*(?:[^\W\d_][\w-]{0,8}[ \t]*:[ \t]*|[^\w\s][ \t]*)?(?=[\w.+-]+@)")
_MIN_PREFIX = 6  # a domain label this long may be the opening of the organisation's name


def _key(s: str) -> str:
    return fold(s).replace(" ", "").replace("'", "")


def _address_after(text: str, person: Span, people_starts: list[int]) -> re.Match[str] | None:
    """The first e-mail address on the name's line or the next one (no blank line between), with no other person
    named between the name and the address."""
    end = min(len(text), person.end + _REACH)
    blank = text.find("\n\n", person.end, end)
    if blank != -1:
        end = blank
    first_break = text.find("\n", person.end, end)
    if first_break != -1:
        second = text.find("\n", first_break + 1, end)
        end = second if second != -1 else end
    m = _EMAIL.search(text, person.end, end) or _card_address(text, person.end)
    if m is None or any(person.end < s < m.start() for s in people_starts):
        return None
    return m


def _card_address(text: str, pos: int) -> re.Match[str] | None:
    """The first address that opens a line after ``pos`` in the same block (no blank line between): a contact card's."""
    end = min(len(text), pos + _CARD_REACH)
    blank = text.find("\n\n", pos, end)
    line = _ADDRESS_LINE.search(text, pos, blank if blank != -1 else end)
    return _EMAIL.match(text, line.end()) if line is not None else None


def email_org(text: str, person: Span, orgs: list[OrgMention], people_starts: list[int]) -> OrgMention | None:
    """Family ``org-of-email`` (see the module doc): the mention nearest the name of the organisation its e-mail
    address's domain names."""
    m = _address_after(text, person, people_starts)
    if m is None:
        return None
    return min(domain_orgs(m.group(1), orgs), key=lambda o: abs(o.start - person.start), default=None)


def domain_orgs(label: str, orgs: list[OrgMention]) -> list[OrgMention]:
    """The mentions of the organisations an e-mail domain's first label names (see the module doc): "acme-cluster"
    names "Acme Cluster", "ACME" and "Acme Cluster e.V."."""
    label = label.lower()
    whole, first = _key(label), _key(label.split("-")[0])
    hits = []
    for o in orgs:
        names = {_key(o.name), _key(o.text)} | ({_key(o.acronym)} if o.acronym else set())
        names.discard("")
        if whole in names or (len(first) >= 3 and first in names) or (len(whole) >= _MIN_PREFIX and any(n.startswith(whole) for n in names)):
            hits.append(o)
    return hits
