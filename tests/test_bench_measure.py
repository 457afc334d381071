"""bench: the memory of a measured process tree, counted the two ways the bench reports; RESULTS.md keeps its history."""
from bench.measure import measure

ALLOC = "import time; b = bytearray({mb} * 2**20); b[::4096] = b'x' * len(b[::4096]); "


def test_a_single_process_is_measured_with_its_allocation():
    m = measure(["-c", ALLOC.format(mb=120) + "time.sleep(0.6)"])
    assert m.returncode == 0
    assert 120 <= m.peak_own_mb < 200
    assert 100 <= m.peak_mb < 200
    assert m.cpu_seconds > 0


def test_pages_a_forked_child_shares_with_its_parent_count_once_in_own_memory():
    # The parent touches 150 MB, then forks a child that only sleeps: both map the same pages.
    code = ALLOC.format(mb=150) + (
        "import os\n"
        "pid = os.fork()\n"
        "time.sleep(0.8)\n"
        "os._exit(0) if pid == 0 else os.waitpid(pid, 0)\n"
    )
    m = measure(["-c", code])
    assert m.returncode == 0
    assert 150 <= m.peak_own_mb < 230  # once, not twice (300 MB and more)
    assert m.peak_mb < 230  # PSS halves the shared pages between the two


def test_results_keep_the_earlier_run_and_the_dated_sections():
    from bench.__main__ import with_history

    # a first run writes its report alone
    assert with_history("# Benchmark results\n\nnew figures\n", "") == "# Benchmark results\n\nnew figures\n"
    # a later run puts its report first, the earlier report under a heading of its own, the dated sections after
    old = "# Benchmark results\n\nold figures\n\n## 2026-12-01: add-one at 5,000\n\nA\n\n## 2026-11-30: memory\n\nB\n"
    assert with_history("# Benchmark results\n\nnew figures\n", old) == (
        "# Benchmark results\n\nnew figures\n\n## The `make bench` run before it\n\nold figures\n\n"
        "## 2026-12-01: add-one at 5,000\n\nA\n\n## 2026-11-30: memory\n\nB\n")
