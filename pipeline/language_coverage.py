"""``make languages``: which languages each multilingual lexicon of ``pipeline/data`` covers.

Unseen documents arrive in languages no blind set has shown yet; a lexicon written for the languages seen so far
misses them (the finding of three rounds of blind sets). The lexicons registered in ``language_lexicons.csv`` hold
one form per row with its concept and language; this report crosses their concepts with ``languages.csv`` and
prints, per lexicon, the number of forms in each cell and the gaps (a concept with no form in a language).
The tests (``tests/test_language_coverage.py``) require no gap; this report shows where to add words when a
language is added to ``languages.csv``.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from pipeline.data_files import data_table, language_codes, language_gaps

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Lexicon:
    """One row of ``language_lexicons.csv``: a table, its language column and the columns naming a concept."""

    file: str
    language_column: str
    concept_columns: tuple[str, ...]
    elsewhere: tuple[str, ...]
    complete: bool
    what: str

    def pairs(self, data_dir: Path) -> list[tuple[str, str]]:
        """(concept, language) of every row of the table (a concept of several columns joined by "/"), and every
        concept in the languages kept ``elsewhere``."""
        rows = data_table(data_dir / self.file)[1]
        pairs = [("/".join(row[c].strip() for c in self.concept_columns), row[self.language_column].strip())
                 for row in rows]
        return pairs + [(concept, lang) for concept in dict.fromkeys(c for c, _ in pairs) for lang in self.elsewhere]

    def gaps(self, data_dir: Path) -> dict[str, list[str]]:
        """concept → languages of ``languages.csv`` with no form (``"?"``: codes it does not know)."""
        return language_gaps(data_dir, self.pairs(data_dir))


def lexicons(data_dir: Path = DATA) -> list[Lexicon]:
    """The registered multilingual lexicons."""
    return [Lexicon(row["file"], row["language_column"], tuple(row["concept_columns"].split()),
                    tuple(row["elsewhere"].split()), row["complete"].strip() == "yes", row["what"])
            for row in data_table(data_dir / "language_lexicons.csv")[1]]


def lexicon(file: str, data_dir: Path = DATA) -> Lexicon:
    """The registered lexicon of ``file`` (a KeyError names a file the registry does not list)."""
    by_file = {lex.file: lex for lex in lexicons(data_dir)}
    return by_file[file]


def coverage_report(data_dir: Path = DATA) -> str:
    """Markdown: per lexicon, forms per concept and language, then its gaps."""
    codes = language_codes(data_dir)
    out = [f"# Language coverage of the lexicons ({len(codes)} languages of languages.csv)", ""]
    for lex in lexicons(data_dir):
        pairs = lex.pairs(data_dir)
        counts: dict[str, dict[str, int]] = {}
        for concept, lang in pairs:
            counts.setdefault(concept, {}).setdefault(lang, 0)
            counts[concept][lang] += 1
        gaps = lex.gaps(data_dir)
        n_gaps = sum(len(v) for k, v in gaps.items() if k != "?")
        kept = f" ({', '.join(lex.elsewhere)} kept elsewhere)" if lex.elsewhere else ""
        out += [f"## {lex.file}: {lex.what}", "",
                f"{len(pairs)} forms{kept}, {len(counts)} concepts, {n_gaps} gaps"
                f"{'' if lex.complete else ' (not yet required by the tests)'}.", "",
                "| concept | " + " | ".join(codes) + " |", "|---|" + "---|" * len(codes)]
        out += [f"| {concept} | " + " | ".join(str(by_lang.get(code, "**0**")) for code in codes) + " |"
                for concept, by_lang in sorted(counts.items())]
        if gaps.get("?"):
            out += ["", "Codes not in languages.csv: " + ", ".join(gaps["?"])]
        out.append("")
    return "\n".join(out)


def main(args) -> int:
    report = coverage_report()
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(report + "\n", encoding="utf-8")
        print(f"report: {args.report}")
    else:
        sys.stdout.write(report + "\n")
    return 0
