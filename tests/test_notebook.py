"""notebooks/explore.ipynb: committed without outputs, and runs end to end on a fresh run's outputs."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code"
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, f"clear the outputs of: {cell.source[:60]!r}"


@pytest.fixture
def venv_kernel(tmp_path, monkeypatch) -> str:
    """A kernelspec that runs this interpreter (the .venv's), found first on JUPYTER_PATH."""
    name = "cluster-kb-test"
    spec = tmp_path / "jupyter" / "kernels" / name
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "cluster-kb test", "language": "python"}), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend captures the charts
    return name


def test_notebook_runs_end_to_end(analyst_run, venv_kernel, monkeypatch):
    from nbclient import NotebookClient

    monkeypatch.setenv("CLUSTER_KB_OUTPUT_DIR", str(analyst_run))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, kernel_name=venv_kernel, timeout=300,
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()

    code = [c for c in nb.cells if c.cell_type == "code"]
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert errors == []
    text = "".join(o.get("text", "") for c in code for o in c.outputs if o.output_type == "stream")
    assert f"tables from {analyst_run.resolve()}" in text
    # every section produced something: the overview, the timeline, organisations per year, roles, key messages
    for cell in code[:-1]:
        assert cell.outputs, f"no output from: {cell.source[:60]!r}"
    images = [o for c in code for o in c.outputs if "image/png" in o.get("data", {})]
    assert images, "no chart was drawn"


def test_notebook_runs_on_empty_outputs(tmp_path, venv_kernel, monkeypatch):
    """No events, roles or key messages yet: every section says so instead of failing."""
    from conftest import write_tables
    from nbclient import NotebookClient

    from pipeline.analyst.duckdb import build_database

    out = write_tables(tmp_path / "out", {})
    build_database(out)
    monkeypatch.setenv("CLUSTER_KB_OUTPUT_DIR", str(out))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, kernel_name=venv_kernel, timeout=300,
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs
                   if o.output_type == "stream")
    for message in ("No dated events", "No organisation mentions yet", "0 role statement(s)", "No key messages"):
        assert message in text
