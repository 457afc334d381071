"""Rule family "board role, then the post": a board or member list gives each name its office there and then its post
at its own employer, each after a comma ("Jane Doe, Director, Chief Executive, Acme Foods Ltd", "John Roe, Treasurer,
Financial Controller, Beta Fisheries Ltd", "Ana Ruiz, Vocal, Head of Innovation, Gamma Labs"). The apposition
(statement_apposition.apposition) reads the first title and would take the second for the organisation; rule
``"line:name-role-post"`` (and ``"apposition-post"`` in prose) reads the second title with the organisation after it,
and the first title keeps no organisation."""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.shapes import Span, cap_run_at, clean
from pipeline.extract.statement_parts import Statement, org_like, org_word, role_segment

_COMMA = re.compile(r"[ \t]*,[ \t]*")


def post_after_role(text: str, rspan: Span, org: Span | None, lex: Lexicon) -> tuple[str, Span, Span] | None:
    """(post, its span, its organisation) when the segment the apposition took for the organisation of the role at
    ``rspan`` is a role title of its own, with no organisation word, followed by a comma and an organisation's name on
    the same line ("…, Director, | CEO |, Acme Ltd"); None otherwise."""
    if org is None or (sep := _COMMA.match(text, rspan.end)) is None or sep.end() != org.start:
        return None
    line_end = text.find("\n", org.start)
    line_end = len(text) if line_end == -1 else line_end
    comma = text.find(",", org.start, line_end)
    if comma == -1 or text[org.end:comma].strip():
        return None
    post = clean(text[org.start:org.end])
    parsed = role_segment(text, org.start, org.end, lex)
    # a title opens the segment ("CEO", in capitals though it is; "Head of Enterprise"), or the segment is a role with
    # no organisation word ("Regional Manager North-West"; "Acme Office" with a title inside is an organisation)
    if not parsed or not (lex.role_title_re.match(text, org.start) or parsed[2] is None and not org_word(post, lex)):
        return None
    run = cap_run_at(text, _COMMA.match(text, comma).end(), list_heads=lex.org_suffixes, single_line=True)
    if run is None or not org_like(clean(text[run.start:run.end]), lex) or lex.role_title_re.match(text, run.start):
        return None
    return post, org, run


def with_post(text: str, st: Statement, lex: Lexicon, rule: str) -> list[Statement]:
    """``st`` (an apposition's statement), or when a post follows its role (:func:`post_after_role`) ``st`` without
    an organisation and the post's statement under ``rule`` with the organisation after it."""
    post = post_after_role(text, st.role_span, st.org, lex) if st.role_span is not None else None
    if post is None:
        return [st]
    role, rspan, org = post
    return [Statement(st.person, st.rule, role=st.role, role_span=st.role_span), Statement(st.person, rule, role=role, role_span=rspan, org=org)]
