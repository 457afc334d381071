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
    # spaCy pipelines for other languages (settings.language_models), used where installed
    language_models: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_LANGUAGE_MODELS))
    # the trained event recogniser's folder (set by the run from settings.event_model), None: rules only
    event_model: Path | None = None


def load_rules(data_dir: Path) -> Rules:
    """The rules read from ``data_dir``; the key-message headings and lead-ins are the English patterns and the
    phrases of the other languages (``key_message_languages.csv``), each compiled once into one pattern."""
    languages = data_table(data_dir / "key_message_languages.csv")[1]
    return Rules(
        data_dir=data_dir,
        key_message_headings=_key_message_pattern(data_dir / "key_message_headings.txt", languages, "heading"),
        event_keywords=data_lines(data_dir / "event_keywords.txt"),
        key_message_lead_ins=_key_message_pattern(data_dir / "key_message_lead_ins.txt", languages, "lead_in"),
    )


def _key_message_pattern(path: Path, languages: list[dict[str, str]], kind: str) -> re.Pattern[str]:
    """One case-insensitive whole-word pattern: the regular expressions of ``path`` and the phrases of ``kind``
    ("heading" or "lead_in") of the other languages (taken literally)."""
    english = list(data_lines(path))
    phrases = phrase_alternation([r["phrase"].strip().lower() for r in languages if r.get("kind", "").strip() == kind], space=r"\s+", empty="")
    alternatives = english + ([phrases] if phrases else [])
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I) if alternatives else re.compile(r"(?!)")


def rules_fingerprint(data_dir: Path) -> str:
    """SHA-256 over the names and contents of every data file and the versions of the data packages
    behind them (a new GeoNames release is new knowledge too)."""
    from pipeline.extract.world import package_versions

    h = hashlib.sha256(package_versions().encode())
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(data_dir).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()
