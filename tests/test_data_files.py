"""pipeline/data/ has one reader (pipeline.data_files): its conventions, and that no rule module
opens a data file itself."""
from __future__ import annotations

import ast
from pathlib import Path

from pipeline.data_files import data_lines, data_records, data_rows, data_sections, data_table

PIPELINE = Path(__file__).resolve().parents[1] / "pipeline"


def test_data_files_lines_skip_blanks_and_comments_and_strip(tmp_path):
    path = tmp_path / "cues.txt"
    path.write_text("# cue words\n\n  round table  \n#not this\nsummit\n   \n", encoding="utf-8")
    assert data_lines(path) == ("round table", "summit")


def test_data_files_missing_file_lists_nothing(tmp_path):
    missing = tmp_path / "absent.txt"
    assert data_lines(missing) == ()
    assert data_sections(missing) == {"names": []}
    assert data_table(missing) == ((), [])
    assert data_rows(missing) == []
    assert data_records(missing) == []


def test_data_files_sections_group_lines_under_headers(tmp_path):
    path = tmp_path / "given.txt"
    path.write_text("Ana\n[Given names]\nBirte\n# comment\n[not given names]\nMay\nApril\n", encoding="utf-8")
    assert data_sections(path) == {"names": ["Ana"], "given names": ["Birte"], "not given names": ["May", "April"]}


def test_data_files_table_has_header_and_rows_without_comments(tmp_path):
    path = tmp_path / "synonyms.csv"
    path.write_text("# token,replacement\ntoken,replacement\n\nconf,conference\n# skip\n\"mtg, annual\",meeting\n",
                    encoding="utf-8")
    header, rows = data_table(path)
    assert header == ("token", "replacement")
    assert rows == [{"token": "conf", "replacement": "conference"}, {"token": "mtg, annual", "replacement": "meeting"}]


def test_data_files_rows_without_header(tmp_path):
    path = tmp_path / "cities.csv"
    path.write_text("Kittilä,Finland\n# a comment\nŠibenik,Croatia,Sibenik|Sebenico\n", encoding="utf-8")
    assert data_rows(path) == [["Kittilä", "Finland"], ["Šibenik", "Croatia", "Sibenik|Sebenico"]]


def test_data_files_records_one_object_per_line(tmp_path):
    path = tmp_path / "organisations.jsonl"
    path.write_text('# gazetteer\n{"name": "Cluster Alpha", "acronym": "CA"}\n\n{"name": "Beta Hub"}\n', encoding="utf-8")
    assert data_records(path) == [{"name": "Cluster Alpha", "acronym": "CA"}, {"name": "Beta Hub"}]


def test_data_files_no_rule_module_reads_files_itself():
    """Extraction, resolution and the NLP set-up read pipeline/data/ only through pipeline.data_files."""
    offenders = []
    sources = [*PIPELINE.glob("extract/*.py"), *PIPELINE.glob("resolve/*.py"), PIPELINE / "nlp.py", PIPELINE / "normalise.py"]
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                if name in {"open", "read_text", "read_jsonl"}:  # read_bytes: the fingerprint hashes files
                    offenders.append(f"{path.relative_to(PIPELINE)}:{node.lineno} {name}")
    assert offenders == []


def test_phrase_alternation_puts_longer_phrases_first_and_reads_them_literally():
    import re

    from pipeline.data_files import phrase_alternation

    pattern = re.compile(phrase_alternation(["board", "board of directors", "S.A.", "board"], r"[ \t\n]+"))
    assert [m.group() for m in pattern.finditer("the board of\ndirectors, SxA and S.A.")] == ["board of\ndirectors", "S.A."]
    assert re.search(phrase_alternation([]), "anything") is None


def test_by_first_letter_keeps_the_matches_of_phrases_opening_otherwise():
    import re

    from pipeline.data_files import by_first_letter

    # Role titles in several languages, a digit, a sign, and phrases that one extends (longest first, as listed).
    alts = [re.escape(p).replace(r"\ ", r"\s+") for p in
            ["ředitel odboru", "ředitel", "Director", "direktør", "3D printing lead", "3D", "-led", "Ärztin", "arzt", "Črna"]]
    text = ("Ředitel odboru Jan Novák, the ředitelka, a DIRECTOR and direktøren; 3d Printing Lead, 3D-led and ärztin, "
            "Arzt-led, črna Gora, the director\nof 3D")
    grouped_alts = by_first_letter(alts)
    assert grouped_alts.endswith("|ředitel\\s+odboru|ředitel|3D\\s+printing\\s+lead|3D|\\-led|Ärztin|Črna")
    for flags in (0, re.I):
        for around in ("(?<![\\w-])(?:{})(?![\\w-])", "(?:{})", "(?:{})s(?![\\w-])"):
            plain = re.compile(around.format("|".join(alts)), flags)
            grouped = re.compile(around.format(grouped_alts), flags)
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_by_first_letter_matches_as_the_plain_alternation_does():
    import re

    from pipeline.data_files import by_first_letter

    # Shared openings, both cases, a phrase that a later one extends, and one that backtracks into a shorter one.
    alts = [re.escape(p).replace(r"\ ", r"\s+") for p in
            ["Managing Director", "manager", "Director-General", "Director", "chair of the board", "chair", "CEO", "Head of Unit"]]
    text = ("the managing\ndirector met the Director-General, the chair of the boards, the CHAIR, our ceo and a "
            "Head of Units manager; directors and Directors-General")
    for flags in (0, re.I):
        for around in ("(?<![\\w-])(?:{})(?![\\w-])", "(?:{})"):
            plain = re.compile(around.format("|".join(alts)), flags)
            grouped = re.compile(around.format(by_first_letter(alts)), flags)
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert "(?=[mM])" in by_first_letter(alts)
    # Phrases opening with another literal character (a letter with a diacritic, a digit, an escaped sign) follow
    # the letter groups: no letter group can match where they do.
    assert by_first_letter(["École", "ecole"]) == "(?=[eE])(?:ecole)|École"
    # Anything but escaped phrases that open with a literal character stays as it is, and so does a list with a
    # character that re.I matches to an ASCII letter ("ſ" is "s").
    assert by_first_letter(["ſtraße", "strasse", "Bahn"]) == "ſtraße|strasse|Bahn"
    assert by_first_letter(["İzmir", "Izmir", "Ankara"]) == "İzmir|Izmir|Ankara"
    assert by_first_letter([r"\d+ days", "days"]) == r"\d+ days|days"
    assert by_first_letter(["a?b", "c"]) == "a?b|c"


def test_language_gaps_names_each_concepts_missing_languages_and_unknown_codes(tmp_path):
    from pipeline.data_files import language_codes, language_gaps

    (tmp_path / "languages.csv").write_text("# test list\ncode,name,script\nda,Danish,Latn\nfi,Finnish,Latn\n",
                                            encoding="utf-8")
    assert language_codes(tmp_path) == ("da", "fi")
    pairs = [("chair", "da"), ("chair", "fi"), ("treasurer", "fi"), ("treasurer", "dk")]
    assert language_gaps(tmp_path, pairs) == {"treasurer": ["da"], "?": ["dk"]}
    assert language_gaps(tmp_path, [("chair", "da"), ("chair", "fi")]) == {}


def test_languages_list_is_the_eu_official_languages_and_more():
    from pipeline.data_files import language_codes

    codes = language_codes(PIPELINE / "data")
    eu = "bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv".split()
    assert set(eu) <= set(codes) and len(codes) == len(set(codes))
