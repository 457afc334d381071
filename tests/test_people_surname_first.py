"""Rule "surname-first-capitals": participant, attendance and jury lists that write the surname first, in capitals,
then the given name ("NOWAK-LIS Ewa | Acme Cluster"); lists of our own."""
from __future__ import annotations

import pytest


def people(result) -> list[tuple[str, str]]:
    return [(p.name, p.rule) for p in result.people]


@pytest.mark.parametrize("text, expected", [
    ("Attendance list\n\nNo. | Name | Organisation\n1 | GRÜNWALD Theresa | Almtal Robotics GmbH\n"
     "2 | VAN DER STEEN Joost | Polder Sensors B.V.\n3 | KOWALCZYK-ŁUK Ewa | Mazovian Photonics Cluster\n",
     ["GRÜNWALD Theresa", "VAN DER STEEN Joost", "KOWALCZYK-ŁUK Ewa"]),
    ("Jury of the cluster award 2031\n- TAVEIRA Marta (Porto Textile Cluster)\n- HÄKKINEN Jussi, Lapland Mining Forum\n",
     ["TAVEIRA Marta", "HÄKKINEN Jussi"]),
    ("Excused: DUMITRESCU Ioana (Carpathian Wood Cluster); FERREIRA Nuno (Tagus Port Cluster)\n",
     ["DUMITRESCU Ioana", "FERREIRA Nuno"]),
])
def test_people_surname_first_in_capitals(extract, rules, text, expected):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_full_names import surname_first_names

    assert [text[s.start:s.end] for s in surname_first_names(text, load_lexicon(rules.data_dir))] == expected
    assert [name for name, _ in people(extract(text))] == expected


@pytest.mark.parametrize("text", [
    # an acronym the text uses alone, a heading in capitals, capitals before a word that is no given name
    "The ROBOTIX network met in Graz.\n- ROBOTIX Anna, our new intern\n",
    "PROGRAMME\nCLUSTER DAYS Vienna\n",
    "Members\n- NORDIC Batteries | Oslo\n",
])
def test_people_surname_first_needs_a_name_shape(rules, text):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_full_names import surname_first_names

    assert surname_first_names(text, load_lexicon(rules.data_dir)) == []


_LIST = """List of participants

No. | Name | Organisation | Country
1 | HRADECKÁ Lenka | Moravian Wood Cluster | CZ
2 | DE MEDEIROS Tiago | Algarve Sea Technologies Lda. | PT
3 | LINDHOLM Sanna | Ostrobothnia Energy Cluster | FI
"""


def test_people_surname_first_table_rows_give_the_organisation(extract):
    result = extract(_LIST)
    assert [p.name for p in result.people] == ["HRADECKÁ Lenka", "DE MEDEIROS Tiago", "LINDHOLM Sanna"]
    assert sorted((r.person, r.organisation) for r in result.roles) == [
        ("DE MEDEIROS Tiago", "Algarve Sea Technologies Lda."), ("HRADECKÁ Lenka", "Moravian Wood Cluster"),
        ("LINDHOLM Sanna", "Ostrobothnia Energy Cluster")]


def test_people_surname_first_not_a_label_tier(rules):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_full_names import surname_first_names

    text = "Our cluster\nQuality label: BRAVO Silver (renewed in 2031)\nManagement label: GOLDEN Silver\n"
    assert surname_first_names(text, load_lexicon(rules.data_dir)) == []


_COMMA_LIST = """Delegation to the Turin robotics fair

1. WOJCIECHOWSKA-ŁUK, Agata – Silesian Automation Cluster (head of delegation)
2. DE CARVALHO, Rui – Minho Plastics Lda.
3. N'GUESSAN, Fatou – Loire Valley Food Cluster
4. VAN HOUTEN, Bram – Rijnmond Sensor Cluster (host)

Questions on the trip: WOJCIECHOWSKA-ŁUK Agata, phone +48 000 000 000
"""


def test_people_surname_first_with_a_comma(extract, rules):
    """"SURNAME, Given – Organisation": the comma between the capitals surname and the given name, the organisation
    after the dash (rule "line:name-org"), no organisation read from the given name and the dash on."""
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_full_names import surname_first_names

    lex = load_lexicon(rules.data_dir)
    assert [_COMMA_LIST[s.start:s.end] for s in surname_first_names(_COMMA_LIST, lex)] == [
        "WOJCIECHOWSKA-ŁUK, Agata", "DE CARVALHO, Rui", "N'GUESSAN, Fatou", "VAN HOUTEN, Bram", "WOJCIECHOWSKA-ŁUK Agata"]
    result = extract(_COMMA_LIST)
    assert sorted({p.name for p in result.people}) == [
        "DE CARVALHO, Rui", "N'GUESSAN, Fatou", "VAN HOUTEN, Bram", "WOJCIECHOWSKA-ŁUK Agata", "WOJCIECHOWSKA-ŁUK, Agata"]
    assert sorted((r.person, r.organisation) for r in result.roles) == [
        ("DE CARVALHO, Rui", "Minho Plastics Lda"), ("N'GUESSAN, Fatou", "Loire Valley Food Cluster"),
        ("VAN HOUTEN, Bram", "Rijnmond Sensor Cluster"), ("WOJCIECHOWSKA-ŁUK, Agata", "Silesian Automation Cluster")]
    assert not any(o.name.startswith(("Agata", "Rui", "Fatou", "Bram")) for o in result.organisations)


@pytest.mark.parametrize("text", [
    # a place or an acronym in capitals before a comma and a given name; a capitals word the text uses alone
    "Venue: TORINO, Lingotto Fiere\n",
    "The SPIRE network met.\n- SPIRE, Anna Berg and others\n",
])
def test_people_surname_first_with_a_comma_needs_a_name_shape(rules, text):
    from pipeline.extract.lexicon import load_lexicon
    from pipeline.extract.people_full_names import surname_first_names

    assert surname_first_names(text, load_lexicon(rules.data_dir)) == []
