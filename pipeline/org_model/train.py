"""Training of the organisation-mention recogniser: the event model's examples, training and configuration
(:func:`pipeline.event_model.train.train_model`, ``pipeline/event_model/config.cfg``: a small CNN tok2vec of its own,
48 wide and 3 deep, a transition-based NER, seed 7) with the one label ORG."""
from __future__ import annotations

from pathlib import Path

from pipeline.event_model.align import Alignment
from pipeline.event_model.train import train_model

LABEL = "ORG"


def train_org_model(alignments: list[Alignment], output: Path, max_epochs: int | None = None) -> Path:
    """Train the ORG recogniser on the alignments' paragraphs into ``output`` (the event model's config)."""
    return train_model(alignments, output, max_epochs, label=LABEL)
