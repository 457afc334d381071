"""Statements about people found by cue rules on the text: who is named where, with which title,
role and organisation as the text states them.

Rules: a title before a name ("Ms. Jane Doe", "Commissioner Doe"), a role title before a name
("Platform's Chair Jane Doe"), label lines ("Moderation: Jane Doe"), "Submitted by Jane Doe",
agenda lines ("Jane Doe, Head of Unit, DG GROW"), a name line with a role line (and an
organisation line) under it, appositive roles ("Jane Doe, Director-General of DG RTD, said"),
"Jane Doe (Acme Cluster)", "the Chair of Acme, Jane Doe" / "the Director for X at DG GROW, Jane Doe",
"Commissioner for Industrial Strategy Jane Doe", "Jane Doe has been cluster manager of Acme",
"Acme Cluster, Jane Doe;" list entries, "Jane Doe as Cluster Manager", "Acme Cluster … . Its managing
director, Jane Doe", "our export manager, Jane Doe", "the ACA chairwoman, Jane Doe" (an acronym the text
defines), "the cluster manager, Jane Doe," "appoints Jane Doe as managing director" and "Jane Doe joined Acme as project
manager" (:mod:`statement_apposed`), one plural role for listed names ("the auditors, Jane Doe and John Roe",
:mod:`statement_shared`), "Acme Province, represented by Deputy … Jane Doe", board lists ("Jane Roe (Acme) – re-elected as
President", :mod:`statement_board`), attendance and board list entries that end with the role ("Jane Doe - Acme Cluster,
project manager", :mod:`statement_member_lines`), credit lines ("Photo: Acme / Jane Doe", "Editor: Jane Doe",
:mod:`statement_credits`), headerless seat | name | organisation rows (:mod:`statement_role_rows`), two signatures side by side (:mod:`statement_signatures`) and speaker tables (pipe
tables, or one cell per paragraph as HTML / Markdown ingest writes them, or plain-text columns, :mod:`statement_columns`). People, roles and organisations all read these statements.

This module runs them all (:func:`find_statements`). The rules where the role comes before the name
live in :mod:`statement_role_first` (with the organisation said with the role in :mod:`statement_role_of_org`), those where the name comes first in :mod:`statement_name_first`,
what both read around a name or role title in :mod:`statement_context`, the line-by-line rules in
:mod:`statement_lines` (its name-over-role cards in :mod:`statement_cards`), the tables read by their header in
:mod:`statement_tables`, the shared record and role-phrase parsing in :mod:`statement_parts`.
"""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon
from pipeline.extract.org_list_lines import code_line_breaks
from pipeline.extract.soft_wraps import fold_soft_wraps
from pipeline.extract.statement_row_lines import dash_row_breaks
from pipeline.extract.statement_apposed import the_role_is_name_statements, the_role_name_statements
from pipeline.extract.statement_verb_as import name_joined_as_role_statements, verb_name_as_role_statements
from pipeline.extract.statement_board import board_statements
from pipeline.extract.statement_columns import column_table_statements, table_rows_first
from pipeline.extract.statement_credits import credit_statements
from pipeline.extract.statement_lines import entry_statements, label_block_statements, line_statements
from pipeline.extract.statement_member_lines import member_line_statements
from pipeline.extract.statement_moves import without_former_roles
from pipeline.extract.statement_new_office import after_years_as_role_statements, org_has_new_role_statements, roles_after_former
from pipeline.extract.statement_name_first import (apposition_statements, as_role_statements, copula_role_statements, from_statements,
                                                   paren_statements, role_change_statements)
from pipeline.extract.statement_name_of_org import name_of_org_statements
from pipeline.extract.statement_parts import Statement, lower_case_words
from pipeline.extract.statement_possessive_titles import possessive_title_statements
from pipeline.extract.statement_appoint_languages import appoint_language_statements
from pipeline.extract.statement_signatures import signature_pair_statements, signature_row_statements, without_glued_pairs
from pipeline.extract.statement_shared import foreign_plural_role_statements, read_elsewhere, shared_plural_role_statements, singular_roles
from pipeline.extract.statement_role_first import cue_statements, role_label_statements, title_statements
from pipeline.extract.statement_role_of_org import its_role_statements, role_of_org_statements
from pipeline.extract.statement_role_rows import role_row_statements
from pipeline.extract.statement_tables import cell_table_statements, table_statements
from pipeline.extract.statement_title_after_name import name_then_title_statements
from pipeline.extract.statement_title_org_name import (title_org_name_statements, without_names_read_as_orgs,
                                                      without_org_read_into_names)

__all__ = ["Statement", "find_statements", "lower_case_words"]


_INTERVIEW_WITH = re.compile(r"(?<![\w-])(?:[Ii]nterview(?:ed)?|[Cc]onversation|Q&A)[ \t]+with[ \t]+")


def _our_is_the_interviewee(text: str, found: list[Statement]) -> list[Statement]:
    """In an interview ("An interview with Jane Doe, cluster manager of the Acme Cluster"), "our
    export manager, John Roe" speaks of the interviewee's organisation."""
    if not any(st.rule == "our-role" for st in found):
        return found
    starts = {m.end() for m in _INTERVIEW_WITH.finditer(text)}
    org = next((st.org for st in found if st.person.start in starts and st.org), None)
    if org is None:
        return found
    return [Statement(st.person, st.rule, st.title, st.role, st.role_span, org, st.units) if st.rule == "our-role" else st
            for st in found]


def find_statements(text: str, lex: Lexicon, blocks=()) -> list[Statement]:
    """Every cue-based person finding in a document text. With the document's ``blocks``, the
    in-sentence rules read line breaks inside paragraphs as spaces ("President\nof the Acme Cluster"
    is one phrase); the line rules (signatures, agendas, list entries) keep every line break, since
    segmentation may call a signature block a paragraph."""
    # (the rows of a partner list or of a dash list that segmentation left in a paragraph keep their breaks)
    prose = fold_soft_wraps(text, blocks, code_line_breaks(text, lex.data_dir) | dash_row_breaks(text, blocks)) if blocks else text
    found = (cue_statements(prose, lex) + role_label_statements(text, lex) + title_statements(prose, lex) + title_org_name_statements(prose, lex) + possessive_title_statements(prose, lex)
             + name_then_title_statements(prose, lex)
             + line_statements(text, lex)
             + apposition_statements(prose, lex) + paren_statements(prose, lex) + role_of_org_statements(prose, lex)
             + entry_statements(text, lex) + from_statements(prose, lex) + name_of_org_statements(prose, lex) + its_role_statements(prose, lex)
             + as_role_statements(prose, lex) + copula_role_statements(prose, lex) + role_change_statements(prose, lex) + table_statements(text, lex)
             + cell_table_statements(text, lex) + column_table_statements(text, lex) + role_row_statements(text, lex)
             + label_block_statements(text, lex) + board_statements(text, lex)
             + member_line_statements(text, lex)
             + the_role_name_statements(prose, lex) + the_role_is_name_statements(prose, lex) + verb_name_as_role_statements(prose, lex) + name_joined_as_role_statements(prose, lex)
             + org_has_new_role_statements(prose, lex) + after_years_as_role_statements(prose, lex) + credit_statements(text, lex)
             + signature_row_statements(text, lex) + appoint_language_statements(prose, lex))
    found += read_elsewhere(shared_plural_role_statements(prose, lex) + foreign_plural_role_statements(prose, lex), found)
    pairs = signature_pair_statements(text, lex)  # "Jane Doe John Roe\nPresident Secretary": two people, not one
    found = without_names_read_as_orgs(without_org_read_into_names(without_glued_pairs(found, pairs) + pairs), prose)
    found = roles_after_former(without_former_roles(found, prose, lex), prose, lex)
    return singular_roles(_our_is_the_interviewee(text, _one_name_per_role_phrase(table_rows_first(found, text, lex))), lex)


def _one_name_per_role_phrase(found: list[Statement]) -> list[Statement]:
    """Rule family "a role phrase between two names": when the line rules read a role after a name
    ("Jane Doe, senior engineer" on a list line) and a prose rule reads the same words as the role of the name
    on the next line (the block folded into one line: "… senior engineer John Roe"), the role is the first name's. A
    table row read by its header (rules "table:…") keeps its own role cell ("Board member | Jane Doe | Acme" under
    "Office | Name | Company": a line rule reading the cell after the row before as that name's role does not take it)."""
    after = [st.role_span for st in found if st.role_span is not None and st.person.end <= st.role_span.start]
    return [st for st in found
            if st.role_span is None or st.person.start < st.role_span.end or st.rule.startswith("table:")
            or not any(a.start <= st.role_span.start and st.role_span.end <= a.end for a in after)]
