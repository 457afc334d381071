"""Family "sentence opener before a front head" (organisation names of other languages): a capitalised word that
opens a sentence right before a front head of data/org_name_words.txt is the sentence's, not the name's
("Predstavniki Univerze v Ljubljani so …", "Studenti Università di Pisa …", "Delegati Camerei de Comerț …"), when
the text also writes it in lower case ("… so bili predstavniki …"); not a front head or an organisation word itself,
nor an adjective of the name that the text writes capitalised only ("Warciański Klaster Meblarski"). Used by
:func:`pipeline.extract.org_spans.trim`, which drops such a word from the start of every candidate name.
"""
from __future__ import annotations

import re

from pipeline.extract.statement_parts import lower_case_words

_SENTENCE_START = re.compile(r"(?:^|[.!?:;][ \t\n]+|\n[ \t]*)$")
_NEXT_WORD = re.compile(r"[ \t\n]+([^\s,]+)")


def opens_before_front_head(text: str, start: int, word: str, front_heads: frozenset[str], org_suffixes: frozenset[str]) -> bool:
    """``word`` at ``start`` opens a sentence before a front head and is no part of the name (module docstring)."""
    if word in front_heads or word in org_suffixes:
        return False
    nxt = _NEXT_WORD.match(text, start + len(word))
    return (nxt is not None and nxt.group(1) in front_heads and bool(_SENTENCE_START.search(text, max(0, start - 4), start))
            and word.lower() in lower_case_words(text))
