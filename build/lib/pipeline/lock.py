"""One run at a time per output folder: an advisory ``flock`` on ``<output>/.state/lock``.

``flock`` is released by the kernel when the holding process dies (even on kill -9), so a crashed
run never leaves a stale lock behind. The lock file itself is never deleted (deleting it would let
two runs lock two different files); it holds the holder's pid and start time, for the message.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
from pathlib import Path
from typing import Callable, Iterator

from pipeline.errors import RunLocked

LOCK_NAME = "lock"

# File descriptors this process holds locks through; a forked worker closes its copies
# (see close_inherited_locks) so that it can never keep the lock alive after its parent died.
_HELD: set[int] = set()


def lock_path(output_dir: Path) -> Path:
    return output_dir / ".state" / LOCK_NAME


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        return ""
    return f" ({text})" if text else ""


@contextlib.contextmanager
def output_lock(output_dir: Path, *, wait: bool = False, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the output folder's lock for the block.

    Raises :class:`RunLocked` at once when another run holds it, unless ``wait`` is true, in which
    case ``on_wait(message)`` is called once and the call blocks until the other run ends.
    """
    path = lock_path(output_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            busy = f"another run{_holder(fd)} is writing to {output_dir}"
            if not wait:
                raise RunLocked(f"{busy}; wait for it to finish, or re-run with --wait to queue behind it") from None
            if on_wait is not None:
                on_wait(f"{busy}; waiting for it to finish (--wait)…")
            fcntl.flock(fd, fcntl.LOCK_EX)
        started = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {started}".encode(), 0)
        _HELD.add(fd)
        try:
            yield
        finally:
            _HELD.discard(fd)
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def close_inherited_locks() -> None:
    """In a forked child: drop the inherited lock descriptors (the parent keeps the lock)."""
    for fd in list(_HELD):
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD.clear()
