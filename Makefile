# The obvious targets. `make report` and `make test` are the two commands a fresh machine needs:
# the first use creates .venv from pyproject.toml (and the system libraries WeasyPrint needs).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

PAIRING ?=
AS_OF   ?=
RUN_ARGS := $(if $(AS_OF),--as-of $(AS_OF),) $(if $(PAIRING),--pairing $(PAIRING),)

.DEFAULT_GOAL := help
.PHONY: help report test test-fast lint format validate lab clean-reports clean sysdeps

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@./scripts/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

sysdeps: ## install the Debian packages the PDF export needs (pango, fonts)
	./scripts/install-system-deps.sh

report: $(STAMP) ## build what reports.yml lists, skipping what is current (PAIRING=id AS_OF=YYYY-MM-DD to narrow)
	$(BIN)/counterpart run $(RUN_ARGS)

validate: $(STAMP) ## check data/ against data/datapackage.json
	$(BIN)/counterpart validate

test: $(STAMP) lint ## lint, then every test (slow end-to-end ones included)
	$(BIN)/python -m pytest

test-fast: $(STAMP) ## the tests that need no kernel
	$(BIN)/python -m pytest -m 'not slow'

lint: $(STAMP) ## ruff, the import-layer contract (lint-imports), notebooks without outputs
	$(BIN)/ruff check src tests notebooks bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/lint-imports

format: $(STAMP) ## ruff format and fix
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests notebooks

lab: $(STAMP) ## open JupyterLab on notebooks/
	$(BIN)/jupyter lab notebooks/

clean-reports: ## delete every generated report
	find reports -mindepth 1 ! -name README.md -exec rm -rf {} +

clean: clean-reports ## delete reports and the virtual environment
	rm -rf $(VENV) .pytest_cache .ruff_cache
