"""The runner drops the per-document work's caches before the table phase (pipeline.run.release)."""
from pipeline.extract import world
from pipeline.normalise import fold
from pipeline.run.release import release_document_caches


def test_release_clears_document_caches_only():
    world.country_codes()
    fold("Ústí nad Labem")
    assert world.country_codes.cache_info().currsize == 1
    assert release_document_caches() >= 1
    assert world.country_codes.cache_info().currsize == 0
    assert fold.cache_info().currsize >= 1  # resolution's memo, imported by extraction modules, is kept
    assert "SE" in world.country_codes()  # loaded again on use
