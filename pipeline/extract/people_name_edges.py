"""People: the edges of a name read with the wrong extent (rule families used by :mod:`pipeline.extract.people`).

A name cut before its last surname ("Ana Sousa| Reis lembrou"), a double surname wrapped to the next line and
written again later, a name run on over a particle into an organisation's name ("Jan de Wit van de Gemeente"), a
model's name stopped at the conjunction of a double surname ("Jordi Vilanova| i Puig") and two people joined by one
("Ana Ruiz y Marta Gil").
"""
from __future__ import annotations

import re

from pipeline.extract.given_names import starts_with_given_name
from pipeline.extract.lexicon import Lexicon, key
from pipeline.extract.org_context import org_words
from pipeline.extract.shapes import is_name_word


# a conjunction of one letter between two surnames (the Catalan "i", the Spanish "y") and the word after it
_CONJOINED_SURNAME = re.compile(r"[ \t]+([a-z])[ \t]+([^\W\d_][\w'’-]*)(?![\w'’-])")


def _second_surname(word: str, lex: Lexicon) -> bool:
    """Rule family "conjoined double surname": the word after "i" / "y" right after a model's name is the second
    surname ("Jordi Vilanova i Puig", "Pau Ferrer i Bosch", "Luis Ortega y Gasset") when it is a capitalised name word
    and no given name (that is a second person: "Ana Ruiz y Marta Gil"), place or word never a name's."""
    return (is_name_word(word) and word.lower() not in lex.not_person_words and not starts_with_given_name(word, lex)
            and key(word) not in lex.listed_cities and key(word) not in lex.countries)


def conjoined_surname(text: str, end: int, lex: Lexicon) -> int | None:
    """Where a second surname after a conjunction of one letter right at ``end`` ends (see :func:`_second_surname`)."""
    m = _CONJOINED_SURNAME.match(text, end)
    return m.end() if m and m.group(1) in lex.name_particles and _second_surname(m.group(2), lex) else None


def given_name_word(word: str, lex: Lexicon) -> bool:
    """A capitalised word that is a known given name and no word that is never part of a name ("The", "Dear"), nor a
    place ("Mayor of Vienna Michael Ludwig": "Vienna" is a given name too)."""
    return (word[:1].isupper() and word.lower() not in lex.not_person_words and key(word) not in lex.cities
            and key(word) not in lex.countries and starts_with_given_name(word, lex))


def pair_written(text: str, last: str, word: str) -> bool:
    """The text writes ``last`` and ``word`` side by side on one line elsewhere: a double surname ("… mag. Nina
    Kos\nZupan in …", later "Kos Zupan je dejala")."""
    return re.search(r"(?<![\w-])" + re.escape(last) + r"[ \t]+" + re.escape(word) + r"(?![\w-])", text) is not None


def name_head_owner(name: str, full_names, text: str, ends) -> str | None:
    """Rule family "name cut before its last surname": a name of two words or more that opens exactly one longer full
    name of the document, and that the text continues with that name's remaining words wherever it was read (``ends``:
    where its mentions end), is that full name stopped short ("Ana Sousa" of "Ana Sousa Reis lembrou …": the model
    took the last surname for a word of the sentence); else None."""
    words = name.split()
    owners = {f for f in full_names if len(f.split()) > len(words) and f.split()[:len(words)] == words}
    if len(words) < 2 or len(owners) != 1 or not ends:
        return None
    owner = next(iter(owners))
    return owner if all(rest_of_name(text, e, name, owner) for e in ends) else None


def rest_of_name(text: str, end: int, name: str, owner: str) -> int | None:
    """Where the words of ``owner`` after ``name`` end, when the text at ``end`` continues with them on its line."""
    rest = owner.split()[len(name.split()):]
    m = re.compile(r"[ \t]+" + r"[ \t]+".join(re.escape(w) for w in rest) + r"(?![\w-])").match(text, end)
    return m.end() if m else None


def without_org_tail(text: str, s: int, e: int, lex: Lexicon) -> int:
    """Rule family "particle before an organisation": a name that runs on over a particle into the front head of an
    organisation's name of another language ("Jan de Wit van de Gemeente Emmen", "Marco Neri della Regione Umbria",
    "Rita Lobo da Universidade do Minho": ``[front heads]`` of ``org_name_words.txt``) ends before the particle;
    the end of the name in the text (``e`` when nothing follows a particle)."""
    words = list(re.finditer(r"\S+", text[s:e]))
    heads = org_words(lex.data_dir).front_heads
    for i in range(2, len(words) - 1):
        w = words[i].group()
        if not (w[:1].islower() and w.lower() in lex.name_particles):
            continue
        j = i
        while j < len(words) and words[j].group()[:1].islower() and words[j].group().lower() in lex.name_particles:
            j += 1
        if j < len(words) and words[j].group() in heads:
            return s + words[i - 1].end()
    return e


def two_conjoined_names(text: str, s: int, e: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Rule family "two people joined by a conjunction": a name read over a conjunction of one letter ("y", "i") into
    a second full name that opens with a given name ("Ana Ruiz y Marta Gil", "Pau Roca i Laia Puig") is two people:
    their two spans; none when the word after the conjunction is a second surname ("Ortega y Gasset")."""
    words = list(re.finditer(r"\S+", text[s:e]))
    for i in range(2, len(words) - 2):
        w = words[i].group()
        if len(w) == 1 and w.islower() and w in lex.name_particles and given_name_word(words[i + 1].group(), lex):
            return [(s, s + words[i - 1].end()), (s + words[i + 1].start(), e)]
    return []
