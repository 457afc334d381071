"""Rule family "line field", where a name ends: a capitalised run carried past a name's last word into words that
open something else is cut before them (called from :func:`pipeline.extract.org_spans.line_fields` for every
rule's candidate).

- Words in capitals after a name written in lower case too, on its line or the next: a heading, a page's title or
  a month of a calendar set beside or under the name ("… of the Technical University of Acme NEW MEMBERS",
  "Ministry of Trade of the Republic of Acme\\nPRESS RELEASE", "… Acme University of Technology\\nMARCH"). Two
  words in capitals or more, of ten letters together, after a capitalised word of the name, or a month alone; short
  acronyms after a name ("Fraunhofer Institute for Chemical Technology ICT", "Unit C.2 of DG GROW") stay.
- The next line opened by a clause, not by a name's last word: a participle before "by" ("hosted by the University
  of Acme\\nOrganised by Beta Cluster", "… Faculty of Engineering\\nSupported by …") or a capitalised pronoun,
  determiner or question word of ``[clause openers after a name's line]`` in data/org_name_words.txt before a
  lower-case word ("Dean of the Faculty of Acme Studies\\nThis session looked at …", "CTO of Acme\\nHow the AI
  Act …"; before a capitalised word the name starts after it: ``line_fields``). A name wrapped over the line goes
  on ("University of Applied\\nSciences", "Chamber of Commerce and\\nIndustry").
- A name whose line ends in a legal form or in "of" and a country is whole there (:func:`closed_at_line_end`):
  "CEO of Acme Drones Oy\\nLive-streamed as …", "… Research Centre of Finland\\nCell chemistry in …".
- A company and its site (:func:`site_tail_end`): a legal form closes the name before a comma or "in" and the town,
  site or branch a table cell or a sentence gives after it, and a lower-case site word closes a tail after a comma
  that is no part of the name ("Acme Cement AB, Visby plant", "Acme Bank, Lviv branch").
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_sections
from pipeline.extract.lexicon import Lexicon, key

_WORD = re.compile(r"\S+")
_CAPS = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’&-]*[A-ZÀ-Þ]")
_LOWER = re.compile(r"[a-zß-ÿ]")
_BY = re.compile(r"[A-ZÀ-Þ][\w-]*ed[ \t]+by\b")
_MONTHS = frozenset(m.upper() for m in calendar.month_name if m)


@lru_cache(maxsize=4)
def _clause_openers(data_dir: Path | None) -> frozenset[str]:
    """The ``[clause openers after a name's line]`` of data/org_name_words.txt, as written."""
    return frozenset(data_sections(data_dir / "org_name_words.txt").get("clause openers after a name's line", [])) if data_dir else frozenset()


def name_end(text: str, s: int, e: int, data_dir: Path | None) -> int:
    """Where the name in ``text[s:e]`` ends (``e`` when nothing after its words opens something else)."""
    words = list(_WORD.finditer(text, s, e))
    for i in range(1, len(words)):
        rest = [w.group().strip(",.;:") for w in words[i:]]
        last = words[i - 1].group()
        if not (last[:1].isupper() and _LOWER.search(last)) or not all(_CAPS.fullmatch(w) for w in rest):
            continue
        if (len(rest) >= 2 and sum(map(len, rest)) >= 10) or (len(rest) == 1 and rest[0] in _MONTHS):
            return words[i - 1].end()
        break
    nl = text.rfind("\n", s, e)
    if nl == -1 or not text[s:nl].strip():
        return e
    line_end = text.find("\n", nl + 1)
    line = text[nl + 1:len(text) if line_end < 0 else line_end].lstrip()
    first, second = (line.split()[:2] + ["", ""])[:2]
    if _BY.match(line) or (first in _clause_openers(data_dir) and second[:1].islower()):
        return s + len(text[s:nl].rstrip())
    return e


_FORM_TAIL = re.compile(r"[ \t]*,[ \t]*\S|[ \t]+in[ \t]+[A-ZÀ-Þ]")


@lru_cache(maxsize=4)
def _site_words(data_dir: Path | None) -> frozenset[str]:
    """The ``[site words after a comma]`` of data/org_name_words.txt, lower-case."""
    words = data_sections(data_dir / "org_name_words.txt").get("site words after a comma", []) if data_dir else []
    return frozenset(w.lower() for w in words)


def site_tail_end(text: str, s: int, e: int, lex: Lexicon) -> int:
    """Rule family "a company and its site": where the name in ``text[s:e]`` ends when a table cell or a sentence
    gives the company's town, site or branch after it. A legal form closes a company's name, so a comma or "in"
    after it opens the town or site ("Acme Cement AB, Visby plant", "Beta Foods sh.p.k., Shkodër", "Gamma Tools Ltd
    in Little Harwood", "Delta Bau GmbH in Oberwart"); and a comma and one to three words that a lower-case site word
    of ``[site words after a comma]`` closes (data/org_name_words.txt: "branch", "plant", "Werk", "pobočka", …) are the
    site, not a part of the name ("Acme Bank, Lviv branch", "Acme Dairy Cooperative, Cork plant")."""
    for m in lex.legal_forms.finditer(text, s, e):
        if m.end() < e and _FORM_TAIL.match(text, m.end(), e):
            return m.end()
    comma = text.rfind(",", s, e)
    if comma > s:
        tail = text[comma + 1:e].split()
        if 1 <= len(tail) <= 3 and tail[-1].islower() and tail[-1] in _site_words(lex.data_dir) and tail[0][:1].isupper():
            return s + len(text[s:comma].rstrip())
    return e


def closed_at_line_end(text: str, s: int, nl: int, lex: Lexicon) -> bool:
    """Rule family "line field": a name whose line ends in a legal form ("CEO of Acme Drones Oy", "Acme Kft.") or in
    "of" and a country ("VTT Technical Research Centre of Finland", "Ministry of Economy of the Republic of Acme")
    is whole there: a single capitalised word opening the next line before a lower-case word or a menu sign
    ("Live-streamed as …", "Cell chemistry in …", "News › Press releases") opens a sentence or a menu, not the rest
    of the name (``org_context._past_next_line_word``)."""
    end = s + len(text[s:nl].rstrip())
    form = lex.legal_forms.search(text, max(s, end - 30), nl + 1)
    if form is not None and form.end() >= end:
        return True
    words = text[s:end].split()
    return len(words) >= 3 and words[-2] == "of" and key(words[-1]) in lex.countries
