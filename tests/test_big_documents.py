"""Big documents are processed, not lost: blocks stay below spaCy's max_length whatever the line
breaks, a long document goes through nlp and extract in parts with the same mentions as in one piece,
and the time limit grows with the file's size."""
from __future__ import annotations

import hashlib
import sys
from dataclasses import replace

import pytest

from pipeline.records import DocumentResult, IngestedDocument, SourceFile

SENTENCES = [
    "Anna Novak, director of the Alpine Energy Cluster, spoke in Vienna on 3 May 2024.",
    "The Baltic Food Alliance met Jan Berg in Riga on 12 June 2023.",
    "Members discussed funding, skills and raw materials with regional partners.",
    "Elena Costa opened the Green Transition Conference 2025 in Porto.",
    "The working group agreed to meet again after the summer.",
]


def _no_line_breaks(n_chars: int) -> str:
    out, size, i = [], 0, 0
    while size < n_chars:
        s = SENTENCES[i % len(SENTENCES)]
        out.append(s)
        size += len(s) + 1
        i += 1
    return " ".join(out)


def test_big_documents_3_5_mb_without_line_breaks_segment_below_max_length(nlp):
    from pipeline.segment import MAX_BLOCK_CHARS, segment_document

    text = _no_line_breaks(3_500_000)
    seg = segment_document(IngestedDocument("d", "one-line.txt", "txt", "0" * 64, text))

    assert max(b.end - b.start for b in seg.blocks) <= MAX_BLOCK_CHARS < nlp.max_length
    assert all(a.end <= b.start for a, b in zip(seg.blocks, seg.blocks[1:]))
    # Cut at sentence ends: every block starts a sentence and ends one, nothing between blocks but spaces.
    assert all(text[b.start:b.end].startswith(tuple(s[:10] for s in SENTENCES)) and text[b.end - 1] == "." for b in seg.blocks)
    assert sum(b.end - b.start for b in seg.blocks) + len(seg.blocks) - 1 == len(text)


@pytest.fixture(scope="module")
def process(nlp, rules, tmp_path_factory):
    from pipeline.run.documents import Worker

    folder = tmp_path_factory.mktemp("big")

    def run(settings, name: str, data: bytes) -> DocumentResult:
        path = folder / name
        path.write_bytes(data)
        worker = Worker(settings)
        worker._nlp, worker._rules = nlp, rules
        result = worker.process(SourceFile(str(path), name, "txt", len(data), hashlib.sha256(data).hexdigest()))
        assert isinstance(result, DocumentResult), result
        return result

    return run


def test_big_documents_in_parts_give_the_mentions_of_one_piece(settings, process):
    text = "\n\n".join(_no_line_breaks(1_500) for _ in range(16))  # 16 paragraphs, about 24 KB
    data = text.encode()

    whole = process(replace(settings, part_chars=0), "report.txt", data)
    parts = process(replace(settings, part_chars=5_000), "report.txt", data)

    def spans(result: DocumentResult, kind: str) -> list[tuple]:
        return [(m.start, m.end, getattr(m, "name", m.text)) for m in getattr(result, kind)]

    assert len(whole.blocks) == 16 and parts.blocks == whole.blocks and parts.text == whole.text
    assert len(spans(whole, "people")) >= 16 * 3
    for kind in ("people", "organisations", "dates", "locations"):
        assert spans(parts, kind) == spans(whole, kind), kind
    for m in parts.people + parts.dates:
        assert parts.text[m.start:m.end] == m.text  # offsets are the whole document's
    assert parts.info == whole.info


def test_big_documents_time_limit_grows_with_size(settings):
    from pipeline.run.limits import time_allowed

    assert time_allowed(settings, 10_000) == pytest.approx(301.1, abs=0.1)
    assert time_allowed(settings, 30 << 20) == 300 + 30 * settings.doc_timeout_per_mb
    assert time_allowed(replace(settings, doc_timeout=0), 30 << 20) == 0  # no limit stays no limit


FIRST = ["Anna", "Jan", "Elena", "Marek", "Sofia", "Pieter", "Chiara", "Tomas", "Ines", "Lukas", "Maria", "Karel"]
LAST = ["Novak", "Berg", "Costa", "Lindqvist", "Moreau", "Kowalski", "Rossi", "Jansen", "Horvat", "Schmidt", "Dumont"]
ORGS = ["Alpine Energy Cluster", "Baltic Food Alliance", "Danube Mobility Network", "Nordic Battery Association",
        "Moravian Textile Cluster", "Iberian Water Platform", "Adriatic Tourism Network"]
CITIES = ["Vienna", "Riga", "Porto", "Brno", "Gdańsk", "Linz", "Umeå", "Lyon"]
MONTHS = ["March", "May", "June", "September", "October", "November"]


def _dense_news(n: int) -> str:
    """``n`` paragraphs, each naming a person, an organisation, an event, two cities and a date."""
    out = []
    for i in range(n):
        last = LAST[(i // 12) % 11]
        out.append(f"{FIRST[i % 12]} {last}, director of the {ORGS[i % 7]}, opened the {CITIES[i % 8]} Cluster Forum on "
                   f"{1 + i % 27} {MONTHS[i % 6]} {2019 + i % 5}. Partners from {3 + i % 20} countries discussed skills "
                   f"and energy costs in {CITIES[(i + 3) % 8]}. {last} said the network now has {50 + i} members.")
    return "\n\n".join(out)


def test_big_documents_extraction_work_grows_linearly_with_the_part(nlp, rules):
    """Counted, not timed: the Python calls extraction makes (each step of an ``any(...)`` scan is one)
    for a part of N and of 4N paragraphs. A rule that scans every mention of the part per mention
    (quadratic) made 8 times the calls for 4 times the text; local look-ups make about 4 times."""
    from pipeline.extract import extract_document
    from pipeline.nlp import annotate_documents
    from pipeline.segment import segment_document

    def prepared(n: int):
        seg = segment_document(IngestedDocument("d", "digest.txt", "txt", "0" * 64, _dense_news(n)))
        ((seg, annotated),) = list(annotate_documents(nlp, [seg]))
        return seg, annotated

    def calls(frame, event, arg):  # noqa: ARG001
        if event == "call":
            counted[-1] += 1

    extract_document(*prepared(5), rules)  # the lazy loads (gazetteers, name lists) are not the part's work
    counted, found = [], []
    for n in (50, 200):
        seg, annotated = prepared(n)
        counted.append(0)
        sys.setprofile(calls)
        try:
            result = extract_document(seg, annotated, rules)
        finally:
            sys.setprofile(None)
        found.append((len(result.people), len(result.events)))
    assert found == [(50, 50), (200, 200)]  # the same facts per paragraph at both sizes
    assert counted[1] < 4.6 * counted[0], counted
