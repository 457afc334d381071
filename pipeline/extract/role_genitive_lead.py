"""Rule family "organisation in the genitive before the title": Lithuanian, Latvian and Estonian write what a role is
held in before the title, in the genitive, as one phrase with a capital on its first word only ("Jane Pavyzdė,
Inovacijų agentūros atstovė", "Jonas Pavyzdys, Kauno technologijos universiteto profesorius", "Jane Näide, Tartu
ülikooli teadur", "Jane Parauga, Rēzeknes valstspilsētas mēre"). After a name and its comma, such a lead is part of the
role as stated (the role then reads from its title), not a sentence that merely ends in a title. Only a title of
``role_titles_languages.txt`` that English lacks takes such a lead, so "Jane Doe, Acme said director" stays no role;
and the title closes the segment: "Jonas Pavyzdys, Acme kolegijos direktorė dr. Jane Pavyzdė" names the next person's
office, not Jonas's.
"""
from __future__ import annotations

import re

from pipeline.extract.lexicon import Lexicon, title_key

_MAX_LEAD = 6  # words of the genitive phrase before the title
_WORD = re.compile(r"[^\W\d_][\w-]*")
_QUOTES = "„“”\"«»"


def genitive_lead(words: list[str], title: str, after: str, lex: Lexicon) -> bool:
    """True when ``words`` (the segment's words before ``title``) are a genitive phrase: one to six words, the first
    capitalised, none a function word (``role_field_stops.txt``), before a title of another language that ends the
    segment (``after``, the rest of it, holds only spaces and stops). A word inside may be capitalised, the genitive of
    a proper name ("Vilniaus universiteto Chemijos fakulteto docentė"), and a company may stand in quotes after its
    legal form ("UAB „Šiaulių metalas“ direktorius", "SIA „Kurzemes koks“ valdes priekšsēdētājs")."""
    if after.strip(" \t\n.;:*_") or not 1 <= len(words) <= _MAX_LEAD or not words[0][:1].isupper():
        return False
    if not lex.language_title(title):
        return False
    return all(_WORD.fullmatch(w.strip(_QUOTES)) is not None and w.lower().strip(_QUOTES) not in lex.role_field_stops
               for w in words)
