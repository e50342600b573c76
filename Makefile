# The obvious targets. `make report` and `make test` are the two commands a fresh machine needs:
# the first use creates .venv from pyproject.toml (and the system libraries WeasyPrint needs).
# `make report` and `make lab` install what reports need; only the test targets add the test
# tools and the browser the index test drives (pyproject.toml extras `lab`, `test`, `dev`).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
REPORT_STAMP := $(VENV)/.report-stamp
# JupyterLab refuses to run as root (the usual user in a container) unless told it may.
AS_ROOT  := $(if $(filter 0,$(shell id -u)),--allow-root,)
LAB_ARGS ?=

PAIRING ?=
AS_OF   ?=
RUN_ARGS := $(if $(AS_OF),--as-of $(AS_OF),) $(if $(PAIRING),--pairing $(PAIRING),)

.DEFAULT_GOAL := help
.PHONY: help report test test-fast lint format validate lab clean-reports clean sysdeps

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(REPORT_STAMP): pyproject.toml
	@./scripts/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[lab]'
	@touch $@

$(STAMP): pyproject.toml
	@./scripts/install-system-deps.sh --browser
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

sysdeps: ## install the Debian packages the PDF export needs (pango, fonts); the tests' chromium too
	./scripts/install-system-deps.sh --browser

report: $(REPORT_STAMP) ## build what reports.yml lists, skipping what is current (PAIRING=id AS_OF=YYYY-MM-DD to narrow)
	$(BIN)/counterpart run $(RUN_ARGS)

validate: $(REPORT_STAMP) ## check data/ against data/datapackage.json
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

lab: $(REPORT_STAMP) ## open JupyterLab on notebooks/ (as root too; LAB_ARGS="--port=8890 --no-browser")
	$(BIN)/jupyter lab $(AS_ROOT) $(LAB_ARGS) notebooks/

clean-reports: ## delete every generated report
	find reports -mindepth 1 ! -name README.md -exec rm -rf {} +

clean: clean-reports ## delete reports and the virtual environment
	rm -rf $(VENV) .pytest_cache .ruff_cache
