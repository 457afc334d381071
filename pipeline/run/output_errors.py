"""Disk full and read-only outputs: a write failure in the output folder stops the run cleanly.

A run writes into its output folder all along: each document's cached result as it finishes, then
the tables into a staging folder, then the atomic switch (:mod:`pipeline.write`). When one of those
writes fails because the disk is full, the folder is read-only or not ours to write, there is nothing
sensible to go on with: the run removes what it staged (freeing the space it took), leaves the
published set untouched (it is only ever replaced by the final atomic switch) and raises
:class:`OutputNotWritable` with a readable message; the CLI exits with its own code. Documents
whose results were cached before the failure are not processed again by the next run.
"""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path

from pipeline.errors import OutputNotWritable

# Always a failure to write (reading an input never gives these).
_WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG}
# A failure to write only when the path is in the output folder (an input can be unreadable too).
_ACCESS_ERRNOS = {errno.EACCES, errno.EPERM}
# Arrow reports some I/O failures with the system's message but without an errno.
_WRITE_MESSAGES = ("No space left on device", "Read-only file system", "Disk quota exceeded", "File too large")


def _in_output(exc: OSError, output_dir: Path) -> bool:
    out = os.path.realpath(output_dir)
    for name in (exc.filename, exc.filename2):
        if name is not None and os.path.realpath(os.fsdecode(name)).startswith(out):
            return True
    return False


def is_output_write_error(exc: BaseException, output_dir: Path) -> bool:
    """True when ``exc`` is the output folder failing to take a write."""
    if not isinstance(exc, OSError):
        return False
    if exc.errno in _WRITE_ERRNOS or any(m in str(exc) for m in _WRITE_MESSAGES):
        return True
    return exc.errno in _ACCESS_ERRNOS and _in_output(exc, output_dir)


@contextlib.contextmanager
def output_writes(output_dir: Path, clean: bool = True):
    """Turn a write failure in ``output_dir`` into :class:`OutputNotWritable`; with ``clean`` (only under the
    output folder's lock), the staged tables are removed first."""
    try:
        yield
    except OSError as exc:
        if not is_output_write_error(exc, output_dir):
            raise
        from pipeline.ingest.names import readable_name
        from pipeline.write import STAGING, STATE

        if clean:
            shutil.rmtree(output_dir / STATE / STAGING, ignore_errors=True)  # frees the space this run took
        reason = exc.strerror or str(exc)
        where = f" ({readable_name(os.fsdecode(exc.filename))})" if exc.filename else ""
        raise OutputNotWritable(
            f"cannot write to the output folder {readable_name(str(output_dir))}: {reason}{where}. The tables published "
            "before are unchanged. Free some space or make the folder writable, then run again: documents already "
            "processed are not processed again.") from exc
