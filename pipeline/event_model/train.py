"""Training data and training of the event-mention model.

Each document's text is cut into paragraphs (blank-line separated, line breaks read as spaces as the
pipeline's blocks are); a paragraph is an example when it holds an aligned gold event name, or when it
comes from a document whose gold events all aligned (a paragraph without a name there is a true
negative; in a document with unaligned names it may hide one, so it is left out).
"""
from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from pipeline.event_model.align import Alignment
from pipeline.extract.event_model import paragraphs

CONFIG = Path(__file__).resolve().parent / "config.cfg"
LABEL = "EVENT"


def examples(alignments: list[Alignment]) -> list[tuple[str, list[tuple[int, int]]]]:
    """(paragraph text, event spans relative to it) of the training paragraphs."""
    out = []
    for al in alignments:
        for start, para in paragraphs(al.text):
            spans = [(s - start, e - start) for s, e in al.spans if start <= s and e <= start + len(para)]
            if spans or not al.missing:
                out.append((para, spans))
    return out


def doc_bin(nlp, items: list[tuple[str, list[tuple[int, int]]]], label: str = LABEL):
    """A DocBin of the paragraphs with their spans labelled ``label`` (EVENT; snapped to token bounds)."""
    from spacy.tokens import DocBin

    db = DocBin()
    for text, spans in items:
        doc = nlp.make_doc(text)
        ents = [sp for s, e in spans if (sp := doc.char_span(s, e, label=label, alignment_mode="expand")) is not None]
        kept, last = [], -1
        for sp in sorted(ents, key=lambda x: x.start):
            if sp.start >= last:
                kept.append(sp)
                last = sp.end
        doc.ents = kept
        db.add(doc)
    return db


def train_model(alignments: list[Alignment], output: Path, max_epochs: int | None = None,
                label: str = LABEL, config: Path = CONFIG) -> Path:
    """Train the recogniser on the alignments' paragraphs; the model folder is written to ``output``.

    ``label`` and ``config`` default to the event model's; the organisation model passes its own."""
    import spacy
    from spacy.cli.train import train

    items = examples(alignments)
    nlp = spacy.blank("en")
    with tempfile.TemporaryDirectory() as tmp:
        train_path, dev_path = Path(tmp) / "train.spacy", Path(tmp) / "dev.spacy"
        doc_bin(nlp, items, label).to_disk(train_path)
        doc_bin(nlp, items[::20], label).to_disk(dev_path)  # spaCy needs a dev corpus; the folds measure for real
        overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
        if max_epochs:
            overrides["training.max_epochs"] = max_epochs
        train(config, Path(tmp) / "out", use_gpu=-1, overrides=overrides)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(Path(tmp) / "out" / "model-last", output)
    # The corpora were temporary files: the saved config names none, so a retrain on the same data
    # writes the same bytes (the weights already are, with the fixed seed).
    config = output / "config.cfg"
    config.write_text(re.sub(r'(?m)^(train|dev) = "[^"\n]*"$', r"\1 = null", config.read_text(encoding="utf-8")), encoding="utf-8")
    return output
