"""What the per-document work leaves in a process once a run's documents are processed, released before the table phase.

Not part of the document fingerprint (``pipeline.state``): it changes no document's result.
"""
from __future__ import annotations


# The packages whose module-level caches only the per-document work reads (not resolution or the tables).
DOCUMENT_PACKAGES = ("pipeline.extract", "pipeline.ingest", "pipeline.language", "pipeline.nlp", "pipeline.segment")


def release_document_caches() -> int:
    """Clear the module-level caches of the per-document work (``functools.lru_cache``: the language identifier,
    GeoNames, the event recogniser, the lexicons, given names, compiled patterns); returns how many held something.

    Called once a run's documents are processed: a pool's parent loaded them for its workers to share, and a
    one-process run for its own documents, but the table phase reads none of them. Held, they stayed in the parent
    through the table phase (about 150 MB). Only a memo is dropped: a later use loads the same thing again (from the
    same data folder), so no result changes.
    """
    import gc
    import sys

    cleared = 0
    for name, module in list(sys.modules.items()):
        if module is None or not any(name == p or name.startswith(p + ".") for p in DOCUMENT_PACKAGES):
            continue
        for value in list(vars(module).values()):  # a cache defined here, not one imported from elsewhere (normalise.fold)
            info = getattr(value, "cache_info", None)
            if callable(info) and callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name \
                    and info().currsize:
                value.cache_clear()
                cleared += 1
    gc.collect()
    return cleared
