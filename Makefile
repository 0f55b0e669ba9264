# TownCheck — `make demo` runs the product, `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
AUDIT  := tests/http_audit
PORT   ?= 8000

.PHONY: demo test lint schema bench clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		(echo "TownCheck 需要 Python 3.11 或更高版本" >&2; exit 1)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

$(AUDIT)/node_modules/.package-lock.json: $(AUDIT)/package-lock.json
	npm ci --prefix $(AUDIT) --no-audit --no-fund --loglevel=error

demo: $(STAMP)
	PORT=$(PORT) $(BIN)/towncheck demo --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check backend tests bench alembic
	$(BIN)/mypy

test: $(STAMP) $(AUDIT)/node_modules/.package-lock.json lint
	$(BIN)/towncheck export-schema --check
	$(BIN)/pytest

schema: $(STAMP)
	$(BIN)/towncheck export-schema

bench: $(STAMP)
	$(BIN)/python bench/graphql_overhead.py

clean:
	rm -rf $(VENV) .data $(AUDIT)/node_modules
