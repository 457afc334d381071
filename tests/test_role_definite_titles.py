"""Rule family "definite role title" (role_title_forms.py, role_title_definite_endings.csv): the languages that write
their definite article as an ending of the noun (Bulgarian, Macedonian, Albanian, Romanian, Danish, Norwegian, Swedish,
Icelandic, Basque) name a known office with the title in that form. The endings make the forms the lexicon matches,
the definite title is its own article in "the role, Name" (``the-role-name``), the title with its genitive comes
before the name (``role-org-before-name-language``) or before "is" and the name (``the-role-is-name``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.data_files import data_table, language_gaps
from pipeline.extract.role_title_forms import definite_forms

DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"


def roles(result) -> set[tuple[str, str, str | None, str]]:
    return {(r.person, r.role, r.organisation, r.rule) for r in result.roles}


def test_every_language_says_how_it_writes_the_definite_article():
    rows = data_table(DATA / "role_title_definite_endings.csv")[1]
    assert language_gaps(DATA, {("definite article", row["language"]) for row in rows}) == {}


@pytest.mark.parametrize("title, rows, expected", [
    ("координатор", [("consonant", "от"), ("ка", "ката")], {"координаторот"}),
    ("претседателка", [("consonant", "от"), ("ка", "ката")], {"претседателката"}),
    ("заместник-директор", [("consonant", "ът"), ("тел", "теля")], {"заместник-директорът"}),
    ("председател", [("consonant", "ът"), ("тел", "теля"), ("тел", "телят")], {"председателят", "председателя"}),
    ("ministër", [("consonant", "i"), ("ër", "ri"), ("e", "ja")], {"ministri"}),
    ("kryetare", [("consonant", "i"), ("ër", "ri"), ("e", "ja")], {"kryetarja"}),
    ("președinte", [("consonant", "ul"), ("e", "ele")], {"președintele"}),
    ("zuzendari", [("consonant", "a"), ("i", "ia")], {"zuzendaria"}),
    # several words, an abbreviation, a title in capitals: no form
    ("генерален директор", [("consonant", "от")], set()),
    ("CEO", [("consonant", "ul")], set()),
    ("dir.", [("consonant", "ul")], set()),
])
def test_definite_forms_of_one_word_titles(title, rows, expected):
    assert definite_forms(title, rows) == expected


# a definite title, what it is of after a link or connector, a comma and the name: the role is the name's
@pytest.mark.parametrize("text, expected", [
    ("Në panel foli edhe kryetarja e shoqatës së bletarëve, Mimoza Hasani, e cila kërkoi më shumë mbështetje.",
     {("Mimoza Hasani", "kryetarja", None, "role:the-role-name")}),
    ("На отворањето присуствуваше директорот на агенцијата, Горан Трајковски, кој ги поздрави учесниците.",
     {("Горан Трајковски", "директорот", None, "role:the-role-name")}),
    ("Гостите бяха посрещнати от управителя на фирмата, Стефан Димитров, който показа новата линия.",
     {("Стефан Димитров", "управителя", None, "role:the-role-name")}),
    ("Direktøren for klyngen, Lars Mikkelsen, fortalte om de nye projekter i regionen.",
     {("Lars Mikkelsen", "Direktør", None, "role:the-role-name")}),  # a Nordic role in its base form
    ("Ordföranden i föreningen, Karin Lindqvist, berättade om årets satsningar på export.",
     {("Karin Lindqvist", "Ordförande", None, "role:the-role-name")}),
    ("Elkarteko zuzendaria, Miren Etxeberria, proiektu berriak aurkeztu zituen.",
     {("Miren Etxeberria", "zuzendaria", None, "role:the-role-name")}),
])
def test_definite_title_is_its_own_article(extract, text, expected):
    assert roles(extract(text)) == expected


def test_definite_titles_listed_each_before_its_name(extract):
    # a list of definite titles each before its name: the name before a title is the previous title's
    result = extract("Në forum morën pjesë ministri i Bujqësisë i Kosovës, Agron Krasniqi, ministrja e Turizmit e "
                     "Malit të Zi, Jelena Marković, të cilët folën për turizmin në rajon.")
    assert roles(result) == {("Agron Krasniqi", "ministri", None, "role:the-role-name"),
                             ("Jelena Marković", "ministrja", None, "role:the-role-name")}


def test_an_indefinite_title_after_a_name_stays_the_names(extract):
    # an indefinite title after a name and before another name is left to the apposition (no "the" of its own)
    result = extract("Në takim ishin Arben Leka, drejtor i klasterit, Mira Gashi dhe të tjerë.")
    assert not [r for r in result.roles if r.rule.startswith("role:the-role-name")]


# a definite title, its genitive after a link, the name with no comma (role-org-before-name-language)
@pytest.mark.parametrize("text, expected", [
    ("Координаторот на проектот Игор Стојанов ги претстави резултатите од првата година.",
     {("Игор Стојанов", "Координаторот на проектот", None, "role:role-org-before-name-language")}),
    ("Директорката на училиштето **Весна Петровска** ги поздрави гостите.",
     {("Весна Петровска", "Директорката на училиштето", None, "role:role-org-before-name-language")}),
    ("Në takim foli drejtori i agjencisë Arben Leka për programin e ri.",
     {("Arben Leka", "drejtori i agjencisë", None, "role:role-org-before-name-language")}),
    ("Directoarea agenției Elena Marinescu a prezentat strategia.",
     {("Elena Marinescu", "Directoarea agenției", None, "role:role-org-before-name-language")}),
    # a minister's genitive is a portfolio or a country, no organisation
    ("Në ceremoni foli zëvendësministri i Financave Artan Gjoka për buxhetin e ri.",
     {("Artan Gjoka", "zëvendësministri", None, "role:role-org-before-name-language")}),
])
def test_definite_title_and_genitive_before_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


# the office, a link and its genitive, the copula, the name (the-role-is-name)
@pytest.mark.parametrize("text, expected", [
    ("Председател на сдружението е Иван Колев, който го ръководи от 2031 г.",
     {("Иван Колев", "Председател на сдружението", None, "role:the-role-is-name")}),
    ("Претседател на комората е Марко Николовски, кој ја води од 2020 година.",
     {("Марко Николовски", "Претседател на комората", None, "role:the-role-is-name")}),
    ("Kryetare e shoqatës është Drita Berisha, e cila e drejton që nga viti 2030.",
     {("Drita Berisha", "Kryetare e shoqatës", None, "role:the-role-is-name")}),
])
def test_office_and_genitive_is_name(extract, text, expected):
    assert roles(extract(text)) == expected


# a definite form the endings make, right before the name (role-before-name-language)
@pytest.mark.parametrize("text, expected", [
    ("Ни посрещна заместник-директорът Георги Петров, който показа цеха.",
     {("Георги Петров", "заместник-директорът", None, "role:role-before-name-language")}),
    ("Vizita a fost condusă de vicepreședintele Dan Stoica.",
     {("Dan Stoica", "vicepreședintele", None, "role:role-before-name-language")}),
    ("Gjatë vizitës na priti zëvendësdrejtori Besnik Hoxha në zyrat e reja.",
     {("Besnik Hoxha", "zëvendësdrejtori", None, "role:role-before-name-language")}),
])
def test_generated_definite_title_before_the_name(extract, text, expected):
    assert roles(extract(text)) == expected


# the concepts "rector" and "diplomat" (role_title_concepts.csv): university heads and envoys in every language, their
# definite forms too; what a consul or an ambassador is of is a country or a place, no organisation
@pytest.mark.parametrize("text, expected", [
    ("Кръглата маса събра гости с участието на генералния консул на Румъния в Пловдив Иван Попов.",
     {("Иван Попов", "генералния консул", None, "role:role-org-before-name-language")}),
    ("Лекцията изнесе проректорът Николай Иванов от университета.",
     {("Николай Иванов", "проректорът", None, "role:role-before-name-language")}),
    ("Na otvaranju je govorio dekan fakulteta Ivan Horvat o novim programima.",
     {("Ivan Horvat", "dekan fakulteta", None, "role:role-org-before-name-language")}),
    ("Ambasadori i Italisë, Marco Rossi, uroi mirëseardhjen në emër të qeverisë.",
     {("Marco Rossi", "Ambasadori", None, "role:the-role-name")}),
])
def test_rectors_and_envoys(extract, text, expected):
    assert roles(extract(text)) == expected


def test_a_list_of_titles_each_before_its_name_after_a_courtesy_title(extract):
    # the name before a definite title follows a title of its own ("…, state secretary, Dr. Name, the mayor of …, Name,"):
    # the definite title is the next name's, and the apposition does not read it as the name before's
    result = extract("На приемот беа државниот секретар во министерството, д-р Ана Петровска, градоначалникот на "
                     "Општина Битола, Петар Стојанов, раководителката на одделението за инвестиции, Елена Трајковска, "
                     "и претставници на бизнис заедницата.")
    assert roles(result) == {
        ("Петар Стојанов", "градоначалникот", None, "role:the-role-name"),
        ("Елена Трајковска", "раководителката", None, "role:the-role-name")}


# Serbian titles of role_titles_languages.txt before their genitive and the name; an Albanian courtesy title ("znj.")
# between the comma and the name
@pytest.mark.parametrize("text, expected", [
    ("Састанку је присуствовала руководилац одељења за привреду Ана Петровић из општине.",
     {("Ана Петровић", "руководилац одељења за привреду", None, "role:role-org-before-name-language")}),
    ("Као менаџерка кластера Јелена Илић представила је резултате.",
     {("Јелена Илић", "менаџерка кластера", None, "role:role-org-before-name-language")}),
    ("Çmimin e dorëzoi zëvendësministrja e Turizmit dhe Mjedisit, znj. Mirela Kola, ndërsa fjalimin e mbajti kryetari.",
     {("Mirela Kola", "zëvendësministrja", None, "role:the-role-name")}),
])
def test_serbian_titles_and_albanian_courtesy_title(extract, text, expected):
    assert roles(extract(text)) == expected
