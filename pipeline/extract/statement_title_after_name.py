"""Rule ``"name-then-title-language"``, family "the title right after the name": Hungarian names a person, then the
office, with no comma ("Kovács Anna elnök (Acme Kft.)", "Dr. Példa Péter alelnök ismertette …", "Jane Doe elnök és John
Roe klasztermenedzser képviselte", "Példa Péter polgármester szerint"). The title is one of the sections of
``role_titles_languages.txt`` that ``role_titles_after_name.txt`` lists, or a compound ending with one
("klinikaigazgató", "főosztályvezető"), in lower case; the name before it is a full name opening or (family name first)
closing with a known given name. An organisation's name in brackets right after the title is the role's organisation.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, phrase_trie
from pipeline.extract.given_names import given_names, stated_name_opens_with_given_name
from pipeline.extract.lexicon import Lexicon, role_titles_of
from pipeline.extract.shapes import Span, cap_run_at, clean
from pipeline.extract.statement_context import name_ending_at
from pipeline.extract.statement_parts import Statement
from pipeline.normalise import fold

_MIN_COMPOUND_HEAD = 5
_BRACKET = re.compile(r"[ \t]*\((?=[^\W\d_])")


@lru_cache(maxsize=4)
def _title_after_name_re(data_dir: Path | None) -> re.Pattern[str]:
    """A lower-case title of the listed sections, or a compound ending with a title of five letters or more, after one
    space."""
    if data_dir is None:
        return re.compile(r"(?!)")
    wanted = set(data_sections(data_dir / "role_titles_after_name.txt").get("title sections", []))
    titles = role_titles_of(data_dir, wanted)  # lower case, with their case forms: prefix trees, not alternations
    if not titles:
        return re.compile(r"(?!)")
    whole = phrase_trie(titles)
    heads = phrase_trie([t for t in titles if " " not in t and len(t) >= _MIN_COMPOUND_HEAD])
    return re.compile(rf"(?<=[^\W\d_])[ \t](?P<title>{whole}|[a-zà-žőű]+{heads})(?![\w-])")


def _person_name(name: str, lex: Lexicon) -> bool:
    """A full name with a known given name first, or last (family name first: "Kovács Anna")."""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1].split("-")[0]
    return stated_name_opens_with_given_name(name, lex) or (lex.data_dir is not None and fold(last) in given_names(lex.data_dir))


def name_then_title_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"name-then-title-language"`` (see the module's docstring)."""
    out: list[Statement] = []
    for m in _title_after_name_re(lex.data_dir).finditer(text):
        name = name_ending_at(text, m.start(), lex)
        if name is None or not _person_name(clean(text[name.start:name.end]), lex):
            continue
        role = Span(m.start("title"), m.end("title"))
        org = None
        bracket = _BRACKET.match(text, role.end)
        if bracket:
            run = cap_run_at(text, bracket.end(), list_heads=lex.org_suffixes, single_line=True)
            if run is not None and re.match(r"\.?\)", text[run.end:run.end + 2]):
                org = run
        out.append(Statement(name, "name-then-title-language", role=clean(text[role.start:role.end]), role_span=role, org=org))
    return out
