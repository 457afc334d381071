"""Stage 5, normalise: small pure converters for dates, names and keys.

Each function has an explicit policy for values it cannot convert: it returns ``None`` and never
guesses (no "today" as a default date, no half-parsed names).
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
import unicodedata
from functools import lru_cache

import dateparser
from dateparser.date import DateDataParser

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9

_DDP = DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})


def month_number(word: str) -> int | None:
    return _MONTHS.get(word.lower().rstrip("."))


def period_bounds(start: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """First and last day of the day / month / year that ``start`` stands for."""
    if precision == "year":
        return dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)
    if precision == "month":
        last = calendar.monthrange(start.year, start.month)[1]
        return dt.date(start.year, start.month, 1), dt.date(start.year, start.month, last)
    return start, start


_TIME = re.compile(r"(?:,?\s*(?:at\s+|from\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:-|–|—|to)\s*\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)?"
                   r"(?:\s*\(?(?:CET|CEST|EET|EEST|WET|WEST|GMT|UTC|BST|EST|EDT|PST|PDT)(?:[+-]\d{1,2})?\)?)?)", re.I)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?,?\s*", re.I)
_RELATIVE = re.compile(r"\b(?:today|tomorrow|yesterday|ago|next|last|this|coming|previous|past|recent(?:ly)?|current|now|week|weeks)\b", re.I)


@lru_cache(maxsize=4096)
def parse_single_date(expression: str, relative_base: dt.date | None = None) -> tuple[dt.date, str] | None:
    """One calendar expression → (first day, precision) with dateparser; None when it is not a date.

    Times, time zones and weekdays are dropped ("Tuesday, 15 May 2024, 8:30 – 9:45 CET" → 15 May
    2024); relative expressions ("next week", "last May") are refused (they need an anchor: see the
    relative-date rules). A year-less expression needs ``relative_base`` (the document's date) and
    is otherwise refused.
    """
    cleaned = _TIME.sub(" ", expression)
    cleaned = _WEEKDAY.sub("", cleaned)
    cleaned = re.sub(r"\b(\d{1,2})(st|nd|rd|th)\b", r"\1", cleaned.strip(" ,.;"))
    cleaned = re.sub(r"^(?:the|on|from|until|till|to|by|in|of)\s+", "", cleaned, flags=re.I)
    cleaned = " ".join(re.sub(r"\s+of\s+", " ", cleaned).split()).strip(" ,.;")
    if not cleaned or _RELATIVE.search(cleaned):
        return None
    if not re.search(r"\d", cleaned) and month_number(cleaned.split()[0]) is None:
        return None
    has_year = bool(re.search(r"\b(1[89]\d\d|2[01]\d\d)\b", cleaned))
    if not has_year and relative_base is None:
        return None
    if relative_base is None:
        data = _DDP.get_date_data(cleaned)
    else:
        settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
                    "RELATIVE_BASE": dt.datetime.combine(relative_base, dt.time())}
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(cleaned)
    if data is None or data.date_obj is None:
        return None
    precision = {"day": "day", "week": "day", "time": "day", "month": "month", "year": "year"}.get(data.period or "day", "day")
    # dateparser fills missing parts from today ("2019" → 2019-<this month>-01): the period's first day instead.
    return period_bounds(data.date_obj.date(), precision)[0], precision


_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "ł": "l", "đ": "d"})
_DASHES = re.compile(r"[\u2010-\u2015\-]")
_APOSTROPHES = re.compile(r"[’'`´]")
_NOT_KEY_CHAR = re.compile(r"[^\w\s&']")


@lru_cache(maxsize=1 << 16)  # pure and called ~60k times per 240 documents in resolution
def fold(text: str) -> str:
    """Lower-case, strip diacritics, unify dashes/apostrophes and whitespace: the matching key."""
    if not text.isascii():  # ASCII has no decompositions, combining marks or letters to map (most names: ~0.3 s a process)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = text.translate(_UNDECOMPOSED)
    text = _DASHES.sub(" ", text)
    text = _APOSTROPHES.sub("'", text)
    text = _NOT_KEY_CHAR.sub(" ", text.lower())
    return " ".join(text.split())


def clean_name(text: str) -> str:
    """A name as an analyst wants to read it: line breaks and repeated spaces folded."""
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1-\2", text)
    return " ".join(text.split()).strip(" ,;:.")


def stable_id(prefix: str, key: str) -> str:
    """Deterministic id from a canonical key: same key, same id, in every run."""
    return f"{prefix}_{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def parse_iso_date(value: str | None) -> dt.date | None:
    """'2019-05-14' / '2019-05' / '2019' → first day; None for None or garbage."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def dateparser_parse(text: str) -> dt.datetime | None:
    """Plain dateparser call with the project's settings (exposed for tests and the bench)."""
    return dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
