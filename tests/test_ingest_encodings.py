"""UTF-16 and UTF-32 text saved without a byte-order mark is read as text, not rejected as binary;
binary files with NUL bytes still are."""
from __future__ import annotations

import hashlib

import pytest

from conftest import published_tables
from pipeline.errors import IngestError
from pipeline.ingest import ingest_document
from pipeline.ingest.textutil import decode_text
from pipeline.records import SourceFile

TEXTS = [
    "Anna Schmidt leads the Alpine Cluster Alliance in Vienna since 2021; Größe, café, 5 €.\n",
    "Кластер «Север» провёл форум в Москве 12 марта 2024 года.\n",
    "Ο Γιώργος Παπαδόπουλος άνοιξε τη συνάντηση στην Αθήνα το 2024.\n",
]
WIDE = ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]


@pytest.mark.parametrize("encoding", WIDE)
@pytest.mark.parametrize("text", TEXTS)
def test_ingest_wide_encodings_without_bom(text, encoding):
    assert decode_text(text.encode(encoding)) == text


@pytest.mark.parametrize("junk", [
    bytes(range(256)) * 40,  # every byte value
    b"\x00\x01\x02\x03" * 500,  # NULs in a fixed place, but control characters as text
    b"".join(i.to_bytes(4, "little") for i in range(1000)),  # an int32 array: UTF-32LE shaped, control characters as text
    b"".join(i.to_bytes(2, "big") for i in range(300)),  # an int16 array: UTF-16BE shaped
])
def test_ingest_binary_with_nuls_is_still_binary(junk):
    with pytest.raises(IngestError) as info:
        decode_text(junk)
    assert info.value.error_type == "binary_content"


def test_ingest_utf16_file_without_bom_runs_end_to_end(run_pipeline, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "letter.txt").write_bytes("Anna Schmidt, director of the Alpine Cluster Alliance, met Jan Novak in Vienna.\n"
                                      .encode("utf-16-le"))
    summary = run_pipeline(docs, tmp_path / "out")
    assert (summary.n_ok, summary.failed) == (1, [])
    tables = published_tables(tmp_path / "out")
    assert tables["errors"] == []
    assert {"Anna Schmidt", "Jan Novak"} <= {p["name"] for p in tables["people"]}


def test_ingest_utf32_markdown_without_bom(settings):
    data = "# Cluster news\n\nThe forum met in Lyon.\n".encode("utf-32-be")
    doc = ingest_document(SourceFile("x.md", "x.md", "md", len(data), hashlib.sha256(data).hexdigest()), data, settings)
    assert (doc.title, doc.text) == ("Cluster news", "Cluster news\n\nThe forum met in Lyon.")
