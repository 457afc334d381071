"""Every multilingual lexicon marked complete in pipeline/data/language_lexicons.csv has a form of each of its
concepts in each language of pipeline/data/languages.csv, and `python -m pipeline languages` reports the matrix."""
from pathlib import Path

from pipeline.language_coverage import DATA, coverage_report, lexicons


def test_complete_lexicons_have_every_concept_in_every_language():
    gaps = {lex.file: lex.gaps(DATA) for lex in lexicons() if lex.complete}
    assert {file: g for file, g in gaps.items() if g} == {}


def test_every_registered_lexicon_exists_and_names_its_columns():
    for lex in lexicons():
        header = (DATA / lex.file).read_text(encoding="utf-8")
        assert lex.language_column in header and all(c in header for c in lex.concept_columns), lex.file


def test_report_counts_forms_and_marks_gaps(tmp_path: Path):
    (tmp_path / "languages.csv").write_text("code,name,script\nfi,Finnish,Latn\nhu,Hungarian,Latn\nen,English,Latn\n",
                                            encoding="utf-8")
    (tmp_path / "words.csv").write_text("lang,concept,form\nfi,chair,puheenjohtaja\nfi,chair,puheenjohtajana\n"
                                        "hu,chair,elnök\nfi,treasurer,rahastonhoitaja\n", encoding="utf-8")
    (tmp_path / "language_lexicons.csv").write_text(
        "file,language_column,concept_columns,elsewhere,complete,what\nwords.csv,lang,concept,en,yes,titles\n",
        encoding="utf-8")
    [lex] = lexicons(tmp_path)
    assert lex.gaps(tmp_path) == {"treasurer": ["hu"]}
    report = coverage_report(tmp_path)
    assert "| chair | 2 | 1 | 1 |" in report and "| treasurer | 1 | **0** | 1 |" in report
    assert "6 forms (en kept elsewhere), 2 concepts, 1 gaps." in report
