"""An article before an organisation word alone names no organisation ([articles before a bare organisation word] of
``data/org_name_words.txt``, :func:`pipeline.extract.org_context.not_org`). Sentences of our own."""
from __future__ import annotations

import pytest


def _orgs(result):
    return sorted((o.text, o.rule) for o in result.organisations)


@pytest.mark.parametrize("text, expected", [
    ("Il Cluster ha organizzato un incontro con il Consorzio Legno Veneto.",
     [("Consorzio Legno Veneto", "pattern:org-head")]),
    ("O Cluster organizou a reunião com a Associação Empresarial de Leiria.",
     [("Associação Empresarial de Leiria", "pattern:org-head")]),
    ("La Commission a publié le rapport annuel.", []),
    # a word of its own after the organisation word: a name ("El Departamento de Industria")
    ("El Departamento de Industria y el Clúster de Automoción de Navarra firmaron el acuerdo.",
     [("Clúster de Automoción de Navarra", "pattern:org-head"), ("El Departamento de Industria", "pattern:org-head")]),
])
def test_article_and_bare_organisation_word_name_none(extract, text, expected):
    assert _orgs(extract(text)) == expected
