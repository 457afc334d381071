"""Rules ``"table:speaker"`` for people tables read by their header: Markdown / pipe tables with a rule row
(:func:`table_statements`), and tables whose cells ingest wrote one per paragraph, as HTML, DOCX and Markdown ingest
write them (:func:`cell_table_statements`); a row gives a person, the role cell and the organisation cell
(:func:`row_statement`, also read by :mod:`statement_columns`). Which column a header cell names is
:mod:`table_cells`' (data/table_column_headers.txt)."""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.org_list_lines import list_codes
from pipeline.extract.pipe_cells import pipe_cells
from pipeline.extract.shapes import Span, clean, valid_person_name
from pipeline.extract.statement_context import end_of_org_name
from pipeline.extract.statement_lines import lines_and_offsets
from pipeline.extract.statement_parts import Statement
from pipeline.extract.table_cells import (cell_kind, column_headers, empty_cell, header_is_role, header_names, name_cell,
                                          partner_role_as_other, words_by_kind)


_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")


def table_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"table:speaker"``: Markdown / pipe tables of speakers: a header row naming a person column ("Speaker", "Name") and
    an organisation ("Organisation", "Affiliation") and/or a role column ("Position", "Role"), a rule
    row ("|---|---|"), then one person per row."""
    out: list[Statement] = []
    lines, offsets = lines_and_offsets(text)
    for i in range(len(lines) - 2):
        if "|" not in lines[i] or "-" not in lines[i + 1] or not _TABLE_RULE.fullmatch(lines[i + 1]):
            continue
        head = pipe_cells(text, offsets[i], offsets[i] + len(lines[i]))
        names = [clean(text[c.start:c.end]).strip("*_ ") for c in head]
        heads = column_headers(lex.data_dir)
        col = {kind: next((k for k, n in enumerate(names) if header_names(heads[kind], n, *words_by_kind(heads, kind))), None)
               for kind in ("person", "org", "role")}
        kinds = [next((kind for kind, k in col.items() if k == x), None) for x in range(len(names))]
        if "role" not in partner_role_as_other(names, kinds, lex.data_dir):
            col["role"] = None  # "Organisation | Role in the project | Contact person": the partner's role
        if col["person"] is None:  # "Cluster | Seat | Cluster manager": a column headed by its people's role
            col["person"] = next((k for k, n in enumerate(names) if kinds[k] is None and header_is_role(n, lex)), None)
        titled = col["person"] is not None and col["role"] is None and header_is_role(names[col["person"]], lex)
        if col["person"] is None or (col["org"] is None and col["role"] is None):
            continue
        for j in range(i + 2, len(lines)):
            if "|" not in lines[j]:
                break
            cells = pipe_cells(text, offsets[j], offsets[j] + len(lines[j]))
            if len(cells) != len(head):
                continue
            found = name_cell(text, cells[col["person"]], lex)
            if found is None:
                continue
            person, rest = found  # "Jane Doe, Chairman" in the name cell: the role, when no column gives it
            role_cell = cells[col["role"]] if col["role"] is not None else rest
            rule = "table:speaker"
            if role_cell is None and titled:
                role_cell, rule = head[col["person"]], "table:role-header"
            st = row_statement(text, person, cells[col["org"]] if col["org"] is not None else None, role_cell, lex, rule)
            if st:
                out.append(st)
    return out


def cell_table_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Speaker tables whose cells ingest wrote one per paragraph (HTML and Markdown tables):
    a run of header cells ("Speaker", "Organisation", "Position", "Session"), then the rows' cells in
    order. The header's width is the one under which the most rows have a person's name in the person
    column (a heading "Speakers" just above the header is no column)."""
    out: list[Statement] = []
    cells = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    # Only cells that stand alone between blank lines (or the text's ends).
    alone = [c for c in cells if (c.start < 2 or text[c.start - 2:c.start] == "\n\n" or c.start == 0)
             and (text[c.end:c.end + 2] == "\n\n" or c.end >= len(text) - 1)]
    i = 0
    while i < len(alone):
        j = i
        kinds = []
        titled = -1
        while j < len(alone) and (j == i or alone[j].start == _next_chunk(text, alone[j - 1].end)):
            kind = cell_kind(text[alone[j].start:alone[j].end], lex.data_dir)
            if kind is None and "person" not in kinds and header_is_role(clean(text[alone[j].start:alone[j].end]), lex):
                kind = "person"  # "Cluster | Seat | Cluster manager": a column headed by its people's role
                titled = j
            elif kind is None and kinds and not _complete(kinds) and _inner_unnamed(text, alone, j, lex):
                kind = "other"  # "Člen | Právna forma | Sídlo | Zástupca v Rade členov": a column no list names
            if kind is None:
                break
            kinds.append(kind)
            j += 1
        if titled >= 0 and kinds.count("person") > 1:
            kinds[titled - i] = "other"  # "Coordinator | Contact person": the column the header names as a person's
        if not _complete(kinds):
            i = max(j, i + 1)
            continue
        best: tuple[int, list[Statement]] = (0, [])
        for k in range(len(kinds)):
            head = partner_role_as_other([clean(text[c.start:c.end]) for c in alone[i + k:j]], kinds[k:], lex.data_dir)
            if "person" not in head or not ({"org", "role"} & set(head)):
                break
            found, skipped = _table_rows(text, alone, j, head, lex)
            if found and len(found) - skipped >= best[0]:
                best = (len(found) - skipped, found)
            if k == 0:
                best = _with_unnamed_columns(text, alone, i, j, head, lex, best)
        out.extend(best[1])
        i = j
    return out


_NEWLINES = re.compile(r"\n+")
_UNNAMED_COLUMNS = 2  # header cells of no known kind at either end of a header run
_UNNAMED_WORDS = 3


def _complete(kinds: list[str]) -> bool:
    """A header run that names the person column and an organisation or role column."""
    return "person" in kinds and bool({"org", "role"} & set(kinds))


def _inner_unnamed(text: str, alone: list[Span], j: int, lex: Lexicon) -> bool:
    """Rule family "a column the header does not name, inside the header run": the header cell ``alone[j]``, after a
    cell of a known kind and while the run does not yet name both the person and an organisation or role column
    (:func:`_complete`; after that, a cell of no known kind is the first row's), is of no known kind ("Právna forma", "Sídlo") but may head a column
    (:func:`_unnamed_header_cell`), and a cell of a known kind follows within :data:`_UNNAMED_COLUMNS` cells, all one
    after another: the run goes on over it ("Member | Legal form | Seat | Representative in the Council"). The rows
    under the run then show whether the columns line up (a name in the person column of each)."""
    for x in range(j, min(j + _UNNAMED_COLUMNS + 1, len(alone))):
        if x > j and alone[x].start != _next_chunk(text, alone[x - 1].end):
            return False
        value = text[alone[x].start:alone[x].end]
        if cell_kind(value, lex.data_dir) is not None or header_is_role(clean(value), lex):
            return x > j
        if not _unnamed_header_cell(text, alone[x], lex):
            return False
    return False


def _unnamed_header_cell(text: str, cell: Span, lex: Lexicon) -> bool:
    """A cell that may head a column of no known kind: a few words that are no name ("Perspective", "Academy"), or
    the dash ingest writes for an empty header cell; a year or span of years may close it ("Attendance 2035", "Term
    2031–2034"), no other figure ("7/7", "12 May" are a row's)."""
    value = text[cell.start:cell.end].strip()
    words = _YEAR_AFTER.sub("", value)
    return value in ("–", "-", "—") or (0 < len(value.split()) <= _UNNAMED_WORDS and bool(words) and not re.search(r"\d", words)
                                         and name_cell(text, cell, lex) is None)


_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d(?:[ \t]*[–/-][ \t]*(?:19|20)?\d\d)?$")


def _with_unnamed_columns(text: str, alone: list[Span], i: int, j: int, head: list[str | None], lex: Lexicon,
                          best: tuple[int, list[Statement]]) -> tuple[int, list[Statement]]:
    """Rule family "a column the header does not name": the header run ``alone[i:j]`` (kinds ``head``) may have
    cells of no known kind at its ends, a label column first ("Academy | Presenter | Organisation"), a column left
    unnamed ("| | Name | Organisation |", ingest writes "–"), or a column last ("Name | Organisation |
    Perspective"): then the rows are wider than the run. Each width of up to two such cells before and after the run
    is tried; one is taken only when more rows under it have a name in the person column than under ``best``. An unnamed
    first column whose first row holds a role title ("Chair") is the role column when the header names none."""
    for before in range(_UNNAMED_COLUMNS + 1):
        if i - before < 0 or any(not _unnamed_header_cell(text, alone[x], lex) or alone[x + 1].start != _next_chunk(text, alone[x].end)
                                 for x in range(i - before, i)):
            break
        for after in range(_UNNAMED_COLUMNS + 1):
            if j + after > len(alone) or any(not _unnamed_header_cell(text, alone[x], lex)
                                             or alone[x].start != _next_chunk(text, alone[x - 1].end) for x in range(j, j + after)):
                break
            if before == after == 0:
                continue
            wide = ["other"] * before + head + ["other"] * after
            if "role" not in head:  # ("| | Name | Organisation |" over "| Chair | Jane Doe | Acme |": the offices)
                wide[0:before] = ["role" if x < len(alone) and lex.role_title_re.fullmatch(clean(text[alone[x].start:alone[x].end]))
                                  else "other" for x in range(j + after, j + after + before)]
                if wide.count("role") > 1:
                    wide[0:before] = ["other"] * before
            found, skipped = _table_rows(text, alone, j + after, wide, lex)
            if len(found) - skipped > best[0]:
                best = (len(found) - skipped, found)
    return best


def _next_chunk(text: str, pos: int) -> int:
    """Start of the next non-blank line after ``pos``."""
    m = _NEWLINES.match(text, pos)
    return m.end() if m else -1


def _table_rows(text: str, alone: list[Span], first: int, head: list[str], lex: Lexicon) -> tuple[list[Statement], int]:
    """The statements of the rows under a header of kinds ``head``, and how many rows were passed over because their
    name could not be read: a width under which rows must be passed over reads the table less well (a width that
    leaves out the organisation column reads every other cell as a row it passes over)."""
    out: list[Statement] = []
    skipped = 0
    n = len(head)
    p_col, o_col, r_col = (head.index(k) if k in head else None for k in ("person", "org", "role"))
    org_cols = [x for x, kind in enumerate(head) if kind == "org"]
    codes = list_codes(text, lex.data_dir) if len(org_cols) > 1 else frozenset()
    # the header's named cells: a row that repeats one is the next table's header run ("… | Zvolen | Jane Doe",
    # "5. Public bodies", "Member", "Legal form", …): the rows end before it
    heads = {_folded(text, c) for c in alone[max(0, first - n):first] if cell_kind(text[c.start:c.end], lex.data_dir)}
    titled = _titled_header(text, alone, first, n, p_col, r_col, lex)
    k = first
    while k + n <= len(alone):
        row = alone[k:k + n]
        if any(row[x].start != _next_chunk(text, row[x - 1].end) for x in range(1, n)) or (
                k > first and row[0].start != _next_chunk(text, alone[k - 1].end)):
            break  # the cells must follow one another
        if heads & {_folded(text, c) for c in row}:
            break
        found = name_cell(text, row[p_col], lex)
        if found is None and empty_cell(text, row[p_col]):
            k += n  # "—": nobody signed for that row; the columns still line up
            continue
        named = [found] if found is not None else _several_names(text, row[p_col], lex)
        if not named and _next_row_named(text, alone, k + n, p_col, lex):
            k += n  # a name the rules cannot read ("Giulia dell'Acme"): the next row's name shows the columns still line up
            skipped += 1
            continue
        if not named:
            break
        # (a cell holding an organisation word of another language, "Distretto Ittico del Medio Adriatico", is no name)
        others = [clean(text[c.start:c.end]) for x, c in enumerate(row) if x != p_col and not end_of_org_name(text, c, lex)]
        if codes and o_col is not None and clean(text[row[o_col].start:row[o_col].end]) in codes:
            # "Partner | Organisation" over "LP | Acme Cluster": the partner's code is no organisation, nor that column's cells
            org_cols.remove(o_col)
            o_col = org_cols[0] if org_cols else None
        if (any(valid_person_name(o, lex) for o in others) and not _next_row_named(text, alone, k + n, p_col, lex)) or (
                o_col is not None and lex.role_title_re.fullmatch(clean(text[row[o_col].start:row[o_col].end]))):
            break  # a cell left empty was dropped: the columns no longer line up
        for person, rest in named:
            role = row[r_col] if r_col is not None and len(named) == 1 else rest
            st = row_statement(text, person, row[o_col] if o_col is not None else None, role or titled, lex,
                               "table:role-header" if role is None and titled else "table:speaker")
            if st:
                out.append(st)
        k += n
    return out, skipped


def _titled_header(text: str, alone: list[Span], first: int, n: int, p_col: int, r_col: int | None,
                   lex: Lexicon) -> Span | None:
    """Rule "table:role-header": the header cell of the person column when no column states the role and the header is
    the role of everyone under it ("Cluster manager", "Contact person", table_cells.header_is_role): each row's role,
    unless the name cell states its own ("Jane Doe (CEO)")."""
    if r_col is not None or first - n < 0:
        return None
    cell = alone[first - n + p_col]
    return cell if header_is_role(clean(text[cell.start:cell.end]), lex) else None


def _folded(text: str, cell: Span) -> str:
    return " ".join(text[cell.start:cell.end].split()).casefold()


_NAME_SEPARATOR = re.compile(r"[ \t]*;[ \t]*")
_CELL_NOTE = re.compile(r"[ \t]+(?:[–—]|-(?=[ \t]))[ \t]")  # "Jane Doe (CEO) – online"


def _several_names(text: str, cell: Span, lex: Lexicon) -> list[tuple[Span, Span | None]]:
    """Rule family "a cell of several people": a partner list's representatives cell names each person with the role
    in brackets or after a comma, the people apart by semicolons ("Jane Doe (project coordinator); John Roe (financial
    manager)", "Jane Doe (CEO) – online"); a note after a dash aside. Each part must be a name cell, else none is read."""
    out = []
    at = cell.start
    for sep in [*_NAME_SEPARATOR.finditer(text, cell.start, cell.end), None]:
        end = sep.start() if sep is not None else cell.end
        note = _CELL_NOTE.search(text, at, end)
        found = name_cell(text, Span(at, note.start() if note else end), lex)
        if found is None:
            return []
        out.append(found)
        at = sep.end() if sep is not None else end
    return out if len(out) > 1 or _CELL_NOTE.search(text, cell.start, cell.end) else []


def _next_row_named(text: str, alone: list[Span], k: int, p_col: int, lex: Lexicon) -> bool:
    """Rule family "a name-shaped organisation cell": the next row (cells from ``k``) follows on and holds a person's
    name in the person column, so the columns still line up and a cell of this row that reads like a name is an
    organisation whose legal form the data do not know ("Aldebaran Capital SCSp"), not a name moved by a dropped cell."""
    if k + p_col >= len(alone) or alone[k].start != _next_chunk(text, alone[k - 1].end):
        return False
    if any(alone[x].start != _next_chunk(text, alone[x - 1].end) for x in range(k + 1, k + p_col + 1)):
        return False
    return name_cell(text, alone[k + p_col], lex) is not None


def _without_town(text: str, org: Span, lex: Lexicon) -> Span:
    """An organisation cell without the town or country after its last comma ("Acme Cluster (AC), Graz", "Acme AB,
    Sweden"), and without the acronym in brackets that then closes it."""
    place = text.rfind(",", org.start, org.end)
    town = key(clean(text[place + 1:org.end])) if place > org.start else ""
    if not town or not (town in lex.cities or town in lex.countries):
        return org
    acr = re.search(r"[ \t]*\([^()]*\)$", text[org.start:place])
    return Span(org.start, org.start + acr.start() if acr else place)


_FOOTNOTE_MARK = re.compile(r"[ \t]*[*†‡]+$")


def row_statement(text: str, person: Span, oc: Span | None, rc: Span | None, lex: Lexicon,
                  rule: str = "table:speaker") -> Statement | None:
    """A people-table row's statement: the person, the organisation cell ``oc`` (its bracketed acronym and a
    trailing ", CEO" aside) and the role cell ``rc`` (a trailing bracket aside), under rule ``rule``."""
    org = role = rspan = None
    if oc is not None:
        mark = _FOOTNOTE_MARK.search(text, oc.start, oc.end)  # "Acme Wood Ltd*": a founding member, marked
        oc = Span(oc.start, mark.start()) if mark else oc
        acr = re.search(r"[ \t]*\([^()]*\)$", text[oc.start:oc.end])
        oend = oc.start + acr.start() if acr else oc.end  # "Acme Institute (ACI)"
        comma = text.find(",", oc.start, oend)
        if comma > 0 and lex.role_title_re.search(text, comma, oend):
            oend = comma  # "Acme Boats OÜ, CEO": the organisation, then the person's post in it
        name = clean(text[oc.start:oend])
        if (oend > oc.start and text[oc.start].isupper() and len(name.split()) <= 12
                and (not valid_person_name(name, lex) or end_of_org_name(text, Span(oc.start, oend), lex))):
            org = _without_town(text, Span(oc.start, oend), lex)
    if rc is not None:
        value = clean(re.sub(r"[ \t]*\([^()]*\)[ \t]*$", "", text[rc.start:rc.end]))  # "Treasurer (online)"
        # a cell without a letter ("–", "-", ".": an empty cell as HTML ingest writes it) states no role; nor a date
        if value and re.search(r"[^\W\d_]", value) and len(value.split()) <= 8 and not re.search(r"(?<![A-Za-z])\d", value):
            role, rspan = value, rc
    if not org and not role:
        return None
    return Statement(person, rule, role=role, role_span=rspan, org=org)
