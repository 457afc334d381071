"""How long one document may take: its CPU and wall-clock limits, and the timer that enforces them.

The limits grow with the file's size (a 30 MB text needs far more than a newsletter); the timer uses
CPU time (SIGPROF) because on a shared machine a document making progress gets only a slice of a core,
and a generous multiple of it as wall clock (SIGALRM) for a document that waits on nothing.
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading
from pathlib import Path
from typing import Iterator

from pipeline.config import Settings
from pipeline.errors import DocumentTimeout


@contextlib.contextmanager
def time_limit(seconds: float, wall_seconds: float = 0.0) -> Iterator[None]:
    """Raise DocumentTimeout once the block has used ``seconds`` of CPU time (this process's user and
    system time), or has run ``wall_seconds`` of wall clock (0 = no wall-clock limit).

    CPU time, because on a machine shared with other jobs a document making progress gets a slice of
    a core: a wall-clock limit would stop it for the others' load. The wall clock, a generous multiple,
    still ends a document that waits on nothing. Signals can only be handled in a process's main
    thread; elsewhere the block runs unlimited.
    """
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    limit = f"the {round(seconds, 1):g} s limit"

    def on_cpu(signum, frame):  # noqa: ARG001
        raise DocumentTimeout(f"processing took longer than {limit} of CPU time (setting doc_timeout, "
                              "--timeout or CLUSTER_KB_DOC_TIMEOUT, plus doc_timeout_per_mb for each MB)")

    def on_wall(signum, frame):  # noqa: ARG001
        raise DocumentTimeout(f"processing took longer than {round(wall_seconds, 1):g} s of wall clock, with {limit} of CPU "
                              "time not used up (setting doc_timeout_wall_factor: the wall clock allowed, in multiples of the limit)")

    previous = signal.signal(signal.SIGPROF, on_cpu), signal.signal(signal.SIGALRM, on_wall)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    if wall_seconds > 0:
        signal.setitimer(signal.ITIMER_REAL, wall_seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGPROF, previous[0])
        signal.signal(signal.SIGALRM, previous[1])


def time_allowed(settings: Settings, size_bytes: int) -> float:
    """CPU seconds one document may take: ``doc_timeout``, plus ``doc_timeout_per_mb`` for each MB of the
    file (a 30 MB text needs far more than a newsletter). 0 = no limit."""
    if settings.doc_timeout <= 0:
        return 0.0
    return settings.doc_timeout + settings.doc_timeout_per_mb * size_bytes / (1 << 20)


def wall_allowed(settings: Settings, size_bytes: int) -> float:
    """Wall-clock seconds one document may take: ``doc_timeout_wall_factor`` times its CPU limit (0 = none)."""
    return max(0.0, settings.doc_timeout_wall_factor) * time_allowed(settings, size_bytes)


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of a live process (Linux ``/proc``); None where it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
