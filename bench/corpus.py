"""A scaled corpus generated from the sample documents: every variant has its own content hash.

Variants shift years and rotate month names (so dates differ), shuffle the body paragraphs, and
add an edition line. A share is rendered as PDF with reportlab, half of those in two columns, so
PDF ingest (and its column handling) is part of what is measured.
"""
from __future__ import annotations

import random
import re
from pathlib import Path
from xml.sax.saxutils import escape

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_YEAR = re.compile(r"\b(20[0-3]\d)\b")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")


def _samples(raw_docs: Path) -> list[Path]:
    return sorted(p for p in raw_docs.iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md")


def vary(text: str, rng: random.Random, index: int) -> str:
    """One variant of a document: other years and months, body paragraphs shuffled, an edition line."""
    shift = rng.choice([-3, -2, -1, 1, 2, 3])
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    rot = rng.randrange(1, 12)
    text = _MONTH.sub(lambda m: MONTHS[(MONTHS.index(m.group(1)) + rot) % 12], text)
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    head, body = paragraphs[:2], paragraphs[2:]
    rng.shuffle(body)
    return "\n\n".join(head + body) + f"\n\nEdition {index} of this bulletin was compiled for the benchmark corpus.\n"


def write_pdf(text: str, path: Path, two_columns: bool) -> None:
    """Render the text as a PDF: short lines as headings, the rest as paragraphs; one or two columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    width, height = A4
    margin, gap = 2 * cm, 0.8 * cm
    if two_columns:
        col = (width - 2 * margin - gap) / 2
        frames = [Frame(margin, margin, col, height - 2 * margin, id="left"),
                  Frame(margin + col + gap, margin, col, height - 2 * margin, id="right")]
    else:
        frames = [Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="body")]
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate(id="page", frames=frames)],
                          title=text.strip().splitlines()[0][:80], invariant=1)
    story = []
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if not para:
            continue
        for line in para.splitlines() if para.lstrip().startswith(("-", "*", "#")) else [para]:
            line = line.strip().lstrip("#").strip()
            is_heading = len(line) < 70 and not line.endswith((".", ":", ";", ","))
            style = styles["Heading3"] if is_heading else styles["BodyText"]
            story.append(Paragraph(escape(" ".join(line.split())), style))
    doc.build(story)


def build_corpus(raw_docs: Path, dest: Path, n: int, *, pdf_share: float = 0.25, seed: int = 7) -> list[Path]:
    """``n`` documents in ``dest`` (emptied first); a ``pdf_share`` of them PDFs, half of those two-column."""
    if dest.exists():
        for f in dest.iterdir():
            f.unlink()
    dest.mkdir(parents=True, exist_ok=True)
    samples = _samples(raw_docs)
    texts = {p: p.read_text(encoding="utf-8") for p in samples}
    rng = random.Random(seed)
    every_pdf = max(1, round(1 / pdf_share)) if pdf_share > 0 else 0
    out: list[Path] = []
    for i in range(n):
        sample = samples[i % len(samples)]
        text = vary(texts[sample], rng, i)
        if every_pdf and i % every_pdf == every_pdf - 1:
            path = dest / f"doc-{i:04d}-{sample.stem}.pdf"
            write_pdf(text, path, two_columns=(i // every_pdf) % 2 == 1)
        else:
            path = dest / f"doc-{i:04d}-{sample.stem}{sample.suffix}"
            path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def one_more_document(raw_docs: Path, index: int) -> str:
    """A fresh variant (text) to add to a corpus."""
    samples = _samples(raw_docs)
    return vary(samples[0].read_text(encoding="utf-8"), random.Random(10_000 + index), 10_000 + index)
