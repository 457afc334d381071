"""Specific exception types. A stage raises them; only the runner catches them per document."""
from __future__ import annotations


class PipelineError(Exception):
    """Base class: ``error_type`` names the kind of problem in the ``errors`` table."""

    error_type = "error"
    stage = "run"

    def __init__(self, message: str, *, page: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.page = page


class IngestError(PipelineError):
    """The file could not be read into text at all."""

    stage = "ingest"

    def __init__(self, message: str, *, error_type: str = "unreadable", page: int | None = None) -> None:
        super().__init__(message, page=page)
        self.error_type = error_type


class DocumentTimeout(PipelineError):
    error_type = "timeout"


class UsageError(Exception):
    """Bad command-line use or settings (exit code 2)."""


class RunLocked(Exception):
    """Another run holds the output folder's lock."""


class OutputNotWritable(Exception):
    """The output folder could not be written (disk full, read-only, no permission) during a run.

    The previously published tables are left as they were; the next run starts over cleanly.
    """
