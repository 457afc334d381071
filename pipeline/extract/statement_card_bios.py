"""Rule family "name over a card's biography" of rule ``line:name-over-bio``: a speaker list's or board page's card
laid out in a narrow column, as the PDF reader gives it: the name is a paragraph of its own (a larger or bold line),
and the paragraph under it opens with the role and the organisation, wrapped over one to three lines, and goes on with
the person's biography or talk ("Jane Doe\n\nHead of Sourcing, Acme Flavours SA\nTalks about sourcing vanilla.",
"Jane Doe\n\nPolicy Officer,\nEuropean Commission\nKeynote on …", "Jane Doe\n\nDirector, Institute of Applied\nOptics
Research\nJane leads …", "Jane Doe\n\nChief Financial Officer of Acme ASA, Bergen, a feed\nproducer …").

The role is the part before the first comma when it holds a role title in a few words; the organisation is read from
what follows the comma (or from the role's own "of"/"at" organisation, "Chief Financial Officer of Acme ASA,"): its
lines run while they are name-shaped (capitalised words, connectors, acronyms: a wrapped name, "Parfum de Grasse"),
up to the end of a sentence, a semicolon or a note in brackets; a place after it ("Acme SA, Lyon"), prose or the next
role ("and Site Director,") ends it. A heading or a topic line over the paragraph holds no role title and states
nothing; a paragraph whose first line is a whole sentence is prose."""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.org_brands import names_an_org
from pipeline.extract.shapes import Span, clean
from pipeline.extract.statement_org_lines import name_joiners, name_word, signature_orgs
from pipeline.extract.statement_parts import Statement, org_word, role_segment

_ROLE_PART_WORDS = 6
_ROLE_LINE_WORDS = 8  # a role line of its own, ending in the comma
_FIRST_LINE_WORDS = 16
_ORG_LINES = 3
# where the organisation's lines end: a sentence end (not an abbreviation's dot, "S.r.l.", "Sp. z o.o."), a semicolon
# ("President, Acme Cluster; Chief Executive Officer, …"), a lower-case note in brackets ("Acme SA (moderator)")
_ORG_END = re.compile(r"(?<![A-Z])(?<!\.[a-z])(?<!\.[A-Z])\.(?=[ \t]+[A-Z]|[ \t]*$|[ \t]*\n)|;|[ \t]*\((?=[a-z])")


# a card's town line under its organisation, the biography going on after it ("Lyon. Talks about …")
_PLACE_THEN_PROSE = re.compile(r"[ \t]*[^\s,.]+(?:[ \t][^\s,.]+)?\.[ \t]+[A-Z]")


def _blank(lines: list[str], k: int) -> bool:
    return k < 0 or k >= len(lines) or not lines[k].strip()


def _name_line(line: str, lex: Lexicon) -> bool:
    """A wrapped line of an organisation's name: capitalised words, connectors, joiners, legal forms, acronyms and
    commas only, no role title ("Parfum de Grasse", "du Verre d'Alsace", "GmbH (moderator)"; not "and Site Director,",
    not a town line with the biography after it, "Lyon. Talks about …")."""
    if _PLACE_THEN_PROSE.match(line):
        return False  # "Lyon. Talks about …": the town under the organisation, then the biography
    line = re.sub(r"[ \t]*\([a-z][^()]*\)[ \t.]*$", "", line)  # "GmbH (moderator)"
    words = re.sub(r"[(),;]", " ", line).split()
    joiners = name_joiners(lex)
    return (bool(words) and not lex.role_title_re.search(line)
            and all(name_word(w, joiners) or lex.legal_forms.fullmatch(" " + w) for w in words))


def _org_lines_end(text: str, lines: list[str], offsets: list[int], j: int, start: int, lex: Lexicon) -> int:
    """End of the organisation's lines that start at ``start`` on line ``j``: the line, and the next lines while the
    text so far does not end in a comma and they are name-shaped; cut at a sentence end, a semicolon or a note."""
    end = offsets[j] + len(lines[j].rstrip())
    k = j + 1
    while (k < len(lines) and k <= j + _ORG_LINES and not _blank(lines, k) and not text[start:end].endswith(",")
           and _name_line(lines[k], lex)):
        end = offsets[k] + len(lines[k].rstrip())
        k += 1
    cut = _ORG_END.search(text, start, end)
    return cut.start() if cut else end


def bio_card_statement(text: str, lines: list[str], offsets: list[int], i: int, span: Span,
                       lex: Lexicon) -> Statement | None:
    """The statement of the name ``span`` alone on line ``i`` over a biography paragraph (see the module doc)."""
    if not (_blank(lines, i - 1) and _blank(lines, i + 1) and not _blank(lines, i + 2) and not _blank(lines, i + 3)):
        return None
    first = lines[i + 2]
    fstart = offsets[i + 2] + len(first) - len(first.lstrip())
    fend = offsets[i + 2] + len(first.rstrip())
    comma = text.find(",", fstart, fend)
    part_words = _ROLE_LINE_WORDS if not text[comma + 1:fend].strip() else _ROLE_PART_WORDS  # "Head of Regional Office X,"
    if (comma == -1 or len(first.split()) > _FIRST_LINE_WORDS or len(text[fstart:comma].split()) > part_words
            or org_word(clean(text[span.start:span.end]), lex)):
        return None
    parsed = role_segment(text, fstart, comma, lex)
    if parsed is None:
        return None  # a topic or a heading: no role title
    j = i + 2 if text[comma + 1:fend].strip() else i + 3
    ostart = comma + 1 if j == i + 2 else offsets[j]
    ostart += len(text[ostart:]) - len(text[ostart:].lstrip(" \t"))
    org, units = signature_orgs(text, ostart, _org_lines_end(text, lines, offsets, j, ostart, lex), lex, wrapped=True)
    if org is not None:  # "Head of Process Development,\nAcme Pharma SA": the part before the comma is the role
        return Statement(span, "line:name-over-bio", role=clean(text[fstart:comma]), role_span=Span(fstart, comma),
                         org=org, units=units)
    role, rspan, org = parsed
    if org is not None and org.end <= comma and names_an_org(clean(text[org.start:org.end]), lex):
        return Statement(span, "line:name-over-bio", role=role, role_span=rspan, org=org)  # "CFO of Acme ASA, Bergen, …"
    return Statement(span, "line:name-over-bio", role=clean(text[fstart:comma]), role_span=Span(fstart, comma))
