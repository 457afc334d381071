"""Run a command in a subprocess and measure its wall time, CPU time and the peak memory of its process tree.

CPU time is the user + system time of the process and every descendant it waited for (forked workers,
Dask's worker processes), from ``getrusage(RUSAGE_CHILDREN)`` before and after: on a machine shared with
other work it stays comparable where wall time does not.

Memory is sampled as the sum of PSS (proportional set size) over the process and its children:
forked workers share the parent's pages, and RSS would count those pages once per process. Falls
back to RSS where PSS is not available.

PSS also divides a shared library's pages among every process on the machine that maps them, so
the same run shows less memory while other Python processes of the same environment run beside it.
The second figure, ``peak_own_mb``, does not depend on what else runs: the pages private to each
process of the tree (USS) plus the largest shared part of any one of them (RSS − USS), counted once.
It is the tree's memory as if it ran alone (shared pages the workers do not all map are counted once,
a small undercount), and it is the figure to compare between runs made under different load.
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Measured:
    seconds: float
    peak_mb: float
    output: dict
    returncode: int
    cpu_seconds: float = 0.0
    peak_own_mb: float = 0.0


def _tree_memory(proc: psutil.Process) -> tuple[int, int]:
    """(sum of PSS, own memory: sum of USS + the largest RSS − USS) over the process and its children."""
    pss = private = shared = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    for p in procs:
        try:
            info = p.memory_full_info()
        except psutil.Error:
            continue
        pss += getattr(info, "pss", info.rss)
        uss = getattr(info, "uss", info.rss)
        private += uss
        shared = max(shared, info.rss - uss)
    return pss, private + shared


def measure(args: list[str], *, cwd: Path = ROOT, interval: float = 0.1) -> Measured:
    """Run ``python <args>`` in ``cwd``; its last stdout line is parsed as JSON if it can be."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    popen = subprocess.Popen([sys.executable, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = peak_own = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_own
        proc = psutil.Process(popen.pid)
        while not stop.is_set():
            pss, own = _tree_memory(proc)
            peak, peak_own = max(peak, pss), max(peak_own, own)
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = popen.communicate()
    seconds = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    stop.set()
    sampler.join()
    if popen.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args)} failed ({popen.returncode}):\n{err[-3000:]}")
    lines = [line for line in out.strip().splitlines() if line.strip()]
    try:
        output = json.loads(lines[-1]) if lines else {}
    except json.JSONDecodeError:
        output = {"stdout": out[-2000:]}
    return Measured(seconds, peak / 2**20, output, popen.returncode, cpu, peak_own / 2**20)
