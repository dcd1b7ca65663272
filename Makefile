# eventwire: two set-up targets, both working on a fresh machine with only the package index.
#   make run   install, code the bundled example articles into $(DB), print a summary
#   make test  install with test and ray extras, then ruff, mypy (strict) and pytest
# The virtual environment is (re)installed whenever pyproject.toml changes.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
DB ?= eventwire.db
EXAMPLES ?= examples/articles.jsonl
PIP_INSTALL := $(PY) -m pip install --disable-pip-version-check --quiet

.PHONY: run test

# Ingest is idempotent: running this again keeps $(DB) and adds nothing already stored.
run: $(VENV)/.installed
	$(BIN)/eventwire ingest $(EXAMPLES) --db $(DB)
	$(BIN)/eventwire summary --db $(DB)

test: $(VENV)/.installed-test
	$(BIN)/ruff check eventwire tests
	$(BIN)/mypy
	$(BIN)/pytest

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP_INSTALL) -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PIP_INSTALL) -e '.[test,ray]'
	touch $@
