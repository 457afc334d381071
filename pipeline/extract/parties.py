"""People, organisations, roles and places of one document, found together because each informs
the others: role statements name organisations, organisation names veto person candidates."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.extract.lexicon import definite_base_titles, load_lexicon
from pipeline.extract.locations import extract_locations
from pipeline.extract.organisations import extract_organisations
from pipeline.extract.people import extract_people, organisation_shaped
from pipeline.extract.people_full_names import surname_first_names
from pipeline.extract.statements import find_statements
from pipeline.extract.role_org_units import unit_heads
from pipeline.extract.role_orgs import with_role_organisations
from pipeline.extract.role_succession import predecessor_statements
from pipeline.extract.role_title_forms import base_title
from pipeline.extract.roles import build_roles
from pipeline.extract.rules import Rules
from pipeline.extract.shapes import Span, clean
from pipeline.records import Block, LocationMention, OrgMention, PersonMention, RoleMention, SegmentedDocument


def extract_parties(seg: SegmentedDocument, annotated: list[tuple[Block, Doc]], rules: Rules
                    ) -> tuple[list[PersonMention], list[OrgMention], list[RoleMention], list[LocationMention]]:
    """(people, organisations, roles, locations) mentions of one document."""
    lex = load_lexicon(rules.data_dir)
    doc_id, text = seg.doc.doc_id, seg.doc.text
    statements = find_statements(text, lex, seg.blocks)
    # "Vestjysk Vindklynge (VJV)", "led by the cluster AgroNova Andalucía (…)": no given name, an organisation's words
    statements = [st for st in statements if not organisation_shaped(clean(text[st.person.start:st.person.end]), lex)]
    # the statements' people and the surname-first names of participant lists ("KOVÁCS-NAGY, Eszter – Acme Kft."),
    # which no organisation rule may read into a name of its own (rule "surname-first-capitals", people_full_names.py)
    person_spans = [s.person for s in statements] + surname_first_names(text, lex)
    orgs = extract_organisations(doc_id, text, annotated, lex, [o for s in statements for o in (s.org, *s.units) if o], person_spans,
                                 seg.blocks)
    # "Jane Doe | Director Fleet & Sustainability | Acme": inside a role stated with its organisation, the
    # role's words name no other organisation
    roles_read = [s.role_span for s in statements if s.role_span and s.org and not s.role_span.start <= s.org.start < s.role_span.end]
    orgs = [o for o in orgs if not any(r.start <= o.start and o.end <= r.end for r in roles_read)]
    people = extract_people(doc_id, text, annotated, lex, statements, [Span(o.start, o.end) for o in orgs if o.rule != "ner:ORG"])
    # a name the gazetteer knows as an organisation is nobody's ("… Secretary for Industry of the Generalitat Valenciana")
    people = [p for p in people if not any(o.rule == "gazetteer" and o.start <= p.start and p.end <= o.end for o in orgs)]
    # spaCy often calls a person an ORG; a person rule wins over a statistical organisation.
    orgs = [o for o in orgs if o.rule != "ner:ORG" or not any(p.start < o.end and o.start < p.end for p in people)]
    stated = with_role_organisations(statements, text, orgs, lex, people)
    # "… appointed Jane Doe as director. She succeeds John Roe": the predecessor held the office (role_succession.py)
    stated += with_role_organisations(predecessor_statements(stated, text, people, lex), text, orgs, lex)
    # "klusterchefen Anna Berg": a Nordic role is its title without the article (role_title_definite_roles.csv)
    forms = definite_base_titles(rules.data_dir)
    stated = [replace(st, role=base_title(st.role, forms)) if st.role else st for st in stated]
    roles = build_roles(doc_id, text, stated, people, orgs, unit_heads(rules.data_dir))
    locations = extract_locations(doc_id, text, annotated, lex, [(o.start, o.end) for o in orgs])
    return people, orgs, roles, locations
