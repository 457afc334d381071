"""Dates written in other languages than English, with dateparser's month names for every language it
knows: "14. Mai 2019", "le 3 mars 2021", "del 10 al 12 de junio de 2024", "30 mai – 2 juin 2024",
"Juni 2024", "entre mars et juin 2027", "26. aprila 2035" (a month's case dateparser lacks:
``date_month_forms.csv``); with a weekday before the second day, "les mardi 18 et mercredi 19
septembre 2029", or a comma closing the first day, "26 септември, до събота, 30 септември 2034"; ``cross_year_range``:
each day with its own year, "1 ta' Jannar 2033 – 30 ta' Ġunju 2036", "del 1 de abril de 2032 al 31 de marzo de 2035".
A word between a day and its month is dateparser's ``pertain`` or the language's ``of`` (``date_languages.csv``: the
Maltese "ta'", the Galician "de"). A month abbreviation that is a function word of its language (spaCy's stop words) is
no month: the Catalan "des" ("Des del 2030"), the Czech "pro" ("plán pro 2035"), the Hungarian "már".
Days without a year ("el pasado 11 de diciembre", "am 5. März", "w dniach 10–11 czerwca") take their year
from the document as the English year-less days do (:func:`pipeline.extract.date_years.resolve_year`:
the stated dates, else the anchor date); only full month names read them, not abbreviations ("3 mar").

An additive path beside :mod:`pipeline.extract.dates` (English phrasings): it reads the blocks whose
language (see :mod:`pipeline.extract.languages`) is not English, and in a document that has another language, the
days with their year of that language in its English blocks too; never a span an English rule
already took, except that a day reading supersedes the month or year an English rule read inside it: "8. November
2035" is the 8th, not November ("November 2035" is also English; ``without_superseded``). Range words ("al",
"bis", "au") are data (``date_range_words.csv``); rules are named ``multilingual:<shape>:<language>``.

Inflected month names dateparser lacks are data too (``date_month_forms.csv``: the Slovenian genitive "8. maja 2035",
the Latvian locative "2034. gada martā", the Greek accusative "τον Νοέμβριο του 2035"), as is how a language writes a
date year first (``date_languages.csv``): ``year_first_day`` "2034. június 9.", "2034. június 6-án", "2035 m. gegužės 8
d.", "2034. gada 22. martā"; ``year_first_day_range`` "2034. június 9–10.", "2035 m. gegužės 8–10 d.";
``year_first_cross_month_range`` "2034. június 30. – július 2.", "2035. január 1-jétől 2036. június 30-ig", "2034. gada 4.
aprīļa līdz 15. maijam"; ``year_first_month`` "2035 januárjában", "2034. gada martā". The bare years those languages
date with a word or case ending are :mod:`pipeline.extract.dates_language_years`'s (``multilingual:year:<language>``).
A number after a day heading's label (``data/programme_day_headings.csv``: "Dia 2 – terça-feira, 19 de junho de 2035",
"Jour 2 – mercredi 14 mars 2035", "Ziua 1 – luni, 3 martie 2036") numbers the day: no first day of a range.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_table, phrase_alternation
from pipeline.extract.date_row_years import YearRows
from pipeline.extract.date_years import resolve_year, year_before
from pipeline.extract.dates_language_years import language_shapes, language_years
from pipeline.extract.languages import TextLanguages, stop_words
from pipeline.extract.programme_days import heading_label_before, weekday_names
from pipeline.records import DateMention, SegmentedDocument

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
_DASH = r"\s*[-–—]\s*"
_YEAR = r"(?P<{}>(?:19|20)\d\d)"
_SPACE = r"\ "
_DAY_SHAPES = ("cross_year_range", "cross_month_range", "day_range", "day",  # the shapes read in English blocks (a day and its year)
               "year_first_cross_month_range", "year_first_day_range", "year_first_day")
_MONTH_SHAPES = ("month", "month_range", "year_first_month")
_SUPERSEDED = ("month", "year")  # the precisions of an English reading a day of another language replaces
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _day(name: str) -> str:
    return rf"(?P<{name}>[0-3]?\d)(?:\.|º|°|er|st|nd|rd|th)?"


@lru_cache(maxsize=8)
def _range_words(data_dir: Path) -> dict[str, str]:
    rows = data_table(data_dir / "date_range_words.csv")[1]
    return {r["language"].strip(): r["words"].strip() for r in rows if (r.get("words") or "").strip()}


def _full_names(info: dict, keys: tuple[str, ...], shortest: int) -> dict[str, int]:
    """name → number (1-based) of dateparser's names for ``keys``, without the abbreviations: a name that opens
    another name of the same key ("mar" of "marzo", "gru" of "grudnia") or is shorter than ``shortest``."""
    found: dict[str, int] = {}
    for number, key in enumerate(keys, start=1):
        names = {n.strip(". ").lower() for n in info.get(key, ())}
        for name in names:
            if len(name) >= shortest and not name.isdigit() and not any(o != name and o.startswith(name) for o in names):
                found.setdefault(name, number)
    return found


@lru_cache(maxsize=8)
def _dateparser_languages(data_dir: Path) -> dict[str, str]:
    """language → the language dateparser reads its month names in, where the two differ (``date_range_words.csv``'s
    ``dateparser`` column: "no", Norwegian, is read as "nb", Bokmål: "3. mars 2033", "fra 9. til 11. juni")."""
    rows = data_table(data_dir / "date_range_words.csv")[1]
    return {r["language"].strip(): r["dateparser"].strip() for r in rows if (r.get("dateparser") or "").strip()}


@lru_cache(maxsize=8)
def _month_forms(data_dir: Path) -> dict[str, dict[str, int]]:
    """language → inflected month name → number (``date_month_forms.csv``: forms dateparser's data lacks)."""
    forms: dict[str, dict[str, int]] = {}
    for row in data_table(data_dir / "date_month_forms.csv")[1]:
        names = forms.setdefault(row["language"].strip(), {})
        for name in (row.get("forms") or "").split("|"):
            if name.strip():
                names[name.strip().lower()] = int(row["month"])
    return forms


def _year_first_shapes(shape: dict[str, str], month: str, full_month: str, between: str, m) -> list[tuple[str, str]]:
    """The shapes of a language that writes a date year first (``date_languages.csv``): its year with the mark after
    it (``year_first``), then the month and the day in the row's ``order``; a range's first day may end with the
    language's "from" (``from_end``), its last day may bring its own year. Without its year, a full month name then a
    day closed by its ending or dot is a day of the document's year (``yearless_month_day``: "Június 1-jétől", "május
    14-én", "gegužės 8 d.")."""
    mark, end, from_end = shape["year_first"], rf"(?:{shape['day_end']})?" if shape["day_end"] else "", shape["from_end"]
    year = rf"(?<![\d.,]){_YEAR.format('y')}{mark}\s+"
    second_year = rf"(?:{_YEAR.format('y2')}{mark}\s+)?"
    to = rf"(?:{between}|(?:{from_end})\s+)" if from_end else between

    def day(name: str) -> str:
        return rf"(?P<{name}>[0-3]?\d)(?!\d)"

    def one(i: str) -> str:  # a month and its day, in the language's order
        return rf"{day('d' + i)}\.?\s*{m('m' + i)}" if shape["order"] == "day month" else rf"{m('m' + i)}\s+{day('d' + i)}"

    days = (rf"{day('d1')}\.?{to}{day('d2')}\.?\s*{m('m2')}" if shape["order"] == "day month"
            else rf"{m('m2')}\s+{day('d1')}\.?{to}{day('d2')}{end}")
    first_end = "" if shape["order"] == "day month" else r"\.?"
    month_end = rf"(?:{shape['month_end']})?\b(?!\.?\s*\d)"  # "2035 januárjában", "2034. gada martā": no day after
    return [("year_first_cross_month_range", rf"{year}{one('1')}{first_end}{to}{second_year}{one('2')}{end}"),
            ("year_first_day_range", rf"{year}{days}"),
            ("year_first_day", rf"{year}{one('2')}{end}"),
            ("year_first_month", rf"{year}(?P<m2>{month}){month_end}"),
            *([("yearless_month_day", rf"(?<!\d\.\s)(?<!\d\s)\b{m('m2', full_month)}\s+{day('d2')}(?:{shape['day_end']})(?!\s*\d)")]
              if shape["order"] == "month day" and shape["day_end"] else [])]


@lru_cache(maxsize=64)
def _patterns(lang: str, data_dir: Path) -> tuple[dict[str, int], list[tuple[str, re.Pattern[str]]]] | None:
    """(month name → number, [(shape, pattern)]) for one language; None when dateparser does not know it.
    Shapes whose name starts with ``yearless_`` have no year group."""
    from dateparser.languages.loader import default_loader

    try:
        info = default_loader.get_locale(_dateparser_languages(data_dir).get(lang, lang)).info
    except (KeyError, ValueError):
        return None
    full_names = _full_names(info, _MONTH_KEYS, 3)
    common = stop_words(lang)  # an abbreviation that is a word of the language is no month: "des" (ca), "dez" (pt), "sept" (fr)
    months: dict[str, int] = {}
    for number, key in enumerate(_MONTH_KEYS, start=1):
        for name in info.get(key, ()):
            name = name.strip(". ").lower()
            if len(name) >= 3 and not name.isdigit() and (name in full_names or name not in common):
                months.setdefault(name, number)
    if not months:
        return None
    forms = _month_forms(data_dir).get(lang, {})  # inflected forms are full names, though one opens another ("maija", "maijam")
    months.update(forms)
    month = phrase_alternation(months, space=_SPACE)
    full_month = phrase_alternation({**full_names, **forms}, space=_SPACE)
    shape = language_shapes(data_dir).get(lang, {})
    weekdays = _full_names(info, _WEEKDAY_KEYS, 5)
    weekday = rf"(?:(?:{phrase_alternation(weekdays, space=_SPACE)}),?\s+)?" if weekdays else ""
    pertain = "|".join([*(re.escape(p) for p in info.get("pertain") or () if p.strip()), *filter(None, [shape.get("of")])])
    of = rf"(?:\s+(?:{pertain}))?" if pertain else ""
    words = "|".join(w for w in (_range_words(data_dir).get(lang), _range_words(data_dir).get("*")) if w)
    # "mardi 18 et mercredi 19"; a comma may close the first day before the word: "26 септември, до събота, 30 септември"
    between = (rf"(?:{_DASH}|,?\s+(?:{words})\s+)" if words else _DASH) + weekday

    def m(name: str, names: str = month) -> str:
        return rf"(?P<{name}>{names})\.?"

    tail = rf"{of}\s*,?\s*{of}\s*{_YEAR.format('y')}\b"
    # the shapes above took a day with its year; a number on the next line is no year: the clock time under a day
    # heading of a programme ("Quinta-feira, 12 de outubro" over "09h30 – Receção", "Tirsdag 19. september" over "11.00")
    no_year = rf"\b(?!{of}[ \t]*,?[ \t]*{of}[ \t]*\d)"
    shapes = [
        # each day with its own year: "1 ta' Jannar 2033 – 30 ta' Ġunju 2036", "del 1 de enero de 2033 al 30 de junio de 2036"
        ("cross_year_range", rf"\b{_day('d1')}{of}\s*{m('m1')}{of}\s*,?\s*{of}\s*{_YEAR.format('y')}{between}{_day('d2')}{of}\s*"
                             rf"{m('m2')}{of}\s*,?\s*{of}\s*{_YEAR.format('y2')}\b"),
        ("cross_month_range", rf"\b{_day('d1')}{of}\s*{m('m1')}{between}{_day('d2')}{of}\s*{m('m2')}{tail}"),
        ("day_range", rf"\b{_day('d1')}{between}{_day('d2')}{of}\s*{m('m2')}{tail}"),
        ("day", rf"\b{_day('d2')}{of}\s*{m('m2')}{tail}"),
        # "entre mars et juin 2027", "tra maggio e luglio 2031": full month names (a range word of the language between)
        ("month_range", rf"\b{m('m1', full_month)}{between}{m('m2', full_month)}{tail}"),
        ("month", rf"\b{m('m2')}{tail}"),
        ("yearless_cross_month_range",
         rf"\b{_day('d1')}{of}\s*{m('m1', full_month)}{between}{_day('d2')}{of}\s*{m('m2', full_month)}{no_year}"),
        ("yearless_day_range", rf"\b{_day('d1')}{between}{_day('d2')}{of}\s*{m('m2', full_month)}{no_year}"),
        ("yearless_day", rf"\b{_day('d2')}{of}\s*{m('m2', full_month)}{no_year}"),
    ]
    if shape.get("year_first"):  # first: a day-first shape would join a day to the year of the next date ("9. 2035.")
        shapes[:0] = _year_first_shapes(shape, month, full_month, between, m)
    return months, [(shape, re.compile(p, re.I)) for shape, p in shapes]


def _date(y: str, month: int, d: str | None) -> dt.date | None:
    try:
        return dt.date(int(y), month, int(d) if d else 1)
    except ValueError:
        return None


_NUMBER_BEFORE = re.compile(r"[ \t]*\d{1,4}\.[ \t]*")


def _with_number(text: str, start: int) -> int:
    """A block's start, moved back to its line's start when only a number with a dot stands before it there: the
    list marker a Markdown reader made of a date's opening number ("- 2034. július 17.: …", "28. martā Liepājā")."""
    line = text.rfind("\n", 0, start) + 1
    return line if line < start and _NUMBER_BEFORE.fullmatch(text, line, start) else start


def extract_dates_multilingual(seg: SegmentedDocument, langs: TextLanguages, taken: list[DateMention],
                               data_dir: Path, anchor: dt.date | None = None, rows: YearRows | None = None) -> list[DateMention]:
    """Dates in the blocks that are not in English, outside the spans of ``taken``: first those with their year,
    then the year-less days, whose year the dates of the whole document (``taken`` and those) and ``anchor`` give."""
    text = seg.doc.text
    spans = [(d.start, d.end, d.precision in _SUPERSEDED) for d in taken]
    found: list[DateMention] = []
    blocks = [(_with_number(text, start), end, lang, _patterns(lang, data_dir), False) for start, end, lang in langs.blocks
              if lang not in ("en", "und")]
    # a short line the identifier gives to English (it takes the block before's language: "Diffusion : membres du
    # réseau, 8 octobre 2027" after an English abstract) reads the days with their year of the document's other languages
    others = [lang for lang in langs.shares if lang not in ("en", "und")]
    blocks += [(start, end, lang, _patterns(lang, data_dir), True) for start, end, block in langs.blocks if block in ("en", "und")
               for lang in others]
    shapes_of = language_shapes(data_dir)
    rows = rows if rows is not None else YearRows.of(text)  # "2034 – Arradon, 6 juin" (date_row_years)
    for yearless in (False, True):
        if yearless:
            with_year = [d for d in (*taken, *found) if d.precision in ("day", "month") and d.start_date and d.end_date]
            dated = [((d.start_date, d.end_date), d.precision) for d in with_year]
            stated = sorted((d.start, d.start_date.year) for d in with_year)
        for start, end, lang, compiled, english in blocks:
            if compiled is None:
                continue
            months, shapes = compiled
            for shape, pattern in shapes:
                if shape.startswith("yearless_") != yearless or (english and shape not in _DAY_SHAPES):
                    continue
                for mt in pattern.finditer(text, start, end):
                    s, e = mt.span()
                    if any(s < te and ts < e and not (weaker and s <= ts and te <= e and e - s > te - ts)
                           for ts, te, weaker in spans) or rows.crosses(text, s, e):
                        continue
                    g = mt.groupdict()
                    m2 = months[g["m2"].lower().rstrip(".")]
                    m1 = months[g["m1"].lower().rstrip(".")] if g.get("m1") else m2
                    name = shape
                    if g.get("d1") and not g.get("m1") and (heading_label_before(text, s, lang, data_dir)
                                                            or _numbered_first_day(text, mt, data_dir)):
                        # "Dia 2 – terça-feira, 19 de junho": the heading's day number, the one day is the 19th
                        g, s, name = {**g, "d1": None}, mt.start("d2"), shape.replace("day_range", "day")
                    day1 = g.get("d1") or g.get("d2")
                    year = g.get("y")
                    if yearless and (row_year := rows.year_at(s)) is not None:
                        year, name = row_year, "year_row_day"
                    elif yearless:
                        year = resolve_year(m1, int(day1), dated, anchor) or year_before(stated, s)
                        if year is None:
                            continue
                    first = _date(str(year), m1, day1)
                    last = _date(g.get("y2") or str(int(year) + (m2 < m1 and yearless)), m2, g.get("d2"))
                    if first is None or last is None or last < first:
                        continue
                    precision = "month" if shape in _MONTH_SHAPES else "day"
                    if precision == "month":
                        last = last.replace(day=calendar.monthrange(last.year, last.month)[1])
                    if parts := _two_days(text, mt, first, last, shapes_of.get(lang, {})):
                        found += [DateMention(seg.doc.doc_id, a, b, text[a:b], day, day, "day", f"multilingual:{name}:and:{lang}",
                                              yearless) for a, b, day in parts]
                    else:
                        found.append(DateMention(seg.doc.doc_id, s, e, text[s:e], first, last, precision,
                                                 f"multilingual:{name}:{lang}", yearless))
                    spans.append((s, e, False))
    found += language_years(seg.doc.doc_id, text, blocks, [*taken, *found], data_dir)
    return found


_LINE_START = re.compile(r"[ \t*•>#-]*")


@lru_cache(maxsize=4)
def _weekday_words(data_dir: Path) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a weekday name of any language anywhere, one closing its text) from ``data/programme_day_headings.csv``;
    whole names, so "quinta-feira" is one ("feira" alone is none)."""
    names = phrase_alternation(weekday_names(data_dir))
    return (re.compile(rf"(?<![^\W\d_])(?:{names})(?![^\W\d_])", re.I),
            re.compile(rf"(?<![^\W\d_])(?:{names})[\s,.]*$", re.I))


def _numbered_first_day(text: str, mt: re.Match[str], data_dir: Path) -> bool:
    """True when a range's first number numbers something rather than opening the range, in any language:
    - a weekday stands before the last day and none before the first ("Sesja 2 – czwartek, 14 marca 2035": the second
      session is on the 14th; "we wtorek 3 – czwartek 5 marca", "de segunda-feira, 3, a quarta-feira, 5 de junho" are
      ranges), as the English ranges read (``dates._weekday_range``);
    - the first number opens its line and the range word after it opens a sentence ("2. Bis 12. Mai 2036 wählen Sie
      …": the list's second item, then "until 12 May"); range words are lower case inside a date."""
    anywhere, closing = _weekday_words(data_dir)
    between = text[mt.end("d1"):mt.start("d2")]
    if anywhere.search(between):
        return closing.search(text, max(0, mt.start("d1") - 30), mt.start("d1")) is None
    line = text.rfind("\n", 0, mt.start("d1")) + 1
    return (_LINE_START.fullmatch(text, line, mt.start("d1")) is not None
            and re.match(r"\.?[ \t]+[^\W\d_]", between) is not None and between.lstrip(". \t")[:1].isupper())


def _two_days(text: str, mt: re.Match[str], first: dt.date, last: dt.date, shape: dict[str, str]) -> list[tuple[int, int, dt.date]]:
    """Two days joined by the language's "and" (``date_languages.csv``) that are not consecutive are two dates, as in
    English ("2. i 9. studenoga 2033", "am 3. und 17. Juni 2031"): ``[(start, end, day), (start, end, day)]``, the first
    ending at its own day or month; empty for a range ("5 και 6 Φεβρουαρίου 2036", "od 24. do 28. travnja"), also after
    the language's "between" (its ``between``: "entre 9 e 12 de março de 2027", "zwischen 3. und 7. Mai")."""
    g = mt.groupdict()
    joins, between = shape.get("and"), shape.get("between")
    if not joins or not g.get("d1") or not g.get("d2") or (last - first).days <= 1:
        return []
    if between and re.search(rf"(?<!\w)(?:{between})\s+$", text[max(0, mt.start() - 24):mt.start()], re.I):
        return []
    first_end = max(mt.end(k) for k in ("d1", "m1") if g.get(k) and mt.end(k) <= mt.start("d2"))
    second = min(mt.start(k) for k in ("y2", "m2", "d2") if g.get(k) and mt.start(k) >= first_end)
    if not re.fullmatch(rf"[\s.,]*(?:{joins})[\s,]+(?:[^\W\d_]+,?\s+)?", text[first_end:second], re.I):  # "und", "et mardi"
        return []
    return [(mt.start(), first_end, first), (second, mt.end(), last)]


def without_superseded(taken: list[DateMention], found: list[DateMention]) -> list[DateMention]:
    """``taken`` without the months and years that a longer date of ``found`` (the other-language dates) holds: the
    English "November 2035" of the German "Donnerstag, 8. November 2035", whose day the English day shapes do not
    read."""
    spans = [(d.start, d.end) for d in found]
    return [d for d in taken if not (d.precision in _SUPERSEDED and any(
        s <= d.start and d.end <= e and e - s > d.end - d.start for s, e in spans))]
