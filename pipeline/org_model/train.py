"""Training of the organisation-mention recogniser: the event model's examples and training
(:func:`pipeline.event_model.train.train_model`) with the label ORG and this folder's config."""
from __future__ import annotations

from pathlib import Path

from pipeline.event_model.align import Alignment
from pipeline.event_model.train import train_model

CONFIG = Path(__file__).resolve().parent / "config.cfg"
LABEL = "ORG"


def train_org_model(alignments: list[Alignment], output: Path, max_epochs: int | None = None) -> Path:
    return train_model(alignments, output, max_epochs, label=LABEL, config=CONFIG)
