"""Rule family "name-over-role card" of rule ``line:name-over-role`` (statement_lines.py): a team page's or speaker
list's card whose name and role lines are paragraphs of their own, as HTML ingest writes each element of a card
("Jane Doe\n\nproject manager\n\nJane runs the …"). The role line is the whole line ("head of European projects",
"deputy director, Toulouse office") unless an organisation word ends it ("Director, Acme Cluster"). A card ends with
prose, nothing or the next card's name; a short line of another kind after the role line is a table's next cell
("Chair\n\n06/2031") inside a table under a header run ("Name\n\nOrganisation\n\nFunction"), which the table rules
read, and ends the card elsewhere (a section heading, "Closing keynote", "Advisory board"; a contact line,
"jdoe@acme.example").

Rule family "card with organisation lines" (same rule): a card whose name is set apart (a PDF speaker card, bold
name over its details) and whose role line has one or two organisation lines under it in the same paragraph
("Jane Doe\n\nHead of Sourcing\nAcme Foods SA, Lyon\n\n…"): the role is the role line as above, the organisation
is read from the lines under it as in a signature (:func:`statement_org_lines.signature_orgs`)."""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span, cap_run_at, clean, person_name_at
from pipeline.extract.statement_org_lines import signature_orgs
from pipeline.extract.statement_parts import Statement, org_word, role_segment
from pipeline.extract.table_cells import under_table_header

_CARD_ROLE_WORDS = 8
# a role line with its organisation after a comma ("Head of Agri-Food Innovation, Bulgarian Small and Medium
# Enterprises Promotion Agency (BSMEPA)") may be longer; its role part opens it
_CARD_ROLE_ORG_WORDS = 16
_CARD_ROLE_PART_WORDS = 6
# organisation lines under a card's role line, in its paragraph ("Acme Foods SA" / "Lyon, France")
_CARD_ORG_LINES = 2
# a line of prose, no organisation line: a sentence ends in it or at its end ("Odense. Moderator of the panel.",
# "Smart welding for small series."), or it runs on a sentence in lower case ("operator on the coast")
_SENTENCE_BREAK = re.compile(r"[a-z]\.[ \t]+[A-Z][a-z]|\b(?:[a-z]{3,}|\d+)\.[ \t]*$|^[ \t]*[a-z]")


# Family "card with contact lines": a line of a card's details under its role and organisation lines, by its shape: a
# label and its colon ("Ask about: Board, strategy", "Tel.: +371 …", "E-mail: …"), an e-mail address, a web address or
# a phone number. Such a line and every line after it in the paragraph are the card's details, no organisation line.
_DETAIL_LINE = re.compile(r"[ \t]*(?:[^\W\d_][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,2}[ \t]*:(?:[ \t]|$)|\S*@\S+\.\w|(?:https?://|www\.)"
                          r"|\+?\(?\d[\d \t().\/-]{6,}\d[ \t]*$)")


def card_detail_lines(lines: list[str], k: int) -> int:
    """The number of a card's detail lines from line ``k`` to the paragraph's end (see :data:`_DETAIL_LINE`), 0 when
    line ``k`` is no detail line."""
    if k >= len(lines) or not _DETAIL_LINE.match(lines[k]):
        return 0
    n = 0
    while k + n < len(lines) and lines[k + n].strip():
        n += 1
    return n


def _card_org_lines(lines: list[str], i: int) -> int | None:
    """Rule family "name-over-role card" (a team page's or speaker list's card, each element its own paragraph as
    HTML ingest writes it: "Jane Doe\n\nproject manager\n\nJane runs the …"): the name line ``i`` and the short line
    two below it are paragraphs of their own, a blank line between them; the role line's paragraph may hold up to
    :data:`_CARD_ORG_LINES` short organisation lines under it ("Head of Sourcing\nAcme Foods SA"). The number of those
    lines, or None when the lines are no card."""
    def blank(k: int) -> bool:
        return k < 0 or k >= len(lines) or not lines[k].strip()
    if not (blank(i - 1) and blank(i + 1) and not blank(i + 2)):
        return None
    extra = 0
    while not blank(i + 3 + extra):
        if extra and card_detail_lines(lines, i + 3 + extra):
            break  # "Export manager\nAcme Cluster\nAsk about: trade fairs, …": the card's contact lines
        line = lines[i + 3 + extra]
        if extra == _CARD_ORG_LINES or len(line.split()) > _CARD_ROLE_WORDS or _SENTENCE_BREAK.search(line):
            return None  # (a biography under the role: statement_card_bios.py)
        extra += 1
    words = lines[i + 2].split()
    fits = len(words) <= _CARD_ROLE_WORDS or (len(words) <= _CARD_ROLE_ORG_WORDS
                                              and "," in " ".join(words[:_CARD_ROLE_PART_WORDS]))
    return extra if fits else None


def _card_ends(text: str, lines: list[str], offsets: list[int], k: int, lex: Lexicon) -> bool:
    """What follows a card's role line (line ``k``, after a blank line) ends the card: nothing, a prose paragraph, the
    next card's name line, or, outside a table, a short line of another kind (a section heading, "Closing keynote"; an
    e-mail line); under a table's header run a short line is the table's next cell ("Chair\n\n06/2031": a mandate
    column), which the table rules read."""
    words = lines[k].split() if k < len(lines) else []
    if not words or len(words) > _CARD_ROLE_WORDS or (len(words) >= 4 and lines[k].rstrip().endswith((".", "!", "?"))):
        return True  # (a sentence, however short, is prose: "Marta joined us in 2029.")
    start = offsets[k] + len(lines[k]) - len(lines[k].lstrip())
    name = person_name_at(text, start, lex)
    if name is not None and not text[name.end:offsets[k] + len(lines[k])].strip():
        return True
    return not under_table_header(text, offsets[k - 4], lex.data_dir)


def role_before_comma(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, Span, Span | None] | None:
    """Rule family "long role-and-organisation line" (a name-over-role block's or card's role line longer than a bare
    role: "Head of Marine Technology, Estonian Maritime Academy of the Tallinn University of Technology"): the role is
    the part before the first comma when it holds a role title in a few words; the organisation is the part after the
    comma when the whole of it names one ("President, Acme Textile and Clothing Cluster of the North")."""
    comma = text.find(",", start, end)
    if comma == -1 or len(text[start:comma].split()) > _CARD_ROLE_PART_WORDS:
        return None
    parsed = role_segment(text, start, comma, lex)
    if parsed is None or (parsed[2] is not None and parsed[2].end <= comma and org_word(clean(text[parsed[2].start:parsed[2].end]), lex)):
        return parsed
    parsed = (clean(text[start:comma]), Span(start, comma), None)  # "Head of Marine Technology": the part is the role
    k = comma + 1 + len(text[comma + 1:end]) - len(text[comma + 1:end].lstrip())
    run = cap_run_at(text, k, list_heads=lex.org_suffixes, single_line=True)
    if run and not text[run.end:end].strip(" \t.;") and org_word(clean(text[run.start:run.end]), lex):
        return parsed[0], parsed[1], run
    return parsed


def card_statement(text: str, lines: list[str], offsets: list[int], i: int, span: Span, lex: Lexicon) -> Statement | None:
    """The card statement of the name ``span`` alone on line ``i`` (see the module doc), or None."""
    extra = _card_org_lines(lines, i)
    details = card_detail_lines(lines, i + 3 + extra) if extra is not None else 0
    if extra is None or not _card_ends(text, lines, offsets, i + 4 + extra + details, lex) or org_word(clean(text[span.start:span.end]), lex):
        return None
    rstart = offsets[i + 2] + len(lines[i + 2]) - len(lines[i + 2].lstrip())
    rend = offsets[i + 2] + len(lines[i + 2].rstrip(" \t.;"))
    if len(lines[i + 2].split()) > _CARD_ROLE_WORDS:
        parsed = role_before_comma(text, rstart, rend, lex)  # "Head of Marine Technology, Estonian Maritime Academy …"
    else:
        parsed = role_segment(text, rstart, rend, lex)
        if parsed and (parsed[2] is None or not org_word(clean(text[parsed[2].start:parsed[2].end]), lex)):
            parsed = (clean(text[rstart:rend]), Span(rstart, rend), None)  # "head of European projects": the line
    if not parsed:
        return None
    if extra:
        # "Head of Sourcing\nAcme Foods SA": the organisation in the lines under the role line; a unit the role line
        # names ("Director of the Food Process Lab\nAgro Institute Dijon") is part of the role
        org_end = offsets[i + 2 + extra] + len(lines[i + 2 + extra])
        org, units = signature_orgs(text, offsets[i + 3], org_end, lex, card=True)
        if org is not None and parsed[2] is not None and parsed[2].end >= rend - 1 and "," not in text[rstart:rend]:
            parsed = (clean(text[rstart:rend]), Span(rstart, rend), None)
        if parsed[2] is None:
            return Statement(span, "line:name-over-role", role=parsed[0], role_span=parsed[1], org=org, units=units)
    return Statement(span, "line:name-over-role", role=parsed[0], role_span=parsed[1], org=parsed[2])
