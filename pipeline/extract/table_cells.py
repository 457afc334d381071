"""Reading the cells of people tables (:mod:`statement_lines`, rule ``table:speaker``): which column a header cell
names, the name and the role a name cell holds, a cell left empty."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections, data_table, phrase_alternation
from pipeline.extract.lexicon import Lexicon
from pipeline.extract.people_full_names import surname_first_at
from pipeline.extract.shapes import Span, clean, person_name_at
from pipeline.extract.statement_apposed import after_titles

COLUMN_KINDS = ("person", "org", "role", "other")
_ROLE_BY_WORD = "role by word"
_PERSON_BY_LEAD = "person by lead word"
_LEAD_CONCEPT = "representative"  # person headers also read by their first word ("Zástupca v Rade členov")
_NUMBER_COLUMN = re.compile(r"#")  # a numbering column's header (the data file's comments open with "#")
_LONG_ROLE_HEADER = 7  # words of a role header named by its first word and a phrase after it ("Function in the Steering Group")


@lru_cache(maxsize=4)
def header_languages(data_dir: Path | None) -> tuple[dict[str, str], ...]:
    """The rows of data/table_column_headers_languages.csv (kind, concept, lang, header): a column's header in every
    language of languages.csv ("Navn | Verv i styret | Virksomhet", "Imię i nazwisko | Instytucja | Funkcja")."""
    return tuple(data_table(data_dir / "table_column_headers_languages.csv")[1]) if data_dir else ()


@lru_cache(maxsize=4)
def column_headers(data_dir: Path | None) -> dict[str, re.Pattern[str]]:
    """{kind: the header words of that kind of column}, from data/table_column_headers.txt (any case)."""
    sections = data_sections(data_dir / "table_column_headers.txt") if data_dir else {}
    for row in header_languages(data_dir):  # the same kinds in every language of languages.csv
        sections.setdefault(row["kind"], []).append(row["header"])
    heads = {kind: re.compile(phrase_alternation([*sections.get(kind, ()), *sections.get(kind + " whole", ())]), re.I)
             for kind in COLUMN_KINDS}
    # ("[role whole]": "Office" names the role column alone, never by a word of a longer cell: "Office Manager" is a row's role)
    heads[_ROLE_BY_WORD] = re.compile(phrase_alternation(sections.get("role", ())), re.I)
    heads[_PERSON_BY_LEAD] = re.compile(phrase_alternation(
        [r["header"] for r in header_languages(data_dir) if r["concept"] == _LEAD_CONCEPT]), re.I)
    return heads


def column_kind(cell: str, data_dir: Path | None) -> str | None:
    """The kind of column a table header cell names: "person", "org", "role", "other", or None."""
    heads = column_headers(data_dir)
    for kind in COLUMN_KINDS:
        if header_names(heads[kind], cell, *words_by_kind(heads, kind)):
            return kind
    return "other" if _NUMBER_COLUMN.fullmatch(cell.strip()) else None


def cell_kind(raw: str, data_dir: Path | None) -> str | None:
    """:func:`column_kind` of a cell as ingest wrote it: a numbering column's "#", which cleaning takes for a Markdown
    heading mark and empties, still names a column ("# | Organisation | Country | Contact person")."""
    return column_kind(clean(raw) or raw.strip(), data_dir)


_CONTACT_CONCEPT = "contact person"  # data/table_column_headers_languages.csv: the person columns that name a contact


@lru_cache(maxsize=4)
def _contact_headers(data_dir: Path | None) -> re.Pattern[str]:
    """The headers of contact columns: [contact] of data/table_column_headers.txt and the concept "contact person" of
    data/table_column_headers_languages.csv in every language ("Kontaktperson", "Osoba kontaktowa", "Referente")."""
    sections = data_sections(data_dir / "table_column_headers.txt") if data_dir else {}
    words = [*sections.get("contact", ()), *(r["header"] for r in header_languages(data_dir) if r["concept"] == _CONTACT_CONCEPT)]
    return re.compile(phrase_alternation(words), re.I)


def header_is_role(cell: str, lex: Lexicon) -> bool:
    """Rule family "a column headed by its people's role" (rule "table:role-header", :mod:`statement_tables`): a
    column header that is a role title as a whole ("Cluster manager", "Manager", "Koordynator klastra", "Clustermanager")
    or names an organisation's contact ("Contact person", "Kontaktperson", "Persona de contacto"): the header states the
    role of every person listed under it, whatever language the table is in (the role titles and the contact headers
    cover every language of languages.csv)."""
    cell = _PLURAL_S.sub("s", cell.strip(" *_:"))
    return bool(cell) and (lex.role_title_re.fullmatch(cell) is not None
                           or _contact_headers(lex.data_dir).fullmatch(cell) is not None)


def partner_role_as_other(cells: list[str], kinds: list[str | None], data_dir: Path | None) -> list[str | None]:
    """Rule family "a partner list's role column": the column kinds of a header run (cell texts ``cells``), the role
    column read as "other" when the table opens with the organisation and the role column stands before a contact
    column ([contact] of data/table_column_headers.txt): "Organisation | Country | Role in the project | Contact
    person" gives the partner's role in the project, not the contact's ("Company | Contact person | Role" keeps it)."""
    if not {"org", "role", "person"} <= set(kinds):
        return kinds
    org, role, person = (kinds.index(k) for k in ("org", "role", "person"))
    if org < role < person and _contact_headers(data_dir).fullmatch(re.sub(r"\(s\)$", "s", cells[person].strip(" *_:"))):
        return ["other" if k == "role" else k for k in kinds]
    return kinds


_TABLE_REACH = 120  # cells a table's rows may run after its header run
_CELL_WORDS = 16  # a longer paragraph is prose, not a table cell


def under_table_header(text: str, pos: int, data_dir: Path | None) -> bool:
    """``pos`` lies in a table that ingest wrote one cell per paragraph, under its header run: walking back over the
    one-line paragraphs before it (no prose paragraph between), two header cells follow one another, one naming the
    person column and the other an organisation or role column ("Name\n\nOrganisation\n\nFunction")."""
    cells: list[str | None] = []
    start = pos
    while len(cells) < _TABLE_REACH and start > 0:
        cut = text.rfind("\n\n", 0, start - 1)
        para = text[cut + 2 if cut >= 0 else 0:start].strip()
        start = cut + 1 if cut >= 0 else 0
        if not para:
            continue
        if "\n" in para or len(para.split()) > _CELL_WORDS:
            break
        kind = cell_kind(para, data_dir)
        if kind and cells and cells[-1] and {kind, cells[-1]} & {"person"} and {kind, cells[-1]} & {"org", "role"}:
            return True
        cells.append(kind)
    return False


_REST = re.compile(r"[ \t]*(?:,[ \t]*([^()]+?)|\([ \t]*([^()]+?)[ \t]*\))[ \t]*")


_PLURAL_S = re.compile(r"\(s\)$")  # "Speaker(s)"
_ALTERNATIVES = re.compile(r"[ \t]*/[ \t]*")  # a header naming its column twice: "Virksomhed / institution"
_HEADER_NOTE = re.compile(r"[ \t]*\([^()\n]{1,30}\)?$")  # a note after the header: "Liige (ärinimi)"


def role_by_word(heads: dict[str, re.Pattern[str]]) -> re.Pattern[str]:
    """The words of :func:`column_headers` that name the role column also as a word of a longer header cell."""
    return heads[_ROLE_BY_WORD]


def words_by_kind(heads: dict[str, re.Pattern[str]], kind: str) -> tuple[re.Pattern[str] | None, bool]:
    """The arguments ``by_word`` and ``lead_only`` of :func:`header_names` for a column of ``kind``: the role column's
    words as any word of a header ("Board function"); the representative words of the person column only as the first
    word before a lower-case one ("Zástupca v Rade členov", "Representative in the Council": a row's "Representative
    Office Brussels" is no header); none for other kinds."""
    if kind == "role":
        return role_by_word(heads), False
    return (heads[_PERSON_BY_LEAD], True) if kind == "person" else (None, False)


def header_names(rx: re.Pattern[str], cell: str, by_word: re.Pattern[str] | None = None, lead_only: bool = False) -> bool:
    """A table header cell names the column kind of ``rx``: as a whole ("Organisation", "Speaker(s)"), or as two or more
    headers of the kind given as alternatives after a slash ("Virksomhed / institution", "Company/Organisation"), or
    with a note in brackets after it ("Liige (ärinimi)", "Organisation (legal name)"), or, with
    ``by_word`` (the role column's words), in up to four words, by its first or last word ("Role in the project", "Board
    function"; a row's name or organisation cell, "Malta Maritime Cluster", must not read as a header), or by its first
    word before a lower-case word in up to seven words ("Function in the Steering Group")."""
    cell = _PLURAL_S.sub("s", cell.strip(" *_:"))
    words = cell.split()
    if not words or rx.fullmatch(cell):
        return bool(words)
    bare = _HEADER_NOTE.sub("", cell)
    if bare != cell and bare and rx.fullmatch(bare):
        return True  # the header with a note in brackets: "Liige (ärinimi)", "Organisation (legal name)"
    parts = _ALTERNATIVES.split(cell)
    if len(parts) > 1 and all(rx.fullmatch(_PLURAL_S.sub("s", p.strip(" *_:"))) for p in parts):
        return True  # two headers of the kind as alternatives: "Virksomhed / institution", "Company/Organisation"
    if by_word is None:
        return False
    if lead_only:
        return 1 < len(words) <= _LONG_ROLE_HEADER and words[1].islower() and by_word.fullmatch(words[0]) is not None
    return (len(words) <= 4 and any(by_word.fullmatch(w) for w in (words[0], words[-1]))) or (
        1 < len(words) <= _LONG_ROLE_HEADER and words[1].islower() and by_word.fullmatch(words[0]) is not None)


def name_cell(text: str, cell: Span, lex: Lexicon) -> tuple[Span, Span | None] | None:
    """(the full name opening a table cell, person titles before it aside; the role after it, after a comma or in
    brackets, when that holds a role title: "Jane Doe, Chairman", "Jane Doe (General Manager)"; not "(online)"), or
    None when the cell holds more than a name and such a part."""
    at = after_titles(text, cell.start, lex)
    person = person_name_at(text, at, lex) or surname_first_at(text, at, lex)  # "KRÁL Jiří" (rule "surname-first-capitals")
    if person is None:
        return None
    end = len(text[:cell.end].rstrip(" *_"))
    if person.end >= end:
        return (person, None) if person.end == end else None
    rest = _REST.fullmatch(text, person.end, end)
    if rest is None:
        return None
    role = Span(rest.start(rest.lastindex), rest.end(rest.lastindex))
    return person, role if lex.role_title_re.search(text, role.start, role.end) else None


def empty_cell(text: str, cell: Span) -> bool:
    """A cell without a letter ("—", "-"): nothing stated in it."""
    return re.search(r"[^\W\d_]", text[cell.start:cell.end]) is None
