"""Where each gold organisation's name and acronym occur in the text the pipeline reads (training data of
the organisation model).

A gold organisation aligns *exactly* when its name or its acronym occurs as written (case included, whole
words); *loosely* when its name of two words or more occurs with any spacing, line break, dash or quote between
its words, case folded (the event model's loose pattern, without the event-name variants); *not at all*
otherwise (the annotator normalised or translated the name). Every occurrence of both is a span; where spans
overlap the longest is kept (:func:`pipeline.event_model.align.without_overlaps`).
"""
from __future__ import annotations

from pathlib import Path

from pipeline.event_model.align import Alignment, exact_spans, loose_pattern, without_overlaps, align_set


def _forms(org: dict) -> list[str]:
    out = []
    for v in (org.get("name"), org.get("acronym")):
        v = " ".join((v or "").split())
        if v and v not in out:
            out.append(v)
    return out


def align_org_document(doc: str, text: str, gold: dict) -> Alignment:
    """Every occurrence of every gold organisation's name and acronym in one document."""
    out = Alignment(doc, text)
    spans: list[tuple[int, int]] = []
    for org in gold.get("organisations") or []:
        forms = _forms(org)
        if not forms:
            continue
        label = forms[0]
        exact = [sp for f in forms for sp in exact_spans(text, f)]
        if exact:
            out.exact.append(label)
            spans.extend(exact)
            continue
        loose = []
        for f in forms:
            pat = loose_pattern(f) if len(f.split()) >= 2 else None
            if pat:
                loose.extend((m.start(), m.end()) for m in pat.finditer(text))
        (out.loose if loose else out.missing).append(label)
        spans.extend(loose)
    out.spans = without_overlaps(spans)
    return out


def align_org_set(gold_dir: Path, tables_dir: Path) -> list[Alignment]:
    """The organisation alignments of one set (gold JSON files against its run's ``document_texts``)."""
    return align_set(gold_dir, tables_dir, align_org_document)
