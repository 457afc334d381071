"""Domain knowledge loaded from the data files under ``pipeline/data/`` (or CLUSTER_KB_DATA_DIR).

Analysts extend these files; code only reads them. ``rules_fingerprint`` hashes every data file so
a change to the rules triggers a full re-run.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from pipeline.config import DEFAULT_LANGUAGE_MODELS
from pipeline.data_files import data_lines, data_table, phrase_alternation


@dataclass(frozen=True)
class Rules:
    data_dir: Path
    key_message_headings: re.Pattern[str]
    event_keywords: tuple[str, ...]
    # lead-in phrases before a list of key messages ("The report recommends:"): data/key_message_lead_ins.txt
    key_message_lead_ins: re.Pattern[str] = re.compile(r"(?!)")
    # a number word and a key-message noun of one language ("Tres ideas para levar …"): data/key_message_counted.csv;
    # a lead-in anywhere in its sentence, a heading only among its first words
    key_message_counted: re.Pattern[str] = re.compile(r"(?!)")
    # the verbs of a question heading that asks what someone needs or wants ("What do clusters need?", "Was brauchen
    # Cluster?", "Co potrzebują klastry?"): rows of kind "question" of data/key_message_languages.csv
    key_message_questions: re.Pattern[str] = re.compile(r"(?!)")
    # the verbs of agreeing and proposing among the lead-ins of every language ("agreed", "propose", "convenuto"): an
    # e-mail's lead-in with no other cue announces arrangements (key_message_questions.arrangements)
    key_message_arranging: re.Pattern[str] = re.compile(r"(?!)")
    # the key-message nouns of every language ("priorities", "wnioski"): the nouns of data/key_message_counted.csv
    key_message_nouns: re.Pattern[str] = re.compile(r"(?!)")
    # spaCy pipelines for other languages (settings.language_models), used where installed
    language_models: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_LANGUAGE_MODELS))
    # the trained event recogniser's folder (set by the run from settings.event_model), None: rules only
    event_model: Path | None = None
    # the trained organisation recogniser's folder (set by the run from settings.org_model), None: rules only
    org_model: Path | None = None


def load_rules(data_dir: Path) -> Rules:
    """The rules read from ``data_dir``; the key-message headings and lead-ins are the English patterns, the
    phrases of the other languages (``key_message_languages.csv``) and the counted phrases of every language
    (``key_message_counted.csv``), each compiled once into one pattern."""
    languages = data_table(data_dir / "key_message_languages.csv")[1]
    counted_rows = data_table(data_dir / "key_message_counted.csv")[1]
    counted = _counted_alternation(counted_rows)
    return Rules(
        data_dir=data_dir,
        key_message_headings=_key_message_pattern(data_dir / "key_message_headings.txt", languages, "heading"),
        event_keywords=data_lines(data_dir / "event_keywords.txt"),
        key_message_lead_ins=_key_message_pattern(data_dir / "key_message_lead_ins.txt", languages, "lead_in", counted),
        key_message_counted=re.compile(r"\b(?:" + counted + r")\b", re.I) if counted else re.compile(r"(?!)"),
        key_message_questions=_language_pattern(languages, "question"),
        key_message_arranging=_language_pattern(languages, "lead_in", ("agreed", "proposes")),
        key_message_nouns=_language_pattern(counted_rows, "noun"),
    )


def _counted_alternation(rows: list[dict[str, str]]) -> str:
    """Per language of ``key_message_counted.csv``: a number word of the language or a digit, at most one word,
    and a key-message noun of the same language ("three key messages", "tres ideas", "pięć wniosków"); the
    languages' alternatives joined, "" when nothing is listed."""
    words: dict[str, dict[str, list[str]]] = {}
    for r in rows:
        kind = r.get("kind", "").strip()
        if kind in ("number", "noun") and r.get("phrase", "").strip():
            words.setdefault(r.get("language", "").strip(), {}).setdefault(kind, []).append(r["phrase"].strip().lower())
    alternatives = []
    for forms in words.values():
        if forms.get("number") and forms.get("noun"):
            numbers = phrase_alternation(forms["number"], space=r"\s+")
            nouns = phrase_alternation(forms["noun"], space=r"\s+")
            alternatives.append(rf"(?:{numbers}|[2-9]|1[0-9])\s+(?:\w+\s+)?(?:{nouns})")
    return "|".join(alternatives)


def _key_message_pattern(path: Path, languages: list[dict[str, str]], kind: str, counted: str = "") -> re.Pattern[str]:
    """One case-insensitive whole-word pattern: the regular expressions of ``path``, the phrases of ``kind``
    ("heading" or "lead_in") of the other languages (taken literally) and the ``counted`` phrases."""
    english = list(data_lines(path))
    phrases = phrase_alternation([r["phrase"].strip().lower() for r in languages if r.get("kind", "").strip() == kind], space=r"\s+", empty="")
    alternatives = english + ([phrases] if phrases else []) + ([counted] if counted else [])
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I) if alternatives else re.compile(r"(?!)")


def _language_pattern(languages: list[dict[str, str]], kind: str, concepts: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The phrases of ``kind`` (of one of ``concepts``, when given) of ``key_message_languages.csv`` as one
    case-insensitive whole-word pattern."""
    phrases = phrase_alternation([r["phrase"].strip().lower() for r in languages if r.get("kind", "").strip() == kind
                                  and (not concepts or r.get("concept", "").strip() in concepts)], space=r"\s+")
    return re.compile(r"(?<!\w)(?:" + phrases + r")(?!\w)", re.I)


def rules_fingerprint(data_dir: Path) -> str:
    """SHA-256 over the names and contents of every data file and the versions of the data packages
    behind them (a new GeoNames release is new knowledge too)."""
    from pipeline.extract.world import package_versions

    h = hashlib.sha256(package_versions().encode())
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(data_dir).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()
