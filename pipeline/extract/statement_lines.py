"""Statement rules that read the text line by line: agenda and panel lines ("Jane Doe, CEO, Acme"),
name-over-role blocks and signatures (organisation and unit lines under the role), and
"Organisation, Jane Doe;" list entries. They see every line break, including those inside
paragraphs (a signature may be segmented as a paragraph)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines, phrase_alternation
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.org_brands import names_an_org
from pipeline.extract.people_full_names import surname_first_at
from pipeline.extract.shapes import Span, cap_run_at, clean, person_name_at, valid_person_name
from pipeline.extract.statement_card_bios import bio_card_statement
from pipeline.extract.statement_cards import card_statement, role_before_comma
from pipeline.extract.statement_context import without_leading_title
from pipeline.extract.statement_org_lines import signature_orgs
from pipeline.extract.statement_posts import with_post
from pipeline.extract.statement_profile_lines import headline_end, headline_statement
from pipeline.extract.statement_apposition import apposition
from pipeline.extract.statement_parts import BULLET, UPPER, Statement, org_word, role_segment, title_re
from pipeline.extract.table_cells import column_headers


def lines_and_offsets(text: str) -> tuple[list[str], list[int]]:
    """The text's lines and the offset where each starts."""
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    return lines, offsets


# what may close a list entry after its organisation: a note or acronym in brackets, or a unit of it after a comma
# ("– Acme Kft. (host)", "– Acme Agency (AA)", "– University of Debrecen, Faculty of Pharmacy")
_NOTE_AFTER_ORG = re.compile(r"\.?[ \t]*(?:\([^()\n]{1,40}\)|,[ \t]*([A-Z][^,;()\n]{1,60}))[ \t.;]*")


def _note_after_org(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The rest of a list line after its organisation is a bracket note or a unit that names an organisation."""
    m = _NOTE_AFTER_ORG.fullmatch(text, start, end)
    return m is not None and (m.group(1) is None or names_an_org(clean(m.group(1)), lex))


@lru_cache(maxsize=4)
def _profile_mark_re(data_dir: Path | None) -> re.Pattern[str]:
    """Family "profile card": a post's name line ends with a bullet and the connection degree or the author's mark of
    ``person_profile_marks.txt`` ("Jane Doe • 2nd", "Jan Peeters • 1e", "Олена Коваль • 1-й", "Ana Ruiz · Autora"): the
    line is the name's."""
    marks = data_lines(data_dir / "person_profile_marks.txt") if data_dir else ()
    return re.compile(r"[ \t]*[•·][ \t]*(?:\d(?:st|nd|rd|th|e|er|ème|º|°|\.|-[^\W\d_]{1,2})?\+?|(?i:" + phrase_alternation(marks) + r"))[ \t]*$")


def line_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rules ``"line:name-role"``, ``"line:name-org"``, ``"line:name-role-org"``, ``"line:name-over-role"``,
    ``"line:name-over-bio"``: Agenda and panel lines, name-over-role blocks and "Organisation, Name;" list entries. A
    profile card's name line may end with the connection degree or the author's mark (:func:`_profile_mark_re`)."""
    out: list[Statement] = []
    lines, offsets = lines_and_offsets(text)
    for i, line in enumerate(lines):
        lstart = offsets[i]
        b = BULLET.match(line)
        start = lstart + (b.end() if b else 0)
        span = person_name_at(text, start, lex) or surname_first_at(text, start, lex)  # "KOVÁCS-NAGY, Eszter – Acme Kft."
        span = without_leading_title(text, span, lex)
        if span is None:
            # "Dr. Jane Doe\nSenior Projects Manager": a courtesy title (no role) opens the line.
            pos, t = start, title_re(lex).match(text, start)
            while t and not lex.role_title_re.fullmatch(t.group(1)) and pos - start < 20:  # "Prof. Dr. Jane Doe"
                pos = t.end()
                span = person_name_at(text, pos, lex)
                t = None if span else title_re(lex).match(text, pos)
            if span is None:
                span = _card_name_after_titles(text, start, lstart + len(line), lex)
        if span and _heading_over_name(text, span, lex):
            continue  # the next line's own turn reads the name
        if span and span.end <= lstart + len(line) + 200:
            rest = text[span.end:lstart + len(line)] if span.end <= lstart + len(line) else ""
            profile = False
            if "•" in rest or "·" in rest:
                unmarked = _profile_mark_re(lex.data_dir).sub("", rest)  # "Jan Peeters • 2e\nDirecteur bij Acme B.V."
                profile, rest = unmarked != rest, unmarked
                headline = None if profile else headline_statement(text, span, lstart + len(line), lex)
                if headline is not None:
                    out.append(headline)  # "Jane Doe • Head of Innovation at Acme" (statement_profile_lines.py)
                    continue
            app = apposition(text, span, lex)
            if app and re.search(r"(?:^|\s)(?:for|of|and|at|in|on|the|&)$", app[0]):
                app = None  # "Ms. Jane Doe, Head of Unit for\nAdvanced …": the role runs on (a prose rule reads it)
            if app:
                role, rspan, org = app
                # "Jane Doe, Director, CEO, Acme Ltd": a board role, then the post at the employer (statement_posts.py)
                out += with_post(text, Statement(span, "line:name-role", role=role, role_span=rspan, org=org), lex, "line:name-role-post")
                continue
            sep = re.match(r"[ \t]*(?:,|–|—|-|\|)[ \t]*", rest)
            if sep and sep.end():
                # "Jane Doe, Acme Cluster Association": an agenda line with an organisation and no role.
                run = cap_run_at(text, span.end + sep.end(), list_heads=lex.org_suffixes, single_line=True)
                if run and (not text[run.end:lstart + len(line)].strip(" \t.;") or _note_after_org(text, run.end, lstart + len(line), lex)):
                    oname = clean(text[run.start:run.end])
                    if key(oname) in lex.gazetteer_by_key or names_an_org(oname, lex):
                        out.append(Statement(span, "line:name-org", org=run))
                        continue
                unknown = _unlisted_role_line(text, span.end + sep.end(), lstart + len(line), lex) if sep.group().strip() == "," else None
                if unknown:
                    out.append(Statement(span, "line:name-role-org", role=unknown[0], role_span=unknown[1], org=unknown[2]))
                    continue
            card = card_statement(text, lines, offsets, i, span, lex) if not rest.strip(" \t;,.") else None
            if card is not None:
                out.append(card)  # "Jane Doe\n\nproject manager\n\nJane runs …" (statement_cards.py)
                continue
            bio = bio_card_statement(text, lines, offsets, i, span, lex) if not rest.strip(" \t;,.") else None
            if bio is not None:
                out.append(bio)  # "Jane Doe\n\nHead of Sourcing, Acme SA\nJane talks about …" (statement_card_bios.py)
                continue
            if not rest.strip(" \t;,.") and i + 1 < len(lines) and lines[i + 1].strip():
                # Name alone on its line, role on the next ("Jane Doe\nHead of Unit\n... at the DG X").
                nstart = offsets[i + 1] + len(lines[i + 1]) - len(lines[i + 1].lstrip())
                block_end = text.find("\n\n", nstart)
                block_end = len(text) if block_end == -1 else block_end
                block_end = min(block_end, offsets[min(i + 5, len(lines) - 1)] + len(lines[min(i + 5, len(lines) - 1)]))
                line_end = offsets[i + 1] + len(lines[i + 1])
                if profile:  # "Jane Doe • 1st\nCluster Manager at Acme | Robotics | Skills": the tags aside
                    line_end = headline_end(text, nstart, line_end)
                comma = text.find(",", nstart, line_end)
                parsed = role_segment(text, nstart, comma if comma != -1 else line_end, lex)
                if parsed and comma != -1 and parsed[2] is None:
                    # "Jane Doe\nDirector, Acme Cluster": the organisation after the comma.
                    k = comma + 1 + len(text[comma + 1:line_end]) - len(text[comma + 1:line_end].lstrip())
                    run = cap_run_at(text, k, list_heads=lex.org_suffixes, single_line=True)
                    if run and not text[run.end:line_end].strip(" \t.;") and org_word(clean(text[run.start:run.end]), lex):
                        parsed = (parsed[0], parsed[1], run)
                    else:
                        parsed = role_segment(text, nstart, line_end, lex)
                words = len(text[nstart:line_end].split())
                long_line = words > 8
                if long_line:
                    parsed = role_before_comma(text, nstart, line_end, lex)  # "President, Acme … Cluster (AC)"
                    if parsed is None and profile:  # a headline "Cluster Manager at Acme Mechatronics … Cluster (AC)"
                        parsed = role_segment(text, nstart, line_end, lex)
                if parsed and words <= (16 if long_line else 8):
                    role, rspan, org = _role_line_whole(text, parsed, line_end, lex)
                    if org is None:
                        at = re.search(r"(?:^|\n)[ \t]*(?:at|of)[ \t]+(?:the[ \t]+)?(?=" + UPPER + ")", text[rspan.end:block_end])
                        if at:
                            org = cap_run_at(text, rspan.end + at.end(), list_heads=lex.org_suffixes)
                    units: tuple[Span, ...] = ()
                    if org is None and i + 2 < len(lines) and lines[i + 2].strip():
                        # "Jane Doe\nPresident\nAcme Cluster Association": organisation lines under the role.
                        org, units = signature_orgs(text, offsets[i + 2], block_end, lex)
                    out.append(Statement(span, "line:name-over-role", role=role, role_span=rspan, org=org, units=units))
                    continue
    return out


_TITLE_COMMA = re.compile(r",[ \t]+")


@lru_cache(maxsize=2)
def _title_comma_re(person_titles: tuple[str, ...]) -> re.Pattern[str]:
    """A person title or degree closed by a comma ("д.е.н., ", "Dr., ")."""
    return re.compile(r"(?<![\w])(?:" + phrase_alternation(person_titles, space=r"\ ") + r")\.?(?=,)")


def _card_name_after_titles(text: str, start: int, line_end: int, lex: Lexicon) -> Span | None:
    """Family "card name line with degrees and titles": a card's name line whose name comes after degrees, courtesy
    titles and a professional title, perhaps with commas between ("к.т.н. Jane Приклад", "д.е.н., професор Jan
    Приклад", "dr hab. inż., prof. Jan Przykład"): the name when it closes the line; the title before it is read by
    the title rules, the card's role line by the card rule."""
    pos = start
    for _ in range(4):
        t = title_re(lex).match(text, pos) or _title_comma_re(lex.person_titles).match(text, pos) or lex.role_title_re.match(text, pos)
        if t is None:
            return None
        pos = t.end()
        pos = _TITLE_COMMA.match(text, pos).end() if _TITLE_COMMA.match(text, pos) else pos
        while pos < line_end and text[pos] in " \t.":
            pos += 1
        span = person_name_at(text, pos, lex)
        if span is not None:
            return span if not text[span.end:line_end].strip() else None
    return None


def _heading_over_name(text: str, span: Span, lex: Lexicon) -> bool:
    """Rule family "list heading over a name line" ("Jurors\nJane Doe, …", "Mentors\nJane Doe, …"): a name read
    across a line break whose part on the last line is a whole name by itself starts on that line; the
    words above it are a heading, not given names (a name wrapped after one word, "Jane\nDoe", stays)."""
    nl = text.rfind("\n", span.start, span.end)
    if nl < 0:
        return False
    k = nl + 1
    while k < span.end and text[k] in " \t":
        k += 1
    own = person_name_at(text, k, lex)
    return own is not None and own.end == span.end


def _role_line_whole(text: str, parsed: tuple[str, Span, Span | None], line_end: int,
                     lex: Lexicon) -> tuple[str, Span, Span | None]:
    """Rule family "role line with its field" in a name-over-role block ("Jane Doe\nHead of Research\nAcme
    Centre", "Jane Doe\nDirector of Operations\nAcme Cluster"): an organisation read after "of"/"at" that
    runs past the role's line and whose part on that line has no organisation word is the role's field;
    the role is the whole line and the organisation comes from the lines under it."""
    role, rspan, org = parsed
    if (org is None or org.end <= line_end or org.start >= line_end or org_word(clean(text[org.start:line_end]), lex)
            or re.search(r"(?i)\bthe[ \t]+$", text[rspan.end:org.start])):
        return parsed  # "President of the Acme\nCluster Association": the article opens an organisation's name
    end = line_end
    while end > rspan.start and text[end - 1] in " \t.;:,":
        end -= 1
    return clean(text[rspan.start:end]), Span(rspan.start, end), None


def _unlisted_role_line(text: str, start: int, end: int, lex: Lexicon) -> tuple[str, Span, Span] | None:
    """"Jane Doe, Skills Champion, Acme Cluster Network (Ireland)": a list line of name, a short
    capitalised phrase and an organisation's name (organisation word or gazetteer name) that ends the
    line (a country in brackets may follow). The middle phrase is the role even when it holds no listed
    role title; a place or an organisation there is no role."""
    comma = text.find(",", start, end)
    if comma == -1:
        return None
    role = clean(text[start:comma])
    words = role.split()
    if (not 1 <= len(words) <= 5 or not all(w[0].isupper() or w in ("of", "for", "and", "&") for w in words)
            or re.search(r"[\d@;:()\[\]/]", role) or org_word(role, lex) or key(role) in lex.cities or key(role) in lex.countries
            or valid_person_name(role, lex)):
        return None
    k = comma + 1 + len(text[comma + 1:end]) - len(text[comma + 1:end].lstrip())
    run = cap_run_at(text, k, list_heads=lex.org_suffixes, single_line=True)
    if not run:
        return None
    tail = text[run.end:end].strip(" \t.;")
    if tail and not re.fullmatch(r"\([^()]{2,40}\)", tail):
        return None
    oname = clean(text[run.start:run.end])
    if key(oname) not in lex.gazetteer_by_key and not any(w in lex.org_suffixes for w in oname.split()):
        return None
    return role, Span(start, comma), run


_AND = re.compile(r"[ \t\n]+and[ \t\n]+")


def entry_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"list:org-name"``: "Organisation, Jane Doe;" and "Organisation, Jane Doe and John Roe" list entries, one per line
    or several on a line separated by semicolons (the organisation may wrap onto a second line)."""
    out: list[Statement] = []
    for m in re.finditer(r",[ \t]+", text):
        pos = m.end()
        names: list[Span] = []
        while True:
            pspan = person_name_at(text, pos, lex)
            if not pspan:
                break
            names.append(pspan)
            conj = _AND.match(text, pspan.end)  # at an offset, not on a copy of the rest of the text
            if not conj:
                break
            pos = conj.end()
        if not names or not re.match(r"[ \t]*(?:;|\.?[ \t]*(?:\n|$))", text[names[-1].end:names[-1].end + 4]):
            continue
        left = text[max(0, m.start() - 80):m.start()]
        cut = max(left.rfind(";"), left.rfind(":"), left.rfind("\n\n"), left.rfind("."))
        seg_start = m.start() - len(left) + cut + 1
        seg = text[seg_start:m.start()]
        lead = len(seg) - len(BULLET.sub("", seg.lstrip("\n"), count=1).lstrip()) if seg.strip() else len(seg)
        org_start = seg_start + lead
        org = text[org_start:m.start()]
        if (not org[:1].isupper() or "," in org or len(org.split()) > 6 or org.count("\n") > 1 or "\n\n" in org
                or re.search(r"[.!?()]", org) or valid_person_name(clean(org), lex)):
            continue
        out.extend(Statement(n, "list:org-name", org=Span(org_start, m.start())) for n in names)
    return out


_LABEL_LINE = re.compile(r"[ \t]*(?:[-•*]\s*)?\**([A-Za-z][A-Za-z /]{1,30}?)\**[ \t]*:[ \t]*\**[ \t]*(?=\S)")


def label_block_statements(text: str, lex: Lexicon) -> list[Statement]:
    """Rule ``"label-block"``: Label lines about one person: "Speaker: Jane Doe\\nPosition: Director\\nOrganisation: Acme
    Cluster" (the labels in any order, within the block of lines that starts with the name)."""
    out: list[Statement] = []
    lines, offsets = lines_and_offsets(text)
    heads = column_headers(lex.data_dir)
    for i, line in enumerate(lines):
        lab = _LABEL_LINE.match(line)
        if not lab or not heads["person"].fullmatch(lab.group(1).strip()):
            continue
        vstart = offsets[i] + lab.end()
        t = title_re(lex).match(text, vstart)
        person = person_name_at(text, t.end() if t else vstart, lex)
        if not person or text[person.end:offsets[i] + len(line)].strip(" \t*.;"):
            continue
        org = role = rspan = None
        for j in range(i + 1, min(i + 6, len(lines))):
            other = _LABEL_LINE.match(lines[j])
            if not lines[j].strip() or not other:
                break
            label = other.group(1).strip()
            if heads["person"].fullmatch(label):
                break  # the next person
            vs = offsets[j] + other.end()
            ve = offsets[j] + len(lines[j].rstrip(" \t*.;"))
            if ve <= vs:
                continue
            if heads["org"].fullmatch(label) and org is None:
                acr = re.search(r"[ \t]*\([^()]*\)$", text[vs:ve])
                oe = vs + acr.start() if acr else ve
                if text[vs].isupper() and not valid_person_name(clean(text[vs:oe]), lex):
                    org = Span(vs, oe)
            elif heads["role"].fullmatch(label) and role is None:
                value = clean(text[vs:ve])
                if len(value.split()) <= 8 and not re.search(r"\d|@", value):
                    role, rspan = value, Span(vs, ve)
        if org or role:
            out.append(Statement(person, "label-block", role=role, role_span=rspan, org=org))
    return out
