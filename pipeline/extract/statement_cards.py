"""Rule family "name-over-role card" of rule ``line:name-over-role`` (statement_lines.py): a team page's or speaker
list's card whose name and role lines are paragraphs of their own, as HTML ingest writes each element of a card
("Jane Doe\n\nproject manager\n\nJane runs the …"). The role line is the whole line ("head of European projects",
"deputy director, Toulouse office") unless an organisation word ends it ("Director, Acme Cluster"). A card ends with
prose, nothing or the next card's name; a short line of another kind after the role line is a table's next cell
("Chair\n\n06/2031"), which the table rules read."""
from __future__ import annotations

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span, clean, person_name_at
from pipeline.extract.statement_parts import Statement, org_word, role_segment

_CARD_ROLE_WORDS = 8


def _card_role_line(lines: list[str], i: int) -> bool:
    """Rule family "name-over-role card" (a team page's or speaker list's card, each element its own paragraph as
    HTML ingest writes it: "Jane Doe\n\nproject manager\n\nJane runs the …"): the name line ``i`` and the short line
    two below it are paragraphs of their own, a blank line between them."""
    def blank(k: int) -> bool:
        return k < 0 or k >= len(lines) or not lines[k].strip()
    return (blank(i - 1) and blank(i + 1) and not blank(i + 2) and blank(i + 3)
            and len(lines[i + 2].split()) <= _CARD_ROLE_WORDS)


def _card_ends(text: str, lines: list[str], offsets: list[int], k: int, lex: Lexicon) -> bool:
    """What follows a card's role line (line ``k``, after a blank line) ends the card: nothing, a prose paragraph, or the
    next card's name line; a short line of another kind is a table's next cell ("Chair\n\n06/2031": a mandate column),
    which the table rules read."""
    words = lines[k].split() if k < len(lines) else []
    if not words or len(words) > _CARD_ROLE_WORDS or (len(words) >= 4 and lines[k].rstrip().endswith((".", "!", "?"))):
        return True  # (a sentence, however short, is prose: "Marta joined us in 2029.")
    start = offsets[k] + len(lines[k]) - len(lines[k].lstrip())
    name = person_name_at(text, start, lex)
    return name is not None and not text[name.end:offsets[k] + len(lines[k])].strip()


def card_statement(text: str, lines: list[str], offsets: list[int], i: int, span: Span, lex: Lexicon) -> Statement | None:
    """The card statement of the name ``span`` alone on line ``i`` (see the module doc), or None."""
    if not (_card_role_line(lines, i) and _card_ends(text, lines, offsets, i + 4, lex)) or org_word(clean(text[span.start:span.end]), lex):
        return None
    rstart = offsets[i + 2] + len(lines[i + 2]) - len(lines[i + 2].lstrip())
    rend = offsets[i + 2] + len(lines[i + 2].rstrip(" \t.;"))
    parsed = role_segment(text, rstart, rend, lex)
    if parsed and (parsed[2] is None or not org_word(clean(text[parsed[2].start:parsed[2].end]), lex)):
        parsed = (clean(text[rstart:rend]), Span(rstart, rend), None)  # "head of European projects": the line
    if not parsed:
        return None
    return Statement(span, "line:name-over-role", role=parsed[0], role_span=parsed[1], org=parsed[2])
