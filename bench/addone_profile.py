"""Where the CPU of adding one document goes, on an existing bench output (see bench/RESULTS.md, branch res12).

usage:
  python bench/addone_profile.py run WORK N PROFILE   cProfile (CPU clock) of one pipeline run with WORK/corpus-1/zz-added.txt
                                                      copied into WORK/corpus-N (output WORK/out-N), then the removal run
                                                      un-profiled; PROFILE is the pstats file.
  python bench/addone_profile.py index INDEX RESULT   the entity index alone: a copy of INDEX (an entity_index.sqlite),
                                                      the cached document result RESULT (a .state/docs/<fp>/<sha>.<fmt>.json)
                                                      added, CPU seconds of the update and of reading the resolution back,
                                                      and a digest of the resolution (equal digests: equal resolutions).
Both need the code under test on PYTHONPATH. Nothing is committed to the copy of the index.
"""
from __future__ import annotations

import cProfile
import hashlib
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path


def _run(work: Path, n: int, profile: str) -> None:
    from pipeline.config import load_settings
    from pipeline.run import run

    corpus, out = work / f"corpus-{n}", work / f"out-{n}"

    def settings():
        return load_settings({"input_dir": corpus, "output_dir": out, "progress": False, "full": False, "n_process": 0,
                              "executor": "local"}, environ={})

    added = corpus / "zz-added.txt"
    shutil.copy(work / "corpus-1" / "zz-added.txt", added)
    try:
        prof = cProfile.Profile(time.process_time)
        start = time.process_time()
        prof.enable()
        summary = run(settings())
        prof.disable()
        print(f"add one: {time.process_time() - start:.2f} s CPU in the main process (profiled); names re-resolved "
              f"{summary.nodes_resolved}; buckets built {summary.n_buckets_built}")
        prof.dump_stats(profile)
    finally:
        added.unlink()
    start = time.process_time()
    summary = run(settings())
    print(f"remove it: {time.process_time() - start:.2f} s CPU in the main process; names re-resolved {summary.nodes_resolved}")


def _digest(res) -> str:
    ents = sorted((eid, e.name, sorted(e.aliases), repr(e.attrs), sorted(e.doc_ids), e.n_mentions)
                  for attr in ("people", "organisations", "events") for eid, e in getattr(res, attr).items())
    merges = sorted(repr(sorted(m.items())) for m in res.merges)
    return hashlib.sha256(pickle.dumps((sorted(res.ids.items()), ents, merges))).hexdigest()[:16]


def _index(index_file: Path, result_file: Path) -> None:
    from pipeline.resolve import DEFAULT_DATA_DIR
    from pipeline.resolve.blocking import ResolveData
    from pipeline.resolve.index import EntityIndex
    from pipeline.result_codec import RESOLUTION_FIELDS, decode_result

    stamp, result = decode_result(result_file.read_bytes(), RESOLUTION_FIELDS)
    folder = Path(tempfile.mkdtemp())
    try:
        shutil.copy(index_file, folder / "index.sqlite")
        index = EntityIndex(folder / "index.sqlite", ResolveData.load(DEFAULT_DATA_DIR))
        index.db.execute("SELECT COUNT(*) FROM nodes").fetchone()
        start = time.process_time()
        index.add(stamp, result)
        report = index.resolve_pending()
        updated = time.process_time()
        resolution = index.resolution()
        read = time.process_time()
        print(f"index update {updated - start:.2f} s CPU, resolution() {read - updated:.2f} s; names re-resolved "
              f"{report.nodes_resolved}; digest {_digest(resolution)}")
        index.close()
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "run":
        _run(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    elif len(sys.argv) == 4 and sys.argv[1] == "index":
        _index(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        sys.exit(__doc__)
